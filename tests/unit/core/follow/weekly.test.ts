/**
 * What the weekly digest lists (core/follow/weekly.ts) and how it reads (core/write/weekly-mail.ts):
 * pure, on a fixed instant. Also the digests' schedule names and the weekly cron (core/follow/digests.ts).
 */
import { describe, expect, it } from 'vitest';
import { dayKeyInZone, heldDigestName, hourKey, nextHourStart, planWeeklyDigest, WEEK_DAYS, WEEKLY_MOST_ITEMS, weeklyCron, type WeeklyCandidate } from '../../../../functions/core/follow/follow.js';
import { renderWeeklyDigest } from '../../../../functions/core/write/write.js';
import { ConfigSchema } from '../../../../functions/config/schema.js';

const NOW = new Date('2026-03-16T12:00:00Z'); // a Monday, 08:00 in New York
const DAY = 86_400_000;
const at = (days: number) => new Date(NOW.getTime() + days * DAY).toISOString();

function candidate(inviteId: string, patch: Partial<WeeklyCandidate> = {}): WeeklyCandidate {
  return { inviteId, receivedAt: at(-2), subject: `Interview: ${inviteId}`, company: 'Oakmoor Bank', role: 'Analyst', verdict: 'attend', answered: false, rescheduled: false, firstStart: at(5), acceptedStart: null, ...patch };
}

describe('planWeeklyDigest', () => {
  it('lists unanswered invitations whose time is ahead, soonest first, then those without a time', () => {
    const plan = planWeeklyDigest(NOW, [
      candidate('later', { firstStart: at(9) }),
      candidate('untimed', { firstStart: null }),
      candidate('sooner', { firstStart: at(1) }),
      candidate('answered', { answered: true }),
      candidate('rescheduled', { rescheduled: true }),
      candidate('passed', { firstStart: at(-1) }),
      candidate('old', { receivedAt: at(-45), firstStart: null }),
    ]);
    expect(plan.waiting.map((e) => e.inviteId)).toEqual(['sooner', 'later', 'untimed']);
    expect(plan.waiting[0]!.at).toBe(at(1));
  });

  it('lists accepted interviews ahead within two weeks, soonest first, and not one that passed or a rescheduled one', () => {
    const plan = planWeeklyDigest(NOW, [
      candidate('in-ten-days', { answered: true, acceptedStart: at(10) }),
      candidate('tomorrow', { answered: true, acceptedStart: at(1) }),
      candidate('yesterday', { answered: true, acceptedStart: at(-1) }),
      candidate('in-a-month', { answered: true, acceptedStart: at(30) }),
      candidate('moved', { answered: true, acceptedStart: at(2), rescheduled: true }),
    ]);
    expect(plan.upcoming.map((e) => [e.inviteId, e.at])).toEqual([
      ['tomorrow', at(1)],
      ['in-ten-days', at(10)],
    ]);
    expect(plan.waiting).toEqual([]);
  });

  it('lists outcomes of the last week when the field is there, newest first, and tolerates it being absent', () => {
    const plan = planWeeklyDigest(NOW, [
      candidate('went-well', { answered: true, acceptedStart: at(-2), outcome: { text: 'went well, second round next week', at: at(-1) } }),
      candidate('older', { answered: true, acceptedStart: at(-20), outcome: { text: 'no offer', at: at(-19) } }),
      candidate('no-time', { answered: true, acceptedStart: null, firstStart: null, outcome: { text: 'cancelled by them', at: null } }),
      candidate('blank', { answered: true, outcome: { text: '  ', at: at(-1) } }),
      candidate('none', { answered: true, acceptedStart: at(-3) }),
    ]);
    expect(plan.outcomes.map((e) => [e.inviteId, e.outcome])).toEqual([
      ['went-well', 'went well, second round next week'],
      ['no-time', 'cancelled by them'],
    ]);
  });

  it('is empty when there is nothing to list, and cuts each list at its bound, counting the rest', () => {
    expect(planWeeklyDigest(NOW, [candidate('answered', { answered: true })]).empty).toBe(true);
    const many = Array.from({ length: WEEKLY_MOST_ITEMS + 3 }, (_, i) => candidate(`w${i}`));
    const plan = planWeeklyDigest(NOW, [...many, many[0]!]);
    expect(plan.waiting).toHaveLength(WEEKLY_MOST_ITEMS);
    expect(plan.more).toEqual({ waiting: 3, upcoming: 0, outcomes: 0 });
    expect(plan.empty).toBe(false);
  });
});

