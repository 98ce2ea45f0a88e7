/**
 * What the use cases need from the world, and the types they share: the ports (adapters implement them
 * over S3, DynamoDB, SES and Lambda; the fast tests implement them in memory), each use case's
 * dependencies, the logger, the delivery that the inbound handler hands over, and the one outcome type.
 * No use case imports another's types: what two of them share lives here.
 */
import * as z from 'zod';
import type { Config } from '../config/schema.js';
import type { Decision } from '../core/decide/decide.js';
import type { InviteFacts, Threading } from '../core/extract/extract.js';
import type { VerdictStatus } from '../core/mail/mail.js';
import type { Drafts, NoticeKind, NoticeView } from '../core/write/write.js';
import type { Mailbox } from '../core/mail/mail.js';
import { INVITE_ID } from '../core/reply/reply.js';
import { HOUR_KEY, REMINDER_KINDS } from '../core/follow/follow.js';

/** One structured logger: ids and outcomes, never mail bodies or full addresses. */
export interface Logger {
  info(message: string, extra?: Record<string, unknown>): void;
  warn(message: string, extra?: Record<string, unknown>): void;
  error(message: string, extra?: Record<string, unknown>): void;
}

/**
 * Log lines CloudWatch counts: a line whose `signal` field holds one of these values is counted by a
 * metric filter on the function's log group (infra/constructs/alarms.ts). Each is logged once per event.
 */
export const SIGNALS = {
  /** a delivery met another run's live claim and failed so that Lambda retries it: expected, not an error */
  claimHeld: 'ClaimHeld',
  /** a write after an accepted send still failed after its retries; the run ended successfully without it */
  bookkeepingFailed: 'BookkeepingAfterSendFailed',
} as const;

/**
 * One message as the receiving service delivered it: what SES's receipt event says, in our own terms
 * (the handler translates the event once; nothing after it sees the event).
 */
export interface Delivery {
  /** SES's message id: the key of the raw mail in S3 and of the idempotency record */
  messageId: string;
  /** envelope MAIL FROM; '' for bounces */
  mailFrom: string;
  /** envelope recipients that matched the receipt rule */
  recipients: string[];
  /** the service's copy of the header fields, in order */
  headers: { name: string; value: string }[];
  /** the service's copy was cut short: read the headers from the stored message instead */
  headersTruncated: boolean;
  /** the From header values the service read */
  from: string[];
  verdicts: { spam: VerdictStatus; virus: VerdictStatus; dkim: VerdictStatus; dmarc: VerdictStatus };
}

export interface RawMailSource {
  /** The raw message SES stored for this message id (S3 action prefix + messageId). */
  get(messageId: string): Promise<Uint8Array>;
  /** Deletes the raw message (the owner's "forget"); a missing object is not an error. */
  delete(messageId: string): Promise<void>;
}

/** Sending a chosen draft to a recruiter, on the owner's behalf: the state kept on the invitation. */
export interface SendState {
  /** claimed: the command was accepted; sending: the sender started; sent; uncertain: SES gave no answer
   * or a 5xx, or the sender died between starting and recording (the mail may or may not have gone
   * out: never sent again unless the owner replies "resend"); failed: SES refused it, nothing went out */
  status: 'claimed' | 'sending' | 'sent' | 'uncertain' | 'failed';
  verdict: 'attend' | 'decline';
  /** identifies one command (the SES message id of the owner's reply) */
  attempt: string;
  at: string;
  slot?: number;
  to?: string;
  sesMessageId?: string;
  /** false while the owner has not yet been told of this state (sent, uncertain): a retry of the job tells them, without sending again */
  ownerTold?: boolean;
}

/** A send claimed this long ago whose job never started sending was lost on the way to the sender. */
export const STALE_CLAIM_MS = 15 * 60_000;

/** What SES reported about mail it sent (event publishing), in our own terms (the handler translates). */
export interface DeliveryReport {
  kind: 'permanent-bounce' | 'temporary-bounce' | 'complaint' | 'other';
  /** the SES message id of the mail reported on */
  sesMessageId: string;
  subject: string | null;
  recipients: { address: string; diagnostic: string | null }[];
}

/** The owner's message being answered: whom to answer and what to thread to. */
export interface Answering {
  /** the configured owner address that sent it (never a From, Reply-To or Return-Path of the mail) */
  owner: string;
  /** the owner's message's own Message-ID, for threading */
  inReplyTo: string | null;
  /** its subject, named in notices */
  subject: string | null;
  /** the SES message id, quoted in notices so the owner can find the raw mail */
  reference: string;
}

/** A notice to the owner about the message being answered; resolves to what to record for it. */
/** Answers the owner with a notice; `about`: the invitations it names (kept with it when the cap holds it back). */
export type Notify = (kind: NoticeKind, view?: NoticeView, about?: readonly string[]) => Promise<Outcome>;

/** What the sending function is asked to send: validated where it enters (the sending handler). */
export const SendJobSchema = z.object({
  inviteId: z.string().regex(INVITE_ID),
  /** identifies one command (the SES message id of the owner's reply) */
  attempt: z.string().min(1),
  verdict: z.enum(['attend', 'decline']),
  slot: z.number().int().min(1).optional(),
  to: z.email(),
  subject: z.string(),
  body: z.string(),
  /** the owner's command message, for threading the confirmation */
  commandMessageId: z.string().nullable(),
});
export type SendJob = z.infer<typeof SendJobSchema>;

