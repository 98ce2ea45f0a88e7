/** The Mailer port over SESv2 SendEmail with Raw content (the MIME our code built, byte for byte). */
import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer } from '../app/ports.js';

export class SesV2Mailer implements Mailer {
  constructor(
    private readonly client: SESv2Client,
    /** a configuration set whose event destination reports bounces and complaints */
    private readonly configurationSet?: string,
  ) {}

  async sendRaw(raw: Uint8Array, envelope: { from: string; to: string[] }): Promise<string> {
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
  }
}
