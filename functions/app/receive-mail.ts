/**
 * The inbound function's entry: one message that reached the inbox, routed to the use case it calls for.
 *
 *   fetch the raw mail → parse → who sent it (trust) → claim the message id (idempotency) →
 *     the owner forwarded something      → recommend-invitation (which claims the message itself, in the
 *                                          same write as the invitation and the mail count)
 *     the owner replied to a recommendation → run-command (or record-choice for a draft's Bcc copy)
 *     a virus, or mail that cannot be read → a notice to the owner
 *   → record the outcome (or, when nothing went out, give the claim back so Lambda's retry can try again)
 *   → mail the cap held back in an earlier hour: one digest (answer-held-mail), never failing this run
 *
 * Once SES has accepted a mail to the owner, or a send job has been handed to the sending function, the
 * run never throws and never gives the claim back: the writes that follow are retried within the run
 * (app/after-send.ts), and one that still fails is logged and alarmed while the run ends successfully.
 *
 * Another run's live claim fails the delivery (ClaimHeldError) so that Lambda retries it later.
 */
import { randomUUID } from 'node:crypto';
import { ClaimHeldError, InviteAdvisorError } from '../errors.js';
import { authorAddress, headerValues, parseMessage, type InboundEnvelope, type ParsedMessage } from '../core/mail/mail.js';
import { classifyInbound, type InboundClass } from '../core/trust/trust.js';
import { phrases } from '../core/write/write.js';
import { notifier, ownerAddressFor } from './owner-mail.js';
import { afterSend, errorName } from './after-send.js';
import { answerHeldMail } from './answer-held-mail.js';
import { holdingForDigest } from './held-digest.js';
import { SIGNALS, type Answering, type ClaimResult, type Delivery, type DraftSender, type Duplicate, type InboundDeps, type Mailer, type MessageRun, type Outcome } from './ports.js';
import { recommendInvitation } from './recommend-invitation.js';
import { recordChoice } from './record-choice.js';
import { recordOutcome } from './record-outcome.js';
import { runCommand } from './run-command.js';

export type InboundResult = { outcome: 'dropped'; reason: string } | Duplicate | Outcome;

