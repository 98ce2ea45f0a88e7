import { describe, expect, it } from 'vitest';
import { calendarHold } from '../../../../functions/core/write/calendar-hold.js';
import { composeDrafts } from '../../../../functions/core/write/drafts.js';
import type { InviteFacts } from '../../../../functions/core/extract/extract.js';
import { mailto, renderRecommendation } from '../../../../functions/core/write/render.js';

const owner = { name: 'Alex Morgan', signature: 'Alex Morgan\n+1 555 0100', availability: 'on weekdays after 2 pm' };
const facts = (overrides: Partial<InviteFacts> = {}): InviteFacts => ({
  isInvite: true,
  language: 'en',
  company: 'Northwind Traders',
  role: 'Data Analyst',
  format: 'video',
  meetingLink: 'https://zoom.example/j/1',
  location: null,
  slots: [{ start: '2026-03-12T14:30:00-04:00', end: '2026-03-12T15:15:00-04:00' }],
  schedulingLink: null,
  replyTo: { name: 'Priya Raman', address: 'priya@northwind.example' },
  inferred: [],
  ...overrides,
});

describe('composeDrafts', () => {
  it('confirms the fixed time, greets the recruiter by name, signs with the signature', () => {
    const { accept, decline } = composeDrafts({ facts: facts(), originalSubject: 'Fwd: Interview invitation: Data Analyst', owner });
    expect(accept.to).toBe('priya@northwind.example');
    expect(accept.subject).toBe('Re: Interview invitation: Data Analyst');
    expect(accept.body).toMatch(/^Dear Priya,/);
    expect(accept.body).toContain('I am glad to confirm Thursday, March 12, 2026 at 2:30 PM.');
    expect(accept.body).not.toContain('UTC');
    expect(accept.body).toMatch(/Best regards,\nAlex Morgan\n\+1 555 0100$/);
    expect(decline.body).toContain('if a position closer to my goals opens up at Northwind Traders');
  });

  it('offers the owner’s availability when no time is fixed, and points to a scheduling link when there is one', () => {
    expect(composeDrafts({ facts: facts({ slots: [] }), originalSubject: 'x', owner }).accept.body).toContain('I am available on weekdays after 2 pm');
    expect(composeDrafts({ facts: facts({ slots: [], schedulingLink: 'https://cal.example/p' }), originalSubject: 'x', owner }).accept.body).toContain('scheduling link');
  });

  it('addresses no draft to a recipient that is no plain mailbox on a host name', () => {
    // Prepare: facts stored before extraction checked the address.
    const hostile = facts({ replyTo: { name: 'Priya Raman', address: 'priya@northwind.example?bcc=victim@evil.example' } });
    // Act
    const { accept, decline } = composeDrafts({ facts: hostile, originalSubject: 'Interview', owner });
    // Assess
    expect([accept.to, decline.to]).toEqual([null, null]);
  });

  it('writes one accept draft per proposed slot', () => {
    const slots = [
      { start: '2026-03-17T10:00:00-05:00', end: null },
      { start: '2026-03-18T15:30:00-05:00', end: null },
    ];
    const drafts = composeDrafts({ facts: facts({ slots }), originalSubject: 'x', owner });
    expect(drafts.acceptSlots.map((d) => d.body.match(/confirm the time you proposed on (.*?)\./)?.[1])).toEqual([
      'Tuesday, March 17, 2026 at 10:00 AM',
      'Wednesday, March 18, 2026 at 3:30 PM',
    ]);
    expect(drafts.accept).toEqual(drafts.acceptSlots[0]);
  });

  it('asks for another time when the owner has a conflict', () => {
    const { accept } = composeDrafts({ facts: facts(), originalSubject: 'x', owner, proposeOtherTimes: true });
    expect(accept.body).toContain('I already have a commitment on Thursday, March 12, 2026 at 2:30 PM.');
    expect(accept.body).toContain('I am available on weekdays after 2 pm; would another time work for you?');
  });

  it.each([
    ['fr', /^Bonjour Priya,[\s\S]*jeudi 12 mars 2026 à 14:30\.[\s\S]*Bien cordialement,/],
    ['de', /^Guten Tag Priya Raman,[\s\S]*Donnerstag, 12\. März 2026 um 14:30\.[\s\S]*Mit freundlichen Grüßen/],
    ['es', /^Hola, Priya:[\s\S]*jueves, 12 de marzo de 2026 a las 14:30\.[\s\S]*Un cordial saludo,/],
  ] as const)('writes the drafts in the invitation’s language (%s)', (language, pattern) => {
    const { accept, decline } = composeDrafts({ facts: facts({ language }), originalSubject: 'Entretien', owner });
    expect(accept.body).toMatch(pattern);
    expect(decline.body).not.toContain('Dear');
  });

  it.each([
    ['a directory\'s "Last, First"', 'Raman, Priya', 'Dear Priya,', 'Guten Tag Priya Raman,'],
    ['a company after a bar', 'Priya Raman | Northwind', 'Dear Priya,', 'Guten Tag Priya Raman,'],
    ['pronouns in brackets', 'Priya Raman (she/her)', 'Dear Priya,', 'Guten Tag Priya Raman,'],
    ['a title before the name', 'Dr. Priya Raman', 'Dear Priya,', 'Guten Tag Dr. Priya Raman,'],
    ['an Austrian academic title', 'Mag. Priya Raman', 'Dear Priya,', 'Guten Tag Mag. Priya Raman,'],
    ['a double surname, "Last, First"', 'García López, Ana', 'Dear Ana,', 'Guten Tag Ana García López,'],
  ] as const)('greets the person a display name names: %s', (_shape, name, english, german) => {
    const replyTo = { name, address: 'priya@northwind.example' };
    expect(composeDrafts({ facts: facts({ replyTo }), originalSubject: 'x', owner }).accept.body.split('\n')[0]).toBe(english);
    expect(composeDrafts({ facts: facts({ replyTo, language: 'de' }), originalSubject: 'x', owner }).accept.body.split('\n')[0]).toBe(german);
  });

  it('says how to answer when there is no address', () => {
    const { accept } = composeDrafts({ facts: facts({ replyTo: null, schedulingLink: 'https://cal.example/p' }), originalSubject: 'x', owner });
    expect(accept.to).toBeNull();
    expect(accept.body).toMatch(/^\[invite-advisor found no address to reply to: send this through https:\/\/cal\.example\/p\.\]/);
  });
});

