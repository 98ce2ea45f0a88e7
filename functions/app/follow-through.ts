/**
 * A follow-through reminder fired (issue #17): the scheduler invoked the follow-through function with it.
 * The nudge: one short reminder to the owner when no choice is recorded for a recommendation, threaded
 * to it, with its two draft links again. On the day (the evening before, shortly before): the accepted
 * interview's time in both zones, the link or address, who they meet and the owner's note.
 *
 *   nudge: switched off (followThrough.nudge), invitation forgotten, a choice recorded (a reply command,
 *   a Bcc copy of a draft, `done`), rescheduled or forwarded again since, or its interview time passed
 *   on the day: switched off (followThrough.onTheDay), invitation forgotten, rescheduled, the current
 *   choice no accept (a decline, a send that failed), another time accepted since, or the time passed
 *     → nothing is sent
 *   "how did it go?": see app/how-did-it-go.ts
 *   otherwise → claimed (a conditional write with a lease), sent to the first owner address, recorded
 *
 * At most once: a second run finds the claim, and a run that died after claiming leaves it until its
 * lease runs out (Lambda's retry then sends). The one case of two is a run that died between SES
 * accepting the nudge and the record (tests/unit/app/follow-through.test.ts counts it). A send SES refused
 * (nothing went out) gives the claim back and throws: Lambda's retries, and the scheduler's, try again
 * while the interview is still ahead. A send whose answer was lost may have gone out: never sent again.
 * Like every note, it counts toward the hourly cap. One the cap held back is kept for the digest of held
 * mail, which the scheduler sends at the start of the next hour (app/held-digest.ts): a nudge as its
 * invitation with the draft buttons again (left out if a choice is recorded by then), the evening-before
 * reminder in its own words. The reminder shortly before is not kept: the digest would come after it.
 */
import { randomUUID } from 'node:crypto';
import { MailRefusedError } from '../errors.js';
import { describeSlot, inZone, mailto, renderNudge, renderOnTheDay, type RenderedMail } from '../core/write/write.js';
import { afterSend, errorName } from './after-send.js';
import { dateTimeFormat } from '../core/mail/mail.js';
import { mailOwner } from './owner-mail.js';
import { stillAccepted } from './reminders.js';
import { holdForDigest } from './held-digest.js';
import { reminderName } from '../core/follow/follow.js';
import { choiceTokenOf } from '../core/reply/reply.js';
import { dueHowDidItGo, howDidItGoMail, whoTheyMeet } from './how-did-it-go.js';
import { FollowUpSchema, NUDGES_PER_RUN, REMINDER_LEASE_SECONDS, type FollowThroughDeps, type FollowUp, type NudgesDueCall, type ReminderOutcome, type StoredInvitation } from './ports.js';

export type FollowThroughResult =
  | ReminderOutcome
  /** another run claimed it (sent, or sending) */
  | 'already-claimed'
  | 'switched-off'
  | 'forgotten'
  /** a choice is recorded: a reply command, a Bcc copy of a draft, or `done` ("how did it go?": an answer is kept already) */
  | 'answered'
  | 'rescheduled'
  /** on the day: the current choice is no accept (a decline, or an accept whose send failed) */
  | 'not-accepted'
  /** the invitation was forwarded again since; the newer recommendation's own nudge follows it */
  | 'outdated'
  | 'interview-passed';

export async function followThrough(deps: FollowThroughDeps, followUp: FollowUp): Promise<FollowThroughResult> {
  const due = await dueInvitation(deps, followUp);
  const ids = { inviteId: followUp.inviteId, kind: followUp.kind };
  if ('skip' in due) {
    deps.log.info('follow-through: nothing to send', { ...ids, result: due.skip });
    return due.skip;
  }
  const { invitation } = due;

  const runId = randomUUID();
  const claim = await deps.followThrough.claimReminder(followUp.inviteId, followUp.kind, runId, deps.clock.now(), REMINDER_LEASE_SECONDS);
  if (claim === 'taken') {
    deps.log.info('follow-through: claimed by another run', ids);
    return 'already-claimed';
  }
  const owner = deps.config.owner.addresses[0] ?? '';
  const mail = followUp.kind === 'nudge' ? nudgeMail(deps, invitation, followUp) : followUp.kind === 'how-did-it-go' ? howDidItGoMail(deps, invitation, followUp) : onTheDayMail(deps, invitation, followUp);
  let sent: Awaited<ReturnType<typeof mailOwner>>;
  let holdFailed = false;
  const hold = heldReminder(deps, followUp, invitation, mail, owner);
  const keep = hold
    ? async () => {
        try {
          await hold();
        } catch (error) {
          holdFailed = true;
          throw error;
        }
      }
    : undefined;
  try {
    sent = await mailOwner(deps, owner, mail, { inReplyTo: followUp.thread.inReplyTo, references: followUp.thread.references, replyTo: followUp.replyTo }, keep ? { hold: keep } : {});
  } catch (error) {
    // Refused, or held back and not kept: nothing went out.
    if (error instanceof MailRefusedError || holdFailed) {
      // Nothing went out: the claim goes back, and the retry sends it.
      await deps.followThrough.releaseReminder(followUp.inviteId, followUp.kind, runId).catch(() => undefined);
      throw error;
    }
    // SES gave no answer: the nudge may have gone out, and is never sent again.
    deps.log.warn('follow-through: SES gave no answer; the reminder may have gone out and is not sent again', { ...ids, error: errorName(error) });
    await deps.followThrough.completeReminder(followUp.inviteId, followUp.kind, runId, 'may-not-have-gone-out', null).catch(() => undefined);
    return 'may-not-have-gone-out';
  }
  const outcome: ReminderOutcome = sent.status === 'sent' ? 'sent' : 'held-by-cap';
  const sesMessageId = sent.sentMessageId ?? null;
  const record = () => deps.followThrough.completeReminder(followUp.inviteId, followUp.kind, runId, outcome, sesMessageId);
  if (sesMessageId) await afterSend(deps, { sesMessageId, messageId: `${followUp.inviteId}#${followUp.kind}`, inviteId: followUp.inviteId }).write('completeReminder', record);
  else await record();
  deps.log.info('follow-through: reminder', { ...ids, outcome, sesMessageId });
  return outcome;
}

