/**
 * On one local stack, started here: the AWS calls per forwarded invitation (bench/aws-calls.ts), then
 * the answer time of one forwarded invitation on the local stack (SMTP → the SES receiving stand-in →
 * s3rver → the inbound use case on the real adapters → DynamoDB Local → the SES stand-in), with 10
 * stored invitations and with 2,000: the history reads are bounded (functions/adapters/table-design.ts),
 * so the two should be close.
 *
 * Two tables, one holding 10 invitations and one 2,000, answered in turn (10, 2,000, 10, 2,000, …) so
 * that both see the same load on the machine; each measured invitation is forgotten after its answer,
 * so the counts stay at 10 and 2,000. The 10-table is served by the unchanged handler of local mode, the
 * 2,000-table by the same use case with dependencies built by the same builder (only the table differs).
 *
 * The 2,000 are the worst case for those reads, not a typical owner: all from the company of the
 * measured invitations, received in the last 60 days, their interviews in the measured ones' fortnight
 * and in the recent past, a third of them accepted. They are written with BatchWriteItem (25 a
 * request), cloned from an invitation the stack itself stored, so each item has a real invitation's size.
 */
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { DynamoDbInviteStore, invitationItem } from '../functions/adapters/dynamodb-store.js';
import { createTableInput } from '../functions/adapters/table-design.js';
import type { Logger, StoredInvitation } from '../functions/app/ports.js';
import { receiveMail } from '../functions/app/receive-mail.js';
import { inviteIdFor } from '../functions/core/reply/reply.js';
import { buildInboundDeps } from '../functions/handlers/dependencies.js';
import { deliveryOf, SesEventSchema } from '../functions/handlers/kit.js';
import { startLocalServices, startSesReceiving } from '../local/services/index.js';
import { REPLY_TOKEN_SECRET_ID, startInviteAdvisor } from '../local/stack.js';
import { forwardCallLines } from './aws-calls.js';

const DAY_MS = 86_400_000;
const COMPANY = 'oakmoorbank.example';
/** measured invitations per table */
const ROUNDS = 21;
const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** One table and the SMTP door whose answers read it. */
interface Side {
  port: number;
  settled: () => Promise<void>;
  tableName: string;
  store: DynamoDbInviteStore;
}

