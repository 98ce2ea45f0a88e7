/**
 * What each Lambda function reads from its environment: where things are, never the owner's settings
 * (those are in the bundled configuration file). One builder per function writes the variables and one
 * schema reads them, so the CDK constructs, local mode and the handlers cannot disagree on a name.
 */
import * as z from 'zod';
import { validate } from './load.js';

/** The inbound function's environment. */
export const InboundEnvSchema = z.object({
  /** path of the configuration file bundled with the function */
  INVITE_ADVISOR_CONFIG: z.string().min(1),
  TABLE_NAME: z.string().min(1),
  RAW_MAIL_BUCKET: z.string().min(1),
  /** the receipt rule's S3 object key prefix, used literally */
  RAW_MAIL_PREFIX: z.string().default('inbound/'),
  /** Secrets Manager id (name or ARN) of the reply-token secret */
  REPLY_TOKEN_SECRET_ID: z.string().min(1),
  /**
   * How long a claim on an SES message id holds. It must exceed the function timeout (a live attempt
   * keeps its claim) and stay below timeout + 60 s, Lambda's first retry delay (the retry of an
   * attempt that died takes the claim over). The stack's 30 s timeout sits in the middle.
   */
  CLAIM_LEASE_SECONDS: z.coerce.number().int().min(10).max(900).default(60),
  /** the sending function the reply commands hand their job to (its own role may mail recruiters) */
  SEND_DRAFT_FUNCTION: z.string().min(1),
  /** the stack's EventBridge Scheduler group, where the follow-through reminders are scheduled */
  SCHEDULE_GROUP: z.string().regex(/^[0-9a-zA-Z-_.]{1,64}$/),
  /** the function a reminder's schedule invokes (its ARN: a schedule's target) */
  FOLLOW_THROUGH_FUNCTION_ARN: z.string().min(1),
  /** the scheduler's execution role (it may invoke the follow-through function only) */
  SCHEDULER_ROLE_ARN: z.string().min(1),
});

/** The follow-through function's environment (functions/app/follow-through.ts). */
export const FollowThroughEnvSchema = z.object({
  INVITE_ADVISOR_CONFIG: z.string().min(1),
  TABLE_NAME: z.string().min(1),
  /** the stack's schedule group: the digest of held mail is scheduled there (`held-<hour>`, app/held-digest.ts) */
  SCHEDULE_GROUP: z.string().regex(/^[0-9a-zA-Z-_.]{1,64}$/),
  /** the scheduler's execution role (the target is this function itself, as Lambda names it when invoked) */
  SCHEDULER_ROLE_ARN: z.string().min(1),
});

/** The sending function's environment. */
export const SenderEnvSchema = z.object({
  INVITE_ADVISOR_CONFIG: z.string().min(1),
  TABLE_NAME: z.string().min(1),
  /** SES configuration set whose event destination reports bounces and complaints; optional locally */
  SES_CONFIGURATION_SET: z.string().min(1).optional(),
});

/** The bounce-report function's environment. */
export const BounceEnvSchema = z.object({
  INVITE_ADVISOR_CONFIG: z.string().min(1),
  TABLE_NAME: z.string().min(1),
});

/** The sweep function's environment (functions/app/sweep-raw-mail.ts). */
export const SweepEnvSchema = z.object({
  INVITE_ADVISOR_CONFIG: z.string().min(1),
  TABLE_NAME: z.string().min(1),
  RAW_MAIL_BUCKET: z.string().min(1),
  RAW_MAIL_PREFIX: z.string().default('inbound/'),
  /** the inbound function a stored message is handed to again */
  INBOUND_FUNCTION: z.string().min(1),
  /** mail stored more recently is left to its own delivery and Lambda's retries (about 3 minutes) */
  SWEEP_SETTLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60).default(15),
  /** mail stored longer ago is left alone (at most the raw-mail retention) */
  SWEEP_LOOKBACK_HOURS: z.coerce.number().int().min(1).max(24 * 366).default(72),
  SWEEP_MAX_REDRIVES: z.coerce.number().int().min(1).max(1000).default(25),
  SWEEP_MAX_LISTED: z.coerce.number().int().min(1).max(1_000_000).default(20_000),
});

/** The failure-notice function's environment (functions/app/tell-failure.ts). */
export const FailureNoticeEnvSchema = z.object({
  INVITE_ADVISOR_CONFIG: z.string().min(1),
  TABLE_NAME: z.string().min(1),
  RAW_MAIL_BUCKET: z.string().min(1),
  RAW_MAIL_PREFIX: z.string().default('inbound/'),
  /** named in the notice's `npm run redrive` command */
  STACK_NAME: z.string().min(1),
  /** the stack's schedule group: a notice the cap holds back schedules the digest of held mail there (`held-<hour>`) */
  SCHEDULE_GROUP: z.string().regex(/^[0-9a-zA-Z-_.]{1,64}$/),
  /** the follow-through function, which sends the digest of held mail (the schedule's target) */
  FOLLOW_THROUGH_FUNCTION_ARN: z.string().min(1),
  /** the scheduler's execution role (it may invoke the follow-through function only) */
  SCHEDULER_ROLE_ARN: z.string().min(1),
  /** set by Lambda itself */
  AWS_REGION: z.string().min(1),
});

