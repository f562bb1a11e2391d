/**
 * The outcome of a decision text ("Beslutning", "Direktionens møde den …:"). The first matching category wins:
 *
 *   ikke godkendt  "ikke godkendt", "afvist", "forkastet"
 *   godkendt       "Godkendt", "godkendte", "blev godkendt" — approval wins over discussion and orientation
 *                  ("Direktionen drøftede og godkendte …", "fik en orientering … godkendte …")
 *   anbefalet      "Anbefales", "anbefaler"
 *   udsat          "Udsat til …", "Udskudt til …", "udsættes"
 *   taget til efterretning  "taget/tages til efterretning", "Orientering foretaget", "til orientering"
 *   drøftet        "Drøftedes", "drøftede", "blev drøftet"
 *   andet          anything else
 *
 * Only forms that report what the meeting did count: "… som efterfølgende drøftes i RådhusMED og godkendes i
 * direktionen" announces later steps and is neither godkendt nor drøftet.
 * null for no decision: null, empty or "-".
 */
import type { DecisionOutcome } from '../ingest/model.js';
import { memoByShortText } from './short-text-memo.js';

const OUTCOME_WORDS: ReadonlyArray<readonly [DecisionOutcome, RegExp]> = [
  ['ikke godkendt', /ikke\s+(?:at\s+)?godkend|(?<!\p{L})afvis|(?<!\p{L})afvist(?!\p{L})|(?<!\p{L})forkast/iu],
  ['godkendt', /(?<!\p{L})godkendte?(?!\p{L})/iu],
  ['anbefalet', /(?<!\p{L})anbefal(?:es|er|et)(?!\p{L})/iu],
  ['udsat', /(?<!\p{L})(?:udsat|udskudt|udsættes|udskydes)(?!\p{L})/iu],
  ['taget til efterretning', /til\s+efterretning|orientering(?:en)?\s+(?:er\s+)?foretaget|til\s+orientering/iu],
  ['drøftet', /(?<!\p{L})(?:drøftede|drøftedes|drøftet)(?!\p{L})/iu],
];

export function classifyOutcome(decisionText: string | null): DecisionOutcome | null {
  const text = decisionText?.trim() ?? '';
  if (text === '' || text === '-') return null;
  return outcomeOf(text);
}

/** Short decisions recur word for word ("Godkendt.", "Anbefales."). */
const outcomeOf = memoByShortText((text): DecisionOutcome => OUTCOME_WORDS.find(([, words]) => words.test(text))?.[0] ?? 'andet');
