/**
 * A minimal stand-in for Lambda's Invoke API (asynchronous invocations only), so that the inbound
 * handler's hand-off to the sending function runs locally through the unchanged SDK call. No such
 * stand-in ships on npm; this one answers `POST /2015-03-31/functions/<name>/invocations` with 202 and
 * runs the registered handler in-process, retrying nothing (tests drive retries themselves).
 */
import { createServer, type Server } from 'node:http';
import { closeServer, errorMessage, listen, LOOPBACK, readAll } from './net.js';

export type LocalFunction = (event: unknown) => Promise<unknown>;

export interface LambdaStandIn {
  endpoint: string;
  /** Resolves when every invocation started so far has finished. */
  settled(): Promise<void>;
  invocations(): { functionName: string; ok: boolean; error?: string }[];
  stop(): Promise<void>;
}

const INVOKE_PATH = /^\/2015-03-31\/functions\/([^/]+)\/invocations$/;

export async function startLambda(functions: Record<string, LocalFunction>, port?: number): Promise<LambdaStandIn> {
  const pending = new Set<Promise<void>>();
  const log: { functionName: string; ok: boolean; error?: string }[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const match = INVOKE_PATH.exec((req.url ?? '').split('?')[0] ?? '');
      const name = match ? decodeURIComponent(match[1] ?? '') : '';
      const fn = functions[name] ?? functions[name.split(':').pop() ?? ''];
      const body = await readAll(req);
      if (req.method !== 'POST' || !fn) {
        res.writeHead(404, { 'content-type': 'application/json', 'x-amzn-errortype': 'ResourceNotFoundException' });
        res.end(JSON.stringify({ Type: 'User', message: `Function not found: ${name}` }));
        return;
      }
      if (req.headers['x-amz-invocation-type'] !== 'Event') {
        res.writeHead(400, { 'content-type': 'application/json', 'x-amzn-errortype': 'InvalidParameterValueException' });
        res.end(JSON.stringify({ Type: 'User', message: 'the local stand-in supports InvocationType Event only' }));
        return;
      }
      const run = Promise.resolve()
        .then(() => fn(JSON.parse(body.toString('utf8') || 'null')))
        .then(
          () => void log.push({ functionName: name, ok: true }),
          (error: unknown) => {
            log.push({ functionName: name, ok: false, error: errorMessage(error) });
            console.error(`[lambda] ${name} failed: ${errorMessage(error).split('\n')[0]}`);
          },
        )
        .finally(() => pending.delete(run));
      pending.add(run);
      res.writeHead(202, { 'content-type': 'application/json' });
      res.end();
    })();
  });
  const bound = await listen(server, port ?? 0);
  return {
    endpoint: `http://${LOOPBACK}:${bound}`,
    settled: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    invocations: () => [...log],
    stop: () => closeServer(server),
  };
}
