/**
 * The answer time of one forwarded invitation on the local stack (SMTP → the SES receiving stand-in →
 * s3rver → the unchanged inbound handler → DynamoDB Local → the SES stand-in), after 10 stored
 * invitations and after 2,000: the history reads are bounded (functions/adapters/table-design.ts), so
 * the two should be close.
 *
 * The 2,000 are the worst case for those reads, not a typical owner: all from the company of the
 * measured invitations, received in the last 60 days, their interviews in the measured ones' weeks and in
 * the recent past, a third of them accepted. They are written with BatchWriteItem (25 a request), cloned
 * from an invitation the stack itself stored, so each item has a real invitation's size.
 */
import { randomBytes } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { StoredInvitation } from '../functions/app/ports.js';
import { DynamoDbInviteStore, invitationItem } from '../functions/adapters/dynamodb-store.js';
import { inviteIdFor } from '../functions/core/reply/reply.js';
import { startLocalServices } from '../local/services/index.js';
import { REPLY_TOKEN_SECRET_ID, startInviteAdvisor, type InviteAdvisorLocal } from '../local/stack.js';

const DAY_MS = 86_400_000;
const COMPANY = 'oakmoorbank.example';
/** measured invitations per point */
const ROUNDS = 21;

interface Stack {
  app: InviteAdvisorLocal;
  store: DynamoDbInviteStore;
  documents: DynamoDBDocumentClient;
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

/** Milliseconds from handing the forward to SMTP until the recommendation has gone out. */
async function answerOnce(stack: Stack, inDays: number): Promise<number> {
  const raw = await invitation(inDays);
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: stack.app.smtp.port, secure: false, ignoreTLS: true });
  const start = process.hrtime.bigint();
  await transport.sendMail({ envelope: { from: 'alex@example.com', to: ['interviews@in.example.com'] }, raw });
  await stack.app.settled();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The median and the fastest of ROUNDS answers (the fastest is the least disturbed by other load on the machine). */
async function answers(stack: Stack): Promise<{ median: number; fastest: number }> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i += 1) times.push(await answerOnce(stack, 7 + (i % 5)));
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, fastest: times[0] ?? 0 };
}

/** Stored invitations: `count` clones of `template`, written 25 to a BatchWriteItem request. */
async function seed(stack: Stack, template: StoredInvitation, count: number, label: string): Promise<void> {
  const now = Date.now();
  const items = Array.from({ length: count }, (_, i) => {
    // Interviews spread over the last 60 days and the next 14 (the measured ones are 7–11 days out).
    const start = new Date(now + (-60 + ((i * 7919) % 74)) * DAY_MS + (i % 8) * 3_600_000).toISOString();
    const clone: StoredInvitation = {
      ...template,
      inviteId: inviteIdFor(`bench/${label}/${i}`),
      sourceMessageIds: [`bench-${label}-${i}`],
      receivedAt: new Date(now - ((i * 104_729) % (60 * DAY_MS))).toISOString(),
      facts: { ...template.facts, slots: [{ start, end: null, written: start }] },
      choice: i % 3 === 0 ? { verdict: 'attend', at: new Date(now).toISOString() } : null,
    };
    return invitationItem(clone, new Date(now), 730);
  });
  for (let i = 0; i < items.length; i += 25) {
    let requests: Record<string, unknown[]> | undefined = { [stack.app.tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) };
    while (requests && Object.keys(requests).length > 0) {
      const result = await stack.documents.send(new BatchWriteCommand({ RequestItems: requests as never }));
      requests = result.UnprocessedItems as Record<string, unknown[]> | undefined;
    }
  }
}

/** Prints one line: the answer time after 10 stored invitations, after 2,000, and their ratio. */
export async function measureHistory(): Promise<void> {
  // The functions' own log lines (one per message) would bury the figures.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  const services = await startLocalServices({ secrets: { [REPLY_TOKEN_SECRET_ID]: randomBytes(32).toString('base64url') } });
  const suffix = randomBytes(4).toString('hex');
  try {
    const app = await startInviteAdvisor({ awsEnv: services.awsEnv(), tableName: `bench-${suffix}`, bucket: `bench-${suffix}` });
    const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
    const store = new DynamoDbInviteStore(documents, { tableName: app.tableName, messageRetentionDays: 30, invitationRetentionDays: 730 });
    const stack: Stack = { app, store, documents };
    try {
      // Warm-up (module load, connections, JIT), then a stored invitation of the stack's own making as the template.
      for (let i = 0; i < 3; i += 1) await answerOnce(stack, 8);
      const [stored] = await store.invitationsReceivedSince(new Date(Date.now() - DAY_MS));
      const template = stored ? await store.getInvitation(stored.inviteId) : null;
      if (!template) throw new Error('bench: the warm-up invitations were not stored');
      await seed(stack, template, 7, 'few');
      const few = await answers(stack);
      await seed(stack, template, 2000 - 10 - ROUNDS, 'many');
      const many = await answers(stack);
      const ms = (value: number) => `${value.toFixed(0)} ms`;
      process.stdout.write(
        `${`answer one invite, local stack (${ROUNDS} each)`.padEnd(44)} after 10 stored: median ${ms(few.median)}, fastest ${ms(few.fastest)}; after 2,000: median ${ms(many.median)}, fastest ${ms(many.fastest)}; ratio ${(many.median / few.median).toFixed(2)}× (fastest ${(many.fastest / few.fastest).toFixed(2)}×)\n`,
      );
    } finally {
      await app.stop();
    }
  } finally {
    await services.stop();
  }
}
