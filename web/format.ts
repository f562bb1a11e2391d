/**
 * Danish display formatting: numbers, kroner, dates. Pure functions without Intl locale data, so the output
 * is identical in every browser and in Node (unit tests: test/unit/web-format.test.ts).
 */
import type { AmountRole, CaseType, DecisionOutcome, SectionKey } from '../ingest/model.js';

const MINUS = '-';

/** Groups the integer part with "." and uses "," as the decimal separator: 1234567.5 → "1.234.567,5". */
export function formatNumber(value: number, maxDecimals = 0): string {
  if (!Number.isFinite(value)) return '–';
  const negative = value < 0;
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [integer, fraction = ''] = rounded.toFixed(maxDecimals).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const trimmed = fraction.replace(/0+$/, '');
  const text = trimmed ? `${grouped},${trimmed}` : grouped;
  return negative && text !== '0' ? `${MINUS}${text}` : text;
}

/** An estimated count (from a sample), to two significant digits: 12_345 → "ca. 12.000". */
export function formatEstimate(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const rounded = value === 0 ? 0 : Number(value.toPrecision(2));
  return `ca. ${formatNumber(rounded)}`;
}

/** A count as shown: exact, or an estimate marked "ca.". */
export function formatCount(value: number, approximate = false): string {
  return approximate ? formatEstimate(value) : formatNumber(value);
}

/**
 * An amount in Danish kroner the way Danish minutes write it:
 * 2_700_000 → "2,7 mio. kr.", 105_000 → "105.000 kr.", 1_250_000_000 → "1,25 mia. kr.".
 * Millions and billions keep up to two decimals below 10, one below 100, none above.
 */
export function formatDkk(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  const sign = value < 0 ? MINUS : '';
  const scaled = (amount: number, unit: string) => {
    const decimals = amount < 10 ? 2 : amount < 100 ? 1 : 0;
    return `${sign}${formatNumber(amount, decimals)} ${unit}`;
  };
  if (abs >= 1e9) return scaled(abs / 1e9, 'mia. kr.');
  // 999.995+ would round to "1.000.000 kr."; show it as millions instead.
  if (abs >= 999_995) return scaled(abs / 1e6, 'mio. kr.');
  return `${sign}${formatNumber(abs)} kr.`;
}

/** Every krone spelled out: 2_700_000 → "2.700.000 kr." (tables, where exact numbers matter). */
export function formatDkkExact(value: number): string {
  return `${formatNumber(value)} kr.`;
}

/** Short axis label: 2_500_000 → "2,5 mio.", 750_000 → "750.000", 0 → "0". */
export function formatDkkAxis(value: number): string {
  const abs = Math.abs(value);
  const sign = value < 0 ? MINUS : '';
  if (abs >= 1e9) return `${sign}${formatNumber(abs / 1e9, 1)} mia.`;
  if (abs >= 1e6) return `${sign}${formatNumber(abs / 1e6, 1)} mio.`;
  return `${sign}${formatNumber(abs)}`;
}

/** A share (0–1) as a Danish percentage: 0.125 → "12,5 %". */
export function formatPercent(share: number, maxDecimals = 1): string {
  return `${formatNumber(share * 100, maxDecimals)} %`;
}

const MONTHS = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
];

function parseIsoDate(iso: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day };
}

/** "2020-06-02" → "2. juni 2020". Unknown or missing dates give "Ukendt dato". */
export function formatDate(iso: string | null | undefined): string {
  const date = iso ? parseIsoDate(iso) : null;
  if (!date) return 'Ukendt dato';
  return `${date.day}. ${MONTHS[date.month - 1]} ${date.year}`;
}

/** "2020-06-02" → "juni 2020". */
export function formatMonth(iso: string): string {
  const date = parseIsoDate(iso);
  return date ? `${MONTHS[date.month - 1]} ${date.year}` : iso;
}

/** "2020-06-02" → "2. jun. 2020" (compact lists). */
export function formatDateShort(iso: string | null | undefined): string {
  const date = iso ? parseIsoDate(iso) : null;
  if (!date) return 'Ukendt dato';
  const month = MONTHS[date.month - 1];
  return `${date.day}. ${month.length > 4 ? `${month.slice(0, 3)}.` : month} ${date.year}`;
}

/** "10:30" → "kl. 10.30" (Danish clock times use a full stop). */
export function formatTime(time: string | null | undefined): string | null {
  if (!time) return null;
  const match = /^(\d{1,2})[:.](\d{2})/.exec(time);
  return match ? `kl. ${match[1].padStart(2, '0')}.${match[2]}` : time;
}

/** Cuts text at a word boundary near `max` characters and adds " …". Whitespace is collapsed. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut} …`;
}

/** 1 → "1 punkt", 3 → "3 punkter". */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}

const OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  godkendt: 'Godkendt',
  anbefalet: 'Anbefalet',
  udsat: 'Udsat',
  drøftet: 'Drøftet',
  'taget til efterretning': 'Taget til efterretning',
  'ikke godkendt': 'Ikke godkendt',
  andet: 'Anden beslutning',
};

export function outcomeLabel(outcome: DecisionOutcome): string {
  return OUTCOME_LABELS[outcome] ?? outcome;
}

/** What an amount is (analyzers/amounts.ts), as the item page and the spending drill-down name it. */
export const AMOUNT_CLASS_LABELS: Record<AmountRole, string> = {
  bevilling: 'Bevilling',
  udgift: 'Udgift',
  besparelse: 'Besparelse',
  indtaegt: 'Indtægt',
  budget: 'Budget eller pulje',
  kontraktvaerdi: 'Kontraktværdi eller anslået total',
  andet: 'Andet beløb',
};

export const CASE_TYPE_LABELS: Record<CaseType, string> = {
  Orientering: 'Orientering',
  Beslutning: 'Beslutning',
  Drøftelse: 'Drøftelse',
};

export const SECTION_LABELS: Record<SectionKey | 'title', string> = {
  title: 'Titel',
  resume: 'Resumé',
  indstilling: 'Indstilling',
  sagsfremstilling: 'Sagsfremstilling',
  beslutning: 'Beslutning',
  oekonomi: 'Økonomi',
  lovgrundlag: 'Lovgrundlag',
  behandling: 'Behandling',
  bilag: 'Bilag',
  sagstype: 'Sagstype',
};

export function sectionLabel(section: string): string {
  return (SECTION_LABELS as Record<string, string>)[section] ?? section;
}
