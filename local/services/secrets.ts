// Secrets Manager stand-in: answers GetSecretValue from a fixed map. It exists only because no
// Secrets Manager stand-in ships on npm. It speaks the AWS JSON 1.1 protocol (POST /,
// `X-Amz-Target: secretsmanager.<Operation>`), so the unmodified SDK client works against it
// through AWS_ENDPOINT_URL_SECRETS_MANAGER.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from './constants.js';
import { closeServer, errorMessage, listen, LOOPBACK, readAll } from './net.js';

export interface SecretsStandInOptions {
  /** secret name → SecretString */
  secrets: Record<string, string>;
  port?: number;
  region?: string;
}

export interface SecretsStandIn {
  endpoint: string;
  stop(): Promise<void>;
}

const TARGET_PREFIX = 'secretsmanager.';
// Fixed creation time: the stand-in's secrets never change while it runs.
const CREATED = Math.floor(Date.now() / 1000);

interface StoredSecret {
  name: string;
  arn: string;
  versionId: string;
  value: string;
}

export async function startSecrets(options: SecretsStandInOptions): Promise<SecretsStandIn> {
  const region = options.region ?? LOCAL_REGION;
  const secrets = Object.entries(options.secrets).map(([name, value]) => storedSecret(name, value, region));
  const server = createServer((req, res) => {
    handle(req, res, secrets).catch((err: unknown) => {
      console.error(`[secrets stand-in] ${errorMessage(err)}`);
      sendError(res, 500, 'InternalServiceError', errorMessage(err));
    });
  });
  const port = await listen(server, options.port ?? 0);
  let stopped: Promise<void> | undefined;
  return { endpoint: `http://${LOOPBACK}:${port}`, stop: () => (stopped ??= closeServer(server)) };
}

function storedSecret(name: string, value: string, region: string): StoredSecret {
  // Real ARNs end in '-' plus 6 random characters; derive them from the name so they are stable.
  const digest = createHash('sha256').update(name).digest('hex');
  return {
    name,
    arn: `arn:aws:secretsmanager:${region}:${LOCAL_ACCOUNT_ID}:secret:${name}-${digest.slice(0, 6)}`,
    versionId: `${digest.slice(0, 8)}-${digest.slice(8, 12)}-${digest.slice(12, 16)}-${digest.slice(16, 20)}-${digest.slice(20, 32)}`,
    value,
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, secrets: StoredSecret[]): Promise<void> {
  const body = await readAll(req);
  const target = req.headers['x-amz-target'];
  const operation = typeof target === 'string' && target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : undefined;
  if (req.method !== 'POST' || operation !== 'GetSecretValue') {
    sendError(res, 400, 'UnknownOperationException', `the local Secrets Manager stand-in only supports GetSecretValue (got ${String(target)})`);
    return;
  }
  let input: { SecretId?: unknown; VersionId?: unknown; VersionStage?: unknown };
  try {
    input = JSON.parse(body.toString('utf8') || '{}') as typeof input;
  } catch {
    sendError(res, 400, 'InvalidRequestException', 'request body is not valid JSON');
    return;
  }
  if (typeof input.SecretId !== 'string' || input.SecretId === '') {
    sendError(res, 400, 'InvalidParameterException', 'SecretId is required');
    return;
  }
  const secretId = input.SecretId;
  // SecretId may be the name, the full ARN, or the ARN without its random suffix.
  const secret = secrets.find((s) => s.name === secretId || s.arn === secretId || s.arn.slice(0, -7) === secretId);
  const stageOk = input.VersionStage === undefined || input.VersionStage === 'AWSCURRENT';
  const versionOk = input.VersionId === undefined || input.VersionId === secret?.versionId;
  if (!secret || !stageOk || !versionOk) {
    sendError(res, 400, 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
    return;
  }
  sendJson(res, 200, {
    ARN: secret.arn,
    Name: secret.name,
    VersionId: secret.versionId,
    SecretString: secret.value,
    VersionStages: ['AWSCURRENT'],
    CreatedDate: CREATED,
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
  res.end(JSON.stringify(value));
}

/** AWS JSON errors: the SDK reads the error code from `__type` (and x-amzn-ErrorType). */
function sendError(res: ServerResponse, status: number, type: string, message: string): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.setHeader('x-amzn-ErrorType', type);
  sendJson(res, status, { __type: type, message, Message: message });
}