describe('renderWeeklyDigest', () => {
  const owner = { name: 'Alex Morgan', timeZone: 'America/New_York' };

  it('shows each list in the owner\'s zone, with no reply address to answer and how to stop it', () => {
    const plan = planWeeklyDigest(NOW, [
      candidate('waiting', { firstStart: '2026-03-18T19:00:00Z', verdict: 'decline' }),
      candidate('accepted', { answered: true, acceptedStart: '2026-03-19T14:30:00Z', subject: 'Video call with Pinecrest', company: 'Pinecrest' }),
      candidate('done', { answered: true, acceptedStart: at(-2), outcome: { text: 'went well', at: at(-1) } }),
    ]);
    const mail = renderWeeklyDigest({ owner, plan, now: NOW });
    expect(mail.subject).toBe('invite-advisor: your week: 1 waiting for an answer, 1 interview ahead, 1 outcome');
    expect(mail.text).toContain('Waiting for your answer:\n- Interview: waiting (Oakmoor Bank)\n  Advice: Politely decline. First time proposed: Wed, Mar 18, 3:00 PM EDT.');
    expect(mail.text).toContain('Interviews ahead (your time):\n- Thu, Mar 19, 10:30 AM EDT: Video call with Pinecrest (Pinecrest)');
    expect(mail.text).toContain('How your interviews went:\n- Interview: done');
    expect(mail.text).toContain(': went well');
    expect(mail.text).toContain('Replies to this digest are not read. To stop it, set followThrough.weeklyDigest to false');
    expect(mail.html).toContain('<bdi>Video call with Pinecrest</bdi>');
  });

  it('leaves out the sections with nothing in them, and cuts what was read from mail', () => {
    const plan = planWeeklyDigest(NOW, [candidate('long', { subject: `Interview ${'x'.repeat(5000)}` })]);
    const mail = renderWeeklyDigest({ owner, plan, now: NOW });
    expect(mail.text).not.toContain('Interviews ahead');
    expect(mail.text).not.toContain('How your interviews went');
    expect(mail.text.length).toBeLessThan(2000);
  });
});

describe('the digests\' schedules', () => {
  it('names the digest of held mail after the hour it held mail in, due at the start of the next', () => {
    const held = new Date('2026-03-16T12:42:10Z');
    expect(heldDigestName(hourKey(held))).toBe('held-2026-03-16T12');
    expect(nextHourStart(held).toISOString()).toBe('2026-03-16T13:00:00.000Z');
    expect(() => heldDigestName('2026-03-16')).toThrow(/not an hour/);
  });

  it('writes the weekly cron as EventBridge Scheduler reads it, on the configured day and hour', () => {
    expect(weeklyCron('MON', 8)).toBe('cron(0 8 ? * MON *)');
    expect(weeklyCron('SUN', 19)).toBe('cron(0 19 ? * SUN *)');
    expect(() => weeklyCron('MON', 24)).toThrow(/not an hour/);
  });

  it('takes the same days in the configuration as in the cron', () => {
    const day = ConfigSchema.shape.followThrough.unwrap().shape.weeklyDigestDay.unwrap();
    expect(day.options).toEqual([...WEEK_DAYS]);
  });

  it('claims the weekly digest once per date in the owner\'s zone', () => {
    expect(dayKeyInZone(new Date('2026-03-16T03:00:00Z'), 'America/New_York')).toBe('2026-03-15');
    expect(dayKeyInZone(new Date('2026-03-16T03:00:00Z'), 'Europe/Amsterdam')).toBe('2026-03-16');
  });
});
