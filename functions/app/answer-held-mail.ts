/**
 * Mail the hourly cap held back is never dropped: one digest answers it in a later hour. The scheduler
 * sends it: holding mail schedules the follow-through function for the start of the next hour
 * (app/held-digest.ts). As a fallback that costs the normal path nothing, a forward whose own write sees
 * the held-mail signal answers it too (app/receive-mail.ts); whichever comes first claims the hour's
 * digest, the other finds it taken.
 *
 *   held mail of earlier hours? (one bounded read) → claim this hour's digest (a conditional write: one
 *   run, one digest) → read each held invitation's current recommendation → one mail to the owner →
 *   forget the held mail it answered
 *
 * At most once, like every mail to the owner: a failure before anything could go out (or a refusal: SES
 * took nothing) gives the claim back, so a later run of the hour sends it; once SES may have accepted
 * it, the claim stays and the held mail is forgotten (the writes after the send are retried within the
 * run, app/after-send.ts). A run that dies between its claim and its send leaves this hour's digest
 * unsent and the held mail kept: the next hour's digest answers it (a run that finds the hour's digest
 * claimed schedules the next one, so that it comes). The digest counts toward the hourly
 * cap and is never held back by it (it is at most one mail an hour).
 */
import { randomUUID } from 'node:crypto';
import { MailRefusedError } from '../errors.js';
import { DAY_MS, HOUR_MS } from '../core/mail/mail.js';
import { choiceAddresses, choiceAddressesOf } from '../core/reply/reply.js';
import { heldDigestDue } from '../core/follow/follow.js';
import { scheduleHeldDigest } from './held-digest.js';
import { earlierChoice, phrases, renderDigest, type DigestInvitation, type DigestNotice, type RenderedMail } from '../core/write/write.js';
import { afterSend, errorName } from './after-send.js';
import { mailOwner, ownerAddressFor } from './owner-mail.js';
import type { Clock, DigestOutcome, FollowThroughStore, HeldDigestCall, HeldMail, InviteStore, Logger, Mailer, OwnerMailDeps, OwnerMailStore, Scheduler } from './ports.js';

/** At most this many held messages per digest: the rest comes with the next one. */
export const DIGEST_MOST_HELD = 25;
/** A digest threads to this many of the messages it answers (References), the oldest first. */
const MOST_REFERENCES = 20;

export type DigestResult = 'none' | 'taken' | DigestOutcome;

/**
 * A `held-<hour>` schedule that fired before its time: the hour's held mail is not due yet (a digest
 * answers earlier hours only), and the one-off schedule is deleted once this run ends, so it was made again.
 */
export type ScheduledDigestResult = DigestResult | 'not-due-yet';

/**
 * The digest of held mail as its schedule (`held-<hour>`) invokes it. A run before the schedule's time
 * (locally `npm run tick -- --at` ahead of the real clock; in AWS a scheduler's clock a moment ahead of
 * the function's) would find the hour's mail not due yet, and its one-off schedule is deleted after the
 * run: it sends nothing and makes the schedule again for the same time, under the other of its two
 * names (its own is still taken while it runs), so that the held mail is answered at its hour.
 */
export async function answerScheduledDigest(deps: DigestDeps, call: HeldDigestCall): Promise<ScheduledDigestResult> {
  const due = heldDigestDue(call.hour);
  if (deps.clock.now().getTime() >= due.getTime()) return answerHeldMail(deps);
  await scheduleHeldDigest(deps, new Date(due.getTime() - HOUR_MS), !call.again);
  deps.log.info('digest of held mail: fired before its time, scheduled again', { hour: call.hour, due: due.toISOString() });
  return 'not-due-yet';
}

/**
 * What the digest needs: the inbound function's dependencies (the fallback) or the follow-through
 * function's (the scheduled digest). `tokenSecret`: only the inbound function has it; the scheduled
 * digest writes the draft links' Bcc from the choice token kept with the held mail. `followThrough`: a
 * held nudge is left out once the owner said `done`.
 */
export interface DigestDeps extends OwnerMailDeps {
  store: Pick<InviteStore, 'getInvitation' | 'reserveOwnerMail'>;
  ownerMail: OwnerMailStore;
  /** the next digest, when more was held than one lists */
  scheduler: Pick<Scheduler, 'schedule'>;
  clock: Clock;
  log: Logger;
  tokenSecret?: string;
  followThrough?: Pick<FollowThroughStore, 'answeredAt'>;
}

