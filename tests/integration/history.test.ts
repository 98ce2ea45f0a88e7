/**
 * History on the real path: the same invitation forwarded twice, a second invitation from the same
 * company, a clash with another interview, and a reschedule — through SMTP, DynamoDB Local and the SES stand-in.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keys } from '../../functions/adapters/table-design.js';
import { verifyReplyToken } from '../../functions/core/reply/reply.js';
import { startInviteAdvisor, type InviteAdvisorLocal } from '../../local/stack.js';
import { INBOX, OWNER, repliesTo, sendSmtp, uniqueId, uniqueNames } from './helpers.js';

const awsEnv = inject('awsEnv');
const secret = inject('replyTokenSecret');
let app: InviteAdvisorLocal;

beforeAll(async () => {
  app = await startInviteAdvisor({ awsEnv, ...uniqueNames('history') });
});
afterAll(async () => {
  await app?.stop();
});

interface Invite {
  messageId: string;
  from: string;
  subject: string;
  body: string;
  date: string;
}

/** The owner forwards `invite` as an attachment (so the original keeps its Message-ID), with a note. */
async function forward(invite: Invite, note = ''): Promise<{ text: string; inviteId: string }> {
  const original = await new MailComposer({ from: invite.from, to: OWNER, subject: invite.subject, text: invite.body, messageId: invite.messageId, date: new Date(invite.date) }).compile().build();
  const outerId = uniqueId();
  const raw = await new MailComposer({
    from: `Alex Morgan <${OWNER}>`,
    to: INBOX,
    subject: `Fwd: ${invite.subject}`,
    text: note,
    messageId: outerId,
    // Forwarded when it arrived: the proposed times are still ahead (a time already past when forwarded is
    // never confirmed, whatever today's date).
    date: new Date(invite.date),
    attachments: [{ content: original, contentType: 'message/rfc822', contentDisposition: 'attachment', filename: 'invite.eml' }],
  })
    .compile()
    .build();
  await sendSmtp(app.smtp.port, raw, { from: OWNER, to: [INBOX] });
  await app.receiving.settled();
  const [reply] = await repliesTo(awsEnv, outerId);
  const token = /\+([a-z2-7]+)@/.exec(reply?.parsed.replyTo?.address ?? '')?.[1] ?? '';
  return { text: reply?.parsed.text ?? '', inviteId: verifyReplyToken(secret, token, new Date()).inviteId };
}

async function invitation(inviteId: string) {
  const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  return (await db.send(new GetCommand({ TableName: app.tableName, Key: keys.invitation(inviteId), ConsistentRead: true }))).Item;
}

const oakmoor = (overrides: Partial<Invite> = {}): Invite => ({
  messageId: uniqueId(),
  from: 'Sofia Brandt <sofia.brandt@talent.oakmoorbank.example>',
  subject: 'Interview invitation: Junior Financial Analyst',
  body: 'Hi Alex,\n\nWe would like to invite you to an interview for the Junior Financial Analyst position at Oakmoor Bank on Monday, March 23, 2026 at 11:00 AM ET, on Teams: https://teams.example/l/meetup/123\n\nBest,\nSofia',
  date: '2026-03-16T09:00:00-04:00',
  ...overrides,
});

describe('history', () => {
  it('the same invitation forwarded again updates it (new note) and is not counted twice', async () => {
    const invite = oakmoor();
    const first = await forward(invite);
    const second = await forward(invite, 'boring role');
    expect(second.inviteId).toBe(first.inviteId);
    expect(second.text).not.toContain('invited you once before');
    const stored = await invitation(first.inviteId);
    expect(stored?.sourceMessageIds).toHaveLength(2);
    expect(stored?.ownerNote).toBe('boring role');
    expect(stored?.companyKey).toBe('oakmoorbank.example');
  });

  it('a second invitation from the same company says they keep the owner in mind', async () => {
    const other = oakmoor({ subject: 'Interview invitation: Credit Risk Analyst', body: 'Hi Alex,\n\nWe would like to invite you to interview for the Credit Risk Analyst position at Oakmoor Bank on Friday, April 3, 2026 at 2:00 PM ET.\n\nSofia' });
    const { text } = await forward(other);
    expect(text).toMatch(/Oakmoor Bank has invited you (once|\d+ times) before/);
  });

  it('an invitation at the same time as one the owner attends: attend, and the accept draft asks for another time', async () => {
    const clash: Invite = {
      messageId: uniqueId(),
      from: 'Lee Park <lee.park@contoso.example>',
      subject: 'Interview: Data Analyst',
      body: 'Hello Alex,\n\nWe would like to invite you to an interview for the Data Analyst position at Contoso on Monday, March 23, 2026 at 11:30 AM ET.\n\nLee',
      date: '2026-03-17T09:00:00-04:00',
    };
    const { text } = await forward(clash);
    expect(text).toContain('Recommendation: attend');
    expect(text).toMatch(/clashes with your Oakmoor Bank interview/);
    expect(text).toContain('I already have a commitment');
  });

  it('a reschedule supersedes the earlier invitation: an invitation of its own at the new time, the earlier one no longer counted', async () => {
    const original = oakmoor({ subject: 'Interview invitation: Treasury Analyst', body: 'Hi Alex,\n\nWe would like to invite you to an interview for the Treasury Analyst position at Oakmoor Bank on Tuesday, March 24, 2026 at 3:00 PM ET.\n\nSofia' });
    const first = await forward(original);
    const moved = oakmoor({
      subject: 'Rescheduled: Interview invitation: Treasury Analyst',
      body: 'Hi Alex,\n\nWe need to reschedule your interview for the Treasury Analyst position at Oakmoor Bank. The new time is Thursday, March 26, 2026 at 10:00 AM ET.\n\nSofia',
      date: '2026-03-18T09:00:00-04:00',
    });
    const second = await forward(moved);
    expect(second.inviteId).not.toBe(first.inviteId);
    const earlier = await invitation(first.inviteId);
    const later = await invitation(second.inviteId);
    expect(earlier?.supersededBy).toBe(second.inviteId);
    expect(earlier?.facts.slots[0].start).toBe('2026-03-24T15:00:00-04:00');
    expect(later?.supersedes).toBe(first.inviteId);
    expect(later?.facts.slots[0].start).toBe('2026-03-26T10:00:00-04:00');
  });
});
