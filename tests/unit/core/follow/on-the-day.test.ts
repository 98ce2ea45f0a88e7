/**
 * When the reminders on the day of an accepted interview are due (core/follow/timing.ts planOnTheDay):
 * the evening before at 19:00 in the owner's zone (DST included), and an hour before; one whose time has
 * passed, is less than ten minutes away or is switched off is left out.
 */
import { describe, expect, it } from 'vitest';
import { planOnTheDay, reminderName, type OnTheDayTiming } from '../../../../functions/core/follow/follow.js';

const newYork: OnTheDayTiming = { eveningBeforeHour: 19, minutesBefore: 60, timeZone: 'America/New_York' };

describe('planOnTheDay', () => {
  it('reminds the evening before at 19:00 in the owner zone and an hour before', () => {
    // Thu 19 Mar 2026 14:00 EDT (18:00 UTC); the evening before: Wed 18 Mar 19:00 EDT = 23:00 UTC.
    const plan = planOnTheDay(new Date('2026-03-17T12:00:00Z'), new Date('2026-03-19T18:00:00Z'), newYork);
    expect(plan.due).toEqual([
      { kind: 'evening-before', at: new Date('2026-03-18T23:00:00Z') },
      { kind: 'shortly-before', at: new Date('2026-03-19T17:00:00Z') },
    ]);
    expect(plan.left).toEqual([]);
  });

  it('takes the evening before in the owner zone, not in UTC nor the invitation zone', () => {
    // 09:00 in Tokyo on Fri 20 Mar = Thu 19 Mar 20:00 EDT: for the owner in New York the interview is on
    // Thursday, so the evening before is Wednesday 19:00 EDT.
    const plan = planOnTheDay(new Date('2026-03-17T12:00:00Z'), new Date('2026-03-20T09:00:00+09:00'), newYork);
    expect(plan.due[0]).toEqual({ kind: 'evening-before', at: new Date('2026-03-18T23:00:00Z') });
  });

  it('follows the owner zone across a DST change (the evening before is before it, the interview after it)', () => {
    // New York springs forward on Sun 8 Mar 2026 at 02:00. An interview Sun 8 Mar 10:00 EDT (14:00 UTC):
    // the evening before is Sat 7 Mar 19:00 EST = Sun 00:00 UTC.
    const plan = planOnTheDay(new Date('2026-03-01T12:00:00Z'), new Date('2026-03-08T14:00:00Z'), newYork);
    expect(plan.due).toEqual([
      { kind: 'evening-before', at: new Date('2026-03-08T00:00:00Z') },
      { kind: 'shortly-before', at: new Date('2026-03-08T13:00:00Z') },
    ]);
    // Europe falls back on Sun 25 Oct 2026: Mon 26 Oct 10:00 CET (09:00 UTC); Sun 25 Oct 19:00 CET = 18:00 UTC.
    const paris = planOnTheDay(new Date('2026-10-20T12:00:00Z'), new Date('2026-10-26T09:00:00Z'), { ...newYork, timeZone: 'Europe/Paris' });
    expect(paris.due[0]).toEqual({ kind: 'evening-before', at: new Date('2026-10-25T18:00:00Z') });
  });

  it('leaves out a reminder whose time has passed, or is less than ten minutes away', () => {
    const start = new Date('2026-03-19T18:00:00Z');
    // Accepted on the day: the evening before has passed, the hour before is still ahead.
    const onTheDay = planOnTheDay(new Date('2026-03-19T12:00:00Z'), start, newYork);
    expect(onTheDay.due.map((d) => d.kind)).toEqual(['shortly-before']);
    expect(onTheDay.left).toEqual([{ kind: 'evening-before', why: 'passed' }]);
    // Five minutes before the hour-before reminder: too close, left out.
    const late = planOnTheDay(new Date('2026-03-19T16:55:00Z'), start, newYork);
    expect(late.due).toEqual([]);
    expect(late.left.map((l) => l.kind)).toEqual(['evening-before', 'shortly-before']);
    // Eleven minutes before it: still sent.
    expect(planOnTheDay(new Date('2026-03-19T16:49:00Z'), start, newYork).due.map((d) => d.kind)).toEqual(['shortly-before']);
    // After the interview: nothing.
    expect(planOnTheDay(new Date('2026-03-19T19:00:00Z'), start, newYork).due).toEqual([]);
  });

  it('takes the configured leads, and leaves out one switched off (null)', () => {
    const plan = planOnTheDay(new Date('2026-03-17T12:00:00Z'), new Date('2026-03-19T18:00:00Z'), { eveningBeforeHour: null, minutesBefore: 30, timeZone: 'America/New_York' });
    expect(plan.due).toEqual([{ kind: 'shortly-before', at: new Date('2026-03-19T17:30:00Z') }]);
    expect(plan.left).toEqual([{ kind: 'evening-before', why: 'off' }]);
  });

  it('names each reminder of an invitation apart, within the scheduler limit of 64 characters', () => {
    expect(reminderName('abcdefghijklmnop', 'evening-before')).toBe('abcdefghijklmnop-evening-before');
    expect(reminderName('abcdefghijklmnop', 'shortly-before').length).toBeLessThanOrEqual(64);
  });
});
