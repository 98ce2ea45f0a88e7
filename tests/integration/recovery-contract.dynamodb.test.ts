/** The RecoveryStore contract on the DynamoDB adapter, against DynamoDB Local (the memory twin: tests/unit/app/recovery-contract.memory.test.ts). */
import { beforeAll, inject } from 'vitest';
import { DynamoDbRecoveryStore } from '../../functions/adapters/dynamodb-recovery-store.js';
import { DynamoDbInviteStore } from '../../functions/adapters/dynamodb-store.js';
import { recoveryContract } from '../contract/recovery-contract.js';
import { freshTable } from './helpers.js';

beforeAll(() => {
  Object.assign(process.env, inject('awsEnv'));
});

recoveryContract('DynamoDbRecoveryStore on DynamoDB Local', async () => {
  const { tableName, documents } = await freshTable('recovery');
  return {
    store: new DynamoDbInviteStore(documents, { tableName, messageRetentionDays: 30, invitationRetentionDays: 730 }),
    recovery: new DynamoDbRecoveryStore(documents, { tableName, messageRetentionDays: 30 }),
  };
});
