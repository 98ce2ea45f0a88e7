// Stand-in for SES RECEIVING: an SMTP server on loopback that does what the production receipt
// rule does (S3 action, then Lambda action): store the raw message at `prefix + messageId`,
// then invoke the unchanged handler asynchronously with an SES-shaped event.
//
// Tests steer SES's verdicts with a header that the stand-in reads and REMOVES before storing:
//   X-Invite-Advisor-Test-Verdicts: spam=PASS; virus=FAIL; spf=PASS; dkim=PASS; dmarc=FAIL;
//     dkim-domain=other.example; dmarc-policy=reject
// Verdicts are PASS|FAIL|GRAY|PROCESSING_FAILED|DISABLED (default PASS); dkim-domain defaults to
// the From domain; dmarc-policy (none|quarantine|reject, default none) is reported only when
// DMARC FAILS, as SES does.
import { randomInt } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerError, type SMTPServerSession } from 'smtp-server';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from './constants.js';
import { addressesOf, domainOf, headerValues, joinHeaderBlock, splitHeaderBlock } from './mime-headers.js';
import { errorMessage, LOOPBACK } from './net.js';
import {
  buildReceiptEvent,
  DEFAULT_VERDICTS,
  DMARC_POLICIES,
  SesEventShapeSchema,
  sesAddedFields,
  VERDICT_STATUSES,
  type DmarcPolicy,
  type Reception,
  type Verdicts,
  type VerdictStatus,
} from './ses-receipt-event.js';

export const TEST_VERDICTS_HEADER = 'X-Invite-Advisor-Test-Verdicts';
/** SES stores at most 40 MB to S3. */
export const SES_MAX_MESSAGE_BYTES = 40 * 1024 * 1024;

export interface SesReceivingOptions {
  s3: S3Client;
  bucket: string;
  /** Object key prefix, used literally (include the trailing slash). */
  prefix: string;
  /** Accepted addresses (an address also matches with a +label, case-insensitively) or whole domains. */
  recipients: string[];
  /** Called with each receipt event, like the Lambda action; never awaited by the SMTP answer. */
  invoke: (event: unknown) => Promise<unknown>;
  port?: number;
  maxBytes?: number;
  region?: string;
  functionArn?: string;
  /** The text after 250 in the answer to DATA (default `Ok <message id>`, as SES says); local mode adds where to read the outcome. */
  acceptedText?: (messageId: string) => string;
}

export interface Invocation {
  messageId: string;
  ok: boolean;
  error?: string;
}

export interface SesReceiving {
  port: number;
  host: string;
  stop(): Promise<void>;
  /** Resolves when every invocation started so far has finished. */
  settled(): Promise<void>;
  invocations(): Invocation[];
}

export class TestVerdictsHeaderError extends Error {
  override readonly name = 'TestVerdictsHeaderError';
}

/** The event the stand-in built does not match the documented shape: a bug here, not in the caller. */
export class SesReceivingBugError extends Error {
  override readonly name = 'SesReceivingBugError';
}

export async function startSesReceiving(options: SesReceivingOptions): Promise<SesReceiving> {
  const maxBytes = options.maxBytes ?? SES_MAX_MESSAGE_BYTES;
  const region = options.region ?? LOCAL_REGION;
  const functionArn = options.functionArn ?? `arn:aws:lambda:${region}:${LOCAL_ACCOUNT_ID}:function:invite-advisor-inbound`;
  const invocations: Invocation[] = [];
  const pending = new Set<Promise<void>>();

  const startInvocation = (messageId: string, event: unknown): void => {
    const run = Promise.resolve()
      .then(() => options.invoke(event))
      .then(
        () => {
          invocations.push({ messageId, ok: true });
        },
        (err: unknown) => {
          const error = errorMessage(err);
          invocations.push({ messageId, ok: false, error });
          console.error(`[ses receiving] invocation for ${messageId} failed: ${error.replace(/\s*\n\s*/g, ' ')}`);
        },
      )
      .finally(() => pending.delete(run));
    pending.add(run);
  };

  const receive = async (stream: SMTPServerDataStream, session: SMTPServerSession): Promise<{ messageId: string; event: unknown }> => {
    const receivedAt = new Date();
    const bytes = await readLimited(stream, maxBytes);
    if (stream.sizeExceeded || bytes === undefined) {
      throw smtpError(552, `5.3.4 Message too big: the limit is ${maxBytes} bytes`);
    }
    const { fields, eol, rest } = splitHeaderBlock(bytes);
    const isTestHeader = (name: string): boolean => name.toLowerCase() === TEST_VERDICTS_HEADER.toLowerCase();
    let verdicts: Verdicts;
    try {
      verdicts = parseTestVerdicts(headerValues(fields, TEST_VERDICTS_HEADER).join(';'));
    } catch (err) {
      throw smtpError(554, `5.6.0 ${errorMessage(err)}`);
    }
    // The delivering MTA (here: SES) writes Return-Path; one from the sender is dropped, not trusted.
    const kept = fields.filter((f) => !isTestHeader(f.name) && f.name.toLowerCase() !== 'return-path');
    const fromDomain = domainOf(addressesOf(headerValues(kept, 'from'))[0]?.address ?? '');
    const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    const reception: Reception = {
      messageId: newMessageId(),
      receivedAt,
      mailFrom,
      recipients: session.envelope.rcptTo.map((a) => a.address),
      helo: session.hostNameAppearsAs || session.clientHostname || LOOPBACK,
      clientIp: session.remoteAddress.replace(/^::ffff:/, ''),
      region,
      functionArn,
      verdicts,
    };
    const stored = [...sesAddedFields(reception, fromDomain), ...kept];
    const event = await buildReceiptEvent(reception, stored, new Date());
    const check = SesEventShapeSchema.safeParse(event);
    if (!check.success) {
      const bug = new SesReceivingBugError(`SES receiving stand-in built an invalid event: ${check.error.message}`);
      console.error(`[ses receiving] ${bug.message.replace(/\s*\n\s*/g, ' ')}`);
      throw Object.assign(bug, { responseCode: 451 });
    }
    try {
      await options.s3.send(
        new PutObjectCommand({ Bucket: options.bucket, Key: options.prefix + reception.messageId, Body: joinHeaderBlock(stored, eol, rest) }),
      );
    } catch (err) {
      console.error(`[ses receiving] could not store ${reception.messageId} in s3://${options.bucket}/${options.prefix}: ${errorMessage(err)}`);
      throw smtpError(451, `4.3.0 could not store the message: ${errorMessage(err)}`);
    }
    return { messageId: reception.messageId, event };
  };

  const server = new SMTPServer({
    authOptional: true,
    // The SMTP server's built-in certificate has expired: no STARTTLS on loopback, no AUTH.
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: maxBytes,
    banner: 'invite-advisor local SES receiving stand-in',
    logger: false,
    closeTimeout: 2_000,
    onRcptTo(address: SMTPServerAddress, _session: SMTPServerSession, callback: (err?: Error | null) => void) {
      // No open relay: only the receipt rule's recipients are accepted.
      if (matchesRecipient(address.address, options.recipients)) callback();
      else callback(smtpError(550, `5.7.1 <${address.address}>: relaying denied, not a recipient of this receipt rule`));
    },
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (err?: Error | null, message?: string) => void) {
      receive(stream, session).then(
        ({ messageId, event }) => {
          callback(null, options.acceptedText?.(messageId) ?? `Ok ${messageId}`);
          // SES invokes the Lambda action asynchronously (InvocationType Event), after answering.
          startInvocation(messageId, event);
        },
        (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
      );
    },
  });
  server.on('error', (err: Error) => console.error(`[ses receiving] SMTP server error: ${err.message}`));

  const port = await new Promise<number>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.server.off('error', reject);
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });

  const settled = async (): Promise<void> => {
    while (pending.size) await Promise.allSettled([...pending]);
  };
  let stopped: Promise<void> | undefined;
  return {
    port,
    host: LOOPBACK,
    settled,
    invocations: () => [...invocations],
    stop: () =>
      (stopped ??= new Promise<void>((resolve) => server.close(() => resolve())).then(settled)),
  };
}

