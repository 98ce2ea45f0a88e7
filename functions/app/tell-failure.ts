/**
 * An event failed all its retries (issue 11, item 4): tell the owner once what became of it. Runs in its
 * own function, fed by two failure topics (beside the failure queues that `npm run redrive` replays, so
 * telling the owner takes nothing from a queue):
 *
 * - a **delivery** (the inbound function's SES or re-drive event): which message could not be processed,
 *   where the raw mail is kept and how to process it again, and what its idempotency record says went
 *   out: nothing (no record, or a claim that never reached its send), or maybe an answer (the claim says
 *   `sendingAt`: the run was about to mail the owner when it stopped). A message another run finished
 *   meanwhile is not reported.
 * - a **send job** (the sending function's: the owner's chosen draft to a recruiter), once per command:
 *   what the job's send state says went out. Sent, but the owner never got the confirmation: the
 *   confirmation; it may have gone out (`sending`, `uncertain`): the "may not have gone out" notice, and
 *   the state is left `uncertain` so that "resend" works; nothing went out (`claimed`, `failed`): "not
 *   sent", and the state is left `failed` so that replying "accept" again sends it. A job that another
 *   command replaced, or whose owner was told already, is not reported. Like every notice about a send,
 *   never held back by the hourly cap.
 *
 * Held back by the hourly cap (a delivery's notice), it is kept for the digest of held mail like any other
 * held notice (a `HELD` item: its title and text) and the digest's `held-<hour>` schedule is made
 * (app/held-digest.ts); its own mark then says `held-by-cap`. A hold that fails throws before anything
 * is sent: the claim goes back and Lambda's retry holds it again.
 *
 * Once: a conditional write claims the notice before it is sent, and the writes that follow an accepted
 * send are retried within the run (app/after-send.ts). A send that fails gives the claim back and throws,
 * so that Lambda's retry tells the owner: at least once, like every mail to the owner (the inbound
 * function's too): a second notice only when SES accepted the first and its answer was lost, as a 503
 * or a reset looks the same whether SES took the mail or not (SendEmail has no idempotency key).
 *
 * When the store does not answer (a long DynamoDB outage outlasts the failed event's own retries), the
 * notice waits through its own: within CHECK_PATIENCE_MS of the failure a store error throws, and Lambda
 * tries again a minute and then two minutes later. After that it tells the owner without the store: it
 * says it could not check, sends without the once-only claim (nothing else sends this notice: one SNS
 * delivery, one notice) and without counting toward the cap (the counter is in the same store). A notice
 * that still fails all its attempts (SES refusing for minutes) goes to the inbound failure queue, where
 * `npm run redrive` replays it (infra/constructs/recovery.ts).
 */
import { randomUUID } from 'node:crypto';
import { MailRefusedError } from '../errors.js';
import { mailto, phrases, renderNotice, type NoticeKind, type NoticeView } from '../core/write/write.js';
import { afterSend, errorName } from './after-send.js';
import { holdForDigest } from './held-digest.js';
import { HELD_TEXT_CHARS, mailOwner, ownerAddressFor, recordOwnerTold, sendOutcomeNotice, tellAboutSend } from './owner-mail.js';
import type { FailedDelivery, FailedEvent, FailedSend, FailureNoticeDeps, HeldMail, Mailer, OwnerMailDeps, SendState } from './ports.js';

export type FailureNoticeResult =
  | 'told'
  /** told without the store: it did not answer, so what went out was not checked (or the notice not claimed) */
  | 'told-unchecked'
  | 'already-told'
  | 'held-by-cap'
  /** nothing to tell: another run finished the message, told the owner of the job, or another command replaced it */
  | 'finished-meanwhile';

/**
 * How long after the failure (the record's timestamp) a store that does not answer makes the notice
 * throw, so that Lambda tries again. Lambda's retries of the notice come one and three minutes after its
 * first attempt: the third attempt, and any later one, tells without the store.
 */
export const CHECK_PATIENCE_MS = 2 * 60_000;

/** What the digest of held mail keys a held delivery's notice by: apart from what the message's own run held under its id. */
export function failureNoticeHeldKey(messageId: string): string {
  return `${messageId}#failed`;
}

/** The key of a send job's notice (its command's SES message id, marked apart from the command's own delivery notice). */
export function sendNoticeKey(attempt: string): string {
  return `${attempt}#send`;
}

export async function tellFailure(deps: FailureNoticeDeps, failed: FailedEvent): Promise<FailureNoticeResult> {
  return failed.kind === 'send' ? tellSendFailure(deps, failed) : tellDeliveryFailure(deps, failed);
}

