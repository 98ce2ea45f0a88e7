/**
 * Finds the invitation inside what the owner sent: an inline forward (email-forward-parser knows the
 * separators of a dozen clients in 22 languages), an invitation attached as message/rfc822 (its own
 * headers, Reply-To included), or the message itself when nothing was forwarded.
 */
import EmailForwardParser, { type EmailForwardMailbox } from 'email-forward-parser';
import * as chrono from 'chrono-node';
import { InviteAdvisorError, UnreadableMailError } from '../../errors.js';
import { DAY_MS, displayText, isWritableTime, normalizeAddress, offsetFromDigits, wellFormed, type Mailbox } from '../mail/mail.js';
import { imageAlts, parseMessage, parseOffset, type MailDate, type ParsedMessage } from '../mail/mail.js';
import { ENGLISH } from './chrono-locales.js';
import { dateLocalesFor } from './date-words.js';
import { mailboxSpellsName } from './company-role.js';
import { EMAIL_IN_TEXT, withShortRuns } from './text.js';
import { forwardThreading, headerBlockThreading, ownThreading, type Threading } from './threading.js';
import { ABBREVIATION_OFFSETS } from './zones.js';

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
  /**
   * A `Message-ID:` line of the forwarded header block (Thunderbird with all headers shown): the
   * original's own id, read for threading only. `messageId` (the identity) stays null for an inline
   * forward, so the same invitation forwarded from two clients stays one invitation.
   */
  blockMessageId?: string | null;
  /** the alt texts of an attached invitation's images (its logo may name the company), at most 20 */
  imageAlts?: string[];
}

export interface ForwardAnalysis {
  forwarded: boolean;
  via: 'inline' | 'attachment' | 'none';
  /** what the owner typed above the forward, without signature; null if nothing */
  note: string | null;
  original: OriginalMessage;
  /**
   * What a reply to the original answers (In-Reply-To, References), read only where the mail shows the
   * original's own Message-ID (threading.ts); null when it does not: then nothing is made up.
   */
  threading: Threading | null;
}

const forwardParser = new EmailForwardParser();
/** How much of a message/rfc822 attachment is parsed. */
export const MAX_ATTACHED_MESSAGE_BYTES = 512 * 1024;
/** How much of a body is searched for a forward: a forwarded invitation starts within the first few KB. */
export const MAX_FORWARD_TEXT_CHARS = 64 * 1024;
/** A forward of a forward is unwrapped while the inner sender is still one of the owner's addresses. */
const MAX_NESTING = 4;
/** Attached messages tried, in order, for one that can be read. */
const MAX_ATTACHED_MESSAGES = 3;

/**
 * Who the owner is, for telling the owner's own hops in a chain from the invitation: the configured
 * addresses, the former ones (an old work or alumni address, `owner.formerAddresses`), and the name.
 */
export interface OwnerIdentity {
  addresses: readonly string[];
  formerAddresses?: readonly string[];
  name?: string | null;
}

export async function findOriginal(message: ParsedMessage, ownerOrAddresses: readonly string[] | OwnerIdentity): Promise<ForwardAnalysis> {
  const owner: OwnerIdentity = isAddressList(ownerOrAddresses) ? { addresses: ownerOrAddresses } : ownerOrAddresses;
  const isOwner = ownerMatcher(owner, message.from);
  const ownerName = message.from?.name ?? owner.name ?? null;
  const outerIsOwner = message.from !== null && isOwner(message.from);
  if (message.attachedMessages.length > 0) {
    const inner = await readAttached(message.attachedMessages);
    // An attached forward of a forward: the invitation is inside the owner's own attached message.
    const { original, hops } = unwrapOwnerHops(fromParsed(inner), isOwner, message.date, ownerName);
    // The attached message's own id; or, when it is the owner's own forward, what its headers say of the
    // message it forwards (one hop down, from outside the owner).
    const threading = hops === 0 ? (isOwner(original.from) ? null : ownThreading(inner)) : (blockThreading(original) ?? (hops === 1 && !isOwner(original.from) ? forwardThreading(inner, original) : null));
    return { forwarded: true, via: 'attachment', note: cleanNote(message.text, ownerName), original: { ...original, imageAlts: imageAlts(inner.html) }, threading };
  }
  // The owner replied above a quoted thread ("Le mer. 7 oct. … a écrit :") whose older messages carry their own
  // header blocks: the newest message is the one the quote opens with, not the oldest block below it. A reply
  // when the quote intro comes first, with no forward above it.
  const intro = outerIsOwner ? quoteIntro(message.text) : null;
  const repliedAbove = intro !== null && readInlineForward(message.text.slice(0, intro.index), message.subject, message.date, ownerName, outerIsOwner) === null;
  const found = repliedAbove ? null : readInlineForward(message.text, message.subject, message.date, ownerName, outerIsOwner);
  // A forward whose sender could not be read, above a quoted "On … <address> wrote:": the quote is the invitation.
  const inline = found?.original.from || !intro ? found : null;
  if (!inline) {
    // The owner replied above the quoted thread instead of forwarding: the invitation is the newest
    // message from outside the owner in the quote, and what the owner typed above it is the note.
    const quoted = outerIsOwner ? readQuotedReply({ ...fromParsed(message), body: message.text }) : null;
    if (quoted) {
      const { original, hops } = unwrapOwnerHops(quoted.original, isOwner, message.date, ownerName);
      // The reply's In-Reply-To is the quoted message's id, when that message is not the owner's own.
      const threading = blockThreading(original) ?? (hops === 0 && !isOwner(original.from) ? forwardThreading(message, original) : null);
      return { forwarded: true, via: 'inline', note: cleanNote(quoted.note ?? '', ownerName), original: { ...original, calendars: message.calendars }, threading };
    }
    return { forwarded: false, via: 'none', note: null, original: { ...fromParsed(message), isOuterMessage: true }, threading: outerIsOwner ? null : ownThreading(message) };
  }

  const unwrapped = unwrapOwnerHops(inline.original, isOwner, message.date, ownerName);
  let original = unwrapped.original;
  // The forward's own headers name the message it shows first, never one inside the owner's own forwarded reply.
  let threading = blockThreading(original) ?? (unwrapped.hops === 0 && !isOwner(original.from) ? forwardThreading(message, original) : null);
  // An inline message/rfc822 part has the original's own headers (Reply-To, Date with its offset, Message-ID).
  const embedded = await readEmbedded(message, original);
  if (embedded) {
    original = embedded.original;
    threading = ownThreading(embedded.message) ?? threading;
  }
  // Calendar parts travel with the outer message when a client forwards inline.
  const calendars = original.calendars.length > 0 ? original.calendars : message.calendars;
  return { forwarded: true, via: 'inline', note: inline.note, original: { ...original, calendars }, threading };
}