export async function receiveMail(given: InboundDeps, delivery: Delivery): Promise<InboundResult> {
  // Mail the cap holds back schedules its own digest (app/held-digest.ts).
  const deps: InboundDeps = { ...given, ownerMail: holdingForDigest(given.ownerMail, given) };
  const { messageId } = delivery;
  const raw = await deps.rawMail.get(messageId);

  let parsed: ParsedMessage | null = null;
  let problem: InviteAdvisorError | null = null;
  try {
    parsed = await parseMessage(raw);
  } catch (error) {
    if (!(error instanceof InviteAdvisorError && error.permanent)) throw error;
    problem = error;
  }

  const envelope = envelopeOf(delivery, parsed);
  const trust = classifyInbound(envelope, {
    ownerAddresses: deps.config.owner.addresses,
    unsignedAddresses: deps.config.owner.unsignedAddresses,
    inboxAddress: deps.config.inbox.address,
    sendingAddress: deps.config.sending.address,
  });
  if (trust.kind === 'drop') {
    // Logged by id only: no reply, no bounce, no notice (that would turn spam into mail to others).
    deps.log.info('message dropped', { messageId, reason: trust.reason });
    return { outcome: 'dropped', reason: trust.reason };
  }

  const run = messageRun(deps, messageId);
  // An owner's forward is claimed by its recommendation, in the same write as its invitation; every
  // other message here, before anything is done about it.
  if (!(trust.kind === 'owner-forward' && parsed)) {
    const duplicate = await run.claim();
    if (duplicate) {
      await digestHeldMail(deps);
      return duplicate;
    }
  }
  // Which mail SES accepted in this run: once one has, the run never throws and never gives the claim
  // back (Lambda's retry would send it again).
  let accepted: string | null = null;
  const mailer: Mailer = {
    sendRaw: async (mime, to) => {
      // Before anything can go out, the claim says so: a record left claimed after this point may have
      // answered the owner, and the sweep never re-drives it (app/sweep-raw-mail.ts).
      if (!(await run.markSending())) {
        deps.log.warn('claim taken over by another run before sending', { messageId, signal: SIGNALS.claimHeld });
        throw new ClaimHeldError(messageId);
      }
      const id = await deps.mailer.sendRaw(mime, to);
      accepted ??= id;
      return id;
    },
  };
  // The same once a send job is handed to the sending function: the job confirms to the owner, and a
  // retry of this command would find its send under way and tell the owner again ("already sent").
  let handedOver = false;
  const draftSender: DraftSender = {
    request: async (job) => {
      await deps.draftSender.request(job);
      handedOver = true;
    },
  };
  const committed = () => accepted !== null || handedOver;
  let result: Outcome;
  try {
    const routed = await route({ ...deps, mailer, draftSender }, { delivery, trust, parsed, problem, envelope, run });
    if (routed.outcome === 'duplicate') return routed;
    result = routed;
    if (!committed()) await deps.store.completeMessage(messageId, result.outcome, result, deps.clock.now());
  } catch (error) {
    if (!committed()) {
      // Nothing went out: give this run's claim back so Lambda's retry can do what this attempt could not
      // (also when the run does not know it holds one: a write whose answer was lost may have claimed it).
      await deps.store.releaseMessage(messageId, run.runId).catch(() => undefined);
      throw error;
    }
    deps.log.error('the run failed after SES accepted its mail; it ends without retrying', { signal: SIGNALS.bookkeepingFailed, messageId, sesMessageId: accepted ?? 'none', error: errorName(error) });
    result = { outcome: 'answered-then-failed', ...(accepted ? { sentMessageId: accepted } : {}) };
  }
  if (committed()) await recordAfterSend(deps, messageId, accepted ?? 'none (a send job was handed over)', result);
  deps.log.info('message processed', { messageId, outcome: result.outcome, inviteId: result.inviteId });
  // The fallback of the scheduled digest (app/held-digest.ts), looked for only when mail may be held: a
  // recommendation's own write checks the held-mail signal (no call of its own, so the warm forward
  // costs none); other messages leave it to the schedule.
  if (run.digestDue) await digestHeldMail(deps);
  const { remember: _remember, nudge: _nudge, ...outcome } = result;
  return outcome;
}

/**
 * This run's hold on the message (ports.ts, MessageRun), and whether it was marked "sending". Random per
 * run, never the Lambda request id (Lambda reuses it for its own retries): a claim write the SDK sent
 * again after its answer was lost comes back as this run's own.
 */
function messageRun(deps: InboundDeps, messageId: string): MessageRun & { markSending(): Promise<boolean>; readonly digestDue: boolean } {
  const runId = randomUUID();
  let held = false;
  // Set when a recommendation's write saw the held-mail signal (digestIsDue).
  let digestDue = false;
  let sending = false;
  const claimedBy = (result: ClaimResult, options: { sending: boolean }): Duplicate | null => {
    if (result.status === 'done') {
      deps.log.info('duplicate delivery', { messageId, previous: result.outcome });
      return { outcome: 'duplicate', previous: result.outcome };
    }
    if (result.status === 'in-progress') {
      // Another run holds a live claim. Returning success would lose the message if that run dies, so
      // fail: Lambda retries later, when that run has finished (done) or its lease has run out (taken over).
      deps.log.warn('claim held by another run', { messageId, signal: SIGNALS.claimHeld });
      throw new ClaimHeldError(messageId);
    }
    held = true;
    sending ||= options.sending;
    return null;
  };
  return {
    messageId,
    runId,
    claimedBy,
    get digestDue() {
      return digestDue;
    },
    digestIsDue: () => {
      digestDue = true;
    },
    claim: async () => {
      return held ? null : claimedBy(await deps.store.claimMessage(messageId, runId, deps.clock.now(), deps.claimLeaseSeconds), { sending: false });
    },
    /** Marks the claim "sending" before the first mail, unless it says so already: false when it is no longer this run's. */
    markSending: async () => {
      if (sending) return true;
      sending = held && (await deps.store.markSending(messageId, runId, deps.clock.now()));
      return sending;
    },
  };
}

