/**
 * Lambda entry point of the SENDING function: it alone may mail recruiters (its own role). Invoked
 * asynchronously by the inbound function with `{ job }`; Lambda retries it twice.
 *
 * Module init loads only start.ts (the logger); the job's schema, the use case and the SDK clients are
 * chunks loaded with `import()` at the first event (infra/constructs/bundling.ts; module caching makes
 * later imports free).
 */
import type { SendOutcome } from '../app/send-draft.js';
import { loggerFor, oncePerColdStart } from './start.js';

const { log } = loggerFor('invite-advisor-sender');
const deps = oncePerColdStart(async () => (await import('./dependencies.js')).buildSenderDeps(process.env, log));

export const handler = async (event: unknown): Promise<SendOutcome> => {
  const [{ SendJobEventSchema }, { sendDraft }] = await Promise.all([import('./job-events.js'), import('../app/send-draft.js')]);
  const parsed = SendJobEventSchema.safeParse(event);
  if (!parsed.success) throw new Error('invite-advisor sender: the event is not a send job');
  return sendDraft(await deps(), parsed.data.job);
};