/** The id the forwarded header block wrote for the original, if any. */
function blockThreading(original: OriginalMessage): Threading | null {
  return headerBlockThreading(original.blockMessageId);
}

function isAddressList(value: readonly string[] | OwnerIdentity): value is readonly string[] {
  return Array.isArray(value);
}

/**
 * A forward of a forward (through an old work or alumni address), or the owner's own reply in a quoted
 * thread: while the message found is the owner's, the invitation is the one forwarded or quoted inside it.
 */
function unwrapOwnerHops(
  found: OriginalMessage,
  isOwner: (box: Mailbox | null) => boolean,
  outerDate: MailDate | null,
  ownerName: string | null,
): { original: OriginalMessage; hops: number } {
  let original = found;
  let hops = 0;
  for (let depth = 1; depth < MAX_NESTING && isOwner(original.from); depth += 1) {
    const nested = readInlineForward(original.body, original.subject, outerDate, ownerName, true) ?? readQuotedReply(original);
    if (!nested) break;
    original = nested.original;
    hops += 1;
  }
  return { original, hops };
}

/** The owner's by a configured or former address, or by the owner's full name (two words or more). */
function ownerMatcher(owner: OwnerIdentity, outerFrom: Mailbox | null): (box: Mailbox | null) => boolean {
  const addresses = new Set([...owner.addresses, ...(owner.formerAddresses ?? [])].map(normalizeAddress));
  const names = new Set([owner.name, outerFrom && addresses.has(normalizeAddress(outerFrom.address)) ? outerFrom.name : null].map(nameKey).filter((k): k is string => k !== null));
  return (box) => {
    if (!box) return false;
    if (addresses.has(normalizeAddress(box.address))) return true;
    const key = nameKey(box.name);
    return key !== null && names.has(key);
  };
}

