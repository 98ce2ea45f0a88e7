/**
 * The fault families. Each gives, for one trial, the proxies' rules (from the trial's seeded random
 * numbers) and, where it needs them, extra deliveries of the same event (Lambda delivers at least once).
 * `steps` are the requests the faulted phase makes when nothing fails (measured once per run), so that
 * a fault can fall on any of them.
 */
import { ANSWERS, PASS, type ErrorAnswer, type Fault, type ProxiedRequest, type Service } from './proxy.js';
import type { ChaosStack } from './stack.js';
import type { Side, TrialFlags } from './trial.js';

/** A request as the family's rules see it: which one it is in the trial's faulted phase. */
export interface CountedRequest extends ProxiedRequest {
  /** how many requests of this kind the phase has seen, this one included: 'all', a service, 'service.Operation', or 'write' */
  nth(kind: string): number;
}

export type FamilyRules = (request: CountedRequest) => Fault;

/** What the faulted phase of one side does when nothing fails. */
export interface Steps {
  all: number;
  byKind: Record<string, number>;
}

export interface TrialContext {
  stack: ChaosStack;
  rng: Rng;
  side: Side;
  /** the trial's number within its family and side (the crash families walk the step boundaries with it) */
  ordinal: number;
  steps: Steps;
  flags: TrialFlags;
  /** what was injected, in words */
  notes: string[];
}

export interface Family {
  name: string;
  /** what it does, one line (printed under the table) */
  description: string;
  sides: readonly Side[];
  /** real seconds per virtual second of a use case's own backoff (1: really wait) */
  scale?: number;
  rules(ctx: TrialContext): FamilyRules;
  /** extra deliveries of the faulted phase's events (duplicates) */
  deliveries?(ctx: TrialContext): Deliveries;
}

export interface Deliveries {
  /** copies of the inbound event, each started after its delay in real ms (the first is the delivery itself) */
  inbound: number[];
  /** the same for each send job */
  job: number[];
  /** another copy of the inbound event after everything settled, this many virtual ms later */
  lateInbound: number | null;
}

/** Counts the requests of kinds that change state (DynamoDB writes and the hand-off of a send job). */
export const WRITES = new Set(['dynamodb.PutItem', 'dynamodb.UpdateItem', 'dynamodb.DeleteItem', 'dynamodb.BatchWriteItem', 'dynamodb.TransactWriteItems', 'lambda.Invoke']);

const S = 1_000;

function beforeForwarding(service: Service, mode: string): Fault {
  if (mode === 'reset') return { kind: 'reset' };
  return { kind: 'answer', answer: errorAnswer(service, mode) };
}

function errorAnswer(service: Service, mode: string): ErrorAnswer {
  const table: Record<string, ErrorAnswer> = {
    'dynamodb.500': ANSWERS.dynamoInternal,
    'dynamodb.503': ANSWERS.dynamoUnavailable,
    'dynamodb.throttle': ANSWERS.dynamoThrottled,
    'ses.500': ANSWERS.sesInternal,
    'ses.503': ANSWERS.sesUnavailable,
    'ses.throttle': ANSWERS.sesThrottled,
    'lambda.500': ANSWERS.lambdaInternal,
  };
  return table[`${service}.${mode}`] ?? ANSWERS.dynamoInternal;
}

/** An outage's length in virtual time: a blip, up to a minute, or past Lambda's retries (3 minutes). */
function outageLength(rng: Rng): number {
  const band = rng.pick(['blip', 'minute', 'long'] as const);
  if (band === 'blip') return rng.int(100, 3 * S);
  if (band === 'minute') return rng.int(3 * S, 50 * S);
  return rng.int(50 * S, 400 * S);
}

