/**
 * The owner forwards an invitation: the real core reads and weighs it, the use case stores it and mails
 * the owner one recommendation (in-memory ports; the mail is parsed back with mailparser).
 */
import { describe, expect, it } from 'vitest';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { verifyReplyToken } from '../../../functions/core/reply/reply.js';
import type { RecommendationCommit, RecommendationWrites } from '../../../functions/app/ports.js';
import { MemoryInviteStore } from '../../fakes/memory-store.js';
import { configWith, deliver, exampleConfig, fakeInboundDeps, fixture, INBOX, OWNER, SENDING, sesId, TOKEN_SECRET } from '../../fakes/ports.js';

const FORWARD = 'fixtures/mail/forward-gmail-owner.eml';
const FORWARD_MESSAGE_ID = '<CAHk3m9S2pLw7Qe0xVb4NdTz1Yk8aJr6uFc3Gm5Hi9Ro2Ws0Ea1@mail.example.com>';
const RECRUITER = 'sofia.brandt@oakmoorbank.example';
const HOUR = 3_600_000;

/** A store where another run's recommendation of the same invitation (another forward) is committed just before each of this run's first `races`. */
class RacedStore extends MemoryInviteStore {
  constructor(private races: number) {
    super();
  }
  override async commitRecommendation(writes: RecommendationWrites): Promise<RecommendationCommit> {
    if (this.races > 0) {
      this.races -= 1;
      const stored = await this.getInvitation(writes.invitation.inviteId);
      await super.commitRecommendation({
        ...writes,
        messageId: `other-${this.races}`,
        runId: `other-run-${this.races}`,
        invitation: { ...writes.invitation, ownerNote: 'the other forward', versionFrom: `forward-other-${this.races}` },
        basis: stored ? (stored.version ?? 'unversioned') : null,
      });
    }
    return super.commitRecommendation(writes);
  }
}

