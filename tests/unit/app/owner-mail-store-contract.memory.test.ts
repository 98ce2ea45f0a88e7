/** The OwnerMailStore contract on the in-memory store (its DynamoDB twin: tests/integration/owner-mail-store-contract.dynamodb.test.ts). */
import { ownerMailStoreContract } from '../../contract/owner-mail-store-contract.js';
import { MemoryOwnerMailStore } from '../../fakes/memory-owner-mail.js';

ownerMailStoreContract('MemoryOwnerMailStore', async () => new MemoryOwnerMailStore());
