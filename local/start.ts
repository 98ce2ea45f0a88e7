/**
 * `npm start` — local mode, the embedded default: every AWS part runs on 127.0.0.1 and the unchanged
 * Lambda handler answers mail sent to the SMTP port. Runs until stopped (Ctrl-C, SIGTERM, SIGHUP, or the
 * npm process that started it going away), and then stops everything it started.
 */
import '../tools/regexp-tiering.js';
import './sdk-notice.js';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../functions/config/load.js';
import { InviteAdvisorError } from '../functions/errors.js';
import { lockDataFolder, newReplyTokenSecret, replyTokenSecretIn, type DataLock } from './data-folder.js';
import { DEFAULT_OUTBOX_PORT, startOutbox, type Outbox } from './outbox.js';
import { OutcomeBook, terminalLine } from './outcomes.js';
import { isQuietRun, scheduledRunLine } from './scheduled-runs.js';
import { startLocalServices, type LocalServices } from './services/index.js';
import { addressesOf, headerValues, splitHeaderBlock } from './services/mime-headers.js';
import { DEFAULT_CONFIG_FILE, DEFAULT_SCHEDULER_PORT, REPLY_TOKEN_SECRET_ID, SCHEDULER_CHECK_EVERY_MS, startInviteAdvisor, type InviteAdvisorLocal } from './stack.js';

