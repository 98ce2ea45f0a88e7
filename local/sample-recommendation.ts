/** The recommendation for a sample invitation, rendered as the owner receives it (for screenshots and the browser test). */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../functions/config/load.js';
import { parseMessage } from '../functions/core/mail/mail.js';
import { renderTriage, type RenderedMail } from '../functions/core/write/write.js';
import { triageMessage, type Triage } from '../functions/core/triage/triage.js';
import { choiceAddresses } from '../functions/core/reply/reply.js';
import { DEFAULT_CONFIG_FILE } from './stack.js';

export async function sampleRecommendation(file: string): Promise<{ triage: Triage; mail: RenderedMail }> {
  const config = loadConfig(DEFAULT_CONFIG_FILE);
  const triage = await triageMessage(await parseMessage(readFileSync(file)), config.owner, config.preferences);
  // A fixed secret: the sample's links only show what a Bcc looks like.
  const choiceAddress = choiceAddresses(config.inbox.address, 'sample-secret', { inviteId: triage.inviteId, version: 1 }, new Date('2099-01-01T00:00:00Z'));
  const mail = renderTriage(triage, config.owner, { choiceAddress });
  return { triage, mail };
}
