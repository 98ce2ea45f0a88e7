/**
 * What the Lambda function reads from its environment: where things are (set by the stack), never the
 * owner's settings (those are in the bundled configuration file). Read once per cold start.
 */
import { z } from 'zod';
import { validate } from './load.js';

export const RuntimeEnvSchema = z.object({
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

export type RuntimeEnv = z.infer<typeof RuntimeEnvSchema>;

export function readRuntimeEnv(env: NodeJS.ProcessEnv): RuntimeEnv {
  return validate(RuntimeEnvSchema, env, 'the environment');
}
