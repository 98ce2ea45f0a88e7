/**
 * The RecoveryStore port in memory, over a MemoryInviteStore's idempotency records (the sweep and the
 * failure notice read what the inbound use case wrote). It mirrors
 * functions/adapters/dynamodb-recovery-store.ts rule for rule, and tests/contract/recovery-contract.ts
 * runs the same suite against both.
 */
import type { MessageProgress, RecoveryStore } from '../../functions/app/ports.js';
import type { MemoryInviteStore } from './memory-store.js';

interface NoticeMark {
  status: 'claimed' | 'sent' | 'held-by-cap';
  runId: string;
  sentMessageId?: string | null;
}

export class MemoryRecoveryStore implements RecoveryStore {
  private readonly redriven = new Map<string, string>();
  readonly notices = new Map<string, NoticeMark>();
  /** how many times the sweep's mark was written (successful puts only) */
  marks = 0;
  private outage: { count: number; error: unknown } = { count: 0, error: null };

  constructor(private readonly store: MemoryInviteStore) {
    // Every method answers through the outage, as the table would (nothing is applied).
    for (const method of ['messageProgress', 'markRedriven', 'unmarkRedriven', 'claimFailureNotice', 'releaseFailureNotice', 'completeFailureNotice'] as const) {
      const real = (this[method] as (...args: unknown[]) => Promise<unknown>).bind(this);
      Object.defineProperty(this, method, {
        value: async (...args: unknown[]) => {
          if (this.outage.count > 0) {
            this.outage.count -= 1;
            throw this.outage.error;
          }
          return real(...args);
        },
      });
    }
  }

  /** The next `count` calls, of any method, throw `error` and change nothing (the table is out). */
  failNext(count: number, error: unknown): void {
    this.outage = { count, error };
  }

  async messageProgress(messageId: string, now: Date): Promise<{ progress: MessageProgress; redrivenAt: string | null }> {
    const record = this.store.messageRecord(messageId);
    let progress: MessageProgress = { state: 'none' };
    if (record?.status === 'done' && record.outcome) progress = { state: 'done', outcome: record.outcome };
    else if (record?.status === 'claimed') progress = { state: 'claimed', live: (record.leaseUntil ?? 0) >= now.getTime(), sending: record.sendingAt !== undefined };
    return { progress, redrivenAt: this.redriven.get(messageId) ?? null };
  }

  async markRedriven(messageId: string, now: Date): Promise<boolean> {
    if (this.redriven.has(messageId)) return false;
    this.redriven.set(messageId, now.toISOString());
    this.marks += 1;
    return true;
  }

  async unmarkRedriven(messageId: string): Promise<void> {
    this.redriven.delete(messageId);
  }

  async claimFailureNotice(messageId: string, runId: string, _now: Date): Promise<'claimed' | 'taken'> {
    const existing = this.notices.get(messageId);
    if (!existing || (existing.status === 'claimed' && existing.runId === runId)) {
      this.notices.set(messageId, { status: 'claimed', runId });
      return 'claimed';
    }
    return 'taken';
  }

  async releaseFailureNotice(messageId: string, runId: string): Promise<void> {
    const existing = this.notices.get(messageId);
    if (existing?.status === 'claimed' && existing.runId === runId) this.notices.delete(messageId);
  }

  async completeFailureNotice(messageId: string, runId: string, outcome: 'sent' | 'held-by-cap', sentMessageId: string | null): Promise<void> {
    // A conditional update (runId = this run): no item, or another run's, is left alone.
    const existing = this.notices.get(messageId);
    if (existing?.runId === runId) this.notices.set(messageId, { status: outcome, runId, sentMessageId });
  }
}