/**
 * A follow-through reminder as the scheduler hands it to the follow-through function (the schedule's
 * input, well-formed JSON as a Lambda target needs): validated where it enters
 * (functions/handlers/follow-through.ts). Small on purpose (a few hundred bytes, kept by the scheduler):
 * the drafts are read from the stored invitation when it fires. The reply and
 * choice addresses carry reply tokens, made by the inbound function (the only one that may read the
 * token secret) when it schedules the reminder.
 */
export const FollowUpSchema = z.object({
  kind: z.enum(REMINDER_KINDS),
  inviteId: z.string().regex(INVITE_ID),
  /**
   * On the day: the accepted interview's start, as stored (ISO with the invitation's offset). When it
   * fires, a different accepted time (another slot, a reschedule) means this reminder is outdated.
   */
  startsAt: z.string().max(40).optional(),
  /** the version of the recommendation it follows, whose tokens the addresses carry */
  version: z.number().int().min(1),
  /** when it is due (the schedule's instant) */
  dueAt: z.iso.datetime(),
  /** the recommendation's thread: what the reminder answers (In-Reply-To) and its References */
  thread: z.object({ inReplyTo: z.string().max(1000).nullable(), references: z.array(z.string().max(1000)).max(10) }),
  /** the recommendation's Reply-To: a command written to the reminder acts as one written to the recommendation */
  replyTo: z.string().max(320),
  /** the Bcc of each draft link (null: the owner turned bccChoiceToInbox off) */
  choiceBcc: z.object({ attend: z.string().max(320), decline: z.string().max(320) }).nullable(),
});
export type FollowUp = z.infer<typeof FollowUpSchema>;

/**
 * The follow-through function's two digests, as their schedules invoke it (validated where they enter,
 * like a reminder): the digest of what the cap held back in `hour` (a one-off schedule, `held-<hour>`,
 * at the start of the next hour), and the weekly digest (the stack's recurring schedule; opt-in).
 */
/** `again`: the schedule was made again under its second name by a run that came before its time (app/answer-held-mail.ts). */
export const HeldDigestCallSchema = z.object({ kind: z.literal('held-digest'), hour: z.string().regex(HOUR_KEY), again: z.literal(true).optional() });
export const WeeklyDigestCallSchema = z.object({ kind: z.literal('weekly-digest') });
/**
 * The nudges due (app/follow-through.ts (sendNudgesDue)): the stack's recurring schedule, every NUDGE_CHECK_MINUTES. `at` is
 * the schedule's own time (EventBridge Scheduler fills `<aws.scheduler.scheduled-time>`; the local
 * stand-in its moved clock): what is due by then, or by now if later, is sent.
 */
export const NudgesDueCallSchema = z.object({ kind: z.literal('nudges-due'), at: z.iso.datetime({ offset: true }).optional() });
export type NudgesDueCall = z.infer<typeof NudgesDueCallSchema>;
/** How often the recurring schedule looks for nudges due: a nudge goes out at most this much after its time. */
export const NUDGE_CHECK_MINUTES = 15;
/** The most nudges one run sends (bounded work per run; the rest are due at the next run). */
export const NUDGES_PER_RUN = 25;
export type HeldDigestCall = z.infer<typeof HeldDigestCallSchema>;
/** Whatever a schedule hands the follow-through function: a reminder, or one of the digests. */
export const ScheduledCallSchema = z.union([FollowUpSchema, HeldDigestCallSchema, WeeklyDigestCallSchema, NudgesDueCallSchema]);
export type ScheduledCall = z.infer<typeof ScheduledCallSchema>;

/**
 * One-off schedules that invoke the follow-through function (EventBridge Scheduler in AWS; a stand-in
 * locally). Names are the reminder's own (core/follow reminderName): the same name twice is the same
 * reminder.
 */
export interface Scheduler {
  /** Creates the schedule `name`, firing once at `at` with `followUp`; 'exists' when a schedule of that name is there already (left as it is). */
  schedule(name: string, at: Date, call: ScheduledCall): Promise<'created' | 'exists'>;
  /** Deletes the schedule `name`; one that is not there (it fired, or was never made) is no error. */
  cancel(name: string): Promise<void>;
}

/**
 * What became of a reminder that fired (recorded once per invitation and kind): sent; held back by the
 * hourly cap (not sent later); SES gave no answer (it may have gone out: never sent again).
 */
export type ReminderOutcome = 'sent' | 'held-by-cap' | 'may-not-have-gone-out';

/** How long a reminder's claim holds: longer than the follow-through function's timeout (30 s), shorter than Lambda's first retry delay. */
export const REMINDER_LEASE_SECONDS = 60;

/**
 * What the follow-through keeps beside the invitation: the once-only claim of each reminder, and the
 * owner's `done` (answered outside the product), under keys of their own (`FOLLOW#<invite id>`).
 */
