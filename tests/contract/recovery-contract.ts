/**
 * The RecoveryStore contract (functions/app/ports.ts), run against the in-memory store
 * (tests/unit/app/recovery-contract.memory.test.ts) and the DynamoDB adapter on DynamoDB Local
 * (tests/integration/recovery-contract.dynamodb.test.ts). `make` returns an empty InviteStore (whose
 * idempotency records the recovery store reads) and the recovery store over the same table.
 */
import { describe, expect, it } from 'vitest';
import type { InviteStore, RecoveryStore } from '../../functions/app/ports.js';

const T0 = new Date('2026-03-02T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

export function recoveryContract(name: string, make: () => Promise<{ store: InviteStore; recovery: RecoveryStore }>): void {
  describe(`RecoveryStore contract: ${name}`, () => {
    it('reads no record as none, a live claim as live, an expired one as not, a marked one as sending, and done as done', async () => {
      const { store, recovery } = await make();
      expect(await recovery.messageProgress('m-none', T0)).toEqual({ progress: { state: 'none' }, redrivenAt: null });
      await store.claimMessage('m-claim', 'run-1', T0, 60);
      expect((await recovery.messageProgress('m-claim', at(59_000))).progress).toEqual({ state: 'claimed', live: true, sending: false });
      expect((await recovery.messageProgress('m-claim', at(61_000))).progress).toEqual({ state: 'claimed', live: false, sending: false });
      expect(await store.markSending('m-claim', 'run-1', at(1_000))).toBe(true);
      expect((await recovery.messageProgress('m-claim', at(61_000))).progress).toEqual({ state: 'claimed', live: false, sending: true });
      await store.completeMessage('m-claim', 'recommended', { inviteId: 'i' }, at(2_000));
      expect((await recovery.messageProgress('m-claim', at(61_000))).progress).toEqual({ state: 'done', outcome: 'recommended' });
    });

    it("marks 'sending' only on this run's own claim, and a new claim after the lease forgets the mark", async () => {
      const { store, recovery } = await make();
      expect(await store.markSending('m', 'run-1', T0)).toBe(false);
      await store.claimMessage('m', 'run-1', T0, 60);
      expect(await store.markSending('m', 'run-2', T0)).toBe(false);
      expect(await store.markSending('m', 'run-1', T0)).toBe(true);
      // The SDK sends the same write again: it still holds.
      expect(await store.markSending('m', 'run-1', T0)).toBe(true);
      await store.claimMessage('m', 'run-2', at(61_000), 60);
      expect((await recovery.messageProgress('m', at(62_000))).progress).toEqual({ state: 'claimed', live: true, sending: false });
      expect(await store.markSending('m', 'run-1', at(62_000))).toBe(false);
    });

    it('marks a re-drive once, beside the record and without touching it; unmarking lets it be marked again', async () => {
      const { store, recovery } = await make();
      expect(await recovery.markRedriven('m', T0)).toBe(true);
      expect(await recovery.markRedriven('m', at(1))).toBe(false);
      expect(await recovery.messageProgress('m', T0)).toEqual({ progress: { state: 'none' }, redrivenAt: T0.toISOString() });
      // The claim of the re-driven run is unaffected by the mark, and the mark by the claim.
      expect(await store.claimMessage('m', 'run-1', T0, 60)).toEqual({ status: 'claimed' });
      await store.releaseMessage('m', 'run-1');
      expect((await recovery.messageProgress('m', T0)).redrivenAt).toBe(T0.toISOString());
      await recovery.unmarkRedriven('m');
      expect(await recovery.markRedriven('m', at(2))).toBe(true);
    });

    it('claims a failure notice once per message (its own claim again, sent twice by the SDK, is still its own), gives back only its own claim', async () => {
      const { recovery } = await make();
      expect(await recovery.claimFailureNotice('m', 'run-1', T0)).toBe('claimed');
      expect(await recovery.claimFailureNotice('m', 'run-1', T0)).toBe('claimed');
      expect(await recovery.claimFailureNotice('m', 'run-2', T0)).toBe('taken');
      await recovery.releaseFailureNotice('m', 'run-2');
      expect(await recovery.claimFailureNotice('m', 'run-2', T0)).toBe('taken');
      await recovery.releaseFailureNotice('m', 'run-1');
      expect(await recovery.claimFailureNotice('m', 'run-2', T0)).toBe('claimed');
      await recovery.completeFailureNotice('m', 'run-2', 'sent', 'ses-1');
      // Once sent, no run claims it again, its own included.
      expect(await recovery.claimFailureNotice('m', 'run-2', T0)).toBe('taken');
      expect(await recovery.claimFailureNotice('m', 'run-3', T0)).toBe('taken');
      await recovery.releaseFailureNotice('m', 'run-2');
      expect(await recovery.claimFailureNotice('m', 'run-3', T0)).toBe('taken');
    });
  });
}
