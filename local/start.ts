/**
 * `npm start` — local mode, the embedded default: every AWS part runs on 127.0.0.1 and the unchanged
 * Lambda handler answers mail sent to the SMTP port. Runs until interrupted (Ctrl-C).
 */
import './sdk-notice.js';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { InviteAdvisorError } from '../functions/core/errors.js';
import { startLocalServices, type LocalServices } from './services/index.js';
import { DEFAULT_CONFIG_FILE, REPLY_TOKEN_SECRET_ID, startInviteAdvisor } from './stack.js';

const USAGE = `usage: npm start -- [--config <file>] [--smtp-port <n>] [--data-dir <dir>] [--in-memory]

  --config <file>    owner configuration (default: local/local.config.json)
  --smtp-port <n>    SMTP port of the inbox (default: 2525; env SMTP_PORT)
  --data-dir <dir>   keep tables, raw mail and sent mail here (default: .local/data)
  --in-memory        keep nothing: a fresh start every time`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      config: { type: 'string' },
      'smtp-port': { type: 'string' },
      'data-dir': { type: 'string' },
      'in-memory': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.warn(USAGE);
    return 0;
  }
  const smtpPort = Number(values['smtp-port'] ?? process.env.SMTP_PORT ?? 2525);
  const dataDir = values['in-memory'] ? undefined : resolve(values['data-dir'] ?? '.local/data');
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const outboxDir = resolve(dataDir ?? '.local', 'outbox');

  let services: LocalServices | undefined;
  try {
    services = await startLocalServices({
      ...(dataDir ? { dataDir } : {}),
      saveOutboxDir: outboxDir,
      // A fresh secret each start: reply tokens from an earlier run stop verifying, as after a rotation.
      secrets: { [REPLY_TOKEN_SECRET_ID]: randomBytes(32).toString('base64url') },
    });
    const app = await startInviteAdvisor({ awsEnv: services.awsEnv(), configFile: values.config ?? DEFAULT_CONFIG_FILE, smtpPort });
    const owner = app.config.owner.addresses.join(', ');
    process.stdout.write(`invite-advisor is running locally.

  Inbox (SMTP)   smtp://${app.smtp.host}:${app.smtp.port}   accepts mail to ${app.config.inbox.address} (and its +token forms)
  Owner          ${owner}   (only mail from this address is answered)
  Outbox         ${services.sesOutboxUrl}   (every reply; raw .eml copies in ${outboxDir})

Forward an invitation as the owner, for example:
  npm run send -- samples/01-gmail-video-interview.eml
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

process.exitCode = await main();
