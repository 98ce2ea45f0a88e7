/**
 * The failure notice (app/tell-failure.ts) on in-memory ports: once per SES message id, to a configured
 * owner only, counted by the hourly cap, given back when nothing could go out and never sent twice
 * once SES may have accepted it; and the failure record as the failure topic delivers it
 * (handlers/kit.ts, failedDeliveryOf).
 */
import { describe, expect, it } from 'vitest';
import type { FailedDelivery } from '../../../functions/app/ports.js';
import { tellFailure } from '../../../functions/app/tell-failure.js';
import { MailRefusedError } from '../../../functions/errors.js';
import { failedDeliveryOf, FailureRecordSchema } from '../../../functions/handlers/kit.js';
import { MemoryInviteStore } from '../../fakes/memory-store.js';
import { configWith, OWNER, sdkError } from '../../fakes/ports.js';
import { fakeFailureNoticeDeps } from '../../fakes/recovery.js';

const failed = (overrides: Partial<FailedDelivery> = {}): FailedDelivery => ({
  messageId: 'o3vl5qe7m0b9k1example0001',
  receivedAt: '2026-03-17T14:22:50.000Z',
  subject: 'Fwd: Video interview - Junior Financial Analyst',
  from: 'Alex@Example.com',
  errorType: 'RawMailMissingError',
  sweepRetries: true,
  ...overrides,
});

describe('tellFailure', () => {
  it('tells the owner once what failed, when it arrived, where the raw mail is kept and how to replay it', async () => {
    // Prepare
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore());
    // Act
    const first = await tellFailure(deps, failed());
    const again = await tellFailure(deps, failed());
    // Assess
    expect([first, again]).toEqual(['told', 'already-told']);
    const [mail] = await deps.mailer.to(OWNER);
    expect(deps.mailer.sent).toHaveLength(1);
    expect(mail!.envelope.to).toEqual([OWNER]);
    expect(mail!.mail.subject).toMatch(/a message could not be processed/);
    const text = mail!.mail.text ?? '';
    expect(text).toContain('"Fwd: Video interview - Junior Financial Analyst"');
    expect(text).toContain('2026-03-17 14:22 UTC');
    expect(text).toContain('(RawMailMissingError)');
    expect(text).toContain('o3vl5qe7m0b9k1example0001 in s3://raw-mail-bucket/inbound/');
    expect(text).toContain('tries it once more by itself');
    expect(text).toContain('npm run redrive -- --stack InviteAdvisor --region us-east-1');
    expect(mail!.mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(deps.recovery.notices.get('o3vl5qe7m0b9k1example0001')).toMatchObject({ status: 'sent', sentMessageId: mail!.messageId });
  });

  it('says nothing of another try when the failure was the re-drive itself', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore());
    await tellFailure(deps, failed({ sweepRetries: false, subject: null, receivedAt: null }));
    const text = (await deps.mailer.parsed())[0]!.mail.text ?? '';
    expect(text).not.toContain('tries it once more');
    expect(text).toMatch(/could not process a message: it failed three times/);
  });

  it('mails a configured owner address only, whatever the failed message said', async () => {
    const store = new MemoryInviteStore();
    const deps = fakeFailureNoticeDeps(store, { config: configWith({ owner: { addresses: ['alex@example.com', 'alex@work.example'] } }) });
    await tellFailure(deps, failed({ messageId: 'a1', from: 'ALEX@work.example' }));
    await tellFailure(deps, failed({ messageId: 'a2', from: 'victim@evil.example' }));
    expect(deps.mailer.sent.map((m) => m.envelope.to)).toEqual([['alex@work.example'], ['alex@example.com']]);
  });

  it('counts toward the hourly cap: over it, the hour\'s one "paused" notice goes instead, then nothing, and each is recorded as held', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore(), { config: configWith({ limits: { mailsToOwnerPerHour: 1, replyTokenDays: 60 } }) });
    const results = [];
    for (const id of ['c1', 'c2', 'c3']) results.push(await tellFailure(deps, failed({ messageId: id })));
    expect(results).toEqual(['told', 'held-by-cap', 'held-by-cap']);
    expect(deps.mailer.sent).toHaveLength(2);
    expect((await deps.mailer.parsed())[1]!.mail.subject).toMatch(/paused/);
    expect(deps.recovery.notices.get('c3')).toMatchObject({ status: 'held-by-cap', sentMessageId: null });
  });

  it('gives its claim back when nothing could go out (a refusal, or the cap counter unreachable), so the retry tells the owner', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore());
    deps.mailer.failNext(1, new MailRefusedError('Throttling', 'slow down', { throttled: true, permanent: false }));
    await expect(tellFailure(deps, failed())).rejects.toThrow(MailRefusedError);
    deps.store.failNext('reserveOwnerMail', 1, sdkError('ServiceUnavailable', 'down', 503));
    await expect(tellFailure(deps, failed())).rejects.toThrow('down');
    expect(await tellFailure(deps, failed())).toBe('told');
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('never sends it twice once SES may have accepted it (no answer): the retry finds the claim', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore());
    deps.mailer.acceptThenFail(1, sdkError('TimeoutError', 'socket hang up'));
    expect(await tellFailure(deps, failed())).toBe('may-not-have-gone-out');
    expect(await tellFailure(deps, failed())).toBe('already-told');
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.log.lines).toContainEqual(expect.objectContaining({ level: 'error', extra: { messageId: 'o3vl5qe7m0b9k1example0001', error: 'TimeoutError' } }));
  });

  it('tells nobody when another run finished the message meanwhile (its retries only met that run\'s claim)', async () => {
    const store = new MemoryInviteStore();
    await store.completeMessage('done-1', 'recommended', {}, new Date());
    const deps = fakeFailureNoticeDeps(store);
    expect(await tellFailure(deps, failed({ messageId: 'done-1', errorType: 'ClaimHeldError' }))).toBe('finished-meanwhile');
    expect(deps.mailer.sent).toEqual([]);
  });
});

