/**
 * The scheduler stand-in's recurring schedules (local/services/scheduler.ts), as local mode creates them
 * (local/stack.ts): the weekly digest's `cron(M H ? * DAY *)` read in its zone, which fires on a moved clock
 * and stays, due again a week later; and the nudges due's `rate(15 minutes)`, whose times are every period
 * from its creation: a tick fires it once, for its latest time at or before the tick, which replaces
 * `<aws.scheduler.scheduled-time>` in its input as the service does; it stays, due a period later.
 */
import { CreateScheduleCommand, GetScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterEach, describe, expect, it } from 'vitest';
import { weeklyCron } from '../../../functions/core/follow/follow.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/services/constants.js';
import { nextWeekly, rateMs, startScheduler, type SchedulerStandIn } from '../../../local/services/scheduler.js';

const started: SchedulerStandIn[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
});
const MINUTE = 60_000;

/** A scheduler stand-in holding one recurring schedule, and the events it handed to its function. */
async function withRecurring(name: string, expression: string, input: string, timeZone?: string) {
  const invoked: unknown[] = [];
  const scheduler = await startScheduler({ groups: ['g'], invoke: async (_arn, event) => void invoked.push(event) });
  started.push(scheduler);
  const client = new SchedulerClient({ endpoint: scheduler.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  await client.send(
    new CreateScheduleCommand({
      Name: name,
      GroupName: 'g',
      ScheduleExpression: expression,
      ...(timeZone ? { ScheduleExpressionTimezone: timeZone } : {}),
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: { Arn: 'arn:aws:lambda:us-east-1:000000000000:function:f', RoleArn: 'arn:aws:iam::000000000000:role/r', Input: input },
    }),
  );
  return { scheduler, client, invoked };
}

describe('the weekly schedule of the scheduler stand-in', () => {
  it('finds the next time in the zone, across a change of daylight saving time', () => {
    // Monday 08:00 in New York: EST before March 8, 2026, EDT after.
    expect(nextWeekly('cron(0 8 ? * MON *)', 'America/New_York', new Date('2026-03-03T00:00:00Z')).toISOString()).toBe('2026-03-09T12:00:00.000Z');
    expect(nextWeekly('cron(0 8 ? * MON *)', 'America/New_York', new Date('2026-02-24T00:00:00Z')).toISOString()).toBe('2026-03-02T13:00:00.000Z');
    expect(nextWeekly('cron(0 19 ? * SUN *)', 'Asia/Kolkata', new Date('2026-03-02T00:00:00Z')).toISOString()).toBe('2026-03-08T13:30:00.000Z');
  });

  it('fires on a moved clock and stays, due again a week later', async () => {
    const { scheduler, client, invoked } = await withRecurring('weekly-digest', weeklyCron('MON', 8), '{"kind":"weekly-digest"}', 'Europe/Amsterdam');
    expect((await client.send(new GetScheduleCommand({ Name: 'weekly-digest', GroupName: 'g' }))).ScheduleExpressionTimezone).toBe('Europe/Amsterdam');
    const [first] = scheduler.pending();
    const at = new Date(first!.at);
    expect(await scheduler.tick(new Date(at.getTime() - 60_000))).toEqual([]);
    const fired = await scheduler.tick(new Date(at.getTime() + 60_000));
    expect(fired.map((f) => f.name)).toEqual(['weekly-digest']);
    // tick shows the weekly digest's next time confusingly (new-user review): `at` is when it was due, `next` apart
    expect(fired[0]!.at).toBe(at.toISOString());
    expect(fired[0]!.next).toBe(scheduler.pending()[0]!.at);
    expect(invoked).toEqual([{ kind: 'weekly-digest' }]);
    expect(new Date(scheduler.pending()[0]!.at).getTime() - at.getTime()).toBeGreaterThanOrEqual(7 * 86_400_000 - 3_600_000);
    expect(await scheduler.tick(new Date(at.getTime() + 120_000))).toEqual([]);
  });

  it('refuses a cron it does not know, and a zone that is none', async () => {
    const scheduler = await startScheduler({ groups: ['g'], invoke: async () => undefined });
    started.push(scheduler);
    const client = new SchedulerClient({ endpoint: scheduler.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const create = (expression: string, zone: string) =>
      client.send(new CreateScheduleCommand({ Name: 'x', GroupName: 'g', ScheduleExpression: expression, ScheduleExpressionTimezone: zone, FlexibleTimeWindow: { Mode: 'OFF' }, Target: { Arn: 'a', RoleArn: 'r' } }));
    await expect(create('cron(0 8 * * ? *)', 'UTC')).rejects.toMatchObject({ name: 'ValidationException' });
    await expect(create('cron(0 8 ? * MON *)', 'Mars/Olympus')).rejects.toMatchObject({ name: 'ValidationException' });
  });
});

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
    const { scheduler, invoked } = await withRecurring('nudges-due', 'rate(15 minutes)', '{"kind":"nudges-due","at":"<aws.scheduler.scheduled-time>"}');
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
