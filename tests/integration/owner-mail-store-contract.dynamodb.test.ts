/** The OwnerMailStore contract on the DynamoDB adapter, against DynamoDB Local (the memory twin: tests/unit/app/owner-mail-store-contract.memory.test.ts). */
import { beforeAll, inject } from 'vitest';
import { DynamoDbOwnerMailStore } from '../../functions/adapters/dynamodb-owner-mail-store.js';
import { ownerMailStoreContract } from '../contract/owner-mail-store-contract.js';
import { freshTable } from './helpers.js';

beforeAll(() => {
  Object.assign(process.env, inject('awsEnv'));
});

ownerMailStoreContract('DynamoDbOwnerMailStore on DynamoDB Local', async () => {
  const { tableName, documents } = await freshTable('owner-mail');
  return new DynamoDbOwnerMailStore(documents, { tableName, messageRetentionDays: 30 });
});
