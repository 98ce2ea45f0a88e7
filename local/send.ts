/**
 * `npm run send -- <message.eml> [--config <file>] [--port <n>] [--as-owner] [--from <address>] [--to <address>]`
 * Sends a raw message to the local inbox over SMTP, as the owner's mail client would forward it, then
 * waits (a few seconds at most) for what local mode made of it and says so in one line.
 */
import './sdk-notice.js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { loadConfig } from '../functions/config/load.js';
import { fetchOutcome, senderLine } from './outcomes.js';
import { joinHeaderBlock, makeField, splitHeaderBlock } from './services/mime-headers.js';
import { DEFAULT_CONFIG_FILE } from './stack.js';

const USAGE = `usage: npm run send -- <message.eml> [--config <file>] [--port <n>] [--as-owner] [--from <address>] [--to <address>]

  --config <file>   the configuration npm start was given (default: local/local.config.json): the
                    inbox to send to and the owner to send as
  --port <n>        the inbox's SMTP port (default: 2525; env SMTP_PORT)
  --as-owner        replace the file's From with the first owner address of the configuration (the
                    samples are forwards by alex@example.com; this sends them as your owner)
  --from <address>  the SMTP envelope sender (default: the first owner address); the From header is the file's own
  --to <address>    the recipient (default: the inbox), e.g. a recommendation's Reply-To address to reply to it`;

/** How long to wait for the outcome: a message is usually handled in well under a second. */
const WAIT_SECONDS = 15;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        port: { type: 'string' },
        config: { type: 'string' },
        'as-owner': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`send: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.warn(USAGE);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    console.error(`send: ${file ? 'one file at a time' : 'no file given'}\n${USAGE}`);
    return 2;
  }
  const portText = values.port ?? process.env.SMTP_PORT ?? '2525';
  if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
    console.error(`send: --port must be a port number from 1 to 65535 (got "${portText}")`);
    return 2;
  }
  const port = Number(portText);
  let raw: Buffer;
  let config;
  try {
    raw = readFileSync(file);
    config = loadConfig(values.config ?? DEFAULT_CONFIG_FILE);
  } catch (error) {
    console.error(`send: ${(error as Error).message.split('\n')[0]}`);
    return 1;
  }
  const owner = config.owner.addresses[0] ?? '';
  if (values['as-owner']) raw = withFrom(raw, owner);
  const to = values.to ?? config.inbox.address;
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  let response: string;
  try {
    response = (await transport.sendMail({ envelope: { from: values.from ?? owner, to: [to] }, raw })).response;
  } catch (error) {
    console.error(`send: ${explainRefusal(error as NodeJS.ErrnoException & { responseCode?: number }, { port, to, configGiven: values.config !== undefined })}`);
    return 1;
  }
  // Local mode's answer names where the outcome is read (any other SMTP server's does not).
  const outcomeUrl = /outcome at (http:\/\/\S+)/.exec(response)?.[1];
  if (!outcomeUrl) {
    process.stdout.write(`sent ${file}: ${response}\n`);
    return 0;
  }
  const outboxUrl = new URL('/', outcomeUrl).href;
  try {
    const { line, ok } = senderLine(await fetchOutcome(outcomeUrl, WAIT_SECONDS), await fromOf(raw), outboxUrl);
    process.stdout.write(`${file}: ${line}\n`);
    return ok ? 0 : 1;
  } catch (error) {
    console.error(`send: ${file} was accepted (${response}), but its outcome could not be read: ${(error as Error).message}`);
    return 1;
  }
}

/** The message with one From: the owner's address (the rest of the file untouched). */
function withFrom(raw: Buffer, address: string): Buffer {
  const { fields, eol, rest } = splitHeaderBlock(raw);
  const kept = fields.filter((field) => !['from', 'sender'].includes(field.name.toLowerCase()));
  return joinHeaderBlock([makeField('From', address), ...kept], eol, rest);
}

/** The one From address of the file, as `send` read it; null when it has none or several. */
async function fromOf(raw: Buffer): Promise<string | null> {
  try {
    const mail = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
    const boxes = mail.from?.value.filter((box) => box.address) ?? [];
    return boxes.length === 1 ? (boxes[0]?.address ?? null) : null;
  } catch {
    return null;
  }
}

function explainRefusal(error: NodeJS.ErrnoException & { responseCode?: number }, context: { port: number; to: string; configGiven: boolean }): string {
  if (error.code === 'ECONNREFUSED' || error.code === 'ESOCKET') {
    return `nothing answers on 127.0.0.1:${context.port}: is npm start running? Its banner prints the command to use (pass --port <n> if it listens elsewhere)`;
  }
  if (error.responseCode === 550) {
    return `the inbox on port ${context.port} refused ${context.to} (${error.message.replace(/^.*?(\d{3} )/, '$1')}): ${
      context.configGiven
        ? 'that npm start has another inbox address than this --config file; pass the --config it was started with'
        : 'npm start was given another configuration (--config <file>); pass the same --config to send, as its banner shows'
    }`;
  }
  return error.message;
}

process.exitCode = await main();