const USAGE = `usage: npm start -- [--config <file>] [--smtp-port <n>] [--outbox-port <n>] [--scheduler-port <n>] [--data-dir <dir>] [--in-memory]

  --config <file>      owner configuration (default: local/local.config.json)
  --smtp-port <n>      SMTP port of the inbox (default: 2525; env SMTP_PORT)
  --outbox-port <n>    port of the outbox web page (default: ${DEFAULT_OUTBOX_PORT}; env OUTBOX_PORT)
  --scheduler-port <n> port of the scheduler stand-in, where npm run tick finds it
                       (default: ${DEFAULT_SCHEDULER_PORT}; env SCHEDULER_PORT)
  --data-dir <dir>     keep tables, raw mail, sent mail and the reply secret here (default: .local/data);
                       one running npm start per folder
  --in-memory          keep nothing: a fresh start every time (sent mail goes to a temporary folder,
                       removed at stop)`;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        config: { type: 'string' },
        'smtp-port': { type: 'string' },
        'outbox-port': { type: 'string' },
        'scheduler-port': { type: 'string' },
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
  if (values['in-memory'] && values['data-dir'] !== undefined) {
    console.error(`invite-advisor: --in-memory keeps no data folder: pass --data-dir or --in-memory, not both\n${USAGE}`);
    return 2;
  }
  const smtpPort = portOption('--smtp-port', values['smtp-port'] ?? process.env.SMTP_PORT ?? '2525');
  const outboxPort = portOption('--outbox-port', values['outbox-port'] ?? process.env.OUTBOX_PORT ?? String(DEFAULT_OUTBOX_PORT));
  const schedulerPort = portOption('--scheduler-port', values['scheduler-port'] ?? process.env.SCHEDULER_PORT ?? String(DEFAULT_SCHEDULER_PORT));
  if (smtpPort === undefined || outboxPort === undefined || schedulerPort === undefined) return 2;
  const configFile = values.config ?? DEFAULT_CONFIG_FILE;

  let services: LocalServices | undefined;
  let app: InviteAdvisorLocal | undefined;
  let outbox: Outbox | undefined;
  let lock: DataLock | undefined;
  let temporary: string | undefined;
  const stopAll = async (): Promise<void> => {
    await app?.stop().catch(() => undefined);
    await outbox?.stop().catch(() => undefined);
    await services?.stop().catch(() => undefined);
    removeFolders();
  };
  const removeFolders = (): void => {
    lock?.release();
    if (temporary) rmSync(temporary, { recursive: true, force: true });
  };
  // Stop requests are heard from the first moment: one that comes while starting stops right after.
  const stopRequested = stopSignal(removeFolders);
  try {
    // What can be checked in a moment is checked before Java starts: the configuration, the ports, the lock.
    const config = loadConfig(configFile);
    if (smtpPort !== 0) await assertPortFree(smtpPort, '--smtp-port');
    if (outboxPort !== 0) await assertPortFree(outboxPort, '--outbox-port');
    if (schedulerPort !== 0) await assertPortFree(schedulerPort, '--scheduler-port');
    const dataDir = values['in-memory'] ? undefined : resolve(values['data-dir'] ?? '.local/data');
    if (dataDir) {
      mkdirSync(dataDir, { recursive: true });
      lock = lockDataFolder(dataDir);
    } else {
      temporary = mkdtempSync(join(tmpdir(), 'invite-advisor-'));
    }
    const outboxDir = join(dataDir ?? temporary ?? '', 'outbox');
    // The reply secret stays with the data it signed: replies to earlier recommendations still verify.
    const replyTokenSecret = dataDir ? replyTokenSecretIn(dataDir) : newReplyTokenSecret();
    const outcomes = new OutcomeBook();
    outbox = await startOutbox({
      dir: outboxDir,
      port: outboxPort,
      ownerAddresses: config.owner.addresses,
      outcomes: { book: outcomes, instance: { configFile: shown(configFile), owners: config.owner.addresses, inbox: config.inbox.address } },
    }).catch((error: unknown) => {
      throw Object.assign(error as Error, { option: '--outbox-port' });
    });
    const { outcomeUrl } = outbox;
    services = await startLocalServices({
      ...(dataDir ? { dataDir } : {}),
      saveOutboxDir: outboxDir,
      secrets: { [REPLY_TOKEN_SECRET_ID]: replyTokenSecret },
    });
    app = await startInviteAdvisor({
      awsEnv: services.awsEnv(),
      configFile,
      smtpPort,
      // Reminders fire on the real clock, within the half-minute (npm run tick fires them at once).
      schedulerPort,
      schedulerCheckEveryMs: SCHEDULER_CHECK_EVERY_MS,
      ...(dataDir ? { dataDir } : {}),
      acceptedText: (id) => `Ok ${id}; outcome at ${outcomeUrl(id)}`,
      onScheduledRun: ({ input, result }) => isQuietRun(result) || process.stdout.write(`[${new Date().toLocaleTimeString('en-GB', { hour12: false })}] ${scheduledRunLine(input, result)}\n`),
      onReport: (report) => {
        outcomes.record(report);
        process.stdout.write(`${terminalLine(report)}\n`);
      },
    });
    process.stdout.write(banner(app, outbox.url, outboxDir, { configFile: values.config, temporary: temporary !== undefined }));
    const why = await stopRequested;
    process.stdout.write(`\nstopping (${why})…\n`);
    await stopAll();
    return 0;
  } catch (error) {
    await stopAll();
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EADDRINUSE'
        ? `${(error as Error).message}: another program (an earlier npm start?) uses that port; stop it or pass ${(error as { option?: string }).option ?? '--smtp-port'} <n>`
        : error instanceof InviteAdvisorError || error instanceof Error
          ? error.message
          : String(error);
    console.error(`invite-advisor: ${message.split('\n')[0]}`);
    return 1;
  }
}

function portOption(option: string, text: string): number | undefined {
  const port = Number(text);
  if (/^\d+$/.test(text) && port <= 65535) return port;
  console.error(`invite-advisor: ${option} must be a port number from 0 to 65535 (got "${text}")`);
  return undefined;
}

/**
 * Resolves with the reason to stop: a signal, or the parent gone. `npm start` runs this with `exec`, so
 * its parent is npm itself; npm passes SIGINT and SIGTERM on, but dies of SIGHUP (or SIGKILL) without
 * a word, and then this process is orphaned: its parent pid changes. A second signal while stopping
 * ends the process at once (DynamoDB Local is killed on exit: local/services/dynamodb-local.ts).
 */
