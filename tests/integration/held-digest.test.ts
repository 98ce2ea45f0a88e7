/**
 * Mail the hourly cap holds back is never dropped (issue 14, item 5), on the local stack: the real use
 * case and adapters on DynamoDB Local, s3rver and the SES stand-in, with the clock under the test's
 * control. The cap is spent, an invitation is held back, which schedules the digest for the start of the
 * next hour (issue 17, item 6); the scheduled run (as the follow-through function makes it: no token
 * secret) answers it in one digest, never twice: not by two deliveries of the schedule at once, not by a
 * forward later that hour or a run of the next.
 */
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbOwnerMailStore } from '../../functions/adapters/dynamodb-owner-mail-store.js';
import { DynamoDbInviteStore } from '../../functions/adapters/dynamodb-store.js';
import { S3RawMailSource } from '../../functions/adapters/s3-raw-mail.js';
import { SesV2Mailer } from '../../functions/adapters/sesv2-mailer.js';
import { createTableInput } from '../../functions/adapters/table-design.js';
import type { Delivery, InboundDeps } from '../../functions/app/ports.js';
import { receiveMail } from '../../functions/app/receive-mail.js';
import { answerHeldMail } from '../../functions/app/answer-held-mail.js';
import { loadConfig } from '../../functions/config/load.js';
import { DEFAULT_CONFIG_FILE } from '../../local/stack.js';
import { fixture, header, INBOX, OWNER, sentMail, uniqueId, uniqueNames, withMessageId, type SentMail } from './helpers.js';
import { MemoryFollowThroughStore, MemoryScheduler } from '../fakes/memory-follow-through.js';

const awsEnv = inject('awsEnv');
const { tableName, bucket } = uniqueNames('held');
const PASS = { spam: 'PASS', virus: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;
let s3: S3Client;
let deps: (now: Date) => InboundDeps;
const scheduler = new MemoryScheduler();
/** The scheduled digest's run, as the follow-through function makes it (no token secret). */
const scheduledDigest = (now: Date) => {
  const { config, store, ownerMail, mailer, clock, log, followThrough } = deps(now);
  return answerHeldMail({ config, store, ownerMail, mailer, clock, log, followThrough, scheduler });
};

beforeAll(async () => {
  Object.assign(process.env, awsEnv);
  s3 = new S3Client({});
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const client = new DynamoDBClient({});
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  const documents = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const store = new DynamoDbInviteStore(documents, { tableName, messageRetentionDays: 30, invitationRetentionDays: 730 });
  const ownerMail = new DynamoDbOwnerMailStore(documents, { tableName, messageRetentionDays: 30 });
  const base = loadConfig(DEFAULT_CONFIG_FILE);
  const tokenSecret = randomBytes(32).toString('hex');
  // One mail an hour for notes, one recommendation: the cap is spent at once.
  const config = { ...base, limits: { ...base.limits, mailsToOwnerPerHour: 1, recommendationsPerHour: 1 } };
  deps = (now) => ({
    config,
    tokenSecret,
    claimLeaseSeconds: 90,
    rawMail: new S3RawMailSource(s3, bucket, 'inbound/'),
    store,
    ownerMail,
    mailer: new SesV2Mailer(new SESv2Client({})),
    draftSender: { request: async () => undefined },
    account: { productionAccess: async () => true },
    scheduler,
    followThrough: new MemoryFollowThroughStore(),
    clock: { now: () => now, sleep: async () => undefined },
    log: { info: () => undefined, warn: () => undefined, error: () => undefined },
  });
});

/** The owner's message (a fixture) stored in S3 under a fresh SES id, with a fresh Message-ID. */
async function incoming(file: string): Promise<{ delivery: Delivery; messageId: string }> {
  const messageId = uniqueId();
  const sesMessageId = `held${randomBytes(8).toString('hex')}`;
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `inbound/${sesMessageId}`, Body: withMessageId(fixture(file), messageId) }));
  return { messageId, delivery: { messageId: sesMessageId, mailFrom: OWNER, headersTruncated: false, headers: [{ name: 'From', value: OWNER }], from: [OWNER], recipients: [INBOX], verdicts: PASS } };
}

const FORWARD = 'fixtures/mail/forward-gmail-owner.eml';
const NOTE = 'fixtures/mail/not-an-invite-owner.eml';

/** The digests the SES stand-in recorded that thread to one of these messages. */
async function digestsFor(messageIds: string[]): Promise<SentMail[]> {
  return (await sentMail(awsEnv)).filter((m) => /^invite-advisor: held back by the hourly limit/.test(m.parsed.subject ?? '') && messageIds.some((id) => (header(m.parsed, 'references') ?? '').includes(id)));
}

describe('mail held back by the hourly cap', () => {
  it('is answered in one digest at the start of the next hour by the scheduled run, never twice', async () => {
    // Prepare: the cap spent in one hour — a recommendation, then the same invitation forwarded twice more
    const hour = new Date('2031-04-01T09:10:00Z');
    const first = await incoming(FORWARD);
    const second = await incoming(FORWARD);
    const third = await incoming(FORWARD);
    const outcomes = [];
    for (const message of [first, second, third]) outcomes.push((await receiveMail(deps(hour), message.delivery)).outcome);
    expect(outcomes).toEqual(['recommended', 'rate-limited', 'rate-limited']);
    const held = [second.messageId, third.messageId];
    expect(await digestsFor(held)).toEqual([]);

    // Act: later in that hour nothing comes; the schedule fires at the next hour (delivered twice at
    // once), then a forward later on and a run of the hour after
    await receiveMail(deps(new Date('2031-04-01T09:50:00Z')), (await incoming(NOTE)).delivery);
    const beforeHour = await digestsFor(held);
    const [schedule, ...others] = scheduler.due(new Date('2031-04-01T10:00:00Z'));
    const nextHour = new Date('2031-04-01T10:00:05Z');
    const runs = await Promise.all([scheduledDigest(nextHour), scheduledDigest(nextHour)]);
    await receiveMail(deps(new Date('2031-04-01T10:40:00Z')), (await incoming(FORWARD)).delivery);
    const later = await scheduledDigest(new Date('2031-04-01T11:00:05Z'));

    // Assess: no digest within the hour it was held, then exactly one, to the owner, threaded to what it answers
    expect(beforeHour).toEqual([]);
    expect([schedule?.name, schedule?.at.toISOString(), others]).toEqual(['held-2031-04-01T09', '2031-04-01T10:00:00.000Z', []]);
    expect(runs.sort()).toEqual(['sent', 'taken']);
    expect(later).toBe('none');
    const digests = await digestsFor(held);
    expect(digests).toHaveLength(1);
    const digest = digests[0]!;
    expect(digest.destinations).toEqual([OWNER]);
    // both were held at the same instant (a fixed clock): held mail of one instant has no order of its own
    expect(held).toContain(header(digest.parsed, 'in-reply-to'));
    expect(header(digest.parsed, 'auto-submitted')).toBe('auto-replied');
    expect(digest.parsed.subject).toMatch(/1 recommendation/);
    expect(digest.parsed.text).toContain('1. Attend: Video interview - Junior Financial Analyst');
  });
});
