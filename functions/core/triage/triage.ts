/**
 * The pure pipeline from a parsed message to a recommendation: find the original → extract → decide →
 * draft. The Lambda use case (with the owner's history) and the `triage` command (without) both call it.
 */
import type { Preferences } from '../../config/schema.js';
import { decide, isInvitation, NO_HISTORY, type Decision, type History } from '../decide/decide.js';
import { composeDrafts, type Drafts } from '../write/write.js';
import { extractFacts, MAX_EXTRACT_CHARS, toIsoWithOffset, type InviteFacts, type OriginalMessage } from '../extract/extract.js';
import { findOriginal, type ForwardAnalysis } from '../extract/extract.js';
import { imageAlts, MINUTE_MS, normalizeAddress, withoutReplyOrForwardPrefixes, type Mailbox } from '../mail/mail.js';
import type { ParsedMessage } from '../mail/mail.js';
import { inviteIdFor } from '../reply/reply.js';
import { boundedFacts, boundedForward } from './bounds.js';

export interface OwnerProfile {
  addresses: readonly string[];
  /** old addresses whose forwards are hops of a forward chain (owner.formerAddresses) */
  formerAddresses?: readonly string[];
  name: string;
  signature: string;
  availability: string;
  timeZone: string;
}

/** What was read from the mail, before any decision. */
export interface Reading {
  inviteId: string;
  forward: ForwardAnalysis;
  facts: InviteFacts;
}

export interface Triage extends Reading {
  decision: Decision;
  drafts: Drafts;
}

/** Who the owner is, as reading needs it: addresses (former ones too), name and zone (all but addresses optional). */
export type OwnerIdentity = Pick<OwnerProfile, 'addresses'> & Partial<Pick<OwnerProfile, 'name' | 'timeZone'>> & { formerAddresses?: readonly string[] };

export async function readInvitation(message: ParsedMessage, owner: OwnerIdentity): Promise<Reading> {
  // What was read is bounded before anything else sees it (bounds.ts).
  const forward = boundedForward(await findOriginal(message, { addresses: owner.addresses, formerAddresses: owner.formerAddresses ?? [], name: owner.name ?? null }));
  const read = extractFacts(forward.original, {
    ownerAddresses: [...owner.addresses, ...(owner.formerAddresses ?? [])],
    fallbackDate: message.date,
    // "Is it an invitation?" is the decision's classifier; `#invite` in the owner's note overrules a no.
    isInvitation: (evidence) => isInvitation(evidence, forward.note),
    ...(owner.timeZone ? { ownerTimeZone: owner.timeZone } : {}),
    ...(message.date ? { receivedAt: message.date.instant } : {}),
    // …of the received mail and of an invitation attached to it (its logo).
    imageAlts: [...imageAlts(message.html), ...(forward.original.imageAlts ?? [])],
    attachmentNames: message.attachmentNames ?? [],
    note: forward.note,
  });
  const facts = boundedFacts(read, message.date?.instant ?? null);
  return { inviteId: inviteIdFor(identityKey(forward)), forward, facts };
}

export function recommend(reading: Reading, owner: OwnerProfile, preferences: Preferences, history: History = NO_HISTORY): Triage {
  const { forward, facts } = reading;
  const { original } = forward;
  const decision = decide({ facts, note: forward.note, inviteText: decisionText(original), preferences, history });
  const drafts = composeDrafts({ facts, originalSubject: original.subject, owner, proposeOtherTimes: decision.proposeOtherTimes });
  return { ...reading, decision, drafts };
}

/**
 * The invitation's words as the decision reads them: its subject and the part of its body that was
 * read for the facts. Reading all of a 10 MB body took minutes (its clauses are weighed one by one).
 */
export function decisionText(original: Pick<OriginalMessage, 'subject' | 'body'>): string {
  return `${original.subject ?? ''}\n${original.body.slice(0, MAX_EXTRACT_CHARS)}`;
}

/**
 * Read and decide as a first-time owner would get it (no history): what `triage` prints.
 * `ownerZoneKnown: false` when `owner.timeZone` is only a stand-in (no profile named one): it is then
 * used to show times, never to read them.
 */
