/**
 * Company and role by class (issue #13, classes 4 and 5), each in several languages: the client an
 * agency names, "bei der <company>", titles before a gender marker, a labelled title line (a footer
 * too), a title with a ", Qualifier", the fuller form of the subject, a team mailbox's display name.
 */
import { describe, expect, it } from 'vitest';
import { companyInNote, findCompany, findRole, logoNames, polishNominative } from '../../../../functions/core/extract/company-role.js';
import { isRelayDomain, isRoleMailbox } from '../../../../functions/core/extract/senders.js';
import { findLocation } from '../../../../functions/core/extract/location.js';
import { extractFacts, type OriginalMessage } from '../../../../functions/core/extract/extract.js';
import { isInvitation } from '../../../../functions/core/decide/decide.js';

const agency = { name: 'Pat Quinn', address: 'pat@quinnsearch.example' };
/** The company extractFacts reads from one original message with the given sender, subject and body. */
const companyOf = (from: { name: string; address: string }, subject: string, body: string) =>
  extractFacts({ from, replyTo: null, cc: [], subject, date: null, messageId: null, body, calendars: [] }, { ownerAddresses: [], fallbackDate: null, isInvitation }).company;

describe('the hiring company, not the agency', () => {
  it.each([
    ['en', 'Good news: my client, Brightwater Labs, would like to meet you.'],
    ['de', 'Für unseren Kunden, die Brightwater Labs GmbH in Ulm, suchen wir einen Planer.'],
    ['nl', 'Namens mijn opdrachtgever Brightwater Labs nodig ik je uit voor een gesprek.'],
    ['fr', 'Pour notre client Brightwater Labs, nous recherchons un analyste.'],
    ['es', 'Escribo de parte de nuestro cliente Brightwater Labs para una entrevista.'],
    ['pl', 'Dla naszego klienta, firmy Brightwater Labs, szukamy analityka.'],
  ])('reads the client an agency names (%s)', (_lang, main) => {
    expect(findCompany('Interview', main, 'Pat Quinn\nSenior Consultant\nQuinn Search Partners', agency, null)).toMatch(/^Brightwater Labs/);
  });

  it('never takes the agency’s own name when another company is named', () => {
    const main = 'You are confirmed with Halden Energy for Monday. Halden Energy will send the invite.';
    expect(findCompany('RE: Planner - Halden Energy', main, 'Pat Quinn\nRecruiter, Quinn Recruiting Partners', agency, 'Planner')).toBe('Halden Energy');
  });

  it('never takes the agency’s name without its agency word, which its domain spells, for the client its subject names', () => {
    const sender = { name: 'Robin Hale', address: 'robin.hale@fenmoor.example' };
    const main = 'Hi Sam,\n\nGood news: Ostwick Marine would like to meet you for the Fleet Planner role.\nOstwick Marine are based in Hull.';
    expect(findCompany('Ostwick Marine – Fleet Planner – interview times', main, 'Robin Hale\nPrincipal Consultant\nFenmoor Talent', sender, 'Fleet Planner')).toBe('Ostwick Marine');
    expect(findCompany('Ostwick Marine – Fleet Planner – interview times', main, 'Robin Hale\nPrincipal Consultant\nFenmoor Recruitment Ltd', sender, 'Fleet Planner')).toBe('Ostwick Marine');
  });

  it('keeps a company whose own signature has no agency word', () => {
    const sender = { name: 'Robin Hale', address: 'robin.hale@fenmoor.example' };
    const main = 'Hi Sam,\n\nWe would like to meet you for the Fleet Planner role at Fenmoor.';
    expect(findCompany('Fleet Planner – interview', main, 'Robin Hale\nHead of People\nFenmoor', sender, 'Fleet Planner')).toBe('Fenmoor');
  });
});

describe('the company as the languages write it', () => {
  it.each([
    ['de', 'Vielen Dank für Ihr Interesse an der Stelle bei der Weidenhof Versicherungen AG.', 'Weidenhof Versicherungen AG'],
    ['nl', 'Bedankt voor je interesse in Weidenhof! We nodigen je uit.', 'Weidenhof'],
    ['pl', 'Dziękujemy za aplikację na stanowisko analityka w firmie Weidenhof Logistics.', 'Weidenhof Logistics'],
    ['nl', 'Namens mijn opdrachtgever Weidenhof B.V. nodig ik je uit.', 'Weidenhof B.V.'],
  ])('%s: %s', (_lang, main, company) => {
    expect(findCompany('Gesprek', main, '', { name: 'Kim', address: 'kim@elsewhere.example' }, null)).toBe(company);
  });

  it('takes a team mailbox’s display name, without its department', () => {
    expect(findCompany('Interview Confirmation', 'We are pleased to confirm your interview.', '', { name: 'Weidenhof Asset Management Recruiting', address: 'weidenhofam@talent.icims.example' }, null)).toBe('Weidenhof Asset Management');
  });

  it.each([
    ['it', 'Cordiali saluti\nGiulia Bianchi\nHR Navigli Energia', 'g.bianchi@navigli-energia.example', 'Navigli Energia'],
    ['pt', 'Cumprimentos,\nMarta Silva\nRecursos Humanos – Tejo Seguros', 'marta.silva@tejoseguros.example', 'Tejo Seguros'],
    ['en', 'Best,\nDana Reyes\nTalent Acquisition at Harlow Analytics', 'dana@harlow-analytics.example', 'Harlow Analytics'],
  ])('takes a signature’s company without the department written before it (%s)', (_lang, signature, address, company) => {
    expect(findCompany('Interview', 'We would like to invite you to an interview on Tuesday at 10:00.', signature, { name: 'Recruiter', address }, null)).toBe(company);
  });

  it('takes a name the mail writes that is the sender’s domain spelled out', () => {
    expect(findCompany('Invitation: Kim <> Theo (Weiden Hof) @ Tue', 'Here is your conversation with Theo.\nKim', '', { name: 'Kim Lee', address: 'kim@weidenhof.example' }, null)).toBe('Weiden Hof');
  });
});

describe('the role in the nine languages and shapes', () => {
  it.each([
    ['de', 'Wir melden uns bezüglich der Position Supply Chain Manager\n(m/w/d) bei der Firma.', 'Supply Chain Manager'],
    ['de', 'suchen wir derzeit einen Produktionsplaner (m/w/d) in Vollzeit.', 'Produktionsplaner'],
    // "Position/Stelle <title> (m/w/d)" without "als": the gender marker says it is a title, job noun or not.
    ['de', 'wir laden Sie gern zum Gespräch für die Position Disponentin Fernverkehr (w/m/d) ein.', 'Disponentin Fernverkehr'],
    ['de', 'Ihre Bewerbung auf die Stelle Kommissionierer Tiefkühllager (m/w/d) hat uns gefallen.', 'Kommissionierer Tiefkühllager'],
    ['nl', 'een gesprek over de functie Medewerker Klantenservice (m/v/x) op onze locatie.', 'Medewerker Klantenservice'],
    // A team named by a team's word after the marker stays with the title (writers keep it); any other words go.
    ['nl', 'een eerste gesprek voor de functie van Data Analist (m/v/x) – Team Inkoop bij Brouwers Logistics.', 'Data Analist – Team Inkoop'],
    ['es', 'tu interés en la posición de Técnico de Nóminas (h/m) – Área Personas en Grupo Olmo.', 'Técnico de Nóminas – Área Personas'],
    ['de', 'Ihre Bewerbung als Backend Developer (m/w/d) – Payments, Köln/remote.', 'Backend Developer'],
    // Polish: "(k/m/n)" marks a title too, declined after "na stanowisku"; "w roli" like "na stanowisko".
    ['pl', 'Zapraszamy na rozmowę o pracy na stanowisku Starszego Analityka Danych (k/m/n) w naszym zespole.', 'Starszy Analityk Danych'],
    ['pl', 'zapraszamy na spotkanie dotyczące pracy w roli Kierownika Zmiany w naszym magazynie.', 'Kierownik Zmiany'],
    ['it', 'per la posizione di Analytics Engineer (m/f/x), Rif. AE-7.', 'Analytics Engineer'],
    ['pl', 'ofertą pracy na stanowisku Specjalista ds. raportowania (K/M) w firmie X.', 'Specjalista ds. raportowania'],
    ['pt', 'Gostamos do seu perfil para a vaga de Analista de Dados Pleno (100% remoto) e queremos falar.', 'Analista de Dados Pleno'],
    ['es', 'en la búsqueda de un Coordinador de Reportes (esquema remoto) para su equipo.', 'Coordinador de Reportes'],
    ['en', 'We would like to invite you to the final round for the Senior Analyst, Health Practice role.', 'Senior Analyst, Health Practice'],
    ['en', 'Your interview for Senior Data Analyst, Growth at Tidewell Labs is confirmed.', 'Senior Data Analyst, Growth'],
    ['ja', '先日は当社「社内SE（情報システム部）」にご応募いただきありがとうございました。', '社内SE（情報システム部）'],
  ])('%s: %s', (_lang, main, role) => {
    expect(findRole('Interview', main)).toBe(role);
  });

  it('reads a labelled title line, in the signature too, and not the recruiter’s own title', () => {
    expect(findRole('Próxima etapa', 'Olá! A conversa é com a Bruna, nossa Coordenadora de Analytics.', 'Abraços,\nTime de Talentos\nVaga: Analytics Engineer Sênior · Código: 4411')).toBe('Analytics Engineer Sênior');
    expect(findRole('面接のご案内', '■ 募集職種：施工管理エンジニア（正社員）\n■ 日時：…')).toBe('施工管理エンジニア');
  });

  it('reads a role only in the subject, and prefers the subject’s fuller form', () => {
    expect(findRole('Calloway Freight - Analytics Manager - interview request', 'Can you confirm that time works?')).toBe('Analytics Manager');
    expect(findRole('Entretien – Analyste pricing senior – Groupe Rivage', 'Un poste d’Analyste pricing vient de s’ouvrir.')).toBe('Analyste pricing senior');
    expect(findRole('Colloquio (Senior Data Engineer)', 'Scegli l’orario del tuo colloquio.')).toBe('Senior Data Engineer');
  });

  it('reads the title of a calendar invitation’s event, not the company after its dash', () => {
    expect(findRole('Invitation: Product Owner Interview – Quillmark Labs @ Thu Mar 4, 2027 2pm - 3pm (GMT) (sam@example.com)', 'Join with Google Meet')).toBe('Product Owner');
    expect(findRole('Updated invitation: Data Engineer Interview – Brightfold @ Mon Jan 11, 2027 9am (CET) (sam@example.com)', '')).toBe('Data Engineer');
    expect(findRole('Einladung: Vorstellungsgespräch – Projektleiter Tiefbau @ Di. 9. März 2027 10:00 (MEZ) (sam@example.com)', '')).toBe('Projektleiter Tiefbau');
    expect(findRole('Controller Interview – Amberline Foods', '')).toBe('Controller');
  });

  it('of a post applied for and another offered in its place ("natomiast"), the one offered', () => {
    expect(findRole('Rozmowa rekrutacyjna', 'dziękujemy za aplikację na stanowisko Kierownika Projektu. Tym razem nie możemy zaprosić Pana na to stanowisko.\n\nPana profil pasuje natomiast do roli, którą otwieramy równolegle: chętnie porozmawiamy o pracy na stanowisku Koordynatora Projektu.')).toBe('Koordynator Projektu');
    expect(findRole('Rozmowa rekrutacyjna', 'dziękujemy za aplikację na stanowisko Kierownika Projektu. Tym razem nie możemy zaprosić Pana na to stanowisko.\n\nPana profil pasuje natomiast do roli, którą otwieramy równolegle: chętnie porozmawiamy o pracy na stanowisku Koordynatora Projektu (k/m/n).')).toBe('Koordynator Projektu');
  });

  it('ends a title at its Jr./Sr. when a sentence follows', () => {
    expect(findRole('Entrevista', 'Te escribo por el puesto de Contador Sr. Nos gustaría conocerte el martes.')).toBe('Contador Sr.');
    expect(findRole('Entrevista', 'Te escribo por el puesto de Sr. Contador en Grupo Olmo.')).toBe('Sr. Contador');
  });
});

