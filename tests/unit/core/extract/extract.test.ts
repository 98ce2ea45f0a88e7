import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts, MAX_EXTRACT_CHARS } from '../../../../functions/core/extract/extract.js';
import { findCompany } from '../../../../functions/core/extract/company-role.js';
import { findOriginal, type OriginalMessage } from '../../../../functions/core/extract/forward.js';
import { parseMessage } from '../../../../functions/core/mail/parse.js';
import { decisionText, triageMessage } from '../../../../functions/core/triage/triage.js';
import { PreferencesSchema } from '../../../../functions/config/schema.js';
import { isInvitation } from '../../../../functions/core/decide/decide.js';

const sent = { instant: new Date('2026-03-04T17:41:07Z'), offsetMinutes: -300 };
function original(body: string, subject = 'Interview invitation'): OriginalMessage {
  return { from: { name: 'Pat Recruiter', address: 'pat@acme.example' }, replyTo: null, cc: [], subject, date: sent, messageId: null, body, calendars: [] };
}
const facts = (body: string, subject?: string) => {
  const result = extractFacts(original(body, subject), { ownerAddresses: ['alex@example.com'], fallbackDate: null, isInvitation });
  // `written` (the invitation's own words) has tests of its own below.
  return { ...result, slots: result.slots.map(({ written: _written, ...slot }) => slot) };
};

