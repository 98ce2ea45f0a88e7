/**
 * The weekly digest (issue #17, item 4) on in-memory ports: what it lists after real forwards, replies
 * and a forget; once a day; to the owner only, with no reply address; switched off by default; counted
 * under the hourly cap and kept for the digest of held mail when the cap holds it back. Also the nudge
 * the cap holds back (issue #17, item 6): kept, and listed in the scheduled digest of held mail.
 */
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { answerHeldMail } from '../../../functions/app/answer-held-mail.js';
import { followThrough } from '../../../functions/app/follow-through.js';
import type { FollowThroughDeps, StoredInvitation } from '../../../functions/app/ports.js';
import { outcomeOf, weeklyDigest } from '../../../functions/app/weekly-digest.js';
import { verifyReplyToken } from '../../../functions/core/reply/reply.js';
import { sendDraft } from '../../../functions/app/send-draft.js';
import { configWith, exampleConfig, fakeInboundDeps, fakeSendDeps, forwardedAsAttachment, forwardInvitation, INBOX, OWNER, replyToRecommendation, TOKEN_SECRET, type FakeInboundDeps, type OriginalInvite } from '../../fakes/ports.js';

const DAY = 86_400_000;

/** A distinct invitation each time, its one time on Tuesday, March 24, 2026 at 3:00 PM ET. */
function invitation(n: number): OriginalInvite {
  return {
    from: 'Sofia Brandt <sofia.brandt@oakmoorbank.example>',
    messageId: `<weekly-${n}@oakmoorbank.example>`,
    subject: `Interview invitation: Treasury Analyst ${n}`,
    body: `Hi Alex,\n\nWe would like to invite you to an interview for the Treasury Analyst ${n} position at Oakmoor Bank on Tuesday, March 24, 2026 at 3:00 PM ET, on Teams: https://teams.example/l/meetup/${n}\n\nBest,\nSofia`,
    date: '2026-03-16T09:00:00-04:00',
  };
}

/** The follow-through function's dependencies, on the inbound side's fakes. */
function followDeps(deps: FakeInboundDeps, patch: Partial<FollowThroughDeps> = {}): FollowThroughDeps {
  const { config, store, followThrough: follow, ownerMail, scheduler, mailer, clock, log } = deps;
  return { config, store, followThrough: follow, ownerMail, scheduler, mailer, clock, log, ...patch };
}

function weeklyOn(limits: Partial<ReturnType<typeof exampleConfig>['limits']> = {}, replies: Partial<ReturnType<typeof exampleConfig>['replies']> = {}): FakeInboundDeps {
  const base = exampleConfig();
  return fakeInboundDeps({ config: configWith({ followThrough: { weeklyDigest: true }, limits: { ...base.limits, ...limits }, replies: { ...base.replies, ...replies } }) });
}

async function forward(deps: FakeInboundDeps, n: number) {
  return forwardInvitation(deps, { raw: await forwardedAsAttachment(invitation(n)) });
}

async function sentSince(deps: FakeInboundDeps, from: number) {
  return Promise.all(deps.mailer.sent.slice(from).map(async (m) => ({ to: m.envelope.to, mail: await simpleParser(m.raw) })));
}

