/**
 * A minimal stand-in for Lambda's Invoke API (asynchronous invocations only), so that the functions'
 * calls to each other (the inbound function's hand-off to the sending function, the sweep's re-drive to
 * the inbound function) run locally through the unchanged SDK call. No such stand-in ships on npm; this
 * one answers `POST /2015-03-31/functions/<name>/invocations` with 202 and runs the registered handler
 * in-process.
 *
 * A function may be registered with Lambda's retry policy for asynchronous events and an on-failure
 * destination, as the stack configures it: a failed event is tried `retryAttempts` more times (Lambda
 * waits a minute before the second attempt and two before the third), and then `onFailure` gets the
 * record Lambda would write (`failureRecordOf`). Without them it retries nothing (tests drive retries
 * themselves). `invoke` starts an event in-process, as an event source would (the SES receipt rule, the
 * sweep's schedule). Retries still waiting when the stand-in stops are dropped, as a stopped process's.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { closeServer, errorMessage, listen, LOOPBACK, readAll } from './net.js';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from './constants.js';

/** A handler, given the event and, as Lambda gives it, a context naming the function invoked. */
export type LocalFunction = (event: unknown, context: { functionName: string; invokedFunctionArn: string }) => Promise<unknown>;

/** Lambda's documented waits before the second and the third attempt of an asynchronous event. */
export const RETRY_DELAYS_MS = [60_000, 120_000] as const;

export interface FunctionSetup {
  handler: LocalFunction;
  /** how many times a failed event is tried again (Lambda's MaximumRetryAttempts, 0–2); default 0 */
  retryAttempts?: number;
  /** the on-failure destination: told of each event that failed every attempt, with Lambda's record */
  onFailure?: (record: unknown) => void | Promise<void>;
}

export interface LambdaStandInOptions {
  port?: number;
  /** the waits before each retry (default: Lambda's, RETRY_DELAYS_MS) */
  retryDelaysMs?: readonly number[];
}

export interface LambdaStandIn {
  endpoint: string;
  /**
   * Starts an asynchronous event in-process, as an event source does. Resolves (or rejects) with the
   * first attempt (with what it returned: a local extra, for the terminal's lines), so that a caller may
   * wait for it; retries and the on-failure destination follow on their own, and `settled` waits for them.
   */
  invoke(functionName: string, event: unknown): Promise<unknown>;
  /** Resolves when every invocation started so far, retries and destinations included, has finished. */
  settled(): Promise<void>;
  /** every attempt, in the order they ended */
  invocations(): { functionName: string; ok: boolean; error?: string }[];
  /** Drops the retries still waiting, lets what runs finish, and closes the endpoint. */
  stop(): Promise<void>;
}

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