describe('extractFacts', () => {
  it('reads a prose time in a named zone with the daylight saving of the interview’s own date', () => {
    // Sent in EST (-05:00); the interview falls after the US switch, in PDT (-07:00).
    expect(facts('We would like to invite you to an interview on Tuesday, March 10, 11:00 AM PT.').slots).toEqual([
      { start: '2026-03-10T11:00:00-07:00', end: null },
    ]);
    expect(facts('We would like to invite you to an interview on Wednesday, March 18, 2026, 1:00 PM - 1:45 PM Mountain Time (MDT).').slots).toEqual([
      { start: '2026-03-18T13:00:00-06:00', end: '2026-03-18T13:45:00-06:00' },
    ]);
  });

  it('joins a date and a time written on separate lines', () => {
    expect(facts('We are pleased to invite you to an interview.\n\nInterview date: Tuesday, March 24, 2026\nTime: 10:00 AM - 11:00 AM Pacific Time (PT)\n').slots).toEqual([
      { start: '2026-03-24T10:00:00-07:00', end: '2026-03-24T11:00:00-07:00' },
    ]);
  });

  it('does not read durations, signatures or footers as interview times', () => {
    const body = 'We would like to invite you to an interview. It takes about an hour; the role is 32 hours a week.\n\n--\nPat, sent Monday March 2 at 9:00\n';
    expect(facts(body).slots).toEqual([]);
  });

  it('tells a scheduling link from a meeting link and gives no slot for it', () => {
    const result = facts('Thanks for applying for the Analyst role! Please pick a time for a video call here: https://calendly.example/pat/30min');
    expect(result).toMatchObject({ isInvite: true, schedulingLink: 'https://calendly.example/pat/30min', meetingLink: null, slots: [] });
  });

  it('beside a scheduling link, reads one time of an interview\'s length the text proposes, never a window to choose in', () => {
    const pencilled = facts("Their FD would like an initial 30-minute video call. I've pencilled in Tuesday 10 March, 11:00–11:30 ET, but if that doesn't work just grab another slot here: https://calendly.example/pat/30min");
    expect(pencilled.slots).toEqual([{ start: '2026-03-10T11:00:00-04:00', end: '2026-03-10T11:30:00-04:00' }]);
    const window = facts('Please pick a time for a video call on Tuesday 10 March between 9:00 and 17:00 ET here: https://calendly.example/pat/30min');
    expect(window.slots).toEqual([]);
    // One time with no end, the link its fallback: a proposed slot, never a window (a window is a range).
    const proposed = facts("Could we do a quick call on Wednesday 11 March at 15:00 ET? If that doesn't suit, book another time here: https://calendly.example/pat/30min");
    expect(proposed.slots.map((s) => s.start)).toEqual(['2026-03-11T15:00:00-04:00']);
    // Slots listed to pick from on the booking page, each of an interview's length: the slots.
    const listed = facts('Please pick one of the slots below on our booking page: https://calendly.example/pat/30min\n\nAvailable slots (ET):\n• Monday 9 March, 09:30–10:00\n• Tuesday 10 March, 14:00–14:30');
    expect(listed.slots.map((s) => s.start)).toEqual(['2026-03-09T09:30:00-04:00', '2026-03-10T14:00:00-04:00']);
  });

  it('passes over a Reply-To that is no plain mailbox for the next candidate (an injected mailto query, a quoted local part)', () => {
    // Prepare
    const invite = original('We would like to invite you to an interview.');
    const withReplyTo = (address: string): OriginalMessage => ({ ...invite, replyTo: { name: 'Jordan', address } });
    // Act
    const chosen = ['jordan@acme.example?cc=victim@evil.example', '"victim@evil.example,jordan"@acme.example', 'jordan@[192.0.2.1]'].map(
      (address) => extractFacts(withReplyTo(address), { ownerAddresses: [], fallbackDate: null, isInvitation }).replyTo,
    );
    // Assess: the sender is answered instead
    expect(chosen).toEqual([invite.from, invite.from, invite.from]);
  });

  it('reads company, role and the recruiter’s name without bidi controls, wherever they were found', () => {
    // Prepare: overrides in the subject, the body and the sender's name.
    const invite: OriginalMessage = {
      ...original('Dear Alex,\n\nWe would like to invite you to an interview for the \u202EData Analyst\u202C position at Northwind Traders.\n\nBest,\nPriya', 'Interview: \u2067Data Analyst\u2069 at \u202ENorthwind Traders'),
      from: { name: 'Priya \u202ERaman', address: 'priya@northwind.example' },
    };
    // Act
    const read = extractFacts(invite, { ownerAddresses: [], fallbackDate: null, isInvitation });
    // Assess
    expect([read.company, read.role, read.replyTo?.name]).toEqual(['Northwind Traders', 'Data Analyst', 'Priya Raman']);
  });

  it('reads an inline forward’s subject and names without bidi controls', async () => {
    // Prepare: Gmail's forward header, with overrides the original's sender wrote.
    const text = 'fyi\n\n---------- Forwarded message ---------\nFrom: \u202EPriya Raman <priya@northwind.example>\nDate: Mon, Mar 9, 2026 at 10:14 AM\nSubject: Interview \u202Efdp.exe\nTo: Alex Morgan <alex@example.com>\n\nWe would like to invite you to an interview.\n';
    const subject = `=?UTF-8?B?${Buffer.from('Fwd: Interview \u202Efdp.exe').toString('base64')}?=`;
    const message = await parseMessage(Buffer.from(`From: Alex Morgan <alex@example.com>\r\nSubject: ${subject}\r\nDate: Mon, 9 Mar 2026 11:00:00 -0400\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${text.replace(/\n/g, '\r\n')}`, 'utf8'));
    // Act
    const { original: found } = await findOriginal(message, ['alex@example.com']);
    // Assess
    expect(found.subject).toBe('Interview fdp.exe');
    expect(found.from).toEqual({ name: 'Priya Raman', address: 'priya@northwind.example' });
  });

  it('skips no-reply senders for the reply address and leaves null when nothing usable is left', () => {
    const noReply: OriginalMessage = { ...original('We would like to invite you to an interview.'), from: { name: null, address: 'no-reply@ats.example' } };
    expect(extractFacts(noReply, { ownerAddresses: [], fallbackDate: null, isInvitation }).replyTo).toBeNull();
  });

  it('is not an invitation: a rejection, a job alert', () => {
    expect(facts('Unfortunately we have decided not to move forward with your application after the interview.').isInvite).toBe(false);
    expect(facts('5 new jobs for you. Prepare for your next interview with our tips. Unsubscribe from these job alerts.').isInvite).toBe(false);
    // …and a time in such mail is no interview time.
    expect(facts('5 new jobs for you. Join our interview-tips webinar on Thursday, March 12 at 2:30 pm ET. Unsubscribe from these job alerts.').slots).toEqual([]);
  });

  it('finds the invitation at the top of a 2 MB HTML forward (reading is capped, not skipped)', async () => {
    const message = await parseMessage(readFileSync(new URL('../../../fixtures/mail/large-html-owner.eml', import.meta.url)));
    const owner = { addresses: ['alex@example.com'], name: 'Alex', signature: '', availability: 'weekdays', timeZone: 'UTC' };
    const triage = await triageMessage(message, owner, PreferencesSchema.parse({}));
    expect(triage.facts).toMatchObject({ isInvite: true, company: 'Helix Biotherapeutics', role: 'Lab Data Coordinator', format: 'video' });
    expect(triage.facts.slots[0]?.start).toBe('2026-03-24T10:00:00-07:00');
  });

  it('reads a calendar invitation: slot in its zone, meeting link, organizer; helper links are not the meeting link', () => {
    const calendar = [
      'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:1', 'DTSTART;TZID=America/Chicago:20260310T110000', 'DTEND;TZID=America/Chicago:20260310T114500',
      'ORGANIZER;CN=Pat:mailto:pat@acme.example', 'LOCATION:https://acme.zoom.example/j/123?pwd=x', 'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    const body = 'We would like to invite you to an interview. Help: https://support.zoom.example/hc/en-us';
    const result = extractFacts({ ...original(body), from: { name: null, address: 'no-reply@ats.example' }, calendars: [calendar] }, { ownerAddresses: [], fallbackDate: null, isInvitation });
    expect(result).toMatchObject({
      isInvite: true,
      format: 'video',
      meetingLink: 'https://acme.zoom.example/j/123?pwd=x',
      slots: [{ start: '2026-03-10T11:00:00-05:00', end: '2026-03-10T11:45:00-05:00' }],
      replyTo: { name: 'Pat', address: 'pat@acme.example' },
    });
  });

  it('says when a slot’s zone was inferred rather than read', () => {
    // Sent at -05:00 in English: read in US Eastern time, whose daylight saving has begun by March 10.
    const result = facts('We would like to invite you to an interview on Tuesday, March 10 at 11:00.');
    expect(result.slots).toMatchObject([{ start: '2026-03-10T11:00:00-04:00', end: null }]);
    expect(result.inferred).toEqual(['slot-time-zone']);
  });

  it('keeps the invitation’s own words for a time, zone included', () => {
    const result = extractFacts(original('We would like to invite you to an interview on Thursday, March 12 at 2:30 pm ET on Zoom.'), { ownerAddresses: [], fallbackDate: null, isInvitation });
    expect(result.slots[0]?.written).toBe('Thursday, March 12 at 2:30 pm ET');
  });
});

describe('reading in time', () => {
  it('finds no company in a run of 100,000 letters (the Japanese company pattern was quadratic in it: 32 KB took 12 s)', () => {
    // Prepare: a character beyond Latin-1 (the euro sign) makes V8 run the pattern at all
    const main = `Salary: 50,000 €, ${'a'.repeat(100_000)}`;
    // Act
    const company = findCompany('Interview', main, '', null, null);
    // Assess
    expect(company).toBeNull();
  });

  it('decides on the subject and the part of the body that was read (every clause of a 2 MB body was weighed)', () => {
    // Act
    const text = decisionText({ subject: 'Interview', body: 'a. '.repeat(700_000) });
    // Assess
    expect(text).toBe(`Interview\n${'a. '.repeat(700_000).slice(0, MAX_EXTRACT_CHARS)}`);
  });
});


describe('a title after "an interview for", and its place in brackets', () => {
  it('reads the title and drops the place the address names', () => {
    const body = 'Fairhaven Care Homes would like to invite you to an interview for Night Care Assistant (Harrogate).\n\nDate: Monday, 7 December 2026\nTime: 18:00\nAddress:\nFairhaven House\n41 Elm Grove\nHarrogate HG1 2LB\n';
    expect(facts(body, 'Interview request from Fairhaven Care Homes')).toMatchObject({ role: 'Night Care Assistant', location: 'Fairhaven House, 41 Elm Grove, Harrogate HG1 2LB' });
  });

  it('keeps a bracket that is no place of the address ("Producer (Mobile Games)")', () => {
    expect(facts('We would like to invite you to an interview for Producer (Mobile Games) at our office: 41 Elm Grove, Harrogate HG1 2LB.').role).toBe('Producer (Mobile Games)');
  });
});

describe('a link introduced as the video interview to join', () => {
  it('is the meeting link, on a host no meeting service list names', () => {
    const body = 'Brightline Dental Group would like to interview you on Wednesday, 30 September 2026, 10:30 – 11:00 BST.\nInterview type Video call\n\nJoin video interview <https://jobs.example/interview/join/7QF2-88KD>\n';
    expect(facts(body).meetingLink).toBe('https://jobs.example/interview/join/7QF2-88KD');
  });

  it('but not a link to read the job or change the time', () => {
    expect(facts('We would like to interview you on 30 September at 10:30. To join the interview, check your account. Details: https://jobs.example/job/123\nJoin the call? Reschedule here: https://jobs.example/reschedule/1').meetingLink).toBeNull();
  });
});

describe('the owner is never the employer', () => {
  it('not the owner signing their own earlier mail in the quoted thread, under links their name spells', async () => {
    // A development item of the blind corpus (mb-smallbiz2): a small web agency answering in a reply thread.
    const message = await parseMessage(readFileSync(new URL('../../../corpus/dev/messages/mb-smallbiz2/mb-smallbiz2-08-webbureau-reply-thread.eml', import.meta.url)));
    const owner = { addresses: ['eva.novak@example.com'], name: 'Eva Novak', signature: '', availability: 'weekdays', timeZone: 'Europe/Amsterdam' };
    const triage = await triageMessage(message, owner, PreferencesSchema.parse({}));
    expect(triage.facts.company).not.toBe('Eva Novak');
  });
});

describe('a time in a postscript after the signature', () => {
  it('is read with the day the mail names', () => {
    const body = 'Bonjour,\n\nPassez chez nous vendredi, on en parle autour d’un café.\n\nBonne journée,\nMichèle\n0476 21 58 09\n\nP.S. Vers 16h c’est le mieux, avant le coup de feu.\n';
    const result = extractFacts({ ...original(body, 'Pour le service du soir'), date: { instant: new Date('2026-10-27T14:22:08Z'), offsetMinutes: 60 } }, { ownerAddresses: ['alex@example.com'], fallbackDate: null, isInvitation, ownerTimeZone: 'Europe/Brussels' });
    expect(result.slots.map((s) => s.start)).toEqual(['2026-10-30T16:00:00+01:00']);
    expect(result.isInvite).toBe(true);
  });
});

describe('an onsite interview whose text gives no address', () => {
  it('is at the address of the sender’s signature', () => {
    const body = 'Ciao Chris,\n\nti propongo di venire da noi in albergo martedì 13 aprile alle 10:30.\n\nUn caro saluto,\nGiulia\n\nHotel Villa Ortensia *** · dal 1962 la vostra casa sul lago\nVia Lungolago 18, 37017 Lazise (VR) · tel. 045 758 1234\n';
    const result = extractFacts({ ...original(body, 'Colloquio reception'), from: { name: 'Giulia Fontana', address: 'giulia.fontana76@hotmail.example' } }, { ownerAddresses: ['alex@example.com'], fallbackDate: null, isInvitation });
    expect(result).toMatchObject({ format: 'onsite', location: 'Via Lungolago 18, 37017 Lazise (VR)', company: 'Hotel Villa Ortensia' });
  });
});

describe('a time only in the subject', () => {
  it('is read when the body gives none (it points to the subject for it)', () => {
    const body = 'Hola:\n\nTe confirmo la entrevista para el puesto de Analista en el día y a la hora que aparecen en el asunto.\n\nUn saludo,\nLucía\n';
    expect(facts(body, 'Entrevista por Teams – martes 10 de marzo, de 9:30 a 10:15 (hora de Madrid)').slots).toEqual([
      { start: '2026-03-10T09:30:00+01:00', end: '2026-03-10T10:15:00+01:00' },
    ]);
  });

  it('is not read when the body gives a time of its own', () => {
    const body = 'We would like to meet on Thursday, March 12 at 3:00 PM ET.\n';
    expect(facts(body, 'Interview – was Tuesday, March 10, 9:30').slots.map((s) => s.start)).toEqual(['2026-03-12T15:00:00-04:00']);
  });
});

describe('the zone of a time when the forward header gave no offset', () => {
  const noOffset = { instant: new Date('2027-03-10T20:12:00Z'), offsetMinutes: null };
  const read = (body: string, ownerTimeZone: string) =>
    extractFacts({ ...original(body, 'Entrevista'), date: noOffset, dateOffsetKnown: false }, { ownerAddresses: ['alex@example.com'], fallbackDate: null, isInvitation, ownerTimeZone }).slots.map((s) => s.start);
  it('is the owner’s when their zone is one the language is written in, whatever the regional words', () => {
    // Brazilian words ("a gente", "você") from a shop in Lisbon, to an owner in Lisbon.
    expect(read('Oi, tudo bem? A gente precisa de alguém na loja. Você pode vir no sábado, 13 de março, às 9h30?', 'Europe/Lisbon')).toEqual(['2027-03-13T09:30:00+00:00']);
  });
  it('…under whatever name the owner configured it: an old one the database keeps as a link ("America/Montreal")', () => {
    expect(read('Bonjour Nadia, nous vous proposons le jeudi 11 mars à 14 h 30, sur Teams.', 'America/Montreal')).toEqual(['2027-03-11T14:30:00-05:00']);
  });
  it('is the country’s whose postcode the address is written with', () => {
    const body = 'Bonjour,\n\nNous vous convions à un entretien le jeudi 18 mars 2027 à 14h00.\n\nAdresse : 12 rue des Verriers\n59140 Dunkerque\n';
    expect(read(body, 'America/Toronto')).toEqual(['2027-03-18T14:00:00+01:00']);
    expect(read('Olá, a entrevista é na quinta, 18 de março de 2027, às 10h, na Rua de Santo António 12, 4835-044 Guimarães.', 'America/Sao_Paulo')).toEqual(['2027-03-18T10:00:00+00:00']);
  });
});

describe('the zone of a time when the forward header’s offset is the owner’s own zone’s', () => {
  // The owner's mail app printed the forwarded header in Madrid's zone ("25 de janeiro de 2027 às 10:14 CET").
  const inOwnersZone = { instant: new Date('2027-01-25T09:14:00Z'), offsetMinutes: 60 };
  const read = (body: string) =>
    extractFacts({ ...original(body, 'Convite para entrevista'), date: inOwnersZone }, { ownerAddresses: ['alex@example.com'], fallbackDate: null, isInvitation, ownerTimeZone: 'Europe/Madrid' }).slots.map((s) => s.start);
  it('is the country’s whose postcode the employer’s address is written with', () => {
    const body = 'Caro Miguel,\n\nGostaríamos de o convidar para uma entrevista na segunda-feira, 1 de fevereiro, às 15h00.\n\nAtenciosamente,\nSofia Antunes\nRua Engenheiro Frederico Ulrich, 1450\n4470-605 Maia\n';
    expect(read(body)).toEqual(['2027-02-01T15:00:00+00:00']);
  });
  it('stays the owner’s when no address tells a country', () => {
    expect(read('Caro Miguel,\n\nPodemos falar na segunda-feira, 1 de fevereiro, às 15h00?\n\nSofia')).toEqual(['2027-02-01T15:00:00+01:00']);
  });
});
