/**
 * What an outsider tried after #11 (the red-team round), through the real entry (receiveMail) on
 * in-memory ports, with SES's header block on top of the stored message as SES writes it:
 * - passing as the owner through the From field: a From that nodemailer's forgiving parser read as the
 *   owner while the receiving server could read another author, whose own domain passes DMARC;
 * - a draft recipient smuggled inside another address of the invitation (a quoted local part, `%`
 *   routing): the drafts answered a part of what was written.
 */
import { describe, expect, it } from 'vitest';
import { receiveMail } from '../../../functions/app/receive-mail.js';
import { configWith, deliver, fakeInboundDeps, fixture, forwardInvitation, ownerMessage, sesId } from '../../fakes/ports.js';

const FORWARD = fixture('fixtures/mail/forward-gmail-owner.eml').toString('latin1');
const SUBJECT = 'Video interview - Junior Financial Analyst';

/** SES's block for mail from evil.example's own server, SES's DMARC verdict for `dmarcDomain`. */
function sesBlock(dmarcDomain: string, helo = 'mx.evil.example'): string {
  const spf = `pass (spfCheck: domain of evil.example designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=bounce@evil.example; helo=${helo};`;
  return [
    'Return-Path: <bounce@evil.example>',
    'Received: from mx.evil.example by inbound-smtp.us-east-1.amazonaws.com with SMTP id x for interviews@in.example.com; Tue, 17 Mar 2026 14:22:48 +0000 (UTC)',
    `Received-SPF: ${spf}`,
    `Authentication-Results: amazonses.com;\r\n spf=${spf}\r\n dkim=pass header.i=@evil.example;\r\n dmarc=pass header.from=${dmarcDomain};`,
    '',
  ].join('\r\n');
}

function withFrom(from: string, block: string): Buffer {
  return Buffer.from(block + FORWARD.replace(/^From: .*$/m, `From: ${from}`), 'latin1');
}

describe('a From field read two ways never makes a stranger the owner', () => {
  it.each([
    'alex@example.com evil@evil.example',
    '<alex@example.com> evil@evil.example',
    'Alex <alex@example.com> <evil@evil.example>',
    'Alex <alex@example.com>evil@evil.example',
    '<> alex@example.com',
    'alex@example.com <>',
    '<alex@example.com',
    'g: alex@example.com;',
    'alex@example.com,',
    '"alex"@example.com',
    '<@evil.example:alex@example.com>',
    'alex(x)@example.com',
    'alex@ｅｘａｍｐｌｅ.com',
  ])('From: %s, with SES’s DMARC pass for evil.example: dropped, nothing sent, nothing stored', async (from) => {
    // Prepare
    const deps = fakeInboundDeps();
    const id = sesId('outsider');
    const delivery = deliver(deps.rawMail, id, withFrom(from, sesBlock('evil.example')), { mailFrom: 'bounce@evil.example' });
    // Act
    const result = await receiveMail(deps, delivery);
    // Assess
    expect(result).toMatchObject({ outcome: 'dropped' });
    expect(deps.mailer.sent).toEqual([]);
    expect(await deps.store.invitationsReceivedSince(new Date(0))).toEqual([]);
    expect(JSON.stringify(deps.log.lines)).not.toContain(SUBJECT);
  });

  it('the same with a HELO name that makes SES’s header unreadable: the From alone must hold', async () => {
    // Prepare: an unclosed comment in the HELO name; nothing in SES's header can be read any more.
    const deps = fakeInboundDeps();
    const raw = withFrom('<alex@example.com> evil@evil.example', sesBlock('evil.example', 'mx.evil.example (x'));
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('outsider'), raw, { mailFrom: 'bounce@evil.example' }));
    // Assess
    expect(result).toEqual({ outcome: 'dropped', reason: 'stranger' });
    expect(deps.mailer.sent).toEqual([]);
  });

  it('a message that cannot be parsed is judged by SES’s list of From addresses, as strictly', async () => {
    // Prepare: binary noise (no notice is owed to anyone), SES's event naming an ambiguous From.
    const deps = fakeInboundDeps();
    const id = sesId('outsider');
    const delivery = { ...deliver(deps.rawMail, id, fixture('fixtures/mail/garbage.bin'), { mailFrom: 'bounce@evil.example' }), from: ['<alex@example.com> evil@evil.example'] };
    // Act
    const result = await receiveMail(deps, delivery);
    // Assess: before, the first address was taken and the owner got a "could not be read" note.
    expect(result).toEqual({ outcome: 'dropped', reason: 'stranger' });
    expect(deps.mailer.sent).toEqual([]);
  });

  it('the owner’s own forward with SES’s block on top is still answered', async () => {
    // Prepare
    const deps = fakeInboundDeps();
    const raw = withFrom('Alex Morgan <alex@example.com>', sesBlock('example.com').replace(/evil\.example/g, 'example.com'));
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('forward'), raw));
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    expect(deps.mailer.sent.map((m) => m.envelope.to)).toEqual([['alex@example.com']]);
    // Ids and outcomes in the log, never the subject or a line of the mail.
    const logged = JSON.stringify(deps.log.lines);
    expect(logged).not.toContain(SUBJECT);
    expect(logged).not.toContain('looks interesting');
  });
});

