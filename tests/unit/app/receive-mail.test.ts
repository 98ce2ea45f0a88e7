/**
 * receiveMail, the inbound entry, on in-memory ports: who gets an answer at all, and "at least once to
 * the owner, never twice" (the claim, its lease, giving it back after a failure).
 */
import { describe, expect, it } from 'vitest';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { deliver, fakeInboundDeps, fixture, OWNER, sdkError, sesId } from '../../fakes/ports.js';

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
    expect(await deps.store.claimMessage(id, deps.clock.now(), 60)).toEqual({ status: 'claimed' });
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
    expect(await deps.store.claimMessage(id, deps.clock.now(), 60)).toEqual({ status: 'done', outcome: 'answered-notice' });
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

  it('leaves a message alone while a live attempt holds its claim, and takes it over once the lease ran out', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const delivery = deliver(deps.rawMail, sesId('forward'), fixture(FORWARD));
    await deps.store.claimMessage(delivery.messageId, deps.clock.now(), deps.claimLeaseSeconds);
    // Act
    deps.clock.advance(30 * SECOND);
    const during = await receiveMail(deps, delivery);
    const sentDuring = deps.mailer.sent.length;
    deps.clock.advance(deps.claimLeaseSeconds * SECOND);
    const after = await receiveMail(deps, delivery);
    // Assess
    expect(during).toEqual({ outcome: 'duplicate', previous: 'in-progress' });
    expect(sentDuring).toBe(0);
    expect(after).toMatchObject({ outcome: 'recommended' });
    expect(deps.mailer.sent).toHaveLength(1);
  });
});
