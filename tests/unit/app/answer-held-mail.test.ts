/**
 * Mail the hourly cap holds back is never dropped (issue 14, item 5): recommendations have a limit of
 * their own above the one for notes, what either holds back is kept, and one digest answers it in a
 * later hour, at most once (in-memory ports, real use cases). Holding mail schedules the digest for the
 * start of the next hour (issue 17, item 6), which the follow-through function sends (without the
 * token secret); a forward of a later hour that sees the held-mail signal answers it too (the fallback).
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { answerHeldMail, answerScheduledDigest, type DigestResult, type ScheduledDigestResult } from '../../../functions/app/answer-held-mail.js';
import { MailRefusedError } from '../../../functions/errors.js';
import { verifyReplyToken } from '../../../functions/core/reply/reply.js';
import { configWith, deliver, exampleConfig, fakeInboundDeps, fixture, forwardedAsAttachment, forwardInvitation, INBOX, OWNER, replyToRecommendation, sdkError, sesId, TOKEN_SECRET, type FakeInboundDeps, type OriginalInvite } from '../../fakes/ports.js';

const NOT_AN_INVITE = 'fixtures/mail/not-an-invite-owner.eml';
const HOUR = 3_600_000;

/** A distinct invitation each time (its own sender's Message-ID), with one fixed time. */
function invitation(n: number): OriginalInvite {
  return {
    from: `Sofia Brandt <sofia.brandt@oakmoorbank.example>`,
    messageId: `<invite-${n}@oakmoorbank.example>`,
    subject: `Interview invitation: Treasury Analyst ${n}`,
    body: `Hi Alex,\n\nWe would like to invite you to an interview for the Treasury Analyst ${n} position at Oakmoor Bank on Tuesday, March 24, 2026 at 3:00 PM ET, on Teams: https://teams.example/l/meetup/${n}\n\nBest,\nSofia`,
    date: '2026-03-16T09:00:00-04:00',
  };
}

/** Limits small enough to trip: `notes` for every mail, `recommendations` for recommendations. */
function capped(notes: number, recommendations: number): FakeInboundDeps {
  const base = exampleConfig();
  return fakeInboundDeps({ config: configWith({ limits: { ...base.limits, mailsToOwnerPerHour: notes, recommendationsPerHour: recommendations } }) });
}

async function forward(deps: FakeInboundDeps, n: number) {
  const raw = await forwardedAsAttachment(invitation(n));
  return receiveMail(deps, deliver(deps.rawMail, sesId('forward'), raw));
}

async function notAnInvite(deps: FakeInboundDeps) {
  return receiveMail(deps, deliver(deps.rawMail, sesId('note'), fixture(NOT_AN_INVITE)));
}

async function subjectsSince(deps: FakeInboundDeps, from: number): Promise<string[]> {
  return Promise.all(deps.mailer.sent.slice(from).map(async (m) => (await simpleParser(m.raw)).subject ?? ''));
}

const DIGEST = /^invite-advisor: held back by the hourly limit: /;

/** One run of the scheduled digest, as the follow-through function runs it: no token secret. */
function runHeld(deps: FakeInboundDeps): Promise<DigestResult> {
  const { config, store, ownerMail, scheduler, followThrough, mailer, clock, log } = deps;
  return answerHeldMail({ config, store, ownerMail, scheduler, followThrough, mailer, clock, log });
}

/** Fires the digest schedules due now, as the scheduler would (each once). */
async function fireHeld(deps: FakeInboundDeps): Promise<DigestResult[]> {
  const results: DigestResult[] = [];
  for (const schedule of deps.scheduler.due(deps.clock.now())) if (schedule.call.kind === 'held-digest') results.push(await runHeld(deps));
  return results;
}

