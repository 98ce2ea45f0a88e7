/**
 * The sending function: the owner's chosen draft to the recruiter, at most once, and the owner told what
 * happened. The job comes from a real "accept" command (run through receiveMail on in-memory ports);
 * the sending side shares its store and clock.
 */
import { describe, expect, it } from 'vitest';
import { sendDraft } from '../../../functions/app/send-draft.js';
import { configWith, fakeInboundDeps, fakeSendDeps, forwardInvitation, OWNER, replyToRecommendation, sdkError, SENDING } from '../../fakes/ports.js';

const RECRUITER = 'sofia.brandt@oakmoorbank.example';
const SECOND = 1000;

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
    expect(await deps.store.getSend(job.inviteId)).toEqual({ status: 'sent', verdict: 'attend', attempt: job.attempt, at: deps.clock.now().toISOString(), to: RECRUITER, sesMessageId });
    expect((await deps.store.getInvitation(job.inviteId))?.choice).toEqual({ verdict: 'attend', at: deps.clock.now().toISOString() });
    expect(await deps.store.invitationForSentMessage(sesMessageId)).toBe(job.inviteId);
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
  ])('after %s leaves "sending", a later retry marks it uncertain and tells the owner once', async (_name, error) => {
    // Prepare
    const { deps, job, command } = await acceptedJob();
    deps.mailer.failNext(1, error);
    // Act
    const first = sendDraft(deps, job);
    await expect(first).rejects.toBe(error);
    const left = await deps.store.getSend(job.inviteId);
    deps.clock.advance(30 * SECOND);
    const tooSoon = await sendDraft(deps, job);
    deps.clock.advance(31 * SECOND);
    const retry = await sendDraft(deps, job);
    const retryAgain = await sendDraft(deps, job);
    // Assess
    expect(left).toMatchObject({ status: 'sending', attempt: job.attempt });
    expect([tooSoon, retry, retryAgain]).toEqual(['in-progress', 'uncertain', 'uncertain']);
    expect(await deps.store.getSend(job.inviteId)).toMatchObject({ status: 'uncertain', attempt: job.attempt });
    const mails = await deps.mailer.parsed();
    expect(mails.map((m) => m.envelope.to)).toEqual([[OWNER]]);
    expect(mails[0]?.mail.subject).toBe('invite-advisor: your answer may not have gone out');
    expect(mails[0]?.mail.text).toContain(`The accept draft to ${RECRUITER} may not have gone out`);
    expect(mails[0]?.mail.inReplyTo).toBe(command.messageId);
  });

  it('after an uncertain send, "resend" hands over a new job that sends', async () => {
    // Prepare
    const { inbound, deps, rec, job } = await acceptedJob();
    deps.mailer.failNext(1, sdkError('InternalFailure', 'We encountered an internal error.', 500));
    await expect(sendDraft(deps, job)).rejects.toThrow('internal error');
    deps.clock.advance(61 * SECOND);
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
    const rejected = sdkError('MessageRejected', 'Email address is not verified. The following identities failed the check in region EU-WEST-1: sofia.brandt@oakmoorbank.example\nmore detail', 400);
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
