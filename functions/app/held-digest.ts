/**
 * The scheduler answers what the hourly cap held back (issue #17, item 6): whenever mail is held, a
 * one-off schedule named after that clock hour (`held-<yyyy-mm-ddThh>`, core/follow/digests.ts) fires
 * the follow-through function at the start of the next hour, which sends the one digest of held mail
 * (app/answer-held-mail.ts: its `DIGEST#<hour>` claim, its threading, its rules). Holding again in the
 * same hour finds that schedule there (the scheduler refuses a second of the same name): one call, no
 * second digest.
 *
 * Only the path that holds mail pays for it (a CreateSchedule after the hold); the normal path makes no
 * call more. A schedule that could not be made is logged and never fails the run: the held mail is kept,
 * and the first forward after the hour still answers it (the held-mail signal, read inside the
 * recommendation's own write, app/receive-mail.ts), as before the scheduler took over.
 */
import { heldDigestName, hourKey, nextHourStart } from '../core/follow/follow.js';
import { errorName } from './after-send.js';
import type { HeldMail, Logger, OwnerMailStore, Scheduler } from './ports.js';

export interface HeldDigestScheduling {
  scheduler: Pick<Scheduler, 'schedule'>;
  log: Logger;
}

/**
 * Schedules the digest of what was held in the hour of `heldAt` (once per hour; best effort). `again`:
 * under its second name (a run of the digest that came before its time makes it again so).
 */
export async function scheduleHeldDigest(deps: HeldDigestScheduling, heldAt: Date, again = false): Promise<void> {
  const hour = hourKey(heldAt);
  try {
    const made = await deps.scheduler.schedule(heldDigestName(hour, again), nextHourStart(heldAt), { kind: 'held-digest', hour, ...(again ? { again: true as const } : {}) });
    if (made === 'created') deps.log.info('digest of held mail scheduled', { hour });
  } catch (error) {
    deps.log.warn('the digest of held mail could not be scheduled; the first forward after this hour answers it', { hour, error: errorName(error) });
  }
}

/** Keeps held mail for the digest, then schedules the digest (a failure to keep it throws: nothing is lost silently). */
export async function holdForDigest(deps: HeldDigestScheduling & { ownerMail: Pick<OwnerMailStore, 'holdMail'> }, held: HeldMail, now: Date): Promise<void> {
  await deps.ownerMail.holdMail(held, now);
  await scheduleHeldDigest(deps, new Date(held.heldAt));
}

/** The owner-mail store as every use case of a run sees it: holding mail also schedules its digest. */
export function holdingForDigest(ownerMail: OwnerMailStore, deps: HeldDigestScheduling): OwnerMailStore {
  return {
    holdMail: (held, now) => holdForDigest({ ...deps, ownerMail }, held, now),
    heldBefore: (before, limit) => ownerMail.heldBefore(before, limit),
    clearHeldSignal: (hourStart) => ownerMail.clearHeldSignal(hourStart),
    claimDigest: (hour, runId, now) => ownerMail.claimDigest(hour, runId, now),
    releaseDigest: (hour, runId) => ownerMail.releaseDigest(hour, runId),
    completeDigest: (hour, runId, result, sentMessageId, answered) => ownerMail.completeDigest(hour, runId, result, sentMessageId, answered),
    answerOwnMailOnce: (key, messageId, now) => ownerMail.answerOwnMailOnce(key, messageId, now),
  };
}
