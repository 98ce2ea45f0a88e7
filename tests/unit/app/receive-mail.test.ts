/**
 * receiveMail, the inbound entry, on in-memory ports: who gets an answer at all, and "at least once to
 * the owner, never twice" (the claim per run, its lease, giving it back after a failure before any
 * send, and never after one), under injected faults.
 */
import { describe, expect, it } from 'vitest';
import { SIGNALS } from '../../../functions/app/ports.js';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { ClaimHeldError } from '../../../functions/errors.js';
import { configWith, deliver, exampleConfig, fakeInboundDeps, fixture, forwardInvitation, OWNER, replyToRecommendation, sdkError, sesId } from '../../fakes/ports.js';

const FORWARD = 'fixtures/mail/forward-gmail-owner.eml';
const SECOND = 1000;

describe('receiveMail: routing', () => {
  it("drops a stranger's mail without a word to anyone, and records nothing", async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const id = sesId('stranger');
    const delivery = deliver(deps.rawMail, id, fixture('fixtures/mail/direct-invite-stranger.eml'), { mailFrom: 'recruiting@stranger.example' });
    // Act
    const result = await receiveMail(deps, delivery);
    // Assess
    expect(result).toEqual({ outcome: 'dropped', reason: 'stranger' });
    expect(deps.mailer.sent).toEqual([]);
    expect(await deps.store.invitationsReceivedSince(new Date(0))).toEqual([]);
    // No claim was taken: the message id is still free.
    expect(await deps.store.claimMessage(id, 'probe', deps.clock.now(), 60)).toEqual({ status: 'claimed' });
    expect(deps.log.lines).toEqual([{ level: 'info', message: 'message dropped', extra: { messageId: id, reason: 'stranger' } }]);
  });

  it('answers a duplicate delivery of a done message with nothing', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const delivery = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    const first = await receiveMail(deps, delivery);
    // Act
    const again = await receiveMail(deps, delivery);
    // Assess
    expect(first).toMatchObject({ outcome: 'recommended' });
    expect(again).toEqual({ outcome: 'duplicate', previous: 'recommended' });
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('tells the owner about a message SES flagged as a virus, without opening it', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const id = sesId('virus');
    const delivery = deliver(deps.rawMail, id, fixture(FORWARD), { verdicts: { virus: 'FAIL' } });
    // Act
    const result = await receiveMail(deps, delivery);
    // Assess
    expect(result).toMatchObject({ outcome: 'answered-notice' });
    const [notice, ...more] = await deps.mailer.parsed();
    expect(more).toEqual([]);
    expect(notice?.envelope.to).toEqual([OWNER]);
    expect(notice?.mail.subject).toBe('invite-advisor: a message was held back (virus scan failed)');
    expect(notice?.mail.text).toContain(`kept as ${id}`);
    expect(await deps.store.invitationsReceivedSince(new Date(0))).toEqual([]);
    expect(await deps.store.claimMessage(id, 'probe', deps.clock.now(), 60)).toEqual({ status: 'done', outcome: 'answered-notice' });
  });

  it('tells the owner a message could not be read, naming the problem', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const headers = [
      { name: 'From', value: `Alex Morgan <${OWNER}>` },
      { name: 'Subject', value: 'Fwd: interview' },
    ];
    const delivery = deliver(deps.rawMail, sesId('garbage'), fixture('fixtures/mail/garbage.bin'), { headers });
    // Act
    const result = await receiveMail(deps, delivery);
    // Assess
    expect(result).toMatchObject({ outcome: 'answered-notice' });
    const [notice] = await deps.mailer.parsed();
    expect(notice?.mail.subject).toBe('invite-advisor: your message could not be read');
    expect(notice?.mail.text).toContain('"Fwd: interview": not a mail message');
  });

  it('gives the claim back after a failure, so the retry sends the answer, once', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const delivery = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    deps.mailer.failNext(1, sdkError('TooManyRequestsException', 'Rate exceeded', 429));
    // Act
    const failed = receiveMail(deps, delivery);
    await expect(failed).rejects.toThrow('Rate exceeded');
    const retried = await receiveMail(deps, delivery);
    const replayed = await receiveMail(deps, delivery);
    // Assess
    expect(retried).toMatchObject({ outcome: 'recommended' });
    expect(replayed).toEqual({ outcome: 'duplicate', previous: 'recommended' });
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it("fails a delivery that meets another run's live claim, so Lambda retries it; the retry after that run finished is a duplicate", async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const delivery = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    await deps.store.claimMessage(delivery.messageId, 'another-run', deps.clock.now(), deps.claimLeaseSeconds);
    deps.clock.advance(30 * SECOND);
    // Act
    const during = receiveMail(deps, delivery);
    await expect(during).rejects.toBeInstanceOf(ClaimHeldError);
    const sentDuring = deps.mailer.sent.length;
    await deps.store.completeMessage(delivery.messageId, 'recommended', {}, deps.clock.now());
    const retried = await receiveMail(deps, delivery);
    // Assess
    expect(sentDuring).toBe(0);
    expect(retried).toEqual({ outcome: 'duplicate', previous: 'recommended' });
    expect(deps.mailer.sent).toEqual([]);
    expect(deps.log.lines).toContainEqual({ level: 'warn', message: 'claim held by another run', extra: { messageId: delivery.messageId, signal: SIGNALS.claimHeld } });
  });

  it("takes over a claim whose run died once its lease ran out, and answers once", async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const delivery = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    await deps.store.claimMessage(delivery.messageId, 'dead-run', deps.clock.now(), deps.claimLeaseSeconds);
    await expect(receiveMail(deps, delivery)).rejects.toBeInstanceOf(ClaimHeldError);
    // Act
    deps.clock.advance(deps.claimLeaseSeconds * SECOND + 1);
    const after = await receiveMail(deps, delivery);
    // Assess
    expect(after).toMatchObject({ outcome: 'recommended' });
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('answers once when the claim write was applied but its answer lost (the SDK sent it again and met its own claim)', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const delivery = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    deps.store.resendNext('claimMessage');
    // Act
    const result = await receiveMail(deps, delivery);
    const redelivered = await receiveMail(deps, delivery);
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    expect(redelivered).toEqual({ outcome: 'duplicate', previous: 'recommended' });
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('gives back only its own claim after a failure: a claim another run took over meanwhile stays', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const delivery = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    // This run's send fails slowly: by then its lease has run out and another run has claimed the message.
    const slow = { sendRaw: async () => {
      deps.clock.advance(deps.claimLeaseSeconds * SECOND + 1);
      await deps.store.claimMessage(delivery.messageId, 'other-run', deps.clock.now(), deps.claimLeaseSeconds);
      throw sdkError('TooManyRequestsException', 'Rate exceeded', 429);
    } };
    // Act
    await expect(receiveMail({ ...deps, mailer: slow }, delivery)).rejects.toThrow('Rate exceeded');
    const third = deps.store.claimMessage(delivery.messageId, 'third-run', deps.clock.now(), deps.claimLeaseSeconds);
    // Assess
    expect(await third).toEqual({ status: 'in-progress' });
  });
});

