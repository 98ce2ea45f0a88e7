/**
 * The owner forwarded an invitation: read it, weigh it with their history, store it, and mail them the
 * recommendation with its two drafts (and a calendar hold when the time is fixed).
 *
 * Each recommendation is a new version of the invitation, and its reply tokens name that version, so a
 * command sends exactly the drafts it showed. An invitation is its sender's (core/triage identityKey):
 * a reschedule, from its sender or another (a coordinator, an applicant-tracking address), is an
 * invitation of its own that supersedes the earlier one in history, never taking its drafts, recipient,
 * tokens or send state.
 */
import { ClaimHeldError, InviteAdvisorError, StaleInvitationError } from '../errors.js';
import { decisionText } from '../core/triage/triage.js';
import { buildHistory, companyKeyOf, historyWindows, interviewHours, rescheduledFrom } from '../core/decide/decide.js';
import { DAY_MS, domainOf, isAddressOrPlusForm, normalizeAddress, type ParsedMessage } from '../core/mail/mail.js';
import { planNudge } from '../core/follow/follow.js';
import { choiceAddresses, makeReplyToken, replyAddress } from '../core/reply/reply.js';
import { readInvitation, recommend, toTriageJson, type Reading, type Triage } from '../core/triage/triage.js';
import { calendarHold, earlierChoice, isNoticeSubject, ownerWords, renderTriage, type NoticeKind, type NoticeView } from '../core/write/write.js';
import { answerOwner, type OwnerMail } from './owner-mail.js';
import {
  HISTORY_READ_LIMIT,
  type Answering,
  type Duplicate,
  type FollowUp,
  type InboundDeps,
  type InvitationSummary,
  type MessageRun,
  type Notify,
  type Outcome,
  type RecommendationWrites,
  type StoredInvitation,
} from './ports.js';

interface Input {
  sesMessageId: string;
  parsed: ParsedMessage;
  answering: Answering;
  notify: Notify;
  /** the message, not yet claimed: the recommendation claims it with its invitation, a notice first */
  run: MessageRun;
}

export async function recommendInvitation(deps: InboundDeps, input: Input): Promise<Outcome | Duplicate> {
  try {
    return await recommendOrThrow(deps, input);
  } catch (error) {
    // Bad input found before the owner is mailed (core's typed permanent errors, and the store's
    // TooLargeToStoreError, thrown by the write before the mail; no other port throws one): the owner is
    // told the message could not be read, instead of three attempts and the failure queue.
    if (!(error instanceof InviteAdvisorError && error.permanent)) throw error;
    deps.log.warn('message could not be read', { messageId: input.sesMessageId, error: error.name });
    return notice(input, 'unreadable', { problem: error.message });
  }
}

/** A notice instead of a recommendation: the message is claimed for it first (a write of its own). */
async function notice(input: Input, kind: NoticeKind, view?: NoticeView): Promise<Outcome | Duplicate> {
  return (await input.run.claim()) ?? input.notify(kind, view);
}