export type InboundEnv = z.infer<typeof InboundEnvSchema>;
export type FollowThroughEnv = z.infer<typeof FollowThroughEnvSchema>;
export type SweepEnv = z.infer<typeof SweepEnvSchema>;
export type FailureNoticeEnv = z.infer<typeof FailureNoticeEnvSchema>;
export type SenderEnv = z.infer<typeof SenderEnvSchema>;
export type BounceEnv = z.infer<typeof BounceEnvSchema>;

/** Where the functions find their resources: names or ARNs (CDK tokens at synth time). */
export interface FunctionSettings {
  configFile: string;
  tableName: string;
}

/** Each variable a schema reads, and only those: a misspelled name does not compile. */
type EnvironmentOf<T> = { [K in keyof T]?: string };

export function inboundEnvironment(
  s: FunctionSettings & { rawMailBucket: string; rawMailPrefix: string; replyTokenSecretId: string; sendDraftFunction: string; claimLeaseSeconds?: number; scheduleGroup: string; followThroughFunctionArn: string; schedulerRoleArn: string },
): EnvironmentOf<InboundEnv> {
  return {
    SCHEDULE_GROUP: s.scheduleGroup,
    FOLLOW_THROUGH_FUNCTION_ARN: s.followThroughFunctionArn,
    SCHEDULER_ROLE_ARN: s.schedulerRoleArn,
    INVITE_ADVISOR_CONFIG: s.configFile,
    TABLE_NAME: s.tableName,
    RAW_MAIL_BUCKET: s.rawMailBucket,
    RAW_MAIL_PREFIX: s.rawMailPrefix,
    REPLY_TOKEN_SECRET_ID: s.replyTokenSecretId,
    SEND_DRAFT_FUNCTION: s.sendDraftFunction,
    ...(s.claimLeaseSeconds !== undefined ? { CLAIM_LEASE_SECONDS: String(s.claimLeaseSeconds) } : {}),
  };
}

export function senderEnvironment(s: FunctionSettings & { configurationSet?: string }): EnvironmentOf<SenderEnv> {
  return {
    INVITE_ADVISOR_CONFIG: s.configFile,
    TABLE_NAME: s.tableName,
    ...(s.configurationSet !== undefined ? { SES_CONFIGURATION_SET: s.configurationSet } : {}),
  };
}

export function bounceEnvironment(s: FunctionSettings): EnvironmentOf<BounceEnv> {
  return { INVITE_ADVISOR_CONFIG: s.configFile, TABLE_NAME: s.tableName };
}

export function readInboundEnv(env: NodeJS.ProcessEnv): InboundEnv {
  return validate(InboundEnvSchema, env, 'the environment');
}

export function readSenderEnv(env: NodeJS.ProcessEnv): SenderEnv {
  return validate(SenderEnvSchema, env, 'the environment');
}

export function readBounceEnv(env: NodeJS.ProcessEnv): BounceEnv {
  return validate(BounceEnvSchema, env, 'the environment');
}

export function sweepEnvironment(s: FunctionSettings & { rawMailBucket: string; rawMailPrefix: string; inboundFunction: string }): EnvironmentOf<SweepEnv> {
  return { INVITE_ADVISOR_CONFIG: s.configFile, TABLE_NAME: s.tableName, RAW_MAIL_BUCKET: s.rawMailBucket, RAW_MAIL_PREFIX: s.rawMailPrefix, INBOUND_FUNCTION: s.inboundFunction };
}

/** AWS_REGION is Lambda's own (reserved: a function may not set it). */
export function failureNoticeEnvironment(
  s: FunctionSettings & { rawMailBucket: string; rawMailPrefix: string; stackName: string; scheduleGroup: string; followThroughFunctionArn: string; schedulerRoleArn: string },
): EnvironmentOf<Omit<FailureNoticeEnv, 'AWS_REGION'>> {
  return {
    INVITE_ADVISOR_CONFIG: s.configFile,
    TABLE_NAME: s.tableName,
    RAW_MAIL_BUCKET: s.rawMailBucket,
    RAW_MAIL_PREFIX: s.rawMailPrefix,
    STACK_NAME: s.stackName,
    SCHEDULE_GROUP: s.scheduleGroup,
    FOLLOW_THROUGH_FUNCTION_ARN: s.followThroughFunctionArn,
    SCHEDULER_ROLE_ARN: s.schedulerRoleArn,
  };
}

export function readSweepEnv(env: NodeJS.ProcessEnv): SweepEnv {
  return validate(SweepEnvSchema, env, 'the environment');
}

export function readFailureNoticeEnv(env: NodeJS.ProcessEnv): FailureNoticeEnv {
  return validate(FailureNoticeEnvSchema, env, 'the environment');
}

export function followThroughEnvironment(s: FunctionSettings & { scheduleGroup: string; schedulerRoleArn: string }): EnvironmentOf<FollowThroughEnv> {
  return { INVITE_ADVISOR_CONFIG: s.configFile, TABLE_NAME: s.tableName, SCHEDULE_GROUP: s.scheduleGroup, SCHEDULER_ROLE_ARN: s.schedulerRoleArn };
}

export function readFollowThroughEnv(env: NodeJS.ProcessEnv): FollowThroughEnv {
  return validate(FollowThroughEnvSchema, env, 'the environment');
}
