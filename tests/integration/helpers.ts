/** Shared helpers of the integration tests: real SMTP in, real SES stand-in out. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { fetchRecorded } from '../../local/services/index.js';
import { DEFAULT_CONFIG_FILE, type InviteAdvisorLocal } from '../../local/stack.js';
import { verifyReplyToken } from '../../functions/core/reply/reply.js';
import { createTableInput } from '../../functions/adapters/table-design.js';
import { parseMessage, type ParsedMessage } from '../../functions/core/mail/parse.js';

export const OWNER = 'alex@example.com';
export const INBOX = 'interviews@in.example.com';

export function fixture(path: string): Buffer {
  return readFileSync(new URL(`../${path}`, import.meta.url));
}

export function uniqueId(): string {
  return `<test-${randomBytes(8).toString('hex')}@example.com>`;
}

/** Unique table and bucket names per test file, so files run in parallel without seeing each other. */
export function uniqueNames(label: string): { tableName: string; bucket: string } {
  const suffix = randomBytes(4).toString('hex');
  return { tableName: `${label}-${suffix}`, bucket: `${label}-${suffix}` };
}

/**
 * A table of its own on DynamoDB Local, built from the one table design, with the document client the
 * functions build (functions/handlers/dependencies.ts). Call it once process.env holds the local endpoint
 * (`Object.assign(process.env, inject('awsEnv'))`).
 */
export async function freshTable(label: string): Promise<{ tableName: string; documents: DynamoDBDocumentClient }> {
  const client = new DynamoDBClient({});
  const tableName = `${label}-${randomBytes(6).toString('hex')}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  return { tableName, documents: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }) };
}

/** Replaces (or adds) the top-level Message-ID, so replies to this very message can be found. */
/**
 * A configuration file for one test file (`npm start`'s local default): the hourly cap lifted, since these
 * tests send the owner many mails in one hour (the cap's own tests are elsewhere), `replies` as given, and
 * `followThrough` switches over the default's.
 */
export function localConfig(label: string, change: { replies?: object; followThrough?: object; limits?: object } = {}): string {
  const base = JSON.parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')) as { limits: object; followThrough?: object };
  const configFile = join(mkdtempSync(join(tmpdir(), `${label}-`)), 'config.json');
  const config = { ...base, ...(change.replies ? { replies: change.replies } : {}), limits: { ...base.limits, mailsToOwnerPerHour: 1000, ...change.limits } };
  writeFileSync(configFile, JSON.stringify(change.followThrough ? { ...config, followThrough: { ...base.followThrough, ...change.followThrough } } : config));
  return configFile;
}

export function withMessageId(raw: Buffer, messageId: string): Buffer {
  const text = raw.toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const head = text.slice(0, end).replace(/^Message-ID:.*(?:\r?\n[ \t].*)*\r?\n?/im, '');
  return Buffer.from(`Message-ID: ${messageId}\r\n${head}${text.slice(end)}`, 'latin1');
}

export function withHeader(raw: Buffer, name: string, value: string): Buffer {
  return Buffer.concat([Buffer.from(`${name}: ${value}\r\n`), raw]);
}

export async function sendSmtp(port: number, raw: Buffer, envelope: { from: string; to: string[] }): Promise<string> {
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  const info = await transport.sendMail({ envelope, raw });
  // The stand-in answers "250 Ok <ses message id>".
  return info.response.split(' ').pop() ?? '';
}

export interface SentMail {
  destinations: string[];
  raw: string;
  parsed: ParsedMessage;
}

/** Everything the SES stand-in was asked to send (raw MIME, as recorded by the proxy). */
export async function sentMail(awsEnv: Record<string, string>): Promise<SentMail[]> {
  const endpoint = awsEnv.AWS_ENDPOINT_URL_SESV2 ?? '';
  const recorded = await fetchRecorded(endpoint);
  return Promise.all(recorded.map(async (r) => ({ destinations: r.destinations, raw: r.raw, parsed: await parseMessage(Buffer.from(r.raw)) })));
}

export function header(mail: ParsedMessage, name: string): string | undefined {
  return mail.headers.find((h) => h.name === name)?.value;
}

/** Mail sent in answer to the message with this Message-ID. */
export async function repliesTo(awsEnv: Record<string, string>, messageId: string): Promise<SentMail[]> {
  return (await sentMail(awsEnv)).filter((m) => header(m.parsed, 'in-reply-to') === messageId);
}

/** A Gmail-style forward of an invitation from `recruiter` whose interview is ten days from now. */
export async function invitationForward(recruiter: { name: string; address: string; company: string }): Promise<{ raw: Buffer; messageId: string }> {
  const slot = new Date(Date.now() + 10 * 24 * 60 * 60_000);
  const day = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(slot);
  const sent = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' }).format(new Date(Date.now() - 60 * 60_000));
  const subject = `Interview invitation: Data Analyst at ${recruiter.company}`;
  const messageId = uniqueId();
  const raw = await new MailComposer({
    from: `Alex Morgan <${OWNER}>`,
    to: INBOX,
    subject: `Fwd: ${subject}`,
    messageId,
    text: `---------- Forwarded message ---------
From: ${recruiter.name} <${recruiter.address}>
Date: ${sent} at 10:14 AM
Subject: ${subject}
To: <${OWNER}>


Hi Alex,

Thanks for your interest in the Data Analyst role. We'd love to invite you to a 45-minute video interview with our analytics manager.

We have you down for ${day} at 2:30 pm ET. Join Zoom Meeting: https://zoom.example/j/84512907733

Please reply to confirm the time works for you.

Best,
${recruiter.name}
Talent Acquisition | ${recruiter.company}
`,
  })
    .compile()
    .build();
  return { raw, messageId };
}

/** A recommendation on a running local stack: the mail, its invitation and its reply token. */
export interface LocalRecommendation {
  mail: SentMail;
  inviteId: string;
  token: string;
}

/**
 * Forwards an invitation from `recruiter` to a running local stack as the owner and waits for its
 * recommendation (the follow-through tests' first step); `secret` is the stack's reply-token secret.
 */
export async function recommend(app: Pick<InviteAdvisorLocal, 'smtp' | 'settled'>, env: { awsEnv: Record<string, string>; secret: string }, recruiter: { name: string; address: string; company: string }): Promise<LocalRecommendation> {
  const { raw, messageId } = await invitationForward(recruiter);
  await sendSmtp(app.smtp.port, raw, { from: OWNER, to: [INBOX] });
  await app.settled();
  const [mail] = await repliesTo(env.awsEnv, messageId);
  if (!mail || !/^(Attend|Politely decline): /.test(mail.parsed.subject ?? '')) throw new Error(`no recommendation for the forward from ${recruiter.address} (got "${mail?.parsed.subject ?? 'nothing'}")`);
  const token = /^interviews\+([a-z2-7]+)@/.exec(mail.parsed.replyTo?.address ?? '')?.[1] ?? '';
  return { mail, inviteId: verifyReplyToken(env.secret, token, new Date()).inviteId, token };
}