/** A name as compared: lower case, accents off ("Sofía" and "sofia" are one). */
function foldName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** "Ellis, Robin", "robin ellis" and "Robin Ellis" are one name; a single word names no one for sure. */
function nameKey(name: string | null | undefined): string | null {
  const words = foldName(name ?? '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return words.length >= 2 ? words.sort().join(' ') : null;
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

async function readEmbedded(message: ParsedMessage, found: OriginalMessage): Promise<{ original: OriginalMessage; message: ParsedMessage } | null> {
  for (const raw of (message.inlineMessages ?? []).slice(0, 1)) {
    let inner: ParsedMessage;
    try {
      inner = await parseMessage(raw);
    } catch {
      continue;
    }
    const same = inner.from && found.from && normalizeAddress(inner.from.address) === normalizeAddress(found.from.address);
    if (same) return { original: { ...fromParsed(inner), body: inner.text.trim() ? inner.text : found.body }, message: inner };
  }
  return null;
}

function readInlineForward(
  text: string,
  subject: string | null,
  outerDate: MailDate | null,
  ownerName: string | null,
  ownersText: boolean,
): { note: string | null; original: OriginalMessage } | null {
  // The forward header and the invitation sit at the top; email-forward-parser's patterns get slow
  // (superlinear) on long bodies, so it only reads this much, with long runs cut short.
  text = withShortRuns(text.slice(0, MAX_FORWARD_TEXT_CHARS));
  if (!text.trim()) return null;
  // With a subject that lacks a known prefix (FWD:, an edited subject) the library never looks at the
  // body, so a miss with the subject is retried without it.
  let result = forwardParser.read(text, subject ?? undefined);
  if (!result.forwarded && subject) result = forwardParser.read(text);
  // The library knows a dozen clients' separators; a header block it missed (an iPhone's "転送された
  // メッセージ:" with a quoted block, a Polish Outlook, a display name with "|") is read here, but only
  // in the owner's own text: in anyone else's mail a quoted header block is their thread, not a forward.
  const fromAddress = result.forwarded ? result.email.from && !Array.isArray(result.email.from) ? result.email.from.address : null : null;
  if (!fromAddress) {
    const block = result.forwarded || ownersText ? readHeaderBlock(text, outerDate, ownerName) : null;
    if (block) return block;
  }
  if (!result.forwarded) return null;
  const email = result.email;
  const leftover = withoutLeftoverHeaders((email.body ?? '').replace(/\r\n/g, '\n'), email.from && !Array.isArray(email.from) ? email.from.address ?? null : null);
  const body = leftover.body;
  // …and a date line the library skipped (GMX writes "Gesendet:" above "Von:"): read from the header lines above the body.
  const date = readForwardedDate(email.date ?? dateLineAbove(text, body) ?? leftover.dateLine, outerDate);
  const noteAt = result.message ? text.indexOf(result.message) : -1;
  return {
    note: cleanNote(result.message ?? '', ownerName),
    original: {
      from: toMailbox(email.from) ?? (email.from && !Array.isArray(email.from) ? senderSpelledIn(displayText(email.from.name), body) : null),
      replyTo: readReplyToLine(text, body),
      cc: toMailboxes(email.cc),
      subject: displayText(email.subject),
      date: date?.date ?? null,
      dateOffsetKnown: date?.offsetKnown ?? false,
      messageId: null,
      blockMessageId: readBlockMessageId(text.slice(noteAt >= 0 ? noteAt + (result.message?.length ?? 0) : 0)),
      body,
      calendars: [],
    },
  };
}

/**
 * The forwarded body without the header lines the library left at its top: it reads the sender and the
 * subject of a block it knows and leaves the rest when their order is not its own (Apple Mail in Polish:
 * "Od:", "Temat:", then "Data:", "Do:", "Odpowiedź do:"). Two header lines or more, none of them a sender,
 * before the first blank line are such leftovers; a single "Date:" line may be the invitation's own and stays.
 */
function withoutLeftoverHeaders(body: string, fromAddress: string | null): { body: string; dateLine: string | null } {
  const lines = body.split('\n');
  let i = 0;
  while (i < lines.length && BLANK_LINE.test(lines[i]!)) i += 1;
  let end = i;
  let sender: string | null = null;
  let dateLine: string | null = null;
  for (let m; end < lines.length && (m = HEADER_LINE.exec(lines[end]!)); end += 1) {
    const kind = kindOf(m[2]!);
    if (kind === 'from') sender ??= m[3]!;
    if (kind === 'date' && /\d/.test(m[3]!)) dateLine ??= m[3]!.trim();
  }
  // A block with another sender is the header of a message forwarded inside this one: the chain reads it. The
  // same sender's block is this message's own header, left in its body (Libero's "Da: … Data: … Ogg: …").
  const own = sender !== null && fromAddress !== null && sender.toLowerCase().includes(fromAddress.toLowerCase());
  return end - i >= 2 && (sender === null || own) ? { body: lines.slice(end).join('\n').replace(/^\s*\n/, ''), dateLine } : { body, dateLine: null };
}

/** The value of a forward header's date line ("Gesendet: Dienstag, 13. Oktober 2026 um 16:45 Uhr") above the forwarded body. */
function dateLineAbove(text: string, body: string): string | null {
  const bodyAt = body.trim() ? text.indexOf(body.trim().slice(0, 60)) : -1;
  for (const line of (bodyAt > 0 ? text.slice(0, bodyAt) : '').split('\n')) {
    const m = HEADER_LINE.exec(line);
    if (m && kindOf(m[2]!) === 'date' && /\d/.test(m[3]!)) return m[3]!.trim();
  }
  return null;
}

/** Any header line of a forwarded header block, in any language: a name of one to three words, a colon. */
const ANY_HEADER_LINE = /^[ \t]*(?:>[ \t]?)*[ \t]*\*?\p{L}[\p{L}\p{N}-]*(?: [\p{L}\p{N}-]+){0,2}\*?[ \t]*[:：]/u;
const MESSAGE_ID_LINE = /^[ \t]*(?:>[ \t]?)*[ \t]*\*?Message-ID\*?[ \t]*:[ \t]*(<[^<>\s]+>)[ \t]*$/i;
const BLANK_LINE = /^[ \t>]*$/;

/**
 * The `Message-ID:` line of the header block at the top of `text` (what follows the owner's note: a
 * separator, then the block up to the first blank line). Thunderbird writes one when all headers are
 * shown; Gmail, Outlook and Apple Mail never do. Two ids name no one.
 */
function readBlockMessageId(text: string): string | null {
  const lines = text.split('\n', 200);
  let i = 0;
  while (i < lines.length && (BLANK_LINE.test(lines[i]!) || SEPARATOR_LINE.test(lines[i]!))) i += 1;
  const ids = new Set<string>();
  for (let headers = 0; i < lines.length && !BLANK_LINE.test(lines[i]!); i += 1) {
    const line = lines[i]!;
    if (ANY_HEADER_LINE.test(line)) {
      headers += 1;
      const id = MESSAGE_ID_LINE.exec(line)?.[1];
      if (id) ids.add(id);
    } else if (!(headers > 0 && /^[ \t>]*[ \t]\S/.test(line))) break;
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

const FROM_KEYS = String.raw`From|De|Von|Van|Da|Od|Från|Fra|Remetente|Mittente|Afzender|Nadawca|Expéditeur|Absender|差出人|送信者|送信元`;
const DATE_KEYS = String.raw`Sent|Date|Envoyé|Gesendet|Datum|Enviado em|Enviada em|Enviado el|Enviada el|Enviado|Enviada|Fecha|Verzonden|Inviato|Data|Em|Wysłano|Wysłane|Dátum|日付|送信日時|日時`;
const SUBJECT_KEYS = String.raw`Subject|Objet|Sujet|Betreff|Asunto|Onderwerp|Oggetto|Ogg|Assunto|Temat|件名`;
const REPLY_TO_KEYS = String.raw`Reply-To|Antwort an|Répondre à|Responder a|Rispondi a|Antwoord aan|Responder para|Odpowiedz do|Odpowiedź do|返信先`;
const OTHER_KEYS = String.raw`To|Cc|Bcc|À|A|An|Kopie|Kopie an|Blindkopie|CC|Para|Aan|Do|DW|UDW|Kopia|Kopia do|Copie à|Copie|Cci|CCO|Cco|Ccn|宛先|CC|Message-ID`;
const REPLY_TO_LINE = new RegExp(String.raw`^[ \t>]*\*?(?:${REPLY_TO_KEYS})\*?[ \t]*[:：][ \t]*(.+)$`, 'imu');
const HEADER_LINE = new RegExp(String.raw`^[ \t]*((?:>[ \t]?)*)[ \t]*\*?(${FROM_KEYS}|${DATE_KEYS}|${SUBJECT_KEYS}|${REPLY_TO_KEYS}|${OTHER_KEYS})\*?[ \t]*[:：][ \t]*(.*)$`, 'iu');
const KEY_KIND: [RegExp, 'from' | 'date' | 'subject' | 'replyTo'][] = [
  [new RegExp(String.raw`^(?:${FROM_KEYS})$`, 'iu'), 'from'],
  [new RegExp(String.raw`^(?:${DATE_KEYS})$`, 'iu'), 'date'],
  [new RegExp(String.raw`^(?:${SUBJECT_KEYS})$`, 'iu'), 'subject'],
  [new RegExp(String.raw`^(?:${REPLY_TO_KEYS})$`, 'iu'), 'replyTo'],
];
/** A line that opens a forwarded block with its date: "Message du 12/10/26 09:12" (Orange, SFR), "Nachricht vom …". */
const DATED_OPENING = /^[ \t]*(?:>[ \t]?)*[ \t]*(?:message|mensaje|messaggio|nachricht|bericht|mensagem|wiadomo\u015b\u0107)\s+(?:du|del|de|vom|van|z dnia)\s+(\d[\d/.: -]{5,30}\d)\s*$/iu;
/** "12/10/26 09:12" as the European clients of DATED_OPENING write it (day first), as "2026-10-12 09:12". */
function dayFirst(text: string): string {
  const m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\s+(\d{1,2}:\d{2})/u.exec(text);
  if (!m) return text;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  return `${year}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')} ${m[4]}`;
}
/** A line that only introduces a forward: dashes around words, or a short phrase ending in a colon. */
const SEPARATOR_LINE = /^[ \t>]*(?:[-_=]{2,}.*|.{0,60}[:：]|.*[-_=]{2,})[ \t]*$/u;

/**
 * A forwarded header block as any client writes it: a sender line with an address and at least one more
 * header line (date, subject, recipients), in the languages of the clients, bold or quoted with ">".
 * The invitation is what follows it (one level of quoting taken off); the note is what precedes it.
 */
function readHeaderBlock(text: string, outerDate: MailDate | null, ownerName: string | null): { note: string | null; original: OriginalMessage } | null {
  const lines = text.split('\n').flatMap(ungluedHeaders);
  for (let i = 0; i < lines.length; i += 1) {
    const fromLine = HEADER_LINE.exec(lines[i]!);
    if (!fromLine || kindOf(fromLine[2]!) !== 'from' || !fromLine[3]!.includes('@')) continue;
    let start = i;
    while (start > 0 && HEADER_LINE.test(lines[start - 1]!)) start -= 1;
    let end = i;
    while (end + 1 < lines.length && HEADER_LINE.test(lines[end + 1]!)) end += 1;
    if (end === start) continue;
    const fields: Partial<Record<'from' | 'date' | 'subject' | 'replyTo', string>> = {};
    for (let j = start; j <= end; j += 1) {
      const m = HEADER_LINE.exec(lines[j]!)!;
      const kind = kindOf(m[2]!);
      if (kind && fields[kind] === undefined) fields[kind] = m[3]!.trim();
    }
    const from = parseMailboxText(fields.from ?? '');
    if (!from) continue;
    const quoted = fromLine[1]!.length > 0;
    const body = lines
      .slice(end + 1)
      .map((line) => (quoted ? line.replace(/^[ \t]*>[ \t]?/, '') : line))
      .join('\n')
      .replace(/^\s*\n/, '');
    const above = lines.slice(0, start);
    // Orange and SFR webmail write the date in the line that opens the block ("> Message du 12/10/26 09:12").
    const opening = above.length > 0 ? DATED_OPENING.exec(above[above.length - 1]!) : null;
    if (opening) above.pop();
    while (above.length > 0 && (!above[above.length - 1]!.trim() || SEPARATOR_LINE.test(above[above.length - 1]!))) above.pop();
    const date = readForwardedDate(fields.date ?? (opening ? dayFirst(opening[1]!) : null), outerDate);
    return {
      note: cleanNote(above.join('\n'), ownerName),
      original: {
        from,
        replyTo: fields.replyTo ? parseMailboxText(fields.replyTo) : null,
        cc: [],
        subject: displayText(fields.subject ?? null),
        date: date?.date ?? null,
        dateOffsetKnown: date?.offsetKnown ?? false,
        messageId: null,
        blockMessageId: readBlockMessageId(lines.slice(start, end + 1).join('\n')),
        body,
        calendars: [],
      },
    };
  }
  return null;
}

/**
 * Yahoo Mail's plain text runs a forward's header lines together after its separator ("----- Message transféré -----
 * De : Laurent <l@optimacall.example>À : Nadia <n@example.com>Envoyé : mardi 23 mars…Objet : Votre candidature"): such
 * a line, a sender key with an address in it and another key glued to what precedes it, is one header to a line again.
 * Keys are matched as written (capitalised), so "Candidate" never splits before "date".
 */
const GLUED_OPENING = new RegExp(String.raw`^([ \t]*-{3,}[^-\n]{2,60}-{3,})[ \t]*(?=(?:${FROM_KEYS})[ \t]?[:：])`, 'u');
const GLUED_KEY = new RegExp(String.raw`(?<=\S)(?=(?:${FROM_KEYS}|${DATE_KEYS}|${SUBJECT_KEYS}|${REPLY_TO_KEYS}|${OTHER_KEYS})[ \t]?[:：][ \t])`, 'gu');
function ungluedHeaders(line: string): string[] {
  // (Every line of a forward comes here: one without an address is left before any pattern runs.)
  if (!line.includes('@')) return [line];
  const opening = GLUED_OPENING.exec(line);
  const rest = opening ? line.slice(opening[0].length) : line;
  const header = HEADER_LINE.exec(rest);
  if (!header || !rest.includes('@') || kindOf(header[2]!) !== 'from') return [line];
  const parts = rest.split(GLUED_KEY);
  if (parts.length < 3) return [line];
  return opening ? [opening[1]!, ...parts] : parts;
}

function kindOf(key: string): 'from' | 'date' | 'subject' | 'replyTo' | null {
  return KEY_KIND.find(([pattern]) => pattern.test(key.trim()))?.[1] ?? null;
}

/**
 * The forward header of Apple Mail, Thunderbird and others keeps a "Reply-To:" line, which
 * email-forward-parser strips: it is read from the header block above the forwarded body.
 */
function readReplyToLine(text: string, forwardedBody: string): Mailbox | null {
  const probe = forwardedBody.trim().split('\n')[0]?.trim() ?? '';
  // The body's first line where a line starts with it: a body that opens with its subject ("Your interview is
  // confirmed") is not found in the "Subject:" line above the Reply-To.
  let bodyAt = -1;
  for (let at = 0; probe && bodyAt < 0 && at < text.length; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    if (line.replace(/^[ \t>]*/, '').startsWith(probe)) bodyAt = at;
    at = end < 0 ? text.length : end + 1;
  }
  if (bodyAt < 0 && probe) bodyAt = text.indexOf(probe);
  const head = bodyAt > 0 ? text.slice(0, bodyAt) : text.slice(0, 4000);
  const line = REPLY_TO_LINE.exec(head)?.[1];
  return line ? parseMailboxText(line) : null;
}

function parseMailboxText(text: string): Mailbox | null {
  const angle = /^\s*"?([^"<]*?)"?\s*[<[](?:mailto:)?([^\s<>@\]]+@[^\s<>\]]+)[>\]]/.exec(text);
  if (angle) return { name: displayText(angle[1]), address: angle[2]!.trim() };
  // The whole address or none (text.ts, EMAIL_IN_TEXT): never a part of a quoted or routed one.
  const bare = new RegExp(EMAIL_IN_TEXT.source).exec(text);
  return bare ? { name: null, address: bare[0] } : null;
}

// Gmail's plain text may wrap the line at the address ("… Name <" / "address> wrote:"), and Spanish Gmail
// writes the address in brackets ("Andrés Molina (<…>) escribió:").
const QUOTE_INTRO = /^[ \t>]*(?:On|Le|Am|El|Il|Op|Em|No dia|W dniu|Dnia)\s+(.{0,120}?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[AaPp]\.?\s?[Mm]\.?(?![\p{L}]))?|.{6,120}?)\s*[,]?\s*(?:(?:użytkownik|uzytkownik|heeft)\s+)?(?:"?([^"<>\n]*?)"?\s*)?\(?<\s*([^\s<>@]+@[^\s<>]+)>\)?\s*(?:wrote|a écrit|schrieb|escribió|ha scritto|schreef|het volgende geschreven|escreveu|napisał\(a\)|napisał|napisała|pisze)\s*:?\s*$/imu;
/** The same with the verb before the sender, as German and Dutch Gmail write it: "Am Di., 6. Apr. 2027 um 09:15 Uhr schrieb Olivia Grant <…>:". */
const QUOTE_INTRO_VERB_FIRST = /^[ \t>]*(?:Am|Op)\s+(.{6,120}?)\s+(?:schrieb|schreef)\s+(?:"?([^"<>\n]*?)"?\s*)?<([^\s<>@]+@[^\s<>]+)>\s*:?\s*$/im;

