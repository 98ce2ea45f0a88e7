/**
 * Every mail to the owner goes through here: to a configured owner address only, marked
 * `Auto-Submitted: auto-replied`, threaded, and counted against the hourly cap (one "paused" notice
 * when it trips, then nothing until the next hour).
 */
import { randomUUID } from 'node:crypto';
import type { Config } from '../config/schema.js';
import { domainOf } from '../core/mail/addresses.js';
import { buildMime } from '../core/write/mime.js';
import { renderNotice, type RenderedMail } from '../core/write/render.js';
import type { Clock, InviteStore, Mailer } from './ports.js';

export interface OwnerMailDeps {
  config: Config;
  store: Pick<InviteStore, 'reserveOwnerMail'>;
  mailer: Mailer;
  clock: Clock;
}

export interface OwnerMail extends RenderedMail {
  attachments?: { filename: string; contentType: string; content: string }[];
}

export async function mailOwner(
  deps: OwnerMailDeps,
  owner: string,
  mail: OwnerMail,
  thread: { inReplyTo: string | null; replyTo: string | null },
): Promise<{ status: 'sent' | 'paused' | 'blocked'; sentMessageId?: string; headerId?: string }> {
  const now = deps.clock.now();
  const limit = deps.config.limits.mailsToOwnerPerHour;
  const reservation = await deps.store.reserveOwnerMail(now, limit);
  if (reservation === 'blocked') return { status: 'blocked' };
  const paused = reservation === 'notice';
  const content = paused ? renderNotice('paused', { limit }) : mail;
  // Our own Message-ID, remembered by the caller: SES replaces it when it really sends (and its id,
  // returned below, is the local part of the one it writes), a local stand-in keeps it.
  const headerId = randomUUID();
  const raw = await buildMime({
    messageId: `<${headerId}@${domainOf(deps.config.sending.address)}>`,
    from: { name: deps.config.sending.name, address: deps.config.sending.address },
    to: [owner],
    replyTo: paused ? null : thread.replyTo,
    subject: content.subject,
    text: content.text,
    html: content.html,
    inReplyTo: thread.inReplyTo,
    references: thread.inReplyTo ? [thread.inReplyTo] : [],
    autoSubmitted: true,
    date: now,
    attachments: paused ? [] : (mail.attachments ?? []),
  });
  const sentMessageId = await deps.mailer.sendRaw(raw, { from: deps.config.sending.address, to: [owner] });
  return { status: paused ? 'paused' : 'sent', sentMessageId, headerId };
}
