/**
 * The whole path on real local services: SMTP in → S3 stand-in → the unchanged handler → DynamoDB
 * Local → SES stand-in, asserting on the stored items and on the raw MIME that was sent.
 */
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keys } from '../../functions/adapters/table-design.js';
import { verifyReplyToken } from '../../functions/core/reply/reply.js';
import { TEST_VERDICTS_HEADER } from '../../local/services/index.js';
import { startInviteAdvisor, type InviteAdvisorLocal } from '../../local/stack.js';
import { fixture, header, INBOX, OWNER, repliesTo, sendSmtp, sentMail, uniqueId, uniqueNames, withHeader, withMessageId } from './helpers.js';

const awsEnv = inject('awsEnv');
const secret = inject('replyTokenSecret');
let app: InviteAdvisorLocal;
let db: DynamoDBDocumentClient;
let s3: S3Client;

beforeAll(async () => {
  app = await startInviteAdvisor({ awsEnv, ...uniqueNames('inbound') });
  db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  s3 = new S3Client({});
});
afterAll(async () => {
  await app?.stop();
});

/** Sends as the owner (or as `from`), waits until the handler has finished with it. */
async function deliver(raw: Buffer, from = OWNER, to = [INBOX]): Promise<{ sesMessageId: string; event: unknown }> {
  const before = app.events.length;
  const sesMessageId = await sendSmtp(app.smtp.port, raw, { from, to });
  await app.receiving.settled();
  expect(app.receiving.invocations().find((i) => i.messageId === sesMessageId)).toMatchObject({ ok: true });
  return { sesMessageId, event: app.events[before] };
}

async function item(key: { pk: string; sk: string }) {
  return (await db.send(new GetCommand({ TableName: app.tableName, Key: key, ConsistentRead: true }))).Item;
}

async function rawInS3(sesMessageId: string): Promise<string> {
  const object = await s3.send(new GetObjectCommand({ Bucket: app.bucket, Key: `${app.prefix}${sesMessageId}` }));
  return object.Body!.transformToString('latin1');
}

describe('a forward from the owner', () => {
  it('is stored and answered once, to the owner, threaded, marked automatic, with a reply token', async () => {
    const messageId = uniqueId();
    const { sesMessageId } = await deliver(withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), messageId));

    const replies = await repliesTo(awsEnv, messageId);
    expect(replies).toHaveLength(1);
    const reply = replies[0]!;
    expect(reply.destinations).toEqual([OWNER]);
    expect(reply.parsed.to.map((t) => t.address)).toEqual([OWNER]);
    expect(reply.parsed.from?.address).toBe('advisor@in.example.com');
    expect(header(reply.parsed, 'auto-submitted')).toBe('auto-replied');
    expect(header(reply.parsed, 'references')).toBe(messageId);
    expect(reply.parsed.subject).toMatch(/^(Attend|Politely decline): /);
    expect(reply.parsed.text).toContain('Recommendation: attend');
    expect(reply.parsed.text).toContain('== Draft 1: accept ==');
    expect(reply.parsed.text).toContain('To: sofia.brandt@oakmoorbank.example');
    expect(reply.parsed.html).toContain('Recommendation: attend');

    // Reply-To is <inbox>+<token>@<domain>, and the token names the stored invitation.
    const replyTo = reply.parsed.replyTo?.address ?? '';
    const token = /^interviews\+([a-z2-7]+)@in\.example\.com$/.exec(replyTo)?.[1];
    expect(token).toBeDefined();
    const { inviteId } = verifyReplyToken(secret, token!, new Date());

    const invitation = await item(keys.invitation(inviteId));
    expect(invitation).toMatchObject({
      inviteId,
      sourceMessageIds: [sesMessageId],
      ownerNote: 'looks interesting',
      facts: { isInvite: true, replyTo: { address: 'sofia.brandt@oakmoorbank.example' } },
      decision: { verdict: 'attend' },
      choice: null,
    });
    expect(invitation?.expiresAt).toBeGreaterThan(Date.now() / 1000);
    expect(await item(keys.message(sesMessageId))).toMatchObject({ status: 'done', outcome: 'recommended', inviteId });
  });

  it('forwarded as an attachment: the drafts answer the attached message’s own Reply-To', async () => {
    const messageId = uniqueId();
    await deliver(withMessageId(fixture('fixtures/mail/forward-outlook-attachment-owner.eml'), messageId));
    const [reply] = await repliesTo(awsEnv, messageId);
    expect(reply?.parsed.text).toContain('To: jordan.okafor@lumenfield.example');
  });

  it('that is no invitation gets a short reply saying so, and the raw mail stays in S3', async () => {
    const messageId = uniqueId();
    const { sesMessageId } = await deliver(withMessageId(fixture('fixtures/mail/not-an-invite-owner.eml'), messageId));
    const replies = await repliesTo(awsEnv, messageId);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.parsed.subject).toBe('invite-advisor: no interview invitation found');
    expect(replies[0]?.destinations).toEqual([OWNER]);
    expect(await rawInS3(sesMessageId)).toContain('5 new jobs');
    expect(await item(keys.message(sesMessageId))).toMatchObject({ status: 'done', outcome: 'answered-notice' });
  });

  it('that failed the virus scan is not opened: the owner is told, the raw mail is kept', async () => {
    const messageId = uniqueId();
    const raw = withHeader(withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), messageId), TEST_VERDICTS_HEADER, 'virus=FAIL');
    const { sesMessageId } = await deliver(raw);
    const replies = await repliesTo(awsEnv, messageId);
    expect(replies.map((r) => r.parsed.subject)).toEqual(['invite-advisor: a message was held back (virus scan failed)']);
    expect(await rawInS3(sesMessageId)).toContain('Oakmoor');
  });
});

