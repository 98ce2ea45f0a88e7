/** The MailAccount port over SESv2 GetAccount. */
import { GetAccountCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { MailAccount } from '../app/ports.js';

export class SesV2Account implements MailAccount {
  constructor(private readonly client: SESv2Client) {}

  async productionAccess(): Promise<boolean> {
    const account = await this.client.send(new GetAccountCommand({}));
    return account.ProductionAccessEnabled === true;
  }
}
