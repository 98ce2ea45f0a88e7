/**
 * The sending function's use case: send the owner's chosen draft to the recruiter, at most once.
 *
 *   claimed (by the inbound function) → sending → sent         → confirmation to the owner
 *                                              → uncertain    (no answer, or a 5xx: SES may have sent it)
 *                                                             → the owner is told at once, and may reply "resend"
 *                                              → failed       (SES refused it with a 4xx: nothing went out)
 *   a retry that finds "sending" for its own attempt, long enough ago → uncertain → the owner is told
 *   a duplicate of the job while another run of it is sending or telling the owner → nothing (in-progress)
 *
 * A send whose outcome is unknown is never sent again by this function (nor by the SDK: the sending
 * function's SES client makes one attempt, adapters/sesv2-mailer.ts). A throttled send went nowhere
 * and is tried again. The job records whether the owner was told (`ownerTold`), so a retry of the job
 * tells them without sending again. Notices about the send are never held back by the hourly cap.
 *
 * From the sending address with the owner's name, Reply-To and Cc the owner, threaded to the original
 * invitation, and WITHOUT Auto-Submitted (recruiters' systems drop auto-submitted mail).
 */
import { MailRefusedError } from '../errors.js';
import { replyHeaders } from '../core/extract/extract.js';
import { recipientAddress } from '../core/mail/mail.js';
import { buildMime, mailto, type NoticeKind, type NoticeView } from '../core/write/write.js';
import { afterSend, errorName } from './after-send.js';
import { recordOwnerTold, sendOutcomeNotice, tellAboutSend } from './owner-mail.js';
import type { Mailer, SendDeps, SendJob } from './ports.js';

export type SendOutcome = 'sent' | 'already-sent' | 'stale' | 'uncertain' | 'in-progress' | 'rejected' | 'refused';

/**
 * A "sending" state younger than this belongs to a run that may still be going (the function times out
 * after 30 s); older, it belongs to one that died, and the mail may or may not have gone out.
 */
const SENDING_LEASE_MS = 60_000;
/** How many times a send SES throttled is tried within the run (200 ms, doubling, between tries). */
const THROTTLED_ATTEMPTS = 4;

