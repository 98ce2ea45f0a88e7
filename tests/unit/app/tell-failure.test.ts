/**
 * The failure notice (app/tell-failure.ts) on in-memory ports: once per SES message id (a delivery) or
 * per command (a send job), to a configured owner only, worded from what the stored state says went out
 * (nothing, maybe, sent), counted by the hourly cap (never held back for a send; a delivery's notice it
 * holds back is kept for the digest of held mail, which is scheduled), given back when
 * nothing could go out and never sent twice once SES may have accepted it, told without the store once
 * a long outage outlasts its own retries; and the failure records as the failure topics deliver them
 * (handlers/kit.ts, failedEventOf).
 */
import { describe, expect, it } from 'vitest';
import type { FailedDelivery, FailedSend, SendJob } from '../../../functions/app/ports.js';
import { sendDraft } from '../../../functions/app/send-draft.js';
import { answerHeldMail } from '../../../functions/app/answer-held-mail.js';
import { CHECK_PATIENCE_MS, failureNoticeHeldKey, sendNoticeKey, tellFailure } from '../../../functions/app/tell-failure.js';
import { heldDigestName, hourKey, nextHourStart } from '../../../functions/core/follow/follow.js';
import { MailRefusedError } from '../../../functions/errors.js';
import { failedEventOf, failedEventsOf, FailureRecordSchema } from '../../../functions/handlers/job-events.js';
import { MemoryInviteStore } from '../../fakes/memory-store.js';
import { configWith, fakeInboundDeps, fakeSendDeps, forwardInvitation, NOW, OWNER, replyToRecommendation, sdkError } from '../../fakes/ports.js';
import { fakeFailureNoticeDeps, type FakeFailureNoticeDeps } from '../../fakes/recovery.js';
import { sesReceiptEvent } from '../../fakes/ses-event.js';

const MINUTE = 60_000;
const RECRUITER = 'sofia.brandt@oakmoorbank.example';
const outage = () => sdkError('ServiceUnavailable', 'DynamoDB is down', 503);

const failed = (overrides: Partial<FailedDelivery> = {}): FailedDelivery => ({
  kind: 'delivery',
  messageId: 'o3vl5qe7m0b9k1example0001',
  receivedAt: '2026-03-17T14:22:50.000Z',
  subject: 'Fwd: Video interview - Junior Financial Analyst',
  from: 'Alex@Example.com',
  errorType: 'RawMailMissingError',
  sweepRetries: true,
  failedAt: NOW.toISOString(),
  ...overrides,
});

