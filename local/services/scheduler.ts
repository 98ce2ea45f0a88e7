/**
 * A stand-in for EventBridge Scheduler: the one-off schedules the functions create and delete
 * (functions/adapters/eventbridge-scheduler.ts), fired on time into the local functions. No such stand-in
 * ships on npm. It speaks the REST-JSON API the unchanged SDK client sends through
 * AWS_ENDPOINT_URL_SCHEDULER, for the calls the product makes:
 *
 *   POST   /schedules/<Name>              CreateSchedule (JSON body; GroupName in it)
 *   GET    /schedules/<Name>?groupName=   GetSchedule
 *   DELETE /schedules/<Name>?groupName=   DeleteSchedule
 *
 * and answers as the service does where the product relies on it: a name taken in its group is 409
 * ConflictException, a schedule or group that is not there is 404 ResourceNotFoundException, anything it
 * does not support is 400 ValidationException (errors carry `x-amzn-errortype`, which the SDK reads).
 * Only what the product uses is supported: `at(yyyy-mm-ddThh:mm:ss)` expressions in UTC (one-off), the
 * weekly `cron(M H ? * DAY *)` the weekly digest uses, read in its ScheduleExpressionTimezone, and
 * `rate(N minutes|hours)` (the nudges due), its times every N from its creation (recurring: it stays,
 * due again at its next time after each tick; a tick far ahead fires it once, as its latest time before
 * the tick), FlexibleTimeWindow OFF, a Lambda function target (its input is the invocation's event, with
 * `<aws.scheduler.scheduled-time>` replaced by the time it fires for, as the service does).
 *
 * A schedule is due once its instant has come: `tick(at)` fires every schedule due at `at` (the tests'
 * moved clock; `npm run tick` reaches it through `POST /_local/tick`, a path of the stand-in's own, not
 * AWS's), and local mode also checks every `checkEveryMs` on the real clock. A fired schedule is handed
 * to `invoke` (the Lambda stand-in: an asynchronous invocation, its retries Lambda's) and then deleted
 * (ActionAfterCompletion DELETE) or kept as completed (NONE). With `dataDir` the schedules are kept in
 * `<dataDir>/scheduler/schedules.json`, so a schedule made before a restart still fires after it.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from './constants.js';
import { closeServer, errorMessage, listen, LOOPBACK, readAll } from './net.js';

export interface SchedulerStandInOptions {
  port?: number;
  /** keep the schedules in <dataDir>/scheduler/schedules.json (default: in memory) */
  dataDir?: string;
  /** the schedule groups that exist besides "default" (the stack's own) */
  groups?: string[];
  /** hands a fired schedule's input to its target (a Lambda function ARN); resolves with what its first run returned, when the target says */
  invoke: (targetArn: string, event: unknown) => Promise<unknown>;
  /** how often schedules due on the real clock fire (default 0: only `tick` fires them) */
  checkEveryMs?: number;
}

export interface FiredSchedule {
  name: string;
  group: string;
  /** the instant it was due */
  at: string;
  /** a recurring schedule's next time, after this firing */
  next?: string;
  /** false when its target could not be invoked (it stays, and the next tick tries again) */
  invoked: boolean;
  /** what it handed its target (the schedule's input) */
  input: unknown;
  /** what the target's first run returned (a local stand-in's extra: AWS's asynchronous invocations say nothing) */
  result?: unknown;
  /** the first run failed with this (Lambda retries it) */
  error?: string;
}

export interface StoredSchedule {
  name: string;
  group: string;
  /** the `at(…)` instant, in UTC */
  at: string;
  expression: string;
  /** a recurring (cron) schedule's zone; one-off schedules are in UTC */
  timeZone?: string;
  /** a rate schedule's period (ms); its times are every period from `createdAt` */
  everyMs?: number;
  actionAfterCompletion: 'NONE' | 'DELETE';
  target: { Arn: string; RoleArn: string; Input?: string };
  createdAt: string;
  state: 'ENABLED' | 'COMPLETED';
}

