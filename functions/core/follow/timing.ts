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
