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
import { InviteAdvisorError } from '../errors.js';
import { decisionText } from '../core/triage/triage.js';
import { buildHistory, companyKeyOf, historyWindows, interviewHours, rescheduledFrom } from '../core/decide/decide.js';
import { DAY_MS, type ParsedMessage } from '../core/mail/mail.js';
import { choiceAddresses, replyAddress } from '../core/reply/reply.js';
import { readInvitation, recommend, toTriageJson, type Reading, type Triage } from '../core/triage/triage.js';
import { calendarHold, ownerWords, renderTriage } from '../core/write/write.js';
import { answerOwner } from './owner-mail.js';
import type { Answering, InboundDeps, InvitationSummary, Notify, Outcome, StoredInvitation } from './ports.js';

/**
 * How much of each window the history reads. The newest 20 invitations from one company: the rules ask
 * whether there was one (and quote how many), and a reschedule follows a recent one. 40 interviews per
 * window (the recent 60 days, latest first; the interview's fortnight): practice saturates at 8 attended
 * interviews, and 40 in a fortnight is more than anyone attends.
 */
const SAME_COMPANY_LIMIT = 20;
const INTERVIEWS_LIMIT = 40;

export async function recommendInvitation(
  deps: InboundDeps,
  input: { sesMessageId: string; parsed: ParsedMessage; answering: Answering; notify: Notify },
): Promise<Outcome> {
  try {
    return await recommendOrThrow(deps, input);
  } catch (error) {
    // Bad input found after the claim (core's typed permanent errors, thrown before the owner is mailed,
    // and the store's TooLargeToStoreError, thrown by the save before it): the owner is told the message
    // could not be read, instead of three attempts and the failure queue.
    if (!(error instanceof InviteAdvisorError && error.permanent)) throw error;
    deps.log.warn('message could not be read', { messageId: input.sesMessageId, error: error.name });
    return input.notify('unreadable', { problem: error.message });
  }
}

async function recommendOrThrow(
  deps: InboundDeps,
  input: { sesMessageId: string; parsed: ParsedMessage; answering: Answering; notify: Notify },
): Promise<Outcome> {
  const reading = await readInvitation(input.parsed, deps.config.owner);
  if (!reading.facts.isInvite) return input.notify('notAnInvite');

  // History: earlier invitations from the same company, and the owner's other interviews around this one.
  const now = deps.clock.now();
  const current = { inviteId: reading.inviteId, facts: reading.facts, original: reading.forward.original };
  const companyKey = companyKeyOf(current);
  // Every read is one bounded range of an index (ports.ts), so the cost stays flat as invitations pile
  // up; the three are independent (the windows come from this invitation's own facts) and go together.
  // A rescheduled invitation is replaced by its reschedule: it no longer counts in history.
  const windows = historyWindows(reading, now);
  const [companyReads, recent, near] = await Promise.all([
    companyKey ? deps.store.invitationsByCompany(companyKey, windows.companySince, SAME_COMPANY_LIMIT) : [],
    deps.store.invitationsBetween(windows.recent.from, windows.recent.to, { limit: INTERVIEWS_LIMIT, latestFirst: true }),
    windows.around ? deps.store.invitationsBetween(windows.around.from, windows.around.to, { limit: INTERVIEWS_LIMIT }) : [],
  ]);
  const sameCompany = live(companyReads);
  const supersedes = rescheduledFrom(current, sameCompany);
  const around = live([...new Map([...recent, ...near].map((i) => [i.inviteId, i])).values()]).filter((i) => i.inviteId !== supersedes);
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

  // Saved before the owner is mailed: a token never names a version that is not stored. Another run's
  // save of the same version meanwhile fails this one (StaleInvitationError: Lambda retries it).
  const record = await invitationRecord(deps, input.sesMessageId, triage, { companyKey, estimatedHours, supersedes }, now);
  await deps.store.saveInvitation(record, now);
  if (supersedes) await deps.store.markSuperseded(supersedes, record.inviteId);
  const subject = { inviteId: record.inviteId, version: record.version ?? 1 };
  const expires = new Date(now.getTime() + deps.config.limits.replyTokenDays * DAY_MS);
  const inbox = deps.config.inbox.address;
  const rendered = renderTriage(triage, deps.config.owner, {
    choiceAddress: deps.config.drafts.bccChoiceToInbox ? choiceAddresses(inbox, deps.tokenSecret, subject, expires) : null,
    commandsEnabled: deps.config.replies.sendOnBehalf,
  });
  const hold = calendarHold(triage.inviteId, triage.facts, now);
  const attachments = hold ? [{ filename: ownerWords.calendarHold.fileName, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: hold }] : [];
  const sent = await answerOwner(deps, input.answering, { ...rendered, attachments }, replyAddress(inbox, deps.tokenSecret, subject, expires), 'recommended');
  // The owner's reply will quote this message's id in In-Reply-To: which invitation it is about is
  // remembered once the send is done (app/receive-mail.ts: the writes after a send never fail the run).
  const remember = [sent.sentMessageId, sent.headerId].filter((id): id is string => !!id);
  return { outcome: sent.outcome, inviteId: triage.inviteId, ...(sent.sentMessageId ? { sentMessageId: sent.sentMessageId } : {}), remember };
}

/** Invitations still current: not replaced by a reschedule. */
function live(invitations: InvitationSummary[]): InvitationSummary[] {
  return invitations.filter((i) => !i.supersededBy);
}

async function invitationRecord(
  deps: InboundDeps,
  messageId: string,
  triage: Triage,
  derived: { companyKey: string | null; estimatedHours: number; supersedes: string | null },
  now: Date,
): Promise<StoredInvitation> {
  const previous = await deps.store.getInvitation(triage.inviteId);
  // The next version: after the stored one, or, for an invitation the owner forgot, after the last
  // version its forgotten recommendations named (their tokens must never name a current version).
  const version = (previous ? (previous.version ?? 0) : await deps.store.forgottenVersion(triage.inviteId)) + 1;
  const { supersedes, ...derivedFields } = derived;
  const json = toTriageJson(triage);
  return {
    inviteId: triage.inviteId,
    sourceMessageIds: [...new Set([...(previous?.sourceMessageIds ?? []), messageId])],
    receivedAt: previous?.receivedAt ?? now.toISOString(),
    ownerNote: triage.forward.note,
    original: { ...json.original, messageId: triage.forward.original.messageId },
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
