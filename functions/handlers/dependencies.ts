/**
 * Builds SDK clients and adapters once per cold start. Endpoints come from the SDK's standard variables.
 *
 * The Lambda and EventBridge Scheduler clients (≈90 KB with their adapters) are imported with `import()`
 * (chunks of their own in the deployment package, infra/constructs/bundling.ts): the inbound function
 * needs them only for an owner's command to send a draft and for reminders, so it loads them at their
 * first call (onFirstCall), not with the clients every message uses.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { setTimeout as delay } from 'node:timers/promises';
import type { BounceDeps, Clock, DraftSender, FailureNoticeDeps, FollowThroughDeps, InboundDeps, Logger, Scheduler, SendDeps, SweepDeps } from '../app/ports.js';
import { DynamoDbFollowThroughStore } from '../adapters/dynamodb-follow-through-store.js';
import { REMINDER_KINDS } from '../core/follow/follow.js';
import { DynamoDbInviteStore } from '../adapters/dynamodb-store.js';
import { DynamoDbOwnerMailStore } from '../adapters/dynamodb-owner-mail-store.js';
import { S3RawMailSource } from '../adapters/s3-raw-mail.js';
import { readSecret } from '../adapters/secrets.js';
import { atMostOnceSesClient, SesV2Mailer } from '../adapters/sesv2-mailer.js';
import { loadConfig } from '../config/load.js';
import { readBounceEnv, readFailureNoticeEnv, readFollowThroughEnv, readInboundEnv, readSenderEnv, readSweepEnv } from '../config/function-env.js';
import { DynamoDbRecoveryStore } from '../adapters/dynamodb-recovery-store.js';
import { S3RawMailListing } from '../adapters/s3-raw-mail-listing.js';
import { SesV2Account } from '../adapters/sesv2-account.js';

/** The real clock: retry backoff really waits. */
const systemClock: Clock = { now: () => new Date(), sleep: (ms) => delay(ms) };

/** What `load` resolves to, loaded at the first call and kept; a failed load is not kept (the next call tries again). */
function onFirstCall<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () =>
    (loaded ??= load().catch((error: unknown) => {
      loaded = undefined;
      throw error;
    }));
}

/** The DraftSender port, its adapter and Lambda client imported at its first request. */
function lambdaDraftSender(functionName: string): DraftSender {
  const sender = onFirstCall(async () => {
    const [{ LambdaClient }, { LambdaDraftSender }] = await Promise.all([import('@aws-sdk/client-lambda'), import('../adapters/lambda-draft-sender.js')]);
    return new LambdaDraftSender(new LambdaClient({}), functionName);
  });
  return { request: async (job) => (await sender()).request(job) };
}

/** The Scheduler port, its adapter and EventBridge Scheduler client imported at its first call. */
function eventBridgeScheduler(options: { groupName: string; targetArn: string; roleArn: string }): Scheduler {
  const scheduler = onFirstCall(async () => {
    const [{ SchedulerClient }, { EventBridgeScheduler }] = await Promise.all([import('@aws-sdk/client-scheduler'), import('../adapters/eventbridge-scheduler.js')]);
    return new EventBridgeScheduler(new SchedulerClient({}), options);
  });
  return {
    schedule: async (name, at, call) => (await scheduler()).schedule(name, at, call),
    cancel: async (name) => (await scheduler()).cancel(name),
  };
}

export async function buildInboundDeps(env: NodeJS.ProcessEnv, log: Logger): Promise<InboundDeps> {
  const runtime = readInboundEnv(env);
  const config = loadConfig(runtime.INVITE_ADVISOR_CONFIG);
  const tokenSecret = await readSecret(new SecretsManagerClient({}), runtime.REPLY_TOKEN_SECRET_ID);
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  const ses = new SESv2Client({});
  return {
    config,
    tokenSecret,
    claimLeaseSeconds: runtime.CLAIM_LEASE_SECONDS,
    rawMail: new S3RawMailSource(new S3Client({}), runtime.RAW_MAIL_BUCKET, runtime.RAW_MAIL_PREFIX),
    store: new DynamoDbInviteStore(documents, {
      tableName: runtime.TABLE_NAME,
      messageRetentionDays: config.retention.rawMailDays,
      invitationRetentionDays: config.retention.invitationDays,
    }),
    ownerMail: new DynamoDbOwnerMailStore(documents, { tableName: runtime.TABLE_NAME, messageRetentionDays: config.retention.rawMailDays }),
    mailer: new SesV2Mailer(ses),
    draftSender: lambdaDraftSender(runtime.SEND_DRAFT_FUNCTION),
    account: new SesV2Account(ses),
    scheduler: eventBridgeScheduler({ groupName: runtime.SCHEDULE_GROUP, targetArn: runtime.FOLLOW_THROUGH_FUNCTION_ARN, roleArn: runtime.SCHEDULER_ROLE_ARN }),
    followThrough: followThroughStore(documents, runtime.TABLE_NAME, config),
    clock: systemClock,
    log,
  };
}

function storeFor(tableName: string, config: ReturnType<typeof loadConfig>): DynamoDbInviteStore {
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  return new DynamoDbInviteStore(documents, {
    tableName,
    messageRetentionDays: config.retention.rawMailDays,
    invitationRetentionDays: config.retention.invitationDays,
  });
}

