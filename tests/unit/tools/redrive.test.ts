/**
 * npm run redrive (tools/redrive.ts): the replay of the failure queue behind its ports (a queue and an
 * invoker in memory): each record is handed to the function it failed in, then deleted; what could not
 * be handed over, or is no failure record, stays; a dry run touches nothing; --max bounds the work.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { findFailureQueue, main, readRecord, replayFailures, type FailureQueue, type Invoker, type QueuedRecord } from '../../../tools/redrive.js';

const ARN = 'arn:aws:lambda:us-east-1:111122223333:function:InviteAdvisor-InboundFunction-abc';
const sesEvent = (messageId: string) => ({ Records: [{ eventSource: 'aws:ses', ses: { mail: { messageId } } }] });
const record = (payload: unknown) => JSON.stringify({ version: '1.0', requestContext: { functionArn: `${ARN}:$LATEST`, condition: 'RetriesExhausted' }, requestPayload: payload, responsePayload: { errorType: 'Error' } });

/** SQS in memory: received messages are hidden until deleted (or shown again at once when not hidden). */
class MemoryQueue implements FailureQueue {
  readonly messages: QueuedRecord[] = [];
  readonly hidden = new Set<string>();
  receives = 0;

  add(body: string): string {
    const id = `m${this.messages.length + 1}`;
    this.messages.push({ id, receipt: `r-${id}`, body });
    return id;
  }

  async receive(max: number, { hide }: { hide: boolean }): Promise<QueuedRecord[]> {
    this.receives += 1;
    const visible = this.messages.filter((m) => !this.hidden.has(m.id)).slice(0, max);
    if (hide) visible.forEach((m) => this.hidden.add(m.id));
    return visible;
  }

  async delete(receipt: string): Promise<void> {
    const at = this.messages.findIndex((m) => m.receipt === receipt);
    if (at >= 0) this.messages.splice(at, 1);
  }
}

class RecordingInvoker implements Invoker {
  readonly calls: { functionName: string; payload: unknown }[] = [];
  failFor = new Set<string>();

  async invoke(functionName: string, payload: string): Promise<void> {
    const parsed = JSON.parse(payload);
    if (this.failFor.has(JSON.stringify(parsed))) throw Object.assign(new Error('Rate exceeded'), { name: 'TooManyRequestsException' });
    this.calls.push({ functionName, payload: parsed });
  }
}

