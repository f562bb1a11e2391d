import { describe, expect, it } from 'vitest';
import { classifyOutcome } from '../../analyzers/outcome.js';
import type { DecisionOutcome } from '../../ingest/model.js';
import { corpusFile } from './corpus-helpers.js';

/**
 * Every agenda item of the five demo minutes: [file, item, decision text as printed, outcome].
 * Closed items ("Lukket") and items without a decision have no decision text.
 * File 001 item 9 carries two decisions (21-12-2016 and the earlier 06-12-2016); both are listed.
 */
const DECISIONS: Array<[string, number, string | null, DecisionOutcome | null]> = [
  ['000', 1, 'Udsat til Direktionsmødet den 8. juni 2020.', 'udsat'],
  ['000', 2, 'Ad 1 Der udarbejdes et notat som drøftes i Direktionen.\n\nAd 2 Borgmesteren redegjorde for økonomiaftalen og programmet for Planseminaret blev gennemgået.\n\nAd 3 Der udarbejdes en sag til kommunalbestyrelsesmødet i juni 2020, hvor der lægges op til en rammebevilling til de projekter, der ønskes gennemført, hvorefter de enkelte bevillinger kan behandles i Kommunalbestyrelsen i august 2020.\n\nAd 4 Ingen bemærkninger.', 'andet'],
  ['000', 3, null, null],
  ['000', 4, null, null],
  ['000', 5, 'Anbefales med en præcisering af at omlægningen vil:\n\n- Øge driftsstabiliteten og sikkerheden\n- Øge anvendelsen i organisationen, og\n- Understøtter, at Kommunen holder fast i de gode erfaringer, der er gjort ifm. Covid-19', 'anbefalet'],
  ['000', 6, null, null],
  ['000', 7, null, null],
  ['000', 8, null, null],
  ['000', 9, null, null],
  ['000', 10, '-', null],
  ['001', 1, 'Det blev aftalt, at der forelægges en sag for direktionen i januar med en overordnet status på økonomien frem mod budget 2018.', 'andet'],
  ['001', 2, null, null],
  ['001', 3, 'Godkendt, idet det blev påpeget, at evalueringen af udvalgene skal fokusere på arbejdet i udvalgene, herunder også §17,4-udvalgene. Det kan overvejes, at der også skal foregå en drøftelse i udvalgene herom.', 'godkendt'],
  ['001', 4, 'Udskudt til 2/1-2017.', 'udsat'],
  ['001', 5, 'Godkendt, idet de 0,410 mio. kr. overføres til direktionens udviklingspulje i 2017.', 'godkendt'],
  ['001', 6, 'Godkendt, idet der udarbejdes en implementeringsplan til behandling i direktionen og chefforum.', 'godkendt'],
  ['001', 7, 'Godkendt, idet der ikke er taget stilling til hvorfra finansieringen skal komme.', 'godkendt'],
  ['001', 8, 'Direktionen besluttede, at der skal udarbejdes et notat, der beskriver et re-design af NY-NY programmet. Lars Holte og Kathrine Skastrup er ansvarlig herfor. Herefter tages der stilling til økonomien.', 'andet'],
  ['001', 9, 'Indgår i beslutningen fra sag 8, altså at der skal udarbejdes et notat, der beskriver et re-design af det samlede NY-NY-program.', 'andet'],
  ['001', 9, 'Sagen blev udskudt til den samlede drøftelse om NY-NY i direktionen den 21. december.', 'udsat'],
  ['001', 10, null, null],
  ['002', 1, 'Drøftedes.', 'drøftet'],
  ['002', 2, 'Godkendt, idet sagen også drøftes på det kommende administrative chefmøde.', 'godkendt'],
  ['002', 3, 'De to ledelsesrepræsentanter skal være fordelt så den ene kommer fra rådhuset og den anden ude på institutionerne. Derudover skal Søren Ole deltage. Mette Heidemann indmelder forslag.', 'andet'],
  ['002', 4, 'Dagsorden revideres, jf. Direktionens kommentarer, og drøftes igen på møde d. 19. november 2018.', 'andet'],
  ['002', 5, 'Drøftedes.', 'drøftet'],
  ['002', 6, null, null],
  ['002', 7, null, null],
  ['002', 8, '-', null],
  ['003', 1, 'Godkendt.', 'godkendt'],
  ['003', 2, 'Direktionen drøftede økonomioversigten, områder med særlige udfordringer og forventningerne til Covid-19 udgifter for 2021.\n\nDirektionen efterspurgte en sammenligning af Covid-19 udgifter og serviceniveau på rengøringsområdet med de øvrige fynske kommuner.\n\nDirektionen efterspurgte et overblik over Covid-19 udgifter og hvilke elementer, der skal meldes ind til KL til de kommende nationale økonomiforhandlinger.\n\nØkonomi og Løn udarbejder det efterspurgte til kommende direktionsmøde.', 'drøftet'],
  ['003', 3, 'Direktionen fik en orientering om fælles udbud af system til Økonomi og Løn sammen med fire andre fynske kommuner.\n\nDirektionen godkendte Nordfyns Kommunes deltagelse i det fælles udbud.', 'godkendt'],
  ['003', 4, 'Direktionen drøftede det videre arbejde med Budget 2022. Direktørerne gav en kort orientering med opsamling på udvalgenes drøftelser af behov og muligheder ift. prioritering af Budget 2022 på eget fagområde.\n\nOpsamling fra Lederforum fremlægges på direktionsmødet den 28. april 2021, hvor arbejdet med Budget 2022 genoptages.', 'drøftet'],
  ['003', 5, 'Direktionen drøftede strategi og rammer for øget genåbning af rådhusene og de administrative arbejdspladser med følgende perspektiver:\n\n- Afsæt i den bestående fleksible model med fokus på lokal ledelsesansvar ift. de konkrete\n- Plan på kort sigt og på lang sigt\n- Fokus på mål for kerneopgaven\n- Øget digitalisering\n- Fysiske forhold og it-udstyr/arbejdsstationer\n- Sociale og faglige relationer\n- Kantine\n- Revision af retningslinjer fra forårets genåbning i 2020\n\nStrategi og Politik sikrer udarbejdelse af udkast til fælles principper for genåbning på det administrative område i samarbejde med næstformanden i RådhusMED, som efterfølgende drøftes i RådhusMED og godkendes i direktionen. Strategisk Chefforum drøfter (ledelse af) implementering på mødet den 5. maj 2021.', 'drøftet'],
  ['003', 6, 'Direktionen drøftede og godkendte årshjul for Organisationens Strategi- og Udviklingsplan for 2020-2022. Årshjulet afprøves og videreudvikles løbende.', 'godkendt'],
  ['003', 7, 'Direktionen drøftede og godkendte digitaliseringsstrategien med følgende bemærkninger:\n\n- Formål og effekt skal suppleres med eksempler på, hvordan digitalisering af kerneopgaven påvirker den daglige opgaveløsning.\n- Beskrivelse af, hvordan velfærdsteknologi og digitalisering understøttes.\n-\n\nFørste skridt i handleplanen for implementering er, at Strategisk Chefforum arbejder videre med strategien og implementering af den på kommende møde den 4. maj 2021 med oplæg ved KL om teknologiradar og screening af, hvor vi er ift. strategien på fagområderne.', 'godkendt'],
  ['003', 8, 'Direktionen kvalificerede og godkendte planen for gennemførelse af GDPR-awareness med følgende bemærkninger:\n\n- Børn og Unge ønsker at gennemføre indsatsen i uge 26.\n- Der skal laves en særskilt planlægning for gennemførelse på Social- og sundhedsområdet i samarbejde med ledere på området.\n- Kampagnen kan med fordel suppleres af fokus på fysisk indretning ift. at sikre GDPR-lovgivningen.', 'godkendt'],
  ['003', 9, 'Genbesættelse af stillingen blev godkendt, idet den eksterne bistand alene anvendes til search og test. Den øvrige ansættelsesproces varetager vi selv.', 'godkendt'],
  ['003', 10, 'Orientering foretaget.\n\nDet blev præciseret, at det er SSP, der varetager ansvaret og opgaver ift. radikaliserings, evt. i samarbejde med øvrige fagområder i organisationen, hvor det er relevant. Dvs. at Mads Korsgaard har ledelsesansvaret, og Jesper Due Pedersen har chefansvaret.', 'taget til efterretning'],
  ['004', 1, null, null],
  ['004', 2, 'Borgmesteren deltog på mødet.\n\n- Selsmoseskolen. Processen omkring fremtidens skole blev drøftet. Ligeledes blev der givet status efter branden på skolen.\n- Rådhusombygning er ved at blive planlagt herunder muligheder for genhusning.\n- Nye centerchefer. Borgmesteren blev orienteret om de ny ansatte centerchefer. Præsentationen gives ligeledes på Økonomiudvalgets møde.\n- Medarbejdernes inddragelse i budgetlægningen. Der er nedsat en arbejdsgruppe under HU om inddragelse af medarbejdere i budgetprocessen. Målet er at udarbejde en model som forelægges politisk.\n\nDirektionen og CEIS drøftede renovering og modernisering af rådhuset\n\nDet blev besluttet, at Direktionen er styregruppe for arbejdet inklusiv repræsentanter fra hhv. CEIS, BYC og HRC. Direktionen ønsker et forslag til proces snarest. Først i det nye år samles styregruppen. HRC varetager MED-inddragelse, BYC står for at tegne en proces for inddragelse af medarbejdere på rådhuset. IT perspektivet skal huskes.\n\nRådhuset skal være færdigt med udgangen af 2018.', 'drøftet'],
  ['004', 3, 'Tidsplan for budget 2015\n\nGodkendt.', 'godkendt'],
  ['004', 4, 'Direktionen godkendte den beskrevne disponering af de strategiske puljer med enkelte rettelser.', 'godkendt'],
  ['004', 5, 'Godkendt, idet IT-systemet \'Hjernen og hjertet\' alene finansieres i 2016. Det samlede IT budget drøftes i Direktionen først i det nye år.', 'godkendt'],
  ['004', 6, 'Godkendt, idet der tilføjes en planche om det igangværende arbejde vedrørende gevinstrealisering: Lige nu foregår der en konkretisering, hvor der arbejdes med business cases for de enkelte projekter. MED systemet vil løbende blive orienteret om arbejdet.', 'godkendt'],
  ['004', 7, 'Resultater og organisering blev drøftet. Et sporskifte i indsatsen skal beskrives nærmere og behandles i Direktion og udvalg.', 'drøftet'],
  ['004', 8, null, null],
];

