import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../analyzers/taxonomy.js';
import { findSystems, tagItem, tagTopics } from '../../analyzers/topics.js';

const CORPUS = fileURLToPath(new URL('../../corpus/demo/', import.meta.url));

/** Agenda item n of demo file `prefix` ("000"): its title and the text up to the next "Punkt …:" heading. */
function demoItem(prefix: string, n: number): { title: string; body: string } {
  const file = readdirSync(CORPUS).find((name) => name.startsWith(`${prefix}_`))!;
  const [, title, body] = new RegExp(`^Punkt ${n}: (.*)$([\\s\\S]*?)(?=^Punkt \\d+:|$(?![\\s\\S]))`, 'm').exec(
    readFileSync(CORPUS + file, 'utf8'),
  )!;
  return { title, body };
}

const match = (topic: string, term: string, section: string, count: number) => ({ topic, term, section, count });

function tagDemoItem(prefix: string, n: number) {
  const { title, body } = demoItem(prefix, n);
  return tagTopics({ title, sections: { sagsfremstilling: body } });
}

function systemsOfDemoItem(prefix: string, n: number): string[] {
  const { title, body } = demoItem(prefix, n);
  return findSystems(`${title}\n${body}`);
}

describe('tagTopics on the demo corpus', () => {
  it('000 item 5, Skype to Teams: office, pools and telephony', () => {
    expect(demoItem('000', 5).title).toBe('Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams');
    const { topics, topicMatches } = tagDemoItem('000', 5);
    expect(topics).toEqual(expect.arrayContaining(['office-samarbejde', 'it-budget-puljer', 'telefoni']));
    expect(topicMatches).toContainEqual(match('it-budget-puljer', 'effektiviseringspulje*', 'title', 1));
    expect(topicMatches).toContainEqual(match('office-samarbejde', 'Skype*', 'title', 1));
    expect(topicMatches).toContainEqual(match('telefoni', 'telefoni*', 'sagsfremstilling', 3));
  });

  it('000 item 5 names Skype for Business, Teams and Office 365', () => {
    expect(systemsOfDemoItem('000', 5)).toEqual(['Microsoft', 'Office 365', 'Skype', 'Skype for Business', 'Teams']);
  });

  it('002 item 2, the ESDH project: ESDH with GDPR, Office 365 and SAPA alongside', () => {
    expect(demoItem('002', 2).title).toBe('Status - ESDH-projektet');
    const { topics, topicMatches } = tagDemoItem('002', 2);
    expect(topics).toEqual(
      expect.arrayContaining(['esdh-sagsbehandling', 'gdpr-informationssikkerhed', 'office-samarbejde', 'udbud']),
    );
    expect(topicMatches).toContainEqual(match('esdh-sagsbehandling', 'esdh*', 'title', 1));
    expect(topicMatches).toContainEqual(match('gdpr-informationssikkerhed', 'gdpr*', 'sagsfremstilling', 2));
    expect(systemsOfDemoItem('002', 2)).toEqual(['ESDH', 'KMD', 'Office 365', 'Rambøll', 'SAPA']);
  });

  it('003 item 7 is about the digitalisation strategy', () => {
    const { topics, topicMatches } = tagDemoItem('003', 7);
    expect(topics).toEqual(['digitaliseringsstrategi']);
    expect(topicMatches).toContainEqual(match('digitaliseringsstrategi', 'digitaliseringsstrategi*', 'title', 1));
    expect(topicMatches).toContainEqual(
      match('digitaliseringsstrategi', 'kommunernes digitaliseringsprogram*', 'sagsfremstilling', 1),
    );
  });

  it('003 item 8, GDPR awareness (title misspelt "awarenes"), is about GDPR and information security', () => {
    const { topics, topicMatches } = tagDemoItem('003', 8);
    expect(topics).toEqual(['gdpr-informationssikkerhed']);
    expect(topicMatches).toContainEqual(match('gdpr-informationssikkerhed', 'gdpr*', 'title', 1));
    expect(topicMatches).toContainEqual(match('gdpr-informationssikkerhed', 'iso 27001', 'sagsfremstilling', 1));
    expect(systemsOfDemoItem('003', 8)).toEqual(['Børsen Academy']);
  });

  it('004 item 5, spending the IT pool, counts each mention of the pool once', () => {
    const { topics, topicMatches } = tagDemoItem('004', 5);
    expect(topics).toContain('it-budget-puljer');
    expect(topicMatches).toContainEqual(match('it-budget-puljer', 'it-promillepulje*', 'title', 1));
    expect(topicMatches).toContainEqual(match('it-budget-puljer', 'it-promillepulje*', 'sagsfremstilling', 11));
    expect(systemsOfDemoItem('004', 5)).toEqual(['InCorp', 'KMD', 'SD-Løn']);
  });

  it('004 item 6 matches the cooperation committee MED only in capitals', () => {
    const { topics, topicMatches } = tagDemoItem('004', 6);
    expect(topics).toContain('personale-ledelse');
    expect(topicMatches.filter(({ section }) => section === 'title')).toEqual([match('personale-ledelse', 'MED', 'title', 1)]);
  });

  it('003 item 3, a joint tender, is about procurement', () => {
    expect(tagDemoItem('003', 3).topics).toEqual(['udbud']);
  });

  it('an item without any topic words gets no topics', () => {
    expect(tagDemoItem('000', 10)).toEqual({ topics: [], topicMatches: [] });
  });
});