/**
 * Mail the hourly cap held back in an earlier hour: answered in one digest by the first run of a later
 * hour, once this run's own message is done (app/answer-held-mail.ts). Never fails this run: a digest
 * that could not go out is tried again by a later run.
 */
async function digestHeldMail(deps: InboundDeps): Promise<void> {
  try {
    await answerHeldMail(deps);
  } catch (error) {
    deps.log.warn('digest of held mail failed; a later run tries again', { error: errorName(error) });
  }
}

/**
 * The write that follows an accepted send: the message done, with what the reply may quote. Retried
 * within the run; one that still fails is logged and alarmed, and the run still ends successfully.
 */
async function recordAfterSend(deps: InboundDeps, messageId: string, sesMessageId: string, result: Outcome): Promise<void> {
  const { inviteId, remember: sentIds = [] } = result;
  const writes = afterSend(deps, { sesMessageId, messageId, ...(inviteId ? { inviteId } : {}) });
  // Which invitation each id the owner's reply may quote belongs to, and the recommendation's nudge as due, in the same write.
  await writes.write('completeMessage', () => deps.store.completeMessage(messageId, result.outcome, { ...result, sentIds }, deps.clock.now()));
}

async function route(
  deps: InboundDeps,
  input: { delivery: Delivery; trust: Exclude<InboundClass, { kind: 'drop' }>; parsed: ParsedMessage | null; problem: InviteAdvisorError | null; envelope: InboundEnvelope; run: MessageRun },
): Promise<Outcome | Duplicate> {
  const { delivery, trust, parsed, envelope } = input;
  const answering: Answering = {
    owner: ownerAddressFor(deps.config, envelope.from),
    inReplyTo: parsed?.messageId ?? null,
    subject: parsed?.subject ?? delivery.headers.find((h) => h.name.toLowerCase() === 'subject')?.value ?? null,
    reference: delivery.messageId,
  };
  const notify = notifier(deps, answering);

  if (trust.kind === 'owner-virus') return notify('virus');
  if (!parsed) return notify('unreadable', { problem: input.problem?.message ?? phrases.unknownProblem });
  if (trust.kind === 'owner-reply') {
    const choice = await recordChoice(deps, { sesMessageId: delivery.messageId, label: trust.label, parsed, envelope });
    if (choice) return choice;
    const answer = await recordOutcome(deps, { sesMessageId: delivery.messageId, label: trust.label, parsed, envelope, notify });
    if (answer) return answer;
    return runCommand(deps, { sesMessageId: delivery.messageId, label: trust.label, parsed, envelope, notify });
  }
  return recommendInvitation(deps, { sesMessageId: delivery.messageId, parsed, answering, notify, run: input.run });
}

/** What the receiving service saw, completed from the stored message where the service's copy falls short. */
function envelopeOf(delivery: Delivery, parsed: ParsedMessage | null): InboundEnvelope {
  // SES's own view of the headers, unless it truncated them; its Authentication-Results is on top of
  // the stored message.
  const deliveredHeader = (name: string) => delivery.headers.filter((h) => h.name.toLowerCase() === name).map((h) => h.value);
  const header = (name: string) => {
    if (parsed && (delivery.headersTruncated || name === 'authentication-results')) return headerValues(parsed, name);
    return deliveredHeader(name);
  };
  return { from: singleFrom(delivery, parsed), mailFrom: delivery.mailFrom, recipients: delivery.recipients, header, verdicts: delivery.verdicts };
}

/**
 * The one From address, read strictly (core/mail/author.ts). A message with several From headers,
 * several mailboxes in From, or a From that another parser could read as someone else has no single
 * author to trust (which one did DMARC check?): it is treated as from nobody, and dropped.
 */
function singleFrom(delivery: Delivery, parsed: ParsedMessage | null): string | null {
  return authorAddress(parsed ? headerValues(parsed, 'from') : delivery.from);
}
