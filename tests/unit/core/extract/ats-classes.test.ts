/**
 * Applicant-tracking and scheduler mail by class (issue #13, the mb-ats round): Microsoft Bookings'
 * Windows zone labels, the old time of a reschedule in the languages, a range written with "tot"/"bis",
 * the company only in a signature or as a scheduler mailbox's display name, an agency's client without a lead-in word, ATS
 * subject noise before a role, and a booking's own "manage" link.
 */
import { describe, expect, it } from 'vitest';
import { isInvitation } from '../../../../functions/core/decide/decide.js';
import { findCompany, findRole, logoNames } from '../../../../functions/core/extract/company-role.js';
import { extractFacts } from '../../../../functions/core/extract/extract.js';
import { detectFormat } from '../../../../functions/core/extract/format.js';
import { splitSignature } from '../../../../functions/core/extract/text.js';
import { findProseSlots } from '../../../../functions/core/extract/times.js';
import type { TextLanguage } from '../../../../functions/core/extract/language.js';

const REFERENCE = { instant: new Date('2027-01-04T09:00:00Z'), offsetMinutes: 60 };
function starts(text: string, language: TextLanguage, zone = 'Europe/Amsterdam'): string[] {
  return findProseSlots(text, language, REFERENCE, { zone }).map((s) => `${s.start.instant.toISOString()} ${s.start.offsetMinutes}`);
}

describe('Windows zone labels (Microsoft Bookings, Outlook): the standard offset is named, the time is local', () => {
  it.each([
    ['summer, Amsterdam', 'Friday, 18 June 2027\n10:00 - 11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', '2027-06-18T08:00:00.000Z 120'],
    ['winter, Amsterdam', 'Friday, 15 January 2027\n10:00 - 11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', '2027-01-15T09:00:00.000Z 60'],
    ['summer, London', 'Tuesday, 8 June 2027, 09:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London', '2027-06-08T08:30:00.000Z 60'],
    ['summer, US Eastern', 'Tuesday, June 8, 2027, 9:30 AM (UTC-05:00) Eastern Time (US & Canada)', '2027-06-08T13:30:00.000Z -240'],
    ['India, no daylight saving', 'Tuesday, 8 June 2027, 11:00 (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', '2027-06-08T05:30:00.000Z 330'],
  ])('%s', (_case, text, start) => {
    expect(starts(text, 'en', 'UTC')).toEqual([start]);
  });

  it('gives no time when no place of the label is known (rather than a time an hour off)', () => {
    expect(starts('Tuesday, 8 June 2027, 10:00 (UTC+02:00) Chisinau', 'en', 'UTC')).toEqual([]);
  });

  it('reads a label whose places are known in their zone, with its daylight saving', () => {
    expect(starts('Tuesday, 8 June 2027, 10:00 (UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius', 'en', 'UTC')).toEqual(['2027-06-08T07:00:00.000Z 180']);
  });
});

