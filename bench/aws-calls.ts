/**
 * AWS calls per forwarded invitation, counted on the local stack: the UNCHANGED inbound handler (built
 * by its own module, dependencies once per cold start), the SES receiving stand-in storing the raw mail
 * in s3rver, DynamoDB Local, the SES and Secrets Manager stand-ins. Every SDK client gets a middleware
 * (step `initialize`: once per command, whatever the SDK's own retries) that counts the calls made while
 * the handler runs, per service and command. `npm run bench` prints the counts;
 * tests/integration/aws-calls.test.ts asserts the bound (a count, never a time).
 *
 * Only the handler's calls count: the receiving stand-in stores the raw mail (its PutObject is SES's,
 * not the function's) and hands the event over here instead of invoking the handler, and the handler is
 * then invoked with the counter on. Nothing else uses the SDK meanwhile.
 */
import { randomBytes } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import MailComposer from 'nodemailer/lib/mail-composer';
import nodemailer from 'nodemailer';
import { startSesReceiving } from '../local/services/index.js';
import type { InviteAdvisorLocal } from '../local/stack.js';

/** `Service.Command` → how many times it was sent. */
export type CallCounts = Map<string, number>;

interface Stack {
  add(middleware: unknown, options: { step: 'initialize'; name: string; override: boolean }): void;
}
interface SmithyClient {
  middlewareStack: Stack;
  send(...args: unknown[]): Promise<unknown>;
}

let counting: CallCounts | null = null;
const instrumented = new WeakSet<Stack>();

/**
 * Adds the counting middleware to every SDK client the first time it sends (every client, built anywhere
 * in this process, shares the smithy `Client` base class whose `send` this wraps). Idempotent.
 */
export function instrumentAwsClients(): void {
  const base = Object.getPrototypeOf(S3Client.prototype) as SmithyClient & { __counted?: true };
  if (base.__counted) return;
  const send = base.send;
  base.send = function (this: SmithyClient, ...args: unknown[]) {
    const stack = this.middlewareStack;
    if (!instrumented.has(stack)) {
      instrumented.add(stack);
      stack.add(
        (next: (a: unknown) => Promise<unknown>, context: { clientName?: string; commandName?: string }) => (a: unknown) => {
          if (counting) {
            const key = `${(context.clientName ?? '?').replace(/Client$/, '')}.${(context.commandName ?? '?').replace(/Command$/, '')}`;
            counting.set(key, (counting.get(key) ?? 0) + 1);
          }
          return next(a);
        },
        { step: 'initialize', name: 'inviteAdvisorCountCalls', override: true },
      );
    }
    return send.apply(this, args);
  };
  base.__counted = true;
}

/** Runs `work` with the counter on; the calls it made, per service and command. */
export async function countCalls<T>(work: () => Promise<T>): Promise<{ result: T; calls: CallCounts }> {
  instrumentAwsClients();
  if (counting) throw new Error('countCalls: one count at a time');
  const calls: CallCounts = new Map();
  counting = calls;
  try {
    return { result: await work(), calls };
  } finally {
    counting = null;
  }
}

export const total = (calls: CallCounts): number => [...calls.values()].reduce((a, b) => a + b, 0);

/** Per service: `S3 1, DynamoDB 3 (Query 1, TransactWriteItems 2), SESv2 1`. */
export function describeCalls(calls: CallCounts): string {
  const services = new Map<string, [string, number][]>();
  for (const [key, n] of [...calls].sort()) {
    const [service = '?', command = '?'] = key.split('.');
    services.set(service, [...(services.get(service) ?? []), [command, n]]);
  }
  return [...services]
    .map(([service, commands]) => `${service} ${commands.reduce((a, [, n]) => a + n, 0)} (${commands.map(([c, n]) => `${c} ${n}`).join(', ')})`)
    .join(', ');
}

/** An owner's forward (as an attachment: the original keeps its Message-ID) of a fresh invitation, or of `again`'s. */
export async function forwardOf(again?: { id: string }): Promise<{ raw: Buffer; id: string }> {
  const id = again?.id ?? randomBytes(6).toString('hex');
  const slot = new Date(Date.now() + 9 * 86_400_000);
  const when = slot.toLocaleString('en-US', { timeZone: 'America/New_York', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
  const original = await new MailComposer({
    from: 'Sofia Brandt <sofia.brandt@talent.oakmoorbank.example>',
    to: 'alex@example.com',
    subject: `Interview invitation: Junior Financial Analyst (${id})`,
    text: `Hi Alex,\n\nWe would like to invite you to an interview for the Junior Financial Analyst position at Oakmoor Bank on ${when} at 11:00 AM ET, on Teams: https://teams.example/l/meetup/${id}\n\nBest,\nSofia`,
    messageId: `<calls-${id}@oakmoorbank.example>`,
    date: new Date(),
  })
    .compile()
    .build();
  const raw = await new MailComposer({
    from: 'Alex Morgan <alex@example.com>',
    to: 'interviews@in.example.com',
    subject: 'Fwd: Interview invitation',
    text: again ? 'Forwarding again: I think I will go.' : '',
    messageId: `<calls-fwd-${randomBytes(6).toString('hex')}@example.com>`,
    attachments: [{ content: original, contentType: 'message/rfc822', contentDisposition: 'attachment', filename: 'invite.eml' }],
  })
    .compile()
    .build();
  return { raw, id };
}

export interface CountedForward {
  calls: CallCounts;
  result: unknown;
}

/**
 * Receives forwards through the local stack's SMTP door and S3 (not counted), then invokes the stack's
 * handler on each event with the counter on.
 */
export async function callCounter(app: InviteAdvisorLocal): Promise<{ forward(raw: Buffer): Promise<CountedForward>; stop(): Promise<void> }> {
  instrumentAwsClients();
  const events: unknown[] = [];
  const receiving = await startSesReceiving({
    s3: new S3Client({}),
    bucket: app.bucket,
    prefix: app.prefix,
    recipients: [app.config.inbox.address],
    invoke: async (event) => {
      events.push(event);
    },
  });
  return {
    async forward(raw) {
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port: receiving.port, secure: false, ignoreTLS: true });
      await transport.sendMail({ envelope: { from: 'alex@example.com', to: [app.config.inbox.address] }, raw });
      await receiving.settled();
      const event = events.shift();
      if (!event) throw new Error('aws-calls: the receiving stand-in handed over no event');
      const { result, calls } = await countCalls(() => app.handler(event));
      return { calls, result };
    },
    stop: () => receiving.stop(),
  };
}

/**
 * The lines `npm run bench` prints: the handler's calls for its first forward in this process (cold:
 * dependencies built, the secret read), a second new invitation (warm) and a re-forward of the first.
 * Run it before anything else invokes the stack's handler, or "cold" is warm.
 */
export async function forwardCallLines(app: InviteAdvisorLocal): Promise<string[]> {
  const counter = await callCounter(app);
  try {
    const first = await forwardOf();
    const cold = await counter.forward(first.raw);
    const warm = await counter.forward((await forwardOf()).raw);
    const again = await counter.forward((await forwardOf(first)).raw);
    const line = (label: string, calls: CallCounts) => `  ${label.padEnd(42)} ${String(total(calls)).padStart(2)}: ${describeCalls(calls)}`;
    return [
      'AWS calls per forwarded invitation, counted on the local stack (the unchanged handler; bench/aws-calls.ts):',
      line('first forward after a cold start', cold.calls),
      line('a new invitation, warm', warm.calls),
      line('the same invitation forwarded again, warm', again.calls),
    ];
  } finally {
    await counter.stop();
  }
}
