/** Which minutes layout a meeting's text is in, from lines only that layout prints. */
import type { DemoLayoutId } from '../model.js';

type ItemLayout = DemoLayoutId;

interface Signal {
  layout: ItemLayout;
  pattern: RegExp;
  /** A cheap test that rules out most lines before the pattern runs. */
  mayMatch(line: string): boolean;
}

const startsWith = (first: string) => (line: string) => line.startsWith(first);
const firstIsDigit = (line: string) => line.charCodeAt(0) >= 0x30 && line.charCodeAt(0) <= 0x39;
const lengthOf = (heading: string) => (line: string) => line.length === heading.length;

const SIGNALS: readonly Signal[] = [
  { layout: 'kalundborg', pattern: /^Sagsnr\.\s*:/, mayMatch: startsWith('Sagsnr.') },
  { layout: 'kalundborg', pattern: /^Resume og sagens baggrund$/i, mayMatch: lengthOf('Resume og sagens baggrund') },
  { layout: 'kalundborg', pattern: /^\p{L}+s møde den .{6,30}:$/u, mayMatch: (line) => line.endsWith(':') },
  {
    layout: 'htk',
    pattern: /^Beslutning \p{L}+ den \d{1,2}-\d{1,2}-\d{4}$/iu,
    mayMatch: (line) => line.startsWith('B') || line.startsWith('b'),
  },
  { layout: 'htk', pattern: /^\d{2}\/\d{1,8}$/, mayMatch: firstIsDigit },
  { layout: 'nordfyns', pattern: /^Sagens kerne$/i, mayMatch: lengthOf('Sagens kerne') },
  { layout: 'nordfyns', pattern: /^S\d{4}-\d{1,8}$/, mayMatch: startsWith('S') },
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
    for (const { layout, pattern, mayMatch } of SIGNALS) if (mayMatch(line) && pattern.test(line)) scores[layout]++;
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
