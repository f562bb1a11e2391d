/**
 * Councils and committees ("bodies") as Danish minutes name them: "Byrådet", "Byråd 2022-2025",
 * "Kommunalbestyrelsen 2018-21", "ØKONOMIUDVALGET", "Udvalget for Teknik og Miljø", "Økonomi- og Erhvervsudvalget".
 * canonicalBody maps a printed name onto one spelling per body, so facets and trends count one body once.
 */

/** The words a body's name ends in (or, for "Udvalg(et) for …", starts with), in any inflection. */
const BODY_WORD = String.raw`(?:(?:[\p{L}-]*(?:udvalg|råd|bestyrelse|repræsentation|nævn|forum|styregruppe)|[Dd]irektion|[Mm]agistrat|[Nn]ævn|[Ff]orum)(?:et|en|ene|n)?)`;
const PERIOD_SUFFIX = String.raw`(?:\s*\(?(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\)?)`;

/**
 * A body's name as a phrase: "Økonomiudvalget", "Økonomi- og Erhvervsudvalget", "Udvalget for Miljø og Teknik",
 * "Udvalg for natur, miljø og grøn omstilling", "Byråd 2022-2025". Anchored at both ends.
 */
const BODY_NAME = new RegExp(
  String.raw`^(?:(?:\p{Lu}\p{L}*-?,?\s+(?:og\s+)?){0,3}${BODY_WORD}${PERIOD_SUFFIX}?|[Uu]dvalg(?:et)?\s+for\s+[\p{L} ,.\-–]{3,80}?)$`,
  'u',
);

/** True when the phrase names a council or committee. */
const DOCUMENT_WORD = /^(?:referat|dagsorden|møde|mødet|beslutning)\b/i;

export function isBodyName(phrase: string): boolean {
  const trimmed = phrase.trim();
  if (DOCUMENT_WORD.test(trimmed) || /(?<!\p{L})kommunes?(?!\p{L})/iu.test(trimmed)) return false;
  return trimmed.length >= 3 && trimmed.length <= 90 && BODY_NAME.test(capitalisedOnly(trimmed));
}

/** "ØKONOMIUDVALGET" → "Økonomiudvalget"; mixed case stays as it is. */
function capitalisedOnly(name: string): string {
  return name === name.toUpperCase() && /\p{Lu}{3}/u.test(name) ? name.charAt(0) + name.slice(1).toLowerCase() : name;
}

const DEFINITE: ReadonlyArray<readonly [RegExp, string]> = [
  [/udvalg$/i, 'et'],
  [/byråd$/i, 'et'],
  [/regionsråd$/i, 'et'],
  [/råd$/i, 'et'],
  [/nævn$/i, 'et'],
  [/kommunalbestyrelse$/i, 'n'],
  [/bestyrelse$/i, 'n'],
  [/borgerrepræsentation$/i, 'en'],
  [/magistrat$/i, 'en'],
  [/direktion$/i, 'en'],
];

/**
 * One name per body: the election-period suffix dropped ("Byråd 2022-2025" → "Byrådet"), the definite form
 * ("Økonomiudvalg" → "Økonomiudvalget"), "Udvalg for X" → "Udvalget for X", and capitals only where Danish puts
 * them ("ØKONOMIUDVALGET" → "Økonomiudvalget").
 */
export function canonicalBody(printed: string): string {
  let name = printed.replace(/\s+/g, ' ').trim().replace(new RegExp(`${PERIOD_SUFFIX}$`, 'u'), '').trim();
  name = capitalisedOnly(name);
  name = name.replace(/^udvalg\s+for\b/i, 'Udvalget for');
  if (!/\s/.test(name) || /^[\p{L}-]+\s+og\s+[\p{L}-]+$/u.test(name)) {
    for (const [ending, suffix] of DEFINITE) {
      if (ending.test(name)) {
        name += suffix;
        break;
      }
    }
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}
