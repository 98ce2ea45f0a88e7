/**
 * The ports the use case needs. Adapters implement them over S3, DynamoDB and SES; tests implement them
 * with fakes or point the adapters at the local stand-ins.
 */
import type { Decision } from '../core/decide.js';
import type { InviteFacts } from '../core/extract.js';
import type { Mailbox } from '../core/mail/addresses.js';

export interface RawMailSource {
  /** The raw message SES stored for this message id (S3 action prefix + messageId). */
  get(messageId: string): Promise<Uint8Array>;
}

/** What is recorded per SES message id, so that a redelivered event is recognised. */
export type MessageOutcome =
  | 'recommended'
  | 'choice-recorded'
  | 'answered-notice'
  | 'dropped'
  | 'rate-limited';

export type ClaimResult =
  /** this invocation owns the message until the lease ends */
  | { status: 'claimed' }
  /** another invocation holds an unexpired claim: it will finish, or fail and be retried */
  | { status: 'in-progress' }
  /** already done: a redelivery */
  | { status: 'done'; outcome: MessageOutcome };

export interface OwnerChoice {
  verdict: 'attend' | 'decline';
  at: string;
  /** which proposed slot was accepted (1-based), when several were offered */
  slot?: number;
}

export interface StoredInvitation {
  inviteId: string;
  /** SES message ids of every forward of this invitation */
  sourceMessageIds: string[];
  receivedAt: string;
  ownerNote: string | null;
  original: { from: Mailbox | null; subject: string | null; date: string | null; messageId: string | null };
  facts: InviteFacts;
  decision: Decision;
  /** the registrable domain of the company, when known (by-company queries) */
  companyKey: string | null;
  /** hours the interview takes, travel included (an estimate), for the weekly budget */
  estimatedHours: number;
  /** the owner's final choice: recorded from the Bcc copy of the draft they sent, or by the reply feature */
  choice: OwnerChoice | null;
}

export interface InviteStore {
  claimMessage(messageId: string, now: Date, leaseSeconds: number): Promise<ClaimResult>;
  /** Gives the claim back after a failure, so the platform's retry can take it at once. */
  releaseMessage(messageId: string): Promise<void>;
  completeMessage(messageId: string, outcome: MessageOutcome, details: { inviteId?: string; sentMessageId?: string }, now: Date): Promise<void>;
  saveInvitation(invitation: StoredInvitation, now: Date): Promise<void>;
  getInvitation(inviteId: string): Promise<StoredInvitation | null>;
  /** Records the owner's choice on an invitation; false when no such invitation is stored. */
  recordChoice(inviteId: string, choice: OwnerChoice): Promise<boolean>;
  /** Invitations from one company (its registrable mail domain), newest first. */
  invitationsByCompany(companyKey: string): Promise<StoredInvitation[]>;
  /** Invitations whose first slot starts in [from, to). */
  invitationsBetween(from: Date, to: Date): Promise<StoredInvitation[]>;
  /**
   * Counts one more mail to the owner in this clock hour. 'ok' while under the limit; 'notice' exactly
   * once, when the limit has just been reached (send the one "paused" notice); 'blocked' afterwards.
   */
  reserveOwnerMail(now: Date, limit: number): Promise<'ok' | 'notice' | 'blocked'>;
}

export interface Mailer {
  /** Sends raw MIME to exactly these recipients; returns the provider's message id. */
  sendRaw(raw: Uint8Array, envelope: { from: string; to: string[] }): Promise<string>;
}

export interface Clock {
  now(): Date;
}
