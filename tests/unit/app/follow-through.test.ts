/**
 * The nudge (issue #17) on in-memory ports: a recommendation schedules it; when it fires it goes to the
 * owner once, threaded to the recommendation with its draft links, unless a choice, `done`, a forget or
 * the interview came first; a send SES refused is given back and retried; the one case of two nudges is
 * a run that died between SES accepting it and the record.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { followThrough, sendNudgesDue } from '../../../functions/app/follow-through.js';
import type { FollowThroughDeps, FollowUp } from '../../../functions/app/ports.js';
import { MailRefusedError } from '../../../functions/errors.js';
import { configWith, fakeInboundDeps, forwardInvitation, OWNER, replyToRecommendation, sdkError, type FakeInboundDeps } from '../../fakes/ports.js';

/** The follow-through function's dependencies, on the inbound side's store, mailer and clock. */
function followDeps(inbound: FakeInboundDeps): FollowThroughDeps {
  const { config, store, followThrough: follow, ownerMail, scheduler, mailer, clock, log } = inbound;
  return { config, store, followThrough: follow, ownerMail, scheduler, mailer, clock, log };
}

/** A nudge kept as due: when, and what it carries. */
interface Due {
  at: Date;
  followUp: FollowUp;
}

/** The nudge the write after the recommendation's send kept for the invitation (the latest), if any. */
function dueNudge(deps: FakeInboundDeps, inviteId: string): Due | undefined {
  const followUp = deps.store.nudges.of(inviteId);
  return followUp ? { at: new Date(followUp.dueAt), followUp } : undefined;
}

async function recommended(overrides: Parameters<typeof fakeInboundDeps>[0] = {}) {
  const deps = fakeInboundDeps(overrides);
  const recommendation = await forwardInvitation(deps);
  const schedule = dueNudge(deps, recommendation.inviteId);
  return { deps, recommendation, schedule };
}

/** Sends the nudge as the recurring check would: at its time, on the follow-through function. */
async function fire(deps: FakeInboundDeps, schedule: Due) {
  deps.clock.set(schedule.at);
  const before = deps.mailer.sent.length;
  const result = await followThrough(followDeps(deps), schedule.followUp);
  const sent = await Promise.all(deps.mailer.sent.slice(before).map((m) => simpleParser(m.raw)));
  return { result, sent };
}

describe('keeping the nudge as due', () => {
  it('keeps one nudge per recommendation, in the write after the send (no scheduler call), in daytime for the owner, before the interview, with the reply and choice addresses', async () => {
    const { deps, recommendation, schedule } = await recommended();
    expect(schedule).toBeDefined();
    const invitation = await deps.store.getInvitation(recommendation.inviteId);
    const firstSlot = Date.parse(invitation!.facts.slots[0]!.start);
    expect(schedule!.at.getTime()).toBeGreaterThan(deps.clock.now().getTime());
    expect(schedule!.at.getTime()).toBeLessThan(firstSlot);
    expect(schedule!.followUp).toMatchObject({ kind: 'nudge', inviteId: recommendation.inviteId, version: 1 });
    expect(schedule!.followUp.replyTo).toBe(`interviews+${recommendation.token}@in.example.com`);
    expect(schedule!.followUp.choiceBcc?.attend).toMatch(/^interviews\+[a-z2-7]+-accept@in\.example\.com$/);
    expect(schedule!.followUp.thread.inReplyTo).toBe(recommendation.messageId);
  });

  it('keeps nothing when the nudge is switched off', async () => {
    const { deps } = await recommended({ config: configWith({ followThrough: { nudge: false } }) });
    expect(deps.store.nudges.due.size).toBe(0);
    expect(deps.scheduler.schedules.size).toBe(0);
  });

  it('needs no scheduler: a scheduler that does not answer changes nothing for the recommendation or its nudge', async () => {
    const deps = fakeInboundDeps();
    deps.scheduler.failNext(100);
    const recommendation = await forwardInvitation(deps);
    expect(dueNudge(deps, recommendation.inviteId)).toBeDefined();
    expect(deps.scheduler.schedules.size).toBe(0);
    expect(deps.log.lines.some((l) => l.extra?.signal === 'BookkeepingAfterSendFailed')).toBe(false);
  });
});