export interface FollowThroughStore {
  /**
   * Claims one reminder (`kind` of `inviteId`) before it is sent, for `leaseSeconds`: 'claimed' for the
   * first run, for this run again (the SDK sent the write twice), and for a later run once a claim that
   * recorded no outcome has run out (its run died: Lambda's retry takes over); 'taken' otherwise.
   */
  claimReminder(inviteId: string, kind: string, runId: string, now: Date, leaseSeconds: number): Promise<'claimed' | 'taken'>;
  /** Gives this run's claim back: nothing went out, so a retry may send it. */
  releaseReminder(inviteId: string, kind: string, runId: string): Promise<void>;
  /** Records what became of this run's reminder (with SES's id when it was sent). */
  completeReminder(inviteId: string, kind: string, runId: string, outcome: ReminderOutcome, sentMessageId: string | null): Promise<void>;
  /** Records that the owner answered the invitation outside the product (the `done` command). */
  markAnswered(inviteId: string, now: Date): Promise<void>;
  /** When the owner said `done` about it; null: never. */
  answeredAt(inviteId: string): Promise<string | null>;
  /** Deletes what is kept about the invitation (the owner's `forget`), its nudge due included. */
  forget(inviteId: string): Promise<void>;
  /**
   * The nudges due by `at`, earliest first, at most `limit` (InviteStore.completeMessage keeps them):
   * each with its `key` (for dropNudge) and what it carries (validated by the caller).
   */
  nudgesDue(at: Date, limit: number): Promise<{ key: string; call: unknown }[]>;
  /** Deletes a nudge due once it was dealt with (sent, or nothing to send); one already gone is no error. */
  dropNudge(key: string): Promise<void>;
  /** Deletes the invitation's nudge due (a choice, `done`, `forget`); none is no error. */
  cancelNudge(inviteId: string): Promise<void>;
  /** Whether a reminder's claim recorded its outcome (false: unclaimed, or claimed by a run still holding or that died). */
  reminderDone(inviteId: string, kind: string): Promise<boolean>;
}

export interface DraftSender {
  /** Hands the job to the sending function (its own role may mail recruiters; ours may not). */
  request(job: SendJob): Promise<void>;
}

export interface MailAccount {
  /** false while the SES account is in the sandbox (it may then mail verified addresses only) */
  productionAccess(): Promise<boolean>;
}

/** What is recorded per SES message id, so that a redelivered event is recognised. */
export type MessageOutcome =
  | 'recommended'
  | 'choice-recorded'
  | 'command'
  | 'answered-notice'
  | 'dropped'
  | 'rate-limited'
  /** SES accepted a mail to the owner, then the run failed before it knew its outcome (logged, alarmed) */
  | 'answered-then-failed';

export type ClaimResult =
  /** this run owns the message until the lease ends (also when it meets its own earlier claim again) */
  | { status: 'claimed' }
  /** another run holds an unexpired claim: it will finish, or fail and be retried */
  | { status: 'in-progress' }
  /** already done: a redelivery */
  | { status: 'done'; outcome: MessageOutcome };

/** A delivery of a message a run already answered: nothing is done again. */
export interface Duplicate {
  outcome: 'duplicate';
  previous: MessageOutcome;
}

/**
 * This run's hold on the message it answers (its idempotency record, `MSG#<id>`), kept by the inbound
 * router (app/receive-mail.ts). The router claims every message before it routes it, except an owner's
 * forward: the recommendation claims that one in the same write as its invitation and the mail count
 * (InviteStore.commitRecommendation) and records it here, or claims it first for a notice.
 * Both throw ClaimHeldError while another run holds the message (Lambda retries it later).
 */
export interface MessageRun {
  readonly messageId: string;
  /** random per run (never the Lambda request id, which Lambda reuses for its own retries) */
  readonly runId: string;
  /** Claims the message (a write of its own) unless this run holds it: null once it does, a Duplicate when another run finished it. */
  claim(): Promise<Duplicate | null>;
  /** Records the claim another write made (commitRecommendation), marked "sending" or not: null once this run holds it, a Duplicate when another run finished it. */
  claimedBy(result: ClaimResult, options: { sending: boolean }): Duplicate | null;
  /** Says that mail held before this hour may wait for its digest (commitRecommendation's `digestDue`): looked for after the message. */
  digestIsDue(): void;
}

/** What a recommendation's writes before its mail came to (InviteStore.commitRecommendation). */
export type RecommendationCommit =
  /** the message is this run's and the invitation saved; `mail` is what the hourly cap allows, as reserveOwnerMail answers */
  | {
      status: 'committed';
      mail: 'ok' | 'notice' | 'blocked';
      /**
       * whether mail held back before this hour may be waiting for its digest (the held-mail signal,
       * OwnerMailStore.holdMail, read inside the same write: no call of its own); always true when the
       * cap held this one back
       */
      digestDue: boolean;
    }
  /** the invitation is no longer as the caller read it (another run saved or forgot it meanwhile): nothing was written */
  | { status: 'stale' }
  /** another run holds the message, or finished it: nothing was written */
  | Exclude<ClaimResult, { status: 'claimed' }>;