async function tellDeliveryFailure(deps: FailureNoticeDeps, failed: FailedDelivery): Promise<FailureNoticeResult> {
  const { messageId } = failed;
  const read = await patiently(deps, failed, () => deps.recovery.messageProgress(messageId, deps.clock.now()));
  const progress = read.ok ? read.value.progress : null;
  // A delivery whose retries met another run's claim until they ran out: that run finished it.
  if (progress?.state === 'done') {
    deps.log.info('failure notice: another run finished the message meanwhile', { messageId, outcome: progress.outcome });
    return 'finished-meanwhile';
  }
  // A claim marked "sending" was about to mail the owner: the sweep never re-drives it, and an answer may be out.
  const wentOut = progress === null ? 'unchecked' : progress.state === 'claimed' && progress.sending ? 'maybe' : 'nothing';
  const mail = renderNotice('failed', {
    subject: failed.subject,
    receivedAt: failed.receivedAt ? `${failed.receivedAt.slice(0, 16).replace('T', ' ')} UTC` : null,
    errorType: failed.errorType,
    [wentOut]: true,
    reference: messageId,
    location: deps.rawMailLocation,
    sweepRetries: failed.sweepRetries && wentOut === 'nothing',
    command: deps.redriveCommand,
  });
  const owner = ownerAddressFor(deps.config, failed.from);
  // Held back by the cap, the notice is kept for the digest of held mail (a `HELD` item under its own key,
  // apart from anything the message's own run held), and the digest's `held-<hour>` schedule is made.
  const hold = async () => {
    const now = deps.clock.now();
    const held: HeldMail = { messageId: failureNoticeHeldKey(messageId), heldAt: now.toISOString(), owner, inReplyTo: null, subject: failed.subject, notice: { title: mail.subject, text: mail.text.slice(0, HELD_TEXT_CHARS) } };
    await holdForDigest(deps, held, now);
  };
  return noticeOnce(deps, failed, { key: messageId, checked: read.ok, send: (mailDeps) => mailOwner(mailDeps, owner, mail, { inReplyTo: null, replyTo: null }, { hold }) });
}

async function tellSendFailure(deps: FailureNoticeDeps, failed: FailedSend): Promise<FailureNoticeResult> {
  const { job } = failed;
  const ids = { inviteId: job.inviteId, messageId: job.attempt };
  const read = await patiently(deps, failed, () => deps.store.getSend(job.inviteId));
  let state: SendState | null = read.ok ? read.value : null;
  if (read.ok) {
    if (!state || state.attempt !== job.attempt) {
      deps.log.info('failure notice: the send job was replaced by another command', ids);
      return 'finished-meanwhile';
    }
    if ((state.status === 'sent' || state.status === 'uncertain') && state.ownerTold !== false) {
      deps.log.info('failure notice: the owner was told of the send already', { ...ids, status: state.status });
      return 'finished-meanwhile';
    }
    // Left where the owner's next reply works: "resend" for a send that may have gone out, "accept" again
    // for one that never started (a run that stopped while sending never sends from there).
    const moveTo = state.status === 'sending' ? 'uncertain' : state.status === 'claimed' ? 'failed' : null;
    if (moveTo) {
      const moved = await patiently(deps, failed, () => deps.store.updateSend(job.inviteId, job.attempt, [state!.status], { status: moveTo, ownerTold: false, at: deps.clock.now().toISOString() }));
      if (moved.ok && !moved.value) {
        deps.log.info('failure notice: the send state moved on meanwhile (a run of the job tells the owner)', ids);
        return 'finished-meanwhile';
      }
      state = { ...state, status: moveTo };
    }
  }
  const status = state?.status ?? null;
  const what = phrases.draft[job.verdict];
  const [kind, view]: [NoticeKind, NoticeView] =
    status === 'sent' || status === 'uncertain'
      ? sendOutcomeNotice(deps.config, job, status === 'sent' ? { status, at: state!.at } : { status })
      : [
          'sendFailed',
          {
            what,
            to: job.to,
            errorType: failed.errorType,
            unchecked: status === null,
            reply: job.slot ? `${what} ${job.slot}` : what,
            command: deps.redriveSendingCommand,
            link: mailto({ to: job.to, subject: job.subject, body: job.body }, null),
          },
        ];
  const told = status === 'sent' || status === 'uncertain' ? status : null;
  return noticeOnce(deps, failed, {
    key: sendNoticeKey(job.attempt),
    checked: read.ok,
    send: (mailDeps) => tellAboutSend(mailDeps, job, kind, view),
    // The job records that the owner was told: a replay of it (npm run redrive -- --sending) tells nothing again.
    ...(told ? { afterTold: (noticeId: string | undefined) => recordOwnerTold(deps, job, told, noticeId) } : {}),
  });
}

