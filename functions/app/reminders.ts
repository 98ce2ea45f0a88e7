/**
 * Deleting an invitation's follow-through schedules, shared by the use cases that end them: a recorded
 * choice (a reply command, a Bcc copy of a draft, `done`) and `forget`. Best effort: a schedule left
 * behind fires, finds the choice recorded or the invitation gone, and sends nothing
 * (app/follow-through.ts), so a failure here is logged and never fails the run.
 */
import { REMINDER_KINDS, reminderName } from '../core/follow/follow.js';
import { errorName } from './after-send.js';
import type { Logger, Scheduler } from './ports.js';

export async function cancelReminders(deps: { scheduler: Scheduler; log: Logger }, inviteId: string): Promise<void> {
  for (const kind of REMINDER_KINDS) {
    try {
      await deps.scheduler.cancel(reminderName(inviteId, kind));
    } catch (error) {
      deps.log.warn('a reminder schedule could not be deleted; when it fires it sends nothing', { inviteId, kind, error: errorName(error) });
    }
  }
}
