// SES sending stand-in: aws-ses-v2-local, behind a small recording proxy.
//
// Why the proxy: aws-ses-v2-local keeps only parsed fields of what was sent and drops custom
// headers (In-Reply-To, References, Auto-Submitted, ...), which are exactly what our tests must
// check. The proxy forwards every request unchanged and keeps the raw MIME of each accepted
// SESv2 SendEmail (Raw content). Vitest test files run in workers separate from the global
// setup, so the recordings are also served over HTTP (GET /__recorded, POST /__recorded/clear).
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { addressesOf, headerValues, splitHeaderBlock } from './mime-headers.js';
import { closeServer, errorMessage, listen, LOOPBACK, readAll } from './net.js';

export interface RecordedMail {
  /** The MessageId the stand-in answered with (what the SDK returned to the caller). */
  id: string;
  /** ISO time the mail was accepted. */
  at: string;
  /** The MIME text exactly as sent. */
  raw: string;
  /** Envelope recipients: the request's Destination, else To/Cc/Bcc of the MIME headers. */
  destinations: string[];
  /** FromEmailAddress of the request, else the MIME From address. */
  from?: string;
}

export interface SesStandInOptions {
  /** Port of the proxy (what the SDK talks to); free one when omitted. */
  port?: number;
  /** Port of aws-ses-v2-local itself; free one when omitted. */
  standInPort?: number;
  /** When set, every recorded mail is also written there as `<yyyymmddThhmmssZ>-<n>-<id>.eml`. */
  saveDir?: string;
  /**
   * The GetAccount answer. aws-ses-v2-local reads it from the AWS_SES_ACCOUNT environment
   * variable on every request; when given, it is written there (JSON).
   */
  account?: Record<string, unknown>;
}

export interface SesStandIn {
  /** The proxy URL: what the SDK uses (AWS_ENDPOINT_URL_SESV2). */
  endpoint: string;
  /** The stand-in's own web inbox. */
  outboxUrl: string;
  recorded(): RecordedMail[];
  clear(): void;
  waitForCount(n: number, timeoutMs?: number): Promise<RecordedMail[]>;
  stop(): Promise<void>;
}

export const RECORDED_PATH = '/__recorded';
/** PUT a JSON GetAccount answer here to change what the stand-in says (sandbox or production). */
export const ACCOUNT_PATH = '/__account';
/** A full GetAccount answer: aws-ses-v2-local refuses one that lacks any of these fields. */
const DEFAULT_ACCOUNT = {
  DedicatedIpAutoWarmupEnabled: false,
  Details: {
    AdditionalContactEmailAddresses: [],
    ContactLanguage: 'EN',
    MailType: 'TRANSACTIONAL',
    ReviewDetails: { CaseId: 'local', Status: 'GRANTED' },
    UseCaseDescription: 'invite-advisor local mode',
    WebsiteURL: 'http://localhost',
  },
  EnforcementStatus: 'HEALTHY',
  ProductionAccessEnabled: true,
  SendingEnabled: true,
  SendQuota: { Max24HourSend: 50000, MaxSendRate: 14, SentLast24Hours: 0 },
  SuppressionAttributes: { SuppressedReasons: [] },
};
const SEND_EMAIL_PATH = '/v2/email/outbound-emails';

export class SesStandInError extends Error {
  override readonly name = 'SesStandInError';
}

export async function startSes(options: SesStandInOptions = {}): Promise<SesStandIn> {
  // Local mode behaves like an account with production access unless told otherwise (tests flip it
  // with setSesAccount to check the sandbox handling).
  process.env.AWS_SES_ACCOUNT = JSON.stringify(options.account ?? JSON.parse(process.env.AWS_SES_ACCOUNT ?? 'null') ?? DEFAULT_ACCOUNT);
  if (options.saveDir) await mkdir(options.saveDir, { recursive: true });

  const standIn = await (await loadSesLocal())({ host: LOOPBACK, port: options.standInPort ?? 0 });
  const standInPort = (standIn.address() as { port: number }).port;

  const mails: RecordedMail[] = [];
  let saved = 0;
  const waiters = new Set<() => void>();
  const record = async (mail: RecordedMail, bytes: Buffer): Promise<void> => {
    mails.push(mail);
    for (const wake of waiters) wake();
    if (options.saveDir) {
      saved += 1;
      // A timestamp first: names sort in sending order and do not repeat across restarts of a kept
      // data folder. The bytes, not `raw`: 8-bit parts that are not UTF-8 must survive into the file.
      const stamp = mail.at.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      await writeFile(join(options.saveDir, `${stamp}-${String(saved).padStart(4, '0')}-${mail.id}.eml`), bytes);
    }
  };

  const proxy = createServer((req, res) => {
    handle(req, res, standInPort, mails, record).catch((err: unknown) => {
      console.error(`[ses stand-in] proxy error on ${req.method} ${req.url}: ${errorMessage(err)}`);
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `ses stand-in proxy: ${errorMessage(err)}` }));
    });
  });
  const port = await listen(proxy, options.port ?? 0);

  let stopped: Promise<void> | undefined;
  return {
    endpoint: `http://${LOOPBACK}:${port}`,
    outboxUrl: `http://${LOOPBACK}:${standInPort}/`,
    recorded: () => [...mails],
    clear: () => {
      mails.length = 0;
    },
    waitForCount: (n, timeoutMs = 5_000) => waitForCount(() => mails, waiters, n, timeoutMs),
    stop: () => (stopped ??= Promise.all([closeServer(proxy), closeServer(standIn)]).then(() => undefined)),
  };
}

type SesLocalStart = (config?: { host?: string; port?: number }) => Promise<Server>;