/** What InviteStore.commitRecommendation writes in one go. */
export interface RecommendationWrites {
  /** the SES message id claimed for this run (as claimMessage) */
  messageId: string;
  runId: string;
  leaseSeconds: number;
  /** the new version, saved as saveInvitation saves it */
  invitation: StoredInvitation;
  /**
   * What the caller found stored for this invitation, and built the new version on: its version, 'unversioned'
   * for an item stored before versions, or null for none (nor a forgotten marker at or past the new version).
   */
  basis: number | 'unversioned' | null;
  /** the earlier invitation this one reschedules, to mark (as markSuperseded) */
  supersedes: string | null;
  /**
   * the recommendations' hourly limit (as reserveOwnerMail's `recommendations`): the mail is counted in
   * both counters, measured against the recommendations' own, with a "paused" notice of its own
   */
  mailLimit: number;
  now: Date;
}

/**
 * The owner's answer to "How did it go?" (app/how-did-it-go.ts): their one line (at most
 * OUTCOME_MAX_CHARS), whether it says the interview took place (core/follow/outcome.ts), and when it
 * was recorded. Written only by InviteStore.recordOutcome, never by a save; a later answer replaces it.
 */
export interface InterviewOutcome {
  text: string;
  happened: boolean;
  at: string;
}

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
  /**
   * `threading`: what a mail to the recruiter answers (In-Reply-To, References), null when the forward did
   * not show the invitation's Message-ID; absent on invitations stored before it was kept.
   */
  original: { from: Mailbox | null; subject: string | null; date: string | null; messageId: string | null; threading?: Threading | null };
  facts: InviteFacts;
  decision: Decision;
  /** the registrable domain of the company, when known (by-company queries) */
  companyKey: string | null;
  /** hours the interview takes, travel included (an estimate), for the weekly budget */
  estimatedHours: number;
  /** the drafts as recommended: what the reply commands send unless the owner writes their own */
  drafts: Drafts;
  /** the owner's final choice: recorded from the Bcc copy of the draft they sent, or by a reply command */
  choice: OwnerChoice | null;
  /** sending a draft on the owner's behalf (reply commands); absent until a command claims it */
  send?: SendState;
  /**
   * Which recommendation of it is current: 1 for the first, one more for each re-forward. A reply token
   * names the version its recommendation showed; a command acts only on the current one. Absent on
   * invitations stored before versions (their tokens are refused as outdated). A save never stores an
   * older or equal version over a newer one (StaleInvitationError).
   */
  version?: number;
  /** the version this invitation's stored life began with: a token of an earlier one is of an invitation the owner forgot */
  firstVersion?: number;
  /** when the current version's recommendation was made */
  recommendedAt?: string;
  /**
   * The SES message id of the forward that made the current version: a save of the same version from the
   * same forward is that run's own write sent again (the SDK retried it after its answer was lost).
   */
  versionFrom?: string;
  /** the earlier invitation this one reschedules (possibly from another sender); written by a save */
  supersedes?: string;
  /** the later invitation that rescheduled this one: set by markSuperseded, never by a save */
  supersededBy?: string;
  /** the ids of mail sent about it (sent-message pointers): added by rememberSentMessage, never by a save; forget deletes them */
  sentMessageIds?: string[];
  /** SES message ids of the owner's replies about it (commands, draft copies): added by rememberReply, never by a save; forget deletes their raw mail */
  replyMessageIds?: string[];
  /** the owner's answer to "How did it go?": written by recordOutcome, never by a save */
  outcome?: InterviewOutcome;
}

/** At most this many items per history read, unless the caller asks for fewer. */
export const HISTORY_READ_LIMIT = 100;

/**
 * What a history read returns of a stored invitation: what the decision's history and the `history`
 * command use, plus who sent it (a reschedule is judged by its sender). Small on purpose: the stored
 * invitation holds drafts and can be large.
 */
export interface InvitationSummary {
  inviteId: string;
  receivedAt: string;
  companyKey: string | null;
  original: Pick<StoredInvitation['original'], 'from' | 'subject' | 'threading'>;
  /** `slots` holds the first slot only: the one the history and the bySlot index go by */
  facts: Pick<InviteFacts, 'company' | 'role' | 'slots' | 'replyTo'>;
  estimatedHours: number;
  decision: Pick<Decision, 'verdict'>;
  choice: OwnerChoice | null;
  send?: SendState;
  /** the later invitation that rescheduled this one (it no longer counts in history) */
  supersededBy?: string;
  /** the owner's answer to "How did it go?" (practice counts interviews that happened) */
  outcome?: InterviewOutcome;
  /**
   * What a re-forward builds its next version on (recommend-invitation.ts), with `receivedAt`, `choice`,
   * `send` and `original.threading`: the history read shows them, so a re-forward needs no read of its
   * own. An index may lag behind the table: the save's condition on `version` refuses a version built on
   * an outdated one, and the use case then reads the invitation itself.
   */
  version?: number;
  firstVersion?: number;
  sourceMessageIds: string[];
}

