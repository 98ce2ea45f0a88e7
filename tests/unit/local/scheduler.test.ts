/**
 * The EventBridge Scheduler stand-in (local/services/scheduler.ts) answers the production adapter
 * (functions/adapters/eventbridge-scheduler.ts) as the service does where the product relies on it, and
 * fires what is due on a moved clock, once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterEach, describe, expect, it } from 'vitest';
import { atExpression, EventBridgeScheduler } from '../../../functions/adapters/eventbridge-scheduler.js';
import type { FollowUp } from '../../../functions/app/ports.js';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/services/constants.js';
import { startScheduler, type SchedulerStandIn } from '../../../local/services/scheduler.js';

const GROUP = 'test-reminders';
const TARGET = 'arn:aws:lambda:us-east-1:000000000000:function:invite-advisor-follow-through';
const followUp: FollowUp = {
  kind: 'nudge',
  inviteId: 'abcdefghijklmnop',
  version: 1,
  dueAt: '2026-03-19T08:00:00.000Z',
  thread: { inReplyTo: '<r@in.example.com>', references: ['<f@mail.example.com>', '<r@in.example.com>'] },
  replyTo: 'interviews+token@in.example.com',
  choiceBcc: null,
};

const started: SchedulerStandIn[] = [];
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.stop()));
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function standIn(options: { dataDir?: string } = {}) {
  const invoked: { arn: string; event: unknown }[] = [];
  const scheduler = await startScheduler({ groups: [GROUP], invoke: async (arn, event) => void invoked.push({ arn, event }), ...options });
  started.push(scheduler);
  const client = new SchedulerClient({ endpoint: scheduler.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const adapter = new EventBridgeScheduler(client, { groupName: GROUP, targetArn: TARGET, roleArn: 'arn:aws:iam::000000000000:role/scheduler' });
  return { scheduler, client, adapter, invoked };
}

describe('the scheduler stand-in, through the production adapter', () => {
  it('creates a one-off schedule as the adapter asks for it (at(…) in UTC, window OFF, deleted after completion)', async () => {
    const { client, adapter } = await standIn();
    expect(await adapter.schedule('abcdefghijklmnop-nudge', new Date('2026-03-19T08:00:00.400Z'), followUp)).toBe('created');
    const got = await client.send(new GetScheduleCommand({ Name: 'abcdefghijklmnop-nudge', GroupName: GROUP }));
    expect(got).toMatchObject({
      ScheduleExpression: 'at(2026-03-19T08:00:00)',
      ScheduleExpressionTimezone: 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      Target: { Arn: TARGET, Input: JSON.stringify(followUp) },
    });
  });

  it('answers a second create of the same name with ConflictException, which the adapter reads as "exists"', async () => {
    const { adapter } = await standIn();
    await adapter.schedule('abcdefghijklmnop-nudge', new Date('2026-03-19T08:00:00Z'), followUp);
    expect(await adapter.schedule('abcdefghijklmnop-nudge', new Date('2026-03-20T08:00:00Z'), followUp)).toBe('exists');
  });

  it('answers a delete of a schedule that is not there with ResourceNotFoundException, which the adapter ignores', async () => {
    const { scheduler, adapter } = await standIn();
    await adapter.schedule('abcdefghijklmnop-nudge', new Date('2026-03-19T08:00:00Z'), followUp);
    await adapter.cancel('abcdefghijklmnop-nudge');
    await expect(adapter.cancel('abcdefghijklmnop-nudge')).resolves.toBeUndefined();
    expect(scheduler.pending()).toEqual([]);
  });

  it('refuses a group that does not exist, as the service does', async () => {
    const { scheduler } = await standIn();
    const client = new SchedulerClient({ endpoint: scheduler.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const other = new EventBridgeScheduler(client, { groupName: 'no-such-group', targetArn: TARGET, roleArn: 'arn:aws:iam::000000000000:role/scheduler' });
    await expect(other.schedule('abcdefghijklmnop-nudge', new Date('2026-03-19T08:00:00Z'), followUp)).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('fires a schedule once its time has come on the moved clock, hands its input to the target, and deletes it', async () => {
    const { scheduler, adapter, invoked } = await standIn();
    await adapter.schedule('abcdefghijklmnop-nudge', new Date('2026-03-19T08:00:00Z'), followUp);
    expect(await scheduler.tick(new Date('2026-03-19T07:59:59Z'))).toEqual([]);
    const fired = await scheduler.tick(new Date('2026-03-19T08:00:00Z'));
    expect(fired).toEqual([{ name: 'abcdefghijklmnop-nudge', group: GROUP, at: '2026-03-19T08:00:00.000Z', invoked: true, input: followUp }]);
    expect(invoked).toEqual([{ arn: TARGET, event: followUp }]);
    expect(await scheduler.tick(new Date('2026-03-20T08:00:00Z'))).toEqual([]);
  });

  it("says what its target's first run returned (tick prints it: new-user review), and a run that failed", async () => {
    // Prepare: a target that answers, then one that throws
    const answers: (() => Promise<unknown>)[] = [async () => 'answered', async () => Promise.reject(new Error('throttled'))];
    const scheduler = await startScheduler({ groups: [GROUP], invoke: () => answers.shift()!() });
    started.push(scheduler);
    const client = new SchedulerClient({ endpoint: scheduler.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const adapter = new EventBridgeScheduler(client, { groupName: GROUP, targetArn: TARGET, roleArn: 'arn:aws:iam::000000000000:role/scheduler' });
    await adapter.schedule('a-nudge', new Date('2026-03-19T08:00:00Z'), followUp);
    await adapter.schedule('b-nudge', new Date('2026-03-19T08:01:00Z'), followUp);
    // Act
    const fired = await scheduler.tick(new Date('2026-03-19T09:00:00Z'));
    // Assess
    expect(fired.map((f) => [f.name, f.result, f.error])).toEqual([
      ['a-nudge', 'answered', undefined],
      ['b-nudge', undefined, 'throttled'],
    ]);
  });

  it('keeps its schedules in the data folder across a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'scheduler-'));
    folders.push(dataDir);
    const first = await standIn({ dataDir });
    await first.adapter.schedule('abcdefghijklmnop-nudge', new Date('2026-03-19T08:00:00Z'), followUp);
    await first.scheduler.stop();
    const second = await standIn({ dataDir });
    expect(second.scheduler.pending().map((s) => s.name)).toEqual(['abcdefghijklmnop-nudge']);
    await second.scheduler.tick(new Date('2026-03-19T09:00:00Z'));
    expect(second.invoked).toHaveLength(1);
  });

  it('writes whole seconds in the at() expression', () => {
    expect(atExpression(new Date('2026-03-19T08:00:59.999Z'))).toBe('at(2026-03-19T08:00:59)');
  });
});
