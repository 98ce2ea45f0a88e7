/**
 * Finds the invitation inside what the owner sent: an inline forward (email-forward-parser knows the
 * separators of a dozen clients in 22 languages), an invitation attached as message/rfc822 (its own
 * headers, Reply-To included), or the message itself when nothing was forwarded.
 */
import EmailForwardParser, { type EmailForwardMailbox } from 'email-forward-parser';
import * as chrono from 'chrono-node';
import { normalizeAddress, type Mailbox } from './mail/addresses.js';
import { parseMessage, parseOffset, type MailDate, type ParsedMessage } from './mail/parse.js';

export interface OriginalMessage {
  from: Mailbox | null;
  replyTo: Mailbox | null;
  cc: Mailbox[];
  subject: string | null;
  date: MailDate | null;
  messageId: string | null;
  body: string;
  calendars: string[];
}

export interface ForwardAnalysis {
  forwarded: boolean;
  via: 'inline' | 'attachment' | 'none';
  /** what the owner typed above the forward, without signature; null if nothing */
  note: string | null;
  original: OriginalMessage;
}

const forwardParser = new EmailForwardParser();
/** A forward of a forward is unwrapped while the inner sender is still one of the owner's addresses. */
const MAX_NESTING = 3;

export async function findOriginal(message: ParsedMessage, ownerAddresses: readonly string[]): Promise<ForwardAnalysis> {
  const owners = new Set(ownerAddresses.map(normalizeAddress));
  const attached = message.attachedMessages[0];
  if (attached) {
    const inner = await parseMessage(attached);
    return { forwarded: true, via: 'attachment', note: cleanNote(message.text), original: fromParsed(inner) };
  }
  const inline = readInlineForward(message.text, message.subject, message.date);
  if (!inline) return { forwarded: false, via: 'none', note: null, original: fromParsed(message) };

  let { original } = inline;
  for (let depth = 1; depth < MAX_NESTING; depth += 1) {
    const sender = original.from ? normalizeAddress(original.from.address) : null;
    if (!sender || !owners.has(sender)) break;
    const nested = readInlineForward(original.body, original.subject, message.date);
    if (!nested) break;
    original = nested.original;
  }
  // Calendar parts travel with the outer message when a client forwards inline.
  return { forwarded: true, via: 'inline', note: inline.note, original: { ...original, calendars: message.calendars } };
}

function readInlineForward(
  text: string,
  subject: string | null,
  outerDate: MailDate | null,
): { note: string | null; original: OriginalMessage } | null {
  if (!text.trim()) return null;
  // With a subject that lacks a known prefix (FWD:, an edited subject) the library never looks at the
  // body, so a miss with the subject is retried without it.
  let result = forwardParser.read(text, subject ?? undefined);
  if (!result.forwarded && subject) result = forwardParser.read(text);
  if (!result.forwarded) return null;
  const email = result.email;
  return {
    note: cleanNote(result.message ?? ''),
    original: {
      from: toMailbox(email.from),
      replyTo: null,
      cc: toMailboxes(email.cc),
      subject: email.subject?.trim() || null,
      date: readForwardedDate(email.date ?? null, outerDate),
      messageId: null,
      body: (email.body ?? '').replace(/\r\n/g, '\n'),
      calendars: [],
    },
  };
}

function fromParsed(message: ParsedMessage): OriginalMessage {
  return {
    from: message.from,
    replyTo: message.replyTo,
    cc: message.cc,
    subject: message.subject,
    date: message.date,
    messageId: message.messageId,
    body: message.text,
    calendars: message.calendars,
  };
}

/**
 * Forward headers carry a localized date without an offset ("Mon, Mar 9, 2026 at 10:14 AM"): the
 * forwarding client printed it in the owner's zone, so the outer message's offset is the best reading.
 */
function readForwardedDate(text: string | null, outerDate: MailDate | null): MailDate | null {
  if (!text) return null;
  const explicitOffset = parseOffset(text);
  const offset = explicitOffset ?? outerDate?.offsetMinutes ?? 0;
  const parsed = chrono.parseDate(text, { instant: outerDate?.instant ?? new Date(0), timezone: offset });
  if (!parsed) return null;
  return { instant: parsed, offsetMinutes: offset };
}

const SIGNATURE_START = /^(?:-- ?|—|Sent from my .*|Envoyé de mon .*|Von meinem .* gesendet|Enviado desde mi .*|Get Outlook for .*)$/m;

/** The note is what the owner typed: cut at the signature separator and the phone footers. */
export function cleanNote(text: string): string | null {
  const normalized = text.replace(/\r\n/g, '\n');
  const cut = SIGNATURE_START.exec(normalized);
  const note = (cut ? normalized.slice(0, cut.index) : normalized).trim();
  return note.length > 0 ? note : null;
}

function toMailbox(box: EmailForwardMailbox | null | undefined): Mailbox | null {
  if (!box?.address) return null;
  return { name: box.name?.trim() || null, address: box.address.trim() };
}

function toMailboxes(boxes: EmailForwardMailbox | EmailForwardMailbox[] | null | undefined): Mailbox[] {
  if (!boxes) return [];
  return (Array.isArray(boxes) ? boxes : [boxes]).map(toMailbox).filter((b): b is Mailbox => b !== null);
}
