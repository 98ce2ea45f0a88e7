/**
 * Lambda entry point for the SES receipt rule (S3 action first, then this function, Event invocation),
 * and for re-drives of a stored message (the sweep, `npm run redrive`): validate the event, build the
 * dependencies once per cold start, receive each message.
 *
 * Module init loads only this file and start.ts (the logger). The events' schemas, the use case (parse,
 * extraction, decision, drafts, the reply's MIME) and the SDK clients are separate chunks of the
 * deployment package (infra/constructs/bundling.ts splits at every `import()`), loaded at the first
 * message; the use case's and the clients' side by side, so the use case's code compiles while the
 * dependencies wait for the reply-token secret. Later imports of a loaded chunk cost nothing.
 */
import type { InboundResult } from '../app/receive-mail.js';
import { loggerFor, oncePerColdStart } from './start.js';

const { powertools, log } = loggerFor('invite-advisor');
const deps = oncePerColdStart(async () => (await import('./dependencies.js')).buildInboundDeps(process.env, log));
const useCase = oncePerColdStart(() => import('./inbound-use-case.js'));
const ready = () => Promise.all([deps(), useCase()]);

export const handler = async (event: unknown): Promise<InboundResult[]> => {
  const [{ RedriveEventSchema }, { deliveryOf, SesEventSchema }] = await Promise.all([import('../app/redrive-event.js'), import('./kit.js')]);
  const redrive = RedriveEventSchema.safeParse(event);
  if (redrive.success) {
    const [inbound, { receiveMail, storedDelivery }] = await ready();
    log.info('re-drive of a stored message', { messageId: redrive.data.messageId, by: redrive.data.by });
    return [await receiveMail(inbound, await storedDelivery(inbound, redrive.data.messageId))];
  }
  const parsed = SesEventSchema.safeParse(event);
  if (!parsed.success) {
    // Not an SES receipt event: a setup error, not a mail problem. Fail loudly so it reaches the
    // failure queue and its alarm; log the shape, never the content.
    powertools.error('event is not an SES receipt event', { issues: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`) });
    throw new Error('invite-advisor: the event is not an SES receipt event (check the receipt rule action)');
  }
  const [inbound, { receiveMail }] = await ready();
  const results: InboundResult[] = [];
  for (const record of parsed.data.Records) results.push(await receiveMail(inbound, deliveryOf(record.ses)));
  return results;
};
