/**
 * Issue #13, the mb-europe round: classes learned from the development part, in material written for
 * these tests (never copied from the corpus). Times first, where precision matters most: a time read
 * from the middle of a number, a weekday that contradicts its date, the time a reschedule replaces; then
 * titles, companies, the format, whom to answer, an address's directions, and mail that is no invitation.
 */
import { describe, expect, it } from 'vitest';
import { isInvitation } from '../../../../functions/core/decide/decide.js';
import { findCompany, findRole } from '../../../../functions/core/extract/company-role.js';
import { extractFacts, type OriginalMessage } from '../../../../functions/core/extract/extract.js';
import type { TextLanguage } from '../../../../functions/core/extract/language.js';
import { findLocation } from '../../../../functions/core/extract/location.js';
import { findProseSlots } from '../../../../functions/core/extract/times.js';

const REFERENCE = { instant: new Date('2027-05-03T08:00:00Z'), offsetMinutes: 120 };
function read(text: string, language: TextLanguage, zone = 'Europe/Paris'): { starts: string[]; notUnderstood: string[] } {
  const notUnderstood: string[] = [];
  const starts = findProseSlots(text, language, REFERENCE, { zone }, notUnderstood).map((s) => s.start.instant.toISOString());
  return { starts, notUnderstood };
}

function facts(body: string, options: { subject?: string; from?: { name: string | null; address: string } } = {}) {
  const original: OriginalMessage = {
    from: options.from ?? { name: 'Kim Adler', address: 'kim.adler@orbis.example' },
    replyTo: null,
    cc: [],
    subject: options.subject ?? 'Interview',
    date: { instant: REFERENCE.instant, offsetMinutes: REFERENCE.offsetMinutes },
    messageId: null,
    body,
    calendars: [],
  };
  return extractFacts(original, { ownerAddresses: ['alex@example.com'], fallbackDate: null, isInvitation });
}

describe('a label glued to its time (an HTML table rendered without cell separators)', () => {
  it.each([
    ['fr', 'JourJeudi 13 mai 2027 Heure10h30 - 11h30 LieuSiège', '2027-05-13T08:30:00.000Z'],
    ['de', 'DatumDonnerstag, 13. Mai 2027 Uhrzeit10:30 - 11:30 Uhr', '2027-05-13T08:30:00.000Z'],
    ['nl', 'Datumdonderdag 13 mei 2027 Tijd10:30 - 11:30', '2027-05-13T08:30:00.000Z'],
    ['es', 'Fechajueves 13 de mayo de 2027 Hora10:30 - 11:30', '2027-05-13T08:30:00.000Z'],
  ])('%s: the time is read whole, never its minutes alone as midnight', (language, text, start) => {
    expect(read(text, language as TextLanguage).starts).toEqual([start]);
  });
  it('never reads the minutes of a time as a time of their own', () => {
    expect(read('Date: jeudi 13 mai 2027\nHoraire x14:00', 'fr').starts.every((s) => !s.endsWith('T22:00:00.000Z'))).toBe(true);
  });
});

describe('a weekday that contradicts its date gives no time, and says so', () => {
  it.each([
    ['en', 'Could you come in on Tuesday 13 May 2027 at 10:00?'],
    ['fr', 'Je vous propose le mardi 13 mai 2027 à 10h.'],
    ['de', 'Passt Ihnen Dienstag, 13. Mai 2027 um 10:00 Uhr?'],
    ['es', '¿Le viene bien el martes 13 de mayo de 2027 a las 10:00?'],
    ['it', 'Le andrebbe bene martedì 13 maggio 2027 alle 10:00?'],
    ['nl', 'Komt dinsdag 13 mei 2027 om 10:00 uur je uit?'],
    ['pt', 'Pode na terça-feira, 13 de maio de 2027, às 10h00?'],
  ])('%s', (language, text) => {
    const { starts, notUnderstood } = read(text, language as TextLanguage);
    expect(starts).toEqual([]);
    expect(notUnderstood).toHaveLength(1);
  });
  it('the same sentence with the right weekday is read', () => {
    expect(read('Could you come in on Thursday 13 May 2027 at 10:00?', 'en', 'Europe/London').starts).toEqual(['2027-05-13T09:00:00.000Z']);
  });
});

