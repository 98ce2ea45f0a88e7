/** Lambda entry point for the SNS topic of the sending configuration set: bounces and complaints. */
import { Logger } from '@aws-lambda-powertools/logger';
import { z } from 'zod';
import { reportBounce, SesSendingEventSchema } from '../app/report-bounce.js';
import { buildBounceDeps } from './dependencies.js';

const logger = new Logger({ serviceName: 'invite-advisor-bounces' });
let deps: ReturnType<typeof buildBounceDeps> | undefined;

const SnsEventSchema = z.object({ Records: z.array(z.object({ Sns: z.object({ Message: z.string() }) })) });

export const handler = async (event: unknown): Promise<string[]> => {
  const parsed = SnsEventSchema.safeParse(event);
  if (!parsed.success) throw new Error('invite-advisor bounces: the event is not an SNS event');
  deps ??= buildBounceDeps(process.env, {
    info: (message, extra) => logger.info({ message, ...extra }),
    warn: (message, extra) => logger.warn({ message, ...extra }),
  });
  const results: string[] = [];
  for (const record of parsed.data.Records) {
    const message = SesSendingEventSchema.safeParse(JSON.parse(record.Sns.Message));
    results.push(message.success ? await reportBounce(deps, message.data) : 'ignored');
  }
  return results;
};
