/** The recommendation for a sample invitation, rendered as the owner receives it (for screenshots and the browser test). */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../functions/config/load.js';
import { parseMessage } from '../functions/core/mail/parse.js';
import { renderTriage, type RenderedMail } from '../functions/core/write/render.js';
import { triageMessage, type Triage } from '../functions/core/triage/triage.js';
import { DEFAULT_CONFIG_FILE } from './stack.js';

export async function sampleRecommendation(file: string): Promise<{ triage: Triage; mail: RenderedMail }> {
  const config = loadConfig(DEFAULT_CONFIG_FILE);
  const triage = await triageMessage(await parseMessage(readFileSync(file)), config.owner, config.preferences);
  const mail = renderTriage(triage, config.owner, { choiceAddress: (label) => config.inbox.address.replace('@', `+exampletoken-${label}@`) });
  return { triage, mail };
}