/** Examples written for these tests (issue #13, classes 4 and 5): each read through the whole extraction. */
describe('company and role, more shapes', () => {
  function read(from: [string, string], subject: string, body: string): [string | null, string | null] {
    const facts = extractFacts({ from: { name: from[0], address: from[1] }, replyTo: null, cc: [], subject, date: { instant: new Date('2027-03-02T10:00:00Z'), offsetMinutes: 60 }, messageId: null, body, calendars: [] }, { ownerAddresses: ['me@example.com'], fallbackDate: null, isInvitation });
    return [facts.company, facts.role];
  }

  it.each([
    ['de, "im Auftrag unseres Mandanten"', ['Lena Vogt', 'lena.vogt@talentbridge-personal.example'], 'Vorstellungsgespräch – Lagerleiter (m/w/d)', 'Sehr geehrter Herr Keller,\n\nim Auftrag unseres Mandanten, der Nordlicht Getränke GmbH in Kiel, suchen wir einen Lagerleiter (m/w/d). Gerne möchten wir Sie zu einem Gespräch einladen.\n\nViele Grüße\nLena Vogt\nTalentbridge Personalberatung', 'Nordlicht Getränke GmbH', 'Lagerleiter'],
    ['fr, "notre client, la société"', ['Jean Dupont', 'jean.dupont@cabinet-arc.example'], 'Entretien', 'Bonjour,\n\nJe suis consultant chez Cabinet Arc, cabinet de recrutement. Pour le compte de notre client, la société Norvia Transports, je recherche un Responsable d\'exploitation. Seriez-vous disponible mardi ?\n\nJean Dupont', 'Norvia Transports', "Responsable d'exploitation"],
    ['pt, an agency recruiter and "na empresa"', ['Ana Costa', 'ana@rhmais.example'], 'Vaga de Gerente de Projetos', 'Olá Noa,\n\nSou recrutadora da RH Mais e estou conduzindo o processo para a vaga de Gerente de Projetos na empresa Solar Norte. Podemos conversar?\n\nAna', 'Solar Norte', 'Gerente de Projetos'],
    ['es, a client described then named', ['Carla Ruiz', 'carla.ruiz@talentohunters.example'], 'Entrevista con cliente', 'Hola Jordan,\n\nSoy consultora en Talento Hunters. Nuestro cliente, una fintech de Monterrey llamada Pago Norte, quiere entrevistarte para el puesto de Gerente de Riesgos.\n\nCarla', 'Pago Norte', 'Gerente de Riesgos'],
    ['en, "for a <title>" after the client', ['Tom Reed', 'tom@northpeak-recruitment.example'], 'Interview opportunity', "Hi Jordan,\n\nI'm recruiting on behalf of my client Bluefin Analytics for a Senior Data Engineer. They'd like to meet you on Thursday.\n\nTom Reed\nNorthpeak Recruitment", 'Bluefin Analytics', 'Senior Data Engineer'],
    ['pl, "stanowisko … w <company>", not the signer', ['Piotr Nowak', 'rekrutacja@zielonabank.example'], 'Zaproszenie na rozmowę', 'Dzień dobry,\n\ndziękujemy za zgłoszenie na stanowisko Specjalista ds. Kontrolingu w Zielony Bank S.A. Zapraszamy na rozmowę.\n\nPozdrawiam\nPiotr Nowak', 'Zielony Bank S.A.', 'Specjalista ds. Kontrolingu'],
    ['pl, the legal form cut at its dot goes', ['Rekrutacja Orbis', 'rekrutacja@orbistrans.example'], 'Zaproszenie na rozmowę – Kierownik Magazynu (K/M)', 'Dzień dobry,\n\nzapraszamy na rozmowę kwalifikacyjną.\n\nZ poważaniem\nZespół Rekrutacji\nOrbis Trans Sp. z o.o.', 'Orbis Trans', 'Kierownik Magazynu'],
    ['pt, a team mailbox "Talentos | <company>"', ['Talentos | Caju Pagamentos', 'talentos@cajupag.example'], 'Entrevista - Desenvolvedor Backend Sênior', 'Oi Noa!\n\nQueremos conversar com você. Escolha um horário.\n\nAbraços,\nTime de Talentos', 'Caju Pagamentos', 'Desenvolvedor Backend Sênior'],
    ['pt, "à função de"', ['Beatriz Sousa', 'beatriz.sousa@marlusa.example'], 'Convite para entrevista', 'Cara Noa,\n\nNo seguimento da sua candidatura à função de Técnica de Qualidade, gostaríamos de a convidar para uma entrevista.\n\nCom os melhores cumprimentos,\nBeatriz Sousa\nRecursos Humanos | Marlusa Conservas', 'Marlusa Conservas', 'Técnica de Qualidade'],
    ['en, a role on a signature line', ['Zoe Park', 'zoe@kitecloud.example'], 'Quick chat?', 'Hi Robin,\n\nLoved your profile. Could we set up a 20-min intro call on Thursday?\n\nZoe Park\nSenior Recruiter, KiteCloud\nOpen role: Staff Site Reliability Engineer', 'KiteCloud', 'Staff Site Reliability Engineer'],
    ['en, the subject’s title the body repeats, not an older one', ['Nia Cole', 'nia.cole@fernhill.example'], 'Interview: Category Lead – Fernhill Foods', 'Hi Jordan,\n\nYou applied last year for the Buyer opening, and now that the Category Lead role is open we would love to talk.\n\nNia', 'Fernhill Foods', 'Category Lead'],
    ['ja, conditions in brackets are no part of the title', ['佐藤', 'saiyo@hoshizora.example'], '【株式会社ホシゾラ】面接のご案内', '渡辺様\n\n株式会社ホシゾラ 採用担当の佐藤です。\nこの度は「データアナリスト（正社員）」にご応募いただきありがとうございます。', '株式会社ホシゾラ', 'データアナリスト'],
    ['en, a LinkedIn InMail: the header line and the subject', ['Megan via LinkedIn', 'inmail-hit-reply@linkedin.example'], 'Opportunity at Orchid Bank', 'Megan Torres\nTalent Acquisition at Orchid Bank\n\nHi Jordan,\n\nI’m reaching out about our Senior Credit Risk Analyst opening. Would you have time for a call next Tuesday at 11 AM ET?\n\nMegan', 'Orchid Bank', 'Senior Credit Risk Analyst'],
    ['en, a platform’s no-reply: never the platform’s name; the subject’s name the body repeats', ['Lever', 'no-reply@hire.lever.example'], 'Interview confirmation – Quartz Health', 'Hi Priya,\n\nThanks for scheduling time with Quartz Health for the Clinical Operations Manager position.\n\nWednesday, June 9, 2027\n10:00 AM – 10:45 AM BST', 'Quartz Health', 'Clinical Operations Manager'],
    ['de, "Dein Team von …", a gender-marked title in the subject', ['Personio', 'noreply@personio.example'], 'Einladung zum Gespräch: Werkstudent Marketing (m/w/d)', 'Hallo Sam,\n\nwir freuen uns, dich zu einem Kennenlernen einzuladen!\n\nDein Team von Sternwarte Media', 'Sternwarte Media', 'Werkstudent Marketing'],
    ['de, a quoted title and "bei der"', ['SuccessFactors', 'noreply@successfactors.example'], 'Einladung: Vorstellungsgespräch', 'Sehr geehrter Herr Keller,\n\nwir freuen uns, Sie zu einem Vorstellungsgespräch für die Position "Teamleiter Instandhaltung (m/w/d)" bei der Ostsee Chemie AG einzuladen.\n\nIhr Recruiting-Team', 'Ostsee Chemie AG', 'Teamleiter Instandhaltung'],
    ['es, the client after "para" is no part of the title', ['Marta Gil', 'marta.gil@tempora-ett.example'], 'Entrevista – Administrativo/a de exportación para Bodegas Iruña', 'Hola Mateo,\n\nEstamos gestionando para nuestro cliente Bodegas Iruña la selección. ¿Podrías el jueves a las 10?\n\nMarta Gil\nTempora ETT', 'Bodegas Iruña', 'Administrativo/a de exportación'],
    ['fr, the body’s title runs on into "de la <company>", the company’s legal form only in the signature', ['Inès Roux', 'ines.roux@vautrin.example'], 'Entretien – Comptable', 'Bonjour Madame Dumont,\n\nNous aimerions vous rencontrer pour le poste de comptable de la Brasserie Vautrin, le mardi 13 avril à 10h00.\n\nInès Roux\nRessources humaines\nBrasserie Vautrin SA\nRue du Moulin 4, 1400 Nivelles', 'Brasserie Vautrin SA', 'Comptable'],
    ['nl, "van <company>" after the title, the company with "B.V." in the signature', ['Eva Smit', 'eva.smit@bakkerijvos.example'], 'Uitnodiging – Ploegleider', 'Beste Sanne,\n\nGraag nodigen we je uit voor een gesprek over de functie van ploegleider van Bakkerij Vos, op dinsdag 9 maart om 14.00 uur.\n\nEva Smit\nHR\nBakkerij Vos B.V.', 'Bakkerij Vos B.V.', 'Ploegleider'],
    ['fr, the contract said with "en" after the title', ['Anne Petit', 'anne.petit@maisonvert.example'], 'Entretien', 'Bonjour Marie,\n\nNous souhaitons vous rencontrer pour le poste d’Acheteuse confirmée en CDI, jeudi 14 octobre à 10h.\n\nAnne Petit\nMaison Vert', 'Maison Vert', 'Acheteuse confirmée'],
    ['en, the hours after a dash', ['Joris Bakker', 'joris@tulpdata.example'], 'Your application', 'Hi Marie,\n\nThanks for applying for the position of Junior UX Researcher – 32 hours per week. Could you join a video call on Tuesday 12 October at 14:00?\n\nJoris Bakker\nTulpdata', 'Tulpdata', 'Junior UX Researcher'],
    ['de, the verb of inviting after the title', ['Lea Hoffmann', 'lea.hoffmann@rheinwerk.example'], 'Ihre Bewerbung', 'Sehr geehrte Frau Lambert,\n\ngerne möchten wir Sie zu einem Gespräch für die Stelle als Referentin Unternehmenskommunikation einladen.\n\nMit freundlichen Grüßen\nLea Hoffmann\nRheinwerk Energie', 'Rheinwerk Energie', 'Referentin Unternehmenskommunikation'],
    ['es, a public employer’s "Bolsa de empleo" before the title in the subject', ['Recursos Humanos', 'rrhh@villaseca.example'], 'Bolsa de empleo Auxiliar Administrativo: citación a entrevista', 'Estimada Sra. Ferrari:\n\nHa sido seleccionada para la entrevista personal el jueves 3 de diciembre a las 10:15.\n\nAtentamente,\nAyuntamiento de Villaseca', 'Ayuntamiento de Villaseca', 'Auxiliar Administrativo'],
    ['it, "mobilità volontaria" before the title in the subject', ['Ufficio Personale', 'personale@comune.belvedere.example'], 'Convocazione colloquio - mobilità volontaria Istruttore Amministrativo', 'Gentile candidata,\n\nla S.V. è ammessa al colloquio di martedì 19 gennaio alle ore 9:30.\n\nComune di Belvedere', 'Comune di Belvedere', 'Istruttore Amministrativo'],
    ['it, "la posizione in oggetto": the subject names the title', ['Ufficio Personale', 'selezione@termolariana.example'], 'Rif. 2027/045 – Tecnico Commerciale: colloquio telefonico', 'Gentile candidata,\n\nin riferimento alla sua candidatura per la posizione in oggetto, la contatteremo domani alle 15:00.\n\nUfficio Personale\nTermotecnica Lariana S.r.l.', 'Termotecnica Lariana S.r.l.', 'Tecnico Commerciale'],
    ['pt, "à vaga em referência"', ['Juliana Martins', 'juliana.martins@ipetelecom.example'], 'Vaga 3321 – Analista de Suporte Júnior | Entrevista', 'Prezada Sofia,\n\nObrigada pela sua candidatura à vaga em referência. Gostaríamos de agendar uma conversa.\n\nJuliana Martins\nIpê Telecom', 'Ipê Telecom', 'Analista de Suporte Júnior'],
    ['fr, "le poste en objet"', ['Claire Morel', 'claire.morel@bellerive.example'], 'Candidature – Chargé de clientèle', 'Madame,\n\nSuite à votre candidature au poste en objet, nous vous proposons un entretien mardi à 10h.\n\nClaire Morel\nBellerive Assurances', 'Bellerive Assurances', 'Chargé de clientèle'],
    ['it, a title joined by "e" to its capitalised second half', ['Marta Orsini', 'marta.orsini@fratelliorsini.example'], 'Invito a colloquio', 'Gentile Sofia,\n\nsiamo lieti di invitarla a un colloquio per il ruolo di Specialista Paghe e Contributi presso la nostra sede.\n\nMarta Orsini\nFratelli Orsini', 'Fratelli Orsini', 'Specialista Paghe e Contributi'],
    ['es, "y" joining a title’s halves, "(a)" inside it', ['Laura Pérez', 'laura.perez@tlaloc.example'], 'Entrevista', 'Hola Sofia,\n\nnos encantaría platicar contigo sobre la posición de Ejecutivo(a) de Compras y Logística en nuestra sede.\n\nLaura Pérez\nTlaloc Distribuciones', 'Tlaloc Distribuciones', 'Ejecutivo de Compras y Logística'],
    ['pt, the Brazilian contract "CLT" after a dash is no part of the title', ['Mariana Souza', 'mariana.souza@aroeira.example'], 'Convite para entrevista - Analista de Dados Pleno - CLT', 'Oi Sofia,\n\nGostaríamos de te convidar para uma entrevista, referente à vaga de Analista de Dados Pleno – CLT, 100% remoto.\n\nMariana Souza\nAroeira Alimentos', 'Aroeira Alimentos', 'Analista de Dados Pleno'],
    ['fr, an industrial estate’s line in the address is nobody’s company', ['Claire Moulin', 'cmoulin@mailpro.example'], 'Entretien – Responsable qualité', 'Élodie, bonjour,\n\nje vous confirme votre entretien pour le poste de responsable qualité :\n\nMardi 2 mars 2027 de 10h00 à 11h30\n4 allée des Érables\nZA du Pont-Rouge\n45200 Amilly\n\nClaire Moulin\nRessources humaines', null, 'Responsable qualité'],
    ['fr, "au poste de … a retenu": the verb ends the title; "entretien de recrutement" is the occasion', ['Nadège Fabre', 'nadege.fabre@ville-saintveran.example'], 'Convocation à un entretien de recrutement', 'Madame,\n\nVotre candidature au poste de chargée de mission transition numérique a retenu notre attention. Nous avons le plaisir de vous convier à un entretien de recrutement.\n\nNadège Fabre\nMairie de Saint-Véran', 'Mairie de Saint-Véran', 'chargée de mission transition numérique'],
    ['it, "colloquio di selezione" is the occasion, no title', ['Ufficio Personale', 'personale@valbruna.example'], 'Convocazione colloquio di selezione', 'Gentile candidata,\n\nla invitiamo al colloquio martedì alle 10.\n\nUfficio Personale\nCartiere Valbruna S.p.A.', 'Cartiere Valbruna S.p.A.', null],
    ['en, an interview held at "our client\'s" site: the employer is no agency', ['Gareth Lloyd', 'gareth.lloyd@tavernerassoc.example'], 'Interview - Graduate Process Engineer', 'Dear Mr Price,\n\nFollowing your application for the Graduate Process Engineer position with Taverner Associates, I am pleased to invite you to interview on Tuesday at 10:00. This one will be at our client\'s water treatment works.\n\nGareth Lloyd\nEngineering Manager\nTaverner Associates Ltd', 'Taverner Associates', 'Graduate Process Engineer'],
    ['pt, "do time de Gente & Cultura do Grupo Aroeira": the department before the company goes', ['Mariana Souza', 'mariana.souza@gmail.example'], 'Convite para entrevista', 'Oi Sofia,\n\nAqui é a Mariana, do time de Gente & Cultura do Grupo Aroeira. Gostaríamos de te convidar para uma entrevista na terça às 10h.\n\nMariana Souza\nGente & Cultura do Grupo Aroeira', 'Grupo Aroeira', null],
    ['it, "Opportunità" before the title in the subject is the occasion', ['Marco Bellini', 'm.bellini@selezionenord.example'], 'Opportunità Responsabile Acquisti - Verona', 'Buongiorno Sofia,\n\nle propongo un colloquio giovedì alle 11 presso la sede del nostro cliente.\n\nMarco Bellini\nSelezione Nord S.r.l.', 'Selezione Nord S.r.l.', 'Responsabile Acquisti'],
    ['es, "Proceso" before the title in the subject is the occasion', ['Lucía Prieto', 'lucia.prieto@talentiaibera.example'], 'Proceso Jefe de Almacén – siguiente paso', 'Hola Tomás,\n\nte propongo una entrevista el martes a las 10:00 en nuestra oficina.\n\nLucía Prieto\nTalentia Ibera', 'Talentia Ibera', 'Jefe de Almacén'],
    ['nl, "bij Marloes" is the recruiter who signs "Marloes van Dam", no company', ['Brightwater', 'no-reply@homerun.example'], 'Herinnering: je gesprek morgen', 'Hoi Sanne,\n\nMorgen om 10:00 hebben we ons gesprek over de vacature Planner. Lukt het niet? Beantwoord deze e-mail, dan komt je bericht bij Marloes terecht.\n\nGroet,\nMarloes van Dam\nRecruiter, Brightwater', 'Brightwater', 'Planner'],
    ['pt, "um cliente nosso, a …": the client, not the agency\'s legal form', ['Joana Reis', 'joana.reis@mareselecao.example'], 'Diretor Financeiro – próxima fase', 'Bom dia Rafael,\n\nEstamos a recrutar para um cliente nosso, a Vidreira Lusitana, um Diretor Financeiro. Proponho uma conversa na quinta às 10h.\n\nJoana Reis\nMaré Seleção, Lda.', 'Vidreira Lusitana', 'Diretor Financeiro'],
    ['pt, "Dra." before the signer is her title, no company', ['Helena Marques', 'helena.marques@gmail.example'], 'Entrevista', 'Bom dia,\n\nGostava de a conhecer no sábado às 10h, aqui na farmácia.\n\nCumprimentos,\nDra. Helena Marques', null, null],
    ['it, the pay after the title and a dash ("- RAL 45-50k") is no part of it', ['Marta Ferri', 'marta.ferri@selnord.example'], 'Colloquio', 'Buongiorno,\n\nti scrivo per conto del nostro cliente Fonderie Gatti S.p.A. per la posizione di Responsabile Acquisti - RAL 45-50k più bonus. Ti propongo un colloquio giovedì alle 11.\n\nMarta Ferri\nSelezione Nord', 'Fonderie Gatti S.p.A.', 'Responsabile Acquisti'],
    ['es, a pay range in euros after the title and a dash', ['Lucía Prieto', 'lucia.prieto@talentiaibera.example'], 'Entrevista', 'Hola Isabel,\n\nte escribo de parte de nuestro cliente Aceites Sierra Sur por la vacante de Jefe de Compras – 48.000–55.000 € brutos anuales. ¿Te viene bien el martes a las 10:00?\n\nLucía Prieto\nTalentia Ibera', 'Aceites Sierra Sur', 'Jefe de Compras'],
    ['en, "a Teams interview for the … position": the occasion before the title goes', ['Nora Quinn', 'nora.quinn@larkspur.example'], 'Your interview', 'Hi Lotte,\n\nThanks for applying to Larkspur Freight. We would like to invite you to a Teams interview for the Customer Success Lead position on Tuesday at 10:00.\n\nNora Quinn\nLarkspur Freight', 'Larkspur Freight', 'Customer Success Lead'],
    ['de, a person addressed as "Herr Dr. …" after a title and a comma is no company', ['Sabine Roth', 's.roth@roth-personal.example'], 'Vorstellungsgespräch bei unserem Mandanten – Vertriebsingenieur', 'Sehr geehrte Frau Keller,\n\nwie besprochen habe ich Ihr Profil an unseren Mandanten weitergeleitet – die Hollerer Maschinenbau AG in Linz.\n\nDonnerstag, 10. Juni 2027, 14:00 Uhr\n\nIhr Gesprächspartner ist der Leiter Vertrieb, Herr Dr. Markus Ebner.\n\nMit besten Grüßen\n\nSabine Roth\nRoth Personalberatung GmbH', 'Hollerer Maschinenbau AG', 'Vertriebsingenieur'],
    ['de, the verb German puts last ("… als Lagerleiter einzuladen") is no part of the title', ['Petra Wolf', 'p.wolf@kranz-logistik.example'], 'Ihre Bewerbung', 'Guten Tag Herr Hofer,\n\nwir freuen uns, Sie zu einem Gespräch für die Stelle als Lagerleiter einzuladen. Passt Ihnen Montag um 9 Uhr?\n\nPetra Wolf\nKranz Logistik GmbH', 'Kranz Logistik GmbH', 'Lagerleiter'],
    ['de, a participle after the title at the sentence end ("… als Disponent bekommen")', ['Nordhafen Spedition GmbH', 'no-reply@jobportal.example'], 'Neue Nachricht zu Ihrer Bewerbung', 'Sie haben eine Antwort von Nordhafen Spedition GmbH auf Ihre Bewerbung als Disponent bekommen.\n\nWir laden Sie am Dienstag um 10 Uhr zum Gespräch ein.', 'Nordhafen Spedition GmbH', 'Disponent'],
    ['pl, a "we" verb after the title ("na stanowisko Kierownik magazynu zapraszamy")', ['Ewa Nowak', 'e.nowak@polmag.example'], 'Spotkanie rekrutacyjne', 'Dzień dobry,\n\nw związku z aplikacją na stanowisko Kierownik magazynu zapraszamy Pana na rozmowę w czwartek o 10:00.\n\nEwa Nowak\nPolmag sp. z o.o.', 'Polmag', 'Kierownik magazynu'],
    ['de, a compound of the occasion before the subject\'s title ("Zweitgespräch …", "Videocall …")', ['Lea Graf', 'lea.graf@alpenwerk.example'], 'Zweitgespräch Leiterin Controlling', 'Guten Tag Frau Baumann,\n\ngerne laden wir Sie zum zweiten Gespräch ein: Mittwoch, 10:00 Uhr.\n\nLea Graf\nAlpenwerk AG', 'Alpenwerk AG', 'Leiterin Controlling'],
    ['it, "Videocolloquio" before the subject\'s title', ['Luca Bassi', 'luca.bassi@ferrotec.example'], 'Videocolloquio Responsabile Qualità', 'Buongiorno,\n\nle propongo un videocolloquio martedì alle 11.\n\nLuca Bassi\nFerrotec S.r.l.', 'Ferrotec S.r.l.', 'Responsabile Qualità'],
    ['de, an agent noun in "-teur" is a title ("Redakteur Wirtschaft")', ['Jana Moser', 'jana.moser@alpenpost.example'], 'Einladung zum Gespräch - Redakteur Wirtschaft', 'Guten Tag,\n\nwir möchten Sie gerne zu einem Gespräch für die Position Redakteur Wirtschaft einladen, am Montag um 10 Uhr.\n\nJana Moser\nAlpenpost Verlag GmbH', 'Alpenpost Verlag GmbH', 'Redakteur Wirtschaft'],
    ['nl, a verb before its subject after "vacature" ("… vacature ontvangen wij je graag") is no title: the subject\'s is', ['Iris Smit', 'iris.smit@dijkzorg.example'], 'Uitnodiging – Vacature 311 Teamleider Thuiszorg', 'Beste Jonas,\n\nNaar aanleiding van je reactie op deze vacature ontvangen wij je graag op dinsdag om 14.00 uur.\n\nIris Smit\nDijkzorg', 'Dijkzorg', 'Teamleider Thuiszorg'],
    ['nl, a signature\'s team line: the department before a company of two words goes ("Recruitment Noordkust Zorg")', ['Eva Bos', 'werkenbij@noordkustzorg.example'], 'Uitnodiging gesprek', 'Beste Emma,\n\nWe nodigen je graag uit op dinsdag om 10.00 uur.\n\nGroet,\nEva Bos\nRecruitment Noordkust Zorg', 'Noordkust Zorg', null],
    ['it, a small business signing with its legal form in lower case, no sign-off line above', ['Davide Lanzoni', 'd.lanzoni@freemail.example'], 'grafico prestampa', 'Salve Matteo,\n\nCi serve un grafico per la prestampa. Ti chiamo io giovedì verso le 11.\n\nDavide\nTipografia Lanzoni s.r.l.\nVia dell’Industria 14 – 38017 Mezzolombardo (TN)', 'Tipografia Lanzoni s.r.l.', 'grafico prestampa'],
    ['fr, a sign-off the closings do not list, the business under the signer', ['Jean-Marc Dubois', 'jm.dubois@freemail.example'], 'Entretien – conducteur offset', 'Monsieur,\n\nJe vous propose le mardi 6 avril à 14h à l’atelier.\n\nAvec mes amitiés\n\nJean-Marc Dubois\nImprimerie Dubois & Fils SA\nRue de la Servette 71\n1202 Genève', 'Imprimerie Dubois & Fils SA', 'conducteur offset'],
    ['fr, an assistant writing on behalf of a person addressed by title, the company after his title', ['Anne-Sophie Dewulf', 'as.dewulf@brabo.example'], 'Rencontre – Responsable Expérience Client', 'Madame,\n\nJe me permets de vous contacter de la part de Monsieur Pieter Vandenberghe, Directeur Marketing & Digital de Brabo Assurances, dont je suis l’assistante. Il souhaiterait vous rencontrer le jeudi 19 novembre à 10h30.\n\nAvec mes salutations distinguées,\nAnne-Sophie Dewulf\nBrabo Assurances', 'Brabo Assurances', 'Responsable Expérience Client'],
    ['es, a team named by its work before the company ("del equipo de Talento de …")', ['Lucía Herrero', 'lucia.herrero@almenara.example'], 'Entrevista – Product Manager Canal Digital', 'Hola Hélène:\n\nSoy Lucía Herrero, del equipo de Talento de Grupo Almenara. Nos encantaría conocerte el martes a las 10:00.\n\nUn saludo,\nLucía Herrero\nTalento – Grupo Almenara', 'Grupo Almenara', 'Product Manager Canal Digital'],
    ['de, an activity after "bei der" is no company; a practice named by a compound ("Zahnarztpraxis …") in the signature is', ['Sabine Kofler', 'zahnarzt.mair@freemail.example'], 'Ihre Bewerbung', 'Sehr geehrter Herr Galli,\n\nwir suchen jemanden für den Empfang, der auch bei der Abrechnung mithilft. Möglich wäre Dienstag um 17:30 Uhr.\n\nMit freundlichen Grüßen\nSabine Kofler\nPraxisassistentin\nZahnarztpraxis Dr. Ingrid Mair\nRennweg 42\n39012 Meran', 'Zahnarztpraxis Dr. Ingrid Mair', 'jemanden für den Empfang'],
    ['es, a people team named before the company ("Personas de …") in the signature', ['Marta Gil', 'marta.gil@hornosdelsur.example'], 'Entrevista – Técnico de Mantenimiento', 'Hola Pablo,\n\nTe esperamos el jueves 11 de marzo a las 10:00 en nuestra planta.\n\nUn saludo,\nMarta Gil\nPersonas de Hornos del Sur S.A.', 'Hornos del Sur S.A.', 'Técnico de Mantenimiento'],
    ["it, the sender's own name on a line under the sign-off is no logo: the company line under it is", ['Giorgio Pellegrini', 'selezione@caseificiovalpadana.example'], 'ADDETTO CONFEZIONAMENTO - colloquio Teams', 'Buongiorno Sara,\n\ncome anticipato al telefono, Le confermo il colloquio per la posizione di ADDETTO CONFEZIONAMENTO, sede di Cremona.\n\nIl colloquio si terrà su Microsoft Teams lunedì 8 marzo 2027 dalle 9:00 alle 9:30. Il link per collegarsi:\nhttps://teams.example/l/meetup-join/abc\n\nLe suggerisco di provare prima microfono e videocamera.\n\nBuon lavoro\n\nGiorgio Pellegrini\nRicerca e Selezione\nCaseificio Valpadana S.r.l.', 'Caseificio Valpadana S.r.l.', 'ADDETTO CONFEZIONAMENTO'],
    ['fr, a bare gender marker, then the day in the same sentence: no part of the title', ['Claire Roux', 'claire.roux@veloprint.example'], 'Convocation entretien', 'Bonjour,\n\nNous vous invitons à un entretien pour le poste de Technicien de maintenance H/F le jeudi 11 mars à 14h00.\n\nCordialement,\nClaire Roux\nVeloprint', 'Veloprint', 'Technicien de maintenance'],
    ['it, a long title whose terms follow a dash ("– tempo determinato di 12 mesi")', ['Paola Riva', 'paola.riva@legatoriaverbano.example'], 'Invito a colloquio', 'Gentile Sig.ra Neri,\n\nLa ringraziamo per la candidatura alla posizione di Impiegato/a amministrativo/a ufficio spedizioni – tempo determinato di 12 mesi.\n\nLa aspettiamo martedì 9 marzo alle 10:00.\n\nCordiali saluti\nPaola Riva\nLegatoria Verbano S.r.l.', 'Legatoria Verbano S.r.l.', 'Impiegato/a amministrativo/a ufficio spedizioni'],
    ['de, "zu einem Gespräch als <Titel> 80% ein": the workload and the particle end it', ['Urs Meier', 'urs.meier@meierbau.example'], 'Einladung', 'Sehr geehrte Frau Neri\n\nGerne laden wir Sie zu einem Gespräch als Bauleiterin Tiefbau 80% ein.\n\nTermin: Montag, 8. März 2027, 14.00 Uhr\n\nFreundliche Grüsse\nUrs Meier\nMeier Bau AG', 'Meier Bau AG', 'Bauleiterin Tiefbau'],
    ['it, "un colloquio conoscitivo come <titolo>": the title, not the subject\'s company', ['Laura Conti', 'laura.conti@ottonetorino.example'], 'Colloquio conoscitivo - Ottone Torino', 'Gentile Dott.ssa Neri,\n\nsaremmo lieti di incontrarLa per un colloquio conoscitivo come Responsabile Magazzino Ricambi.\n\nIl colloquio si terrà lunedì 8 marzo alle ore 11:00.\n\nDistinti saluti\nLaura Conti\nOttone Torino S.p.A.', 'Ottone Torino', 'Responsabile Magazzino Ricambi'],
    ["fr, an elided particle inside the name (\"chez La Cave d'Ambre\")", ['Inès Roy', 'ines.roy@cave-dambre.example'], 'Entretien - Caviste', "Bonjour,\n\nnous serions heureux de vous recevoir chez La Cave d'Ambre pour le poste de Caviste, le mardi 9 mars à 11h.\n\nBien cordialement,\nInès Roy\nLa Cave d'Ambre SARL", "La Cave d'Ambre", 'Caviste'],
    ['fr, a subject of the occasion, the title and a name, the name nowhere else and not the domain\'s', ['Claire Moulin', 'cmoulin@mailpro.example'], 'Entretien – Responsable qualité – Brévalis', 'Élodie, bonjour,\n\nJe vous confirme votre entretien pour le poste de responsable qualité mardi 2 mars à 10h00.\n\nBonne journée,\nClaire Moulin\nRessources humaines', 'Brévalis', 'Responsable qualité'],
    ['es, a subject of the occasion and a name only', ['Laura Sanz', 'lsanz@dlv.example'], 'Entrevista telefónica – Conservas Marjal', 'Hola Camille:\n\nTe escribo por tu candidatura al puesto de auxiliar de facturación. ¿Podrías hablar por teléfono el jueves a las 12:00?\n\nUn saludo,\nLaura Sanz', 'Conservas Marjal', 'auxiliar de facturación'],
    ['en, the occasion, the title and a person\'s name (the greeting\'s) in the subject: no company', ['Tom Reid', 'tom.reid@hr-mail.example'], 'Interview – Data Analyst – Sam Carter', 'Sam Carter,\n\nWe would like to meet you for the Data Analyst role on Tuesday at 10:00.\n\nTom Reid', null, 'Data Analyst'],
    ['pt, a business kind alone beside the occasion is no name', ['Rita Pacheco', 'rita.pacheco@freemail.example'], 'Farmácia - entrevista sábado', 'Olá Joana,\n\nPode vir sábado às 10h para uma conversa sobre o lugar de ajudante?\n\nRita', null, null],
    ['nl, "vacature voor een …" in lowercase, the subject’s spelling', ['Tom Brouwer', 'tom.brouwer@zuiderzeevastgoed.example'], 'Eerste gesprek Assetmanager', 'Hallo Femke,\n\nDank voor je reactie op onze vacature voor een assetmanager. We nodigen je graag uit op maandag om 13.00 uur.\n\nTom Brouwer\nZuiderzee Vastgoed', 'Zuiderzee Vastgoed', 'Assetmanager'],
    ['nl, "Uitnodiging gesprek" before a title in the subject', ['Lieke Dekker', 'lieke@polderpixel.example'], 'Re: Uitnodiging gesprek UX Researcher', 'Hoi Femke,\n\nZou maandag 15 maart om 15.00 uur schikken?\n\nLieke Dekker\nPolderpixel', 'Polderpixel', 'UX Researcher'],
    ['es, "Entrevista con <company>" in the subject, a city and country in the signature', ['Valentina Ríos', 'vrios@talento-ap.example'], 'Entrevista con Andina Pagos – agenda tu espacio', 'Hola Mateo,\n\nGracias por postularte a la vacante de Analista de Riesgo. Agenda tu espacio en el enlace.\n\nCordialmente,\nValentina Ríos\nLíder de Talento Humano\nBogotá, Colombia', 'Andina Pagos', 'Analista de Riesgo'],
    ['en, a Workday no-reply named "Talent Acquisition", the company in a "registered in England and Wales" footer', ['Talent Acquisition', 'no-reply@myworkday.example'], 'Interview invitation – Claims Data Analyst (R-10482)', 'Dear Sam,\n\nWe would like to invite you to a first-stage interview.\n\nBest wishes,\nTalent Acquisition Team\nThis email was sent from an unmonitored mailbox.\nHarbour & Vale Insurance Services Limited is registered in England and Wales No. 04417263. Registered office: 12 Cable Street, Bristol BS1 6QE.', 'Harbour & Vale Insurance Services Limited', 'Claims Data Analyst'],
    ['en, "your application to <company>"; a technology in brackets in the subject is no company', ['Ingrid Haugen', 'ingrid.haugen@fjordlys.example'], 'Phone interview – Backend Developer (Kotlin)', 'Hei Ola,\n\nThanks for your application to Fjordlys Software AS! I will call you on Friday at 11:00.\n\nIngrid Haugen\nRecruiter, Fjordlys Software AS', 'Fjordlys Software AS', 'Backend Developer'],
    ['en, a Danish legal form "A/S" is part of the name', ['Mette Holm', 'mette.holm@bolgenpharma.example'], 'Interview – QA Specialist', 'Dear Ola,\n\nThank you for your application to Bølgen Pharma A/S. We would like to meet you on Tuesday at 10:00.\n\nMette Holm', 'Bølgen Pharma A/S', 'QA Specialist'],
    ['en, an agency: the client that "would like to meet you", not the agency in its registered footer', ['Jess Morley', 'jess.morley@reedhamtalent.example'], 'Interview confirmed: Data Engineer @ Solent Water', 'Hi Sam,\n\nGood news – Solent Water would like to meet you! Date: Wednesday 3rd February, 11:30.\n\nJess\n\nJess Morley | Principal Consultant\nReedham Talent\nReedham Talent Limited, a company registered in England & Wales (09923187).', 'Solent Water', 'Data Engineer'],
    ['fr, an agency writing "de la part des <client>"', ['Julie Morel', 'j.morel@arbor-conseil.example'], 'Proposition d’entretien – Comptable', 'Bonjour,\n\nJe vous contacte de la part des Verreries Lambert, qui nous confient leurs recrutements. Je vous propose un entretien mardi à 10h.\n\nJulie Morel\nArbor Conseil RH', 'Verreries Lambert', 'Comptable'],
    ['it, "per conto di <client>"', ['Paolo Neri', 'p.neri@selectaplus.example'], 'Colloquio – Magazziniere', 'Buongiorno,\n\nscrivo per conto di Pastificio Amato, nostro cliente. Le proponiamo un colloquio giovedì alle 11.\n\nPaolo Neri\nSelecta Plus S.r.l.', 'Pastificio Amato', 'Magazziniere'],
    ['de, the company only in the subject with its legal form, a person as a team mailbox’s display name', ['Maria Gruber', 'bewerbung@kpl-linz.example'], 'Einladung zum Vorstellungsgespräch – Ref. AT-2027-0099 – Kremstaler Präzisionslager GmbH', 'Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Bewerbung für die Position Projektleiter Fertigung (m/w/d). Wir laden Sie zu einem Gespräch am Dienstag um 9:30 Uhr ein.\n\nMit freundlichen Grüßen\nMag. Maria Gruber\nPersonalabteilung', 'Kremstaler Präzisionslager GmbH', 'Projektleiter Fertigung'],
    ['nl, an abbreviation the mail spells out once, the abbreviation being the sender’s domain', ['Lotte Maes', 'lotte.maes@kdl.example'], 'Uitnodiging sollicitatiegesprek', 'Beste Jonas,\n\nBij KDL (voluit Kempische Drukkerij Lommel NV) nodigen wij u graag uit voor een gesprek voor de functie van Drukker, op donderdag om 13:30 uur.\n\nVriendelijke groeten\nLotte Maes', 'Kempische Drukkerij Lommel NV', 'Drukker'],
    ['en, "the above post with <company>" from a job board’s no-reply, not the board’s name', ['Jobs Board', 'no-reply@trac-jobs.example'], 'Interview Invitation - Job Ref: 2027-114 - Information Analyst', 'Dear Sam,\n\nJob Title: Information Analyst\n\nThank you for your application for the above post with Eastmoor and Dale Community Health Trust. We are pleased to invite you to interview on Thursday at 10.15am.\n\nKind regards\n\nRecruitment Team\nEastmoor and Dale Community Health Trust\n\nThis is an automated message sent from Jobs Board.', 'Eastmoor and Dale Community Health Trust', 'Information Analyst'],
    ['pt, "a nossa cliente <company>" (the client in the feminine), not the place in the subject', ['Rita Gomes', 'rita.gomes@tempus-ett.example'], 'Candidatura - Assistente Administrativa (Aveiro)', 'Boa tarde,\n\nSou consultora na Tempus. Estamos a recrutar para a nossa cliente Salinas do Vouga, S.A., em Aveiro, e gostaria de lhe ligar na quinta-feira às 15h.\n\nRita Gomes\nTempus - Empresa de Trabalho Temporário, Lda.', 'Salinas do Vouga', 'Assistente Administrativa'],
    ['it, "la nostra cliente, la <company>"', ['Luca Sala', 'l.sala@selezionaplus.example'], 'Colloquio – Contabile', 'Buongiorno,\n\nla contatto per conto della nostra cliente, la Ceramiche Bertoni S.r.l., per un colloquio giovedì alle 11.\n\nLuca Sala\nSeleziona Plus', 'Ceramiche Bertoni S.r.l.', 'Contabile'],
    ['pt, a hotel’s stars after its name in the signature, confirmed by the tenant of the relay’s domain', ['Marta Reis', 'marta.reis@hotelpraiaazul.teamtailor-mail.example'], 'Convite para entrevista | Rececionista', 'Olá,\n\nObrigada pela sua candidatura. Propomos uma entrevista na terça-feira às 11h00.\n\nMarta Reis\nDiretora de Alojamento\nHotel Praia Azul ****\n\nEsta mensagem foi enviada através do Teamtailor.', 'Hotel Praia Azul', 'Rececionista'],
    ['es, a table row "Posición<tab>Title (H/M/X)": the label is no part of the title', ['Jordi Puig', 'jordi.puig@talentnord.example'], 'Oportunidad – sector químico', 'Hola Carla,\n\nEstamos gestionando un proceso para nuestro cliente, Químicas del Besòs.\n\nPosición\tTécnico de Calidad (H/M/X)\nUbicación\tBadalona\n\n¿Te va bien una llamada el martes a las 10:30?\n\nJordi Puig\nTalent Nord', 'Químicas del Besòs', 'Técnico de Calidad'],
    ['es, the university under its HR units’ lines, not the unit ("Vicerrectorado de Recursos Humanos")', ['Selección PAS', 'seleccion.pas@uorbaneja.example'], 'Convocatoria entrevista - Ref. PAS-2027-020 - Técnico/a de Comunicación', 'Estimada Sra. Mendes:\n\nLe comunicamos que queda convocada a la entrevista personal el 17 de marzo a las 9:00.\n\nAtentamente,\n\nServicio de Personal de Administración y Servicios\nVicerrectorado de Recursos Humanos\nUniversidad de Orbaneja', 'Universidad de Orbaneja', 'Técnico/a de Comunicación'],
    ['it, an agency’s subject "<title> per <client S.p.A.>", the client only described in the body', ['Sara Conti', 's.conti@orizzonti-hr.example'], 'Colloquio conoscitivo – Analista Junior per Molini Gardesani S.p.A. (sede di Verona)', 'Gentile Joost,\n\nstiamo selezionando, per conto di un nostro cliente, storica azienda molitoria, un Analista Junior. Ti propongo una telefonata martedì alle 11:00.\n\nSara Conti\nOrizzonti HR S.p.A. – Agenzia per il Lavoro', 'Molini Gardesani S.p.A.', 'Analista Junior'],
    ['it, "<title> c/o <client>" from an agency’s ATS whose signature says it is an agency', ['Vela Risorse - Selezione', 'noreply-ats@velarisorse.example'], 'Opportunità - Impiegato Amministrativo c/o Fonderie Rivalta (part-time)', 'Gentile candidato,\n\nper un’importante azienda cliente stiamo selezionando un Impiegato Amministrativo. Le proponiamo un colloquio in videochiamata mercoledì alle 10:30.\n\nMarco Galli\nVela Risorse S.p.A. - Agenzia per il Lavoro', 'Fonderie Rivalta', 'Impiegato Amministrativo'],
    ['pl, a labelled "Klient:" line with the town after the name', ['Anna Lis', 'a.lis@kadrowa.example'], 'Rozmowa wstępna', 'Dzień dobry,\n\nreprezentuję agencję pracy Kadrowa.\n\nKlient: Mostostal Pomorze S.A., Gdańsk\nStanowisko: Kierownik Budowy\n\nZapraszam na rozmowę we wtorek o 10:00.\n\nAnna Lis', 'Mostostal Pomorze S.A.', 'Kierownik Budowy'],
    ['en, a funding stage is no company ("my client, a Series B fintech")', ['Brad Kerr', 'brad@kerrsearch.example'], 'Staff Engineer opportunity', "Hi James,\n\nmy client, a Series B fintech based in Austin, would love to meet you for the Staff Engineer opening. Thu, Feb 18, 10:00 AM?\n\nBrad\nKerr Executive Search", null, 'Staff Engineer'],
    ['pt, a department beside an abbreviation ("Recursos Humanos - HCV"): the name the mail spells out', ['Recursos Humanos - HCV', 'recrutamento@hcvalongo.example'], 'Convocatória para entrevista – Técnico de Farmácia', 'Exmo. Senhor,\n\nvimos convocá-lo para uma entrevista presencial no Hospital Central de Valongo, na quinta-feira às 14h30.\n\nCom os melhores cumprimentos,\n\nCatarina Lopes\nDireção de Recursos Humanos\nHospital Central de Valongo', 'Hospital Central de Valongo', 'Técnico de Farmácia'],
    ['en, a sender with an academic title is no company; the university on the signature’s last line is', ['Dr Alan Frith', 'a.frith@northmere.ac.example'], 'Interview: Research Associate (ref. RA-0412)', 'Dear Diego,\n\nI am pleased to invite you to interview for the post of Research Associate. The interview will take place on Thursday 21 January at 14:00.\n\nKind regards,\nAlan\n\nDr Alan Frith\nSenior Lecturer\nDepartment of Physics\nUniversity of Northmere', 'University of Northmere', 'Research Associate'],
    ['pt, the subsidiary that hires, "<company>, empresa do Grupo …", not the group', ['Sofia Lima', 'sofia.lima@grupolima.example'], 'Entrevista - Técnico de Logística', 'Caro Diego,\n\nAgradecemos o interesse na vaga de Técnico de Logística da Armazéns Lima do Douro, empresa do Grupo Lima & Filhos. Propomos terça-feira, 16 de março, às 10h00.\n\nSofia Lima\nRecursos Humanos do Grupo\nGrupo Lima & Filhos, SGPS, S.A.', 'Armazéns Lima do Douro', 'Técnico de Logística'],
    ['nl, "Je spreekt met <name> van <business>" from a free-mail address', ['Ingrid de Wit', 'ingrid.dewit71@gmail.example'], 'Vacature winkel', 'Hoi Tomasz,\n\nJe spreekt met Ingrid van Slagerij De Wit, je had gereageerd op het briefje bij ons in de etalage. We zoeken iemand voor de functie Verkoopmedewerker. Kun je donderdag om 10 uur langskomen?\n\nGroetjes,\nIngrid', 'Slagerij De Wit', 'Verkoopmedewerker'],
    ['nl, a free-mail sender "<person> | <business>": the part the mailbox does not spell', ['Jeroen de Vries | De Vries ICT', 'jeroen.devries.ict@outlook.example'], 'Gesprek', 'Hallo Tomasz,\n\nwe zoeken iemand voor de functie Junior Systeembeheerder. Woensdag 16 juni om 14:00 via Teams?\n\nGroet,\nJeroen', 'De Vries ICT', 'Junior Systeembeheerder'],
    ['pl, a free-mail sender whose display name starts with the business’s kind', ['Kancelaria Radcy Prawnego Anna Nowak', 'anna.nowak.rp@wp.example'], 'Rekrutacja - asystent', 'Szanowny Panie,\n\ndziękuję za CV na stanowisko Asystent Prawny. Zapraszam na rozmowę we wtorek o 9:30.\n\nZ poważaniem\nAnna Nowak', 'Kancelaria Radcy Prawnego Anna Nowak', 'Asystent Prawny'],
  ] as const)('%s', (_shape, from, subject, body, company, role) => {
    expect(read([from[0], from[1]], subject, body)).toEqual([company, role]);
  });
});