export async function sendDraft(deps: SendDeps, job: SendJob): Promise<SendOutcome> {
  const owner = deps.config.owner.addresses[0] ?? '';
  const mailer = patient(deps);
  // Notices about a send are never held back by the hourly cap (they still count toward it).
  const tell = (kind: NoticeKind, view: NoticeView) => tellAboutSend({ ...deps, mailer }, job, kind, view);
  /** Tells the owner of `status` and records it; the notice went out, so a failure to record it is logged, not thrown. */
  const tellOutcome = async (outcome: Parameters<typeof sendOutcomeNotice>[2]) =>
    recordOwnerTold(deps, job, outcome.status, (await tell(...sendOutcomeNotice(deps.config, job, outcome))).sentMessageId);
  const tellUncertain = () => tellOutcome({ status: 'uncertain' });
  const confirm = (at: string) => tellOutcome({ status: 'sent', at });

  const state = await deps.store.getSend(job.inviteId);
  // The job must be the one claimed, to the address claimed (the claim is the owner's authentic command).
  if (!state || state.attempt !== job.attempt || state.to !== job.to) {
    deps.log.warn('send job is stale', { inviteId: job.inviteId });
    return 'stale';
  }
  // A state younger than the lease belongs to another run of this job that may still be going (a
  // duplicate delivery): it is sending, or telling the owner, right now. Leave it alone: should that run
  // fail, its own retry comes later than the lease.
  const live = deps.clock.now().getTime() - Date.parse(state.at) < SENDING_LEASE_MS;
  // A retry of this job after it sent, or after it found the outcome unknown: tell the owner if that
  // did not happen yet, and never send again.
  if (state.status === 'sent') {
    if (state.ownerTold !== false) return 'already-sent';
    if (live) return 'in-progress';
    await confirm(state.at);
    return 'already-sent';
  }
  if (state.status === 'uncertain') {
    if (state.ownerTold !== false) return 'uncertain';
    if (live) return 'in-progress';
    await tellUncertain();
    return 'uncertain';
  }
  if (state.status === 'sending') {
    if (live) return 'in-progress';
    // A run started long enough ago to have timed out and stopped before recording the result. The
    // state's time moves on, so that a duplicate of this retry leaves the telling to it.
    if (await deps.store.updateSend(job.inviteId, job.attempt, ['sending'], { status: 'uncertain', ownerTold: false, at: deps.clock.now().toISOString() })) await tellUncertain();
    return 'uncertain';
  }
  // Checked again where it leaves, whatever the inbound side checked: a plain mailbox on a host name.
  const recipient = recipientAddress(job.to);
  if (!recipient) {
    deps.log.warn('send job refused: the recipient is not a mailbox', { inviteId: job.inviteId });
    // Told once: a redelivered job finds the claim failed already.
    if (await deps.store.updateSend(job.inviteId, job.attempt, ['claimed'], { status: 'failed' })) {
      await tell('noRecipient', { schedulingLink: (await deps.store.getInvitation(job.inviteId))?.facts.schedulingLink ?? null });
    }
    return 'refused';
  }
  if (!(await deps.store.updateSend(job.inviteId, job.attempt, ['claimed', 'failed'], { status: 'sending', at: deps.clock.now().toISOString() }))) return 'stale';

  const raw = await draftMime(deps, job, recipient, owner);
  let sesMessageId: string;
  try {
    sesMessageId = await mailer.sendRaw(raw, { from: deps.config.sending.address, to: [recipient, owner] });
  } catch (error) {
    if (error instanceof MailRefusedError) return refused(deps, job, error, tell);
    // No answer, a 5xx, or anything else: SES may have sent it. Never sent again here; the owner is told
    // at once and may reply "resend".
    deps.log.warn('the outcome of a send to the recruiter is unknown', { inviteId: job.inviteId, attempt: job.attempt, error: errorName(error) });
    const writes = afterSend(deps, { sesMessageId: 'unknown', messageId: job.attempt, inviteId: job.inviteId });
    const marked = await writes.write('updateSend uncertain', () => deps.store.updateSend(job.inviteId, job.attempt, ['sending'], { status: 'uncertain', ownerTold: false }));
    // Unrecorded, the state stays "sending": Lambda's retry of the job marks it uncertain once it is
    // stale and tells the owner; it never sends from "sending".
    if (!marked.ok) throw new Error(`the send to the recruiter for ${job.inviteId} may not have gone out and could not be recorded; the retry will tell the owner`, { cause: error });
    if (marked.value) await tellUncertain();
    return 'uncertain';
  }

  // SES accepted the mail: what follows is retried within the run and never sends again.
  const at = deps.clock.now().toISOString();
  const writes = afterSend(deps, { sesMessageId, messageId: job.attempt, inviteId: job.inviteId });
  await writes.write('updateSend sent', () => deps.store.updateSend(job.inviteId, job.attempt, ['sending'], { status: 'sent', sesMessageId, at, ownerTold: false }));
  await writes.write('recordChoice', () => deps.store.recordChoice(job.inviteId, { verdict: job.verdict, at, ...(job.slot ? { slot: job.slot } : {}) }));
  await writes.write('rememberSentMessage', () => deps.store.rememberSentMessage(sesMessageId, job.inviteId, deps.clock.now()));
  deps.log.info('draft sent to the recruiter', { inviteId: job.inviteId, verdict: job.verdict });
  // Should the confirmation fail, the run fails: Lambda's retry finds "sent" and confirms, never sends.
  await confirm(at);
  return 'sent';
}

/** SES refused the mail (a 4xx): nothing went out, so the job may be sent again. */
async function refused(deps: SendDeps, job: SendJob, error: MailRefusedError, tell: (kind: NoticeKind, view: NoticeView) => Promise<unknown>): Promise<SendOutcome> {
  await deps.store.updateSend(job.inviteId, job.attempt, ['sending'], { status: 'failed' });
  // Still throttled, or refused for a reason that may pass (permissions being set up): Lambda retries the job.
  if (!error.permanent) throw error;
  await tell('rejected', { to: job.to, reason: error.message.split('\n')[0] ?? error.code, link: mailto({ to: job.to, subject: job.subject, body: job.body }, null) });
  return 'rejected';
}

/** The mailer, trying again (with backoff, on the injected clock) a send SES throttled: a 4xx, so nothing went out. */
function patient(deps: SendDeps): Mailer {
  return {
    sendRaw: async (raw, envelope) => {
      let delay = 200;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return await deps.mailer.sendRaw(raw, envelope);
        } catch (error) {
          if (!(error instanceof MailRefusedError && error.throttled) || attempt >= THROTTLED_ATTEMPTS) throw error;
          await deps.clock.sleep(delay);
          delay *= 2;
        }
      }
    },
  };
}

/** `recipient`: the recruiter's address as checked (its domain in A-labels: SES takes ASCII addresses). */
async function draftMime(deps: SendDeps, job: SendJob, recipient: string, owner: string): Promise<Uint8Array> {
  const invitation = await deps.store.getInvitation(job.inviteId);
  // Threaded to the invitation only where the forward showed its Message-ID (core/extract/threading.ts).
  const threading = invitation ? replyHeaders(invitation.original) : { inReplyTo: null, references: [] };
  return buildMime({
    from: { name: deps.config.owner.name, address: deps.config.sending.address },
    to: [recipient],
    cc: [owner],
    replyTo: owner,
    subject: job.subject,
    text: job.body,
    html: null,
    inReplyTo: threading.inReplyTo,
    references: threading.references,
    autoSubmitted: false,
    date: deps.clock.now(),
  });
}

