/**
 * `npm start` — local mode, the embedded default: every AWS part runs on 127.0.0.1 and the unchanged
 * Lambda handler answers mail sent to the SMTP port. Runs until interrupted (Ctrl-C).
 */
import './sdk-notice.js';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../functions/config/load.js';
import { InviteAdvisorError } from '../functions/errors.js';
import { startLocalServices, type LocalServices } from './services/index.js';
import { DEFAULT_CONFIG_FILE, REPLY_TOKEN_SECRET_ID, startInviteAdvisor } from './stack.js';

const USAGE = `usage: npm start -- [--config <file>] [--smtp-port <n>] [--data-dir <dir>] [--in-memory]

  --config <file>    owner configuration (default: local/local.config.json)
  --smtp-port <n>    SMTP port of the inbox (default: 2525; env SMTP_PORT)
  --data-dir <dir>   keep tables, raw mail and sent mail here (default: .local/data)
  --in-memory        keep nothing: a fresh start every time (copies of sent mail go to a temporary folder)`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        config: { type: 'string' },
        'smtp-port': { type: 'string' },
        'data-dir': { type: 'string' },
        'in-memory': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`invite-advisor: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.warn(USAGE);
    return 0;
  }
  const portText = values['smtp-port'] ?? process.env.SMTP_PORT ?? '2525';
  const smtpPort = Number(portText);
  if (!/^\d+$/.test(portText) || smtpPort > 65535) {
    console.error(`invite-advisor: --smtp-port must be a port number from 0 to 65535 (got "${portText}")`);
    return 2;
  }
  const configFile = values.config ?? DEFAULT_CONFIG_FILE;
  const dataDir = values['in-memory'] ? undefined : resolve(values['data-dir'] ?? '.local/data');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // In memory, even the copies of sent mail go to a fresh temporary folder.
  const outboxDir = dataDir ? resolve(dataDir, 'outbox') : mkdtempSync(join(tmpdir(), 'invite-advisor-outbox-'));

  let services: LocalServices | undefined;
  try {
    // What can be checked in a moment is checked before Java starts: the configuration and the port.
    loadConfig(configFile);
    if (smtpPort !== 0) await assertPortFree(smtpPort);
    services = await startLocalServices({
      ...(dataDir ? { dataDir } : {}),
      saveOutboxDir: outboxDir,
      // A fresh secret each start: reply tokens from an earlier run stop verifying, as after a rotation.
      secrets: { [REPLY_TOKEN_SECRET_ID]: randomBytes(32).toString('base64url') },
    });
    const app = await startInviteAdvisor({ awsEnv: services.awsEnv(), configFile, smtpPort });
    const owner = app.config.owner.addresses.join(', ');
    process.stdout.write(`invite-advisor is running locally.

  Inbox (SMTP)   smtp://${app.smtp.host}:${app.smtp.port}   accepts mail to ${app.config.inbox.address} (and its +token forms)
  Owner          ${owner}   (only mail from this address is answered)
  Outbox         ${services.sesOutboxUrl}   (every reply; raw .eml copies in ${outboxDir})

Forward an invitation as the owner, for example:
  npm run send -- samples/01-gmail-video-interview.eml${app.smtp.port === 2525 ? '' : ` --port ${app.smtp.port}`}
  curl -s smtp://${app.smtp.host}:${app.smtp.port} --mail-from ${app.config.owner.addresses[0]} --mail-rcpt ${app.config.inbox.address} --upload-file samples/01-gmail-video-interview.eml

Press Ctrl-C to stop.
`);
    await new Promise<void>((done) => {
      process.once('SIGINT', done);
      process.once('SIGTERM', done);
    });
    process.stdout.write('\nstopping…\n');
    await app.stop();
    await services.stop();
    return 0;
  } catch (error) {
    await services?.stop().catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EADDRINUSE'
        ? `${(error as Error).message}: another program (an earlier npm start?) uses that port; stop it or pass --smtp-port <n>`
        : error instanceof InviteAdvisorError || error instanceof Error
          ? error.message
          : String(error);
    console.error(`invite-advisor: ${message.split('\n')[0]}`);
    return 1;
  }
}

/** Fails with EADDRINUSE at once, instead of after starting DynamoDB Local and the rest. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort()));
  });
}

// Exit explicitly: a failed start must not leave the process waiting on a half-started server.
process.exit(await main());
