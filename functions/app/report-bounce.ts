/**
 * SES tells the configuration set's SNS topic when mail sent to a recruiter bounces or draws a
 * complaint; the owner hears of it. Only mail invite-advisor sent for the owner is reported (others
 * are not ours to speak of).
 */
import { phrases, renderNotice } from '../core/write/write.js';
import { mailOwner } from './owner-mail.js';
import type { BounceDeps, DeliveryReport } from './ports.js';

export async function reportBounce(deps: BounceDeps, report: DeliveryReport): Promise<'reported' | 'ignored'> {
  if (report.kind === 'other') return 'ignored';
  const inviteId = await deps.store.invitationForSentMessage(report.sesMessageId);
  if (!inviteId) return 'ignored';
  const owners = new Set(deps.config.owner.addresses.map((a) => a.toLowerCase()));
  const recruiter = report.recipients.find((r) => !owners.has(r.address.toLowerCase()));
  if (!recruiter) return 'ignored';
  const kind = report.kind === 'complaint' ? phrases.bounce.complaint : report.kind === 'permanent-bounce' ? phrases.bounce.permanent : phrases.bounce.temporary;
  await mailOwner(
    deps,
    deps.config.owner.addresses[0] ?? '',
    renderNotice('bounced', { to: recruiter.address, subject: report.subject ?? '', kind, diagnostic: recruiter.diagnostic }),
    { inReplyTo: null, replyTo: null },
    // A notice about a send: never held back by the hourly cap (it still counts toward it).
    { bypassCap: true },
  );
  deps.log.info('bounce reported to the owner', { inviteId, kind: report.kind });
  return 'reported';
}
