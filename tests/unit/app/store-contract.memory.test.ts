/** The InviteStore contract on the in-memory store the fast tests use (its DynamoDB twin: tests/integration/store-contract.dynamodb.test.ts). */
import { storeContract } from '../../contract/store-contract.js';
import { MemoryInviteStore } from '../../fakes/memory-store.js';

storeContract('MemoryInviteStore', async () => new MemoryInviteStore());
