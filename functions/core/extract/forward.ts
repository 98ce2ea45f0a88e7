/**
 * Finds the invitation inside what the owner sent: an inline forward (email-forward-parser knows the
 * separators of a dozen clients in 22 languages), an invitation attached as message/rfc822 (its own
 * headers, Reply-To included), or the message itself when nothing was forwarded.
 */
import EmailForwardParser, { type EmailForwardMailbox } from 'email-forward-parser';
import * as chrono from 'chrono-node';
import { InviteAdvisorError, UnreadableMailError } from '../../errors.js';
import { DAY_MS, displayText, isWritableTime, normalizeAddress, offsetFromDigits, wellFormed, type Mailbox } from '../mail/mail.js';
import { parseMessage, parseOffset, type MailDate, type ParsedMessage } from '../mail/mail.js';
import { withShortRuns } from './text.js';

export interface OriginalMessage {
  from: Mailbox | null;
  replyTo: Mailbox | null;
  cc: Mailbox[];
  subject: string | null;
  date: MailDate | null;
  messageId: string | null;
  body: string;
  calendars: string[];
  /** true when the original is the received message itself (nothing was forwarded) */
  isOuterMessage?: boolean;
  /** false when `date` came from a forward header without an offset (the offset was assumed) */
  dateOffsetKnown?: boolean;
}

export interface ForwardAnalysis {
  forwarded: boolean;
  via: 'inline' | 'attachment' | 'none';
  /** what the owner typed above the forward, without signature; null if nothing */
  note: string | null;
  original: OriginalMessage;
}

const forwardParser = new EmailForwardParser();
/** How much of a message/rfc822 attachment is parsed. */
export const MAX_ATTACHED_MESSAGE_BYTES = 512 * 1024;
/** How much of a body is searched for a forward: a forwarded invitation starts within the first few KB. */
export const MAX_FORWARD_TEXT_CHARS = 64 * 1024;
/** A forward of a forward is unwrapped while the inner sender is still one of the owner's addresses. */
const MAX_NESTING = 3;
/** Attached messages tried, in order, for one that can be read. */
const MAX_ATTACHED_MESSAGES = 3;

export async function findOriginal(message: ParsedMessage, ownerAddresses: readonly string[]): Promise<ForwardAnalysis> {
  const owners = new Set(ownerAddresses.map(normalizeAddress));
  const ownerName = message.from?.name ?? null;
  if (message.attachedMessages.length > 0) {
    const inner = await readAttached(message.attachedMessages);
    return { forwarded: true, via: 'attachment', note: cleanNote(message.text, ownerName), original: fromParsed(inner) };
  }
  const inline = readInlineForward(message.text, message.subject, message.date, ownerName);
  if (!inline) return { forwarded: false, via: 'none', note: null, original: { ...fromParsed(message), isOuterMessage: true } };

  let { original } = inline;
  for (let depth = 1; depth < MAX_NESTING; depth += 1) {
    const sender = original.from ? normalizeAddress(original.from.address) : null;
    if (!sender || !owners.has(sender)) break;
    // The owner's own mail: the invitation is the forwarded or quoted message inside it.
    const nested = readInlineForward(original.body, original.subject, message.date, ownerName) ?? readQuotedReply(original);
    if (!nested) break;
    original = nested.original;
  }
  // An inline message/rfc822 part has the original's own headers (Reply-To, Date with its offset).
  const embedded = await readEmbedded(message, original);
  if (embedded) original = embedded;
  // Calendar parts travel with the outer message when a client forwards inline.
  const calendars = original.calendars.length > 0 ? original.calendars : message.calendars;
  return { forwarded: true, via: 'inline', note: inline.note, original: { ...original, calendars } };
}

/**
 * The first attached message that is a mail message. When none is (an empty part, a text that is no
 * message), the forward cannot be read: the owner is told so, rather than shown what is not the invitation.
 */
async function readAttached(attachments: readonly Buffer[]): Promise<ParsedMessage> {
  let problem: InviteAdvisorError | null = null;
  for (const attached of attachments.slice(0, MAX_ATTACHED_MESSAGES)) {
    try {
      // mailparser is superlinear on some bodies: an attached invitation is read up to a cap (its
      // headers, text and calendar come first; a big PDF after them may be cut, which mailparser tolerates).
      return await parseMessage(attached.subarray(0, MAX_ATTACHED_MESSAGE_BYTES));
    } catch (error) {
      if (!(error instanceof InviteAdvisorError && error.permanent)) throw error;
      problem ??= error;
    }
  }
  throw new UnreadableMailError(`the message attached to it could not be read (${problem?.message ?? 'none was a mail message'})`, { cause: problem });
}