/** The summary of a stored invitation, as the history reads return it (the store contract holds both stores to it). */
export function summarize(invitation: StoredInvitation): InvitationSummary {
  const { inviteId, receivedAt, companyKey, original, facts, estimatedHours, decision, choice, send, supersededBy, outcome, version, firstVersion, sourceMessageIds } = invitation;
  return {
    inviteId,
    receivedAt,
    companyKey,
    original: { from: original.from, subject: original.subject, ...(original.threading !== undefined ? { threading: original.threading } : {}) },
    facts: { company: facts.company, role: facts.role, slots: facts.slots.slice(0, 1), replyTo: facts.replyTo },
    estimatedHours,
    decision: { verdict: decision.verdict },
    choice,
    ...(send ? { send } : {}),
    ...(supersededBy ? { supersededBy } : {}),
    ...(outcome ? { outcome } : {}),
    ...(version !== undefined ? { version } : {}),
    ...(firstVersion !== undefined ? { firstVersion } : {}),
    sourceMessageIds,
  };
}

export interface InviteStore {
  /**
   * Claims a message id for one run. `runId` is random per run (never the Lambda request id, which
   * Lambda reuses for its own retries): a run that meets a claim carrying its own id (the SDK sent the
   * write again after its answer was lost) owns it; another run's unexpired claim is 'in-progress'.
   */
  claimMessage(messageId: string, runId: string, now: Date, leaseSeconds: number): Promise<ClaimResult>;
  /**
   * Marks this run's claim "sending" just before its first mail goes out, so that a record left claimed
   * after a send (the run died, or its last write failed) is never taken for a message nobody answered
   * (the sweep, app/sweep-raw-mail.ts). False when the claim is no longer this run's: send nothing.
   */
  markSending(messageId: string, runId: string, now: Date): Promise<boolean>;
  /** Gives this run's claim back after a failure, so the platform's retry can take it at once; another run's claim, or a done record, stays. */
  releaseMessage(messageId: string, runId: string): Promise<void>;
  /**
   * Records what the message came to. With `sentIds` (the ids of mail that went out about `inviteId`),
   * also remembers which invitation each belongs to, as rememberSentMessage does, in the same write: the
   * one write after a send. With `nudge` (and `sentIds`), the same write keeps the recommendation's nudge
   * as due at its `dueAt` (FollowThroughStore.nudgesDue) and names it on the invitation (cancelNudge),
   * only while the invitation is stored (forgotten meanwhile: no nudge).
   */
  completeMessage(messageId: string, outcome: MessageOutcome, details: { inviteId?: string; sentMessageId?: string; sentIds?: readonly string[]; nudge?: FollowUp }, now: Date): Promise<void>;
  /**
   * Saves what was read and decided (an update: `choice` only when none is stored; `send`,
   * `supersededBy`, `sentMessageIds` and `replyMessageIds` never). With a `version`, throws
   * StaleInvitationError when the stored version is newer, or the same one made from another forward
   * (another run saved meanwhile); the same version from the same forward (`versionFrom`) is its own write.
   */
  saveInvitation(invitation: StoredInvitation, now: Date): Promise<void>;
  /**
   * Everything a recommendation writes before its mail goes out, all or nothing, in one write (on DynamoDB
   * one transaction with a client token, so that a request the SDK sends again after its answer was lost
   * is not applied twice):
   * - the message claimed for this run as claimMessage claims it, and already marked "sending"
   *   (markSending) unless the cap holds the mail back (`blocked`: nothing goes out);
   * - the invitation saved as saveInvitation saves it, but only over what the caller read (`basis`), and
   *   never at or below the version of a forgotten marker: otherwise 'stale' (the same version from the
   *   same forward is this run's own write again, and passes);
   * - `supersedes` marked as rescheduled by it (markSuperseded; left out when that one is gone);
   * - one more mail to the owner counted in this hour, as reserveOwnerMail counts a recommendation
   *   (`{ recommendations: mailLimit }`);
   * - the held-mail signal checked (OwnerMailStore.holdMail): `digestDue` says whether mail held before
   *   this hour may wait for its digest.
   */
  commitRecommendation(writes: RecommendationWrites): Promise<RecommendationCommit>;
  getInvitation(inviteId: string): Promise<StoredInvitation | null>;
  /** Records the owner's choice on an invitation; false when no such invitation is stored. */
  recordChoice(inviteId: string, choice: OwnerChoice): Promise<boolean>;
  /** Records the owner's answer to "How did it go?" on an invitation (replacing an earlier one); false when no such invitation is stored. */
  recordOutcome(inviteId: string, outcome: InterviewOutcome): Promise<boolean>;
  /**
   * Claims the sending of a chosen draft: succeeds when nothing was sent or claimed for this invitation,
   * when an earlier attempt failed, or (resend) when an earlier attempt is uncertain. Otherwise returns
   * the state in the way.
   */
  claimSend(inviteId: string, state: SendState, options: { resend: boolean }): Promise<{ claimed: true } | { claimed: false; existing: SendState | null }>;
  /** Moves this attempt's send state on, only from one of the `from` states (false otherwise). */
  updateSend(inviteId: string, attempt: string, from: readonly SendState['status'][], patch: Partial<SendState> & Pick<SendState, 'status'>): Promise<boolean>;
  getSend(inviteId: string): Promise<SendState | null>;
  /**
   * Remembers which invitation a sent message belongs to (bounce reports name only the message id), and
   * adds it to the invitation's `sentMessageIds` when the invitation is stored.
   */
  rememberSentMessage(sesMessageId: string, inviteId: string, now: Date): Promise<void>;
  invitationForSentMessage(sesMessageId: string): Promise<string | null>;
  /** Adds an owner's reply about the invitation to its `replyMessageIds` (nothing when it is not stored). */
  rememberReply(inviteId: string, sesMessageId: string): Promise<void>;
  /** Marks an invitation as rescheduled by a later one; false when it is not stored. */
  markSuperseded(inviteId: string, by: string): Promise<boolean>;
  /**
   * Deletes an invitation, the idempotency records of its forwards and the pointers of its sent mail
   * (`sentMessageIds`, the sent draft's), and keeps a marker of the last version it had until
   * `tokensValidUntil` (when the last reply token made for it expires): a later forward of it continues
   * from there, so the forgotten recommendations' tokens never name a current version.
   */
  forgetInvitation(invitation: StoredInvitation, tokensValidUntil: Date): Promise<void>;
  /** The last version of a forgotten invitation whose marker is still kept; 0 when none. */
  forgottenVersion(inviteId: string): Promise<number>;
  /*
   * The history reads: each one range of one index, at most `limit` items (HISTORY_READ_LIMIT when not
   * given), summaries only (never the drafts or the mail's text), so one answer costs the same after
   * ten invitations as after thousands. Beyond the limit the items farthest from where the read starts
   * are left out: what the history counts from them is then a lower bound.
   */
  /** Summaries of the invitations received at or after `since`, newest first. */
  invitationsReceivedSince(since: Date, limit?: number): Promise<InvitationSummary[]>;
  /** Summaries of one company's invitations (its registrable mail domain) received at or after `since`, newest first. */
  invitationsByCompany(companyKey: string, since: Date, limit?: number): Promise<InvitationSummary[]>;
  /** Summaries of the invitations whose first slot starts in [from, to), earliest first (or latest first). */
  invitationsBetween(from: Date, to: Date, options?: { limit?: number; latestFirst?: boolean }): Promise<InvitationSummary[]>;
  /**
   * Counts one more mail to the owner in this clock hour. 'ok' while under the limit; 'notice' exactly
   * once, for the first mail over the limit (send the one "paused" notice instead); 'blocked' afterwards.
   * With `bypass` (notices about sends to a recruiter) the mail is counted and always 'ok': never held
   * back, and never taking the hour's one "paused" notice. With `recommendations` (a recommendation, and
   * its own limit) the mail is counted too, but held back only past that limit, which has a "paused"
   * notice of its own: every mail counts toward `limit`, recommendations are measured against theirs.
   */
  reserveOwnerMail(now: Date, limit: number, options?: { bypass?: boolean; recommendations?: number }): Promise<'ok' | 'notice' | 'blocked'>;
}

