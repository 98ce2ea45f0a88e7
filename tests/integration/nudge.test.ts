/**
 * The nudge on the local stack (DynamoDB Local, the SES stand-in, the scheduler stand-in) with a moved
 * clock: forward → recommendation, its nudge kept as due in the table → tick before its time: the
 * recurring check sends nothing → tick one check period past it → one nudge arrives, threaded to the
 * recommendation; another tick sends nothing; "done" before the time deletes it → nothing. On the day (item 2): the
 * Bcc copy of the accept draft → tick to the evening before → one reminder with the time and the link;
 * another tick → nothing.
 *
 * The invitation's time is ten days from now (the follow-through function reads the real clock: the
 * interview must still be ahead when it runs); the scheduler's clock is the one the test moves.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import MailComposer from 'nodemailer/lib/mail-composer';
import { keys, NUDGE_PARTITION } from '../../functions/adapters/table-design.js';
import { NUDGES_DUE_SCHEDULE } from '../../functions/core/follow/follow.js';
import { NUDGE_CHECK_MINUTES } from '../../functions/app/ports.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { choiceAddresses } from '../../functions/core/reply/reply.js';
import { startInviteAdvisor, type InviteAdvisorLocal } from '../../local/stack.js';
import { header, INBOX, localConfig, OWNER, recommend, repliesTo, sendSmtp, sentMail, type LocalRecommendation, type SentMail, uniqueId, uniqueNames } from './helpers.js';

const awsEnv = inject('awsEnv');
const secret = inject('replyTokenSecret');
let app: InviteAdvisorLocal;
const MINUTE = 60_000;

beforeAll(async () => {
  const configFile = localConfig('nudge');
  app = await startInviteAdvisor({ awsEnv, configFile, ...uniqueNames('nudge') });
});
afterAll(async () => {
  await app?.stop();
});

function recommendFrom(recruiter: { name: string; address: string; company: string }): Promise<LocalRecommendation> {
  return recommend(app, { awsEnv, secret }, recruiter);
}

/** The nudges the owner got about a recommendation (they answer it). */
async function nudgesAbout(recommendation: SentMail): Promise<SentMail[]> {
  const id = header(recommendation.parsed, 'message-id') ?? '';
  return (await sentMail(awsEnv)).filter((m) => m.destinations.includes(OWNER) && header(m.parsed, 'in-reply-to') === id);
}

const get = async (key: Record<string, string>) => (await DynamoDBDocumentClient.from(new DynamoDBClient({})).send(new GetCommand({ TableName: app.tableName, Key: key, ConsistentRead: true }))).Item;

/** The nudge kept as due for the invitation (named on it), or null. */
async function nudgeDue(inviteId: string): Promise<{ at: Date } | null> {
  const named = (await get(keys.invitation(inviteId)))?.nudgeDue as string | undefined;
  const item = named ? await get({ pk: NUDGE_PARTITION, sk: named }) : undefined;
  return item ? { at: new Date((item.call as { dueAt: string }).dueAt) } : null;
}

async function dueAt(inviteId: string): Promise<Date> {
  const due = await nudgeDue(inviteId);
  if (!due) throw new Error(`no nudge due for ${inviteId}`);
  return due.at;
}

/** The schedules a tick fired, but the recurring check of the nudges due (it comes round every NUDGE_CHECK_MINUTES). */
const oneOff = (fired: { name: string }[]) => fired.map((f) => f.name).filter((name) => name !== NUDGES_DUE_SCHEDULE);
const CHECK = NUDGE_CHECK_MINUTES * MINUTE;