interface Notice {
  /** what the once-only mark is kept under */
  key: string;
  /** the store answered the read: false, the notice says it could not check */
  checked: boolean;
  /** sends the notice through these dependencies (a notice about a send is never held back by the cap: app/owner-mail.ts) */
  send: (deps: OwnerMailDeps) => Promise<{ status: 'sent' | 'paused' | 'blocked'; sentMessageId?: string }>;
  /** a write that follows the sent notice (retried, never thrown) */
  afterTold?: (noticeId: string | undefined) => Promise<void>;
}

/** Claims the notice, sends it, and records it: once per key, and at most once once SES may have accepted it. */
async function noticeOnce(deps: FailureNoticeDeps, failed: FailedEvent, notice: Notice): Promise<FailureNoticeResult> {
  const { key } = notice;
  const runId = randomUUID();
  // Without the store the notice is sent unclaimed (nothing else sends it: one delivery of the record).
  const claim = notice.checked ? await patiently(deps, failed, () => deps.recovery.claimFailureNotice(key, runId, deps.clock.now())) : ({ ok: false } as const);
  if (claim.ok && claim.value === 'taken') {
    deps.log.info('failure notice: the owner was already told', { key });
    return 'already-told';
  }
  const claimed = claim.ok;
  let attempted = false;
  const mailer: Mailer = {
    sendRaw: (raw, envelope) => {
      attempted = true;
      return deps.mailer.sendRaw(raw, envelope);
    },
  };
  // The cap's counter is in the same store: once past patience, a counter that does not answer holds nothing back.
  const store: OwnerMailDeps['store'] = {
    reserveOwnerMail: (now, limit, options) =>
      deps.store.reserveOwnerMail(now, limit, options).catch((error: unknown) => {
        if (!patienceOver(deps, failed)) throw error;
        deps.log.warn('failure notice: the hourly cap could not be counted; sent uncounted', { key, error: errorName(error) });
        return 'ok' as const;
      }),
  };
  const mailDeps: OwnerMailDeps = { ...deps, store, mailer };
  let sent: Awaited<ReturnType<Notice['send']>>;
  try {
    sent = await notice.send(mailDeps);
  } catch (error) {
    // Nothing went out, or SES's answer was lost and it may have: the claim goes back and the retry tells
    // the owner (a refused send took nothing; a lost answer makes at worst a second notice).
    if (attempted && !(error instanceof MailRefusedError)) deps.log.warn('failure notice: SES gave no answer; the retry tells the owner again', { key, error: errorName(error) });
    if (claimed) await deps.recovery.releaseFailureNotice(key, runId).catch(() => undefined);
    throw error;
  }
  const outcome = sent.status === 'sent' ? 'sent' : 'held-by-cap';
  const sesMessageId = sent.sentMessageId ?? null;
  if (claimed) {
    const record = () => deps.recovery.completeFailureNotice(key, runId, outcome, sesMessageId);
    if (sesMessageId) await afterSend(deps, { sesMessageId, messageId: key }).write('completeFailureNotice', record);
    else await record();
  } else {
    // One try to leave the mark, so that a replay of this notice tells nothing again; the store may still be out.
    await deps.recovery
      .claimFailureNotice(key, runId, deps.clock.now())
      .then((mark) => (mark === 'claimed' ? deps.recovery.completeFailureNotice(key, runId, outcome, sesMessageId) : undefined))
      .catch(() => undefined);
  }
  if (sesMessageId && notice.afterTold) await notice.afterTold(sesMessageId);
  deps.log.info('failure notice', { key, outcome, sesMessageId, checked: notice.checked && claimed });
  if (outcome === 'held-by-cap') return 'held-by-cap';
  return notice.checked && claimed ? 'told' : 'told-unchecked';
}

/**
 * A read or mark of the store. Within CHECK_PATIENCE_MS of the failure, an error throws (Lambda tries
 * the notice again); after it, or when the record does not say when it failed, the notice goes on
 * without (`ok: false`).
 */
async function patiently<T>(deps: FailureNoticeDeps, failed: FailedEvent, action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    if (!patienceOver(deps, failed)) throw error;
    deps.log.warn('failure notice: the store did not answer; the owner is told without it', { error: errorName(error) });
    return { ok: false };
  }
}

function patienceOver(deps: FailureNoticeDeps, failed: FailedEvent): boolean {
  return failed.failedAt === null || deps.clock.now().getTime() - Date.parse(failed.failedAt) >= CHECK_PATIENCE_MS;
}
