/**
 * An invitation belongs to its sender and its recommendation (in-memory ports, real core): another
 * sender's message never takes over an invitation, its drafts, its recipient or its tokens; a command
 * sends exactly the drafts of the recommendation it answers; a reschedule supersedes the earlier
 * invitation without taking its drafts or recipient; `forget` voids every token of the invitation.
 * Each case is a regression of a measured failure ("accept" could mail the wrong person).
 */
import { describe, expect, it } from 'vitest';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { choiceAddresses, verifyReplyToken } from '../../../functions/core/reply/reply.js';
import {
  configWith,
  deliver,
  fakeInboundDeps,
  forwardedAsAttachment,
  forwardInvitation,
  INBOX,
  ownerMessage,
  replyToRecommendation,
  sesId,
  TOKEN_SECRET,
  type FakeInboundDeps,
  type OriginalInvite,
} from '../../fakes/ports.js';

const SOFIA = 'sofia.brandt@oakmoorbank.example';
const COORDINATOR = 'interview-scheduling@oakmoorbank.example';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const sendingOn = () => fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });

const treasury = (overrides: Partial<OriginalInvite> = {}): OriginalInvite => ({
  from: `Sofia Brandt <${SOFIA}>`,
  messageId: '<treasury-2026-03-16@oakmoorbank.example>',
  subject: 'Interview invitation: Treasury Analyst',
  body: 'Hi Alex,\n\nWe would like to invite you to an interview for the Treasury Analyst position at Oakmoor Bank on Tuesday, March 24, 2026 at 3:00 PM ET, on Teams: https://teams.example/l/meetup/123\n\nBest,\nSofia',
  date: '2026-03-16T09:00:00-04:00',
  ...overrides,
});

const rescheduled = (from: string, overrides: Partial<OriginalInvite> = {}): OriginalInvite => ({
  from,
  messageId: `<reschedule-${sesId('id')}@oakmoorbank.example>`,
  subject: 'Rescheduled: Interview invitation: Treasury Analyst',
  body: 'Hi Alex,\n\nWe need to reschedule your interview for the Treasury Analyst position at Oakmoor Bank. The new time is Thursday, March 26, 2026 at 10:00 AM ET.\n\nBest regards,\nOakmoor Bank Talent',
  date: '2026-03-17T09:00:00-04:00',
  ...overrides,
});

async function forward(deps: FakeInboundDeps, invite: OriginalInvite, note = '') {
  return forwardInvitation(deps, { raw: await forwardedAsAttachment(invite, note) });
}

const subjects = (answers: { mail: { subject?: string } }[]) => answers.map((a) => a.mail.subject);

describe('another sender never takes over an invitation', () => {
  it('a second forward reusing an earlier invitation’s Message-ID from another sender is an invitation of its own: the first keeps its drafts, recipient and token', async () => {
    // Prepare
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    const before = await deps.store.getInvitation(first.inviteId);
    // Act: a stranger's mail with the same Message-ID, asking for answers elsewhere.
    const copycat = await forward(deps, treasury({ from: 'Recruiting <jobs@evil.example>', replyTo: 'collect@evil.example' }));
    await replyToRecommendation(deps, first, 'accept');
    // Assess
    expect(copycat.inviteId).not.toBe(first.inviteId);
    expect(await deps.store.getInvitation(first.inviteId)).toMatchObject({ original: before!.original, facts: before!.facts, drafts: before!.drafts, version: 1, sourceMessageIds: [first.forwardId] });
    expect((await deps.store.getInvitation(copycat.inviteId))?.drafts.accept.to).toBe('collect@evil.example');
    expect(deps.draftSender.jobs).toEqual([expect.objectContaining({ inviteId: first.inviteId, to: SOFIA, body: before!.drafts.accept.body })]);
  });

  it('the same sender forwarding the same invitation again updates it, as the next version', async () => {
    // Prepare
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    deps.clock.advance(HOUR);
    // Act
    const second = await forward(deps, treasury(), 'boring role');
    // Assess
    expect(second.inviteId).toBe(first.inviteId);
    expect(verifyReplyToken(TOKEN_SECRET, first.token, deps.clock.now()).version).toBe(1);
    expect(verifyReplyToken(TOKEN_SECRET, second.token, deps.clock.now()).version).toBe(2);
    expect(await deps.store.getInvitation(first.inviteId)).toMatchObject({ version: 2, firstVersion: 1, ownerNote: 'boring role', recommendedAt: deps.clock.now().toISOString() });
  });
});

