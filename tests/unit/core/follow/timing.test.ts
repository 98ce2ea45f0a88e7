/**
 * When the nudge is due (core/follow/timing.ts): min(36 h, half the time to the first slot), moved out of
 * the owner's night in their zone, none once the interview is not ahead.
 */
import { describe, expect, it } from 'vitest';
import { MIN_LEAD_MS, outOfNight, planNudge, reminderName, type NudgeTiming } from '../../../../functions/core/follow/follow.js';

const HOUR = 3_600_000;
const paris: NudgeTiming = { afterHours: 36, nightStartHour: 22, nightEndHour: 8, timeZone: 'Europe/Paris' };

describe('planNudge', () => {
  it('waits 36 hours when the interview is far ahead (and the time is daytime for the owner)', () => {
    // Tue 17 Mar 2026 10:00 UTC = 11:00 in Paris; +36 h = Wed 18 Mar 22:00 UTC = 23:00 Paris: night.
    // So take a recommendation at 05:00 UTC: +36 h = Wed 17:00 UTC = 18:00 Paris.
    const plan = planNudge(new Date('2026-03-17T05:00:00Z'), new Date('2026-03-30T09:00:00Z'), paris);
    expect(plan).toEqual({ at: new Date('2026-03-18T17:00:00Z') });
  });

  it('waits half the time to the first slot when that is sooner', () => {
    const plan = planNudge(new Date('2026-03-17T08:00:00Z'), new Date('2026-03-18T04:00:00Z'), { ...paris, timeZone: 'UTC', nightStartHour: 0, nightEndHour: 0 });
    expect(plan).toEqual({ at: new Date('2026-03-17T18:00:00Z') });
  });

  it('waits 36 hours when the invitation names no time', () => {
    expect(planNudge(new Date('2026-03-17T05:00:00Z'), null, paris)).toEqual({ at: new Date('2026-03-18T17:00:00Z') });
  });

  it('moves a time in the owner\'s night to the end of it, the next morning when the night wraps midnight', () => {
    // +36 h = Wed 18 Mar 22:00 UTC = 23:00 Paris → Thu 19 Mar 08:00 Paris = 07:00 UTC.
    const plan = planNudge(new Date('2026-03-17T10:00:00Z'), new Date('2026-03-30T09:00:00Z'), paris);
    expect(plan).toEqual({ at: new Date('2026-03-19T07:00:00Z') });
  });

  it('moves a time after midnight to that same morning', () => {
    // 02:30 in New York (EDT, UTC-4) = 06:30 UTC → 08:00 New York = 12:00 UTC.
    expect(outOfNight(new Date('2026-06-10T06:30:00Z'), { nightStartHour: 22, nightEndHour: 8, timeZone: 'America/New_York' })).toEqual(new Date('2026-06-10T12:00:00Z'));
  });

  it('reads the night in the owner\'s zone across a DST change (Paris springs forward on 29 Mar 2026)', () => {
    // 23:30 Paris on Sat 28 Mar (UTC+1) = 22:30 UTC → Sun 29 Mar 08:00 Paris (UTC+2) = 06:00 UTC.
    expect(outOfNight(new Date('2026-03-28T22:30:00Z'), paris)).toEqual(new Date('2026-03-29T06:00:00Z'));
  });

  it('leaves a daytime instant alone (rounded up to the minute, a schedule\'s precision)', () => {
    expect(outOfNight(new Date('2026-03-18T12:00:30Z'), paris)).toEqual(new Date('2026-03-18T12:01:00Z'));
  });

  it('sends none once the interview time has passed, or when the night would push it past the interview', () => {
    expect(planNudge(new Date('2026-03-17T10:00:00Z'), new Date('2026-03-17T09:00:00Z'), paris)).toEqual({ none: 'interview-passed' });
    // Half of 10 h = 5 h: 21:00 UTC = 22:00 Paris, night → 08:00 Paris next day, after the 08:00 UTC interview.
    expect(planNudge(new Date('2026-03-17T16:00:00Z'), new Date('2026-03-18T02:00:00Z'), paris)).toEqual({ none: 'too-close' });
  });

  it('sends none when the interview is too near for a reminder before it', () => {
    const now = new Date('2026-03-17T10:00:00Z');
    expect(planNudge(now, new Date(now.getTime() + 2 * MIN_LEAD_MS - 1), paris)).toEqual({ none: 'too-close' });
    expect(planNudge(now, new Date(now.getTime() + 2 * HOUR), { ...paris, timeZone: 'UTC' })).toEqual({ at: new Date(now.getTime() + HOUR) });
  });

  it('takes the configured longest wait', () => {
    expect(planNudge(new Date('2026-03-17T12:00:00Z'), null, { ...paris, afterHours: 24 })).toEqual({ at: new Date('2026-03-18T12:00:00Z') });
  });
});

describe('reminderName', () => {
  it('is the invitation and the kind, within Scheduler\'s name rules', () => {
    const name = reminderName('abcdefghijklmnop', 'nudge');
    expect(name).toBe('abcdefghijklmnop-nudge');
    expect(name).toMatch(/^[0-9a-zA-Z-_.]{1,64}$/);
    expect(() => reminderName('../other', 'nudge')).toThrow(/not an invite id/);
  });
});