export interface SchedulerStandIn {
  endpoint: string;
  /** Fires every schedule due at `at` (default: now), in the order they are due; resolves once each was handed to its target. */
  tick(at?: Date): Promise<FiredSchedule[]>;
  /** the schedules not yet fired */
  pending(): StoredSchedule[];
  stop(): Promise<void>;
}

/** The path `npm run tick` posts to (`{"at": "<ISO instant>"}` or nothing). */
export const TICK_PATH = '/_local/tick';
const SCHEDULE_PATH = /^\/schedules\/([^/]+)$/;
const NAME = /^[0-9a-zA-Z-_.]{1,64}$/;
const AT = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/;
const WEEKLY_CRON = /^cron\((\d{1,2}) (\d{1,2}) \? \* (MON|TUE|WED|THU|FRI|SAT|SUN) \*\)$/;
const RATE = /^rate\((\d{1,4}) (minute|minutes|hour|hours)\)$/;
/** The placeholder EventBridge Scheduler replaces in a target's input with the time the schedule fires for. */
const SCHEDULED_TIME = '<aws.scheduler.scheduled-time>';

/** A `rate(…)` expression's period in ms; null for any other expression. */
export function rateMs(expression: string): number | null {
  const [, n, unit] = RATE.exec(expression) ?? [];
  if (!n || Number(n) < 1) return null;
  return Number(n) * (unit?.startsWith('hour') ? 3_600_000 : 60_000);
}

/** The first instant after `after` at which `cron(M H ? * DAY *)` is due in `timeZone` (quarter-hour steps cover every zone's offset). */
export function nextWeekly(expression: string, timeZone: string, after: Date): Date {
  const [, minute, hour, day] = WEEKLY_CRON.exec(expression) ?? [];
  const format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', weekday: 'short', hour: 'numeric', minute: 'numeric' });
  const step = 15 * 60_000;
  for (let t = Math.floor(after.getTime() / step) * step + step; t < after.getTime() + 9 * 24 * 3_600_000; t += step) {
    const parts = format.formatToParts(new Date(t));
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
    if (part('weekday').toUpperCase() === day && Number(part('hour')) === Number(hour) && Number(part('minute')) === Number(minute)) return new Date(t);
  }
  throw new Error(`the local scheduler found no time for ${expression} in ${timeZone}`);
}

