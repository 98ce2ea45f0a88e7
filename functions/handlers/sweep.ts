/**
 * Lambda entry point for the scheduled sweep (an EventBridge rule, every 15 minutes): re-drive stored
 * mail that no run finished (app/sweep-raw-mail.ts). The event carries nothing the sweep needs. Module
 * init loads only start.ts; the use case and the SDK clients are chunks loaded at the first event.
 */
import type { SweepReport } from '../app/sweep-raw-mail.js';
import { loggerFor, oncePerColdStart } from './start.js';

const { log } = loggerFor('invite-advisor-sweep');
const deps = oncePerColdStart(async () => (await import('./dependencies.js')).buildSweepDeps(process.env, log));

export const handler = async (): Promise<SweepReport> => {
  const [ready, { sweepRawMail }] = await Promise.all([deps(), import('../app/sweep-raw-mail.js')]);
  const report = await sweepRawMail(ready);
  // A message that could not be handed over fails the run, so the errors alarm says so (the next run tries again).
  if (report.failed > 0) throw new Error(`invite-advisor sweep: ${report.failed} stored message(s) could not be handed to the inbound function`);
  return report;
};
