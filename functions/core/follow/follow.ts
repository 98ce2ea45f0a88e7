/**
 * The follow shelf: what follows a recommendation (issue #17). When a reminder is due (timing), and the
 * one name each reminder's schedule has (names), so that creating it twice finds the first and
 * forgetting the invitation finds it to delete.
 */
export { planNudge, outOfNight, MIN_LEAD_MS, type NudgePlan, type NudgeTiming } from './timing.js';
export { reminderName, REMINDER_KINDS, type ReminderKind } from './names.js';