describe('a person the mail describes by their job is no company', () => {
  it.each([
    ['en, an apposition', 'This is a 45-minute video interview with Priya Raman, our Head of Data. Talk soon, Northwind Traders'],
    ['en, a bracket', 'This is a 45-minute video interview with Priya Raman (Analytics Lead). Talk soon, Northwind Traders'],
    ['es', 'Es una entrevista por video con Ana Ruiz, nuestra responsable de datos. Saludos, Northwind Traders'],
  ])('%s', (_shape, main) => {
    // The person is named again in the calendar's guest list.
    const withGuests = `${main}\n\nGuests\nSam Lee - organizer\n${/with ([A-Z]\w+ [A-Z]\w+)/.exec(main)?.[1]}\nalex@example.com`;
    expect(findCompany('Interview', withGuests, '', { name: 'Sam Lee', address: 'sam.lee@northwindtraders.example' }, null)).toBe('Northwind Traders');
  });

  it('a company described as a client or partner is still one', () => {
    expect(findCompany('Interview', 'You will meet the team at Brightwater Labs, our client, on Monday.', '', { name: 'Pat Quinn', address: 'pat@quinnsearch.example' }, null)).toMatch(/^Brightwater Labs/);
  });
});

describe('a title after "application for" keeps its first letters', () => {
  // A title that starts like a preposition (De-, Di-, Van-, Als-, Of-) lost those letters ("veloper").
  it.each([
    ['Application for Developer', 'Developer'],
    ['Candidatura per Direttore commerciale', 'Direttore commerciale'],
    ['Bewerbung als Disponent (m/w/d)', 'Disponent'],
    ['Sollicitatie voor Officemanager', 'Officemanager'],
    ['Application: Vancouver Store Lead', 'Vancouver Store Lead'],
  ])('%s → %s', (subject, role) => expect(findRole(subject, '', '')).toBe(role));
});

describe('an interview-scheduling platform is a relay, not the employer', () => {
  it.each([
    ['ModernLoop', 'scheduling@modernloop.example'],
    ['Prelude', 'no-reply@prelude.example'],
    ['Cronofy', 'invites@cronofy.example'],
    ['YouCanBookMe', 'bookings@youcanbookme.example'],
  ])('%s', (name, address) => {
    expect(isRelayDomain(address.split('@')[1]!)).toBe(true);
    // Its display name is never taken for the company.
    const main = 'Hi Alex, your interview schedule is below. Bluebonnet Payments looks forward to meeting you.';
    expect(findCompany('Interview confirmed', main, '', { name, address }, null)).not.toBe(name);
  });
});

