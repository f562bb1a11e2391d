/**
 * The one amount that characterises an agenda item, chosen from its extracted amounts. First rule that applies:
 *
 * 1. What is decided: the amounts in `indstilling` or `beslutning` that are not table totals.
 *    - When the indstilling enumerates several grants (bevilling amounts in two or more numbered points,
 *      "1. godkender at 105.000 kr. …", "2. godkender at 109.000 kr …"), the sum of their distinct values.
 *    - Otherwise the largest of them.
 * 2. A table total: the largest `isTotal` amount. A total is never added to the cells it sums.
 * 3. The largest running-text amount (not a table cell) with role bevilling, udgift or budget.
 * 4. The largest amount.
 * null when there are no amounts.
 *
 * The spending figure and the saving figure are stricter: money the item *decides*, counted in the analyses.
 * - Only when the decision went through: outcome godkendt or anbefalet. Postponed, rejected, discussed, noted or
 *   unknown decisions decide no money.
 * - Only amounts that the indstilling or beslutning names (not table totals). Amounts in the case description,
 *   the economy section or tables describe the background (current costs, pool sizes, business cases, contract
 *   values) and are never counted.
 * - The beslutning amends the indstilling: an amount it names again takes the beslutning's class ("Godkendt, idet
 *   de 0,410 mio. kr. overføres til direktionens udviklingspulje" turns that grant into a budget move).
 * - A beslutning that answers numbered points ("1. Anbefales …", "1. - 3. Anbefales.", "1. Godkendt.") decides only
 *   those points: the amounts of the indstilling's other points (meant for another committee) do not count.
 * - Spending: classes bevilling and udgift. Saving: class besparelse.
 * - Each sentence (or enumerated point) counts its largest amount ("ca. kr. 150.000 …, heraf 100.000 kr. fra
 *   puljen" is 150.000); the points are added up, each distinct value once.
 */
import type { AgendaItem, Amount, AmountRole, DecisionOutcome, MoneyFigure } from '../ingest/model.js';
import { splitLines } from './lines.js';
import { classifyOutcome } from './outcome.js';

const NUMBERED_POINT = /^\s*(\d{1,2})[.)]\s/u;
const SPENDING_ROLES: ReadonlySet<AmountRole> = new Set(['bevilling', 'udgift', 'budget']);

export function choosePrimaryAmount(amounts: Amount[]): number | null {
  const decided = amounts.filter((a) => (a.section === 'indstilling' || a.section === 'beslutning') && !a.isTotal);
  if (decided.length > 0) return enumeratedGrantsSum(decided) ?? largest(decided);

  const totals = amounts.filter((a) => a.isTotal);
  if (totals.length > 0) return largest(totals);

  const spending = amounts.filter((a) => a.scale === undefined && SPENDING_ROLES.has(a.role));
  if (spending.length > 0) return largest(spending);

  return amounts.length > 0 ? largest(amounts) : null;
}

function enumeratedGrantsSum(decided: Amount[]): number | null {
  const grants = decided.filter((a) => a.role === 'bevilling' && NUMBERED_POINT.test(a.sentence));
  const points = new Set(grants.map((a) => NUMBERED_POINT.exec(a.sentence)![1]));
  if (points.size < 2) return null;
  return [...new Set(grants.map((a) => a.value))].reduce((sum, value) => sum + value, 0);
}

function largest(amounts: Amount[]): number {
  return Math.max(...amounts.map((a) => a.value));
}

const DECISIONS_THAT_WENT_THROUGH: ReadonlySet<DecisionOutcome> = new Set(['godkendt', 'anbefalet']);
const SPENDING_CLASSES: ReadonlySet<AmountRole> = new Set(['bevilling', 'udgift']);
const SAVING_CLASSES: ReadonlySet<AmountRole> = new Set(['besparelse']);

