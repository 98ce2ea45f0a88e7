/**
 * The one module that knows mailparser. Everything else works on `ParsedMessage`, so the MIME parser
 * could be swapped (mailparser is in maintenance mode; postal-mime is the usual successor).
 */
import { htmlToText } from 'html-to-text';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import addressparser from 'nodemailer/lib/addressparser';
import { MailTooLargeError, NotAMailError } from '../../errors.js';
import type { Mailbox } from './addresses.js';
import { displayText } from './bidi.js';
import { isWritableTime, offsetFromDigits } from './time.js';
import { wellFormed } from './unicode.js';

export interface HeaderField {
  /** lower-case field name */
  name: string;
  /** the unfolded value as written, before any decoding */
  value: string;
}

export interface MailDate {
  instant: Date;
  /** minutes east of UTC as written in the header (`-0500` → -300); null when the header had none */
  offsetMinutes: number | null;
}

export interface ParsedMessage {
  headers: HeaderField[];
  from: Mailbox | null;
  replyTo: Mailbox | null;
  to: Mailbox[];
  cc: Mailbox[];
  subject: string | null;
  date: MailDate | null;
  messageId: string | null;
  /** decoded plain text; derived from the HTML part when there is no text part */
  text: string;
  html: string | null;
  /** message/rfc822 parts sent as attachments: an invitation forwarded "as attachment" */
  attachedMessages: Buffer[];
  /**
   * message/rfc822 parts WITHOUT an attachment disposition (mutt's mime_forward, some gateways):
   * mailparser inlines them into `text` behind a short header without Reply-To, so their raw bytes are
   * kept here to read the original's full headers.
   */
  inlineMessages?: Buffer[];
  /** text/calendar parts and .ics attachments, decoded */
  calendars: string[];
  /**
   * The file names of the other attachments ("Orchard Ledger - Staff Data Engineer JD.txt", "Fiche de poste - Opérateur de
   * saisie (H-F).pdf"): a job description's name may be the only place a company or a title is written. At most
   * MAX_ATTACHMENT_NAMES, each cut to MAX_ATTACHMENT_NAME_CHARS.
   */
  attachmentNames?: string[];
}

const MAX_ATTACHMENT_NAMES = 10;
const MAX_ATTACHMENT_NAME_CHARS = 200;

/** Larger messages are refused before parsing: a forwarded invitation is rarely over a few hundred KB. */
export const DEFAULT_MAX_PARSE_BYTES = 10 * 1024 * 1024;

const HEADER_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

