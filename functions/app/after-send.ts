/**
 * Once SES has accepted a mail, the run must not fail: Lambda would retry it and the mail would go out
 * again. Every write that follows an accepted send goes through here: retried with backoff within the
 * run (about 10 s in all, on the injected clock); a write that still fails is logged with both message
 * ids and the signal BookkeepingAfterSendFailed (a metric filter counts it and an alarm mails the owner,
 * infra/constructs/alarms.ts), and the run goes on and ends successfully.
 */
import { SIGNALS, type Clock, type Logger } from './ports.js';

/** How long, in all, one run keeps retrying the writes that follow its send (the functions time out after 30 s). */
export const AFTER_SEND_BUDGET_MS = 10_000;
const FIRST_DELAY_MS = 100;
const LONGEST_DELAY_MS = 2_000;
/** A bound that holds whatever the clock says (100 ms doubling to 2 s: about 11 s of waiting in all). */
const MOST_ATTEMPTS = 10;

export interface AfterSend {
  /**
   * Runs one write that follows the accepted send, retrying it while the run's budget lasts. Never
   * throws: `{ ok: false }` when it still failed (logged, counted, alarmed).
   */
  write<T>(what: string, action: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }>;
}

/**
 * The writes after one accepted send. `sesMessageId` is SES's id of the mail that went out, `messageId`
 * the SES message id of the inbound mail it answers: both are logged, never a body or an address.
 */
export function afterSend(deps: { clock: Clock; log: Logger }, ids: { sesMessageId: string; messageId: string; inviteId?: string }): AfterSend {
  const deadline = deps.clock.now().getTime() + AFTER_SEND_BUDGET_MS;
  return {
    async write(what, action) {
      let delay = FIRST_DELAY_MS;
      for (let attempt = 1; ; attempt += 1) {
        try {
          return { ok: true, value: await action() };
        } catch (error) {
          // Always one attempt; more only while the budget lasts.
          if (attempt >= MOST_ATTEMPTS || deps.clock.now().getTime() + delay > deadline) {
            deps.log.error('a write after an accepted send failed; the run ends without it', {
              signal: SIGNALS.bookkeepingFailed,
              write: what,
              sesMessageId: ids.sesMessageId,
              messageId: ids.messageId,
              ...(ids.inviteId ? { inviteId: ids.inviteId } : {}),
              attempts: attempt,
              error: errorName(error),
            });
            return { ok: false };
          }
          await deps.clock.sleep(delay);
          delay = Math.min(delay * 2, LONGEST_DELAY_MS);
        }
      }
    },
  };
}

/** The error's name: never its message, which may quote an address. */
export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
