/** The two ready-to-send answers to the recruiter: accept and polite decline. */
import Mustache from 'mustache';
import { drafts as words } from '../../templates/en.js';
import type { InviteFacts, Slot } from './extract.js';
import type { Mailbox } from './mail/addresses.js';

export interface Draft {
  /** null exactly when no usable recruiter address was found */
  to: string | null;
  subject: string;
  body: string;
}

export interface Drafts {
  accept: Draft;
  decline: Draft;
}

export interface DraftContext {
  facts: InviteFacts;
  originalSubject: string | null;
  owner: { name: string; signature: string; availability: string };
  /** the owner has another interview then: the accept draft asks for another time */
  proposeOtherTimes?: boolean;
}

const plainText = { escape: (value: unknown) => String(value) };

export function composeDrafts({ facts, originalSubject, owner, proposeOtherTimes = false }: DraftContext): Drafts {
  const to = facts.replyTo?.address ?? null;
  const subject = replySubject(originalSubject);
  const firstSlot = facts.slots[0];
  const view = {
    greeting: greeting(facts.replyTo),
    role: facts.role,
    company: facts.company,
    slot: firstSlot ? describeSlot(firstSlot) : null,
    conflict: proposeOtherTimes,
    schedulingLink: facts.schedulingLink,
    availability: owner.availability,
    ownerName: owner.name,
    signature: owner.signature.trim() || null,
    noAddress: to ? null : Mustache.render(words.noAddress, { schedulingLink: facts.schedulingLink }, {}, plainText),
  };
  return {
    accept: { to, subject, body: Mustache.render(words.accept, view, {}, plainText) },
    decline: { to, subject, body: Mustache.render(words.decline, view, {}, plainText) },
  };
}

export function replySubject(subject: string | null): string {
  const clean = (subject ?? '').replace(/[\r\n]+/g, ' ').trim();
  const withoutForward = clean.replace(/^(?:(?:fwd?|fw|tr|wg|rv|enc)\s*:\s*)+/i, '');
  if (!withoutForward) return 'Re: your interview invitation';
  return /^(?:re|aw|sv)\s*:/i.test(withoutForward) ? withoutForward : `Re: ${withoutForward}`;
}

function greeting(recruiter: Mailbox | null): string {
  const first = recruiter?.name?.split(/[\s,]+/)[0];
  // A display name like "Careers" or "Talent Team" is not a person: greet without a name.
  if (!first || /^(?:careers?|talent|recruiting|hr|jobs?|team|the|no-?reply)$/i.test(first)) return words.greetingUnnamed;
  return Mustache.render(words.greetingNamed, { name: first }, {}, plainText);
}

/** A slot in the invitation's own words and zone: "Thursday, March 12, 2026 at 2:30 PM (UTC-04:00)". */
export function describeSlot(slot: Slot): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2}:\d{2})$/.exec(slot.start);
  if (!match) return slot.start;
  const local = new Date(`${match[1]}Z`);
  const date = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(local);
  const time = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(local);
  return `${date} at ${time} (UTC${match[2]})`;
}
