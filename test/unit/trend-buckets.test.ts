import { describe, expect, it } from 'vitest';
import { bucketEnd, bucketLabel, bucketStart } from '../../api/query/trends.js';

describe('trend bucket dates', () => {
  it('ends a bucket on its last calendar day, leap years included', () => {
    expect(bucketEnd('2020-01-01', 'year')).toBe('2020-12-31');
    expect(bucketEnd('2020-02-01', 'month')).toBe('2020-02-29');
    expect(bucketEnd('2021-02-01', 'month')).toBe('2021-02-28');
    expect(bucketEnd('1900-02-01', 'month')).toBe('1900-02-28');
    expect(bucketEnd('2000-02-01', 'month')).toBe('2000-02-29');
    expect(bucketEnd('2019-04-01', 'month')).toBe('2019-04-30');
    expect(bucketEnd('2019-10-01', 'quarter')).toBe('2019-12-31');
    expect(bucketEnd('2019-04-01', 'quarter')).toBe('2019-06-30');
  });

  it('agrees with the calendar for every bucket from 1900 to 2100', () => {
    const calendarEnd = (date: string, months: number) =>
      new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1 + months, 0)).toISOString().slice(0, 10);
    const mismatches: string[] = [];
    for (let year = 1900; year <= 2100; year++) {
      for (let month = 1; month <= 12; month++) {
        const date = `${year}-${String(month).padStart(2, '0')}-01`;
        if (bucketEnd(date, 'month') !== calendarEnd(date, 1)) mismatches.push(`${date} month`);
        if (month % 3 === 1 && bucketEnd(date, 'quarter') !== calendarEnd(date, 3)) mismatches.push(`${date} quarter`);
      }
      if (bucketEnd(`${year}-01-01`, 'year') !== `${year}-12-31`) mismatches.push(`${year} year`);
    }
    expect(mismatches).toEqual([]);
  });

  it('starts and labels the bucket of a date as the date histogram keys it', () => {
    expect(bucketStart('2020-08-17', 'quarter')).toBe('2020-07-01');
    expect(bucketStart('2020-08-17', 'month')).toBe('2020-08-01');
    expect(bucketLabel('2020-07-01', 'quarter')).toBe('2020 K3');
  });
});