describe('receiveMail: never twice to the owner for a failure it can see', () => {
  const outage = () => sdkError('InternalServerError', 'DynamoDB is unavailable', 500);

  it('retries a write after the send that fails a few times, within the run: recorded, one mail, no error', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const delivery = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    deps.store.failNext('completeMessage', 3, outage());
    deps.store.failNext('rememberSentMessage', 2, outage());
    // Act
    const result = await receiveMail(deps, delivery);
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    expect(deps.mailer.sent).toHaveLength(1);
    expect(await deps.store.claimMessage(delivery.messageId, 'probe', deps.clock.now(), 60)).toEqual({ status: 'done', outcome: 'recommended' });
    expect(await deps.store.invitationForSentMessage(deps.mailer.sent[0]!.messageId)).toBe((result as { inviteId: string }).inviteId);
    expect(deps.log.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('ends successfully when a write after the send still fails: logs both ids and the signal, keeps its claim, never mails twice', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const delivery = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    deps.store.failNext('completeMessage', 1000, outage());
    // Act
    const result = await receiveMail(deps, delivery);
    const redelivered = receiveMail(deps, delivery);
    // Assess: the run succeeded (Lambda does not retry it) and said why it is incomplete
    expect(result).toMatchObject({ outcome: 'recommended' });
    const sesMessageId = deps.mailer.sent[0]!.messageId;
    const errors = deps.log.lines.filter((l) => l.level === 'error');
    expect(errors).toEqual([
      { level: 'error', message: 'a write after an accepted send failed; the run ends without it', extra: expect.objectContaining({ signal: SIGNALS.bookkeepingFailed, write: 'completeMessage', sesMessageId, messageId: delivery.messageId, error: 'InternalServerError' }) },
    ]);
    expect(JSON.stringify(deps.log.lines)).not.toContain('@');
    // Assess: the claim stays with the run (not given back), so a redelivery inside the lease sends nothing
    await expect(redelivered).rejects.toBeInstanceOf(ClaimHeldError);
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('still gives the claim back when the write fails and nothing went out (the hourly cap held the mail)', async () => {
    // Prepare
    const base = exampleConfig();
    const deps = fakeInboundDeps({ config: configWith({ limits: { ...base.limits, mailsToOwnerPerHour: 1, recommendationsPerHour: 1 } }) });
    await receiveMail(deps, deliver(deps.rawMail, sesId('forward'), fixture(FORWARD)));
    await receiveMail(deps, deliver(deps.rawMail, sesId('forward'), fixture(FORWARD)));
    const held = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    deps.store.failNext('completeMessage', 1, outage());
    // Act
    const failed = receiveMail(deps, held);
    await expect(failed).rejects.toThrow('DynamoDB is unavailable');
    const retried = await receiveMail(deps, held);
    // Assess
    expect(retried).toMatchObject({ outcome: 'rate-limited' });
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('ends a command successfully once its send job is handed over, even when recording the command fails: the retry would answer "already sent" (found by npm run chaos)', async () => {
    // Prepare
    const deps = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
    const rec = await forwardInvitation(deps);
    const mailsBefore = deps.mailer.sent.length;
    deps.store.failNext('completeMessage', 1000, outage());
    // Act
    const { result, sesMessageId } = await replyToRecommendation(deps, rec, 'accept');
    // Assess: the run succeeded (Lambda does not retry it), the job went once, nothing was mailed from here
    expect(result).toMatchObject({ outcome: 'command', inviteId: rec.inviteId });
    expect(deps.draftSender.jobs).toHaveLength(1);
    expect(deps.mailer.sent).toHaveLength(mailsBefore);
    expect(deps.log.lines.filter((l) => l.level === 'error')).toEqual([
      { level: 'error', message: 'a write after an accepted send failed; the run ends without it', extra: expect.objectContaining({ signal: SIGNALS.bookkeepingFailed, write: 'completeMessage', messageId: sesMessageId }) },
    ]);
    // Assess: the claim stays with the run, so a redelivery inside the lease hands over nothing and answers nothing
    await expect(replyToRecommendation(deps, rec, 'accept', { sesMessageId })).rejects.toBeInstanceOf(ClaimHeldError);
    expect(deps.draftSender.jobs).toHaveLength(1);
    expect(deps.mailer.sent).toHaveLength(mailsBefore);
  });

  it('cannot tell when SES accepted the mail but its answer was lost: the claim is given back and the retry mails the owner again (a doubling that remains)', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const delivery = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    deps.mailer.acceptThenFail(1, sdkError('TimeoutError', 'socket hang up'));
    // Act
    await expect(receiveMail(deps, delivery)).rejects.toThrow('socket hang up');
    const retried = await receiveMail(deps, delivery);
    // Assess
    expect(retried).toMatchObject({ outcome: 'recommended' });
    expect(deps.mailer.sent).toHaveLength(2);
  });
});
