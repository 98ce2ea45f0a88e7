/**
 * The InviteStore contract on the DynamoDB adapter, against DynamoDB Local (started by the global
 * setup). Each store gets its own table, built from the one table design, so the contract's queries see
 * only what its test wrote. The same suite runs on the in-memory store in
 * tests/unit/app/store-contract.memory.test.ts.
 */
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, inject } from 'vitest';
import { DynamoDbInviteStore } from '../../functions/adapters/dynamodb-store.js';
import { createTableInput } from '../../functions/adapters/table-design.js';
import { storeContract } from '../contract/store-contract.js';

const awsEnv = inject('awsEnv');
let client: DynamoDBClient;
let documents: DynamoDBDocumentClient;

beforeAll(() => {
  Object.assign(process.env, awsEnv);
  client = new DynamoDBClient({});
  // As the functions build theirs (functions/handlers/dependencies.ts).
  documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
});

storeContract('DynamoDbInviteStore on DynamoDB Local', async () => {
  const tableName = `contract-${randomBytes(6).toString('hex')}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  return new DynamoDbInviteStore(documents, { tableName, messageRetentionDays: 30, invitationRetentionDays: 730 });
});
