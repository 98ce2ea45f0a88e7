/**
 * History stays flat as it grows: a recommendation's history is one bounded read (the invitations
 * received in the last year, newest first, at most HISTORY_READ_LIMIT), however many are stored. Counted on the in-memory store, which
 * reads as the adapter does (the store contract holds both to the same limits); the adapter's own
 * requests are pinned in tests/unit/adapters/dynamodb-store.test.ts. No time is measured here: the
 * answer time after 10 and after 2,000 invitations is printed by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_READ_LIMIT, type StoredInvitation } from '../../../functions/app/ports.js';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { inviteIdFor } from '../../../functions/core/reply/reply.js';
import { deliver, fakeInboundDeps, fixture, NOW, sesId } from '../../fakes/ports.js';

const FORWARD = 'fixtures/mail/forward-gmail-owner.eml';
const DAY = 86_400_000;

/** `count` invitations from the forward's company, their interviews in its fortnight and in the recent past. */
async function pileUp(store: ReturnType<typeof fakeInboundDeps>['store'], template: StoredInvitation, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    const start = new Date(NOW.getTime() + (-60 + (i % 74)) * DAY).toISOString();
    await store.saveInvitation(
      {
        ...template,
        inviteId: inviteIdFor(`pile/${i}`),
        sourceMessageIds: [`pile-${i}`],
        receivedAt: new Date(NOW.getTime() - (i % 60) * DAY).toISOString(),
        facts: { ...template.facts, slots: [{ start, end: null, written: start }] },
        choice: i % 3 === 0 ? { verdict: 'attend', at: NOW.toISOString() } : null,
      },
      NOW,
    );
  }
}

describe('history reads', () => {
  it('a recommendation reads a bounded number of invitations however many are stored', async () => {
    // Prepare: one real forward as the template, then 600 more from the same company around its time
    const deps = fakeInboundDeps();
    const first = await receiveMail(deps, deliver(deps.rawMail, sesId('first'), fixture(FORWARD)));
    const template = await deps.store.getInvitation((first as { inviteId: string }).inviteId);
    await pileUp(deps.store, template!, 600);
    deps.store.reads.length = 0;
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('again'), fixture(FORWARD)));
    // Assess: recommended, from one read (the invitations received in the last year, newest first), bounded
    expect(result).toMatchObject({ outcome: 'recommended' });
    expect(deps.store.reads).toEqual([{ method: 'invitationsReceivedSince', limit: HISTORY_READ_LIMIT, items: HISTORY_READ_LIMIT }]);
  });

  it('the history still counts what the bounded reads hold: the earlier invitations from the company', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const first = await receiveMail(deps, deliver(deps.rawMail, sesId('first'), fixture(FORWARD)));
    const template = await deps.store.getInvitation((first as { inviteId: string }).inviteId);
    await pileUp(deps.store, template!, 3);
    // Act
    await receiveMail(deps, deliver(deps.rawMail, sesId('again'), fixture(FORWARD)));
    // Assess: three earlier invitations from Oakmoor Bank (this one not counted), named in the reasons
    const [, second] = await deps.mailer.parsed();
    expect(second?.mail.text).toContain('Oakmoor Bank has invited you 3 times before');
  });
});