describe('recommendInvitation', () => {
  it('stores the invitation and mails the owner one recommendation whose Reply-To carries its token', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const id = sesId('forward');
    const delivery = deliver(deps.rawMail, id, fixture(FORWARD));
    // Act
    const result = await receiveMail(deps, delivery);
    // Assess: the outcome and the stored invitation
    expect(result).toMatchObject({ outcome: 'recommended', sentMessageId: deps.mailer.sent[0]?.messageId });
    const inviteId = (result as { inviteId: string }).inviteId;
    const stored = await deps.store.getInvitation(inviteId);
    expect(stored).toMatchObject({
      inviteId,
      sourceMessageIds: [id],
      receivedAt: deps.clock.now().toISOString(),
      ownerNote: 'looks interesting',
      companyKey: 'oakmoorbank.example',
      facts: { isInvite: true, company: 'Oakmoor Bank', role: 'Junior Financial Analyst', format: 'video', slots: [{ start: '2026-03-23T11:00:00-04:00' }] },
      decision: { verdict: 'attend' },
      drafts: { accept: { to: RECRUITER }, decline: { to: RECRUITER } },
      choice: null,
    });
    expect(stored?.send).toBeUndefined();
    // Assess: exactly one mail, to the owner, from the sending address
    const [sent, ...more] = await deps.mailer.parsed();
    expect(more).toEqual([]);
    expect(sent?.envelope).toEqual({ from: SENDING, to: [OWNER] });
    const mail = sent!.mail;
    expect(mail.from?.value).toEqual([{ name: 'invite-advisor', address: SENDING }]);
    expect(mail.subject).toBe('Attend: Video interview - Junior Financial Analyst');
    expect(mail.inReplyTo).toBe(FORWARD_MESSAGE_ID);
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(mail.text).toContain(`To: ${RECRUITER}`);
    expect(mail.text).toContain(stored!.drafts.accept.body.split('\n')[2]);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['interview-hold.ics']);
    // Assess: Reply-To inbox+<token>, the token naming this invitation
    const replyTo = mail.replyTo?.value[0]?.address ?? '';
    const token = /^interviews\+([a-z2-7]{39})@in\.example\.com$/.exec(replyTo)?.[1] ?? '';
    expect(replyTo.endsWith(`@${INBOX.split('@')[1]}`)).toBe(true);
    expect(verifyReplyToken(TOKEN_SECRET, token, deps.clock.now()).inviteId).toBe(inviteId);
    // Assess: a reply quoting either id of the recommendation finds the invitation
    const headerId = /^<([^@]+)@/.exec(mail.messageId ?? '')?.[1] ?? '';
    expect(await deps.store.invitationForSentMessage(headerId)).toBe(inviteId);
    expect(await deps.store.invitationForSentMessage(deps.mailer.sent[0]!.messageId)).toBe(inviteId);
    expect(await deps.store.claimMessage(id, 'probe', deps.clock.now(), 60)).toEqual({ status: 'done', outcome: 'recommended' });
  });

  it('updates the same invitation when it is forwarded again', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const first = await receiveMail(deps, deliver(deps.rawMail, 'forward-first', fixture(FORWARD)));
    deps.clock.advance(HOUR);
    // Act
    const second = await receiveMail(deps, deliver(deps.rawMail, 'forward-second', fixture(FORWARD)));
    // Assess
    const inviteId = (first as { inviteId: string }).inviteId;
    expect(second).toMatchObject({ outcome: 'recommended', inviteId });
    expect(await deps.store.invitationsReceivedSince(new Date(0))).toHaveLength(1);
    expect(await deps.store.getInvitation(inviteId)).toMatchObject({ sourceMessageIds: ['forward-first', 'forward-second'], receivedAt: '2026-03-17T15:00:00.000Z', version: 2, firstVersion: 1, recommendedAt: '2026-03-17T16:00:00.000Z' });
    expect(deps.mailer.sent).toHaveLength(2);
  });

  it('a save whose answer was lost and that the SDK sent again is its own write: one recommendation, version 1', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    deps.store.resendNext('saveInvitation');
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, 'forward-once', fixture(FORWARD)));
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    expect(deps.mailer.sent).toHaveLength(1);
    expect(await deps.store.getInvitation((result as { inviteId: string }).inviteId)).toMatchObject({ version: 1, versionFrom: 'forward-once' });
  });

  it('another forward of the same invitation saved the same version first: this run reads it and makes the next version', async () => {
    // Prepare: a store where another run's write of the same first version lands just before this run's.
    const deps = fakeInboundDeps({ store: new RacedStore(1) });
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, 'forward-raced', fixture(FORWARD)));
    // Assess: the next version, recommended with tokens that name it
    expect(result).toMatchObject({ outcome: 'recommended' });
    expect(deps.mailer.sent).toHaveLength(1);
    const [mail] = await deps.mailer.parsed();
    const token = /^interviews\+([a-z2-7]+)@/.exec(mail?.mail.replyTo?.value[0]?.address ?? '')?.[1] ?? '';
    expect(verifyReplyToken(TOKEN_SECRET, token, deps.clock.now()).version).toBe(2);
    expect(await deps.store.getInvitation((result as { inviteId: string }).inviteId)).toMatchObject({ version: 2, firstVersion: 1, versionFrom: 'forward-raced', ownerNote: 'looks interesting' });
  });

  it('raced again after reading it: nothing is sent or claimed, and the retry makes the next version', async () => {
    // Prepare: another run's write lands just before each of this run's two.
    const deps = fakeInboundDeps({ store: new RacedStore(2) });
    const delivery = deliver(deps.rawMail, 'forward-raced', fixture(FORWARD));
    // Act
    const first = receiveMail(deps, delivery);
    await expect(first).rejects.toMatchObject({ name: 'StaleInvitationError' });
    expect(deps.mailer.sent).toEqual([]);
    expect(deps.store.messageRecord('forward-raced')).toBeNull();
    const retry = await receiveMail(deps, delivery);
    // Assess
    expect(retry).toMatchObject({ outcome: 'recommended' });
    expect(deps.mailer.sent).toHaveLength(1);
    expect(await deps.store.getInvitation((retry as { inviteId: string }).inviteId)).toMatchObject({ version: 3, firstVersion: 1, versionFrom: 'forward-raced' });
  });

  it('tells the owner when the forward holds no invitation, and stores nothing', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const id = sesId('forward');
    const delivery = deliver(deps.rawMail, id, fixture('fixtures/mail/not-an-invite-owner.eml'));
    // Act
    const result = await receiveMail(deps, delivery);
    // Assess
    expect(result).toEqual({ outcome: 'answered-notice', sentMessageId: deps.mailer.sent[0]?.messageId });
    const [notice, ...more] = await deps.mailer.parsed();
    expect(more).toEqual([]);
    expect(notice?.envelope.to).toEqual([OWNER]);
    expect(notice?.mail.subject).toBe('invite-advisor: no interview invitation found');
    expect(notice?.mail.text).toContain(`kept as ${id}`);
    expect(notice?.mail.replyTo).toBeUndefined();
    expect(await deps.store.invitationsReceivedSince(new Date(0))).toEqual([]);
  });

  it('sends recommendations up to their hourly limit, then one "paused" notice, then nothing until the next hour', async () => {
    // Prepare
    const base = exampleConfig();
    const deps = fakeInboundDeps({ config: configWith({ limits: { ...base.limits, mailsToOwnerPerHour: 2, recommendationsPerHour: 2 } }) });
    const forward = () => receiveMail(deps, deliver(deps.rawMail, sesId('forward'), fixture(FORWARD)));
    // Act
    const outcomes = [];
    for (let i = 0; i < 4; i += 1) outcomes.push((await forward()).outcome);
    deps.clock.set('2026-03-17T16:00:00Z');
    const nextHour = await forward();
    // Assess
    expect(outcomes).toEqual(['recommended', 'recommended', 'rate-limited', 'rate-limited']);
    expect(nextHour.outcome).toBe('recommended');
    const subjects = (await deps.mailer.parsed()).map((m) => m.mail.subject);
    expect(subjects).toEqual([
      'Attend: Video interview - Junior Financial Analyst',
      'Attend: Video interview - Junior Financial Analyst',
      'invite-advisor: paused: too many recommendations this hour',
      // No digest: the invitation held back was answered by the next hour's recommendation of it.
      'Attend: Video interview - Junior Financial Analyst',
    ]);
    const paused = (await deps.mailer.parsed())[2]!.mail;
    expect(paused.replyTo).toBeUndefined();
    expect(paused.attachments).toEqual([]);
    expect(paused.text).toContain('has sent you 2 recommendations this hour');
    expect(paused.text).toContain('answered in one digest soon after Tue, Mar 17, 12:00 PM EDT');
  });
});