describe('a time given in two zones: the one whose zone is written right after it', () => {
  it.each([
    ['en', 'Tuesday 12 January 2027, 9:00 Lisbon / 10:00 Amsterdam', '2027-01-12T09:00:00.000Z 0'],
    ['en', 'Tuesday 12 January 2027, 15:00 Lisbon time / 16:00 Amsterdam time', '2027-01-12T15:00:00.000Z 0'],
    ['en', 'Tuesday, January 12, 2027 at 10:00 AM EST / 4:00 PM CET', '2027-01-12T15:00:00.000Z -300'],
    ['pt', 'terça-feira, 12 de janeiro, às 10h de Lisboa (11h em Amesterdão)', '2027-01-12T10:00:00.000Z 0'],
    ['pt', 'terça-feira, 12 de janeiro, às 10h (hora de Lisboa) / 11h (hora de Amsterdã)', '2027-01-12T10:00:00.000Z 0'],
    ['nl', 'dinsdag 12 januari om 10:00 Nederlandse tijd (9:00 in Lissabon)', '2027-01-12T09:00:00.000Z 60'],
    ['it', 'martedì 12 gennaio alle 10:00 (ora italiana) / 9:00 (ora di Londra)', '2027-01-12T09:00:00.000Z 60'],
  ])('%s: %s', (language, text, start) => {
    expect(starts(text, language as TextLanguage)).toEqual([start]);
  });

  it('checks that the two agree: with daylight saving, else with the abbreviations’ literal offsets, else no time', () => {
    const summer = (text: string) => findProseSlots(text, 'en', { instant: new Date('2027-05-04T09:00:00Z'), offsetMinutes: 120 }, { zone: 'Europe/Amsterdam' }, []).map((s) => `${s.start.instant.toISOString()} ${s.start.offsetMinutes}`);
    expect(summer('Tuesday 8 June 2027 at 10:00 CEST / 09:00 BST')).toEqual(['2027-06-08T08:00:00.000Z 120']);
    expect(summer('Tuesday 8 June 2027 at 10:00 CET (09:00 UK time)')).toEqual(['2027-06-08T08:00:00.000Z 120']);
    expect(summer('Tuesday 8 June 2027 at 10:00 CET / 09:00 GMT')).toEqual(['2027-06-08T09:00:00.000Z 60']);
    expect(summer('Tuesday 8 June 2027, 10:00 (CET) / 9:00 (GMT)')).toEqual(['2027-06-08T09:00:00.000Z 60']);
    const notUnderstood: string[] = [];
    expect(findProseSlots('Tuesday 8 June 2027 at 10:00 CET / 10:00 GMT', 'en', REFERENCE, { zone: 'Europe/Amsterdam' }, notUnderstood)).toEqual([]);
    expect(notUnderstood).toEqual([expect.stringContaining('10:00')]);
  });

  it('reads "(UTC)" alone as UTC, in any language', () => {
    expect(starts('terça-feira, 8 de junho de 2027, 10:00 - 11:00 (UTC) Hora Universal Coordenada', 'pt')).toEqual(['2027-06-08T10:00:00.000Z 0']);
  });
});

describe('a reschedule: the time it replaces is no slot, in the languages', () => {
  it.each([
    ['nl', 'Vervelend nieuws: we moeten je gesprek van dinsdag 12 januari om 14:00 verzetten, omdat Bram weg moet.\n\nZou donderdag 14 januari om 15:30 voor jou werken?', '2027-01-14T14:30:00.000Z 60'],
    ['nl', 'Helaas moeten we het gesprek van maandag 11 januari om 10:00 verplaatsen. Past woensdag 13 januari om 11:00?', '2027-01-13T10:00:00.000Z 60'],
    ['en', 'Unfortunately your interview on Tuesday 12 January at 2:00 pm has to be rescheduled. Would Thursday 14 January at 3:30 pm work instead?', '2027-01-14T14:30:00.000Z 60'],
    ['it', 'Purtroppo dobbiamo spostare il colloquio di martedì 12 gennaio alle 14:00. Andrebbe bene giovedì 14 gennaio alle 15:30?', '2027-01-14T14:30:00.000Z 60'],
    ['pt', 'Infelizmente a entrevista de terça-feira, 12 de janeiro, às 14h precisa de ser remarcada. Pode ser quinta-feira, 14 de janeiro, às 15h30?', '2027-01-14T14:30:00.000Z 60'],
    // Cancelled, then a new time offered: the cancelled one is no slot either.
    ['en', 'We need to cancel your interview on Tuesday 12 January at 10:00 am. Could we move it to Thursday 14 January at 3:30 pm?', '2027-01-14T14:30:00.000Z 60'],
    ['fr', "Nous devons annuler votre entretien du mardi 12 janvier à 10h. Seriez-vous disponible le jeudi 14 janvier à 15h30 ?", '2027-01-14T14:30:00.000Z 60'],
    ['es', 'Tenemos que cancelar tu entrevista del martes 12 de enero a las 10:00. ¿Te vendría bien el jueves 14 de enero a las 15:30?', '2027-01-14T14:30:00.000Z 60'],
    ['de', 'Leider müssen wir Ihr Gespräch am Dienstag, 12. Januar, um 10:00 Uhr absagen. Passt Ihnen Donnerstag, 14. Januar, um 15:30 Uhr?', '2027-01-14T14:30:00.000Z 60'],
  ])('%s: %s', (language, text, start) => {
    expect(starts(text, language as TextLanguage)).toEqual([start]);
  });
});

