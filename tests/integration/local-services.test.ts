// The local stand-ins for AWS, driven through the unmodified SDK clients configured ONLY by the
// standard environment variables from awsEnv(): that is how production code will find them.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { GetAccountCommand, SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { SesSchema } from '@aws-lambda-powertools/parser/schemas/ses';
import type { SESEvent } from 'aws-lambda';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import {
  clearRecorded,
  fetchRecorded,
  startLocalServices,
  startSesReceiving,
  TEST_VERDICTS_HEADER,
  type LocalServices,
  type SesReceiving,
} from '../../local/services/index.js';
import { joinHeaderBlock, splitHeaderBlock } from '../../local/services/mime-headers.js';
import { SesEventShapeSchema } from '../../local/services/ses-receipt-event.js';

const BUCKET = 'local-services-test';
const SECRET_NAME = 'invite-advisor/local-services-test';
const INBOX = 'interviews@in.example.com';

let services: LocalServices;
let outboxDir: string;
let receiving: SesReceiving;
const events: SESEvent[] = [];
const savedEnv = { ...process.env };

beforeAll(async () => {
  outboxDir = await mkdtemp(join(tmpdir(), 'local-services-outbox-'));
  services = await startLocalServices({
    saveOutboxDir: outboxDir,
    buckets: [BUCKET],
    secrets: { [SECRET_NAME]: 'sekret-value' },
    sesAccount: sesAccount(),
  });
  Object.assign(process.env, services.awsEnv());
  receiving = await startSesReceiving({
    s3: new S3Client({}),
    bucket: BUCKET,
    prefix: 'inbound/',
    recipients: [INBOX],
    invoke: async (event) => {
      const ses = event as SESEvent;
      if (ses.Records[0]?.ses.mail.commonHeaders.subject === 'boom') throw new Error('handler exploded\non two lines');
      events.push(ses);
    },
  });
}, 60_000);

afterAll(async () => {
  await receiving?.stop();
  await services?.stop();
  await services?.stop(); // idempotent
  process.env = savedEnv;
  if (outboxDir) await rm(outboxDir, { recursive: true, force: true });
}, 30_000);

describe('awsEnv', () => {
  it('returns exactly the standard SDK variables', () => {
    expect(Object.keys(services.awsEnv()).sort()).toEqual(
      [
        'AWS_ACCESS_KEY_ID',
        'AWS_ENDPOINT_URL_DYNAMODB',
        'AWS_ENDPOINT_URL_S3',
        'AWS_ENDPOINT_URL_SECRETS_MANAGER',
        'AWS_ENDPOINT_URL_SESV2',
        'AWS_REGION',
        'AWS_REQUEST_CHECKSUM_CALCULATION',
        'AWS_RESPONSE_CHECKSUM_VALIDATION',
        'AWS_SECRET_ACCESS_KEY',
      ].sort(),
    );
    for (const url of Object.entries(services.awsEnv()).filter(([k]) => k.startsWith('AWS_ENDPOINT_URL_'))) {
      expect(url[1]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    }
  });
});

describe('DynamoDB Local', () => {
  it('creates a table, puts and gets an item', async () => {
    const table = `local-services-${Date.now()}`;
    const client = new DynamoDBClient({});
    await client.send(
      new CreateTableCommand({
        TableName: table,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      }),
    );
    const doc = DynamoDBDocumentClient.from(client);
    await doc.send(new PutCommand({ TableName: table, Item: { pk: 'invite#1', n: 42, tags: ['a', 'b'] } }));
    const got = await doc.send(new GetCommand({ TableName: table, Key: { pk: 'invite#1' } }));
    expect(got.Item).toEqual({ pk: 'invite#1', n: 42, tags: ['a', 'b'] });
  }, 20_000);
});

describe('S3 (s3rver)', () => {
  const s3 = (): S3Client => new S3Client({});

  it('round-trips a multi-KB Buffer byte for byte', async () => {
    const body = randomBytes(200 * 1024);
    await s3().send(new PutObjectCommand({ Bucket: BUCKET, Key: 'blob.bin', Body: body }));
    const got = await s3().send(new GetObjectCommand({ Bucket: BUCKET, Key: 'blob.bin' }));
    expect(Buffer.from(await must(got.Body, 'object body').transformToByteArray()).equals(body)).toBe(true);
  });

  it('round-trips a streamed upload (the case default checksums corrupt)', async () => {
    const body = randomBytes(64 * 1024);
    await s3().send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'stream.bin', Body: Readable.from([body.subarray(0, 1000), body.subarray(1000)]), ContentLength: body.length }),
    );
    const got = await s3().send(new GetObjectCommand({ Bucket: BUCKET, Key: 'stream.bin' }));
    expect(Buffer.from(await must(got.Body, 'object body').transformToByteArray()).equals(body)).toBe(true);
  });
});

