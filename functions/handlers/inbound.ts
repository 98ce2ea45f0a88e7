/**
 * Lambda entry point for the SES receipt rule (S3 action first, then this function, Event invocation).
 * Validate the event, build the dependencies once per cold start, run the use case for each record.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { processInbound, type InboundResult } from '../app/process-inbound.js';
import { buildInboundDeps } from './dependencies.js';
import { SesEventSchema } from './ses-event-schema.js';

const logger = new Logger({ serviceName: 'invite-advisor' });
let deps: ReturnType<typeof buildInboundDeps> | undefined;

export const handler = async (event: unknown): Promise<InboundResult[]> => {
  const parsed = SesEventSchema.safeParse(event);
  if (!parsed.success) {
    // Not an SES receipt event: a setup error, not a mail problem. Fail loudly so it reaches the
    // failure queue and its alarm; log the shape, never the content.
    logger.error('event is not an SES receipt event', { issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) });
    throw new Error('invite-advisor: the event is not an SES receipt event (check the receipt rule action)');
  }
  // A failed start (secret unreadable, configuration invalid) is not cached: the next attempt retries it.
  deps ??= buildInboundDeps(process.env, {
    info: (message, extra) => logger.info({ message, ...extra }),
    warn: (message, extra) => logger.warn({ message, ...extra }),
  }).catch((error: unknown) => {
    deps = undefined;
    throw error;
  });
  const ready = await deps;
  const results: InboundResult[] = [];
  for (const record of parsed.data.Records) {
    results.push(await processInbound(ready, record.ses));
  }
  return results;
};
