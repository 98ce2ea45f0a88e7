/**
 * Reminders on the day of an accepted interview (issue #17, item 2) on in-memory ports: an accept of a
 * fixed time (the Bcc copy of the accept draft, or the `accept` command once its send went out)
 * schedules the evening before and the hour before; each goes to the owner once with the time, the link,
 * who they meet and their note; nothing after `forget`, a decline or a reschedule; at most once when SES
 * gave no answer.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { followThrough } from '../../../functions/app/follow-through.js';
import type { FollowThroughDeps } from '../../../functions/app/ports.js';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { sendDraft } from '../../../functions/app/send-draft.js';
import { choiceAddresses } from '../../../functions/core/reply/reply.js';
import type { MemorySchedule } from '../../fakes/memory-follow-through.js';
import { configWith, deliver, fakeInboundDeps, fakeSendDeps, forwardInvitation, INBOX, OWNER, ownerMessage, replyToRecommendation, sdkError, sesId, TOKEN_SECRET, type FakeInboundDeps } from '../../fakes/ports.js';

const DAY = 86_400_000;
const RECRUITER = 'sofia.brandt@oakmoorbank.example';

function followDeps(inbound: FakeInboundDeps): FollowThroughDeps {
  const { config, store, followThrough: follow, ownerMail, scheduler, mailer, clock, log } = inbound;
  return { config, store, followThrough: follow, ownerMail, scheduler, mailer, clock, log };
}

/** The owner sends a draft from the recommendation's link: its Bcc copy reaches the inbox. */
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
  const evening = deps.scheduler.schedules.get(`${recommendation.inviteId}-evening-before`);
  const shortly = deps.scheduler.schedules.get(`${recommendation.inviteId}-shortly-before`);
  return { deps, recommendation, evening, shortly };
}

async function fire(deps: FakeInboundDeps, schedule: MemorySchedule) {
  deps.clock.set(schedule.at);
  const before = deps.mailer.sent.length;
  const result = await followThrough(followDeps(deps), schedule.followUp);
  const sent = await Promise.all(deps.mailer.sent.slice(before).map((m) => simpleParser(m.raw)));
  return { result, sent };
}

describe('scheduling the reminders on the day', () => {
  it('schedules the evening before (19:00 for the owner) and an hour before, and deletes the nudge', async () => {
    const { deps, recommendation, evening, shortly } = await accepted();
    expect(evening?.at).toEqual(new Date('2026-03-22T23:00:00Z'));
    expect(shortly?.at).toEqual(new Date('2026-03-23T14:00:00Z'));
    expect(evening?.followUp).toMatchObject({ kind: 'evening-before', inviteId: recommendation.inviteId, startsAt: '2026-03-23T11:00:00-04:00', choiceBcc: null });
    expect(evening?.followUp.replyTo).toMatch(/^interviews\+[a-z2-7]+@in\.example\.com$/);
    expect(deps.scheduler.schedules.has(`${recommendation.inviteId}-nudge`)).toBe(false);
  });

  it('schedules nothing when switched off, or when no time is fixed', async () => {
    const off = await accepted({ config: configWith({ followThrough: { onTheDay: false } }) });
    expect(off.evening).toBeUndefined();
    expect(off.shortly).toBeUndefined();
    // An accept of slot 2 of a one-slot invitation fixes no time.
    const deps = fakeInboundDeps();
    const { inviteId } = await forwardInvitation(deps);
    await choiceCopy(deps, inviteId, { verdict: 'attend', slot: 2 });
    expect(deps.scheduler.schedules.size).toBe(0);
  });

  it('leaves out the evening before when the accept comes after it', async () => {
    const deps = fakeInboundDeps();
    const { inviteId } = await forwardInvitation(deps);
    deps.clock.set('2026-03-23T01:00:00Z');
    await choiceCopy(deps, inviteId, { verdict: 'attend' });
    // (and "how did it go?" after the interview: tests/unit/app/how-did-it-go.test.ts)
    expect([...deps.scheduler.schedules.keys()]).toEqual([`${inviteId}-shortly-before`, `${inviteId}-how-did-it-go`]);
  });
});

