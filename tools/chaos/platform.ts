/**
 * Lambda, played locally for the chaos runs: asynchronous invocations with Lambda's retry policy (a
 * failed event is tried twice more, one minute and then two minutes later, and then goes to the
 * function's on-failure destination: the failure queue, and for the inbound function also the failure
 * notice, as its SNS topic feeds both; a function without one drops it), a concurrency limit, and
 * process death.
 *
 * Time is virtual: the clock the use cases get is real time plus an offset. Lambda's retry delays move
 * the offset on instead of waiting, but only once nothing is running (a live run never sees a minute
 * jump under it: it would have timed out after 30 s anyway), and only once the environment is ready
 * again (a killed DynamoDB Local is back up, as it would be a minute later). A use case's own backoff
 * (`clock.sleep`) waits a fraction of the time (`scale`) and moves the offset by the rest.
 *
 * A dead invocation (killed between two of its steps) stops where it is: its pending and later
 * requests never reach a stand-in (the proxies reset them), its sleeps never end, and Lambda sees it
 * fail, as it would see a runtime that exited.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../functions/app/ports.js';

/** Lambda's documented waits before the second and the third attempt of an asynchronous event. */
export const RETRY_DELAYS_MS = [60_000, 120_000] as const;
export const ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export class VirtualClock {
  private offset = 0;
  /** real time a `sleep(ms)` waits is ms / scale (1: really wait) */
  scale = 20;

  nowMs(): number {
    return Date.now() + this.offset;
  }

  now(): Date {
    return new Date(this.nowMs());
  }

  advance(ms: number): void {
    this.offset += Math.max(0, ms);
  }

  advanceTo(at: number): void {
    this.advance(at - this.nowMs());
  }

  /** The clock one invocation gets: its sleeps never end once it is dead. */
  forInvocation(invocation: { dead: boolean }): Clock {
    return {
      now: () => this.now(),
      sleep: async (ms) => {
        const real = ms / this.scale;
        await sleep(real);
        this.advance(ms - real);
        if (invocation.dead) await new Promise<never>(() => undefined);
      },
    };
  }
}

export interface Invocation {
  id: string;
  functionName: string;
  attempt: number;
  readonly dead: boolean;
  clock: Clock;
}

export type LambdaFunction = (event: unknown, invocation: Invocation) => Promise<unknown>;

/** One asynchronous event and what became of it. */
export interface EventRecord {
  functionName: string;
  event: unknown;
  attempts: number;
  /** failure-queue: its retries ran out and the on-failure destination got it; dropped: there is none */
  outcome: 'pending' | 'ok' | 'failure-queue' | 'dropped';
  /** the error name of each failed attempt ('died' for a killed one) */
  errors: string[];
}

export class ProcessDiedError extends Error {
  override readonly name = 'ProcessDiedError';
}

/** A function's on-failure destination, as the stack configures it. */
export interface FunctionOptions {
  /** the failure queue keeps what failed every attempt (false: no destination, Lambda drops it) */
  failureQueue: boolean;
  /** the destination's other subscriber, told of every record the failure queue gets (the failure notice) */
  onFailure?: (record: EventRecord) => void;
}

interface Running {
  invocation: Invocation;
  kill: () => void;
}

export class LambdaPlatform {
  private readonly functions = new Map<string, { fn: LambdaFunction; options: FunctionOptions }>();
  private readonly live = new Map<string, Running>();
  private readonly dead = new Set<string>();
  private readonly chains = new Set<Promise<EventRecord>>();
  private readonly waiting: (() => void)[] = [];
  private timers: { at: number; start: () => void }[] = [];
  private running = 0;
  private advancing = false;
  private sequence = 0;
  /** every event of the current trial */
  events: EventRecord[] = [];
  /** what must be true before time may jump (a restarted DynamoDB Local answers) */
  gate: () => Promise<void> = async () => undefined;

  constructor(
    readonly clock: VirtualClock,
    private readonly concurrency: number,
  ) {}

  register(name: string, fn: LambdaFunction, options: FunctionOptions = { failureQueue: true }): void {
    this.functions.set(name, { fn, options });
  }