async function recommendOrThrow(deps: InboundDeps, input: Input): Promise<Outcome | Duplicate> {
  const reading = await readInvitation(input.parsed, deps.config.owner);
  if (isOwnMail(reading, deps.config)) return answerOwnMail(deps, reading, input);
  if (!reading.facts.isInvite) return notice(input, 'notAnInvite');

  // History: earlier invitations from the same company, and the owner's other interviews around this one,
  // all from ONE bounded read (the invitations received in the last year, newest first, at most
  // HISTORY_READ_LIMIT summaries), so an answer costs one query however many invitations are stored.
  // A rescheduled invitation is replaced by its reschedule: it no longer counts in history.
  const now = deps.clock.now();
  const current = { inviteId: reading.inviteId, facts: reading.facts, original: reading.forward.original };
  const companyKey = companyKeyOf(current);
  const windows = historyWindows(reading, now);
  const received = await deps.store.invitationsReceivedSince(windows.companySince, HISTORY_READ_LIMIT);
  const sameCompany = companyKey ? live(received).filter((i) => i.companyKey === companyKey) : [];
  const supersedes = rescheduledFrom(current, sameCompany);
  const around = live(received).filter((i) => i.inviteId !== supersedes && [windows.recent, windows.around].some((window) => window && startsWithin(i, window)));
  const estimatedHours = interviewHours(reading.facts, inviteTextOf(reading));
  const history = buildHistory({
    inviteId: reading.inviteId,
    current: { facts: reading.facts, estimatedHours },
    sameCompany: sameCompany.filter((i) => i.inviteId !== supersedes),
    around,
    now,
    timeZone: deps.config.owner.timeZone,
  });
  const triage = recommend(reading, deps.config.owner, deps.config.preferences, history);

  // Saved before the owner is mailed, with the message's claim and the mail's count, in one write: a
  // token never names a version that is not stored. The next version is built on what the history read
  // showed of this invitation (a re-forward), or on the word that nothing is stored (a first forward);
  // the write checks it (the stored version must be the one built on: an index read may lag behind the
  // table). When that was wrong, the stored invitation is read and the write made once more. Another
  // run's save after that read fails this one (StaleInvitationError: Lambda retries it).
  const derived = { companyKey, estimatedHours, supersedes };
  const shown = received.find((i) => i.inviteId === reading.inviteId);
  let stored: Stored = shown ? { previous: shown, forgottenVersion: 0, read: false } : NOTHING_STORED;
  let answer = prepare(deps, input, triage, derived, stored, now);
  let commit = await deps.store.commitRecommendation(answer.writes);
  if (commit.status === 'stale' && !stored.read) {
    stored = await storedNow(deps, triage.inviteId);
    answer = prepare(deps, input, triage, derived, stored, now);
    commit = await deps.store.commitRecommendation(answer.writes);
  }
  if (commit.status === 'stale') throw new StaleInvitationError(triage.inviteId, answer.writes.invitation.version ?? 0);
  if (commit.status !== 'committed') {
    // Another run finished the message (a duplicate), or holds it (ClaimHeldError: Lambda retries later).
    const duplicate = input.run.claimedBy(commit, { sending: false });
    if (duplicate) return duplicate;
    throw new ClaimHeldError(input.sesMessageId);
  }
  // The claim is this run's, marked "sending" unless the hourly cap holds the mail back.
  input.run.claimedBy({ status: 'claimed' }, { sending: commit.mail !== 'blocked' });
  if (commit.digestDue) input.run.digestIsDue();
  if (commit.mail !== 'ok') {
    // Held back by the hourly cap: kept for the digest by its invitation and version, right after the
    // write that counted it and before the "paused" notice (a failure here fails the run before
    // anything went out: Lambda's retry holds it again).
    const { invitation } = answer.writes;
    const heldAt = deps.clock.now();
    const { answering } = input;
    const version = invitation.version ?? 1;
    // The draft links' Bcc token, made here: the scheduled digest's function may not read the secret.
    const expires = new Date(heldAt.getTime() + deps.config.limits.replyTokenDays * DAY_MS);
    const choiceToken = deps.config.drafts.bccChoiceToInbox ? makeReplyToken(deps.tokenSecret, { inviteId: invitation.inviteId, version }, expires, 'choice') : undefined;
    await deps.ownerMail.holdMail(
      {
        messageId: answering.reference,
        heldAt: heldAt.toISOString(),
        owner: answering.owner,
        inReplyTo: answering.inReplyTo,
        subject: answering.subject,
        invite: { inviteId: invitation.inviteId, version, ...(choiceToken ? { choiceToken } : {}) },
      },
      heldAt,
    );
  }
  if (commit.mail === 'blocked') return { outcome: 'rate-limited', inviteId: triage.inviteId };

  const sent = await answerOwner(deps, input.answering, answer.mail, answer.replyTo, 'recommended', undefined, { reserved: commit.mail });
  // The owner's reply will quote this message's id in In-Reply-To: which invitation it is about is
  // remembered once the send is done (app/receive-mail.ts: the write after a send never fails the run),
  // and the nudge is kept as due in that same write (no call of its own).
  const remember = [sent.sentMessageId, sent.headerId].filter((id): id is string => !!id);
  const nudge = sent.outcome === 'recommended' && sent.sentMessageId ? planNudgeCall(deps, input, answer.writes.invitation, sent.headerId ?? null, now) : null;
  return { outcome: sent.outcome, inviteId: triage.inviteId, ...(sent.sentMessageId ? { sentMessageId: sent.sentMessageId } : {}), remember, ...(nudge ? { nudge } : {}) };
}

