/**
 * Starts the local stand-ins ONCE per test run (DynamoDB Local, s3rver, aws-ses-v2-local behind the
 * recording proxy, the Secrets Manager stand-in) and stops them after. Test files get the endpoints
 * through `inject('awsEnv')` and create their own table and bucket.
 */
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { startLocalServices } from '../../local/services/index.js';
import { REPLY_TOKEN_SECRET_ID } from '../../local/stack.js';

declare module 'vitest' {
  export interface ProvidedContext {
    awsEnv: Record<string, string>;
    replyTokenSecret: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const replyTokenSecret = randomBytes(32).toString('base64url');
  const services = await startLocalServices({ secrets: { [REPLY_TOKEN_SECRET_ID]: replyTokenSecret } });
  project.provide('awsEnv', services.awsEnv());
  project.provide('replyTokenSecret', replyTokenSecret);
  return () => services.stop();
}
