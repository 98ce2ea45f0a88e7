/**
 * In-memory follow-through ports (functions/app/ports.ts): a scheduler that keeps its schedules (a test
 * fires them by hand), and the claims and `done` marks the DynamoDB adapter keeps, with the same conditions.
 */
import type { FollowThroughStore, FollowUp, ReminderOutcome, ScheduledCall, Scheduler } from '../../functions/app/ports.js';

export interface MemorySchedule {
  name: string;
  at: Date;
  /** what the schedule hands the follow-through function */
  call: ScheduledCall;
  /** the same, as a reminder (the reminders' tests read it so; a digest's schedule is no reminder) */
  followUp: FollowUp;
}

export class MemoryScheduler implements Scheduler {
  readonly schedules = new Map<string, MemorySchedule>();
  /** every name cancelled, in order */
  readonly cancelled: string[] = [];
  private failures = 0;

  /** The next `count` calls throw (the scheduler did not answer). */
  failNext(count: number): void {
    this.failures = count;
  }

  private maybeFail(): void {
    if (this.failures > 0) {
      this.failures -= 1;
      throw Object.assign(new Error('scheduler unavailable'), { name: 'InternalServerException' });
    }
  }

  async schedule(name: string, at: Date, call: ScheduledCall): Promise<'created' | 'exists'> {
    this.maybeFail();
    if (this.schedules.has(name)) return 'exists';
    const copy = structuredClone(call);
    this.schedules.set(name, { name, at, call: copy, followUp: copy as FollowUp });
    return 'created';
  }

  async cancel(name: string): Promise<void> {
    this.maybeFail();
    this.cancelled.push(name);
    this.schedules.delete(name);
  }

  /** Removes and returns the schedules due at `at` (as ActionAfterCompletion DELETE does once they fire). */
  due(at: Date): MemorySchedule[] {
    const due = [...this.schedules.values()].filter((s) => s.at.getTime() <= at.getTime());
    for (const s of due) this.schedules.delete(s.name);
    return due;
  }
}

/**
 * The nudges due, as the table keeps them (partition `NUDGE`, sorted by due time): the invite store's
 * write after a send adds one, the follow-through store reads and deletes them. One object shared by both
 * fakes (fakeInboundDeps links them), as both adapters share one table.
 */
export class MemoryNudgesDue {
  /** key (`<due ISO>#<invite id>#<version>`) → what it carries */
  readonly due = new Map<string, FollowUp>();
  /** the invitation's `nudgeDue`: invite id → key */
  readonly named = new Map<string, string>();

  add(nudge: FollowUp): void {
    const key = `${nudge.dueAt}#${nudge.inviteId}#${nudge.version}`;
    this.due.set(key, structuredClone(nudge));
    this.named.set(nudge.inviteId, key);
  }

  /** The nudge kept for an invitation (the latest named on it), if any. */
  of(inviteId: string): FollowUp | undefined {
    const key = this.named.get(inviteId);
    return key ? this.due.get(key) : undefined;
  }
}

interface Reminder {
  status: 'claimed' | ReminderOutcome;
  runId: string;
  leaseUntil: number | null;
  sentMessageId: string | null;
}

export class MemoryFollowThroughStore implements FollowThroughStore {
  readonly reminders = new Map<string, Reminder>();
  readonly answered = new Map<string, string>();
  /** the nudges due, shared with the invite store (fakeInboundDeps links them) */
  nudges = new MemoryNudgesDue();
  private nudgeFailures = 0;

  /** The next `count` reads of the nudges due throw (DynamoDB did not answer). */
  failNudgeReads(count: number): void {
    this.nudgeFailures = count;
  }

  async claimReminder(inviteId: string, kind: string, runId: string, now: Date, leaseSeconds: number): Promise<'claimed' | 'taken'> {
    const key = `${inviteId}#${kind}`;
    const existing = this.reminders.get(key);
    const free = !existing || (existing.status === 'claimed' && (existing.runId === runId || (existing.leaseUntil ?? 0) < now.getTime()));
    if (!free) return 'taken';
    this.reminders.set(key, { status: 'claimed', runId, leaseUntil: now.getTime() + leaseSeconds * 1000, sentMessageId: null });
    return 'claimed';
  }

  async releaseReminder(inviteId: string, kind: string, runId: string): Promise<void> {
    const key = `${inviteId}#${kind}`;
    const existing = this.reminders.get(key);
    if (existing?.status === 'claimed' && existing.runId === runId) this.reminders.delete(key);
  }

  async completeReminder(inviteId: string, kind: string, runId: string, outcome: ReminderOutcome, sentMessageId: string | null): Promise<void> {
    const existing = this.reminders.get(`${inviteId}#${kind}`);
    if (existing?.runId === runId) Object.assign(existing, { status: outcome, sentMessageId, leaseUntil: null });
  }

  async markAnswered(inviteId: string, now: Date): Promise<void> {
    this.answered.set(inviteId, now.toISOString());
  }

  async answeredAt(inviteId: string): Promise<string | null> {
    return this.answered.get(inviteId) ?? null;
  }

  async nudgesDue(at: Date, limit: number): Promise<{ key: string; call: unknown }[]> {
    if (this.nudgeFailures > 0) {
      this.nudgeFailures -= 1;
      throw Object.assign(new Error('DynamoDB unavailable'), { name: 'InternalServerError' });
    }
    const upTo = `${at.toISOString()}~`;
    return [...this.nudges.due.entries()]
      .filter(([key]) => key < upTo)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, limit)
      .map(([key, call]) => ({ key, call: structuredClone(call) }));
  }

  async dropNudge(key: string): Promise<void> {
    this.nudges.due.delete(key);
  }

  async cancelNudge(inviteId: string): Promise<void> {
    const key = this.nudges.named.get(inviteId);
    this.nudges.named.delete(inviteId);
    if (key) this.nudges.due.delete(key);
  }

  async reminderDone(inviteId: string, kind: string): Promise<boolean> {
    const status = this.reminders.get(`${inviteId}#${kind}`)?.status;
    return status !== undefined && status !== 'claimed';
  }

  async forget(inviteId: string): Promise<void> {
    await this.cancelNudge(inviteId);
    this.answered.delete(inviteId);
    for (const key of [...this.reminders.keys()]) if (key.startsWith(`${inviteId}#`)) this.reminders.delete(key);
  }
}
