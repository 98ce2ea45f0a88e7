/**
 * SES reports a bounce or a complaint about mail invite-advisor sent: the owner hears of it when it was
 * mail sent for them to someone else; anything else is not ours to speak of.
 */
import { describe, expect, it } from 'vitest';
import { reportBounce } from '../../../functions/app/report-bounce.js';
import { deliveryReportOf, SesSendingEventSchema } from '../../../functions/handlers/kit.js';
import { inviteIdFor } from '../../../functions/core/reply/reply.js';
import { fakeBounceDeps, OWNER } from '../../fakes/ports.js';

const RECRUITER = 'sofia.brandt@oakmoorbank.example';
const INVITE_ID = inviteIdFor('report-bounce/invitation');
const SENT_ID = '0100019c00000001-fake-ses-000000';

/** An SES event-publishing record, validated as the bounce handler validates it. */
function event(record: unknown) {
  return deliveryReportOf(SesSendingEventSchema.parse(record));
}

function bounce(messageId: string, recipients: { emailAddress: string; diagnosticCode?: string }[], bounceType = 'Permanent') {
  return event({ eventType: 'Bounce', mail: { messageId, commonHeaders: { subject: 'Re: Video interview - Junior Financial Analyst' } }, bounce: { bounceType, bouncedRecipients: recipients } });
}

/** The sending function remembered the draft it sent (sendDraft does this once SES accepted it). */
async function depsWithSentDraft() {
  const deps = fakeBounceDeps();
  await deps.store.rememberSentMessage(SENT_ID, INVITE_ID, deps.clock.now());
  return deps;
}

describe('reportBounce', () => {
  it('tells the owner when the mail sent to a recruiter bounced', async () => {
    // Prepare
    const deps = await depsWithSentDraft();
    // Act
    const result = await reportBounce(deps, bounce(SENT_ID, [{ emailAddress: RECRUITER, diagnosticCode: 'smtp; 550 5.1.1 user unknown' }]));
    // Assess
    expect(result).toBe('reported');
    const [notice, ...more] = await deps.mailer.parsed();
    expect(more).toEqual([]);
    expect(notice?.envelope.to).toEqual([OWNER]);
    expect(notice?.mail.subject).toBe(`invite-advisor: your answer to ${RECRUITER} bounced`);
    expect(notice?.mail.text).toContain(`Your mail to ${RECRUITER} about "Re: Video interview - Junior Financial Analyst" was not delivered (a permanent bounce): smtp; 550 5.1.1 user unknown.`);
    expect(notice?.mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(deps.log.lines).toContainEqual({ level: 'info', message: 'bounce reported to the owner', extra: { inviteId: INVITE_ID, kind: 'permanent-bounce' } });
  });

  it('tells the owner even when the hourly cap is spent (a notice about a send is never held back), and counts it', async () => {
    // Prepare
    const deps = await depsWithSentDraft();
    const limit = deps.config.limits.mailsToOwnerPerHour;
    while ((await deps.store.reserveOwnerMail(deps.clock.now(), limit)) !== 'blocked');
    // Act
    const result = await reportBounce(deps, bounce(SENT_ID, [{ emailAddress: RECRUITER }]));
    // Assess
    expect(result).toBe('reported');
    const [notice] = await deps.mailer.parsed();
    expect(notice?.mail.subject).toBe(`invite-advisor: your answer to ${RECRUITER} bounced`);
  });

  it('tells the owner of a complaint too', async () => {
    // Prepare
    const deps = await depsWithSentDraft();
    const complaint = event({ eventType: 'Complaint', mail: { messageId: SENT_ID, commonHeaders: { subject: 'Re: Interview' } }, complaint: { complainedRecipients: [{ emailAddress: RECRUITER }] } });
    // Act
    const result = await reportBounce(deps, complaint);
    // Assess
    expect(result).toBe('reported');
    const [notice] = await deps.mailer.parsed();
    expect(notice?.mail.text).toContain('(marked as spam by the recipient)');
  });

  it('ignores a bounce of a message it does not know', async () => {
    // Prepare
    const deps = await depsWithSentDraft();
    // Act
    const result = await reportBounce(deps, bounce('0100019c-unknown-message', [{ emailAddress: RECRUITER }]));
    // Assess
    expect(result).toBe('ignored');
    expect(deps.mailer.sent).toEqual([]);
  });

  it("does not report the owner's own address (the copy to the owner bounced), whatever its case", async () => {
    // Prepare
    const deps = await depsWithSentDraft();
    // Act
    const result = await reportBounce(deps, bounce(SENT_ID, [{ emailAddress: OWNER.toUpperCase() }], 'Transient'));
    // Assess
    expect(result).toBe('ignored');
    expect(deps.mailer.sent).toEqual([]);
  });

  it('ignores the other event types', async () => {
    // Prepare
    const deps = await depsWithSentDraft();
    // Act
    const result = await reportBounce(deps, event({ eventType: 'Delivery', mail: { messageId: SENT_ID } }));
    // Assess
    expect(result).toBe('ignored');
    expect(deps.mailer.sent).toEqual([]);
  });
});
