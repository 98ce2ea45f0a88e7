/**
 * Runs the fault families on a chaos stack and counts what came of every trial (tools/chaos/trial.ts
 * says what each column means). The exit status of `npm run chaos` follows the targets: nothing lost,
 * nothing doubled to a recruiter, nothing doubled to the owner outside the counted cases, and no event
 * in a failure queue without the owner told.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { BURST_FAMILY, FAMILIES, Rng, WRITES, type CountedRequest, type Deliveries, type Family, type FamilyRules, type Steps, type TrialContext } from './families.js';
import { ANSWERS, PASS, type Rules } from './proxy.js';
import { INBOUND, NOTICE, SENDER, type ChaosStack } from './stack.js';
import {
  acceptCommand,
  eventMessageId,
  failureNoticesFor,
  failureNoticeTexts,
  forwardFor,
  judgeCommand,
  judgeForward,
  recommendationFor,
  recordedSince,
  sendSmtp,
  type Side,
  type TrialFlags,
  type TrialResult,
  type Verdict,
} from './trial.js';

export const DEFAULT_SEED = 1;
export const DEFAULT_TRIALS = 50;
export const DEFAULT_BURST = 500;
export const FAMILY_NAMES = [...FAMILIES.map((f) => f.name), BURST_FAMILY.name];
const HOUR = 3_600_000;

export interface ChaosOptions {
  seed: number;
  /** trials per family (the burst family: `burst`) */
  trials: number;
  /** how many invitations the burst forwards at once */
  burst: number;
  /** only these families (all when null) */
  families: readonly string[] | null;
  /** told after every trial (progress) */
  onTrial?: (result: TrialResult) => void;
}

export interface FamilyReport {
  name: string;
  description: string;
  trials: number;
  counts: Record<Verdict, number>;
  /** doubled to the owner outside the counted cases */
  uncounted: number;
  /** the trials that missed a target: lost, doubled to a recruiter, doubled to the owner outside the counted cases, failure queue with the owner not told */
  misses: TrialResult[];
  seconds: number;
}

export const VERDICTS: readonly Verdict[] = ['exactly-once', 'failure-told', 'failure-untold', 'lost', 'doubled-owner', 'doubled-recruiter'];

export async function runChaos(stack: ChaosStack, options: ChaosOptions): Promise<FamilyReport[]> {
  const wanted = (name: string) => options.families === null || options.families.includes(name);
  const families = FAMILIES.filter((f) => wanted(f.name));
  const reports: FamilyReport[] = [];
  const steps = families.length > 0 ? await measureSteps(stack) : null;
  for (const family of families) {
    const started = performance.now();
    await freshFamily(stack, family.name);
    const results: TrialResult[] = [];
    for (let index = 0; index < options.trials; index += 1) {
      const result = await runTrial(stack, family, index, options.seed, steps!);
      results.push(result);
      options.onTrial?.(result);
    }
    reports.push(report(family, results, started));
  }
  if (wanted(BURST_FAMILY.name) && options.burst > 0) {
    const started = performance.now();
    await freshFamily(stack, BURST_FAMILY.name);
    const results = await runBurst(stack, options.burst, options.seed);
    for (const result of results) options.onTrial?.(result);
    reports.push(report(BURST_FAMILY, results, started));
  }
  return reports;
}

/** A family starts on a fresh table, an hour later (a fresh hourly cap). */
async function freshFamily(stack: ChaosStack, name: string): Promise<void> {
  await stack.newTable(name);
  stack.clock.advance(2 * HOUR);
}

function report(family: { name: string; description: string }, results: TrialResult[], started: number): FamilyReport {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, results.filter((r) => r.verdict === v).length])) as Record<Verdict, number>;
  const misses = results.filter((r) => r.verdict === 'lost' || r.verdict === 'doubled-recruiter' || r.verdict === 'failure-untold' || (r.verdict === 'doubled-owner' && !r.counted));
  return {
    name: family.name,
    description: family.description,
    trials: results.length,
    counts,
    uncounted: results.filter((r) => r.verdict === 'doubled-owner' && !r.counted).length,
    misses,
    seconds: (performance.now() - started) / 1000,
  };
}

let tagSequence = 0;
/** A tag no other trial of this process uses (names the invitation, its company domain and its messages). */
function nextTag(): string {
  tagSequence += 1;
  return `${process.pid.toString(36)}${tagSequence.toString(36).padStart(4, '0')}`.slice(-8);
}