/**
 * The nudge (app/follow-through.ts) of a recommendation that went out: due at min(36 h, half the time to
 * the first slot), out of the owner's night (core/follow). It costs no call of its own (issue #16: at most
 * 5 per forward): the write after the send keeps it as due (InviteStore.completeMessage), and the
 * follow-through's recurring schedule sends what is due (app/follow-through.ts (sendNudgesDue)), under the reminder's claim.
 * Why not a schedule per nudge made here (a 6th call), nor a planner on the table's stream: README, "The
 * nudge". A re-forward's nudge is kept beside the older one's, which, when due, finds its version
 * outdated and sends nothing; the claim lets at most one go out per invitation. Made here, where the
 * reply-token secret is (the follow-through function may not read it).
 */
function planNudgeCall(deps: InboundDeps, input: Input, invitation: StoredInvitation, headerId: string | null, now: Date): FollowUp | null {
  const { config } = deps;
  if (!config.followThrough.nudge) return null;
  const start = invitation.facts.slots[0]?.start;
  const firstSlot = start && !Number.isNaN(Date.parse(start)) ? new Date(start) : null;
  const { nudgeAfterHours, nightStartHour, nightEndHour } = config.followThrough;
  const plan = planNudge(now, firstSlot, { afterHours: nudgeAfterHours, nightStartHour, nightEndHour, timeZone: config.owner.timeZone });
  if ('none' in plan) {
    deps.log.info('no nudge planned', { inviteId: invitation.inviteId, why: plan.none });
    return null;
  }
  const subject = { inviteId: invitation.inviteId, version: invitation.version ?? 1 };
  const expires = new Date(now.getTime() + config.limits.replyTokenDays * DAY_MS);
  const choice = config.drafts.bccChoiceToInbox ? choiceAddresses(config.inbox.address, deps.tokenSecret, subject, expires) : null;
  // Threaded to the recommendation (our Message-ID; SES writes its own on the way, so the owner's forward,
  // which the recommendation answers, is in References too: the thread's root either way).
  const recommendationId = headerId ? `<${headerId}@${domainOf(config.sending.address)}>` : null;
  const references = [input.answering.inReplyTo, recommendationId].filter((id): id is string => !!id);
  return {
    kind: 'nudge',
    inviteId: invitation.inviteId,
    version: subject.version,
    dueAt: plan.at.toISOString(),
    thread: { inReplyTo: recommendationId ?? input.answering.inReplyTo, references },
    replyTo: replyAddress(config.inbox.address, deps.tokenSecret, subject, expires),
    choiceBcc: choice ? { attend: choice({ verdict: 'attend' }), decline: choice({ verdict: 'decline' }) } : null,
  };
}

/**
 * The owner forwarded mail invite-advisor wrote (a recommendation, a note, a digest): there is nothing
 * to recommend, and answering it with a recommendation of a recommendation could loop (a mail rule that
 * forwards everything from the inbox back to it). It is answered at most once: a note the first time a
 * recommendation is forwarded; nothing for a forward of a note of ours (the note that answers this one
 * included), nor for the same mail forwarded again.
 */
function isOwnMail(reading: Reading, config: InboundDeps['config']): boolean {
  const from = reading.forward.original.from?.address;
  if (!reading.forward.forwarded || !from) return false;
  return isAddressOrPlusForm(from, config.inbox.address) || normalizeAddress(from) === normalizeAddress(config.sending.address);
}

async function answerOwnMail(deps: InboundDeps, reading: Reading, input: Input): Promise<Outcome | Duplicate> {
  // Claimed first (a write of its own), like every message that is not a recommendation.
  const duplicate = await input.run.claim();
  if (duplicate) return duplicate;
  const forwarded = reading.forward.original.subject ?? '';
  if (!isNoticeSubject(forwarded) && (await deps.ownerMail.answerOwnMailOnce(reading.inviteId, input.sesMessageId, deps.clock.now()))) {
    return input.notify('ownMail', { forwarded: forwarded || null });
  }
  deps.log.info('a forward of our own mail, already answered or a note: not answered', { messageId: input.sesMessageId });
  return { outcome: 'dropped', reason: 'own-mail-forwarded-again' };
}

/** Invitations still current: not replaced by a reschedule. */
function live(invitations: InvitationSummary[]): InvitationSummary[] {
  return invitations.filter((i) => !i.supersededBy);
}

/** Whether the invitation's first slot starts in [from, to). */
function startsWithin(invitation: InvitationSummary, window: { from: Date; to: Date }): boolean {
  const start = Date.parse(invitation.facts.slots[0]?.start ?? '');
  return start >= window.from.getTime() && start < window.to.getTime();
}

