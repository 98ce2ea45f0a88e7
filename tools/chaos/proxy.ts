/**
 * A fault-injecting HTTP proxy, one in front of each local stand-in (DynamoDB Local, s3rver, the SES
 * stand-in, the Lambda Invoke stand-in). The SDK reaches it through its endpoint variables like any
 * endpoint; for every request, the rules of the running trial decide what happens:
 *
 *   pass                  forward, answer as the stand-in answered
 *   delay                 wait, then forward
 *   reset                 reset the connection BEFORE forwarding (nothing was applied)
 *   answer                answer with an error BEFORE forwarding (a 5xx, a throttle: nothing was applied)
 *   forward-then-reset    forward (applied), then reset the connection: the answer is lost
 *   forward-then-answer   forward (applied), then answer with an error instead (a 500 after accepting)
 *
 * `before` and `after` hooks run at the moment of the decision (before forwarding) or between the
 * stand-in's answer and ours: that is where a trial kills the DynamoDB Local process or marks the
 * calling invocation dead. Every request names the invocation that sent it (ChaosHeader, added by a
 * middleware of the trial's SDK clients), so the rules can tell one Lambda run from another.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { closeServer, listen, LOOPBACK, readAll } from '../../local/services/net.js';

export type Service = 'dynamodb' | 's3' | 'ses' | 'lambda';

/** The header that names the invocation a request comes from. */
export const CHAOS_HEADER = 'x-chaos-invocation';

export interface ProxiedRequest {
  service: Service;
  /** DynamoDB's target (PutItem…), S3's GetObject/PutObject/DeleteObject, SES's SendEmail/GetAccount, Lambda's Invoke */
  operation: string;
  /** the invocation that sent it (null: not from a trial's client) */
  invocation: string | null;
}

export interface ErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

type Hook = () => void | Promise<void>;

export type Fault =
  | { kind: 'pass'; before?: Hook }
  | { kind: 'delay'; ms: number; before?: Hook }
  | { kind: 'reset'; before?: Hook }
  | { kind: 'answer'; answer: ErrorAnswer; before?: Hook }
  | { kind: 'forward-then-reset'; before?: Hook; after?: Hook }
  | { kind: 'forward-then-answer'; answer: ErrorAnswer; before?: Hook; after?: Hook };

export type Rules = (request: ProxiedRequest) => Fault;

export const PASS: Fault = { kind: 'pass' };

export interface FaultProxy {
  service: Service;
  endpoint: string;
  /** where requests go (DynamoDB Local moves to a new port when it is restarted) */
  setUpstream(port: number): void;
  setRules(rules: Rules): void;
  stop(): Promise<void>;
}

export async function startFaultProxy(service: Service, upstreamPort: number): Promise<FaultProxy> {
  let upstream = upstreamPort;
  let rules: Rules = () => PASS;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      // The upstream is gone (DynamoDB Local killed): the caller sees what it would see, a reset.
      req.socket.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readAll(req);
    const request: ProxiedRequest = { service, operation: operationOf(service, req), invocation: headerOf(req.headers, CHAOS_HEADER) };
    const fault = rules(request);
    await fault.before?.();
    switch (fault.kind) {
      case 'reset':
        req.socket.destroy();
        return;
      case 'answer':
        reply(res, fault.answer.status, fault.answer.headers, Buffer.from(fault.answer.body));
        return;
      case 'delay':
        await sleep(fault.ms);
        break;
      default:
        break;
    }
    const answer = await forward(req, body, upstream);
    if (fault.kind === 'forward-then-reset') {
      await fault.after?.();
      req.socket.destroy();
      return;
    }
    if (fault.kind === 'forward-then-answer') {
      await fault.after?.();
      reply(res, fault.answer.status, fault.answer.headers, Buffer.from(fault.answer.body));
      return;
    }
    reply(res, answer.status, answer.headers, answer.body);
  }

  const port = await listen(server, 0);
  return {
    service,
    endpoint: `http://${LOOPBACK}:${port}`,
    setUpstream: (next) => {
      upstream = next;
    },
    setRules: (next) => {
      rules = next;
    },
    stop: () => closeServer(server),
  };
}

function reply(res: ServerResponse, status: number, headers: IncomingHttpHeaders | Record<string, string>, body: Buffer): void {
  const { 'transfer-encoding': _chunked, connection: _connection, 'content-length': _length, ...rest } = headers;
  res.writeHead(status, { ...rest, 'content-length': String(body.length) });
  res.end(body);
}

function headerOf(headers: IncomingHttpHeaders, name: string): string | null {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function operationOf(service: Service, req: IncomingMessage): string {
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  switch (service) {
    case 'dynamodb':
      return (headerOf(req.headers, 'x-amz-target') ?? '').split('.').pop() ?? '';
    case 'ses':
      if (path.startsWith('/v2/email/outbound-emails')) return 'SendEmail';
      if (path.startsWith('/v2/email/account')) return 'GetAccount';
      return `${req.method} ${path}`;
    case 's3':
      return { GET: 'GetObject', PUT: 'PutObject', DELETE: 'DeleteObject', HEAD: 'HeadObject' }[req.method ?? ''] ?? `${req.method}`;
    case 'lambda':
      return /\/invocations$/.test(path) ? 'Invoke' : `${req.method} ${path}`;
  }
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function forward(req: IncomingMessage, body: Buffer, port: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const upstream = httpRequest({ host: LOOPBACK, port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      readAll(answer)
        .then((answerBody) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: answerBody }))
        .catch(reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

// ---------------------------------------------------------------------------------------------------
// The error answers each service really gives (the shapes the SDK parses)

const json = (type: string) => ({ 'content-type': type });

export const ANSWERS = {
  /** DynamoDB's throttling answer (400; the SDK retries it with backoff) */
  dynamoThrottled: {
    status: 400,
    headers: json('application/x-amz-json-1.0'),
    body: JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#ThrottlingException', message: 'Rate of requests exceeds the allowed throughput.' }),
  },
  dynamoInternal: {
    status: 500,
    headers: json('application/x-amz-json-1.0'),
    body: JSON.stringify({ __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'Internal server error' }),
  },
  dynamoUnavailable: {
    status: 503,
    headers: json('application/x-amz-json-1.0'),
    body: JSON.stringify({ __type: 'com.amazon.coral.availability#ServiceUnavailableException', message: 'Service unavailable' }),
  },
  /** SESv2 (REST-JSON) over its maximum send rate: 429 TooManyRequestsException */
  sesThrottled: {
    status: 429,
    headers: { ...json('application/json'), 'x-amzn-errortype': 'TooManyRequestsException' },
    body: JSON.stringify({ message: 'Maximum sending rate exceeded.' }),
  },
  sesInternal: {
    status: 500,
    headers: { ...json('application/json'), 'x-amzn-errortype': 'InternalFailure' },
    body: JSON.stringify({ message: 'Internal failure' }),
  },
  sesUnavailable: {
    status: 503,
    headers: { ...json('application/json'), 'x-amzn-errortype': 'ServiceUnavailable' },
    body: JSON.stringify({ message: 'Service unavailable' }),
  },
  s3NoSuchKey: {
    status: 404,
    headers: json('application/xml'),
    body: '<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>',
  },
  lambdaInternal: {
    status: 500,
    headers: { ...json('application/json'), 'x-amzn-errortype': 'ServiceException' },
    body: JSON.stringify({ Type: 'Service', message: 'Internal failure' }),
  },
} satisfies Record<string, ErrorAnswer>;
