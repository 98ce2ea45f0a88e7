/**
 * Lambda entry point of the FOLLOW-THROUGH function: EventBridge Scheduler invokes it (asynchronously)
 * with the reminder a one-off schedule carries (app/follow-through.ts); locally the scheduler stand-in
 * does. A failure is retried by Lambda twice, then goes to its failure queue.
 */
import { FollowUpSchema } from '../app/ports.js';
import { followThrough, type FollowThroughResult } from '../app/follow-through.js';
import { buildFollowThroughDeps } from './dependencies.js';
import { loggerFor, oncePerColdStart } from './kit.js';

const { log } = loggerFor('invite-advisor-follow-through');
const deps = oncePerColdStart(() => buildFollowThroughDeps(process.env, log));

export const handler = async (event: unknown): Promise<FollowThroughResult> => {
  const parsed = FollowUpSchema.safeParse(event);
  // A schedule's input is written by the inbound function alone: anything else is a setup error, not mail.
  if (!parsed.success) throw new Error('invite-advisor follow-through: the event is not a reminder');
  return followThrough(await deps(), parsed.data);
};
