/**
 * The sweep (app/sweep-raw-mail.ts) on in-memory ports, over what the inbound use case really wrote:
 * stored mail that no run finished is re-driven exactly once, through the normal claim; finished mail,
 * a live claim and a claim whose send may have gone out are left alone; the work is bounded.
 */
import { describe, expect, it } from 'vitest';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { sweepRawMail } from '../../../functions/app/sweep-raw-mail.js';
import { deliver, fakeInboundDeps, fixture, OWNER, sdkError, sesId } from '../../fakes/ports.js';
import { fakeSweepDeps, withSesBlock } from '../../fakes/recovery.js';

const MINUTE = 60_000;
const FORWARD = withSesBlock(fixture('fixtures/mail/forward-gmail-owner.eml'));
const STRANGER = withSesBlock(fixture('fixtures/mail/direct-invite-stranger.eml'), { mailFrom: 'recruiting@stranger.example', fromDomain: 'stranger.example', dkimDomain: 'stranger.example' });

function setup() {
  const inbound = fakeInboundDeps();
  const sweep = fakeSweepDeps(inbound);
  const ago = (minutes: number) => new Date(inbound.clock.now().getTime() - minutes * MINUTE);
  /** Stores a message as SES would (raw mail in the bucket, at `minutesAgo`), without delivering it. */
  const store = (raw: Buffer, minutesAgo: number, label = 'stored') => {
    const id = sesId(label);
    inbound.rawMail.put(id, raw);
    sweep.listing.add(id, ago(minutesAgo));
    return id;
  };
  return { inbound, sweep, ago, store };
}

