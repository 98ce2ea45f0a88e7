/**
 * Every mail to the owner goes through here: to a configured owner address only, marked
 * `Auto-Submitted: auto-replied`, threaded, and counted against the hourly cap. Past the cap (past
 * `recommendationsPerHour` for a recommendation, `mailsToOwnerPerHour` for anything else) the mail is
 * held back: one "paused" notice per limit and hour says so, and what was held is kept for the digest
 * of a later hour (app/answer-held-mail.ts). Notices about sends to a recruiter, and the digest itself,
 * are counted but never held back.
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config/schema.js';
import { canonicalAddress, domainOf, HOUR_MS } from '../core/mail/mail.js';
import { buildMime, inZone, phrases, renderNotice, type NoticeKind, type NoticeView, type RenderedMail } from '../core/write/write.js';
import { afterSend } from './after-send.js';
import type { Answering, Clock, InviteStore, Logger, MessageOutcome, Notify, Outcome, OwnerMailDeps, OwnerMailStore, SendJob } from './ports.js';

export interface OwnerMail extends RenderedMail {
  attachments?: { filename: string; contentType: string; content: string }[];
}

/** What a held notice keeps of its text: a note is short, a `history` answer can be long. */
export const HELD_TEXT_CHARS = 8000;

/**
 * Mails the owner. `bypassCap`: a notice about a send to a recruiter (sent, may not have gone out,
 * refused, bounced), or the digest of held mail, is never held back by the hourly cap; it still counts
 * toward it. `recommendation`: measured against the recommendations' own limit. `reserved`: the mail
 * was counted already, and this is what the cap answered (a recommendation is counted in the same write
 * as its invitation: InviteStore.commitRecommendation; it keeps what the cap held back itself). `hold`:
 * keeps the mail when the cap holds it back, before the "paused" notice goes out (a failure there fails
 * the run, and nothing was sent: Lambda's retry holds it again).
 */
export async function mailOwner(
  deps: OwnerMailDeps,
  owner: string,
  mail: OwnerMail,
  thread: { inReplyTo: string | null; replyTo: string | null; references?: string[] },
  options: { bypassCap?: boolean; recommendation?: boolean; reserved?: 'ok' | 'notice'; hold?: () => Promise<void> } = {},
): Promise<{ status: 'sent' | 'paused' | 'blocked'; sentMessageId?: string; headerId?: string }> {
  const now = deps.clock.now();
  const { limits } = deps.config;
  const kind = options.bypassCap ? { bypass: true } : options.recommendation ? { recommendations: limits.recommendationsPerHour } : {};
  const reservation = options.reserved ?? (await deps.store.reserveOwnerMail(now, limits.mailsToOwnerPerHour, kind));
  if (reservation !== 'ok') await options.hold?.();
  if (reservation === 'blocked') return { status: 'blocked' };
  const paused = reservation === 'notice';
  const content = paused ? pausedNotice(deps.config, now, options.recommendation === true) : mail;
  // Our own Message-ID, remembered by the caller: SES replaces it when it really sends (and its id,
  // returned below, is the local part of the one it writes), a local stand-in keeps it.
  const headerId = randomUUID();
  const raw = await buildMime({
    messageId: `<${headerId}@${domainOf(deps.config.sending.address)}>`,
    from: { name: deps.config.sending.name, address: deps.config.sending.address },
    to: [owner],
    replyTo: paused ? null : thread.replyTo,
    subject: content.subject,
    text: content.text,
    html: content.html,
    inReplyTo: thread.inReplyTo,
    references: thread.references ?? (thread.inReplyTo ? [thread.inReplyTo] : []),
    autoSubmitted: true,
    date: now,
    attachments: paused ? [] : (mail.attachments ?? []),
  });
  const sentMessageId = await deps.mailer.sendRaw(raw, { from: deps.config.sending.address, to: [owner] });
  return { status: paused ? 'paused' : 'sent', sentMessageId, headerId };
}

/** The one "paused" notice of an hour and a limit: which limit, and when the digest can come. */
function pausedNotice(config: Config, now: Date, recommendations: boolean): RenderedMail {
  const nextHour = new Date((Math.floor(now.getTime() / HOUR_MS) + 1) * HOUR_MS);
  const { mailsToOwnerPerHour, recommendationsPerHour } = config.limits;
  return renderNotice('paused', {
    recommendations,
    limit: recommendations ? recommendationsPerHour : mailsToOwnerPerHour,
    recommendationLimit: recommendationsPerHour > mailsToOwnerPerHour ? recommendationsPerHour : null,
    resumeAt: inZone(nextHour.toISOString(), config.owner.timeZone),
  });
}