describe('a range joined by "tot" / "bis" keeps its end', () => {
  it.each([
    ['nl', 'Zou donderdag 14 januari van 15:30 tot 16:30 uur voor jou werken?'],
    ['de', 'Passt Ihnen Donnerstag, 14. Januar, von 15:30 bis 16:30 Uhr?'],
  ])('%s', (language, text) => {
    const slots = findProseSlots(text, language as TextLanguage, REFERENCE, { zone: 'Europe/Amsterdam' });
    expect(slots.map((s) => [s.start.instant.toISOString(), s.end?.instant.toISOString()])).toEqual([['2027-01-14T14:30:00.000Z', '2027-01-14T15:30:00.000Z']]);
  });
});

describe('the company of ATS mail', () => {
  const relay = { name: 'Femke Jansen', address: 'femke.jansen@mail.recruitee.example' };
  it.each([
    ['a title line, then "Company | City"', 'Warm regards,\n\nFemke Jansen\nTalent Partner\nTidewater Energy Solutions | Rotterdam\nfemke.jansen@tidewater-energy.example', 'Tidewater Energy Solutions'],
    ['"Title | Company" under the signer', 'Hartelijke groet,\n\nFemke Jansen\nRecruiter | Kanaalzicht Digital\n\nVerzonden via BambooHR', 'Kanaalzicht Digital'],
  ])('reads it from the signature when the body never names it: %s', (_case, signature, company) => {
    const main = 'Hi Maren,\n\nWould you be up for a 30-minute video call with me and Ruben, who leads our analytics team?';
    expect(findCompany('Next step: Junior Data Analyst', main, signature, relay, 'Junior Data Analyst')).toBe(company);
  });

  it.each([
    ['Femke Jansen | Talent Partner | Tidewater Energy Solutions'],
    ['Femke Jansen\nRecruiter bij Tidewater Energy Solutions'],
    ['The Tidewater Energy Solutions Recruitment Team'],
    ['Tidewater Energy Solutions Talent Team'],
  ])('reads a signature’s company after a title or before a team word, never the relay’s person: %s', (lines) => {
    const main = 'Hi Maren,\n\nWould you be up for a 30-minute video call with me and Ruben?';
    expect(findCompany('Interview invitation – Data Analyst', main, `Kind regards,\n\n${lines}`, relay, 'Data Analyst')).toBe('Tidewater Energy Solutions');
  });

  it('never takes the person a relay sends for (the display name) as the company', () => {
    const sender = { name: 'Lotte Smit', address: 'notifications@app.bamboohr.example' };
    const main = 'Hoi Maren,\n\nZou donderdag 8 oktober voor jou werken? Het gesprek blijft op ons kantoor.';
    expect(findCompany('Nieuwe tijd voor je gesprek – UX Researcher', main, 'Hartelijke groet,\n\nLotte Smit\nRecruiter | Kanaalzicht Digital', sender, 'UX Researcher')).toBe('Kanaalzicht Digital');
    expect(findCompany('Nieuwe tijd voor je gesprek – UX Researcher', main, 'Hartelijke groet,\n\nLotte Smit', sender, 'UX Researcher')).toBeNull();
  });

  it('reads an agency’s client named after "mijn opdrachtgever," / "my client," anywhere in a sentence', () => {
    const agency = { name: 'Sophie Hartman', address: 'sophie.hartman83@webpost.example' };
    const main = 'Zoals beloofd heb ik je profiel voorgelegd aan mijn opdrachtgever, Noordkaap Energie, voor de rol van Data Product Manager.';
    expect(findCompany('Kennismaking Data Product Manager – Noordkaap Energie', main, 'Sophie Hartman\nSenior Consultant\nHartman & Kok Werving en Selectie', agency, 'Data Product Manager')).toBe('Noordkaap Energie');
  });

  it('takes a scheduler mailbox’s company display name, not the mailbox', () => {
    const sender = { name: 'Northmere Consulting', address: 'NorthmereRecruitment@northmere.example' };
    const main = 'Hello Maren Koster,\n\nYour booking is confirmed.\n\nSecond interview – Senior Data Consultant\nStaff: Laura Peeters';
    expect(findCompany('Your booking is confirmed: Second interview – Senior Data Consultant', main, 'Northmere Consulting\nHerengracht 450, 1017 CA Amsterdam', sender, 'Senior Data Consultant')).toBe('Northmere Consulting');
  });
});