export const FAMILIES: readonly Family[] = [
  {
    name: 'dynamodb-unavailable',
    description: 'from a random DynamoDB request on, every request is reset or answered 500, 503 or ThrottlingException for 0.1 s to 400 s (virtual)',
    sides: ['forward', 'command'],
    rules({ stack, rng, steps, notes }) {
      const start = rng.int(1, Math.max(1, steps.byKind.dynamodb ?? 1));
      const mode = rng.pick(['reset', '500', '503', 'throttle']);
      const length = outageLength(rng);
      let until: number | null = null;
      notes.push(`DynamoDB ${mode} from its request ${start} for ${(length / S).toFixed(1)} s`);
      return (r) => {
        if (r.service !== 'dynamodb') return PASS;
        if (until === null && r.nth('dynamodb') >= start) until = stack.clock.nowMs() + length;
        return until !== null && stack.clock.nowMs() < until ? beforeForwarding('dynamodb', mode) : PASS;
      };
    },
  },
  {
    name: 'dynamodb-killed',
    description: 'the DynamoDB Local process is killed (SIGKILL) at a random request, before or after applying it, and started again 0–2 s later on its data folder',
    sides: ['forward', 'command'],
    scale: 1,
    rules({ stack, rng, steps, notes }) {
      const at = rng.int(1, Math.max(1, steps.byKind.dynamodb ?? 1));
      const applied = rng.bool();
      const down = rng.int(0, 2_000);
      let done = false;
      notes.push(`DynamoDB Local killed at its request ${at} (${applied ? 'after' : 'before'} applying it), down ${down} ms + its start`);
      return (r) => {
        if (done || r.service !== 'dynamodb' || r.nth('dynamodb') !== at) return PASS;
        done = true;
        const kill = () => stack.killDynamoDb(down);
        return applied ? { kind: 'forward-then-reset', after: kill } : { kind: 'reset', before: kill };
      };
    },
  },
  {
    name: 'ses-before-accepting',
    description: 'from a random SES request on, 1–6 requests are refused before SES takes them: 500, 503, 429 throttling or a reset',
    sides: ['forward', 'command'],
    rules({ rng, steps, notes }) {
      const start = rng.int(1, Math.max(1, steps.byKind.ses ?? 1));
      const count = rng.int(1, 6);
      const modes = Array.from({ length: count }, () => rng.pick(['500', '503', 'throttle', 'reset']));
      notes.push(`SES requests ${start}–${start + count - 1} refused: ${modes.join(', ')}`);
      return (r) => {
        if (r.service !== 'ses') return PASS;
        const i = r.nth('ses') - start;
        return i >= 0 && i < count ? beforeForwarding('ses', modes[i] ?? '500') : PASS;
      };
    },
  },
  {
    name: 'ses-after-accepting',
    description: 'from a random SendEmail on, 1–3 sends are accepted by SES and then answered 500 or 503, or their connection reset: the answer is lost',
    sides: ['forward', 'command'],
    rules({ rng, steps, flags, notes }) {
      const start = rng.int(1, Math.max(1, steps.byKind['ses.SendEmail'] ?? 1));
      const count = rng.int(1, 3);
      const modes = Array.from({ length: count }, () => rng.pick(['500', '503', 'reset']));
      notes.push(`SendEmail ${start}–${start + count - 1} accepted, answers lost: ${modes.join(', ')}`);
      return (r) => {
        if (r.operation !== 'SendEmail') return PASS;
        const i = r.nth('ses.SendEmail') - start;
        if (i < 0 || i >= count) return PASS;
        const lost = () => {
          flags.sesAnswerLost = true;
        };
        const mode = modes[i] ?? 'reset';
        return mode === 'reset' ? { kind: 'forward-then-reset', after: lost } : { kind: 'forward-then-answer', answer: errorAnswer('ses', mode), after: lost };
      };
    },
  },
  {
    name: 'answers-lost',
    description: 'from a random write (DynamoDB put, update, delete, or the hand-off of a send job) on, 1–2 writes are applied and their answer lost (reset or 500)',
    sides: ['forward', 'command'],
    rules({ rng, steps, notes }) {
      const start = rng.int(1, Math.max(1, steps.byKind.write ?? 1));
      const count = rng.int(1, 2);
      const modes = Array.from({ length: count }, () => rng.pick(['reset', '500']));
      notes.push(`writes ${start}–${start + count - 1} applied, answers lost: ${modes.join(', ')}`);
      return (r) => {
        if (!WRITES.has(`${r.service}.${r.operation}`)) return PASS;
        const i = r.nth('write') - start;
        if (i < 0 || i >= count) return PASS;
        return modes[i] === 'reset' ? { kind: 'forward-then-reset' } : { kind: 'forward-then-answer', answer: errorAnswer(r.service, '500') };
      };
    },
  },
  {
    name: 'raw-missing',
    description: 'the raw mail is missing from S3 (404 NoSuchKey) for the first 1, 2 or 3 reads, or for good',
    sides: ['forward', 'command'],
    rules({ rng, notes }) {
      const misses = rng.pick([1, 2, 3, Number.POSITIVE_INFINITY]);
      notes.push(`raw mail missing for ${misses === Number.POSITIVE_INFINITY ? 'every read' : `${misses} read(s)`}`);
      return (r) => (r.operation === 'GetObject' && r.nth('s3.GetObject') <= misses ? { kind: 'answer', answer: ANSWERS.s3NoSuchKey } : PASS);
    },
  },
  {
    name: 'crash-forward',
    description: 'the process dies between two steps of a forward: before or after each of its requests in turn (the retry comes a minute later)',
    sides: ['forward'],
    rules: crashRules,
  },
  {
    name: 'crash-command',
    description: 'the same for an "accept" command and the sending function it hands the job to',
    sides: ['command'],
    rules: crashRules,
  },
  {
    name: 'duplicates',
    description: 'the same event delivered 2–3 times, at once, a moment apart or minutes later; on the command side the send job too; DynamoDB answers delayed 0–20 ms',
    sides: ['forward', 'command'],
    rules({ rng }) {
      const delays = rng.bool();
      return (r) => (delays && r.service === 'dynamodb' ? { kind: 'delay', ms: rng.int(0, 20) } : PASS);
    },
    deliveries({ rng, side, notes }) {
      const shape = rng.pick(['at once', 'a moment apart', 'minutes later'] as const);
      const copies = rng.int(2, 3);
      const inbound = shape === 'minutes later' ? [0] : Array.from({ length: copies }, (_, i) => (i === 0 || shape === 'at once' ? 0 : rng.int(1, 300)));
      const job = side === 'command' && rng.bool() ? [0, rng.pick([0, rng.int(1, 300)])] : [0];
      const lateInbound = shape === 'minutes later' ? rng.int(1, 30) * 60 * S : null;
      notes.push(`event delivered ${shape === 'minutes later' ? `twice, the second ${(lateInbound ?? 0) / 60 / S} min later` : `${copies} times ${shape}`}${job.length > 1 ? `; send job delivered twice (${job[1]} ms apart)` : ''}`);
      return { inbound, job, lateInbound };
    },
  },
];

