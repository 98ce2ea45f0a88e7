/**
 * The sweep (issue 11, item 4): the raw mail in S3 is the record of truth. Every run of the scheduled
 * sweep function lists the mail stored between `lookbackHours` and `settleMinutes` ago and re-drives,
 * once, each message that no run finished:
 *
 *   idempotency record (MSG#<id>)           what the sweep does
 *   done                                     nothing: finished
 *   claimed, lease live                      nothing: a run is answering it
 *   claimed, marked sending                  nothing: a mail to the owner may have gone out (the run died
 *                                            after sending, or its last write failed: BookkeepingAfterSendFailed);
 *                                            re-driving it could answer the owner twice
 *   none, or claimed with an expired lease   re-drive it, once (a REDRIVE mark per message id); after
 *     and no sign of a send                  that, its failure path (retries, failure queue, the owner's
 *                                            notice, `npm run redrive`) owns it
 *
 * A re-drive hands the message id to the inbound function asynchronously: it goes through the normal
 * claim, so a run that finished meanwhile, or holds a live claim, still wins. Strangers' mail is never
 * recorded (it is dropped before the claim), so it is re-driven once and dropped again: nothing is sent.
 * The work per run is bounded (objects listed, re-drives); only counts and message ids are logged.
 */
import type { SweepDeps } from './ports.js';

export interface SweepReport {
  /** objects listed in the window */
  listed: number;
  /** false when the listing stopped at its bound: the rest waits for the next run */
  complete: boolean;
  finished: number;
  inProgress: number;
  /** left alone: a send may have gone out */
  sendUnderWay: number;
  /** re-driven by an earlier run */
  alreadyRedriven: number;
  redriven: number;
  /** could not be handed over (the mark was taken back: the next run tries again) */
  failed: number;
  /** not looked at: this run's re-drives were used up */
  deferred: number;
}

const MINUTE_MS = 60_000;

export async function sweepRawMail(deps: SweepDeps): Promise<SweepReport> {
  const now = deps.clock.now();
  const from = new Date(now.getTime() - deps.lookbackHours * 60 * MINUTE_MS);
  const to = new Date(now.getTime() - deps.settleMinutes * MINUTE_MS);
  const { mail, complete } = await deps.listing.storedBetween(from, to, deps.maxListed);
  const report: SweepReport = { listed: mail.length, complete, finished: 0, inProgress: 0, sendUnderWay: 0, alreadyRedriven: 0, redriven: 0, failed: 0, deferred: 0 };
  // Oldest first: a backlog drains in the order it arrived.
  const oldestFirst = [...mail].sort((a, b) => a.storedAt.getTime() - b.storedAt.getTime());
  for (const { messageId } of oldestFirst) {
    if (report.redriven + report.failed >= deps.maxRedrives) {
      report.deferred += 1;
      continue;
    }
    const { progress, redrivenAt } = await deps.recovery.messageProgress(messageId, now);
    if (progress.state === 'done') report.finished += 1;
    else if (progress.state === 'claimed' && progress.live) report.inProgress += 1;
    else if (progress.state === 'claimed' && progress.sending) {
      report.sendUnderWay += 1;
      deps.log.warn('sweep: left alone, a mail to the owner may have gone out', { messageId });
    } else if (redrivenAt !== null || !(await deps.recovery.markRedriven(messageId, now))) report.alreadyRedriven += 1;
    else {
      try {
        await deps.redriver.redrive(messageId);
        report.redriven += 1;
        deps.log.info('sweep: re-driven', { messageId, unfinished: progress.state });
      } catch (error) {
        report.failed += 1;
        await deps.recovery.unmarkRedriven(messageId).catch(() => undefined);
        deps.log.error('sweep: could not re-drive', { messageId, error: error instanceof Error ? error.name : typeof error });
      }
    }
  }
  deps.log.info('sweep finished', { ...report });
  if (!complete) deps.log.warn('sweep: the listing stopped at its bound; the rest waits for the next run', { maxListed: deps.maxListed });
  return report;
}