function followThroughStore(documents: DynamoDBDocumentClient, tableName: string, config: ReturnType<typeof loadConfig>): DynamoDbFollowThroughStore {
  return new DynamoDbFollowThroughStore(documents, { tableName, retentionDays: config.retention.invitationDays, kinds: REMINDER_KINDS });
}

/** `selfArn`: this function's own ARN, as Lambda's context names it (the digest of held mail schedules it). */
export function buildFollowThroughDeps(env: NodeJS.ProcessEnv, log: Logger, selfArn: string): FollowThroughDeps {
  const runtime = readFollowThroughEnv(env);
  const config = loadConfig(runtime.INVITE_ADVISOR_CONFIG);
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  return {
    config,
    store: storeFor(runtime.TABLE_NAME, config),
    followThrough: followThroughStore(documents, runtime.TABLE_NAME, config),
    ownerMail: new DynamoDbOwnerMailStore(documents, { tableName: runtime.TABLE_NAME, messageRetentionDays: config.retention.rawMailDays }),
    scheduler: eventBridgeScheduler({ groupName: runtime.SCHEDULE_GROUP, targetArn: selfArn, roleArn: runtime.SCHEDULER_ROLE_ARN }),
    mailer: new SesV2Mailer(new SESv2Client({})),
    clock: systemClock,
    log,
  };
}

export function buildSenderDeps(env: NodeJS.ProcessEnv, log: Logger): SendDeps {
  const runtime = readSenderEnv(env);
  const config = loadConfig(runtime.INVITE_ADVISOR_CONFIG);
  return {
    config,
    store: storeFor(runtime.TABLE_NAME, config),
    // At most once to a recruiter: the SDK never sends a SendEmail twice (see atMostOnceSesClient).
    mailer: new SesV2Mailer(atMostOnceSesClient(), runtime.SES_CONFIGURATION_SET),
    clock: systemClock,
    log,
  };
}

export function buildBounceDeps(env: NodeJS.ProcessEnv, log: Logger): BounceDeps {
  const runtime = readBounceEnv(env);
  const config = loadConfig(runtime.INVITE_ADVISOR_CONFIG);
  return { config, store: storeFor(runtime.TABLE_NAME, config), mailer: new SesV2Mailer(new SESv2Client({})), clock: systemClock, log };
}

export async function buildSweepDeps(env: NodeJS.ProcessEnv, log: Logger): Promise<SweepDeps> {
  const runtime = readSweepEnv(env);
  const [{ LambdaClient }, { LambdaRedriver }] = await Promise.all([import('@aws-sdk/client-lambda'), import('../adapters/lambda-redriver.js')]);
  const config = loadConfig(runtime.INVITE_ADVISOR_CONFIG);
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  return {
    listing: new S3RawMailListing(new S3Client({}), runtime.RAW_MAIL_BUCKET, runtime.RAW_MAIL_PREFIX),
    recovery: new DynamoDbRecoveryStore(documents, { tableName: runtime.TABLE_NAME, messageRetentionDays: config.retention.rawMailDays }),
    redriver: new LambdaRedriver(new LambdaClient({}), runtime.INBOUND_FUNCTION),
    clock: systemClock,
    log,
    settleMinutes: runtime.SWEEP_SETTLE_MINUTES,
    // Mail older than its retention is gone (and its records with it).
    lookbackHours: Math.min(runtime.SWEEP_LOOKBACK_HOURS, config.retention.rawMailDays * 24),
    maxRedrives: runtime.SWEEP_MAX_REDRIVES,
    maxListed: runtime.SWEEP_MAX_LISTED,
  };
}

export function buildFailureNoticeDeps(env: NodeJS.ProcessEnv, log: Logger): FailureNoticeDeps {
  const runtime = readFailureNoticeEnv(env);
  const config = loadConfig(runtime.INVITE_ADVISOR_CONFIG);
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  const redriveCommand = `npm run redrive -- --stack ${runtime.STACK_NAME} --region ${runtime.AWS_REGION}`;
  return {
    config,
    // The hourly cap's counter and the send states are the inbound store's; the notice's marks are the recovery store's.
    store: storeFor(runtime.TABLE_NAME, config),
    recovery: new DynamoDbRecoveryStore(documents, { tableName: runtime.TABLE_NAME, messageRetentionDays: config.retention.rawMailDays }),
    ownerMail: new DynamoDbOwnerMailStore(documents, { tableName: runtime.TABLE_NAME, messageRetentionDays: config.retention.rawMailDays }),
    scheduler: eventBridgeScheduler({ groupName: runtime.SCHEDULE_GROUP, targetArn: runtime.FOLLOW_THROUGH_FUNCTION_ARN, roleArn: runtime.SCHEDULER_ROLE_ARN }),
    mailer: new SesV2Mailer(new SESv2Client({})),
    clock: systemClock,
    log,
    rawMailLocation: `s3://${runtime.RAW_MAIL_BUCKET}/${runtime.RAW_MAIL_PREFIX}`,
    redriveCommand,
    redriveSendingCommand: `${redriveCommand} --sending`,
  };
}
