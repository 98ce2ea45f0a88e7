/**
 * The OwnerMailStore contract (functions/app/ports.ts), run against the in-memory store
 * (tests/unit/app/owner-mail-store-contract.memory.test.ts) and the DynamoDB adapter on DynamoDB Local
 * (tests/integration/owner-mail-store-contract.dynamodb.test.ts). `make` returns an empty store.
 */
import { describe, expect, it } from 'vitest';
import type { HeldMail, OwnerMailStore } from '../../functions/app/ports.js';

const T0 = new Date('2026-03-02T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function held(messageId: string, heldAt: Date, extra: Partial<HeldMail> = {}): HeldMail {
  return { messageId, heldAt: heldAt.toISOString(), owner: 'alex@example.com', inReplyTo: `<${messageId}@mail.example.com>`, subject: `Fwd: ${messageId}`, ...extra };
}

export function ownerMailStoreContract(name: string, make: () => Promise<OwnerMailStore>): void {
  describe(`OwnerMailStore contract: ${name}`, () => {
    it('keeps held mail as given and reads what was held before an instant, oldest first, at most the limit', async () => {
      const store = await make();
      const invite = held('m-invite', at(30 * MINUTE), { invite: { inviteId: 'abcdefghijklmnop', version: 3, choiceToken: 'mfrggzdfmztwq2lk', nudge: true } });
      const note = held('m-note', at(5 * MINUTE), { inReplyTo: null, subject: null, notice: { title: 'invite-advisor: no interview invitation found', text: 'found no interview invitation in it' } });
      // a held answer keeps the invitations it names (the digest leaves it out once one is forgotten)
      const history = held('m-history', at(6 * MINUTE), { notice: { title: 'invite-advisor: your recent invitations', text: '- 2026-03-02: Analyst at Acme', about: ['abcdefghijklmnop', 'bcdefghijklmnopq'] } });
      const later = held('m-later', at(HOUR + MINUTE), { invite: { inviteId: 'bcdefghijklmnopq', version: 1 } });
      for (const h of [invite, note, history, later]) await store.holdMail(h, T0);
      expect(await store.heldBefore(at(HOUR), 25)).toEqual([note, history, invite]);
      expect(await store.heldBefore(at(HOUR), 1)).toEqual([note]);
      expect(await store.heldBefore(at(2 * HOUR), 25)).toEqual([note, history, invite, later]);
      expect(await store.heldBefore(T0, 25)).toEqual([]);
      expect(await store.heldBefore(at(HOUR), 0)).toEqual([]);
    });

    it('claims an hour\'s digest once (the same run again still holds it); a release lets another run claim it', async () => {
      const store = await make();
      expect(await store.claimDigest('2026-03-02T11', 'run-1', at(HOUR))).toBe('claimed');
      expect(await store.claimDigest('2026-03-02T11', 'run-1', at(HOUR))).toBe('claimed');
      expect(await store.claimDigest('2026-03-02T11', 'run-2', at(HOUR))).toBe('taken');
      expect(await store.claimDigest('2026-03-02T12', 'run-2', at(2 * HOUR))).toBe('claimed');
      await store.releaseDigest('2026-03-02T11', 'run-2');
      expect(await store.claimDigest('2026-03-02T11', 'run-2', at(HOUR))).toBe('taken');
      await store.releaseDigest('2026-03-02T11', 'run-1');
      expect(await store.claimDigest('2026-03-02T11', 'run-2', at(HOUR))).toBe('claimed');
    });

    it('completing a digest forgets the held mail it answered (twice is harmless) and keeps the claim taken', async () => {
      const store = await make();
      const a = held('m-a', at(MINUTE));
      const b = held('m-b', at(2 * MINUTE));
      const c = held('m-c', at(3 * MINUTE));
      for (const h of [a, b, c]) await store.holdMail(h, T0);
      await store.claimDigest('2026-03-02T11', 'run-1', at(HOUR));
      await store.completeDigest('2026-03-02T11', 'run-1', 'sent', 'ses-1', [a, b]);
      await store.completeDigest('2026-03-02T11', 'run-1', 'sent', 'ses-1', [a, b]);
      expect(await store.heldBefore(at(HOUR), 25)).toEqual([c]);
      expect(await store.claimDigest('2026-03-02T11', 'run-1', at(HOUR))).toBe('taken');
      await store.releaseDigest('2026-03-02T11', 'run-1');
      expect(await store.claimDigest('2026-03-02T11', 'run-2', at(HOUR))).toBe('taken');
    });

    it('forgets more held mail than one batch of writes takes', async () => {
      const store = await make();
      const many = Array.from({ length: 30 }, (_, i) => held(`m-${String(i).padStart(2, '0')}`, at(i * 1000)));
      for (const h of many) await store.holdMail(h, T0);
      await store.claimDigest('2026-03-02T11', 'run-1', at(HOUR));
      await store.completeDigest('2026-03-02T11', 'run-1', 'nothing-to-send', null, many);
      expect(await store.heldBefore(at(HOUR), 100)).toEqual([]);
    });

    it('answers a forward of its own mail once: true for the first forward (and its redeliveries), false for any other', async () => {
      const store = await make();
      expect(await store.answerOwnMailOnce('abcdefghijklmnop', 'fwd-1', T0)).toBe(true);
      expect(await store.answerOwnMailOnce('abcdefghijklmnop', 'fwd-1', at(MINUTE))).toBe(true);
      expect(await store.answerOwnMailOnce('abcdefghijklmnop', 'fwd-2', at(MINUTE))).toBe(false);
      expect(await store.answerOwnMailOnce('bcdefghijklmnopq', 'fwd-2', at(MINUTE))).toBe(true);
    });
  });
}
