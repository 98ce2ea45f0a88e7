/**
 * The Bcc copy of a draft the owner sent from a recommendation's link: addressed to the recruiter, it
 * reaches the inbox as `interviews+<choice token>-accept|decline@…` and records the choice. It is never
 * a command, and never answered.
 */
import { describe, expect, it } from 'vitest';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { choiceAddresses, makeReplyToken } from '../../../functions/core/reply/reply.js';
import { configWith, deliver, fakeInboundDeps, forwardInvitation, INBOX, OWNER, ownerMessage, sesId, TOKEN_SECRET, type FakeInboundDeps } from '../../fakes/ports.js';

const RECRUITER = 'sofia.brandt@oakmoorbank.example';
const DAY = 86_400_000;

/** The owner sends a draft to the recruiter with the link's Bcc: what reaches the inbox. */
async function choiceCopy(deps: FakeInboundDeps, bcc: string, options: { verdicts?: { dmarc?: 'PASS' | 'GRAY' | 'FAIL'; dkim?: 'PASS' | 'GRAY' | 'FAIL' } } = {}) {
  const id = sesId('choice');
  const raw = await ownerMessage({ to: RECRUITER, subject: 'Re: Video interview - Junior Financial Analyst', text: 'Dear Sofia,\n\nI am glad to confirm.\n\nAlex', messageId: `<${id}@mail.example.com>` });
  return receiveMail(deps, deliver(deps.rawMail, id, raw, { recipients: [bcc], ...(options.verdicts ? { verdicts: options.verdicts } : {}) }));
}

const expiry = (deps: FakeInboundDeps) => new Date(deps.clock.now().getTime() + 60 * DAY);

describe('recordChoice', () => {
  it('records the choice a Bcc copy with a valid choice token names, and answers nothing', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const { inviteId } = await forwardInvitation(deps);
    const address = choiceAddresses(INBOX, TOKEN_SECRET, { inviteId, version: 1 }, expiry(deps));
    deps.clock.advance(DAY);
    // Act
    const accepted = await choiceCopy(deps, address({ verdict: 'attend' }));
    // Assess
    expect(accepted).toEqual({ outcome: 'choice-recorded', inviteId });
    expect((await deps.store.getInvitation(inviteId))?.choice).toEqual({ verdict: 'attend', at: deps.clock.now().toISOString() });
    expect(deps.mailer.sent).toHaveLength(1); // the recommendation only
    expect(deps.draftSender.jobs).toEqual([]);
  });

  it('records which proposed time was accepted, and a later decline replaces it', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const { inviteId } = await forwardInvitation(deps);
    const address = choiceAddresses(INBOX, TOKEN_SECRET, { inviteId, version: 1 }, expiry(deps));
    // Act
    await choiceCopy(deps, address({ verdict: 'attend', slot: 2 }));
    const afterAccept = (await deps.store.getInvitation(inviteId))?.choice;
    deps.clock.advance(DAY);
    await choiceCopy(deps, address({ verdict: 'decline' }));
    // Assess
    expect(afterAccept).toEqual({ verdict: 'attend', slot: 2, at: '2026-03-17T15:00:00.000Z' });
    expect((await deps.store.getInvitation(inviteId))?.choice).toEqual({ verdict: 'decline', at: '2026-03-18T15:00:00.000Z' });
  });

  it('drops a copy whose choice token does not verify, recording nothing', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const { inviteId } = await forwardInvitation(deps);
    const token = makeReplyToken('another secret', { inviteId, version: 1 }, expiry(deps), 'choice');
    // Act
    const result = await choiceCopy(deps, `interviews+${token}-accept@in.example.com`);
    // Assess
    expect(result).toEqual({ outcome: 'dropped' });
    expect((await deps.store.getInvitation(inviteId))?.choice).toBeNull();
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.log.lines).toContainEqual({ level: 'warn', message: 'choice copy with an invalid token ignored', extra: { reason: 'bad-signature' } });
  });

  it('drops a copy that is not authenticated well enough (no DMARC pass, no aligned DKIM pass)', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const { inviteId } = await forwardInvitation(deps);
    const address = choiceAddresses(INBOX, TOKEN_SECRET, { inviteId, version: 1 }, expiry(deps));
    // Act
    const result = await choiceCopy(deps, address({ verdict: 'decline' }), { verdicts: { dmarc: 'GRAY', dkim: 'GRAY' } });
    // Assess
    expect(result).toEqual({ outcome: 'dropped', reason: 'unauthenticated-owner' });
    expect((await deps.store.getInvitation(inviteId))?.choice).toBeNull();
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('drops an unauthenticated copy even from an owner address listed as unsigned (a choice is as strict as a command)', async () => {
    // Prepare
    const deps = fakeInboundDeps({ config: configWith({ owner: { unsignedAddresses: [OWNER] } }) });
    const { inviteId } = await forwardInvitation(deps);
    const address = choiceAddresses(INBOX, TOKEN_SECRET, { inviteId, version: 1 }, expiry(deps));
    // Act
    const result = await choiceCopy(deps, address({ verdict: 'decline' }), { verdicts: { dmarc: 'GRAY', dkim: 'GRAY' } });
    // Assess
    expect(result).toEqual({ outcome: 'dropped' });
    expect((await deps.store.getInvitation(inviteId))?.choice).toBeNull();
    expect(deps.mailer.sent).toHaveLength(1);
  });

  it('does not accept a reply token as a choice token (nor read the copy as a command)', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const { inviteId, token: replyToken } = await forwardInvitation(deps);
    // Act
    const result = await choiceCopy(deps, `interviews+${replyToken}-accept@in.example.com`);
    // Assess
    expect(result).toEqual({ outcome: 'dropped' });
    expect((await deps.store.getInvitation(inviteId))?.choice).toBeNull();
    expect(await deps.store.getSend(inviteId)).toBeNull();
    expect(deps.mailer.sent).toHaveLength(1);
    expect(deps.draftSender.jobs).toEqual([]);
  });
});
