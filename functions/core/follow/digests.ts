/**
 * The follow-through function's two digests (issue #17, items 4 and 6), as the scheduler names and times
 * them: pure, on instants passed in.
 *
 * The digest of held mail: one one-off schedule per clock hour in which the cap held mail back, named
 * `held-<yyyy-mm-ddThh>` after that hour (holding twice in an hour finds the first schedule: the
 * scheduler refuses a second of the same name), firing at the start of the next hour.
 *
 * The weekly digest: one recurring schedule, a cron expression read in the owner's zone
 * (ScheduleExpressionTimezone), made by the stack (infra/constructs/follow-through.ts) and locally by the
 * scheduler stand-in's setup (local/stack.ts) from the same builder here.
 */
import { dateTimeFormat, HOUR_MS } from '../mail/mail.js';

/** A clock hour as the digest's claim names it: `yyyy-mm-ddThh` (UTC). */
export const HOUR_KEY = /^\d{4}-\d{2}-\d{2}T\d{2}$/;

export function hourKey(at: Date): string {
  return at.toISOString().slice(0, 13);
}

/** The start of the clock hour after the one `at` falls in. */
export function nextHourStart(at: Date): Date {
  return new Date((Math.floor(at.getTime() / HOUR_MS) + 1) * HOUR_MS);
}

/**
 * The schedule of the digest answering what was held in `hour` (`yyyy-mm-ddThh`): 18 characters of
 * Scheduler's 64. `again`: its second name, under which a run that came before its time makes it again
 * (the schedule that fired it still exists while it runs, so its own name is taken; the two alternate).
 */
export function heldDigestName(hour: string, again = false): string {
  if (!HOUR_KEY.test(hour)) throw new Error(`not an hour: "${hour}"`);
  return `held-${hour}${again ? '-again' : ''}`;
}

/** When the digest of what was held in `hour` is due: the start of the next hour. */
export function heldDigestDue(hour: string): Date {
  if (!HOUR_KEY.test(hour)) throw new Error(`not an hour: "${hour}"`);
  return nextHourStart(new Date(`${hour}:00:00.000Z`));
}

/** Days of the week as EventBridge Scheduler's cron writes them. */
export const WEEK_DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

/** The weekly digest's one recurring schedule (the stack's, and the local stand-in's). */
export const WEEKLY_DIGEST_SCHEDULE = 'weekly-digest';

/** The nudges due's one recurring schedule (the stack's, and the local stand-in's): app/follow-through.ts (sendNudgesDue). */
export const NUDGES_DUE_SCHEDULE = 'nudges-due';

/**
 * `cron(0 <hour> ? * <day> *)`: at `hour`:00 on `day` every week, in the zone the schedule names
 * (EventBridge Scheduler's six fields: minutes hours day-of-month month day-of-week year; one of the two
 * day fields must be `?`).
 */
export function weeklyCron(day: WeekDay, hour: number): string {
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`not an hour of the day: ${hour}`);
  return `cron(0 ${hour} ? * ${day} *)`;
}

/** The owner's date (`yyyy-mm-dd` in their zone) at `at`: the weekly digest's claim, once a day at most. */
export function dayKeyInZone(at: Date, timeZone: string): string {
  const parts = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