const textOf = async (deps: FakeFailureNoticeDeps, index = 0) => (await deps.mailer.parsed())[index]?.mail.text ?? '';

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

  it('says no answer went out when the record shows none (no claim, or a claim that never reached its send)', async () => {
    const store = new MemoryInviteStore();
    await store.claimMessage('claimed-1', 'run-1', NOW, 60);
    const deps = fakeFailureNoticeDeps(store);
    await tellFailure(deps, failed());
    await tellFailure(deps, failed({ messageId: 'claimed-1' }));
    for (const index of [0, 1]) {
      const text = await textOf(deps, index);
      expect(text).toContain('failed three times (RawMailMissingError), so no answer went out for it.');
      expect(text).not.toMatch(/may have gone out|could not check/);
    }
  });

  it('says an answer may have gone out when the claim says "sending" (the run was about to mail the owner), and not that the sweep tries again', async () => {
    // Prepare: a run claimed the message, marked it sending, and stopped there (died, or its last write failed)
    const store = new MemoryInviteStore();
    await store.claimMessage('sending-1', 'run-1', NOW, 60);
    await store.markSending('sending-1', 'run-1', NOW);
    const deps = fakeFailureNoticeDeps(store);
    // Act
    expect(await tellFailure(deps, failed({ messageId: 'sending-1' }))).toBe('told');
    // Assess
    const text = await textOf(deps);
    expect(text).toContain('after it had started to answer you, so an answer may have gone out: look for it before you process the message again.');
    expect(text).not.toContain('no answer went out');
    expect(text).not.toContain('tries it once more');
    expect(text).toContain('npm run redrive -- --stack InviteAdvisor --region us-east-1');
  });

  it('says nothing of another try when the failure was the re-drive itself', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore());
    await tellFailure(deps, failed({ sweepRetries: false, subject: null, receivedAt: null }));
    const text = (await deps.mailer.parsed())[0]!.mail.text ?? '';
    expect(text).not.toContain('tries it once more');
    expect(text).toMatch(/could not process a message: it failed three times \(RawMailMissingError\), so no answer went out for it/);
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

  it('keeps a notice the cap holds back for the digest of held mail (its title and text), schedules that digest, and the digest carries it', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore(), { config: configWith({ limits: { mailsToOwnerPerHour: 1, replyTokenDays: 60 } }) });
    expect(await tellFailure(deps, failed({ messageId: 'c1' }))).toBe('told');
    const title = (await deps.mailer.parsed())[0]!.mail.subject ?? '';
    expect(await tellFailure(deps, failed({ messageId: 'c2' }))).toBe('held-by-cap');

    // The notice's own mark, as before (the hour's one "paused" notice went instead); and the held notice,
    // under its own key (apart from anything the message's own run held).
    expect(deps.recovery.notices.get('c2')).toMatchObject({ status: 'held-by-cap' });
    expect((await deps.mailer.parsed())[1]!.mail.subject).toMatch(/paused/);
    const held = [...deps.ownerMail.held.values()];
    expect(held).toEqual([expect.objectContaining({ messageId: failureNoticeHeldKey('c2'), owner: OWNER, heldAt: NOW.toISOString(), notice: { title, text: expect.stringContaining('c2') } })]);
    const name = heldDigestName(hourKey(NOW));
    expect(deps.scheduler.schedules.get(name)).toMatchObject({ at: nextHourStart(NOW), call: { kind: 'held-digest', hour: hourKey(NOW) } });

    // A third in the same hour is kept too; the one schedule is there already.
    expect(await tellFailure(deps, failed({ messageId: 'c3' }))).toBe('held-by-cap');
    expect(deps.ownerMail.held.size).toBe(2);
    expect(deps.scheduler.schedules.size).toBe(1);

    // The schedule fires at the next hour: the digest lists both notices.
    deps.clock.set(nextHourStart(NOW));
    expect(await answerHeldMail(deps)).toBe('sent');
    const digest = (await deps.mailer.parsed()).at(-1)!.mail;
    expect(digest.text).toContain(title.replace(/^invite-advisor: /, ''));
    expect(digest.text).toContain('kept as c2 in s3://raw-mail-bucket/inbound/');
    expect(digest.text).toContain('kept as c3 in s3://raw-mail-bucket/inbound/');
    expect(deps.ownerMail.held.size).toBe(0);
  });

  it('a notice the cap holds back that cannot be kept sends nothing and gives its claim back: the retry keeps it', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore(), { config: configWith({ limits: { mailsToOwnerPerHour: 1, replyTokenDays: 60 } }) });
    await tellFailure(deps, failed({ messageId: 'c1' }));
    deps.ownerMail.failNext('holdMail');
    await expect(tellFailure(deps, failed({ messageId: 'c2' }))).rejects.toThrow('DynamoDB is unavailable');
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.recovery.notices.get('c2')).toBeUndefined();
    expect(await tellFailure(deps, failed({ messageId: 'c2' }))).toBe('held-by-cap');
    expect([...deps.ownerMail.held.values()].map((h) => h.messageId)).toEqual([failureNoticeHeldKey('c2')]);
  });

  it('a digest schedule that cannot be made fails nothing: the notice is kept, and the first forward after the hour answers it', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore(), { config: configWith({ limits: { mailsToOwnerPerHour: 1, replyTokenDays: 60 } }) });
    await tellFailure(deps, failed({ messageId: 'c1' }));
    deps.scheduler.failNext(1);
    expect(await tellFailure(deps, failed({ messageId: 'c2' }))).toBe('held-by-cap');
    expect(deps.ownerMail.held.size).toBe(1);
    expect(deps.scheduler.schedules.size).toBe(0);
    expect(deps.log.lines.some((e) => e.level === 'warn' && /could not be scheduled/.test(e.message))).toBe(true);
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

  it('tells again on the retry when SES gave no answer (at least once, like every mail to the owner: a second notice only when SES had accepted the first)', async () => {
    // Prepare: SES takes nothing and answers 503 (a refusal the SDK cannot tell from an accepted send whose answer was lost)
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore());
    deps.mailer.failNext(1, sdkError('ServiceUnavailable', 'try again', 503));
    // Act
    await expect(tellFailure(deps, failed())).rejects.toThrow('try again');
    const retry = await tellFailure(deps, failed());
    // Assess: the owner is told by the retry; SES accepting and losing its answer makes the counted second notice
    expect(retry).toBe('told');
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.log.lines).toContainEqual(expect.objectContaining({ level: 'warn', extra: { key: 'o3vl5qe7m0b9k1example0001', error: 'ServiceUnavailable' } }));
    const lost = fakeFailureNoticeDeps(new MemoryInviteStore());
    lost.mailer.acceptThenFail(1, sdkError('TimeoutError', 'socket hang up'));
    await expect(tellFailure(lost, failed())).rejects.toThrow('socket hang up');
    expect(await tellFailure(lost, failed())).toBe('told');
    expect(lost.mailer.sent).toHaveLength(2);
  });

  it('tells nobody when another run finished the message meanwhile (its retries only met that run\'s claim)', async () => {
    const store = new MemoryInviteStore();
    await store.completeMessage('done-1', 'recommended', {}, new Date());
    const deps = fakeFailureNoticeDeps(store);
    expect(await tellFailure(deps, failed({ messageId: 'done-1', errorType: 'ClaimHeldError' }))).toBe('finished-meanwhile');
    expect(deps.mailer.sent).toEqual([]);
  });
});