export async function parseMessage(raw: Uint8Array, maxBytes = DEFAULT_MAX_PARSE_BYTES): Promise<ParsedMessage> {
  if (raw.byteLength > maxBytes) throw new MailTooLargeError(raw.byteLength, maxBytes);
  assertLooksLikeMail(raw);
  assertFewMessageParts(raw);
  const buffer = withDefaultContentTypes(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
  let mail: ParsedMail;
  try {
    // skipTextToHtml / skipTextLinks avoid mailparser's slow paths on big bodies; we never use its
    // generated HTML or linkified text.
    mail = await simpleParser(buffer, { skipTextToHtml: true, skipTextLinks: true, skipImageLinks: true });
  } catch (cause) {
    throw new NotAMailError('the MIME structure could not be read', { cause });
  }
  // What follows reads mailparser's result: a value it did not expect (a part with an empty
  // Content-Type has `false` for its type) is a message that cannot be read, never a crash: this runs
  // before the trust check, on anyone's mail.
  let message: ParsedMessage;
  try {
    message = fromMailparser(mail, buffer);
  } catch (cause) {
    if (cause instanceof NotAMailError) throw cause;
    throw new NotAMailError('its MIME structure could not be read', { cause });
  }
  if (message.html !== null && !hasInlineTextPart(buffer)) message.text = htmlText(message.html, message.text);
  return message;
}

/** A text/plain part that is not an attachment: then the message's text is the sender's own, not made from HTML. */
function hasInlineTextPart(raw: Buffer): boolean {
  const text = raw.toString('latin1');
  const partType = /^Content-Type[ \t]*:[ \t]*(?:\r?\n[ \t]+)?text\/plain/gim;
  for (let match = partType.exec(text); match; match = partType.exec(text)) {
    // The part's header block: from the boundary line or blank line above it to the blank line below.
    const start = Math.max(0, text.lastIndexOf('\n\n', match.index), text.lastIndexOf('\n\r\n', match.index), text.lastIndexOf('\n--', match.index));
    const end = /\r?\n\r?\n/.exec(text.slice(match.index));
    const header = text.slice(start, match.index + (end ? end.index : 0));
    if (!/^Content-Disposition[ \t]*:[ \t]*attachment/im.test(header)) return true;
  }
  return false;
}

/** An element whose text is struck out: <s>, <strike>, <del>, or a span styled `text-decoration: line-through` (without another span inside). */
const STRUCK_OUT = /<(s|strike|del)\b[^>]*>[\s\S]*?<\/\1\s*>|<span\b[^>]*text-decoration(?:-line)?\s*:[^;">]*line-through[^>]*>(?:(?!<\/?span\b)[\s\S])*?<\/span\s*>/gi;

/** Marks a table cell's start (a data cell, a header cell) through the HTML-to-text conversion. */
const CELL = '\uE000';
const HEAD_CELL = '\uE001';

/** As deep as mailparser lets html-to-text walk: deeper markup is cut, never a stack overflow. */
const MAX_HTML_NESTING_DEPTH = 1000;

/**
 * The text of an HTML-only message, read as a person reads the page. html-to-text (the converter mailparser
 * uses) runs a layout table's cells and rows together ("<td>Date</td><td>mercredi</td>" became
 * "Datemercredi"), buttons side by side ("Confirm [url]Decline [url]"), and upper-cases headings (a job title
 * in an <h2>): so the HTML is marked first and then converted, its lines never wrapped (mailparser's own
 * conversion wraps at 80 columns, which cut a title in two). Struck-out text is left out. A row's cells go on
 * lines of their own, a label cell and its value on one line ("Date: mercredi 7 avril"), a row ends its
 * line, and headings, address blocks and definition lists are blocks. `fallback` (mailparser's own text) is
 * kept when the marked HTML cannot be converted.
 */
/**
 * HTML longer than this is not converted a second time: mailparser's own text stands (`fallback`). No
 * invitation's markup comes near it, and converting 5 MB of hostile markup again cost a second and 250 MB more.
 */
export const MAX_MARKED_HTML = 1024 * 1024;

export function htmlText(html: string, fallback: string): string {
  if (html.length > MAX_MARKED_HTML) return fallback;
  const marked = html
    .replace(/[\uE000\uE001]/g, '')
    // Struck-out text is withdrawn (the time a reschedule replaces, a cancelled slot): a reader skips it.
    .replace(STRUCK_OUT, '')
    .replace(/<(t[dh])\b([^>]*)>/gi, (_, tag: string, attributes: string) => `<${tag}${attributes}>${tag.toLowerCase() === 'th' ? HEAD_CELL : CELL}`)
    .replace(/<\/tr\s*>/gi, '<br></tr>')
    .replace(/<(\/?)(?:h[1-6]|address|center|dl|dt|dd|caption|figcaption|legend|summary|details)\b[^>]*>/gi, (_, slash: string) => `<${slash}p>`)
    .replace(/<\/a\s*>(?=\s*(?:<[^a/][^>]*>\s*)*<a\b)/gi, '</a><br>');
  let converted: string;
  try {
    converted = htmlToText(marked, { wordwrap: false, limits: { maxDepth: MAX_HTML_NESTING_DEPTH } });
  } catch {
    return fallback;
  }
  return wellFormed(converted).replace(/\r\n/g, '\n').split('\n').map(rowLine).join('\n');
}

/** A line holding cell marks: a label and its value on one line, other cells each on a line. */
function rowLine(line: string): string {
  if (!/[\uE000\uE001]/.test(line)) return line;
  const cells = [...line.matchAll(/([\uE000\uE001]?)([^\uE000\uE001]*)/g)]
    .filter((m) => m[0] !== '')
    .map((m) => ({ head: m[1] === HEAD_CELL, text: m[2]!.trim() }))
    .filter((cell) => cell.text !== '');
  const [label, value] = cells;
  if (cells.length === 2 && label && value && isLabelCell(label.text) && !(label.head && value.head)) {
    return `${label.text.replace(/\s*[:：]$/u, '')}: ${value.text}`;
  }
  return cells.map((cell) => cell.text).join('\n');
}

/** A table's label cell: a few words, no digits, no sentence ("Date", "Lieu :", "Interview type"). */
function isLabelCell(text: string): boolean {
  return text.length <= 30 && text.split(/\s+/).length <= 4 && !/[\d@/]|[.!?]$|https?:/u.test(text) && /^\p{L}/u.test(text);
}

function fromMailparser(mail: ParsedMail, raw: Buffer): ParsedMessage {
  const headers = mail.headerLines.map((h) => ({ name: h.key.toLowerCase(), value: unfoldValue(h.line) }));
  if (!headers.some((h) => ['from', 'date', 'subject', 'message-id', 'to'].includes(h.name))) {
    throw new NotAMailError('it has none of the From, To, Date, Subject or Message-ID header fields');
  }
  return {
    headers,
    from: mailboxes(mail.from, headerValues({ headers }, 'from'))[0] ?? null,
    replyTo: mailboxes(mail.replyTo, headerValues({ headers }, 'reply-to'))[0] ?? null,
    to: mailboxes(mail.to, headerValues({ headers }, 'to')),
    cc: mailboxes(mail.cc, headerValues({ headers }, 'cc')),
    // Decoded text is made well-formed as it enters (a UTF-16 encoded word or body cut mid-pair decodes
    // to a lone surrogate, mail/unicode.ts), and loses its bidi controls (mail/bidi.ts).
    subject: displayText(wellFormed(mail.subject ?? '')),
    date: readDate(mail.date, headers),
    messageId: mail.messageId ? wellFormed(mail.messageId) : null,
    text: wellFormed(mail.text ?? '').replace(/\r\n/g, '\n'),
    html: typeof mail.html === 'string' ? wellFormed(mail.html) : null,
    attachedMessages: mail.attachments.filter((a) => typeOf(a) === 'message/rfc822').map((a) => a.content),
    inlineMessages: inlineRfc822Parts(raw),
    calendars: mail.attachments
      .filter((a) => typeOf(a) === 'text/calendar' || /\.ics$/i.test(typeof a.filename === 'string' ? a.filename : ''))
      .map((a) => a.content.toString('utf8')),
    attachmentNames: mail.attachments
      .filter((a) => typeof a.filename === 'string' && typeOf(a) !== 'message/rfc822' && typeOf(a) !== 'text/calendar' && !/\.(?:ics|eml)$/i.test(a.filename ?? ''))
      .slice(0, MAX_ATTACHMENT_NAMES)
      .flatMap((a) => displayText(wellFormed(a.filename ?? ''))?.slice(0, MAX_ATTACHMENT_NAME_CHARS) || []),
  };
}

/** A `Content-Type:` field with nothing after it (not even on a folded line). */
const EMPTY_CONTENT_TYPE = /^(Content-Type[ \t]*:)[ \t]*(?=\r?\n(?![ \t])|$)/gim;

/**
 * RFC 2045 §5.2: a Content-Type that says nothing is read as the default, `text/plain`. mailparser would
 * make such a part an attachment whose type is `false`, and the text in it would be lost.
 */
function withDefaultContentTypes(raw: Buffer): Buffer {
  const text = raw.toString('latin1');
  EMPTY_CONTENT_TYPE.lastIndex = 0;
  if (!EMPTY_CONTENT_TYPE.test(text)) return raw;
  return Buffer.from(text.replace(EMPTY_CONTENT_TYPE, '$1 text/plain'), 'latin1');
}

/** A part's content type in lower case; '' when the header was empty (mailparser then gives `false`). */
function typeOf(part: { contentType?: unknown }): string {
  return typeof part.contentType === 'string' ? part.contentType.toLowerCase() : '';
}

/** At most this many inline message/rfc822 parts are cut out of the raw message, each capped. */
const MAX_INLINE_MESSAGES = 1;
/** Only the headers and the first part of the body are needed; mailparser is slow on some big bodies. */
export const MAX_INLINE_MESSAGE_BYTES = 128 * 1024;

/**
 * The raw bytes of message/rfc822 parts that are not attachments, cut from the raw message at their
 * enclosing multipart boundary (mailparser gives no access to them). Base64 and quoted-printable
 * bodies are decoded; anything unexpected is skipped.
 */
function inlineRfc822Parts(raw: Buffer): Buffer[] {
  const text = raw.toString('latin1');
  const out: Buffer[] = [];
  const partType = /^Content-Type:[ \t]*message\/rfc822\b/gim;
  for (let match = partType.exec(text); match && out.length < MAX_INLINE_MESSAGES; match = partType.exec(text)) {
    const headerEnd = /\r?\n\r?\n/.exec(text.slice(match.index));
    if (!headerEnd) break;
    const partHeader = text.slice(match.index, match.index + headerEnd.index);
    if (/^Content-Disposition:[ \t]*attachment/im.test(partHeader)) continue;
    // The enclosing boundary is the last "--boundary" line above this part header.
    const lineStart = text.lastIndexOf('\n--', match.index);
    if (lineStart < 0) continue;
    const boundary = text.slice(lineStart + 3, text.indexOf('\n', lineStart + 3)).trim();
    if (!boundary) continue;
    const start = match.index + headerEnd.index + headerEnd[0].length;
    const end = text.indexOf(`\n--${boundary}`, start);
    const body = text.slice(start, Math.min(end < 0 ? text.length : end, start + MAX_INLINE_MESSAGE_BYTES));
    const encoding = /^Content-Transfer-Encoding:[ \t]*([\w-]+)/im.exec(partHeader)?.[1]?.toLowerCase();
    if (encoding === 'base64') out.push(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
    else if (encoding === 'quoted-printable') out.push(Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1'));
    else out.push(Buffer.from(body, 'latin1'));
  }
  return out;
}

/** Values of a header in order of appearance (top first), e.g. every Authentication-Results. */
export function headerValues(message: Pick<ParsedMessage, 'headers'>, name: string): string[] {
  const wanted = name.toLowerCase();
  return message.headers.filter((h) => h.name === wanted).map((h) => h.value);
}

/**
 * Reject binary noise before mailparser turns it into a "message" with an empty header. A message
 * starts with a header field (an mbox "From " line is tolerated) and has no NUL in its header block.
 */
function assertLooksLikeMail(raw: Uint8Array): void {
  if (raw.byteLength === 0) throw new NotAMailError('the file is empty');
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 64 * 1024)).toString('latin1');
  const headerBlock = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  if (headerBlock.includes('\0')) throw new NotAMailError('it contains binary data where header fields should be');
  const lines = headerBlock.split(/\r?\n/);
  const first = lines[0]?.startsWith('From ') ? lines[1] : lines[0];
  if (!first || !HEADER_LINE.test(first)) throw new NotAMailError('it does not start with a header field');
}

/** More messages inside one message than any forward holds (a chain of forwards, a digest of a few). */
const MAX_MESSAGE_PARTS = 100;
/** A message/rfc822 Content-Type, also folded after the colon. */
const MESSAGE_PART = /^Content-Type[ \t]*:[ \t]*(?:\r?\n[ \t]+)?message\/rfc822/gim;

/**
 * mailparser parses every message/rfc822 part again as a message, and its work grows faster than their
 * number when they nest: 10,000 nested messages (1.2 MB) took 13 s, and a 10 MB message of them would
 * outlast the function's 30 s, for anyone's mail, before the trust check (the red-team round after #11).
 * So a message holding more than MAX_MESSAGE_PARTS is refused before parsing, like binary noise.
 */
function assertFewMessageParts(raw: Uint8Array): void {
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('latin1');
  MESSAGE_PART.lastIndex = 0;
  let count = 0;
  while (MESSAGE_PART.exec(text) !== null) {
    count += 1;
    if (count > MAX_MESSAGE_PARTS) throw new NotAMailError(`it has more than ${MAX_MESSAGE_PARTS} messages inside it`);
  }
}

function unfoldValue(line: string): string {
  const colon = line.indexOf(':');
  return line.slice(colon + 1).replace(/\r?\n[ \t]+/g, ' ').trim();
}

/**
 * The mailboxes of an address field, each address AS WRITTEN. mailparser decodes an IDN domain
 * (`xn--…`) to Unicode, but SES checks DMARC on the domain as written, and `xn--example-.com` would
 * read as `example.com`: addresses come from the raw header, names from mailparser (which decodes
 * encoded words).
 */
function mailboxes(field: AddressObject | AddressObject[] | undefined, rawValues: string[]): Mailbox[] {
  const decoded: Mailbox[] = [];
  for (const object of field ? (Array.isArray(field) ? field : [field]) : []) {
    for (const entry of object.value) {
      // Groups ("undisclosed-recipients:;") nest their members.
      for (const member of entry.group ?? [entry]) {
        if (member.address) decoded.push({ name: displayText(wellFormed(member.name ?? '')), address: wellFormed(member.address).trim() });
      }
    }
  }
  const written = rawValues.flatMap((value) => addressparser(value, { flatten: true })).filter((box) => box.address);
  if (written.length !== decoded.length) return written.map((box) => ({ name: displayText(wellFormed(box.name)), address: wellFormed(box.address).trim() }));
  return decoded.map((box, i) => ({ name: box.name, address: wellFormed(written[i]?.address ?? box.address).trim() }));
}

/**
 * mailparser turns Date into a UTC instant and drops the sender's offset; the offset is what makes
 * "tomorrow at 10" mean the sender's 10 o'clock, so it is read back from the raw header.
 */
function readDate(parsed: Date | undefined, headers: HeaderField[]): MailDate | null {
  if (!parsed || Number.isNaN(parsed.getTime())) return null;
  const raw = headers.find((h) => h.name === 'date')?.value ?? '';
  const offsetMinutes = parseOffset(raw);
  // A date that cannot be written back (the year 275760) is no date: every time read from it would be none.
  if (!isWritableTime(parsed, offsetMinutes ?? 0)) return null;
  return { instant: parsed, offsetMinutes };
}

/** The `(+|-)hhmm` zone at the end of a Date header in minutes, or null (none, or minutes over 59: `-9999`). */
export function parseOffset(rawDate: string): number | null {
  const match = /([+-])(\d{2})(\d{2})(?:\s*\([^)]*\))?\s*$/.exec(rawDate.trim());
  if (match) return offsetFromDigits(match[1]!, match[2]!, match[3]!);
  if (/\b(?:GMT|UTC|UT|Z)\s*$/i.test(rawDate.trim())) return 0;
  return null;
}

/** The alt texts of the images of an HTML body (at most 20, from its first 256 KB): a logo can name the company. */
export function imageAlts(html: string | null): string[] {
  if (!html) return [];
  const alts: string[] = [];
  for (const m of html.slice(0, 256 * 1024).matchAll(/<img\b[^>]{0,2000}?\balt\s*=\s*(?:"([^"]{1,200})"|'([^']{1,200})')/gi)) {
    const alt = (m[1] ?? m[2] ?? '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/\s+/g, ' ').trim();
    if (alt) alts.push(alt);
    if (alts.length >= 20) break;
  }
  return alts;
}
