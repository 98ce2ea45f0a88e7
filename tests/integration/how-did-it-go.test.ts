/**
 * "How did it go?" (issue #17, item 3) on the local stack (DynamoDB Local, the SES stand-in, the
 * scheduler stand-in) with a moved clock: forward → recommendation → the Bcc copy of the accept draft →
 * the question is scheduled after the interview → tick past its time → one question to the owner with
 * an answer address of its own → the owner answers it over SMTP → the answer is on the invitation in
 * DynamoDB and the owner gets "noted" → another tick sends nothing.
 *
 * The interview is ten days from now: the inbound function plans with the real clock; the scheduler's
 * clock is the one the test moves (as tests/integration/nudge.test.ts does).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keys } from '../../functions/adapters/table-design.js';
import { choiceAddresses, verifyReplyToken } from '../../functions/core/reply/reply.js';
import { startInviteAdvisor, type InviteAdvisorLocal } from '../../local/stack.js';
import { INBOX, localConfig, OWNER, repliesTo, sendSmtp, sentMail, uniqueId, uniqueNames } from './helpers.js';

const awsEnv = inject('awsEnv');
const secret = inject('replyTokenSecret');
let app: InviteAdvisorLocal;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const RECRUITER = { name: 'Ines Valdés', address: 'ines.valdes@harborline.example', company: 'Harborline Logistics' };

beforeAll(async () => {
  const configFile = localConfig('how-did-it-go');
  app = await startInviteAdvisor({ awsEnv, configFile, ...uniqueNames('howdidit') });
});
afterAll(async () => {
  await app?.stop();
});

/** The owner forwards (as an attachment) an invitation to a 45-minute interview ten days from now at 2:30 pm ET. */
async function recommend(): Promise<{ inviteId: string; subject: string }> {
  const day = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(new Date(Date.now() + 10 * DAY));
  const subject = `Interview invitation: Operations Analyst at ${RECRUITER.company}`;
  const original = await new MailComposer({
    from: `${RECRUITER.name} <${RECRUITER.address}>`,
    to: OWNER,
    subject,
    text: `Hi Alex,\n\nWe would like to invite you to a 45-minute video interview for the Operations Analyst role on ${day} at 2:30 pm ET. Join: https://zoom.example/j/55512907733\n\nBest,\n${RECRUITER.name}\nTalent Acquisition | ${RECRUITER.company}\n`,
    messageId: uniqueId(),
    date: new Date(Date.now() - 60 * MINUTE),
  })
    .compile()
    .build();
  const forwardId = uniqueId();
  const raw = await new MailComposer({
    from: `Alex Morgan <${OWNER}>`,
    to: INBOX,
    subject: `Fwd: ${subject}`,
    text: '',
    messageId: forwardId,
    attachments: [{ content: original, contentType: 'message/rfc822', contentDisposition: 'attachment', filename: 'invite.eml' }],
  })
    .compile()
    .build();
  await sendSmtp(app.smtp.port, raw, { from: OWNER, to: [INBOX] });
  await app.settled();
  const [mail] = await repliesTo(awsEnv, forwardId);
  const token = /^interviews\+([a-z2-7]+)@/.exec(mail?.parsed.replyTo?.address ?? '')?.[1] ?? '';
  return { inviteId: verifyReplyToken(secret, token, new Date()).inviteId, subject: mail?.parsed.subject ?? '' };
}

async function storedOutcome(inviteId: string) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  return (await db.send(new GetCommand({ TableName: app.tableName, Key: keys.invitation(inviteId), ConsistentRead: true }))).Item?.outcome;
}

describe('how did it go?', () => {
  it('asks once after the accepted interview, and keeps the answer the owner writes back', async () => {
    const rec = await recommend();
    // The owner sends the accept draft from the recommendation's link: its Bcc copy reaches the inbox.
    const bcc = choiceAddresses(INBOX, secret, { inviteId: rec.inviteId, version: 1 }, new Date(Date.now() + 30 * DAY))({ verdict: 'attend' });
    const copy = await new MailComposer({ from: `Alex Morgan <${OWNER}>`, to: RECRUITER.address, subject: 'Re: Interview invitation', text: 'Dear Ines,\n\nThe time works for me.\n\nAlex\n', messageId: uniqueId() })
      .compile()
      .build();
    await sendSmtp(app.smtp.port, copy, { from: OWNER, to: [bcc] });
    await app.settled();
    const schedule = app.scheduler.pending().find((s) => s.name === `${rec.inviteId}-how-did-it-go`);
    expect(schedule).toBeDefined();
    const at = new Date(schedule!.at);

    // Before its time: nothing; after: the question, to the owner only, under the recommendation's subject.
    expect((await app.scheduler.tick(new Date(at.getTime() - MINUTE))).map((f) => f.name)).not.toContain(`${rec.inviteId}-how-did-it-go`);
    const fired = await app.scheduler.tick(new Date(at.getTime() + MINUTE));
    await app.settled();
    expect(fired.map((f) => f.name)).toContain(`${rec.inviteId}-how-did-it-go`);
    const questions = async () => (await sentMail(awsEnv)).filter((m) => m.parsed.subject === `Re: ${rec.subject}` && (m.parsed.text ?? '').includes('How did your interview'));
    const [question, ...more] = await questions();
    expect(more).toEqual([]);
    expect(question!.destinations).toEqual([OWNER]);
    expect(question!.parsed.text).toContain(`with ${RECRUITER.name}, ${RECRUITER.company} go?`);
    const answerAddress = question!.parsed.replyTo?.address ?? '';
    expect(answerAddress).toMatch(/^interviews\+[a-z2-7]+-outcome@in\.example\.com$/);

    // The owner answers it from their mail app.
    const answerId = uniqueId();
    const answer = await new MailComposer({
      from: `Alex Morgan <${OWNER}>`,
      to: answerAddress,
      subject: `Re: ${question!.parsed.subject}`,
      text: `Went well: they want a second round next week.\n\nOn Mon, Mar 23, 2026 at 1:00 PM invite-advisor wrote:\n> ${(question!.parsed.text ?? '').split('\n')[0]}\n`,
      messageId: answerId,
    })
      .compile()
      .build();
    await sendSmtp(app.smtp.port, answer, { from: OWNER, to: [answerAddress] });
    await app.settled();
    const [noted] = await repliesTo(awsEnv, answerId);
    expect(noted?.destinations).toEqual([OWNER]);
    expect(noted?.parsed.subject).toContain('noted: how it went');
    expect(await storedOutcome(rec.inviteId)).toMatchObject({ text: 'Went well: they want a second round next week.', happened: true });

    // A second tick sends nothing more.
    await app.scheduler.tick(new Date(at.getTime() + DAY));
    await app.settled();
    expect(await questions()).toHaveLength(1);
  });
});