/**
 * Answers the owner's message; the outcome is `outcome` when it went out, `rate-limited` when the cap
 * held it (then it is kept for the digest: the invitation `invite` whose recommendation it was, or the
 * notice's own words).
 */
export async function answerOwner(
  deps: OwnerMailDeps & { ownerMail: Pick<OwnerMailStore, 'holdMail'> },
  answering: Answering,
  mail: OwnerMail,
  replyTo: string | null,
  outcome: MessageOutcome = 'answered-notice',
  invite?: { inviteId: string; version: number },
  options: { reserved?: 'ok' | 'notice'; about?: readonly string[] } = {},
): Promise<Outcome & { headerId?: string }> {
  const { about, ...sendOptions } = options;
  // A recommendation counted in its own write (`reserved`) was kept there already when the cap held it.
  const hold = options.reserved
    ? undefined
    : async () => {
        const now = deps.clock.now();
        const what = invite ? { invite } : { notice: { title: mail.subject, text: mail.text.slice(0, HELD_TEXT_CHARS), ...(about?.length ? { about: [...about] } : {}) } };
        await deps.ownerMail.holdMail({ messageId: answering.reference, heldAt: now.toISOString(), owner: answering.owner, inReplyTo: answering.inReplyTo, subject: answering.subject, ...what }, now);
      };
  const sent = await mailOwner(deps, answering.owner, mail, { inReplyTo: answering.inReplyTo, replyTo }, { recommendation: outcome === 'recommended', ...sendOptions, ...(hold ? { hold } : {}) });
  return {
    outcome: sent.status === 'sent' ? outcome : 'rate-limited',
    ...(sent.sentMessageId ? { sentMessageId: sent.sentMessageId } : {}),
    ...(sent.headerId ? { headerId: sent.headerId } : {}),
  };
}

export function notifier(deps: OwnerMailDeps & { ownerMail: Pick<OwnerMailStore, 'holdMail'> }, answering: Answering): Notify {
  return async (kind, view = {}, about) => {
    const { headerId: _headerId, ...outcome } = await answerOwner(deps, answering, renderNotice(kind, { subject: answering.subject, reference: answering.reference, ...view }), null, undefined, undefined, about ? { about } : {});
    return outcome;
  };
}

/**
 * The configured owner address that sent a message: the answer goes to the configured spelling of it,
 * never to a From, Reply-To or Return-Path taken from the mail.
 */
export function ownerAddressFor(config: Config, from: string | null): string {
  const canonical = canonicalAddress(from ?? '');
  const owner = config.owner.addresses.find((a) => a === canonical) ?? config.owner.addresses[0];
  if (!owner) throw new Error('configuration has no owner address');
  return owner;
}

/**
 * A notice about a send job (the owner's chosen draft to a recruiter): to the first owner address,
 * threaded to the owner's command, and never held back by the hourly cap. The sending function tells
 * the owner so, and the failure notice does when the job failed all its attempts (app/tell-failure.ts).
 */
export function tellAboutSend(deps: OwnerMailDeps, job: SendJob, kind: NoticeKind, view: NoticeView): ReturnType<typeof mailOwner> {
  const owner = deps.config.owner.addresses[0] ?? '';
  return mailOwner(deps, owner, renderNotice(kind, view), { inReplyTo: job.commandMessageId, replyTo: null }, { bypassCap: true });
}

/** What the owner is told of a job that went out (`sent`, at `at`) or whose outcome is unknown (`uncertain`). */
export function sendOutcomeNotice(config: Config, job: SendJob, state: { status: 'sent'; at: string } | { status: 'uncertain' }): [NoticeKind, NoticeView] {
  if (state.status === 'sent') return ['sent', { to: job.to, at: inZone(state.at, config.owner.timeZone), subject: job.subject, body: job.body }];
  return ['uncertain', { what: phrases.draft[job.verdict], to: job.to }];
}

/**
 * Records on the job's send state that the owner was told of `status`, so that a retry of the job tells
 * nothing again. The notice went out: retried within the run, and a failure is logged, never thrown.
 */
export async function recordOwnerTold(deps: { store: Pick<InviteStore, 'updateSend'>; clock: Clock; log: Logger }, job: SendJob, status: 'sent' | 'uncertain', noticeId: string | undefined): Promise<void> {
  const writes = afterSend(deps, { sesMessageId: noticeId ?? '', messageId: job.attempt, inviteId: job.inviteId });
  await writes.write('updateSend ownerTold', () => deps.store.updateSend(job.inviteId, job.attempt, [status], { status, ownerTold: true }));
}
