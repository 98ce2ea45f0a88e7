/**
 * What the owner receives, on the real path: the calendar hold, the draft links, and the Bcc copy of a
 * sent draft recording the owner's choice without ever being treated as a command.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keys } from '../../functions/adapters/table-design.js';
import { verifyReplyToken } from '../../functions/core/reply/reply.js';
import { startInviteAdvisor, type InviteAdvisorLocal } from '../../local/stack.js';
import { TEST_VERDICTS_HEADER } from '../../local/services/index.js';
import { fixture, INBOX, OWNER, repliesTo, sendSmtp, sentMail, uniqueId, uniqueNames, withMessageId } from './helpers.js';

const awsEnv = inject('awsEnv');
const secret = inject('replyTokenSecret');
let app: InviteAdvisorLocal;

beforeAll(async () => {
  app = await startInviteAdvisor({ awsEnv, ...uniqueNames('email') });
});
afterAll(async () => {
  await app?.stop();
});

async function recommendationFor(sample: string) {
  const messageId = uniqueId();
  await sendSmtp(app.smtp.port, withMessageId(fixture(sample), messageId), { from: OWNER, to: [INBOX] });
  await app.receiving.settled();
  const [reply] = await repliesTo(awsEnv, messageId);
  const token = /^interviews\+([a-z2-7]+)@/.exec(reply?.parsed.replyTo?.address ?? '')?.[1] ?? '';
  // The draft links Bcc a token of their own (it records a choice; it can never carry a command).
  const choiceToken = /bcc=interviews%2B([a-z2-7]+)-accept@/.exec(decodeHtml(reply?.parsed.html ?? ''))?.[1] ?? '';
  return { reply: reply!, token, choiceToken, inviteId: verifyReplyToken(secret, token, new Date()).inviteId };
}

function decodeHtml(html: string): string {
  return html.replace(/&#x3D;/g, '=').replace(/&#x2F;/g, '/').replace(/&amp;/g, '&');
}

async function choiceOf(inviteId: string) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  return (await db.send(new GetCommand({ TableName: app.tableName, Key: keys.invitation(inviteId), ConsistentRead: true }))).Item?.choice;
}

/** The owner sends a draft to the recruiter with the link's Bcc; only the Bcc copy reaches our inbox. */
async function sendDraftCopy(bcc: string, verdicts?: string): Promise<string> {
  const messageId = uniqueId();
  let raw = await new MailComposer({ from: `Alex Morgan <${OWNER}>`, to: 'renee.castellanos@pinecrest.example', subject: 'Re: Interview invitation', text: 'Dear Renée, I am glad to confirm…', messageId })
    .compile()
    .build();
  if (verdicts) raw = Buffer.concat([Buffer.from(`${TEST_VERDICTS_HEADER}: ${verdicts}\r\n`), raw]);
  await sendSmtp(app.smtp.port, raw, { from: OWNER, to: [bcc] });
  await app.receiving.settled();
  return messageId;
}

describe('the recommendation email', () => {
  it('carries a calendar hold for a fixed time (PUBLISH, never an RSVP) and draft links that Bcc the invitation', async () => {
    const { reply, token, choiceToken, inviteId } = await recommendationFor('../samples/01-gmail-video-interview.eml');
    expect(reply.parsed.calendars).toHaveLength(1);
    expect(reply.parsed.calendars[0]).toContain('METHOD:PUBLISH');
    expect(reply.parsed.calendars[0]).toContain('DTSTART:20260312T183000Z');
    expect(reply.parsed.calendars[0]).not.toMatch(/ORGANIZER|ATTENDEE/);
    const html = decodeHtml(reply.parsed.html ?? '');
    expect(html).toContain(`bcc=interviews%2B${choiceToken}-accept@in.example.com`);
    expect(html).toContain(`bcc=interviews%2B${choiceToken}-decline@in.example.com`);
    expect(choiceToken).not.toBe(token);
    expect(verifyReplyToken(secret, choiceToken, new Date(), 'choice').inviteId).toBe(inviteId);
    expect(() => verifyReplyToken(secret, choiceToken, new Date())).toThrow(/bad-signature/);
  });

  it('the Bcc copy of the sent draft records the choice, and nothing is sent because of it', async () => {
    const { choiceToken: token, inviteId } = await recommendationFor('../samples/01-gmail-video-interview.eml');
    const before = (await sentMail(awsEnv)).length;
    const copyId = await sendDraftCopy(`interviews+${token}-accept@in.example.com`);
    expect(await choiceOf(inviteId)).toMatchObject({ verdict: 'attend' });
    expect(await repliesTo(awsEnv, copyId)).toEqual([]);
    const after = await sentMail(awsEnv);
    expect(after.slice(before).filter((m) => m.destinations.includes('renee.castellanos@pinecrest.example'))).toEqual([]);

    await sendDraftCopy(`interviews+${token}-decline@in.example.com`);
    expect(await choiceOf(inviteId)).toMatchObject({ verdict: 'decline' });
  });

  it('a copy that is not authenticated well enough records nothing (no DMARC pass, DKIM of another domain)', async () => {
    const { choiceToken: token, inviteId } = await recommendationFor('../samples/03-apple-mail-onsite-decline.eml');
    await sendDraftCopy(`interviews+${token}-decline@in.example.com`, 'dmarc=GRAY; dkim=PASS; dkim-domain=relay.other.example');
    expect(await choiceOf(inviteId)).toBeNull();
  });

  it('a copy with a forged token records nothing', async () => {
    const { choiceToken: token, inviteId } = await recommendationFor('../samples/05-yahoo-scheduling-link.eml');
    const forged = token.slice(0, -4) + (token.endsWith('aaaa') ? 'bbbb' : 'aaaa');
    const copyId = await sendDraftCopy(`interviews+${forged}-accept@in.example.com`);
    expect(await choiceOf(inviteId)).toBeNull();
    expect(await repliesTo(awsEnv, copyId)).toEqual([]);
  });
});

describe('replying "accept" with the default configuration', () => {
  it('sending on the owner’s behalf is off by default: told at once, with the link', async () => {
    const { reply: recommendation, token } = await recommendationFor('../samples/01-gmail-video-interview.eml');
    const messageId = uniqueId();
    const raw = await new MailComposer({
      from: `Alex Morgan <${OWNER}>`,
      to: `interviews+${token}@in.example.com`,
      subject: `Re: ${recommendation.parsed.subject}`,
      text: 'accept',
      messageId,
    })
      .compile()
      .build();
    await sendSmtp(app.smtp.port, raw, { from: OWNER, to: [`interviews+${token}@in.example.com`] });
    await app.settled();
    const [notice] = await repliesTo(awsEnv, messageId);
    expect(notice?.parsed.subject).toBe('invite-advisor: not sent: sending for you is off');
    expect(notice?.parsed.text).toContain('mailto:renee.castellanos@pinecrest.example?subject=');
    expect((await sentMail(awsEnv)).filter((m) => m.destinations.includes('renee.castellanos@pinecrest.example'))).toEqual([]);
  });
});
