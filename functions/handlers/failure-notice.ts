/**
 * Lambda entry point for the inbound function's failure topic: each SNS message is the record Lambda
 * wrote when a delivery failed all its retries; the owner is told once per SES message id
 * (app/tell-failure.ts). The failure queue subscribes to the same topic and keeps the record for
 * `npm run redrive`.
 */
import { tellFailure, type FailureNoticeResult } from '../app/tell-failure.js';
import { buildFailureNoticeDeps } from './dependencies.js';
import { failedDeliveryOf, FailureRecordSchema, loggerFor, oncePerColdStart, SnsEventSchema } from './kit.js';

const { log } = loggerFor('invite-advisor-failure-notice');
const deps = oncePerColdStart(() => buildFailureNoticeDeps(process.env, log));

export const handler = async (event: unknown): Promise<(FailureNoticeResult | 'not-a-message')[]> => {
  const results: (FailureNoticeResult | 'not-a-message')[] = [];
  for (const record of SnsEventSchema.parse(event).Records) {
    const parsed = FailureRecordSchema.safeParse(safeJson(record.Sns.Message));
    const failed = parsed.success ? failedDeliveryOf(parsed.data) : null;
    if (!failed) {
      // A failed invocation that names no message (a malformed event): the failure queue's alarm covers it.
      log.warn('failure record names no message; nobody to tell', {});
      results.push('not-a-message');
      continue;
    }
    results.push(await tellFailure(await deps(), failed));
  }
  return results;
};

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
