/** Walking the cleaned lines (blank lines are ""). */

/** The first non-blank line at or after `from`, or -1. */
export function nextNonBlank(lines: readonly string[], from: number): number {
  for (let index = Math.max(0, from); index < lines.length; index++) if (lines[index].length > 0) return index;
  return -1;
}

/** The last non-blank line at or before `from`, or -1. */
export function previousNonBlank(lines: readonly string[], from: number): number {
  for (let index = Math.min(from, lines.length - 1); index >= 0; index--) if (lines[index].length > 0) return index;
  return -1;
}