describe('a weekday with a bare day of the month', () => {
  it.each([
    ['pt', 'Pode na quarta, dia 12, às 15h?', '2027-05-12T13:00:00.000Z'],
    ['pt', 'Pode na quarta-feira, dia 12, às 15h?', '2027-05-12T13:00:00.000Z'],
    ['fr', 'Êtes-vous libre le vendredi 14 à 15h ?', '2027-05-14T13:00:00.000Z'],
    ['es', '¿Te va bien el viernes 14 a las 15:00?', '2027-05-14T13:00:00.000Z'],
  ])('%s: the day is the one written, not the coming weekday (%s)', (language, text, start) => {
    expect(read(text, language as TextLanguage).starts).toEqual([start]);
  });
  it('a reading that kept the weekday and lost the day gives no time, and says so', () => {
    const { starts, notUnderstood } = read('Schikt het op woensdag 12 om 15:00?', 'nl');
    expect(starts.filter((s) => !s.startsWith('2027-05-12'))).toEqual([]);
    if (starts.length === 0) expect(notUnderstood).toHaveLength(1);
  });
});

describe('a link to pick a time: the times around it are the window, not slots', () => {
  it.each([
    ['pt', 'Olá,\nPode escolher o horário na nossa agenda: https://agenda.example/book/rita\nHá horários disponíveis entre 10 e 14 de maio, das 9h às 17h.'],
    ['en', 'Hi,\nPlease pick a time that suits you: https://calendly.example/kim/30min\nI have openings on Tuesday 11 May from 10:00 to 16:00.'],
  ])('%s', (_lang, body) => {
    const read = facts(body);
    expect(read.schedulingLink).not.toBeNull();
    expect(read.slots).toEqual([]);
  });
});

describe('the time a reschedule replaces, named after the moved meeting with words between', () => {
  it.each([
    ['fr', "Je dois décaler notre entretien téléphonique prévu ce jeudi 6 mai à 11h. Seriez-vous disponible le lundi 10 mai à 15h ?", '2027-05-10T13:00:00.000Z'],
    ['en', 'I have to move your video interview planned for Thursday 6 May at 11:00. Would Monday 10 May at 15:00 work?', '2027-05-10T13:00:00.000Z'],
    ['de', 'Leider müssen wir unser geplantes Gespräch am Donnerstag, 6. Mai um 11:00 Uhr verschieben. Ginge Montag, 10. Mai um 15:00 Uhr?', '2027-05-10T13:00:00.000Z'],
    // A participle of planning and its preposition ("na", "para") say when the moved meeting was, not where it goes.
    ['pl', 'Niestety musimy przełożyć Pana spotkanie umówione na czwartek, 6 maja, o 11:00. Czy pasuje poniedziałek, 10 maja, 15:00?', '2027-05-10T13:00:00.000Z'],
    ['pt', 'Infelizmente precisamos remarcar a sua entrevista agendada para quinta-feira, 6 de maio, às 11h. Pode na segunda-feira, 10 de maio, às 15h?', '2027-05-10T13:00:00.000Z'],
    ['es', 'Tenemos que reprogramar tu entrevista programada para el jueves 6 de mayo a las 11:00. ¿Te va bien el lunes 10 de mayo a las 15:00?', '2027-05-10T13:00:00.000Z'],
  ])('%s: only the new time', (language, text, start) => {
    expect(read(text, language as TextLanguage).starts).toEqual([start]);
  });
  it('a destination after the moved meeting is the new time', () => {
    expect(read('We need to reschedule our interview to Monday 10 May at 3pm.', 'en', 'Europe/London').starts).toEqual(['2027-05-10T14:00:00.000Z']);
  });
});

describe('"for you" closing a question whether a time suits is no restatement of it', () => {
  it.each([
    ['nl', 'Past woensdag 5 mei om 14.00 uur of donderdag 6 mei om 9.30 uur voor jou?'],
    ['en', 'Would Wednesday 5 May at 14:00 or Thursday 6 May at 9:30 work for you?'],
  ])('%s: both times', (language, text) => {
    expect(read(text, language as TextLanguage).starts).toHaveLength(2);
  });
  it('a restatement still is one', () => {
    expect(read('The call is on Wednesday 5 May at 10:00 CEST, that is 9:00 for you.', 'en').starts).toHaveLength(1);
  });
});

