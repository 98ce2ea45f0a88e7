/**
 * The use case on real DynamoDB Local, s3rver and the SES stand-in, with the clock and the mailer's
 * failures under the test's control: crash recovery, claim leases and the hourly cap.
 */
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbInviteStore } from '../../functions/adapters/dynamodb-store.js';
import { DynamoDbOwnerMailStore } from '../../functions/adapters/dynamodb-owner-mail-store.js';
import { S3RawMailSource } from '../../functions/adapters/s3-raw-mail.js';
import { SesV2Mailer } from '../../functions/adapters/sesv2-mailer.js';
import { createTableInput } from '../../functions/adapters/table-design.js';
import type { Delivery, InboundDeps, Mailer } from '../../functions/app/ports.js';
import { receiveMail as processInbound } from '../../functions/app/receive-mail.js';
import { loadConfig } from '../../functions/config/load.js';
import type { Config } from '../../functions/config/schema.js';
import { DEFAULT_CONFIG_FILE } from '../../local/stack.js';
import { makeReplyToken } from '../../functions/core/reply/reply.js';
import { ClaimHeldError } from '../../functions/errors.js';
import { fixture, INBOX, OWNER, repliesTo, uniqueId, uniqueNames, withMessageId } from './helpers.js';
import { MemoryFollowThroughStore, MemoryScheduler } from '../fakes/memory-follow-through.js';

const awsEnv = inject('awsEnv');
const { tableName, bucket } = uniqueNames('usecase');
let s3: S3Client;
let store: DynamoDbInviteStore;
let ownerMail: DynamoDbOwnerMailStore;

beforeAll(async () => {
  Object.assign(process.env, awsEnv);
  s3 = new S3Client({});
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await new DynamoDBClient({}).send(new CreateTableCommand(createTableInput(tableName)));
  store = new DynamoDbInviteStore(DynamoDBDocumentClient.from(new DynamoDBClient({})), {
    tableName,
    messageRetentionDays: 30,
    invitationRetentionDays: 730,
  });
  ownerMail = new DynamoDbOwnerMailStore(DynamoDBDocumentClient.from(new DynamoDBClient({})), { tableName, messageRetentionDays: 30 });
});

function depsWith(options: { now: Date; mailer?: Mailer; config?: Partial<Config> }): InboundDeps {
  const base = loadConfig(DEFAULT_CONFIG_FILE);
  return {
    config: { ...base, ...options.config },
    tokenSecret: randomBytes(32).toString('hex'),
    claimLeaseSeconds: 90,
    rawMail: new S3RawMailSource(s3, bucket, 'inbound/'),
    store,
    ownerMail,
    mailer: options.mailer ?? new SesV2Mailer(new SESv2Client({})),
    draftSender: { request: async () => undefined },
    account: { productionAccess: async () => true },
    scheduler: new MemoryScheduler(),
    followThrough: new MemoryFollowThroughStore(),
    clock: { now: () => options.now, sleep: async () => undefined },
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
  };
}

/** Stores a fresh copy of the owner's forward in S3 and returns an SES record for it. */
const PASS = { spam: 'PASS', virus: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;

async function incoming(): Promise<{ record: Delivery; messageId: string }> {
  const messageId = uniqueId();
  const sesMessageId = `usecase${randomBytes(8).toString('hex')}`;
  const raw = withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), messageId);
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `inbound/${sesMessageId}`, Body: raw }));
  return {
    messageId,
    record: { messageId: sesMessageId, mailFrom: OWNER, headersTruncated: false, headers: [{ name: 'From', value: OWNER }], from: [OWNER], recipients: [INBOX], verdicts: PASS },
  };
}

const now = new Date('2026-03-02T10:00:00Z');

