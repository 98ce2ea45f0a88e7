/**
 * The two ready-to-send answers to the recruiter: accept and polite decline, in the invitation's
 * language when it is French, German or Spanish (English otherwise), and one accept per proposed slot.
 */
import { DRAFT_WORDS, fillText, ownerWords as en, type DraftWords } from '../../../templates/templates.js';
import { isRoleMailbox, roleTitle, type InviteFacts, type InviteLanguage, type Slot } from '../extract/extract.js';
import { dateTimeFormat, isReplySubject, recipientAddress, withoutForwardPrefixes, type Mailbox } from '../mail/mail.js';

export interface Draft {
  /** null exactly when no usable recruiter address was found */
  to: string | null;
  subject: string;
  body: string;
}

export interface Drafts {
  accept: Draft;
  decline: Draft;
  /** when several slots were proposed: an accept draft confirming each, in order (accept is the first) */
  acceptSlots: Draft[];
  language: InviteLanguage;
}

export interface DraftContext {
  facts: InviteFacts;
  originalSubject: string | null;
  owner: { name: string; signature: string; availability: string };
  /** the owner has another interview then: the accept draft asks for another time */
  proposeOtherTimes?: boolean;
}


export function composeDrafts({ facts, originalSubject, owner, proposeOtherTimes = false }: DraftContext): Drafts {
  const words: DraftWords = DRAFT_WORDS[facts.language];
  // Only a plain mailbox on a host name is ever a recipient (extraction chooses no other).
  const to = facts.replyTo && recipientAddress(facts.replyTo.address) ? facts.replyTo.address : null;
  const subject = replySubject(originalSubject, words.drafts.subjectWhenNone);
  const view = (slot: Slot | undefined) => ({
    greeting: greeting(facts.replyTo, facts.company, words.drafts),
    // A small employer's "someone for the kitchen" is the work, not a position's title: the draft names none.
    role: roleTitle(facts.role),
    company: facts.company,
    // To the recruiter, the time as they wrote it, in their own zone: no offset to decode.
    slot: slot ? describeSlot(slot, words.slotWords, { withOffset: false }) : null,
    several: facts.slots.length > 1,
    conflict: proposeOtherTimes,
    // Every proposed time had passed when the owner forwarded it: ask for a new one, confirm none.
    passed: facts.timePassed === true,
    schedulingLink: facts.schedulingLink,
    // The configuration's default availability is English; in another language's draft it reads as that
    // language's own default ("Ich bin werktags zwischen 9:00 und 17:00 Uhr verfügbar"), never mixed in.
    availability: owner.availability === en.drafts.defaultAvailability ? words.drafts.defaultAvailability : owner.availability,
    ownerName: owner.name,
    signature: owner.signature.trim() || null,
    noAddress: to ? null : fillText(words.drafts.noAddress, { schedulingLink: facts.schedulingLink }),
  });
  const draft = (template: string, slot: Slot | undefined): Draft => ({ to, subject, body: fillText(template, view(slot)) });
  const acceptSlots = facts.slots.length > 1 && !proposeOtherTimes ? facts.slots.map((slot) => draft(words.drafts.accept, slot)) : [];
  return {
    accept: acceptSlots[0] ?? draft(words.drafts.accept, facts.slots[0]),
    decline: draft(words.drafts.decline, facts.slots[0]),
    acceptSlots,
    language: facts.language,
  };
}

export function replySubject(subject: string | null, whenNone: string = en.drafts.subjectWhenNone): string {
  const clean = (subject ?? '').replace(/[\r\n]+/g, ' ').trim();
  const withoutForward = withoutForwardPrefixes(clean);
  if (!withoutForward) return whenNone;
  return isReplySubject(withoutForward) ? withoutForward : `Re: ${withoutForward}`;
}

function greeting(recruiter: Mailbox | null, company: string | null, words: { greetingNamed: string; greetingUnnamed: string; greetingTeam: string }): string {
  // A team mailbox (talent@, careers@, saiyo@) under a company's name is greeted as a team, never by the
  // first word of that name ("Dear Lumière," for "Lumière Énergies – Talent Acquisition").
  if (recruiter && isRoleMailbox(recruiter.address)) return company ? fillText(words.greetingTeam, { company }) : words.greetingUnnamed;
  const fullName = personName(recruiter?.name ?? '');
  // The first name, after a title ("Dr. Petra Lang", "Mrs Priya Raman"): a title alone is no name.
  const first = fullName.split(/[\s,]+/).find((word) => !TITLE_WORD.test(word));
  // A display name like "Careers" or "Talent Team" is not a person: greet without a name.
  if (!first || /^(?:careers?|talent|recruiting|hr|jobs?|team|the|no-?reply|rh|recrutement|personal)$/i.test(first)) return words.greetingUnnamed;
  // `name` is the first name ("Dear Sofia,"); `fullName` the whole one, where the language greets so in
  // writing that says "Sie" ("Guten Tag Sofia Brandt,").
  return fillText(words.greetingNamed, { name: first, fullName });
}

const TITLE_WORD = /^(?:dr|dra|drs|prof|mr|mrs|ms|miss|herr|frau|mag|dipl|ing|ir|mme|mlle|m|sr|sra|srta|sig|dott|dottssa|avv|arch|eng|lic|mgr|dhr|mevr)\.?$/i;

/**
 * A display name as the person is called: a directory's "Last, First" ("Brandt, Sofia", as Outlook shows
 * colleagues in many companies) is Sofia Brandt; what follows a bar, a dash between spaces, an "@" or a
 * bracket is the company or a title ("Sofia Brandt | Oakmoor Bank", "Sofia Brandt (she/her)").
 */
export function personName(displayName: string): string {
  const plain = displayName.split(/\s+[|–—@-]\s+|\s*[|(（]/u)[0]!.trim();
  const lastFirst = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?)$/u.exec(plain);
  return lastFirst ? `${lastFirst[2]} ${lastFirst[1]}` : plain;
}

/**
 * A slot in the invitation's own zone and the draft's language:
 * "Thursday, March 12, 2026 at 2:30 PM (UTC-04:00)", "jeudi 16 avril 2026 à 14:30 (UTC+02:00)";
 * without the offset in the drafts, where the recruiter reads it in their own zone.
 */
export function describeSlot(slot: Slot, words: { locale: string; at: string } = en.slotWords, options: { withOffset: boolean } = { withOffset: true }): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})([+-]\d{2}:\d{2})$/.exec(slot.start);
  if (!match) return slot.start;
  // The wall-clock time as written, formatted as if it were UTC, then the offset it was written in.
  const local = new Date(`${match[1]}Z`);
  if (Number.isNaN(local.getTime())) return slot.start;
  const date = dateTimeFormat(words.locale, { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(local);
  const time = dateTimeFormat(words.locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(local);
  return options.withOffset ? `${date} ${words.at} ${time} (UTC${match[2]})` : `${date} ${words.at} ${time}`;
}
