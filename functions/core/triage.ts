/**
 * The pure pipeline from raw bytes to a recommendation: parse → find the original → extract → decide →
 * draft. The Lambda use case and the `triage` command both call it; neither adds logic of its own here.
 */
import type { Preferences } from '../config/schema.js';
import { decide, type Decision } from './decide.js';
import { composeDrafts, type Drafts } from './drafts.js';
import { extractFacts, type InviteFacts } from './extract.js';
import { findOriginal, type ForwardAnalysis } from './forward.js';
import { normalizeAddress, type Mailbox } from './mail/addresses.js';
import type { ParsedMessage } from './mail/parse.js';
import { inviteIdFor } from './token.js';
import { toIsoWithOffset } from './extract.js';

export interface OwnerProfile {
  addresses: readonly string[];
  name: string;
  signature: string;
  availability: string;
  timeZone: string;
}

export interface Triage {
  inviteId: string;
  forward: ForwardAnalysis;
  facts: InviteFacts;
  decision: Decision;
  drafts: Drafts;
}

export async function triageMessage(message: ParsedMessage, owner: OwnerProfile, preferences: Preferences): Promise<Triage> {
  const forward = await findOriginal(message, owner.addresses);
  const { original } = forward;
  const facts = extractFacts(original, { ownerAddresses: owner.addresses, fallbackDate: message.date });
  const decision = decide({
    facts,
    note: forward.note,
    inviteText: `${original.subject ?? ''}\n${original.body}`,
    preferences,
  });
  const drafts = composeDrafts({ facts, originalSubject: original.subject, owner });
  return { inviteId: inviteIdFor(identityKey(forward)), forward, facts, decision, drafts };
}

/**
 * An invitation's identity, separate from the SES message id: the original's Message-ID when the
 * forward kept it, else its normalised sender, subject and date. Forwarding the same invitation twice
 * gives the same id.
 */
export function identityKey({ original }: ForwardAnalysis): string {
  if (original.messageId) return `message-id:${original.messageId.trim().toLowerCase()}`;
  const subject = (original.subject ?? '').replace(/^(?:(?:re|fwd?|fw|tr|wg|aw)\s*:\s*)+/i, '').trim().toLowerCase();
  const from = original.from ? normalizeAddress(original.from.address) : '';
  const date = original.date ? String(Math.floor(original.date.instant.getTime() / 60_000)) : '';
  return `sender:${from}|subject:${subject}|date:${date}`;
}

/** The JSON of the triage contract (../shared/notes/triage-contract.md). Field names are stable. */
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
  schedulingLink: string | null;
  decision: Decision;
  drafts: Drafts;
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
    schedulingLink: facts.schedulingLink,
    decision: triage.decision,
    drafts: triage.drafts,
  };
}