describe('a platform the display name says the mail came through ("… via X", X its domain) is no employer', () => {
  it.each([
    ['Camille Roux via Jobfinder', 'notifications@jobfinder.example', 'Votre profil sur Jobfinder a retenu notre attention pour le poste de Data Engineer.', 'Camille Roux\nResponsable RH\nVeloria Énergie', 'Veloria Énergie'],
    ['Jan Kowalski przez Pracuj Teraz', 'powiadomienia@pracujteraz.example', 'Dziękujemy za aplikację w Pracuj Teraz na stanowisko Analityka.', 'Jan Kowalski\nHR\nMleczarnia Zorza', 'Mleczarnia Zorza'],
  ])('%s', (name, address, main, signature, company) => {
    expect(findCompany('Entretien', main, `Cordialement\n${signature}`, { name, address }, null)).toBe(company);
  });
});

describe('a town alone is where, not who', () => {
  it('"… Garching bei München" names no company "München"', () => {
    const main = 'Die zweite Runde findet an unserem Entwicklungsstandort statt: Hauptstraße 3, 85748 Garching bei München. Termin ist Donnerstag.';
    const signature = 'Viele Grüße\nAnna Berg\n\nRecruiting | Falkner Robotik GmbH\nLeopoldstraße 8, 80802 München';
    expect(findCompany('Einladung zur zweiten Runde – Produktmanager (m/w/d)', main, signature, { name: 'Anna Berg', address: 'anna.berg@falknerrobotik.example' }, 'Produktmanager')).toBe('Falkner Robotik GmbH');
  });
});

describe('organisations named with a generic word and a connector, and second-level domains', () => {
  it('a university on an academic domain, a reference number in the subject', () => {
    const main = 'I am pleased to invite you to interview for the above post at the University of Northgate.\n\nHuman Resources, University of Northgate';
    expect(findCompany('Interview invitation: Data Steward (Ref: NG-2231)', main, '', { name: 'HR Team', address: 'hr@northgate.ac.example' }, 'Data Steward')).toBe('University of Northgate');
  });
  it('a public body whose name runs on with "für" / "voor"', () => {
    const main = 'für Ihre Bewerbung beim Landesamt für Statistik Südmark danken wir Ihnen.';
    expect(findCompany('Einladung zum Vorstellungsgespräch', main, 'Landesamt für Statistik Südmark', { name: 'Jana Roth', address: 'jana.roth@lfs-suedmark.example' }, null)).toBe('Landesamt für Statistik Südmark');
  });
});

describe('a company whose name its relay display name and a written address both give', () => {
  it('"Havenzicht Zorg" <…@myworkday…> with recruitment@havenzichtzorg in the text', () => {
    const main = 'Je gesprek voor de functie Data Analist staat gepland op dinsdag.\nVragen? Mail naar recruitment@havenzichtzorg.example.';
    expect(findCompany('Je sollicitatie: de volgende stap', main, 'Team Talent Acquisition\nHavenzicht Zorg', { name: 'Havenzicht Zorg', address: 'havenzichtzorg@myworkday.example' }, 'Data Analist')).toBe('Havenzicht Zorg');
    expect(findRole('Je sollicitatie: de volgende stap', main)).toBe('Data Analist');
  });
});

describe('a company a job board lays out or relays', () => {
  it('a labelled line: "Azienda: …", "Unternehmen: …"', () => {
    expect(findCompany('Convocazione a colloquio', 'Offerta: Analista Junior\nAzienda: Bassi & Greco S.r.l.\n\nGentile Sam,', '', { name: 'JobBoard', address: 'noreply@infojobs.example' }, 'Analista Junior')).toBe('Bassi & Greco S.r.l.');
    expect(findCompany('Neue Nachricht', 'Stelle: Controller\nUnternehmen: Hafenwerk Logistik GmbH\n', '', { name: 'StepStone', address: 'noreply@stepstone.example' }, 'Controller')).toBe('Hafenwerk Logistik GmbH');
    // What the brackets after the name say describes the company; it is no part of its name.
    expect(findCompany('Vervolgstap vacature Controller', 'De gegevens op een rij:\n• Organisatie: Zeewind Thuiszorg (thuiszorg, 9 locaties in de regio)\n• Functie: Controller\n', '', { name: 'Pim Bakker | Bakker Search', address: 'pim@bakkersearch.example' }, 'Controller')).toBe('Zeewind Thuiszorg');
  });

  it('a name with an abbreviation\'s dot; a firm signing under its secretary', () => {
    // An abbreviation's dot inside a name ends nothing.
    expect(findCompany('Entrevista', 'Hola Ana, somos un taller chico. ¿Podés venir el jueves a las 10?', '', { name: 'Panadería Hnos. Galarza', address: 'panaderiagalarza@hotmail.example' }, null)).toBe('Panadería Hnos. Galarza');
    expect(findCompany('Sollicitatie', 'Beste Ana, kun je donderdag om 10 uur langskomen?', '', { name: 'Gebr. Verhoeven Installatietechniek', address: 'info@verhoeven.example' }, null)).toBe('Gebr. Verhoeven Installatietechniek');
    // A legal form written in lower case ends the name as a word of it.
    expect(findCompany('Uitnodiging', 'Beste Ruben,\n\nWe nodigen je graag uit voor een gesprek op dinsdag om 10 uur.', 'Met vriendelijke groet,\nEls Maes\n\nZorgnet Kempen vzw · KBO 0456.123.789', { name: 'Els Maes', address: 'els.maes@zorgnetkempen.example' }, null)).toBe('Zorgnet Kempen vzw');
    // A kind of business with no name (German capitalises the noun) is no company; the footer's name is.
    expect(findCompany('Einladung zum Kennenlernen', 'Hallo Frau Roth,\n\nwir sind ein kleiner Familienbetrieb, mein Mann und ich führen die Werkstatt seit 2011. Passt Ihnen Donnerstag um 15 Uhr?', 'Viele Grüße\nUte Brandt\n\nRadhaus Brandt GbR · Hauptstraße 7 · 79100 Freiburg', { name: 'Ute Brandt', address: 'ute.brandt@gmx.example' }, null)).toBe('Radhaus Brandt GbR');
    // A law office or a clinic signing under its secretary's name and title, from a free-mail box.
    expect(findCompany('Entrevista', 'Prezado Lucas,\n\nPode vir conversar comigo na quinta-feira às 9h30?', 'Atenciosamente,\n\nRita Moraes\nSecretária\nBeatriz Lins Advocacia\nRua Augusta, 100', { name: 'Rita Moraes', address: 'rita.moraes@uol.example' }, null)).toBe('Beatriz Lins Advocacia');
    expect(findCompany('Entrevista', 'Hola Ana,\n\n¿Puedes venir el jueves a las 10?', 'Un saludo,\n\nPilar Soto\nSecretaria\nRuiz & Vidal Abogados', { name: 'Pilar Soto', address: 'pilar.soto@gmail.example' }, null)).toBe('Ruiz & Vidal Abogados');
  });
});

describe('a header image whose alt is only the company’s name', () => {
  it('is a logo when no alt says "logo"; icons, services and one-word photos are not', () => {
    expect(logoNames(['Brightfold Analytics', 'LinkedIn'])).toEqual(['Brightfold Analytics']);
    expect(logoNames(['LinkedIn', 'Google Meet', 'Devon'])).toEqual([]);
    expect(logoNames(['Acme logo', 'Brightfold Analytics'])).toEqual(['Acme']);
  });
  it('a title after "join us as a"', () => {
    expect(findRole('Next steps', 'Thank you for applying to join us as a Field Service Engineer. We would like to meet you.')).toBe('Field Service Engineer');
  });
});


describe('French inclusive writing is a gender marker, dropped like (H/F)', () => {
  it.each([
    ['Entretien – Assistant(e) de direction', 'Assistant de direction'],
    ['Entretien – Chargé·e de mission', 'Chargé de mission'],
    ['Entretien – Développeur.euse back-end', 'Développeur back-end'],
  ])('%s', (subject, role) => {
    expect(findRole(subject, '')).toBe(role);
  });
});

describe('a director by the word of each language is a title', () => {
  it.each([
    ['Directrice Marketing (H/F)', 'Directrice Marketing'],
    ['Direttore Acquisti (m/f)', 'Direttore Acquisti'],
    ['Diretora Financeira (m/f)', 'Diretora Financeira'],
    ['Geschäftsführerin Vertrieb (m/w/d)', 'Geschäftsführerin Vertrieb'],
  ])('%s', (line, role) => {
    expect(findRole('Entretien', `Bonjour,\n\nle poste suivant :\n\n${line} – CDI\n`)).toBe(role);
  });
});

describe('a legal footer, a gender marker in brackets, a short word inside the domain', () => {
  it('the company of a legal footer line with its registration', () => {
    const main = 'Zapraszamy na rozmowę.\nLink do spotkania:\nhttps://teams.example/x\n\n--\nWarta Logistyka Sp. z o.o., ul. Portowa 3, 60-101 Poznań, KRS 0000123456, NIP 7790000000';
    expect(findCompany('Zaproszenie na rozmowę', main, '', { name: 'Anna Nowak', address: 'a.nowak@wartalink.example' }, 'Specjalista')).toBe('Warta Logistyka');
  });
  it.each([
    ['Co. No. 612847'],
    ['Company No. 08123456'],
    ['CRO 612847'],
    ['Registered in England and Wales, Company number 08123456'],
  ])('a legal line with its registration as Irish and British mail writes it (%s)', (registration) => {
    const signature = `--\nDeclan Byrne\nByrne's of Thomas Street Ltd · ${registration}\n087 555 0142`;
    expect(findCompany('Bar staff', 'Hi,\n\nWould you call in on Tuesday?\n\nDec', signature, { name: 'Dec Byrne', address: 'dec.pub@gmail.example' }, null)).toBe("Byrne's of Thomas Street Ltd");
  });
  it('a job board’s own legal footer is not the company', () => {
    const main = 'Sie haben eine neue Nachricht.\n\nStepStone Deutschland GmbH, Impressum, HRB 12345';
    expect(String(findCompany('Neue Nachricht von Hafenwerk Logistik GmbH', main, '', { name: 'StepStone', address: 'noreply@stepstone.example' }, null))).not.toMatch(/StepStone/);
  });
  it('"(K/M)" in the subject is a gender marker', () => {
    expect(findCompany('Zaproszenie – Księgowy (K/M)', 'Zapraszamy do biura firmy Velmora Polska.', '', { name: 'Rekrutacja', address: 'rekrutacja@velmora.example' }, 'Księgowy')).not.toBe('K/M');
  });
});

describe('a Polish title after "stanowisko", as its writer would name it', () => {
  it.each([
    ['Starszego Specjalisty ds. Zakupów', 'Starszy Specjalista ds. Zakupów'],
    ['Kierownika Działu Sprzedaży', 'Kierownik Działu Sprzedaży'],
    ['Młodszego Księgowego', 'Młodszy Księgowy'],
    ['Specjalista ds. Kadr', 'Specjalista ds. Kadr'],
  ])('%s → %s', (declined, base) => {
    expect(polishNominative(declined)).toBe(base);
  });
  it('in a sentence', () => {
    expect(findRole('Zaproszenie', 'dziękujemy za aplikację na stanowisko Analityka Danych w naszym zespole.')).toBe('Analityk Danych');
  });
});

describe('an HR department signing is no company', () => {
  it.each(['Selezione Personale', 'Ufficio del Personale', 'Departamento de Recursos Humanos', 'Dział Kadr'])('%s', (department) => {
    expect(findCompany('Convocazione', `Gentile Sam,\nla invitiamo a un colloquio presso Ferrovie Adriatiche.\n\n${department}`, department, { name: department, address: 'selezione@ferrovieadriatiche.example' }, null)).not.toBe(department);
  });
});


describe('a title the body names in a sentence about the past is an earlier role', () => {
  it.each([
    ['Interview – Data Engineer', 'We would like to meet you again. You interviewed with us last year for the Platform Analyst role.', 'Data Engineer'],
    ['Entretien – Contrôleur de gestion', 'Vous aviez postulé il y a deux ans au poste de Comptable fournisseurs ; nous vous proposons un entretien.', 'Contrôleur de gestion'],
    // A title the sentence does not date stays the body's.
    ['Interview – Data Engineer', 'We would like to invite you to interview for the Senior Data Engineer role.', 'Senior Data Engineer'],
  ])('%s', (subject, main, role) => {
    expect(findRole(subject, main)).toBe(role);
  });
});

describe('the legal footer: its registration on a later line, the full name over the running text’s short one, never a sign-off', () => {
  const sender = { name: 'Leonie Brandt', address: 'leonie.brandt@tabula-software.example' };
  it('takes the footer’s full name for the short one the mail uses ("bei Tabula"), without its legal form', () => {
    const main = 'Hi Eva,\nwir würden dich gern bei Tabula kennenlernen. Passt dir Montag, 11:00 Uhr?\n';
    const signature = 'Viele Grüße\nLeonie\n\nLeonie Brandt | People & Culture\nTabula Software GmbH · Torstraße 88 · 10119 Berlin\nSitz der Gesellschaft: Berlin · Amtsgericht Charlottenburg HRB 212345 B';
    expect(findCompany('Kennenlernen bei Tabula', main, signature, sender, null)).toBe('Tabula Software');
  });
  it('never takes the sign-off that opens the signature for the company', () => {
    const main = 'Liebe Frau Novak,\nwir laden Sie zu einem Videointerview ein: Donnerstag, 4. März 2027, 14:00 Uhr.\n';
    const signature = 'Beste Grüße\nMiriam Hoffmann\nTalent Acquisition\n\nBrightwave Analytics GmbH\nSpeicherstraße 14, 20457 Hamburg\nGeschäftsführer: Jonas Reuter · Amtsgericht Hamburg, HRB 187654';
    expect(findCompany('Einladung zum Interview', main, signature, { name: 'Miriam Hoffmann', address: 'miriam.hoffmann@bw-analytics.example' }, null)).toBe('Brightwave Analytics GmbH');
  });
});

describe('a title stops before the day or hour its sentence gives', () => {
  it.each([
    ['Wir bestätigen das Gespräch für die Stelle als Fachspezialistin Rechnungswesen morgen um 10 Uhr.', 'Fachspezialistin Rechnungswesen'],
    ['We confirm your interview for the position of Payroll Specialist tomorrow at 3pm.', 'Payroll Specialist'],
    ['Confermiamo il colloquio per la posizione di Responsabile Amministrativo domani alle 10.', 'Responsabile Amministrativo'],
  ])('%s', (main, role) => {
    expect(findRole('Gespräch', main)).toBe(role);
  });
});

describe('a title stops before its sentence’s own verb', () => {
  it.each([
    ['Votre candidature au poste de Responsable des achats a bien été reçue par notre équipe.', 'Responsable des achats'],
    ['Su candidatura al puesto de Técnico de mantenimiento ha sido seleccionada para la siguiente fase.', 'Técnico de mantenimiento'],
    ['La sua candidatura per la posizione di Addetta alla contabilità è stata valutata positivamente.', 'Addetta alla contabilità'],
    ['Ihre Bewerbung als Sachbearbeiter Einkauf hat uns überzeugt.', 'Sachbearbeiter Einkauf'],
    ['Sua candidatura para a vaga de Analista de dados foi selecionada.', 'Analista de dados'],
  ])('%s', (main, role) => {
    expect(findRole('Candidature', main)).toBe(role);
  });
});

describe('the copula after the word for the post is no part of the title', () => {
  it.each([
    ['Te cuento: el puesto es de ayudante de cocina, a media jornada.', 'ayudante de cocina'],
    ['El puesto es lo que es, no te voy a engañar.', null],
  ])('%s', (main, role) => {
    expect(findRole('Hola', main)).toBe(role);
  });
});

describe('a labelled title on the line under its label; an in-house talent team is no agency', () => {
  it('reads "Stanowisko:" with its value on the next line, never the next label', () => {
    expect(findRole('Zaproszenie', 'Szczegóły poniżej:\n\nStanowisko:\nKoordynator ds. Transportu Międzynarodowego\nData:\n25.01.2027')).toBe('Koordynator ds. Transportu Międzynarodowego');
    expect(findRole('Zaproszenie', 'Stanowisko:\nData:\n25.01.2027')).toBeNull();
  });
  it('leaves out the kind of engagement said after the title in lower case', () => {
    expect(findRole('Next step', 'I can confirm your interview for the Payments Product Manager contract (6 months, £600/day).')).toBe('Payments Product Manager');
    expect(findRole('Next step', 'Your interview for the Head of Contract Management role is on Tuesday.')).toBe('Head of Contract Management');
  });
  it('reads a table row copied as text, its cells parted by a tab and no colon', () => {
    expect(findRole('Next step', 'Details below:\n\nFunctie\tData Analist\nDatum\tdonderdag 11 maart\n')).toBe('Data Analist');
    expect(findRole('Next step', 'Role\t\tSupply Planner\tfull time\n')).toBe('Supply Planner');
  });
  it('keeps the company whose "Talent Acquisition" team writes, not the person the mail names', () => {
    const main = 'Lumora\n\nThank you for applying for the Senior Backend Engineer position at Lumora. We would like to invite you to a video interview with our Engineering Manager, Daniel Okafor.\n';
    expect(findCompany('Schedule your interview with Lumora – Senior Backend Engineer', main, 'Best regards,\nLumora Talent Acquisition Team\n', { name: 'Lumora Talent Acquisition', address: 'no-reply@smartrecruiters.example' }, 'Senior Backend Engineer')).toBe('Lumora');
  });
});

describe('the title the owner applied for, after "candidatura pra", "application for"; never a sentence going on', () => {
  it.each([
    ['Vi sua candidatura pra Analista de Prevenção à Fraude e queria bater um papo rápido.', 'Analista de Prevenção à Fraude'],
    ['Thanks for your application for Payroll Specialist and for your patience.', 'Payroll Specialist'],
    ['Gracias por tu postulación para Coordinador de Logística, te escribo para agendar.', 'Coordinador de Logística'],
  ])('%s', (main, role) => {
    expect(findRole('Papo rápido', main)).toBe(role);
  });
  it('"vaga e entender seu momento" is no title', () => {
    expect(findRole('Papo rápido', 'Quero te contar mais sobre a vaga e entender seu momento.')).toBeNull();
  });
});

describe('a department or team word around a sender’s name, and the applicant-tracking systems of Brazil, Iberia, Italy and Poland', () => {
  it('reads the company in "Rekrutacja Bank Kresowy" without the department', () => {
    const main = 'Szanowny Panie,\nzapraszamy na spotkanie rekrutacyjne w czwartek o 10:00.\n';
    expect(findCompany('Zaproszenie na spotkanie', main, 'Pozdrawiamy\nZespół Rekrutacji\n', { name: 'Rekrutacja Bank Kresowy', address: 'rekrutacja@bankkresowy.example' }, null)).toBe('Bank Kresowy');
  });
  it('never takes an ATS team ("Equipe Sólides") for the company', () => {
    const main = 'Olá!\nA empresa Maré Alta Hotéis e Resorts gostaria de convidá-lo(a) para uma entrevista online.\n';
    expect(findCompany('Convite para entrevista online', main, 'Equipe Sólides\nEste é um e-mail automático, não responda.', { name: 'Vagas Sólides', address: 'notificacoes@solides.example' }, null)).toBe('Maré Alta Hotéis e Resorts');
  });
});

describe('Dutch compound titles end in a job noun ("beleidsmedewerker", "projectcoördinator")', () => {
  it.each([
    ['Uitnodiging gesprek Beleidsmedewerker Omgevingswet (detachering)', 'Beleidsmedewerker Omgevingswet'],
    ['Uitnodiging kennismaking Projectcoördinator Zorg', 'Projectcoördinator Zorg'],
  ])('%s', (subject, role) => {
    expect(findRole(subject, 'Graag nodig ik u uit voor een gesprek.')).toBe(role);
  });
});

describe('a public body’s summons and a "·"-separated subject', () => {
  const subject = 'Citación entrevista personal – Proceso selectivo Agente de Desarrollo Local (Exp. 2027/0142)';
  it('reads the title after the selection procedure, not "per…" inside "personal"', () => {
    expect(findRole(subject, 'Estimada Sra. Romano:\nse le cita para la fase de entrevista personal.')).toBe('Agente de Desarrollo Local');
  });
  it('takes no file number in brackets ("Exp. 2027/0142") for the company', () => {
    const main = 'AYUNTAMIENTO DE VALDEMORA\nServicio de Recursos Humanos\n\nEstimada Sra. Romano:\nse le cita.\n';
    expect(findCompany(subject, main, 'LA JEFA DEL SERVICIO\nFdo.: Mercedes Ortiz Calleja', { name: 'Ayuntamiento de Valdemora - Recursos Humanos', address: 'rrhh@valdemora.example' }, 'Agente de Desarrollo Local')).toBe('Ayuntamiento de Valdemora');
  });
  it('splits a subject at "·" and takes no job title under the signer for the company', () => {
    const main = '¡Hola Lucía!\n\nQueremos conocerte en una videollamada de 30 minutos.\n';
    expect(findRole('Nubaria · Product Designer: reserva tu entrevista', main)).toBe('Product Designer');
    expect(findCompany('Nubaria · Product Designer: reserva tu entrevista', main, '¡Hablamos pronto!\nIrene\nHead of Design\n', { name: 'Irene Casals', address: 'irene.casals+b7c1e9@inbound.teamtailor.example' }, 'Product Designer')).not.toBe('Head of Design');
  });
});

