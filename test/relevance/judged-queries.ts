/**
 * The judged query set for search relevance (docs/relevance.md): Danish queries over the demo corpus, each with
 * graded judgments of the items that answer it. Grades: 3 the item is about it (its subject, usually its
 * title), 2 a substantial part of the item (the recommendation, the decision, several paragraphs),
 * 1 a passing mention that a staff member searching for it would still want to see. Unlisted items are 0.
 */

export type Grade = 1 | 2 | 3;
export type QueryKind = 'word' | 'compound' | 'phrase' | 'name' | 'misspelling' | 'operator';

/** Which index a query is judged over: the demo corpus (default) or the real-world minutes (corpus.ts). */
export type JudgedCorpus = 'demo' | 'realworld';

export interface JudgedQuery {
  query: string;
  kind: QueryKind;
  corpus?: JudgedCorpus;
  /** Item id → grade. */
  judgments: Record<string, Grade>;
}

const K20 = 'kalundborg-2020-06-02-direktionen-';
const K18 = 'kalundborg-2018-11-05-direktionen-';
const H16 = 'hoeje-taastrup-2016-12-21-direktionen-';
const H15 = 'hoeje-taastrup-2015-12-07-direktionen-';
const N21 = 'nordfyns-2021-04-21-direktionen-';
const G22 = 'greve-2022-01-10-oekonomiudvalget-';
const G22B = 'greve-2022-01-14-byraadet-';
const G24K = 'greve-2024-04-17-klima-teknik-og-miljoeudvalget-';
const G24S = 'greve-2024-09-09-sundheds-og-omsorgsudvalget-';
const G25 = 'greve-2025-08-13-kultur-og-fritidsudvalget-';

// Real-world minutes (test/relevance/corpus.ts). Read without their publishing address, some name no municipality
// ("ukendt"), and the two without a date are keyed by their content hash.
const RANDERS_236 = 'ukendt-1885bd4c2a4e-byraadet-236';
const RANDERS_88 = 'ukendt-b8c682c154ca-byraadet-88';
const GRIBSKOV_17 = 'ukendt-2017-09-25-byraadet-';
const GLOSTRUP_2018_1 = 'ukendt-2018-01-17-kommunalbestyrelsen-1';
const FMK_2019 = 'ukendt-2019-10-08-kommunalbestyrelsen-';

/** Judgments shared by a query and its misspelt or differently written forms. */
const DIGITALISERING: JudgedQuery['judgments'] = {
  [`${N21}7`]: 3,
  [`${H16}9`]: 2,
  [`${N21}10`]: 1,
  [`${H16}4`]: 1,
  [`${H16}5`]: 1,
  [`${H16}6`]: 1,
  [`${H16}7`]: 1,
  [`${H16}8`]: 1,
  [`${K18}2`]: 1,
  [`${K18}4`]: 1,
  [`${N21}1`]: 1,
  [`${N21}5`]: 1,
  [`${K20}5`]: 1,
};
const OFFICE_365: JudgedQuery['judgments'] = { [`${H16}6`]: 3, [`${K20}5`]: 2, [`${H16}5`]: 1, [`${K18}2`]: 1 };
const GDPR: JudgedQuery['judgments'] = { [`${N21}8`]: 3, [`${K18}2`]: 1, [`${N21}1`]: 1 };
const BORGERSERVICE: JudgedQuery['judgments'] = { [`${H16}4`]: 3, [`${K18}4`]: 1, [`${K20}5`]: 1, [`${H16}8`]: 1 };

