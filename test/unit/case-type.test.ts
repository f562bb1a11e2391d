import { describe, expect, it } from 'vitest';
import { classifyCaseType } from '../../analyzers/case-type.js';
import type { CaseType } from '../../ingest/model.js';
import { corpusFile } from './corpus-helpers.js';

/**
 * Every agenda item of the five demo minutes: [file, item, Sagstype section, Indstilling section, title, case type],
 * the texts as printed. Only the Kalundborg minutes (000, 002) have a Sagstype section.
 */
const ITEMS: Array<[string, number, string | undefined, string | undefined, string, CaseType | null]> = [
  ['000', 1, 'Orientering.', undefined, 'Præsentation af 2 nye niveau 2 chefer', 'Orientering'],
  ['000', 2, 'Drøftelse.', 'Sekretariatschefen indstiller, at emnerne drøftes.', 'Drøftelse af emner med borgmesteren', 'Drøftelse'],
  ['000', 3, undefined, undefined, 'Lukket: Lønbånd direktører og niveau 2 ledere 04.2020', null],
  ['000', 4, undefined, undefined, 'Lukket: Forhandling af chefløn 2020 - forslag om tilbageholdenhed', null],
  ['000', 5, 'Beslutning.', 'Direktøren indstiller, at der bevilges midler i alt 2,7 mio. kr. til at omlægge fra Skype til Teams.', 'Ansøgning til effektiviseringspuljen vedr. omlægning fra Skype til Teams', 'Beslutning'],
  ['000', 6, undefined, undefined, 'Lukket: Materiale til planseminar 2020', null],
  ['000', 7, undefined, undefined, 'Lukket: Rammeaftale SYMB', null],
  ['000', 8, undefined, undefined, 'Lukket: Formidling af Direktionens drøftelser og beslutninger til organisationen', null],
  ['000', 9, undefined, undefined, 'Lukket: Orientering om sager på vej', 'Orientering'],
  ['000', 10, undefined, undefined, 'Eventuelt', null],
  ['001', 1, undefined, undefined, 'Økonomiopfølgning 21-12-2016', null],
  ['001', 2, undefined, undefined, 'Øvrige sager 21-12-2016', null],
  ['001', 3, undefined, 'Byrådscenteret indstiller, at Direktionen godkender, at\n\n- 1) der foretages en evaluering af den nuværende byrådsperiode, som beskrevet i sagsfremstillingen,\n- 2) arbejdet med planlægningen af en Byrådshøjskole afventer evalueringen.', 'Forberedelse til ny byrådsperiode 2018-2022', 'Beslutning'],
  ['001', 4, undefined, 'Stryregruppen for Fremtidens borgerkontakt indstiller, at Direktionen:\n\n- Drøfter og godkender ”Kanal- og servicestrategien 2017-2021”\n- Vedtager, at der etableres en erfa-kreds med deltagelse fra alle centre. Erfa-kredsen har til formål at understøtte implementeringen af de 6 principper for god borgerkontakt.\n- Vedtager, at beslutningen om hvordan BAC skal etableres som kompetencecenter for god borgerkontakt udsættes til ultimo 2017.', 'NY-NY Fremtidens borgerkontakt', 'Beslutning'],
  ['001', 5, undefined, 'ØDC indstiller, at der overføres 0,410 mio. kr. fra it-promillepuljen til ØDC i 2016 og 0,850 mio. kr. til ØDC i 2017 jf. sagsfremstillingen.', 'It budget og forbrug 2017', 'Beslutning'],
  ['001', 6, undefined, 'ØDC indstiller,\n\n- At direktionen beslutter sig for scenarie 3, Office 365, som fremtidig platform og foreløbigt reserverer 2,2 mio. kr. i it-promillepuljen til årlige driftsudgifter.\n- At der gennemføres en intern analyse af licensbehovet blandt medarbejderne samt kortlægning af muligheder i fht. overgang fra den nuværende Alcatel-platform til Skype/ip-telefoni\n- At effektiviseringsmuligheder afdækkes forud / i forbindelse med implementering\n- At der afsættes en ramme på 0,3 mio. kr. (finansieret af it-promillepuljen) til evt. køb af ekstern konsulentbistand, til at understøtte den interne undersøgelse, herunder bistand i relation til telefoni.', 'Valg af ny Office pakke', 'Beslutning'],
  ['001', 7, undefined, 'Det indstilles, at:\ndirektionen godkender direktionens og arbejdsgruppens deltagelse på Folkemødet 2017\ndirektionen godkender, at der anvendes ca. kr. 150.000 til transport, forplejning, overnatning og aktiviteter, heraf 100.000 kr. fra direktionens udviklingspulje.', 'Folkemøde 2017', 'Beslutning'],
  ['001', 8, undefined, 'Det indstilles, at\n\n1. Styregruppen for Velfærdsteknologis forslag vedrørende flytningsteknologi og skype tages til efterretning.\n2. Implementering i bunds forslag om optimering af Acadre, kontorpakke og den digitale arbejdsplads tages til efterretning.\n3. Pædagogisk IT\'s forslag om at arbejde mod en effektivisering for samlet 0,5 mio. kr. i 2018 og herefter en årligt stigning på 0,5 mio. kr. til i alt 1,5 mio. kr. i 2020 tages til efterretning.\n4. Fremtidens Borgerkontakt indstillinger vedrørende selvbetjening, effektiv telefonbetjening og effektiv fordeling af blanketter til samlet 0,75 mio. kr. i 2017 tages til efterretning.\n5. Direktionen drøfter om der fortsat er initiativer nok i programmet til at indfri omstillingskravet, herunder om driftsrelaterede indsatser kan overgå til drift.\n6. Direktionen drøfter hvorvidt den manglende restsum for 2017 på 1,9 mio. kr. skal udmøntes i form af en et-årig rammebesparelse fordelt efter andel administration.\n7. Direktionen drøfter involvering af HU, og orientering af politisk niveau.', 'Samlet tilbagemelding fra styregrupperne i Nye Rammer- Ny Administration', 'Drøftelse'],
  ['001', 9, undefined, '1. Styregruppen for Implementering i bund indstiller at projektet overgår til drift.\n2. Fremtidige gevinster tilgår Nye Rammer – Ny Administration.', 'Projekt Implementering i bund overgår til drift', null],
  ['001', 10, undefined, undefined, 'Lukket', null],
  ['002', 1, 'Drøftelse.', 'Sekretariatschefen indstiller, at emnerne drøftes.', 'Drøftelse af emner med borgmesteren', 'Drøftelse'],
  ['002', 2, 'Beslutning', 'ESDH-styregruppen indstiller, at\n\n- ESDH-administrator-funktionen, for at understøtte implementeringsprocessen samt gevinstrealiseringsprocesserne efter implementering, herunder samarbejdet med DIGIT-kommunerne om udvikling af fælles best practice-processer, indtil videre normeres til en fuldtidsfunktion\n- Der udarbejdes en ansøgning til "Effektiviseringspuljen" om finansiering af funktionen i 2019, 2020 og 2021.\n- Administratorfunktionen fra 2022 finansieres via effektiviseringsgevinster som følge af projektet\n- Der ultimo februar/primus marts 2019 afholdes en workshop med deltagelse af niveau-2-cheferne og direktionen om Kalundborg Kommunes sags- og dokumentstrategi.', 'Status - ESDH-projektet', 'Beslutning'],
  ['002', 3, 'Beslutning.', 'Direktøren indstiller, at Direktionen udpeger 2 repræsentanter til arbejdsgruppen.', '3-i-1 måling', 'Beslutning'],
  ['002', 4, 'Beslutning', 'Sekretariatschefen indstiller, at rammer for dagsorden godkendes.', 'Dagsorden administrativt chefmøde d. 26. november 2018', 'Beslutning'],
  ['002', 5, 'Orientering', 'Direktøren indstiller, at revisionens orientering tages til efterretning', 'Løbende revision af socialregnskab 2018', 'Orientering'],
  ['002', 6, undefined, undefined, 'Lukket: Formidling af Direktionens drøftelser og beslutninger til organisationen', null],
  ['002', 7, undefined, undefined, 'Lukket: Orientering om sager på vej', 'Orientering'],
  ['002', 8, undefined, undefined, 'Eventuelt', null],
  ['003', 1, undefined, undefined, 'Tidsplan', null],
  ['003', 2, undefined, 'Det indstilles, at direktionen drøfter\n\n- økonomioversigten og eventuelle områder med særlige udfordringer\n- forventningerne til Covid-19 udgifter for 2021', 'Økonomioversigt pr. 31. marts 2021', 'Drøftelse'],
  ['003', 3, undefined, 'Det indstilles, at direktionen godkender Nordfyns Kommunes deltagelse i det fælles udbud.', 'Udbud af Økonomi og Løn system', 'Beslutning'],
  ['003', 4, undefined, 'Det indstilles, at direktionen drøfter følgende punkter:\n\n- opsamling på drøftelserne i fagudvalgene og "bestillinger" til det videre arbejde\n- Økonomiudvalgets drøftelse af Budget 2022\n- opsamling fra gruppedrøftelserne på Lederforum omkring velfærdsudfordringerne', 'Budget 2022 - det videre arbejde', 'Drøftelse'],
  ['003', 5, undefined, undefined, 'Genåbning af rådhusene', null],
  ['003', 6, undefined, 'Stabene indstiller, at direktionen kvalificerer årshjulet for 2021.', 'Årshjul for Organisationens Strategi- og Udviklingsplan 2020-2022', 'Drøftelse'],
  ['003', 7, undefined, 'Digitaliseringsudvalget indstiller at direktionen godkender digitaliseringsstrategien.', 'Digitaliseringsstrategi.', 'Beslutning'],
  ['003', 8, undefined, 'Informationssikkerhedsudvalget indstiller, at direktionen kvalificerer planlægningen og især tidsplanen af awareness-kampagnen.', 'Udrulning af GDPR-awarenes', 'Drøftelse'],
  ['003', 9, undefined, 'Børn og Unge indstiller,\n\n- at stillingen besættes hurtigst muligt.', 'Genbesættelse af stilling som leder af Familieafdelingen', null],
  ['003', 10, undefined, undefined, 'Orientering', 'Orientering'],
  ['004', 1, undefined, undefined, 'Program for heldagsmøde i Direktionen 07-12-2015', null],
  ['004', 2, undefined, undefined, 'Øvrige sager 07-12-2015', null],
  ['004', 3, undefined, undefined, 'Økonomifølgning 07-12-2015', null],
  ['004', 4, undefined, undefined, 'Oversigt over puljer (NyNy)', null],
  ['004', 5, undefined, 'ØDC indstiller, at Direktionen:\n\n1. godkender at 105.000 kr. i 2015 fra IT-promillepuljen anvendes til systemet InCorp.\n2. godkender at 109.000 kr fra IT-promillepuljen i 2015 anvendes til KMD\'s system til fripladsberegning.\n3. godkender at henholdsvis 270.000 kr fra IT-promillepuljen i 2016 og frem anvendes til systemet Hjertet og Hjertet.\n4. At direktionen tager orienteringen om fremtidige behov til efterretning', 'Udmøntning af IT-promillepulje, December', 'Beslutning'],
  ['004', 6, undefined, 'Tages til efterretning.', 'Plancher om NY-NY til sektor MED', 'Orientering'],
  ['004', 7, undefined, 'Administrationen indstiller, at direktionen drøfter de aktuelle udfordringer med UTA-indsatsen.', 'Temadrøftelse om UTA i direktionen', 'Drøftelse'],
  ['004', 8, undefined, undefined, 'Lukket', null],
];

