/**
 * The scheduler stand-in's rate schedule (local/services/scheduler.ts): the nudges due's
 * `rate(15 minutes)`, as local mode creates it (local/stack.ts). Its times are every period from its
 * creation; a tick fires it once, for its latest time at or before the tick, which replaces
 * `<aws.scheduler.scheduled-time>` in its input as the service does; it stays, due a period later.
 */
import { CreateScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/services/constants.js';
import { rateMs, startScheduler, type SchedulerStandIn } from '../../../local/services/scheduler.js';

const started: SchedulerStandIn[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
});
const MINUTE = 60_000;

describe('the rate schedule of the scheduler stand-in', () => {
  it('reads minutes and hours, and nothing else', () => {
    expect(rateMs('rate(15 minutes)')).toBe(15 * MINUTE);
    expect(rateMs('rate(1 minute)')).toBe(MINUTE);
    expect(rateMs('rate(2 hours)')).toBe(120 * MINUTE);
    expect(rateMs('rate(0 minutes)')).toBeNull();
    expect(rateMs('rate(5 days)')).toBeNull();
  });

  it('fires once per tick for its latest time before it, with that time in its input, and stays', async () => {
    // Prepare
    const invoked: unknown[] = [];
    const scheduler = await startScheduler({ groups: ['g'], invoke: async (_arn, event) => void invoked.push(event) });
    started.push(scheduler);
    const client = new SchedulerClient({ endpoint: scheduler.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    await client.send(
      new CreateScheduleCommand({
        Name: 'nudges-due',
        GroupName: 'g',
        ScheduleExpression: 'rate(15 minutes)',
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: { Arn: 'arn:aws:lambda:us-east-1:000000000000:function:f', RoleArn: 'arn:aws:iam::000000000000:role/r', Input: '{"kind":"nudges-due","at":"<aws.scheduler.scheduled-time>"}' },
      }),
    );
    const first = new Date(scheduler.pending()[0]!.at);
    // Act and assess: not before its first time; a tick an hour and a minute later fires it once, for its fifth time
    expect(await scheduler.tick(new Date(first.getTime() - MINUTE))).toEqual([]);
    expect((await scheduler.tick(new Date(first.getTime() + 61 * MINUTE))).map((f) => f.name)).toEqual(['nudges-due']);
    const fifth = new Date(first.getTime() + 60 * MINUTE);
    expect(invoked).toEqual([{ kind: 'nudges-due', at: fifth.toISOString().replace(/\.\d{3}Z$/, 'Z') }]);
    expect(scheduler.pending()[0]!.at).toBe(new Date(fifth.getTime() + 15 * MINUTE).toISOString());
    expect(await scheduler.tick(new Date(first.getTime() + 62 * MINUTE))).toEqual([]);
  });
});
