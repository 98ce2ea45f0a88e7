/**
 * Lambda entry point for the SES receipt rule (S3 action first, then this function, Event invocation),
 * and for re-drives of a stored message (the sweep, `npm run redrive`): validate the event, build the
 * dependencies once per cold start, receive each message.
 */
import { RedriveEventSchema } from '../app/redrive-event.js';
import { receiveMail, type InboundResult } from '../app/receive-mail.js';
import { storedDelivery } from '../app/stored-delivery.js';
import { buildInboundDeps } from './dependencies.js';
import { deliveryOf, loggerFor, oncePerColdStart, SesEventSchema } from './kit.js';

const { powertools, log } = loggerFor('invite-advisor');
const deps = oncePerColdStart(() => buildInboundDeps(process.env, log));

export const handler = async (event: unknown): Promise<InboundResult[]> => {
  const redrive = RedriveEventSchema.safeParse(event);
  if (redrive.success) {
    const ready = await deps();
    log.info('re-drive of a stored message', { messageId: redrive.data.messageId, by: redrive.data.by });
    return [await receiveMail(ready, await storedDelivery(ready, redrive.data.messageId))];
  }
  const parsed = SesEventSchema.safeParse(event);
  if (!parsed.success) {
    // Not an SES receipt event: a setup error, not a mail problem. Fail loudly so it reaches the
    // failure queue and its alarm; log the shape, never the content.
    powertools.error('event is not an SES receipt event', { issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) });
    throw new Error('invite-advisor: the event is not an SES receipt event (check the receipt rule action)');
  }
  const ready = await deps();
  const results: InboundResult[] = [];
  for (const record of parsed.data.Records) results.push(await receiveMail(ready, deliveryOf(record.ses)));
  return results;
};
