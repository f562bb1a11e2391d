/** Which minutes layout a meeting's text is in, from lines only that layout prints. */
import type { DemoLayoutId } from '../model.js';

type ItemLayout = DemoLayoutId;

const SIGNALS: ReadonlyArray<readonly [ItemLayout, RegExp]> = [
  ['kalundborg', /^Sagsnr\.\s*:/],
  ['kalundborg', /^Resume og sagens baggrund$/i],
  ['kalundborg', /^\p{L}+s møde den .{6,30}:$/u],
  ['htk', /^Beslutning \p{L}+ den \d{1,2}-\d{1,2}-\d{4}$/iu],
  ['htk', /^\d{2}\/\d{1,8}$/],
  ['nordfyns', /^Sagens kerne$/i],
  ['nordfyns', /^S\d{4}-\d{1,8}$/],
];
const ITEM_HEADING = /^Punkt\s+\d{1,4}\s*:/;
const MAX_SIGNAL_LENGTH = 60;

/** 'unknown' when there are no "Punkt N:" items or no line points to a known layout. */
export function detectLayout(lines: readonly string[], start = 0, end = lines.length): DemoLayoutId | 'unknown' {
  const scores: Record<ItemLayout, number> = { kalundborg: 0, htk: 0, nordfyns: 0 };
  let hasItems = false;
  for (let index = start; index < end; index++) {
    const line = lines[index].trim();
    if (!hasItems && ITEM_HEADING.test(line)) hasItems = true;
    if (line.length === 0 || line.length > MAX_SIGNAL_LENGTH) continue;
    for (const [layout, signal] of SIGNALS) if (signal.test(line)) scores[layout]++;
  }
  if (!hasItems) return 'unknown';
  let best: DemoLayoutId | 'unknown' = 'unknown';
  let bestScore = 0;
  for (const layout of Object.keys(scores) as ItemLayout[]) {
    if (scores[layout] > bestScore) {
      best = layout;
      bestScore = scores[layout];
    }
  }
  return best;
}
