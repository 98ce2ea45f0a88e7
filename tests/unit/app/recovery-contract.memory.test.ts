/** The RecoveryStore contract on the in-memory store (its DynamoDB twin: tests/integration/recovery-contract.dynamodb.test.ts). */
import { recoveryContract } from '../../contract/recovery-contract.js';
import { MemoryRecoveryStore } from '../../fakes/memory-recovery-store.js';
import { MemoryInviteStore } from '../../fakes/memory-store.js';

recoveryContract('MemoryRecoveryStore', async () => {
  const store = new MemoryInviteStore();
  return { store, recovery: new MemoryRecoveryStore(store) };
});
