/**
 * Lambda entry point for the SNS topic of the sending configuration set: bounces and complaints. Module
 * init loads only start.ts; the events' schemas, the use case and the SDK clients are chunks loaded at the
 * first event.
 */
import { loggerFor, oncePerColdStart } from './start.js';

const { log } = loggerFor('invite-advisor-bounces');
const deps = oncePerColdStart(async () => (await import('./dependencies.js')).buildBounceDeps(process.env, log));

export const handler = async (event: unknown): Promise<string[]> => {
  const { deliveryReportOf, SesSendingEventSchema, SnsEventSchema } = await import('./kit.js');
  const parsed = SnsEventSchema.safeParse(event);
  if (!parsed.success) throw new Error('invite-advisor bounces: the event is not an SNS event');
  const [ready, { reportBounce }] = await Promise.all([deps(), import('../app/report-bounce.js')]);
  const results: string[] = [];
  for (const record of parsed.data.Records) {
    const message = SesSendingEventSchema.safeParse(JSON.parse(record.Sns.Message));
    results.push(message.success ? await reportBounce(ready, deliveryReportOf(message.data)) : 'ignored');
  }
  return results;
};
