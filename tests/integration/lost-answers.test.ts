/**
 * Answers lost on the wire, with the real SDK and DynamoDB Local: a conditional write that DynamoDB
 * applied but whose answer never came is sent again by the SDK's own retry (docs/email-facts.md,
 * "Delivery guarantees"). The claim carries a random per-run id, so the retry meets its own claim
 * instead of "another run's", and the message is not lost.
 */
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbInviteStore } from '../../functions/adapters/dynamodb-store.js';
import { createTableInput } from '../../functions/adapters/table-design.js';
import type { SendState, StoredInvitation } from '../../functions/app/ports.js';
import { inviteIdFor } from '../../functions/core/reply/reply.js';

const awsEnv = inject('awsEnv');
const T0 = new Date('2026-03-02T10:00:00.000Z');

beforeAll(() => {
  Object.assign(process.env, awsEnv);
});

/**
 * A DynamoDB client whose next request of one operation reaches DynamoDB and is applied, but whose
 * answer is replaced by a connection reset, the way a dropped connection looks to the SDK (a transient
 * error it retries). Counts the requests of that operation that reached DynamoDB.
 */
function clientLosingNextAnswer(operation: string, options: { armed?: boolean } = {}): { client: DynamoDBClient; reached: () => number; arm: () => void } {
  const client = new DynamoDBClient({});
  let armed = options.armed ?? true;
  let reached = 0;
  client.middlewareStack.add(
    (next) => async (args) => {
      const target = (args.request as { headers?: Record<string, string> }).headers?.['x-amz-target'];
      if (target !== `DynamoDB_20120810.${operation}`) return next(args);
      reached += 1;
      const result = await next(args);
      if (armed) {
        armed = false;
        throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      }
      return result;
    },
    { step: 'deserialize', name: 'loseNextAnswer' },
  );
  return {
    client,
    reached: () => reached,
    arm: () => {
      armed = true;
      reached = 0;
    },
  };
}

async function storeOn(client: DynamoDBClient): Promise<DynamoDbInviteStore> {
  const tableName = `lost-${randomBytes(6).toString('hex')}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  return new DynamoDbInviteStore(DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }), {
    tableName,
    messageRetentionDays: 30,
    invitationRetentionDays: 730,
  });
}

describe('a claim write applied but its answer lost', () => {
  it("is sent again by the SDK, meets this run's own claim, and the run owns the message", async () => {
    // Prepare
    const { client, reached } = clientLosingNextAnswer('PutItem');
    const store = await storeOn(client);
    // Act
    const claim = await store.claimMessage('ses-lost-answer', 'run-1', T0, 60);
    const writesOfTheClaim = reached();
    const other = await store.claimMessage('ses-lost-answer', 'run-2', new Date(T0.getTime() + 1000), 60);
    // Assess
    expect(writesOfTheClaim).toBe(2);
    expect(claim).toEqual({ status: 'claimed' });
    expect(other).toEqual({ status: 'in-progress' });
  });
});

/** A stored invitation, as much of one as the send state needs. */
function invitation(label: string): StoredInvitation {
  const to = 'jordan.okafor@lumenfield.example';
  const draft = { to, subject: 'Re: Interview', body: 'Dear Jordan,\n\nI am glad to confirm.\n\nAlex' };
  return {
    inviteId: inviteIdFor(`lost-answers/${label}`),
    sourceMessageIds: [`ses-${label}`],
    receivedAt: T0.toISOString(),
    ownerNote: null,
    original: { from: { name: 'Jordan Okafor', address: to }, subject: 'Interview', date: null, messageId: `<${label}@lumenfield.example>` },
    facts: { isInvite: true, language: 'en', company: 'Lumenfield', role: 'Analyst', format: 'video', meetingLink: null, location: null, slots: [], inferred: [], schedulingLink: null, replyTo: { name: 'Jordan Okafor', address: to } },
    decision: { verdict: 'attend', reasons: [{ code: 'practice', text: 'Interview experience never hurts.' }], proposeOtherTimes: false },
    companyKey: 'lumenfield.example',
    estimatedHours: 1,
    drafts: { accept: draft, decline: draft, acceptSlots: [], language: 'en' },
    choice: null,
  } as StoredInvitation;
}

const claimed: SendState = { status: 'claimed', verdict: 'attend', attempt: 'ses-command-1', at: T0.toISOString(), to: 'jordan.okafor@lumenfield.example' };

// Found by `npm run chaos` (family answers-lost): the draft was never sent, and the owner was told "already on its way".
describe('a send-state write applied but its answer lost', () => {
  it('claimSend: the SDK sends it again, meets its own claim, and the command owns the send', async () => {
    // Prepare
    const { client, reached, arm } = clientLosingNextAnswer('UpdateItem', { armed: false });
    const store = await storeOn(client);
    const stored = invitation('claim');
    await store.saveInvitation(stored, T0);
    arm();
    // Act
    const claim = await store.claimSend(stored.inviteId, claimed, { resend: false });
    const other = await store.claimSend(stored.inviteId, { ...claimed, attempt: 'ses-command-2' }, { resend: false });
    // Assess
    expect(reached()).toBe(3);
    expect(claim).toEqual({ claimed: true });
    expect(other).toEqual({ claimed: false, existing: claimed });
    expect(await store.getSend(stored.inviteId)).toEqual(claimed);
  });

  it('updateSend: the SDK sends it again, meets its own step, and the run may send (once)', async () => {
    // Prepare
    const { client, reached, arm } = clientLosingNextAnswer('UpdateItem', { armed: false });
    const store = await storeOn(client);
    const stored = invitation('step');
    await store.saveInvitation(stored, T0);
    await store.claimSend(stored.inviteId, claimed, { resend: false });
    arm();
    // Act
    const moved = await store.updateSend(stored.inviteId, claimed.attempt, ['claimed'], { status: 'sending', at: T0.toISOString() });
    const again = await store.updateSend(stored.inviteId, claimed.attempt, ['claimed'], { status: 'sending', at: T0.toISOString() });
    // Assess: the lost answer's own retry owns the step; a duplicate run's own request does not
    expect(reached()).toBe(3);
    expect(moved).toBe(true);
    expect(again).toBe(false);
    expect((await store.getInvitation(stored.inviteId))?.send).toEqual({ ...claimed, status: 'sending' });
  });
});
