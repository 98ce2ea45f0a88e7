/** Lambda entry point for the SNS topic of the sending configuration set: bounces and complaints. */
import { reportBounce } from '../app/report-bounce.js';
import { buildBounceDeps } from './dependencies.js';
import { deliveryReportOf, loggerFor, oncePerColdStart, SesSendingEventSchema, SnsEventSchema } from './kit.js';

const { log } = loggerFor('invite-advisor-bounces');
const deps = oncePerColdStart(() => buildBounceDeps(process.env, log));

export const handler = async (event: unknown): Promise<string[]> => {
  const parsed = SnsEventSchema.safeParse(event);
  if (!parsed.success) throw new Error('invite-advisor bounces: the event is not an SNS event');
  const ready = await deps();
  const results: string[] = [];
  for (const record of parsed.data.Records) {
    const message = SesSendingEventSchema.safeParse(JSON.parse(record.Sns.Message));
    results.push(message.success ? await reportBounce(ready, deliveryReportOf(message.data)) : 'ignored');
  }
  return results;
};
