/**
 * How sure the general reader is of a meeting's structure, from what it found: item headings (best) or only status
 * labels or sections; titles for the items; a date, a body and a municipality; a table of contents that agrees with
 * the item headings. Reasons are Danish, for `npm run ingest`'s list of files read weakly.
 */
import type { ParseConfidence } from '../../model.js';
import type { Structure } from './read-generic.js';

export interface ConfidenceSignals {
  structure: Structure;
  items: number;
  untitledItems: number;
  tocBodyMismatches: number;
  hasDate: boolean;
  hasBody: boolean;
  hasMunicipality: boolean;
}

const STRUCTURE_SCORE: Record<Structure, number> = { headings: 1, 'status-labels': 0.7, 'sections-only': 0.5, none: 0.1 };
const HIGH = 0.8;
const MEDIUM = 0.5;

export function confidenceOf(signals: ConfidenceSignals): ParseConfidence {
  const reasons: string[] = [];
  let score = STRUCTURE_SCORE[signals.structure];
  if (signals.structure === 'status-labels') reasons.push('punkterne har ingen overskrifter; delt ved »Åben«');
  if (signals.structure === 'sections-only') reasons.push('ingen punktoverskrifter; punkterne er fundet ved deres første afsnit');
  if (signals.structure === 'none') reasons.push('ingen dagsordensstruktur fundet');
  if (signals.items > 0 && signals.untitledItems > 0 && signals.structure === 'headings') {
    score -= 0.2 * (signals.untitledItems / signals.items);
    reasons.push(`${signals.untitledItems} punkter uden titel`);
  }
  if (signals.tocBodyMismatches > 0) {
    score -= Math.min(0.3, 0.05 * signals.tocBodyMismatches);
    reasons.push(`indholdsfortegnelse og punkter stemmer ikke overens (${signals.tocBodyMismatches})`);
  }
  if (!signals.hasDate) {
    score -= 0.15;
    reasons.push('ingen mødedato fundet');
  }
  if (!signals.hasBody) {
    score -= 0.1;
    reasons.push('intet udvalg fundet');
  }
  if (!signals.hasMunicipality) {
    score -= 0.1;
    reasons.push('ingen kommune fundet');
  }
  const rounded = Math.max(0, Math.min(1, Math.round(score * 100) / 100));
  return { score: rounded, level: rounded >= HIGH ? 'høj' : rounded >= MEDIUM ? 'middel' : 'lav', reasons };
}

export const CERTAIN: ParseConfidence = { score: 1, level: 'høj', reasons: [] };
