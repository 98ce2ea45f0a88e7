/**
 * The weekly digest (issue #17, item 4; opt-in: followThrough.weeklyDigest): one mail to the owner with
 * the invitations waiting for an answer, the interviews ahead and how recent ones went (what goes in:
 * core/follow/weekly.ts). The stack's recurring schedule fires the follow-through function with it, at
 * the configured day and hour in the owner's zone; locally the scheduler stand-in does.
 *
 *   switched off → nothing
 *   two bounded reads of the table's indexes (byReceived: received in the last 30 days; bySlot: first
 *   time from 14 days ago to 15 days ahead; at most HISTORY_READ_LIMIT each, summaries only), then the
 *   full item of each accepted invitation (its accepted time), and `done` of each one waiting
 *   → nothing to list → nothing is sent
 *   → claimed once for the owner's date (a conditional write with a lease, like a reminder's) → to the
 *     first owner address, without a reply address → recorded
 *
 * A forgotten invitation is gone from the table, so from the digest. Counted under the hourly cap like
 * every note; held back, it is kept for the digest of held mail in its own words. At most once, as a
 * reminder: a send SES refused gives the claim back and throws (Lambda's retries try again); a send whose
 * answer was lost is never sent again.
 */
import { randomUUID } from 'node:crypto';
import { MailRefusedError } from '../errors.js';
import { dayKeyInZone, planWeeklyDigest, WEEKLY_UPCOMING_DAYS, WEEKLY_WAITING_DAYS, type WeeklyCandidate } from '../core/follow/follow.js';
import { DAY_MS } from '../core/mail/mail.js';
import { renderWeeklyDigest } from '../core/write/write.js';
import { afterSend, errorName } from './after-send.js';
import { holdForDigest } from './held-digest.js';
import { mailOwner } from './owner-mail.js';
import { acceptedStart } from './reminders.js';
import { HISTORY_READ_LIMIT, REMINDER_LEASE_SECONDS, type FollowThroughDeps, type InvitationSummary, type ReminderOutcome, type StoredInvitation } from './ports.js';

export type WeeklyDigestResult = ReminderOutcome | 'switched-off' | 'already-claimed' | 'nothing-to-list';

/** The weekly digest's claim, beside the reminders' (`FOLLOW#WEEKLY`, `REMIND#<owner's date>`). */
export const WEEKLY_CLAIM = 'WEEKLY';
/** The bySlot read starts this far back: interviews that just happened (their outcomes). */
const SLOTS_BACK_DAYS = 14;
/** What a held weekly digest keeps of its text. */
const HELD_TEXT_CHARS = 8000;

export async function weeklyDigest(deps: FollowThroughDeps): Promise<WeeklyDigestResult> {
  const { config } = deps;
  if (!config.followThrough.weeklyDigest) {
    deps.log.info('weekly digest: switched off');
    return 'switched-off';
  }
  const now = deps.clock.now();
  const candidates = await weeklyCandidates(deps, now);
  const plan = planWeeklyDigest(now, candidates);
  const counts = { waiting: plan.waiting.length, upcoming: plan.upcoming.length, outcomes: plan.outcomes.length, read: candidates.length };
  if (plan.empty) {
    deps.log.info('weekly digest: nothing to list', counts);
    return 'nothing-to-list';
  }
  const day = dayKeyInZone(now, config.owner.timeZone);
  const runId = randomUUID();
  if ((await deps.followThrough.claimReminder(WEEKLY_CLAIM, day, runId, now, REMINDER_LEASE_SECONDS)) === 'taken') {
    deps.log.info('weekly digest: claimed by another run', { day });
    return 'already-claimed';
  }
  const owner = config.owner.addresses[0] ?? '';
  const mail = renderWeeklyDigest({ owner: config.owner, plan, now });
  // The invitations it names: held back, it is left out of the digest of held mail once one is forgotten.
  const listed = [...new Set([...plan.waiting, ...plan.upcoming, ...plan.outcomes].map((e) => e.inviteId))];
  let holdFailed = false;
  const hold = async () => {
    try {
      await holdForDigest(deps, { messageId: `weekly-${day}`, heldAt: now.toISOString(), owner, inReplyTo: null, subject: null, notice: { title: mail.subject, text: mail.text.slice(0, HELD_TEXT_CHARS), about: listed } }, now);
    } catch (error) {
      holdFailed = true;
      throw error;
    }
  };
  let sent: Awaited<ReturnType<typeof mailOwner>>;
  try {
    sent = await mailOwner(deps, owner, mail, { inReplyTo: null, replyTo: null }, { hold });
  } catch (error) {
    if (error instanceof MailRefusedError || holdFailed) {
      await deps.followThrough.releaseReminder(WEEKLY_CLAIM, day, runId).catch(() => undefined);
      throw error;
    }
    deps.log.warn('weekly digest: SES gave no answer; it may have gone out and is not sent again', { day, error: errorName(error) });
    await deps.followThrough.completeReminder(WEEKLY_CLAIM, day, runId, 'may-not-have-gone-out', null).catch(() => undefined);
    return 'may-not-have-gone-out';
  }
  const outcome: ReminderOutcome = sent.status === 'sent' ? 'sent' : 'held-by-cap';
  const sesMessageId = sent.sentMessageId ?? null;
  const record = () => deps.followThrough.completeReminder(WEEKLY_CLAIM, day, runId, outcome, sesMessageId);
  if (sesMessageId) await afterSend(deps, { sesMessageId, messageId: `weekly ${day}` }).write('completeReminder', record);
  else await record();
  deps.log.info('weekly digest', { day, outcome, sesMessageId, ...counts });
  return outcome;
}