/** Reads the DATA stream, keeping at most `maxBytes` in memory; undefined when it was larger. */
async function readLimited(stream: SMTPServerDataStream, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total <= maxBytes) chunks.push(chunk);
  }
  return total <= maxBytes ? Buffer.concat(chunks) : undefined;
}

function smtpError(responseCode: number, message: string): SMTPServerError {
  return Object.assign(new Error(message), { responseCode });
}

/** `interviews+abc@In.Example.com` matches `interviews@in.example.com`; a bare domain matches all of it. */
export function matchesRecipient(address: string, recipients: readonly string[]): boolean {
  const lower = address.toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 1) return false;
  const domain = lower.slice(at + 1);
  const base = `${lower.slice(0, at).split('+')[0]}@${domain}`;
  return recipients.some((r) => {
    const wanted = r.toLowerCase();
    return wanted.includes('@') ? wanted === lower || wanted === base : wanted === domain;
  });
}

/** Parses the test header's value; '' gives the defaults (all PASS). */
export function parseTestVerdicts(value: string): Verdicts {
  const verdicts: Verdicts = { ...DEFAULT_VERDICTS };
  for (const part of value.split(';')) {
    const item = part.trim();
    if (!item) continue;
    const eq = item.indexOf('=');
    const key = (eq === -1 ? item : item.slice(0, eq)).trim().toLowerCase();
    const raw = eq === -1 ? '' : item.slice(eq + 1).trim();
    switch (key) {
      case 'spam':
      case 'virus':
      case 'spf':
      case 'dkim':
      case 'dmarc':
        verdicts[key] = verdictStatus(key, raw);
        break;
      case 'dkim-domain':
        if (!/^[a-z0-9.-]+$/i.test(raw)) throw new TestVerdictsHeaderError(`${TEST_VERDICTS_HEADER}: bad dkim-domain "${raw}"`);
        verdicts.dkimDomain = raw.toLowerCase();
        break;
      case 'dmarc-policy':
        verdicts.dmarcPolicy = dmarcPolicy(raw);
        break;
      default:
        throw new TestVerdictsHeaderError(`${TEST_VERDICTS_HEADER}: unknown key "${key}"`);
    }
  }
  return verdicts;
}

function verdictStatus(key: string, raw: string): VerdictStatus {
  const status = VERDICT_STATUSES.find((s) => s === raw.toUpperCase());
  if (!status) throw new TestVerdictsHeaderError(`${TEST_VERDICTS_HEADER}: ${key}="${raw}" is not one of ${VERDICT_STATUSES.join('|')}`);
  return status;
}

function dmarcPolicy(raw: string): DmarcPolicy {
  const policy = DMARC_POLICIES.find((p) => p === raw.toLowerCase());
  if (!policy) throw new TestVerdictsHeaderError(`${TEST_VERDICTS_HEADER}: dmarc-policy="${raw}" is not one of ${DMARC_POLICIES.join('|')}`);
  return policy;
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** SES receiving message ids are lowercase alphanumerics (e.g. `o3vrnil0e2ic28tr...`); 32 here. */
function newMessageId(): string {
  let id = '';
  for (let i = 0; i < 32; i += 1) id += ID_ALPHABET[randomInt(ID_ALPHABET.length)];
  return id;
}