describe('the company only in a logo', () => {
  const relay = { name: 'Talent Team', address: 'no-reply@app.smartrecruiters.example' };
  const main = 'Hi Maren,\n\nWe would like to invite you to a video interview for the Data Analyst role on Tuesday 12 January 2027 at 10:00.';
  it('reads the name an image’s alt text gives a logo, never an ATS’s or a meeting service’s', () => {
    expect(logoNames(['Tidewater Energy Solutions logo', 'Logo Kanaalzicht Digital', 'Workday logo', 'spacer', 'https://cdn.example/x.png'])).toEqual(['Tidewater Energy Solutions', 'Kanaalzicht Digital']);
    expect(findCompany('Interview invitation - Data Analyst', main, 'Best regards,\nThe Talent Team', relay, 'Data Analyst', ['Tidewater Energy Solutions'])).toBe('Tidewater Energy Solutions');
    expect(findCompany('Interview invitation - Data Analyst', main, 'Best regards,\nThe Talent Team', relay, 'Data Analyst', [])).toBeNull();
  });

  it('reads it from an HTML-only message’s text, where the logo is a line of its own', () => {
    const read = extractFacts({ from: relay, replyTo: null, cc: [], subject: 'Interview invitation - Data Analyst', date: { instant: new Date('2027-01-04T09:00:00Z'), offsetMinutes: 60 }, messageId: null, body: `Tidewater Energy Solutions logo [https://cdn.example/logo.png]\n\n${main}\n\nBest regards,\nThe Talent Team`, calendars: [] }, { ownerAddresses: ['me@example.com'], fallbackDate: null, isInvitation });
    expect(read.company).toBe('Tidewater Energy Solutions');
  });
});

describe('the role of ATS mail', () => {
  it.each([
    ['Kennismaking Data Product Manager – Noordkaap Energie', 'Data Product Manager'],
    ['Kennismakingsgesprek Data Product Manager', 'Data Product Manager'],
    ['Introductory call: Data Product Manager – Noordkaap Energie', 'Data Product Manager'],
    ['Uitnodiging: sollicitatiegesprek Data Engineer', 'Data Engineer'],
    ['Your interview for Senior Data Engineer (JR-4411) has been scheduled', 'Senior Data Engineer'],
    ['Updated invitation: Interview Data Analyst @ Tue 12 Jan 2027 10:00 - 11:00 (CET)', 'Data Analyst'],
    ['Je sollicitatie voor Data Engineer bij Kanaalzicht Digital', 'Data Engineer'],
    ['La tua candidatura per Data Scientist – colloquio', 'Data Scientist'],
    ['[Action Required] Interview invitation: Data Analyst (REQ-20519)', 'Data Analyst'],
  ])('drops subject noise before the title: %s', (subject, role) => {
    expect(findRole(subject, 'Hoi Maren,\n\nZe willen graag een eerste telefonische kennismaking inplannen.')).toBe(role);
  });
});