async function readEmbedded(message: ParsedMessage, found: OriginalMessage): Promise<OriginalMessage | null> {
  for (const raw of (message.inlineMessages ?? []).slice(0, 1)) {
    let inner: ParsedMessage;
    try {
      inner = await parseMessage(raw);
    } catch {
      continue;
    }
    const same = inner.from && found.from && normalizeAddress(inner.from.address) === normalizeAddress(found.from.address);
    if (same) return { ...fromParsed(inner), body: inner.text.trim() ? inner.text : found.body };
  }
  return null;
}

function readInlineForward(
  text: string,
  subject: string | null,
  outerDate: MailDate | null,
  ownerName: string | null,
): { note: string | null; original: OriginalMessage } | null {
  // The forward header and the invitation sit at the top; email-forward-parser's patterns get slow
  // (superlinear) on long bodies, so it only reads this much, with long runs cut short.
  text = withShortRuns(text.slice(0, MAX_FORWARD_TEXT_CHARS));
  if (!text.trim()) return null;
  // With a subject that lacks a known prefix (FWD:, an edited subject) the library never looks at the
  // body, so a miss with the subject is retried without it.
  let result = forwardParser.read(text, subject ?? undefined);
  if (!result.forwarded && subject) result = forwardParser.read(text);
  if (!result.forwarded) return null;
  const email = result.email;
  const body = (email.body ?? '').replace(/\r\n/g, '\n');
  const date = readForwardedDate(email.date ?? null, outerDate);
  return {
    note: cleanNote(result.message ?? '', ownerName),
    original: {
      from: toMailbox(email.from),
      replyTo: readReplyToLine(text, body),
      cc: toMailboxes(email.cc),
      subject: displayText(email.subject),
      date: date?.date ?? null,
      dateOffsetKnown: date?.offsetKnown ?? false,
      messageId: null,
      body,
      calendars: [],
    },
  };
}

/**
 * The forward header of Apple Mail, Thunderbird and others keeps a "Reply-To:" line, which
 * email-forward-parser strips: it is read from the header block above the forwarded body.
 */
function readReplyToLine(text: string, forwardedBody: string): Mailbox | null {
  const probe = forwardedBody.trim().split('\n')[0]?.trim() ?? '';
  const bodyAt = probe ? text.indexOf(probe) : -1;
  const head = bodyAt > 0 ? text.slice(0, bodyAt) : text.slice(0, 4000);
  const line = /^[ \t>]*\*?(?:Reply-To|Antwort an|Répondre à|Responder a|Rispondi a|Antwoord aan|Responder para)\*?[ \t]*:[ \t]*(.+)$/im.exec(head)?.[1];
  return line ? parseMailboxText(line) : null;
}

function parseMailboxText(text: string): Mailbox | null {
  const angle = /^\s*"?([^"<]*?)"?\s*[<[](?:mailto:)?([^\s<>@\]]+@[^\s<>\]]+)[>\]]/.exec(text);
  if (angle) return { name: displayText(angle[1]), address: angle[2]!.trim() };
  const bare = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/.exec(text);
  return bare ? { name: null, address: bare[1]! } : null;
}

const QUOTE_INTRO = /^[ \t>]*(?:On|Le|Am|El|Il|Op|Em)\s+(.{6,120}?)\s*[,]?\s*(?:"?([^"<\n]*?)"?\s*)?<([^\s<>@]+@[^\s<>]+)>\s*(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|escreveu)\s*:?\s*$/im;

/**
 * The owner's own reply with the invitation quoted below "On … <address> wrote:" (no header block):
 * the quoted message becomes the original, with the thread subject without "Re:".
 */