describe('duplicate deliveries', () => {
  it('the same event delivered again gives no second reply and no second invitation', async () => {
    const messageId = uniqueId();
    const { sesMessageId, event } = await deliver(withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), messageId));
    const again = await app.handler(event);
    expect(again).toEqual([{ outcome: 'duplicate', previous: 'recommended' }]);
    expect(await repliesTo(awsEnv, messageId)).toHaveLength(1);
    expect(await item(keys.message(sesMessageId))).toMatchObject({ status: 'done' });
  });

  it('the same event delivered twice at the same time gives one reply', async () => {
    // A genuine event, replayed under a new message id with its raw mail copied to that key.
    const template = await deliver(withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), uniqueId()));
    const messageId = uniqueId();
    const copyId = `concurrent${Date.now()}`;
    const raw = withMessageId(Buffer.from(await rawInS3(template.sesMessageId), 'latin1'), messageId);
    await s3.send(new PutObjectCommand({ Bucket: app.bucket, Key: `${app.prefix}${copyId}`, Body: raw }));
    const event = structuredClone(template.event) as { Records: { ses: { mail: { messageId: string } } }[] };
    event.Records[0]!.ses.mail.messageId = copyId;

    const results = await Promise.allSettled([app.handler(event), app.handler(event)]);
    // One run answers. The other meets its live claim and fails so that Lambda retries it later
    // (ClaimHeldError), or, had the first finished already, finds it done.
    const outcomes = results.map((r) => (r.status === 'fulfilled' ? (r.value as { outcome: string }[])[0]?.outcome : (r.reason as Error).name)).sort();
    expect(outcomes).toContain('recommended');
    expect([['ClaimHeldError', 'recommended'], ['duplicate', 'recommended']]).toContainEqual(outcomes);
    expect(await repliesTo(awsEnv, messageId)).toHaveLength(1);
  });
});