describe('the nudge', () => {
  it('arrives once, threaded to the recommendation, at the first check past its time; a second tick sends nothing', async () => {
    const rec = await recommendFrom({ name: 'Renée Castellanos', address: 'renee.castellanos@pinecrest.example', company: 'Pinecrest Outdoor' });
    const at = await dueAt(rec.inviteId);
    // No schedule of its own: the recurring check finds it when due.
    expect(app.scheduler.pending().map((s) => s.name)).not.toContain(`${rec.inviteId}-nudge`);
    expect(oneOff(await app.scheduler.tick(new Date(at.getTime() - MINUTE)))).toEqual([]);
    await app.settled();
    expect(await nudgesAbout(rec.mail)).toEqual([]);

    // The check's latest time before this tick is past the nudge's time.
    const fired = await app.scheduler.tick(new Date(at.getTime() + CHECK));
    await app.settled();
    expect(fired.map((f) => f.name)).toEqual([NUDGES_DUE_SCHEDULE]);
    const nudges = await nudgesAbout(rec.mail);
    expect(nudges).toHaveLength(1);
    const [nudge] = nudges;
    expect(nudge!.destinations).toEqual([OWNER]);
    expect(nudge!.parsed.subject).toBe(`Re: ${rec.mail.parsed.subject}`);
    expect(header(nudge!.parsed, 'references')).toContain(header(rec.mail.parsed, 'message-id'));
    expect(nudge!.parsed.replyTo?.address).toBe(`interviews+${rec.token}@in.example.com`);
    expect(nudge!.parsed.text).toContain('You have not answered');

    expect(await nudgeDue(rec.inviteId)).toBeNull();

    expect(oneOff(await app.scheduler.tick(new Date(at.getTime() + 24 * 60 * MINUTE)))).toEqual([]);
    await app.settled();
    expect(await nudgesAbout(rec.mail)).toHaveLength(1);
  });

  it('never comes after "done": the reply deletes the nudge due and records the answer', async () => {
    const rec = await recommendFrom({ name: 'Jordan Okafor', address: 'jordan.okafor@lumenfield.example', company: 'Lumenfield Energy' });
    const at = await dueAt(rec.inviteId);
    const replyId = uniqueId();
    const raw = await new MailComposer({
      from: `Alex Morgan <${OWNER}>`,
      to: `interviews+${rec.token}@in.example.com`,
      subject: `Re: ${rec.mail.parsed.subject}`,
      text: 'done\n',
      messageId: replyId,
      inReplyTo: header(rec.mail.parsed, 'message-id') ?? '',
    })
      .compile()
      .build();
    await sendSmtp(app.smtp.port, raw, { from: OWNER, to: [`interviews+${rec.token}@in.example.com`] });
    await app.settled();
    const [answer] = await repliesTo(awsEnv, replyId);
    expect(answer?.parsed.subject).toMatch(/noted: you answered it yourself/);
    expect(await nudgeDue(rec.inviteId)).toBeNull();
    await app.scheduler.tick(new Date(at.getTime() + CHECK));
    await app.settled();
    expect(await nudgesAbout(rec.mail)).toEqual([]);
  });
});

describe('the reminders on the day', () => {
  it('after the accept draft went out, one reminder the evening before with the time and the link; a second tick sends nothing', async () => {
    const recruiter = { name: 'Mara Lindqvist', address: 'mara.lindqvist@northwind.example', company: 'Northwind Freight' };
    const rec = await recommendFrom(recruiter);
    // The owner sends the accept draft from the recommendation's link: its Bcc copy reaches the inbox.
    const bcc = choiceAddresses(INBOX, secret, { inviteId: rec.inviteId, version: 1 }, new Date(Date.now() + 30 * 24 * 60 * MINUTE))({ verdict: 'attend' });
    const copy = await new MailComposer({ from: `Alex Morgan <${OWNER}>`, to: recruiter.address, subject: 'Re: Interview invitation', text: 'Dear Mara,\n\nThe time works for me.\n\nAlex\n', messageId: uniqueId() })
      .compile()
      .build();
    await sendSmtp(app.smtp.port, copy, { from: OWNER, to: [bcc] });
    await app.settled();
    const pending = app.scheduler.pending().filter((s) => s.name.startsWith(`${rec.inviteId}-`));
    // (and "how did it go?" after it: tests/integration/how-did-it-go.test.ts)
    expect(pending.map((s) => s.name).sort()).toEqual([`${rec.inviteId}-evening-before`, `${rec.inviteId}-how-did-it-go`, `${rec.inviteId}-shortly-before`]);
    const evening = new Date(pending.find((s) => s.name.endsWith('-evening-before'))!.at);

    const fired = await app.scheduler.tick(new Date(evening.getTime() + MINUTE));
    await app.settled();
    expect(oneOff(fired)).toEqual([`${rec.inviteId}-evening-before`]);
    const reminders = async () => (await sentMail(awsEnv)).filter((m) => m.destinations.includes(OWNER) && m.parsed.subject === `Re: ${rec.mail.parsed.subject}` && (m.parsed.text ?? '').includes('Your interview'));
    const [reminder, ...more] = await reminders();
    expect(more).toEqual([]);
    expect(reminder!.destinations).toEqual([OWNER]);
    expect(reminder!.parsed.text).toContain('is tomorrow:');
    expect(reminder!.parsed.text).toContain('2:30 PM');
    expect(reminder!.parsed.text).toContain('Join: https://zoom.example/j/84512907733');
    expect(reminder!.parsed.text).toContain('Mara Lindqvist');

    expect(oneOff(await app.scheduler.tick(new Date(evening.getTime() + 2 * MINUTE)))).toEqual([]);
    await app.settled();
    expect(await reminders()).toHaveLength(1);
  });
});