describe('tellFailure when the store does not answer (an outage longer than the failed event\'s retries)', () => {
  it('throws while the failure is recent, so that Lambda tries the notice again, then tells without checking, uncounted, once', async () => {
    // Prepare: the table is out for good
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore());
    deps.recovery.failNext(1000, outage());
    deps.store.failNext('reserveOwnerMail', 1000, outage());
    // Act: the notice's three attempts, as Lambda retries it (a minute, then two minutes later)
    await expect(tellFailure(deps, failed())).rejects.toThrow('DynamoDB is down');
    deps.clock.advance(MINUTE);
    await expect(tellFailure(deps, failed())).rejects.toThrow('DynamoDB is down');
    deps.clock.advance(2 * MINUTE);
    const third = await tellFailure(deps, failed());
    // Assess
    expect(third).toBe('told-unchecked');
    expect(deps.mailer.sent).toHaveLength(1);
    const text = await textOf(deps);
    expect(text).toContain('failed three times (RawMailMissingError), and invite-advisor could not check whether an answer went out (its database did not answer): look for one before you process the message again.');
    expect(text).not.toMatch(/no answer went out|tries it once more/);
    expect(text).toContain('npm run redrive -- --stack InviteAdvisor --region us-east-1');
    expect(deps.log.lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'failure notice: the hourly cap could not be counted; sent uncounted' }));
  });

  it('tells at once, without checking, when the record does not say when it failed', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore());
    deps.recovery.failNext(1000, outage());
    expect(await tellFailure(deps, failed({ failedAt: null }))).toBe('told-unchecked');
    expect(await textOf(deps)).toContain('could not check whether an answer went out');
  });

  it('checks as ever once the store answers again within its retries, and leaves the once-only mark', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore());
    deps.recovery.failNext(1, outage());
    await expect(tellFailure(deps, failed())).rejects.toThrow('DynamoDB is down');
    deps.clock.advance(MINUTE);
    expect(await tellFailure(deps, failed())).toBe('told');
    expect(await textOf(deps)).toContain('so no answer went out for it.');
    expect(await tellFailure(deps, failed())).toBe('already-told');
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('gives its claim back when the SES send fails after patience too, so a replay of the notice (npm run redrive) tells the owner', async () => {
    const deps = fakeFailureNoticeDeps(new MemoryInviteStore());
    deps.clock.advance(CHECK_PATIENCE_MS);
    deps.mailer.failNext(1, new MailRefusedError('Throttling', 'slow down', { throttled: true, permanent: false }));
    await expect(tellFailure(deps, failed())).rejects.toThrow(MailRefusedError);
    expect(deps.recovery.notices.has('o3vl5qe7m0b9k1example0001')).toBe(false);
    expect(await tellFailure(deps, failed())).toBe('told');
  });
});