  /** An asynchronous invocation (InvocationType Event): resolves when the event succeeded or reached the failure queue. */
  invoke(functionName: string, event: unknown): Promise<EventRecord> {
    const registered = this.functions.get(functionName);
    if (!registered) throw new Error(`no local function ${functionName}`);
    const { fn, options } = registered;
    const record: EventRecord = { functionName, event, attempts: 0, outcome: 'pending', errors: [] };
    this.events.push(record);
    const chain = new Promise<EventRecord>((resolve) => {
      const attempt = (): void => {
        record.attempts += 1;
        this.start(fn, record, (error) => {
          if (error === null) {
            record.outcome = 'ok';
            resolve(record);
            return;
          }
          record.errors.push(error);
          if (record.attempts >= ATTEMPTS) {
            record.outcome = options.failureQueue ? 'failure-queue' : 'dropped';
            // Started before this chain ends, so that `settled` waits for it too.
            if (options.failureQueue) options.onFailure?.(record);
            resolve(record);
            return;
          }
          this.timers.push({ at: this.clock.nowMs() + (RETRY_DELAYS_MS[record.attempts - 1] ?? 0), start: attempt });
        });
      };
      attempt();
    });
    this.chains.add(chain);
    void chain.then(() => this.chains.delete(chain));
    return chain;
  }

  /** The invocation dies where it stands (it sent a request, and a crash point was reached). */
  kill(invocationId: string): void {
    this.dead.add(invocationId);
    this.live.get(invocationId)?.kill();
  }

  isDead(invocationId: string | null): boolean {
    return invocationId !== null && this.dead.has(invocationId);
  }

  /** Resolves when every event started so far (and every event those started) succeeded or failed for good. */
  async settled(): Promise<void> {
    while (this.chains.size > 0) await Promise.allSettled([...this.chains]);
  }

  /** Forgets the trial's events (the dead stay dead). */
  reset(): void {
    this.events = [];
  }

  private start(fn: LambdaFunction, record: EventRecord, done: (error: string | null) => void): void {
    const run = (): void => {
      this.running += 1;
      this.sequence += 1;
      const state = { dead: false };
      const invocation: Invocation = {
        id: `inv-${this.sequence}`,
        functionName: record.functionName,
        attempt: record.attempts,
        get dead() {
          return state.dead;
        },
        clock: this.clock.forInvocation(state),
      };
      let kill: () => void = () => undefined;
      const died = new Promise<never>((_, reject) => {
        kill = () => {
          state.dead = true;
          reject(new ProcessDiedError(invocation.id));
        };
      });
      this.live.set(invocation.id, { invocation, kill });
      const work = Promise.resolve().then(() => fn(record.event, invocation));
      // A dead run's promise may still settle (its requests are reset): nobody listens any more.
      work.catch(() => undefined);
      Promise.race([work, died]).then(
        () => this.finish(invocation, () => done(null)),
        (error: unknown) => this.finish(invocation, () => done(error instanceof ProcessDiedError ? 'died' : error instanceof Error ? error.name : 'Error')),
      );
    };
    if (this.running < this.concurrency) run();
    else this.waiting.push(run);
  }

  private finish(invocation: Invocation, report: () => void): void {
    this.live.delete(invocation.id);
    this.running -= 1;
    report();
    const next = this.waiting.shift();
    if (next) next();
    else void this.advance();
  }

  /** When nothing runs, time jumps to the next retry that is due (after the environment is ready). */
  private async advance(): Promise<void> {
    if (this.advancing) return;
    this.advancing = true;
    try {
      while (this.running === 0 && this.waiting.length === 0 && this.timers.length > 0) {
        await this.gate();
        if (this.running !== 0 || this.waiting.length !== 0) break;
        this.timers.sort((a, b) => a.at - b.at);
        const first = this.timers[0]!;
        this.clock.advanceTo(first.at);
        // Every retry due by now starts together (they would run side by side).
        const due = this.timers.filter((t) => t.at <= this.clock.nowMs());
        this.timers = this.timers.filter((t) => !due.includes(t));
        for (const timer of due) timer.start();
      }
    } finally {
      this.advancing = false;
    }
  }
}