describe('classifyOutcome on every decision of the demo corpus', () => {
  it.each(DECISIONS)('file %s item %i', (file, _item, decision, outcome) => {
    if (decision !== null) expect(corpusFile(file)).toContain(decision);
    expect(classifyOutcome(decision)).toBe(outcome);
  });
});

describe('classifyOutcome', () => {
  it.each([null, '', '  ', '-', ' - '])('is null for %j', (decision) => {
    expect(classifyOutcome(decision)).toBeNull();
  });

  it.each([
    ['Godkendt.', 'godkendt'],
    ['Direktionen godkendte indstillingen.', 'godkendt'],
    ['Indstillingen blev godkendt.', 'godkendt'],
    ['Direktionen drøftede og godkendte planen.', 'godkendt'],
    ['Indstillingen blev ikke godkendt.', 'ikke godkendt'],
    ['Forslaget blev afvist.', 'ikke godkendt'],
    ['Forslaget blev forkastet.', 'ikke godkendt'],
    ['Anbefales.', 'anbefalet'],
    ['Direktionen anbefaler indstillingen over for Økonomiudvalget.', 'anbefalet'],
    ['Udsat til næste møde.', 'udsat'],
    ['Udskudt til 2/1-2017.', 'udsat'],
    ['Sagen blev udskudt.', 'udsat'],
    ['Orienteringen blev taget til efterretning.', 'taget til efterretning'],
    ['Orienteringen tages til efterretning.', 'taget til efterretning'],
    ['Orientering foretaget.', 'taget til efterretning'],
    ['Sagen blev forelagt til orientering.', 'taget til efterretning'],
    ['Drøftedes.', 'drøftet'],
    ['Direktionen drøftede sagen.', 'drøftet'],
    ['Sagen blev drøftet.', 'drøftet'],
    ['Udkastet godkendes i direktionen og drøftes i MED.', 'andet'],
    ['Det blev aftalt, at der forelægges en sag i januar.', 'andet'],
  ] as const)('%j → %s', (decision, outcome) => {
    expect(classifyOutcome(decision)).toBe(outcome);
  });
});