describe('an English title written in lowercase before "opening", "role" or "position"', () => {
  it('reads it with a job noun, and nothing without one', () => {
    expect(findRole('quick chat?', 'Your application for our payroll analyst opening landed on my desk.')).toBe('payroll analyst');
    expect(findRole('quick chat?', 'It is for the same role as before.')).toBeNull();
  });
});

describe('titles in formal letters and requisition shapes', () => {
  it.each([
    // A letter's reference line; its competition number is no title.
    ['Invitation to Interview – Competition ABC-2027-0101', 'Dear Sam:\n\nRe: Invitation to Interview – Payroll Analyst (Competition ID ABC-2027-0101)\n\nWe are pleased to invite you.', 'Payroll Analyst'],
    ['Interview Invitation - Records Analyst - Requisition 12-0456', 'Re: Records Analyst, Quality Improvement (Requisition 12-0456)\n\nWe are pleased to invite you.', 'Records Analyst, Quality Improvement'],
    // A requisition number before the title.
    ['Technical interview', 'We would like to invite you to a technical interview for Req #55120 – Junior Data Engineer. No preparation is needed.', 'Junior Data Engineer'],
    // "for <title> at <Company>" without an article.
    ['Next steps', 'Congratulations on moving forward to the final stage for Supply Planning Analyst at Northwind Energy!', 'Supply Planning Analyst'],
    // French inclusive writing inside the title.
    ['Votre entrevue', "Nous vous invitons à une entrevue pour le poste de Conseiller(ère) en ressources humaines (réf. 55012).", 'Conseiller en ressources humaines'],
  ])('%s', (subject, main, role) => {
    expect(findRole(subject, main)).toBe(role);
  });
});

describe('a job board relaying the employer’s message', () => {
  it('names the employer, never the board', () => {
    const board = { name: 'Jobat', address: 'berichten@jobat.example' };
    const main = 'Hallo Sam,\n\nJe hebt een nieuw bericht ontvangen van Bakkerij Lemmens over je sollicitatie voor Productieplanner.\n\nBeste Sam,\nWe nodigen je uit voor een gesprek.';
    expect(findCompany('Bakkerij Lemmens heeft je een bericht gestuurd', main, 'Het Jobat-team', board, 'Productieplanner')).toBe('Bakkerij Lemmens');
    expect(isRelayDomain('net-empregos.example')).toBe(true);
    expect(isRelayDomain('jobat.be')).toBe(true);
  });
});

describe('a public body named by its kind and its place', () => {
  it.each([
    // The sender's name gives the body's full name; the domain spells only the place, which the letter repeats.
    ['Uitnodiging selectiegesprek vacature 2027-031', 'Geachte mevrouw Novak,\n\nWij nodigen u graag uit voor een selectiegesprek.\n\nLocatie: Stadhuis Ostervliet\nMarktplein 1\n3311 CC Ostervliet\n\nnamens het college van burgemeester en wethouders van Ostervliet,', { name: 'Gemeente Ostervliet', address: 'werving@ostervliet.example' }, 'Gemeente Ostervliet'],
    ['Citación entrevista personal', 'AYUNTAMIENTO DE VILLASECA\nServicio de Recursos Humanos\n\nSe le cita para la entrevista personal en la Casa Consistorial, 28971 Villaseca.', { name: 'Ayuntamiento de Villaseca - Recursos Humanos', address: 'rrhh@villaseca.example' }, 'Ayuntamiento de Villaseca'],
    // An HR mailbox in the letter's language makes its display name the sender's organisation.
    ['Convocation - épreuve orale', 'Madame,\n\nNous vous convoquons à l’épreuve orale à l’Hôtel de Ville.\n\nLe Directeur général,            La Bourgmestre,', { name: 'Commune de Haut-Prieuré - Service du Personnel', address: 'personnel@hautprieure.example' }, 'Commune de Haut-Prieuré'],
    ['Convocatória para entrevista', 'MUNICÍPIO DE SERRA ALTA\n\nFica V. Ex.ª convocado(a) para a entrevista profissional de seleção.', { name: 'Câmara Municipal de Serra Alta', address: 'recursos.humanos@cm-serraalta.example' }, 'Câmara Municipal de Serra Alta'],
  ])('%s', (subject, main, sender, company) => {
    expect(findCompany(subject, main, '', sender, null)).toBe(company);
  });

  it('reads an HR mailbox in the languages of the corpus as a team’s', () => {
    for (const local of ['personnel', 'recursos.humanos', 'ressources-humaines', 'risorse_umane', 'personeelszaken', 'kadry', 'selectie']) expect(isRoleMailbox(`${local}@example.org`)).toBe(true);
    expect(isRoleMailbox('paula.nunes@example.org')).toBe(false);
  });

  it('drops the body’s own building named after its place from the address', () => {
    expect(findLocation('Locatie: Stadhuis Ostervliet\nMarktplein 1\n3311 CC Ostervliet\n', 'Gemeente Ostervliet')).toBe('Marktplein 1, 3311 CC Ostervliet');
  });
});

describe('a person’s message relayed by a job board ("Daniel Brooks via LinkedIn")', () => {
  it('takes the company the recruiter’s headline names, never the recruiter', () => {
    const main = 'Marta Quiles\nTalent Partner at Halcyon Rail\n\nHi Inés,\n\nThanks for applying for the Product Designer role with us. We would like to invite you to a video interview.\n';
    const signature = 'Cheers,\nMarta\n\nView message: https://www.linkedin.example/messaging/thread/2-MTk/';
    expect(findCompany('Marta sent you a new message', main, signature, { name: 'Marta Quiles via LinkedIn', address: 'messages-noreply@linkedin.com' }, 'Product Designer')).toBe('Halcyon Rail');
  });
});

describe('a company’s name with two joining words or a legal form after it', () => {
  it('reads "Banque de la Moselle" whole, from a footer registered as "R.C.S." or "TVA"', () => {
    const signature = 'Bien à vous,\n\nClaire Reuter\nHuman Resources Business Partner\n\nCaisse de la Sûre S.A. | R.C.S. Luxembourg B 54 321 | TVA LU 12345678';
    expect(findCompany('Entretien – Analyste crédit', 'Madame,\n\nNous vous invitons à un entretien.', signature, { name: 'Claire Reuter', address: 'claire.reuter@caissesure.example' }, 'Analyste crédit')).toBe('Caisse de la Sûre S.A.');
  });
  it('reads the company after a title in a signature even with its legal form ("Talent Partner | Brightlane Sp. z o.o.")', () => {
    const main = 'Cześć Piotr,\n\nProponuję krótką rozmowę wideo w środę.\n\nDo usłyszenia!\nKarolina Sowa\nTalent Partner | Lumenfield Sp. z o.o.\nul. Ogrodowa 8, 00-896 Warszawa\nWysłano przez Teamtailor';
    expect(findCompany('Rozmowa – Frontend Developer', main, '', { name: 'Karolina Sowa', address: 'karolina.sowa@mail.teamtailor.example' }, 'Frontend Developer')).toBe('Lumenfield');
  });
});

describe('an applicant-tracking system’s subject "<Company> · <Role>: …"', () => {
  it('takes the name beside the role when the mail names no company elsewhere', () => {
    const main = '¡Hola Lucía!\n\nQueremos conocerte en una videollamada de 30 minutos.\n\nElige el hueco aquí: https://app.teamtailor.example/m/x/book\n';
    expect(findCompany('Ondavela · Data Analyst: reserva tu entrevista', main, '¡Hablamos pronto!\nIrene\nHead of Data\n', { name: 'Irene Casals', address: 'irene.casals+b7c1e9@inbound.teamtailor.com' }, 'Data Analyst')).toBe('Ondavela');
    // Not from a person's own mailbox, where the subject's first word could be anything.
    expect(findCompany('Ondavela · Data Analyst: reserva tu entrevista', main, '', { name: 'Irene Casals', address: 'irene@gmail.com' }, 'Data Analyst')).toBeNull();
  });
});

describe('a French title after "poste de" ends where the sentence goes on', () => {
  it.each([
    ['Nous avons bien reçu votre candidature pour le poste de Lead Data Engineer et souhaiterions vous rencontrer.', 'Lead Data Engineer'],
    ['Suite à votre candidature au poste de Contrôleur de gestion, nous vous proposons un entretien.', 'Contrôleur de gestion'],
    ['Votre profil pour le poste de Chef de projet nous intéresse mais nous aimerions en parler.', 'Chef de projet'],
  ])('%s', (main, role) => {
    expect(findRole('Entretien', main)).toBe(role);
  });
});

describe('a Dutch or German compound title is a job by its head word', () => {
  it.each([
    ['Je hebt een nieuw bericht ontvangen van Drukkerij Lindeman over je sollicitatie voor Productieplanner (m/v/x).', 'Productieplanner'],
    ['Vielen Dank für Ihre Bewerbung als Speditionskaufmann (m/w/d) bei uns.', 'Speditionskaufmann'],
    ['Bedankt voor je sollicitatie voor Servicemonteur (m/v/x).', 'Servicemonteur'],
  ])('%s', (main, role) => {
    expect(findRole('Uitnodiging', main)).toBe(role);
  });
});

describe('an Italian title ends where its sentence goes on', () => {
  it.each([
    ['Il colloquio per la posizione di Export Area Assistant previsto per il 9/3 è stato spostato.', 'Export Area Assistant'],
    ['Per la posizione di Buyer Junior che abbiamo pubblicato vorremmo conoscerla.', 'Buyer Junior'],
    ['Grazie per esserti candidata come Operations Specialist in Spesaviva!', 'Operations Specialist'],
  ])('%s', (main, role) => {
    expect(findRole('Colloquio', main)).toBe(role);
  });
  it('drops the selection words before a public post in a subject', () => {
    expect(findRole('Convocazione colloquio - selezione Istruttore Amministrativo Contabile', 'Si comunica la data del colloquio.')).toBe('Istruttore Amministrativo Contabile');
    expect(findRole('Convocazione colloquio - Concorso pubblico per Funzionario Tecnico', 'Si comunica la data del colloquio.')).toBe('Funzionario Tecnico');
  });
});

describe('a legal footer names the company in full', () => {
  it('prefers the footer’s "Tessiture Arnaboldi" (without its legal form) to the word of it the sender’s name gives', () => {
    const main = 'Gentile Colombo Sara,\n\nil colloquio è stato spostato a giovedì 11/3 alle 15.\n\nSaluti\nUfficio Personale\n\n--\nTessiture Arnaboldi S.p.A. - Sede legale: Via Mazzini 48, 22070 Lurago (CO) - C.F. e P.IVA 01987650134\n';
    expect(findCompany('Variazione data colloquio', main, '', { name: 'Ufficio Personale Arnaboldi', address: 'personale@arnaboldi-tessiture.example' }, null)).toBe('Tessiture Arnaboldi');
  });
});

describe('a company named only in a relay’s subject, by an organisation’s word', () => {
  it('takes "Brückner Antriebstechnik GmbH" from "Telefoninterview | Brückner Antriebstechnik GmbH"', () => {
    const main = 'Hallo Daan,\n\nvielen Dank für Ihre Bewerbung. Ich rufe Sie am Donnerstag an.\n\nViele Grüße\nJonas Keller\nTalent Acquisition\n';
    expect(findCompany('Telefoninterview | Brückner Antriebstechnik GmbH', main, '', { name: 'Jonas Keller', address: 'jonas.keller@candidates.teamtailor.example' }, null)).toBe('Brückner Antriebstechnik GmbH');
  });
});

describe('the Polish legal form in lowercase ("sp. z o.o.") is no part of the name', () => {
  it('gives "BaltSoft"', () => {
    const main = 'Dzień dobry,\n\nzapraszamy na rozmowę.\n\nBaltSoft sp. z o.o., al. Grunwaldzka 411, 80-309 Gdańsk. KRS 0000654321, NIP 9571234567\n';
    expect(findCompany('Zaproszenie na rozmowę', main, '', { name: 'BaltSoft Rekrutacja', address: 'rekrutacja@baltsoft.example' }, null)).toBe('BaltSoft');
  });
});

describe('a Dutch or German title after "gesolliciteerd als", "beworben als"', () => {
  it.each([
    ['Wat leuk dat je hebt gesolliciteerd als Product Designer bij Kanaal Studio!', 'Product Designer'],
    ['Schön, dass Sie sich als Projektingenieur beworben haben. Sie haben sich beworben als Data Analyst bei uns.', 'Data Analyst'],
  ])('%s', (main, role) => {
    expect(findRole('Even kennismaken?', main)).toBe(role);
  });
});

describe('a job board relaying what the employer did ("X revisó tu hoja de vida", "X avanzó con tu postulación")', () => {
  it.each([
    ['Hola Valeria,\n\nLogística Andina del Pacífico S.A.S. revisó tu hoja de vida y te invita a una entrevista.\n', 'Logística Andina del Pacífico S.A.S.'],
    ['¡Hola Valeria!\n\nFinanzas del Plata avanzó con tu postulación al aviso "Analista de Pricing - Remoto LATAM".\n', 'Finanzas del Plata'],
  ])('%s', (main, company) => {
    expect(findCompany('Tienes una invitación a entrevista', main, '', { name: 'Computrabajo', address: 'no-reply@computrabajo.example' }, null)).toBe(company);
  });
  it('reads the title quoted after the posting’s noun, without what follows a dash', () => {
    expect(findRole('Finanzas del Plata quiere hablar con vos', 'Finanzas del Plata avanzó con tu postulación al aviso "Analista de Pricing - Remoto LATAM".')).toBe('Analista de Pricing');
  });
});

describe('a sign-off team before the company, and a Swiss workload after a title', () => {
  it('takes "Isarwerk Versicherung" out of "Ihr Recruiting-Team der Isarwerk Versicherung AG"', () => {
    const main = 'Sehr geehrte Frau Hofer,\n\nwir laden Sie ein.\n\nIhr Recruiting-Team der Isarwerk Versicherung AG\n\nIsarwerk Versicherung AG · Sitz München · Registergericht München HRB 99120\n';
    expect(findCompany('Einladung', main, '', { name: 'Isarwerk Karriere', address: 'noreply@successfactors.example' }, null)).toMatch(/^Isarwerk Versicherung/);
  });
  it('drops "80–100 %" after a title', () => {
    expect(findRole('Einladung', 'Vielen Dank für Ihre Bewerbung als Spezialistin Lohnbuchhaltung 80–100 %.')).toBe('Spezialistin Lohnbuchhaltung');
  });
});

describe('a job board relaying an employer written in bold, and an agency describing its client without a name', () => {
  it('reads the bold name that would like to interview ("*Brightline Dental Group* would like to interview you")', () => {
    const main = "You've been invited to interview\n\nHi Sam,\n\n*Brightline Dental Group* would like to interview you for *Practice\nAdministrator* in Leeds.";
    expect(findCompany('Interview invitation: Practice Administrator', main, '', { name: 'Indeed', address: 'invitations@indeed.example' }, 'Practice Administrator')).toBe('Brightline Dental Group');
  });

  it.each([
    ["I'm recruiting on behalf of a leading insurer with a big operations centre, and they'd like a short telephone interview.", 'Tom Beckett\nPrincipal Consultant\nNorthgate Selection', 'tom.beckett@northgateselection.example'],
    ['Wir suchen im Auftrag eines namhaften Unternehmens eine Sachbearbeiterin und möchten Sie gern kennenlernen.', 'Eva Roth\nPersonalberatung Roth & Partner', 'eva.roth@roth-partner.example'],
    ['Estamos seleccionando para una importante empresa del sector asegurador y nos gustaría entrevistarte.', 'Lucía Gil\nTalento Levante', 'lgil@talentolevante.example'],
  ])('gives no company for an unnamed client: %s', (main, signature, address) => {
    expect(findCompany('Interview', main, signature, { name: signature.split('\n')[0]!, address }, null)).toBeNull();
  });
});

describe('a title after "estamos seleccionando un/a", ending before "con …"', () => {
  it('reads it over the client the subject names', () => {
    const main = 'Te escribo desde Levante Talento ETT. Para nuestro cliente Grupo Albarrán estamos seleccionando un/a Técnico/a de Atención al Cliente con inglés nativo para su sede de Valencia.';
    expect(findRole('Entrevista para Grupo Albarrán', main)).toBe('Técnico/a de Atención al Cliente');
  });
});

describe('a title quoted whole', () => {
  it.each([
    ['Tienes una entrevista para «Recepcionista bilingüe»', 'Recepcionista bilingüe'],
    ['Einladung zum Vorstellungsgespräch: „Sachbearbeiter Einkauf“', 'Sachbearbeiter Einkauf'],
  ])('%s', (subject, role) => {
    expect(findRole(subject, 'Hola')).toBe(role);
  });
});

describe('a public body’s procedure or reference beside the title', () => {
  it.each([
    ['Reagendamento de entrevista - Procedimento concursal n.º 9/2026 - Assistente Técnico', 'Exma. Senhora,', 'Assistente Técnico'],
    ['Convocazione a colloquio - Rif. bando 12/2026 - Istruttore Direttivo Informatico', 'Gentile candidata,', 'Istruttore Direttivo Informatico'],
    ['FW: Convocatória - Entrevista Profissional de Seleção - Procedimento concursal n.º 12/2026', 'CÂMARA MUNICIPAL DE ALVORINHA\n\nAssunto: Procedimento concursal n.º 12/2026 - Técnico Superior (área de recursos humanos) - Convocatória para Entrevista Profissional de Seleção\n\nFica V. Exa. convocada.', 'Técnico Superior'],
  ])('%s', (subject, main, role) => {
    expect(findRole(subject, main)).toBe(role);
  });
});

describe('a sender named as an organisation and its HR department', () => {
  it.each([
    ['Câmara Municipal de Alvorinha - Recursos Humanos', 'recrutamento@cm-alvorinha.example', 'Câmara Municipal de Alvorinha'],
    ['Direction des Ressources Humaines - CHU de Saint-Aubin', 'recrutement.drh@chu-saintaubin.example', 'CHU de Saint-Aubin'],
    ['Comune di Montecastro - Servizio Personale', 'personale@comune.montecastro.example', 'Comune di Montecastro'],
  ])('%s', (name, address, company) => {
    expect(findCompany('Convocatória - Entrevista', 'Exma. Senhora,\nFica V. Exa. convocada para a entrevista.', '', { name, address }, null)).toBe(company);
  });

  it('but not a person beside their team', () => {
    expect(findCompany('Interview', 'We would like to invite you to an interview at Northlane Logistics.', 'Olivia Grant\nNorthlane Logistics', { name: 'Olivia Grant - Talent Acquisition', address: 'olivia.grant@northlane.example' }, null)).toBe('Northlane Logistics');
  });
});

describe('a name joined by Portuguese and Italian articles ("… de Santa Aurélia do Sul", "Cassa di Risparmio della Marca")', () => {
  it('keeps the whole name', () => {
    expect(findCompany('Convocação', 'Prefeitura Municipal de Santa Aurélia do Sul – SP\nComissão do Processo Seletivo\n\nConvocamos V. Sa. para a entrevista.', '', { name: 'Comissão do Processo Seletivo', address: 'selecao@santaaurelia.example' }, null)).toBe('Prefeitura Municipal de Santa Aurélia do Sul');
  });
});

describe('a public service’s career and category', () => {
  it('names the title ("carreira e categoria de Técnico Superior, área de …")', () => {
    const main = 'No âmbito do procedimento concursal comum para ocupação de um posto de trabalho da carreira e categoria de Técnico Superior, área de gestão de projetos (Ref.ª UAT-TS-03/2026), vimos convocá-la para a entrevista.';
    expect(findRole('Convocatória para entrevista - Ref.ª UAT-TS-03/2026', main)).toBe('Técnico Superior');
  });
});

