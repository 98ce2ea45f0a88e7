/** The FollowThroughStore contract on the in-memory store (its DynamoDB twin: tests/integration/follow-through-contract.dynamodb.test.ts). */
import { followThroughContract } from '../../contract/follow-through-contract.js';
import { MemoryFollowThroughStore } from '../../fakes/memory-follow-through.js';

followThroughContract('MemoryFollowThroughStore', async () => new MemoryFollowThroughStore());
