/**
 * How much of one invitation is kept: what was read is bounded here, once, before anything is decided,
 * drafted, stored or written into a reply. Mail can hold anything (a calendar of 5,000 events, a subject
 * of a million characters, a megabyte of note); what the owner gets and what is stored stays small by
 * construction: a 5,000-event calendar once gave 2,131 slots, +404 MB of memory and a stored item past
 * DynamoDB's 400 KB limit, a long subject a 7 MB reply (repeated in every draft and mailto button).
 *
 * Each limit is far above what any invitation of the labelled corpus comes near (subjects of 116
 * characters at most, notes of 667), so real mail reads as before.
 */
import type { ForwardAnalysis, InviteFacts, Slot } from '../extract/extract.js';
import { capText, type Mailbox } from '../mail/mail.js';

export const LIMITS = {
  /** times kept and offered (one accept draft and button each): the earliest upcoming ones */
  slots: 10,
  /** the original's subject, in characters */
  subject: 300,
  /** display names, company and role */
  name: 150,
  /** an address longer than this is none (RFC 5321 paths stop at 256 octets) */
  address: 320,
  /** the owner's note above the forward */
  note: 2000,
  location: 500,
  /** a link longer than this is no link anyone clicks */
  link: 2048,
  /** an invitation's own words for a time */
  written: 120,
  /** a Message-ID longer than a header line is no Message-ID */
  messageId: 998,
  cc: 50,
  /** calendar parts read (an invitation has one, Outlook sends it twice) */
  calendars: 4,
} as const;

/** The forward analysis with its original's header values and the note bounded. */
export function boundedForward(forward: ForwardAnalysis): ForwardAnalysis {
  const { original } = forward;
  return {
    ...forward,
    note: forward.note === null ? null : capText(forward.note, LIMITS.note),
    original: {
      ...original,
      from: boundedMailbox(original.from),
      replyTo: boundedMailbox(original.replyTo),
      cc: original.cc
        .slice(0, LIMITS.cc)
        .map(boundedMailbox)
        .filter((box): box is Mailbox => box !== null),
      subject: original.subject === null ? null : capText(original.subject, LIMITS.subject),
      messageId: original.messageId !== null && original.messageId.length > LIMITS.messageId ? null : original.messageId,
      calendars: original.calendars.slice(0, LIMITS.calendars),
    },
  };
}

/**
 * The facts with every value bounded, and at most `LIMITS.slots` times: the earliest of those still to
 * come at `receivedAt` (filled up with the latest that had passed when fewer are to come); `moreSlots`
 * says how many more the invitation proposed.
 */
export function boundedFacts(facts: InviteFacts, receivedAt: Date | null): InviteFacts {
  const slots = earliestUpcoming(facts.slots, receivedAt).map((slot) => (slot.written && slot.written.length > LIMITS.written ? { ...slot, written: capText(slot.written, LIMITS.written) } : slot));
  const more = facts.slots.length - slots.length;
  return {
    ...facts,
    company: cap(facts.company, LIMITS.name),
    role: cap(facts.role, LIMITS.name),
    location: cap(facts.location, LIMITS.location),
    meetingLink: link(facts.meetingLink),
    schedulingLink: link(facts.schedulingLink),
    replyTo: boundedMailbox(facts.replyTo),
    slots,
    ...(more > 0 ? { moreSlots: more } : {}),
  };
}

function earliestUpcoming(slots: Slot[], receivedAt: Date | null): Slot[] {
  if (slots.length <= LIMITS.slots) return slots;
  const now = receivedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const upcoming = slots.filter((slot) => Date.parse(slot.start) >= now).slice(0, LIMITS.slots);
  const passed = slots.filter((slot) => Date.parse(slot.start) < now);
  return [...passed.slice(Math.max(0, passed.length - (LIMITS.slots - upcoming.length))), ...upcoming];
}

function boundedMailbox(box: Mailbox | null): Mailbox | null {
  if (!box || box.address.length > LIMITS.address) return null;
  return box.name && box.name.length > LIMITS.name ? { ...box, name: capText(box.name, LIMITS.name) } : box;
}

function cap(value: string | null, max: number): string | null {
  return value === null ? null : capText(value, max);
}

function link(value: string | null): string | null {
  return value !== null && value.length <= LIMITS.link ? value : null;
}
