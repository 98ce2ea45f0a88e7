/**
 * The Scheduler port over EventBridge Scheduler (docs/deploy.md, "Follow-through schedules", says what
 * this relies on):
 *
 * - one-off schedules: `at(yyyy-mm-ddThh:mm:ss)` (no fraction, no zone suffix) with
 *   ScheduleExpressionTimezone UTC, FlexibleTimeWindow OFF, ActionAfterCompletion DELETE (the schedule is
 *   deleted once it has invoked its target, so the group holds only pending reminders);
 * - the target is the follow-through function, invoked by the scheduler with its own execution role
 *   (RoleArn), with the reminder (or the digest of held mail) as the input (well-formed JSON, as a Lambda target requires);
 * - in a schedule group of the stack's own; a name is unique per group: CreateSchedule of a name that
 *   exists fails with ConflictException (the reminder is scheduled already), and DeleteSchedule of one that
 *   does not (it fired, or never was) with ResourceNotFoundException (nothing to delete).
 *
 * Locally the same calls reach the scheduler stand-in (local/services/scheduler.ts) through
 * AWS_ENDPOINT_URL_SCHEDULER.
 */
import { CreateScheduleCommand, DeleteScheduleCommand, type SchedulerClient } from '@aws-sdk/client-scheduler';
import type { ScheduledCall, Scheduler } from '../app/ports.js';

export interface EventBridgeSchedulerOptions {
  /** the stack's schedule group */
  groupName: string;
  /** the follow-through function's ARN */
  targetArn: string;
  /** the scheduler's execution role: may invoke the follow-through function, nothing else */
  roleArn: string;
}

export class EventBridgeScheduler implements Scheduler {
  constructor(
    private readonly client: SchedulerClient,
    private readonly options: EventBridgeSchedulerOptions,
  ) {}

  async schedule(name: string, at: Date, call: ScheduledCall): Promise<'created' | 'exists'> {
    try {
      await this.client.send(
        new CreateScheduleCommand({
          Name: name,
          GroupName: this.options.groupName,
          ScheduleExpression: atExpression(at),
          ScheduleExpressionTimezone: 'UTC',
          FlexibleTimeWindow: { Mode: 'OFF' },
          ActionAfterCompletion: 'DELETE',
          Target: { Arn: this.options.targetArn, RoleArn: this.options.roleArn, Input: JSON.stringify(call) },
          Description: `invite-advisor ${call.kind}`,
        }),
      );
      return 'created';
    } catch (error) {
      if ((error as Error).name === 'ConflictException') return 'exists';
      throw error;
    }
  }

  async cancel(name: string): Promise<void> {
    try {
      await this.client.send(new DeleteScheduleCommand({ Name: name, GroupName: this.options.groupName }));
    } catch (error) {
      if ((error as Error).name !== 'ResourceNotFoundException') throw error;
    }
  }
}

/** `at(2026-03-18T09:00:00)`: whole seconds, read in the zone ScheduleExpressionTimezone names (UTC). */
export function atExpression(at: Date): string {
  return `at(${at.toISOString().slice(0, 19)})`;
}
