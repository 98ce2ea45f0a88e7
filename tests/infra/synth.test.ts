/**
 * The real thing: `npx cdk synth` on the committed example, offline and without AWS credentials, as on a
 * fresh clone; then the deployment package it built handles a real mail on the local stand-ins.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTableInput } from '../../functions/adapters/table-design.js';
import { DATA_FILES, PROJECT_ROOT } from '../../infra/constructs/bundling.js';
import { BUNDLED_CONFIG_PATH } from '../../infra/constructs/inbound-function.js';
import { startSesReceiving, type SesReceiving } from '../../local/services/index.js';
import { REPLY_TOKEN_SECRET_ID } from '../../local/stack.js';
import { fixture, INBOX, OWNER, repliesTo, sendSmtp, uniqueId, uniqueNames, withMessageId } from '../integration/helpers.js';
import { startScheduler, type SchedulerStandIn } from '../../local/services/scheduler.js';

const run = promisify(execFile);
const outdir = mkdtempSync(join(tmpdir(), 'invite-advisor-cdk-out-'));
let synth: { stdout: string; stderr: string };

/** The environment of a machine without AWS credentials: nothing the CLI could deploy with. */
function withoutCredentials(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CDK_DISABLE_VERSION_CHECK: '1', CDK_DISABLE_CLI_TELEMETRY: 'true' };
  for (const name of Object.keys(env)) {
    if (/^(AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|PROFILE|DEFAULT_PROFILE|ENDPOINT_URL.*)|CDK_DEFAULT_ACCOUNT)$/.test(name)) delete env[name];
  }
  // No shared credentials file either.
  return { ...env, AWS_SHARED_CREDENTIALS_FILE: join(outdir, 'none'), AWS_CONFIG_FILE: join(outdir, 'none') };
}

beforeAll(async () => {
  synth = await run('npx', ['cdk', 'synth', '--no-notices', '-q', '-o', outdir, '-c', 'config=config.example.json'], {
    cwd: PROJECT_ROOT,
    env: withoutCredentials(),
    // Seven functions bundled one after another: minutes on a busy 2-core machine.
    timeout: 300_000,
  });
}, 310_000);

describe('npx cdk synth on a fresh clone (the example configuration, no credentials)', () => {
  it('writes the template, with the example refused at deploy time', () => {
    const template = JSON.parse(readFileSync(join(outdir, 'InviteAdvisor.template.json'), 'utf8'));
    expect(Object.values(template.Resources).map((r) => (r as { Type: string }).Type)).toEqual(
      expect.arrayContaining(['AWS::SES::ReceiptRule', 'AWS::Lambda::Function', 'AWS::DynamoDB::Table', 'AWS::S3::Bucket']),
    );
    expect(template.Rules.RefusePlaceholderConfiguration).toBeDefined();
    // No absolute path of this machine leaks into the template.
    expect(JSON.stringify(template)).not.toContain(PROJECT_ROOT);
  });

  it('passes cdk-nag (the plugin ran and reported nothing)', () => {
    const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8'));
    expect(report.pluginReports.flatMap((p: { violations: unknown[] }) => p.violations)).toEqual([]);
  });

  it('bundled the function as ES modules (index.mjs and the chunks it loads, each with its map), with the configuration next to them', () => {
    const assets = readdirSync(outdir).filter((d) => d.startsWith('asset.'));
    const inbound = assets.find((d) => existsSync(join(outdir, d, 'invite-advisor.config.json')));
    expect(inbound).toBeDefined();
    const files = readdirSync(join(outdir, inbound!)).sort();
    const chunks = files.filter((f) => /^[\w.-]+-[A-Z0-9]{8}\.mjs$/.test(f));
    // The chunks beside index.mjs, not in a folder: the banner's require resolves the data files against the file it is in.
    expect(chunks.length).toBeGreaterThan(0);
    expect(files).toEqual([...['index.mjs', 'invite-advisor.config.json', 'lib', 'tables'], ...['index.mjs', ...chunks].map((f) => `${f}.map`), ...chunks].sort());
    // The data files read on first use, beside the code (infra/constructs/bundling.ts, DATA_FILES).
    for (const data of DATA_FILES) expect(readFileSync(join(outdir, inbound!, data.to))).toEqual(readFileSync(data.from));
    expect(readFileSync(join(outdir, inbound!, 'invite-advisor.config.json'), 'utf8')).toBe(readFileSync(join(PROJECT_ROOT, 'config.example.json'), 'utf8'));
  });
});