export async function answerHeldMail(deps: DigestDeps): Promise<DigestResult> {
  const now = deps.clock.now();
  const hourStart = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  // One more than a digest lists: whether more waits for the next one.
  const read = await deps.ownerMail.heldBefore(hourStart, DIGEST_MOST_HELD + 1);
  if (read.length === 0) {
    // Nothing held before this hour: the signal that sent this run looking is cleared (or moved to this hour).
    await deps.ownerMail.clearHeldSignal(hourStart);
    return 'none';
  }
  const held = read.slice(0, DIGEST_MOST_HELD);
  const more = read.length > DIGEST_MOST_HELD;
  const hour = now.toISOString().slice(0, 13);
  const runId = randomUUID();
  if ((await deps.ownerMail.claimDigest(hour, runId, now)) === 'taken') {
    // Another run has this hour's digest; should it die before sending, the next hour's lists the rest.
    await scheduleHeldDigest(deps, now);
    return 'taken';
  }

  let attempted = false;
  const mailer: Mailer = {
    sendRaw: (raw, envelope) => {
      attempted = true;
      return deps.mailer.sendRaw(raw, envelope);
    },
  };
  let result: DigestOutcome;
  let sentMessageId: string | null = null;
  try {
    const digest = await digestOf(deps, held, now, more);
    if (!digest) {
      result = 'nothing-to-send';
    } else {
      // The newest held message names the owner address to answer (always a configured one).
      const owner = ownerAddressFor(deps.config, held[held.length - 1]?.owner ?? null);
      const threads = [...new Set(held.map((h) => h.inReplyTo).filter((id): id is string => id !== null))].slice(0, MOST_REFERENCES);
      const sent = await mailOwner({ ...deps, mailer }, owner, digest, { inReplyTo: threads[0] ?? null, replyTo: null, references: threads }, { bypassCap: true });
      sentMessageId = sent.sentMessageId ?? null;
      result = 'sent';
    }
  } catch (error) {
    if (!attempted || error instanceof MailRefusedError) {
      // Nothing went out: give the claim back, so a later run of this hour sends the digest.
      await deps.ownerMail.releaseDigest(hour, runId).catch(() => undefined);
      throw error;
    }
    deps.log.error('digest of held mail: SES gave no answer; it may not have gone out and is not sent again', { hour, held: held.length, error: errorName(error) });
    result = 'may-not-have-gone-out';
  }
  const record = () => deps.ownerMail.completeDigest(hour, runId, result, sentMessageId, held);
  if (attempted) await afterSend(deps, { sesMessageId: sentMessageId ?? 'none (may not have gone out)', messageId: `digest ${hour}` }).write('completeDigest', record);
  else await record();
  // Everything held before this hour answered: the held-mail signal says so (a failure leaves it: a later run looks again).
  if (!more) await deps.ownerMail.clearHeldSignal(hourStart).catch(() => undefined);
  // More waits: the next hour's digest lists it.
  else await scheduleHeldDigest(deps, now);
  deps.log.info('digest of held mail', { hour, held: held.length, result, sesMessageId: sentMessageId });
  return result;
}

/**
 * What the digest lists: each held invitation once, with its current recommendation, unless a later
 * one of it went out meanwhile (a re-forward answered in time, a reschedule) or it is gone (forgotten);
 * then each held note.
 */
async function digestOf(deps: DigestDeps, held: readonly HeldMail[], now: Date, more: boolean): Promise<RenderedMail | null> {
  const { config, tokenSecret } = deps;
  const newest = new Map<string, HeldMail & { invite: NonNullable<HeldMail['invite']> }>();
  for (const h of held) {
    if (!h.invite) continue;
    const seen = newest.get(h.invite.inviteId);
    if (!seen || h.invite.version > seen.invite.version) newest.set(h.invite.inviteId, { ...h, invite: h.invite });
    // The same recommendation held and nudged: listed once, as the recommendation.
    else if (h.invite.version === seen.invite.version) newest.set(h.invite.inviteId, { ...h, invite: { ...h.invite, nudge: (seen.invite.nudge ?? false) && (h.invite.nudge ?? false), choiceToken: h.invite.choiceToken ?? seen.invite.choiceToken } });
  }
  const expires = new Date(now.getTime() + config.limits.replyTokenDays * DAY_MS);
  const invitations: DigestInvitation[] = [];
  for (const h of newest.values()) {
    const invitation = await deps.store.getInvitation(h.invite.inviteId);
    if (!invitation || (invitation.version ?? 0) !== h.invite.version || invitation.supersededBy) continue;
    // A held nudge reminds of an answer not given: none once a choice is recorded.
    if (h.invite.nudge && (invitation.choice || invitation.send || (await deps.followThrough?.answeredAt(invitation.inviteId)))) continue;
    const subject = { inviteId: invitation.inviteId, version: h.invite.version };
    const { choiceToken } = h.invite;
    const choiceAddress = !config.drafts.bccChoiceToInbox ? null : choiceToken ? choiceAddressesOf(config.inbox.address, choiceToken) : tokenSecret ? choiceAddresses(config.inbox.address, tokenSecret, subject, expires) : null;
    invitations.push({
      inviteId: invitation.inviteId,
      facts: invitation.facts,
      decision: invitation.decision,
      drafts: invitation.drafts,
      original: { subject: invitation.original.subject, from: invitation.original.from },
      choiceAddress,
      earlier: earlierChoice(invitation.choice, invitation.send ?? null, config.owner.timeZone),
      heldAt: h.heldAt,
      ...(h.invite.nudge ? { nudge: true } : {}),
    });
  }
  const notices: DigestNotice[] = [];
  const present = new Map<string, Promise<boolean>>();
  const stillThere = (inviteId: string) => present.get(inviteId) ?? present.set(inviteId, deps.store.getInvitation(inviteId).then((i) => i !== null)).get(inviteId)!;
  for (const h of held) {
    if (!h.notice) continue;
    const { about = [], title, text } = h.notice;
    // A note that named an invitation forgotten since (a `history` answer, a reminder) would show it again: left out, without naming it.
    const forgotten = (await Promise.all(about.map(stillThere))).includes(false);
    notices.push(forgotten ? { subject: null, heldAt: h.heldAt, ...phrases.digestLeftOut } : { subject: h.subject, heldAt: h.heldAt, title, text });
  }
  if (invitations.length === 0 && notices.length === 0) return null;
  return renderDigest({ owner: config.owner, invitations, notices, more });
}
