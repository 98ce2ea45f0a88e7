/**
 * Whom the drafts answer, by class (issue #13, class 3): an address inside a link is no one to answer; a
 * mail that says not to reply names the person to write to; a relay's routed address is usable when the
 * mail asks to be answered there.
 */
import { describe, expect, it } from 'vitest';
import { isInvitation } from '../../../../functions/core/decide/decide.js';
import { extractFacts, type OriginalMessage } from '../../../../functions/core/extract/extract.js';

function replyTo(body: string, from: { name: string | null; address: string }): string | null {
  const original: OriginalMessage = { from, replyTo: null, cc: [], subject: 'Interview', date: null, messageId: null, body, calendars: [] };
  return extractFacts(original, { ownerAddresses: ['alex@example.com'], fallbackDate: null, isInvitation }).replyTo?.address ?? null;
}

describe('the reply address', () => {
  it.each([
    ['fr', 'Merci de ne pas répondre à cet e-mail. Pour toute question : lea.roux@acme.example'],
    ['en', 'Please do not reply to this message; write to lea.roux@acme.example instead.'],
    ['de', 'Bitte nicht auf diese E-Mail antworten. Fragen an lea.roux@acme.example.'],
    ['pl', 'Prosimy nie odpowiadaj na tę wiadomość, pisz na lea.roux@acme.example'],
  ])('writes to the person a do-not-reply mail names (%s)', (_lang, body) => {
    expect(replyTo(`We would like to invite you to an interview.\n${body}`, { name: 'Acme Talent', address: 'talent@acme.example' })).toBe('lea.roux@acme.example');
  });

  it.each([
    ['a quoted local part holding another address', 'Questions: "victim@evil.example"@acme.example'],
    ['percent routing', 'Questions: victim%evil.example@acme.example'],
    ['a bang path', 'Questions: evil.example!victim@acme.example'],
    ['an address glued to another', 'Questions: victim@evil.example@acme.example'],
  ])('never takes a part of an address for one (%s)', (_name, line) => {
    expect(replyTo(`We would like to invite you to an interview. Please do not reply.\n${line}`, { name: 'Acme Talent', address: 'no-reply@acme.example' })).toBeNull();
  });

  it('still takes an address written in quotes', () => {
    expect(replyTo('We would like to invite you to an interview. Please do not reply.\nQuestions: "lea.roux@acme.example".', { name: 'Acme Talent', address: 'no-reply@acme.example' })).toBe('lea.roux@acme.example');
  });

  it('never takes an address inside a link (a booking URL with the candidate’s address)', () => {
    const body = 'Pick a time: https://book.example/acme?name=Alex&email=alex.other@mail.example\nQuestions: lea.roux@acme.example';
    expect(replyTo(body, { name: null, address: 'no-reply@acme.example' })).toBe('lea.roux@acme.example');
  });

  it.each([
    ['de', 'Antworten Sie gern direkt auf diese E-Mail, um den Termin zu bestätigen.'],
    ['en', 'Just reply to this email to confirm.'],
    ['fr', 'Répondez directement à cet e-mail pour confirmer.'],
  ])('answers a relay’s routed address when the mail asks for a reply there (%s)', (_lang, body) => {
    expect(replyTo(body, { name: 'Kim Lange | Acme', address: 'acme-3f9a1c@mail.personio.example' })).toBe('acme-3f9a1c@mail.personio.example');
    expect(replyTo(body, { name: 'Acme', address: 'no-reply@mail.personio.example' })).toBeNull();
  });

  it.each([
    ['es', '¿Te iría bien mañana a las 12:00? Contesta a este mensaje para confirmarnos.\n--------\nLas respuestas a este mensaje se enviarán al empleador.'],
    ['en', 'Could we talk tomorrow at 12:00?\n--\nReplies to this message will be forwarded to the employer.'],
  ])('answers a job board’s relay whose token comes first when its footer says replies reach the employer (%s)', (_lang, body) => {
    expect(replyTo(body, { name: 'Clínica Sonrisa', address: 'rk8x2m4q7t-1b9e@indeedemail.example' })).toBe('rk8x2m4q7t-1b9e@indeedemail.example');
  });

  it.each([
    ['es', 'Confírmanos respondiendo a este correo, por favor.'],
    ['pt', 'Confirme respondendo a este e-mail.'],
    ['fr', 'Merci de me confirmer par retour de mail.'],
  ])('answers a person’s own mailbox on a relay when the mail asks for a reply there (%s)', (_lang, body) => {
    expect(replyTo(body, { name: 'Lucía Paredes', address: 'lucia.paredes@acme.workablemail.example' })).toBe('lucia.paredes@acme.workablemail.example');
    // Unasked, it still reaches the person its local part spells (the mb-europe round); told not to reply, no one.
    expect(replyTo('We would like to invite you to an interview on Monday.', { name: 'Lucía Paredes', address: 'lucia.paredes@acme.workablemail.example' })).toBe('lucia.paredes@acme.workablemail.example');
    expect(replyTo('We would like to invite you to an interview on Monday. Please do not reply to this email.', { name: 'Lucía Paredes', address: 'lucia.paredes@acme.workablemail.example' })).toBeNull();
    expect(replyTo('We would like to invite you to an interview on Monday.', { name: 'Acme Talent', address: 'acme-3f9a1c@mail.personio.example' })).toBeNull();
  });
});

