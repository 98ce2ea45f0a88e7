/**
 * Local mode: the UNCHANGED Lambda handlers wired to the local stand-ins. The SMTP receiver plays the
 * SES receipt rule (store the raw mail in S3, then invoke the inbound function with an SES event); the
 * handlers find DynamoDB Local, s3rver, the SES stand-in, the secret and each other (the Lambda Invoke
 * stand-in) through the SDK's standard variables.
 *
 * The functions run as the stack runs them (infra/): the inbound and the sending function with Lambda's
 * retries (two, a minute and then two minutes apart) and their failure records going to the failure
 * notice, as their failure topics deliver them (there is no failure queue locally: the raw mail stays in
 * the data folder, and the sweep tries a message again); the sweep every 15 minutes, as its schedule
 * runs it; the follow-through reminders through the EventBridge Scheduler stand-in
 * (local/services/scheduler.ts), which fires their schedules into the follow-through function.
 */
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient, ResourceInUseException, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbInviteStore } from '../functions/adapters/dynamodb-store.js';
import { createTableInput, TABLE_DESIGN } from '../functions/adapters/table-design.js';
import { failureNoticeEnvironment, followThroughEnvironment, inboundEnvironment, senderEnvironment, sweepEnvironment } from '../functions/config/function-env.js';
import { loadConfig } from '../functions/config/load.js';
import type { Config } from '../functions/config/schema.js';
import { reportOf, type MessageReport, type ReportLookups } from './outcomes.js';
import { fetchRecorded, LOCAL_ACCOUNT_ID, LOCAL_REGION, startSesReceiving, type SesReceiving } from './services/index.js';
import { startScheduler, type SchedulerStandIn } from './services/scheduler.js';
import { CreateScheduleCommand, DeleteScheduleCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { NUDGES_DUE_SCHEDULE, WEEKLY_DIGEST_SCHEDULE, weeklyCron } from '../functions/core/follow/follow.js';
import { NUDGE_CHECK_MINUTES } from '../functions/app/ports.js';
import { RETRY_DELAYS_MS, snsEventOf, startLambda, type LambdaStandIn } from './services/lambda.js';

export const DEFAULT_CONFIG_FILE = new URL('./local.config.json', import.meta.url).pathname;
export const REPLY_TOKEN_SECRET_ID = 'invite-advisor/reply-token';
export const SEND_DRAFT_FUNCTION = 'invite-advisor-send-draft';
export const INBOUND_FUNCTION = 'invite-advisor-inbound';
export const SWEEP_FUNCTION = 'invite-advisor-sweep';
export const FAILURE_NOTICE_FUNCTION = 'invite-advisor-failure-notice';
export const FOLLOW_THROUGH_FUNCTION = 'invite-advisor-follow-through';
/** The schedule group locally (the stack makes one of its own: infra/constructs/follow-through.ts). */
export const LOCAL_SCHEDULE_GROUP = 'invite-advisor-local';
/** How often local mode fires the schedules that are due (EventBridge Scheduler fires within the minute). */
export const SCHEDULER_CHECK_EVERY_MS = 30_000;
/** The port of the scheduler stand-in in `npm start` (`npm run tick` posts to it). */
export const DEFAULT_SCHEDULER_PORT = 2590;
/** What the failure notice names in its `npm run redrive` command locally (there is no stack, nor a queue). */
export const LOCAL_STACK_NAME = 'invite-advisor-local';
/** How often the sweep runs: the stack's schedule (infra/constructs/recovery.ts). */
export const SWEEP_EVERY_MS = 15 * 60_000;

export interface InviteAdvisorLocalOptions {
  /** the SDK variables from LocalServices.awsEnv() */
  awsEnv: Record<string, string>;
  configFile?: string;
  tableName?: string;
  /** no dots: the SDK addresses a 127.0.0.1 endpoint path-style only for DNS-label bucket names */
  bucket?: string;
  prefix?: string;
  smtpPort?: number;
  claimLeaseSeconds?: number;
  /**
   * Called with a report of each message once the handler has run (what it came to, the verdict, the
   * subject of the mail it sent): local mode prints it and serves it to `npm run send`. The handler's
   * own logs stay as deployed (ids and outcomes only).
   */
  onReport?: (report: MessageReport) => void;
  /**
   * Called with what each run of the follow-through function came to: its schedule's input (a reminder,
   * a digest) and what it returned (local mode prints it: reminders and digests have no message of their own).
   */
  onScheduledRun?: (run: { input: unknown; result: unknown }) => void;
  /** The text after 250 in the SMTP answer to DATA (see SesReceivingOptions). */
  acceptedText?: (messageId: string) => string;
  /** the waits before Lambda's two retries of a failed event (default: Lambda's, a minute and two minutes) */
  retryDelaysMs?: readonly number[];
  /** how often the sweep runs (default SWEEP_EVERY_MS); 0: never */
  sweepEveryMs?: number;
  /** keep the scheduler stand-in's schedules in this folder (default: in memory) */
  dataDir?: string;
  /** the scheduler stand-in's port (default: any free one) */
  schedulerPort?: number;
  /** how often schedules due on the real clock fire (default 0: only `scheduler.tick` fires them, as tests want) */
  schedulerCheckEveryMs?: number;
}

export interface InviteAdvisorLocal {
  config: Config;
  smtp: { host: string; port: number };
  tableName: string;
  bucket: string;
  prefix: string;
  receiving: SesReceiving;
  /** the handler module's entry point, for tests that invoke it directly */
  handler: (event: unknown) => Promise<unknown>;
  /** every SES event the receiver built, in order (tests replay them) */
  events: unknown[];
  /** the Lambda Invoke stand-in running the functions (inbound, sending, sweep, failure notice) */
  lambda: LambdaStandIn;
  /** the sending function's entry point */
  sendDraft: (event: unknown) => Promise<unknown>;
  /** the EventBridge Scheduler stand-in: `tick(at)` fires what is due at `at` (a moved clock) */
  scheduler: SchedulerStandIn;
  /** Resolves when every message received so far, and every send it started, has been handled. */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export async function startInviteAdvisor(options: InviteAdvisorLocalOptions): Promise<InviteAdvisorLocal> {
  const configFile = options.configFile ?? DEFAULT_CONFIG_FILE;
  const config = loadConfig(configFile);
  const tableName = options.tableName ?? 'invite-advisor';
  const bucket = options.bucket ?? 'invite-advisor-raw-mail';
  const prefix = options.prefix ?? 'inbound/';

  // What the CDK stack sets on the functions (the same builders), set here for the same handlers. The
  // functions share one process locally, so their variables are merged (the same names, the same values).
  Object.assign(
    process.env,
    options.awsEnv,
    senderEnvironment({ configFile, tableName }),
    inboundEnvironment({
      configFile,
      tableName,
      rawMailBucket: bucket,
      rawMailPrefix: prefix,
      replyTokenSecretId: REPLY_TOKEN_SECRET_ID,
      sendDraftFunction: SEND_DRAFT_FUNCTION,
      ...(options.claimLeaseSeconds ? { claimLeaseSeconds: options.claimLeaseSeconds } : {}),
      scheduleGroup: LOCAL_SCHEDULE_GROUP,
      followThroughFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:function:${FOLLOW_THROUGH_FUNCTION}`,
      schedulerRoleArn: `arn:aws:iam::${LOCAL_ACCOUNT_ID}:role/${LOCAL_SCHEDULE_GROUP}-scheduler`,
    }),
    followThroughEnvironment({ configFile, tableName, scheduleGroup: LOCAL_SCHEDULE_GROUP, schedulerRoleArn: `arn:aws:iam::${LOCAL_ACCOUNT_ID}:role/${LOCAL_SCHEDULE_GROUP}-scheduler` }),
    sweepEnvironment({ configFile, tableName, rawMailBucket: bucket, rawMailPrefix: prefix, inboundFunction: INBOUND_FUNCTION }),
    failureNoticeEnvironment({
      configFile,
      tableName,
      rawMailBucket: bucket,
      rawMailPrefix: prefix,
      stackName: LOCAL_STACK_NAME,
      scheduleGroup: LOCAL_SCHEDULE_GROUP,
      followThroughFunctionArn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:function:${FOLLOW_THROUGH_FUNCTION}`,
      schedulerRoleArn: `arn:aws:iam::${LOCAL_ACCOUNT_ID}:role/${LOCAL_SCHEDULE_GROUP}-scheduler`,
    }),
  );

  const s3 = new S3Client({});
  await Promise.all([ensureTable(new DynamoDBClient({}), tableName), ensureBucket(s3, bucket)]);
  const [{ handler }, { handler: sendDraft }, { handler: sweep }, { handler: failureNotice }, { handler: followThrough }] = await Promise.all([
    import('../functions/handlers/inbound.js'),
    import('../functions/handlers/send-draft.js'),
    import('../functions/handlers/sweep.js'),
    import('../functions/handlers/failure-notice.js'),
    import('../functions/handlers/follow-through.js'),
  ]);
  const { onReport } = options;
  const lookups = onReport ? reportLookups(options.awsEnv, tableName, config) : undefined;
  // The functions behind a local Lambda Invoke endpoint, reached through AWS_ENDPOINT_URL_LAMBDA like any
  // other SDK endpoint. A failure record goes to the failure notice as its SNS topic would deliver it.
  const toFailureNotice = (topicName: string) => (record: unknown) => lambda.invoke(FAILURE_NOTICE_FUNCTION, snsEventOf(record, topicName)).then(
    () => undefined,
    () => undefined,
  );
  const lambda = await startLambda(
    {
      [INBOUND_FUNCTION]: {
        handler: (event) => (onReport && lookups ? reported(handler, event, lookups, onReport) : handler(event)),
        retryAttempts: 2,
        onFailure: toFailureNotice('invite-advisor-local-delivery-failures'),
      },
      [SEND_DRAFT_FUNCTION]: { handler: sendDraft, retryAttempts: 2, onFailure: toFailureNotice('invite-advisor-local-send-failures') },
      // The next run comes with the schedule: a failed sweep is not retried.
      [SWEEP_FUNCTION]: { handler: sweep },
      // Its own failures would wait in the inbound failure queue; locally they are logged.
      [FAILURE_NOTICE_FUNCTION]: { handler: failureNotice, retryAttempts: 2 },
      // Its failures wait in its own failure queue in AWS; locally they are logged.
      [FOLLOW_THROUGH_FUNCTION]: {
        handler: async (event, context) => {
          const result = await followThrough(event, context);
          options.onScheduledRun?.({ input: event, result });
          return result;
        },
        retryAttempts: 2,
      },
    },
    { retryDelaysMs: options.retryDelaysMs ?? RETRY_DELAYS_MS },
  );
  process.env.AWS_ENDPOINT_URL_LAMBDA = lambda.endpoint;
  // The reminders' schedules: fired into the follow-through function as EventBridge Scheduler invokes it (asynchronously).
  const scheduler = await startScheduler({
    groups: [LOCAL_SCHEDULE_GROUP],
    invoke: (targetArn, event) => lambda.invoke(targetArn, event),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.schedulerPort !== undefined ? { port: options.schedulerPort } : {}),
    checkEveryMs: options.schedulerCheckEveryMs ?? 0,
  }).catch(async (error: unknown) => {
    await lambda.stop().catch(() => undefined);
    throw Object.assign(error as Error, { option: '--scheduler-port' });
  });
  process.env.AWS_ENDPOINT_URL_SCHEDULER = scheduler.endpoint;
  await recurringSchedules(config).catch(async (error: unknown) => {
    await scheduler.stop().catch(() => undefined);
    await lambda.stop().catch(() => undefined);
    throw error;
  });
  const sweepEveryMs = options.sweepEveryMs ?? SWEEP_EVERY_MS;
  // As EventBridge invokes it: asynchronously, with a scheduled event the sweep does not read.
  const schedule = sweepEveryMs > 0 ? setInterval(() => void lambda.invoke(SWEEP_FUNCTION, { source: 'aws.events', 'detail-type': 'Scheduled Event', detail: {} }).catch(() => undefined), sweepEveryMs) : null;
  schedule?.unref();

  const events: unknown[] = [];
  const receiving = await startSesReceivingOrStop(lambda, scheduler, schedule, {
    s3,
    bucket,
    prefix,
    recipients: [config.inbox.address],
    // An asynchronous invocation; the receiver waits for its first attempt (tests wait for it through receiving.settled).
    invoke: (event) => {
      events.push(event);
      return lambda.invoke(INBOUND_FUNCTION, event);
    },
    ...(options.smtpPort !== undefined ? { port: options.smtpPort } : {}),
    ...(options.acceptedText ? { acceptedText: options.acceptedText } : {}),
  });
  return {
    config,
    smtp: { host: receiving.host, port: receiving.port },
    tableName,
    bucket,
    prefix,
    receiving,
    handler,
    events,
    lambda,
    sendDraft,
    scheduler,
    settled: async () => {
      await receiving.settled();
      await lambda.settled();
    },
    stop: async () => {
      if (schedule) clearInterval(schedule);
      await receiving.stop();
      await receiving.settled();
      await scheduler.stop();
      // Retries still waiting are dropped (a stopped process's are); what runs finishes.
      await lambda.stop();
    },
  };
}

/**
 * The recurring schedules, as the stack makes them (infra/constructs/follow-through.ts): the weekly
 * digest when followThrough.weeklyDigest is on, the nudges due when followThrough.nudge is on; gone when
 * off (a data folder keeps schedules).
 */
async function recurringSchedules(config: Config): Promise<void> {
  const client = new SchedulerClient({});
  const { weeklyDigest, weeklyDigestDay, weeklyDigestHour, nudge } = config.followThrough;
  const target = (input: unknown) => ({ Arn: `arn:aws:lambda:${LOCAL_REGION}:${LOCAL_ACCOUNT_ID}:function:${FOLLOW_THROUGH_FUNCTION}`, RoleArn: `arn:aws:iam::${LOCAL_ACCOUNT_ID}:role/${LOCAL_SCHEDULE_GROUP}-scheduler`, Input: JSON.stringify(input) });
  for (const name of [WEEKLY_DIGEST_SCHEDULE, NUDGES_DUE_SCHEDULE]) {
    await client.send(new DeleteScheduleCommand({ Name: name, GroupName: LOCAL_SCHEDULE_GROUP })).catch((error: Error) => {
      if (error.name !== 'ResourceNotFoundException') throw error;
    });
  }
  if (nudge) {
    await client.send(
      new CreateScheduleCommand({
        Name: NUDGES_DUE_SCHEDULE,
        GroupName: LOCAL_SCHEDULE_GROUP,
        ScheduleExpression: `rate(${NUDGE_CHECK_MINUTES} minutes)`,
        FlexibleTimeWindow: { Mode: 'OFF' },
        Target: target({ kind: 'nudges-due', at: '<aws.scheduler.scheduled-time>' }),
      }),
    );
  }
  if (!weeklyDigest) return;
  await client.send(
    new CreateScheduleCommand({
      Name: WEEKLY_DIGEST_SCHEDULE,
      GroupName: LOCAL_SCHEDULE_GROUP,
      ScheduleExpression: weeklyCron(weeklyDigestDay, weeklyDigestHour),
      ScheduleExpressionTimezone: config.owner.timeZone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: target({ kind: 'weekly-digest' }),
    }),
  );
}

/** Runs the handler, then reports what it came to (the handler's result or error passes through unchanged). */
async function reported(
  handler: (event: unknown) => Promise<unknown>,
  event: unknown,
  lookups: ReportLookups,
  onReport: (report: MessageReport) => void,
): Promise<unknown> {
  let run: { result?: unknown; error?: unknown };
  try {
    run = { result: await handler(event) };
  } catch (error) {
    run = { error };
  }
  // The report is local mode's own: a failure to write it never changes what the handler did.
  await reportOf(event, run, lookups).then(onReport, (error: unknown) => console.error(`[local] could not report a message's outcome: ${(error as Error).message}`));
  if ('error' in run) throw run.error;
  return run.result;
}

/** Where a report's details come from: the production store adapter, and the SES stand-in's recordings. */
function reportLookups(awsEnv: Record<string, string>, tableName: string, config: Config): ReportLookups {
  const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  const store = new DynamoDbInviteStore(documents, {
    tableName,
    messageRetentionDays: config.retention.rawMailDays,
    invitationRetentionDays: config.retention.invitationDays,
  });
  const sesEndpoint = awsEnv.AWS_ENDPOINT_URL_SESV2 ?? '';
  return {
    invitation: async (inviteId) => {
      const invitation = await store.getInvitation(inviteId);
      if (!invitation) return null;
      const send = invitation.send ? { verdict: invitation.send.verdict, to: invitation.send.to ?? null } : null;
      return { verdict: invitation.decision.verdict, subject: invitation.original.subject, send };
    },
    sentMail: async (id) => (await fetchRecorded(sesEndpoint)).find((mail) => mail.id === id)?.raw ?? null,
  };
}

async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  // DynamoDB Local makes tables ACTIVE almost at once; the SDK waiter's 20 s first delay is not needed.
  for (let i = 0; i < 100; i += 1) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.TableStatus === 'ACTIVE') break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await client
    .send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: TABLE_DESIGN.ttlAttribute } }))
    .catch((error: Error) => {
      // Already enabled (a persisted data dir) is fine.
      if (!/already enabled/i.test(error.message)) throw error;
    });
}

async function ensureBucket(s3: S3Client, bucket: string): Promise<void> {
  try {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    const name = (error as Error).name;
    if (name !== 'BucketAlreadyOwnedByYou' && name !== 'BucketAlreadyExists') throw error;
  }
}

/** Starts the SMTP receiver; if it cannot (a port in use), stops the Lambda and scheduler stand-ins and the schedule already started. */
async function startSesReceivingOrStop(lambda: LambdaStandIn, scheduler: SchedulerStandIn, schedule: NodeJS.Timeout | null, options: Parameters<typeof startSesReceiving>[0]): Promise<SesReceiving> {
  try {
    return await startSesReceiving(options);
  } catch (error) {
    if (schedule) clearInterval(schedule);
    await scheduler.stop().catch(() => undefined);
    await lambda.stop().catch(() => undefined);
    throw error;
  }
}
