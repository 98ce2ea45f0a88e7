/**
 * The schemas of the events the functions receive (validated where they enter). The SES receipt event
 * becomes a Delivery here, and nothing after the handler sees it. The handlers import this module with
 * `import()` at their first event, zod with it: module init loads start.ts only.
 */
import * as z from 'zod';
import type { Delivery, DeliveryReport } from '../app/ports.js';

/**
 * The SES receipt event (Lambda action) as AWS documents it ("Sample incoming email event"). It was
 * Powertools' SesSchema (parser 2.35) relaxed where it contradicts AWS's documentation, and is now written
 * here, rule for rule the same: that module imports `{ z }` from zod, which bundles zod's whole namespace
 * with its 40 locales (≈360 KB of every function). The relaxations: `dmarcPolicy` is optional (SES sends it
 * only when DMARC fails); verdicts may be DISABLED (scanning off); commonHeaders carries only the fields
 * present in the message (`from`, `to`, `subject`, `messageId` may be absent) and names Reply-To `replyTo`.
 */
const verdict = z.object({ status: z.enum(['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED']) });
const addresses = z.array(z.string());

const SesReceiptSchema = z.object({
  timestamp: z.iso.datetime(),
  processingTimeMillis: z.number().int().positive(),
  recipients: addresses,
  spamVerdict: verdict,
  virusVerdict: verdict,
  spfVerdict: verdict,
  dmarcVerdict: verdict,
  dkimVerdict: verdict,
  dmarcPolicy: z.enum(['none', 'quarantine', 'reject']).optional(),
  action: z.object({ type: z.enum(['Lambda']), invocationType: z.literal('Event'), functionArn: z.string() }),
});

const SesMailSchema = z.object({
  timestamp: z.iso.datetime(),
  source: z.string(),
  messageId: z.string(),
  destination: addresses,
  headersTruncated: z.boolean(),
  headers: z.array(z.object({ name: z.string(), value: z.string() })),
  commonHeaders: z.object({
    from: addresses.optional(),
    to: addresses.optional(),
    cc: addresses.optional(),
    bcc: addresses.optional(),
    sender: addresses.optional(),
    'reply-to': addresses.optional(),
    replyTo: addresses.optional(),
    returnPath: z.string(),
    messageId: z.string().optional(),
    date: z.string(),
    subject: z.string().optional(),
  }),
});

export const SesEventSchema = z.object({
  Records: z
    .array(z.object({ eventSource: z.literal('aws:ses'), eventVersion: z.string(), ses: z.object({ mail: SesMailSchema, receipt: SesReceiptSchema }) }))
    .nonempty(),
});

export type SesEvent = z.infer<typeof SesEventSchema>;
type SesRecord = SesEvent['Records'][number]['ses'];

/** The receipt event's record in our own terms. */
export function deliveryOf(record: SesRecord): Delivery {
  const { mail, receipt } = record;
  return {
    messageId: mail.messageId,
    mailFrom: mail.source,
    recipients: receipt.recipients,
    headers: mail.headers,
    headersTruncated: mail.headersTruncated,
    from: mail.commonHeaders.from ?? [],
    verdicts: { spam: receipt.spamVerdict.status, virus: receipt.virusVerdict.status, dkim: receipt.dkimVerdict.status, dmarc: receipt.dmarcVerdict.status },
  };
}

/** SNS's event to the bounce function (its messages are SES event-publishing records). */
export const SnsEventSchema = z.object({ Records: z.array(z.object({ Sns: z.object({ Message: z.string() }) })) });

/** The SES event-publishing record (Bounce or Complaint, among others) carried in an SNS message. */
export const SesSendingEventSchema = z.object({
  eventType: z.enum(['Bounce', 'Complaint', 'Delivery', 'Send', 'Reject', 'DeliveryDelay', 'Open', 'Click', 'Rendering Failure', 'Subscription']),
  mail: z.object({ messageId: z.string(), commonHeaders: z.object({ subject: z.string().optional() }).partial().optional() }),
  bounce: z
    .object({ bounceType: z.string(), bounceSubType: z.string().optional(), bouncedRecipients: z.array(z.object({ emailAddress: z.string(), diagnosticCode: z.string().optional() })) })
    .optional(),
  complaint: z.object({ complainedRecipients: z.array(z.object({ emailAddress: z.string() })) }).optional(),
});

/** An SES event-publishing record in our own terms. */
export function deliveryReportOf(event: z.infer<typeof SesSendingEventSchema>): DeliveryReport {
  const kind =
    event.eventType === 'Complaint' ? 'complaint' : event.eventType !== 'Bounce' ? 'other' : event.bounce?.bounceType === 'Permanent' ? 'permanent-bounce' : 'temporary-bounce';
  const recipients =
    event.bounce?.bouncedRecipients.map((r) => ({ address: r.emailAddress, diagnostic: r.diagnosticCode ?? null })) ??
    event.complaint?.complainedRecipients.map((r) => ({ address: r.emailAddress, diagnostic: null })) ??
    [];
  return { kind, sesMessageId: event.mail.messageId, subject: event.mail.commonHeaders?.subject ?? null, recipients };
}