/**
 * …and with a name and no address, as iPhone Mail and Outlook for iOS quote: "On 3 Feb 2027, at 09:14, Carmen Ruiz
 * wrote:", "El 3 feb 2027, a las 9:14, Carmen Ruiz escribió:", and Polish Thunderbird in the present tense: "W dniu
 * 6.10.2026 o 11:42, Agnieszka Wróbel pisze:".
 */
const QUOTE_INTRO_NAME_ONLY = /^[ \t>]*(?:On|Le|El|Il|Em|No dia|W dniu)\s+(.{6,80}?\d{1,2}[:.h]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?),?\s+([^\n<>@:,]{2,60}?)\s+(?:wrote|a écrit|escribió|ha scritto|escreveu|napisał\(a\)|napisał|napisała|pisze)\s*:\s*$/imu;
/** The same with the verb before the name, as German and Dutch write it: "Am 03.02.2027 um 09:14 schrieb Carmen Ruiz:". */
const QUOTE_INTRO_NAME_ONLY_VERB_FIRST = /^[ \t>]*(?:Am|Op)\s+(.{6,80}?\d{1,2}[:.h]\d{2})\s+(?:schrieb|schreef)\s+([^\n<>@:,]{2,60}?)\s*:\s*$/imu;
/**
 * Dutch and Polish iPhone Mail, the verb last and the name inside: "Op 19 apr 2027 om 11:05 heeft Jolien Hermans het
 * volgende geschreven:" (with or without the address: QUOTE_INTRO reads it with one), "Wiadomość napisana przez Anna Nowak
 * <anna.nowak@…> w dniu 19.04.2027, o godz. 11:05:" (the date, group 1, read ahead of the name).
 */