export const JUDGED_QUERIES: JudgedQuery[] = [
  // Words
  {
    query: 'budget',
    kind: 'word',
    judgments: {
      [`${N21}4`]: 3,
      [`${H16}5`]: 3,
      [`${H15}5`]: 2,
      [`${H16}8`]: 1,
      [`${H15}3`]: 1,
      [`${H16}1`]: 1,
      [`${N21}2`]: 1,
      [`${H15}2`]: 1,
      [`${K20}5`]: 1,
      [`${H16}6`]: 1,
      [`${H16}7`]: 1,
      [`${K18}2`]: 1,
      [`${K18}4`]: 1,
      [`${N21}1`]: 1,
      [`${N21}3`]: 1,
      [`${N21}6`]: 1,
      [`${H16}9`]: 1,
      [`${H15}4`]: 1,
      [`${G25}8`]: 3,
      [`${G24K}2`]: 1,
      [`${G25}3`]: 1,
      [`${G25}4`]: 1,
      [`${G25}6`]: 1,
    },
  },
  { query: 'udbud', kind: 'word', judgments: { [`${N21}3`]: 3, [`${K18}2`]: 2, [`${N21}1`]: 1, [`${H16}5`]: 1, [`${H15}5`]: 1 } },
  { query: 'GDPR', kind: 'word', judgments: GDPR },
  { query: 'borgerservice', kind: 'word', judgments: BORGERSERVICE },
  {
    query: 'telefoni',
    kind: 'word',
    judgments: { [`${H16}6`]: 3, [`${K20}5`]: 3, [`${H16}4`]: 1, [`${H16}5`]: 1, [`${H16}9`]: 1, [`${H16}8`]: 1 },
  },
  { query: 'genåbning', kind: 'word', judgments: { [`${N21}5`]: 3, [`${N21}1`]: 1 } },
  { query: 'folkemøde', kind: 'word', judgments: { [`${H16}7`]: 3 } },
  { query: 'licenser', kind: 'word', judgments: { [`${H16}6`]: 3, [`${H16}9`]: 2, [`${K20}5`]: 1, [`${H16}5`]: 1 } },
  { query: 'revision', kind: 'word', judgments: { [`${K18}5`]: 3, [`${K20}5`]: 1, [`${N21}5`]: 1 } },
  {
    query: 'borgmesteren',
    kind: 'word',
    judgments: {
      [`${K20}2`]: 3,
      [`${K18}1`]: 3,
      [`${H15}1`]: 2,
      [`${H15}2`]: 2,
      [`${H16}2`]: 1,
      [`${H16}7`]: 1,
      [`${G22}2`]: 1,
      [`${G22B}2`]: 1,
      [`${G25}10`]: 1,
    },
  },
  {
    query: 'løn',
    kind: 'word',
    judgments: { [`${N21}3`]: 3, [`${K20}3`]: 2, [`${K20}4`]: 2, [`${N21}2`]: 1, [`${N21}1`]: 1, [`${H15}5`]: 1, [`${H15}4`]: 1 },
  },
  { query: 'covid', kind: 'word', judgments: { [`${N21}2`]: 2, [`${N21}5`]: 2, [`${K20}2`]: 1, [`${K20}5`]: 1 } },
  { query: 'digitalisering', kind: 'word', judgments: DIGITALISERING },

  // Compounds and compound parts
  {
    query: 'pulje',
    kind: 'compound',
    judgments: {
      [`${H15}4`]: 3,
      [`${H15}5`]: 3,
      [`${K20}5`]: 3,
      [`${H16}5`]: 2,
      [`${H16}6`]: 1,
      [`${H16}7`]: 1,
      [`${H16}8`]: 1,
      [`${H16}9`]: 1,
      [`${K18}2`]: 1,
      [`${H15}1`]: 1,
      [`${G25}4`]: 3,
      [`${G24S}3`]: 2,
    },
  },
  { query: 'promille', kind: 'compound', judgments: { [`${H15}5`]: 3, [`${H16}5`]: 2, [`${H16}6`]: 1, [`${H15}4`]: 1, [`${H15}1`]: 1 } },
  {
    query: 'strategi',
    kind: 'compound',
    judgments: {
      [`${N21}7`]: 3,
      [`${N21}6`]: 3,
      [`${H16}4`]: 2,
      [`${H16}9`]: 1,
      [`${H16}5`]: 1,
      [`${K18}2`]: 1,
      [`${N21}3`]: 1,
      [`${N21}5`]: 1,
      [`${H16}8`]: 1,
      [`${H16}7`]: 1,
      [`${N21}1`]: 1,
      [`${H15}7`]: 1,
      [`${G25}9`]: 1,
    },
  },
  { query: 'effektiviseringspuljen', kind: 'compound', judgments: { [`${K20}5`]: 3, [`${K18}2`]: 1 } },
  { query: 'telefoniløsning', kind: 'compound', judgments: { [`${K20}5`]: 3, [`${H16}6`]: 2 } },
  {
    query: 'økonomiopfølgning',
    kind: 'compound',
    // A budget follow-up (budgetopfølgning) is an economy follow-up too.
    judgments: { [`${H16}1`]: 3, [`${H15}3`]: 3, [`${G25}8`]: 2, [`${H15}1`]: 1, [`${H16}8`]: 1 },
  },
  { query: 'byrådsperiode', kind: 'compound', judgments: { [`${H16}3`]: 3 } },
  { query: 'socialregnskab', kind: 'compound', judgments: { [`${K18}5`]: 3 } },
  { query: 'kontaktcenter', kind: 'compound', judgments: { [`${K20}5`]: 2 } },
  { query: 'awareness', kind: 'compound', judgments: { [`${N21}8`]: 3, [`${N21}1`]: 1 } },

  // Phrases
  { query: '"Office 365"', kind: 'phrase', judgments: OFFICE_365 },
  { query: '"Skype for Business"', kind: 'phrase', judgments: { [`${H16}6`]: 3, [`${K20}5`]: 2 } },
  { query: '"fælles udbud"', kind: 'phrase', judgments: { [`${N21}3`]: 3, [`${K18}2`]: 2 } },
  { query: '"nyt ESDH-system"', kind: 'phrase', judgments: { [`${K18}2`]: 3 } },
  { query: '"Børsen Academy"', kind: 'phrase', judgments: { [`${N21}8`]: 2, [`${H16}5`]: 1 } },

  // Known names: systems and organisations
  { query: 'Teams', kind: 'name', judgments: { [`${K20}5`]: 3 } },
  { query: 'Skype', kind: 'name', judgments: { [`${K20}5`]: 3, [`${H16}6`]: 3, [`${H16}7`]: 1, [`${H16}5`]: 1, [`${H16}8`]: 1 } },
  { query: 'Acadre', kind: 'name', judgments: { [`${H16}9`]: 2, [`${H16}8`]: 1, [`${H16}5`]: 1, [`${H16}6`]: 1 } },
  {
    query: 'KMD',
    kind: 'name',
    judgments: { [`${H15}5`]: 2, [`${N21}3`]: 2, [`${K18}2`]: 1, [`${H16}9`]: 1, [`${H16}5`]: 1, [`${H16}8`]: 1 },
  },
  { query: 'KOMBIT', kind: 'name', judgments: { [`${H16}8`]: 2, [`${H16}6`]: 1 } },
  { query: 'Rambøll', kind: 'name', judgments: { [`${N21}3`]: 1, [`${K18}2`]: 1 } },
  { query: 'ESDH', kind: 'name', judgments: { [`${K18}2`]: 3, [`${K18}4`]: 1, [`${H16}9`]: 1 } },
  { query: 'Exchange', kind: 'name', judgments: { [`${H16}5`]: 2, [`${H16}6`]: 1 } },
  { query: 'SharePoint', kind: 'name', judgments: { [`${H16}6`]: 1 } },
  { query: 'Microsoft', kind: 'name', judgments: { [`${H16}6`]: 2, [`${K20}5`]: 2 } },
  { query: 'InCorp', kind: 'name', judgments: { [`${H15}5`]: 2 } },

  // Misspellings and other spellings: scored on the suggested correction when the query itself finds nothing
  { query: 'digitalisring', kind: 'misspelling', judgments: DIGITALISERING },
  { query: 'office365', kind: 'misspelling', judgments: OFFICE_365 },
  { query: 'GDRP', kind: 'misspelling', judgments: GDPR },
  { query: 'borgerservise', kind: 'misspelling', judgments: BORGERSERVICE },

  // Over the real-world minutes of other municipalities (test/relevance/corpus.ts), judged item by item.
  {
    query: 'stedfortræder',
    corpus: 'realworld',
    kind: 'word',
    judgments: {
      [RANDERS_236]: 3,
      [RANDERS_88]: 3,
      [`${GRIBSKOV_17}220`]: 3,
      [`${GRIBSKOV_17}221`]: 3,
      'helsingoer-2015-03-16-oekonomiudvalget-1': 3,
      'hilleroed-2018-10-31-byraadet-1': 3,
      'lejre-2014-01-23-oekonomiudvalget-17': 2,
      'guldborgsund-2016-03-07-oekonomiudvalget-34': 1,
      [GLOSTRUP_2018_1]: 1,
      'gribskov-2018-11-12-byraadet-206': 1,
    },
  },
  {
    query: 'styrelsesvedtægt',
    corpus: 'realworld',
    kind: 'word',
    judgments: {
      'solroed-2021-12-20-byraadet-184': 3,
      'ballerup-2005-11-28-kommunalbestyrelsen-2': 3,
      [RANDERS_236]: 1,
      [RANDERS_88]: 1,
      [GLOSTRUP_2018_1]: 1,
      'hilleroed-2018-10-31-byraadet-1': 1,
    },
  },
  { query: 'lånegaranti', kind: 'compound', corpus: 'realworld', judgments: { 'randers-2007-05-07-byraadet-203': 3, 'aalborg-2024-01-22-byraadet-2': 3 } },
  {
    query: 'lokalplan',
    corpus: 'realworld',
    kind: 'word',
    judgments: {
      'randers-2007-05-07-byraadet-197': 3,
      'randers-2007-05-07-byraadet-198': 3,
      'randers-2007-05-07-byraadet-199': 3,
      [`${GRIBSKOV_17}218`]: 3,
      'rudersdal-2012-05-23-oekonomiudvalget-2': 3,
      'rudersdal-2012-05-23-oekonomiudvalget-3': 3,
      'frederiksberg-2015-04-20-kommunalbestyrelsen-86': 3,
      'ballerup-2006-09-25-kommunalbestyrelsen-8': 3,
      [`${FMK_2019}321`]: 3,
      [`${FMK_2019}322`]: 3,
      [`${FMK_2019}323`]: 3,
      [`${FMK_2019}325`]: 3,
      'faaborg-midtfyn-2021-02-09-kommunalbestyrelsen-44': 3,
      'lejre-2014-01-23-oekonomiudvalget-16': 3,
      'middelfart-2017-11-27-oekonomiudvalget-145': 3,
      'ukendt-2020-06-22-udvalget-for-teknik-og-miljoe-132': 1,
      'lejre-2014-01-23-oekonomiudvalget-1': 1,
    },
  },

  // Operators
  {
    query: 'Skype OR Teams',
    kind: 'operator',
    judgments: { [`${K20}5`]: 3, [`${H16}6`]: 3, [`${H16}7`]: 1, [`${H16}5`]: 1, [`${H16}8`]: 1 },
  },
];
