/**
 * A calendar hold for the OWNER only: METHOD:PUBLISH, no organizer, no attendees, so importing it can
 * never send an RSVP to the recruiter (forwarding the meeting may already have notified them).
 */
import { createEvent, type EventAttributes } from 'ics';
import { fillText, ownerWords } from '../../../templates/templates.js';
import type { InviteFacts } from '../extract/extract.js';
import { HOUR_MS, MINUTE_MS } from '../mail/mail.js';

export function calendarHold(inviteId: string, facts: InviteFacts, now: Date): string | null {
  const slot = facts.slots.length === 1 ? facts.slots[0] : undefined;
  if (!slot) return null;
  const start = Date.parse(slot.start);
  // The end written with the time, else the length said in prose ("a 45-minute call"), else an hour.
  const end = slot.end ? Date.parse(slot.end) : start + (facts.durationMinutes ? facts.durationMinutes * MINUTE_MS : HOUR_MS);
  const words = ownerWords.calendarHold;
  const what = fillText(ownerWords.phrases.roleAtCompany, { role: facts.role, company: facts.company });
  // `timestamp` (DTSTAMP) is supported by ics at run time but missing from its types; without it the
  // library reads the clock, which the core never does.
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
    title: fillText(words.title, { what: what || null }),
    description: fillText(words.description, { meetingLink: facts.meetingLink }),
    ...(facts.location ?? facts.meetingLink ? { location: (facts.location ?? facts.meetingLink)! } : {}),
    busyStatus: 'BUSY',
  };
  const { error, value } = createEvent(attributes);
  if (error || !value) return null;
  return value;
}