/** The invitations the digest weighs: two bounded index reads, then what the summaries do not say. */
async function weeklyCandidates(deps: FollowThroughDeps, now: Date): Promise<WeeklyCandidate[]> {
  const t = now.getTime();
  const [received, slotted] = await Promise.all([
    deps.store.invitationsReceivedSince(new Date(t - WEEKLY_WAITING_DAYS * DAY_MS), HISTORY_READ_LIMIT),
    deps.store.invitationsBetween(new Date(t - SLOTS_BACK_DAYS * DAY_MS), new Date(t + (WEEKLY_UPCOMING_DAYS + 1) * DAY_MS), { limit: HISTORY_READ_LIMIT }),
  ]);
  const summaries = [...new Map([...received, ...slotted].map((s) => [s.inviteId, s])).values()];
  const candidates: WeeklyCandidate[] = [];
  for (const summary of summaries) {
    const chosen = summary.choice ?? summary.send ?? null;
    // An accept: its full item says which time (a summary keeps the first slot only), and how it went.
    const full = chosen?.verdict === 'attend' ? await deps.store.getInvitation(summary.inviteId) : null;
    if (chosen?.verdict === 'attend' && !full) continue; // forgotten since the read
    const answered = chosen !== null || (!summary.supersededBy && (await deps.followThrough.answeredAt(summary.inviteId)) !== null);
    const outcome = outcomeOf(full) ?? outcomeOf(summary);
    candidates.push({
      inviteId: summary.inviteId,
      receivedAt: summary.receivedAt,
      subject: summary.original.subject,
      company: summary.facts.company,
      role: summary.facts.role,
      verdict: summary.decision.verdict,
      answered,
      rescheduled: !!summary.supersededBy,
      firstStart: summary.facts.slots[0]?.start ?? null,
      acceptedStart: full ? acceptedStart(full) : null,
      ...(outcome ? { outcome } : {}),
    });
  }
  return candidates;
}

/**
 * How it went, as the owner told it (#17 item 3, another change): read from whatever the stored item
 * holds under `outcome` — a string, or an object with its words in `text` (or `answer`) and a time in
 * `at` (or `answeredAt`). Absent or of another shape: none.
 */
export function outcomeOf(item: StoredInvitation | InvitationSummary | null): { text: string; at: string | null } | null {
  const value = (item as { outcome?: unknown } | null)?.outcome;
  if (typeof value === 'string') return value.trim() ? { text: value, at: null } : null;
  if (!value || typeof value !== 'object') return null;
  const record = value as Record<string, unknown>;
  const text = [record.text, record.answer].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (!text) return null;
  const at = [record.at, record.answeredAt].find((v): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v))) ?? null;
  return { text, at };
}