describe('the hourly limits', () => {
  it('recommendations have their own, higher limit: notes are held back past theirs while recommendations still go out', async () => {
    // Prepare: one mail a hour for notes, three recommendations
    const deps = capped(1, 3);
    // Act
    const outcomes = [(await forward(deps, 1)).outcome, (await notAnInvite(deps)).outcome, (await notAnInvite(deps)).outcome, (await forward(deps, 2)).outcome, (await forward(deps, 3)).outcome, (await forward(deps, 4)).outcome, (await forward(deps, 5)).outcome];
    // Assess
    expect(outcomes).toEqual(['recommended', 'rate-limited', 'rate-limited', 'recommended', 'recommended', 'rate-limited', 'rate-limited']);
    expect(await subjectsSince(deps, 0)).toEqual([
      'Attend: Interview invitation: Treasury Analyst 1',
      'invite-advisor: paused: too many messages this hour',
      'Attend: Interview invitation: Treasury Analyst 2',
      'Attend: Interview invitation: Treasury Analyst 3',
      'invite-advisor: paused: too many recommendations this hour',
    ]);
    const paused = await simpleParser(deps.mailer.sent[1]!.raw);
    expect(paused.text).toContain('has sent 1 messages to you this hour, its limit (limits.mailsToOwnerPerHour)');
    expect(paused.text).toContain('recommendations still go out, up to 3 an hour');
    // Assess: everything held back is kept (the "paused" notice went out in place of one of them)
    expect([...deps.ownerMail.held.values()].map((h) => (h.invite ? 'invite' : h.notice?.title))).toEqual(['invite-advisor: no interview invitation found', 'invite-advisor: no interview invitation found', 'invite', 'invite']);
  });

  it('refuses recommendationsPerHour below mailsToOwnerPerHour in the configuration', () => {
    const base = exampleConfig();
    expect(() => configWith({ limits: { ...base.limits, mailsToOwnerPerHour: 40, recommendationsPerHour: 20 } })).toThrow(/limits\.recommendationsPerHour: must be at least limits\.mailsToOwnerPerHour \(40\)/);
  });
});

