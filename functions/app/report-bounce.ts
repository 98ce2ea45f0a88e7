/**
 * SES tells the configuration set's SNS topic when mail sent to a recruiter bounces or draws a
 * complaint; the owner hears of it. Only mail invite-advisor sent for the owner is reported (others
 * are not ours to speak of).
 */
import { z } from 'zod';
import { phrases, renderNotice } from '../core/write/write.js';
import { mailOwner } from './owner-mail.js';
import type { BounceDeps } from './ports.js';

/** The SES event-publishing record (Bounce or Complaint) carried in an SNS message. */
export const SesSendingEventSchema = z.object({
  eventType: z.enum(['Bounce', 'Complaint', 'Delivery', 'Send', 'Reject', 'DeliveryDelay', 'Open', 'Click', 'Rendering Failure', 'Subscription']),
  mail: z.object({ messageId: z.string(), commonHeaders: z.object({ subject: z.string().optional() }).partial().optional() }),
  bounce: z
    .object({ bounceType: z.string(), bounceSubType: z.string().optional(), bouncedRecipients: z.array(z.object({ emailAddress: z.string(), diagnosticCode: z.string().optional() })) })
    .optional(),
  complaint: z.object({ complainedRecipients: z.array(z.object({ emailAddress: z.string() })) }).optional(),
});

export type SesSendingEvent = z.infer<typeof SesSendingEventSchema>;

export async function reportBounce(deps: BounceDeps, event: SesSendingEvent): Promise<'reported' | 'ignored'> {
  if (event.eventType !== 'Bounce' && event.eventType !== 'Complaint') return 'ignored';
  const inviteId = await deps.store.invitationForSentMessage(event.mail.messageId);
  if (!inviteId) return 'ignored';
  const owners = new Set(deps.config.owner.addresses.map((a) => a.toLowerCase()));
  const recipients = event.bounce?.bouncedRecipients ?? event.complaint?.complainedRecipients.map((r) => ({ emailAddress: r.emailAddress, diagnosticCode: undefined })) ?? [];
  const recruiter = recipients.find((r) => !owners.has(r.emailAddress.toLowerCase()));
  if (!recruiter) return 'ignored';
  const kind = event.eventType === 'Complaint' ? phrases.bounce.complaint : event.bounce?.bounceType === 'Permanent' ? phrases.bounce.permanent : phrases.bounce.temporary;
  await mailOwner(
    deps,
    deps.config.owner.addresses[0] ?? '',
    renderNotice('bounced', { to: recruiter.emailAddress, subject: event.mail.commonHeaders?.subject ?? '', kind, diagnostic: recruiter.diagnosticCode ?? null }),
    { inReplyTo: null, replyTo: null },
    // A notice about a send: never held back by the hourly cap (it still counts toward it).
    { bypassCap: true },
  );
  deps.log.info('bounce reported to the owner', { inviteId, kind: event.eventType });
  return 'reported';
}