describe('classifyCaseType on every item of the demo corpus', () => {
  it.each(ITEMS)('file %s item %i', (file, _item, sagstype, indstilling, title, caseType) => {
    for (const printed of [sagstype, indstilling, title]) if (printed) expect(corpusFile(file)).toContain(printed);
    expect(classifyCaseType(sagstype, indstilling, title)).toBe(caseType);
  });
});

describe('classifyCaseType', () => {
  it('trusts the Sagstype section over the indstilling', () => {
    expect(classifyCaseType('Orientering.', 'Direktøren indstiller, at sagen godkendes.', 'Status')).toBe('Orientering');
  });

  it('reads the indstilling when the Sagstype is unknown', () => {
    expect(classifyCaseType('Andet', 'Direktøren indstiller, at sagen drøftes.', 'Status')).toBe('Drøftelse');
  });

  it.each([
    ['Det indstilles, at der bevilges 2,7 mio. kr.', 'Beslutning'],
    ['Direktøren indstiller, at Direktionen beslutter sig for scenarie 3.', 'Beslutning'],
    ['Direktionen drøfter og godkender strategien; orienteringen tages til efterretning.', 'Beslutning'],
    ['Direktionen drøfter sagen, og orienteringen tages til efterretning.', 'Drøftelse'],
    ['Orienteringen tages til efterretning.', 'Orientering'],
    ['Sagen forelægges til orientering.', 'Orientering'],
  ] as const)('infers %j → %s', (indstilling, caseType) => {
    expect(classifyCaseType(undefined, indstilling, 'Status')).toBe(caseType);
  });

  it.each([
    ['Orientering fra direktøren', 'Orientering'],
    ['Temadrøftelse om UTA', 'Drøftelse'],
    ['Formidling af Direktionens drøftelser og beslutninger', null],
    ['Eventuelt', null],
  ] as const)('falls back to the title %j → %s', (title, caseType) => {
    expect(classifyCaseType(undefined, undefined, title)).toBe(caseType);
  });
});
