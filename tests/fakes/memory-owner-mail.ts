/**
 * The OwnerMailStore port in memory, mirroring functions/adapters/dynamodb-owner-mail-store.ts rule for
 * rule (tests/contract/owner-mail-store-contract.ts runs the same suite against both): held mail sorted
 * by when it was held, the digest's once-per-hour claim, and the own-mail marks.
 *
 * Faults for the fast tests: `failNext(method)` makes the next call of that method throw before it
 * does anything (an outage).
 */
import type { DigestOutcome, HeldMail, OwnerMailStore } from '../../functions/app/ports.js';

type Method = keyof OwnerMailStore;

export class MemoryOwnerMailStore implements OwnerMailStore {
  /** by sort key: `<held at>#<ses message id>` */
  readonly held = new Map<string, HeldMail>();
  readonly digests = new Map<string, { status: 'claimed' | DigestOutcome; runId: string; sentMessageId?: string | null; answered?: number }>();
  readonly ownMail = new Map<string, string>();
  /** the held-mail signal: when the oldest and the latest mail still held were held */
  signal: { oldest: string; latest: string } | null = null;
  private readonly failures = new Map<Method, unknown>();

  failNext(method: Method, error: unknown = Object.assign(new Error('DynamoDB is unavailable'), { name: 'ServiceUnavailable' })): void {
    this.failures.set(method, error);
  }

  private fault(method: Method): void {
    if (!this.failures.has(method)) return;
    const error = this.failures.get(method);
    this.failures.delete(method);
    throw error;
  }

  async holdMail(held: HeldMail, _now: Date): Promise<void> {
    this.fault('holdMail');
    this.held.set(`${held.heldAt}#${held.messageId}`, structuredClone(held));
    this.signal = { oldest: this.signal?.oldest ?? held.heldAt, latest: held.heldAt };
  }

  async clearHeldSignal(hourStart: Date): Promise<void> {
    this.fault('clearHeldSignal');
    const start = hourStart.toISOString();
    if (!this.signal) return;
    if (this.signal.latest < start) this.signal = null;
    else if (this.signal.oldest < start) this.signal = { ...this.signal, oldest: start };
  }

  /** Whether mail held before `hourStart` may wait (what InviteStore.commitRecommendation checks). */
  heldBeforeHour(hourStart: Date): boolean {
    return this.signal !== null && this.signal.oldest < hourStart.toISOString();
  }

  async heldBefore(before: Date, limit: number): Promise<HeldMail[]> {
    this.fault('heldBefore');
    const wanted = Math.floor(limit);
    if (!(wanted >= 1)) return [];
    const bound = before.toISOString();
    return [...this.held.entries()]
      .filter(([key]) => key < bound)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .slice(0, wanted)
      .map(([, held]) => structuredClone(held));
  }

  async claimDigest(hour: string, runId: string, _now: Date): Promise<'claimed' | 'taken'> {
    this.fault('claimDigest');
    const existing = this.digests.get(hour);
    if (existing && !(existing.status === 'claimed' && existing.runId === runId)) return 'taken';
    this.digests.set(hour, { status: 'claimed', runId });
    return 'claimed';
  }

  async releaseDigest(hour: string, runId: string): Promise<void> {
    this.fault('releaseDigest');
    const existing = this.digests.get(hour);
    if (existing?.status === 'claimed' && existing.runId === runId) this.digests.delete(hour);
  }

  async completeDigest(hour: string, runId: string, result: DigestOutcome, sentMessageId: string | null, answered: readonly HeldMail[]): Promise<void> {
    this.fault('completeDigest');
    for (const held of answered) this.held.delete(`${held.heldAt}#${held.messageId}`);
    const existing = this.digests.get(hour);
    if (existing?.runId === runId) this.digests.set(hour, { status: result, runId, sentMessageId, answered: answered.length });
  }

  async answerOwnMailOnce(key: string, messageId: string, _now: Date): Promise<boolean> {
    this.fault('answerOwnMailOnce');
    const first = this.ownMail.get(key);
    if (first !== undefined && first !== messageId) return false;
    this.ownMail.set(key, messageId);
    return true;
  }
}
