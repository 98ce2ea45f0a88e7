/**
 * `npm run tick` — fires the follow-through reminders that are due, in a running `npm start`: now, or at
 * `--at <ISO instant>` (to see tomorrow's nudge today). It asks the scheduler stand-in
 * (local/services/scheduler.ts), which hands each due schedule to the follow-through function as
 * EventBridge Scheduler would, and prints what each came to (sent, held back, or nothing sent and why:
 * local/scheduled-runs.ts); the mail appears in the outbox.
 */
import { parseArgs } from 'node:util';
import { parseTickAt, tickReport } from './scheduled-runs.js';
import { TICK_PATH, type FiredSchedule } from './services/scheduler.js';
import { DEFAULT_SCHEDULER_PORT } from './stack.js';

const USAGE = `usage: npm run tick -- [--at <ISO instant>] [--port <n>]

  --at <instant>   fire what is due by this instant: a date, a time and a zone (Z or ±hh:mm),
                   e.g. 2026-03-19T09:00:00Z or 2026-03-19T10:00+01:00 (default: now)
  --port <n>       the scheduler stand-in's port, as npm start was given it (default: ${DEFAULT_SCHEDULER_PORT}; env SCHEDULER_PORT)`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { at: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`tick: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.warn(USAGE);
    return 0;
  }
  const portText = values.port ?? process.env.SCHEDULER_PORT ?? String(DEFAULT_SCHEDULER_PORT);
  if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
    console.error(`tick: --port must be a port number (got "${portText}")`);
    return 2;
  }
  const at = values.at === undefined ? undefined : parseTickAt(values.at);
  if (typeof at === 'string') {
    console.error(`tick: ${at}`);
    return 2;
  }
  let response: Response;
  try {
    response = await fetch(`http://127.0.0.1:${portText}${TICK_PATH}`, { method: 'POST', body: JSON.stringify(at ? { at: at.toISOString() } : {}) });
  } catch {
    console.error(`tick: nothing answers on port ${portText}: start local mode first (npm start), or pass the --scheduler-port it was given as --port`);
    return 1;
  }
  const answer = (await response.json()) as { at?: string; fired?: FiredSchedule[]; Message?: string };
  if (!response.ok) {
    console.error(`tick: the scheduler stand-in refused: ${answer.Message ?? response.status}`);
    return 1;
  }
  process.stdout.write(tickReport(answer.at ?? '', answer.fired ?? []));
  return 0;
}

process.exit(await main());
