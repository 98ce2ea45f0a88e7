import { describe, expect, it } from 'vitest';
import { findCompany, findRole } from '../../../../functions/core/extract/company-role.js';
import { findLocation } from '../../../../functions/core/extract/location.js';
import { isRelayDomain, isSharedCalendar, isUnusableReplyAddress, relayTenant } from '../../../../functions/core/extract/senders.js';
import { blankHeaderBlocks, isClosingLine, newestMessage, splitSignature, withoutEmphasis, withShortRuns } from '../../../../functions/core/extract/text.js';

describe('senders', () => {
  it('skips no-reply mailboxes and ATS or job-platform relays, not a company’s own recruiter', () => {
    expect(isUnusableReplyAddress('no-reply@us.greenhouse-mail.example')).toBe(true);
    expect(isUnusableReplyAddress('inmail-hit-reply@linkedin.example')).toBe(true);
    expect(isUnusableReplyAddress('jobs@workablemail.example')).toBe(true);
    expect(isUnusableReplyAddress('priya@northwind.example')).toBe(false);
    // A system's own mail domain, named after it ("personio-mail", "recruiteemail").
    expect(isUnusableReplyAddress('kranich-solar@personio-mail.example')).toBe(true);
    expect(isUnusableReplyAddress('jobs@recruiteemail.example')).toBe(true);
    expect(isUnusableReplyAddress('anna@mailbox-logistics.example')).toBe(false);
    // A platform's notification mailbox in the platform's language ("nachrichten@", "notificaciones@").
    expect(isUnusableReplyAddress('nachrichten@jobboerse.example')).toBe(true);
    expect(isUnusableReplyAddress('notificaciones@empleo.example')).toBe(true);
    expect(isSharedCalendar('candidate-interviews@crestline.example', 'Crestline Candidate Interviews')).toBe(true);
    expect(isSharedCalendar('ebrooks@harborview.example', 'Ethan Brooks')).toBe(false);
  });

  it('reads the tenant a relay’s domain names, never a mail-host word', () => {
    expect(relayTenant('hotelmirantedorio.teamtailor-mail.example')).toBe('hotelmirantedorio');
    expect(relayTenant('acme.wd3.myworkdayjobs.example')).toBe('acme');
    expect(relayTenant('us.greenhouse-mail.example')).toBeNull();
    expect(relayTenant('mail.lever.example')).toBeNull();
    expect(relayTenant('workablemail.example')).toBeNull();
  });
});

describe('text', () => {
  it('blanks forward and quote headers but keeps an invitation’s own "Date:" line', () => {
    const body = 'From: Pat <pat@acme.example>\nSent: Monday, March 2, 2026 9:00 AM\nSubject: Hi\n\nOn Mon, Mar 2, 2026 at 9:00 AM Pat <pat@acme.example> wrote:\nDate: Tuesday, June 16, 2026\n';
    expect(blankHeaderBlocks(body)).toBe('\n\n\n\n\nDate: Tuesday, June 16, 2026\n');
  });

  it('blanks Spanish Outlook\'s block, whose date line reads "Enviado el:"', () => {
    const body = 'Hola,\n\nDe: Mateus <m@example.com>\nEnviado el: miércoles, 7 de abril de 2027 20:22\nPara: Marta <marta@acme.example>\nAsunto: RE: Entrevista\n';
    expect(blankHeaderBlocks(body)).toBe('Hola,\n\n\n\n\n\n');
  });

  it('blanks Portuguese Outlook\'s block, whose date line reads "Enviada em:"', () => {
    const body = 'Oi,\n\nDe: Ana <ana@example.com>\nEnviada em: terça-feira, 10 de novembro de 2026 15:03\nPara: Thiago <t@acme.example>\nAssunto: RE: Processo seletivo\n';
    expect(blankHeaderBlocks(body)).toBe('Oi,\n\n\n\n\n\n');
  });

  it('cuts the sign-off and what follows', () => {
    expect(splitSignature('See you then!\n\nBest,\nPat\n123 Main Street')).toEqual({ main: 'See you then!\n\n', signature: 'Best,\nPat\n123 Main Street' });
  });
});

describe('company, role, location', () => {
  it('reads company and role as written, without gender markers or requisition numbers', () => {
    expect(findRole('', 'Thank you for applying for the Revenue Cycle Analyst position (Job Requisition R-0041827) at Tidewater Health.')).toBe('Revenue Cycle Analyst');
    expect(findRole('Einladung – IT-Support Specialist (m/w/d)', 'vielen Dank für Ihre Bewerbung als IT-Support Specialist (m/w/d) bei Kranich Software.')).toBe('IT-Support Specialist');
    expect(findCompany('Interview', 'Thanks for applying to the Analyst role at Juniper & Vale.', 'Nora\nTalent Lead, Juniper & Vale', { name: 'Nora', address: 'nora@junipervale.example' }, 'Analyst')).toBe('Juniper & Vale');
  });

  it('gives no company for an agency with a confidential client', () => {
    expect(findCompany('Phone screen', 'My client is a fintech in Austin; they keep the search confidential.', 'Ryan\nSenior Recruiter\nBayline Talent', { name: 'Ryan', address: 'r@baylinetalent.example' }, null)).toBeNull();
  });

  it('reads an address over several lines as written (its company line too), without the date or check-in instructions', () => {
    expect(findLocation('Monday, July 13\nCorbel Architects\n88 Pearl Street, 4th Floor\nBoston, MA 02110\n\nAsk for me at the desk.')).toBe('Corbel Architects, 88 Pearl Street, 4th Floor, Boston, MA 02110');
    expect(findLocation("We're at 215 Fremont Street, 9th floor, San Francisco, CA 94105. Check in with security.")).toBe('215 Fremont Street, 9th floor, San Francisco, CA 94105');
  });

});

