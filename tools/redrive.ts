/**
 * npm run redrive [-- --dry-run] [--max N] [--stack NAME] [--region R] [--sending] [--queue-url URL] [--function NAME] [--config FILE]
 *
 * Replays the inbound function's failure queue: each message is the record Lambda wrote when a delivery
 * failed all its retries (its body: `requestPayload`, the SES event or re-drive event, and
 * `requestContext.functionArn`). Each is handed to the inbound function again (Lambda Invoke, Event:
 * the function's own retries and failure path apply), then deleted from the queue; a message that could
 * not be handed over stays. Processing is idempotent per SES message id, so replaying a message that was
 * answered meanwhile sends nothing. With --sending it replays the sending function's failure queue
 * instead (send jobs: a replayed job never sends a draft twice, app/send-draft.ts).
 *
 * The queue is found by name from the stack (CloudFormation names it `<stack>-InboundFailureQueue…`, the
 * sending one `<stack>-RepliesFailureQueue…`), or given with --queue-url. AWS clients find their endpoints through the SDK's standard variables
 * (`AWS_ENDPOINT_URL_SQS`, `AWS_ENDPOINT_URL_LAMBDA`), so a local stand-in can be used.
 *
 * (SQS's StartMessageMoveTask does not fit: it moves messages to a queue, and the inbound function is
 * invoked, not fed by a queue.)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import '../local/sdk-notice.js';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { DeleteMessageCommand, ListQueuesCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { loadDeployConfig } from '../infra/deploy-config.js';

/** One message of the failure queue. */
export interface QueuedRecord {
  id: string;
  receipt: string;
  body: string;
}

/** The failure queue, as the replay uses it (an SQS adapter below; fakes in the tests). */
export interface FailureQueue {
  /** Up to `max` (at most 10) messages; `hide`: keep them from other readers while they are replayed. */
  receive(max: number, options: { hide: boolean }): Promise<QueuedRecord[]>;
  delete(receipt: string): Promise<void>;
}

export interface Invoker {
  /** An asynchronous invocation (InvocationType Event). */
  invoke(functionName: string, payload: string): Promise<void>;
}

export interface ReplayOptions {
  /** list what would be replayed; invoke nothing, delete nothing */
  dryRun: boolean;
  /** replay at most this many messages */
  max: number;
  /** invoke this function instead of the one each record names */
  functionName?: string;
}

export interface ReplayReport {
  replayed: string[];
  /** dry run: what would be replayed */
  wouldReplay: string[];
  /** left in the queue, with why */
  left: { id: string; reason: string }[];
}

/** What the replay needs of a record: the function it failed in, the payload, and the message it was about. */
export function readRecord(body: string): { functionName: string; payload: unknown; messageId: string | null } | { problem: string } {
  let record: unknown;
  try {
    record = JSON.parse(body);
  } catch {
    return { problem: 'not JSON' };
  }
  if (typeof record !== 'object' || record === null || !('requestPayload' in record)) return { problem: 'not a Lambda failure record (no requestPayload)' };
  const { requestPayload, requestContext } = record as { requestPayload: unknown; requestContext?: { functionArn?: unknown } };
  // The record names the qualified ARN (`…:function:name:$LATEST`): invoke the function itself.
  const arn = typeof requestContext?.functionArn === 'string' ? requestContext.functionArn : '';
  const functionName = arn.replace(/^(arn:[^:]+:lambda:[^:]+:\d+:function:[^:]+):.*$/, '$1');
  return { functionName, payload: requestPayload, messageId: messageIdOf(requestPayload) };
}

function messageIdOf(payload: unknown): string | null {
  const p = payload as { messageId?: unknown; Records?: { ses?: { mail?: { messageId?: unknown } } }[] } | null;
  const id = p?.Records?.[0]?.ses?.mail?.messageId ?? p?.messageId;
  return typeof id === 'string' ? id : null;
}

export async function replayFailures(queue: FailureQueue, invoker: Invoker, options: ReplayOptions, log: (line: string) => void = () => {}): Promise<ReplayReport> {
  const report: ReplayReport = { replayed: [], wouldReplay: [], left: [] };
  const seen = new Set<string>();
  while (seen.size < options.max) {
    const batch = await queue.receive(Math.min(10, options.max - seen.size), { hide: !options.dryRun });
    const fresh = batch.filter((m) => !seen.has(m.id));
    // A dry run does not hide what it read: the same messages come back, and then it has seen them all.
    if (fresh.length === 0) break;
    for (const message of fresh) {
      if (seen.size >= options.max) break;
      seen.add(message.id);
      const record = readRecord(message.body);
      if ('problem' in record) {
        report.left.push({ id: message.id, reason: record.problem });
        log(`left ${message.id}: ${record.problem}`);
        continue;
      }
      const functionName = options.functionName ?? record.functionName;
      const about = record.messageId ? `SES message ${record.messageId}` : 'an event that names no message';
      if (!functionName) {
        report.left.push({ id: message.id, reason: 'the record names no function (pass --function)' });
        log(`left ${message.id}: the record names no function (pass --function)`);
        continue;
      }
      if (options.dryRun) {
        report.wouldReplay.push(message.id);
        log(`would replay ${about} to ${functionName}`);
        continue;
      }
      try {
        await invoker.invoke(functionName, JSON.stringify(record.payload));
      } catch (error) {
        const reason = `invoking ${functionName} failed: ${describe(error)}`;
        report.left.push({ id: message.id, reason });
        log(`left ${message.id} (${about}): ${reason}`);
        continue;
      }
      // Handed over: the function's own retries and failure path take it from here.
      await queue.delete(message.receipt);
      report.replayed.push(message.id);
      log(`replayed ${about}`);
    }
  }
  return report;
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// ---- the AWS side ----

export class RedriveError extends Error {
  override readonly name = 'RedriveError';
}

export async function sqsFailureQueue(region: string, queueUrl: string): Promise<FailureQueue> {
  const client = new SQSClient({ region });
  return {
    async receive(max, { hide }) {
      const answer = await client.send(
        new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: max, WaitTimeSeconds: 1, VisibilityTimeout: hide ? 120 : 0 }),
      );
      const messages = answer.Messages ?? [];
      return messages.map((m) => ({ id: m.MessageId ?? '', receipt: m.ReceiptHandle ?? '', body: m.Body ?? '' }));
    },
    async delete(receipt) {
      await client.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: receipt }));
    },
  };
}

