/** The Mailer port over SESv2 SendEmail with Raw content (the MIME our code built, byte for byte). */
import { SendEmailCommand, SESv2Client, type SESv2ClientConfig } from '@aws-sdk/client-sesv2';
import { MailRefusedError } from '../errors.js';
import type { Mailer } from '../app/ports.js';

export class SesV2Mailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    /** a configuration set whose event destination reports bounces and complaints */
    private readonly configurationSet?: string,
  ) {}

  async sendRaw(raw: Uint8Array, envelope: { from: string; to: string[] }): Promise<string> {
    try {
      const result = await this.client.send(
        new SendEmailCommand({
          // Explicit sender and recipients: IAM conditions (ses:FromAddress, ses:Recipients) see these.
          FromEmailAddress: envelope.from,
          Destination: { ToAddresses: envelope.to },
          Content: { Raw: { Data: raw } },
          ...(this.configurationSet ? { ConfigurationSetName: this.configurationSet } : {}),
        }),
      );
      return result.MessageId ?? '';
    } catch (error) {
      throw refusalOf(error) ?? error;
    }
  }
}

/** Error names the SDK itself treats as throttling (its own list), as SESv2 may answer them. */
const THROTTLING = new Set(['TooManyRequestsException', 'ThrottlingException', 'Throttling', 'LimitExceededException']);

/**
 * SES answered with a 4xx: it did not take the message (MailRefusedError). Anything else, no answer at
 * all, a 5xx, an answer the SDK could not read, is passed on as it is: the mail may have gone out.
 */
function refusalOf(error: unknown): MailRefusedError | null {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
  if (status === undefined || status < 400 || status > 499) return null;
  const code = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  const throttled = status === 429 || THROTTLING.has(code);
  // A bad request or a rejected message will be refused again; another 4xx (permissions being set up) may not.
  const permanent = !throttled && (status === 400 || code === 'MessageRejected');
  return new MailRefusedError(code, message, { throttled, permanent, cause: error });
}

/**
 * The client that mails recruiters: it never sends a request twice. SendEmail has no idempotency key,
 * so the SDK's own retry of a send whose answer was lost (no answer, a 5xx after SES accepted it) would
 * mail the recruiter again. In the AWS SDK v3 `maxAttempts` counts every attempt, the first included:
 * 1 means no retry at all, of any error (the sending use case retries a throttled send itself: a 4xx
 * means nothing went out); given here, it also wins over AWS_MAX_ATTEMPTS. The SDK's `requestTimeout`
 * alone only logs a warning; with `throwOnRequestTimeout` a send that gets no answer fails within the
 * run (outcome unknown: the owner is told at once) instead of running into the function's timeout.
 */
export function atMostOnceSesClient(config: Omit<SESv2ClientConfig, 'maxAttempts' | 'retryStrategy'> = {}): SESv2Client {
  return new SESv2Client({
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 10_000, throwOnRequestTimeout: true },
    ...config,
    maxAttempts: 1,
  });
}