export async function triageMessage(message: ParsedMessage, owner: OwnerProfile, preferences: Preferences, ownerZoneKnown = true): Promise<Triage> {
  return recommend(await readAsOwner(message, owner, ownerZoneKnown), owner, preferences);
}

/** The reading `triageMessage` decides on; the owner's zone read times only when it is known. */
export async function readAsOwner(message: ParsedMessage, owner: OwnerProfile, ownerZoneKnown = true): Promise<Reading> {
  const { timeZone: _shownOnly, ...identity } = owner;
  return readInvitation(message, ownerZoneKnown ? owner : identity);
}

/**
 * An invitation's identity, separate from the SES message id: its sender's normalised address with the
 * original's Message-ID when the forward kept it, else with its subject and date. Forwarding the same
 * invitation twice gives the same id. The sender is always part of it: a Message-ID is chosen by whoever
 * writes the mail, so another sender reusing one gets an invitation of its own and never takes over an
 * earlier one (its drafts, its recipient, its reply tokens).
 */
export function identityKey({ original }: ForwardAnalysis): string {
  const from = original.from ? normalizeAddress(original.from.address) : '';
  if (original.messageId) return `sender:${from}|message-id:${original.messageId.trim().toLowerCase()}`;
  const subject = withoutReplyOrForwardPrefixes(original.subject ?? '').toLowerCase();
  const date = original.date ? String(Math.floor(original.date.instant.getTime() / MINUTE_MS)) : '';
  return `sender:${from}|subject:${subject}|date:${date}`;
}

/** The JSON of the triage contract (docs/triage-contract.md). Field names are stable. */
export interface TriageJson {
  isInvite: boolean;
  forwarded: boolean;
  note: string | null;
  original: { from: Mailbox | null; subject: string | null; date: string | null };
  replyTo: Mailbox | null;
  company: string | null;
  role: string | null;
  format: InviteFacts['format'];
  meetingLink: string | null;
  location: string | null;
  slots: InviteFacts['slots'];
  /** how many more times the invitation proposed than the (at most 10) `slots`; an addition, present only then */
  moreSlots?: number;
  schedulingLink: string | null;
  /** the words of times the invitation wrote that were not understood (no slot is given for them); an addition, present only then */
  timesNotUnderstood?: string[];
  /** the calendar's time (kept) and the text's when they disagree; an addition, present only then */
  timeConflict?: { calendar: string; text: string };
  /** facts inferred rather than read (e.g. "slot-time-zone"); an addition to the contract */
  inferred: InviteFacts['inferred'];
  /** reasons carry their `evidence` and the decision says how the note was read (`noteReading`): additions to the contract */
  decision: { verdict: Decision['verdict']; reasons: Decision['reasons']; noteReading: NonNullable<Decision['noteReading']> };
  drafts: Pick<Drafts, 'accept' | 'decline'>;
}

export function toTriageJson(triage: Triage): TriageJson {
  const { forward, facts } = triage;
  const date = forward.original.date;
  return {
    isInvite: facts.isInvite,
    forwarded: forward.forwarded,
    note: forward.note,
    original: {
      from: forward.original.from,
      subject: forward.original.subject,
      date: date ? toIsoWithOffset(date.instant, date.offsetMinutes ?? 0) : null,
    },
    replyTo: facts.replyTo,
    company: facts.company,
    role: facts.role,
    format: facts.format,
    meetingLink: facts.meetingLink,
    location: facts.location,
    slots: facts.slots,
    ...(facts.moreSlots ? { moreSlots: facts.moreSlots } : {}),
    schedulingLink: facts.schedulingLink,
    ...(facts.timesNotUnderstood ? { timesNotUnderstood: facts.timesNotUnderstood } : {}),
    ...(facts.timeConflict ? { timeConflict: facts.timeConflict } : {}),
    inferred: facts.inferred,
    decision: { verdict: triage.decision.verdict, reasons: triage.decision.reasons, noteReading: { byModel: false, ...(triage.decision.noteReading ?? { read: true, notUnderstood: [] }) } },
    drafts: { accept: triage.drafts.accept, decline: triage.drafts.decline },
  };
}
