/**
 * The sending function: the owner's chosen draft to the recruiter, at most once, and the owner told what
 * happened. The job comes from a real "accept" command (run through receiveMail on in-memory ports);
 * the sending side shares its store and clock.
 */
import { describe, expect, it } from 'vitest';
import { SIGNALS } from '../../../functions/app/ports.js';
import { sendDraft } from '../../../functions/app/send-draft.js';
import { MailRefusedError } from '../../../functions/errors.js';
import { configWith, fakeInboundDeps, fakeSendDeps, fixture, forwardInvitation, OWNER, replyToRecommendation, sdkError, SENDING, type FakeSendDeps } from '../../fakes/ports.js';

const RECRUITER = 'sofia.brandt@oakmoorbank.example';
const SECOND = 1000;
/** The invitation's Message-ID, named by the Gmail forward's In-Reply-To and References. */
const INVITATION_ID = '<DB9PR02MB7351C4A8E2F1B06D3E9A57C2F4812@DB9PR02MB7351.eurprd02.prod.oakmoorbank.example>';

/** The same forward as a client that writes no threading headers sends it (Outlook over IMAP). */
function withoutThreadingHeaders(raw: Buffer): Buffer {
  return Buffer.from(raw.toString('latin1').replace(/^(?:References|In-Reply-To):.*\r?\n/gim, ''), 'latin1');
}

/** The owner forwarded an invitation and replied "accept": the job the sending function receives. */
async function acceptedJob() {
  const inbound = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
  const rec = await forwardInvitation(inbound);
  const command = await replyToRecommendation(inbound, rec, 'accept');
  const job = inbound.draftSender.jobs[0]!;
  const deps = fakeSendDeps({ config: inbound.config, store: inbound.store, clock: inbound.clock });
  return { inbound, deps, rec, job, command };
}