describe('mail that is never answered', () => {
  async function expectNoMailCausedBy(messageId: string, others: string[] = []) {
    expect(await repliesTo(awsEnv, messageId)).toEqual([]);
    const all = await sentMail(awsEnv);
    for (const address of others) expect(all.filter((m) => m.destinations.includes(address))).toEqual([]);
  }

  it('a forged owner From (DMARC FAIL) is dropped: nothing to the owner, nothing to its Reply-To', async () => {
    const messageId = uniqueId();
    const raw = withHeader(withMessageId(fixture('fixtures/mail/forged-owner-reply-to-victim.eml'), messageId), TEST_VERDICTS_HEADER, 'dmarc=FAIL; dkim=FAIL; dmarc-policy=reject');
    const { sesMessageId } = await deliver(raw, OWNER);
    await expectNoMailCausedBy(messageId, ['victim@target.example']);
    expect(await item(keys.message(sesMessageId))).toBeUndefined();
  });

  it('the exact owner address with nothing that authenticates it (no DMARC record, no DKIM) is dropped', async () => {
    // Prepare: a forward that SES could neither fail nor pass.
    const messageId = uniqueId();
    const raw = withHeader(withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), messageId), TEST_VERDICTS_HEADER, 'dmarc=GRAY; dkim=GRAY');
    // Act
    const { sesMessageId } = await deliver(raw, OWNER);
    // Assess
    await expectNoMailCausedBy(messageId, []);
    expect(await item(keys.message(sesMessageId))).toBeUndefined();
  });

  it('a lookalike From that a decoder would read as the owner (alex@xn--example-.com) is a stranger', async () => {
    const messageId = uniqueId();
    const raw = withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), messageId).toString('latin1').replace(/^From: .*$/m, 'From: Alex Morgan <alex@xn--example-.com>');
    const { sesMessageId } = await deliver(Buffer.from(raw, 'latin1'), 'bounces@mailer.evil.example');
    await expectNoMailCausedBy(messageId, []);
    expect(await item(keys.message(sesMessageId))).toBeUndefined();
  });

  it('a From with two mailboxes (owner and another) has no single author: dropped', async () => {
    const messageId = uniqueId();
    const raw = withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), messageId).toString('latin1').replace(/^From: .*$/m, 'From: Alex Morgan <alex@example.com>, Eve <eve@evil.example>');
    await deliver(Buffer.from(raw, 'latin1'));
    await expectNoMailCausedBy(messageId, ['eve@evil.example']);
  });

  it('a stranger’s invitation sent straight to the inbox gets no reply, no bounce, no notice', async () => {
    const messageId = uniqueId();
    await deliver(withMessageId(fixture('fixtures/mail/direct-invite-stranger.eml'), messageId), 'greg.tanaka@northpeak-staffing.example');
    await expectNoMailCausedBy(messageId, ['greg.tanaka@northpeak-staffing.example']);
  });

  it('an auto-reply from the owner’s own address is not answered', async () => {
    const messageId = uniqueId();
    await deliver(withMessageId(fixture('fixtures/mail/auto-reply.eml'), messageId));
    await expectNoMailCausedBy(messageId);
  });

  it('a bounce (empty envelope sender) is not answered', async () => {
    const messageId = uniqueId();
    await deliver(withMessageId(fixture('fixtures/mail/bounce.eml'), messageId), '');
    await expectNoMailCausedBy(messageId);
  });

  it('list mail and mail from the product’s own address are not answered', async () => {
    const list = uniqueId();
    await deliver(withMessageId(fixture('fixtures/mail/list-mail.eml'), list), 'digest@news.jobnest.example');
    const loop = uniqueId();
    await deliver(withMessageId(fixture('fixtures/mail/own-address-loop.eml'), loop), 'interviews+abc@in.example.com');
    await expectNoMailCausedBy(list);
    await expectNoMailCausedBy(loop);
  });

  it('garbage bytes crash nothing, are kept in S3, and are answered to nobody', async () => {
    const before = (await sentMail(awsEnv)).length;
    const garbage = fixture('fixtures/mail/garbage.bin');
    const { sesMessageId } = await deliver(garbage);
    expect(app.receiving.invocations().find((i) => i.messageId === sesMessageId)?.ok).toBe(true);
    const stored = Buffer.from(await rawInS3(sesMessageId), 'latin1');
    // SMTP normalises line endings, so compare a run of the garbage that holds no CR, LF or dot.
    const start = garbage.findIndex((_, i) => garbage.subarray(i, i + 24).every((b) => b !== 0x0a && b !== 0x0d && b !== 0x2e));
    expect(start).toBeGreaterThanOrEqual(0);
    expect(stored.includes(garbage.subarray(start, start + 24))).toBe(true);
    // Mail from other test files may arrive meanwhile, but none of it answers this message.
    const after = await sentMail(awsEnv);
    expect(after.slice(before).filter((m) => m.raw.includes(sesMessageId))).toEqual([]);
  });
});

describe('the test-only verdict header', () => {
  it('is removed by the receiving stand-in before the mail is stored', async () => {
    const raw = withHeader(withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), uniqueId()), TEST_VERDICTS_HEADER, 'spam=PASS');
    const { sesMessageId } = await deliver(raw);
    const stored = await rawInS3(sesMessageId);
    expect(stored.toLowerCase()).not.toContain(TEST_VERDICTS_HEADER.toLowerCase());
    expect(stored).toMatch(/^Return-Path:[^\n]*\r?\n(?:.*\r?\n)*?Authentication-Results: amazonses\.com;/);
  });

  it('is ignored by the handler: a stored mail that still carries "dmarc=FAIL" in it is judged by the event', async () => {
    const template = await deliver(withMessageId(fixture('fixtures/mail/forward-gmail-owner.eml'), uniqueId()));
    const messageId = uniqueId();
    const key = `header-ignored${Date.now()}`;
    const raw = withHeader(withMessageId(Buffer.from(await rawInS3(template.sesMessageId), 'latin1'), messageId), TEST_VERDICTS_HEADER, 'dmarc=FAIL; dkim=FAIL');
    await s3.send(new PutObjectCommand({ Bucket: app.bucket, Key: `${app.prefix}${key}`, Body: raw }));
    const event = structuredClone(template.event) as { Records: { ses: { mail: { messageId: string } } }[] };
    event.Records[0]!.ses.mail.messageId = key;
    expect(await app.handler(event)).toMatchObject([{ outcome: 'recommended' }]);
    expect(await repliesTo(awsEnv, messageId)).toHaveLength(1);
  });
});