describe('an agency passing on its client’s answer', () => {
  it('names the client the subject names too, never a person', () => {
    const main = "Hi Sam,\n\nI've had feedback from Kestrel Homes. They liked your CV and would like to interview you.\n\nThanks\nCallum";
    const sender = { name: 'Callum Reid', address: 'callum.reid@brightpathpeople.example' };
    expect(findCompany('RE: Payroll Team Lead – Kestrel Homes', main, 'Callum Reid | Recruitment Consultant\nBrightpath People', sender, 'Payroll Team Lead')).toBe('Kestrel Homes');
    expect(findCompany('RE: Payroll Team Lead', "I've had feedback from Sarah. They would like to interview you.", 'Callum Reid\nBrightpath People', sender, 'Payroll Team Lead')).not.toBe('Sarah');
  });
});

describe('Latin-American job boards relay the employer’s mail', () => {
  it.each(['notificaciones@occmundial.example', 'avisos@trabajando.example', 'no-reply@laborum.example', 'info@elempleo.example'])('%s', (address) => {
    expect(isRelayDomain(address.split('@')[1]!)).toBe(true);
  });
});

describe('a role offered instead of the one applied for is the interview’s', () => {
  it.each([
    ['en', 'Thanks for applying for the Support Engineer role. We think a different position, Solutions Architect (Req 77), suits you better and would like to invite you to talk about it.', 'Solutions Architect'],
    ['de', 'Vielen Dank für Ihre Bewerbung als Buchhalter (m/w/d). Wir möchten Sie stattdessen für die Stelle als Controller (m/w/d) kennenlernen.', 'Controller'],
    ['es', 'Gracias por tu candidatura para el puesto de Analista de Datos. Nos gustaría más bien conocerte para otra posición, la de Jefe de Proyecto, en nuestro equipo de Madrid.', 'Jefe de Proyecto'],
    // Only one role: the one applied for.
    ['en, one role', 'Thanks for applying for the Support Engineer role. We would like to invite you to an interview instead of a phone screen.', 'Support Engineer'],
  ])('%s', (_lang, main, role) => {
    expect(findRole('Interview', main)).toBe(role);
  });
});

describe('a small employer introducing themselves with their business', () => {
  const personal = { name: 'Karim Benali', address: 'karim.benali@gmail.example' };
  it.each([
    ['fr', 'Bonjour Chris,\n\nIci Karim de la boulangerie Le Fournil. On cherche quelqu’un pour le service du matin.', 'Le Fournil'],
    ['es', 'Hola Chris:\n\nSoy Lucía, de la Clínica Dental Sonrisa. Buscamos un auxiliar de recepción.', 'Clínica Dental Sonrisa'],
    ['it', 'Ciao Chris,\n\nsono Marco dello Studio Galli. Ci servirebbe un junior designer.', 'Studio Galli'],
    ['en', 'Hi Chris,\n\nThis is Tom from Hughes Plumbing. We need an extra pair of hands.', 'Hughes Plumbing'],
    ['de', 'Hallo Chris,\n\nhier ist Sabine vom Café Kiezglück. Wir suchen jemanden für die Theke.', 'Café Kiezglück'],
  ])('%s', (_lang, main, company) => {
    expect(findCompany('Stelle', main, '', personal, null)).toBe(company);
  });
  it.each([
    ['es, two of them', 'Somos Nuria y Pablo, de Tándem, el estudio de diseño de Valencia.', 'Tándem'],
    ['en, two of them', 'We’re Kim and Jo from Bramble Bikes, the repair shop on Mill Lane.', 'Bramble Bikes'],
    ['fr, two of them', 'Nous sommes Léa et Tom, de Atelier Moreau.', 'Atelier Moreau'],
  ])('%s', (_lang, main, company) => {
    expect(findCompany('Charla', main, '', personal, null)).toBe(company);
  });
  it('the business by its kind when the signature names it so ("Le Fournil" → "Boulangerie Le Fournil")', () => {
    expect(findCompany('CV', 'Ici Karim de la boulangerie Le Fournil, à Wavre.', 'Karim\n\nBoulangerie Le Fournil – Le bon pain, tout simplement\nRue de la Station 14, 1300 Wavre', personal, null)).toBe('Boulangerie Le Fournil');
  });
  it('their team is no company ("do time de Pessoas da Jangada Pay")', () => {
    expect(findCompany('Vaga', 'Aqui é o Rafael, do time de Pessoas da Jangada Pay.', 'People | Jangada Pay', personal, null)).toBe('Jangada Pay');
  });
});

describe('a title in lowercase after a search, as a small employer writes it', () => {
  it.each([
    ['Buscamos un auxiliar de recepción para las tardes.', 'auxiliar de recepción'],
    ['Ci servirebbe un junior designer part-time.', 'junior designer'],
    ['We need a kitchen porter for the weekends.', 'kitchen porter'],
    ['Procuramos um empregado de mesa para o verão.', 'empregado de mesa'],
  ])('%s', (main, role) => {
    expect(findRole('Entrevista', main)).toBe(role);
  });
  it.each([
    ['es, both endings (kept as written)', 'Buscamos un/a diseñador/a junior que nos eche una mano.', 'diseñador/a junior'],
    ['it, both endings and its complement', 'Cerchiamo un addetto/a alla reception per la stagione.', 'addetto/a alla reception'],
    ['en, hiring', 'We’re hiring our first ops person at Parcelbee.', 'ops person'],
  ])('%s', (_lang, main, role) => {
    expect(findRole('Hola', main)).toBe(role);
  });
  it('not a pair of hands with no work named ("we need an extra pair of hands"), but the work when it is named', () => {
    expect(findRole('Hi', 'We need an extra pair of hands.')).toBeNull();
    expect(findRole('Hi', 'We need an extra pair of hands in the workshop.')).toBe('an extra pair of hands in the workshop');
  });
});

describe('no title, only the work someone is sought for', () => {
  it.each([
    ['fr', 'Je cherche quelqu’un pour le service du soir, du jeudi au samedi.', 'quelqu’un pour le service du soir'],
    ['fr, its hours in brackets', 'On cherche quelqu’un pour le comptoir le matin (6h30-13h30).', 'quelqu’un pour le comptoir le matin'],
    ['de', 'Wir suchen jemanden für die Theke.', 'jemanden für die Theke'],
    ['es', 'Buscamos a alguien para la cocina, de martes a sábado.', 'alguien para la cocina'],
    ['nl', 'We zoeken iemand voor de bediening.', 'iemand voor de bediening'],
    // the days it is for, said with no comma, end it too
    ['es, its days after it', 'Somos un bar pequeño y busco alguien para la barra de jueves a domingo.', 'alguien para la barra'],
    ['en, its days after it', "We're a small bakery and need someone for the counter on weekends.", 'someone for the counter'],
  ])('%s (the phrase as written: the blind writers label it so)', (_lang, main, role) => {
    expect(findRole('Hello', main)).toBe(role);
  });
  it('not a chat sought with someone, nor a long clause', () => {
    expect(findRole('Hello', 'I am looking forward to meeting you.')).toBeNull();
    expect(findRole('Hello', 'We need someone for the evening shift at our restaurant in the old town.')).toBeNull();
  });
});

describe('a shop or practice named by its kind in the signature', () => {
  const personal = { name: 'Sabine Roth', address: 'sabine.roth@gmx.example' };
  it.each([
    ['Liebe Grüße\nSabine Roth\nCafé Kiezglück', 'Café Kiezglück'],
    ['Cordialement,\nKarim\nBoulangerie Le Fournil', 'Boulangerie Le Fournil'],
    ['Un saludo,\nLucía Marín\nClínica Dental Sonrisa', 'Clínica Dental Sonrisa'],
    // More kinds of small business, with its hours and phone after a middle dot.
    ['Abraço,\nTiago\n--\nLivraria Ponto Final · ter a sáb das 10h às 18h · (21) 2345-6789', 'Livraria Ponto Final'],
    ['Saludos,\nMarta\nHeladería La Nube · abierto de 12 a 22 h', 'Heladería La Nube'],
    ['Bien à vous,\nLéa\nFromagerie Les Alpages', 'Fromagerie Les Alpages'],
    ['Viele Grüße\nJens\nFahrradladen Speiche · Mo–Sa 10–18 Uhr', 'Fahrradladen Speiche'],
  ])('%j', (signature, company) => {
    expect(findCompany('Ihre Bewerbung', 'Wir würden Sie gern kennenlernen.', signature, personal, null)).toBe(company);
  });
  it('with its stars and its slogan after a separator ("Hotel Villa Ortensia *** · dal 1962…")', () => {
    expect(findCompany('Colloquio', 'Ti propongo di venire da noi.', 'Un caro saluto,\nGiulia\n\nHotel Villa Ortensia *** · dal 1962 la vostra casa sul lago\nVia Lungolago 18, 37017 Lazise (VR)', personal, null)).toBe('Hotel Villa Ortensia');
  });
  it('a letterhead: a name, what it is in small letters, its address on the next line', () => {
    expect(findCompany('Charla', '¿Te va bien el lunes?', 'Un abrazo,\nNuria\n\nTándem · estudio de diseño\nCarrer de Sueca 41, bajo · 46006 València', personal, null)).toBe('Tándem');
  });
  it('not a person with their job in the same shape', () => {
    expect(findCompany('Colloquio', 'Ti aspettiamo.', 'Saluti,\nMarta Bellini – responsabile del personale\ntel. 045 758 1234', { name: 'Giulia Fontana', address: 'giulia@hotmail.example' }, null)).toBeNull();
  });
  it('a city under the name is none', () => {
    expect(findCompany('Ihre Bewerbung', 'Wir würden Sie gern kennenlernen.', 'Liebe Grüße\nSabine Roth\nBerlin', personal, null)).toBeNull();
  });
});

describe('an agency inviting for its client', () => {
  it('the client a subject names, not the headhunter whose name its own domain spells', () => {
    const from = { name: 'Paul Weber', address: 'paul@weber-search.example' };
    const main = 'Hallo Tom,\n\nwie telefonisch besprochen, hier die Einladung zum Gespräch beim Kunden am Mittwoch, 10 Uhr.';
    expect(findCompany('Vorstellungsgespräch bei der Kessler Antriebstechnik AG', main, 'Beste Grüße\nPaul Weber\nHeadhunter | Weber Executive Search', from, null)).toBe('Kessler Antriebstechnik AG');
  });
  it('"beim Kunden", "chez le client": the client is no name', () => {
    const from = { name: 'Paul Weber', address: 'paul@gmx.example' };
    expect(findCompany('Termin', 'Das Gespräch findet beim Kunden statt.', '', from, null)).toBeNull();
  });
  it.each([
    ['fr', "Consultante au sein du Cabinet Lormont Conseil, j'accompagne l'un de nos clients dans le recrutement d'un comptable. Il s'agit de rejoindre Tanneries Vidal & Fils, à Lyon."],
    ['en', 'I am recruiting for one of our clients: the role is to join Tanneries Vidal & Fils as their new accountant.'],
    ['es', 'Trabajo con uno de nuestros clientes en este proceso: se trata de incorporarte a Tanneries Vidal & Fils en Valencia.'],
  ])('the company the job is to join, when an agency recruits for one of its clients (%s)', (_lang, main) => {
    const from = { name: 'Sophie Marchal', address: 's.marchal@lormont-conseil.example' };
    expect(findCompany('Entretien - Comptable', main, 'Sophie Marchal\nConsultante recrutement\nCabinet Lormont Conseil', from, 'Comptable')).toBe('Tanneries Vidal & Fils');
  });
  it('a direct employer\'s "join the Zoom call" names no company', () => {
    const from = { name: 'Ana Ruiz', address: 'ana.ruiz@vidal-fils.example' };
    expect(findCompany('Interview', 'One of our clients told us about you. Please join the Zoom call on Monday at 10.', 'Ana Ruiz\nVidal & Fils', from, null)).not.toBe('Zoom');
  });
});

describe('an agency writing for a client it describes but does not name: no company', () => {
  it.each([
    ['fr', 'Notre client, une PME industrielle lyonnaise, souhaite vous rencontrer mardi à 14h.', 'Cordialement,\nSophie Marin\nConsultante – Atria Recrutement', 'sophie.marin@atria-recrutement.example'],
    ['it', 'Il nostro cliente, una multinazionale del settore farmaceutico, vorrebbe incontrarti giovedì alle 11.', 'Un saluto,\nLuca Bassi\nSenior Recruiter | Talentia Selezione', 'l.bassi@talentia-selezione.example'],
    ['nl', 'Mijn opdrachtgever, een internationale producent in Brabant, wil je graag spreken op dinsdag om 10:00.', 'Groet,\nJan de Boer\nRecruiter | Boer Werving & Selectie', 'jan@boerwerving.example'],
    ['de', 'Unser Mandant, ein mittelständischer Maschinenbauer aus München, möchte Sie gerne kennenlernen.', 'Viele Grüße\nJana Keller\nSenior Consultant | Brightwater Personalberatung GmbH', 'j.keller@brightwater-pb.example'],
  ])('%s', (_lang, main, signature, address) => {
    expect(findCompany('Interview', main, signature, { name: 'Recruiter', address }, null)).toBeNull();
  });
  it('a client named with its article is still named ("notre client, la société Verlaine")', () => {
    expect(findCompany('Entretien', 'Mon client, le groupe Verlaine Distribution, souhaite vous rencontrer.', 'Sophie Marin\nConsultante – Atria Recrutement', { name: 'Sophie Marin', address: 'sophie@atria-recrutement.example' }, null)).toBe('Verlaine Distribution');
  });
  it('a French agency named with "recrutement" in its signature is no employer: the client the subject names is', () => {
    const main = 'Bonjour,\n\nNotre client a retenu votre candidature ; nous intervenons pour son compte.\n\nBien cordialement,';
    const signature = 'Paul Girard\nConsultant\nALTO RH – Cabinet de recrutement';
    expect(findCompany('Maison Verlaine – Responsable Logistique – créneaux', main, signature, { name: 'Paul Girard - Alto RH', address: 'p.girard@alto-rh.example' }, 'Responsable Logistique')).toBe('Maison Verlaine');
  });
});

describe('someone sought "as" a title, and titles built on a compound', () => {
  it.each([
    ["We zijn met z'n vieren en kunnen best iemand gebruiken als junior webdeveloper, vooral voor WordPress.", 'junior webdeveloper'],
    ['We could use someone as a junior designer for our clients.', 'junior designer'],
    ['Wir suchen jemanden als Softwareentwickler für unser Team.', 'Softwareentwickler'],
    ['Cerchiamo qualcuno come cameriere per la stagione.', 'cameriere'],
  ])('%j → %s', (main, role) => expect(findRole('Hoi', main)).toBe(role));
  it('not someone known as a friend', () => expect(findRole('Hi', 'I know someone as a friend there.')).toBeNull());
});

describe('a place is no company', () => {
  const agency = { name: 'Kate Lowry', address: 'kate.lowry@northgate-search.example' };
  it.each([
    ['en, a subject "Role – City – step"', 'Site Reliability Lead – Hamburg – first call', 'Hi Tom,\n\nThanks for applying for the Site Reliability Lead role. Could we speak on Monday at 10:00?', 'Kate Lowry\nNorthgate Search Ltd'],
    ['it, a subject "Role - City: step"', 'Product Designer (M/F) - Bologna: colloquio', 'Gentile Tom,\n\nla invitiamo a un colloquio per la posizione di Product Designer il 3 marzo alle 10:00, in Via Rizzoli 4, 40125 Bologna.', 'Marta Neri\nNorthgate Search'],
  ])('%s', (_name, subject, main, signature) => expect(findCompany(subject, main, signature, agency, null)).toBeNull());
  it('a company its own domain spells stays one, whatever its name', () => {
    expect(findCompany('Interview – Lisboa', 'Hi Tom, could we meet on Monday at 10:00?', 'Ana Lopes', { name: 'Ana Lopes', address: 'ana@lisboa.example' }, null)).toBe('Lisboa');
  });
});

describe('an unnamed client described with a place or a nationality', () => {
  it.each([
    ['en', 'We are recruiting on behalf of a mid-sized Leeds logistics firm (around 400 people) and cannot share its name yet.', 'Kate Lowry\nPrincipal Consultant\nNorthgate Search Ltd'],
    ['en, a nationality', 'I am working with a leading German insurer on a confidential basis.', 'Kate Lowry\nNorthgate Search Ltd'],
    ['de', 'Wir suchen im Auftrag eines Kölner Familienunternehmens einen Leiter Controlling.', 'Kate Lowry\nNorthgate Personalberatung'],
  ])('%s', (_lang, main, signature) => {
    expect(findCompany('Interview – Head of Controlling – Leeds', main, signature, { name: 'Kate Lowry', address: 'kate.lowry@northgate-search.example' }, null)).toBeNull();
  });
});

describe('a gender marker without brackets is no part of the title', () => {
  it.each([
    ['Entretien – Chef de projet qualité H/F – Lyon', 'Bonjour', 'Chef de projet qualité'],
    ['Einladung: Controller m/w/d – Hamburg', 'Hallo', 'Controller'],
    ['Rozmowa – Analityk danych K/M – Kraków', 'Dzień dobry', 'Analityk danych'],
  ])('%s', (subject, main, role) => expect(findRole(subject, main)).toBe(role));
});

describe("a calendar confirmation's subject: the title, not the person it is with nor the occasion", () => {
  it.each([
    ['Bevestigd: Kennismakingsgesprek Data Engineer met Pieter van der Berg om 10:00 op dinsdag', 'Data Engineer'],
    ['Bestätigt: Vorstellungsgespräch Controller mit Anna Schmidt um 10:00 am Donnerstag', 'Controller'],
    ['Confirmé : Entretien Chargé de recrutement avec Julie Martin à 10h00 jeudi', 'Chargé de recrutement'],
    ['Potwierdzone: Rozmowa kwalifikacyjna Analityk danych z Anną Nowak o 10:00', 'Analityk danych'],
  ])('%s', (subject, role) => expect(findRole(subject, 'Hallo')).toBe(role));
});

describe('an assessment or selection day is an occasion before the title, as an interview is', () => {
  it.each([
    ['Uitnodiging assessmentdag Finance Traineeship', 'Finance Traineeship'],
    ['Invitation to assessment day Graduate Analyst', 'Graduate Analyst'],
    ['Einladung zum Assessment Center Junior Controller', 'Junior Controller'],
    ['Invito alla giornata di selezione Data Engineer', 'Data Engineer'],
  ])('%s', (subject, role) => expect(findRole(subject, 'Graag nodigen we je uit.')).toBe(role));
});

describe('a small business by its kind, in more languages, its name quoted or with a legal form', () => {
  const from = { name: 'Marloes Verbeek', address: 'marloes.verbeek@gmail.example' };
  it.each([
    ['nl', 'Groetjes,\nMarloes\n\nKoffiehuis De Bries · koffie, taart & goede gesprekken · di t/m zo 8.00–18.00', 'Koffiehuis De Bries'],
    ['pl', 'Pozdrawiam\nGrażyna Kowalczyk\nBiuro Rachunkowe "Bilans" s.c.\nul. Długa 14/2, 31-147 Kraków', 'Biuro Rachunkowe "Bilans" s.c.'],
    ['de', 'Liebe Grüße\nJonas\nTischlerei Brandl · Möbel nach Maß', 'Tischlerei Brandl'],
    ['it', 'A presto,\nGiulia\nPasticceria Rossetti', 'Pasticceria Rossetti'],
  ])('%s', (_lang, signature, company) => expect(findCompany('Kom je even langs?', 'Heb je zin om morgen langs te komen?', signature, from, null)).toBe(company));
});

describe('common occupations beyond the office are job titles, in the eight languages', () => {
  it.each([
    ['Candidatura – Contabilista Sénior | Entrevista', 'Contabilista Sénior'],
    ['Vorstellungsgespräch – Pflegefachkraft Intensivstation', 'Pflegefachkraft Intensivstation'],
    ['Entrevista – Enfermera de quirófano', 'Enfermera de quirófano'],
    ['Colloquio – Magazziniere mulettista', 'Magazziniere mulettista'],
    ['Sollicitatiegesprek – Verpleegkundige IC', 'Verpleegkundige IC'],
    ['Rozmowa – Kierowca kat. C+E', 'Kierowca kat. C+E'],
    ['Entretien – Infirmière de bloc', 'Infirmière de bloc'],
    ['Interview – HGV Driver', 'HGV Driver'],
  ])('%s', (subject, role) => expect(findRole(subject, 'Hello')).toBe(role));
});

