/**
 * "How did it go?" (issue #17, item 3) on in-memory ports: an accept of a fixed time schedules one
 * question after the interview; it goes to the owner once, threaded under the recommendation, with an
 * answer address of its own; the answer (only from the owner's authenticated mail, never read as a
 * command) is kept with the invitation and counts in the practice the next decision reads.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { followThrough } from '../../../functions/app/follow-through.js';
import type { FollowThroughDeps } from '../../../functions/app/ports.js';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { sendDraft } from '../../../functions/app/send-draft.js';
import { choiceAddresses } from '../../../functions/core/reply/reply.js';
import type { MemorySchedule } from '../../fakes/memory-follow-through.js';
import {
  configWith,
  deliver,
  fakeInboundDeps,
  fakeSendDeps,
  forwardedAsAttachment,
  forwardInvitation,
  INBOX,
  OWNER,
  ownerMessage,
  replyToRecommendation,
  sdkError,
  sesId,
  TOKEN_SECRET,
  type FakeInboundDeps,
} from '../../fakes/ports.js';

const DAY = 86_400_000;
const RECRUITER = 'sofia.brandt@oakmoorbank.example';

function followDeps(inbound: FakeInboundDeps): FollowThroughDeps {
  const { config, store, followThrough: follow, ownerMail, scheduler, mailer, clock, log } = inbound;
  return { config, store, followThrough: follow, ownerMail, scheduler, mailer, clock, log };
}

async function choiceCopy(deps: FakeInboundDeps, inviteId: string, choice: { verdict: 'attend' | 'decline'; slot?: number }) {
  const address = choiceAddresses(INBOX, TOKEN_SECRET, { inviteId, version: 1 }, new Date(deps.clock.now().getTime() + 60 * DAY));
  const id = sesId('choice');
  const raw = await ownerMessage({ to: RECRUITER, subject: 'Re: Video interview - Junior Financial Analyst', text: 'Dear Sofia,\n\nI am glad to confirm.\n\nAlex', messageId: `<${id}@mail.example.com>` });
  return receiveMail(deps, deliver(deps.rawMail, id, raw, { recipients: [address(choice)] }));
}

/** The fixture's one slot: Mon 23 Mar 2026 11:00 EDT (15:00 UTC); the owner is in New York. */
async function accepted(overrides: Parameters<typeof fakeInboundDeps>[0] = {}) {
  const deps = fakeInboundDeps(overrides);
  const recommendation = await forwardInvitation(deps);
  deps.clock.advance(DAY);
  await choiceCopy(deps, recommendation.inviteId, { verdict: 'attend' });
  const question = deps.scheduler.schedules.get(`${recommendation.inviteId}-how-did-it-go`);
  return { deps, recommendation, question };
}

async function fire(deps: FakeInboundDeps, schedule: MemorySchedule) {
  deps.clock.set(schedule.at);
  const before = deps.mailer.sent.length;
  const result = await followThrough(followDeps(deps), schedule.followUp);
  const sent = await Promise.all(deps.mailer.sent.slice(before).map((m) => simpleParser(m.raw)));
  return { result, sent };
}

/** The owner answers the question: a reply to its Reply-To, quoting it as Gmail does. */
async function answer(deps: FakeInboundDeps, to: string, text: string, options: { verdicts?: { dmarc?: 'PASS' | 'FAIL'; dkim?: 'PASS' | 'FAIL' } } = {}) {
  const id = sesId('answer');
  const raw = await ownerMessage({ to, subject: 'Re: how did it go?', text: `${text}\n\nOn Mon, Mar 23, 2026 at 1:00 PM invite-advisor <advisor@in.example.com> wrote:\n> How did your interview go?\n`, messageId: `<${id}@mail.example.com>` });
  const before = deps.mailer.sent.length;
  const result = await receiveMail(deps, deliver(deps.rawMail, id, raw, { recipients: [to], ...(options.verdicts ? { verdicts: options.verdicts } : {}) }));
  const sent = await Promise.all(deps.mailer.sent.slice(before).map(async (m) => ({ ...m, mail: await simpleParser(m.raw) })));
  return { result, sent };
}

