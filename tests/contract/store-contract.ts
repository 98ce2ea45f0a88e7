/**
 * The InviteStore contract: every method of the port and every conditional rule the use cases rely on
 * (functions/app/ports.ts), written once and run against each implementation:
 *
 *   tests/unit/app/store-contract.memory.test.ts           MemoryInviteStore (the fast tests' store)
 *   tests/integration/store-contract.dynamodb.test.ts      DynamoDbInviteStore on DynamoDB Local
 *
 * so the in-memory store cannot drift from the adapter. `makeStore` must return an empty store each
 * time (its own table, for DynamoDB): the queries read everything the store holds. Fixed dates only.
 */
import { describe, expect, it } from 'vitest';
import { STALE_CLAIM_MS, summarize, type InviteStore, type RecommendationWrites, type SendState, type StoredInvitation } from '../../functions/app/ports.js';
import { inviteIdFor } from '../../functions/core/reply/reply.js';

const T0 = new Date('2026-03-02T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

/** A valid invitation id per label (16 lowercase base32 characters). */
const idOf = (label: string) => inviteIdFor(`contract/${label}`);

/** A complete stored invitation: one slot at `slot` (none when null), received at `receivedAt`. */
function invitation(label: string, options: { receivedAt?: string; companyKey?: string | null; slot?: string | null; slots?: string[]; sources?: string[] } = {}): StoredInvitation {
  const slots = options.slots ?? (options.slot === null ? [] : [options.slot ?? '2026-03-23T11:00:00-04:00']);
  return {
    inviteId: idOf(label),
    sourceMessageIds: options.sources ?? [`ses-${label}`],
    receivedAt: options.receivedAt ?? T0.toISOString(),
    ownerNote: 'looks interesting',
    original: { from: { name: 'Sofia Brandt', address: 'sofia.brandt@oakmoorbank.example' }, subject: `Interview ${label}`, date: '2026-03-02T09:05:00-05:00', messageId: `<${label}@oakmoorbank.example>` },
    facts: {
      isInvite: true,
      language: 'en',
      company: 'Oakmoor Bank',
      role: 'Junior Financial Analyst',
      format: 'video',
      meetingLink: 'https://teams.example/l/meetup-join/1',
      location: null,
      slots: slots.map((start) => ({ start, end: null, written: 'Monday at 11:00 AM ET' })),
      inferred: [],
      schedulingLink: null,
      replyTo: { name: 'Sofia Brandt', address: 'sofia.brandt@oakmoorbank.example' },
    },
    decision: { verdict: 'attend', reasons: [{ code: 'practice', text: 'Interview experience never hurts.' }], proposeOtherTimes: false },
    companyKey: options.companyKey === undefined ? 'oakmoorbank.example' : options.companyKey,
    estimatedHours: 2,
    drafts: {
      accept: { to: 'sofia.brandt@oakmoorbank.example', subject: 'Re: Interview', body: 'Dear Sofia,\n\nI am glad to confirm.\n\nAlex' },
      decline: { to: 'sofia.brandt@oakmoorbank.example', subject: 'Re: Interview', body: 'Dear Sofia,\n\nI will pass.\n\nAlex' },
      acceptSlots: [],
      language: 'en',
    },
    choice: null,
  };
}

function sendState(overrides: Partial<SendState> = {}): SendState {
  return { status: 'claimed', verdict: 'attend', attempt: 'attempt-1', at: T0.toISOString(), to: 'sofia.brandt@oakmoorbank.example', ...overrides };
}

/** Stores `invitation` with its send state already at `state` (claimed, then moved on). */
async function withSend(store: InviteStore, stored: StoredInvitation, state: SendState): Promise<void> {
  await store.saveInvitation(stored, T0);
  expect(await store.claimSend(stored.inviteId, { ...state, status: 'claimed' }, { resend: false })).toEqual({ claimed: true });
  if (state.status !== 'claimed') {
    const path: Record<Exclude<SendState['status'], 'claimed'>, SendState['status'][]> = {
      sending: ['sending'],
      sent: ['sending', 'sent'],
      uncertain: ['sending', 'uncertain'],
      failed: ['sending', 'failed'],
    };
    let from: SendState['status'] = 'claimed';
    for (const status of path[state.status]) {
      expect(await store.updateSend(stored.inviteId, state.attempt, [from], { status })).toBe(true);
      from = status;
    }
  }
}

/** A recommendation's writes: message `messageId` by `runId`, a first version of `label` from that forward, read as nothing stored. */
function recommendation(label: string, overrides: Partial<RecommendationWrites> & { messageId?: string; version?: number } = {}): RecommendationWrites {
  const { version = 1, messageId = `ses-${label}`, ...rest } = overrides;
  return {
    messageId,
    runId: 'run-1',
    leaseSeconds: 60,
    invitation: { ...invitation(label, { sources: [messageId] }), version, firstVersion: 1, versionFrom: messageId },
    basis: null,
    supersedes: null,
    mailLimit: 10,
    now: T0,
    ...rest,
  };
}

const ids = (invitations: readonly { inviteId: string }[]) => invitations.map((i) => i.inviteId);
/** The history window of the by-company reads here: a year back. */
const YEAR_AGO = at(-365 * DAY);

export function storeContract(name: string, makeStore: () => Promise<InviteStore>): void {
  describe(`InviteStore contract: ${name}`, () => {
    describe('claimMessage: the idempotency lease, per run', () => {
      it('claims a message nobody claimed', async () => {
        // Prepare
        const store = await makeStore();
        // Act
        const claim = await store.claimMessage('ses-a', 'run-1', T0, 60);
        // Assess
        expect(claim).toEqual({ status: 'claimed' });
      });

      it('answers in-progress to another run while the lease runs, up to and including its last millisecond', async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-1', T0, 60);
        // Act
        const during = await store.claimMessage('ses-a', 'run-2', at(30 * SECOND), 60);
        const atTheEnd = await store.claimMessage('ses-a', 'run-3', at(60 * SECOND), 60);
        // Assess
        expect(during).toEqual({ status: 'in-progress' });
        expect(atTheEnd).toEqual({ status: 'in-progress' });
      });

      it('recognises its own claim sent again (the SDK retried a write whose answer was lost)', async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-1', T0, 60);
        // Act
        const again = await store.claimMessage('ses-a', 'run-1', at(SECOND), 60);
        const other = await store.claimMessage('ses-a', 'run-2', at(2 * SECOND), 60);
        // Assess
        expect(again).toEqual({ status: 'claimed' });
        expect(other).toEqual({ status: 'in-progress' });
      });

      it('lets a later run take over a claim whose lease ran out, with a lease of its own', async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-1', T0, 60);
        // Act
        const takeover = await store.claimMessage('ses-a', 'run-2', at(60 * SECOND + 1), 60);
        const afterTakeover = await store.claimMessage('ses-a', 'run-3', at(90 * SECOND), 60);
        const firstRunAgain = await store.claimMessage('ses-a', 'run-1', at(90 * SECOND), 60);
        // Assess
        expect(takeover).toEqual({ status: 'claimed' });
        expect(afterTakeover).toEqual({ status: 'in-progress' });
        expect(firstRunAgain).toEqual({ status: 'in-progress' });
      });

      it('answers done with the recorded outcome once completed, however late the redelivery, to any run', async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-1', T0, 60);
        await store.completeMessage('ses-a', 'recommended', { inviteId: idOf('a'), sentMessageId: 'sent-1' }, at(5 * SECOND));
        // Act
        const soon = await store.claimMessage('ses-a', 'run-2', at(10 * SECOND), 60);
        const late = await store.claimMessage('ses-a', 'run-3', at(3 * DAY), 60);
        const sameRun = await store.claimMessage('ses-a', 'run-1', at(10 * SECOND), 60);
        // Assess
        expect(soon).toEqual({ status: 'done', outcome: 'recommended' });
        expect(late).toEqual({ status: 'done', outcome: 'recommended' });
        expect(sameRun).toEqual({ status: 'done', outcome: 'recommended' });
      });

      it('keeps each message id apart', async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-1', T0, 60);
        await store.completeMessage('ses-a', 'dropped', {}, T0);
        // Act
        const other = await store.claimMessage('ses-b', 'run-2', T0, 60);
        // Assess
        expect(other).toEqual({ status: 'claimed' });
      });
    });

    describe('releaseMessage and completeMessage', () => {
      it("gives this run's claim back, so a retry at the same instant claims it at once", async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-1', T0, 60);
        // Act
        await store.releaseMessage('ses-a', 'run-1');
        // Assess
        expect(await store.claimMessage('ses-a', 'run-2', T0, 60)).toEqual({ status: 'claimed' });
      });

      it("never releases another run's claim", async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-1', T0, 60);
        // Act
        await store.releaseMessage('ses-a', 'run-2');
        // Assess
        expect(await store.claimMessage('ses-a', 'run-3', at(SECOND), 60)).toEqual({ status: 'in-progress' });
      });

      it('never lets a run whose lease ran out release the claim of the run that took over', async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-1', T0, 60);
        await store.claimMessage('ses-a', 'run-2', at(61 * SECOND), 60);
        // Act
        await store.releaseMessage('ses-a', 'run-1');
        // Assess
        expect(await store.claimMessage('ses-a', 'run-3', at(62 * SECOND), 60)).toEqual({ status: 'in-progress' });
      });

      it('never releases a message that is done', async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-1', T0, 60);
        await store.completeMessage('ses-a', 'answered-notice', {}, T0);
        // Act
        await store.releaseMessage('ses-a', 'run-1');
        // Assess
        expect(await store.claimMessage('ses-a', 'run-2', T0, 60)).toEqual({ status: 'done', outcome: 'answered-notice' });
      });

      it('releases an unknown message without complaint', async () => {
        // Prepare
        const store = await makeStore();
        // Act
        await store.releaseMessage('ses-unknown', 'run-1');
        // Assess
        expect(await store.claimMessage('ses-unknown', 'run-2', T0, 60)).toEqual({ status: 'claimed' });
      });

      it('completes a message and remembers the ids of the mail sent about its invitation in one write', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await store.saveInvitation(stored, T0);
        await store.claimMessage('ses-a', 'run-1', T0, 60);
        // Act
        await store.completeMessage('ses-a', 'recommended', { inviteId: stored.inviteId, sentMessageId: 'ses-out-2', sentIds: ['ses-out-2', '<header-1@in.example.com>'] }, T0);
        await store.completeMessage('ses-b', 'recommended', { inviteId: idOf('gone'), sentMessageId: 'ses-out-3', sentIds: ['ses-out-3'] }, T0);
        // Assess: done; the pointers; the ids in the invitation's set (sorted); an invitation that is gone is not made again
        expect(await store.claimMessage('ses-a', 'run-2', T0, 60)).toEqual({ status: 'done', outcome: 'recommended' });
        expect(await store.invitationForSentMessage('ses-out-2')).toBe(stored.inviteId);
        expect(await store.invitationForSentMessage('<header-1@in.example.com>')).toBe(stored.inviteId);
        expect((await store.getInvitation(stored.inviteId))?.sentMessageIds).toEqual(['<header-1@in.example.com>', 'ses-out-2']);
        expect(await store.claimMessage('ses-b', 'run-2', T0, 60)).toEqual({ status: 'done', outcome: 'recommended' });
        expect(await store.invitationForSentMessage('ses-out-3')).toBe(idOf('gone'));
        expect(await store.getInvitation(idOf('gone'))).toBeNull();
      });

      it('completes a message that holds no claim (the record is written anyway)', async () => {
        // Prepare
        const store = await makeStore();
        // Act
        await store.completeMessage('ses-a', 'rate-limited', {}, T0);
        // Assess
        expect(await store.claimMessage('ses-a', 'run-1', T0, 60)).toEqual({ status: 'done', outcome: 'rate-limited' });
      });
    });

    describe('commitRecommendation: the claim, the invitation and the mail count in one write', () => {
      it('claims the message, saves the first version and counts one mail to the owner', async () => {
        // Prepare
        const store = await makeStore();
        const writes = recommendation('a', { mailLimit: 2 });
        // Act
        const commit = await store.commitRecommendation(writes);
        // Assess: the invitation as saveInvitation saves it; the claim this run's; one mail of two counted
        expect(commit).toEqual({ status: 'committed', mail: 'ok', digestDue: false });
        expect(await store.getInvitation(writes.invitation.inviteId)).toEqual(writes.invitation);
        expect(await store.claimMessage('ses-a', 'run-2', at(SECOND), 60)).toEqual({ status: 'in-progress' });
        expect(await store.claimMessage('ses-a', 'run-1', at(SECOND), 60)).toEqual({ status: 'claimed' });
        expect([await store.reserveOwnerMail(T0, 2), await store.reserveOwnerMail(T0, 2)]).toEqual(['ok', 'notice']);
      });

      it("writes nothing when the message is another run's or done: in-progress, done", async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-other', T0, 60);
        await store.completeMessage('ses-b', 'recommended', {}, T0);
        // Act
        const held = await store.commitRecommendation(recommendation('a', { mailLimit: 1 }));
        const done = await store.commitRecommendation(recommendation('b', { mailLimit: 1 }));
        // Assess: nothing saved, nothing counted
        expect(held).toEqual({ status: 'in-progress' });
        expect(done).toEqual({ status: 'done', outcome: 'recommended' });
        expect(await store.getInvitation(idOf('a'))).toBeNull();
        expect(await store.getInvitation(idOf('b'))).toBeNull();
        expect(await store.reserveOwnerMail(T0, 1)).toBe('ok');
      });

      it('takes over a claim whose lease ran out, and recognises its own claim', async () => {
        // Prepare
        const store = await makeStore();
        await store.claimMessage('ses-a', 'run-dead', T0, 60);
        await store.claimMessage('ses-b', 'run-1', T0, 60);
        // Act
        const takenOver = await store.commitRecommendation(recommendation('a', { now: at(61 * SECOND) }));
        const own = await store.commitRecommendation(recommendation('b', { now: at(SECOND) }));
        // Assess
        expect(takenOver).toEqual({ status: 'committed', mail: 'ok', digestDue: false });
        expect(own).toEqual({ status: 'committed', mail: 'ok', digestDue: false });
      });

      it('is stale, and writes nothing, when the invitation is not as the caller read it', async () => {
        // Prepare: "a" stored at version 1, "b" stored before versions
        const store = await makeStore();
        await store.saveInvitation({ ...invitation('a'), version: 1, firstVersion: 1, versionFrom: 'ses-earlier' }, T0);
        await store.saveInvitation(invitation('b'), T0);
        const next = (label: string, basis: RecommendationWrites['basis'], version: number) =>
          recommendation(label, { messageId: `ses-${label}-again`, basis, version, mailLimit: 1 });
        // Act
        const readAsNothing = await store.commitRecommendation(next('a', null, 1));
        const readAsOlder = await store.commitRecommendation(next('a', 0, 1));
        const readAsUnversioned = await store.commitRecommendation(next('a', 'unversioned', 2));
        const unversionedReadAsNothing = await store.commitRecommendation(next('b', null, 1));
        const unversionedReadAsVersion = await store.commitRecommendation(next('b', 1, 2));
        // Assess: all stale; nothing claimed, saved or counted
        expect([readAsNothing, readAsOlder, readAsUnversioned, unversionedReadAsNothing, unversionedReadAsVersion]).toEqual(Array(5).fill({ status: 'stale' }));
        expect(await store.claimMessage('ses-a-again', 'run-2', T0, 60)).toEqual({ status: 'claimed' });
        expect((await store.getInvitation(idOf('a')))?.versionFrom).toBe('ses-earlier');
        expect((await store.getInvitation(idOf('b')))?.version).toBeUndefined();
        expect(await store.reserveOwnerMail(T0, 1)).toBe('ok');
      });

      it('saves over exactly what was read: a version, or an item stored before versions', async () => {
        // Prepare
        const store = await makeStore();
        await store.saveInvitation({ ...invitation('a'), version: 1, firstVersion: 1, versionFrom: 'ses-earlier' }, T0);
        await store.saveInvitation(invitation('b'), T0);
        // Act
        const overVersion = await store.commitRecommendation(recommendation('a', { messageId: 'ses-a-again', basis: 1, version: 2 }));
        const overUnversioned = await store.commitRecommendation(recommendation('b', { messageId: 'ses-b-again', basis: 'unversioned', version: 1 }));
        // Assess
        expect([overVersion, overUnversioned]).toEqual([{ status: 'committed', mail: 'ok', digestDue: false }, { status: 'committed', mail: 'ok', digestDue: false }]);
        expect(await store.getInvitation(idOf('a'))).toMatchObject({ version: 2, versionFrom: 'ses-a-again' });
        expect(await store.getInvitation(idOf('b'))).toMatchObject({ version: 1, versionFrom: 'ses-b-again' });
      });

      it("passes for the same version from the same forward: a new run's write of what a failed run saved", async () => {
        // Prepare: run 1 committed, then failed before sending and gave its claim back
        const store = await makeStore();
        await store.commitRecommendation(recommendation('a'));
        await store.releaseMessage('ses-a', 'run-1');
        // Act
        const retry = await store.commitRecommendation(recommendation('a', { runId: 'run-2', now: at(MINUTE) }));
        // Assess
        expect(retry).toEqual({ status: 'committed', mail: 'ok', digestDue: false });
        expect(await store.claimMessage('ses-a', 'run-3', at(MINUTE), 60)).toEqual({ status: 'in-progress' });
      });

      it("is stale at or below a forgotten invitation's last version, and saves the version after it", async () => {
        // Prepare: "a" forgotten at version 3
        const store = await makeStore();
        const stored = { ...invitation('a'), version: 3, firstVersion: 1 };
        await store.saveInvitation(stored, T0);
        await store.forgetInvitation(stored, at(30 * DAY));
        // Act
        const atTheMarker = await store.commitRecommendation(recommendation('a', { version: 3 }));
        const after = await store.commitRecommendation(recommendation('a', { version: 4 }));
        // Assess
        expect(atTheMarker).toEqual({ status: 'stale' });
        expect(after).toEqual({ status: 'committed', mail: 'ok', digestDue: false });
        expect((await store.getInvitation(idOf('a')))?.version).toBe(4);
      });

      it("answers the hourly cap as reserveOwnerMail answers a recommendation (its own limit and notice): ok, the one notice, then blocked, which still claims and saves", async () => {
        // Prepare
        const store = await makeStore();
        // Act
        const answers = [];
        for (const label of ['a', 'b', 'c']) answers.push(await store.commitRecommendation(recommendation(label, { mailLimit: 1 })));
        // Assess
        expect(answers).toEqual([
          { status: 'committed', mail: 'ok', digestDue: false },
          { status: 'committed', mail: 'notice', digestDue: true },
          { status: 'committed', mail: 'blocked', digestDue: true },
        ]);
        expect(await store.getInvitation(idOf('c'))).not.toBeNull();
        expect(await store.claimMessage('ses-c', 'run-2', T0, 60)).toEqual({ status: 'in-progress' });
        // the recommendations' "paused" notice is used up; the notes' own is not (both counters counted)
        expect(await store.reserveOwnerMail(T0, 1, { recommendations: 1 })).toBe('blocked');
        expect(await store.reserveOwnerMail(T0, 1)).toBe('notice');
      });

      it('marks the invitation it reschedules; one that is gone is left out', async () => {
        // Prepare
        const store = await makeStore();
        const earlier = { ...invitation('a'), version: 1, firstVersion: 1 };
        await store.saveInvitation(earlier, T0);
        // Act
        const marking = await store.commitRecommendation(recommendation('b', { supersedes: earlier.inviteId }));
        const gone = await store.commitRecommendation(recommendation('c', { supersedes: idOf('forgotten') }));
        // Assess
        expect([marking, gone]).toEqual([{ status: 'committed', mail: 'ok', digestDue: false }, { status: 'committed', mail: 'ok', digestDue: false }]);
        expect((await store.getInvitation(earlier.inviteId))?.supersededBy).toBe(idOf('b'));
        expect(await store.getInvitation(idOf('forgotten'))).toBeNull();
        expect(await store.getInvitation(idOf('c'))).not.toBeNull();
      });

      it("keeps what other steps wrote on the invitation: the owner's choice, the send state, the ids of mail about it", async () => {
        // Prepare
        const store = await makeStore();
        const stored = { ...invitation('a'), version: 1, firstVersion: 1 };
        await withSend(store, stored, sendState({ status: 'sent' }));
        await store.recordChoice(stored.inviteId, { verdict: 'attend', at: T0.toISOString() });
        await store.rememberSentMessage('ses-out-1', stored.inviteId, T0);
        // Act
        await store.commitRecommendation(recommendation('a', { messageId: 'ses-a-again', basis: 1, version: 2 }));
        // Assess
        expect(await store.getInvitation(stored.inviteId)).toMatchObject({ version: 2, choice: { verdict: 'attend' }, send: { status: 'sent' }, sentMessageIds: ['ses-out-1'] });
      });
    });

    describe('saveInvitation and getInvitation', () => {
      it('returns what was saved, and null for an unknown invitation', async () => {
        // Prepare
        const store = await makeStore();
        const saved = invitation('a');
        // Act
        await store.saveInvitation(saved, T0);
        // Assess
        expect(await store.getInvitation(saved.inviteId)).toEqual(saved);
        expect(await store.getInvitation(idOf('unknown'))).toBeNull();
      });

      it('returns companyKey null when unknown', async () => {
        // Prepare
        const store = await makeStore();
        const saved = invitation('a', { companyKey: null, slot: null });
        // Act
        await store.saveInvitation(saved, T0);
        // Assess
        expect(await store.getInvitation(saved.inviteId)).toEqual(saved);
      });

      it('drops undefined values, as a DynamoDB round trip does', async () => {
        // Prepare
        const store = await makeStore();
        const saved = invitation('a');
        saved.facts.slots = [{ start: '2026-03-23T11:00:00-04:00', end: null, written: undefined }];
        // Act
        await store.saveInvitation(saved, T0);
        // Assess
        const slot = (await store.getInvitation(saved.inviteId))?.facts.slots[0];
        expect(slot).toEqual({ start: '2026-03-23T11:00:00-04:00', end: null });
        expect(slot && 'written' in slot).toBe(false);
      });

      it('refuses an invitation with an undefined top-level field (DynamoDB rejects the update)', async () => {
        // Prepare
        const store = await makeStore();
        const broken = { ...invitation('a'), ownerNote: undefined } as unknown as StoredInvitation;
        // Act
        const saving = store.saveInvitation(broken, T0);
        // Assess
        await expect(saving).rejects.toMatchObject({ name: 'ValidationException' });
        expect(await store.getInvitation(broken.inviteId)).toBeNull();
      });

      it('replaces what was read on a re-save', async () => {
        // Prepare
        const store = await makeStore();
        const first = invitation('a');
        await store.saveInvitation(first, T0);
        const second: StoredInvitation = { ...invitation('a', { sources: ['ses-a', 'ses-a2'] }), ownerNote: 'second forward', estimatedHours: 3 };
        // Act
        await store.saveInvitation(second, at(DAY));
        // Assess
        expect(await store.getInvitation(first.inviteId)).toEqual(second);
      });

      it('never changes the stored choice on a re-save: only recordChoice does', async () => {
        // Prepare
        const store = await makeStore();
        const kept = invitation('a');
        const unchosen = invitation('b');
        await store.saveInvitation(kept, T0);
        await store.saveInvitation(unchosen, T0);
        await store.recordChoice(kept.inviteId, { verdict: 'decline', at: T0.toISOString() });
        // Act
        await store.saveInvitation({ ...kept, choice: null }, at(DAY));
        await store.saveInvitation({ ...unchosen, choice: { verdict: 'attend', at: T0.toISOString() } }, at(DAY));
        // Assess
        expect((await store.getInvitation(kept.inviteId))?.choice).toEqual({ verdict: 'decline', at: T0.toISOString() });
        expect((await store.getInvitation(unchosen.inviteId))?.choice).toBeNull();
      });

      it('writes the given choice on the first save', async () => {
        // Prepare
        const store = await makeStore();
        const chosen = { ...invitation('a'), choice: { verdict: 'attend' as const, at: T0.toISOString(), slot: 1 } };
        // Act
        await store.saveInvitation(chosen, T0);
        // Assess
        expect((await store.getInvitation(chosen.inviteId))?.choice).toEqual({ verdict: 'attend', at: T0.toISOString(), slot: 1 });
      });

      it('never writes or rolls back the send state on a save', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await withSend(store, stored, sendState({ status: 'sent' }));
        // Act
        await store.saveInvitation({ ...stored, send: sendState({ status: 'failed', attempt: 'other' }) }, at(DAY));
        const fresh = invitation('b');
        await store.saveInvitation({ ...fresh, send: sendState() }, T0);
        // Assess
        expect((await store.getInvitation(stored.inviteId))?.send).toEqual(sendState({ status: 'sent' }));
        expect(await store.getSend(stored.inviteId)).toEqual(sendState({ status: 'sent' }));
        expect((await store.getInvitation(fresh.inviteId))?.send).toBeUndefined();
        expect(await store.getSend(fresh.inviteId)).toBeNull();
      });

      it('keeps its own copy: changing what was saved or returned changes nothing stored', async () => {
        // Prepare
        const store = await makeStore();
        const saved = invitation('a');
        await store.saveInvitation(saved, T0);
        // Act
        saved.facts.company = 'Changed after saving';
        saved.sourceMessageIds.push('ses-changed');
        const returned = await store.getInvitation(saved.inviteId);
        returned!.decision.reasons.length = 0;
        returned!.drafts.accept.body = 'changed after reading';
        // Assess
        expect(await store.getInvitation(saved.inviteId)).toEqual(invitation('a'));
      });
    });

    describe('recordChoice', () => {
      it('is false for an unknown invitation, and creates nothing', async () => {
        // Prepare
        const store = await makeStore();
        // Act
        const recorded = await store.recordChoice(idOf('unknown'), { verdict: 'attend', at: T0.toISOString() });
        // Assess
        expect(recorded).toBe(false);
        expect(await store.getInvitation(idOf('unknown'))).toBeNull();
      });

      it('records the choice, the latest one winning', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await store.saveInvitation(stored, T0);
        // Act
        const first = await store.recordChoice(stored.inviteId, { verdict: 'attend', at: T0.toISOString(), slot: 2 });
        const second = await store.recordChoice(stored.inviteId, { verdict: 'decline', at: at(MINUTE).toISOString() });
        // Assess
        expect([first, second]).toEqual([true, true]);
        expect((await store.getInvitation(stored.inviteId))?.choice).toEqual({ verdict: 'decline', at: at(MINUTE).toISOString() });
      });
    });

    describe('recordOutcome', () => {
      it('is false for an unknown invitation, and creates nothing', async () => {
        // Prepare
        const store = await makeStore();
        // Act
        const recorded = await store.recordOutcome(idOf('unknown'), { text: 'went well', happened: true, at: T0.toISOString() });
        // Assess
        expect(recorded).toBe(false);
        expect(await store.getInvitation(idOf('unknown'))).toBeNull();
      });

      it('records the answer (the latest one winning), keeps it over a re-save, and the summaries carry it', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await store.saveInvitation(stored, T0);
        // Act
        const first = await store.recordOutcome(stored.inviteId, { text: 'went well', happened: true, at: T0.toISOString() });
        const second = await store.recordOutcome(stored.inviteId, { text: 'cancelled after all', happened: false, at: at(MINUTE).toISOString() });
        await store.saveInvitation({ ...stored, version: (stored.version ?? 1) + 1, versionFrom: 'another-forward' }, at(2 * MINUTE));
        // Assess
        const outcome = { text: 'cancelled after all', happened: false, at: at(MINUTE).toISOString() };
        expect([first, second]).toEqual([true, true]);
        expect((await store.getInvitation(stored.inviteId))?.outcome).toEqual(outcome);
        const [summary] = await store.invitationsReceivedSince(YEAR_AGO);
        expect(summary?.outcome).toEqual(outcome);
        expect(summary).toEqual(summarize((await store.getInvitation(stored.inviteId))!));
      });
    });

    describe('claimSend: at most once to the recruiter', () => {
      it('claims when nothing was claimed, and stores the state as given', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await store.saveInvitation(stored, T0);
        const state = sendState({ slot: 1 });
        // Act
        const claim = await store.claimSend(stored.inviteId, state, { resend: false });
        state.to = 'changed@after.example';
        // Assess
        expect(claim).toEqual({ claimed: true });
        expect(await store.getSend(stored.inviteId)).toEqual(sendState({ slot: 1 }));
        expect((await store.getInvitation(stored.inviteId))?.send).toEqual(sendState({ slot: 1 }));
      });

      it('claims nothing for an unknown invitation (and creates none)', async () => {
        // Prepare
        const store = await makeStore();
        // Act
        const claim = await store.claimSend(idOf('unknown'), sendState(), { resend: false });
        const resend = await store.claimSend(idOf('unknown'), sendState(), { resend: true });
        // Assess
        expect(claim).toEqual({ claimed: false, existing: null });
        expect(resend).toEqual({ claimed: false, existing: null });
        expect(await store.getInvitation(idOf('unknown'))).toBeNull();
      });

      it.each(['sending', 'sent', 'uncertain'] as const)('refuses a new claim while the send is %s, and says what is in the way', async (status) => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        const existing = sendState({ status, attempt: 'first' });
        await withSend(store, stored, existing);
        // Act
        const claim = await store.claimSend(stored.inviteId, sendState({ attempt: 'second', at: at(DAY).toISOString() }), { resend: false });
        // Assess
        expect(claim).toEqual({ claimed: false, existing });
        expect(await store.getSend(stored.inviteId)).toEqual(existing);
      });

      it('refuses a new claim while another claim is fresh, up to exactly STALE_CLAIM_MS old', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        const existing = sendState({ attempt: 'first' });
        await withSend(store, stored, existing);
        // Act
        const soon = await store.claimSend(stored.inviteId, sendState({ attempt: 'second', at: at(MINUTE).toISOString() }), { resend: false });
        const atTheBound = await store.claimSend(stored.inviteId, sendState({ attempt: 'third', at: at(STALE_CLAIM_MS).toISOString() }), { resend: false });
        // Assess
        expect(soon).toEqual({ claimed: false, existing });
        expect(atTheBound).toEqual({ claimed: false, existing });
      });

      it('claims again over a claim older than STALE_CLAIM_MS (a lost hand-over)', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await withSend(store, stored, sendState({ attempt: 'lost' }));
        const again = sendState({ attempt: 'again', verdict: 'decline', at: at(STALE_CLAIM_MS + 1).toISOString() });
        // Act
        const claim = await store.claimSend(stored.inviteId, again, { resend: false });
        // Assess
        expect(claim).toEqual({ claimed: true });
        expect(await store.getSend(stored.inviteId)).toEqual(again);
      });

      it('claims again after an attempt that failed (nothing went out)', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await withSend(store, stored, sendState({ status: 'failed', attempt: 'first' }));
        const again = sendState({ attempt: 'second', at: at(MINUTE).toISOString() });
        // Act
        const claim = await store.claimSend(stored.inviteId, again, { resend: false });
        // Assess
        expect(claim).toEqual({ claimed: true });
        expect(await store.getSend(stored.inviteId)).toEqual(again);
      });

      it('resend: claims over an uncertain send of the same verdict', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await withSend(store, stored, sendState({ status: 'uncertain', attempt: 'first' }));
        const resend = sendState({ attempt: 'resend', at: at(DAY).toISOString() });
        // Act
        const claim = await store.claimSend(stored.inviteId, resend, { resend: true });
        // Assess
        expect(claim).toEqual({ claimed: true });
        expect(await store.getSend(stored.inviteId)).toEqual(resend);
      });

      it('resend: refuses an uncertain send of the other verdict', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        const existing = sendState({ status: 'uncertain', attempt: 'first', verdict: 'attend' });
        await withSend(store, stored, existing);
        // Act
        const claim = await store.claimSend(stored.inviteId, sendState({ attempt: 'resend', verdict: 'decline' }), { resend: true });
        // Assess
        expect(claim).toEqual({ claimed: false, existing });
      });

      it.each(['claimed', 'sending', 'sent', 'failed'] as const)('resend: refuses when the send is %s', async (status) => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        // An old claim: resend must not take it over even when a new claim could.
        const existing = sendState({ status, attempt: 'first', at: at(-DAY).toISOString() });
        await withSend(store, stored, existing);
        // Act
        const claim = await store.claimSend(stored.inviteId, sendState({ attempt: 'resend' }), { resend: true });
        // Assess
        expect(claim).toEqual({ claimed: false, existing });
      });

      it('resend: refuses when nothing was ever claimed', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await store.saveInvitation(stored, T0);
        // Act
        const claim = await store.claimSend(stored.inviteId, sendState({ attempt: 'resend' }), { resend: true });
        // Assess
        expect(claim).toEqual({ claimed: false, existing: null });
      });
    });

    describe('updateSend: each step only from the step before', () => {
      it('moves this attempt on from a listed state, keeping the fields it does not patch', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await withSend(store, stored, sendState({ slot: 2 }));
        // Act
        const sending = await store.updateSend(stored.inviteId, 'attempt-1', ['claimed', 'failed'], { status: 'sending', at: at(MINUTE).toISOString() });
        const sent = await store.updateSend(stored.inviteId, 'attempt-1', ['sending'], { status: 'sent', sesMessageId: 'ses-out-1', at: at(2 * MINUTE).toISOString() });
        // Assess
        expect([sending, sent]).toEqual([true, true]);
        expect(await store.getSend(stored.inviteId)).toEqual(sendState({ slot: 2, status: 'sent', sesMessageId: 'ses-out-1', at: at(2 * MINUTE).toISOString() }));
      });

      it('records whether the owner was told of a state, and a later step of the same state says they were', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await withSend(store, stored, sendState({ status: 'sending' }));
        // Act
        const uncertain = await store.updateSend(stored.inviteId, 'attempt-1', ['sending'], { status: 'uncertain', ownerTold: false });
        const before = await store.getSend(stored.inviteId);
        const told = await store.updateSend(stored.inviteId, 'attempt-1', ['uncertain'], { status: 'uncertain', ownerTold: true });
        // Assess
        expect([uncertain, told]).toEqual([true, true]);
        expect(before).toEqual(sendState({ status: 'uncertain', ownerTold: false }));
        expect(await store.getSend(stored.inviteId)).toEqual(sendState({ status: 'uncertain', ownerTold: true }));
      });

      it('refuses a state not listed in `from`', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await withSend(store, stored, sendState({ status: 'sent' }));
        // Act
        const again = await store.updateSend(stored.inviteId, 'attempt-1', ['claimed', 'failed'], { status: 'sending' });
        // Assess
        expect(again).toBe(false);
        expect(await store.getSend(stored.inviteId)).toEqual(sendState({ status: 'sent' }));
      });

      it('refuses another attempt', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await withSend(store, stored, sendState({ attempt: 'mine' }));
        // Act
        const other = await store.updateSend(stored.inviteId, 'not-mine', ['claimed'], { status: 'sending' });
        // Assess
        expect(other).toBe(false);
        expect(await store.getSend(stored.inviteId)).toEqual(sendState({ attempt: 'mine' }));
      });

      it('refuses an invitation without a send, or none at all', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await store.saveInvitation(stored, T0);
        // Act
        const unclaimed = await store.updateSend(stored.inviteId, 'attempt-1', ['claimed'], { status: 'sending' });
        const unknown = await store.updateSend(idOf('unknown'), 'attempt-1', ['claimed'], { status: 'sending' });
        // Assess
        expect([unclaimed, unknown]).toEqual([false, false]);
        expect(await store.getSend(stored.inviteId)).toBeNull();
        expect(await store.getInvitation(idOf('unknown'))).toBeNull();
      });

      it('lets only one of two runs of the same job start sending', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await withSend(store, stored, sendState());
        // Act
        const runs = await Promise.all([
          store.updateSend(stored.inviteId, 'attempt-1', ['claimed', 'failed'], { status: 'sending', at: at(SECOND).toISOString() }),
          store.updateSend(stored.inviteId, 'attempt-1', ['claimed', 'failed'], { status: 'sending', at: at(SECOND).toISOString() }),
        ]);
        // Assess
        expect(runs.filter(Boolean)).toHaveLength(1);
      });
    });

    describe('sent-message pointers', () => {
      it('remembers which invitation a sent message belongs to; null when unknown', async () => {
        // Prepare
        const store = await makeStore();
        // Act
        await store.rememberSentMessage('ses-out-1', idOf('a'), T0);
        await store.rememberSentMessage('<header-id@in.example.com>', idOf('b'), T0);
        // Assess
        expect(await store.invitationForSentMessage('ses-out-1')).toBe(idOf('a'));
        expect(await store.invitationForSentMessage('<header-id@in.example.com>')).toBe(idOf('b'));
        expect(await store.invitationForSentMessage('ses-out-unknown')).toBeNull();
      });

      it('keeps the latest invitation for a message id remembered twice', async () => {
        // Prepare
        const store = await makeStore();
        await store.rememberSentMessage('ses-out-1', idOf('a'), T0);
        // Act
        await store.rememberSentMessage('ses-out-1', idOf('b'), T0);
        // Assess
        expect(await store.invitationForSentMessage('ses-out-1')).toBe(idOf('b'));
      });
    });

    describe('versions, reschedules and the ids of mail about an invitation', () => {
      it('saves a newer version over an older one, and refuses the same or an older one (another run saved meanwhile)', async () => {
        // Prepare
        const store = await makeStore();
        const first = { ...invitation('a'), version: 1, firstVersion: 1 };
        await store.saveInvitation(first, T0);
        const second = { ...first, ownerNote: 'second forward', version: 2 };
        // Act
        await store.saveInvitation(second, at(DAY));
        // Both run at once; each outcome is caught at once so neither rejection is ever unhandled.
        const outcome = (saving: Promise<unknown>) => saving.then(() => null, (error: unknown) => error);
        const [same, older] = await Promise.all([
          outcome(store.saveInvitation({ ...first, ownerNote: 'a racing forward', version: 2 }, at(DAY))),
          outcome(store.saveInvitation({ ...first, ownerNote: 'an older forward' }, at(DAY))),
        ]);
        // Assess
        expect(same).toMatchObject({ name: 'StaleInvitationError', permanent: false });
        expect(older).toMatchObject({ name: 'StaleInvitationError' });
        expect(await store.getInvitation(first.inviteId)).toEqual(second);
      });

      it('takes the same version from the same forward again: its own write, sent again after its answer was lost', async () => {
        // Prepare
        const store = await makeStore();
        const saved = { ...invitation('a'), version: 1, firstVersion: 1, versionFrom: 'ses-a' };
        await store.saveInvitation(saved, T0);
        // Act
        await store.saveInvitation(saved, T0);
        const other = store.saveInvitation({ ...saved, versionFrom: 'ses-other' }, T0).then(
          () => null,
          (error: unknown) => error,
        );
        // Assess
        expect(await other).toMatchObject({ name: 'StaleInvitationError' });
        expect(await store.getInvitation(saved.inviteId)).toEqual(saved);
      });

      it('saves a version over an invitation stored before versions', async () => {
        // Prepare
        const store = await makeStore();
        const legacy = invitation('a');
        await store.saveInvitation(legacy, T0);
        // Act
        await store.saveInvitation({ ...legacy, version: 1, firstVersion: 1 }, at(DAY));
        // Assess
        expect((await store.getInvitation(legacy.inviteId))?.version).toBe(1);
      });

      it('marks an invitation superseded; a save keeps the mark; false and nothing stored for an unknown one', async () => {
        // Prepare
        const store = await makeStore();
        const earlier = { ...invitation('a'), version: 1, firstVersion: 1 };
        const later = { ...invitation('b'), supersedes: earlier.inviteId, version: 1, firstVersion: 1 };
        await store.saveInvitation(earlier, T0);
        await store.saveInvitation(later, T0);
        // Act
        const marked = await store.markSuperseded(earlier.inviteId, later.inviteId);
        await store.saveInvitation({ ...earlier, version: 2 }, at(DAY));
        const unknown = await store.markSuperseded(idOf('unknown'), later.inviteId);
        // Assess
        expect(marked).toBe(true);
        expect(await store.getInvitation(earlier.inviteId)).toEqual({ ...earlier, version: 2, supersededBy: later.inviteId });
        expect((await store.getInvitation(later.inviteId))?.supersedes).toBe(earlier.inviteId);
        expect(unknown).toBe(false);
        expect(await store.getInvitation(idOf('unknown'))).toBeNull();
      });

      it("adds each sent message and reply to the invitation once, sorted; a save never writes them; nothing for an unknown invitation", async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('a');
        await store.saveInvitation(stored, T0);
        // Act
        await store.rememberSentMessage('ses-out-2', stored.inviteId, T0);
        await store.rememberSentMessage('ses-out-1', stored.inviteId, T0);
        await store.rememberSentMessage('ses-out-1', stored.inviteId, T0);
        await store.rememberReply(stored.inviteId, 'ses-reply-1');
        await store.rememberReply(stored.inviteId, 'ses-reply-1');
        await store.saveInvitation({ ...stored, sentMessageIds: [], replyMessageIds: ['changed'] }, at(DAY));
        await store.rememberSentMessage('ses-out-3', idOf('unknown'), T0);
        await store.rememberReply(idOf('unknown'), 'ses-reply-2');
        // Assess
        expect(await store.getInvitation(stored.inviteId)).toEqual({ ...stored, sentMessageIds: ['ses-out-1', 'ses-out-2'], replyMessageIds: ['ses-reply-1'] });
        expect(await store.invitationForSentMessage('ses-out-3')).toBe(idOf('unknown'));
        expect(await store.getInvitation(idOf('unknown'))).toBeNull();
        expect(await store.invitationsReceivedSince(at(-DAY))).toHaveLength(1);
      });
    });

    describe('forgetInvitation', () => {
      it("deletes the invitation, its source messages' idempotency records and its sent draft's pointer", async () => {
        // Prepare
        const store = await makeStore();
        const doomed = invitation('a', { sources: ['ses-a1', 'ses-a2'] });
        const kept = invitation('b', { sources: ['ses-b1'] });
        for (const id of ['ses-a1', 'ses-a2', 'ses-b1']) {
          await store.claimMessage(id, 'run-1', T0, 60);
          await store.completeMessage(id, 'recommended', {}, T0);
        }
        await store.saveInvitation(kept, T0);
        await withSend(store, doomed, sendState({ status: 'sent' }));
        await store.updateSend(doomed.inviteId, 'attempt-1', ['sent'], { status: 'sent', sesMessageId: 'ses-out-a' });
        await store.rememberSentMessage('ses-out-a', doomed.inviteId, T0);
        await store.rememberSentMessage('ses-out-b', kept.inviteId, T0);
        const current = await store.getInvitation(doomed.inviteId);
        // Act
        await store.forgetInvitation(current!, at(60 * DAY));
        // Assess
        expect(await store.getInvitation(doomed.inviteId)).toBeNull();
        expect(await store.getSend(doomed.inviteId)).toBeNull();
        expect(await store.claimMessage('ses-a1', 'run-later', at(MINUTE), 60)).toEqual({ status: 'claimed' });
        expect(await store.claimMessage('ses-a2', 'run-later', at(MINUTE), 60)).toEqual({ status: 'claimed' });
        expect(await store.invitationForSentMessage('ses-out-a')).toBeNull();
        expect(await store.getInvitation(kept.inviteId)).toEqual({ ...kept, sentMessageIds: ['ses-out-b'] });
        expect(await store.claimMessage('ses-b1', 'run-later', at(MINUTE), 60)).toEqual({ status: 'done', outcome: 'recommended' });
        expect(await store.invitationForSentMessage('ses-out-b')).toBe(kept.inviteId);
      });

      it('takes it out of every query', async () => {
        // Prepare
        const store = await makeStore();
        const doomed = invitation('a');
        await store.saveInvitation(doomed, T0);
        // Act
        await store.forgetInvitation(doomed, at(60 * DAY));
        // Assess
        expect(await store.invitationsReceivedSince(at(-DAY))).toEqual([]);
        expect(await store.invitationsByCompany('oakmoorbank.example', YEAR_AGO)).toEqual([]);
        expect(await store.invitationsBetween(at(-30 * DAY), at(60 * DAY))).toEqual([]);
      });

      it('deletes more records than one batch request holds (25)', async () => {
        // Prepare
        const store = await makeStore();
        const sources = Array.from({ length: 30 }, (_, i) => `ses-many-${i}`);
        for (const id of sources) await store.completeMessage(id, 'recommended', {}, T0);
        const doomed = invitation('a', { sources });
        await store.saveInvitation(doomed, T0);
        // Act
        await store.forgetInvitation(doomed, at(60 * DAY));
        // Assess
        expect(await store.getInvitation(doomed.inviteId)).toBeNull();
        for (const id of sources) expect(await store.claimMessage(id, 'run-later', at(MINUTE), 60)).toEqual({ status: 'claimed' });
      });

      it('deletes the pointer of every message sent about it, and leaves its replies\' records', async () => {
        // Prepare
        const store = await makeStore();
        const doomed = invitation('a');
        await store.saveInvitation(doomed, T0);
        for (const id of ['ses-rec-1', '<rec-1@in.example.com>', 'ses-rec-2']) await store.rememberSentMessage(id, doomed.inviteId, T0);
        await store.completeMessage('ses-reply-1', 'command', { inviteId: doomed.inviteId }, T0);
        await store.rememberReply(doomed.inviteId, 'ses-reply-1');
        const current = await store.getInvitation(doomed.inviteId);
        // Act
        await store.forgetInvitation(current!, at(60 * DAY));
        // Assess
        for (const id of ['ses-rec-1', '<rec-1@in.example.com>', 'ses-rec-2']) expect(await store.invitationForSentMessage(id)).toBeNull();
        expect(await store.claimMessage('ses-reply-1', 'run-later', at(MINUTE), 60)).toEqual({ status: 'done', outcome: 'command' });
      });

      it('keeps the last version of a forgotten invitation (a marker), and none for one without versions', async () => {
        // Prepare
        const store = await makeStore();
        const versioned = { ...invitation('a'), version: 4, firstVersion: 2 };
        const unversioned = invitation('b');
        await store.saveInvitation(versioned, T0);
        await store.saveInvitation(unversioned, T0);
        expect(await store.forgottenVersion(versioned.inviteId)).toBe(0);
        // Act
        await store.forgetInvitation(versioned, at(60 * DAY));
        await store.forgetInvitation(unversioned, at(60 * DAY));
        // Assess
        expect(await store.forgottenVersion(versioned.inviteId)).toBe(4);
        expect(await store.forgottenVersion(unversioned.inviteId)).toBe(0);
        expect(await store.getInvitation(versioned.inviteId)).toBeNull();
        expect(await store.invitationsReceivedSince(at(-DAY))).toEqual([]);
        // A later forward saves the next version again.
        await store.saveInvitation({ ...versioned, version: 5, firstVersion: 5 }, at(DAY));
        expect((await store.getInvitation(versioned.inviteId))?.version).toBe(5);
      });

      it('forgets an invitation that is already gone without complaint', async () => {
        // Prepare
        const store = await makeStore();
        // Act
        const forgetting = store.forgetInvitation(invitation('never-saved'), at(60 * DAY));
        // Assess
        await expect(forgetting).resolves.toBeUndefined();
      });
    });

    describe('invitationsReceivedSince', () => {
      it('returns the invitations received at or after `since`, newest first', async () => {
        // Prepare
        const store = await makeStore();
        await store.saveInvitation(invitation('old', { receivedAt: at(-10 * DAY).toISOString() }), T0);
        await store.saveInvitation(invitation('edge', { receivedAt: at(-5 * DAY).toISOString(), companyKey: null, slot: null }), T0);
        await store.saveInvitation(invitation('new', { receivedAt: at(-1 * DAY).toISOString() }), T0);
        // Act
        const found = await store.invitationsReceivedSince(at(-5 * DAY));
        // Assess
        expect(ids(found)).toEqual([idOf('new'), idOf('edge')]);
        expect(found[1]).toEqual(summarize(invitation('edge', { receivedAt: at(-5 * DAY).toISOString(), companyKey: null, slot: null })));
      });

      it('returns at most `limit`: the newest', async () => {
        // Prepare
        const store = await makeStore();
        for (let i = 1; i <= 5; i += 1) await store.saveInvitation(invitation(`r${i}`, { receivedAt: at(-i * DAY).toISOString() }), T0);
        // Act
        const found = await store.invitationsReceivedSince(at(-30 * DAY), 2);
        // Assess
        expect(ids(found)).toEqual([idOf('r1'), idOf('r2')]);
      });

      it('returns nothing when nothing is that recent', async () => {
        // Prepare
        const store = await makeStore();
        await store.saveInvitation(invitation('old', { receivedAt: at(-10 * DAY).toISOString() }), T0);
        // Act
        const found = await store.invitationsReceivedSince(T0);
        // Assess
        expect(found).toEqual([]);
      });
    });

    describe('invitationsByCompany', () => {
      it("returns one company's invitations, newest first, each with its choice and send", async () => {
        // Prepare
        const store = await makeStore();
        await store.saveInvitation(invitation('first', { receivedAt: at(-20 * DAY).toISOString() }), T0);
        await withSend(store, invitation('second', { receivedAt: at(-2 * DAY).toISOString() }), sendState({ status: 'sent' }));
        await store.recordChoice(idOf('second'), { verdict: 'attend', at: T0.toISOString() });
        await store.saveInvitation(invitation('elsewhere', { companyKey: 'othercorp.example' }), T0);
        await store.saveInvitation(invitation('unknown-company', { companyKey: null }), T0);
        // Act
        const oakmoor = await store.invitationsByCompany('oakmoorbank.example', YEAR_AGO);
        const other = await store.invitationsByCompany('othercorp.example', YEAR_AGO);
        const none = await store.invitationsByCompany('nobody.example', YEAR_AGO);
        // Assess
        expect(ids(oakmoor)).toEqual([idOf('second'), idOf('first')]);
        expect(oakmoor[0]).toMatchObject({ choice: { verdict: 'attend' }, send: { status: 'sent' } });
        expect(ids(other)).toEqual([idOf('elsewhere')]);
        expect(none).toEqual([]);
      });

      it('reads only what was received at or after `since`, and at most `limit`: the newest', async () => {
        // Prepare
        const store = await makeStore();
        await store.saveInvitation(invitation('last-year', { receivedAt: at(-400 * DAY).toISOString() }), T0);
        for (let i = 1; i <= 4; i += 1) await store.saveInvitation(invitation(`c${i}`, { receivedAt: at(-i * DAY).toISOString() }), T0);
        // Act
        const windowed = await store.invitationsByCompany('oakmoorbank.example', YEAR_AGO);
        const limited = await store.invitationsByCompany('oakmoorbank.example', YEAR_AGO, 3);
        // Assess
        expect(ids(windowed)).toEqual([idOf('c1'), idOf('c2'), idOf('c3'), idOf('c4')]);
        expect(ids(limited)).toEqual([idOf('c1'), idOf('c2'), idOf('c3')]);
      });

      it('returns summaries: no drafts and no text, the first slot only, with its choice and send', async () => {
        // Prepare
        const store = await makeStore();
        const stored = invitation('multi', { slots: ['2026-03-24T15:00:00Z', '2026-03-25T15:00:00Z'] });
        await withSend(store, stored, sendState({ status: 'sent' }));
        await store.recordChoice(stored.inviteId, { verdict: 'attend', at: T0.toISOString(), slot: 1 });
        // Act
        const [found] = await store.invitationsByCompany('oakmoorbank.example', YEAR_AGO);
        // Assess
        const current = await store.getInvitation(stored.inviteId);
        expect(found).toEqual(summarize(current!));
        expect(found?.facts.slots).toEqual([{ start: '2026-03-24T15:00:00Z', end: null, written: 'Monday at 11:00 AM ET' }]);
        expect(found).not.toHaveProperty('drafts');
        expect(found?.choice).toEqual({ verdict: 'attend', at: T0.toISOString(), slot: 1 });
      });

      it('follows a re-save: a company that became unknown leaves the index, a new one moves it', async () => {
        // Prepare
        const store = await makeStore();
        await store.saveInvitation(invitation('a'), T0);
        await store.saveInvitation(invitation('b'), T0);
        // Act
        await store.saveInvitation(invitation('a', { companyKey: null }), at(DAY));
        await store.saveInvitation(invitation('b', { companyKey: 'othercorp.example' }), at(DAY));
        // Assess
        expect(await store.invitationsByCompany('oakmoorbank.example', YEAR_AGO)).toEqual([]);
        expect(ids(await store.invitationsByCompany('othercorp.example', YEAR_AGO))).toEqual([idOf('b')]);
        expect((await store.getInvitation(idOf('a')))?.companyKey).toBeNull();
      });
    });

    describe('invitationsBetween: first slot start in [from, to)', () => {
      it('includes a start at `from`, excludes one at `to`, compares instants across offsets, ascending', async () => {
        // Prepare
        const store = await makeStore();
        // 2026-03-23T15:00:00Z written three ways, and neighbours.
        await store.saveInvitation(invitation('at-from', { slot: '2026-03-23T11:00:00-04:00' }), T0);
        await store.saveInvitation(invitation('inside', { slot: '2026-03-24T09:00:00+01:00' }), T0);
        await store.saveInvitation(invitation('before', { slot: '2026-03-23T14:59:59Z' }), T0);
        await store.saveInvitation(invitation('at-to', { slot: '2026-03-25T16:00:00+01:00' }), T0);
        await store.saveInvitation(invitation('just-inside', { slot: '2026-03-25T14:59:59.999Z' }), T0);
        await store.saveInvitation(invitation('no-slot', { slot: null }), T0);
        // Act
        const found = await store.invitationsBetween(new Date('2026-03-23T15:00:00Z'), new Date('2026-03-25T15:00:00Z'));
        // Assess
        expect(ids(found)).toEqual([idOf('at-from'), idOf('inside'), idOf('just-inside')]);
        expect(found[0]).toEqual(summarize(invitation('at-from', { slot: '2026-03-23T11:00:00-04:00' })));
      });

      it('reads the first slot only', async () => {
        // Prepare
        const store = await makeStore();
        await store.saveInvitation(invitation('second-inside', { slots: ['2026-04-01T15:00:00Z', '2026-03-24T15:00:00Z'] }), T0);
        await store.saveInvitation(invitation('first-inside', { slots: ['2026-03-24T16:00:00Z', '2026-04-01T15:00:00Z'] }), T0);
        // Act
        const found = await store.invitationsBetween(new Date('2026-03-23T00:00:00Z'), new Date('2026-03-30T00:00:00Z'));
        // Assess
        expect(ids(found)).toEqual([idOf('first-inside')]);
      });

      it('follows a re-save: a moved interview moves, one without a slot leaves', async () => {
        // Prepare
        const store = await makeStore();
        await store.saveInvitation(invitation('moved', { slot: '2026-03-24T15:00:00Z' }), T0);
        await store.saveInvitation(invitation('unslotted', { slot: '2026-03-24T16:00:00Z' }), T0);
        // Act
        await store.saveInvitation(invitation('moved', { slot: '2026-04-07T15:00:00Z' }), at(DAY));
        await store.saveInvitation(invitation('unslotted', { slot: null }), at(DAY));
        // Assess
        expect(await store.invitationsBetween(new Date('2026-03-23T00:00:00Z'), new Date('2026-03-30T00:00:00Z'))).toEqual([]);
        expect(ids(await store.invitationsBetween(new Date('2026-04-06T00:00:00Z'), new Date('2026-04-13T00:00:00Z')))).toEqual([idOf('moved')]);
      });

      it('reads at most `limit`: the earliest, or with `latestFirst` the latest', async () => {
        // Prepare
        const store = await makeStore();
        for (let day = 23; day <= 27; day += 1) await store.saveInvitation(invitation(`d${day}`, { slot: `2026-03-${day}T15:00:00Z` }), T0);
        // Act
        const earliest = await store.invitationsBetween(new Date('2026-03-23T00:00:00Z'), new Date('2026-03-30T00:00:00Z'), { limit: 2 });
        const latest = await store.invitationsBetween(new Date('2026-03-23T00:00:00Z'), new Date('2026-03-30T00:00:00Z'), { limit: 2, latestFirst: true });
        const everyOne = await store.invitationsBetween(new Date('2026-03-23T00:00:00Z'), new Date('2026-03-30T00:00:00Z'), { latestFirst: true });
        // Assess
        expect(ids(earliest)).toEqual([idOf('d23'), idOf('d24')]);
        expect(ids(latest)).toEqual([idOf('d27'), idOf('d26')]);
        expect(ids(everyOne)).toEqual([idOf('d27'), idOf('d26'), idOf('d25'), idOf('d24'), idOf('d23')]);
      });

      // The port promises [from, to); the adapter asks DynamoDB for `BETWEEN from AND to - 1 ms`, which
      // DynamoDB rejects when to - 1 ms < from: an empty window must not be asked at all.
      it('finds nothing in an empty window [t, t) or a crossed one', async () => {
        // Prepare
        const store = await makeStore();
        await store.saveInvitation(invitation('a', { slot: '2026-03-24T15:00:00Z' }), T0);
        // Act
        const empty = await store.invitationsBetween(new Date('2026-03-24T15:00:00Z'), new Date('2026-03-24T15:00:00Z'));
        const crossed = await store.invitationsBetween(new Date('2026-03-24T15:00:00Z'), new Date('2026-03-24T14:00:00Z'));
        const oneMs = await store.invitationsBetween(new Date('2026-03-24T15:00:00Z'), new Date('2026-03-24T15:00:00.001Z'));
        // Assess
        expect(empty).toEqual([]);
        expect(crossed).toEqual([]);
        expect(ids(oneMs)).toEqual([idOf('a')]);
      });
    });

    describe('reserveOwnerMail: the hourly cap', () => {
      it("answers ok under the limit, notice exactly once when it is reached, then blocked", async () => {
        // Prepare
        const store = await makeStore();
        // Act
        const answers = [];
        for (let i = 0; i < 6; i += 1) answers.push(await store.reserveOwnerMail(at(i * MINUTE), 3));
        // Assess
        expect(answers).toEqual(['ok', 'ok', 'ok', 'notice', 'blocked', 'blocked']);
      });

      it('counts per UTC clock hour: the next hour starts afresh', async () => {
        // Prepare
        const store = await makeStore();
        const lastMs = new Date('2026-03-02T10:59:59.999Z');
        const nextHour = new Date('2026-03-02T11:00:00.000Z');
        await store.reserveOwnerMail(new Date('2026-03-02T10:00:00.000Z'), 1);
        // Act
        const sameHour = await store.reserveOwnerMail(lastMs, 1);
        const blocked = await store.reserveOwnerMail(lastMs, 1);
        const fresh = await store.reserveOwnerMail(nextHour, 1);
        const earlierHourStillBlocked = await store.reserveOwnerMail(lastMs, 1);
        // Assess
        expect([sameHour, blocked, fresh, earlierHourStillBlocked]).toEqual(['notice', 'blocked', 'ok', 'blocked']);
      });

      it('bypass: counts a notice about a send but never holds it back, and it never takes the one "paused" notice', async () => {
        // Prepare
        const store = await makeStore();
        const answers = [];
        // Act
        answers.push(await store.reserveOwnerMail(at(0), 2, { bypass: true }));
        answers.push(await store.reserveOwnerMail(at(MINUTE), 2));
        answers.push(await store.reserveOwnerMail(at(2 * MINUTE), 2, { bypass: true }));
        answers.push(await store.reserveOwnerMail(at(3 * MINUTE), 2));
        answers.push(await store.reserveOwnerMail(at(4 * MINUTE), 2));
        answers.push(await store.reserveOwnerMail(at(5 * MINUTE), 2, { bypass: true }));
        answers.push(await store.reserveOwnerMail(at(6 * MINUTE), 2));
        // Assess: a bypassing mail and an ordinary one filled the cap; the next ordinary one became the notice
        expect(answers).toEqual(['ok', 'ok', 'ok', 'notice', 'blocked', 'ok', 'blocked']);
      });

      it('recommendations: measured against their own limit, with a "paused" notice of their own, and counted toward the cap of every mail', async () => {
        // Prepare
        const store = await makeStore();
        const answers = [];
        // Act: a cap of 2 for every mail, 3 for recommendations
        for (let i = 0; i < 5; i += 1) answers.push(await store.reserveOwnerMail(at(i * MINUTE), 2, { recommendations: 3 }));
        const ordinary = [await store.reserveOwnerMail(at(6 * MINUTE), 2), await store.reserveOwnerMail(at(7 * MINUTE), 2)];
        // Assess: three recommendations, then their notice; the recommendations spent the ordinary cap, whose notice is its own
        expect(answers).toEqual(['ok', 'ok', 'ok', 'notice', 'blocked']);
        expect(ordinary).toEqual(['notice', 'blocked']);
      });

      it('recommendations still go out once ordinary mail has tripped its cap', async () => {
        // Prepare
        const store = await makeStore();
        await store.reserveOwnerMail(T0, 1);
        await store.reserveOwnerMail(T0, 1);
        // Act
        const recommendation = await store.reserveOwnerMail(T0, 1, { recommendations: 2 });
        const ordinary = await store.reserveOwnerMail(T0, 1);
        // Assess
        expect(recommendation).toBe('ok');
        expect(ordinary).toBe('blocked');
      });

      it('bypass: counts toward the cap, so ordinary mail after it trips the cap sooner', async () => {
        // Prepare
        const store = await makeStore();
        await store.reserveOwnerMail(T0, 2, { bypass: true });
        await store.reserveOwnerMail(T0, 2, { bypass: true });
        // Act
        const ordinary = await store.reserveOwnerMail(T0, 2);
        // Assess
        expect(ordinary).toBe('notice');
      });
    });
  });
}