describe('when a reminder on the day fires', () => {
  it('sends the owner one reminder with the time, the link, who they meet and their note, and never a second', async () => {
    const { deps, recommendation, evening } = await accepted();
    const { result, sent } = await fire(deps, evening!);
    expect(result).toBe('sent');
    expect(sent).toHaveLength(1);
    expect(deps.mailer.sent.at(-1)!.envelope.to).toEqual([OWNER]);
    const [reminder] = sent;
    expect(reminder!.subject).toBe(`Re: ${recommendation.mail.subject}`);
    expect(reminder!.text).toContain('tomorrow: Mon, Mar 23, 11:00 AM EDT');
    expect(reminder!.text).toContain('with Sofia Brandt, Oakmoor Bank');
    expect(reminder!.text).toContain('Join: https://teams.example/l/meetup-join/');
    expect(reminder!.text).toContain('Your note: looks interesting');
    // The owner's zone is the invitation's here: the time is shown once.
    expect(reminder!.text).not.toContain("in the invitation's zone");
    expect(reminder!.headers.get('auto-submitted')).toBe('auto-replied');
    expect((await fire(deps, evening!)).result).toBe('already-claimed');
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it("shows the time in both zones when the owner's differs from the invitation's", async () => {
    const { deps, shortly } = await accepted({ config: configWith({ owner: { ...configWith({}).owner, timeZone: 'Europe/Paris' } }) });
    const { result, sent } = await fire(deps, shortly!);
    expect(result).toBe('sent');
    expect(sent[0]!.text).toContain('coming up: Mon, Mar 23, 4:00 PM GMT+1');
    expect(sent[0]!.text).toContain("(Monday, March 23, 2026 at 11:00 AM (UTC-04:00) in the invitation's zone)");
  });

  it('sends nothing once the invitation is forgotten, and forget deletes the schedules', async () => {
    const { deps, recommendation, evening } = await accepted();
    await replyToRecommendation(deps, recommendation, 'forget');
    expect(deps.scheduler.schedules.size).toBe(0);
    expect((await fire(deps, evening!)).result).toBe('forgotten');
  });

  it('sends nothing after a decline, which deletes the schedules', async () => {
    const { deps, recommendation, evening } = await accepted();
    await choiceCopy(deps, recommendation.inviteId, { verdict: 'decline' });
    expect(deps.scheduler.schedules.size).toBe(0);
    expect((await fire(deps, evening!)).result).toBe('not-accepted');
  });

  it('sends nothing once the recruiter rescheduled (the reschedule\'s own accept schedules anew)', async () => {
    const { deps, recommendation, evening } = await accepted();
    await deps.store.markSuperseded(recommendation.inviteId, 'zzzzzzzzzzzzzzzz');
    expect((await fire(deps, evening!)).result).toBe('rescheduled');
  });

  it('sends nothing for a time no longer accepted (another slot accepted since)', async () => {
    const { deps, evening } = await accepted();
    const moved = { ...evening!, followUp: { ...evening!.followUp, startsAt: '2026-03-24T11:00:00-04:00' } };
    expect((await fire(deps, moved)).result).toBe('outdated');
  });

  it('keeps them after "done" (it ends the nudge only)', async () => {
    const { deps, recommendation, evening } = await accepted();
    await replyToRecommendation(deps, recommendation, 'done');
    expect(deps.scheduler.schedules.has(`${recommendation.inviteId}-evening-before`)).toBe(true);
    expect((await fire(deps, evening!)).result).toBe('sent');
  });

  it('sends nothing when switched off after it was scheduled, or once the interview has passed', async () => {
    const { deps, evening } = await accepted();
    const late = { ...evening!, at: new Date('2026-03-23T15:01:00Z') };
    expect((await fire(deps, late)).result).toBe('interview-passed');
    deps.config = configWith({ followThrough: { onTheDay: false } });
    expect((await fire(deps, evening!)).result).toBe('switched-off');
  });

  it('never sends again when SES gave no answer (it may have gone out)', async () => {
    const { deps, evening } = await accepted();
    deps.mailer.acceptThenFail(1, sdkError('TimeoutError', 'socket hang up'));
    expect((await fire(deps, evening!)).result).toBe('may-not-have-gone-out');
    expect((await fire(deps, evening!)).result).toBe('already-claimed');
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('counts as a mail to the owner under the hourly cap', async () => {
    const { deps, evening } = await accepted({ config: configWith({ limits: { mailsToOwnerPerHour: 1, recommendationsPerHour: 100, replyTokenDays: 60 } }) });
    await deps.store.reserveOwnerMail(evening!.at, 1);
    expect((await fire(deps, evening!)).result).toBe('held-by-cap');
  });
});

describe('the accept command', () => {
  it('schedules them when the command is taken, and they send once its draft went out to the recruiter', async () => {
    const deps = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
    const recommendation = await forwardInvitation(deps);
    const { messageId } = await replyToRecommendation(deps, recommendation, 'accept');
    const evening = deps.scheduler.schedules.get(`${recommendation.inviteId}-evening-before`);
    expect(evening?.followUp.thread.inReplyTo).toBe(recommendation.messageId);
    expect(evening?.followUp.thread.references).toContain(recommendation.messageId);
    expect(messageId).toBeTruthy();
    // Not yet sent to the recruiter: nothing to remind of.
    const before = { ...evening!, at: new Date('2026-03-17T16:00:00Z') };
    expect((await fire(deps, before)).result).toBe('not-accepted');
    await sendDraft(fakeSendDeps({ config: deps.config, store: deps.store, clock: deps.clock }), deps.draftSender.jobs[0]!);
    const { result, sent } = await fire(deps, evening!);
    expect(result).toBe('sent');
    expect(sent[0]!.inReplyTo).toBe(recommendation.messageId);
  });
});
