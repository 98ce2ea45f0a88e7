/**
 * The digest of held mail on the local stack, fired early (new-user review): `npm run tick -- --at` a time
 * past the hour fires the `held-<hour>` schedule while the follow-through function's clock (the real one)
 * is still in the hour the mail was held. That run must not consume the schedule: it sends nothing and
 * makes it again under its second name (the stand-in deletes the one that fired only after the run, as
 * the service does), so that the held mail is answered at its hour.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startInviteAdvisor, type InviteAdvisorLocal } from '../../local/stack.js';
import { localConfig, recommend, sentMail, uniqueNames } from './helpers.js';

const awsEnv = inject('awsEnv');
const secret = inject('replyTokenSecret');
let app: InviteAdvisorLocal;

beforeAll(async () => {
  // One recommendation an hour: the second forward is held back.
  const configFile = localConfig('held-tick', { limits: { mailsToOwnerPerHour: 1, recommendationsPerHour: 1 } });
  app = await startInviteAdvisor({ awsEnv, configFile, ...uniqueNames('heldtick') });
});
afterAll(async () => {
  await app?.stop();
});

describe('tick --at past the hour fires the held-mail digest early by the real clock (new-user review)', () => {
  it('leaves it scheduled for its hour: nothing sent, the schedule made again', async () => {
    // Prepare: one recommendation, then one held back, which schedules held-<hour>
    await recommend(app, { awsEnv, secret }, { name: 'Ines Duarte', address: 'ines.duarte@tidewater.example', company: 'Tidewater Logistics' });
    await sendHeld();
    const held = app.scheduler.pending().find((s) => /^held-\d{4}-\d{2}-\d{2}T\d{2}$/.test(s.name));
    expect(held).toBeDefined();
    const digests = async () => (await sentMail(awsEnv)).filter((m) => /^invite-advisor: held back by the hourly limit/.test(m.parsed.subject ?? ''));
    // (other test files share the SES stand-in: count this stack's digests from here)
    const earlier = (await digests()).length;
    // Act: the scheduler's clock at the schedule's time; the function's is the real one
    // (the recurring check for nudges due fires too: look at the digest's run)
    const fired = (await app.scheduler.tick(new Date(held!.at))).find((f) => f.name === held!.name);
    await app.settled();
    // Assess
    if (Date.now() >= Date.parse(held!.at)) {
      // The real clock reached the hour meanwhile (a run at hh:59): the digest was due, and went out.
      expect(fired?.result).toBe('sent');
      return;
    }
    expect(fired).toMatchObject({ name: held!.name, invoked: true, result: 'not-due-yet' });
    expect(app.scheduler.pending().filter((s) => s.name.startsWith('held-')).map((s) => [s.name, s.at])).toEqual([[`${held!.name}-again`, held!.at]]);
    expect((await digests()).length).toBe(earlier);
  });
});

/** A second forward in the hour: past recommendationsPerHour, held for the digest. */
async function sendHeld(): Promise<void> {
  await recommend(app, { awsEnv, secret }, { name: 'Kofi Mensah', address: 'kofi.mensah@brightloom.example', company: 'Brightloom Labs' }).catch(() => undefined);
}