describe('sendDraft', () => {
  it('sends the draft once, as the owner, threaded, and confirms to the owner', async () => {
    // Prepare
    const { deps, job, command } = await acceptedJob();
    // Act
    const outcome = await sendDraft(deps, job);
    const again = await sendDraft(deps, job);
    // Assess: one mail to the recruiter (copy to the owner), one confirmation
    expect([outcome, again]).toEqual(['sent', 'already-sent']);
    const [draft, confirmation, ...more] = await deps.mailer.parsed();
    expect(more).toEqual([]);
    expect(draft?.envelope).toEqual({ from: SENDING, to: [RECRUITER, OWNER] });
    expect(draft?.mail.from?.value).toEqual([{ name: 'Alex Morgan', address: SENDING }]);
    expect(draft?.mail.to).toMatchObject({ value: [{ address: RECRUITER }] });
    expect(draft?.mail.cc).toMatchObject({ value: [{ address: OWNER }] });
    expect(draft?.mail.replyTo?.value[0]?.address).toBe(OWNER);
    expect(draft?.mail.headers.has('auto-submitted')).toBe(false);
    expect(draft?.mail.subject).toBe(job.subject);
    expect(draft?.mail.text?.trim()).toBe(job.body.trim());
    expect(confirmation?.envelope.to).toEqual([OWNER]);
    expect(confirmation?.mail.subject).toBe(`invite-advisor: sent to ${RECRUITER}`);
    expect(confirmation?.mail.inReplyTo).toBe(command.messageId);
    // Assess: what the store keeps
    const sesMessageId = deps.mailer.sent[0]!.messageId;
    expect(await deps.store.getSend(job.inviteId)).toEqual({ status: 'sent', verdict: 'attend', attempt: job.attempt, at: deps.clock.now().toISOString(), to: RECRUITER, sesMessageId, ownerTold: true });
    expect((await deps.store.getInvitation(job.inviteId))?.choice).toEqual({ verdict: 'attend', at: deps.clock.now().toISOString() });
    expect(await deps.store.invitationForSentMessage(sesMessageId)).toBe(job.inviteId);
  });

  it('threads the draft to the invitation whose Message-ID the forward named, and keeps it when a re-forward names none (issue 14, item 3)', async () => {
    // Prepare: a Gmail forward (In-Reply-To / References name the invitation), then the same invitation
    // forwarded again by a client that writes no threading headers
    const inbound = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
    await forwardInvitation(inbound);
    const again = await forwardInvitation(inbound, { raw: withoutThreadingHeaders(fixture('fixtures/mail/forward-gmail-owner.eml')) });
    await replyToRecommendation(inbound, again, 'accept');
    const deps = fakeSendDeps({ config: inbound.config, store: inbound.store, clock: inbound.clock });
    // Act
    await sendDraft(deps, inbound.draftSender.jobs[0]!);
    // Assess
    const [draft] = await deps.mailer.parsed();
    expect(draft?.envelope.to).toContain(RECRUITER);
    expect(draft?.mail.inReplyTo).toBe(INVITATION_ID);
    expect(draft?.mail.references).toBe(INVITATION_ID);
  });

  it('writes no In-Reply-To or References when the forward named no Message-ID (none is made up)', async () => {
    const inbound = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
    const rec = await forwardInvitation(inbound, { raw: withoutThreadingHeaders(fixture('fixtures/mail/forward-gmail-owner.eml')) });
    await replyToRecommendation(inbound, rec, 'accept');
    const deps = fakeSendDeps({ config: inbound.config, store: inbound.store, clock: inbound.clock });
    await sendDraft(deps, inbound.draftSender.jobs[0]!);
    const [draft] = await deps.mailer.parsed();
    expect(draft?.envelope.to).toContain(RECRUITER);
    expect(draft?.mail.headers.has('in-reply-to')).toBe(false);
    expect(draft?.mail.headers.has('references')).toBe(false);
  });

  it('gives every time in mail to the owner in the owner\'s zone, never as a raw UTC time (issue 14, item 8)', async () => {
    // Prepare: the clock reads 2026-03-17T15:00Z; the owner lives in New York (EDT, UTC-4), and then in Tokyo
    for (const [timeZone, local, day] of [['America/New_York', 'Tue, Mar 17, 11:00 AM EDT', '2026-03-17'], ['Asia/Tokyo', 'Wed, Mar 18, 12:00 AM GMT+9', '2026-03-18']] as const) {
      const inbound = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true }, owner: { timeZone } }) });
      const rec = await forwardInvitation(inbound);
      await replyToRecommendation(inbound, rec, 'accept');
      const deps = fakeSendDeps({ config: inbound.config, store: inbound.store, clock: inbound.clock });
      // Act
      await sendDraft(deps, inbound.draftSender.jobs[0]!);
      const again = await replyToRecommendation(inbound, rec, 'accept');
      const chooseOther = await replyToRecommendation(inbound, rec, 'decline');
      const history = await replyToRecommendation(inbound, rec, 'history');
      // Assess: the confirmation, "already sent", "you already chose" and the history's days
      const confirmation = (await deps.mailer.parsed())[1]?.mail.text ?? '';
      expect(confirmation).toContain(`Sent to ${RECRUITER} (copy to you), ${local}:`);
      expect(again.answers[0]?.mail.text).toContain(`went to ${RECRUITER} on ${local}.`);
      expect(chooseOther.answers[0]?.mail.text).toContain(`You already accepted this invitation (${local})`);
      expect(history.answers[0]?.mail.text).toContain(`- ${day}: `);
      for (const text of [confirmation, again.answers[0]?.mail.text, chooseOther.answers[0]?.mail.text]) expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}|UTC\b/);
    }
  });

  it('confirms to the owner even when the hourly cap is spent (a notice about a send is never held back)', async () => {
    // Prepare
    const { deps, job } = await acceptedJob();
    const limit = deps.config.limits.mailsToOwnerPerHour;
    while ((await deps.store.reserveOwnerMail(deps.clock.now(), limit)) !== 'blocked');
    // Act
    const outcome = await sendDraft(deps, job);
    // Assess
    expect(outcome).toBe('sent');
    const subjects = (await deps.mailer.parsed()).map((m) => m.mail.subject);
    expect(subjects).toEqual([job.subject, `invite-advisor: sent to ${RECRUITER}`]);
  });

  it('does nothing for a job that is not the claimed one (another attempt, or another address)', async () => {
    // Prepare
    const { deps, job } = await acceptedJob();
    const claimed = await deps.store.getSend(job.inviteId);
    // Act
    const otherAttempt = await sendDraft(deps, { ...job, attempt: 'some-other-command' });
    const otherAddress = await sendDraft(deps, { ...job, to: 'someone@else.example' });
    // Assess
    expect([otherAttempt, otherAddress]).toEqual(['stale', 'stale']);
    expect(deps.mailer.sent).toEqual([]);
    expect(await deps.store.getSend(job.inviteId)).toEqual(claimed);
  });

  it('refuses a job whose recipient is no plain mailbox on a host name, even when it is the claimed one', async () => {
    // Prepare: a claim for a percent-routed address (the inbound side refuses those; this is the second check).
    const { inbound, deps, job } = await acceptedJob();
    const to = 'victim%evil.example@oakmoorbank.example';
    const hostile = { ...job, attempt: 'another-command', to };
    await inbound.store.updateSend(job.inviteId, job.attempt, ['claimed'], { status: 'failed' });
    await inbound.store.claimSend(job.inviteId, { status: 'claimed', verdict: 'attend', attempt: hostile.attempt, at: deps.clock.now().toISOString(), to }, { resend: false });
    // Act
    const outcome = await sendDraft(deps, hostile);
    const again = await sendDraft(deps, hostile);
    // Assess: nothing to the recruiter, the owner told once, the claim failed
    expect([outcome, again]).toEqual(['refused', 'refused']);
    const mails = await deps.mailer.parsed();
    expect(mails.map((m) => [m.envelope.to, m.mail.subject])).toEqual([[[OWNER], 'invite-advisor: not sent: no address to send to']]);
    expect(await deps.store.getSend(job.inviteId)).toMatchObject({ status: 'failed', to });
  });

  it('sends to the recipient’s domain in A-labels', async () => {
    // Prepare: the claimed recipient is written with a Unicode domain.
    const { inbound, deps, job } = await acceptedJob();
    const to = 'sofia@bücher.example';
    const unicode = { ...job, attempt: 'another-command', to };
    await inbound.store.updateSend(job.inviteId, job.attempt, ['claimed'], { status: 'failed' });
    await inbound.store.claimSend(job.inviteId, { status: 'claimed', verdict: 'attend', attempt: unicode.attempt, at: deps.clock.now().toISOString(), to }, { resend: false });
    // Act
    const outcome = await sendDraft(deps, unicode);
    // Assess
    expect(outcome).toBe('sent');
    expect(deps.mailer.sent[0]?.envelope.to).toEqual(['sofia@xn--bcher-kva.example', OWNER]);
  });

  it.each([
    ['a server error (5xx)', sdkError('InternalFailure', 'We encountered an internal error.', 503)],
    ['no answer at all', sdkError('TimeoutError', 'socket hang up')],
  ])('after %s, never sends again: the job is uncertain at once and the owner is told once, with "resend"', async (_name, error) => {
    // Prepare
    const { deps, job, command } = await acceptedJob();
    deps.mailer.failNext(1, error);
    // Act
    const first = await sendDraft(deps, job);
    deps.clock.advance(30 * SECOND);
    const retry = await sendDraft(deps, job);
    deps.clock.advance(61 * SECOND);
    const retryAgain = await sendDraft(deps, job);
    // Assess
    expect([first, retry, retryAgain]).toEqual(['uncertain', 'uncertain', 'uncertain']);
    expect(await deps.store.getSend(job.inviteId)).toMatchObject({ status: 'uncertain', attempt: job.attempt, ownerTold: true });
    const mails = await deps.mailer.parsed();
    expect(mails.map((m) => m.envelope.to)).toEqual([[OWNER]]);
    expect(mails[0]?.mail.subject).toBe('invite-advisor: your answer may not have gone out');
    expect(mails[0]?.mail.text).toContain(`The accept draft to ${RECRUITER} may not have gone out`);
    expect(mails[0]?.mail.text).toContain('resend');
    expect(mails[0]?.mail.inReplyTo).toBe(command.messageId);
  });

  it('when SES accepted the draft but its answer was lost: the recruiter has it once, never twice, and the owner is told it may not have gone out', async () => {
    // Prepare
    const { deps, job } = await acceptedJob();
    deps.mailer.acceptThenFail(1, sdkError('InternalFailure', 'We encountered an internal error.', 500));
    // Act
    const first = await sendDraft(deps, job);
    deps.clock.advance(2 * 60 * SECOND);
    const retried = await sendDraft(deps, job);
    // Assess
    expect([first, retried]).toEqual(['uncertain', 'uncertain']);
    expect(await deps.mailer.to(RECRUITER)).toHaveLength(1);
    const notices = (await deps.mailer.parsed()).filter((m) => m.envelope.to.join() === OWNER);
    expect(notices.map((m) => m.mail.subject)).toEqual(['invite-advisor: your answer may not have gone out']);
  });

  it('tries a throttled send again within the run (a 4xx: nothing went out), and sends it once', async () => {
    // Prepare
    const { deps, job } = await acceptedJob();
    deps.mailer.failNext(2, new MailRefusedError('TooManyRequestsException', 'Too many requests', { throttled: true, permanent: false }));
    // Act
    const outcome = await sendDraft(deps, job);
    // Assess
    expect(outcome).toBe('sent');
    expect(await deps.mailer.to(RECRUITER)).toHaveLength(1);
    expect(await deps.store.getSend(job.inviteId)).toMatchObject({ status: 'sent', ownerTold: true });
  });

  it('when SES keeps throttling, marks the send failed and fails the run, so Lambda retries the job, which sends once', async () => {
    // Prepare
    const { deps, job } = await acceptedJob();
    const throttled = new MailRefusedError('TooManyRequestsException', 'Too many requests', { throttled: true, permanent: false });
    deps.mailer.failNext(100, throttled);
    // Act
    const first = sendDraft(deps, job);
    await expect(first).rejects.toBe(throttled);
    const left = await deps.store.getSend(job.inviteId);
    deps.mailer.failNext(0, null);
    deps.clock.advance(61 * SECOND);
    const retried = await sendDraft(deps, job);
    // Assess
    expect(left).toMatchObject({ status: 'failed', attempt: job.attempt });
    expect(retried).toBe('sent');
    expect(await deps.mailer.to(RECRUITER)).toHaveLength(1);
  });

  it('when the "may not have gone out" notice itself fails, the retry of the job tells the owner, and still sends nothing', async () => {
    // Prepare
    const { deps, job } = await acceptedJob();
    // The draft gets a 5xx (outcome unknown), then the notice to the owner gets one too.
    deps.mailer.failNext(2, sdkError('InternalFailure', 'We encountered an internal error.', 500));
    // Act
    const first = sendDraft(deps, job);
    await expect(first).rejects.toThrow('internal error');
    const between = await deps.store.getSend(job.inviteId);
    deps.clock.advance(61 * SECOND);
    const retried = await sendDraft(deps, job);
    const again = await sendDraft(deps, job);
    // Assess
    expect(between).toMatchObject({ status: 'uncertain', ownerTold: false });
    expect([retried, again]).toEqual(['uncertain', 'uncertain']);
    expect(await deps.mailer.to(RECRUITER)).toEqual([]);
    expect((await deps.mailer.parsed()).map((m) => m.mail.subject)).toEqual(['invite-advisor: your answer may not have gone out']);
    expect(await deps.store.getSend(job.inviteId)).toMatchObject({ status: 'uncertain', ownerTold: true });
  });

  it('tells the owner the draft may not have gone out even when the hourly cap is spent', async () => {
    // Prepare
    const { deps, job } = await acceptedJob();
    const limit = deps.config.limits.mailsToOwnerPerHour;
    while ((await deps.store.reserveOwnerMail(deps.clock.now(), limit)) !== 'blocked');
    deps.mailer.failNext(1, sdkError('InternalFailure', 'We encountered an internal error.', 503));
    // Act
    const outcome = await sendDraft(deps, job);
    // Assess
    expect(outcome).toBe('uncertain');
    expect((await deps.mailer.parsed()).map((m) => m.mail.subject)).toEqual(['invite-advisor: your answer may not have gone out']);
  });

  it('when the confirmation fails after the draft went out, the retry of the job confirms and never sends again', async () => {
    // Prepare
    const { deps, job } = await acceptedJob();
    const sends = deps.mailer;
    let calls = 0;
    deps.mailer = Object.assign(Object.create(sends) as typeof sends, {
      sendRaw: async (raw: Uint8Array, envelope: { from: string; to: string[] }) => {
        calls += 1;
        if (calls === 2) throw sdkError('InternalFailure', 'We encountered an internal error.', 500);
        return sends.sendRaw(raw, envelope);
      },
    });
    // Act
    await expect(sendDraft(deps, job)).rejects.toThrow('internal error');
    const between = await deps.store.getSend(job.inviteId);
    // Lambda retries a minute later.
    deps.clock.advance(61 * SECOND);
    const retried = await sendDraft(deps, job);
    const again = await sendDraft(deps, job);
    // Assess
    expect(between).toMatchObject({ status: 'sent', ownerTold: false });
    expect([retried, again]).toEqual(['already-sent', 'already-sent']);
    expect(await sends.to(RECRUITER)).toHaveLength(1);
    expect((await sends.parsed()).map((m) => m.mail.subject)).toEqual([job.subject, `invite-advisor: sent to ${RECRUITER}`]);
  });

  it.each([
    ['while the first run confirms the send', null, ['sent', 'in-progress'], 1, 'sent to'],
    ['while the first run tells the owner it may not have gone out', 'draft', ['uncertain', 'in-progress'], 0, 'your answer may not have gone out'],
  ] as const)('a duplicate of the job %s tells the owner nothing more (found by npm run chaos)', async (_when, failing, outcomes, toRecruiter, title) => {
    // Prepare: the duplicate arrives as the first run mails the owner (Lambda delivered the job twice)
    const { deps, job } = await acceptedJob();
    const sends = deps.mailer;
    let calls = 0;
    let duplicate: Promise<string> | null = null;
    deps.mailer = Object.assign(Object.create(sends) as typeof sends, {
      sendRaw: async (raw: Uint8Array, envelope: { from: string; to: string[] }) => {
        calls += 1;
        if (calls === 1 && failing === 'draft') throw sdkError('InternalFailure', 'We encountered an internal error.', 500);
        if (calls === 2) duplicate = sendDraft(deps, job);
        return sends.sendRaw(raw, envelope);
      },
    });
    // Act
    const first = await sendDraft(deps, job);
    const second = await duplicate;
    // Assess
    expect([first, second]).toEqual(outcomes);
    expect(await sends.to(RECRUITER)).toHaveLength(toRecruiter);
    const toOwnerAlone = (await sends.parsed()).filter((m) => !m.envelope.to.includes(RECRUITER));
    expect(toOwnerAlone.map((m) => m.mail.subject)).toEqual([`invite-advisor: ${title}${title === 'sent to' ? ` ${RECRUITER}` : ''}`]);
  });

  it('retries the writes after the draft went out when they fail a few times: recorded as sent, confirmed, sent once', async () => {
    // Prepare
    const { deps, job } = await acceptedJob();
    failStoreOnceSent(deps, 3);
    // Act
    const outcome = await sendDraft(deps, job);
    // Assess
    expect(outcome).toBe('sent');
    expect(await deps.store.getSend(job.inviteId)).toMatchObject({ status: 'sent', ownerTold: true });
    expect((await deps.store.getInvitation(job.inviteId))?.choice).toMatchObject({ verdict: 'attend' });
    expect(await deps.mailer.to(RECRUITER)).toHaveLength(1);
    expect(deps.log.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('when the writes after the draft went out keep failing: logs both ids and the signal, confirms, ends successfully; a retry never sends again', async () => {
    // Prepare
    const { deps, job } = await acceptedJob();
    failStoreOnceSent(deps, 1000);
    // Act
    const outcome = await sendDraft(deps, job);
    deps.store.clearFaults();
    deps.clock.advance(2 * 60 * SECOND);
    const duplicate = await sendDraft(deps, job);
    // Assess
    expect(outcome).toBe('sent');
    const sesMessageId = deps.mailer.sent[0]!.messageId;
    const errors = deps.log.lines.filter((l) => l.level === 'error');
    expect(errors.map((l) => l.extra?.write)).toEqual(['updateSend sent', 'recordChoice', 'rememberSentMessage', 'updateSend ownerTold']);
    for (const line of errors) expect(line.extra).toMatchObject({ signal: SIGNALS.bookkeepingFailed, messageId: job.attempt, inviteId: job.inviteId });
    expect(errors[0]?.extra?.sesMessageId).toBe(sesMessageId);
    expect(JSON.stringify(deps.log.lines)).not.toContain('@');
    // The state could not be recorded: a duplicate of the job finds "sending" and never sends again.
    expect(duplicate).toBe('uncertain');
    expect(await deps.mailer.to(RECRUITER)).toHaveLength(1);
  });

  it('after an uncertain send, "resend" hands over a new job that sends', async () => {
    // Prepare
    const { inbound, deps, rec, job } = await acceptedJob();
    deps.mailer.failNext(1, sdkError('InternalFailure', 'We encountered an internal error.', 500));
    await sendDraft(deps, job);
    // Act
    await replyToRecommendation(inbound, rec, 'resend');
    const resendJob = inbound.draftSender.jobs[1]!;
    const outcome = await sendDraft(deps, resendJob);
    // Assess
    expect(resendJob).toMatchObject({ verdict: 'attend', to: RECRUITER, body: job.body });
    expect(resendJob.attempt).not.toBe(job.attempt);
    expect(outcome).toBe('sent');
    expect((await deps.mailer.to(RECRUITER)).map((m) => m.mail.subject)).toEqual([job.subject]);
  });

  it('a 4xx MessageRejected marks the send failed and tells the owner it was refused, with a link', async () => {
    // Prepare
    const { inbound, deps, rec, job } = await acceptedJob();
    const rejected = new MailRefusedError('MessageRejected', 'Email address is not verified. The following identities failed the check in region EU-WEST-1: sofia.brandt@oakmoorbank.example\nmore detail', { throttled: false, permanent: true });
    deps.mailer.failNext(1, rejected);
    // Act
    const outcome = await sendDraft(deps, job);
    // Assess
    expect(outcome).toBe('rejected');
    expect(await deps.store.getSend(job.inviteId)).toMatchObject({ status: 'failed', attempt: job.attempt });
    expect((await deps.store.getInvitation(job.inviteId))?.choice).toBeNull();
    const [notice, ...more] = await deps.mailer.parsed();
    expect(more).toEqual([]);
    expect(notice?.envelope.to).toEqual([OWNER]);
    expect(notice?.mail.subject).toBe('invite-advisor: not sent: Amazon SES refused it');
    expect(notice?.mail.text).toContain('(Email address is not verified. The following identities failed the check in region EU-WEST-1: sofia.brandt@oakmoorbank.example)');
    expect(notice?.mail.text).toContain(`mailto:${RECRUITER}?subject=`);
    // Nothing went out, so the owner may try again.
    await replyToRecommendation(inbound, rec, 'accept');
    expect(inbound.draftSender.jobs).toHaveLength(2);
  });
});

/** Once SES has accepted the draft, the store's writes of the result (not the owner-mail counter) fail `count` times each. */
function failStoreOnceSent(deps: FakeSendDeps, count: number): void {
  const real = deps.mailer.sendRaw.bind(deps.mailer);
  let armed = true;
  deps.mailer.sendRaw = async (raw, envelope) => {
    const id = await real(raw, envelope);
    if (armed) {
      armed = false;
      const outage = sdkError('InternalServerError', 'DynamoDB is unavailable', 500);
      for (const method of ['updateSend', 'recordChoice', 'rememberSentMessage'] as const) deps.store.failNext(method, count, outage);
    }
    return id;
  };
}
