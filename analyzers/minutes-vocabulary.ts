/**
 * The words Danish minutes are built from, whatever system published them: table-of-contents headings, the
 * labels and section headings of an agenda item, closure markers, group headings, and the words that open an item
 * title. The general reader (ingest/parse/generic) finds structure with these; nothing here names a municipality.
 */

/** Headings of a table of contents ("Indholdsfortegnelse", "Sagsoversigt:", "Dagsordenspunkter"). As regex sources. */
export const TOC_HEADING_WORDS = ['Indholdsfortegnelse', 'INDHOLDSFORTEGNELSE', 'Sagsoversigt', 'Dagsordenspunkter', 'Sagsliste', 'Punktoversigt', 'Indhold'];

/**
 * Navigation and widget lines of publishing sites and document viewers ("Til toppen", "Se alle bilag", "Fold alle
 * ud", "Skip til hoved indholdet"): never part of the minutes.
 */
export const SITE_CHROME = /^(?:[•◦▪·*]\s*)?(?:skip til .{0,30}|gå til (?:indhold|hovedindhold|indholdet).{0,20}|spring til .{0,30}|til toppen|tilbage|se alle bilag|udskriv hele dagsordenen|udskriv hele dagsordnen|fold alle ud|fold alle sammen|luk alle|åben alle|åbn alle|print|udskriv|del(?: siden)?|læs mere|vis mere|vis mindre|show more|show less|tryk 'ctrl f'.{0,60})$/i;

/**
 * Column headers and captions that stand between a table-of-contents heading and its first entry, or replace the
 * heading ("Pkt. Tekst", "Punkt Titel", "Sag nr. Side", "Punkter til dagsorden Side", "Punkt nr. Side", "PUNKTER").
 */
export const TOC_CAPTION = /^(?:(?:pkt\.?|punkt(?:er)?|sag(?:\s*nr\.?)?|nr\.?)(?:\s+(?:nr\.?|tekst|titel|til dagsorden|side|overskrift))*(?:\s+side)?|side|punkter|sager\s+\d+\s*[-–]\s*\d+)\s*:?$/i;

/** Lines after the items of a table of contents that are not items ("Bilagsoversigt", "Underskriftsside"). */
export const TOC_TRAILER = /^(?:bilagsoversigt|bilagsliste|bilag|underskriftsside|underskriftsblad|underskrifter|side\s*\d*)\b/i;

/**
 * Labels that start a line in the original and are run into one paragraph by page-joining transcripts.
 * As regex sources; a label is cut off only before a following non-letter.
 */
export const LINE_LABELS = [
  'Sagsnr\\.?:',
  'Sagsnummer:',
  'Sagsid\\.?:',
  'Dok\\.?\\s?nr\\.?:',
  'Journalnr\\.?:',
  'J\\.\\s?nr\\.?:',
  'Mødedato:',
  'Dato:',
  'Mødetidspunkt:',
  'Tidspunkt:',
  'Mødested:',
  'Sted:',
  'Medlemmer:',
  'Deltagere:',
  'Fraværende:',
  'Afbud:',
  'Resumé:',
  'Sagsfremstilling',
  'Indstilling:?',
  'Beslutningstema',
  'Beslutning\\s+(?:i\\s+)?[\\p{L}-]+\\s+den',
  'Beslutning:',
];

/** A title that is only a closure marker: "Lukket punkt", "Lukket sag", "(Lukket)". */
const CLOSED_ONLY = /^\(?\s*(?:lukket(?:\s+(?:punkt|sag))?|for\s+lukkede\s+døre)\s*\)?\.?$/i;
/** Markers that put the closure in the title: "Lukket: …", "Lukket - …", "… (Lukket)", "… - LUKKET SAG", "… (FOR LUKKEDE DØRE)". */
const CLOSED_IN_TITLE = /^lukket\s*[:\-–]|\(\s*lukket(?:\s+punkt)?\s*\)|[-–]\s*\(?lukket\s+(?:punkt|sag)\)?\s*$|\blukket\s+sag\s*$|\(\s*for\s+lukkede\s+døre\s*\)/i;