function readQuotedReply(own: OriginalMessage): { note: string | null; original: OriginalMessage } | null {
  const intro = QUOTE_INTRO.exec(own.body);
  if (!intro) return null;
  const quoted = own.body
    .slice(intro.index + intro[0].length)
    .split('\n')
    .map((line) => line.replace(/^> ?/, ''))
    .join('\n')
    .replace(/^\n+/, '');
  const dateText = (intro[1] ?? '').replace(/\s+(?:at|um|à|a las)\s+/, ' ');
  const date = readForwardedDate(dateText, own.date);
  return {
    note: null,
    original: {
      from: { name: displayText(intro[2]), address: intro[3]!.trim() },
      replyTo: null,
      cc: [],
      subject: own.subject?.replace(/^(?:\s*(?:re|aw|sv|antw|r|rif)\s*:\s*)+/i, '').trim() || null,
      date: date?.date ?? null,
      dateOffsetKnown: date?.offsetKnown ?? false,
      messageId: null,
      body: quoted,
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
 * Forward headers carry a localized date, often without an offset ("Mon, Mar 9, 2026 at 10:14 AM",
 * "Mittwoch, 8. April 2026 09:12"): read with the locales chrono knows; when no offset is written, the
 * outer message's offset is assumed (and said so: `offsetKnown: false`).
 */
const DATE_PARSERS = [chrono.en, chrono.fr, chrono.de, chrono.es, chrono.it, chrono.nl, chrono.pt, chrono.ja];

function readForwardedDate(text: string | null, outerDate: MailDate | null): { date: MailDate; offsetKnown: boolean } | null {
  if (!text) return null;
  const explicitOffset = parseOffset(text) ?? parseGmtOffset(text);
  const offset = explicitOffset ?? outerDate?.offsetMinutes ?? 0;
  const reference = { instant: outerDate?.instant ?? new Date(0), timezone: offset };
  // The locale that reads the most of the string wins ("dinsdag 28 april 2026 14:20" is Dutch).
  let best: chrono.ParsedResult | null = null;
  const cleaned = text.replace(/\((?:GMT|UTC)[^)]*\)/i, '');
  for (const locale of DATE_PARSERS) {
    const result = locale.parse(cleaned, reference)[0];
    // A header date has a day and a time; a bare "Datum: donderdag 7 mei" is an interview detail.
    if (result?.start.isCertain('day') && result.start.isCertain('hour') && (!best || result.text.length > best.text.length)) best = result;
  }
  if (!best) return null;
  const c = best.start;
  const wall = Date.UTC(c.get('year') ?? 1970, (c.get('month') ?? 1) - 1, c.get('day') ?? 1, c.get('hour') ?? 0, c.get('minute') ?? 0, c.get('second') ?? 0);
  const instant = new Date(wall - offset * 60_000);
  if (!isWritableTime(instant, offset)) return null;
  // The original was sent before it was forwarded (a day of slack for a wrongly assumed offset).
  if (outerDate && instant.getTime() > outerDate.instant.getTime() + DAY_MS) return null;
  return { date: { instant, offsetMinutes: offset }, offsetKnown: explicitOffset !== null };
}

function parseGmtOffset(text: string): number | null {
  const match = /\((?:GMT|UTC)\s*([+-])(\d{1,2}):?(\d{2})?\)/i.exec(text);
  return match ? offsetFromDigits(match[1]!, match[2]!, match[3] ?? '0') : null;
}

const SIGNATURE_START = /^(?:-- ?|—|_{5,}|-{5,}.*|Sent from my .*|Envoyé de mon .*|Envoyé depuis .*|Von meinem .* gesendet|Gesendet von .*|Enviado desde mi .*|Enviado do meu .*|Inviato da .*|Verzonden vanaf .*|Get Outlook for .*|Obtenir Outlook pour .*|Outlook für .* beziehen|Obtener Outlook para .*|Begin forwarded message:|Début du message réexpédié.*)\s*$/m;

/**
 * The note is what the owner typed: cut at the signature separator, the phone footers, a leftover
 * forward separator, and an Outlook-style signature that starts with the owner's own name on a line.
 */
export function cleanNote(text: string, ownerName: string | null = null): string | null {
  // A note sits at the top; beside an attached invitation the rest of a 10 MB text would be read and stored.
  const normalized = wellFormed(text.slice(0, MAX_FORWARD_TEXT_CHARS)).replace(/\r\n/g, '\n');
  const cut = SIGNATURE_START.exec(normalized);
  let note = (cut ? normalized.slice(0, cut.index) : normalized).trim();
  const name = ownerName?.trim();
  if (name) {
    const lines = note.split('\n');
    const first = name.split(/\s+/)[0]!.toLowerCase();
    const at = lines.findIndex((line) => {
      const l = line.trim().replace(/^[-–—~]\s*/, '').toLowerCase();
      return l === name.toLowerCase() || (l === first && first.length > 1);
    });
    if (at >= 0) note = lines.slice(0, at).join('\n').trim();
  }
  return note.length > 0 ? note : null;
}

function toMailbox(box: EmailForwardMailbox | null | undefined): Mailbox | null {
  if (!box?.address) return null;
  return { name: displayText(box.name), address: box.address.trim() };
}

function toMailboxes(boxes: EmailForwardMailbox | EmailForwardMailbox[] | null | undefined): Mailbox[] {
  if (!boxes) return [];
  return (Array.isArray(boxes) ? boxes : [boxes]).map(toMailbox).filter((b): b is Mailbox => b !== null);
}