/**
 * Mail the hourly cap held back (app/owner-mail.ts), kept until one digest answers it in a later hour
 * (app/answer-held-mail.ts). Only what the digest needs: the invitation (its recommendation is stored
 * with it), or the note's own words.
 */
export interface HeldMail {
  /** the SES message id of the owner's message that went unanswered */
  messageId: string;
  heldAt: string;
  /** the configured owner address it came from (the digest goes there) */
  owner: string;
  /** the owner's message's Message-ID: the digest threads to it */
  inReplyTo: string | null;
  /** the owner's message's subject */
  subject: string | null;
  /**
   * a recommendation held back: the invitation and the version it showed; `choiceToken`: the token of
   * its draft links' Bcc addresses, made when it was held (the follow-through function, which sends the
   * scheduled digest, may not read the token secret); `nudge`: a nudge held back (listed only while no
   * choice is recorded)
   */
  invite?: { inviteId: string; version: number; choiceToken?: string; nudge?: boolean };
  /**
   * a note or answer held back: its title and text as they would have gone out; `about`: the invitations
   * it names (a `history` answer, a reminder), so that the digest leaves it out once one is forgotten
   */
  notice?: { title: string; text: string; about?: string[] };
}

/** What became of a digest: sent; may not have gone out (SES gave no answer: never sent again); nothing left to list. */
export type DigestOutcome = 'sent' | 'may-not-have-gone-out' | 'nothing-to-send';

/**
 * What mail to the owner keeps beside the hourly counter: the mail the cap held back, the one digest
 * per hour that answers it, and the forwards of the product's own mail already answered.
 */
