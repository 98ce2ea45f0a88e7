/**
 * The owner's reply to a recommendation, read as a command: what is handed to the sending function,
 * what is answered here, and every way nothing may be sent (in-memory ports, real core).
 */
import { describe, expect, it } from 'vitest';
import { makeReplyToken } from '../../../functions/core/reply/reply.js';
import { configWith, fakeInboundDeps, forwardInvitation, OWNER, replyToRecommendation, TOKEN_SECRET } from '../../fakes/ports.js';

const RECRUITER = 'sofia.brandt@oakmoorbank.example';
const sendingOn = () => fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });

describe('runCommand: accept and decline', () => {
  it('"accept" claims the send and hands exactly one job to the sending function, mailing nobody itself', async () => {
    // Prepare
    const deps = sendingOn();
    const rec = await forwardInvitation(deps);
    const stored = await deps.store.getInvitation(rec.inviteId);
    // Act
    const { result, sesMessageId, messageId, answers } = await replyToRecommendation(deps, rec, 'accept');
    // Assess
    expect(result).toEqual({ outcome: 'command', inviteId: rec.inviteId });
    expect(deps.draftSender.jobs).toEqual([
      { inviteId: rec.inviteId, attempt: sesMessageId, verdict: 'attend', to: RECRUITER, subject: stored!.drafts.accept.subject, body: stored!.drafts.accept.body, commandMessageId: messageId },
    ]);
    expect(await deps.store.getSend(rec.inviteId)).toEqual({ status: 'claimed', verdict: 'attend', attempt: sesMessageId, at: deps.clock.now().toISOString(), to: RECRUITER });
    expect(answers).toEqual([]);
  });

  it('a redelivered "accept" is a duplicate: still one job', async () => {
    // Prepare
    const deps = sendingOn();
    const rec = await forwardInvitation(deps);
    const first = await replyToRecommendation(deps, rec, 'accept');
    // Act
    const again = await replyToRecommendation(deps, rec, 'accept', { sesMessageId: first.sesMessageId });
    // Assess
    expect(again.result).toEqual({ outcome: 'duplicate', previous: 'command' });
    expect(deps.draftSender.jobs).toHaveLength(1);
  });

  it('"decline" hands over the decline draft; the owner’s own lines below the command replace its text', async () => {
    // Prepare
    const deps = sendingOn();
    const rec = await forwardInvitation(deps);
    const stored = await deps.store.getInvitation(rec.inviteId);
    // Act
    const { result } = await replyToRecommendation(deps, rec, 'decline\nDear Sofia,\nThank you, but I will pass this time.\nAlex');
    // Assess
    expect(result).toEqual({ outcome: 'command', inviteId: rec.inviteId });
    expect(deps.draftSender.jobs).toHaveLength(1);
    expect(deps.draftSender.jobs[0]).toMatchObject({ verdict: 'decline', to: RECRUITER, subject: stored!.drafts.decline.subject, body: 'Dear Sofia,\nThank you, but I will pass this time.\nAlex' });
    expect(await deps.store.getSend(rec.inviteId)).toMatchObject({ status: 'claimed', verdict: 'decline' });
  });

  it('refuses to send when the owner’s wording repeats a reason line of the recommendation', async () => {
    // Prepare
    const deps = sendingOn();
    const rec = await forwardInvitation(deps);
    const reason = (await deps.store.getInvitation(rec.inviteId))!.decision.reasons[0]!.text;
    // Act
    const { result, answers } = await replyToRecommendation(deps, rec, `accept\nHi Sofia,\n${reason}\nAlex`);
    // Assess
    expect(result).toMatchObject({ outcome: 'answered-notice', inviteId: rec.inviteId });
    expect(answers.map((a) => a.mail.subject)).toEqual(['invite-advisor: not sent: your text quotes the recommendation']);
    expect(answers[0]?.mail.text).toContain('Reply again with only what the recruiter should read (or just "accept" to send the draft)');
    expect(deps.draftSender.jobs).toEqual([]);
    expect(await deps.store.getSend(rec.inviteId)).toBeNull();
  });
});