describe('when the nudge fires', () => {
  it('sends one short reminder to the owner, threaded to the recommendation, with the two draft links, and never a second', async () => {
    const { deps, recommendation, schedule } = await recommended();
    const { result, sent } = await fire(deps, schedule!);
    expect(result).toBe('sent');
    expect(sent).toHaveLength(1);
    const [nudge] = sent;
    expect(deps.mailer.sent.at(-1)!.envelope.to).toEqual([OWNER]);
    expect(nudge!.subject).toBe(`Re: ${recommendation.mail.subject}`);
    expect(nudge!.inReplyTo).toBe(recommendation.messageId);
    expect(nudge!.references).toContain(recommendation.messageId);
    expect(nudge!.replyTo?.value[0]?.address).toBe(`interviews+${recommendation.token}@in.example.com`);
    expect(nudge!.text).toContain('You have not answered');
    expect(nudge!.html).toContain('Open the accept draft');
    expect(nudge!.html).toContain('Open the decline draft');
    expect(nudge!.headers.get('auto-submitted')).toBe('auto-replied');
    // The scheduler or Lambda delivering it again: claimed already.
    expect((await fire(deps, schedule!)).result).toBe('already-claimed');
    expect(deps.mailer.sent.length).toBe(2);
  });

  it('sends nothing once a reply command recorded a choice', async () => {
    const { deps, recommendation, schedule } = await recommended({ config: configWith({ replies: { sendOnBehalf: true } }) });
    await replyToRecommendation(deps, recommendation, 'decline');
    expect(deps.store.nudges.due.size).toBe(0);
    expect((await fire(deps, schedule!)).result).toBe('answered');
  });

  it('sends nothing after "done", which records that the owner answered outside the product and deletes the nudge due', async () => {
    const { deps, recommendation, schedule } = await recommended();
    const { answers } = await replyToRecommendation(deps, recommendation, 'done');
    expect(answers[0]!.mail.subject).toMatch(/noted: you answered it yourself/);
    expect(deps.store.nudges.due.size).toBe(0);
    expect((await fire(deps, schedule!)).result).toBe('answered');
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('sends nothing once the invitation is forgotten, and forget deletes the nudge due', async () => {
    const { deps, recommendation, schedule } = await recommended();
    await replyToRecommendation(deps, recommendation, 'forget');
    expect(deps.store.nudges.due.size).toBe(0);
    expect((await fire(deps, schedule!)).result).toBe('forgotten');
  });

  it('sends nothing once the interview time has passed', async () => {
    const { deps, recommendation, schedule } = await recommended();
    const invitation = await deps.store.getInvitation(recommendation.inviteId);
    const late = { ...schedule!, at: new Date(Date.parse(invitation!.facts.slots[0]!.start) + 60_000) };
    expect((await fire(deps, late)).result).toBe('interview-passed');
  });

  it('replaces the nudge when the invitation is forwarded again, and a left-over nudge of the older recommendation sends nothing', async () => {
    const { deps, recommendation, schedule } = await recommended();
    await forwardInvitation(deps);
    const replaced = dueNudge(deps, recommendation.inviteId);
    expect(replaced!.followUp.version).toBe(2);
    expect((await fire(deps, schedule!)).result).toBe('outdated');
    expect((await fire(deps, replaced!)).result).toBe('sent');
  });

  it('sends nothing when the nudge was switched off after it was scheduled', async () => {
    const { deps, schedule } = await recommended();
    deps.config = configWith({ followThrough: { nudge: false } });
    expect((await fire(deps, schedule!)).result).toBe('switched-off');
  });

  it('counts as a mail to the owner under the hourly cap', async () => {
    const { deps, schedule } = await recommended({ config: configWith({ limits: { mailsToOwnerPerHour: 1, recommendationsPerHour: 100, replyTokenDays: 60 } }) });
    deps.clock.set(schedule!.at);
    await deps.store.reserveOwnerMail(schedule!.at, 1);
    const result = await followThrough(followDeps(deps), schedule!.followUp);
    expect(result).toBe('held-by-cap');
    // Instead, the hour's one "paused" note.
    expect((await deps.mailer.parsed()).at(-1)!.mail.subject).toMatch(/paused/);
  });
});

describe('at most once', () => {
  it('gives the claim back when SES refused the nudge (nothing went out): the retry sends it once', async () => {
    const { deps, schedule } = await recommended();
    deps.mailer.failNext(1, new MailRefusedError('TooManyRequestsException', 'slow down', { throttled: true, permanent: false }));
    await expect(fire(deps, schedule!)).rejects.toThrow(/slow down/);
    expect((await fire(deps, schedule!)).result).toBe('sent');
    expect((await fire(deps, schedule!)).result).toBe('already-claimed');
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('never sends again when SES gave no answer (it may have gone out)', async () => {
    const { deps, schedule } = await recommended();
    deps.mailer.acceptThenFail(1, sdkError('TimeoutError', 'socket hang up'));
    expect((await fire(deps, schedule!)).result).toBe('may-not-have-gone-out');
    expect((await fire(deps, schedule!)).result).toBe('already-claimed');
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('sends once when a run died after claiming and before sending: the retry takes the claim over once its lease ran out', async () => {
    const { deps, recommendation, schedule } = await recommended();
    deps.clock.set(schedule!.at);
    await deps.followThrough.claimReminder(recommendation.inviteId, 'nudge', 'run-that-died', deps.clock.now(), 60);
    expect((await fire(deps, schedule!)).result).toBe('already-claimed');
    deps.clock.set(new Date(schedule!.at.getTime() + 61_000));
    const again = await followThrough(followDeps(deps), schedule!.followUp);
    expect(again).toBe('sent');
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('counts the one case of two: the run died between SES accepting the nudge and the record', async () => {
    const { deps, schedule } = await recommended();
    // The first run: SES accepts, then the process dies before completeReminder (simulated by a store
    // that dies on that write: nothing after it runs).
    const died = new Error('process died');
    const dying: FollowThroughDeps = { ...followDeps(deps), followThrough: Object.assign(Object.create(deps.followThrough) as typeof deps.followThrough, { completeReminder: () => Promise.reject(died) }) };
    deps.clock.set(schedule!.at);
    // afterSend retries the record within the run, then logs and ends: a death is not that, so stop the run at the first attempt.
    dying.clock = { now: () => deps.clock.now(), sleep: () => Promise.reject(died) };
    await expect(followThrough(dying, schedule!.followUp)).rejects.toThrow(died);
    // Lambda's retry after the lease: the claim recorded no outcome, so it sends again.
    deps.clock.set(new Date(schedule!.at.getTime() + 61_000));
    expect(await followThrough(followDeps(deps), schedule!.followUp)).toBe('sent');
    const nudges = (await deps.mailer.parsed()).filter((m) => m.mail.subject?.startsWith('Re: '));
    expect(nudges).toHaveLength(2);
  });
});

describe('the recurring check of the nudges due', () => {
  const check = (deps: FakeInboundDeps, at: Date) => {
    deps.clock.set(at);
    return sendNudgesDue(followDeps(deps), { kind: 'nudges-due' });
  };

  it('sends what is due by its time, once, and drops it; what is not yet due stays', async () => {
    const { deps, recommendation, schedule } = await recommended();
    expect(await check(deps, new Date(schedule!.at.getTime() - 60_000))).toEqual({ due: 0, results: {} });
    expect(await check(deps, schedule!.at)).toEqual({ due: 1, results: { sent: 1 } });
    expect(deps.store.nudges.due.size).toBe(0);
    expect(await check(deps, new Date(schedule!.at.getTime() + 15 * 60_000))).toEqual({ due: 0, results: {} });
    const nudges = (await deps.mailer.parsed()).filter((m) => m.mail.inReplyTo === recommendation.messageId);
    expect(nudges).toHaveLength(1);
  });

  it("sends what is due by the schedule's own time when it is later than the clock (the local moved clock)", async () => {
    const { deps, schedule } = await recommended();
    deps.clock.set(new Date(schedule!.at.getTime() - 3_600_000));
    expect(await sendNudgesDue(followDeps(deps), { kind: 'nudges-due', at: schedule!.at.toISOString() })).toMatchObject({ due: 1, results: { sent: 1 } });
  });

  it('keeps a nudge whose send SES refused (the claim went back), fails the run, and the next run sends it once', async () => {
    const { deps, schedule } = await recommended();
    deps.mailer.failNext(1, new MailRefusedError('TooManyRequestsException', 'slow down', { throttled: true, permanent: false }));
    await expect(check(deps, schedule!.at)).rejects.toThrow(/slow down/);
    expect(deps.store.nudges.due.size).toBe(1);
    expect(await check(deps, new Date(schedule!.at.getTime() + 15 * 60_000))).toEqual({ due: 1, results: { sent: 1 } });
    expect(await check(deps, new Date(schedule!.at.getTime() + 30 * 60_000))).toEqual({ due: 0, results: {} });
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('keeps a nudge whose claim another run holds; once that run died and its lease ran out, a later run sends it', async () => {
    const { deps, recommendation, schedule } = await recommended();
    deps.clock.set(schedule!.at);
    await deps.followThrough.claimReminder(recommendation.inviteId, 'nudge', 'run-that-died', deps.clock.now(), 60);
    expect(await check(deps, schedule!.at)).toEqual({ due: 1, results: { 'already-claimed': 1 } });
    expect(deps.store.nudges.due.size).toBe(1);
    expect(await check(deps, new Date(schedule!.at.getTime() + 15 * 60_000))).toEqual({ due: 1, results: { sent: 1 } });
    expect(deps.store.nudges.due.size).toBe(0);
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('drops a nudge whose claim recorded its outcome (its run could not drop it)', async () => {
    const { deps, recommendation, schedule } = await recommended();
    expect(await fire(deps, schedule!)).toMatchObject({ result: 'sent' });
    // Left behind as if the run that sent it had died before dropping it.
    expect(deps.store.nudges.due.size).toBe(1);
    expect(await check(deps, schedule!.at)).toEqual({ due: 1, results: { 'already-claimed': 1 } });
    expect(deps.store.nudges.due.size).toBe(0);
    expect(await deps.followThrough.reminderDone(recommendation.inviteId, 'nudge')).toBe(true);
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it("drops, unsent, an older version's nudge after a re-forward, and `done` deletes the current one", async () => {
    const { deps, recommendation } = await recommended();
    await forwardInvitation(deps);
    const replaced = dueNudge(deps, recommendation.inviteId);
    expect(replaced!.followUp.version).toBe(2);
    expect(deps.store.nudges.due.size).toBe(2);
    await replyToRecommendation(deps, recommendation, 'done');
    // The current one is deleted; the older one, left, finds its version outdated when due.
    expect(deps.store.nudges.due.size).toBe(1);
    expect(await check(deps, replaced!.at)).toEqual({ due: 1, results: { outdated: 1 } });
    expect(deps.store.nudges.due.size).toBe(0);
    expect(deps.mailer.sent.filter((m) => m.raw.toString().includes('You have not answered'))).toHaveLength(0);
  });
});