export async function startLambda(functions: Record<string, LocalFunction | FunctionSetup>, options: LambdaStandInOptions | number = {}): Promise<LambdaStandIn> {
  const { port, retryDelaysMs = RETRY_DELAYS_MS } = typeof options === 'number' ? { port: options } : options;
  const pending = new Set<Promise<void>>();
  const log: { functionName: string; ok: boolean; error?: string }[] = [];
  const stopping = new AbortController();
  const setupOf = (name: string): FunctionSetup | undefined => {
    const fn = functions[name] ?? functions[name.split(':').pop() ?? ''];
    return typeof fn === 'function' ? { handler: fn } : fn;
  };

  const invoke = (functionName: string, event: unknown): Promise<unknown> => {
    const setup = setupOf(functionName);
    if (!setup) return Promise.reject(new Error(`no local function ${functionName}`));
    let first: { resolve: (result: unknown) => void; reject: (error: unknown) => void } = { resolve: () => undefined, reject: () => undefined };
    const firstAttempt = new Promise<unknown>((resolve, reject) => (first = { resolve, reject }));
    const chain = (async () => {
      const errors: string[] = [];
      for (let attempt = 1; ; attempt += 1) {
        try {
          const name = functionName.split(':').pop() ?? functionName;
          const result = await setup.handler(event, { functionName: name, invokedFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:function:${name}` });
          log.push({ functionName, ok: true });
          if (attempt === 1) first.resolve(result);
          return;
        } catch (error) {
          const message = errorMessage(error);
          log.push({ functionName, ok: false, error: message });
          errors.push(error instanceof Error ? error.name : 'Error');
          console.error(`[lambda] ${functionName} failed (attempt ${attempt}): ${message.split('\n')[0]}`);
          if (attempt === 1) first.reject(error);
        }
        if (attempt > (setup.retryAttempts ?? 0)) break;
        if (!(await wait(retryDelaysMs[attempt - 1] ?? 0, stopping.signal))) return;
      }
      if (!setup.onFailure) return;
      console.error(`[lambda] ${functionName} failed all ${errors.length} attempts: its record goes to its on-failure destination`);
      await setup.onFailure(failureRecordOf({ functionName, event, attempts: errors.length, lastError: errors.at(-1) ?? 'Error' }, new Date()));
    })()
      .catch((error: unknown) => console.error(`[lambda] the on-failure destination of ${functionName} failed: ${errorMessage(error).split('\n')[0]}`))
      .finally(() => pending.delete(chain));
    pending.add(chain);
    return firstAttempt;
  };

  const server: Server = createServer((req, res) => {
    void (async () => {
      const match = INVOKE_PATH.exec((req.url ?? '').split('?')[0] ?? '');
      const name = match ? decodeURIComponent(match[1] ?? '') : '';
      const body = await readAll(req);
      if (req.method !== 'POST' || !setupOf(name)) {
        res.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'ResourceNotFoundException' });
        res.end(JSON.stringify({ Type: 'User', message: `Function not found: ${name}` }));
        return;
      }
      if (req.headers['x-amz-invocation-type'] !== 'Event') {
        res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'InvalidParameterValueException' });
        res.end(JSON.stringify({ Type: 'User', message: 'the local stand-in supports InvocationType Event only' }));
        return;
      }
      // Accepted: what becomes of the event is the function's own business (and its logs').
      invoke(name, JSON.parse(body.toString('utf8') || 'null')).catch(() => undefined);
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end();
    })();
  });
  const bound = await listen(server, port ?? 0);
  return {
    endpoint: `http://${LOOPBACK}:${bound}`,
    invoke,
    settled: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    invocations: () => [...log],
    stop: async () => {
      // Retries still waiting are dropped (a stopped process's are); what runs finishes, and may still call in.
      stopping.abort();
      while (pending.size > 0) await Promise.allSettled([...pending]);
      await closeServer(server);
    },
  };
}

/** Waits `ms`; false when the stand-in stopped meanwhile. */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve(true);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

/**
 * The record Lambda writes to an on-failure destination once an event's retries ran out (AWS: "Capturing
 * records of Lambda asynchronous invocations"); what functions/handlers/kit.ts reads.
 */
export function failureRecordOf(failed: { functionName: string; event: unknown; attempts: number; lastError: string }, at: Date): unknown {
  return {
    version: '1.0',
    timestamp: at.toISOString(),
    requestContext: {
      requestId: randomUUID(),
      functionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:function:${failed.functionName}:$LATEST`,
      condition: 'RetriesExhausted',
      approximateInvokeCount: failed.attempts,
    },
    requestPayload: failed.event,
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    // A process that died is Lambda's Runtime.ExitError; the message is not played (the notice never reads it).
    responsePayload: { errorType: failed.lastError === 'died' ? 'Runtime.ExitError' : failed.lastError, errorMessage: '' },
  };
}

/** An SNS topic's delivery of one message to a Lambda subscriber (the failure topics feed the failure notice so). */
export function snsEventOf(message: unknown, topicName: string): unknown {
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        Sns: { Type: 'Notification', MessageId: randomUUID(), TopicArn: `arn:aws:sns:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:${topicName}`, Message: JSON.stringify(message) },
      },
    ],
  };
}