describe('a title of two nouns joined by "and" keeps both', () => {
  it.each([
    ["Suite à votre candidature au poste de Responsable Administratif et Financier, nous souhaitons vous rencontrer.", 'Responsable Administratif et Financier'],
    ['Dziękujemy za aplikację na stanowisko Specjalista ds. Kadr i Płac.', 'Specjalista ds. Kadr i Płac'],
    ['Le escribo por la posición de Responsable de Compras y Logística.', 'Responsable de Compras y Logística'],
    ['La contattiamo per la posizione di Responsabile Acquisti e Logistica.', 'Responsabile Acquisti e Logistica'],
    ['Het gaat om de functie van Manager Inkoop en Logistiek.', 'Manager Inkoop en Logistiek'],
    ['Sobre a vaga de Gestor de Compras e Logística.', 'Gestor de Compras e Logística'],
  ])('%s', (main, role) => expect(findRole('Interview', main)).toBe(role));
  it.each([
    ['au poste de Chargé de Recrutement et nous souhaitons vous rencontrer.', 'Chargé de Recrutement'],
    ['para el puesto de Growth Marketer y nos encantaría conocerte.', 'Growth Marketer'],
    ['voor de functie van Data Analist en Sanne neemt contact met je op.', 'Data Analist'],
  ])('the sentence going on after "and" is no part of it: %s', (main, role) => expect(findRole('Interview', main)).toBe(role));
});

describe('a contract type after the title is no part of it', () => {
  it.each([
    ['Poste : Responsable logistique (F/H) – CDD 12 mois', 'Responsable logistique'],
    ['Posizione: Magazziniere, tempo determinato', 'Magazziniere'],
    ['Position: Sachbearbeiter Einkauf – befristet auf 1 Jahr', 'Sachbearbeiter Einkauf'],
    ['Position: Payroll Officer - full-time', 'Payroll Officer'],
  ])('%s', (line, role) => expect(findRole('Interview', `Hello,\n\n${line}\n\nWe would like to meet you on Tuesday at 10.`)).toBe(role));
  it('a title that is itself hyphenated stays whole', () => expect(findRole('Interview', 'Position: Full-Stack Developer\n\nWe would like to meet you.')).toBe('Full-Stack Developer'));
});

describe('a subject part "<title> interview" after a label ("Updated time: …", "Rescheduled: …")', () => {
  it.each([
    ['Updated time: Senior Data Engineer interview', 'Senior Data Engineer'],
    ['Rescheduled: Data Analyst interview', 'Data Analyst'],
    ['Neuer Termin: Projektleiter Gespräch', 'Projektleiter'],
  ])('%s', (subject, role) => expect(findRole(subject, 'Could we move you to Thursday?', '')).toBe(role));
});

describe('a gender marker ends a title; a plural noun before titles is none of them', () => {
  it('"Backend Developer (m/w/d) – Payments, Köln/remote" is the title alone', () => {
    expect(findRole('Einladung zum Gespräch', 'Guten Tag,\n\n   - Stelle: #2026-114 Backend Developer (m/w/d) – Payments, Köln/remote\n   - Termin: Dienstag, 10 Uhr')).toBe('Backend Developer');
  });
  it('"unsere Stellen Data Analyst (m/w/d) und …" does not start with "Stellen"', () => {
    expect(findRole('Einladung', 'Vielen Dank für Ihre Bewerbungen auf unsere Stellen Data Analyst (m/w/d) und Analytics Engineer (m/w/d).')).not.toMatch(/^Stellen/);
  });
});

describe('a one-line signature: the business, then its street after a bar', () => {
  it('from a personal mailbox, the business is the company', () => {
    const main = 'Hi Aoife,\n\nWe are looking for someone for behind the bar. Would you be able to call in tomorrow around half three?\n\nSiobhan\n\nThe Fox & Fiddle | 12 Dorset St, Dublin 1 | Live music Fridays';
    expect(findCompany('Bar job', main, '', { name: 'Siobhan Keane', address: 'siobhan.keane77@mailbox.example' }, null)).toBe('The Fox & Fiddle');
  });
});

describe('an agency describing its client in the body and naming it in the subject', () => {
  it('the subject’s organisation is the company', () => {
    const main = 'Buenos días:\n\nTe escribo desde Norte Talento Selección. Nuestro cliente, un grupo hotelero familiar con establecimientos en España, quiere avanzar contigo para la posición de Controller Financiero.';
    expect(findCompany('Grupo Albatros · Controller Financiero (h/m) · Ref. 2381-CF', main, 'Marta Ibarra\nNorte Talento Selección', { name: 'Marta Ibarra', address: 'marta@nortetalento.example' }, 'Controller Financiero')).toBe('Grupo Albatros');
  });
});

describe('the language a job asks for, after its title, is no part of it', () => {
  it.each([
    ['Stanowisko: Konsultant ds. windykacji telefonicznej z j. portugalskim', 'Konsultant ds. windykacji telefonicznej'],
    ['Position: Customer Service Agent with German', 'Customer Service Agent'],
    ['Position: Kundenberater mit fließendem Englisch', 'Kundenberater'],
  ])('%s', (line, role) => expect(findRole('Hallo', `${line}\n\nWe would like to meet you on Tuesday.`)).toBe(role));
  it('"with" and something else stays', () => expect(findRole('Hallo', 'Position: Teacher with a passion\n\nWe would like to meet you.')).toBe('Teacher with a passion'));
});

describe('of two titles named, the one the mail says is filled is not the interview’s', () => {
  it('de', () => {
    const main = 'Vielen Dank für Ihre Bewerbungen auf unsere Stellen Data Analyst (m/w/d) und Analytics Engineer (m/w/d).\nWir möchten Sie gerne als Analytics Engineer (m/w/d) kennenlernen. Die Stelle als Data Analyst haben wir inzwischen intern besetzt.';
    expect(findRole('Einladung zum Telefoninterview', main)).toBe('Analytics Engineer');
  });
  it('with no other title, the one named stays', () => {
    expect(findRole('Interview', 'Thank you for applying for the Data Analyst (m/f/d) role. The Data Analyst role has been filled, but we would like to talk about others.')).toBe('Data Analyst');
  });
});


describe('a work-time share or a contract type after a title is no company', () => {
  it.each([
    ['Data Steward (w/m/d) – 60–80 %', 'Data Steward'],
    ['Systemtechniker – Teilzeit', 'Systemtechniker'],
    ['Chargé de clientèle – CDD', 'Chargé de clientèle'],
    ['Analista di laboratorio – 100%', 'Analista di laboratorio'],
  ])('%s', (line, role) => {
    expect(findCompany('Einladung', `Guten Tag,\n\nwir laden Sie zum Gespräch ein für:\n\n${line}\n\nTermin: Montag`, '', null, role)).toBeNull();
  });
});

describe('words capitalised like names that are no company', () => {
  it.each([
    ['Wir haben großes Interesse an Ihrem Lebenslauf und laden Sie ein.'],
    ['Bitte melden Sie sich am Montag beim Empfang.'],
    ['Zgłoś się proszę w recepcji, a potem do Portierni.'],
  ])('%s', (main) => {
    expect(findCompany('Einladung', main, '', { name: 'Eva Huber', address: 'eva.huber@mail.example' }, null)).toBeNull();
  });

  it('a signer with an academic title is a person, not a company', () => {
    const signature = 'Mit freundlichen Grüßen\n\nDipl.-Ing. Eva Huber\nRecruiting\n';
    expect(findCompany('Einladung', 'Wir laden Sie ein.', signature, { name: 'Eva Huber', address: 'eva.huber@mail.example' }, null)).toBeNull();
  });

  it('an agency’s unnamed client, set off by a dash, leaves no company', () => {
    const main = 'wie besprochen hat unser Mandant – ein Versicherer aus Linz, dessen Namen wir noch vertraulich behandeln – Interesse an einem Gespräch.';
    expect(findCompany('Gespräch', main, 'Beste Grüße\nAnna Gruber\nTalentwerk Personalberatung', { name: 'Anna Gruber', address: 'a.gruber@talentwerk.example' }, null)).toBeNull();
  });
});

describe('a reference written before a title is no part of it', () => {
  it.each([
    ['Ihre Bewerbung – Ref. 4471-B Projektassistenz (m/w/d)', 'Projektassistenz'],
    ['Candidatura – Rif. MI-22 Analista di bilancio', 'Analista di bilancio'],
    ['Kennziffer 2027/118: Buchhalter (w/m/d)', 'Buchhalter'],
  ])('%s', (subject, role) => {
    expect(findRole(subject, 'Wir laden Sie zu einem Gespräch ein.')).toBe(role);
  });
});

describe('a translator’s language pair in brackets is part of the title', () => {
  it.each([
    ['Hemos leído tu candidatura para el puesto de Revisor de traducciones (portugués-español) y queremos conocerte.', 'Revisor de traducciones (portugués-español)'],
    ['We would like to invite you to an interview for the Legal Translator (EN>DE) position next week.', 'Legal Translator (EN>DE)'],
  ])('%j', (body, role) => expect(findRole('Hola', body)).toBe(role));
  it('another note in brackets is not', () => {
    expect(findRole('Hola', 'Hemos leído tu candidatura para el puesto de Revisor de traducciones (jornada parcial) y queremos conocerte.')).toBe('Revisor de traducciones');
  });
});

describe('a job description’s file name, where the mail’s text names no company or title', () => {
  const read = (subject: string, body: string, attachmentNames: string[]) => {
    const facts = extractFacts({ from: { name: 'Brad Kerr', address: 'brad@kerrsearch.example' }, replyTo: null, cc: [], subject, date: { instant: new Date('2027-02-09T10:00:00Z'), offsetMinutes: 0 }, messageId: null, body, calendars: [] }, { ownerAddresses: ['me@example.com'], fallbackDate: null, isInvitation, attachmentNames });
    return [facts.company, facts.role];
  };
  it('"<company> - <title> JD.txt" beside an agency’s unnamed client', () => {
    expect(read('Quick call next week?', 'Hi James,\n\nmy client, a fast-growing payments firm, would love to meet you. Full JD attached. Thu, Feb 18, 10:00 AM?\n\nBrad\nKerr Executive Search', ['Tallow Bank - Platform Engineer JD.txt'])).toEqual(['Tallow Bank', 'Platform Engineer']);
  });
  it('"Fiche de poste - <title> (H-F).pdf": the title, and no company from the document’s own words', () => {
    expect(read('Entretien', 'Bonjour,\n\nsuite à votre candidature, je vous propose un entretien mardi à 10h.\n\nCordialement,\nBrad', ['Fiche de poste - Opérateur de saisie (H-F).pdf'])).toEqual([null, 'Opérateur de saisie']);
  });
  it('"Fiche_de_poste_<title>_H-F.pdf": the document\'s words and the bare gender marker left out', () => {
    expect(read('Convocation à un entretien', 'Bonjour,\n\nje vous propose un entretien mardi à 10h. Vous trouverez ci-joint la fiche de poste.\n\nCordialement,\nBrad', ['Fiche_de_poste_Responsable_Logistique_H-F.pdf'])[1]).toBe('Responsable Logistique');
  });
  it('a place beside the title is no company; an image is no job description', () => {
    expect(read('Colloquio', 'Buongiorno,\n\nle propongo un colloquio giovedì alle 11.\n\nBrad', ['image001.png', 'JD_Senior_Data_Engineer_Torino.txt'])[0]).toBeNull();
  });
});

describe('a company only the owner’s note names, spelled exactly by a domain the mail writes', () => {
  it('a Workday tenant’s mailbox, and an address in the text', () => {
    const text = 'Hello Nina,\n\nYour interview for Freight Audit Clerk (R-10482) has been scheduled. Please contact priya.nair@tollgatefreight.example.';
    expect(companyInNote('Had a proper look at Tollgate Freight. Not for me.', 'tollgatefreight@myworkday.example', text)).toBe('Tollgate Freight');
  });
  it('no name the domains spell, or no note: none', () => {
    expect(companyInNote('Had a proper look at Tollgate. Not for me.', 'no-reply@myworkday.example', 'Hello Nina,')).toBeNull();
    expect(companyInNote(null, 'tollgatefreight@myworkday.example', '')).toBeNull();
  });
});

describe('a bracket after the title in the subject that the body writes after the title too', () => {
  it('is the title’s team or line of work, not the company', () => {
    const body = 'Hi Alex,\n\nThanks for applying for the Reporting Analyst (Claims) role. Could we talk on Tuesday?';
    expect(findCompany('Interview - Reporting Analyst (Claims)', body, 'Speak then!\nPriya Nair\nTalent Acquisition | Northbeam Insurance', { name: 'Priya Nair', address: 'priya.nair@northbeam.example' }, 'Reporting Analyst')).toBe('Northbeam Insurance');
  });
  it('a bracket the body does not tie to the title may still name the company', () => {
    expect(findCompany('Interview - Data Engineer (Quartzline)', 'Hi Alex,\n\nQuartzline would like to meet you on Tuesday.\n\nSam', '', { name: 'Sam', address: 'no-reply@ats.example' }, 'Data Engineer')).toBe('Quartzline');
  });
});

describe('the end client labelled in a list of facts', () => {
  it.each([
    ['Endkunde: Kranich Versicherung AG, Köln', 'Kranich Versicherung AG'],
    ['- End client: Harbourline Foods Ltd', 'Harbourline Foods Ltd'],
    ['• Client final : Maison Verlaine SAS', 'Maison Verlaine SAS'],
    ['Eindklant: Rivierdal Zorg', 'Rivierdal Zorg'],
  ])('%s', (line, company) => {
    const body = `Hallo,\n\nhier die Eckdaten:\n${line}\nRolle: Consultant\n\nViele Grüße\nTimo Brandt\nBrandt IT-Projektvermittlung GmbH`;
    expect(findCompany('Projekt – Kennenlernen', body, '', { name: 'Timo Brandt', address: 'timo@brandt-projekte.example' }, 'Consultant')).toBe(company);
  });
});

describe('the subsidiary a group’s recruiters hire for', () => {
  it.each([
    ['de', 'ich melde mich aus dem Recruiting-Team der Brandt Gruppe. Für unsere Tochtergesellschaft, die Brandt Logistik AG, suchen wir eine Teamleitung.', 'Brandt Logistik AG'],
    ['en', 'I am with the Harbour Group talent team, hiring for our subsidiary Harbour Foods Ltd in Leeds.', 'Harbour Foods Ltd'],
    ['fr', 'Le groupe Verlaine recrute pour notre filiale Verlaine Services un comptable.', 'Verlaine Services'],
    ['it', 'Il Gruppo Ferri seleziona per la nostra controllata Ferri Energia S.r.l. un tecnico.', 'Ferri Energia S.r.l.'],
    ['nl', 'Namens de Rivierdal Groep werven wij voor onze dochteronderneming Rivierdal Zorg een planner.', 'Rivierdal Zorg'],
  ])('%s', (_language, sentence, company) => {
    expect(findCompany('Interview', `Hallo,\n\n${sentence}\n\nJana Petersen`, '', { name: 'Jana Petersen', address: 'jana.petersen@group.example' }, null)).toBe(company);
  });
});

describe('a vacancy number before the title in the subject', () => {
  it.each([
    ['Interview invitation – vacancy 27-0412 Junior Claims Handler', 'Junior Claims Handler'],
    ['Uitnodiging – vacature 2027/118 Medewerker klantenservice', 'Medewerker klantenservice'],
    ['Einladung – Stelle 4411-B Sachbearbeiter Kreditorenbuchhaltung', 'Sachbearbeiter Kreditorenbuchhaltung'],
  ])('%j → %j', (subject, role) => expect(findRole(subject, 'Hello,\n\nwe would like to invite you.')).toBe(role));
});

describe('an agency that withholds its client\'s name, under a Swiss salutation', () => {
  it('names no company: neither the salutation nor the agency', () => {
    const body =
      'Grüezi Frau Keller\n\nGerne bestätige ich Ihnen die Einladung zum Gespräch bei unserer Mandantin.\n\nEs handelt sich um einen familiengeführten Maschinenbauer im Allgäu. Den Firmennamen nennen wir erst im Gespräch.\n\nPosition: Leiter Einkauf (100 %), unbefristet\n\nDatum: Donnerstag, 28. Januar 2027, 09.00 Uhr\nOrt: Bahnhofstrasse 3, 8001 Zürich\n\nFreundliche Grüsse\n\nUrs Meier\nPartner\n\nMeier Executive Search AG';
    const original: OriginalMessage = { from: { name: 'Urs Meier', address: 'urs.meier@meier-search.example' }, replyTo: null, cc: [], subject: 'Einladung zum Gespräch – Leiter Einkauf', date: null, messageId: null, body, calendars: [] };
    expect(extractFacts(original, { ownerAddresses: [], fallbackDate: null, isInvitation }).company).toBeNull();
  });
});

describe('a German partnership and the capitalised nouns around it', () => {
  const original = (body: string, fromName: string): OriginalMessage => ({ from: { name: fromName, address: 'jobs@hallmann-transporte.example' }, replyTo: null, cc: [], subject: 'Einladung zum Vorstellungsgespräch', date: null, messageId: null, body, calendars: [] });
  const company = (body: string, fromName = 'Bewerbermanagement') => extractFacts(original(body, fromName), { ownerAddresses: [], fallbackDate: null, isInvitation }).company;
  it('keeps "GmbH & Co. KG" whole, never a department\'s display name nor "bei Bedarf"', () =>
    expect(
      company('Sehr geehrte Frau Brandt,\n\nwir laden Sie am Dienstag, 9. März, um 10 Uhr zu einem Gespräch ein. Bei Bedarf erstatten wir Ihre Reisekosten.\n\nMit freundlichen Grüßen\nJana Roth\n\n----\nHallmann Transporte GmbH & Co. KG | Sitz: Kassel | Registergericht: Amtsgericht Kassel, HRA 1234'),
    ).toBe('Hallmann Transporte GmbH & Co. KG'));
});

describe('a team or careers display name, a host with a mailbox of their own, a date in the subject', () => {
  it.each([
    ['fr', 'Équipe Recrutement', 'Bonjour,\n\nnous aimerions échanger avec vous lundi 12 avril 2027 à 11h00. Écrivez à julien.marchand@verboisfinance.example.\n\nBien cordialement,\nJulien Marchand\n\nCarrières Verbois Finance : https://verboisfinance.jobs.example/', 'Verbois Finance'],
    ['es', 'Equipo Selección', 'Hola,\n\nte proponemos una entrevista el lunes 12 de abril de 2027 a las 11:00.\n\nUn saludo,\nMarta Gil\n\nCarreras: Empleo Verbois Finance', null],
  ])('%s: "%s" is no company', (_language, name, body, expected) => {
    const found = companyOf({ name, address: 'recrutement.verboisfinance@candidates.workablemail.example' }, 'Entretien téléphonique', body);
    expect(found).not.toBe(name.split(' ')[0]);
    if (expected) expect(found).toBe(expected);
  });
  it('a scheduler naming the host after "with", who has a mailbox of their own, is the interviewer', () =>
    expect(
      companyOf(
        { name: 'Calendly', address: 'notifications@calendly.example' },
        'Confirmed: Intro call – Operations Analyst with Mirjam de Wit on Tuesday, October 6, 2026',
        'Hi,\n\nYour event has been scheduled.\n\nHost:\nMirjam de Wit\n\nDescription:\nA 30-minute introduction with the People team of Kade & Co. Questions? Email mirjam.dewit@kadeco.example.',
      ),
    ).toBe('Kade & Co.'));
  it('an Italian recruitment office under its hospital is no company', () =>
    expect(
      companyOf(
        { name: '', address: 'reclutamento@ao-sancarlo.example' },
        'Colloquio telefonico - Assistente amministrativo',
        'Gentile dott.ssa Ricci,\n\nla informiamo che è stata ammessa al colloquio, venerdì 22 gennaio 2027 alle ore 11:30.\n\nDistinti saluti\n\nU.O.C. Gestione Risorse Umane - Ufficio Reclutamento\nAzienda Ospedaliera San Carlo di Valmorena\nViale dei Tigli 3, Valmorena (RM)\n\nUfficio Reclutamento',
      ),
    ).toBe('Azienda Ospedaliera San Carlo di Valmorena'));
});

describe('a title after a round or a stage "for", on a line of its own, or in a stage line', () => {
  it.each([
    ['Congratulations on making it to the final round for\n\nSenior Data Engineer, Platform\n\nWe would like to invite you to our office.', 'Senior Data Engineer, Platform'],
    ['You are through to the next stage for Payroll Officer. We would like to meet you.', 'Payroll Officer'],
    ['Wybierz dogodny termin.\n\nProces: Senior Backend Developer | Etap 3 z 4: Rozmowa techniczna', 'Senior Backend Developer'],
  ])('%j → %j', (body, role) => expect(findRole('Next steps', `Hello,\n\n${body}`)).toBe(role));
  it('a stage line naming no post gives none', () => expect(findRole('Next steps', 'Hello,\n\nProces: etap 3 z 4\n\nDo usłyszenia')).toBeNull());
  it('a reference in square brackets is no part of the title', () =>
    expect(findRole('Entretien téléphonique – Téléconseiller recouvrement (H/F) [Réf. TLC-0412]', 'Bonjour,\n\nnous aimerions échanger avec vous.')).toBe('Téléconseiller recouvrement'));
});

