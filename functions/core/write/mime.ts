/**
 * Builds the outgoing message as raw MIME (sent with SES's Raw content), so that what is sent is
 * exactly what our code built and what tests assert on. nodemailer's MailComposer does the encoding.
 */
import MailComposer from 'nodemailer/lib/mail-composer';
import { oneLine } from './render.js';
import type { Mailbox } from '../mail/mail.js';

export interface OutgoingMail {
  from: Mailbox;
  to: string[];
  cc?: string[];
  replyTo: string | null;
  subject: string;
  text: string;
  /** null: a plain-text message (what a person writes to a recruiter) */
  html: string | null;
  /** Message-ID of the message this answers, for threading */
  inReplyTo: string | null;
  references: string[];
  /** `Auto-Submitted: auto-replied` on everything written to the owner (RFC 3834) */
  autoSubmitted: boolean;
  date: Date;
  /** the Message-ID to write (SES replaces it with its own when sending for real) */
  messageId?: string;
  attachments?: { filename: string; contentType: string; content: string }[];
}

export async function buildMime(mail: OutgoingMail): Promise<Buffer> {
  const headers: Record<string, string> = {};
  if (mail.autoSubmitted) {
    headers['Auto-Submitted'] = 'auto-replied';
    // Ask well-behaved responders (vacation replies, ticket systems) not to answer this message.
    headers['X-Auto-Response-Suppress'] = 'All';
  }
  const composer = new MailComposer({
    from: { name: oneLine(mail.from.name ?? ''), address: mail.from.address },
    to: mail.to,
    ...(mail.cc && mail.cc.length > 0 ? { cc: mail.cc } : {}),
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    subject: oneLine(mail.subject),
    text: mail.text,
    ...(mail.html !== null ? { html: mail.html } : {}),
    date: mail.date,
    ...(mail.messageId ? { messageId: mail.messageId } : {}),
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references.length > 0 ? { references: mail.references } : {}),
    headers,
    attachments: mail.attachments ?? [],
    // Never let MailComposer fetch a URL or read a file named in the content.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}