export interface OwnerMailStore {
  /**
   * Keeps a held message until a digest answers it (a retry of the same run may keep it twice: the digest
   * reads each message once), and sets the held-mail signal (see clearHeldSignal).
   */
  holdMail(held: HeldMail, now: Date): Promise<void>;
  /** Held mail kept before `before` (an hour's start), oldest first, at most `limit` (one bounded read). */
  heldBefore(before: Date, limit: number): Promise<HeldMail[]>;
  /**
   * The held-mail signal (kept by holdMail beside the held mail: when the oldest and the latest mail still
   * held were held) is cleared once the digest of the hour starting at `hourStart` answered everything
   * held before it: removed when nothing was held since, else moved to `hourStart` (the next hour's
   * digest answers the rest). InviteStore.commitRecommendation reads it inside its own write.
   */
  clearHeldSignal(hourStart: Date): Promise<void>;
  /**
   * Claims the digest of one clock hour (`yyyy-mm-ddThh`): 'claimed' for the first run (and for this run
   * again, when the SDK sent the write twice), 'taken' once any run has claimed it.
   */
  claimDigest(hour: string, runId: string, now: Date): Promise<'claimed' | 'taken'>;
  /** Gives this run's digest claim back: nothing went out, so a later run of the hour may send it. */
  releaseDigest(hour: string, runId: string): Promise<void>;
  /** Records what became of this run's digest (with SES's id when it was sent) and forgets the held mail it answered. */
  completeDigest(hour: string, runId: string, result: DigestOutcome, sentMessageId: string | null, answered: readonly HeldMail[]): Promise<void>;
  /**
   * Marks the product's own mail (`key`: the identity of the mail the owner forwarded) as answered once:
   * true for the first forward of it (`messageId`, the forward's SES id: its retries are still the
   * first), false for any other, until the mark expires with the raw mail.
   */
  answerOwnMailOnce(key: string, messageId: string, now: Date): Promise<boolean>;
}

export interface Mailer {
  /**
   * Sends raw MIME to exactly these recipients; returns the provider's message id. Throws
   * MailRefusedError (functions/errors.ts) when the provider answered that it did not take the message:
   * nothing went out. Any other error leaves the outcome unknown: the mail may have gone out.
   */
  sendRaw(raw: Uint8Array, envelope: { from: string; to: string[] }): Promise<string>;
}

export interface Clock {
  now(): Date;
  /** Waits `ms` (retry backoff); the fast tests' clock moves itself on instead of waiting. */
  sleep(ms: number): Promise<void>;
}

/** What one inbound message came to (recorded per SES message id) and what it produced. */
export interface Outcome {
  outcome: MessageOutcome;
  /** why nothing was sent, when the outcome is 'dropped' after the claim (logged and reported, never stored) */
  reason?: 'own-mail-forwarded-again';
  inviteId?: string;
  sentMessageId?: string;
  /**
   * Ids of the mail sent about `inviteId` that the owner's reply may quote (SES's message id, our own
   * Message-ID): remembered with the invitation once the run's send is done (app/receive-mail.ts).
   */
  remember?: string[];
  /** the recommendation's nudge, kept as due by the write after the send (app/receive-mail.ts) */
  nudge?: FollowUp;
}

/** Everything mail to the owner needs (every use case mails the owner through app/owner-mail.ts). */
export interface OwnerMailDeps {
  config: Config;
  store: Pick<InviteStore, 'reserveOwnerMail'>;
  mailer: Mailer;
  clock: Clock;
}

/** The inbound function: receive a message and answer it (recommend, record a choice, run a command). */
export interface InboundDeps extends OwnerMailDeps {
  tokenSecret: string;
  /** how long a claim on a message id holds; longer than the function timeout */
  claimLeaseSeconds: number;
  rawMail: RawMailSource;
  store: InviteStore;
  /** mail the hourly cap held back, its digest, and the product's own mail forwarded back */
  ownerMail: OwnerMailStore;
  /** hands a chosen draft to the sending function (reply commands) */
  draftSender: DraftSender;
  /** whether SES may mail anyone (production access) */
  account: MailAccount;
  /** the follow-through reminders: scheduled after a recommendation, deleted once a choice is recorded or the invitation forgotten */
  scheduler: Scheduler;
  /** the owner's `done`, and what forget deletes of the reminders */
  followThrough: FollowThroughStore;
  log: Logger;
}

/** The sending function: send a chosen draft to the recruiter. */
export interface SendDeps extends OwnerMailDeps {
  store: InviteStore;
  log: Logger;
}

/** The bounce function: tell the owner when mail sent for them bounced. */
export interface BounceDeps extends OwnerMailDeps {
  store: OwnerMailDeps['store'] & Pick<InviteStore, 'invitationForSentMessage'>;
  log: Logger;
}

/**
 * Recovery (issue 11, item 4): the raw mail in S3 is the record of truth. A scheduled sweep re-drives
 * stored mail that has no finished record (app/sweep-raw-mail.ts), and the owner hears once per SES
 * message id about a delivery that failed all its retries (app/tell-failure.ts).
 */

/** Where one message stands, as its idempotency record (`MSG#<id>`) says. */
export type MessageProgress =
  /** no record: never claimed, given back after a failure, or dropped (strangers' mail is never recorded) */
  | { state: 'none' }
  | { state: 'done'; outcome: MessageOutcome }
  /**
   * claimed by a run: `live` while its lease lasts; `sending` once the run was about to send (a mail
   * to the owner may have gone out: never re-driven, or the owner could get it twice)
   */
  | { state: 'claimed'; live: boolean; sending: boolean };

