/** The OwnerMailStore contract on the DynamoDB adapter, against DynamoDB Local (the memory twin: tests/unit/app/owner-mail-store-contract.memory.test.ts). */
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, inject } from 'vitest';
import { DynamoDbOwnerMailStore } from '../../functions/adapters/dynamodb-owner-mail-store.js';
import { createTableInput } from '../../functions/adapters/table-design.js';
import { ownerMailStoreContract } from '../contract/owner-mail-store-contract.js';

const awsEnv = inject('awsEnv');
let client: DynamoDBClient;
let documents: DynamoDBDocumentClient;

beforeAll(() => {
  Object.assign(process.env, awsEnv);
  client = new DynamoDBClient({});
  documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
});

ownerMailStoreContract('DynamoDbOwnerMailStore on DynamoDB Local', async () => {
  const tableName = `owner-mail-${randomBytes(6).toString('hex')}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  return new DynamoDbOwnerMailStore(documents, { tableName, messageRetentionDays: 30 });
});
