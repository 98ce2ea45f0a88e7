/**
 * A reminder's schedule name: derived from the invitation and the kind alone, so that the same reminder
 * is never scheduled twice (EventBridge Scheduler refuses a second schedule of the same name in a group
 * with ConflictException) and `forget` or a recorded choice can delete it without having stored it.
 * Scheduler names are 1–64 characters of [0-9a-zA-Z-_.]; an invite id is 16 of [a-z2-7].
 */
import { INVITE_ID } from '../reply/reply.js';

/**
 * The kinds of reminder: the nudge, and the two on the day of an accepted interview (the evening before,
 * and shortly before), and "How did it go?" after it (core/follow/outcome.ts). Each has its own schedule
 * name and its own claim.
 */
export const REMINDER_KINDS = ['nudge', 'evening-before', 'shortly-before', 'how-did-it-go'] as const;
/** The reminders of an accepted interview: deleted by a decline, scheduled anew by an accept. */
export const ON_THE_DAY_KINDS = ['evening-before', 'shortly-before'] as const satisfies readonly ReminderKind[];
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export function reminderName(inviteId: string, kind: ReminderKind): string {
  if (!INVITE_ID.test(inviteId)) throw new Error(`not an invite id: "${inviteId}"`);
  return `${inviteId}-${kind}`;
}
