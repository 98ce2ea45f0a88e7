/**
 * The local stack of a chaos run: the real stand-ins (DynamoDB Local with a data folder, so that a
 * killed and restarted process keeps its tables; s3rver; the SES stand-in with its recording proxy; a
 * Lambda Invoke stand-in), a fault-injecting proxy in front of each, the SES receiving stand-in (SMTP →
 * S3 → an SES event) and Lambda played by LambdaPlatform: the inbound function, the sending function,
 * and the failure notice (infra/constructs/recovery.ts): an inbound event or a send job that fails every
 * attempt goes to its failure queue and, as its failure topic delivers it, to the failure-notice
 * function, itself an asynchronous target with Lambda's retries whose own failures go to the inbound
 * failure queue.
 *
 * The use cases run with the real adapters, wired as functions/handlers/dependencies.ts wires them (the
 * same SDK clients with the same options), but built per invocation with the invocation's clock and a
 * middleware that names the invocation on every request (the proxies tell runs apart by it). The SDK
 * finds the proxies through its standard endpoint variables.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbRecoveryStore } from '../../functions/adapters/dynamodb-recovery-store.js';
import { DynamoDbInviteStore } from '../../functions/adapters/dynamodb-store.js';
import { DynamoDbOwnerMailStore } from '../../functions/adapters/dynamodb-owner-mail-store.js';
import { LambdaDraftSender } from '../../functions/adapters/lambda-draft-sender.js';
import { S3RawMailSource } from '../../functions/adapters/s3-raw-mail.js';
import { SesV2Account } from '../../functions/adapters/sesv2-account.js';
import { atMostOnceSesClient, SesV2Mailer } from '../../functions/adapters/sesv2-mailer.js';
import { createTableInput } from '../../functions/adapters/table-design.js';
import { receiveMail } from '../../functions/app/receive-mail.js';
import { sendDraft } from '../../functions/app/send-draft.js';
import { tellFailure } from '../../functions/app/tell-failure.js';
import type { FailureNoticeDeps, InboundDeps, Logger, SendDeps } from '../../functions/app/ports.js';
import { loadConfig } from '../../functions/config/load.js';
import type { Config } from '../../functions/config/schema.js';
import { failedEventsOf, SendJobEventSchema } from '../../functions/handlers/job-events.js';
import { deliveryOf, SesEventSchema } from '../../functions/handlers/kit.js';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../local/services/dynamodb-local.js';
import { LOCAL_ACCESS_KEY_ID, LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_SECRET_ACCESS_KEY, startSesReceiving, type SesReceiving } from '../../local/services/index.js';
import { failureRecordOf, snsEventOf, startLambda, type LambdaStandIn } from '../../local/services/lambda.js';
import { startS3, type S3StandIn } from '../../local/services/s3.js';
import { startSes, type SesStandIn } from '../../local/services/ses.js';
import { DEFAULT_CONFIG_FILE, SEND_DRAFT_FUNCTION } from '../../local/stack.js';
import { LambdaPlatform, VirtualClock, type EventRecord, type Invocation } from './platform.js';
import { CHAOS_HEADER, startFaultProxy, type FaultProxy, type Rules, type Service } from './proxy.js';
import { MemoryFollowThroughStore, MemoryScheduler } from '../../tests/fakes/memory-follow-through.js';

export const INBOUND = 'inbound';
export const SENDER = 'sender';
export const NOTICE = 'failure-notice';
const BUCKET = 'chaos-raw-mail';
const PREFIX = 'inbound/';
/** Lambda's concurrency for these functions: more events than this wait their turn, as Lambda's queue does. */
const CONCURRENCY = 32;

export interface LogLine {
  invocation: string;
  level: 'info' | 'warn' | 'error';
  message: string;
  extra?: Record<string, unknown>;
}