describe('scheduling "how did it go?"', () => {
  it('schedules one question an hour after the interview, with an answer address of its own', async () => {
    const { recommendation, question } = await accepted();
    // Mon 23 Mar 11:00 EDT, 45 minutes as the invitation says: ends 11:45 EDT; an hour later, 12:45 EDT.
    expect(question?.at).toEqual(new Date('2026-03-23T16:45:00Z'));
    expect(question?.followUp).toMatchObject({ kind: 'how-did-it-go', inviteId: recommendation.inviteId, startsAt: '2026-03-23T11:00:00-04:00', choiceBcc: null });
    expect(question?.followUp.replyTo).toMatch(/^interviews\+[a-z2-7]+-outcome@in\.example\.com$/);
  });

  it('honours the delay, and schedules nothing when switched off or when no time is fixed', async () => {
    const later = await accepted({ config: configWith({ followThrough: { howDidItGoAfterMinutes: 180 } }) });
    expect(later.question?.at).toEqual(new Date('2026-03-23T18:45:00Z'));
    const off = await accepted({ config: configWith({ followThrough: { howDidItGo: false } }) });
    expect(off.question).toBeUndefined();
    // The reminders on the day still come.
    expect(off.deps.scheduler.schedules.has(`${off.recommendation.inviteId}-evening-before`)).toBe(true);
    const deps = fakeInboundDeps();
    const { inviteId } = await forwardInvitation(deps);
    await choiceCopy(deps, inviteId, { verdict: 'attend', slot: 2 });
    expect(deps.scheduler.schedules.has(`${inviteId}-how-did-it-go`)).toBe(false);
  });

  it('is deleted by a decline and by forget, and kept by "done"', async () => {
    const declined = await accepted();
    await choiceCopy(declined.deps, declined.recommendation.inviteId, { verdict: 'decline' });
    expect(declined.deps.scheduler.schedules.has(`${declined.recommendation.inviteId}-how-did-it-go`)).toBe(false);
    const forgotten = await accepted();
    await replyToRecommendation(forgotten.deps, forgotten.recommendation, 'forget');
    expect(forgotten.deps.scheduler.schedules.size).toBe(0);
    const done = await accepted();
    await replyToRecommendation(done.deps, done.recommendation, 'done');
    expect(done.deps.scheduler.schedules.has(`${done.recommendation.inviteId}-how-did-it-go`)).toBe(true);
  });
});

