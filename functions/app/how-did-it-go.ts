/**
 * "How did it go?" (issue #17, item 3): after an interview the owner accepted at a fixed time, one
 * question to the owner; the answer (app/record-outcome.ts) is kept with the invitation and feeds the
 * history (practice counts interviews that happened: core/decide/history.ts).
 *
 * Scheduled with the reminders on the day, by the same accepts (the `accept` command, or the Bcc copy of
 * the accept draft) and deleted by the same steps (a decline, another accept, `forget`: app/reminders.ts
 * cancelReminders; `done` leaves it). Due `followThrough.howDidItGoAfterMinutes` after the interview's
 * end, out of the owner's night (core/follow/outcome.ts). Its Reply-To is an answer address of its own
 * (`<inbox>+<token>-outcome@…`, core/reply/reply-address.ts): a reply to it is only ever an answer, and a
 * reply command is never read as one.
 *
 * When it fires (app/follow-through.ts, with the other reminders' claim, cap and trust rules):
 *   switched off (followThrough.howDidItGo), invitation forgotten, rescheduled, the current choice no
 *   accept (a decline, a send that failed), another time accepted since, or an answer already kept
 *     → nothing is sent
 *   otherwise → the question, to the first owner address only
 */
import { interviewEnd, planHowDidItGo, reminderName } from '../core/follow/follow.js';
import { DAY_MS } from '../core/mail/mail.js';
import { outcomeAddress } from '../core/reply/reply.js';
import { inZone, renderHowDidItGo, type RenderedMail } from '../core/write/write.js';
import { errorName } from './after-send.js';
import type { FollowThroughDeps, FollowUp, InboundDeps, StoredInvitation } from './ports.js';
import { fixedSlot, stillAccepted } from './reminders.js';

/** Why a fired question sends nothing (app/follow-through.ts reports it as the run's result). */
export type HowDidItGoSkip = 'switched-off' | 'forgotten' | 'rescheduled' | 'not-accepted' | 'outdated' | 'answered';

/** The answer address must still work when the answer comes: a question due later than this before it expires is not asked. */
const ANSWER_WINDOW_MS = 7 * DAY_MS;

/**
 * Schedules the question about the interview just accepted (`slot` as accepted). Best effort, like the
 * reminders on the day: the choice is recorded; a missing question is the lesser harm, and is logged.
 */
export async function scheduleHowDidItGo(deps: InboundDeps, invitation: StoredInvitation, slot: number | undefined, thread: FollowUp['thread']): Promise<void> {
  const { config } = deps;
  const { inviteId } = invitation;
  if (!config.followThrough.howDidItGo) return;
  const start = fixedSlot(invitation, slot);
  if (!start) {
    deps.log.info('no "how did it go?": no fixed time accepted', { inviteId });
    return;
  }
  const now = deps.clock.now();
  const { howDidItGoAfterMinutes: afterMinutes, nightStartHour, nightEndHour } = config.followThrough;
  const plan = planHowDidItGo(now, interviewEnd(start, invitation.facts.durationMinutes), { afterMinutes, nightStartHour, nightEndHour, timeZone: config.owner.timeZone });
  // Tokens expire replyTokenDays after they are made, as every other made now (a forget voids them all until then).
  const expires = new Date(now.getTime() + config.limits.replyTokenDays * DAY_MS);
  if ('none' in plan || plan.at.getTime() > expires.getTime() - ANSWER_WINDOW_MS) {
    deps.log.info('no "how did it go?"', { inviteId, why: 'none' in plan ? plan.none : 'too-far' });
    return;
  }
  const version = invitation.version ?? 1;
  const replyTo = outcomeAddress(config.inbox.address, deps.tokenSecret, { inviteId, version }, expires);
  const kind = 'how-did-it-go';
  try {
    await deps.scheduler.schedule(reminderName(inviteId, kind), plan.at, { kind, inviteId, version, startsAt: start.start, dueAt: plan.at.toISOString(), thread, replyTo, choiceBcc: null });
    deps.log.info('"how did it go?" scheduled', { inviteId, at: plan.at.toISOString() });
  } catch (error) {
    deps.log.warn('"how did it go?" could not be scheduled; it will not come', { inviteId, error: errorName(error) });
  }
}

/** The invitation the question is about, while its current choice is the accept of that time; or why nothing is sent. */
export async function dueHowDidItGo(deps: FollowThroughDeps, followUp: FollowUp): Promise<{ skip: HowDidItGoSkip } | { invitation: StoredInvitation }> {
  if (!deps.config.followThrough.howDidItGo) return { skip: 'switched-off' };
  const found = await stillAccepted(deps, followUp);
  if ('skip' in found) return found;
  if (found.invitation.outcome) return { skip: 'answered' };
  return { invitation: found.invitation };
}

export function howDidItGoMail(deps: FollowThroughDeps, invitation: StoredInvitation, followUp: FollowUp): RenderedMail {
  return renderHowDidItGo({
    subject: invitation.original.subject,
    verdict: invitation.decision.verdict,
    time: inZone(followUp.startsAt ?? '', deps.config.owner.timeZone),
    who: whoTheyMeet(invitation),
  });
}

/**
 * Whom the owner meets: the sender's name and the company. A display name that is an address
 * (`"sofia@acme.example" <victim@…>`) names no one: left out, as the recommendation does.
 */
export function whoTheyMeet(invitation: Pick<StoredInvitation, 'facts' | 'original'>): string | null {
  const { facts, original } = invitation;
  const sender = [facts.replyTo?.name, original.from?.name].find((name): name is string => !!name && !/[@\uFF20\uFE6B]/.test(name)) ?? null;
  return [sender, facts.company].filter((part): part is string => !!part).join(', ') || null;
}