/** The owner forwarded an invitation and replied "accept" (or what `command` says): the job the sending function received. */
async function commandJob(command = 'accept', config = configWith({ replies: { sendOnBehalf: true } })) {
  const inbound = fakeInboundDeps({ config });
  const rec = await forwardInvitation(inbound);
  const reply = await replyToRecommendation(inbound, rec, command);
  const job = inbound.draftSender.jobs.at(-1)!;
  const sender = fakeSendDeps({ config: inbound.config, store: inbound.store, clock: inbound.clock });
  const notice = fakeFailureNoticeDeps(inbound.store, { config: inbound.config, clock: inbound.clock });
  return { inbound, rec, reply, job, sender, notice };
}

/** The job's three attempts as Lambda runs them (a minute, then two minutes apart), each failing; then its failure record. */
async function failsThreeTimes(sender: ReturnType<typeof fakeSendDeps>, job: SendJob): Promise<FailedSend> {
  for (const wait of [0, MINUTE, 2 * MINUTE]) {
    sender.clock.advance(wait);
    await expect(sendDraft(sender, job)).rejects.toThrow();
  }
  return { kind: 'send', job, errorType: 'ServiceUnavailable', failedAt: sender.clock.now().toISOString() };
}

const subjects = async (deps: { mailer: FakeFailureNoticeDeps['mailer'] }) => (await deps.mailer.parsed()).map((m) => m.mail.subject);