describe('SES sending (aws-ses-v2-local behind the recording proxy)', () => {
  it('records the raw MIME of a SendEmail and passes the MessageId through', async () => {
    await clearRecorded(services.sesEndpoint);
    const raw = await new MailComposer({
      from: 'Invite Advisor <advisor@in.example.com>',
      to: 'owner@example.org',
      subject: 'Recommendation: attend',
      text: 'Go.',
      inReplyTo: '<orig@recruit.example>',
      references: ['<orig@recruit.example>'],
      headers: { 'Auto-Submitted': 'auto-replied' },
    })
      .compile()
      .build();
    const sent = await new SESv2Client({}).send(new SendEmailCommand({ Content: { Raw: { Data: raw } } }));
    expect(sent.MessageId).toMatch(/^ses-\d+$/);
    // Recorded before the answer: visible at once, without waiting.
    expect((await fetchRecorded(services.sesEndpoint)).map((m) => m.id)).toEqual([sent.MessageId]);

    const [mail] = await services.ses.waitForCount(1, 5_000);
    expect(mail?.id).toBe(sent.MessageId);
    expect(mail?.raw).toBe(raw.toString('utf8'));
    expect(mail?.raw).toMatch(/^Auto-Submitted: auto-replied$/m);
    expect(mail?.raw).toMatch(/^In-Reply-To: <orig@recruit\.example>$/m);
    expect(mail?.destinations).toEqual(['owner@example.org']);
    expect(mail?.from).toBe('advisor@in.example.com');
    const files = await readdir(outboxDir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^\\d{8}T\\d{6}Z-0001-${sent.MessageId}\\.eml$`));
    expect((await readFile(join(outboxDir, files[0] ?? ''))).equals(raw)).toBe(true);

    // Test workers read the recordings over HTTP.
    const overHttp = await fetchRecorded(services.sesEndpoint);
    expect(overHttp).toEqual([mail]);
    await clearRecorded(services.sesEndpoint);
    expect(await fetchRecorded(services.sesEndpoint)).toEqual([]);
    expect(services.ses.recorded()).toEqual([]);
  });

  it('passes GetAccount through (answer from AWS_SES_ACCOUNT)', async () => {
    const account = await new SESv2Client({}).send(new GetAccountCommand({}));
    expect(account.ProductionAccessEnabled).toBe(false);
    expect(account.SendQuota?.Max24HourSend).toBe(200);
  });

  it('serves the stand-in web inbox', async () => {
    const res = await fetch(services.sesOutboxUrl);
    expect(res.status).toBe(200);
  });
});

describe('Secrets Manager stand-in', () => {
  it('answers GetSecretValue through the real SDK client, by name and by ARN', async () => {
    const client = new SecretsManagerClient({});
    const byName = await client.send(new GetSecretValueCommand({ SecretId: SECRET_NAME }));
    expect(byName.SecretString).toBe('sekret-value');
    expect(byName.VersionStages).toEqual(['AWSCURRENT']);
    const byArn = await client.send(new GetSecretValueCommand({ SecretId: byName.ARN }));
    expect(byArn.SecretString).toBe('sekret-value');
  });

  it('answers an unknown secret with ResourceNotFoundException', async () => {
    const client = new SecretsManagerClient({});
    await expect(client.send(new GetSecretValueCommand({ SecretId: 'nope' }))).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      $metadata: { httpStatusCode: 400 },
    });
  });
});

describe('SES receiving stand-in', () => {
  const transport = (port = receiving.port) =>
    nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  const messageIdOf = (response: string): string => {
    const id = /^250 Ok ([a-z0-9]+)$/.exec(response)?.[1];
    if (!id) throw new Error(`unexpected SMTP answer: ${response}`);
    return id;
  };
  const eventFor = (messageId: string): SESEvent => {
    const event = events.find((e) => e.Records[0]?.ses.mail.messageId === messageId);
    if (!event) throw new Error(`no event for ${messageId}`);
    return event;
  };
  const storedText = async (messageId: string): Promise<string> => {
    const got = await new S3Client({}).send(new GetObjectCommand({ Bucket: BUCKET, Key: `inbound/${messageId}` }));
    return must(got.Body, 'object body').transformToString();
  };

  it('stores the message with SES headers on top, minus the test header, and invokes with a valid event', async () => {
    const info = await transport().sendMail({
      from: 'Priya Raman <priya@recruit.example>',
      to: INBOX,
      replyTo: 'talent@recruit.example',
      subject: 'Interview invitation',
      text: 'Would Thursday 2:30 pm work?',
      headers: { [TEST_VERDICTS_HEADER]: 'spam=PASS; virus=FAIL; spf=PASS; dkim=PASS; dmarc=FAIL; dkim-domain=other.example; dmarc-policy=reject' },
    });
    const messageId = messageIdOf(info.response);
    expect(messageId).toMatch(/^[a-z0-9]{20,40}$/);
    await receiving.settled();

    const stored = await storedText(messageId);
    expect(stored.startsWith('Return-Path: <priya@recruit.example>\r\nReceived: from ')).toBe(true);
    expect(stored).not.toMatch(new RegExp(TEST_VERDICTS_HEADER, 'i'));
    const firstAuthResults = /^Authentication-Results: (.*(?:\r\n[ \t].*)*)/m.exec(stored)?.[1]?.replace(/\r\n[ \t]+/g, ' ');
    expect(firstAuthResults).toMatch(/^amazonses\.com; spf=pass \(spfCheck: .*\) client-ip=127\.0\.0\.1; envelope-from=priya@recruit\.example; helo=.*;/);
    expect(firstAuthResults).toContain('dkim=pass header.i=@other.example;');
    expect(firstAuthResults).toContain('dmarc=fail header.from=recruit.example;');
    expect(stored).toMatch(/^X-SES-Virus-Verdict: FAIL$/m);
    expect(stored).toContain('Would Thursday 2:30 pm work?');

    const event = eventFor(messageId);
    // DMARC failed, so SES includes dmarcPolicy and Powertools' strict schema accepts the event.
    const record = must(SesSchema.parse(event).Records[0], 'parsed record');
    expect(record.eventSource).toBe('aws:ses');
    expect(record.ses.receipt).toMatchObject({
      recipients: [INBOX],
      spamVerdict: { status: 'PASS' },
      virusVerdict: { status: 'FAIL' },
      spfVerdict: { status: 'PASS' },
      dkimVerdict: { status: 'PASS' },
      dmarcVerdict: { status: 'FAIL' },
      dmarcPolicy: 'reject',
      action: { type: 'Lambda', invocationType: 'Event' },
    });
    const { mail } = must(event.Records[0], 'record').ses;
    expect(mail.source).toBe('priya@recruit.example');
    expect(mail.destination).toEqual([INBOX]);
    expect(mail.commonHeaders).toMatchObject({
      returnPath: 'priya@recruit.example',
      from: ['Priya Raman <priya@recruit.example>'],
      to: [INBOX],
      replyTo: ['talent@recruit.example'],
      subject: 'Interview invitation',
    });
    // SES's block, in SES's order, on top of the event's headers and of the stored message alike.
    const sesBlock = ['Return-Path', 'Received', 'X-SES-Spam-Verdict', 'X-SES-Virus-Verdict', 'Received-SPF', 'Authentication-Results', 'X-SES-RECEIPT', 'X-SES-DKIM-SIGNATURE'];
    const names = mail.headers.map((h) => h.name);
    expect(names.slice(0, sesBlock.length)).toEqual(sesBlock);
    const storedNames = splitHeaderBlock(stored).fields.map((f) => f.name);
    expect(storedNames.slice(0, sesBlock.length)).toEqual(sesBlock);
    expect(storedNames.slice(sesBlock.length).filter((n) => sesBlock.includes(n))).toEqual([]);
    expect(stored).toMatch(/^X-SES-DKIM-SIGNATURE: a=rsa-sha256; q=dns\/txt; b=[A-Za-z0-9+/=]+;\r\n c=relaxed\/simple; s=local-stand-in; d=amazonses\.com; t=\d+; v=1;/m);
    expect(names.map((n) => n.toLowerCase())).not.toContain(TEST_VERDICTS_HEADER.toLowerCase());
  }, 20_000);

  it('splits a header field folded over 400,000 lines in one pass', () => {
    // Prepare: one field folded 400,000 times, then an ordinary one. The split that appended line by
    // line took minutes on this size (157 s): the test's own timeout is the check, no clock is read.
    const folded = Array.from({ length: 400_000 }, (_, i) => ` part-${i}`);
    const message = Buffer.from(['X-Long: start', ...folded, 'Subject: after it', '', 'body'].join('\r\n'));
    // Act
    const { fields, eol, rest } = splitHeaderBlock(message);
    // Assess: both fields whole, the long one unfolded, and the message restored byte for byte.
    expect(fields.map((f) => f.name)).toEqual(['X-Long', 'Subject']);
    expect(fields[0]?.value.startsWith('start part-0 part-1 ')).toBe(true);
    expect(fields[0]?.value.endsWith(' part-399999')).toBe(true);
    expect(fields[1]?.value).toBe('after it');
    expect(joinHeaderBlock(fields, eol, rest).equals(message)).toBe(true);
  }, 20_000);

  it('sends no dmarcPolicy when DMARC passes, as SES does (which Powertools 2.35 SesSchema rejects)', async () => {
    const info = await transport().sendMail({ from: 'owner@example.org', to: INBOX, subject: 'Fwd: invite', text: 'fyi' });
    const messageId = messageIdOf(info.response);
    await receiving.settled();
    const event = eventFor(messageId);
    expect(event.Records[0]?.ses.receipt).not.toHaveProperty('dmarcPolicy');
    expect(event.Records[0]?.ses.receipt.dmarcVerdict).toEqual({ status: 'PASS' });
    expect(SesEventShapeSchema.safeParse(event).success).toBe(true);
    // Pins a production gotcha: if this starts passing, Powertools fixed its schema.
    const strict = SesSchema.safeParse(event);
    expect(strict.success).toBe(false);
    expect(strict.error?.issues.map((i) => i.path.join('.'))).toEqual(['Records.0.ses.receipt.dmarcPolicy']);
  }, 20_000);

  it('refuses a recipient of another domain with 550 (no open relay)', async () => {
    await expect(
      transport().sendMail({ from: 'x@spam.example', to: 'someone@elsewhere.example', subject: 'relay?', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 550 });
  });

  it('accepts interviews+label@ (case-insensitively) and reports the envelope recipient', async () => {
    const info = await transport().sendMail({
      from: 'priya@recruit.example',
      to: 'Interviews+ABC123@In.Example.com',
      subject: 'Re: your reply',
      text: 'ok',
    });
    await receiving.settled();
    // The local part keeps its case; nodemailer lowercases the domain of the envelope address.
    expect(eventFor(messageIdOf(info.response)).Records[0]?.ses.receipt.recipients).toEqual(['Interviews+ABC123@in.example.com']);
  }, 20_000);

  it('gives a bounce (MAIL FROM:<>) an empty source and Return-Path <>', async () => {
    const info = await transport().sendMail({
      envelope: { from: '', to: [INBOX] },
      from: 'MAILER-DAEMON@mx.example',
      to: INBOX,
      subject: 'Undelivered Mail Returned to Sender',
      text: 'bounce',
    });
    const messageId = messageIdOf(info.response);
    await receiving.settled();
    expect(eventFor(messageId).Records[0]?.ses.mail.source).toBe('');
    expect(eventFor(messageId).Records[0]?.ses.mail.commonHeaders.returnPath).toBe('');
    expect((await storedText(messageId)).startsWith('Return-Path: <>\r\n')).toBe(true);
  }, 20_000);

  it('records a failing invocation without crashing, logging one line', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const info = await transport().sendMail({ from: 'priya@recruit.example', to: INBOX, subject: 'boom', text: 'x' });
      const messageId = messageIdOf(info.response);
      await receiving.settled();
      expect(receiving.invocations().find((i) => i.messageId === messageId)).toEqual({
        messageId,
        ok: false,
        error: 'handler exploded\non two lines',
      });
      expect(errors).toHaveBeenCalledTimes(1);
      expect(String(errors.mock.calls[0]?.[0])).not.toContain('\n');
    } finally {
      errors.mockRestore();
    }
    // Still serving.
    const again = await transport().sendMail({ from: 'priya@recruit.example', to: INBOX, subject: 'after', text: 'x' });
    expect(again.response).toMatch(/^250 /);
  }, 20_000);

  it('rejects a bad verdict header with 554 and an oversized message with 552', async () => {
    await expect(
      transport().sendMail({ from: 'a@b.example', to: INBOX, subject: 'x', text: 'x', headers: { [TEST_VERDICTS_HEADER]: 'spam=MAYBE' } }),
    ).rejects.toMatchObject({ responseCode: 554 });

    const small = await startSesReceiving({
      s3: new S3Client({}),
      bucket: BUCKET,
      prefix: 'small/',
      recipients: [INBOX],
      maxBytes: 2048,
      invoke: async () => undefined,
    });
    try {
      await expect(
        transport(small.port).sendMail({ from: 'a@b.example', to: INBOX, subject: 'big', text: 'x'.repeat(8192) }),
      ).rejects.toMatchObject({ responseCode: 552 });
    } finally {
      await small.stop();
    }
  }, 20_000);
});

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`missing ${what}`);
  return value;
}

function sesAccount(): Record<string, unknown> {
  return {
    DedicatedIpAutoWarmupEnabled: false,
    Details: {
      AdditionalContactEmailAddresses: [],
      ContactLanguage: 'EN',
      MailType: 'TRANSACTIONAL',
      ReviewDetails: { CaseId: 'local', Status: 'PENDING' },
      UseCaseDescription: 'local',
      WebsiteURL: 'http://localhost',
    },
    EnforcementStatus: 'HEALTHY',
    ProductionAccessEnabled: false,
    SendingEnabled: true,
    SendQuota: { Max24HourSend: 200, MaxSendRate: 1, SentLast24Hours: 0 },
    SuppressionAttributes: { SuppressedReasons: [] },
  };
}
