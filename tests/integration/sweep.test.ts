/**
 * The sweep on the local stack (issue 11, item 4): s3rver holds the raw mail as SES stores it (its
 * header block on top), DynamoDB Local the records, the SES stand-in records what is sent, and the
 * re-drive goes through the Lambda Invoke stand-in to the inbound use case, as the inbound function
 * receives it. A stored message no run finished is re-driven exactly once; a finished one and one whose
 * send was accepted (its last write failed) are left alone.
 */
import { randomBytes } from 'node:crypto';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbRecoveryStore } from '../../functions/adapters/dynamodb-recovery-store.js';
import { DynamoDbInviteStore } from '../../functions/adapters/dynamodb-store.js';
import { DynamoDbOwnerMailStore } from '../../functions/adapters/dynamodb-owner-mail-store.js';
import { LambdaRedriver } from '../../functions/adapters/lambda-redriver.js';
import { S3RawMailListing } from '../../functions/adapters/s3-raw-mail-listing.js';
import { S3RawMailSource } from '../../functions/adapters/s3-raw-mail.js';
import { SesV2Mailer } from '../../functions/adapters/sesv2-mailer.js';
import { createTableInput } from '../../functions/adapters/table-design.js';
import type { InboundDeps, SweepDeps } from '../../functions/app/ports.js';
import { receiveMail } from '../../functions/app/receive-mail.js';
import { RedriveEventSchema } from '../../functions/app/redrive-event.js';
import { storedDelivery } from '../../functions/app/stored-delivery.js';
import { sweepRawMail } from '../../functions/app/sweep-raw-mail.js';
import { loadConfig } from '../../functions/config/load.js';
import { startLambda, type LambdaStandIn } from '../../local/services/lambda.js';
import { DEFAULT_CONFIG_FILE } from '../../local/stack.js';
import { withSesBlock } from '../fakes/recovery.js';
import { fixture, repliesTo, uniqueId, uniqueNames, withMessageId } from './helpers.js';
import { MemoryFollowThroughStore, MemoryScheduler } from '../fakes/memory-follow-through.js';

const awsEnv = inject('awsEnv');
const { tableName, bucket } = uniqueNames('sweep');
const MINUTE = 60_000;
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
let s3: S3Client;
let documents: DynamoDBDocumentClient;
let lambda: LambdaStandIn;
/** The sweep's and the inbound runs' clock: 20 minutes after the mail was stored. */
let now: Date;

beforeAll(async () => {
  Object.assign(process.env, awsEnv);
  s3 = new S3Client({});
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  await new DynamoDBClient({}).send(new CreateTableCommand(createTableInput(tableName)));
  documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
  // The inbound function as the re-drive reaches it: the event names a stored message.
  lambda = await startLambda({
    inbound: async (event) => receiveMail(inboundDeps(), await storedDelivery(inboundDeps(), RedriveEventSchema.parse(event).messageId)),
  });
});

afterAll(async () => {
  await lambda?.stop();
});

function inboundDeps(store: InboundDeps['store'] = new DynamoDbInviteStore(documents, { tableName, messageRetentionDays: 30, invitationRetentionDays: 730 })): InboundDeps {
  return {
    config: loadConfig(DEFAULT_CONFIG_FILE),
    tokenSecret: randomBytes(32).toString('hex'),
    claimLeaseSeconds: 60,
    rawMail: new S3RawMailSource(s3, bucket, 'inbound/'),
    store,
    ownerMail: new DynamoDbOwnerMailStore(documents, { tableName, messageRetentionDays: 30 }),
    mailer: new SesV2Mailer(new SESv2Client({})),
    draftSender: { request: async () => undefined },
    account: { productionAccess: async () => true },
    scheduler: new MemoryScheduler(),
    followThrough: new MemoryFollowThroughStore(),
    clock: { now: () => now, sleep: async () => undefined },
    log: silent,
  };
}

function sweepDeps(): SweepDeps {
  return {
    listing: new S3RawMailListing(s3, bucket, 'inbound/'),
    recovery: new DynamoDbRecoveryStore(documents, { tableName, messageRetentionDays: 30 }),
    redriver: new LambdaRedriver(new LambdaClient({ endpoint: lambda.endpoint }), 'inbound'),
    clock: { now: () => now, sleep: async () => undefined },
    log: silent,
    settleMinutes: 15,
    lookbackHours: 72,
    maxRedrives: 25,
    maxListed: 1000,
  };
}

/** Stores the owner's forward as SES's S3 action does; returns its SES message id and its own Message-ID. */
async function stored(label: string): Promise<{ sesMessageId: string; messageId: string }> {
  const messageId = uniqueId();
  const sesMessageId = `${label}${randomBytes(8).toString('hex')}`;
  const raw = withSesBlock(withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), messageId));
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `inbound/${sesMessageId}`, Body: raw }));
  return { sesMessageId, messageId };
}

describe('the sweep on the local stack', () => {
  it('re-drives an unfinished message exactly once, and leaves a finished one and one whose send was accepted alone', async () => {
    // Prepare: three stored forwards, then the clock 20 minutes on.
    const lost = await stored('lost');
    const finished = await stored('finished');
    const accepted = await stored('accepted');
    // SES writes this object when the S3 action is created: it is not mail, and is not listed.
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'inbound/AMAZON_SES_SETUP_NOTIFICATION', Body: 'Amazon SES setup notification' }));
    now = new Date(Date.now() + 20 * MINUTE);
    await receiveMail(inboundDeps(), await storedDelivery(inboundDeps(), finished.sesMessageId));
    // SES accepts the recommendation, then the write that records it fails for good (BookkeepingAfterSendFailed).
    const store = new DynamoDbInviteStore(documents, { tableName, messageRetentionDays: 30, invitationRetentionDays: 730 });
    const failingStore = Object.create(store) as DynamoDbInviteStore;
    failingStore.completeMessage = async () => {
      throw Object.assign(new Error('DynamoDB is down'), { name: 'ServiceUnavailable' });
    };
    expect(await receiveMail(inboundDeps(failingStore), await storedDelivery(inboundDeps(), accepted.sesMessageId))).toMatchObject({ outcome: 'recommended' });

    // Act: two sweeps, 15 minutes apart (the first after the failed run's lease ran out).
    now = new Date(now.getTime() + 2 * MINUTE);
    const first = await sweepRawMail(sweepDeps());
    await lambda.settled();
    now = new Date(now.getTime() + 15 * MINUTE);
    const second = await sweepRawMail(sweepDeps());
    await lambda.settled();

    // Assess
    expect(first).toMatchObject({ listed: 3, redriven: 1, finished: 1, sendUnderWay: 1, failed: 0 });
    expect(second).toMatchObject({ listed: 3, redriven: 0, finished: 2, sendUnderWay: 1 });
    expect(lambda.invocations()).toEqual([{ functionName: 'inbound', ok: true }]);
    expect(await repliesTo(awsEnv, lost.messageId)).toHaveLength(1);
    expect(await repliesTo(awsEnv, finished.messageId)).toHaveLength(1);
    expect(await repliesTo(awsEnv, accepted.messageId)).toHaveLength(1);
  });
});
