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
function clientLosingNextAnswer(operation: string): { client: DynamoDBClient; reached: () => number } {
  const client = new DynamoDBClient({});
  let armed = true;
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
  return { client, reached: () => reached };
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
