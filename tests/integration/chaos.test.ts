/**
 * A short seeded run of every fault family of `npm run chaos` (tools/chaos/), on a chaos stack of its
 * own (its own DynamoDB Local, which the dynamodb-killed family kills and starts again): three trials a
 * family and a burst of twelve. The targets hold: nothing lost, nothing doubled to a recruiter, a
 * second mail to the owner only after a process died or SES's answer was lost once it had accepted,
 * and the owner told of every event that reached a failure queue (the run plays the failure notice).
 * No time is asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY_NAMES, runChaos } from '../../tools/chaos/run.js';
import { startChaosStack, type ChaosStack } from '../../tools/chaos/stack.js';

const SEED = 7;
let stack: ChaosStack;

beforeAll(async () => {
  stack = await startChaosStack();
}, 240_000);
afterAll(async () => {
  await stack?.stop();
});

describe('npm run chaos, three seeded trials a family', () => {
  it.each(FAMILY_NAMES)('%s: nothing lost, nothing doubled to a recruiter, doubled to the owner only in the counted cases, the owner told of every failure', async (family) => {
    // Prepare
    const options = { seed: SEED, trials: 3, burst: 12, families: [family] };
    // Act
    const [report] = await runChaos(stack, options);
    // Assess
    expect(report?.name).toBe(family);
    expect(report?.trials).toBeGreaterThanOrEqual(3);
    expect(report?.misses.map((m) => `#${m.index} ${m.verdict}: ${m.detail}`)).toEqual([]);
    expect(report?.counts.lost).toBe(0);
    expect(report?.counts['doubled-recruiter']).toBe(0);
    expect(report?.uncounted).toBe(0);
    expect(report?.counts['failure-untold']).toBe(0);
  }, 600_000);
});