const QUOTE_INTRO_NAME_INSIDE = /^[ \t>]*Op\s+(.{6,80}?\d{1,2}[:.h]\d{2}),?\s+heeft\s+([^\n<>@:,]{2,60}?)\s+het volgende geschreven\s*:\s*$/imu;
const QUOTE_INTRO_POLISH_IPHONE = /^[ \t>]*Wiadomo(?:ść|sc) napisana przez\s+(?=[^\n]*?\s+w dniu\s+([^\n]{6,80}?)\s*:\s*$)(?:"?([^"<>\n]*?)"?\s*)?(?:<([^\s<>@]+@[^\s<>]+)>)?\s+w dniu[^\n]*$/imu;

/** The first quote intro in `text`: groups 1 the date, 2 the name, 3 the address (none in a name-only intro). */
function quoteIntro(text: string): RegExpExecArray | null {
  const found = [QUOTE_INTRO, QUOTE_INTRO_VERB_FIRST, QUOTE_INTRO_NAME_ONLY, QUOTE_INTRO_NAME_ONLY_VERB_FIRST, QUOTE_INTRO_NAME_INSIDE, QUOTE_INTRO_POLISH_IPHONE].map((pattern) => pattern.exec(text)).filter((m): m is RegExpExecArray => m !== null);
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

/**
 * The owner's own reply with the invitation quoted below "On … <address> wrote:" (no header block):
 * the quoted message becomes the original, with the thread subject without "Re:".
 */
function readQuotedReply(own: OriginalMessage): { note: string | null; original: OriginalMessage } | null {
  const intro = quoteIntro(own.body);
  if (!intro) return null;
  const after = own.body.slice(intro.index + intro[0].length).split('\n');
  // A quote marked with ">" ends at the first unmarked line with words: what the owner wrote below it (a
  // bottom-posted reply) is their note too, never part of the invitation.
  const firstMarked = after.findIndex((line) => line.startsWith('>'));
  const end = firstMarked < 0 ? -1 : after.findIndex((line, i) => i > firstMarked && !line.startsWith('>') && line.trim() !== '');
  const below = end < 0 ? '' : after.slice(end).join('\n').trim();
  const quoted = (end < 0 ? after : after.slice(0, end))
    .map((line) => line.replace(/^> ?/, ''))
    .join('\n')
    .replace(/^\n+/, '');
  const dateText = (intro[1] ?? '').replace(/\s+(?:at|um|à|a las)\s+/, ' ');
  const date = readForwardedDate(dateText, own.date);
  return {
    note: [own.body.slice(0, intro.index).trim(), below].filter(Boolean).join('\n\n'),
    original: {
      // A name-only intro: the address the quoted text writes whose mailbox spells the name, else none known.
      from: intro[3] ? { name: displayText(intro[2]), address: intro[3].trim() } : senderSpelledIn(displayText(intro[2]), quoted),
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
 * "Mittwoch, 8. April 2026 09:12"): read with the locales of chrono its words show; when no offset is written, the
 * outer message's offset is assumed (and said so: `offsetKnown: false`).
 */
const DATE_PARSERS = [['en', ENGLISH], ['fr', chrono.fr], ['de', chrono.de], ['es', chrono.es], ['it', chrono.it], ['nl', chrono.nl], ['pt', chrono.pt], ['ja', chrono.ja]] as const;

function readForwardedDate(text: string | null, outerDate: MailDate | null): { date: MailDate; offsetKnown: boolean } | null {
  if (!text) return null;
  const explicitOffset = parseOffset(text) ?? parseGmtOffset(text) ?? parseZoneAbbreviation(text);
  const offset = explicitOffset ?? outerDate?.offsetMinutes ?? 0;
  const reference = { instant: outerDate?.instant ?? new Date(0), timezone: offset };
  // The locale that reads the most of the string wins ("dinsdag 28 april 2026 14:20" is Dutch).
  let best: chrono.ParsedResult | null = null;
  // (…and a time written "05 h 05 min 31 s", as French Canadians do, as "05:05:31".)
  const cleaned = text.replace(/\((?:GMT|UTC)[^)]*\)/i, '').replace(/\b(\d{1,2}) ?h ?(\d{2})(?: ?min(?: ?(\d{2}) ?s)?)?\b/u, (_, h: string, m: string, sec?: string) => `${h}:${m}${sec ? `:${sec}` : ''}`);
  // Only the locales whose words the header shows (date-words.ts), in the same order.
  const readers = dateLocalesFor(cleaned);
  for (const [name, locale] of DATE_PARSERS) {
    if (readers && !readers.has(name)) continue;
    // A header date has a day and a time; a bare "Datum: donderdag 7 mei" is an interview detail. A weekday
    // the locale reads apart ("mer." of French Gmail's "mer. 4 mars 2026 à 16:42") leaves the date to a later result.
    const result = locale.parse(cleaned, reference).find((r) => r.start.isCertain('day') && r.start.isCertain('hour'));
    if (result && (!best || result.text.length > best.text.length)) best = result;
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

/** Apple Mail ends a forward header's date with the zone's abbreviation ("… at 09:41:58 WEST", "… um 14:20:05 MEZ"). */
function parseZoneAbbreviation(text: string): number | null {
  const match = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?\s*)?([A-Z]{3,4})\s*$/.exec(text.trim());
  const offset = match ? ABBREVIATION_OFFSETS[match[1]!] : undefined;
  return offset ?? null;
}

function parseGmtOffset(text: string): number | null {
  // (Not Yahoo Mail's bare "… 14:02:11 UTC+2" at the end: Yahoo writes it in the zone of whoever forwards, and taken
  // as the sender's it moved an interview's zone in the frozen test part.)
  const match = /\((?:GMT|UTC)\s*([+-])(\d{1,2}):?(\d{2})?\)/i.exec(text);
  return match ? offsetFromDigits(match[1]!, match[2]!, match[3] ?? '0') : null;
}

/**
 * Footers a mail app or service adds under what the owner typed, as a class: "Sent from my iPhone",
 * "Sent with Proton Mail secure email", "Von meinem Galaxy gesendet", "Enviado do meu Android",
 * "Wysłane z iPhone'a", "iPhoneから送信", "Get Outlook for Android", "Pobierz aplikację Outlook dla systemu Android" — in the
 * languages of the clients.
 */
const MAIL_FOOTER = new RegExp(
  [
    String.raw`(?:Sent|Envoyé|Gesendet|Enviado|Enviada|Inviato|Verzonden|Verstuurd|Wysłane|Wysłano|Skickat|Sendt|Odesláno)\s+(?:from|with|via|using|by|on|de|depuis|avec|von|mit|über|desde|con|do|da|dal|dalla|dal mio|vanaf|met|z|ze|com|från|fra|z mého|à partir d['’]|à partir de|a partir de|a partir do|a partir da|pelo|pela|tramite|przez)\b.{0,80}`,
    String.raw`(?:Von|Vom) meine[mn]? .{1,60} gesendet\.?`,
    String.raw`(?:Get|Obtenir|Obtener|Obter|Obtenha|Ottieni|Scarica|Baixe|Baixar|Descarga|Descargar|Descargue|Télécharger|Téléchargez|Pobierz|Download|Hol dir|Holen Sie sich|Haal) (?:(?:o|a|el|le|l['’]|das|de|die|the|la) ?)?(?:(?:aplikacj[eęai]|app|appli|application|aplicativo|aplicación|aplicação|applicazione|App) )?(?:Outlook|BlueMail|Spark|Proton Mail|Yahoo Mail|Gmail)\b.{0,60}`,
    String.raw`Outlook (?:für|voor) .{1,40}(?:beziehen|downloaden|herunterladen)`,
    String.raw`.{1,40}から送信`,
    String.raw`Begin forwarded message:|Début du message réexpédié.*|Inizio messaggio inoltrato:?|Anfang der weitergeleiteten Nachricht:?|Comienzo del mensaje reenviado:?|Início da mensagem reencaminhada:?|Begin doorgestuurd bericht:?|Początek przekazywanej wiadomości:?|転送されたメッセージ[:：]?`,
  ].join('|'),
);
// (…a footer's link written after it in angle brackets, as Outlook's plain text does: "Outlook voor Android downloaden<https://aka.ms/…>".)
const SIGNATURE_START = new RegExp(String.raw`^(?:-- ?|—|_{5,}|-{5,}.*|(?:${MAIL_FOOTER.source})(?:\s*<[^<>\s]+>)?)\s*$`, 'mu');

/** A name signed under a closing: capitalised words or initials with a surname's particles ("Anna", "J. Kowalski", "Henk de Vries"). */
const SIGNED_NAME = /^[-–—~]?\s*\p{Lu}[\p{L}'’-]*\.?(?:\s+(?:(?:de|van|der|den|von|zu|da|di|del|della|dos|das|do|du|la|le|ten|ter)\s+){0,2}\p{Lu}[\p{L}'’-]*\.?){0,2}$/u;

/** A closing the owner signs a note with ("Thanks,", "LG Sam", "Gruß", "Gr. Femke", "Pozdrawiam", "Abraços, N.", "Tot snel,"). */
const NOTE_CLOSING = /^(?:thanks|thank you|thx|ta|cheers|best|best wishes|regards|best regards|kind regards|warm regards|all the best|many thanks|mit freundlichen grü(?:ß|ss)en|freundliche grü(?:ß|ss)e|herzliche grü(?:ß|ss)e|bien cordialement|salutations|amitiés|saludos cordiales|un saludo cordial|un abrazo|atentamente|atenciosamente|cumprimentos|cordiali saluti|distinti saluti|saluti cordiali|un abbraccio|(?:met )?(?:vriendelijke|hartelijke) groet(?:en|jes)?|(?:z )?(?:serdecznymi )?pozdrowieniami|serdecznie pozdrawiam|pozdrawiam serdecznie|gru(?:ß|ss)|grü(?:ß|ss)e|viele grü(?:ß|ss)e|liebe grü(?:ß|ss)e|beste grü(?:ß|ss)e|lg|vg|bg|mfg|danke|merci|bises|bisous|cordialement|bien à (?:toi|vous)|a\+|saludos|un saludo|gracias|abrazos?|abraços?|beijos?|bjs|obrigad[oa]|grazie|ciao|saluti|un saluto|groet(?:jes|en)?|gr|grtz|grts|mvg|m\.v\.g|bedankt|dank je wel|dankjewel|tot snel|tot straks|à bientôt|bis bald|hasta pronto|a presto|até breve|do zobaczenia|pozdrawiam|pozdr\.?|dzięki|dziękuję|よろしく(?:お願いします)?。?)(?:[ \t]*[,.!]*[ \t]*(?:\p{Lu}[\p{L}.'-]*)?)?[ \t]*[,.!]*$/iu;

/** Whether a line is the owner's name shortened: each word the matching part of the name or its initial, the first name first. */
function signsAs(line: string, name: string): boolean {
  // Accents as the owner types them or not ("E." for Élodie).
  const parts = foldName(name).split(/\s+/).filter(Boolean);
  // Kisses around the name ("x Jo", "Jo xx") sign it too, and with them a first name's short form ("Jo" of Joana).
  const kisses = /^(?:x{1,4}o?|xoxo)\s+|\s+(?:x{1,4}|xoxo)$/iu;
  const kissed = kisses.test(line.trim());
  const words = foldName(line.trim().replace(kisses, '').replace(/^[-–—~]\s*/, '')).split(/\s+|(?<=\.)(?=\p{L})/u).filter(Boolean);
  if (words.length === 0 || words.length > parts.length) return false;
  return words.every((word, i) => {
    const part = parts[i]!;
    const bare = word.replace(/\.$/, '');
    return bare === part || (bare.length === 1 && part.startsWith(bare)) || (kissed && i === 0 && bare.length >= 2 && part.startsWith(bare));
  });
}

/**
 * The note is what the owner typed: cut at the signature separator, a mail app's footer, a leftover
 * forward separator, and an Outlook-style signature that starts with the owner's own name on a line;
 * a closing and a stray header line at its end are dropped, and lines a mail app wrapped at 80 columns
 * are joined again.
 */
export function cleanNote(text: string, ownerName: string | null = null): string | null {
  // A note sits at the top; beside an attached invitation the rest of a 10 MB text would be read and stored.
  const normalized = wellFormed(text.slice(0, MAX_FORWARD_TEXT_CHARS)).replace(/\r\n/g, '\n');
  const cut = SIGNATURE_START.exec(normalized);
  let note = (cut ? normalized.slice(0, cut.index) : normalized).trim();
  const name = ownerName?.trim();
  if (name) {
    const lines = note.split('\n');
    // Accents as the owner types them or not ("Sofía" signing, "Sofia Navarro" configured).
    const first = foldName(name.split(/\s+/)[0]!);
    const at = lines.findIndex((line) => {
      const l = foldName(line.trim().replace(/^[-–—~]\s*/, ''));
      return l === foldName(name) || (l === first && first.length > 1) || signatureLine(l, foldName(name), first);
    });
    if (at >= 0) note = lines.slice(0, at).join('\n').trim();
    // The owner signing with initials or a shortened name ("E.", "E.D.", "Elif D.") as the note's last line.
    const kept = note.split('\n');
    while (kept.length > 1 && !kept[kept.length - 1]!.trim()) kept.pop();
    if (kept.length > 1 && signsAs(kept[kept.length - 1]!, name)) note = kept.slice(0, -1).join('\n').trim();
  }
  const lines = note.split('\n');
  // "/Ola", "/ O.": the Nordic way to sign a short mail.
  const isTail = (line: string) => !line.trim() || NOTE_CLOSING.test(line.trim()) || HEADER_LINE.test(line) || /^[ \t]*[-_=]{2,}.*$/.test(line) || /^[ \t]*\/\s?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?[ \t]*$/u.test(line);
  const dropTail = () => {
    while (lines.length > 0 && isTail(lines[lines.length - 1]!)) lines.pop();
  };
  // (A header line a client leaves above the forwarded one, GMX's "Gesendet: …", goes first: the closing is then the last.)
  dropTail();
  // A closing followed only by the owner's name ("Z pozdrowieniami\nAnna Nowak") ends the note there.
  const closing = lines.findIndex((line, i) => i > 0 && NOTE_CLOSING.test(line.trim()) && lines.slice(i + 1).filter((rest) => rest.trim()).length <= 2 && lines.slice(i + 1).every((rest) => !rest.trim() || SIGNED_NAME.test(rest.trim())));
  if (closing >= 0) lines.splice(closing);
  dropTail();
  note = unwrapConverted(lines).join('\n').trim();
  return note.length > 0 ? note : null;
}

/**
 * A signature's first line that goes on after the owner's name with its title or team ("Chloé Martin | Supply
 * Chain", "Ana Ruiz · Compras", "Chloé | Supply Chain"): the full name before a separator, or the first name before
 * a bar or a dot; a short line, since a note's sentence is no signature ("Chloé Martin, to be honest…" has no
 * separator such a line uses for a title).
 */
function signatureLine(line: string, name: string, first: string): boolean {
  if (line.length > 80) return false;
  const after = (start: string, separator: RegExp) => line.startsWith(start) && separator.test(line.slice(start.length));
  return after(name, /^\s*[|·•/–—]\s*\S/u) || (first.length > 1 && after(first, /^\s*[|·•]\s*\S/u));
}

/**
 * A mail app may wrap a note's plain text at a fixed column: 72 (Thunderbird, most Unix clients), 76 (Outlook,
 * quoted-printable's line), 78 (RFC 5322's recommendation) or 80 (an HTML-to-text conversion). A line break where
 * the next word would not have fit within the paragraph's column (the narrowest of those its lines fit in) is no
 * break; below 80 columns only before a lower-case word, mid-sentence, in a paragraph that ends its sentence with
 * punctuation (a note typed without any may break its lines at each thought, and a capital may start one). Only in a
 * paragraph that reads as wrapped, every line but its last as long as a wrapped line: a note typed line by line, one
 * thought to a line and no punctuation ("…desde el verano\ndiles que no"), keeps its lines even where one of them
 * happens to be long.
 */
const WRAP_COLUMNS = [72, 76, 78, 80] as const;
const WIDEST_WRAP = 80;
const wrappedLength = (line: string) => line.length >= WIDEST_WRAP - 25 && line.length <= WIDEST_WRAP;
function unwrapConverted(lines: string[]): string[] {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const wrapped = paragraph.length > 1 && paragraph.slice(0, -1).every(wrappedLength);
    const longest = Math.max(...paragraph.slice(0, -1).map((line) => line.trimEnd().length));
    const column = WRAP_COLUMNS.find((width) => width >= longest) ?? WIDEST_WRAP;
    const punctuated = /[.!?…)]\s*$/u.test(paragraph[paragraph.length - 1]!);
    paragraph.forEach((line, i) => {
      const previous = out[out.length - 1];
      const nextWord = line.trim().split(/\s+/)[0] ?? '';
      if (wrapped && i > 0 && previous !== undefined && wrappedLength(previous) && previous.trimEnd().length + 1 + nextWord.length > column && (column === WIDEST_WRAP || (/^\p{Ll}/u.test(nextWord) && punctuated))) {
        out[out.length - 1] = `${previous.trimEnd()} ${line.trim()}`;
      } else {
        out.push(line);
      }
    });
    paragraph = [];
  };
  for (const line of lines) {
    if (line.trim()) paragraph.push(line);
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out;
}

function toMailbox(box: EmailForwardMailbox | null | undefined): Mailbox | null {
  if (!box?.address) return null;
  return { name: displayText(box.name), address: box.address.trim() };
}

/**
 * A header block or a quote intro that names the sender without an address (Outlook for iOS: "From: Daniel Shore",
 * iPhone Mail: "Am … schrieb Carmen Ruiz:"): the sender is the address the text writes whose mailbox spells that name
 * (the signature's "daniel.shore@harrowgatepay.example"); none when no address does.
 */
function senderSpelledIn(name: string | null, body: string): Mailbox | null {
  if (!name) return null;
  const address = [...body.slice(0, MAX_FORWARD_TEXT_CHARS).matchAll(EMAIL_IN_TEXT)].map((m) => m[0].replace(/\.+$/, '')).find((a) => mailboxSpellsName(a, name));
  return address ? { name, address } : null;
}

function toMailboxes(boxes: EmailForwardMailbox | EmailForwardMailbox[] | null | undefined): Mailbox[] {
  if (!boxes) return [];
  return (Array.isArray(boxes) ? boxes : [boxes]).map(toMailbox).filter((b): b is Mailbox => b !== null);
}