/** A numbered line of a beslutning that decides its point(s): "1. Anbefales", "1. - 3. Anbefales.". */
const POINT_DECISION = /^\s*(\d{1,2})\.(?:\s*[-–]\s*(\d{1,2})\.?)?\s+(.+)$/u;

/** What the figures are chosen from. */
export type DecidedItem = Pick<AgendaItem, 'amounts' | 'decisionOutcome' | 'sections'>;

export function chooseSpendingFigure(item: DecidedItem): MoneyFigure | null {
  return decidedFigure(item, SPENDING_CLASSES);
}

export function chooseSavingFigure(item: DecidedItem): MoneyFigure | null {
  return decidedFigure(item, SAVING_CLASSES);
}

function wentThrough(outcome: DecisionOutcome | null): boolean {
  return outcome !== null && DECISIONS_THAT_WENT_THROUGH.has(outcome);
}

function decidedFigure(item: DecidedItem, classes: ReadonlySet<AmountRole>): MoneyFigure | null {
  if (!wentThrough(item.decisionOutcome)) return null;
  const points = decidedPoints(item.sections.beslutning ?? '');
  const indstilling = item.sections.indstilling ?? '';
  const isDecided = (a: Amount) => a.section === 'beslutning' || points === null || points.has(pointOf(indstilling, a.sentence) ?? -1);
  const counted = amendedByDecision(item.amounts).filter((a) => classes.has(a.role) && isDecided(a));
  const bySentence = new Map<string, Amount>();
  for (const amount of counted) {
    const best = bySentence.get(amount.sentence);
    if (!best || amount.value > best.value) bySentence.set(amount.sentence, amount);
  }
  if (bySentence.size === 0) return null;
  const chosen = [...bySentence.values()];
  const roles = new Set(chosen.map((a) => a.role));
  return {
    value: [...new Set(chosen.map((a) => a.value))].reduce((sum, value) => sum + value, 0),
    class: roles.size === 1 ? chosen[0].role : 'bevilling',
    sentence: chosen.map((a) => a.sentence).join('\n'),
  };
}

/** The indstilling's and beslutning's amounts (no totals), each value in the class the beslutning gives it. */
function amendedByDecision(amounts: Amount[]): Amount[] {
  const decisionRoles = new Map<number, AmountRole>();
  for (const a of amounts) if (a.section === 'beslutning' && !a.isTotal) decisionRoles.set(a.value, a.role);
  const recommended = amounts
    .filter((a) => a.section === 'indstilling' && !a.isTotal)
    .map((a) => ({ ...a, role: decisionRoles.get(a.value) ?? a.role }));
  const recommendedValues = new Set(recommended.map((a) => a.value));
  const added = amounts.filter((a) => a.section === 'beslutning' && !a.isTotal && !recommendedValues.has(a.value));
  return [...recommended, ...added];
}

/** The points a point-by-point beslutning approves; null when the beslutning does not answer by point. */
function decidedPoints(beslutning: string): Set<number> | null {
  let answersByPoint = false;
  const approved = new Set<number>();
  for (const line of splitLines(beslutning)) {
    const match = POINT_DECISION.exec(line);
    if (!match) continue;
    const outcome = classifyOutcome(match[3]);
    if (outcome === null || outcome === 'andet') continue;
    answersByPoint = true;
    if (!wentThrough(outcome)) continue;
    const [from, to] = [Number(match[1]), Number(match[2] ?? match[1])];
    for (let point = from; point <= to; point++) approved.add(point);
  }
  return answersByPoint ? approved : null;
}

/** The number of the indstilling's point a sentence stands in ("2." above "a) … 250.000 kr."), or null. */
function pointOf(indstilling: string, sentence: string): number | null {
  const at = indstilling.indexOf(sentence);
  if (at < 0) return null;
  const numbers = [...indstilling.slice(0, at + sentence.length).matchAll(/^\s*(\d{1,2})[.)]\s/gmu)];
  return numbers.length ? Number(numbers.at(-1)![1]) : null;
}