describe('titles', () => {
  it.each([
    ['Uitnodiging tweede gesprek Teamleider Logistiek', 'Teamleider Logistiek'],
    ['Einladung Videointerview Leiter Einkauf', 'Leiter Einkauf'],
    ['Invitation entretien final Chef de produit', 'Chef de produit'],
    ['Convite entrevista Analista Financeiro', 'Analista Financeiro'],
    ['Kennismakingsgesprek Product Owner Payments – Zeewind', 'Product Owner Payments'],
  ])('an invitation subject naming the occasion, then the title: %s', (subject, role) => {
    expect(findRole(subject, 'Hallo,\nbis bald.')).toBe(role);
  });
  it.each([
    ['fr', "Merci de l'intérêt que vous portez à notre offre de Chargée de communication interne.", 'Chargée de communication interne'],
    ['nl', 'Leuk dat je reageerde op onze vacature voor Business Controller!', 'Business Controller'],
    ['en', 'Thanks for responding to our vacancy for Warehouse Supervisor Manager.', 'Warehouse Supervisor Manager'],
    ['es', 'Gracias por tu interés en nuestra oferta de empleo de Técnico de Mantenimiento.', 'Técnico de Mantenimiento'],
  ])('the title after the posting it was advertised in (%s)', (_lang, body, role) => {
    expect(findRole('Hello', body)).toBe(role);
  });
  it.each([
    ['nl', 'Uitnodiging', 'Naar aanleiding van je sollicitatie voor de functie van Logistiek Planner nodigen we je uit.', 'Logistiek Planner'],
    ['nl', 'Uitnodiging', 'We willen graag kennismaken voor de rol van Backend Developer.', 'Backend Developer'],
    ['en', 'Interview', 'Thank you for your application as Site Manager.', 'Site Manager'],
    ['de', 'Einladung', 'gern möchten wir Sie als Teamleiterin Buchhaltung kennenlernen.', 'Teamleiterin Buchhaltung'],
    ['es', 'Tu candidatura: Técnica de Calidad', 'Hola,', 'Técnica de Calidad'],
  ])('a title as the object of "role of", "application as", or after a subject label (%s)', (_lang, subject, body, role) => {
    expect(findRole(subject, body)).toBe(role);
  });
  it('a posting noun before words that are no title gives none', () => {
    expect(findRole('Hello', 'Merci pour votre réponse à notre offre de la semaine dernière.')).toBeNull();
  });
});

describe('companies', () => {
  it.each([
    ['de', 'wie besprochen möchte unser Mandant, die Brandt Armaturen AG, Sie gern kennenlernen.', 'Brandt Armaturen AG'],
    ['en', 'Our client, the Fenwick Group, would like to meet you next week.', 'Fenwick Group'],
    ['pt', 'O nosso cliente, a Tejo Seguros, gostaria de a conhecer.', 'Tejo Seguros'],
    ['it', 'Il nostro cliente, la Ferri Meccanica, vorrebbe conoscerla.', 'Ferri Meccanica'],
  ])('the client an agency names in apposition, with its article (%s)', (_lang, body, company) => {
    expect(findCompany('Interview', body, 'Jo Brandl\nSenior Consultant\nNordlicht Personalberatung GmbH', { name: 'Jo Brandl', address: 'jo@nordlicht-personal.example' }, null)).toBe(company);
  });
  it.each([
    ['de', 'Hallo,\nim Namen der Kessler Antriebe AG lade ich Sie herzlich ein.', 'Kessler Antriebe AG'],
    ['es', 'Hola,\nte escribo en nombre de Grupo Sierra para invitarte.', 'Grupo Sierra'],
    ['pt', 'Olá,\nescrevo em nome da Lusitânia Seguros para marcar uma conversa.', 'Lusitânia Seguros'],
  ])('"on behalf of" in the languages (%s)', (_lang, body, company) => {
    expect(findCompany('Interview', body, 'Kai', { name: 'Kai Jansen', address: 'kai@search-partners.example' }, null)).toBe(company);
  });
  it('a sender display name with an organisation word is the company, not a person', () => {
    const sender = { name: 'Hoekstra Groep', address: 'hoekstragroep@ats-relay.example' };
    expect(findCompany('Uitnodiging', 'We nodigen je uit voor een gesprek bij Hoekstra Groep.', 'Team Werving\nHoekstra Groep', sender, null)).toBe('Hoekstra Groep');
  });
});

describe('format', () => {
  it.each([
    ['de', 'Wie heute telefonisch besprochen, freut sich unser Mandant auf ein Gespräch. Das Gespräch findet per Microsoft Teams statt.'],
    ['fr', "Comme convenu au téléphone, je vous confirme l'entretien. Il aura lieu en visio sur Teams."],
    ['nl', 'Zoals telefonisch besproken nodig ik je uit. Het gesprek is online via Teams.'],
  ])('a call that led to the invitation is no format of the interview (%s)', (_lang, body) => {
    expect(facts(body).format).toBe('video');
  });
});

describe('whom to answer', () => {
  it("a person's own mailbox on a relay, its local part spelling the person before the company", () => {
    const from = { name: 'Marta Sousa – Rio Claro Energia', address: 'marta.sousa@rioclaro.teamtailor-mail.example' };
    expect(facts('Olá,\nGostaríamos de marcar uma entrevista. Escolha um horário na nossa agenda.\nMarta Sousa', { from }).replyTo?.address).toBe(from.address);
  });
  it('…but their address on the company domain, written in the mail, is better', () => {
    const from = { name: 'Marta Sousa', address: 'marta.sousa@rioclaro.teamtailor-mail.example' };
    expect(facts('Olá,\nGostaríamos de marcar uma entrevista.\nMarta Sousa\nmarta.sousa@rioclaro.example', { from }).replyTo?.address).toBe('marta.sousa@rioclaro.example');
  });
});

