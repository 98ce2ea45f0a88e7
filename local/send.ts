/**
 * `npm run send -- <message.eml> [--from <address>] [--to <address>] [--port <n>]`
 * Sends a raw message to the local inbox over SMTP, as the owner's mail client would forward it.
 */
import './sdk-notice.js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import nodemailer from 'nodemailer';
import { loadConfig } from '../functions/config/load.js';
import { DEFAULT_CONFIG_FILE } from './stack.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string' }, to: { type: 'string' }, port: { type: 'string' }, config: { type: 'string' } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: npm run send -- <message.eml> [--from <address>] [--to <address>] [--port <n>]');
  process.exit(2);
}
const config = loadConfig(values.config ?? DEFAULT_CONFIG_FILE);
const transport = nodemailer.createTransport({
  host: '127.0.0.1',
  port: Number(values.port ?? process.env.SMTP_PORT ?? 2525),
  secure: false,
  ignoreTLS: true,
});
try {
  const info = await transport.sendMail({
    envelope: { from: values.from ?? config.owner.addresses[0] ?? '', to: [values.to ?? config.inbox.address] },
    raw: readFileSync(file),
  });
  process.stdout.write(`sent ${file}: ${info.response}\nThe recommendation appears in the outbox printed by npm start.\n`);
} catch (error) {
  console.error(`send: ${(error as Error).message}`);
  process.exitCode = 1;
}