describe('replayFailures', () => {
  it('hands each record to the function it failed in (unqualified), with its payload as it was, then deletes it', async () => {
    const queue = new MemoryQueue();
    queue.add(record(sesEvent('ses-1')));
    queue.add(record({ source: 'invite-advisor.redrive', messageId: 'ses-2', by: 'sweep' }));
    const invoker = new RecordingInvoker();
    const lines: string[] = [];
    const report = await replayFailures(queue, invoker, { dryRun: false, max: 100 }, (l) => lines.push(l));
    expect(invoker.calls).toEqual([
      { functionName: ARN, payload: sesEvent('ses-1') },
      { functionName: ARN, payload: { source: 'invite-advisor.redrive', messageId: 'ses-2', by: 'sweep' } },
    ]);
    expect(report).toEqual({ replayed: ['m1', 'm2'], wouldReplay: [], left: [] });
    expect(queue.messages).toEqual([]);
    expect(lines).toEqual(['replayed SES message ses-1', 'replayed SES message ses-2']);
  });

  it('leaves in the queue what could not be handed over, and what is no failure record, and says why', async () => {
    const queue = new MemoryQueue();
    queue.add(record(sesEvent('ses-1')));
    queue.add('not json');
    queue.add(JSON.stringify({ hello: 'world' }));
    const invoker = new RecordingInvoker();
    invoker.failFor.add(JSON.stringify(sesEvent('ses-1')));
    const report = await replayFailures(queue, invoker, { dryRun: false, max: 100 });
    expect(report.replayed).toEqual([]);
    expect(report.left).toEqual([
      { id: 'm1', reason: `invoking ${ARN} failed: TooManyRequestsException: Rate exceeded` },
      { id: 'm2', reason: 'not JSON' },
      { id: 'm3', reason: 'not a Lambda failure record (no requestPayload)' },
    ]);
    expect(queue.messages.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('in a dry run, lists what would be replayed, invokes nothing, deletes nothing, and stops once it has seen every message', async () => {
    const queue = new MemoryQueue();
    for (let i = 1; i <= 3; i += 1) queue.add(record(sesEvent(`ses-${i}`)));
    const invoker = new RecordingInvoker();
    const lines: string[] = [];
    const report = await replayFailures(queue, invoker, { dryRun: true, max: 100 }, (l) => lines.push(l));
    expect(report.wouldReplay).toEqual(['m1', 'm2', 'm3']);
    expect(invoker.calls).toEqual([]);
    expect(queue.messages).toHaveLength(3);
    expect(queue.hidden.size).toBe(0);
    expect(lines[0]).toBe(`would replay SES message ses-1 to ${ARN}`);
  });

  it('replays at most --max messages, in batches of at most 10', async () => {
    const queue = new MemoryQueue();
    for (let i = 1; i <= 25; i += 1) queue.add(record(sesEvent(`ses-${i}`)));
    const report = await replayFailures(queue, new RecordingInvoker(), { dryRun: false, max: 12 });
    expect(report.replayed).toHaveLength(12);
    expect(queue.messages).toHaveLength(13);
  });

  it('invokes --function instead of the one the record names', async () => {
    const queue = new MemoryQueue();
    queue.add(record(sesEvent('ses-1')));
    const invoker = new RecordingInvoker();
    await replayFailures(queue, invoker, { dryRun: false, max: 5, functionName: 'other-function' });
    expect(invoker.calls[0]?.functionName).toBe('other-function');
  });
});

describe('readRecord', () => {
  it('reads the function from the qualified ARN Lambda records, and the SES message id', () => {
    expect(readRecord(record(sesEvent('ses-9')))).toEqual({ functionName: ARN, payload: sesEvent('ses-9'), messageId: 'ses-9' });
  });
});

describe('npm run redrive: the command line', () => {
  it.each([
    [['--max', '0'], /--max must be a whole number of at least 1 \(got "0"\)/],
    [['--nope'], /Unknown option '--nope'/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (line: string) => void errors.push(line);
    try {
      expect(await main(argv, () => {})).toBe(2);
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).toMatch(message);
  });

  it('--help prints the options', async () => {
    const lines: string[] = [];
    expect(await main(['--help'], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toMatch(/--dry-run[\s\S]*--max N[\s\S]*--stack NAME[\s\S]*--region REGION[\s\S]*--sending[\s\S]*--queue-url URL/);
  });
});

describe('finding the failure queue by the stack name', () => {
  it('looks for <stack>-InboundFailureQueue, and with --sending for <stack>-RepliesFailureQueue (the ids in infra/)', async () => {
    // Prepare: SQS's ListQueues (JSON protocol) answered by a local server that records the prefix asked for
    const prefixes: string[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        const prefix = String((JSON.parse(body || '{}') as { QueueNamePrefix?: string }).QueueNamePrefix);
        prefixes.push(prefix);
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' });
        res.end(JSON.stringify({ QueueUrls: [`https://sqs.us-east-1.amazonaws.com/111122223333/${prefix}ABC-xyz`] }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const saved = { ...process.env };
    Object.assign(process.env, { AWS_ENDPOINT_URL_SQS: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test' });
    try {
      // Act
      const inbound = await findFailureQueue('us-east-1', 'InviteAdvisor');
      const sending = await findFailureQueue('us-east-1', 'InviteAdvisor', 'sending');
      // Assess
      expect(prefixes).toEqual(['InviteAdvisor-InboundFailureQueue', 'InviteAdvisor-RepliesFailureQueue']);
      expect([inbound, sending]).toEqual([expect.stringContaining('InviteAdvisor-InboundFailureQueueABC'), expect.stringContaining('InviteAdvisor-RepliesFailureQueueABC')]);
    } finally {
      process.env = saved;
      server.close();
    }
  });
});