describe('a scheduler’s confirmation, read whole', () => {
  function facts(body: string, from = { name: 'Northmere Consulting', address: 'NorthmereRecruitment@northmere.example' }) {
    return extractFacts({ from, replyTo: null, cc: [], subject: 'Your booking is confirmed: Second interview – Senior Data Consultant', date: { instant: new Date('2027-06-14T08:12:00Z'), offsetMinutes: 120 }, messageId: null, body, calendars: [] }, { ownerAddresses: ['me@example.com'], fallbackDate: null, isInvitation });
  }
  const booking = (zoneLine: string) => `Hello Maren,\n\nYour booking is confirmed.\n\nSecond interview – Senior Data Consultant\nFriday, 18 June 2027\n${zoneLine}\n\nJoin Microsoft Teams meeting: https://teams.example/l/meetup-join/19%3ameeting_x%40thread.v2/0\n\nNeed to make changes?\nManage booking: https://outlook.office365.example/book/NorthmereRecruitment@northmere.example/manage/3f9a1c72\n\nNorthmere Consulting\nHerengracht 450, 1017 CA Amsterdam\n`;

  it('gives the local time of a Windows zone label, the company, and no “manage booking” link as a scheduling link', () => {
    const read = facts(booking('10:00 - 11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'));
    expect(read.slots.map((s) => [s.start, s.end])).toEqual([['2027-06-18T10:00:00+02:00', '2027-06-18T11:00:00+02:00']]);
    expect(read.company).toBe('Northmere Consulting');
    expect(read.schedulingLink).toBeNull();
    expect(read.timesNotUnderstood).toBeUndefined();
  });

  it('says the time was not understood when the label’s places are unknown, and gives none', () => {
    const read = facts(booking('10:00 - 11:00 (UTC+02:00) Chisinau'));
    expect(read.slots).toEqual([]);
    expect(read.timesNotUnderstood).toEqual([expect.stringContaining('10:00')]);
  });
});

describe('sign-offs in the languages start the signature', () => {
  it.each(['Hartelijke groet,', 'Met hartelijke groet,', 'Groetjes,', 'Com os melhores cumprimentos,', 'Cumprimentos,', 'Un caro saluto,', 'Best wishes,', 'Pozdrawiam,'])('%s', (closing) => {
    expect(splitSignature(`Hoi Maren,\n\nTot donderdag!\n\n${closing}\n\nLotte Smit\nRecruiter | Kanaalzicht Digital`).signature).toMatch(/^\S[^\n]*\n\nLotte Smit/);
  });
});

describe('an attached calendar in UTC and the text in local time', () => {
  const ics = (start: string) => ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:1', `DTSTART:${start}`, 'DTEND:20270112T100000Z', 'SUMMARY:Interview', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  const read = (body: string, start: string) => extractFacts({ from: { name: 'Anna de Vries', address: 'anna@teamtailor-mail.example' }, replyTo: null, cc: [], subject: 'Uitnodiging sollicitatiegesprek – Data Analyst', date: { instant: new Date('2027-01-04T09:00:00Z'), offsetMinutes: 60 }, messageId: null, body, calendars: [ics(start)] }, { ownerAddresses: ['me@example.com'], fallbackDate: null, isInvitation });

  it('keeps the calendar’s instant, shown in the text’s zone when they agree', () => {
    const facts = read('Hoi Maren,\n\nGraag nodigen we je uit op dinsdag 12 januari om 10:00 uur bij ons op kantoor.', '20270112T090000Z');
    expect(facts.slots.map((s) => s.start)).toEqual(['2027-01-12T10:00:00+01:00']);
    expect(facts.timeConflict).toBeUndefined();
  });

  it('keeps the calendar’s time and says so when the text gives another', () => {
    const facts = read('Hoi Maren,\n\nGraag nodigen we je uit op dinsdag 12 januari om 11:00 uur bij ons op kantoor.', '20270112T090000Z');
    expect(facts.slots.map((s) => s.start)).toEqual(['2027-01-12T10:00:00+01:00']);
    expect(facts.timeConflict).toEqual({ calendar: '2027-01-12T10:00:00+01:00', text: expect.stringContaining('11:00') });
  });
});