export interface RecoveryStore {
  /** The message's progress and when the sweep re-drove it (null: never). Strongly consistent. */
  messageProgress(messageId: string, now: Date): Promise<{ progress: MessageProgress; redrivenAt: string | null }>;
  /** Records that the sweep re-drives this message, once: false when it already did. */
  markRedriven(messageId: string, now: Date): Promise<boolean>;
  /** Takes the mark back (the re-drive could not be handed over): the next sweep tries again. */
  unmarkRedriven(messageId: string): Promise<void>;
  /**
   * Claims the one failure notice about a message: 'claimed' for the first run (and for this run again,
   * when the SDK sent the write twice), 'taken' once any run has claimed it.
   */
  claimFailureNotice(messageId: string, runId: string, now: Date): Promise<'claimed' | 'taken'>;
  /** Gives this run's notice claim back: nothing went out, so a retry may tell the owner. */
  releaseFailureNotice(messageId: string, runId: string): Promise<void>;
  /** Records what became of the notice: sent (with SES's id), or held back by the hourly cap. */
  completeFailureNotice(messageId: string, runId: string, outcome: 'sent' | 'held-by-cap', sentMessageId: string | null): Promise<void>;
}

/** One stored raw message, as the bucket lists it. */
export interface StoredMail {
  messageId: string;
  storedAt: Date;
}

export interface RawMailListing {
  /**
   * Stored messages whose object was written in [from, to], in no particular order; stops after
   * reading `maxObjects` entries of the listing (`complete: false` then).
   */
  storedBetween(from: Date, to: Date, maxObjects: number): Promise<{ mail: StoredMail[]; complete: boolean }>;
}

/** Hands one stored message to the inbound function again (asynchronously: its retries and failure path apply). */
export interface Redriver {
  redrive(messageId: string): Promise<void>;
}

/** The sweep function: re-drive stored mail that no run finished. */
export interface SweepDeps {
  listing: RawMailListing;
  recovery: RecoveryStore;
  redriver: Redriver;
  clock: Clock;
  log: Logger;
  /** mail stored more recently than this is left to its own delivery (Lambda's retries) */
  settleMinutes: number;
  /** mail stored longer ago than this is left alone */
  lookbackHours: number;
  /** at most this many re-drives per run */
  maxRedrives: number;
  /** at most this many listed objects read per run */
  maxListed: number;
}

/** A delivery that failed all its retries (a failure-destination record), in our own terms. */
export interface FailedDelivery {
  kind: 'delivery';
  messageId: string;
  /** when SES received it (the event's timestamp), or null when the event does not say (a re-drive) */
  receivedAt: string | null;
  /** the subject as SES read it, or null */
  subject: string | null;
  /** the From address SES read: only to choose which configured owner address is told */
  from: string | null;
  /** the error's type as Lambda recorded it (never its message, which may quote an address) */
  errorType: string | null;
  /** the sweep will still re-drive it once (it failed on its first delivery, not on a re-drive) */
  sweepRetries: boolean;
  /** when Lambda gave up on it (the record's timestamp), or null when the record does not say */
  failedAt: string | null;
}

/** A send job (a reply command's draft to a recruiter) that failed all its retries. */
export interface FailedSend {
  kind: 'send';
  job: SendJob;
  errorType: string | null;
  failedAt: string | null;
}

/** What the failure notice is told about: the inbound function's and the sending function's failure records. */
export type FailedEvent = FailedDelivery | FailedSend;

/** The failure-notice function: tell the owner once per SES message id, or per command for a send job. */
export interface FailureNoticeDeps extends OwnerMailDeps {
  /** the hourly cap's counter, and the send state of a failed send job (what went out; whether the owner was told) */
  store: Pick<InviteStore, 'reserveOwnerMail' | 'getSend' | 'updateSend'>;
  recovery: RecoveryStore;
  /** a delivery's notice the cap holds back is kept for the digest of held mail (a `HELD` item) */
  ownerMail: Pick<OwnerMailStore, 'holdMail'>;
  /** the digest of held mail's own schedules (`held-<hour>`: the only ones this function may create) */
  scheduler: Pick<Scheduler, 'schedule'>;
  log: Logger;
  /** where the raw mail is kept, for the notice: `s3://bucket/prefix` */
  rawMailLocation: string;
  /** what the owner runs to replay the failure queue, for the notice */
  redriveCommand: string;
  /** what the owner runs to replay the sending function's failure queue (send jobs) */
  redriveSendingCommand: string;
}

/**
 * The follow-through function: a reminder the scheduler fired (app/follow-through.ts), the digest of
 * held mail (app/answer-held-mail.ts) and the weekly digest (app/weekly-digest.ts).
 */
export interface FollowThroughDeps extends OwnerMailDeps {
  /** the invitation (its drafts and choice), the hourly cap's counter, and the weekly digest's two bounded reads */
  store: Pick<InviteStore, 'getInvitation' | 'reserveOwnerMail' | 'invitationsReceivedSince' | 'invitationsBetween'>;
  followThrough: FollowThroughStore;
  /** mail the cap held back (a nudge, the weekly digest) and the digest that answers it */
  ownerMail: OwnerMailStore;
  /** the digest of held mail's own schedules (`held-<hour>`: the only ones this function may create) */
  scheduler: Pick<Scheduler, 'schedule'>;
  log: Logger;
}
