/**
 * receiveMail marks its claim "sending" before its first mail goes out (so the sweep never re-drives a
 * message whose answer may have gone out), and sends nothing when its claim was taken over meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { SIGNALS } from '../../../functions/app/ports.js';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { ClaimHeldError } from '../../../functions/errors.js';
import { MemoryRecoveryStore } from '../../fakes/memory-recovery-store.js';
import { deliver, fakeInboundDeps, fixture, sesId } from '../../fakes/ports.js';

const FORWARD = fixture('fixtures/mail/forward-gmail-owner.eml');
const NOT_AN_INVITE = fixture('fixtures/mail/not-an-invite-owner.eml');

describe('receiveMail: the sending mark', () => {
  it('marks the claim before the send: a run whose last write failed leaves a record that says a send may have gone out', async () => {
    const deps = fakeInboundDeps();
    const id = sesId('mark');
    // SES accepts the recommendation, then every write after it fails for good: the run ends without recording it.
    deps.store.failNext('completeMessage', 50, Object.assign(new Error('down'), { name: 'ServiceUnavailable' }));
    await receiveMail(deps, deliver(deps.rawMail, id, FORWARD));
    expect(deps.mailer.sent).toHaveLength(1);
    const progress = await new MemoryRecoveryStore(deps.store).messageProgress(id, new Date(deps.clock.now().getTime() + 10 * 60_000));
    expect(progress.progress).toEqual({ state: 'claimed', live: false, sending: true });
  });

  it('a recommendation is claimed and marked in the one write that saves its invitation: no write of its own before the send', async () => {
    const deps = fakeInboundDeps();
    const id = sesId('one-write');
    await receiveMail(deps, deliver(deps.rawMail, id, FORWARD));
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.store.calls.get('commitRecommendation')).toBe(1);
    expect(deps.store.calls.get('claimMessage')).toBeUndefined();
    expect(deps.store.calls.get('markSending')).toBeUndefined();
  });

  it('sends nothing when its claim was taken over before its first send, and fails so that Lambda retries (ClaimHeld, not an error)', async () => {
    const deps = fakeInboundDeps();
    const id = sesId('taken');
    // Another run takes the claim over just before this one sends.
    const store: typeof deps.store = Object.create(deps.store);
    Object.defineProperty(store, 'markSending', {
      value: async (messageId: string, runId: string, now: Date) => {
        await deps.store.claimMessage(messageId, 'other-run', new Date(now.getTime() + 120_000), 60);
        return deps.store.markSending(messageId, runId, now);
      },
    });
    // A notice (the forward holds no invitation): claimed first, marked just before its mail.
    await expect(receiveMail({ ...deps, store }, deliver(deps.rawMail, id, NOT_AN_INVITE))).rejects.toThrow(ClaimHeldError);
    expect(deps.mailer.sent).toEqual([]);
    expect(deps.log.lines).toContainEqual({ level: 'warn', message: 'claim taken over by another run before sending', extra: { messageId: id, signal: SIGNALS.claimHeld } });
  });
});
