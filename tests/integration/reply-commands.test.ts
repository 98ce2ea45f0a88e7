/**
 * Reply commands on the local stack: forward an invitation by SMTP → the recommendation arrives →
 * the owner replies "accept" by SMTP → the recruiter's mail is captured with the right body,
 * recipients, headers and threading, and DynamoDB records it. Plus every way it must NOT send.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keys } from '../../functions/adapters/table-design.js';
import { makeReplyToken, verifyReplyToken } from '../../functions/core/reply/reply.js';
import { setSesAccount, TEST_VERDICTS_HEADER } from '../../local/services/index.js';
import { startSes, type SesStandIn } from '../../local/services/ses.js';
import { startInviteAdvisor, type InviteAdvisorLocal } from '../../local/stack.js';
import { fixture, header, INBOX, localConfig, OWNER, repliesTo, sendSmtp, sentMail, type SentMail, uniqueId, uniqueNames, withMessageId } from './helpers.js';

// One test here flips the SES account into the sandbox. The stand-in is shared by every test file, so
// this file has its own: the flip must never reach another file's sends while it lasts.
let ses: SesStandIn;
let awsEnv: Record<string, string>;
const secret = inject('replyTokenSecret');
let app: InviteAdvisorLocal;
const db = () => DynamoDBDocumentClient.from(new DynamoDBClient({}));

beforeAll(async () => {
  ses = await startSes();
  awsEnv = { ...inject('awsEnv'), AWS_ENDPOINT_URL_SESV2: ses.endpoint };
  const configFile = localConfig('replies', { replies: { sendOnBehalf: true } });
  app = await startInviteAdvisor({ awsEnv, configFile, ...uniqueNames('replies') });
});
afterAll(async () => {
  await app?.stop();
  await ses?.stop();
});

interface Recommendation {
  mail: SentMail;
  token: string;
  inviteId: string;
  recruiter: string;
}

async function recommend(sample: string, target = app): Promise<Recommendation> {
  const forwardId = uniqueId();
  await sendSmtp(target.smtp.port, withMessageId(fixture(sample), forwardId), { from: OWNER, to: [INBOX] });
  await target.settled();
  const [mail] = await repliesTo(awsEnv, forwardId);
  const token = /^interviews\+([a-z2-7]+)@/.exec(mail?.parsed.replyTo?.address ?? '')?.[1] ?? '';
  const recruiter = /^To: (\S+@\S+)$/m.exec(mail?.parsed.text ?? '')?.[1] ?? '';
  return { mail: mail!, token, inviteId: verifyReplyToken(secret, token, new Date()).inviteId, recruiter };
}

/** The owner replies to a recommendation, quoting it as Gmail does. */
async function reply(rec: Recommendation, text: string, options: { token?: string; verdicts?: string; target?: InviteAdvisorLocal } = {}): Promise<string> {
  const messageId = uniqueId();
  const quoted = rec.mail.parsed.text.split('\n').map((l) => `> ${l}`).join('\n');
  const recommendationId = header(rec.mail.parsed, 'message-id') ?? '';
  let raw = await new MailComposer({
    from: `Alex Morgan <${OWNER}>`,
    to: `interviews+${options.token ?? rec.token}@in.example.com`,
    subject: `Re: ${rec.mail.parsed.subject}`,
    text: `${text}\n\nOn Tue, Mar 3, 2026 at 10:00 AM invite-advisor <advisor@in.example.com> wrote:\n${quoted}\n`,
    messageId,
    inReplyTo: recommendationId,
    references: [recommendationId],
  })
    .compile()
    .build();
  if (options.verdicts) raw = Buffer.concat([Buffer.from(`${TEST_VERDICTS_HEADER}: ${options.verdicts}\r\n`), raw]);
  const target = options.target ?? app;
  await sendSmtp(target.smtp.port, raw, { from: OWNER, to: [`interviews+${options.token ?? rec.token}@in.example.com`] });
  await target.settled();
  return messageId;
}

async function mailTo(address: string): Promise<SentMail[]> {
  return (await sentMail(awsEnv)).filter((m) => m.destinations.includes(address));
}

async function invitation(inviteId: string, target = app) {
  return (await db().send(new GetCommand({ TableName: target.tableName, Key: keys.invitation(inviteId), ConsistentRead: true }))).Item;
}

/** Puts the invitation's send state where a test needs it (what a crashed or lost run leaves behind). */
async function setSend(inviteId: string, state: Record<string, unknown>): Promise<void> {
  await db().send(
    new UpdateCommand({ TableName: app.tableName, Key: keys.invitation(inviteId), UpdateExpression: 'SET #send = :s', ExpressionAttributeNames: { '#send': 'send' }, ExpressionAttributeValues: { ':s': state } }),
  );
}