describe('an assessment link’s expiry is no interview time', () => {
  it.each([
    ['en', 'Please complete the online assessment. The link expires on Friday 15 January 2027 at 23:59.'],
    ['nl', 'Maak de online assessment. De link verloopt op vrijdag 15 januari 2027 om 23:59.'],
    ['it', 'Completa il test online. Il link scade il venerdì 15 gennaio 2027 alle 23:59.'],
    ['pt', 'Conclua o teste online. O link expira a sexta-feira, 15 de janeiro de 2027, às 23h59.'],
  ])('%s', (language, text) => {
    expect(starts(text, language as TextLanguage)).toEqual([]);
  });
});

describe('a call to the candidate’s mobile is a phone interview, in the languages', () => {
  it.each([
    'Erik belt je op je mobiele nummer op maandag om 9:30.',
    'Ti chiameremo al tuo numero di cellulare martedì alle 10.',
    'Vamos ligar-lhe para o seu telemóvel na terça às 10h.',
  ])('%s', (text) => {
    expect(detectFormat(text, null, false)).toBe('phone');
  });
});

describe('minutes joined to the hour by "and" (Italian, Spanish, Portuguese)', () => {
  it.each([
    ['it', 'Le proponiamo venerdì 15 gennaio alle 15 e 30.', '2027-01-15T14:30:00.000Z 60'],
    ['es', 'Te proponemos el viernes 15 de enero a las 10 y 45.', '2027-01-15T09:45:00.000Z 60'],
    ['pt', 'Pode ser na sexta-feira, 15 de janeiro, às 14 e 15?', '2027-01-15T13:15:00.000Z 60'],
  ])('%s: %s', (language, text, start) => {
    expect(starts(text, language as TextLanguage)).toEqual([start]);
  });
});

describe('a title only in the attached invitation\'s description', () => {
  const ics = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:1', 'DTSTART:20270114T183000Z', 'DTEND:20270114T193000Z', 'SUMMARY:Entrevue – Boréal Assurances', 'DESCRIPTION:Entrevue pour le poste de Conseillère en ressources humaines\\nAnimée par : Marie-Ève Tremblay', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
  it('is the role', () => {
    const facts = extractFacts({ from: { name: 'Marie-Ève Tremblay', address: 'me.tremblay@boreal-assurances.example' }, replyTo: null, cc: [], subject: 'Invitation – entrevue', date: { instant: new Date('2027-01-08T15:12:00Z'), offsetMinutes: -300 }, messageId: null, body: 'Bonjour Léa,\n\nJ’ai le plaisir de vous convier à une entrevue avec notre équipe le jeudi 14 janvier 2027, de 13 h 30 à 14 h 30, sur Teams.\n\nMarie-Ève Tremblay\nBoréal Assurances', calendars: [ics] }, { ownerAddresses: ['lea@example.com'], fallbackDate: null, isInvitation });
    expect(facts.role).toBe('Conseillère en ressources humaines');
  });
});