describe('links and the calendar hold', () => {
  it('a mailto link fills in recipient, subject, body and the choice-recording Bcc', () => {
    const href = mailto({ to: 'priya@northwind.example', subject: 'Re: A & B', body: 'Hi,\nyes' }, 'interviews+abc-accept@in.example.com');
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('priya@northwind.example');
    expect(url.searchParams.get('subject')).toBe('Re: A & B');
    expect(url.searchParams.get('body')).toBe('Hi,\nyes');
    expect(url.searchParams.get('bcc')).toBe('interviews+abc-accept@in.example.com');
  });

  it('each proposed slot gets its own accept link', () => {
    const slots = [
      { start: '2026-03-17T10:00:00-05:00', end: null },
      { start: '2026-03-18T15:30:00-05:00', end: null },
    ];
    const f = facts({ slots });
    const drafts = composeDrafts({ facts: f, originalSubject: 'x', owner });
    const { html } = renderRecommendation({
      inviteId: 'i',
      facts: f,
      decision: { verdict: 'attend', reasons: [], proposeOtherTimes: false },
      drafts,
      original: { subject: 'x', from: null },
      owner: { name: 'Alex', timeZone: 'UTC' },
      choiceAddress: (choice) => `interviews+tok-${choice.verdict}-${choice.slot ?? 0}@in.example.com`,
    });
    // Mustache escapes = and / in attributes; the browser decodes them back (the Chromium test checks hrefs).
    const decoded = html.replace(/&#x3D;/g, '=').replace(/&#x2F;/g, '/').replace(/&amp;/g, '&');
    expect(decoded).toContain('Accept time 1: Tuesday, March 17, 2026 at 10:00 AM (UTC-05:00)');
    expect(decoded).toContain('Accept time 2: Wednesday, March 18, 2026 at 3:30 PM (UTC-05:00)');
    expect(decoded).toContain('bcc=interviews%2Btok-attend-2@in.example.com');
    expect(decoded).toContain('bcc=interviews%2Btok-decline-0@in.example.com');
  });

  it('the calendar hold is METHOD:PUBLISH with no organizer or attendee (never an RSVP)', () => {
    const ics = calendarHold('abcdefghijklmnop', facts(), new Date('2026-03-01T00:00:00Z'));
    expect(ics).toContain('METHOD:PUBLISH');
    expect(ics).toContain('DTSTART:20260312T183000Z');
    expect(ics).toContain('DTEND:20260312T191500Z');
    expect(ics).toContain('DTSTAMP:20260301T000000Z');
    expect(ics).toContain('SUMMARY:Interview: Data Analyst at Northwind Traders');
    expect(ics).not.toMatch(/ORGANIZER|ATTENDEE|METHOD:REQUEST|METHOD:REPLY/);
    expect(calendarHold('x', facts({ slots: [] }), new Date())).toBeNull();
  });
});