/**
 * The stack's failure queue: CloudFormation names it `<stack>-InboundFailureQueue<hash>-<suffix>` (the
 * sending function's: `<stack>-RepliesFailureQueue…`, the ids in infra/).
 */
export async function findFailureQueue(region: string, stack: string, which: 'inbound' | 'sending' = 'inbound'): Promise<string> {
  const prefix = `${stack}-${which === 'inbound' ? 'Inbound' : 'Replies'}FailureQueue`;
  const output = which === 'inbound' ? 'FailureQueueUrl' : 'SendingFailureQueueUrl';
  const answer = await new SQSClient({ region }).send(new ListQueuesCommand({ QueueNamePrefix: prefix }));
  const urls = answer.QueueUrls ?? [];
  if (urls.length === 0) throw new RedriveError(`no failure queue found for stack "${stack}" in ${region} (looked for queues named ${prefix}…): check --stack and --region, or pass --queue-url (the stack's ${output} output)`);
  if (urls.length > 1) throw new RedriveError(`${urls.length} queues are named ${prefix}… in ${region}: pass --queue-url (the stack's ${output} output)`);
  return urls[0]!;
}

export function lambdaInvoker(region: string): Invoker {
  const client = new LambdaClient({ region });
  return {
    async invoke(functionName, payload) {
      await client.send(new InvokeCommand({ FunctionName: functionName, InvocationType: 'Event', Payload: new TextEncoder().encode(payload) }));
    },
  };
}

const USAGE = `usage: npm run redrive -- [--dry-run] [--max N] [--stack NAME] [--region REGION] [--sending] [--queue-url URL] [--function NAME] [--config FILE]
  --dry-run          list what would be replayed; invoke nothing, delete nothing
  --max N            replay at most N messages (default 100)
  --stack NAME       the stack whose failure queue to replay (default: deploy.stackName of the configuration)
  --region REGION    its region (default: deploy.region of the configuration, else AWS_REGION)
  --sending          the sending function's failure queue (send jobs) instead of the inbound one
  --queue-url URL    the failure queue itself (the stack's FailureQueueUrl or SendingFailureQueueUrl output); no lookup by name
  --function NAME    invoke this function instead of the one each record names
  --config FILE      the configuration (default: config.json, else config.example.json)`;

export async function main(argv: string[], out: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): Promise<number> {
  let values: { 'dry-run'?: boolean; max?: string; stack?: string; region?: string; sending?: boolean; 'queue-url'?: string; function?: string; config?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        'dry-run': { type: 'boolean' },
        max: { type: 'string' },
        stack: { type: 'string' },
        region: { type: 'string' },
        sending: { type: 'boolean' },
        'queue-url': { type: 'string' },
        function: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`redrive: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const max = values.max === undefined ? 100 : Number(values.max);
  if (!Number.isInteger(max) || max < 1) {
    console.error(`redrive: --max must be a whole number of at least 1 (got "${values.max}")\n${USAGE}`);
    return 2;
  }
  try {
    const { stack, region } = target(values);
    const queueUrl = values['queue-url'] ?? (await findFailureQueue(region, stack, values.sending ? 'sending' : 'inbound'));
    out(`invite-advisor redrive: ${queueUrl}${values['dry-run'] ? ' (dry run)' : ''}`);
    const report = await replayFailures(await sqsFailureQueue(region, queueUrl), lambdaInvoker(region), { dryRun: values['dry-run'] ?? false, max, ...(values.function ? { functionName: values.function } : {}) }, out);
    const done = values['dry-run'] ? `${report.wouldReplay.length} would be replayed` : `${report.replayed.length} replayed`;
    out(`${done}, ${report.left.length} left in the queue.`);
    return report.left.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(`redrive: ${error instanceof RedriveError ? error.message : describe(error)}`);
    return 1;
  }
}

/** The stack and region: from the options, else the configuration, else AWS_REGION and the default stack name. */
function target(values: { stack?: string; region?: string; 'queue-url'?: string; config?: string }): { stack: string; region: string } {
  const file = values.config ?? (existsSync('config.json') ? 'config.json' : 'config.example.json');
  let deploy: { stackName: string; region: string } | null = null;
  if (!values.stack || !values.region) {
    try {
      deploy = loadDeployConfig(resolve(file)).deploy;
    } catch (error) {
      if (values.config) throw new RedriveError(`cannot read ${file}: ${(error as Error).message}`);
    }
  }
  const region = values.region ?? deploy?.region ?? process.env.AWS_REGION;
  if (!region) throw new RedriveError('no region: pass --region, or set deploy.region in config.json, or AWS_REGION');
  return { stack: values.stack ?? deploy?.stackName ?? 'InviteAdvisor', region };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
