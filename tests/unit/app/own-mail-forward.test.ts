/**
 * A forward of the product's own mail is answered at most once (issue 14, item 5): forwarding a
 * recommendation back to the inbox gets one note, never a recommendation of a recommendation, and a
 * mail rule that forwards everything from invite-advisor back to it cannot make a loop.
 */
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { deliver, fakeInboundDeps, forwardInvitation, INBOX, OWNER, SENDING, sesId, type FakeInboundDeps } from '../../fakes/ports.js';

/** The owner forwards `raw` (a mail invite-advisor sent) to the inbox, as an attachment or inline as Gmail does. */
async function forwardBack(deps: FakeInboundDeps, raw: Buffer, shape: 'attachment' | 'inline', sesMessageId = sesId('fwd')) {
  const mail = await simpleParser(raw);
  const outer =
    shape === 'attachment'
      ? { text: 'what about this one?', attachments: [{ content: raw, contentType: 'message/rfc822', filename: 'forwarded.eml' }] }
      : { text: `fyi\n\n---------- Forwarded message ---------\nFrom: invite-advisor <${SENDING}>\nDate: Tue, Mar 17, 2026 at 11:00 AM\nSubject: ${mail.subject}\nTo: <${OWNER}>\n\n${mail.text}` };
  const forward = await new MailComposer({ from: `Alex Morgan <${OWNER}>`, to: INBOX, subject: `Fwd: ${mail.subject}`, messageId: `<${sesMessageId}@mail.example.com>`, ...outer }).compile().build();
  const before = deps.mailer.sent.length;
  const result = await receiveMail(deps, deliver(deps.rawMail, sesMessageId, forward));
  return { result, answers: deps.mailer.sent.slice(before) };
}

describe('a forward of invite-advisor\'s own mail', () => {
  for (const shape of ['attachment', 'inline'] as const) {
    it(`(${shape}) gets one note the first time, never a recommendation, and nothing after`, async () => {
      // Prepare
      const deps = fakeInboundDeps();
      await forwardInvitation(deps);
      const recommendation = deps.mailer.sent[0]!.raw;
      // Act
      const first = await forwardBack(deps, recommendation, shape);
      const again = await forwardBack(deps, recommendation, shape);
      // Assess
      expect(first.result.outcome).toBe('answered-notice');
      expect(first.answers).toHaveLength(1);
      const note = await simpleParser(first.answers[0]!.raw);
      expect(note.subject).toBe("invite-advisor: that is invite-advisor's own mail");
      expect(note.text).toContain('Forward the recruiter\'s invitation itself');
      expect(again.result).toMatchObject({ outcome: 'dropped', reason: 'own-mail-forwarded-again' });
      expect(again.answers).toEqual([]);
      expect(await deps.store.invitationsReceivedSince(new Date(0))).toHaveLength(1);
    });
  }

  it('a rule that forwards everything back makes no loop: the note about the forward is not answered', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    await forwardInvitation(deps);
    // Act: each mail invite-advisor sends is forwarded back, as a mail rule would
    const outcomes: string[] = [];
    let next: Buffer | undefined = deps.mailer.sent[0]!.raw;
    for (let hop = 0; next && hop < 5; hop += 1) {
      const { result, answers } = await forwardBack(deps, next, 'inline');
      outcomes.push(result.outcome);
      next = answers[0]?.raw;
    }
    // Assess
    expect(outcomes).toEqual(['answered-notice', 'dropped']);
  });

  it('the same forward delivered again (Lambda\'s retry after a failure) is still answered', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    await forwardInvitation(deps);
    const recommendation = deps.mailer.sent[0]!.raw;
    const id = sesId('fwd');
    deps.mailer.failNext(1, Object.assign(new Error('SES unavailable'), { name: 'ServiceUnavailable' }));
    // Act
    await expect(forwardBack(deps, recommendation, 'attachment', id)).rejects.toThrow('SES unavailable');
    const retried = await forwardBack(deps, recommendation, 'attachment', id);
    // Assess
    expect(retried.result.outcome).toBe('answered-notice');
    expect(retried.answers).toHaveLength(1);
  });
});