/**
 * Keeps a reminder the cap holds back for the digest of held mail. Not the one shortly before (the digest
 * would come after it), nor "how did it go?" (its answer goes to its own Reply-To, which a digest has not).
 */
function heldReminder(deps: FollowThroughDeps, followUp: FollowUp, invitation: StoredInvitation, mail: RenderedMail, owner: string): (() => Promise<void>) | null {
  if (followUp.kind === 'shortly-before' || followUp.kind === 'how-did-it-go') return null;
  return async () => {
    const now = deps.clock.now();
    const choiceToken = followUp.choiceBcc ? choiceTokenOf(followUp.choiceBcc.attend) : null;
    const what =
      followUp.kind === 'nudge'
        ? { invite: { inviteId: followUp.inviteId, version: followUp.version, nudge: true, ...(choiceToken ? { choiceToken } : {}) } }
        : { notice: { title: mail.subject, text: mail.text.slice(0, HELD_REMINDER_CHARS), about: [followUp.inviteId] } };
    const held = { messageId: reminderName(followUp.inviteId, followUp.kind), heldAt: now.toISOString(), owner, inReplyTo: followUp.thread.inReplyTo, subject: invitation.original.subject, ...what };
    await holdForDigest(deps, held, now);
  };
}

/** What a held reminder keeps of its text (it is short). */
const HELD_REMINDER_CHARS = 8000;

function nudgeMail(deps: FollowThroughDeps, invitation: StoredInvitation, followUp: FollowUp): RenderedMail {
  const { config } = deps;
  const slot = invitation.facts.slots[0];
  const draftLink = (verdict: 'attend' | 'decline') => {
    const draft = verdict === 'attend' ? invitation.drafts.accept : invitation.drafts.decline;
    return draft.to ? mailto(draft, followUp.choiceBcc?.[verdict] ?? null) : null;
  };
  return renderNudge({
    subject: invitation.original.subject,
    verdict: invitation.decision.verdict,
    firstSlot: slot ? inZone(slot.start, config.owner.timeZone) : null,
    links: { attend: draftLink('attend'), decline: draftLink('decline') },
    sendOnBehalf: config.replies.sendOnBehalf,
  });
}

/** The time in the owner's zone, and as the invitation wrote it when its offset is not the owner's then. */
function onTheDayMail(deps: FollowThroughDeps, invitation: StoredInvitation, followUp: FollowUp): RenderedMail {
  const { timeZone } = deps.config.owner;
  const start = followUp.startsAt ?? '';
  const theirs = describeSlot({ start, end: null });
  const ownerOffset = offsetAt(new Date(start), timeZone);
  const theirOffset = /([+-]\d{2}:\d{2}|Z)$/.exec(start)?.[1]?.replace('Z', '+00:00') ?? null;
  const { facts, original } = invitation;
  const who = whoTheyMeet(invitation);
  return renderOnTheDay({
    subject: original.subject,
    verdict: invitation.decision.verdict,
    eveningBefore: followUp.kind === 'evening-before',
    time: inZone(start, timeZone),
    theirTime: theirOffset && theirOffset !== ownerOffset && theirs !== start ? theirs : null,
    meetingLink: facts.meetingLink,
    location: facts.location,
    who,
    note: invitation.ownerNote,
  });
}

/** The zone's UTC offset at that instant, `+hh:mm` (Intl's `GMT-04:00`; `GMT` alone is UTC). */
function offsetAt(at: Date, timeZone: string): string | null {
  if (Number.isNaN(at.getTime())) return null;
  const name = dateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return /^GMT([+-]\d{2}:\d{2})$/.exec(name)?.[1] ?? '+00:00';
}

type Skip = Exclude<FollowThroughResult, ReminderOutcome | 'already-claimed'>;

