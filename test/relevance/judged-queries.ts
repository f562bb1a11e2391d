/**
 * The judged query set for search relevance (docs/relevance.md): Danish queries over the demo corpus, each with
 * graded judgments of the items that answer it. Grades: 3 the item is about it (its subject, usually its
 * title), 2 a substantial part of the item (the recommendation, the decision, several paragraphs),
 * 1 a passing mention that a staff member searching for it would still want to see. Unlisted items are 0.
 */

export type Grade = 1 | 2 | 3;
export type QueryKind = 'word' | 'compound' | 'phrase' | 'name' | 'misspelling' | 'operator';

export interface JudgedQuery {
  query: string;
  kind: QueryKind;
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

  // Operators
  {
    query: 'Skype OR Teams',
    kind: 'operator',
    judgments: { [`${K20}5`]: 3, [`${H16}6`]: 3, [`${H16}7`]: 1, [`${H16}5`]: 1, [`${H16}8`]: 1 },
  },
];
