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
 */
import type { Amount, AmountRole } from '../ingest/model.js';

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