describe('the deployment package, on the local stand-ins', () => {
  const awsEnv = inject('awsEnv');
  const { tableName, bucket } = uniqueNames('bundle');
  let receiving: SesReceiving;
  let scheduler: SchedulerStandIn | undefined;

  beforeAll(async () => {
    // Three functions carry the configuration; the inbound one is the bundle of the SES event handler.
    const inbound = readdirSync(outdir).find(
      (d) => existsSync(join(outdir, d, 'invite-advisor.config.json')) && readFileSync(join(outdir, d, 'index.mjs'), 'utf8').includes('not an SES receipt event'),
    )!;
    // What the stack sets on the function; the bundled configuration stands in for /var/task's copy.
    Object.assign(process.env, awsEnv, {
      INVITE_ADVISOR_CONFIG: join(outdir, inbound, BUNDLED_CONFIG_PATH.split('/').pop()!),
      TABLE_NAME: tableName,
      RAW_MAIL_BUCKET: bucket,
      RAW_MAIL_PREFIX: 'inbound/',
      REPLY_TOKEN_SECRET_ID,
      SEND_DRAFT_FUNCTION: 'invite-advisor-send-draft',
      // The nudge's schedule goes to a scheduler stand-in of this test's own (nothing fires it here).
      SCHEDULE_GROUP: 'bundle-reminders',
      FOLLOW_THROUGH_FUNCTION_ARN: 'arn:aws:lambda:us-east-1:000000000000:function:invite-advisor-follow-through',
      SCHEDULER_ROLE_ARN: 'arn:aws:iam::000000000000:role/bundle-scheduler',
      AWS_ENDPOINT_URL_SCHEDULER: (scheduler = await startScheduler({ groups: ['bundle-reminders'], invoke: async () => undefined })).endpoint,
    });
    await new DynamoDBClient({}).send(new CreateTableCommand(createTableInput(tableName)));
    const s3 = new S3Client({});
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    const { handler } = (await import(join(outdir, inbound, 'index.mjs'))) as { handler: (event: unknown) => Promise<unknown> };
    receiving = await startSesReceiving({ s3, bucket, prefix: 'inbound/', recipients: [INBOX], invoke: handler });
  });
  afterAll(async () => {
    await receiving?.stop();
    await scheduler?.stop();
  });

  it('answers a forwarded invitation to the owner', async () => {
    const messageId = uniqueId();
    await sendSmtp(receiving.port, withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), messageId), { from: OWNER, to: [INBOX] });
    await receiving.settled();
    expect(receiving.invocations().every((i) => i.ok)).toBe(true);
    const replies = await repliesTo(awsEnv, messageId);
    expect(replies.map((r) => r.destinations)).toEqual([[OWNER]]);
  });

  // Their tables are files beside the code, read on first use (infra/constructs/bundling.ts, DATA_FILES):
  // the deployment package must still find them. The forwarded invitation's subject line, in the body in
  // that charset (with an ASCII tail the header's subject does not have), becomes the recommendation's
  // subject ("Attend: …"). Bytes as in tests/unit/core/mail/charsets.test.ts.
  const CJK = [
    { charset: 'ISO-2022-JP', subject: '面接のご案内', bytes: 'GyRCTExAXCROJDQwRkZiGyhC' },
    { charset: 'Shift_JIS', subject: '面接のご案内', bytes: 'lsqQ2oLMgrKIxJPg' },
    { charset: 'GB18030', subject: '面试邀请', bytes: 'w+bK1NH7x+s=' },
    { charset: 'Big5', subject: '面試邀請', bytes: 'rbG41cHcvdA=' },
    { charset: 'EUC-KR', subject: '면접 안내', bytes: 'uOnBoiC+yLO7' },
  ];
  for (const { charset, subject, bytes } of CJK) {
    it(`decodes a forward written in ${charset}`, async () => {
      const messageId = uniqueId();
      const body = Buffer.concat([
        Buffer.from('looks interesting\r\n\r\n---------- Forwarded message ---------\r\nFrom: Sofia Brandt <sofia.brandt@oakmoorbank.example>\r\nDate: Tue, Mar 17, 2026 at 9:05 AM\r\nSubject: '),
        Buffer.from(bytes, 'base64'),
        Buffer.from(
          ' (Oakmoor Bank)\r\nTo: Alex Morgan <alex@example.com>\r\n\r\nHello Alex,\r\n\r\nWe would like to invite you to a first-round video interview for the Junior Financial Analyst position at Oakmoor Bank.\r\n\r\nDate and time: Monday, March 23 at 11:00 AM ET\r\nDuration: 45 minutes\r\nFormat: Microsoft Teams video call\r\n\r\nKindly confirm your attendance by replying to this email.\r\n\r\nSofia Brandt\r\nTalent Acquisition, Oakmoor Bank\r\n',
        ),
      ]);
      const raw = Buffer.from(
        [
          `Message-ID: ${messageId}`,
          `From: Alex Morgan <${OWNER}>`,
          `To: ${INBOX}`,
          // No "Fwd:": the forward is then read from the body, whose subject line the reply's subject shows.
          `Subject: =?${charset}?B?${bytes}?=`,
          'Date: Tue, 17 Mar 2026 10:22:48 -0400',
          'MIME-Version: 1.0',
          `Content-Type: text/plain; charset=${charset}`,
          'Content-Transfer-Encoding: base64',
          '',
          body.toString('base64').replace(/.{76}/g, '$&\r\n'),
          '',
        ].join('\r\n'),
      );
      await sendSmtp(receiving.port, raw, { from: OWNER, to: [INBOX] });
      await receiving.settled();
      expect(receiving.invocations().every((i) => i.ok)).toBe(true);
      const replies = await repliesTo(awsEnv, messageId);
      expect(replies.map((r) => r.destinations)).toEqual([[OWNER]]);
      expect(replies[0]?.parsed.subject).toMatch(new RegExp(`^(?:Attend|Politely decline): ${subject} \\(Oakmoor Bank\\)$`));
    });
  }
});

it('synth printed no error', () => {
  expect(synth.stderr).not.toMatch(/error/i);
});