describe('when the question fires', () => {
  it('asks the owner once, under the recommendation, with whom they met and when', async () => {
    const { deps, recommendation, question } = await accepted();
    const { result, sent } = await fire(deps, question!);
    expect(result).toBe('sent');
    expect(sent).toHaveLength(1);
    expect(deps.mailer.sent.at(-1)!.envelope.to).toEqual([OWNER]);
    const [mail] = sent;
    expect(mail!.subject).toBe(`Re: ${recommendation.mail.subject}`);
    expect(mail!.text).toContain('How did your interview with Sofia Brandt, Oakmoor Bank go? It was on Mon, Mar 23, 11:00 AM EDT.');
    expect(mail!.replyTo?.value[0]?.address).toBe(question!.followUp.replyTo);
    expect(mail!.headers.get('auto-submitted')).toBe('auto-replied');
    expect((await fire(deps, question!)).result).toBe('already-claimed');
    expect(deps.mailer.sent.filter((m) => m.envelope.to.some((to) => to !== OWNER))).toHaveLength(0);
  });

  it('sends nothing after forget, a decline, a reschedule, another accepted time, or when switched off', async () => {
    const forgotten = await accepted();
    await replyToRecommendation(forgotten.deps, forgotten.recommendation, 'forget');
    expect((await fire(forgotten.deps, forgotten.question!)).result).toBe('forgotten');
    const declined = await accepted();
    await choiceCopy(declined.deps, declined.recommendation.inviteId, { verdict: 'decline' });
    expect((await fire(declined.deps, declined.question!)).result).toBe('not-accepted');
    const moved = await accepted();
    await moved.deps.store.markSuperseded(moved.recommendation.inviteId, 'zzzzzzzzzzzzzzzz');
    expect((await fire(moved.deps, moved.question!)).result).toBe('rescheduled');
    const other = await accepted();
    expect((await fire(other.deps, { ...other.question!, followUp: { ...other.question!.followUp, startsAt: '2026-03-24T11:00:00-04:00' } })).result).toBe('outdated');
    const off = await accepted();
    off.deps.config = configWith({ followThrough: { howDidItGo: false } });
    expect((await fire(off.deps, off.question!)).result).toBe('switched-off');
  });

  it('never asks again when SES gave no answer, and counts under the hourly cap', async () => {
    const lost = await accepted();
    lost.deps.mailer.acceptThenFail(1, sdkError('TimeoutError', 'socket hang up'));
    expect((await fire(lost.deps, lost.question!)).result).toBe('may-not-have-gone-out');
    expect((await fire(lost.deps, lost.question!)).result).toBe('already-claimed');
    const capped = await accepted({ config: configWith({ limits: { mailsToOwnerPerHour: 1, recommendationsPerHour: 100, replyTokenDays: 60 } }) });
    await capped.deps.store.reserveOwnerMail(capped.question!.at, 1);
    expect((await fire(capped.deps, capped.question!)).result).toBe('held-by-cap');
  });

  it('counts the one case of two, as every reminder: SES accepted the question, then the run died before the record', async () => {
    const { deps, question } = await accepted();
    const died = new Error('process died');
    const dying: FollowThroughDeps = { ...followDeps(deps), followThrough: Object.assign(Object.create(deps.followThrough) as typeof deps.followThrough, { completeReminder: () => Promise.reject(died) }) };
    deps.clock.set(question!.at);
    dying.clock = { now: () => deps.clock.now(), sleep: () => Promise.reject(died) };
    await expect(followThrough(dying, question!.followUp)).rejects.toThrow(died);
    // Before the lease runs out another run finds the claim; after it, Lambda's retry sends again (the counted case).
    expect((await fire(deps, question!)).result).toBe('already-claimed');
    deps.clock.set(new Date(question!.at.getTime() + 61_000));
    expect(await followThrough(followDeps(deps), question!.followUp)).toBe('sent');
    const questions = (await deps.mailer.parsed()).filter((m) => (m.mail.text ?? '').includes('How did your interview'));
    expect(questions).toHaveLength(2);
  });

  it('asks after an accept command once its draft went out, threaded to the recommendation', async () => {
    const deps = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
    const recommendation = await forwardInvitation(deps);
    await replyToRecommendation(deps, recommendation, 'accept');
    const question = deps.scheduler.schedules.get(`${recommendation.inviteId}-how-did-it-go`);
    expect(question?.followUp.thread.inReplyTo).toBe(recommendation.messageId);
    await sendDraft(fakeSendDeps({ config: deps.config, store: deps.store, clock: deps.clock }), deps.draftSender.jobs[0]!);
    const { result, sent } = await fire(deps, question!);
    expect(result).toBe('sent');
    expect(sent[0]!.inReplyTo).toBe(recommendation.messageId);
  });
});

