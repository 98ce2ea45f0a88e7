/**
 * The guard behind the bounds (issue 16, item 1): an invitation DynamoDB still refuses as too large is
 * answered, not retried. On DynamoDB Local through the real adapter: its refusal of an item over 400 KB
 * becomes a TooLargeToStoreError, and the use case tells the owner the message could not be read and
 * records the message as answered (no crash, no three attempts, no failure queue). Everything read is
 * bounded first, so no real mail gets here: the save is inflated past the limit on its way to the store.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbInviteStore } from '../../functions/adapters/dynamodb-store.js';
import type { InboundDeps, InviteStore, RecommendationWrites, StoredInvitation } from '../../functions/app/ports.js';
import { receiveMail } from '../../functions/app/receive-mail.js';
import { TooLargeToStoreError } from '../../functions/errors.js';
import { deliver, fakeInboundDeps, fixture, sesId } from '../fakes/ports.js';
import { freshTable } from './helpers.js';

const awsEnv = inject('awsEnv');
let store: DynamoDbInviteStore;

beforeAll(async () => {
  Object.assign(process.env, awsEnv);
  const { tableName, documents } = await freshTable('too-large');
  store = new DynamoDbInviteStore(documents, { tableName, messageRetentionDays: 30, invitationRetentionDays: 730 });
});

/** The real store, whose saves carry 450 KB more than what was read. */
function inflating(real: DynamoDbInviteStore): InviteStore {
  return new Proxy(real, {
    get(target, property, receiver) {
      if (property === 'saveInvitation') return (invitation: StoredInvitation, now: Date) => target.saveInvitation({ ...invitation, ownerNote: 'x'.repeat(450 * 1024) }, now);
      // A recommendation saves its invitation in the one write that also claims the message and counts the mail.
      if (property === 'commitRecommendation') return (writes: RecommendationWrites) => target.commitRecommendation({ ...writes, invitation: { ...writes.invitation, ownerNote: 'x'.repeat(450 * 1024) } });
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('an invitation too large to store, on DynamoDB Local', () => {
  it('the adapter turns the refusal into TooLargeToStoreError (permanent)', async () => {
    // Act: an invitation whose note alone is 450 KB
    const saved = store.saveInvitation(
      { inviteId: 'aaaaaaaaaaaaaaaa', sourceMessageIds: ['m'], receivedAt: new Date().toISOString(), ownerNote: 'x'.repeat(450 * 1024), original: { from: null, subject: null, date: null, messageId: null }, facts: { isInvite: true, language: 'en', company: null, role: null, format: 'unknown', meetingLink: null, location: null, slots: [], inferred: [], schedulingLink: null, replyTo: null }, decision: { verdict: 'attend', reasons: [], proposeOtherTimes: false }, companyKey: null, estimatedHours: 1, drafts: { accept: { to: null, subject: '', body: '' }, decline: { to: null, subject: '', body: '' }, acceptSlots: [], language: 'en' }, choice: null, version: 1 },
      new Date(),
    );
    // Assess
    await expect(saved).rejects.toBeInstanceOf(TooLargeToStoreError);
    await expect(saved).rejects.toMatchObject({ permanent: true, cause: { name: 'ValidationException' } });
  });

  it('the owner is told the message could not be read, and the message is recorded as answered', async () => {
    // Prepare: the in-memory raw mail and mailer, the real store (its saves inflated)
    const fakes = fakeInboundDeps();
    const deps: InboundDeps = { ...fakes, store: inflating(store) };
    const id = sesId('too-large');
    // Act
    const result = await receiveMail(deps, deliver(fakes.rawMail, id, fixture('fixtures/mail/forward-gmail-owner.eml')));
    // Assess
    expect(result).toMatchObject({ outcome: 'answered-notice' });
    const mails = await fakes.mailer.parsed();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.mail.subject).toBe('invite-advisor: your message could not be read');
    expect(mails[0]!.mail.text).toContain('what was read from it is too large to store');
    expect(await store.claimMessage(id, 'another-run', new Date(), 60)).toEqual({ status: 'done', outcome: 'answered-notice' });
  });
});