describe('the digest of held mail', () => {
  it('a history answer held before a forget does not name the forgotten invitation when the digest sends it (new-user review)', async () => {
    // Prepare: the cap spent by a recommendation and one other invitation; history, then forget, held back
    const deps = capped(1, 1);
    const forgotten = await forwardInvitation(deps);
    const kept = await forward(deps, 1);
    const history = await replyToRecommendation(deps, forgotten, 'history');
    const forget = await replyToRecommendation(deps, forgotten, 'forget');
    const before = deps.mailer.sent.length;
    // Act: the next hour's digest
    deps.clock.set('2026-03-17T16:00:00Z');
    expect(await runHeld(deps)).toBe('sent');
    // Assess
    expect([history.result.outcome, forget.result.outcome, kept.outcome]).toEqual(['rate-limited', 'rate-limited', 'rate-limited']);
    const [digest] = (await deps.mailer.parsed()).slice(before).filter((m) => DIGEST.test(m.mail.subject ?? ''));
    const text = `${digest?.mail.subject ?? ''}\n${digest?.mail.text ?? ''}\n${String(digest?.mail.html ?? '')}`;
    expect(text).not.toContain('Junior Financial Analyst');
    expect(text).not.toContain('Video interview');
    expect(text).toContain('a note left out');
    expect(text).toContain('It named an invitation you asked invite-advisor to forget since, so it is not shown.');
    // the other held invitation is still answered
    expect(text).toContain('Treasury Analyst 1');
  });

  it('a held-<hour> schedule fired before its hour is not consumed: it sends nothing and is made again for its time (new-user review: tick --at)', async () => {
    // Prepare: mail held at 15:xx, its digest scheduled for 16:00
    const deps = capped(1, 1);
    await forward(deps, 1);
    await forward(deps, 2);
    await forward(deps, 3);
    const { config, store, ownerMail, scheduler, followThrough, mailer, clock, log } = deps;
    const digestDeps = { config, store, ownerMail, scheduler, followThrough, mailer, clock, log };
    /** The scheduler's clock at `at` (a local `tick --at`), the function's still the real one. */
    const fireAt = async (at: string): Promise<ScheduledDigestResult[]> => {
      const results: ScheduledDigestResult[] = [];
      for (const schedule of deps.scheduler.due(new Date(at))) if (schedule.call.kind === 'held-digest') results.push(await answerScheduledDigest(digestDeps, schedule.call));
      return results;
    };
    const pending = () => [...deps.scheduler.schedules.values()].filter((sch) => sch.call.kind === 'held-digest').map((sch) => [sch.name, sch.at.toISOString(), sch.call]);
    const before = deps.mailer.sent.length;
    // Act: fired at 16:00 by the scheduler's clock while the function's says 15:20, twice; then on time
    deps.clock.set('2026-03-17T15:20:00Z');
    const early = await fireAt('2026-03-17T16:00:00Z');
    const rearmed = pending();
    const earlyAgain = await fireAt('2026-03-17T16:00:00Z');
    const rearmedAgain = pending();
    const sentEarly = deps.mailer.sent.length - before;
    deps.clock.set('2026-03-17T16:00:05Z');
    const onTime = await fireAt('2026-03-17T16:00:05Z');
    // Assess: nothing sent early, the schedule made again under its other name each time, the digest at its hour
    expect(early).toEqual(['not-due-yet']);
    expect(rearmed).toEqual([['held-2026-03-17T15-again', '2026-03-17T16:00:00.000Z', { kind: 'held-digest', hour: '2026-03-17T15', again: true }]]);
    expect(earlyAgain).toEqual(['not-due-yet']);
    expect(rearmedAgain).toEqual([['held-2026-03-17T15', '2026-03-17T16:00:00.000Z', { kind: 'held-digest', hour: '2026-03-17T15' }]]);
    expect(sentEarly).toBe(0);
    expect(onTime).toEqual(['sent']);
    expect((await subjectsSince(deps, before)).filter((s) => DIGEST.test(s))).toEqual(['invite-advisor: held back by the hourly limit: 2 recommendations']);
    expect(deps.ownerMail.held.size).toBe(0);
  });

  it('answers what was held in one digest at the start of the next hour (the scheduler), and never twice', async () => {
    // Prepare: two invitations and a note held back in one hour
    const deps = capped(1, 1);
    await forward(deps, 1);
    await forward(deps, 2); // held: this one becomes the "paused" notice
    await forward(deps, 3); // held
    await notAnInvite(deps); // held (notes are past their limit too)
    const heldThisHour = await subjectsSince(deps, 0);
    // Act: later in the same hour, nothing more; then the next hour
    deps.clock.advance(10 * 60_000);
    const sameHour = deps.mailer.sent.length;
    await notAnInvite(deps);
    const sameHourMail = await subjectsSince(deps, sameHour);
    const scheduled = [...deps.scheduler.schedules.values()].filter((sch) => sch.call.kind === 'held-digest');
    expect(await fireHeld(deps)).toEqual([]);
    deps.clock.set('2026-03-17T16:00:00Z');
    const nextHour = deps.mailer.sent.length;
    const fired = await fireHeld(deps);
    deps.clock.set('2026-03-17T16:40:00Z');
    await forward(deps, 9);
    deps.clock.set('2026-03-17T17:30:00Z');
    await notAnInvite(deps);
    const later = await fireHeld(deps);
    // Assess: held back, one schedule for the hour, then one digest, then no other
    expect(heldThisHour).toEqual(['Attend: Interview invitation: Treasury Analyst 1', 'invite-advisor: paused: too many recommendations this hour', 'invite-advisor: paused: too many messages this hour']);
    expect(sameHourMail).toEqual([]);
    expect(scheduled.map((sch) => [sch.name, sch.at.toISOString(), sch.call])).toEqual([['held-2026-03-17T15', '2026-03-17T16:00:00.000Z', { kind: 'held-digest', hour: '2026-03-17T15' }]]);
    expect(fired).toEqual(['sent']);
    expect(later).toEqual([]);
    const after = await subjectsSince(deps, nextHour);
    expect(after.filter((s) => DIGEST.test(s))).toEqual(['invite-advisor: held back by the hourly limit: 2 recommendations, 2 notes']);
    expect(after[0]).toMatch(DIGEST);
    expect(deps.ownerMail.held.size).toBe(0);
  });

  it('lists each held invitation with its verdict, reasons, time for the owner and draft buttons whose Bcc records the choice', async () => {
    // Prepare
    const deps = capped(1, 1);
    await forward(deps, 1);
    await forward(deps, 2);
    const held = await forward(deps, 3);
    const inviteId = (held as { inviteId: string }).inviteId;
    // Act: the scheduled digest, in a function without the token secret
    deps.clock.set('2026-03-17T16:00:00Z');
    const before = deps.mailer.sent.length;
    expect(await fireHeld(deps)).toEqual(['sent']);
    // Assess
    const [digest] = (await deps.mailer.parsed()).slice(before).filter((m) => DIGEST.test(m.mail.subject ?? ''));
    expect(digest?.envelope.to).toEqual([OWNER]);
    const mail = digest!.mail;
    expect(mail.subject).toBe('invite-advisor: held back by the hourly limit: 2 recommendations');
    expect(mail.replyTo).toBeUndefined();
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(mail.text).toContain('1. Attend: Interview invitation: Treasury Analyst 2\n   Forwarded Tue, Mar 17, 11:00 AM EDT.');
    expect(mail.text).toContain('Time for you: Tue, Mar 24, 3:00 PM EDT.');
    expect(mail.text).toMatch(/ {3}- .+Oakmoor Bank/);
    const html = String(mail.html);
    const links = [...html.matchAll(/href="(mailto:[^"]+)"/g)].map((m) => m[1]!.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&'));
    expect(links).toHaveLength(4);
    expect(links.every((l) => l.startsWith('mailto:sofia.brandt@oakmoorbank.example?'))).toBe(true);
    // The Bcc of the second invitation's accept button names that invitation, its held version, as a choice.
    const bcc = decodeURIComponent(/bcc=([^&]+)/.exec(links[2]!)?.[1] ?? '');
    const token = new RegExp(`^interviews\\+([a-z2-7]+)-accept@${INBOX.split('@')[1]}$`).exec(bcc)?.[1];
    expect(verifyReplyToken(TOKEN_SECRET, token ?? '', deps.clock.now(), 'choice')).toMatchObject({ inviteId, version: 1 });
  });

  it('threads to the messages it answers and lists each held note in full', async () => {
    // Prepare
    const deps = capped(1, 1);
    await forward(deps, 1);
    const first = fixture(NOT_AN_INVITE);
    await receiveMail(deps, deliver(deps.rawMail, sesId('note'), first)); // the notes' "paused" notice
    await receiveMail(deps, deliver(deps.rawMail, sesId('note'), first)); // held
    const noteMessageId = (await simpleParser(first)).messageId;
    // Act
    deps.clock.set('2026-03-17T16:05:00Z');
    const before = deps.mailer.sent.length;
    await forward(deps, 9);
    // Assess
    const [digest] = (await deps.mailer.parsed()).slice(before).filter((m) => DIGEST.test(m.mail.subject ?? ''));
    expect(digest!.mail.subject).toBe('invite-advisor: held back by the hourly limit: 2 notes');
    expect(digest!.mail.inReplyTo).toBe(noteMessageId);
    expect(digest!.mail.text).toContain('-- no interview invitation found (your message');
    expect(digest!.mail.text).toContain('found no interview invitation in it');
  });

  it('lists at most 25 held messages, says more follows, and the next digest answers the rest', async () => {
    // Prepare: 27 notes held back in one hour
    const deps = capped(1, 1);
    await notAnInvite(deps);
    for (let i = 0; i < 27; i += 1) await notAnInvite(deps);
    // Act
    deps.clock.set('2026-03-17T16:05:00Z');
    const before = deps.mailer.sent.length;
    await forward(deps, 1);
    deps.clock.set('2026-03-17T17:05:00Z');
    await forward(deps, 2);
    // Assess
    const digests = (await deps.mailer.parsed()).slice(before).filter((m) => DIGEST.test(m.mail.subject ?? ''));
    expect(digests.map((d) => d.mail.subject)).toEqual(['invite-advisor: held back by the hourly limit: 25 notes', 'invite-advisor: held back by the hourly limit: 2 notes']);
    expect(digests[0]!.mail.text).toContain('More was held back than one digest lists: the rest comes with the next digest.');
    expect(digests[1]!.mail.text).not.toContain('More was held back');
    expect(deps.ownerMail.held.size).toBe(0);
  });

  it('leaves out an invitation answered meanwhile (forwarded again and recommended) and sends nothing when nothing is left', async () => {
    // Prepare
    const deps = capped(1, 1);
    await forward(deps, 1);
    await forward(deps, 2); // held
    // Act: the next hour, the owner forwards it again and gets its recommendation
    deps.clock.set('2026-03-17T16:05:00Z');
    const before = deps.mailer.sent.length;
    await forward(deps, 2);
    // Assess
    expect(await subjectsSince(deps, before)).toEqual(['Attend: Interview invitation: Treasury Analyst 2']);
    expect(deps.ownerMail.held.size).toBe(0);
    expect([...deps.ownerMail.digests.values()]).toEqual([expect.objectContaining({ status: 'nothing-to-send', answered: 1 })]);
  });

  it('two runs of the next hour at once send one digest', async () => {
    // Prepare
    const deps = capped(1, 1);
    await forward(deps, 1);
    await forward(deps, 2);
    await forward(deps, 3);
    deps.clock.set('2026-03-17T16:05:00Z');
    const before = deps.mailer.sent.length;
    // Act
    await Promise.all([notAnInvite(deps), notAnInvite(deps), forward(deps, 7)]);
    // Assess
    expect((await subjectsSince(deps, before)).filter((s) => DIGEST.test(s))).toHaveLength(1);
  });

  it('a digest that could not go out (SES refused) gives its claim back and throws, so Lambda\'s retry sends it, once', async () => {
    // Prepare
    const deps = capped(1, 1);
    await forward(deps, 1);
    await forward(deps, 2);
    await forward(deps, 3);
    deps.clock.set('2026-03-17T16:00:00Z');
    const before = deps.mailer.sent.length;
    // Act: the digest's first send is throttled; Lambda tries again, twice
    let calls = 0;
    const real = deps.mailer.sendRaw.bind(deps.mailer);
    deps.mailer.sendRaw = async (raw, envelope) => {
      calls += 1;
      if (calls === 1) throw new MailRefusedError('TooManyRequestsException', 'throttled', { throttled: true, permanent: false });
      return real(raw, envelope);
    };
    await expect(fireHeld(deps)).rejects.toThrow('throttled');
    const afterFirst = await subjectsSince(deps, before);
    const retries = [await runHeld(deps), await runHeld(deps)];
    // Assess
    expect(afterFirst.filter((s) => DIGEST.test(s))).toEqual([]);
    expect(retries).toEqual(['sent', 'none']);
    expect((await subjectsSince(deps, before)).filter((s) => DIGEST.test(s))).toHaveLength(1);
  });

  it('the fallback: a forward of a later hour whose write sees held mail answers it when no schedule could be made', async () => {
    // Prepare: the scheduler does not answer while mail is held
    const deps = capped(1, 1);
    deps.scheduler.failNext(100);
    await forward(deps, 1);
    await forward(deps, 2);
    await forward(deps, 3);
    deps.scheduler.failNext(0);
    // Act: a note of the next hour leaves it to the schedule (none), a forward's write sees the signal
    deps.clock.set('2026-03-17T16:05:00Z');
    const before = deps.mailer.sent.length;
    await notAnInvite(deps);
    const afterNote = await subjectsSince(deps, before);
    await forward(deps, 7);
    // Assess
    expect(afterNote.filter((s) => DIGEST.test(s))).toEqual([]);
    expect((await subjectsSince(deps, before)).filter((s) => DIGEST.test(s))).toEqual(['invite-advisor: held back by the hourly limit: 2 recommendations']);
    expect(deps.log.lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'the digest of held mail could not be scheduled; the first forward after this hour answers it' }));
  });

  it('a digest whose answer from SES was lost is not sent again, and the held mail is forgotten (at most once)', async () => {
    // Prepare
    const deps = capped(1, 1);
    await forward(deps, 1);
    await forward(deps, 2);
    await forward(deps, 3);
    deps.clock.set('2026-03-17T16:00:00Z');
    const before = deps.mailer.sent.length;
    let calls = 0;
    const real = deps.mailer.sendRaw.bind(deps.mailer);
    deps.mailer.sendRaw = async (raw, envelope) => {
      calls += 1;
      const id = await real(raw, envelope);
      if (calls === 1) throw sdkError('TimeoutError', 'socket hang up');
      return id;
    };
    // Act: the scheduled digest loses SES's answer; a forward later that hour, and the next hour
    expect(await fireHeld(deps)).toEqual(['may-not-have-gone-out']);
    await forward(deps, 8);
    deps.clock.set('2026-03-17T17:05:00Z');
    await notAnInvite(deps);
    await fireHeld(deps);
    // Assess
    expect((await subjectsSince(deps, before)).filter((s) => DIGEST.test(s))).toHaveLength(1);
    expect(deps.ownerMail.held.size).toBe(0);
    expect([...deps.ownerMail.digests.values()]).toEqual([expect.objectContaining({ status: 'may-not-have-gone-out' })]);
  });

  it('a held message whose keeping fails fails its run with nothing sent, and Lambda\'s retry keeps it', async () => {
    // Prepare
    const deps = capped(1, 1);
    await forward(deps, 1);
    await forward(deps, 2);
    const raw = await forwardedAsAttachment(invitation(3));
    const delivery = deliver(deps.rawMail, sesId('forward'), raw);
    deps.ownerMail.failNext('holdMail');
    const before = deps.mailer.sent.length;
    // Act
    await expect(receiveMail(deps, delivery)).rejects.toThrow('DynamoDB is unavailable');
    const retried = await receiveMail(deps, delivery);
    // Assess
    expect(retried.outcome).toBe('rate-limited');
    expect(deps.mailer.sent).toHaveLength(before);
    expect([...deps.ownerMail.held.values()].filter((h) => h.messageId === delivery.messageId)).toHaveLength(1);
  });

  it('a run that dies between its claim and its send leaves the held mail to the next hour\'s digest', async () => {
    // Prepare
    const deps = capped(1, 1);
    await forward(deps, 1);
    await forward(deps, 2);
    await forward(deps, 3);
    deps.clock.set('2026-03-17T16:00:00Z');
    await deps.ownerMail.claimDigest('2026-03-17T16', 'a-run-that-died', deps.clock.now());
    const before = deps.mailer.sent.length;
    // Act: the scheduled run finds the hour's digest taken (and schedules the next), then the next hour
    const first = await fireHeld(deps);
    deps.clock.set('2026-03-17T17:00:00Z');
    const next = await fireHeld(deps);
    // Assess
    expect(first).toEqual(['taken']);
    expect(next).toEqual(['sent']);
    expect((await subjectsSince(deps, before)).filter((s) => DIGEST.test(s))).toEqual(['invite-advisor: held back by the hourly limit: 2 recommendations']);
    expect(deps.clock.now().getTime() - Date.parse('2026-03-17T16:00:00Z')).toBe(HOUR);
  });
});