/** The notices the owner got in answer to one reply, by subject. */
async function answersTo(messageId: string): Promise<string[]> {
  return (await repliesTo(awsEnv, messageId)).map((m) => m.parsed.subject ?? '');
}

describe('accept, decline, your own words', () => {
  it('"accept" sends the accept draft to the recruiter: owner’s name on the verified domain, Cc and Reply-To the owner, threaded, not auto-submitted', async () => {
    const rec = await recommend('../samples/04-attachment-ats-video.eml');
    expect(rec.recruiter).toBe('jordan.okafor@lumenfield.example');
    const command = await reply(rec, 'accept');
    const [sent, ...more] = await mailTo(rec.recruiter);
    expect(more).toEqual([]);
    expect(sent!.destinations.sort()).toEqual([OWNER, rec.recruiter].sort());
    expect(sent!.parsed.from).toEqual({ name: 'Alex Morgan', address: 'advisor@in.example.com' });
    expect(sent!.parsed.to.map((t) => t.address)).toEqual([rec.recruiter]);
    expect(sent!.parsed.cc.map((t) => t.address)).toEqual([OWNER]);
    expect(sent!.parsed.replyTo?.address).toBe(OWNER);
    expect(header(sent!.parsed, 'auto-submitted')).toBeUndefined();
    const original = (await invitation(rec.inviteId))?.original.messageId as string;
    expect(original).toMatch(/^<.+>$/);
    expect(header(sent!.parsed, 'in-reply-to')).toBe(original);
    expect(sent!.parsed.subject).toBe('Re: Interview scheduled: Business Intelligence Analyst at Lumenfield Energy');
    const stored = await invitation(rec.inviteId);
    expect(sent!.parsed.text.trim()).toBe(stored?.drafts.accept.body.trim());
    expect(sent!.parsed.text).not.toMatch(/Recommendation|practice|invite-advisor/i);
    expect(stored).toMatchObject({ send: { status: 'sent', verdict: 'attend', to: rec.recruiter }, choice: { verdict: 'attend' } });
    expect(await answersTo(command)).toEqual([`invite-advisor: sent to ${rec.recruiter}`]);
  });

  it('"accept 2" sends the draft confirming the second proposed time', async () => {
    const rec = await recommend('../samples/02-outlook-phone-screen.eml');
    await reply(rec, 'accept 2');
    const [sent] = await mailTo(rec.recruiter).then((all) => all.filter((m) => m.parsed.text.includes('Wednesday, March 18')));
    expect(sent?.parsed.text).toContain('confirm the time you proposed on Wednesday, March 18, 2026 at 3:30 PM');
    expect(await invitation(rec.inviteId)).toMatchObject({ choice: { verdict: 'attend', slot: 2 } });
  });

  it('"decline" with the owner’s own words sends those words instead of the draft; accept afterwards is refused', async () => {
    const rec = await recommend('../samples/03-apple-mail-onsite-decline.eml');
    const before = (await mailTo(rec.recruiter)).length;
    await reply(rec, 'decline\nDear Marcus,\nThank you, but I will pass this time.\nAlex');
    const sent = (await mailTo(rec.recruiter)).slice(before);
    expect(sent.map((m) => m.parsed.text.trim())).toEqual(['Dear Marcus,\nThank you, but I will pass this time.\nAlex']);
    const accept = await reply(rec, 'accept');
    expect(await answersTo(accept)).toEqual(['invite-advisor: not sent: you already chose']);
    expect((await mailTo(rec.recruiter)).length).toBe(before + 1);
  });

  it('a reply whose text quotes the recommendation is refused, and says why', async () => {
    const rec = await recommend('../samples/05-yahoo-scheduling-link.eml');
    const stored = await invitation(rec.inviteId);
    const reason = stored?.decision.reasons[0].text as string;
    const command = await reply(rec, `accept\nHi Nadia,\n${reason}\nAlex`);
    expect(await answersTo(command)).toEqual(['invite-advisor: not sent: your text quotes the recommendation']);
    expect(await mailTo(rec.recruiter)).toEqual([]);
  });

  it('a replayed command sends nothing twice', async () => {
    const rec = await recommend('../samples/06-iphone-french-video.eml');
    await reply(rec, 'accept');
    const again = await reply(rec, 'accept');
    expect(await answersTo(again)).toEqual(['invite-advisor: already sent']);
    expect(await mailTo(rec.recruiter)).toHaveLength(1);
    // The very same message delivered again is a duplicate before it is a command.
    const event = structuredClone(app.events.at(-1));
    expect(await app.handler(event)).toMatchObject([{ outcome: 'duplicate' }]);
    expect(await mailTo(rec.recruiter)).toHaveLength(1);
  });
});