/** Counts the requests of the faulted phase by kind, and hands each to the family's rules. */
function counting(rules: FamilyRules): { rules: Rules; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  return {
    counts,
    rules: (request) => {
      // Only the functions' own requests count (every one of them names its invocation).
      if (request.invocation === null) return PASS;
      const kinds = ['all', request.service, `${request.service}.${request.operation}`, ...(WRITES.has(`${request.service}.${request.operation}`) ? ['write'] : [])];
      for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
      const counted: CountedRequest = { ...request, nth: (kind) => counts.get(kind) ?? 0 };
      return rules(counted);
    },
  };
}

/** Every event and every extra delivery the trial started has finished (retries included). */
async function settle(stack: ChaosStack, extra: Promise<unknown>[]): Promise<void> {
  do {
    await Promise.allSettled(extra.splice(0));
    await stack.receiving.settled();
    await stack.platform.settled();
  } while (extra.length > 0);
  await stack.dynamoDbReady();
}

/** What the faulted phase of each side does when nothing fails: the steps a fault or a crash can fall on. */
const measuredSteps = new WeakMap<ChaosStack, Record<Side, Steps>>();

export async function measureSteps(stack: ChaosStack): Promise<Record<Side, Steps>> {
  const known = measuredSteps.get(stack);
  if (known) return known;
  await stack.newTable('steps');
  const measured = {} as Record<Side, Steps>;
  for (const side of ['forward', 'command'] as const) {
    let counts = new Map<string, number>();
    const family: Family = {
      name: 'steps',
      description: '',
      sides: [side],
      rules: () => () => PASS,
    };
    const result = await runTrial(stack, family, 0, 0, null, (c) => (counts = c));
    if (result.verdict !== 'exactly-once') throw new Error(`chaos: a trial without faults did not end exactly once (${side}: ${result.detail})`);
    measured[side] = { all: counts.get('all') ?? 0, byKind: Object.fromEntries(counts) };
  }
  measuredSteps.set(stack, measured);
  return measured;
}

export async function runTrial(
  stack: ChaosStack,
  family: Family,
  index: number,
  seed: number,
  steps: Record<Side, Steps> | null,
  onCounts?: (counts: Map<string, number>) => void,
): Promise<TrialResult> {
  const side = family.sides[index % family.sides.length] ?? 'forward';
  const ordinal = Math.floor(index / family.sides.length);
  const rng = new Rng(`${seed}:${family.name}:${index}`);
  const owner = stack.config.owner.addresses[0] ?? '';
  const inbox = stack.config.inbox.address;
  const tag = nextTag();
  const extra: Promise<unknown>[] = [];
  const flags: TrialFlags = { processDied: false, sesAnswerLost: false };
  const notes: string[] = [];

  stack.clock.scale = family.scale ?? 20;
  stack.setRules(() => PASS);
  stack.onReceived = null;
  stack.onSendJob = null;
  stack.platform.reset();
  stack.log.length = 0;
  stack.ses.clear();

  // The command side answers a recommendation made without faults.
  const forward = forwardFor(tag);
  let message = { raw: forward.raw, messageId: forward.messageId, to: inbox };
  if (side === 'command') {
    await sendSmtp(stack.smtpPort, forward.raw, { from: owner, to: [inbox] });
    await settle(stack, extra);
    const recommendation = recommendationFor(recordedSince(stack), forward.messageId, owner);
    if (!recommendation) throw new Error(`chaos: no recommendation to answer in trial ${family.name} #${index}`);
    message = await acceptCommand(recommendation, tag, inbox, owner);
    stack.platform.reset();
    stack.log.length = 0;
    stack.ses.clear();
  }

  const ctx: TrialContext = { stack, rng, side, ordinal, steps: steps?.[side] ?? { all: 1, byKind: {} }, flags, notes };
  const { rules, counts } = counting(family.rules(ctx));
  const deliveries: Deliveries = family.deliveries?.(ctx) ?? { inbound: [0], job: [0], lateInbound: null };
  const copies = (functionName: string, delays: number[]) => (event: unknown) => {
    for (const delay of delays) {
      if (delay === 0) void stack.platform.invoke(functionName, event);
      else extra.push(sleep(delay).then(() => stack.platform.invoke(functionName, event)));
    }
  };
  let received: unknown = null;
  const inboundCopies = copies(INBOUND, deliveries.inbound);
  stack.onReceived = (event) => {
    received = event;
    inboundCopies(event);
  };
  stack.onSendJob = copies(SENDER, deliveries.job);
  stack.setRules(rules);

  const sesMessageId = await sendSmtp(stack.smtpPort, message.raw, { from: owner, to: [message.to] });
  await settle(stack, extra);
  if (deliveries.lateInbound !== null && received !== null) {
    stack.clock.advance(deliveries.lateInbound);
    void stack.platform.invoke(INBOUND, received);
    await settle(stack, extra);
  }
  stack.setRules(() => PASS);
  stack.onReceived = null;
  stack.onSendJob = null;
  onCounts?.(counts);

  const mails = recordedSince(stack);
  const failureQueue = stack.platform.events.some((e) => e.outcome === 'failure-queue');
  const failureNotices = failureNoticesFor(await failureNoticeTexts(stack.ses.recorded(), owner), sesMessageId);
  const judged =
    side === 'forward'
      ? judgeForward(mails, { forwardMessageId: forward.messageId, owner, failureQueue, failureNotices })
      : judgeCommand(mails, { commandMessageId: message.messageId, recruiter: forward.recruiter, owner, failureQueue, failureNotices });
  const events = stack.platform.events.map((e) => `${e.functionName} ${e.outcome}${e.errors.length ? ` after ${e.errors.join(', ')}` : ''}`).join('; ');
  const signals = stack.log.flatMap((l) => (typeof l.extra?.signal === 'string' ? [`${l.extra.signal}${typeof l.extra.write === 'string' ? ` (${l.extra.write})` : ''}`] : []));
  return {
    family: family.name,
    index,
    side,
    verdict: judged.verdict,
    counted: flags.processDied || flags.sesAnswerLost,
    detail: `${notes.join('; ')} → ${judged.counts}; events: ${events}${signals.length ? `; signals: ${signals.join(', ')}` : ''} [ses ${sesMessageId}]`,
  };
}

