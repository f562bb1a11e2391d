import { describe, expect, it } from 'vitest';
import { parseDanishDate, parseStartTime } from '../../analyzers/dates.js';

describe('parseDanishDate', () => {
  it.each([
    ['Tirsdag d. 02. juni 2020', '2020-06-02'],
    ['Mødedato Tirsdag d. 02. juni 2020 kl. 11:30', '2020-06-02'],
    ['2. juni 2020', '2020-06-02'],
    ['21-12-2016', '2016-12-21'],
    ['07-12-2015', '2015-12-07'],
    ['REFERAT Direktionen d. 07-12-2015', '2015-12-07'],
    ['5. november 2018', '2018-11-05'],
    ['Direktionens møde den 5. november 2018:', '2018-11-05'],
    ['21. april 2021', '2021-04-21'],
    ['Mødedato Onsdag d. 21. april 2021 kl. 09:00', '2021-04-21'],
    ['den 26.-27. jan. 2021', '2021-01-27'],
    ['d. 11. Feb 2019', '2019-02-11'],
    ['1. marts 2017', '2017-03-01'],
    ['15. sept. 2016', '2016-09-15'],
    ['3. okt 2016', '2016-10-03'],
    ['Til drøftelse på direktionmøde 7.12.2015', '2015-12-07'],
    ['Udskudt til 2/1-2017.', '2017-01-02'],
    ['Kontrakten kan forlænges til d. 30. november 2022.', '2022-11-30'],
  ])('%s → %s', (text, iso) => {
    expect(parseDanishDate(text)).toBe(iso);
  });

  it.each([
    '',
    'Mødested Skype-møde',
    'Folkemødet 2017 afholdes fra 15.-18. juni i Allinge.',
    '3. kvartal 2021',
    'Sagsnr.: 326-2020-195128',
    '31. februar 2020',
    '32-01-2020',
  ])('%j has no date', (text) => {
    expect(parseDanishDate(text)).toBeNull();
  });
});

describe('parseStartTime', () => {
  it.each([
    ['kl. 11:30', '11:30'],
    ['Mødedato Tirsdag d. 02. juni 2020 kl. 11:30', '11:30'],
    ['kl. 09.00', '09:00'],
    ['Kl. 9.00 Borgmesteren deltager', '09:00'],
    ['kl 10:30', '10:30'],
  ])('%s → %s', (text, time) => {
    expect(parseStartTime(text)).toBe(time);
  });

  it.each(['', 'Tirsdag d. 02. juni 2020', 'kl. 25:00', 'klokken er mange'])('%j has no start time', (text) => {
    expect(parseStartTime(text)).toBeNull();
  });
});