describe('the scheduling link', () => {
  function schedulingLink(body: string): string | null {
    const original: OriginalMessage = { from: { name: 'Kim', address: 'kim@acme.example' }, replyTo: null, cc: [], subject: 'Interview', date: null, messageId: null, body, calendars: [] };
    return extractFacts(original, { ownerAddresses: ['alex@example.com'], fallbackDate: null, isInvitation }).schedulingLink;
  }

  it.each([
    ['a booking path', 'We would like to interview you. Book here:\nhttps://hire.acme.example/scheduling/self_schedule/ab12cd'],
    ['de', 'Über den folgenden Link können Sie sich einen passenden Termin aussuchen:\n\nhttps://jobs.acme.example/x/ab12cd'],
    ['it', "Scegli l'orario che preferisci tramite questo link:\nhttps://jobs.acme.example/x/ab12cd"],
    ['pt', 'Escolha o melhor horário pelo link abaixo:\nhttps://jobs.acme.example/x/ab12cd'],
    ['fr', 'Pour choisir le créneau qui vous convient, cliquez ici : https://jobs.acme.example/x/ab12cd'],
    ['es (Spain, "hueco")', 'Escoge el hueco que mejor te venga en este enlace:\nhttps://jobs.acme.example/x/ab12cd'],
    ['it ("fascia")', 'Seleziona la fascia che preferisci qui: https://jobs.acme.example/x/ab12cd'],
  ])('a link to choose a time (%s)', (_shape, body) => {
    expect(schedulingLink(body)).toMatch(/^https:\/\/(?:hire|jobs)\.acme\.example\//);
  });

  it('is no link to a profile, a withdrawal or a reschedule', () => {
    expect(schedulingLink('Choose a time that suits you: https://hire.acme.example/scheduling/reschedule/ab12')).toBeNull();
    expect(schedulingLink('You can update your profile here: https://jobs.acme.example/profile/ab12')).toBeNull();
  });
});

describe('the address the mail asks the answer to go to, on the sender’s own domain', () => {
  it.each([
    ['de', 'Wir laden Sie am Dienstag, 16.3.2027, um 10 Uhr zum Gespräch ein. Bitte bestätigen Sie den Termin bis zum 12.3.2027 per E-Mail an bewerbung@lva.example.'],
    ['en', 'We would like to invite you to an interview on Tuesday at 10am. Please confirm your attendance to recruiting@lva.example.'],
    ['nl ("via")', 'Wij nodigen u uit voor een gesprek op dinsdag om 10.00 uur. Wilt u uw komst uiterlijk vrijdag bevestigen via werving@lva.example?'],
    ['pl ("pod adresem")', 'Zapraszamy na rozmowę we wtorek o 10:00. Prosimy o potwierdzenie obecności mailowo pod adresem kadry@lva.example.'],
  ])('is the one to answer (%s)', (_lang, body) => {
    const asked = /[\w.]+@lva\.example/.exec(body.replace(/\.$/, ''))![0].replace(/\.$/, '');
    expect(replyTo(body, { name: 'Westphal, Jörg', address: 'joerg.westphal@lva.example' })).toBe(asked);
  });
  it('is not another domain’s, nor an address the mail only mentions', () => {
    expect(replyTo('We would like to invite you to an interview on Tuesday at 10am. Please confirm to someone@other.example.', { name: 'Jo Lee', address: 'jo@lva.example' })).toBe('jo@lva.example');
    expect(replyTo('We would like to invite you to an interview on Tuesday at 10am. Our office manager is office@lva.example.', { name: 'Jo Lee', address: 'jo@lva.example' })).toBe('jo@lva.example');
  });
});

describe('a relay\'s routed address when the mail says to answer this message (German infinitive, Dutch "dit bericht")', () => {
  it.each([
    'Wir möchten Sie am Dienstag, 27. Oktober 2026 um 10 Uhr per Teams einladen. Bitte geben Sie uns kurz Bescheid, ob der Termin passt – Sie können dazu einfach auf diese Nachricht antworten.',
    'We nodigen je uit voor een gesprek op dinsdag 27 oktober om 10.00 uur. Laat je weten of het past? Je kunt reageren op dit bericht.',
    'We plannen graag een eerste online kennismaking op woensdag 18 november van 9u tot 10u. Past dit moment niet? Antwoord dan gewoon op deze mail.',
  ])('%s', (body) => {
    expect(replyTo(body, { name: 'Kreuzer Medientechnik GmbH über StepStone', address: 'msg-4kd82hx@messaging.stepstone.example' })).toBe('msg-4kd82hx@messaging.stepstone.example');
  });
});

describe('"reply to this message" with words between, in the Romance languages', () => {
  it.each([
    'Vous êtes convié à un entretien le mardi 4 mars à 14 h 30. Répondez simplement à ce message pour confirmer.',
    'Ti proponiamo un colloquio telefonico lunedì 9 marzo alle 10:00. Puoi rispondere direttamente a questa email.',
    'Te proponemos una entrevista el lunes 9 de marzo a las 10:00. Puedes responder simplemente a este mensaje.',
  ])('%s', (body) => {
    expect(replyTo(body, { name: 'Studio Bellandi via Indeed', address: 'studio-bellandi-7f3k2q@indeedemail.example' })).toBe('studio-bellandi-7f3k2q@indeedemail.example');
  });
});

describe('a relay\'s mail that writes the recruiter\'s own mailbox', () => {
  it('answers that person on their company\'s domain, not the relay', () => {
    const body = 'We have booked a first interview on Tuesday 9 March at 14.00 (CET).\n\nIf the time does not suit you, just reply to this email or write to me directly at sara.lind@norrskenlogistik.example and we will find another one.';
    expect(replyTo(body, { name: 'Sara Lind, Norrsken Logistik', address: 'norrsken-logistik@notifications.teamtailor.example' })).toBe('sara.lind@norrskenlogistik.example');
  });

  it('but not a role mailbox such as privacy@ or jobs@', () => {
    const body = 'We would like to invite you to an interview on Tuesday 9 March at 14.00. Just reply to this email. Privacy questions: privacy@norrskenlogistik.example';
    expect(replyTo(body, { name: 'Sara Lind', address: 'reply+abc123@teamtailor-mail.example' })).toBe('reply+abc123@teamtailor-mail.example');
  });
});

describe('"replies to this address are not read", from a company’s relay mailbox', () => {
  it.each([
    ['nl', 'Vragen? Mail Iris Smit: iris.smit@veldhuis.example. Dit is een automatisch verzonden bericht. Antwoorden op dit adres worden niet gelezen.'],
    ['en', 'Questions? Write to Iris Smit: iris.smit@veldhuis.example. Replies to this address are not read.'],
  ])('writes to the person the text names, on another domain (%s)', (_lang, body) => {
    expect(replyTo(`We would like to invite you to an interview.\n${body}`, { name: 'Veldhuis Careers', address: 'veldhuis@ats-mail.example' })).toBe('iris.smit@veldhuis.example');
  });
  it('…and from a team mailbox named with its company ("recruiting.kesselbrink@…"), which spells its display name', () => {
    const body = 'Wir laden Sie zu einem Gespräch ein. Bei Fragen wenden Sie sich an Anja Wellbrock: anja.wellbrock@kesselbrink.example.\nAntworten an diese Adresse werden nicht gelesen.';
    expect(replyTo(body, { name: 'Kesselbrink Logistik Recruiting', address: 'recruiting.kesselbrink@sapsf.example' })).toBe('anja.wellbrock@kesselbrink.example');
  });
  it('a person’s own mailbox as the sender stays the one to answer', () => {
    expect(replyTo('We would like to invite you to an interview. Replies to this address are not read by the system; ask bob.lee@other.example for parking.', { name: 'Dana Park', address: 'dana.park@veldhuis.example' })).toBe('dana.park@veldhuis.example');
  });
});
