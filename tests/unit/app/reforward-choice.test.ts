/**
 * A re-forwarded invitation names the choice already made (issue 14, item 8): the draft a reply command
 * sent (and how far it got), or the draft the owner sent from their own mail (its Bcc copy).
 */
import { describe, expect, it } from 'vitest';
import { sendDraft } from '../../../functions/app/send-draft.js';
import { choiceAddresses } from '../../../functions/core/reply/reply.js';
import { configWith, deliver, fakeInboundDeps, fakeSendDeps, forwardInvitation, INBOX, ownerMessage, replyToRecommendation, sesId, TOKEN_SECRET } from '../../fakes/ports.js';
import { receiveMail } from '../../../functions/app/receive-mail.js';

const RECRUITER = 'sofia.brandt@oakmoorbank.example';
const DAY = 86_400_000;

describe('a re-forwarded invitation', () => {
  it('names the draft a reply command sent, where it went and when, in the owner\'s zone', async () => {
    // Prepare: the owner replied "accept" and the sending function sent it
    const inbound = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
    const rec = await forwardInvitation(inbound);
    await replyToRecommendation(inbound, rec, 'accept');
    await sendDraft(fakeSendDeps({ config: inbound.config, store: inbound.store, clock: inbound.clock }), inbound.draftSender.jobs[0]!);
    inbound.clock.advance(2 * DAY);
    // Act
    const again = await forwardInvitation(inbound);
    // Assess
    const line = 'You already chose to accept this invitation on Tue, Mar 17, 11:00 AM EDT: the accept draft went to sofia.brandt@oakmoorbank.example.';
    expect(again.inviteId).toBe(rec.inviteId);
    expect(again.mail.text).toContain(`Recommendation: attend\n\n${line}\n\n- `);
    expect(String(again.mail.html)).toContain(`You already chose to accept this invitation on Tue, Mar 17, 11:00 AM EDT: the accept draft went to <bdi>${RECRUITER}</bdi>.`);
  });

  it('says when the draft may not have gone out, and how to send it again', async () => {
    // Prepare
    const inbound = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
    const rec = await forwardInvitation(inbound);
    await replyToRecommendation(inbound, rec, 'decline');
    const job = inbound.draftSender.jobs[0]!;
    await inbound.store.updateSend(rec.inviteId, job.attempt, ['claimed'], { status: 'uncertain', to: RECRUITER });
    // Act
    const again = await forwardInvitation(inbound);
    // Assess
    expect(again.mail.text).toContain('You already chose to decline this invitation on Tue, Mar 17, 11:00 AM EDT: the decline draft to sofia.brandt@oakmoorbank.example may not have gone out (reply "resend" to this recommendation to send it again).');
  });

  it('names the draft the owner sent from their own mail (recorded from its Bcc copy)', async () => {
    // Prepare: the owner sent the decline draft from the recommendation's link, Bcc the choice address
    const deps = fakeInboundDeps();
    const rec = await forwardInvitation(deps);
    const bcc = choiceAddresses(INBOX, TOKEN_SECRET, { inviteId: rec.inviteId, version: 1 }, new Date(deps.clock.now().getTime() + 60 * DAY))({ verdict: 'decline' });
    const copyId = sesId('copy');
    const copy = await ownerMessage({ to: RECRUITER, subject: 'Re: Video interview', text: 'Dear Sofia, thank you…', messageId: `<${copyId}@mail.example.com>` });
    await receiveMail(deps, deliver(deps.rawMail, copyId, copy, { recipients: [bcc] }));
    // Act
    const again = await forwardInvitation(deps);
    // Assess
    expect(again.mail.text).toContain('You already chose to decline this invitation on Tue, Mar 17, 11:00 AM EDT: you sent the decline draft from your own mail.');
  });

  it('says nothing of a choice on a first forward, nor after a send that failed (nothing went out)', async () => {
    // Prepare
    const inbound = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
    const rec = await forwardInvitation(inbound);
    await replyToRecommendation(inbound, rec, 'accept');
    await inbound.store.updateSend(rec.inviteId, inbound.draftSender.jobs[0]!.attempt, ['claimed'], { status: 'failed' });
    // Act
    const again = await forwardInvitation(inbound);
    // Assess
    expect(rec.mail.text).not.toContain('You already chose');
    expect(again.mail.text).not.toContain('You already chose');
  });
});
