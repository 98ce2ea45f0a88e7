/**
 * The FollowThroughStore contract (functions/app/ports.ts), run against the in-memory store
 * (tests/unit/app/follow-through-contract.memory.test.ts) and the DynamoDB adapter on DynamoDB Local
 * (tests/integration/follow-through-contract.dynamodb.test.ts): the reminder's claim (once; this run's
 * own write again; a claim that recorded no outcome taken over after its lease), its release and
 * outcome, and the owner's `done`.
 */
import { describe, expect, it } from 'vitest';
import type { FollowThroughStore } from '../../functions/app/ports.js';

const T0 = new Date('2026-03-02T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const INVITE = 'abcdefghijklmnop';

export function followThroughContract(name: string, make: () => Promise<FollowThroughStore>): void {
  describe(`FollowThroughStore contract: ${name}`, () => {
    it('claims a reminder once; the same run again still holds it; another run meets it taken', async () => {
      const store = await make();
      expect(await store.claimReminder(INVITE, 'nudge', 'run-1', T0, 60)).toBe('claimed');
      expect(await store.claimReminder(INVITE, 'nudge', 'run-1', T0, 60)).toBe('claimed');
      expect(await store.claimReminder(INVITE, 'nudge', 'run-2', at(1_000), 60)).toBe('taken');
      // Another kind of the same invitation is a reminder of its own.
      expect(await store.claimReminder(INVITE, 'other', 'run-2', at(1_000), 60)).toBe('claimed');
    });

    it('lets a later run take over a claim that recorded no outcome once its lease ran out, never one that did', async () => {
      const store = await make();
      await store.claimReminder(INVITE, 'nudge', 'run-1', T0, 60);
      expect(await store.claimReminder(INVITE, 'nudge', 'run-2', at(59_000), 60)).toBe('taken');
      expect(await store.claimReminder(INVITE, 'nudge', 'run-2', at(61_000), 60)).toBe('claimed');
      await store.completeReminder(INVITE, 'nudge', 'run-2', 'sent', 'ses-1');
      expect(await store.claimReminder(INVITE, 'nudge', 'run-3', at(3_600_000), 60)).toBe('taken');
    });

    it("gives back only this run's claim, after which another run may claim it", async () => {
      const store = await make();
      await store.claimReminder(INVITE, 'nudge', 'run-1', T0, 60);
      await store.releaseReminder(INVITE, 'nudge', 'run-2');
      expect(await store.claimReminder(INVITE, 'nudge', 'run-2', at(1_000), 60)).toBe('taken');
      await store.releaseReminder(INVITE, 'nudge', 'run-1');
      expect(await store.claimReminder(INVITE, 'nudge', 'run-2', at(1_000), 60)).toBe('claimed');
    });

    it('records `done` and forgets it with the reminders when the invitation is forgotten', async () => {
      const store = await make();
      expect(await store.answeredAt(INVITE)).toBeNull();
      await store.markAnswered(INVITE, T0);
      expect(await store.answeredAt(INVITE)).toBe(T0.toISOString());
      await store.claimReminder(INVITE, 'nudge', 'run-1', T0, 60);
      await store.completeReminder(INVITE, 'nudge', 'run-1', 'sent', 'ses-1');
      await store.forget(INVITE);
      expect(await store.answeredAt(INVITE)).toBeNull();
      // A new life of the invitation (forwarded again after forget) may be reminded again.
      expect(await store.claimReminder(INVITE, 'nudge', 'run-2', at(1_000), 60)).toBe('claimed');
    });

    it('tells a reminder whose claim recorded its outcome from one unclaimed or still claimed', async () => {
      const store = await make();
      expect(await store.reminderDone(INVITE, 'nudge')).toBe(false);
      await store.claimReminder(INVITE, 'nudge', 'run-1', T0, 60);
      expect(await store.reminderDone(INVITE, 'nudge')).toBe(false);
      await store.completeReminder(INVITE, 'nudge', 'run-1', 'may-not-have-gone-out', null);
      expect(await store.reminderDone(INVITE, 'nudge')).toBe(true);
    });

    it('has no nudge due when none was kept, and cancelling or dropping one that is not there is no error', async () => {
      const store = await make();
      expect(await store.nudgesDue(at(365 * 86_400_000), 25)).toEqual([]);
      await store.cancelNudge(INVITE);
      await store.dropNudge(`${T0.toISOString()}#${INVITE}#1`);
      expect(await store.nudgesDue(at(365 * 86_400_000), 25)).toEqual([]);
    });
  });
}