/** What a new version of a stored invitation is built on (InvitationSummary carries it too). */
type PreviousVersion = Pick<StoredInvitation, 'version' | 'firstVersion' | 'sourceMessageIds' | 'receivedAt' | 'choice' | 'send'> & {
  original: Pick<StoredInvitation['original'], 'threading'>;
};

/**
 * What is stored of an invitation: the invitation, or the last version a forget voided (0: none);
 * `read`: read from the table itself (consistent), not taken from the history read or assumed.
 */
interface Stored {
  previous: PreviousVersion | null;
  forgottenVersion: number;
  read: boolean;
}
const NOTHING_STORED: Stored = { previous: null, forgottenVersion: 0, read: false };

async function storedNow(deps: InboundDeps, inviteId: string): Promise<Stored> {
  const previous = await deps.store.getInvitation(inviteId);
  return { previous, forgottenVersion: previous ? 0 : await deps.store.forgottenVersion(inviteId), read: true };
}

/** The writes of this version (ports.ts, RecommendationWrites) and the mail that shows it. */
function prepare(
  deps: InboundDeps,
  input: Input,
  triage: Triage,
  derived: { companyKey: string | null; estimatedHours: number; supersedes: string | null },
  stored: Stored,
  now: Date,
): { writes: RecommendationWrites; mail: OwnerMail; replyTo: string } {
  const invitation = invitationRecord(input.sesMessageId, triage, derived, stored, now);
  const { previous } = stored;
  const subject = { inviteId: invitation.inviteId, version: invitation.version ?? 1 };
  const expires = new Date(now.getTime() + deps.config.limits.replyTokenDays * DAY_MS);
  const inbox = deps.config.inbox.address;
  const rendered = renderTriage(triage, deps.config.owner, {
    choiceAddress: deps.config.drafts.bccChoiceToInbox ? choiceAddresses(inbox, deps.tokenSecret, subject, expires) : null,
    commandsEnabled: deps.config.replies.sendOnBehalf,
    // A re-forward of an invitation the owner already answered says so.
    earlier: earlierChoice(invitation.choice, invitation.send ?? null, deps.config.owner.timeZone),
  });
  const hold = calendarHold(triage.inviteId, triage.facts, now);
  const attachments = hold ? [{ filename: ownerWords.calendarHold.fileName, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: hold }] : [];
  return {
    writes: {
      messageId: input.sesMessageId,
      runId: input.run.runId,
      leaseSeconds: deps.claimLeaseSeconds,
      invitation,
      basis: previous ? (previous.version ?? 'unversioned') : null,
      supersedes: derived.supersedes,
      mailLimit: deps.config.limits.recommendationsPerHour,
      now,
    },
    mail: { ...rendered, attachments },
    replyTo: replyAddress(inbox, deps.tokenSecret, subject, expires),
  };
}

function invitationRecord(
  messageId: string,
  triage: Triage,
  derived: { companyKey: string | null; estimatedHours: number; supersedes: string | null },
  stored: Stored,
  now: Date,
): StoredInvitation {
  const { previous } = stored;
  // The next version: after the stored one, or, for an invitation the owner forgot, after the last
  // version its forgotten recommendations named (their tokens must never name a current version).
  const version = (previous ? (previous.version ?? 0) : stored.forgottenVersion) + 1;
  const { supersedes, ...derivedFields } = derived;
  const json = toTriageJson(triage);
  return {
    inviteId: triage.inviteId,
    sourceMessageIds: [...new Set([...(previous?.sourceMessageIds ?? []), messageId])],
    receivedAt: previous?.receivedAt ?? now.toISOString(),
    ownerNote: triage.forward.note,
    // A re-forward that shows no Message-ID (another client) keeps the one an earlier forward showed.
    original: { ...json.original, messageId: triage.forward.original.messageId, threading: triage.forward.threading ?? previous?.original.threading ?? null },
    facts: triage.facts,
    decision: triage.decision,
    ...derivedFields,
    drafts: triage.drafts,
    choice: previous?.choice ?? null,
    // A re-forward keeps what was already sent on the owner's behalf (the store never writes it on a save).
    ...(previous?.send ? { send: previous.send } : {}),
    version,
    firstVersion: previous ? (previous.firstVersion ?? version) : version,
    recommendedAt: now.toISOString(),
    versionFrom: messageId,
    // Kept from an earlier save when this forward finds nothing to reschedule (the store keeps unnamed fields).
    ...(supersedes ? { supersedes } : {}),
  };
}

function inviteTextOf(reading: Reading): string {
  return decisionText(reading.forward.original);
}