/** A crash before or after the request the trial's ordinal points at, walking every boundary in turn. */
function crashRules({ stack, ordinal, steps, flags, notes }: TrialContext): FamilyRules {
  const boundaries = Math.max(1, steps.all * 2);
  const point = ordinal % boundaries;
  const at = Math.floor(point / 2) + 1;
  const applied = point % 2 === 1;
  let done = false;
  notes.push(`process dies ${applied ? 'after' : 'before'} request ${at} of ${steps.all}`);
  return (r) => {
    if (done || r.invocation === null || r.nth('all') !== at) return PASS;
    done = true;
    const invocation = r.invocation;
    notes.push(`(request ${at}: ${r.service}.${r.operation})`);
    const die = () => {
      flags.processDied = true;
      stack.platform.kill(invocation);
    };
    return applied ? { kind: 'forward-then-reset', after: die } : { kind: 'reset', before: die };
  };
}

export const BURST_FAMILY = {
  name: 'burst',
  description: 'invitations forwarded at once (a burst), up to 32 functions running; SES throttles SendEmail above 14 a second (429)',
};

/** A small seeded generator (mulberry32): the same seed gives the same trial. */
export class Rng {
  private state: number;

  constructor(seed: string) {
    let h = 1779033703 ^ seed.length;
    for (let i = 0; i < seed.length; i += 1) {
      h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
      h = (h << 13) | (h >>> 19);
    }
    this.state = h >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** an integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  bool(): boolean {
    return this.next() < 0.5;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
}