describe('an address and its directions', () => {
  it.each([
    ['Adresse\n12 rue des Tanneurs\n67000 Strasbourg AccèsTram B, arrêt Musée', '12 rue des Tanneurs, 67000 Strasbourg'],
    ['Ort:\nLindenallee 4\n50968 Köln Anfahrt: Linie 16 bis Bayenthalgürtel', 'Lindenallee 4, 50968 Köln'],
  ])('directions labelled after the postal line are no part of it', (text, location) => {
    expect(findLocation(text)).toBe(location);
  });
});

describe('mail that is no invitation, though it speaks of interviews', () => {
  it.each([
    ['fr', 'Soirée d’information – nos métiers', 'Bonjour,\nNous vous invitons à notre soirée d’information le jeudi 20 mai 2027 à 18h30 dans nos locaux. Inscription obligatoire.'],
    ['nl', 'Informatieavond traineeship', 'Hoi,\nJe bent welkom op onze informatieavond op donderdag 20 mei 2027 om 19:00. Aanmelden kan via de website.'],
    ['de', 'Ihre Bewerbung', 'Hallo,\nvielen Dank für das Gespräch letzte Woche. Leider haben wir uns für eine andere Kandidatin entschieden.'],
    ['pt', 'A sua candidatura', 'Olá,\nobrigada pela entrevista de segunda-feira. Infelizmente, decidimos avançar com outro candidato.'],
  ])('%s: %s', (_lang, subject, body) => {
    const read = facts(body, { subject });
    expect(read.isInvite).toBe(false);
    expect(read.slots).toEqual([]);
  });
});

describe('a details table’s date row and time row, lines apart once its HTML is text', () => {
  it.each([
    ['it', 'Data giovedì 6 maggio 2027\n\nOrario 11:00 – durata circa un’ora', '2027-05-06T09:00:00.000Z'],
    ['en', 'Date Thursday 6 May 2027\n\nTime 11:00 (Paris time)', '2027-05-06T09:00:00.000Z'],
    // a dotted time chrono does not read itself, in the time row
    ['it', 'Data giovedì 6 maggio 2027\n\nOrario ore 11.15 – durata circa un’ora', '2027-05-06T09:15:00.000Z'],
    ['de', 'Datum Donnerstag, 6. Mai 2027\n\nUhrzeit 11.15 Uhr', '2027-05-06T09:15:00.000Z'],
  ])('%s: the time row gives the date row its time', (language, text, start) => {
    expect(read(text, language as TextLanguage).starts).toEqual([start]);
  });
  it('a time across a blank line without a time label is not joined to the date', () => {
    expect(read('Data giovedì 6 maggio 2027\n\nDurata 45 minuti\n\n11:00', 'it').starts).toEqual([]);
    expect(read('Data giovedì 6 maggio 2027\n\nDurata 45 minuti\n\nore 11.15', 'it').starts).toEqual([]);
  });
});

describe('times offered as alternatives on one day are each a slot', () => {
  it.each([
    ['en', 'Could you do Thursday 6 May 2027 at 10:00 or 14:30?', ['2027-05-06T08:00:00.000Z', '2027-05-06T12:30:00.000Z']],
    ['en', 'We can meet on 6 May 2027 at 3pm or 4:30.', ['2027-05-06T13:00:00.000Z', '2027-05-06T14:30:00.000Z']],
    ['pt', 'Pode ser quinta-feira, 06/05, às 9h ou às 16h30?', ['2027-05-06T07:00:00.000Z', '2027-05-06T14:30:00.000Z']],
    ['de', 'Passt Ihnen Donnerstag, 6. Mai 2027, um 9 Uhr oder um 13:15 Uhr?', ['2027-05-06T07:00:00.000Z', '2027-05-06T11:15:00.000Z']],
    ['fr', 'Seriez-vous libre le jeudi 6 mai 2027 à 9h, ou à 11h ou à 15h ?', ['2027-05-06T07:00:00.000Z', '2027-05-06T09:00:00.000Z', '2027-05-06T13:00:00.000Z']],
  ])('%s: %s', (language, text, starts) => {
    expect(read(text, language as TextLanguage).starts).toEqual(starts);
  });
  it.each([
    ['en', 'Thursday 6 May 2027 at 10:00 or 1 hour later if needed.'],
    ['en', 'Thursday 6 May 2027 at 10:00, or call me on 2 lines.'],
  ])('no bare number is a time: %s', (language, text) => {
    expect(read(text, language as TextLanguage).starts).toEqual(['2027-05-06T08:00:00.000Z']);
  });
});
