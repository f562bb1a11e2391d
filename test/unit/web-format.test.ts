import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateShort,
  formatMonth,
  formatDkk,
  formatDkkAxis,
  formatDkkExact,
  formatNumber,
  formatPercent,
  formatTime,
  outcomeLabel,
  plural,
  sectionLabel,
  truncate,
} from '../../web/format.js';

describe('formatNumber', () => {
  it('groups thousands with a full stop and uses a decimal comma', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatNumber(-45000)).toBe('-45.000');
  });

  it('drops trailing zeros and rounds', () => {
    expect(formatNumber(2.7, 2)).toBe('2,7');
    expect(formatNumber(2.0, 2)).toBe('2');
    expect(formatNumber(2.345, 2)).toBe('2,35');
    expect(formatNumber(-0.001, 2)).toBe('0');
  });

  it('shows a dash for what is not a number', () => {
    expect(formatNumber(Number.NaN)).toBe('–');
  });
});

describe('formatDkk', () => {
  it('writes millions the Danish way', () => {
    expect(formatDkk(2_700_000)).toBe('2,7 mio. kr.');
    expect(formatDkk(1_000_000)).toBe('1 mio. kr.');
    expect(formatDkk(2_750_000)).toBe('2,75 mio. kr.');
    expect(formatDkk(12_500_000)).toBe('12,5 mio. kr.');
    expect(formatDkk(150_000_000)).toBe('150 mio. kr.');
  });

  it('spells out amounts below a million with thousand separators', () => {
    expect(formatDkk(105_000)).toBe('105.000 kr.');
    expect(formatDkk(950)).toBe('950 kr.');
    expect(formatDkk(0)).toBe('0 kr.');
    expect(formatDkk(999_994)).toBe('999.994 kr.');
  });

  it('never prints "1.000.000 kr." for amounts that round up to a million', () => {
    expect(formatDkk(999_999)).toBe('1 mio. kr.');
  });

  it('writes billions as "mia. kr."', () => {
    expect(formatDkk(1_250_000_000)).toBe('1,25 mia. kr.');
  });

  it('keeps the sign of savings and negative amounts', () => {
    expect(formatDkk(-2_700_000)).toBe('-2,7 mio. kr.');
    expect(formatDkk(-105_000)).toBe('-105.000 kr.');
  });

  it('has exact and axis variants', () => {
    expect(formatDkkExact(2_700_000)).toBe('2.700.000 kr.');
    expect(formatDkkAxis(2_500_000)).toBe('2,5 mio.');
    expect(formatDkkAxis(750_000)).toBe('750.000');
    expect(formatDkkAxis(3_000_000_000)).toBe('3 mia.');
  });
});

describe('formatDate', () => {
  it('formats ISO dates as Danish long dates', () => {
    expect(formatDate('2020-06-02')).toBe('2. juni 2020');
    expect(formatDate('2016-12-21')).toBe('21. december 2016');
    expect(formatDate('2021-03-01T00:00:00Z')).toBe('1. marts 2021');
  });

  it('handles missing and malformed dates', () => {
    expect(formatDate(null)).toBe('Ukendt dato');
    expect(formatDate('')).toBe('Ukendt dato');
    expect(formatDate('2020-13-01')).toBe('Ukendt dato');
  });

  it('names a month and its year', () => {
    expect([formatMonth('2020-06-01'), formatMonth('2016-12-01'), formatMonth('x')]).toEqual(['juni 2020', 'december 2016', 'x']);
  });

  it('abbreviates long month names in the short form', () => {
    expect(formatDateShort('2020-06-02')).toBe('2. juni 2020');
    expect(formatDateShort('2016-12-21')).toBe('21. dec. 2016');
    expect(formatDateShort('2019-05-07')).toBe('7. maj 2019');
  });
});

describe('other helpers', () => {
  it('formats times, percentages and counts', () => {
    expect(formatTime('10:30')).toBe('kl. 10.30');
    expect(formatTime('9:05')).toBe('kl. 09.05');
    expect(formatTime(null)).toBeNull();
    expect(formatPercent(0.125)).toBe('12,5 %');
    expect(plural(1, 'punkt', 'punkter')).toBe('1 punkt');
    expect(plural(1200, 'punkt', 'punkter')).toBe('1.200 punkter');
  });

  it('labels outcomes and sections in Danish', () => {
    expect(outcomeLabel('godkendt')).toBe('Godkendt');
    expect(outcomeLabel('taget til efterretning')).toBe('Taget til efterretning');
    expect(sectionLabel('oekonomi')).toBe('Økonomi');
    expect(sectionLabel('resume')).toBe('Resumé');
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text at a word boundary', () => {
    expect(truncate('Godkendt.', 20)).toBe('Godkendt.');
    expect(truncate('Direktionen   godkendte\nindstillingen med bemærkninger', 30)).toBe('Direktionen godkendte …');
  });
});
