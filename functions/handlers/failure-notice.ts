/**
 * Lambda entry point for the failure topics of the inbound and the sending function: each SNS message is
 * the record Lambda wrote when a delivery or a send job failed all its retries; the owner is told once
 * per SES message id or per command what went out (app/tell-failure.ts). The failure queues subscribe
 * to the same topics and keep the records for `npm run redrive`. Module init loads only start.ts; the
 * records' reader, the use case and the SDK clients are chunks loaded at the first event.
 */
import type { FailureNoticeResult } from '../app/tell-failure.js';
import { loggerFor, oncePerColdStart } from './start.js';

const { log } = loggerFor('invite-advisor-failure-notice');
const deps = oncePerColdStart(async () => (await import('./dependencies.js')).buildFailureNoticeDeps(process.env, log));

export const handler = async (event: unknown): Promise<(FailureNoticeResult | 'not-a-message')[]> => {
  const [{ failedEventsOf }, { tellFailure }] = await Promise.all([import('./job-events.js'), import('../app/tell-failure.js')]);
  const results: (FailureNoticeResult | 'not-a-message')[] = [];
  for (const failed of failedEventsOf(event)) {
    if (!failed) {
      // A failed invocation that names no message or job (a malformed event): the failure queue's alarm covers it.
      log.warn('failure record names no message; nobody to tell', {});
      results.push('not-a-message');
      continue;
    }
    results.push(await tellFailure(await deps(), failed));
  }
  return results;
};