describe('a title without the interview type before it, or the clause after a colon', () => {
  it.each([
    ['Telefoninterview Controller (m/w/d)', 'Sehr geehrter Herr Hendriks,\n\nwir möchten Sie gern kennenlernen.', 'Controller'],
    ['Videointerview Sachbearbeiter Einkauf (m/w/d)', 'Hallo,\n\nwir möchten Sie kennenlernen.', 'Sachbearbeiter Einkauf'],
    ['Farmalab – aggiornamento sulla tua candidatura', 'Candidatura: TECNICO DI LABORATORIO\nFase: Colloquio tecnico\n\nGentile Giulia,', 'TECNICO DI LABORATORIO'],
    ['Officine Brenta – colloquio', 'Buongiorno,\n\ngrazie per la candidatura alla posizione di Product Designer: il suo portfolio ci è piaciuto molto.', 'Product Designer'],
  ])('%j', (subject, body, role) => expect(findRole(subject, body)).toBe(role));
});

describe('a client the subject names beside the role and the agency, a consultancy hiring for itself, a shop\'s free-mail display name', () => {
  it('"Gerente de Compras – Farmacias Belmonte | Nexo Talento" with the client only described in the body', () =>
    expect(
      companyOf(
        { name: 'Andrea Villaseñor - Nexo Talento', address: 'andrea.villasenor@nexotalento.example' },
        'Gerente de Compras – Farmacias Belmonte | Nexo Talento',
        'Hola Lucía,\n\nsoy consultora de Nexo Talento. Te escribo por la vacante de Gerente de Compras que estamos cubriendo para nuestro cliente, una cadena de farmacias con presencia en todo el país.\n\nSaludos,\nAndrea Villaseñor\nNexo Talento | Headhunting & Executive Search',
      ),
    ).toBe('Farmacias Belmonte'));
  it('a consultancy inviting for its own post, under an "Invitación a entrevista" subject', () =>
    expect(
      companyOf(
        { name: 'Andrés Quintero', address: 'aquintero@cerroverde.example' },
        'Invitación a entrevista – Líder de Analítica',
        'Buenos días, Mariana:\n\nReciba un cordial saludo de parte de Cerro Verde Consultores. Nos gustaría invitarla a una entrevista.\n\nCordialmente,\n\nAndrés Quintero\nAnalista de Talento Humano\nCerro Verde Consultores S.A.S.',
      ),
    ).toBe('Cerro Verde Consultores'));
  it('"Spoke & Chain Cycles" <hello.spokeandchain@outlook…> signed "Tom"', () =>
    expect(companyOf({ name: 'Spoke & Chain Cycles', address: 'hello.spokeandchain@outlook.example' }, 'Mechanic position', 'Hi Sophie,\n\ncould you come by on Friday at 5:30?\n\nCheers,\nTom')).toBe('Spoke & Chain Cycles'));
  it('a person\'s own free-mail display name stays no company', () =>
    expect(companyOf({ name: 'Tom Baker', address: 'tom.baker@outlook.example' }, 'Mechanic position', 'Hi Sophie,\n\ncould you come by on Friday at 5:30?\n\nCheers,\nTom')).toBeNull());
});

describe('a practice named by its kind and its trade in lower case, in the signature', () => {
  it('"Cabinet de kinésithérapie Moreau & Associés" under a free-mail sender', () =>
    expect(
      extractFacts(
        { from: { name: 'Claire Moreau', address: 'claire.moreau.kine@orange.example' }, replyTo: null, cc: [], subject: 'Re: Candidature secrétaire médicale', date: null, messageId: null, body: 'Bonjour Madame,\n\nJe serais ravie de vous rencontrer au cabinet.\n\nBien cordialement,\n\nClaire Moreau\nMasseur-kinésithérapeute\nCabinet de kinésithérapie Moreau & Associés\n14 rue des Carmes, 59000 Lille', calendars: [] },
        { ownerAddresses: [], fallbackDate: null, isInvitation },
      ).company,
    ).toBe('Cabinet de kinésithérapie Moreau & Associés'));
});

describe('an agency that withholds its client\'s name for confidentiality', () => {
  const withheld = (body: string) => companyOf({ name: 'Federico Paz | Cumbre Consultores', address: 'fpaz@cumbreconsultores.example' }, 'Búsqueda: Analista de Demanda – entrevista con el cliente', body);
  it.each([
    ['es', 'Por confidencialidad todavía no puedo compartirte el nombre de la compañía.'],
    ['it', 'Per motivi di riservatezza il nome dell’azienda verrà comunicato al colloquio.'],
    ['fr', 'Pour des raisons de confidentialité, je ne peux pas encore vous donner le nom.'],
    ['de', 'Aus Vertraulichkeitsgründen nenne ich den Namen erst später.'],
  ])('%s: neither the client nor the recruiter\'s practice area', (_language, sentence) =>
    expect(withheld(`Hola Lucía,\n\nla gerente del cliente te propone una primera entrevista el jueves 21 de enero a las 15 hs.\n\n${sentence}\n\nUn abrazo,\nFederico Paz\nSenior Recruiter – Supply Chain & Operaciones\nCumbre Consultores`)).toBeNull());
});

describe('an applicant-tracking system\'s mail domain with a product word after its name', () => {
  it.each([['dvinci-hr.example'], ['personio-mail.example'], ['softgarden-jobs.example'], ['recruiteemail.example']])('%s is a relay', (domain) => expect(isRelayDomain(domain)).toBe(true));
  it('an employer\'s own "-hr" domain is none', () => expect(isRelayDomain('limmatwerk-hr.example')).toBe(false));
});

describe('an applicant-tracking stage line at the top of the body, read like a subject', () => {
  it.each([
    ['Sollicitatie #51234 · Junior Data Engineer · Fase: Eerste gesprek\n\nHoi Sam,\n\nJe bent door naar de volgende ronde!', 'Junior Data Engineer'],
    ['Application 2231 | Payroll Analyst | Stage: Phone screen\n\nHi Sam,\n\nGood news: you are through to the next round.', 'Payroll Analyst'],
  ])('%j', (main, role) => expect(findRole('Uitnodiging voor een eerste gesprek', main)).toBe(role));
  it('a line of separated parts with no stage or reference is no such line', () => {
    expect(findRole('Hello', 'Coffee · cake · a walk in the park\n\nHi Sam, how are you?')).toBeNull();
  });
});

describe('an agency\'s subject "<occasion> – <client> – <title> (<terms>)"', () => {
  const subject = 'Interview – Kestrel Paper Mills – Reporting Analyst (12-month FTC, £38–42k)';
  const body = 'Dear Sam,\n\nMy client has reviewed your CV and would like to invite you to a first interview.\n\nBest regards,\nHarriet';
  it('the title is the part with a job\'s word, not the one right after the occasion', () => expect(findRole(subject, body)).toBe('Reporting Analyst'));
  it('the client is the part beside the title; the pay and the contract in brackets are no company', () => {
    expect(companyOf(agency, subject, body)).toBe('Kestrel Paper Mills');
  });
  it.each([['Interview (6-month FTC, £40k)'], ['Kestrel Paper Mills – interview (12-month FTC, £38–42k)']])('%s: the bracket names no company', (s) => {
    expect(companyOf(agency, s, body) ?? '').not.toMatch(/FTC/);
  });
});

describe('a position\'s noun inside a company\'s name is no title', () => {
  it('"Vistula Cargo Solutions" holds "cargo" (Spanish and Portuguese for a post), not a title after it', () => {
    const body = 'Zgodnie z ustaleniami przekazałam Pana profil dla naszego klienta Vistula Cargo Solutions i mam przyjemność zaprosić Pana na spotkanie.';
    expect(findRole('Zaproszenie na rozmowę – Kierownik ds. Planowania Transportu', body)).toBe('Kierownik ds. Planowania Transportu');
  });
  it('the noun in a sentence still names one', () => expect(findRole('Entrevista', 'Le invitamos a una entrevista para el cargo de Analista de Datos.')).toBe('Analista de Datos'));
});

describe('a brand that ends the legal name in the footer and signs the mail on its own line', () => {
  const body = 'Hola, Claire:\n\nGracias por tu interés en Ruta Fresca.\n\nUn saludo,\n\nLucía Ferrer\nTécnica de Selección\nRuta Fresca\n\n--\nDistribuciones Mediterráneas Ruta Fresca S.L. · CIF B00000000 · Calle del Pintor Sorolla 41, 46002 Valencia';
  it('is the name the mail goes by', () => expect(companyOf({ name: 'Lucía Ferrer', address: 'lucia.ferrer@rutafresca.example' }, 'Entrevista', body)).toBe('Ruta Fresca'));
});

describe('"see the role here:" before a title is no part of it', () => {
  it.each([
    ['Olá!\n\nConheça a vaga aqui: Analista de Dados (CLT) <https://carreiras.example/vagas/4471>\n\nEscolha o melhor horário pelo link abaixo.', 'Analista de Dados'],
    ['Hola:\n\nConoce la vacante aquí: Analista de Datos <https://empleo.example/4471>\n\nElige un horario abajo.', 'Analista de Datos'],
  ])('%j', (main, role) => expect(findRole('Próxima etapa', main)).toBe(role));
});

describe('an agency that speaks of "our client" without naming it: the client the subject names beside the interview', () => {
  const body = 'Hola Charlotte:\n\nDespués de revisar tu perfil, nuestro cliente quiere conocerte en una primera entrevista.\n\nPuesto: Analista de Riesgos Senior\n\nUn saludo,\n\nLucía Ferrer\nTalent Partner · Talentia RPO';
  it('is the company, not the agency signing', () =>
    expect(companyOf({ name: 'Lucía Ferrer', address: 'lucia.ferrer@talentia-rpo.example' }, 'Lumbrera Seguros – Entrevista para Analista de Riesgos Senior', body)).toBe('Lumbrera Seguros'));
});

describe('"VP of" names a title', () => {
  it.each([['Quick intro call – VP of Product (confidential search)', 'VP of Product'], ['Intro – SVP of Engineering', 'SVP of Engineering']])('%j', (subject, role) =>
    expect(findRole(subject, 'Hi Charlotte, thanks for getting back to me.')).toBe(role),
  );
});

describe('a client named in a case study is the employer\'s customer, not an agency\'s client', () => {
  const body = 'Gentile Jan,\n\nLe propongo un colloquio in videochiamata giovedì 17 settembre alle 10:00.\n\nDurante il colloquio le chiederemo di commentare un breve caso: il progetto che abbiamo realizzato per il nostro cliente Acquaviva Trasporti S.p.A.\n\nCordiali saluti,\nElena Moretti\nTalent Acquisition\nFerranti Energia S.r.l.';
  it('is not the company', () => expect(companyOf({ name: 'Elena Moretti', address: 'e.moretti@ferrantienergia.example' }, 'Colloquio conoscitivo – Data engineer', body)).toBe('Ferranti Energia S.r.l.'));
  it('an agency writing for its client still names it', () =>
    expect(companyOf({ name: 'Luca Bassi', address: 'luca@orizzontelavoro.example' }, 'Colloquio', 'Buongiorno,\n\nper conto del nostro cliente Dolciaria Ferrandi S.p.A. le propongo un colloquio giovedì alle 10:00.\n\nLuca Bassi\nOrizzonte Lavoro')).toBe('Dolciaria Ferrandi S.p.A.'));
});

describe('a pay grade after the title', () => {
  it.each([
    ['Thank you for your application for the post of Policy Officer, Grade 7 – Brussels Office.', 'Policy Officer'],
    ['Bedankt voor je sollicitatie op de functie Beleidsmedewerker, schaal 10 bij de directie.', 'Beleidsmedewerker'],
  ])('%j', (main, role) => expect(findRole('Your application', main)).toBe(role));
});

describe('a company name joined by "+"', () => {
  it('"Van Dijk + Meijer B.V."', () =>
    expect(companyOf({ name: 'Marloes Kuipers', address: 'm.kuipers@vandijkmeijer.example' }, 'Uitnodiging kennismakingsgesprek', 'Beste Tobias,\n\nWe nodigen je graag uit.\n\nMet vriendelijke groet,\nMarloes Kuipers\nRecruiter\nVan Dijk + Meijer B.V.\nCatharijnesingel 210 | 3511 GV Utrecht')).toBe('Van Dijk + Meijer B.V.'));
});

describe('the pronoun "I" after "and" is no word of a name', () => {
  it('"at Halden Group and I look after hiring"', () =>
    expect(companyOf({ name: 'Priya Natarajan', address: 'priya@halden-group.example' }, 'Interview', "Thanks for applying. I'm part of the Talent team at Halden Group and I look after hiring for our Leeds office.\n\nPriya Natarajan\nTalent Partner")).not.toMatch(/and I$/));
});

describe('"our biggest client" of a small agency is its own customer: the agency that writes hires', () => {
  it('"perdimos la cuenta de nuestro cliente más grande"', () =>
    expect(companyOf({ name: 'Nicolás Iturbe', address: 'nico@ruidoagencia.example' }, 'Entrevista - Asistente de marketing', 'Hola Ana:\n\nSomos una agencia de marketing chiquita. En marzo perdimos la cuenta de nuestro cliente más grande.\n\nPodemos hacer una videollamada el jueves 10 a las 11.\n\nAbrazo,\nNico Iturbe\nRuido Agencia · Marketing & Contenidos')).toBe('Ruido Agencia'));
});

describe('a body named after its place, its domain spelling the kind by initials or in full', () => {
  it('"CHU de Valmorel", not the town', () =>
    expect(companyOf({ name: 'Claire Dubois', address: 'c.dubois@chu-valmorel.example' }, 'Convocation à un entretien - Secrétaire médicale', "Madame,\n\nNous avons le plaisir de vous convier à un entretien avec la Direction des soins du CHU de Valmorel le mardi 3 mars à 14h.\n\nAdresse : 4 rue de l'Hôpital, 38999 Valmorel\n\nClaire Dubois\nChargée de recrutement\nCentre hospitalier universitaire de Valmorel")).toBe('CHU de Valmorel'));
  it('"Universidad de Montaraz" of universidadmontaraz', () =>
    expect(companyOf({ name: 'Lucía Prieto', address: 'lprieto@universidadmontaraz.example' }, 'Entrevista - Técnico de laboratorio', 'Estimada Ana:\n\nLe convocamos a una entrevista el lunes 9 de marzo a las 10:00 en el campus de Montaraz.\n\nLucía Prieto\nServicio de Personal\nUniversidad de Montaraz')).toBe('Universidad de Montaraz'));
});

describe('an institution\'s word inside a German or Dutch compound, beside the sender\'s department', () => {
  it.each([
    ['Kreiskrankenhaus Sankt Talheim - Personalabteilung', 'personal@kkh-sankttalheim.example', 'Kreiskrankenhaus Sankt Talheim'],
    ['Fachhochschule Sankt Talheim - Personalabteilung', 'bewerbung@fh-sankttalheim.example', 'Fachhochschule Sankt Talheim'],
  ])('%s', (name, address, expected) =>
    expect(companyOf({ name, address }, 'Einladung zum Gespräch', `Lieber Herr Vogel,\n\ngern laden wir Sie zu einem Gespräch ein: https://sankttalheim.webex.example/meet/it\n\nFreundliche Grüße aus Sankt Talheim\nSabine Sailer\nPersonalabteilung\n${name.split(' - ')[0]}\nKlinikstraße 1\n88888 Sankt Talheim`)).toBe(expected));
});

describe('the body\'s title running on into its sentence, the subject naming the title alone', () => {
  it.each([
    ['Uitnodiging videogesprek – Data Engineer', 'Hoi Stefan,\n\nDe functie van Data Engineer valt onder het team Routeplanning bij onze vestiging in Utrecht.\n\nGroet,\nSanne'],
    ['Entrevista – Data Engineer', 'Hola Ana:\n\nEl puesto de Data Engineer forma parte del equipo de planificación de rutas.\n\nSaludos,\nLucía'],
  ])('%s', (subject, body) => expect(findRole(subject, body)).toBe('Data Engineer'));
  it('keeps a title that goes on with "de…" in the body', () =>
    expect(findRole('Entrevista – Analista', 'Hola Ana:\n\nTe escribo por el puesto de Analista de datos senior en Madrid.\n\nSaludos,\nLucía')).not.toBe('Analista'));
});

describe('an abbreviation the mail also writes out is the name written out', () => {
  it('"Recrutamento HVSA" over the "Hospital de Vale de Santa Ana" of the text and the signature', () =>
    expect(companyOf({ name: 'Recrutamento HVSA', address: 'recrutamento@hvsantaana.example' }, 'Convocatória – Técnica Superior', 'Exma. Senhora,\n\nvimos por este meio convocá-la para a fase de avaliação presencial no Hospital de Vale de Santa Ana, unidade de referência na região.\n\nCom os melhores cumprimentos,\nServiço de Recursos Humanos\nHospital de Vale de Santa Ana, E.P.E.')).toBe('Hospital de Vale de Santa Ana'));
});

describe('a vacancy word before the title in a subject is the occasion, not the title', () => {
  it.each([
    ['Re: Vaga Analista de Dados Pleno - Vértice Saúde', 'Analista de Dados Pleno'],
    ['I: Posizione Regulatory Affairs Specialist - contatto telefonico', 'Regulatory Affairs Specialist'],
    ['Vacante Desarrolladora Backend - Nubara', 'Desarrolladora Backend'],
    ['Vacature Data Engineer – Horizon', 'Data Engineer'],
  ])('%s', (subject, expected) => expect(findRole(subject, 'Olá,\n\nGostaríamos de marcar uma conversa.\n\nAbraço,\nBruna')).toBe(expected));
});

describe('a title in a hard-wrapped sentence about an earlier search, another title after it', () => {
  it('is the later title', () =>
    expect(findRole('Retomemos la conversación – Ventolera', 'Hola Ana:\n\nEl año pasado estuvimos hablando por la\nbúsqueda de Tech Lead que finalmente quedó en pausa.\nAhora se abrió una posición de Desarrolladora Backend Senior en el equipo de\nPagos y nos encantaría retomar la conversación.\n\nAbrazo,\nLucía')).toBe('Desarrolladora Backend Senior'));
  it('keeps a title named once, in a sentence of now', () =>
    expect(findRole('Entrevista', 'Hola Ana:\n\nSe abrió una posición de Desarrolladora Backend Senior en el equipo de Pagos.\n\nAbrazo,\nLucía')).toBe('Desarrolladora Backend Senior'));
});

describe('a town the mail writes beside a postcode is where, not who', () => {
  it('"the team at Bewdley" and "Hill Lane, Bewdley DY12 1PR" under an NHS trust', () =>
    expect(companyOf({ name: 'Wyrebank Recruitment', address: 'recruitment@wyrebank-nhs.example' }, 'Shortlisted: Information Analyst - telephone interview', 'Dear Ingrid,\n\nYou have been shortlisted for the post of Information Analyst with the Performance team at Bewdley.\n\nKind regards,\nRecruitment Team\nWyrebank Community Healthcare NHS Trust\nHill Lane, Bewdley DY12 1PR')).toBe('Wyrebank Community Healthcare NHS Trust'));
});

describe('an English council named after its place, the kind last', () => {
  it('"Westmoor District Council" in the subject over the town the domain spells', () =>
    expect(companyOf({ name: 'HR Recruitment', address: 'hr.recruitment@westmoor.example' }, 'Westmoor District Council - interview for Data Entry Clerk', 'Dear Ingrid,\n\nThank you for applying for the post of Data Entry Clerk with Customer Services at Westmoor.\n\nHR Recruitment\nCivic Centre, Station Road, Westmoor')).toBe('Westmoor District Council'));
});

describe('a planner\'s title in the languages is a title ("Planificadora de …", "Pianificatore …", "Planejador …")', () => {
  it.each([
    ['Te escribimos sobre tu candidatura a la oferta "Planificadora de Producción".', 'Planificadora de Producción'],
    ['La ringraziamo per la candidatura all\'annuncio "Pianificatore della produzione".', 'Pianificatore della produzione'],
    ['Obrigado pela candidatura à vaga de Planejador de Manutenção, na nossa fábrica.', 'Planejador de Manutenção'],
  ])('%s', (body, role) => {
    expect(findRole('Candidatura', body)).toBe(role);
  });
});