describe('cannot be forged', () => {
  it.each([
    ['a forged owner (DMARC FAIL)', 'dmarc=FAIL; dkim=FAIL; dmarc-policy=reject'],
    ['a DKIM pass from another domain, no DMARC pass', 'dmarc=GRAY; dkim=PASS; dkim-domain=relay.other.example'],
  ])('%s: nothing sent, nobody told', async (_name, verdicts) => {
    const rec = await recommend('../samples/01-gmail-video-interview.eml');
    const command = await reply(rec, 'accept', { verdicts });
    expect(await answersTo(command)).toEqual([]);
    expect(await mailTo(rec.recruiter)).toEqual([]);
    expect((await invitation(rec.inviteId))?.send).toBeUndefined();
  });

  it.each([
    ['a wrong token', (rec: Recommendation) => `${rec.token.slice(0, -2)}${rec.token.endsWith('aa') ? 'bb' : 'aa'}`, 'that reply address is not valid'],
    ['an expired token', (rec: Recommendation) => makeReplyToken(secret, { inviteId: rec.inviteId, version: 1 }, new Date(Date.now() - 86_400_000 * 2)), 'that reply address is not valid'],
  ])('%s: nothing sent; the (authentic) owner is told', async (_name, tokenOf, subject) => {
    const rec = await recommend('../samples/01-gmail-video-interview.eml');
    const command = await reply(rec, 'accept', { token: tokenOf(rec) });
    expect(await answersTo(command)).toEqual([`invite-advisor: ${subject}`]);
    expect(await mailTo(rec.recruiter)).toEqual([]);
  });

  it('another invitation’s token on a reply to this recommendation: refused', async () => {
    const a = await recommend('../samples/01-gmail-video-interview.eml');
    const b = await recommend('../samples/02-outlook-phone-screen.eml');
    const before = (await mailTo(b.recruiter)).length;
    const command = await reply(a, 'accept', { token: b.token });
    expect(await answersTo(command)).toEqual(['invite-advisor: that reply address is not valid']);
    expect(await mailTo(b.recruiter)).toHaveLength(before);
  });

  it('a reply without a token is no command: it is read as a forward (no invitation found)', async () => {
    const rec = await recommend('../samples/01-gmail-video-interview.eml');
    const messageId = uniqueId();
    const raw = await new MailComposer({ from: OWNER, to: INBOX, subject: 'Re: recommendation', text: 'accept', messageId }).compile().build();
    await sendSmtp(app.smtp.port, raw, { from: OWNER, to: [INBOX] });
    await app.settled();
    expect(await answersTo(messageId)).toEqual(['invite-advisor: no interview invitation found']);
    expect(await mailTo(rec.recruiter)).toEqual([]);
  });
});

