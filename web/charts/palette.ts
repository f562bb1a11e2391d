/** Series colours: distinguishable, and at least 3:1 against white (WCAG non-text contrast). */
export const PALETTE = ['#0b5cad', '#c2410c', '#047857', '#7c3aed', '#b91c1c', '#0e7490', '#a16207', '#be185d'];

export function seriesColor(index: number): string {
  return PALETTE[index % PALETTE.length];
}