describe('at least once to the owner, never twice', () => {
  it('a failure after the claim gives the claim back, and the retry sends the reply (once)', async () => {
    const { record, messageId } = await incoming();
    const real = new SesV2Mailer(new SESv2Client({}));
    let calls = 0;
    const flaky: Mailer = {
      sendRaw: async (raw, envelope) => {
        calls += 1;
        if (calls === 1) throw new Error('SES throttled');
        return real.sendRaw(raw, envelope);
      },
    };
    await expect(processInbound(depsWith({ now, mailer: flaky }), record)).rejects.toThrow('SES throttled');
    expect(await repliesTo(awsEnv, messageId)).toHaveLength(0);
    expect(await processInbound(depsWith({ now, mailer: flaky }), record)).toMatchObject({ outcome: 'recommended' });
    expect(await repliesTo(awsEnv, messageId)).toHaveLength(1);
  });

  it('a claim left by an attempt that died is respected until its lease ends (the delivery fails, for a later retry), then taken over', async () => {
    const { record, messageId } = await incoming();
    await store.claimMessage(record.messageId, 'dead-run', now, 90);
    const during = processInbound(depsWith({ now: new Date(now.getTime() + 30_000) }), record);
    await expect(during).rejects.toBeInstanceOf(ClaimHeldError);
    expect(await repliesTo(awsEnv, messageId)).toHaveLength(0);
    const after = await processInbound(depsWith({ now: new Date(now.getTime() + 91_000) }), record);
    expect(after).toMatchObject({ outcome: 'recommended' });
    expect(await repliesTo(awsEnv, messageId)).toHaveLength(1);
  });
});

describe('the hourly cap on mail to the owner', () => {
  it('sends recommendations up to their limit, then one "paused" notice, then nothing until the next hour', async () => {
    const base = loadConfig(DEFAULT_CONFIG_FILE);
    const hour = new Date('2030-01-01T05:10:00Z'); // an hour no other test uses
    const limits = { ...base.limits, mailsToOwnerPerHour: 2, recommendationsPerHour: 2 };
    const deps = depsWith({ now: hour, config: { limits } });
    const outcomes: string[] = [];
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const { record, messageId } = await incoming();
      ids.push(messageId);
      outcomes.push((await processInbound(deps, record)).outcome);
    }
    expect(outcomes).toEqual(['recommended', 'recommended', 'rate-limited', 'rate-limited']);
    const subjects = await Promise.all(ids.map(async (id) => (await repliesTo(awsEnv, id)).map((m) => m.parsed.subject)));
    expect(subjects[0]).toHaveLength(1);
    expect(subjects[1]).toHaveLength(1);
    expect(subjects[2]).toEqual(['invite-advisor: paused: too many recommendations this hour']);
    expect(subjects[3]).toEqual([]);

    const nextHour = depsWith({ now: new Date('2030-01-01T06:00:00Z'), config: { limits } });
    const { record } = await incoming();
    expect((await processInbound(nextHour, record)).outcome).toBe('recommended');
  });
});

describe('a reply command whose hand-over to the sender failed', () => {
  it('is handed over again when Lambda retries it, and only once', async () => {
    // A stored recommendation to reply to.
    const { record } = await incoming();
    const secret = randomBytes(32).toString('hex');
    const base = loadConfig(DEFAULT_CONFIG_FILE);
    const jobs: unknown[] = [];
    let failNext = true;
    const deps: InboundDeps = {
      ...depsWith({ now, config: { replies: { sendOnBehalf: true } } }),
      tokenSecret: secret,
      draftSender: {
        request: async (job) => {
          if (failNext) {
            failNext = false;
            throw new Error('Lambda Invoke throttled');
          }
          jobs.push(job);
        },
      },
    };
    const recommended = await processInbound(deps, record);
    const inviteId = (recommended as { inviteId: string }).inviteId;
    // The recommendation's own version (earlier tests in this file forwarded the same invitation).
    const version = (await store.getInvitation(inviteId))?.version ?? 1;
    const token = makeReplyToken(secret, { inviteId, version }, new Date(now.getTime() + 86_400_000));
    const replyId = `reply${randomBytes(8).toString('hex')}`;
    const raw = Buffer.from(`From: Alex Morgan <${OWNER}>\r\nTo: interviews+${token}@in.example.com\r\nSubject: Re: x\r\nMessage-ID: ${uniqueId()}\r\nDate: Mon, 2 Mar 2026 10:00:00 +0000\r\n\r\naccept\r\n`);
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `inbound/${replyId}`, Body: raw }));
    const reply: Delivery = {
      messageId: replyId,
      mailFrom: OWNER,
      headersTruncated: false,
      headers: [{ name: 'From', value: OWNER }],
      from: [OWNER],
      recipients: [`interviews+${token}@in.example.com`],
      verdicts: PASS,
    };
    await expect(processInbound(deps, reply)).rejects.toThrow('Lambda Invoke throttled');
    expect(await processInbound(deps, reply)).toMatchObject({ outcome: 'command' });
    expect(jobs).toHaveLength(1);
    expect(base.replies.sendOnBehalf).toBe(false);
  });
});