describe('sandbox, switch, crash and bounce', () => {
  it('in the SES sandbox nothing is sent; the owner gets the mailto link instead', async () => {
    const rec = await recommend('../samples/01-gmail-video-interview.eml');
    await setSesAccount(awsEnv.AWS_ENDPOINT_URL_SESV2 ?? '', { ProductionAccessEnabled: false });
    try {
      const command = await reply(rec, 'accept');
      const [notice] = await repliesTo(awsEnv, command);
      expect(notice?.parsed.subject).toBe('invite-advisor: not sent: your SES account is in the sandbox');
      expect(notice?.parsed.text).toContain(`mailto:${rec.recruiter}?subject=`);
      expect(await mailTo(rec.recruiter)).toEqual([]);
    } finally {
      await setSesAccount(awsEnv.AWS_ENDPOINT_URL_SESV2 ?? '', { ProductionAccessEnabled: true });
    }
  });

  it('a crash between claim and send: the owner is told it may not have gone out, and "resend" sends it', async () => {
    const rec = await recommend('../samples/04-attachment-ats-video.eml');
    const before = (await mailTo(rec.recruiter)).length;
    const command = uniqueId();
    // What a sender that died after starting leaves behind: its claim, marked "sending".
    await setSend(rec.inviteId, { status: 'sending', verdict: 'attend', attempt: 'crashed-attempt', at: new Date(Date.now() - 120_000).toISOString(), to: rec.recruiter });
    const stored = await invitation(rec.inviteId);
    await app.sendDraft({ job: { inviteId: rec.inviteId, attempt: 'crashed-attempt', verdict: 'attend', to: rec.recruiter, subject: stored?.drafts.accept.subject, body: stored?.drafts.accept.body, commandMessageId: command } });
    expect(await answersTo(command)).toEqual(['invite-advisor: your answer may not have gone out']);
    expect(await invitation(rec.inviteId)).toMatchObject({ send: { status: 'uncertain' } });
    expect((await mailTo(rec.recruiter)).length).toBe(before);

    await reply(rec, 'resend');
    expect((await mailTo(rec.recruiter)).length).toBe(before + 1);
    expect(await invitation(rec.inviteId)).toMatchObject({ send: { status: 'sent' } });
  });

  it('the same send job run twice at once sends once (regression: both runs sent)', async () => {
    const rec = await recommend('../samples/06-iphone-french-video.eml');
    const stored = await invitation(rec.inviteId);
    const state = { status: 'claimed', verdict: 'attend', attempt: 'twice-attempt', at: new Date().toISOString(), to: rec.recruiter };
    await setSend(rec.inviteId, state);
    const job = { job: { inviteId: rec.inviteId, attempt: 'twice-attempt', verdict: 'attend', to: rec.recruiter, subject: stored?.drafts.accept.subject, body: stored?.drafts.accept.body, commandMessageId: null } };
    const before = (await mailTo(rec.recruiter)).length;
    const outcomes = await Promise.all([app.sendDraft(job), app.sendDraft(job)]);
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(await mailTo(rec.recruiter)).toHaveLength(before + 1);
    // A job naming another address than the one claimed is refused.
    expect(await app.sendDraft({ job: { ...job.job, to: 'someone@else.example' } })).toBe('stale');
  });

  it('a claim whose job never reached the sender (lost hand-over) can be claimed again after a while', async () => {
    const rec = await recommend('../samples/05-yahoo-scheduling-link.eml');
    const before = (await mailTo(rec.recruiter)).length;
    const lost = { status: 'claimed', verdict: 'attend', attempt: 'lost-attempt', at: new Date(Date.now() - 20 * 60_000).toISOString(), to: rec.recruiter };
    await setSend(rec.inviteId, lost);
    await reply(rec, 'accept');
    expect((await mailTo(rec.recruiter)).length).toBe(before + 1);
  });

  it('a bounce of the mail sent to the recruiter is reported to the owner', async () => {
    const rec = await recommend('../samples/02-outlook-phone-screen.eml');
    await reply(rec, 'decline');
    const sesMessageId = (await invitation(rec.inviteId))?.send.sesMessageId as string;
    const { handler } = await import('../../functions/handlers/bounce.js');
    const message = { eventType: 'Bounce', mail: { messageId: sesMessageId, commonHeaders: { subject: 'Re: Phone screen' } }, bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: rec.recruiter, diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] } };
    const before = (await mailTo(OWNER)).length;
    expect(await handler({ Records: [{ Sns: { Message: JSON.stringify(message) } }] })).toEqual(['reported']);
    const notices = (await mailTo(OWNER)).slice(before).map((m) => m.parsed.subject);
    expect(notices).toContain(`invite-advisor: your answer to ${rec.recruiter} bounced`);
  });
});

describe('history and forget', () => {
  it('"history" lists the recent invitations with the recommendation and the choice', async () => {
    const rec = await recommend('../samples/01-gmail-video-interview.eml');
    const command = await reply(rec, 'history');
    const [answer] = await repliesTo(awsEnv, command);
    expect(answer?.parsed.subject).toBe('invite-advisor: your recent invitations');
    expect(answer?.parsed.text).toContain('Data Analyst at Pinecrest Outdoor — recommended: attend');
  });

  it('"forget" deletes the invitation and its raw mail, and confirms', async () => {
    const rec = await recommend('../samples/05-yahoo-scheduling-link.eml');
    const stored = await invitation(rec.inviteId);
    const sourceIds = stored?.sourceMessageIds as string[];
    const command = await reply(rec, 'forget');
    expect(await answersTo(command)).toEqual(['invite-advisor: forgotten']);
    expect(await invitation(rec.inviteId)).toBeUndefined();
    const s3 = new S3Client({});
    for (const id of sourceIds) {
      await expect(s3.send(new GetObjectCommand({ Bucket: app.bucket, Key: `${app.prefix}${id}` }))).rejects.toMatchObject({ name: 'NoSuchKey' });
    }
    const again = await reply(rec, 'accept');
    expect(await answersTo(again)).toEqual(['invite-advisor: that invitation is gone']);
  });

  it('anything else gets a short help reply', async () => {
    const rec = await recommend('../samples/01-gmail-video-interview.eml');
    const command = await reply(rec, 'please send the first one');
    const [help] = await repliesTo(awsEnv, command);
    expect(help?.parsed.subject).toBe('invite-advisor: reply not understood');
    expect(help?.parsed.text).toContain('accept 2');
  });
});