describe('the topic-assignment rule', () => {
  const taxonomy = parseTaxonomy({ version: 1, topics: [{ id: 'udbud', label: 'Udbud', terms: ['udbud*'] }] });
  const tag = (sections: Record<string, string>, title = 'Orientering') => tagTopics({ title, sections }, taxonomy);

  it('assigns a topic named once in the title', () => {
    expect(tag({}, 'Udbud af rengøring').topics).toEqual(['udbud']);
  });

  it('assigns a topic named once in indstilling or beslutning', () => {
    expect(tag({ indstilling: 'at udbuddet godkendes' }).topics).toEqual(['udbud']);
    expect(tag({ beslutning: 'Udbudsstrategien blev godkendt.' }).topics).toEqual(['udbud']);
  });

  it('needs two body matches elsewhere, counted across sections', () => {
    expect(tag({ sagsfremstilling: 'Et udbud er på vej.' })).toEqual({ topics: [], topicMatches: [] });
    const { topics, topicMatches } = tag({ resume: 'Et udbud er på vej.', sagsfremstilling: 'Udbuddet offentliggøres.' });
    expect(topics).toEqual(['udbud']);
    expect(topicMatches).toEqual([
      match('udbud', 'udbud*', 'resume', 1),
      match('udbud', 'udbud*', 'sagsfremstilling', 1),
    ]);
  });
});

describe('term syntax', () => {
  const taxonomy = parseTaxonomy({
    version: 1,
    topics: [
      { id: 'puljer', label: 'Puljer', terms: ['it-promillepulje*', '*pulje*', 'it-budget*'] },
      { id: 'endelser', label: 'Endelser', terms: ['*strategi'] },
      { id: 'med', label: 'MED', caseSensitiveTerms: ['*MED'] },
      { id: 'budget', label: 'Budget', patterns: ['budget\\s*20\\d\\d'] },
    ],
  });
  const titleTopics = (title: string) => tagTopics({ title, sections: {} }, taxonomy).topicMatches;

  it('lets the longest of overlapping terms of a topic count, once', () => {
    expect(titleTopics('Udmøntning af IT-promillepuljen')).toEqual([
      match('puljer', 'it-promillepulje*', 'title', 1),
    ]);
  });

  it('matches * inside compounds and phrases across spaces or hyphens', () => {
    expect(titleTopics('Effektiviseringspuljen og IT budgettet')).toEqual([
      match('puljer', '*pulje*', 'title', 1),
      match('puljer', 'it-budget*', 'title', 1),
    ]);
  });

  it('does not join phrase words across punctuation', () => {
    expect(titleTopics('Digitalisering og IT. Budgettet')).toEqual([]);
  });

  it('matches a leading * as a word ending only', () => {
    expect(titleTopics('Kanalstrategi')).toEqual([match('endelser', '*strategi', 'title', 1)]);
    expect(titleTopics('Strategiske pejlemærker')).toEqual([]);
  });

  it('matches case-sensitive terms only as written', () => {
    expect(titleTopics('Orientering til RådhusMED')).toEqual([match('med', '*MED', 'title', 1)]);
    expect(titleTopics('Møde med borgmesteren')).toEqual([]);
  });

  it('matches patterns', () => {
    expect(titleTopics('Budget 2022 - det videre arbejde')).toEqual([
      match('budget', 'budget\\s*20\\d\\d', 'title', 1),
    ]);
  });
});

describe('findSystems', () => {
  it('lets the longest alias win a stretch of text', () => {
    expect(findSystems('Microsoft har varslet lukning af Skype for Business.')).toEqual(['Microsoft', 'Skype for Business']);
    expect(findSystems('Skype for Business og Skype-møder')).toEqual(['Skype', 'Skype for Business']);
    expect(findSystems('Vi bruger Microsoft Teams')).toEqual(['Teams']);
  });

  it('maps aliases to canonical names and finds names in compounds and possessives', () => {
    expect(findSystems("O365, KMD's system, KOMBITs løsning og Alcatel-platformen")).toEqual([
      'Alcatel',
      'KMD',
      'KOMBIT',
      'Office 365',
    ]);
    expect(findSystems('Opgradering af exchange og SD-løn')).toEqual(['Exchange', 'SD-Løn']);
  });

  it('matches case-sensitive systems only as written', () => {
    expect(findSystems('teams/afdelinger kan have forskellige licenser')).toEqual([]);
    expect(findSystems('samarbejdsplatformen AULA og Aula')).toEqual(['Aula']);
    expect(findSystems('en aula på skolen')).toEqual([]);
  });

  it('returns nothing for text without systems', () => {
    expect(findSystems('Godkendt.')).toEqual([]);
  });
});

describe('tagItem', () => {
  it('gives the topics of tagTopics and the systems of findSystems over the title and sections joined by line breaks', () => {
    const items = [
      { title: demoItem('000', 5).title, sections: { sagsfremstilling: demoItem('000', 5).body, indstilling: 'Skype\nfor Business udfases' } },
      { title: 'Office 365 og Teams', sections: { resume: '', beslutning: 'Godkendt. İ og TEAMS' } },
      { title: '', sections: {} },
    ];
    for (const item of items) {
      const systems = findSystems([item.title, ...Object.values(item.sections)].join('\n'));
      expect(tagItem(item)).toEqual({ ...tagTopics(item), systems });
    }
  });
});