/** True when an item's title marks it closed, whatever the system's form of the marker. */
export function marksClosed(title: string): boolean {
  return CLOSED_ONLY.test(title.trim()) || CLOSED_IN_TITLE.test(title);
}

/** Group headings that put the items below them in the closed or the open part of the meeting. */
export const CLOSED_GROUP = /^(?:lukkede?(?:\s+(?:sager|punkter|dagsordenspunkter|dagsorden|del))?|lukket\s+dagsorden|for\s+lukkede\s+døre)\s*:?$/i;
export const OPEN_GROUP = /^(?:åbne?(?:\s+(?:sager|punkter|dagsordenspunkter|dagsorden|del))?|åben\s+dagsorden)\s*:?$/i;

/**
 * Section headings inside an agenda item, any system, mapped to the normalised section keys. Keys are lower case,
 * without a trailing colon.
 */
export const SECTION_HEADINGS: ReadonlyMap<string, import('../ingest/model.js').SectionKey> = new Map([
  ['resume', 'resume'],
  ['resumé', 'resume'],
  ['sagsresumé', 'resume'],
  ['sagsresume', 'resume'],
  ['resume og sagens baggrund', 'resume'],
  ['sagens kerne', 'resume'],
  ['sagens baggrund', 'resume'],
  ['baggrund', 'resume'],
  ['beslutningstema', 'resume'],
  ['anledning', 'resume'],
  ['præsentation', 'resume'],
  ['indledning', 'resume'],
  ['formål', 'resume'],
  ['indstilling', 'indstilling'],
  ['indstillinger', 'indstilling'],
  ['hovedindstilling', 'indstilling'],
  ['alternativ indstilling', 'indstilling'],
  ['forslag', 'indstilling'],
  ['forvaltningen foreslår', 'indstilling'],
  ['forvaltningens indstilling', 'indstilling'],
  ['administrationens indstilling', 'indstilling'],
  ['direktionens indstilling', 'indstilling'],
  ['sagsfremstilling', 'sagsfremstilling'],
  ['sagsbeskrivelse', 'sagsfremstilling'],
  ['beskrivelse af sagen', 'sagsfremstilling'],
  ['beskrivelse', 'sagsfremstilling'],
  ['fremstilling', 'sagsfremstilling'],
  ['sagsforløb', 'sagsfremstilling'],
  ['sagens indhold', 'sagsfremstilling'],
  ['sagsbeskrivelse af hovedindstilling', 'sagsfremstilling'],
  ['handlemuligheder', 'sagsfremstilling'],
  ['vurdering', 'sagsfremstilling'],
  ['historik', 'sagsfremstilling'],
  ['økonomi', 'oekonomi'],
  ['økonomiske konsekvenser', 'oekonomi'],
  ['økonomiske oplysninger', 'oekonomi'],
  ['økonomiske forhold', 'oekonomi'],
  ['økonomiske forhold og konsekvenser', 'oekonomi'],
  ['økonomi og finansiering', 'oekonomi'],
  ['økonomi og personale', 'oekonomi'],
  ['økonomiske og personalemæssige konsekvenser', 'oekonomi'],
  ['økonomiske konsekvenser og finansiering', 'oekonomi'],
  ['vurdering i forhold til økonomi', 'oekonomi'],
  ['bevillingsmæssige konsekvenser', 'oekonomi'],
  ['lovgrundlag', 'lovgrundlag'],
  ['retsgrundlag', 'lovgrundlag'],
  ['lovgivning', 'lovgrundlag'],
  ['hjemmel', 'lovgrundlag'],
  ['retligt grundlag', 'lovgrundlag'],
  ['lovgrundlag – link', 'lovgrundlag'],
  ['behandling', 'behandling'],
  ['sagen behandles i', 'behandling'],
  ['forventet sagsgang', 'behandling'],
  ['sagsgang', 'behandling'],
  ['sagsprocedure', 'behandling'],
  ['beslutningskompetence', 'behandling'],
  ['sagen afgøres i', 'behandling'],
  ['sagsgang og sagstype', 'behandling'],
  ['kompetence', 'behandling'],
  ['beslutning', 'beslutning'],
  ['beslutninger', 'beslutning'],
  ['vedtagelse', 'beslutning'],
  ['bilag', 'bilag'],
  ['bilagsfortegnelse', 'bilag'],
  ['sagstype', 'sagstype'],
]);