describe('runCommand: when nothing may be sent', () => {
  it('with sending on behalf off (the default): tells the owner, with a link to send it themselves', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const rec = await forwardInvitation(deps);
    // Act
    const { result, answers } = await replyToRecommendation(deps, rec, 'accept');
    // Assess
    expect(result).toMatchObject({ outcome: 'answered-notice', inviteId: rec.inviteId });
    expect(answers.map((a) => a.mail.subject)).toEqual(['invite-advisor: not sent: sending for you is off']);
    expect(answers[0]?.envelope.to).toEqual([OWNER]);
    expect(answers[0]?.mail.text).toContain(`mailto:${RECRUITER}?subject=`);
    expect(deps.draftSender.jobs).toEqual([]);
    expect(await deps.store.getSend(rec.inviteId)).toBeNull();
  });

  it('in the SES sandbox: tells the owner, with a link to send it themselves', async () => {
    // Prepare
    const deps = sendingOn();
    deps.account.production = false;
    const rec = await forwardInvitation(deps);
    // Act
    const { result, answers } = await replyToRecommendation(deps, rec, 'decline');
    // Assess
    expect(result).toMatchObject({ outcome: 'answered-notice', inviteId: rec.inviteId });
    expect(answers.map((a) => a.mail.subject)).toEqual(['invite-advisor: not sent: your SES account is in the sandbox']);
    expect(answers[0]?.mail.text).toContain(`Nothing was sent to ${RECRUITER}`);
    expect(answers[0]?.mail.text).toContain(`mailto:${RECRUITER}?subject=`);
    expect(deps.draftSender.jobs).toEqual([]);
    expect(await deps.store.getSend(rec.inviteId)).toBeNull();
  });

  it.each(['sofia.brandt@oakmoorbank.example?cc=victim@evil.example', 'victim%evil.example@oakmoorbank.example', 'sofia@[192.0.2.1]'])(
    'a stored draft addressed to %s (no plain mailbox on a host name): tells the owner, claims and sends nothing',
    async (to) => {
      // Prepare: an invitation stored before its recipient was checked (as its next version, whose token the owner answers).
      const deps = sendingOn();
      const rec = await forwardInvitation(deps);
      const stored = (await deps.store.getInvitation(rec.inviteId))!;
      const version = stored.version! + 1;
      await deps.store.saveInvitation({ ...stored, version, drafts: { ...stored.drafts, accept: { ...stored.drafts.accept, to } } }, deps.clock.now());
      const token = makeReplyToken(TOKEN_SECRET, { inviteId: rec.inviteId, version }, new Date(deps.clock.now().getTime() + 86_400_000));
      // Act
      const { answers } = await replyToRecommendation(deps, rec, 'accept', { token });
      // Assess
      expect(answers.map((a) => a.mail.subject)).toEqual(['invite-advisor: not sent: no address to send to']);
      expect(deps.draftSender.jobs).toEqual([]);
      expect(await deps.store.getSend(rec.inviteId)).toBeNull();
    },
  );

  it('a token that does not verify: tells the (authentic) owner, sends nothing', async () => {
    // Prepare
    const deps = sendingOn();
    const rec = await forwardInvitation(deps);
    const tampered = `${rec.token.slice(0, -2)}${rec.token.endsWith('aa') ? 'bb' : 'aa'}`;
    // Act
    const { result, answers } = await replyToRecommendation(deps, rec, 'accept', { token: tampered });
    // Assess
    expect(result).toEqual({ outcome: 'answered-notice', sentMessageId: answers[0]?.messageId });
    expect(answers.map((a) => a.mail.subject)).toEqual(['invite-advisor: that reply address is not valid']);
    // A signature that does not verify: most often a recommendation signed with an earlier secret.
    expect(answers[0]?.mail.text).toContain('most likely the recommendation was signed with an earlier reply secret');
    expect(answers[0]?.mail.text).toContain('or the address has been changed');
    expect(deps.draftSender.jobs).toEqual([]);
  });

  it('an unknown command: a short help reply', async () => {
    // Prepare
    const deps = sendingOn();
    const rec = await forwardInvitation(deps);
    // Act
    const { result, answers } = await replyToRecommendation(deps, rec, 'please send the first one');
    // Assess
    expect(result).toMatchObject({ outcome: 'answered-notice' });
    expect(answers.map((a) => a.mail.subject)).toEqual(['invite-advisor: reply not understood']);
    expect(answers[0]?.mail.text).toContain('did not understand "please send the first one"');
    expect(answers[0]?.mail.text).toContain('accept 2');
    expect(deps.draftSender.jobs).toEqual([]);
  });
});

