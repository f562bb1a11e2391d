/**
 * Danish dates and times as printed in minutes. parseDanishDate returns the first valid date in the string:
 * "Tirsdag d. 02. juni 2020", "2. juni 2020", "26.-27. jan. 2021" (the last day), "21-12-2016", "7.12.2015", "2/1-2017",
 * "15-maj-2002", "Fredag, 22 april, 2022", "Torsdag, April 3, 2014" (English month names from publishing systems),
 * "2025-08-13T16:30:00+02:00" (ISO, as portals serve it).
 */

import { matchesOf } from './regexp.js';

const MONTHS: Record<string, number> = {
  jan: 1, januar: 1,
  feb: 2, februar: 2,
  mar: 3, marts: 3,
  apr: 4, april: 4,
  maj: 5,
  jun: 6, juni: 6,
  jul: 7, juli: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
  // English, as some publishing systems print them ("Torsdag, April 3, 2014").
  january: 1, february: 2, march: 3, may: 5, june: 6, july: 7, oct: 10, october: 10,
};

const DAY_MONTH_NAME_YEAR = /(?<!\d)(\d{1,2})\.?[\s-]*(\p{L}+)\.?,?[\s-]+(\d{4})(?!\d)/gu;
const MONTH_NAME_DAY_YEAR = /(?<!\p{L})(\p{L}{3,9})\.?\s+(\d{1,2}),\s*(\d{4})(?!\d)/gu;
const ISO_DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/gu;
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})(?:-|\.|\/)(\d{1,2})(?:-|\.)(\d{4})(?!\d)/gu;
const HAS_DIGIT = /\d/;
const START_TIME = /(?<!\p{L})kl\.?\s*(\d{1,2})[:.](\d{2})(?!\d)/iu;

export function parseDanishDate(s: string): string | null {
  // Every form has a four-digit year.
  if (!HAS_DIGIT.test(s)) return null;
  const candidates: Array<{ index: number; iso: string | null }> = [];
  for (const m of matchesOf(DAY_MONTH_NAME_YEAR, s)) {
    const month = MONTHS[m[2].toLowerCase()];
    if (month) candidates.push({ index: m.index, iso: isoDate(Number(m[3]), month, Number(m[1])) });
  }
  // "April 3, 2014" has a comma; the pattern, slow on long text, runs only then.
  for (const m of s.includes(',') ? matchesOf(MONTH_NAME_DAY_YEAR, s) : []) {
    const month = MONTHS[m[1].toLowerCase()];
    if (month) candidates.push({ index: m.index, iso: isoDate(Number(m[3]), month, Number(m[2])) });
  }
  for (const m of matchesOf(NUMERIC_DATE, s)) {
    candidates.push({ index: m.index, iso: isoDate(Number(m[3]), Number(m[2]), Number(m[1])) });
  }
  for (const m of matchesOf(ISO_DATE, s)) {
    candidates.push({ index: m.index, iso: isoDate(Number(m[1]), Number(m[2]), Number(m[3])) });
  }
  candidates.sort((a, b) => a.index - b.index);
  return candidates.find((c) => c.iso !== null)?.iso ?? null;
}

/**
 * A day and month printed without the year ("mødet den 10. december"), completed with a year given apart
 * (a meeting number "12/2018", a year in the header). Null when the text has no such day and month.
 */
export function parseDayMonth(s: string, year: number): string | null {
  const m = DAY_MONTH_NAME.exec(s);
  const month = m ? MONTHS[m[2].toLowerCase()] : undefined;
  return m && month ? isoDate(year, month, Number(m[1])) : null;
}

const DAY_MONTH_NAME = /(?<![\d.])(\d{1,2})\.\s*(\p{L}{3,9})(?!\p{L})(?!\.?,?\s*\d)/u;

/** "kl. 11:30" / "kl. 9.00" → "11:30" / "09:00". */
export function parseStartTime(s: string): string | null {
  const m = START_TIME.exec(s);
  if (!m) return null;
  const [hours, minutes] = [Number(m[1]), Number(m[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${pad(hours)}:${pad(minutes)}`;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? `${year}-${pad(month)}-${pad(day)}` : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