/** The owner forwards a fresh invitation from Oakmoor Bank for an interview `inDays` from now. */
function invitation(inDays: number): Promise<Buffer> {
  const id = randomBytes(8).toString('hex');
  const slot = new Date(Date.now() + inDays * DAY_MS);
  const when = slot.toLocaleString('en-US', { timeZone: 'America/New_York', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
  const original = new MailComposer({
    from: `Sofia Brandt <sofia.brandt@talent.${COMPANY}>`,
    to: 'alex@example.com',
    subject: `Interview invitation: Junior Financial Analyst (${id})`,
    text: `Hi Alex,\n\nWe would like to invite you to an interview for the Junior Financial Analyst position at Oakmoor Bank on ${when} at 11:00 AM ET, on Teams: https://teams.example/l/meetup/${id}\n\nBest,\nSofia`,
    messageId: `<bench-${id}@${COMPANY}>`,
    date: new Date(),
  });
  return original
    .compile()
    .build()
    .then((inner) =>
      new MailComposer({
        from: 'Alex Morgan <alex@example.com>',
        to: 'interviews@in.example.com',
        subject: 'Fwd: Interview invitation',
        text: '',
        messageId: `<bench-fwd-${id}@example.com>`,
        attachments: [{ content: inner, contentType: 'message/rfc822', contentDisposition: 'attachment', filename: 'invite.eml' }],
      })
        .compile()
        .build(),
    );
}

/** Milliseconds from handing the forward to SMTP until the recommendation has gone out; then the invitation is forgotten (not timed). */
async function answerOnce(side: Side, inDays: number): Promise<number> {
  const raw = await invitation(inDays);
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: side.port, secure: false, ignoreTLS: true });
  const start = process.hrtime.bigint();
  await transport.sendMail({ envelope: { from: 'alex@example.com', to: ['interviews@in.example.com'] }, raw });
  await side.settled();
  const took = Number(process.hrtime.bigint() - start) / 1e6;
  const [answered] = await side.store.invitationsReceivedSince(new Date(Date.now() - 60_000), 1);
  const stored = answered ? await side.store.getInvitation(answered.inviteId) : null;
  if (!stored) throw new Error(`bench: the invitation answered on ${side.tableName} was not stored`);
  await side.store.forgetInvitation(stored, new Date());
  return took;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;

/** Stored invitations: `count` clones of `template`, written 25 to a BatchWriteItem request. */
async function seed(documents: DynamoDBDocumentClient, tableName: string, template: StoredInvitation, count: number): Promise<void> {
  const now = Date.now();
  const items = Array.from({ length: count }, (_, i) => {
    // Interviews spread over the last 60 days and the next 14 (the measured ones are 7–11 days out).
    const start = new Date(now + (-60 + ((i * 7919) % 74)) * DAY_MS + (i % 8) * 3_600_000).toISOString();
    const clone: StoredInvitation = {
      ...template,
      inviteId: inviteIdFor(`bench/${tableName}/${i}`),
      sourceMessageIds: [`bench-${tableName}-${i}`],
      receivedAt: new Date(now - 60_000 - ((i * 104_729) % (60 * DAY_MS))).toISOString(),
      facts: { ...template.facts, slots: [{ start, end: null, written: start }] },
      choice: i % 3 === 0 ? { verdict: 'attend', at: new Date(now).toISOString() } : null,
    };
    return invitationItem(clone, new Date(now), 730);
  });
  for (let i = 0; i < items.length; i += 25) {
    let requests: Record<string, unknown[]> | undefined = { [tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) };
    while (requests && Object.keys(requests).length > 0) {
      const result = await documents.send(new BatchWriteCommand({ RequestItems: requests as never }));
      requests = result.UnprocessedItems as Record<string, unknown[]> | undefined;
    }
  }
}

/**
 * On one local stack: the AWS calls per forwarded invitation (bench/aws-calls.ts, first: the handler is
 * still cold), then the answer time with 10 stored invitations, with 2,000, and their ratio. Returns the lines to print.
 */
export async function measureLocalStack(): Promise<string[]> {
  // The functions' own log lines (one per message), and the SDK's notice about Node 20, would bury the figures.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const services = await startLocalServices({ secrets: { [REPLY_TOKEN_SECRET_ID]: randomBytes(32).toString('base64url') } });
  const suffix = randomBytes(4).toString('hex');
  const stops: (() => Promise<void>)[] = [() => services.stop()];
  try {
    const app = await startInviteAdvisor({ awsEnv: services.awsEnv(), tableName: `bench-few-${suffix}`, bucket: `bench-${suffix}` });
    stops.unshift(() => app.stop());
    const lines = await forwardCallLines(app);
    const client = new DynamoDBClient({});
    const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    const storeOf = (tableName: string) => new DynamoDbInviteStore(documents, { tableName, messageRetentionDays: 30, invitationRetentionDays: 730 });
    const few: Side = { port: app.smtp.port, settled: () => app.settled(), tableName: app.tableName, store: storeOf(app.tableName) };

    // The second table, answered by the same use case with the same builder's dependencies.
    const manyTable = `bench-many-${suffix}`;
    await client.send(new CreateTableCommand(createTableInput(manyTable)));
    while ((await client.send(new DescribeTableCommand({ TableName: manyTable }))).Table?.TableStatus !== 'ACTIVE') await new Promise((r) => setTimeout(r, 100));
    const manyDeps = await buildInboundDeps({ ...process.env, TABLE_NAME: manyTable }, quiet);
    const receiving = await startSesReceiving({
      s3: new S3Client({}),
      bucket: app.bucket,
      prefix: app.prefix,
      recipients: [app.config.inbox.address],
      invoke: async (event) => {
        for (const record of SesEventSchema.parse(event).Records) await receiveMail(manyDeps, deliveryOf(record.ses));
      },
    });
    stops.unshift(() => receiving.stop());
    const many: Side = { port: receiving.port, settled: () => receiving.settled(), tableName: manyTable, store: storeOf(manyTable) };

    // Warm-up (module load, connections, JIT) on both, and a stored invitation of the stack's own making as the template.
    for (let i = 0; i < 3; i += 1) for (const side of [few, many]) await answerOnce(side, 8);
    const raw = await invitation(8);
    await nodemailer.createTransport({ host: '127.0.0.1', port: few.port, secure: false, ignoreTLS: true }).sendMail({ envelope: { from: 'alex@example.com', to: ['interviews@in.example.com'] }, raw });
    await few.settled();
    const [newest] = await few.store.invitationsReceivedSince(new Date(Date.now() - 60_000), 1);
    const template = newest ? await few.store.getInvitation(newest.inviteId) : null;
    if (!template) throw new Error('bench: the template invitation was not stored');
    await few.store.forgetInvitation(template, new Date());
    await seed(documents, few.tableName, template, 10);
    await seed(documents, many.tableName, template, 2000);

    const times = { few: [] as number[], many: [] as number[] };
    for (let i = 0; i < ROUNDS; i += 1) {
      times.few.push(await answerOnce(few, 7 + (i % 5)));
      times.many.push(await answerOnce(many, 7 + (i % 5)));
    }
    const ms = (value: number) => `${value.toFixed(0)} ms`;
    const [a, b] = [median(times.few), median(times.many)];
    lines.push(`history bound: answer one invite, local stack (median of ${ROUNDS}): 10 stored ${ms(a)}, 2,000 stored ${ms(b)}: ratio ${(b / a).toFixed(2)}×`);
    return lines;
  } finally {
    for (const stop of stops) await stop();
  }
}