describe('the weekly digest', () => {
  it('lists what waits for an answer and the interview ahead, not what was forgotten; to the owner only, with no reply address', async () => {
    // Prepare: three invitations; the second accepted by command, the third forgotten
    const deps = weeklyOn({}, { sendOnBehalf: true });
    const first = await forward(deps, 1);
    const second = await forward(deps, 2);
    const third = await forward(deps, 3);
    await replyToRecommendation(deps, second, 'accept');
    await sendDraft(fakeSendDeps({ config: deps.config, store: deps.store, clock: deps.clock }), deps.draftSender.jobs[0]!);
    await replyToRecommendation(deps, third, 'forget');
    deps.clock.advance(DAY);
    const before = deps.mailer.sent.length;
    // Act
    const result = await weeklyDigest(followDeps(deps));
    // Assess
    expect(result).toBe('sent');
    const [sent, ...more] = await sentSince(deps, before);
    expect(more).toEqual([]);
    expect(sent!.to).toEqual([OWNER]);
    expect(sent!.mail.replyTo).toBeUndefined();
    expect(sent!.mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(sent!.mail.subject).toBe('invite-advisor: your week: 1 waiting for an answer, 1 interview ahead');
    const text = sent!.mail.text ?? '';
    expect(text).toContain('Waiting for your answer:\n- Interview invitation: Treasury Analyst 1 (Oakmoor Bank)');
    expect(text).toContain('First time proposed: Tue, Mar 24, 3:00 PM EDT.');
    expect(text).toContain('Interviews ahead (your time):\n- Tue, Mar 24, 3:00 PM EDT: Interview invitation: Treasury Analyst 2');
    expect(text).not.toContain('Treasury Analyst 3');
    expect(first.inviteId).not.toBe(second.inviteId);
    // the reads are bounded, one of each index
    expect(deps.store.reads.slice(-2).map((r) => [r.method, r.limit])).toEqual([
      ['invitationsReceivedSince', 100],
      ['invitationsBetween', 100],
    ]);
  });

  it('goes once a day, sends nothing when switched off (the default) or when nothing is to be listed', async () => {
    const on = weeklyOn();
    expect(await weeklyDigest(followDeps(on))).toBe('nothing-to-list');
    await forward(on, 1);
    expect([await weeklyDigest(followDeps(on)), await weeklyDigest(followDeps(on))]).toEqual(['sent', 'already-claimed']);
    on.clock.advance(7 * DAY - 2 * 3_600_000);
    await forward(on, 2);
    expect(await weeklyDigest(followDeps(on))).toBe('sent');

    const off = fakeInboundDeps();
    await forward(off, 1);
    const before = off.mailer.sent.length;
    expect(await weeklyDigest(followDeps(off))).toBe('switched-off');
    expect(off.mailer.sent).toHaveLength(before);
  });

  it('lists how an accepted interview went, from the answer to "How did it go?" kept with it', async () => {
    const deps = weeklyOn({}, { sendOnBehalf: true });
    const rec = await forward(deps, 1);
    await replyToRecommendation(deps, rec, 'accept');
    await sendDraft(fakeSendDeps({ config: deps.config, store: deps.store, clock: deps.clock }), deps.draftSender.jobs[0]!);
    deps.clock.set('2026-03-26T13:00:00Z');
    await deps.store.recordOutcome(rec.inviteId, { text: 'Went well: second round next week', happened: true, at: '2026-03-24T21:00:00Z' });
    const before = deps.mailer.sent.length;
    expect(await weeklyDigest(followDeps(deps))).toBe('sent');
    const [sent] = await sentSince(deps, before);
    expect(sent!.mail.subject).toBe('invite-advisor: your week: 1 outcome');
    expect(sent!.mail.text).toContain('How your interviews went:\n- Interview invitation: Treasury Analyst 1 (Tue, Mar 24, 5:00 PM EDT): Went well: second round next week');
  });

  it('reads an outcome in the shapes it may take, and none otherwise', () => {
    const item = (outcome: unknown) => ({ outcome }) as unknown as StoredInvitation;
    expect(outcomeOf(item('fine'))).toEqual({ text: 'fine', at: null });
    expect(outcomeOf(item({ answer: 'ok', answeredAt: '2026-03-24T21:00:00Z' }))).toEqual({ text: 'ok', at: '2026-03-24T21:00:00Z' });
    expect(outcomeOf(item({ text: 'ok', at: 'not a time' }))).toEqual({ text: 'ok', at: null });
    expect([outcomeOf(item(undefined)), outcomeOf(item(42)), outcomeOf(item({ text: ' ' })), outcomeOf(null)]).toEqual([null, null, null, null]);
  });

  it('counts under the hourly cap: held back, it is kept in its own words and the digest of held mail is scheduled', async () => {
    const deps = weeklyOn({ mailsToOwnerPerHour: 2, recommendationsPerHour: 2 });
    await forward(deps, 1);
    deps.clock.advance(DAY);
    await deps.store.reserveOwnerMail(deps.clock.now(), 2);
    await deps.store.reserveOwnerMail(deps.clock.now(), 2);
    // Act
    const result = await weeklyDigest(followDeps(deps));
    // Assess: the hour's "paused" notice went out instead; the digest is kept and scheduled
    expect(result).toBe('held-by-cap');
    expect([...deps.ownerMail.held.values()].map((h) => h.notice?.title)).toEqual(['invite-advisor: your week: 1 waiting for an answer']);
    expect([...deps.scheduler.schedules.keys()].filter((name) => name.startsWith('held-'))).toEqual(['held-2026-03-18T15']);
  });

  it('held back, then an invitation it lists forgotten: the digest of held mail does not name it (new-user review)', async () => {
    // Prepare: the weekly digest held back, listing one invitation
    const deps = weeklyOn({ mailsToOwnerPerHour: 2, recommendationsPerHour: 2 });
    const listed = await forward(deps, 1);
    deps.clock.advance(DAY);
    await deps.store.reserveOwnerMail(deps.clock.now(), 2);
    await deps.store.reserveOwnerMail(deps.clock.now(), 2);
    expect(await weeklyDigest(followDeps(deps))).toBe('held-by-cap');
    const inviteId = (listed as { inviteId: string }).inviteId;
    // Act: forgotten (the store's part of a forget), then the next hour's digest
    await deps.store.forgetInvitation((await deps.store.getInvitation(inviteId))!, new Date(deps.clock.now().getTime() + 30 * DAY));
    deps.clock.advance(DAY / 24);
    const before = deps.mailer.sent.length;
    const { config, store, ownerMail, scheduler, followThrough, mailer, clock, log } = deps;
    expect(await answerHeldMail({ config, store, ownerMail, scheduler, followThrough, mailer, clock, log })).toBe('sent');
    // Assess
    const [digest] = (await deps.mailer.parsed()).slice(before);
    expect(digest?.mail.text).toContain('a note left out');
    expect(digest?.mail.text).not.toContain('your week');
  });
});

describe('a nudge the cap held back', () => {
  async function heldNudge() {
    const deps = fakeInboundDeps({ config: configWith({ limits: { ...exampleConfig().limits, mailsToOwnerPerHour: 1, recommendationsPerHour: 1 } }) });
    const rec = await forward(deps, 1);
    const nudge = deps.store.nudges.of(rec.inviteId)!;
    deps.clock.set(new Date(nudge.dueAt));
    await deps.store.reserveOwnerMail(deps.clock.now(), 1);
    const result = await followThrough(followDeps(deps), nudge);
    return { deps, rec, result };
  }

  it('is kept and listed in the scheduled digest of held mail, with its draft buttons recording the choice', async () => {
    const { deps, rec, result } = await heldNudge();
    expect(result).toBe('held-by-cap');
    const held = [...deps.ownerMail.held.values()];
    expect(held.map((h) => h.invite)).toEqual([expect.objectContaining({ inviteId: rec.inviteId, version: 1, nudge: true, choiceToken: expect.any(String) })]);
    const digest = [...deps.scheduler.schedules.values()].find((s) => s.call.kind === 'held-digest')!;
    // Act: the digest fires at the start of the next hour, in the follow-through function (no token secret)
    deps.clock.set(digest.at);
    const before = deps.mailer.sent.length;
    expect(await answerHeldMail(followDeps(deps))).toBe('sent');
    // Assess
    const [sent] = await sentSince(deps, before);
    expect(sent!.to).toEqual([OWNER]);
    expect(sent!.mail.text).toContain('Not answered yet (a reminder held back at');
    const links = [...String(sent!.mail.html).matchAll(/href="(mailto:[^"]+)"/g)].map((m) => m[1]!.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&'));
    const bcc = decodeURIComponent(/bcc=([^&]+)/.exec(links[0]!)?.[1] ?? '');
    const token = new RegExp(`^interviews\\+([a-z2-7]+)-accept@${INBOX.split('@')[1]}$`).exec(bcc)?.[1];
    expect(verifyReplyToken(TOKEN_SECRET, token ?? '', deps.clock.now(), 'choice')).toMatchObject({ inviteId: rec.inviteId, version: 1 });
  });

  it('is left out once the owner answered before the digest ("done", itself held back and listed)', async () => {
    const { deps, rec } = await heldNudge();
    await replyToRecommendation(deps, rec, 'done');
    const digest = [...deps.scheduler.schedules.values()].find((s) => s.call.kind === 'held-digest')!;
    deps.clock.set(digest.at);
    const before = deps.mailer.sent.length;
    expect(await answerHeldMail(followDeps(deps))).toBe('sent');
    const [sent] = await sentSince(deps, before);
    expect(sent!.mail.subject).toBe('invite-advisor: held back by the hourly limit: 1 note');
    expect(sent!.mail.text).not.toContain('Not answered yet');
  });
});