describe('sweepRawMail', () => {
  it('re-drives a stored message whose delivery never ran, exactly once: the owner gets one recommendation', async () => {
    // Prepare
    const { inbound, sweep, store } = setup();
    const id = store(FORWARD, 20, 'lost');
    // Act
    const first = await sweepRawMail(sweep);
    inbound.clock.advance(15 * MINUTE);
    const second = await sweepRawMail(sweep);
    // Assess
    expect(first).toMatchObject({ listed: 1, redriven: 1, finished: 0 });
    expect(sweep.redriver.redriven).toEqual([id]);
    expect(sweep.redriver.results).toEqual([expect.objectContaining({ outcome: 'recommended' })]);
    expect(second).toMatchObject({ listed: 1, redriven: 0, finished: 1 });
    expect((await inbound.mailer.to(OWNER)).length).toBe(1);
  });

  it('leaves a finished message alone', async () => {
    const { inbound, sweep, store } = setup();
    const id = store(FORWARD, 20, 'done');
    await receiveMail(inbound, deliver(inbound.rawMail, id, FORWARD));
    const report = await sweepRawMail(sweep);
    expect(report).toMatchObject({ finished: 1, redriven: 0 });
    expect(sweep.redriver.redriven).toEqual([]);
    expect(inbound.mailer.sent).toHaveLength(1);
  });

  it('never re-drives a message whose run sent its mail and then failed to record it (BookkeepingAfterSendFailed): the owner is not mailed twice', async () => {
    // Prepare: SES accepts the recommendation, then every write after it fails for good.
    const { inbound, sweep, store } = setup();
    const id = store(FORWARD, 20, 'bookkeeping');
    inbound.store.failNext('completeMessage', 50, sdkError('ServiceUnavailable', 'DynamoDB is down', 503));
    const result = await receiveMail(inbound, deliver(inbound.rawMail, id, FORWARD));
    inbound.store.clearFaults();
    inbound.clock.advance(2 * MINUTE);
    // Act
    const report = await sweepRawMail(sweep);
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    expect(report).toMatchObject({ sendUnderWay: 1, redriven: 0 });
    expect(sweep.redriver.redriven).toEqual([]);
    expect(inbound.mailer.sent).toHaveLength(1);
    expect(sweep.log.lines).toContainEqual({ level: 'warn', message: 'sweep: left alone, a mail to the owner may have gone out', extra: { messageId: id } });
  });

  it('never re-drives a message whose run died after it marked its send (it may have gone out)', async () => {
    const { inbound, sweep, ago, store } = setup();
    const id = store(FORWARD, 30, 'died-sending');
    await inbound.store.claimMessage(id, 'dead-run', ago(25), 60);
    await inbound.store.markSending(id, 'dead-run', ago(25));
    expect(await sweepRawMail(sweep)).toMatchObject({ sendUnderWay: 1, redriven: 0 });
    expect(inbound.mailer.sent).toEqual([]);
  });

  it('re-drives a message whose run died before sending (an expired claim with no sign of a send): the re-drive takes the claim over', async () => {
    const { inbound, sweep, ago, store } = setup();
    const id = store(FORWARD, 30, 'died-early');
    await inbound.store.claimMessage(id, 'dead-run', ago(25), 60);
    const report = await sweepRawMail(sweep);
    expect(report).toMatchObject({ redriven: 1 });
    expect(sweep.redriver.results).toEqual([expect.objectContaining({ outcome: 'recommended' })]);
    expect(inbound.mailer.sent).toHaveLength(1);
  });

  it('leaves a live claim to the run that holds it', async () => {
    const { inbound, sweep, store } = setup();
    const id = store(FORWARD, 20, 'live');
    await inbound.store.claimMessage(id, 'live-run', inbound.clock.now(), 60);
    expect(await sweepRawMail(sweep)).toMatchObject({ inProgress: 1, redriven: 0 });
  });

  it('looks only at mail stored between the lookback and 15 minutes ago', async () => {
    const { sweep, store } = setup();
    store(FORWARD, 5, 'recent');
    store(FORWARD, 73 * 60, 'old');
    expect(await sweepRawMail(sweep)).toMatchObject({ listed: 0, redriven: 0 });
  });

  it("re-drives a stranger's mail once (it is never recorded), which drops it again: nothing is sent, and the next run leaves it", async () => {
    const { inbound, sweep, store } = setup();
    const id = store(STRANGER, 20, 'stranger');
    await receiveMail(inbound, deliver(inbound.rawMail, id, STRANGER, { mailFrom: 'recruiting@stranger.example' }));
    const first = await sweepRawMail(sweep);
    const second = await sweepRawMail(sweep);
    expect(first).toMatchObject({ redriven: 1 });
    expect(sweep.redriver.results).toEqual([{ outcome: 'dropped', reason: 'stranger' }]);
    expect(second).toMatchObject({ redriven: 0, alreadyRedriven: 1 });
    expect(inbound.mailer.sent).toEqual([]);
  });

  it('re-drives at most maxRedrives per run, oldest first; the rest wait for the next run', async () => {
    const { inbound, sweep, store } = setup();
    const ids = [40, 30, 50, 20].map((minutes) => store(STRANGER, minutes, `m${minutes}`));
    const first = await sweepRawMail({ ...sweep, maxRedrives: 2 });
    expect(first).toMatchObject({ listed: 4, redriven: 2, deferred: 2 });
    expect(sweep.redriver.redriven).toEqual([ids[2], ids[0]]);
    inbound.clock.advance(15 * MINUTE);
    expect(await sweepRawMail({ ...sweep, maxRedrives: 2 })).toMatchObject({ redriven: 2, alreadyRedriven: 2 });
  });

  it('takes its mark back when the re-drive cannot be handed over, so the next run tries again', async () => {
    const { sweep, store } = setup();
    const id = store(FORWARD, 20, 'handover');
    sweep.redriver.failing = 1;
    expect(await sweepRawMail(sweep)).toMatchObject({ failed: 1, redriven: 0 });
    expect(await sweepRawMail(sweep)).toMatchObject({ failed: 0, redriven: 1 });
    expect(sweep.redriver.redriven).toEqual([id]);
  });

  it('logs counts and message ids only, never a subject, an address or a body', async () => {
    const { inbound, sweep, store } = setup();
    store(FORWARD, 20);
    store(STRANGER, 20);
    await sweepRawMail(sweep);
    const logged = JSON.stringify(sweep.log.lines);
    expect(logged).not.toMatch(/Junior Financial Analyst|alex@example\.com|stranger\.example|Oakmoor/i);
    expect(sweep.log.lines).toContainEqual(expect.objectContaining({ message: 'sweep finished', extra: expect.objectContaining({ listed: 2, redriven: 2 }) }));
    expect(inbound.mailer.sent).toHaveLength(1);
  });
});
