/**
 * The event that hands a stored message to the inbound function again, in place of SES's receipt event
 * (the sweep writes it, functions/adapters/lambda-redriver.ts; the inbound handler reads it). It names
 * the message only: the envelope and verdicts are read back from the stored mail (app/stored-delivery.ts).
 * A re-drive that fails all its retries lands in the failure queue with this event as its payload, and
 * `npm run redrive` replays it like any other.
 */
import * as z from 'zod';

export const REDRIVE_SOURCE = 'invite-advisor.redrive';

/** An SES message id as it appears in an S3 key: letters, digits, `-`, `_` and `.`, no `/`. */
export const SES_MESSAGE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export const RedriveEventSchema = z.object({
  source: z.literal(REDRIVE_SOURCE),
  messageId: z.string().regex(SES_MESSAGE_ID),
  /** who asked: the scheduled sweep, or a person */
  by: z.enum(['sweep', 'operator']),
});
export type RedriveEvent = z.infer<typeof RedriveEventSchema>;

export function redriveEvent(messageId: string, by: RedriveEvent['by']): RedriveEvent {
  return { source: REDRIVE_SOURCE, messageId, by };
}