describe('tellFailure for a send job that failed all its attempts (once per command)', () => {
  it('sent, but the confirmation never reached the owner: confirms it, threaded to the command, records that the owner was told, and never sends the draft again', async () => {
    // Prepare: the draft went out; every confirmation failed (the cap counter was out), three times
    const { inbound, job, reply, sender, notice } = await commandJob();
    inbound.store.failNext('reserveOwnerMail', 3, outage());
    const failedSend = await failsThreeTimes(sender, job);
    expect(await sender.mailer.to(RECRUITER)).toHaveLength(1);
    // Act
    const told = await tellFailure(notice, failedSend);
    const again = await tellFailure(notice, failedSend);
    const replayedJob = await sendDraft(sender, job);
    // Assess
    expect([told, again, replayedJob]).toEqual(['told', 'finished-meanwhile', 'already-sent']);
    const [confirmation, ...more] = await notice.mailer.parsed();
    expect(more).toEqual([]);
    expect(confirmation!.envelope.to).toEqual([OWNER]);
    expect(confirmation!.mail.subject).toBe(`invite-advisor: sent to ${RECRUITER}`);
    expect(confirmation!.mail.inReplyTo).toBe(reply.messageId);
    expect(await inbound.store.getSend(job.inviteId)).toMatchObject({ status: 'sent', ownerTold: true });
    expect(await sender.mailer.to(RECRUITER)).toHaveLength(1);
    expect(notice.recovery.notices.get(sendNoticeKey(job.attempt))).toMatchObject({ status: 'sent', sentMessageId: notice.mailer.sent[0]!.messageId });
  });

  it('may have gone out (it stopped while sending): says so, and leaves the send "uncertain" so that "resend" works', async () => {
    // Prepare: a run marked the send "sending" and stopped there (it died, or SES gave no answer and the
    // table was out when it tried to record that), and the job's retries failed too
    const { inbound, rec, job, sender, notice } = await commandJob();
    expect(await inbound.store.updateSend(job.inviteId, job.attempt, ['claimed'], { status: 'sending', at: NOW.toISOString() })).toBe(true);
    sender.clock.advance(3 * MINUTE);
    // Act
    const told = await tellFailure(notice, { kind: 'send', job, errorType: 'ServiceUnavailable', failedAt: sender.clock.now().toISOString() });
    // Assess
    expect(told).toBe('told');
    expect(await subjects(notice)).toEqual(['invite-advisor: your answer may not have gone out']);
    expect(await textOf(notice)).toContain(`The accept draft to ${RECRUITER} may not have gone out`);
    expect(await inbound.store.getSend(job.inviteId)).toMatchObject({ status: 'uncertain', ownerTold: true });
    // Assess: "resend" sends it again (a new job), as the notice says
    await replyToRecommendation(inbound, rec, 'resend');
    expect(inbound.draftSender.jobs).toHaveLength(2);
    expect(await sendDraft(sender, inbound.draftSender.jobs[1]!)).toBe('sent');
  });

  it('nothing went out (the job never started sending): says "not sent", with the draft to send by hand, and leaves it "failed" so that replying "accept" again sends it', async () => {
    // Prepare: the sender could not read the send state, three times
    const { inbound, rec, job, sender, notice } = await commandJob();
    inbound.store.failNext('getSend', 3, outage());
    const failedSend = await failsThreeTimes(sender, job);
    // Act
    expect(await tellFailure(notice, failedSend)).toBe('told');
    // Assess
    expect(await subjects(notice)).toEqual(['invite-advisor: not sent: sending failed']);
    const [mail] = await notice.mailer.parsed();
    expect(mail!.mail.text).toContain(`Nothing was sent to ${RECRUITER}: sending the accept draft failed three times (ServiceUnavailable) before anything went out. Reply "accept" to the recommendation again to send it, or send it yourself: mailto:`);
    expect(mail!.mail.html).toContain('Open the draft in my mail app');
    expect(await sender.mailer.to(RECRUITER)).toEqual([]);
    expect(await inbound.store.getSend(job.inviteId)).toMatchObject({ status: 'failed', attempt: job.attempt });
    // Assess: the owner's "accept" is taken at once, and the old job, replayed, sends nothing
    await replyToRecommendation(inbound, rec, 'accept');
    expect(inbound.draftSender.jobs).toHaveLength(2);
    expect(await sendDraft(sender, job)).toBe('stale');
    expect(await sendDraft(sender, inbound.draftSender.jobs[1]!)).toBe('sent');
    expect(await sender.mailer.to(RECRUITER)).toHaveLength(1);
  });

  it('names the slot to accept again ("accept 2") when the command chose one', async () => {
    const { notice, job, inbound } = await commandJob();
    await inbound.store.updateSend(job.inviteId, job.attempt, ['claimed'], { status: 'failed' });
    await tellFailure(notice, { kind: 'send', job: { ...job, slot: 2 }, errorType: null, failedAt: NOW.toISOString() });
    expect(await textOf(notice)).toContain('Reply "accept 2" to the recommendation again');
  });

  it('tells nothing when the owner was told already, or another command replaced the job', async () => {
    const { inbound, job, sender, notice } = await commandJob();
    sender.mailer.acceptThenFail(1, sdkError('TimeoutError', 'socket hang up'));
    expect(await sendDraft(sender, job)).toBe('uncertain');
    expect(await tellFailure(notice, { kind: 'send', job, errorType: null, failedAt: NOW.toISOString() })).toBe('finished-meanwhile');
    expect(await tellFailure(notice, { kind: 'send', job: { ...job, attempt: 'reply-older' }, errorType: null, failedAt: NOW.toISOString() })).toBe('finished-meanwhile');
    expect(notice.mailer.sent).toEqual([]);
    expect(await inbound.store.getSend(job.inviteId)).toMatchObject({ status: 'uncertain', ownerTold: true });
  });

  it('could not check (the table out beyond its retries): says so, with the command that finds out and never sends twice', async () => {
    const { inbound, job, notice } = await commandJob();
    inbound.store.failNext('getSend', 1000, outage());
    const failedSend: FailedSend = { kind: 'send', job, errorType: 'ServiceUnavailable', failedAt: NOW.toISOString() };
    await expect(tellFailure(notice, failedSend)).rejects.toThrow('DynamoDB is down');
    notice.clock.advance(3 * MINUTE);
    expect(await tellFailure(notice, failedSend)).toBe('told-unchecked');
    expect(await subjects(notice)).toEqual(['invite-advisor: could not check whether your answer went out']);
    const text = await textOf(notice);
    expect(text).toContain(`could not check whether the accept draft to ${RECRUITER} went out`);
    expect(text).toContain('npm run redrive -- --stack InviteAdvisor --region us-east-1 --sending');
  });

  it("is never held back by the hourly cap, and is marked apart from a notice about the command's own delivery", async () => {
    const { inbound, job, notice } = await commandJob('accept', configWith({ replies: { sendOnBehalf: true }, limits: { mailsToOwnerPerHour: 2, replyTokenDays: 60 } }));
    while ((await inbound.store.reserveOwnerMail(notice.clock.now(), 2)) !== 'blocked');
    await inbound.store.updateSend(job.inviteId, job.attempt, ['claimed'], { status: 'failed' });
    expect(await tellFailure(notice, { kind: 'send', job, errorType: null, failedAt: NOW.toISOString() })).toBe('told');
    expect(await subjects(notice)).toEqual(['invite-advisor: not sent: sending failed']);
    expect([...notice.recovery.notices.keys()]).toEqual([sendNoticeKey(job.attempt)]);
    expect(await notice.recovery.claimFailureNotice(job.attempt, 'another-run', NOW)).toBe('claimed');
  });
});

