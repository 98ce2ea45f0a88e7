/**
 * A re-forward builds its next version on what the history read showed of the invitation (issue #16,
 * item 4: no read of its own, five AWS calls as for a first forward), and the save's condition on the
 * version catches a history read that lagged behind the table (a DynamoDB index is eventually
 * consistent): the invitation is then read from the table and the next version written on it.
 */
import { describe, expect, it } from 'vitest';
import type { InvitationSummary } from '../../../functions/app/ports.js';
import { MemoryInviteStore } from '../../fakes/memory-store.js';
import { fakeInboundDeps, forwardInvitation, sesId } from '../../fakes/ports.js';

/** A store whose history read shows some invitations as they were (an index lagging behind the table). */
class LaggingStore extends MemoryInviteStore {
  readonly shown = new Map<string, InvitationSummary>();

  override async invitationsReceivedSince(since: Date, limit?: number): Promise<InvitationSummary[]> {
    return (await super.invitationsReceivedSince(since, limit)).map((s) => this.shown.get(s.inviteId) ?? s);
  }
}

describe('a re-forward', () => {
  it('is built on what the history read showed: no read of its own', async () => {
    // Prepare
    const [firstId, againId] = [sesId('first'), sesId('again')];
    const deps = fakeInboundDeps();
    const first = await forwardInvitation(deps, { sesMessageId: firstId });
    const gets = deps.store.calls.get('getInvitation') ?? 0;
    // Act
    const again = await forwardInvitation(deps, { sesMessageId: againId });
    // Assess: the same invitation, its next version, both forwards named, and no GetItem
    expect(again.inviteId).toBe(first.inviteId);
    expect(deps.store.calls.get('getInvitation') ?? 0).toBe(gets);
    const stored = await deps.store.getInvitation(first.inviteId);
    expect(stored).toMatchObject({ version: 2, firstVersion: 1, sourceMessageIds: [firstId, againId] });
    expect(stored?.receivedAt).toBeDefined();
  });

  it('when the history read lags behind the table, reads the invitation and writes the version after the stored one', async () => {
    // Prepare: two forwards (version 2 stored); the history read still shows version 1
    const [firstId, secondId, thirdId] = [sesId('first'), sesId('second'), sesId('third')];
    const store = new LaggingStore();
    const deps = fakeInboundDeps({ store });
    const first = await forwardInvitation(deps, { sesMessageId: firstId });
    const [asFirst] = await deps.store.invitationsReceivedSince(new Date(0));
    await forwardInvitation(deps, { sesMessageId: secondId });
    store.shown.set(first.inviteId, asFirst!);
    const gets = store.calls.get('getInvitation') ?? 0;
    // Act
    const third = await forwardInvitation(deps, { sesMessageId: thirdId });
    // Assess: one read of the table, version 3 built on version 2, every forward kept, one mail
    expect(third.inviteId).toBe(first.inviteId);
    expect((store.calls.get('getInvitation') ?? 0) - gets).toBe(1);
    expect(await deps.store.getInvitation(first.inviteId)).toMatchObject({ version: 3, firstVersion: 1, sourceMessageIds: [firstId, secondId, thirdId] });
    expect(deps.mailer.sent).toHaveLength(3);
  });

  it('when the history read still shows an invitation the owner forgot, writes a version after the forgotten ones', async () => {
    // Prepare: forwarded, then forgotten; the history read still shows it
    const [firstId, againId] = [sesId('first'), sesId('again')];
    const store = new LaggingStore();
    const deps = fakeInboundDeps({ store });
    const first = await forwardInvitation(deps, { sesMessageId: firstId });
    const [shown] = await deps.store.invitationsReceivedSince(new Date(0));
    await deps.store.forgetInvitation((await deps.store.getInvitation(first.inviteId))!, new Date(deps.clock.now().getTime() + 86_400_000));
    store.shown.set(first.inviteId, shown!);
    // Act
    const again = await forwardInvitation(deps, { sesMessageId: againId });
    // Assess: stored anew, after the forgotten version (a token of version 1 never names it)
    expect(again.inviteId).toBe(first.inviteId);
    expect(await deps.store.getInvitation(first.inviteId)).toMatchObject({ version: 2, sourceMessageIds: [againId] });
  });
});