export interface ChaosStack {
  config: Config;
  tokenSecret: string;
  clock: VirtualClock;
  platform: LambdaPlatform;
  ses: SesStandIn;
  smtpPort: number;
  receiving: SesReceiving;
  proxies: Record<Service, FaultProxy>;
  /** every line the use cases logged in the current trial */
  log: LogLine[];
  /** sets the rules of every proxy (a dead invocation's requests are always reset first) */
  setRules(rules: Rules): void;
  /** a fresh table, used from now on */
  newTable(label: string): Promise<string>;
  /** called with every SES event the receiving stand-in builds, instead of invoking the inbound function once */
  onReceived: ((event: unknown) => void) | null;
  /** called with every send job handed to the sending function, instead of invoking it once */
  onSendJob: ((event: unknown) => void) | null;
  /** Kills DynamoDB Local (SIGKILL) and starts it again on the same data folder after `downMs`. */
  killDynamoDb(downMs: number): Promise<void>;
  /** resolves when DynamoDB Local answers again after a kill */
  dynamoDbReady(): Promise<void>;
  stop(): Promise<void>;
}

export async function startChaosStack(): Promise<ChaosStack> {
  const dir = mkdtempSync(join(tmpdir(), 'invite-advisor-chaos-'));
  const dbPath = join(dir, 'dynamodb');
  const stops: (() => Promise<void>)[] = [];
  try {
    let dynamo: DynamoDbLocal = await startDynamoDbLocal({ inMemory: false, dbPath });
    stops.push(() => dynamo.stop());
    const s3: S3StandIn = await startS3({ directory: join(dir, 's3'), buckets: [BUCKET] });
    stops.push(() => s3.stop());
    const ses = await startSes({});
    stops.push(() => ses.stop());

    const clock = new VirtualClock();
    const platform = new LambdaPlatform(clock, CONCURRENCY);
    const stack = {} as ChaosStack;
    const lambda: LambdaStandIn = await startLambda({
      [SEND_DRAFT_FUNCTION]: async (event) => {
        if (stack.onSendJob) stack.onSendJob(event);
        else void platform.invoke(SENDER, event);
      },
    });
    stops.push(() => lambda.stop());

    const portOf = (endpoint: string) => Number(new URL(endpoint).port);
    const proxies = {
      dynamodb: await startFaultProxy('dynamodb', dynamo.port),
      s3: await startFaultProxy('s3', portOf(s3.endpoint)),
      ses: await startFaultProxy('ses', portOf(ses.endpoint)),
      lambda: await startFaultProxy('lambda', portOf(lambda.endpoint)),
    };
    for (const proxy of Object.values(proxies)) stops.push(() => proxy.stop());

    // What the stack sets on the functions, pointed at the proxies: the SDK's standard variables.
    Object.assign(process.env, {
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_ACCESS_KEY_ID,
      AWS_SECRET_ACCESS_KEY: LOCAL_SECRET_ACCESS_KEY,
      AWS_ENDPOINT_URL_DYNAMODB: proxies.dynamodb.endpoint,
      AWS_ENDPOINT_URL_S3: proxies.s3.endpoint,
      AWS_ENDPOINT_URL_SESV2: proxies.ses.endpoint,
      AWS_ENDPOINT_URL_LAMBDA: proxies.lambda.endpoint,
      AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
      AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });

    // The local configuration, with commands on and the hourly cap at its most (its own tests are elsewhere).
    const base = JSON.parse(readFileSync(DEFAULT_CONFIG_FILE, 'utf8')) as Record<string, Record<string, unknown>>;
    const configFile = join(dir, 'config.json');
    writeFileSync(configFile, JSON.stringify({ ...base, replies: { sendOnBehalf: true }, limits: { ...base.limits, mailsToOwnerPerHour: 1000 } }));
    const config = loadConfig(configFile);
    const tokenSecret = randomBytes(32).toString('base64url');

    let tableName = '';
    const log: LogLine[] = [];
    const loggerFor = (invocation: Invocation): Logger => {
      const line = (level: LogLine['level']) => (message: string, extra?: Record<string, unknown>) => {
        log.push({ invocation: invocation.id, level, message, ...(extra ? { extra } : {}) });
      };
      return { info: line('info'), warn: line('warn'), error: line('error') };
    };
    const storeOn = (client: DynamoDBClient) =>
      new DynamoDbInviteStore(DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }), {
        tableName,
        messageRetentionDays: config.retention.rawMailDays,
        invitationRetentionDays: config.retention.invitationDays,
      });

    // The inbound function, as functions/handlers/inbound.ts and buildInboundDeps run it. Its failure
    // topic feeds the failure queue and the failure-notice function.
    const onFailure = (record: EventRecord) => {
      const failed = { functionName: record.functionName, event: record.event, attempts: record.attempts, lastError: record.errors.at(-1) ?? 'Error' };
      void platform.invoke(NOTICE, snsEventOf(failureRecordOf(failed, clock.now()), `invite-advisor-chaos-${record.functionName}-failures`));
    };
    platform.register(INBOUND, async (event, invocation) => {
      const dynamodb = tagged(new DynamoDBClient({}), invocation);
      const s3Client = tagged(new S3Client({}), invocation);
      const sesClient = tagged(new SESv2Client({}), invocation);
      const lambdaClient = tagged(new LambdaClient({}), invocation);
      const deps: InboundDeps = {
        config,
        tokenSecret,
        claimLeaseSeconds: 60,
        rawMail: new S3RawMailSource(s3Client, BUCKET, PREFIX),
        store: storeOn(dynamodb),
        ownerMail: new DynamoDbOwnerMailStore(DynamoDBDocumentClient.from(dynamodb, { marshallOptions: { removeUndefinedValues: true } }), { tableName, messageRetentionDays: config.retention.rawMailDays }),
        mailer: new SesV2Mailer(sesClient),
        draftSender: new LambdaDraftSender(lambdaClient, SEND_DRAFT_FUNCTION),
        account: new SesV2Account(sesClient),
        // The chaos run measures mail and its records; reminders are scheduled in memory.
        scheduler: new MemoryScheduler(),
        followThrough: new MemoryFollowThroughStore(),
        clock: invocation.clock,
        log: loggerFor(invocation),
      };
      try {
        const parsed = SesEventSchema.parse(event);
        const results = [];
        for (const record of parsed.Records) results.push(await receiveMail(deps, deliveryOf(record.ses)));
        return results;
      } finally {
        for (const client of [dynamodb, s3Client, sesClient, lambdaClient]) client.destroy();
      }
    }, { failureQueue: true, onFailure });
    // The sending function, as functions/handlers/send-draft.ts and buildSenderDeps run it. Its failure
    // topic feeds its failure queue and the failure-notice function too.
    platform.register(SENDER, async (event, invocation) => {
      const dynamodb = tagged(new DynamoDBClient({}), invocation);
      const sesClient = tagged(atMostOnceSesClient(), invocation);
      const deps: SendDeps = { config, store: storeOn(dynamodb), mailer: new SesV2Mailer(sesClient), clock: invocation.clock, log: loggerFor(invocation) };
      try {
        return await sendDraft(deps, SendJobEventSchema.parse(event).job);
      } finally {
        for (const client of [dynamodb, sesClient]) client.destroy();
      }
    }, { failureQueue: true, onFailure });
    // The failure notice, as functions/handlers/failure-notice.ts and buildFailureNoticeDeps run it (its
    // own destination is the inbound failure queue: an event that fails every attempt waits there).
    platform.register(
      NOTICE,
      async (event, invocation) => {
        const dynamodb = tagged(new DynamoDBClient({}), invocation);
        const sesClient = tagged(new SESv2Client({}), invocation);
        const deps: FailureNoticeDeps = {
          config,
          store: storeOn(dynamodb),
          recovery: new DynamoDbRecoveryStore(DynamoDBDocumentClient.from(dynamodb, { marshallOptions: { removeUndefinedValues: true } }), {
            tableName,
            messageRetentionDays: config.retention.rawMailDays,
          }),
          ownerMail: new DynamoDbOwnerMailStore(DynamoDBDocumentClient.from(dynamodb, { marshallOptions: { removeUndefinedValues: true } }), { tableName, messageRetentionDays: config.retention.rawMailDays }),
          scheduler: new MemoryScheduler(),
          mailer: new SesV2Mailer(sesClient),
          clock: invocation.clock,
          log: loggerFor(invocation),
          rawMailLocation: `s3://${BUCKET}/${PREFIX}`,
          redriveCommand: `npm run redrive -- --stack invite-advisor-chaos --region ${LOCAL_REGION}`,
          redriveSendingCommand: `npm run redrive -- --stack invite-advisor-chaos --region ${LOCAL_REGION} --sending`,
        };
        try {
          const results = [];
          for (const failed of failedEventsOf(event)) results.push(failed ? await tellFailure(deps, failed) : 'not-a-message');
          return results;
        } finally {
          for (const client of [dynamodb, sesClient]) client.destroy();
        }
      },
      { failureQueue: true },
    );

    // SES receiving: SMTP in, the raw mail into S3 (SES's own write: not through the proxy), then the event.
    const directS3 = new S3Client({ endpoint: s3.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, forcePathStyle: true });
    const receiving = await startSesReceiving({
      s3: directS3,
      bucket: BUCKET,
      prefix: PREFIX,
      recipients: [config.inbox.address],
      invoke: async (event) => {
        if (stack.onReceived) stack.onReceived(event);
        else await platform.invoke(INBOUND, event);
      },
    });
    stops.push(() => receiving.stop());

    let restarting: Promise<void> | null = null;
    const dynamoDbReady = async () => {
      while (restarting) await restarting;
    };
    platform.gate = dynamoDbReady;
    const directDynamo = () => new DynamoDBClient({ endpoint: `http://127.0.0.1:${dynamo.port}`, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });

    Object.assign(stack, {
      config,
      tokenSecret,
      clock,
      platform,
      ses,
      smtpPort: receiving.port,
      receiving,
      proxies,
      log,
      onReceived: null,
      onSendJob: null,
      setRules: (rules: Rules) => {
        for (const proxy of Object.values(proxies)) {
          proxy.setRules((request) => (platform.isDead(request.invocation) ? { kind: 'reset' } : rules(request)));
        }
      },
      newTable: async (label: string) => {
        await dynamoDbReady();
        tableName = `chaos-${label}-${randomBytes(3).toString('hex')}`;
        const client = directDynamo();
        await client.send(new CreateTableCommand(createTableInput(tableName)));
        client.destroy();
        return tableName;
      },
      killDynamoDb: async (downMs: number) => {
        if (restarting) return;
        let done: () => void = () => undefined;
        restarting = new Promise<void>((resolve) => (done = resolve));
        await dynamo.kill();
        void (async () => {
          await sleep(downMs);
          // A JVM starts in 2–3 s on an idle machine; far slower on a busy one.
          dynamo = await startDynamoDbLocal({ inMemory: false, dbPath, startTimeoutMs: 180_000 });
          proxies.dynamodb.setUpstream(dynamo.port);
        })()
          .catch((error: unknown) => {
            console.error(`chaos: DynamoDB Local did not start again: ${error instanceof Error ? error.message : String(error)}`);
            process.exitCode = 1;
          })
          .finally(() => {
            restarting = null;
            done();
          });
      },
      dynamoDbReady,
      stop: async () => {
        await dynamoDbReady();
        for (const stop of stops.reverse()) await stop().catch(() => undefined);
        rmSync(dir, { recursive: true, force: true });
      },
    } satisfies ChaosStack);
    stack.setRules(() => ({ kind: 'pass' }));
    return stack;
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

interface Stacked {
  middlewareStack: { add(middleware: unknown, options: { step: 'build'; name: string }): void };
}

/** Names the invocation on every request of this client (the proxies tell runs apart by it). */
function tagged<T>(client: T, invocation: Invocation): T {
  (client as unknown as Stacked).middlewareStack.add(
    (next: (args: { request: unknown }) => Promise<unknown>) => async (args: { request: unknown }) => {
      const request = args.request as { headers?: Record<string, string> };
      if (request.headers) request.headers[CHAOS_HEADER] = invocation.id;
      return next(args);
    },
    { step: 'build', name: 'chaosInvocation' },
  );
  return client;
}
