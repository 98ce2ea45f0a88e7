/**
 * `npm run demo` — starts the local stack in memory, forwards every sample invitation under samples/
 * to the inbox over SMTP as the owner would, waits for each reply and prints it. Exits 0 when every
 * sample was answered.
 */
import './sdk-notice.js';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { parseMessage } from '../functions/core/mail/mail.js';
import { startLocalServices, type LocalServices } from './services/index.js';
import { REPLY_TOKEN_SECRET_ID, startInviteAdvisor, type InviteAdvisorLocal } from './stack.js';

const SAMPLES = new URL('../samples/', import.meta.url).pathname;
const RULE = '─'.repeat(78);

async function main(): Promise<number> {
  const started = Date.now();
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  let services: LocalServices | undefined;
  let app: InviteAdvisorLocal | undefined;
  try {
    services = await startLocalServices({ secrets: { [REPLY_TOKEN_SECRET_ID]: randomBytes(32).toString('base64url') } });
    app = await startInviteAdvisor({ awsEnv: services.awsEnv() });
    const owner = app.config.owner.addresses[0] ?? '';
    const transport = nodemailer.createTransport({ host: app.smtp.host, port: app.smtp.port, secure: false, ignoreTLS: true });
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.eml')).sort();
    let answered = 0;
    for (const file of files) {
      const raw = readFileSync(join(SAMPLES, file));
      const forwardId = (await parseMessage(raw)).messageId;
      await transport.sendMail({ envelope: { from: owner, to: [app.config.inbox.address] }, raw });
      await app.receiving.settled();
      const reply = await findReply(services, forwardId);
      process.stdout.write(`\n${RULE}\n${file}  (forwarded by ${owner})\n${RULE}\n`);
      if (!reply) {
        process.stdout.write('no reply arrived\n');
        continue;
      }
      answered += 1;
      process.stdout.write(`Subject: ${reply.subject ?? ''}\nTo: ${reply.to.map((t) => t.address).join(', ')}    Reply-To: ${reply.replyTo?.address ?? ''}\n\n${reply.text}`);
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`\n${answered} of ${files.length} sample invitations answered in ${seconds} s (services included).\n`);
    return answered === files.length ? 0 : 1;
  } catch (error) {
    console.error(`demo: ${(error as Error).message.split('\n')[0]}`);
    return 1;
  } finally {
    await app?.stop().catch(() => undefined);
    await services?.stop().catch(() => undefined);
  }
}

/** The recorded mail (raw MIME, as sent) that answers the forward with this Message-ID. */
async function findReply(services: LocalServices, forwardId: string | null) {
  for (const mail of services.ses.recorded()) {
    const parsed = await parseMessage(Buffer.from(mail.raw));
    if (forwardId && parsed.headers.some((h) => h.name === 'in-reply-to' && h.value === forwardId)) return parsed;
  }
  return null;
}

process.exitCode = await main();
