/**
 * A delivery failed all its retries (issue 11, item 4): tell the owner, once per SES message id, what
 * could not be processed, where the raw mail is kept and how to process it again. Runs in its own
 * function, fed by the inbound function's failure topic (beside the failure queue that `npm run
 * redrive` replays, so telling the owner takes nothing from the queue).
 *
 * Once per id: a conditional write claims the notice before it is sent. A failure before anything could
 * go out (or a refusal: SES took nothing) gives the claim back so the platform's retry tells the owner;
 * once SES may have accepted it, the claim stays (at most once, like every mail to the owner) and the
 * write that records it is retried within the run (app/after-send.ts). The notice counts toward the
 * hourly cap like any notice, and is held back when the cap is spent (the failure queue's alarm still
 * mails the alarm address). It goes to a configured owner address only.
 */
import { randomUUID } from 'node:crypto';
import { MailRefusedError } from '../errors.js';
import { renderNotice } from '../core/write/write.js';
import { afterSend, errorName } from './after-send.js';
import { mailOwner, ownerAddressFor } from './owner-mail.js';
import type { FailedDelivery, FailureNoticeDeps, Mailer } from './ports.js';

export type FailureNoticeResult = 'told' | 'already-told' | 'held-by-cap' | 'may-not-have-gone-out' | 'finished-meanwhile';

export async function tellFailure(deps: FailureNoticeDeps, failed: FailedDelivery): Promise<FailureNoticeResult> {
  const { messageId } = failed;
  // A delivery whose retries met another run's claim until they ran out: that run finished it.
  const { progress } = await deps.recovery.messageProgress(messageId, deps.clock.now());
  if (progress.state === 'done') {
    deps.log.info('failure notice: another run finished the message meanwhile', { messageId, outcome: progress.outcome });
    return 'finished-meanwhile';
  }
  const runId = randomUUID();
  if ((await deps.recovery.claimFailureNotice(messageId, runId, deps.clock.now())) === 'taken') {
    deps.log.info('failure notice: the owner was already told', { messageId });
    return 'already-told';
  }
  let attempted = false;
  const mailer: Mailer = {
    sendRaw: (raw, envelope) => {
      attempted = true;
      return deps.mailer.sendRaw(raw, envelope);
    },
  };
  const notice = renderNotice('failed', {
    subject: failed.subject,
    receivedAt: failed.receivedAt ? `${failed.receivedAt.slice(0, 16).replace('T', ' ')} UTC` : null,
    errorType: failed.errorType,
    reference: messageId,
    location: deps.rawMailLocation,
    sweepRetries: failed.sweepRetries,
    command: deps.redriveCommand,
  });
  let sent: Awaited<ReturnType<typeof mailOwner>>;
  try {
    sent = await mailOwner({ ...deps, mailer }, ownerAddressFor(deps.config, failed.from), notice, { inReplyTo: null, replyTo: null });
  } catch (error) {
    if (!attempted || error instanceof MailRefusedError) {
      // Nothing went out: give the claim back so the retry can tell the owner.
      await deps.recovery.releaseFailureNotice(messageId, runId).catch(() => undefined);
      throw error;
    }
    deps.log.error('failure notice: SES gave no answer; it may not have gone out and is not sent again', { messageId, error: errorName(error) });
    return 'may-not-have-gone-out';
  }
  const outcome = sent.status === 'sent' ? 'sent' : 'held-by-cap';
  const sesMessageId = sent.sentMessageId ?? null;
  const record = () => deps.recovery.completeFailureNotice(messageId, runId, outcome, sesMessageId);
  if (sesMessageId) await afterSend(deps, { sesMessageId, messageId }).write('completeFailureNotice', record);
  else await record();
  deps.log.info('failure notice', { messageId, outcome, sesMessageId });
  return outcome === 'sent' ? 'told' : 'held-by-cap';
}
