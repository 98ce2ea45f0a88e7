/**
 * The weekly digest (issue #17, item 4) on the local stack (DynamoDB Local, the SES stand-in, the
 * scheduler stand-in) with a moved clock: switched on, local mode creates its recurring schedule in the
 * owner's zone; two invitations are forwarded and one forgotten; ticking to the schedule's time sends one
 * digest to the owner listing the one left, with no reply address; a second tick sends nothing, and the
 * schedule stays for the next week.
 *
 * The follow-through function reads the real clock (the interviews are ten days ahead of it); the
 * scheduler's clock is the one the test moves.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startInviteAdvisor, type InviteAdvisorLocal } from '../../local/stack.js';
import { header, localConfig, OWNER, recommend, sendSmtp, sentMail, type LocalRecommendation, type SentMail, uniqueId, uniqueNames } from './helpers.js';

const awsEnv = inject('awsEnv');
const secret = inject('replyTokenSecret');
let app: InviteAdvisorLocal;
const MINUTE = 60_000;

beforeAll(async () => {
  const configFile = localConfig('weekly', { followThrough: { weeklyDigest: true, weeklyDigestDay: 'FRI', weeklyDigestHour: 9 } });
  app = await startInviteAdvisor({ awsEnv, configFile, ...uniqueNames('weekly') });
});
afterAll(async () => {
  await app?.stop();
});

function recommendFrom(recruiter: { name: string; address: string; company: string }): Promise<LocalRecommendation> {
  return recommend(app, { awsEnv, secret }, recruiter);
}

async function reply(rec: { mail: SentMail; token: string }, text: string): Promise<void> {
  const to = `interviews+${rec.token}@in.example.com`;
  const raw = await new MailComposer({ from: `Alex Morgan <${OWNER}>`, to, subject: `Re: ${rec.mail.parsed.subject}`, text: `${text}\n`, messageId: uniqueId(), inReplyTo: header(rec.mail.parsed, 'message-id') ?? '' })
    .compile()
    .build();
  await sendSmtp(app.smtp.port, raw, { from: OWNER, to: [to] });
  await app.settled();
}

describe('the weekly digest', () => {
  it('is scheduled in the owner\'s zone, lists what waits for an answer, leaves out what was forgotten, once per firing', async () => {
    // Prepare
    const kept = await recommendFrom({ name: 'Ines Duarte', address: 'ines.duarte@tidewater.example', company: 'Tidewater Logistics' });
    const forgotten = await recommendFrom({ name: 'Kofi Mensah', address: 'kofi.mensah@brightloom.example', company: 'Brightloom Labs' });
    await reply(forgotten, 'forget');
    const schedule = app.scheduler.pending().find((s) => s.name === 'weekly-digest');
    expect(schedule).toMatchObject({ expression: 'cron(0 9 ? * FRI *)', timeZone: app.config.owner.timeZone });
    const at = new Date(schedule!.at);
    const digests = async () => (await sentMail(awsEnv)).filter((m) => /^invite-advisor: your week: /.test(m.parsed.subject ?? ''));
    // Act
    const fired = await app.scheduler.tick(new Date(at.getTime() + MINUTE));
    await app.settled();
    const again = await app.scheduler.tick(new Date(at.getTime() + 2 * MINUTE));
    await app.settled();
    // Assess
    // (the kept invitation's nudge, due before, fires in the same tick)
    expect(fired.map((f) => f.name)).toContain('weekly-digest');
    // (the nudges due's recurring check may come round again within the minute; the digest does not)
    expect(again.map((f) => f.name)).not.toContain('weekly-digest');
    const [digest, ...more] = await digests();
    expect(more).toEqual([]);
    expect(digest!.destinations).toEqual([OWNER]);
    expect(digest!.parsed.replyTo ?? null).toBeNull();
    expect(digest!.parsed.subject).toBe('invite-advisor: your week: 1 waiting for an answer');
    expect(digest!.parsed.text).toContain('Tidewater Logistics');
    expect(digest!.parsed.text).not.toContain('Brightloom');
    expect(kept.inviteId).not.toBe(forgotten.inviteId);
    // still there for next week
    expect(new Date(app.scheduler.pending().find((s) => s.name === 'weekly-digest')!.at).getTime()).toBeGreaterThan(at.getTime() + 6 * 24 * 60 * MINUTE);
  });
});