describe('a command sends exactly the drafts of the recommendation it answers', () => {
  it('"accept" to an older recommendation sends nothing and points the owner to the newer one', async () => {
    // Prepare
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    deps.clock.advance(HOUR);
    const second = await forward(deps, treasury(), 'please ask for another time');
    // Act
    const stale = await replyToRecommendation(deps, first, 'accept');
    const current = await replyToRecommendation(deps, second, 'accept');
    // Assess
    expect(stale.result).toMatchObject({ outcome: 'answered-notice', inviteId: first.inviteId });
    expect(subjects(stale.answers)).toEqual(['invite-advisor: not sent: there is a newer recommendation']);
    expect(stale.answers[0]?.mail.text).toContain('You forwarded the invitation again since the recommendation you answered');
    expect(stale.answers[0]?.mail.text).toContain('Reply to the newest recommendation, about "Interview invitation: Treasury Analyst" (made Tue, Mar 17, 12:00 PM EDT)');
    expect(current.result).toEqual({ outcome: 'command', inviteId: second.inviteId });
    const stored = await deps.store.getInvitation(second.inviteId);
    expect(deps.draftSender.jobs).toEqual([expect.objectContaining({ attempt: current.sesMessageId, to: SOFIA, body: stored!.drafts.accept.body })]);
  });

  it('"history" still answers from an older recommendation (it sends nothing)', async () => {
    // Prepare
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    await forward(deps, treasury(), 'again');
    // Act
    const { answers } = await replyToRecommendation(deps, first, 'history');
    // Assess
    expect(subjects(answers)).toEqual(['invite-advisor: your recent invitations']);
    expect(answers[0]?.mail.text).toContain('Treasury Analyst at Oakmoor Bank — recommended: attend');
  });
});

