/**
 * The follow-through schedules of an invitation, shared by the use cases that start and end them.
 *
 * Deleting: a recorded choice (a reply command, a Bcc copy of a draft), `done` (the nudge only) and
 * `forget`; the nudge is no schedule of its own but an item due in the table (app/follow-through.ts (sendNudgesDue)). Best effort: a schedule left behind fires, finds the choice recorded, the invitation gone or
 * the accepted time changed, and sends nothing (app/follow-through.ts), so a failure here is logged and
 * never fails the run.
 *
 * Scheduling the reminders on the day (issue #17, item 2): when the owner accepts (the `accept` command,
 * or the Bcc copy of the accept draft) an invitation whose time is fixed: one slot, or the slot accepted.
 * The inbound function schedules them (it holds the reply-token secret the reminder's Reply-To needs, and
 * already may create schedules), not the sending function: its role stays one that may mail recruiters
 * and nothing more. When they fire, the follow-through function checks that the accept is still the
 * choice (a send that failed, a later decline, or a reschedule sends nothing).
 */
import { planOnTheDay, REMINDER_KINDS, reminderName, type ReminderKind } from '../core/follow/follow.js';
import { DAY_MS } from '../core/mail/mail.js';
import { replyAddress } from '../core/reply/reply.js';
import type { Slot } from '../core/extract/extract.js';
import { errorName } from './after-send.js';
import type { FollowThroughDeps, FollowThroughStore, FollowUp, InboundDeps, Logger, Scheduler, StoredInvitation } from './ports.js';

export async function cancelReminders(
  deps: { scheduler: Scheduler; followThrough: Pick<FollowThroughStore, 'cancelNudge'>; log: Logger },
  inviteId: string,
  kinds: readonly ReminderKind[] = REMINDER_KINDS,
): Promise<void> {
  for (const kind of kinds) {
    try {
      // The nudge is kept as due in the table (app/follow-through.ts (sendNudgesDue)); a schedule of that name is one an
      // earlier version made (before issue #16's fifth call), deleted too while such may still be waiting.
      if (kind === 'nudge') await deps.followThrough.cancelNudge(inviteId);
      await deps.scheduler.cancel(reminderName(inviteId, kind));
    } catch (error) {
      deps.log.warn('a reminder schedule could not be deleted; when it fires it sends nothing', { inviteId, kind, error: errorName(error) });
    }
  }
}

/** The time an accept of `slot` (1-based; none: the accept draft) fixes: that slot, or the only one proposed. */
export function fixedSlot(invitation: Pick<StoredInvitation, 'facts'>, slot: number | undefined): Slot | null {
  const { slots } = invitation.facts;
  if (slot !== undefined) return slots[slot - 1] ?? null;
  return slots.length === 1 ? (slots[0] ?? null) : null;
}

/**
 * The start of the interview the owner accepted, as stored; null when the current choice is no accept of
 * a fixed time. The recorded choice decides; without one, a send of the accept draft that went out (or
 * may have: the owner was told and may `resend`) is the accept.
 */
export function acceptedStart(invitation: StoredInvitation): string | null {
  const sent = invitation.send && (invitation.send.status === 'sent' || invitation.send.status === 'uncertain') ? invitation.send : null;
  const choice = invitation.choice ?? sent;
  if (choice?.verdict !== 'attend') return null;
  return fixedSlot(invitation, choice.slot)?.start ?? null;
}

/**
 * The invitation a reminder of an accepted time is about (on the day, "how did it go?"), while the accept of
 * that time is still the current choice; else why it no longer applies.
 */
export async function stillAccepted(
  deps: Pick<FollowThroughDeps, 'store'>,
  followUp: FollowUp,
): Promise<{ skip: 'forgotten' | 'rescheduled' | 'not-accepted' | 'outdated' } | { invitation: StoredInvitation; start: string }> {
  const invitation = await deps.store.getInvitation(followUp.inviteId);
  if (!invitation) return { skip: 'forgotten' };
  if (invitation.supersededBy) return { skip: 'rescheduled' };
  const start = acceptedStart(invitation);
  if (!start) return { skip: 'not-accepted' };
  // Another slot accepted since (its own reminders follow it), or a re-forward that moved the time.
  if (start !== followUp.startsAt) return { skip: 'outdated' };
  return { invitation, start };
}

/**
 * Schedules the reminders on the day of the interview just accepted (`slot` as accepted), after deleting
 * any earlier ones (another slot accepted before). `thread`: what they answer (the recommendation, as
 * the owner's reply quoted it). Best effort, like the deletes: the choice is recorded; a missing reminder
 * is the lesser harm, and is logged.
 */
export async function scheduleOnTheDay(deps: InboundDeps, invitation: StoredInvitation, slot: number | undefined, thread: FollowUp['thread']): Promise<void> {
  const { config } = deps;
  const { inviteId } = invitation;
  if (!config.followThrough.onTheDay) return;
  const start = fixedSlot(invitation, slot);
  const startMs = Date.parse(start?.start ?? '');
  if (!start || Number.isNaN(startMs)) {
    deps.log.info('no reminders on the day: no fixed time accepted', { inviteId });
    return;
  }
  const now = deps.clock.now();
  const { eveningBeforeHour, minutesBefore } = config.followThrough;
  const plan = planOnTheDay(now, new Date(startMs), { eveningBeforeHour, minutesBefore, timeZone: config.owner.timeZone });
  const version = invitation.version ?? 1;
  // The reminder's Reply-To is the recommendation's: `forget` written to it acts on the invitation.
  const expires = new Date(now.getTime() + config.limits.replyTokenDays * DAY_MS);
  const replyTo = replyAddress(config.inbox.address, deps.tokenSecret, { inviteId, version }, expires);
  for (const { kind, at } of plan.due) {
    try {
      await deps.scheduler.schedule(reminderName(inviteId, kind), at, { kind, inviteId, version, startsAt: start.start, dueAt: at.toISOString(), thread, replyTo, choiceBcc: null });
    } catch (error) {
      deps.log.warn('a reminder on the day could not be scheduled; it will not come', { inviteId, kind, error: errorName(error) });
    }
  }
  deps.log.info('reminders on the day', { inviteId, due: plan.due.map((d) => d.kind), left: plan.left });
}

