/**
 * Lambda entry point of the FOLLOW-THROUGH function: EventBridge Scheduler invokes it (asynchronously)
 * with the reminder a one-off schedule carries (app/follow-through.ts); locally the scheduler stand-in
 * does. A failure is retried by Lambda twice, then goes to its failure queue. Module init loads only
 * start.ts; the reminder's schema, the use case and the SDK clients are chunks loaded at the first event.
 */
import type { FollowThroughResult } from '../app/follow-through.js';
import { loggerFor, oncePerColdStart } from './start.js';

const { log } = loggerFor('invite-advisor-follow-through');
const deps = oncePerColdStart(async () => (await import('./dependencies.js')).buildFollowThroughDeps(process.env, log));

export const handler = async (event: unknown): Promise<FollowThroughResult> => {
  const [{ FollowUpSchema }, { followThrough }] = await Promise.all([import('../app/ports.js'), import('../app/follow-through.js')]);
  const parsed = FollowUpSchema.safeParse(event);
  // A schedule's input is written by the inbound function alone: anything else is a setup error, not mail.
  if (!parsed.success) throw new Error('invite-advisor follow-through: the event is not a reminder');
  return followThrough(await deps(), parsed.data);
};