/**
 * aws-ses-v2-local is CommonJS compiled from TS: its function is `module.exports.default`.
 * Plain Node ESM exposes that as `.default.default`, while tsx and vitest honour `__esModule`
 * and give `.default`: accept both.
 */
async function loadSesLocal(): Promise<SesLocalStart> {
  let candidate: unknown = await import('aws-ses-v2-local');
  for (let depth = 0; depth < 3; depth += 1) {
    if (typeof candidate === 'function') return candidate as SesLocalStart;
    candidate = typeof candidate === 'object' && candidate !== null && 'default' in candidate ? candidate.default : undefined;
  }
  throw new SesStandInError('aws-ses-v2-local: could not find its start function (package layout changed?)');
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  standInPort: number,
  mails: RecordedMail[],
  record: (mail: RecordedMail, bytes: Buffer) => Promise<void>,
): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (path === RECORDED_PATH && req.method === 'GET') {
    sendJson(res, 200, mails);
    return;
  }
  if (path === `${RECORDED_PATH}/clear` && req.method === 'POST') {
    mails.length = 0;
    sendJson(res, 200, { cleared: true });
    return;
  }
  if (path === ACCOUNT_PATH && req.method === 'PUT') {
    // aws-ses-v2-local reads its GetAccount answer from this variable on every request.
    process.env.AWS_SES_ACCOUNT = (await readAll(req)).toString('utf8');
    sendJson(res, 200, { ok: true });
    return;
  }

  const body = await readAll(req);
  const answer = await forward(req, body, standInPort);
  // Record before answering: a test that awaited SendEmail must find the mail right away.
  if (req.method === 'POST' && path === SEND_EMAIL_PATH && answer.status === 200) {
    const recorded = recordedMailOf(body, answer.body);
    if (recorded) await record(recorded.mail, recorded.bytes);
  }
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

interface Answer {
  status: number;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

function forward(req: IncomingMessage, body: Buffer, port: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const upstream = httpRequest(
      { host: LOOPBACK, port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        readAll(answer)
          .then((answerBody) => resolve({ status: answer.statusCode ?? 502, headers: answer.headers, body: answerBody }))
          .catch(reject);
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

interface SendEmailRequest {
  FromEmailAddress?: string;
  Destination?: { ToAddresses?: string[]; CcAddresses?: string[]; BccAddresses?: string[] };
  Content?: { Raw?: { Data?: string } };
}

/** Builds the recording of an accepted SendEmail with Raw content; undefined for other content. */
function recordedMailOf(requestBody: Buffer, answerBody: Buffer): { mail: RecordedMail; bytes: Buffer } | undefined {
  const request = parseJson(requestBody) as SendEmailRequest | undefined;
  const data = request?.Content?.Raw?.Data;
  if (typeof data !== 'string') return undefined;
  const answer = parseJson(answerBody) as { MessageId?: unknown } | undefined;
  const bytes = Buffer.from(data, 'base64');
  const raw = bytes.toString('utf8');
  const { fields } = splitHeaderBlock(bytes);

  // Request fields may carry display names ("Name <a@b>"): keep bare addresses only.
  const d = request?.Destination;
  const fromRequest = addressesOf([...(d?.ToAddresses ?? []), ...(d?.CcAddresses ?? []), ...(d?.BccAddresses ?? [])]);
  const destinations = (fromRequest.length ? fromRequest : addressesOf(['to', 'cc', 'bcc'].flatMap((n) => headerValues(fields, n)))).map(
    (a) => a.address,
  );
  const from = addressesOf(request?.FromEmailAddress ? [request.FromEmailAddress] : headerValues(fields, 'from'))[0]?.address;
  const mail: RecordedMail = {
    id: typeof answer?.MessageId === 'string' ? answer.MessageId : randomUUID(),
    at: new Date().toISOString(),
    raw,
    destinations,
    ...(from ? { from } : {}),
  };
  return { mail, bytes };
}

function parseJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function waitForCount(
  current: () => RecordedMail[],
  waiters: Set<() => void>,
  n: number,
  timeoutMs: number,
): Promise<RecordedMail[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      if (current().length < n) return false;
      cleanup();
      resolve([...current()]);
      return true;
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new SesStandInError(`expected ${n} sent mail(s) within ${timeoutMs} ms, got ${current().length}`));
    }, timeoutMs);
    const wake = (): void => {
      check();
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      waiters.delete(wake);
    };
    if (!check()) waiters.add(wake);
  });
}

// ---- client for test workers (they cannot call recorded() on the setup's objects) ----

export async function fetchRecorded(endpoint: string): Promise<RecordedMail[]> {
  const res = await fetch(new URL(RECORDED_PATH, endpoint));
  if (!res.ok) throw new SesStandInError(`GET ${RECORDED_PATH} answered ${res.status}`);
  return (await res.json()) as RecordedMail[];
}

export async function clearRecorded(endpoint: string): Promise<void> {
  const res = await fetch(new URL(`${RECORDED_PATH}/clear`, endpoint), { method: 'POST' });
  if (!res.ok) throw new SesStandInError(`POST ${RECORDED_PATH}/clear answered ${res.status}`);
}

/** Changes the stand-in's GetAccount answer (e.g. `{ ProductionAccessEnabled: false }` for the sandbox). */
export async function setSesAccount(endpoint: string, account: Record<string, unknown>): Promise<void> {
  const res = await fetch(new URL(ACCOUNT_PATH, endpoint), { method: 'PUT', body: JSON.stringify({ ...DEFAULT_ACCOUNT, ...account }) });
  if (!res.ok) throw new SesStandInError(`PUT ${ACCOUNT_PATH} answered ${res.status}`);
}