describe('failedDeliveryOf (the record Lambda sends to the failure topic)', () => {
  const sesEvent = {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp: '2026-03-17T14:22:50.000Z',
            source: 'alex@example.com',
            messageId: 'o3vl5qe7m0b9k1example0001',
            destination: ['interviews@in.example.com'],
            headersTruncated: false,
            headers: [{ name: 'Subject', value: 'Fwd: Interview' }],
            commonHeaders: { returnPath: 'alex@example.com', from: ['Alex Morgan <alex@example.com>'], date: 'Tue, 17 Mar 2026 10:22:48 -0400', subject: 'Fwd: Interview' },
          },
          receipt: {
            timestamp: '2026-03-17T14:22:50.000Z',
            processingTimeMillis: 100,
            recipients: ['interviews@in.example.com'],
            spamVerdict: { status: 'PASS' },
            virusVerdict: { status: 'PASS' },
            spfVerdict: { status: 'PASS' },
            dkimVerdict: { status: 'PASS' },
            dmarcVerdict: { status: 'PASS' },
            action: { type: 'Lambda', functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:inbound', invocationType: 'Event' },
          },
        },
      },
    ],
  };
  const record = (requestPayload: unknown) =>
    FailureRecordSchema.parse({
      version: '1.0',
      timestamp: '2026-03-17T14:26:00.000Z',
      requestContext: { requestId: 'r', functionArn: 'arn:aws:lambda:us-east-1:111122223333:function:inbound:$LATEST', condition: 'RetriesExhausted', approximateInvokeCount: 3 },
      requestPayload,
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: { errorType: 'RawMailMissingError', errorMessage: 'raw mail not found at s3 key "inbound/x"', trace: [] },
    });

  it('reads the message id, arrival, subject, From and error type of an SES event', () => {
    expect(failedDeliveryOf(record(sesEvent))).toEqual({
      messageId: 'o3vl5qe7m0b9k1example0001',
      receivedAt: '2026-03-17T14:22:50.000Z',
      subject: 'Fwd: Interview',
      from: 'alex@example.com',
      errorType: 'RawMailMissingError',
      sweepRetries: true,
    });
  });

  it("reads a re-drive's message id (the sweep will not try it again)", () => {
    expect(failedDeliveryOf(record({ source: 'invite-advisor.redrive', messageId: 'abc123', by: 'sweep' }))).toMatchObject({ messageId: 'abc123', sweepRetries: false, subject: null });
  });

  it('names no message for anything else, or an id that is no S3 key', () => {
    expect(failedDeliveryOf(record({ hello: 'world' }))).toBeNull();
    expect(failedDeliveryOf(record({ source: 'invite-advisor.redrive', messageId: '../etc', by: 'sweep' }))).toBeNull();
  });
});
