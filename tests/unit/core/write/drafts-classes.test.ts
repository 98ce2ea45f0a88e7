/**
 * The drafts by class (issue #13, classes 9 and 10): a team mailbox under a company's name is greeted as
 * a team in every draft language; a time that had passed when the invitation was forwarded is never
 * confirmed, the accept draft asks for a new one, and the recommendation says so.
 */
import { describe, expect, it } from 'vitest';
import { isInvitation } from '../../../../functions/core/decide/decide.js';
import { OwnerSchema } from '../../../../functions/config/schema.js';
import { composeDrafts } from '../../../../functions/core/write/drafts.js';
import { extractFacts, type InviteFacts, type OriginalMessage } from '../../../../functions/core/extract/extract.js';

const owner = { name: 'Alex Morgan', signature: '', availability: 'on weekdays after 2 pm' };
const facts = (overrides: Partial<InviteFacts> = {}): InviteFacts => ({
  isInvite: true,
  language: 'en',
  company: 'Lumière Énergies',
  role: 'Analyst',
  format: 'video',
  meetingLink: null,
  location: null,
  slots: [{ start: '2026-03-12T14:30:00-04:00', end: null }],
  schedulingLink: null,
  replyTo: { name: 'Lumière Énergies – Talent Acquisition', address: 'talent@lumiere.example' },
  inferred: [],
  ...overrides,
});

describe('greeting a team mailbox', () => {
  it.each([
    ['en', 'Dear Lumière Énergies team,'],
    ['fr', "Bonjour à l'équipe Lumière Énergies,"],
    ['de', 'Guten Tag, liebes Team von Lumière Énergies,'],
    ['es', 'Hola, equipo de Lumière Énergies:'],
  ] as const)('%s', (language, greeting) => {
    const { accept, decline } = composeDrafts({ facts: facts({ language }), originalSubject: 'Entretien', owner });
    expect(accept.body.split('\n')[0]).toBe(greeting);
    expect(decline.body.split('\n')[0]).toBe(greeting);
  });

  it('greets a person by name and a team mailbox without a known company plainly', () => {
    expect(composeDrafts({ facts: facts({ replyTo: { name: 'Sophie Garnier', address: 'sophie@lumiere.example' } }), originalSubject: 'x', owner }).accept.body).toMatch(/^Dear Sophie,/);
    expect(composeDrafts({ facts: facts({ company: null, replyTo: { name: 'Careers Team', address: 'careers@lumiere.example' } }), originalSubject: 'x', owner }).accept.body).toMatch(/^Hello,/);
  });
});

describe('a time that has passed', () => {
  it('is read as passed against the forward’s own Date, and only then', () => {
    const original: OriginalMessage = { from: { name: 'Kim', address: 'kim@acme.example' }, replyTo: null, cc: [], subject: 'Interview', date: { instant: new Date('2026-03-01T10:00:00Z'), offsetMinutes: 0 }, messageId: null, body: 'We would like to invite you to an interview on Thursday, March 5, 2026 at 2:30 pm ET.', calendars: [] };
    const read = (receivedAt: string) => extractFacts(original, { ownerAddresses: [], fallbackDate: null, receivedAt: new Date(receivedAt), isInvitation }).timePassed;
    expect(read('2026-03-09T10:00:00Z')).toBe(true);
    expect(read('2026-03-02T10:00:00Z')).toBe(false);
  });

  it.each([
    ['en', /has already passed.*could we find a new time\?/s],
    ['fr', /est déjà passé.*nouveau créneau \?/s],
    ['de', /bereits vorbei.*neuen Termin finden\?/s],
    ['es', /ya ha pasado.*nuevo horario\?/s],
  ] as const)('the accept draft asks for a new time and confirms none (%s)', (language, words) => {
    const { accept } = composeDrafts({ facts: facts({ language, timePassed: true, replyTo: { name: 'Kim Lee', address: 'kim@acme.example' } }), originalSubject: 'x', owner });
    expect(accept.body).toMatch(words);
    expect(accept.body).not.toMatch(/glad to confirm|vous confirme|bestätige ich|confirmo/);
  });
});

describe('the default availability is written in the draft’s own language', () => {
  const byDefault = { ...owner, availability: ownerConfigSchemaDefault() };
  it.each([
    ['de', 'Ich bin werktags zwischen 9:00 und 17:00 Uhr verfügbar'],
    ['fr', 'Je suis disponible en semaine entre 9 h et 17 h'],
    ['nl', 'Ik ben op werkdagen tussen 9.00 en 17.00 uur beschikbaar'],
    ['pl', 'Mam czas w dni robocze między 9:00 a 17:00'],
    ['en', 'I am available on weekdays between 9:00 and 17:00'],
  ] as const)('%s', (language, sentence) => {
    const { accept } = composeDrafts({ facts: facts({ language, slots: [] }), originalSubject: 'x', owner: byDefault });
    expect(accept.body).toContain(sentence);
    if (language !== 'en') expect(accept.body).not.toContain('weekdays');
  });

  it('an availability the owner wrote is kept as written', () => {
    expect(composeDrafts({ facts: facts({ language: 'de', slots: [] }), originalSubject: 'x', owner }).accept.body).toContain('Ich bin on weekdays after 2 pm verfügbar');
  });
});

/** The configuration's default, as a config file without `availability` gets it. */
function ownerConfigSchemaDefault(): string {
  return OwnerSchema.parse({ addresses: ['alex@example.com'], name: 'Alex Morgan', timeZone: 'Europe/Berlin' }).availability;
}
