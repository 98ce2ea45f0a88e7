/**
 * AWS calls per forwarded invitation, counted on the local stack (bench/aws-calls.ts: a middleware on
 * every SDK client counts the handler's calls per service and command). Issue #16, item 4: at most 5 on
 * the warm path, with no reliability step dropped: issue #17's nudge costs no call of its own (kept as due
 * in the transaction after the send; the follow-through's recurring schedule sends it). A count, never a time.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keys, NUDGE_PARTITION } from '../../functions/adapters/table-design.js';
import { startInviteAdvisor, type InviteAdvisorLocal } from '../../local/stack.js';
import { callCounter, forwardOf, total, type CallCounts } from '../../bench/aws-calls.js';
import { uniqueNames } from './helpers.js';

const awsEnv = inject('awsEnv');
let app: InviteAdvisorLocal;
let counter: Awaited<ReturnType<typeof callCounter>>;

beforeAll(async () => {
  app = await startInviteAdvisor({ awsEnv, ...uniqueNames('calls') });
  counter = await callCounter(app);
});
afterAll(async () => {
  await counter?.stop();
  await app?.stop();
});

const of = (calls: CallCounts) => Object.fromEntries([...calls].sort());

describe('AWS calls per forwarded invitation', () => {
  it('cold: the secret read once; warm: at most 5 (S3 get, one history query, one transaction before the send, the send, one transaction after it that keeps the nudge), no Scheduler call', async () => {
    // Act: the handler's first invocation in this process, then a second forward of another invitation
    const cold = await counter.forward((await forwardOf()).raw);
    const warm = await counter.forward((await forwardOf()).raw);
    // Assess
    expect(cold.result).toMatchObject([{ outcome: 'recommended' }]);
    expect(warm.result).toMatchObject([{ outcome: 'recommended' }]);
    expect(cold.calls.get('SecretsManager.GetSecretValue')).toBe(1);
    expect(total(cold.calls)).toBeLessThanOrEqual(7);
    expect(of(warm.calls)).toEqual({
      'DynamoDB.Query': 1,
      'DynamoDB.TransactWriteItems': 2,
      'S3.GetObject': 1,
      'SESv2.SendEmail': 1,
    });
    expect(total(warm.calls)).toBeLessThanOrEqual(5);
    expect([...cold.calls.keys(), ...warm.calls.keys()].filter((call) => call.startsWith('Scheduler.'))).toEqual([]);
  });

  it('no reliability step dropped: the message done with its outcome, the sent-message pointers, the invitation and its version, the nudge due', async () => {
    // Act
    const { calls, result } = await counter.forward((await forwardOf()).raw);
    // Assess: what the two transactions wrote
    expect(total(calls)).toBeLessThanOrEqual(5);
    const [answer] = result as { inviteId: string; sentMessageId: string }[];
    const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
    const get = async (key: Record<string, string>) => (await documents.send(new GetCommand({ TableName: app.tableName, Key: key, ConsistentRead: true }))).Item;
    const invitation = await get(keys.invitation(answer?.inviteId ?? ''));
    expect(invitation).toMatchObject({ version: 1, firstVersion: 1 });
    const messageId = (invitation?.versionFrom as string | undefined) ?? '';
    expect(await get(keys.message(messageId))).toMatchObject({ status: 'done', outcome: 'recommended', sentMessageId: answer?.sentMessageId, runId: expect.any(String), sendingAt: expect.any(String) });
    expect(await get(keys.sentMessage(answer?.sentMessageId ?? ''))).toMatchObject({ inviteId: answer?.inviteId });
    expect([...((invitation?.sentMessageIds as Set<string> | undefined) ?? [])]).toHaveLength(2);
    // The nudge, kept as due and named on the invitation (a choice, `done` or `forget` deletes it).
    const due = invitation?.nudgeDue as string | undefined;
    expect(due).toMatch(new RegExp(`#${answer?.inviteId}#1$`));
    expect(await get({ pk: NUDGE_PARTITION, sk: due ?? '' })).toMatchObject({ call: { kind: 'nudge', inviteId: answer?.inviteId, version: 1 } });
  });

  it('a re-forward of a stored invitation is built on what the history read showed: five calls, as a first forward, and keeps its own nudge (the older one, when due, finds its version outdated)', async () => {
    // Prepare
    const first = await forwardOf();
    await counter.forward(first.raw);
    // Act
    const again = await counter.forward((await forwardOf(first)).raw);
    // Assess: the next version, with no read of its own (the save's condition on the version checks what the index showed)
    expect(again.result).toMatchObject([{ outcome: 'recommended' }]);
    expect(again.calls.get('DynamoDB.GetItem')).toBeUndefined();
    expect([...again.calls.keys()].filter((call) => call.startsWith('Scheduler.'))).toEqual([]);
    expect(total(again.calls)).toBeLessThanOrEqual(5);
  });
});