describe('a draft recipient is what the invitation wrote, never a part of it', () => {
  it.each([
    ['a quoted local part holding another address', '"victim@evil.example"@oakmoorbank.example'],
    ['percent routing', 'victim%evil.example@oakmoorbank.example'],
    ['a bang path', 'evil.example!victim@oakmoorbank.example'],
  ])('a forwarded Reply-To line with %s: the drafts answer the sender, not a part of it', async (_name, replyTo) => {
    // Prepare: the owner forwards an invitation whose header block names an unusable Reply-To.
    const deps = fakeInboundDeps();
    const raw = FORWARD.replace('From: Sofia Brandt <sofia.brandt@oakmoorbank.example>', `From: Sofia Brandt <sofia.brandt@oakmoorbank.example>\r\nReply-To: ${replyTo}`);
    // Act
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('forward'), Buffer.from(raw, 'latin1')));
    // Assess
    expect(result).toMatchObject({ outcome: 'recommended' });
    const [recommendation] = await deps.mailer.parsed();
    const recipients = [...(recommendation?.mail.text ?? '').matchAll(/^To: (.+)$/gm)].map((m) => m[1]);
    expect(recipients.length).toBeGreaterThan(0);
    for (const to of recipients) expect(to).toBe('sofia.brandt@oakmoorbank.example');
  });
});

describe('the address the drafts answer is shown as it is', () => {
  it.each([
    ['an address as display name', '"sofia.brandt@oakmoorbank.example" <victim@evil.example>'],
    ['an encoded word that decodes to an address', '=?utf-8?q?sofia.brandt=40oakmoorbank.example?= <victim@evil.example>'],
    ['an address with a fullwidth @ as display name', '=?utf-8?q?sofia.brandt=EF=BC=A0oakmoorbank.example?= <victim@evil.example>'],
  ])('a Reply-To with %s: the recommendation names only the address it answers', async (_name, replyTo) => {
    // Prepare
    const deps = fakeInboundDeps();
    const raw = FORWARD.replace('From: Sofia Brandt <sofia.brandt@oakmoorbank.example>', `From: Sofia Brandt <sofia.brandt@oakmoorbank.example>\r\nReply-To: ${replyTo}`);
    // Act
    await receiveMail(deps, deliver(deps.rawMail, sesId('forward'), Buffer.from(raw, 'latin1')));
    // Assess: no other address beside the one the drafts go to.
    const [recommendation] = await deps.mailer.parsed();
    const text = recommendation?.mail.text ?? '';
    expect(text).toMatch(/^- Drafts answer: victim@evil\.example$/m);
    expect(recommendation?.mail.html ?? '').not.toMatch(/sofia\.brandt@oakmoorbank\.example[^<]*(?:&lt;|<)victim/);
  });
});

describe('a reply command with a valid token from anyone but the owner sends nothing', () => {
  /** The owner's recommendation (sending on the owner's behalf on), then "accept" to its token from `from`. */
  async function acceptFrom(from: string, extra: string) {
    const deps = fakeInboundDeps({ config: configWith({ replies: { sendOnBehalf: true } }) });
    const recommendation = await forwardInvitation(deps);
    const to = `interviews+${recommendation.token}@in.example.com`;
    const reply = (await ownerMessage({ to, text: 'accept', messageId: `<${sesId('cmd')}@evil.example>`, inReplyTo: recommendation.messageId })).toString('latin1');
    const raw = reply.replace(/^From: .*$/m, `From: ${from}${extra ? `\r\n${extra}` : ''}`);
    const before = deps.mailer.sent.length;
    const result = await receiveMail(deps, deliver(deps.rawMail, sesId('cmd'), Buffer.from(raw, 'latin1'), { recipients: [to], mailFrom: 'bounce@evil.example' }));
    return { result, jobs: deps.draftSender.jobs, mailed: deps.mailer.sent.length - before };
  }

  it.each([
    ['a stranger, the owner in Cc and Reply-To', 'Sofia Brandt <sofia.brandt@oakmoorbank.example>', 'Cc: alex@example.com\r\nReply-To: alex@example.com'],
    ['an owner alias that is not configured', 'Alex Morgan <alex.morgan@example.com>', ''],
    ['a From read two ways', '<alex@example.com> evil@evil.example', ''],
    ['the owner in Sender only', 'Evil <evil@evil.example>', 'Sender: alex@example.com'],
  ])('%s: dropped, no job, nobody told', async (_name, from, extra) => {
    // Prepare / Act
    const { result, jobs, mailed } = await acceptFrom(from, extra);
    // Assess
    expect(result).toMatchObject({ outcome: 'dropped' });
    expect(mailed).toBe(0);
    expect(jobs).toEqual([]);
  });

  it('the same from the owner hands over the job (the control)', async () => {
    const { jobs } = await acceptFrom('Alex Morgan <alex@example.com>', '');
    expect(jobs.map((job) => job.to)).toEqual(['sofia.brandt@oakmoorbank.example']);
  });
});