describe('failedEventOf (the record Lambda sends to a failure topic)', () => {
  const sesEvent = sesReceiptEvent({ messageId: 'o3vl5qe7m0b9k1example0001', timestamp: '2026-03-17T14:22:50.000Z', subject: 'Fwd: Interview', headers: [{ name: 'Subject', value: 'Fwd: Interview' }] });
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
    expect(failedEventOf(record(sesEvent))).toEqual({
      kind: 'delivery',
      messageId: 'o3vl5qe7m0b9k1example0001',
      receivedAt: '2026-03-17T14:22:50.000Z',
      subject: 'Fwd: Interview',
      from: 'alex@example.com',
      errorType: 'RawMailMissingError',
      sweepRetries: true,
      failedAt: '2026-03-17T14:26:00.000Z',
    });
  });

  it("reads a re-drive's message id (the sweep will not try it again)", () => {
    expect(failedEventOf(record({ source: 'invite-advisor.redrive', messageId: 'abc123', by: 'sweep' }))).toMatchObject({ messageId: 'abc123', sweepRetries: false, subject: null });
  });

  it('names no message for anything else, or an id that is no S3 key', () => {
    expect(failedEventOf(record({ hello: 'world' }))).toBeNull();
    expect(failedEventOf(record({ source: 'invite-advisor.redrive', messageId: '../etc', by: 'sweep' }))).toBeNull();
  });

  it("reads a send job's record (the sending function's failure topic) and when it failed", () => {
    const job = { inviteId: 'abcdefghijklmnop', attempt: 'reply-000001', verdict: 'attend', to: 'jordan@acme.example', subject: 'Re: Interview', body: 'Thank you', commandMessageId: '<c@example.com>' };
    expect(failedEventOf(record({ job }))).toEqual({ kind: 'send', job, errorType: 'RawMailMissingError', failedAt: '2026-03-17T14:26:00.000Z' });
  });

  it('reads each SNS message of the event, null for one that is no failure record', () => {
    const sns = (message: string) => ({ Sns: { Type: 'Notification', MessageId: 'm', TopicArn: 'arn:aws:sns:us-east-1:111122223333:t', Message: message } });
    const event = { Records: [sns(JSON.stringify({ requestPayload: sesEvent, timestamp: 'yesterday' })), sns('not json')] };
    expect(failedEventsOf(event)).toEqual([expect.objectContaining({ kind: 'delivery', messageId: 'o3vl5qe7m0b9k1example0001', failedAt: null }), null]);
  });
});
