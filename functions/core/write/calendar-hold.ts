/**
 * A calendar hold for the OWNER only: METHOD:PUBLISH, no organizer, no attendees, so importing it can
 * never send an RSVP to the recruiter (forwarding the meeting may already have notified them).
 *
 * Written here, as RFC 5545 text (§3.3.11 escaping, §3.1 folding), rather than with the `ics` package:
 * the event is ours, each value built below from facts already read and bounded, so the package's
 * schema validation (yup, run twice per event) checked nothing and cost a twentieth of the pipeline. The
 * output is the package's, byte for byte, for ASCII text (tests/unit/core/write/calendar-hold.test.ts
 * compares them); non-ASCII lines are folded at 75 octets as the RFC asks, where the package counted
 * characters.
 */
import { fillText, ownerWords } from '../../../templates/templates.js';
import type { InviteFacts } from '../extract/extract.js';
import { HOUR_MS, MINUTE_MS } from '../mail/mail.js';

export function calendarHold(inviteId: string, facts: InviteFacts, now: Date): string | null {
  const slot = facts.slots.length === 1 ? facts.slots[0] : undefined;
  if (!slot) return null;
  const start = Date.parse(slot.start);
  // The end written with the time, else the length said in prose ("a 45-minute call"), else an hour.
  const end = slot.end ? Date.parse(slot.end) : start + (facts.durationMinutes ? facts.durationMinutes * MINUTE_MS : HOUR_MS);
  // What the package refused (it took only times from 1970 on) gets no hold, as before; and no time at all.
  if (!(start >= 0 && end >= 0 && now.getTime() >= 0)) return null;
  const words = ownerWords.calendarHold;
  const what = fillText(ownerWords.phrases.roleAtCompany, { role: facts.role, company: facts.company });
  const location = facts.location ?? facts.meetingLink;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:invite-advisor',
    'METHOD:PUBLISH',
    'X-PUBLISHED-TTL:PT1H',
    'BEGIN:VEVENT',
    `UID:${inviteId}@invite-advisor`,
    `SUMMARY:${text(fillText(words.title, { what: what || null }))}`,
    `DTSTAMP:${utc(now.getTime())}`,
    `DTSTART:${utc(start)}`,
    `DTEND:${utc(end)}`,
    `DESCRIPTION:${text(fillText(words.description, { meetingLink: facts.meetingLink }))}`,
    ...(location ? [`LOCATION:${text(location)}`] : []),
    'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** A DATE-TIME in UTC: `20260312T183000Z`. */
function utc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}/, '').replace(/[-:]/g, '');
}

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks written as `\n`. */
function text(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/;/g, '\\;').replace(/,/g, '\\,');
}

/**
 * A content line folded so that no line is longer than 75 octets: a CRLF and one white-space character
 * (a tab, as the package wrote) before each continuation, and never inside a character.
 */
function fold(line: string): string {
  if (line.length <= 75 && !/[^ -~]/.test(line)) return line;
  let folded = '';
  let chunk = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > limit) {
      folded += `${chunk}\r\n\t`;
      chunk = '';
      octets = 0;
      limit = 74;
    }
    chunk += ch;
    octets += size;
  }
  return folded + chunk;
}