describe('the day in the subject and the hour in the body', () => {
  it('are one slot', () => {
    const facts = extractFacts({ from: { name: 'Rafael Mendes', address: 'rafael@trilhadigital.example' }, replyTo: null, cc: [], subject: 'Entrevista – quinta-feira, 18/02', date: { instant: new Date('2027-02-09T14:05:00Z'), offsetMinutes: 0 }, messageId: null, body: 'Olá, Emma!\n\nGostaríamos de conversar com você no dia indicado no assunto deste e-mail.\nA conversa será às 14h30 (horário de Brasília), pelo Google Meet.\n\nAbraços,\nRafael Mendes\nTrilha Digital', calendars: [] }, { ownerAddresses: ['emma@example.com'], fallbackDate: null, isInvitation });
    expect(facts.slots.map((s) => s.start)).toEqual(['2027-02-18T14:30:00-03:00']);
  });
});

describe('a day and a month with a dot in the subject, the hour in the body', () => {
  it('are one slot, the title between them left out', () => {
    const facts = extractFacts({ from: { name: 'Dział Kadr', address: 'kadry@walcownia.example' }, replyTo: null, cc: [], subject: 'Rozmowa telefoniczna 18.02 – Specjalista ds. zakupów', date: { instant: new Date('2027-02-09T14:05:00Z'), offsetMinutes: 60 }, messageId: null, body: 'Dzień dobry,\n\nzapraszamy na rozmowę telefoniczną. Zadzwonimy do Pani o godzinie 9:15 na numer z CV.\n\nPozdrawiamy\nDział Kadr\nWalcownia Sp. z o.o.', calendars: [] }, { ownerAddresses: ['ola@example.com'], fallbackDate: null, isInvitation });
    expect(facts.slots.map((s) => s.start)).toEqual(['2027-02-18T09:15:00+01:00']);
  });
});

describe('the day in the subject and the hour late in a long sentence of the body', () => {
  it('are one slot, the clause before the hour left out', () => {
    const facts = extractFacts({ from: { name: 'Rita Lopes', address: 'rita@azulejo-tech.example' }, replyTo: null, cc: [], subject: 'Entrevista telefónica – 18/02 – Analista de Dados', date: { instant: new Date('2027-02-09T14:05:00Z'), offsetMinutes: 0 }, messageId: null, body: 'Caro Diego,\n\nTeríamos disponibilidade para uma primeira conversa com a Marta Reis, responsável da equipa de dados, às 15h00 (hora de Lisboa), na data indicada no assunto.\n\nCumprimentos,\nRita Lopes\nAzulejo Tech', calendars: [] }, { ownerAddresses: ['diego@example.com'], fallbackDate: null, isInvitation });
    expect(facts.slots.map((s) => s.start)).toEqual(['2027-02-18T15:00:00+00:00']);
  });
});

describe('the day in the subject and an hour in words in the body', () => {
  it('are one slot ("om half drie" is 2:30)', () => {
    const facts = extractFacts({ from: { name: 'Lien De Smet', address: 'lien@weghe.example' }, replyTo: null, cc: [], subject: 'Telefonisch gesprek vrijdag 19 februari - Medewerker aankoop', date: { instant: new Date('2027-02-09T14:05:00Z'), offsetMinutes: 60 }, messageId: null, body: 'Dag Sanne,\n\nIk bel je om half drie op het nummer in je cv.\n\nVriendelijke groeten,\nLien De Smet', calendars: [] }, { ownerAddresses: ['sanne@example.com'], fallbackDate: null, isInvitation });
    expect(facts.slots.map((s) => s.start)).toEqual(['2027-02-19T14:30:00+01:00']);
  });
});

