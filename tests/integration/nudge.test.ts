/**
 * The nudge on the local stack (DynamoDB Local, the SES stand-in, the scheduler stand-in) with a moved
 * clock: forward → recommendation → tick past the nudge's time → one nudge arrives, threaded to the
 * recommendation; another tick sends nothing; "done" before the time → nothing. On the day (item 2): the
 * Bcc copy of the accept draft → tick to the evening before → one reminder with the time and the link;
 * another tick → nothing.
 *
 * The invitation's time is ten days from now (the follow-through function reads the real clock: the
 * interview must still be ahead when it runs); the scheduler's clock is the one the test moves.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
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

function dueAt(inviteId: string): Date {
  const schedule = app.scheduler.pending().find((s) => s.name === `${inviteId}-nudge`);
  if (!schedule) throw new Error(`no nudge scheduled for ${inviteId}`);
  return new Date(schedule.at);
}

describe('the nudge', () => {
  it('arrives once, threaded to the recommendation, when the clock passes its time; a second tick sends nothing', async () => {
    const rec = await recommendFrom({ name: 'Renée Castellanos', address: 'renee.castellanos@pinecrest.example', company: 'Pinecrest Outdoor' });
    const at = dueAt(rec.inviteId);
    expect(await app.scheduler.tick(new Date(at.getTime() - MINUTE))).toEqual([]);
    expect(await nudgesAbout(rec.mail)).toEqual([]);

    const fired = await app.scheduler.tick(new Date(at.getTime() + MINUTE));
    await app.settled();
    expect(fired.map((f) => f.name)).toEqual([`${rec.inviteId}-nudge`]);
    const nudges = await nudgesAbout(rec.mail);
    expect(nudges).toHaveLength(1);
    const [nudge] = nudges;
    expect(nudge!.destinations).toEqual([OWNER]);
    expect(nudge!.parsed.subject).toBe(`Re: ${rec.mail.parsed.subject}`);
    expect(header(nudge!.parsed, 'references')).toContain(header(rec.mail.parsed, 'message-id'));
    expect(nudge!.parsed.replyTo?.address).toBe(`interviews+${rec.token}@in.example.com`);
    expect(nudge!.parsed.text).toContain('You have not answered');

    expect(await app.scheduler.tick(new Date(at.getTime() + 24 * 60 * MINUTE))).toEqual([]);
    await app.settled();
    expect(await nudgesAbout(rec.mail)).toHaveLength(1);
  });

  it('never comes after "done": the reply deletes the schedule and records the answer', async () => {
    const rec = await recommendFrom({ name: 'Jordan Okafor', address: 'jordan.okafor@lumenfield.example', company: 'Lumenfield Energy' });
    const at = dueAt(rec.inviteId);
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
    expect(app.scheduler.pending().some((s) => s.name === `${rec.inviteId}-nudge`)).toBe(false);
    await app.scheduler.tick(new Date(at.getTime() + MINUTE));
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
    expect(fired.map((f) => f.name)).toEqual([`${rec.inviteId}-evening-before`]);
    const reminders = async () => (await sentMail(awsEnv)).filter((m) => m.destinations.includes(OWNER) && m.parsed.subject === `Re: ${rec.mail.parsed.subject}` && (m.parsed.text ?? '').includes('Your interview'));
    const [reminder, ...more] = await reminders();
    expect(more).toEqual([]);
    expect(reminder!.destinations).toEqual([OWNER]);
    expect(reminder!.parsed.text).toContain('is tomorrow:');
    expect(reminder!.parsed.text).toContain('2:30 PM');
    expect(reminder!.parsed.text).toContain('Join: https://zoom.example/j/84512907733');
    expect(reminder!.parsed.text).toContain('Mara Lindqvist');

    expect(await app.scheduler.tick(new Date(evening.getTime() + 2 * MINUTE))).toEqual([]);
    await app.settled();
    expect(await reminders()).toHaveLength(1);
  });
});
