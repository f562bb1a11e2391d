import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTaxonomy, parseTaxonomy, parseTerm, TaxonomyError } from '../../analyzers/taxonomy.js';

const REQUIRED_TOPICS = [
  'it-platforme',
  'office-samarbejde',
  'esdh-sagsbehandling',
  'telefoni',
  'digitaliseringsstrategi',
  'it-budget-puljer',
  'gdpr-informationssikkerhed',
  'udbud',
  'oekonomi-budget',
  'personale-ledelse',
  'borgerservice',
  'covid-19',
];

const REQUIRED_SYSTEMS = [
  'Skype for Business',
  'Skype',
  'Teams',
  'Office 365',
  'Exchange',
  'Outlook',
  'SharePoint',
  'Acadre',
  'KMD',
  'KOMBIT',
  'SAPA',
  'ESDH',
  'Prisme',
  'SD-Løn',
  'InCorp',
  'Citrix',
  'Alcatel',
  'Aula',
  'Børsen Academy',
  'Kitos',
  'DUBU',
  'GIS',
  'Rambøll',
  'Microsoft',
];

/** The error message parseTaxonomy throws for `raw`. */
function problemsOf(raw: unknown): string {
  try {
    parseTaxonomy(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(TaxonomyError);
    return (error as Error).message;
  }
  throw new Error('expected the taxonomy to be rejected');
}

describe('the shipped taxonomy', () => {
  const taxonomy = loadTaxonomy();

  it('is version 2 with the required topics, in order, each with a Danish label', () => {
    expect(taxonomy.version).toBe(2);
    expect(taxonomy.topics.map((topic) => topic.id)).toEqual(REQUIRED_TOPICS);
    expect(Object.fromEntries(taxonomy.topics.map((topic) => [topic.id, topic.label]))).toEqual({
      'it-platforme': 'IT-platforme og infrastruktur',
      'office-samarbejde': 'Office og samarbejdsværktøjer',
      'esdh-sagsbehandling': 'ESDH og sagsbehandling',
      telefoni: 'Telefoni og kontaktcenter',
      digitaliseringsstrategi: 'Digitaliseringsstrategi',
      'it-budget-puljer': 'IT-budget og puljer',
      'gdpr-informationssikkerhed': 'GDPR og informationssikkerhed',
      udbud: 'Udbud og indkøb',
      'oekonomi-budget': 'Økonomi og budget',
      'personale-ledelse': 'Personale og ledelse',
      borgerservice: 'Borgerservice og borgerkontakt',
      'covid-19': 'Covid-19',
    });
  });

  it('has the required systems and organisations', () => {
    expect(taxonomy.systems.map((system) => system.name).sort()).toEqual([...REQUIRED_SYSTEMS].sort());
    expect(taxonomy.systems.filter((system) => system.kind === 'organisation').map((system) => system.name)).toEqual([
      'KMD',
      'KOMBIT',
      'Børsen Academy',
      'Rambøll',
      'Microsoft',
    ]);
  });

  it('fills defaults for optional fields', () => {
    const udbud = taxonomy.topics.find((topic) => topic.id === 'udbud')!;
    expect(udbud.patterns).toEqual([]);
    expect(udbud.caseSensitiveTerms).toEqual([]);
    expect(taxonomy.systems.find((system) => system.name === 'Teams')!.matchCase).toBe(true);
    expect(taxonomy.systems.find((system) => system.name === 'Exchange')!.matchCase).toBe(false);
  });

  it('is read once and then served from the cache', () => {
    expect(loadTaxonomy()).toBe(taxonomy);
  });
});

describe('parseTaxonomy errors name the topic and the field', () => {
  const valid = { id: 'udbud', label: 'Udbud', terms: ['udbud*'] };

  it('a term that breaks the syntax', () => {
    const telefoni = { id: 'telefoni', label: 'Telefoni', terms: ['telefoni*', 'tele*foni'] };
    const message = problemsOf({ version: 1, topics: [valid, telefoni] });
    expect(message).toContain('topic "telefoni", field "terms[1]": must be words of letters and digits');
  });

  it('an id that is not kebab-case, and a missing label', () => {
    const message = problemsOf({ version: 1, topics: [{ id: 'IT Platforme', terms: ['server'] }] });
    expect(message).toContain('topic "IT Platforme", field "id": must be kebab-case');
    expect(message).toContain('topic "IT Platforme", field "label"');
  });

  it('a topic without an id is named by its position', () => {
    expect(problemsOf({ version: 1, topics: [valid, { label: 'Uden id', terms: ['x'] }] })).toContain('topic #2, field "id"');
  });

  it('an invalid regular expression', () => {
    const message = problemsOf({ version: 1, topics: [{ ...valid, patterns: ['budget (20'] }] });
    expect(message).toContain('topic "udbud", field "patterns[0]": is not a valid regular expression');
  });

  it('an unknown field', () => {
    expect(problemsOf({ version: 1, topics: [{ ...valid, term: ['udbud'] }] })).toContain('topic "udbud"');
  });

  it('a duplicate id, a topic without terms and a system that does not exist', () => {
    const message = problemsOf({
      version: 1,
      topics: [
        valid,
        { id: 'udbud', label: 'Igen', terms: ['x'] },
        { id: 'tom', label: 'Tom' },
        { id: 'office', label: 'Office', systems: ['Lotus Notes'] },
      ],
    });
    expect(message).toContain('topic "udbud", field "id": is used twice');
    expect(message).toContain('topic "tom", field "terms": topic has no terms, patterns or systems');
    expect(message).toContain('topic "office", field "systems[0]": "Lotus Notes" is not in systems');
  });

  it('a system without aliases', () => {
    const message = problemsOf({ version: 1, topics: [valid], systems: [{ name: 'Acadre', kind: 'system', aliases: [] }] });
    expect(message).toContain('system "Acadre", field "aliases": needs at least one alias');
  });

  it('a missing version', () => {
    expect(problemsOf({ topics: [valid] })).toContain('field "version"');
  });
});

describe('loadTaxonomy from a file', () => {
  it('names the file and the topic when the YAML is invalid', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'taxonomy-')), 'broken.yaml');
    writeFileSync(path, 'version: 2\ntopics:\n  - id: udbud\n    label: Udbud\n    terms: ["*"]\n');
    expect(() => loadTaxonomy(path)).toThrow(/broken\.yaml is invalid:\n {2}topic "udbud", field "terms\[0\]"/);
  });

  it('loads a valid file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'taxonomy-')), 'small.yaml');
    writeFileSync(path, 'version: 2\ntopics:\n  - id: udbud\n    label: Udbud\n    terms: [udbud*]\n');
    expect(loadTaxonomy(path)).toEqual({
      version: 2,
      topics: [{ id: 'udbud', label: 'Udbud', terms: ['udbud*'], caseSensitiveTerms: [], patterns: [], systems: [] }],
      systems: [],
    });
  });
});

describe('parseTerm', () => {
  it.each([
    ['telefoni*', { words: ['telefoni'], openStart: false, openEnd: true }],
    ['*pulje*', { words: ['pulje'], openStart: true, openEnd: true }],
    ['*strategi', { words: ['strategi'], openStart: true, openEnd: false }],
    ['it- og digitaliseringsstrategi*', { words: ['it', 'og', 'digitaliseringsstrategi'], openStart: false, openEnd: true }],
    ['Skype for Business', { words: ['Skype', 'for', 'Business'], openStart: false, openEnd: false }],
    ['ISO 27001', { words: ['ISO', '27001'], openStart: false, openEnd: false }],
  ])('%s', (term, shape) => {
    expect(parseTerm(term)).toEqual(shape);
  });

  it.each(['', '*', '**', 'tele*foni', 'budget*2020', '*it budget', 'SKI 02.19', "KMD's"])('rejects %j', (term) => {
    expect(parseTerm(term)).toBeNull();
  });
});
