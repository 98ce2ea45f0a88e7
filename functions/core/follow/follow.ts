/**
 * The follow shelf: what follows a recommendation (issue #17). When a reminder is due (timing), and the
 * one name each reminder's schedule has (names), so that creating it twice finds the first and
 * forgetting the invitation finds it to delete; the digests' schedules (digests) and what the weekly
 * digest lists (weekly). "How did it go?" after the interview, and how its answer is read (outcome).
 */
export { planNudge, outOfNight, MIN_LEAD_MS, planOnTheDay, MIN_ON_THE_DAY_NOTICE_MS, type NudgePlan, type NudgeTiming, type OnTheDayPlan, type OnTheDayTiming, type OnTheDayKind } from './timing.js';
export { planHowDidItGo, interviewEnd, readOutcomeAnswer, DEFAULT_INTERVIEW_MINUTES, OUTCOME_MAX_CHARS, type HowDidItGoPlan, type HowDidItGoTiming, type OutcomeAnswer } from './outcome.js';
export { reminderName, REMINDER_KINDS, ON_THE_DAY_KINDS, type ReminderKind } from './names.js';
export { HOUR_KEY, hourKey, nextHourStart, heldDigestName, heldDigestDue, dayKeyInZone, WEEK_DAYS, WEEKLY_DIGEST_SCHEDULE, NUDGES_DUE_SCHEDULE, weeklyCron, type WeekDay } from './digests.js';
export { planWeeklyDigest, WEEKLY_MOST_ITEMS, WEEKLY_WAITING_DAYS, WEEKLY_UPCOMING_DAYS, WEEKLY_OUTCOME_DAYS, type WeeklyCandidate, type WeeklyDigestPlan, type WeeklyEntry } from './weekly.js';