export async function startScheduler(options: SchedulerStandInOptions): Promise<SchedulerStandIn> {
  const file = options.dataDir ? join(options.dataDir, 'scheduler', 'schedules.json') : null;
  const schedules = new Map<string, StoredSchedule>(load(file).map((s) => [key(s.group, s.name), s]));
  const groups = new Set(['default', ...(options.groups ?? [])]);
  const save = (): void => {
    if (!file) return;
    mkdirSync(join(file, '..'), { recursive: true });
    // Written whole, then renamed: a stop in the middle never leaves half a file.
    writeFileSync(`${file}.tmp`, JSON.stringify([...schedules.values()], null, 2));
    renameSync(`${file}.tmp`, file);
  };
  let firing: Promise<unknown> = Promise.resolve();

  const fireDue = (at: Date): Promise<FiredSchedule[]> => {
    // One tick at a time: a schedule is never handed over twice.
    const run = firing.then(async () => {
      const due = [...schedules.values()].filter((s) => s.state === 'ENABLED' && Date.parse(s.at) <= at.getTime()).sort((a, b) => a.at.localeCompare(b.at));
      const fired: FiredSchedule[] = [];
      for (const schedule of due) {
        // A rate schedule fires for its latest time at or before the tick (the times it missed: once).
        const firesFor = schedule.everyMs ? new Date(Date.parse(schedule.at) + Math.floor((at.getTime() - Date.parse(schedule.at)) / schedule.everyMs) * schedule.everyMs) : new Date(schedule.at);
        const input: unknown = JSON.parse((schedule.target.Input ?? '{}').split(SCHEDULED_TIME).join(firesFor.toISOString().replace(/\.\d{3}Z$/, 'Z')));
        const firing: FiredSchedule = { name: schedule.name, group: schedule.group, at: schedule.everyMs ? firesFor.toISOString() : schedule.at, invoked: true, input };
        try {
          const result = await options.invoke(schedule.target.Arn, input);
          if (result !== undefined) firing.result = result;
        } catch (error) {
          // The target's own failure is its function's (Lambda retries it); this is the hand-over failing.
          firing.invoked = !/no local function/.test(errorMessage(error));
          if (firing.invoked) firing.error = errorMessage(error).split('\n')[0] ?? '';
          else console.error(`[scheduler] ${schedule.group}/${schedule.name}: ${errorMessage(error).split('\n')[0]}`);
        }
        if (firing.invoked && schedule.everyMs) {
          schedule.at = new Date(firesFor.getTime() + schedule.everyMs).toISOString();
          firing.next = schedule.at;
        } else if (firing.invoked && schedule.timeZone) {
          // Recurring: due again at its next time after this tick (a tick weeks ahead fires it once).
          schedule.at = nextWeekly(schedule.expression, schedule.timeZone, at).toISOString();
          firing.next = schedule.at;
        } else if (firing.invoked) {
          if (schedule.actionAfterCompletion === 'DELETE') schedules.delete(key(schedule.group, schedule.name));
          else schedule.state = 'COMPLETED';
        }
        fired.push(firing);
      }
      if (fired.length > 0) save();
      return fired;
    });
    firing = run.catch(() => undefined);
    return run;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendError(res, 500, 'InternalServerException', errorMessage(error)));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const body = (await readAll(req)).toString('utf8');
    if (url.pathname === TICK_PATH && req.method === 'POST') {
      const at = body ? (JSON.parse(body) as { at?: string }).at : undefined;
      const instant = at === undefined ? new Date() : new Date(at);
      if (Number.isNaN(instant.getTime())) return sendError(res, 400, 'ValidationException', `not an instant: "${at}"`);
      return sendJson(res, 200, { at: instant.toISOString(), fired: await fireDue(instant) });
    }
    const match = SCHEDULE_PATH.exec(url.pathname);
    const name = decodeURIComponent(match?.[1] ?? '');
    if (!match) return sendError(res, 404, 'UnknownOperationException', `the local scheduler stand-in has no ${req.method} ${url.pathname}`);
    if (!NAME.test(name)) return sendError(res, 400, 'ValidationException', `invalid schedule name "${name}"`);

    if (req.method === 'POST') {
      const input = JSON.parse(body || '{}') as Record<string, unknown>;
      const group = typeof input.GroupName === 'string' ? input.GroupName : 'default';
      if (!groups.has(group)) return sendError(res, 404, 'ResourceNotFoundException', `Schedule group ${group} does not exist.`);
      if (schedules.has(key(group, name))) return sendError(res, 409, 'ConflictException', `Schedule ${name} already exists.`);
      const expression = String(input.ScheduleExpression ?? '');
      const at = AT.exec(expression);
      const weekly = WEEKLY_CRON.test(expression);
      const every = rateMs(expression);
      if (!at && !weekly && !every) return sendError(res, 400, 'ValidationException', `the local stand-in supports at(yyyy-mm-ddThh:mm:ss), cron(M H ? * DAY *) and rate(N minutes) schedules only (got "${expression}")`);
      const zone = String(input.ScheduleExpressionTimezone ?? 'UTC');
      if (at && zone !== 'UTC') return sendError(res, 400, 'ValidationException', 'the local stand-in supports one-off schedules in ScheduleExpressionTimezone UTC only');
      let first: string;
      try {
        first = at ? `${at[1]}.000Z` : every ? new Date(Date.now() + every).toISOString() : nextWeekly(expression, zone, new Date()).toISOString();
      } catch (error) {
        return sendError(res, 400, 'ValidationException', errorMessage(error));
      }
      const window = input.FlexibleTimeWindow as { Mode?: string } | undefined;
      if (window?.Mode !== 'OFF') return sendError(res, 400, 'ValidationException', 'FlexibleTimeWindow is required; the local stand-in supports Mode OFF only');
      const target = input.Target as StoredSchedule['target'] | undefined;
      if (!target || typeof target.Arn !== 'string' || typeof target.RoleArn !== 'string') return sendError(res, 400, 'ValidationException', 'Target with Arn and RoleArn is required');
      if (target.Input !== undefined && typeof target.Input !== 'string') return sendError(res, 400, 'ValidationException', 'Target.Input must be a string');
      // A Lambda target's input must be well-formed JSON (it is the invocation's event).
      try {
        JSON.parse(target.Input ?? '{}');
      } catch {
        return sendError(res, 400, 'ValidationException', 'Target.Input of a Lambda target must be well-formed JSON');
      }
      const schedule: StoredSchedule = {
        name,
        group,
        at: first,
        expression,
        ...(weekly ? { timeZone: zone } : {}),
        ...(every ? { everyMs: every } : {}),
        actionAfterCompletion: input.ActionAfterCompletion === 'DELETE' ? 'DELETE' : 'NONE',
        target: { Arn: target.Arn, RoleArn: target.RoleArn, ...(target.Input !== undefined ? { Input: target.Input } : {}) },
        createdAt: new Date().toISOString(),
        state: 'ENABLED',
      };
      schedules.set(key(group, name), schedule);
      save();
      return sendJson(res, 200, { ScheduleArn: arnOf(schedule) });
    }
    const group = url.searchParams.get('groupName') ?? 'default';
    const schedule = schedules.get(key(group, name));
    if (req.method !== 'GET' && req.method !== 'DELETE') return sendError(res, 400, 'ValidationException', `the local stand-in does not support ${req.method} on a schedule`);
    if (!schedule) return sendError(res, 404, 'ResourceNotFoundException', `Schedule ${name} does not exist.`);
    if (req.method === 'DELETE') {
      schedules.delete(key(group, name));
      save();
      return sendJson(res, 200, {});
    }
    return sendJson(res, 200, {
      Arn: arnOf(schedule),
      Name: schedule.name,
      GroupName: schedule.group,
      ScheduleExpression: schedule.expression,
      ScheduleExpressionTimezone: schedule.timeZone ?? 'UTC',
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: schedule.actionAfterCompletion,
      State: schedule.state === 'ENABLED' ? 'ENABLED' : 'DISABLED',
      Target: schedule.target,
      CreationDate: Date.parse(schedule.createdAt) / 1000,
    });
  }

  const port = await listen(server, options.port ?? 0);
  const every = options.checkEveryMs ?? 0;
  const timer = every > 0 ? setInterval(() => void fireDue(new Date()).catch(() => undefined), every) : null;
  timer?.unref();
  let stopped: Promise<void> | undefined;
  return {
    endpoint: `http://${LOOPBACK}:${port}`,
    tick: (at = new Date()) => fireDue(at),
    pending: () => [...schedules.values()].filter((s) => s.state === 'ENABLED').map((s) => structuredClone(s)),
    stop: () =>
      (stopped ??= (async () => {
        if (timer) clearInterval(timer);
        await firing;
        await closeServer(server);
      })()),
  };
}

function key(group: string, name: string): string {
  return `${group}/${name}`;
}

function arnOf(schedule: StoredSchedule): string {
  return `arn:aws:scheduler:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:schedule/${schedule.group}/${schedule.name}`;
}

function load(file: string | null): StoredSchedule[] {
  if (!file) return [];
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredSchedule[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`the local scheduler's ${file} cannot be read (${errorMessage(error)}): move it away to start without its schedules`);
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** REST-JSON errors: the SDK reads the error's name from `x-amzn-errortype` (and the body's `__type`). */
function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.setHeader('x-amzn-errortype', type);
  sendJson(res, status, { __type: type, Message: message, message });
}
