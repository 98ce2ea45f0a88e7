/**
 * Lambda entry point of the SENDING function: it alone may mail recruiters (its own role). Invoked
 * asynchronously by the inbound function with `{ job }`; Lambda retries it twice.
 */
import { sendDraft, type SendOutcome } from '../app/send-draft.js';
import { buildSenderDeps } from './dependencies.js';
import { SendJobEventSchema } from './job-events.js';
import { loggerFor, oncePerColdStart } from './kit.js';

const { log } = loggerFor('invite-advisor-sender');
const deps = oncePerColdStart(() => buildSenderDeps(process.env, log));

export const handler = async (event: unknown): Promise<SendOutcome> => {
  const parsed = SendJobEventSchema.safeParse(event);
  if (!parsed.success) throw new Error('invite-advisor sender: the event is not a send job');
  return sendDraft(await deps(), parsed.data.job);
};