describe('the end of a slot said apart from its start', () => {
  const read = (body: string) => extractFacts({ from: { name: 'Ewa Nowak', address: 'ewa@bursztyn.example' }, replyTo: null, cc: [], subject: 'Zaproszenie', date: { instant: new Date('2027-02-09T14:05:00Z'), offsetMinutes: 60 }, messageId: null, body, calendars: [] }, { ownerAddresses: ['hania@example.com'], fallbackDate: null, isInvitation }).slots.map((s) => [s.start, s.end]);
  it('a range in brackets restating the start ("o 10:00 (zarezerwowaliśmy czas od 10:00 do 11:00)")', () =>
    expect(read('Dzień dobry,\n\nzapraszamy na rozmowę we wtorek 9 marca o 10:00 (zarezerwowaliśmy czas od 10:00 do 11:00) na platformie Teams.\n\nPozdrawiam,\nEwa')).toEqual([['2027-03-09T10:00:00+01:00', '2027-03-09T11:00:00+01:00']]));
  it('"het gesprek duurt tot ongeveer 15.30 uur"', () =>
    expect(read('Dag Claire,\n\nHeb je tijd op dinsdag 9 maart om 14.00 uur? Het gesprek duurt tot ongeveer 15.30 uur.\n\nGroeten,\nEwa')).toEqual([['2027-03-09T14:00:00+01:00', '2027-03-09T15:30:00+01:00']]));
});

describe('the day in the subject and a bare hour after an hour word in the body ("w godz. 13–14")', () => {
  it('are one slot, its end kept', () => {
    const facts = extractFacts({ from: { name: 'Ewa Maj', address: 'kariera@orlikdata.example' }, replyTo: null, cc: [], subject: 'Orlik Data – spotkanie 18 lutego', date: { instant: new Date('2027-02-09T14:05:00Z'), offsetMinutes: 60 }, messageId: null, body: 'Dzień dobry,\n\nzapraszamy na spotkanie w naszym biurze w godz. 10–11. Proszę zgłosić się na recepcji.\n\nPozdrawiamy\nEwa Maj\nOrlik Data S.A.', calendars: [] }, { ownerAddresses: ['ola@example.com'], fallbackDate: null, isInvitation });
    expect(facts.slots.map((s) => [s.start, s.end])).toEqual([['2027-02-18T10:00:00+01:00', '2027-02-18T11:00:00+01:00']]);
  });
  it('a clock time written elsewhere in the body goes first', () => {
    const facts = extractFacts({ from: { name: 'Ewa Maj', address: 'kariera@orlikdata.example' }, replyTo: null, cc: [], subject: 'Orlik Data – spotkanie 18 lutego', date: { instant: new Date('2027-02-09T14:05:00Z'), offsetMinutes: 60 }, messageId: null, body: 'Dzień dobry,\n\nbiuro jest otwarte od godz. 8.\nSpotkanie zacznie się o 10:30.\n\nPozdrawiamy\nEwa Maj\nOrlik Data S.A.', calendars: [] }, { ownerAddresses: ['ola@example.com'], fallbackDate: null, isInvitation });
    expect(facts.slots.map((s) => s.start)).toEqual(['2027-02-18T10:30:00+01:00']);
  });
});

describe('German "morgen" (tomorrow) after a label\'s colon ("Termin: morgen von 10:00 bis 10:45 Uhr")', () => {
  const read = (line: string) => extractFacts({ from: { name: 'Stefan Rainer', address: 'noreply@holzbau.example' }, replyTo: null, cc: [], subject: 'Erinnerung: Ihr Vorstellungsgespräch morgen', date: { instant: new Date('2026-11-23T07:00:00Z'), offsetMinutes: 60 }, messageId: null, body: `Guten Tag Frau Vogt,\n\nwir möchten Sie an Ihr Vorstellungsgespräch erinnern.\n\n${line}\nFormat: Microsoft Teams\n\nIhr Recruiting-Team`, calendars: [] }, { ownerAddresses: ['ines@example.com'], fallbackDate: null, isInvitation }).slots.map((s) => [s.start, s.end]);
  it('is the next day, not this morning', () => {
    expect(read('Termin: morgen von 10:00 bis 10:45 Uhr')).toEqual([['2026-11-24T10:00:00+01:00', '2026-11-24T10:45:00+01:00']]);
    expect(read('Wann: morgen um 14:00 Uhr')).toEqual([['2026-11-24T14:00:00+01:00', null]]);
  });
});