/** A burst: `size` forwards at once; SES throttles sends above its maximum rate of 14 a second. */
async function runBurst(stack: ChaosStack, size: number, _seed: number): Promise<TrialResult[]> {
  const owner = stack.config.owner.addresses[0] ?? '';
  const inbox = stack.config.inbox.address;
  stack.clock.scale = 20;
  stack.platform.reset();
  stack.log.length = 0;
  stack.ses.clear();
  const RATE = 14;
  let tokens = RATE;
  let last = performance.now();
  stack.setRules((r) => {
    if (r.operation !== 'SendEmail') return PASS;
    const now = performance.now();
    tokens = Math.min(RATE, tokens + ((now - last) / 1000) * RATE);
    last = now;
    if (tokens < 1) return { kind: 'answer', answer: ANSWERS.sesThrottled };
    tokens -= 1;
    return PASS;
  });
  const forwards = Array.from({ length: size }, () => forwardFor(nextTag()));
  const sesIds: string[] = new Array<string>(size);
  let next = 0;
  // A few SMTP connections at once, as mail arrives in a burst.
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < size) {
        const i = next;
        next += 1;
        sesIds[i] = await sendSmtp(stack.smtpPort, forwards[i]!.raw, { from: owner, to: [inbox] });
      }
    }),
  );
  await settle(stack, []);
  stack.setRules(() => PASS);
  const mails = recordedSince(stack);
  const notices = await failureNoticeTexts(stack.ses.recorded(), owner);
  return forwards.map((forward, index) => {
    const sesId = sesIds[index] ?? '';
    // The failure notice's event carries the inbound event inside its SNS message.
    const events = stack.platform.events.filter((e) => eventMessageId(e) === sesId || (sesId !== '' && e.functionName === NOTICE && JSON.stringify(e.event).includes(sesId)));
    const judged = judgeForward(mails, {
      forwardMessageId: forward.messageId,
      owner,
      failureQueue: events.some((e) => e.outcome === 'failure-queue'),
      failureNotices: failureNoticesFor(notices, sesId),
    });
    return {
      family: BURST_FAMILY.name,
      index,
      side: 'forward' as const,
      verdict: judged.verdict,
      counted: false,
      detail: `${judged.counts}; events: ${events.map((e) => `${e.functionName} ${e.outcome}${e.errors.length ? ` after ${e.errors.join(', ')}` : ''}`).join('; ')} [ses ${sesId}]`,
    };
  });
}

// ---------------------------------------------------------------------------------------------------
// The table

const COLUMNS = ['family', 'trials', 'exactly once', 'failure path, owner told', 'failure queue, owner not told', 'lost', 'doubled to the owner', 'doubled to a recruiter'];

export function formatTable(reports: FamilyReport[]): string {
  const rows = reports.map((r) => [
    r.name,
    String(r.trials),
    String(r.counts['exactly-once']),
    String(r.counts['failure-told']),
    String(r.counts['failure-untold']),
    String(r.counts.lost),
    r.counts['doubled-owner'] === 0 ? '0' : `${r.counts['doubled-owner']} (${r.uncounted === 0 ? 'all counted' : `${r.uncounted} NOT counted`})`,
    String(r.counts['doubled-recruiter']),
  ]);
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
  return [line(COLUMNS), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

export function meetsTargets(reports: FamilyReport[]): boolean {
  return reports.every((r) => r.misses.length === 0);
}
