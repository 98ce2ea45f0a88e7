/**
 * Lambda entry point of the SENDING function: it alone may mail recruiters (its own role). Invoked
 * asynchronously by the inbound function with `{ job }`; Lambda retries it twice.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { z } from 'zod';
import { sendDraft, type SendOutcome } from '../app/send-draft.js';
import { buildSenderDeps } from './dependencies.js';

const logger = new Logger({ serviceName: 'invite-advisor-sender' });
let deps: ReturnType<typeof buildSenderDeps> | undefined;

const EventSchema = z.object({
  job: z.object({
    inviteId: z.string().regex(/^[a-z2-7]{16}$/),
    attempt: z.string().min(1),
    verdict: z.enum(['attend', 'decline']),
    slot: z.number().int().min(1).optional(),
    to: z.email(),
    subject: z.string(),
    body: z.string(),
    commandMessageId: z.string().nullable(),
  }),
});

export const handler = async (event: unknown): Promise<SendOutcome> => {
  const parsed = EventSchema.safeParse(event);
  if (!parsed.success) throw new Error('invite-advisor sender: the event is not a send job');
  deps ??= buildSenderDeps(process.env, {
    info: (message, extra) => logger.info({ message, ...extra }),
    warn: (message, extra) => logger.warn({ message, ...extra }),
  });
  return sendDraft(deps, parsed.data.job);
};