function stopSignal(lastResort: () => void): Promise<string> {
  return new Promise((done) => {
    let asked = false;
    const ask = (why: string): void => {
      if (!asked) {
        asked = true;
        done(why);
        return;
      }
      lastResort();
      process.exit(130);
    };
    const parent = process.ppid;
    const watch = setInterval(() => {
      if (process.ppid !== parent) {
        clearInterval(watch);
        ask(`parent process ${parent} exited`);
      }
    }, 500);
    watch.unref();
    // Listeners stay for the whole run: with none left, Node's default for the signal would end the
    // process before it has stopped what it started.
    for (const signal of SIGNALS) process.on(signal, () => ask(signal));
  });
}

/** The start banner. Every command in it works as printed, whatever options npm start got. */
function banner(app: InviteAdvisorLocal, outboxUrl: string, outboxDir: string, options: { configFile: string | undefined; temporary: boolean }): string {
  const { host, port } = app.smtp;
  const schedulerPort = Number(new URL(app.scheduler.endpoint).port);
  const owner = app.config.owner.addresses[0] ?? '';
  const sample = 'samples/01-gmail-video-interview.eml';
  // The samples are forwards by alex@example.com: with another owner they are sent as that owner.
  const sampleByOwner = isFromOwner(sample, app.config.owner.addresses);
  const sendOptions = [
    ...(port === 2525 ? [] : ['--port', String(port)]),
    ...(options.configFile ? ['--config', shellWord(shown(options.configFile))] : []),
    ...(sampleByOwner ? [] : ['--as-owner']),
  ];
  // curl sends the file as it is: shown only when that is answered.
  const curl = `\n  curl -sS smtp://${host}:${port} --mail-from ${owner} --mail-rcpt ${app.config.inbox.address} --upload-file ${sample}`;
  return `invite-advisor is running locally.

  Inbox (SMTP)   smtp://${host}:${port}   accepts mail to ${app.config.inbox.address} (and its +token forms)
  Owner          ${app.config.owner.addresses.join(', ')}   (only mail from ${app.config.owner.addresses.length > 1 ? 'these addresses' : 'this address'} is answered)
  Outbox         ${outboxUrl}   (every mail sent, newest first; .eml copies in ${shown(outboxDir)}${options.temporary ? ', removed at stop' : ''})
  Reminders      ${app.scheduler.endpoint}   (fired when due; npm run tick${schedulerPort === DEFAULT_SCHEDULER_PORT ? '' : ` -- --port ${schedulerPort}`} fires what is due now, or --at <instant>)

Forward an invitation as the owner, for example:
  npm run send -- ${[sample, ...sendOptions].join(' ')}${sampleByOwner ? curl : ''}

Each message gets one line here when it has been handled. Press Ctrl-C to stop.
`;
}

function isFromOwner(file: string, owners: readonly string[]): boolean {
  const from = addressesOf(headerValues(splitHeaderBlock(readFileSync(file)).fields, 'from'))[0]?.address.toLowerCase();
  return from !== undefined && owners.some((owner) => owner.toLowerCase() === from);
}

/** A path as the user would type it: relative to the current folder when inside it. */
function shown(path: string): string {
  const relativePath = relative(process.cwd(), resolve(path));
  return relativePath && !relativePath.startsWith('..') && !isAbsolute(relativePath) ? relativePath : resolve(path);
}

/** Quotes a word for a POSIX shell when it needs it. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Fails with EADDRINUSE at once, instead of after starting DynamoDB Local and the rest. */
function assertPortFree(port: number, option: string): Promise<void> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(Object.assign(error, { option })));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolvePort()));
  });
}

// Exit explicitly: a failed start must not leave the process waiting on a half-started server.
process.exit(await main());
