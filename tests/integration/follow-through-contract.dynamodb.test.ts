/** The FollowThroughStore contract on the DynamoDB adapter, against DynamoDB Local (the memory twin: tests/unit/app/follow-through-contract.memory.test.ts). */
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, inject } from 'vitest';
import { DynamoDbFollowThroughStore } from '../../functions/adapters/dynamodb-follow-through-store.js';
import { createTableInput } from '../../functions/adapters/table-design.js';
import { followThroughContract } from '../contract/follow-through-contract.js';

const awsEnv = inject('awsEnv');
let client: DynamoDBClient;
let documents: DynamoDBDocumentClient;

beforeAll(() => {
  Object.assign(process.env, awsEnv);
  client = new DynamoDBClient({});
  documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
});

followThroughContract('DynamoDbFollowThroughStore on DynamoDB Local', async () => {
  const tableName = `follow-${randomBytes(6).toString('hex')}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  return new DynamoDbFollowThroughStore(documents, { tableName, retentionDays: 730, kinds: ['nudge', 'other'] });
});
