/**
 * When a follow-through reminder is due: pure rules on instants passed in (no clock here).
 *
 * The nudge (issue #17, item 1): min(`afterHours`, half the time from the recommendation to the first
 * proposed slot), then moved out of the owner's night (their zone): a time from `nightStartHour` to
 * `nightEndHour` becomes `nightEndHour` that morning. None when the interview is no longer ahead by then,
 * or when the nudge would come less than MIN_LEAD_MS after the recommendation (an interview in an hour
 * needs no reminder to answer it).
 */
import { dateTimeFormat, HOUR_MS } from '../mail/mail.js';
import type { ReminderKind } from './names.js';

export interface NudgeTiming {
  afterHours: number;
  nightStartHour: number;
  nightEndHour: number;
  /** the owner's IANA zone */
  timeZone: string;
}

/** A nudge sooner than this after its recommendation is not worth a mail. */
export const MIN_LEAD_MS = HOUR_MS;

export type NudgePlan =
  | { at: Date }
  /** `interview-passed`: the first slot is not ahead of the recommendation; `too-close`: it is too near for a reminder before it */
  | { none: 'interview-passed' | 'too-close' };

export function planNudge(recommendedAt: Date, firstSlotStart: Date | null, timing: NudgeTiming): NudgePlan {
  const from = recommendedAt.getTime();
  const slot = firstSlotStart?.getTime() ?? null;
  if (slot !== null && slot <= from) return { none: 'interview-passed' };
  const wait = Math.min(timing.afterHours * HOUR_MS, slot === null ? Infinity : (slot - from) / 2);
  if (wait < MIN_LEAD_MS) return { none: 'too-close' };
  const at = outOfNight(new Date(from + wait), timing);
  if (slot !== null && at.getTime() >= slot) return { none: 'too-close' };
  return { at };
}

/** The instant, or the end of the owner's night when it falls in it (whole minutes: a schedule's precision). */
export function outOfNight(at: Date, timing: Pick<NudgeTiming, 'nightStartHour' | 'nightEndHour' | 'timeZone'>): Date {
  const { nightStartHour: start, nightEndHour: end, timeZone } = timing;
  const local = wallClock(at, timeZone);
  const minute = new Date(Math.ceil(at.getTime() / 60_000) * 60_000);
  if (!inNight(local.hour, start, end)) return minute;
  // After midnight the night ends that day; before it (a night that wraps), the next day.
  const nextDay = start > end && local.hour >= start;
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + (nextDay ? 1 : 0)));
  return fromWallClock({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: end, minute: 0 }, timeZone);
}

function inNight(hour: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start > end ? hour >= start || hour < end : hour >= start && hour < end;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClock(at: Date, timeZone: string): WallClock {
  const parts = dateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** The instant the owner's clock shows `wall` (a time skipped by a DST change comes out an hour later). */
function fromWallClock(wall: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let guess = asUtc;
  // Two rounds settle the zone's offset at that instant (it may change between the guesses near a DST change).
  for (let i = 0; i < 2; i += 1) {
    const shown = wallClock(new Date(guess), timeZone);
    const offset = Date.UTC(shown.year, shown.month - 1, shown.day, shown.hour, shown.minute) - guess;
    guess = asUtc - offset;
  }
  return new Date(guess);
}

/**
 * On the day (issue #17, item 2): the reminders of an accepted interview with a fixed time. The evening
 * before: `eveningBeforeHour` o'clock in the owner's zone on the day before the interview's day there;
 * shortly before: `minutesBefore` ahead of it. Each is left out when its time has passed or is less than
 * MIN_ON_THE_DAY_NOTICE_MS away (a reminder that lands with or after the meeting helps no one), or when
 * its setting is null. Unlike the nudge, these are not moved out of the night: the owner chose the hour,
 * and an early interview wants its reminder early.
 */
export interface OnTheDayTiming {
  /** the evening before, at this whole hour in the owner's zone; null: none */
  eveningBeforeHour: number | null;
  /** this many minutes before the start; null: none */
  minutesBefore: number | null;
  /** the owner's IANA zone */
  timeZone: string;
}

/** A reminder due sooner than this is left out. */
export const MIN_ON_THE_DAY_NOTICE_MS = 10 * 60_000;

export type OnTheDayKind = Extract<ReminderKind, 'evening-before' | 'shortly-before'>;

export interface OnTheDayPlan {
  due: { kind: OnTheDayKind; at: Date }[];
  /** `passed`: its time is behind `now` or too near it; `off`: its setting is null */
  left: { kind: OnTheDayKind; why: 'passed' | 'off' }[];
}

export function planOnTheDay(now: Date, start: Date, timing: OnTheDayTiming): OnTheDayPlan {
  const plan: OnTheDayPlan = { due: [], left: [] };
  const consider = (kind: OnTheDayKind, at: Date | null) => {
    if (!at) plan.left.push({ kind, why: 'off' });
    else if (at.getTime() - now.getTime() < MIN_ON_THE_DAY_NOTICE_MS || at.getTime() >= start.getTime()) plan.left.push({ kind, why: 'passed' });
    else plan.due.push({ kind, at });
  };
  consider('evening-before', timing.eveningBeforeHour === null ? null : eveningBefore(start, timing.eveningBeforeHour, timing.timeZone));
  consider('shortly-before', timing.minutesBefore === null ? null : new Date(Math.floor((start.getTime() - timing.minutesBefore * 60_000) / 60_000) * 60_000));
  return plan;
}

/** `hour` o'clock in `timeZone` on the day before the one `start` falls on there. */
function eveningBefore(start: Date, hour: number, timeZone: string): Date {
  const local = wallClock(start, timeZone);
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day - 1));
  return fromWallClock({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour, minute: 0 }, timeZone);
}