/** "Beslutning i Byrådet den 24-04-2019", "BESLUTNING I ØKONOMIUDVALGET den 07-03-2016", "Beslutning Økonomiudvalget den :". */
export const DECISION_HEADING = /^beslutning(?!\p{L})(?:\s+(?:i|på|fra)\b)?\s*[\p{L}\- ]{0,60}?(?:\s+den\b\s*(.{0,30}))?\s*:?$/iu;

/** Words that join parts of a title and never end one ("af", "for", "til", "og"). Lower case. */
export const FUNCTION_WORDS = new Set([
  'af', 'for', 'til', 'i', 'på', 'om', 'med', 'ved', 'fra', 'og', 'eller', 'samt', 'den', 'det', 'de', 'en', 'et',
  'vedr.', 'vedrørende', 'jf.', 'mellem', 'under', 'over', 'efter', 'før', 'inden', 'mod', 'hos', 'uden', 'som',
  'der', 'at', 'ny', 'nye', 'nyt', 'pr.', 'hhv.', 'inkl.', 'ifm.', 'pga.', 'ift.', 'mhp.', 'bl.a.', 'herunder',
  'du', 'vi', 'sin', 'sit', 'sine', 'deres', 'hans', 'hendes', 'dens', 'dets', '&', '-', '–', '/',
]);

/**
 * Nouns that open agenda-item titles ("Godkendelse af …", "Orientering om …", "Forslag til …"): the frequent ones,
 * and the verbal-noun endings Danish builds them with (-else, -ning, -ering, -tion).
 */
export const TITLE_OPENERS = new Set([
  'godkendelse', 'orientering', 'forslag', 'ansøgning', 'anmodning', 'valg', 'salg', 'køb', 'status', 'meddelelser',
  'eventuelt', 'beslutning', 'budget', 'budgetopfølgning', 'regnskab', 'anlægsbevilling', 'tillægsbevilling',
  'ændring', 'endelig', 'etablering', 'evaluering', 'udpegning', 'aftale', 'pulje', 'henvendelse', 'spørgsmål',
  'principbeslutning', 'drøftelse', 'temadrøftelse', 'opfølgning', 'udbud', 'lokalplan', 'kommuneplantillæg',
  'høring', 'redegørelse', 'årsberetning', 'årsrapport', 'handleplan', 'strategi', 'politik', 'ansættelse',
  'lukket', 'udtalelse', 'overgang', 'forlængelse', 'frigivelse', 'igangsættelse', 'vedtagelse', 'fastsættelse',
  'indkaldelse', 'præsentation', 'dialog', 'besøg', 'temamøde', 'mødeplan', 'mødekalender', 'garantistillelse',
  'lån', 'tilskud', 'takster', 'retningslinjer', 'organisering', 'plan', 'projekt', 'ny', 'nye', 'nyt',
]);
const OPENER_ENDING = /(?:else|ning|ering|tion|sion|ling|ring|sel)(?:er)?$/;

const COMPOUND_HEADS = [...TITLE_OPENERS].filter((opener) => opener.length >= 4);

/** "Godkendelse", "Halvårsregnskab" (a compound ending in "regnskab"), "Budgetkorrektion" (a verbal noun). */
export function isTitleOpener(word: string): boolean {
  const lower = word.toLowerCase().replace(/[:.,]$/, '');
  if (TITLE_OPENERS.has(lower) || (lower.length >= 6 && OPENER_ENDING.test(lower))) return true;
  return lower.length >= 7 && COMPOUND_HEADS.some((head) => lower.endsWith(head) || lower.endsWith(`${head}et`) || lower.endsWith(`${head}en`));
}
