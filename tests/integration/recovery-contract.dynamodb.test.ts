/** The RecoveryStore contract on the DynamoDB adapter, against DynamoDB Local (the memory twin: tests/unit/app/recovery-contract.memory.test.ts). */
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, inject } from 'vitest';
import { DynamoDbRecoveryStore } from '../../functions/adapters/dynamodb-recovery-store.js';
import { DynamoDbInviteStore } from '../../functions/adapters/dynamodb-store.js';
import { createTableInput } from '../../functions/adapters/table-design.js';
import { recoveryContract } from '../contract/recovery-contract.js';

const awsEnv = inject('awsEnv');
let client: DynamoDBClient;
let documents: DynamoDBDocumentClient;

beforeAll(() => {
  Object.assign(process.env, awsEnv);
  client = new DynamoDBClient({});
  documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
});

recoveryContract('DynamoDbRecoveryStore on DynamoDB Local', async () => {
  const tableName = `recovery-${randomBytes(6).toString('hex')}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  return {
    store: new DynamoDbInviteStore(documents, { tableName, messageRetentionDays: 30, invitationRetentionDays: 730 }),
    recovery: new DynamoDbRecoveryStore(documents, { tableName, messageRetentionDays: 30 }),
  };
});
