/**
 * The calendar hold is written without the `ics` package (core/write/calendar-hold.ts): it must say what
 * the package said. For ASCII text the bytes are the package's; for any text, unfolded, the same lines,
 * and no line longer than 75 octets (RFC 5545 §3.1).
 */
import { createEvent, type EventAttributes } from 'ics';
import { describe, expect, it } from 'vitest';
import { fillText, ownerWords } from '../../../../templates/templates.js';
import type { InviteFacts } from '../../../../functions/core/extract/extract.js';
import { calendarHold } from '../../../../functions/core/write/calendar-hold.js';

function facts(patch: Partial<InviteFacts> = {}): InviteFacts {
  return {
    isInvite: true,
    language: 'en',
    company: 'Northwind Traders',
    role: 'Data Analyst',
    format: 'video',
    meetingLink: 'https://zoom.us/j/123456789',
    location: null,
    slots: [{ start: '2026-03-12T14:30:00-04:00', end: '2026-03-12T15:15:00-04:00' }],
    inferred: [],
    schedulingLink: null,
    replyTo: null,
    ...patch,
  };
}

/** What calendar-hold.ts wrote with the package, before. */
function withPackage(inviteId: string, f: InviteFacts, now: Date): string | null {
  const slot = f.slots.length === 1 ? f.slots[0] : undefined;
  if (!slot) return null;
  const start = Date.parse(slot.start);
  const end = slot.end ? Date.parse(slot.end) : start + 3_600_000;
  const what = fillText(ownerWords.phrases.roleAtCompany, { role: f.role, company: f.company });
  const attributes: EventAttributes & { timestamp: number } = {
    productId: 'invite-advisor',
    method: 'PUBLISH',
    uid: `${inviteId}@invite-advisor`,
    timestamp: now.getTime(),
    start,
    startInputType: 'utc',
    startOutputType: 'utc',
    end,
    endInputType: 'utc',
    endOutputType: 'utc',
    title: fillText(ownerWords.calendarHold.title, { what: what || null }),
    description: fillText(ownerWords.calendarHold.description, { meetingLink: f.meetingLink }),
    ...(f.location ?? f.meetingLink ? { location: (f.location ?? f.meetingLink)! } : {}),
    busyStatus: 'BUSY',
  };
  const { error, value } = createEvent(attributes);
  return error || !value ? null : value;
}

const unfold = (ics: string) => ics.replace(/\r\n[\t ]/g, '');
const NOW = new Date('2026-03-01T00:00:00Z');

describe('the calendar hold, written as the ics package wrote it', () => {
  it.each([
    ['a video interview', facts()],
    ['no end: an hour', facts({ slots: [{ start: '2026-03-12T14:30:00-04:00', end: null }] })],
    ['an onsite one with commas, semicolons, a backslash and a line break in its place', facts({ format: 'onsite', meetingLink: null, location: '2200 Colley Avenue, Suite 4; Norfolk\\VA\n23517' })],
    ['no company, no role', facts({ company: null, role: null, meetingLink: null })],
    ['a long role and a long link, folded', facts({ role: 'Senior Principal Data Platform Reliability Engineer, Streaming and Batch Analytics', meetingLink: `https://zoom.us/j/123456789?pwd=${'a1B2'.repeat(40)}` })],
  ])('%s: the same bytes', (_, f) => {
    const ours = calendarHold('abcdefghijklmnop', f, NOW);
    expect(ours).not.toBeNull();
    expect(ours).toBe(withPackage('abcdefghijklmnop', f, NOW));
  });

  it.each([
    ['accents', 'Ingénieure données — équipe Sécurité, Île-de-France'.repeat(3)],
    ['Japanese', 'データアナリスト（正社員）東京本社・面接のご案内'.repeat(4)],
    ['emoji and joined sequences', `Data 👩‍💻 Analyst 🇫🇷 ${'🎉'.repeat(60)}`],
  ])('%s: the same lines unfolded, none over 75 octets', (_, role) => {
    const f = facts({ role });
    const ours = calendarHold('abcdefghijklmnop', f, NOW)!;
    expect(unfold(ours)).toBe(unfold(withPackage('abcdefghijklmnop', f, NOW)!));
    for (const line of ours.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('no hold where the package gave none: a time before 1970, or no single time', () => {
    const early = facts({ slots: [{ start: '1969-12-31T10:00:00-05:00', end: null }] });
    expect(withPackage('x', early, NOW)).toBeNull();
    expect(calendarHold('x', early, NOW)).toBeNull();
    expect(calendarHold('x', facts({ slots: [] }), NOW)).toBeNull();
  });
});
