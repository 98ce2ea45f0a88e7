// Starts every local stand-in for AWS at once. Production code finds them through the SDK's
// standard environment variables alone (see awsEnv), so it needs no "local" branches.
import { join } from 'node:path';
import { LOCAL_ACCESS_KEY_ID, LOCAL_REGION, LOCAL_SECRET_ACCESS_KEY } from './constants.js';
import { startDynamoDbLocal } from './dynamodb-local.js';
import { errorMessage } from './net.js';
import { startS3 } from './s3.js';
import { startSecrets } from './secrets.js';
import { startSes, type SesStandIn } from './ses.js';

export * from './constants.js';
export { JAVA_MISSING_MESSAGE, DynamoDbLocalError } from './dynamodb-local.js';
export { clearRecorded, fetchRecorded, setSesAccount, type RecordedMail } from './ses.js';
export { startSesReceiving, TEST_VERDICTS_HEADER, type SesReceiving, type SesReceivingOptions } from './ses-receiving.js';

export interface LocalServicesOptions {
  /** Persist DynamoDB tables (<dataDir>/dynamodb) and S3 objects (<dataDir>/s3) across runs.
   * Without it everything lives in memory / a temp folder removed on stop. */
  dataDir?: string;
  ports?: { dynamodb?: number; s3?: number; ses?: number; secrets?: number };
  /** secret name → SecretString served by the Secrets Manager stand-in. */
  secrets?: Record<string, string>;
  /** Buckets to create at start. */
  buckets?: string[];
  /** Write each mail sent through SES as an .eml file there. */
  saveOutboxDir?: string;
  /** GetAccount answer of the SES stand-in (see ses.ts). */
  sesAccount?: Record<string, unknown>;
}

export interface LocalServices {
  region: string;
  dynamodbEndpoint: string;
  s3Endpoint: string;
  /** The recording proxy in front of aws-ses-v2-local (what the SDK uses). */
  sesEndpoint: string;
  /** aws-ses-v2-local's web inbox. */
  sesOutboxUrl: string;
  secretsEndpoint: string;
  ses: SesStandIn;
  /** The standard SDK variables that point unmodified code at the stand-ins. */
  awsEnv(): Record<string, string>;
  /** Stops everything; safe to call more than once. */
  stop(): Promise<void>;
}

export async function startLocalServices(opts: LocalServicesOptions = {}): Promise<LocalServices> {
  const ports = opts.ports ?? {};
  const results = await Promise.allSettled([
    startDynamoDbLocal(
      opts.dataDir
        ? { port: ports.dynamodb, inMemory: false, dbPath: join(opts.dataDir, 'dynamodb') }
        : { port: ports.dynamodb },
    ),
    startS3({ port: ports.s3, directory: opts.dataDir && join(opts.dataDir, 's3'), buckets: opts.buckets }),
    startSes({ port: ports.ses, saveDir: opts.saveOutboxDir, account: opts.sesAccount }),
    startSecrets({ port: ports.secrets, secrets: opts.secrets ?? {} }),
  ] as const);
  const [dynamodbResult, s3Result, sesResult, secretsResult] = results;
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const stopAll = async (): Promise<void> => {
    const stops = await Promise.allSettled(started.map((s) => s.stop()));
    const failures = stops.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (failures.length) throw new AggregateError(failures, `stopping local services: ${failures.map(errorMessage).join('; ')}`);
  };
  if (
    dynamodbResult.status === 'rejected' ||
    s3Result.status === 'rejected' ||
    sesResult.status === 'rejected' ||
    secretsResult.status === 'rejected'
  ) {
    // One stand-in failed (e.g. no Java): stop the others, then report the first failure as is,
    // so a clear message like JAVA_MISSING_MESSAGE reaches the user unchanged.
    await stopAll().catch(() => undefined);
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    throw failure?.reason;
  }
  const dynamodb = dynamodbResult.value;
  const s3 = s3Result.value;
  const ses = sesResult.value;
  const secrets = secretsResult.value;

  let stopped: Promise<void> | undefined;
  return {
    region: LOCAL_REGION,
    dynamodbEndpoint: dynamodb.endpoint,
    s3Endpoint: s3.endpoint,
    sesEndpoint: ses.endpoint,
    sesOutboxUrl: ses.outboxUrl,
    secretsEndpoint: secrets.endpoint,
    ses,
    awsEnv: () => ({
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: LOCAL_SECRET_ACCESS_KEY,
      // SDK v3 reads AWS_ENDPOINT_URL_<serviceId, spaces → '_', upper case>
      // (@smithy/core endpoints getEndpointUrlConfig); serviceIds: DynamoDB, S3, SESv2, Secrets Manager.
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_SESV2: ses.endpoint,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.endpoint,
      // s3rver corrupts uploads sent with the default flexible checksums.
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    }),
    stop: () => (stopped ??= stopAll()),
  };
}