/** The invitation the reminder is about, or why nothing is sent. */
async function dueInvitation(deps: FollowThroughDeps, followUp: FollowUp): Promise<{ skip: Skip } | { invitation: StoredInvitation }> {
  if (followUp.kind === 'how-did-it-go') return dueHowDidItGo(deps, followUp);
  if (followUp.kind !== 'nudge') return dueOnTheDay(deps, followUp);
  if (!deps.config.followThrough.nudge) return { skip: 'switched-off' };
  const invitation = await deps.store.getInvitation(followUp.inviteId);
  if (!invitation) return { skip: 'forgotten' };
  if (invitation.choice || invitation.send) return { skip: 'answered' };
  if (invitation.supersededBy) return { skip: 'rescheduled' };
  // A reminder of an older recommendation (its replacement could not be scheduled): its addresses name
  // drafts that are no longer current.
  if (followUp.version !== (invitation.version ?? 1)) return { skip: 'outdated' };
  const start = Date.parse(invitation.facts.slots[0]?.start ?? '');
  if (!Number.isNaN(start) && start <= deps.clock.now().getTime()) return { skip: 'interview-passed' };
  if (await deps.followThrough.answeredAt(followUp.inviteId)) return { skip: 'answered' };
  return { invitation };
}

/** On the day: the invitation, while its current choice is the accept of the time this reminder is about. */
async function dueOnTheDay(deps: FollowThroughDeps, followUp: FollowUp): Promise<{ skip: Skip } | { invitation: StoredInvitation }> {
  if (!deps.config.followThrough.onTheDay) return { skip: 'switched-off' };
  const found = await stillAccepted(deps, followUp);
  if ('skip' in found) return found;
  if (Date.parse(found.start) <= deps.clock.now().getTime()) return { skip: 'interview-passed' };
  return { invitation: found.invitation };
}

/**
 * The nudges due (sendNudgesDue) (issue #16 item 4, issue #17 item 1): the follow-through function's recurring schedule
 * (every NUDGE_CHECK_MINUTES) reads the nudges kept as due by then (one query of one partition, at most
 * NUDGES_PER_RUN) and hands each to the nudge's own use case (app/follow-through.ts), under the same claim
 * as before: at most one nudge per invitation, never doubled by a second run, a retry or a late tick.
 *
 * A nudge due is deleted once it was dealt with: sent, held back by the cap, SES gave no answer, or
 * nothing to send (a choice, `done`, forgotten, rescheduled, an older version, the interview passed). It
 * stays when its send failed (the claim went back: the next run, or Lambda's retry, sends it) and when
 * another run holds its claim (that run deletes it; if that run died, a later run takes the claim over
 * once its lease ran out). Never lost: nothing deletes it before its claim recorded an outcome or it was
 * found to need none.
 */

export interface NudgesDueResult {
  /** how many were due, and what each came to */
  due: number;
  results: Partial<Record<FollowThroughResult | 'failed' | 'invalid', number>>;
}

export async function sendNudgesDue(deps: FollowThroughDeps, call: NudgesDueCall): Promise<NudgesDueResult> {
  // The schedule's time (a late delivery or a retry is no earlier than it) or now, whichever is later.
  const now = deps.clock.now();
  const scheduled = call.at ? new Date(call.at) : now;
  const at = scheduled.getTime() > now.getTime() ? scheduled : now;
  const due = await deps.followThrough.nudgesDue(at, NUDGES_PER_RUN);
  const results: NudgesDueResult['results'] = {};
  const count = (what: keyof NudgesDueResult['results']) => (results[what] = (results[what] ?? 0) + 1);
  let failure: unknown = null;
  for (const { key, call: carried } of due) {
    const parsed = FollowUpSchema.safeParse(carried);
    // Written by this product alone: anything else is dropped (and logged), never retried forever.
    if (!parsed.success || parsed.data.kind !== 'nudge') {
      count('invalid');
      deps.log.warn('nudges due: an item that is no nudge, dropped', { key });
      await drop(deps, key);
      continue;
    }
    const nudge = parsed.data;
    let result: FollowThroughResult;
    try {
      result = await followThrough(deps, nudge);
    } catch (error) {
      // Nothing went out (the claim went back): it stays due, and the run fails once the others are done.
      count('failed');
      deps.log.warn('nudges due: a nudge failed; it stays due', { inviteId: nudge.inviteId, error: errorName(error) });
      failure ??= error;
      continue;
    }
    count(result);
    // Another run holds the claim: it stays until a run records the outcome (a claim whose run died is taken over when its lease ran out).
    if (result === 'already-claimed' && !(await deps.followThrough.reminderDone(nudge.inviteId, 'nudge'))) continue;
    await drop(deps, key);
  }
  deps.log.info('nudges due', { due: due.length, results });
  if (failure) throw failure;
  return { due: due.length, results };
}

/** After a send, never fails the run (a nudge left due finds its claim done, and is dropped by the next run). */
async function drop(deps: FollowThroughDeps, key: string): Promise<void> {
  try {
    await deps.followThrough.dropNudge(key);
  } catch (error) {
    deps.log.warn('nudges due: could not drop a nudge dealt with; the next run drops it', { error: errorName(error) });
  }
}
