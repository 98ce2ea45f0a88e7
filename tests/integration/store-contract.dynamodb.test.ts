/**
 * The InviteStore contract on the DynamoDB adapter, against DynamoDB Local (started by the global
 * setup). Each store gets its own table, built from the one table design, so the contract's queries see
 * only what its test wrote. The same suite runs on the in-memory store in
 * tests/unit/app/store-contract.memory.test.ts.
 */
import { beforeAll, inject } from 'vitest';
import { DynamoDbInviteStore } from '../../functions/adapters/dynamodb-store.js';
import { storeContract } from '../contract/store-contract.js';
import { freshTable } from './helpers.js';

beforeAll(() => {
  Object.assign(process.env, inject('awsEnv'));
});

storeContract('DynamoDbInviteStore on DynamoDB Local', async () => {
  const { tableName, documents } = await freshTable('contract');
  return new DynamoDbInviteStore(documents, { tableName, messageRetentionDays: 30, invitationRetentionDays: 730 });
});
