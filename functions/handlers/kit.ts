/**
 * The SES receipt event (Lambda action) as AWS documents it. Built on Powertools' SES schema, relaxed
 * ONLY where that schema contradicts AWS's documentation (see below), because the strict schema rejects
 * ordinary mail: SES sends `dmarcPolicy` only when DMARC fails.
 */
import { SesRecordSchema } from '@aws-lambda-powertools/parser/schemas/ses';
import { z } from 'zod';

const receiptShape = SesRecordSchema.shape.ses.shape.receipt;
const mailShape = SesRecordSchema.shape.ses.shape.mail;
const verdict = z.object({ status: z.enum(['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED']) });

/**
 * Powertools' SesSchema (parser 2.35), relaxed ONLY where it contradicts AWS's documentation:
 * `dmarcPolicy` is required there but SES sends it only when DMARC fails; verdicts may be
 * DISABLED (scanning off); commonHeaders carries only the fields present in the message
 * (`from`, `to`, `subject`, `messageId` may be absent) and names Reply-To `replyTo`.
 * Everything else is Powertools' own schema.
 */
export const SesEventSchema = z.object({
  Records: z
    .array(
      SesRecordSchema.extend({
        ses: z.object({
          mail: mailShape.extend({
            commonHeaders: mailShape.shape.commonHeaders.extend({
              from: z.array(z.string()).optional(),
              to: z.array(z.string()).optional(),
              subject: z.string().optional(),
              messageId: z.string().optional(),
              replyTo: z.array(z.string()).optional(),
            }),
          }),
          receipt: receiptShape.extend({
            spamVerdict: verdict,
            virusVerdict: verdict,
            spfVerdict: verdict,
            dkimVerdict: verdict,
            dmarcVerdict: verdict,
            dmarcPolicy: receiptShape.shape.dmarcPolicy.optional(),
          }),
        }),
      }),
    )
    .nonempty(),
});

export type SesEvent = z.infer<typeof SesEventSchema>;
