/**
 * The AWS SDK's Node-version warning (new-user review: it repeated on every local command, `npm run send`
 * included, which builds no SDK client): local/sdk-notice.ts says it once per process, in one line, and
 * only when the SDK warns. Run in a child process: the tests themselves switch the SDK's warning off.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const NOTE = /^note: Node .*: AWS SDK releases after January 2027 need Node 22 or later/;
const major = Number(process.versions.node.split('.')[0]);

/** The stderr of a Node process running `script` (ESM, through tsx) with the SDK's warning not switched off. */
function stderrOf(script: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED;
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`the child failed: ${child.stderr}`);
  return child.stderr;
}

describe('the AWS SDK warning repeats on every local function run (new-user review)', () => {
  it('is said once, in one line, however many clients (and copies of the SDK core, ESM and CommonJS) a process builds', () => {
    // Act
    const stderr = stderrOf(`
      await import('./local/sdk-notice.ts');
      const { S3Client } = await import('@aws-sdk/client-s3');
      const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
      const { createRequire } = await import('node:module');
      const { SESv2Client } = createRequire(import.meta.url)('@aws-sdk/client-sesv2');
      new S3Client({}); new DynamoDBClient({}); new SESv2Client({}); new S3Client({});
      process.emitWarning('another warning');
    `);
    // Assess
    expect(stderr.split('\n').filter((line) => NOTE.test(line))).toHaveLength(major < 22 ? 1 : 0);
    expect(stderr).not.toContain('NodeVersionSupportWarning');
    // other warnings still reach stderr
    expect(stderr).toContain('another warning');
  });

  it('is not said by a command that builds no SDK client (npm run send)', () => {
    expect(stderrOf(`await import('./local/sdk-notice.ts');`)).toBe('');
  });
});