describe("the owner's answer", () => {
  it('is kept with the invitation (its first line), and the owner gets a short "noted"; the answer is never logged', async () => {
    const { deps, recommendation, question } = await accepted();
    await fire(deps, question!);
    const { result, sent } = await answer(deps, question!.followUp.replyTo, 'Went well: they asked about SQL window functions.\nsecond line');
    expect(result).toMatchObject({ inviteId: recommendation.inviteId });
    const stored = await deps.store.getInvitation(recommendation.inviteId);
    expect(stored?.outcome).toMatchObject({ text: 'Went well: they asked about SQL window functions.', happened: true });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.envelope.to).toEqual([OWNER]);
    expect(sent[0]!.mail.subject).toContain('noted: how it went');
    expect(sent[0]!.mail.text).toContain('Went well: they asked about SQL window functions.');
    expect(JSON.stringify(deps.log.lines)).not.toContain('window functions');
    // The history reads carry it.
    const [summary] = await deps.store.invitationsReceivedSince(new Date(0));
    expect(summary?.outcome?.happened).toBe(true);
    // And the `history` command lists it.
    const { answers } = await replyToRecommendation(deps, recommendation, 'history');
    expect(answers[0]?.mail.text).toContain('how it went: Went well: they asked about SQL window functions.');
  });

  it('is never a command: "yes" or "accept" to the answer address sends nothing to the recruiter', async () => {
    const deps = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
    const recommendation = await forwardInvitation(deps);
    await choiceCopy(deps, recommendation.inviteId, { verdict: 'attend' });
    const question = deps.scheduler.schedules.get(`${recommendation.inviteId}-how-did-it-go`)!;
    await answer(deps, question.followUp.replyTo, 'accept');
    expect(deps.draftSender.jobs).toHaveLength(0);
    expect((await deps.store.getInvitation(recommendation.inviteId))?.outcome?.text).toBe('accept');
    // And a line to the recommendation's address is a command as before, never an answer.
    const { answers } = await replyToRecommendation(deps, recommendation, 'went fine');
    expect(answers[0]?.mail.subject).toContain('invite-advisor:');
    expect((await deps.store.getInvitation(recommendation.inviteId))?.outcome?.text).toBe('accept');
  });

  it('is read only from authenticated owner mail, and only with a token signed for answers', async () => {
    const { deps, recommendation, question } = await accepted();
    const forged = await answer(deps, question!.followUp.replyTo, 'cancelled', { verdicts: { dmarc: 'FAIL' } });
    expect(forged.result).toMatchObject({ outcome: 'dropped' });
    expect(forged.sent).toHaveLength(0);
    // The recommendation's own token with the answer suffix: not signed for answers.
    const wrong = await answer(deps, `interviews+${recommendation.token}-outcome@in.example.com`, 'cancelled');
    expect(wrong.sent[0]?.mail.subject).toContain('that reply address is not valid');
    expect((await deps.store.getInvitation(recommendation.inviteId))?.outcome).toBeUndefined();
  });

  it('says so when the first line is empty, and when the invitation was forgotten', async () => {
    const { deps, recommendation, question } = await accepted();
    const empty = await answer(deps, question!.followUp.replyTo, '');
    expect(empty.sent[0]?.mail.subject).toContain('nothing noted');
    await replyToRecommendation(deps, recommendation, 'forget');
    const gone = await answer(deps, question!.followUp.replyTo, 'went well');
    expect(gone.sent[0]?.mail.subject).toContain('that invitation is gone');
  });

  it('a later answer replaces the earlier one; one that says it did not take place is kept as such', async () => {
    const { deps, recommendation, question } = await accepted();
    await answer(deps, question!.followUp.replyTo, 'went well');
    const { sent } = await answer(deps, question!.followUp.replyTo, 'Actually they cancelled it an hour before');
    expect((await deps.store.getInvitation(recommendation.inviteId))?.outcome).toMatchObject({ text: 'Actually they cancelled it an hour before', happened: false });
    expect(sent[0]!.mail.text).toContain('does not count as practice');
  });
});

describe('practice counts interviews that happened', () => {
  /** A later invitation from another company, forwarded on 25 Mar, for 2 Apr: its reasons, whose evidence names the interviews counted as practice. */
  async function nextDecision(deps: FakeInboundDeps) {
    deps.clock.set('2026-03-25T14:00:00Z');
    const raw = await forwardedAsAttachment({
      from: 'Priya Raman <priya.raman@northwind.example>',
      messageId: `<${sesId('next')}@northwind.example>`,
      subject: 'Interview invitation: Data Analyst',
      body: 'Hi Alex,\n\nWe would like to invite you to an interview for the Data Analyst position at Northwind on Thursday, April 2, 2026 at 10:00 AM ET, on Zoom: https://zoom.example/j/123\n\nBest,\nPriya',
      date: '2026-03-25T09:00:00-04:00',
    });
    const next = await forwardInvitation(deps, { raw });
    const stored = await deps.store.getInvitation(next.inviteId);
    // Each reason with its evidence: a history item names the interviews counted.
    return JSON.stringify(stored?.decision.reasons ?? []);
  }

  it('counts an accepted interview whose time has passed, and one the owner says went ahead', async () => {
    const silent = await accepted();
    expect(await nextDecision(silent.deps)).toContain('1 interview(s) attended in the last 60 days');
    const answered = await accepted();
    await answer(answered.deps, answered.question!.followUp.replyTo, 'went ok, second round next week');
    expect(await nextDecision(answered.deps)).toContain('1 interview(s) attended in the last 60 days');
  });

  it('does not count one the owner says did not take place', async () => {
    const { deps, question } = await accepted();
    await answer(deps, question!.followUp.replyTo, 'They cancelled on the day');
    const reasons = await nextDecision(deps);
    expect(reasons).not.toContain('interview(s) attended');
    expect(reasons).not.toContain('You have had');
  });
});
