/**
 * The sending function's use case: send the owner's chosen draft to the recruiter, at most once.
 *
 *   claimed (by the inbound function) → sending → sent         → confirmation to the owner
 *                                              → failed       (SES answered with an error: nothing went out)
 *   a retry that finds "sending" for its own attempt → uncertain → the owner is told; "resend" re-claims
 *
 * From the sending address with the owner's name, Reply-To and Cc the owner, threaded to the original
 * invitation, and WITHOUT Auto-Submitted (recruiters' systems drop auto-submitted mail).
 */
import { recipientAddress } from '../core/mail/mail.js';
import { buildMime, mailto, phrases, renderNotice, type NoticeKind, type NoticeView } from '../core/write/write.js';
import { mailOwner } from './owner-mail.js';
import type { SendDeps, SendJob } from './ports.js';

export type SendOutcome = 'sent' | 'already-sent' | 'stale' | 'uncertain' | 'in-progress' | 'rejected' | 'refused';

/**
 * A "sending" state younger than this belongs to a run that may still be going (the function times out
 * after 30 s); older, it belongs to one that died, and the mail may or may not have gone out.
 */
const SENDING_LEASE_MS = 60_000;

export async function sendDraft(deps: SendDeps, job: SendJob): Promise<SendOutcome> {
  const owner = deps.config.owner.addresses[0] ?? '';
  const tell = (kind: NoticeKind, view: NoticeView) => mailOwner(deps, owner, renderNotice(kind, view), { inReplyTo: job.commandMessageId, replyTo: null });
  const what = phrases.draft[job.verdict];

  const state = await deps.store.getSend(job.inviteId);
  // The job must be the one claimed, to the address claimed (the claim is the owner's authentic command).
  if (!state || state.attempt !== job.attempt || state.to !== job.to) {
    deps.log.warn('send job is stale', { inviteId: job.inviteId });
    return 'stale';
  }
  if (state.status === 'sent') return 'already-sent';
  if (state.status === 'uncertain') return 'uncertain';
  if (state.status === 'sending') {
    // Another run of this job is sending right now (a duplicate delivery): leave it alone.
    if (deps.clock.now().getTime() - Date.parse(state.at) < SENDING_LEASE_MS) return 'in-progress';
    // A run started long enough ago to have timed out and stopped before recording the result.
    if (await deps.store.updateSend(job.inviteId, job.attempt, ['sending'], { status: 'uncertain' })) await tell('uncertain', { what, to: job.to });
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

  const invitation = await deps.store.getInvitation(job.inviteId);
  const original = invitation?.original.messageId ?? null;
  const raw = await buildMime({
    from: { name: deps.config.owner.name, address: deps.config.sending.address },
    to: [recipient],
    cc: [owner],
    replyTo: owner,
    subject: job.subject,
    text: job.body,
    html: null,
    inReplyTo: original,
    references: original ? [original] : [],
    autoSubmitted: false,
    date: deps.clock.now(),
  });
  let sesMessageId: string;
  try {
    sesMessageId = await deps.mailer.sendRaw(raw, { from: deps.config.sending.address, to: [recipient, owner] });
  } catch (error) {
    const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
    if (status === undefined || status >= 500) {
      // No answer, or a server error: the mail may have gone out. Lambda's retry will find "sending"
      // and tell the owner, who can reply "resend".
      throw error;
    }
    // SES refused the request: nothing went out.
    await deps.store.updateSend(job.inviteId, job.attempt, ['sending'], { status: 'failed' });
    const name = (error as Error).name;
    if (name === 'MessageRejected' || status === 400) {
      await tell('rejected', { to: job.to, reason: (error as Error).message.split('\n')[0] ?? name, link: mailto({ to: job.to, subject: job.subject, body: job.body }, null) });
      return 'rejected';
    }
    throw error;
  }
  const at = deps.clock.now().toISOString();
  await deps.store.updateSend(job.inviteId, job.attempt, ['sending'], { status: 'sent', sesMessageId, at });
  await deps.store.recordChoice(job.inviteId, { verdict: job.verdict, at, ...(job.slot ? { slot: job.slot } : {}) });
  await deps.store.rememberSentMessage(sesMessageId, job.inviteId, deps.clock.now());
  deps.log.info('draft sent to the recruiter', { inviteId: job.inviteId, verdict: job.verdict });
  await tell('sent', { to: job.to, at, subject: job.subject, body: job.body });
  return 'sent';
}
