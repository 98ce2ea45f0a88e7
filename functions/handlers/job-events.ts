/**
 * The events of the sending function (a send job) and of the failure-notice function (Lambda's records of
 * failed asynchronous invocations), read where they enter. Apart from kit.ts, which the inbound function
 * loads first at its first message, to validate the event: the send job's schema reaches core/reply, and
 * through it the whole mail parser, and esbuild puts a file in a chunk by what imports it, used or not
 * (infra/constructs/bundling.ts, code splitting).
 */
import * as z from 'zod';
import addressparser from 'nodemailer/lib/addressparser';
import { SendJobSchema, type FailedEvent } from '../app/ports.js';
import { RedriveEventSchema, SES_MESSAGE_ID } from '../app/redrive-event.js';
import { SesEventSchema, SnsEventSchema } from './kit.js';

/** The sending function's event: one job, handed over by the inbound function (Lambda Invoke, Event). */
export const SendJobEventSchema = z.object({ job: SendJobSchema });

/**
 * What Lambda records when an asynchronous invocation of the inbound or the sending function fails all
 * its retries (its on-failure destination; AWS: "Capturing records of Lambda asynchronous invocations"),
 * as the failure topics deliver it in an SNS message. Only what the notice needs is read; the rest passes.
 */
export const FailureRecordSchema = z.looseObject({
  timestamp: z.string().optional(),
  requestContext: z.looseObject({ condition: z.string().optional(), approximateInvokeCount: z.number().optional() }).optional(),
  requestPayload: z.unknown(),
  responsePayload: z.unknown().optional(),
});

/**
 * A failure record in our own terms: a delivery (an SES or re-drive event) or a send job; null when its
 * payload is neither (or names no message that could be an S3 key).
 */
export function failedEventOf(record: z.infer<typeof FailureRecordSchema>): FailedEvent | null {
  const errorType = z.object({ errorType: z.string().regex(/^[\w.:-]{1,100}$/) }).safeParse(record.responsePayload);
  const failedAt = record.timestamp !== undefined && !Number.isNaN(Date.parse(record.timestamp)) ? record.timestamp : null;
  const base = { errorType: errorType.success ? errorType.data.errorType : null, failedAt };
  const job = SendJobEventSchema.safeParse(record.requestPayload);
  if (job.success) return { kind: 'send', ...base, job: job.data.job };
  const redrive = RedriveEventSchema.safeParse(record.requestPayload);
  if (redrive.success) return { kind: 'delivery', ...base, messageId: redrive.data.messageId, receivedAt: null, subject: null, from: null, sweepRetries: false };
  const ses = SesEventSchema.safeParse(record.requestPayload);
  const mail = ses.success ? (ses.data.Records[0]?.ses.mail ?? null) : null;
  if (!mail || !SES_MESSAGE_ID.test(mail.messageId)) return null;
  const from = addressparser(mail.commonHeaders.from?.[0] ?? '', { flatten: true }).find((box) => box.address)?.address ?? null;
  return { kind: 'delivery', ...base, messageId: mail.messageId, receivedAt: mail.timestamp, subject: mail.commonHeaders.subject ?? null, from, sweepRetries: true };
}

/** The failure records an SNS event carries (one per SNS message), each read with failedEventOf; null for one that is not. */
export function failedEventsOf(event: unknown): (FailedEvent | null)[] {
  return SnsEventSchema.parse(event).Records.map((record) => {
    const parsed = FailureRecordSchema.safeParse(safeJson(record.Sns.Message));
    return parsed.success ? failedEventOf(parsed.data) : null;
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