describe('runCommand: history and forget', () => {
  it('"history" lists the recent invitations with the recommendation and the choice', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const rec = await forwardInvitation(deps);
    await deps.store.recordChoice(rec.inviteId, { verdict: 'decline', at: deps.clock.now().toISOString() });
    // Act
    const { result, answers } = await replyToRecommendation(deps, rec, 'history');
    // Assess
    expect(result).toMatchObject({ outcome: 'answered-notice', inviteId: rec.inviteId });
    expect(answers.map((a) => a.mail.subject)).toEqual(['invite-advisor: your recent invitations']);
    expect(answers[0]?.mail.text).toContain('- 2026-03-17: Junior Financial Analyst at Oakmoor Bank — recommended: attend; your choice: decline');
  });

  it('"forget" deletes the raw mail of its forwards and the invitation, and confirms', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const rec = await forwardInvitation(deps);
    const again = await forwardInvitation(deps);
    // Act
    const { result, answers } = await replyToRecommendation(deps, again, 'forget');
    // Assess
    expect(result).toMatchObject({ outcome: 'answered-notice' });
    expect(answers.map((a) => a.mail.subject)).toEqual(['invite-advisor: forgotten']);
    expect(answers[0]?.mail.text).toContain('Deleted: the invitation "Video interview - Junior Financial Analyst"');
    expect(answers[0]?.mail.text).toContain('the stored messages about it (3: your forwards and your replies)');
    expect(deps.rawMail.has(rec.forwardId)).toBe(false);
    expect(deps.rawMail.has(again.forwardId)).toBe(false);
    expect(await deps.store.getInvitation(rec.inviteId)).toBeNull();
    expect(await deps.store.invitationsReceivedSince(new Date(0))).toEqual([]);
    const after = await replyToRecommendation(deps, rec, 'accept');
    expect(after.answers.map((a) => a.mail.subject)).toEqual(['invite-advisor: that invitation is gone']);
  });

  // Regression: "forget" deleted the raw mail of the forwards only; the owner's replies (each quoting the
  // whole recommendation) stayed until the bucket's retention ended, and so did the sent-message pointers.
  it("forget also deletes the owner's stored replies about the invitation (they quote the recommendation) and the pointers of the mail sent about it", async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const rec = await forwardInvitation(deps);
    const history = await replyToRecommendation(deps, rec, 'history');
    const sentIds = (await deps.store.getInvitation(rec.inviteId))!.sentMessageIds!;
    // Act
    const forget = await replyToRecommendation(deps, rec, 'forget');
    // Assess
    expect(sentIds).toHaveLength(2); // the recommendation's SES id and its own Message-ID
    expect(deps.rawMail.has(history.sesMessageId)).toBe(false);
    expect(deps.rawMail.has(forget.sesMessageId)).toBe(false);
    for (const id of sentIds) expect(await deps.store.invitationForSentMessage(id)).toBeNull();
  });
});