describe('a reschedule supersedes the earlier invitation, without taking its drafts or recipient', () => {
  it('a reschedule from another sender at the same company is an invitation of its own that supersedes the earlier one in history', async () => {
    // Prepare
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    const before = await deps.store.getInvitation(first.inviteId);
    deps.clock.advance(DAY);
    // Act
    const moved = await forward(deps, rescheduled(`Oakmoor Scheduling <${COORDINATOR}>`));
    // Assess
    expect(moved.inviteId).not.toBe(first.inviteId);
    const earlier = await deps.store.getInvitation(first.inviteId);
    const later = await deps.store.getInvitation(moved.inviteId);
    expect(earlier).toMatchObject({ supersededBy: moved.inviteId, drafts: before!.drafts, facts: { slots: [{ start: '2026-03-24T15:00:00-04:00' }] } });
    expect(later).toMatchObject({ supersedes: first.inviteId, version: 1, drafts: { accept: { to: COORDINATOR } }, facts: { slots: [{ start: '2026-03-26T10:00:00-04:00' }] } });
    // Counted once: the earlier invitation is no invitation "before" it.
    expect(moved.mail.text).not.toMatch(/invited you (once|\d+ times) before/);
  });

  it('"accept" to the earlier recommendation sends nothing and points to the reschedule; "accept" to the reschedule sends its own draft to its own sender', async () => {
    // Prepare
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    deps.clock.advance(DAY);
    const moved = await forward(deps, rescheduled(`Oakmoor Scheduling <${COORDINATOR}>`));
    // Act
    const stale = await replyToRecommendation(deps, first, 'accept');
    const current = await replyToRecommendation(deps, moved, 'accept');
    // Assess
    expect(subjects(stale.answers)).toEqual(['invite-advisor: not sent: there is a newer recommendation']);
    expect(stale.answers[0]?.mail.text).toContain('The invitation was rescheduled since the recommendation you answered');
    expect(stale.answers[0]?.mail.text).toContain('about "Rescheduled: Interview invitation: Treasury Analyst"');
    const later = await deps.store.getInvitation(moved.inviteId);
    expect(deps.draftSender.jobs).toEqual([expect.objectContaining({ inviteId: moved.inviteId, attempt: current.sesMessageId, to: COORDINATOR, body: later!.drafts.accept.body })]);
    expect(await deps.store.getSend(first.inviteId)).toBeNull();
  });

  it('after a reschedule, "accept" confirms the new time (not "already sent")', async () => {
    // Prepare: the owner accepted the first time, and it went out.
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    const accepted = await replyToRecommendation(deps, first, 'accept');
    await deps.store.updateSend(first.inviteId, accepted.sesMessageId, ['claimed'], { status: 'sending' });
    await deps.store.updateSend(first.inviteId, accepted.sesMessageId, ['sending'], { status: 'sent', sesMessageId: 'ses-out-1' });
    deps.clock.advance(DAY);
    const moved = await forward(deps, rescheduled(`Sofia Brandt <${SOFIA}>`));
    // Act
    const confirm = await replyToRecommendation(deps, moved, 'accept');
    // Assess
    expect(confirm.result).toEqual({ outcome: 'command', inviteId: moved.inviteId });
    expect(confirm.answers).toEqual([]);
    expect(deps.draftSender.jobs).toHaveLength(2);
    expect(deps.draftSender.jobs[1]).toMatchObject({ inviteId: moved.inviteId, to: SOFIA });
    expect(deps.draftSender.jobs[1]?.body).toContain('March 26');
    expect(await deps.store.getSend(first.inviteId)).toMatchObject({ status: 'sent' });
  });

  it('"history" lists the rescheduled invitation once, as its reschedule', async () => {
    // Prepare
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    deps.clock.advance(DAY);
    await forward(deps, rescheduled(`Oakmoor Scheduling <${COORDINATOR}>`));
    // Act
    const { answers } = await replyToRecommendation(deps, first, 'history');
    // Assess
    const lines = (answers[0]?.mail.text ?? '').split('\n').filter((line) => line.startsWith('- '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('2026-03-18');
  });
});

describe('forget voids every token of the invitation', () => {
  it('after forget and a re-forward, a replayed old "accept" sends nothing; the new recommendation’s token works', async () => {
    // Prepare
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    await replyToRecommendation(deps, first, 'forget');
    deps.clock.advance(HOUR);
    const again = await forward(deps, treasury());
    // Act
    const replayed = await replyToRecommendation(deps, first, 'accept');
    const forgetAgain = await replyToRecommendation(deps, first, 'forget');
    const current = await replyToRecommendation(deps, again, 'accept');
    // Assess
    expect(again.inviteId).toBe(first.inviteId);
    expect(verifyReplyToken(TOKEN_SECRET, again.token, deps.clock.now()).version).toBe(2);
    expect(subjects(replayed.answers)).toEqual(['invite-advisor: not done: that recommendation was forgotten']);
    expect(replayed.answers[0]?.mail.text).toContain('You asked invite-advisor to forget this invitation after the recommendation you answered');
    expect(subjects(forgetAgain.answers)).toEqual(['invite-advisor: not done: that recommendation was forgotten']);
    expect(await deps.store.getInvitation(first.inviteId)).toMatchObject({ version: 2, firstVersion: 2 });
    expect(deps.draftSender.jobs).toEqual([expect.objectContaining({ attempt: current.sesMessageId, to: SOFIA })]);
  });

  it('after forget, with nothing forwarded since, the old token finds nothing', async () => {
    // Prepare
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    await replyToRecommendation(deps, first, 'forget');
    // Act
    const { answers } = await replyToRecommendation(deps, first, 'accept');
    // Assess
    expect(subjects(answers)).toEqual(['invite-advisor: that invitation is gone']);
    expect(deps.draftSender.jobs).toEqual([]);
  });

  it('a draft’s Bcc copy from before a forget records nothing on the invitation forwarded again', async () => {
    // Prepare
    const deps = sendingOn();
    const first = await forward(deps, treasury());
    const oldCopy = choiceAddresses(INBOX, TOKEN_SECRET, { inviteId: first.inviteId, version: 1 }, new Date(deps.clock.now().getTime() + 30 * DAY))({ verdict: 'decline' });
    await replyToRecommendation(deps, first, 'forget');
    await forward(deps, treasury());
    const id = sesId('choice');
    const raw = await ownerMessage({ to: SOFIA, subject: 'Re: Interview invitation: Treasury Analyst', text: 'No, thank you.', messageId: `<${id}@mail.example.com>` });
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, id, raw, { recipients: [oldCopy] }));
    // Assess
    expect(result).toEqual({ outcome: 'dropped' });
    expect((await deps.store.getInvitation(first.inviteId))?.choice).toBeNull();
  });
});
