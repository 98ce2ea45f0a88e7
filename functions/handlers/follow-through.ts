/**
 * Lambda entry point of the FOLLOW-THROUGH function: EventBridge Scheduler invokes it (asynchronously)
 * with what a schedule carries: a reminder (app/follow-through.ts), the nudges due (app/follow-through.ts (sendNudgesDue),
 * a recurring schedule), the digest of held mail (app/answer-held-mail.ts) or the weekly digest
 * (app/weekly-digest.ts); locally the scheduler stand-in
 * does. A failure is retried by Lambda twice, then goes to its failure queue. Module init loads only
 * start.ts; the call's schema, the use cases and the SDK clients are chunks loaded at the first event.
 */
import type { ScheduledDigestResult } from '../app/answer-held-mail.js';
import type { FollowThroughResult, NudgesDueResult } from '../app/follow-through.js';
import type { WeeklyDigestResult } from '../app/weekly-digest.js';
import { loggerFor, oncePerColdStart } from './start.js';

const { log } = loggerFor('invite-advisor-follow-through');
/** This function's own ARN, unqualified (a schedule it makes invokes it as the stack's schedules do). */
let selfArn = '';
const deps = oncePerColdStart(async () => (await import('./dependencies.js')).buildFollowThroughDeps(process.env, log, selfArn));

export const handler = async (event: unknown, context?: { invokedFunctionArn?: string }): Promise<FollowThroughResult | ScheduledDigestResult | WeeklyDigestResult | NudgesDueResult> => {
  selfArn ||= (context?.invokedFunctionArn ?? '').split(':').slice(0, 7).join(':');
  const [{ ScheduledCallSchema }, { answerScheduledDigest }, { followThrough, sendNudgesDue }, { weeklyDigest }] = await Promise.all([
    import('../app/ports.js'),
    import('../app/answer-held-mail.js'),
    import('../app/follow-through.js'),
    import('../app/weekly-digest.js'),
  ]);
  const parsed = ScheduledCallSchema.safeParse(event);
  // A schedule's input is written by this product alone: anything else is a setup error, not mail.
  if (!parsed.success) throw new Error('invite-advisor follow-through: the event is not a reminder or a digest');
  const call = parsed.data;
  if (call.kind === 'held-digest') return answerScheduledDigest(await deps(), call);
  if (call.kind === 'weekly-digest') return weeklyDigest(await deps());
  if (call.kind === 'nudges-due') return sendNudgesDue(await deps(), call);
  return followThrough(await deps(), call);
};
