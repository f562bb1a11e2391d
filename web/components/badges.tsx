import type { DecisionOutcome } from '../../ingest/model.js';
import { formatDkk, outcomeLabel } from '../format.js';

function slug(text: string): string {
  return text.toLowerCase().replace(/ø/g, 'oe').replace(/æ/g, 'ae').replace(/å/g, 'aa').replace(/[^a-z]+/g, '-');
}

export function OutcomeBadge({ outcome }: { outcome: DecisionOutcome | null }) {
  if (!outcome) return null;
  return <span class={`badge badge--outcome-${slug(outcome)}`}>{outcomeLabel(outcome)}</span>;
}

export function AmountBadge({ amount }: { amount: number | null }) {
  if (amount === null) return null;
  return (
    <span class="badge badge--amount" title="Største beløb i punktet">
      {formatDkk(amount)}
    </span>
  );
}

export function ClosedBadge({ closed }: { closed: boolean }) {
  if (!closed) return null;
  return <span class="badge badge--closed">Lukket</span>;
}

/** An item's badges: its outcome, its largest amount and whether it is closed (each only when there is one). */
export function ItemBadges({ item }: { item: { decisionOutcome: DecisionOutcome | null; primaryAmount: number | null; closed: boolean } }) {
  return (
    <>
      <OutcomeBadge outcome={item.decisionOutcome} />
      <AmountBadge amount={item.primaryAmount} />
      <ClosedBadge closed={item.closed} />
    </>
  );
}