describe('withoutEmphasis: plain-text bold unwrapped', () => {
  it.each([
    ['*Sales Engineer (w/m/d)*', 'Sales Engineer (w/m/d)'],
    ['**Kierownik zmiany** w Poznaniu', 'Kierownik zmiany w Poznaniu'],
    ['*Wann:* Dienstag, 14 Uhr', 'Wann: Dienstag, 14 Uhr'],
    ['Poste : *Chargée de paie*.', 'Poste : Chargée de paie.'],
  ])('%s', (text, expected) => {
    expect(withoutEmphasis(text)).toBe(expected);
  });

  it.each([['Pflichtfeld*'], ['5 * 3 = 15'], ['a*b*c'], ['****'], ['*\nnot on one line*'], ['* a list item']])('leaves %s alone', (text) => {
    expect(withoutEmphasis(text)).toBe(text);
  });

  it('a bold title is read whole once unwrapped (extractFacts unwraps the body first)', () => {
    const body = 'We would like to meet you for the following position:\n\n*Instructional Designer (m/f/d)*\n\nWhen: Monday';
    expect(findRole('Interview', body)).not.toBe('Instructional Designer');
    expect(findRole('Interview', withoutEmphasis(body))).toBe('Instructional Designer');
  });
});

describe('withShortRuns', () => {
  it('cuts runs that say nothing to 64 before the forward parser and chrono read them (their patterns were quadratic in them)', () => {
    // Prepare
    const text = `Hello${' '.repeat(16_000)}there\r\r\r${'\r'.repeat(60_000)}next${'\n \n'.repeat(500)}line <${'<'.repeat(9_000)} ${'-'.repeat(30)} end\r\nok`;
    // Act
    const short = withShortRuns(text);
    // Assess: the words and short runs as they were, LF line breaks
    expect(short).toBe(`Hello${' '.repeat(64)}there${'\n'.repeat(64)}next${'\n'.repeat(64)}line ${'<'.repeat(64)} ${'-'.repeat(30)} end\nok`);
  });
});


describe('a rule of dashes is a quote separator only with a header under it', () => {
  it('a job board’s layout rule keeps the message it relays', () => {
    const body = 'Hello Sam,\nyou have a new message about your application as Controller.\n\n--------------------------------------------------\n\nDear Sam,\nwe would like to invite you on Wednesday, 31 March 2027 at 10:00.\n\n--------------------------------------------------\nThis message was sent via the job board.';
    expect(newestMessage(body)).toContain('31 March 2027 at 10:00');
  });
  it('Outlook’s rule with "From:" under it starts the quoted message', () => {
    const body = 'Forwarding this one, thoughts welcome on the whole thing.\n\n________________________________\nFrom: Jo Smith <jo@acme.example>\nSent: Monday\nSubject: Interview';
    expect(newestMessage(body)).not.toContain('Jo Smith');
  });
});

describe('sign-offs and systems that are no employer', () => {
  it.each([['Bis Samstag'], ['À jeudi !'], ['Tot morgen'], ['Hasta el viernes'], ['A domani'], ['Até amanhã'], ['Do zobaczenia w piątek'], ['See you Monday.']])('"%s" is a sign-off', (line) => {
    expect(isClosingLine(line)).toBe(true);
  });
  it('a name after those words is no sign-off', () => {
    expect(isClosingLine('Tot Zeeland Logistiek')).toBe(false);
  });
  it('a small employer signing off with the day it expects the candidate names no company with it', () => {
    const body = 'Hallo Matteo,\n\nKomm doch am Samstag Vormittag vorbei, so um halb zehn.\n\nBis Samstag\nMaria\nPardell 7\n39040 Feldthurns';
    expect(findCompany('Hofladen', body, '', { name: 'Thalerhof', address: 'gasser.maria@freemail.example' }, null)).not.toBe('Bis Samstag');
  });
  it('more applicant-tracking systems are relays, not employers', () => {
    for (const domain of ['homerun.example', 'mail.avature.example', 'zohorecruit.example']) expect(isRelayDomain(domain)).toBe(true);
    expect(findCompany('Next step: a phone call with Bakwerk Mobility', 'Hi Wiebe!\n\nJeroen will give you a call about the role.\n\nCheers,\nThe Bakwerk Mobility team\nBakwerk Mobility B.V. - Czaar Peterstraat 213 - 1018 PL Amsterdam\nThis message was sent with Homerun on behalf of Bakwerk Mobility.', '', { name: 'Homerun', address: 'no-reply@homerun.example' }, null)).toBe('Bakwerk Mobility');
  });
});
