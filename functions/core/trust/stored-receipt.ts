/**
 * What SES saw of a message, read back from the message SES stored (docs/email-facts.md, "Re-driving
 * stored mail"). The sweep and `npm run redrive` hand a stored message to the inbound function again
 * without its receipt event; the event's envelope and verdicts are rebuilt here from the header block
 * SES writes on top of every message it stores, in this order:
 *
 *   Return-Path: <MAIL FROM>                                   → mailFrom ('' for `<>`)
 *   Received: from … by inbound-smtp.<region>.amazonaws.com with SMTP id <id> for <RCPT TO>; <date>
 *                                                              → recipients
 *   X-SES-Spam-Verdict: PASS                                   → verdicts.spam (absent: DISABLED)
 *   X-SES-Virus-Verdict: PASS                                  → verdicts.virus (absent: DISABLED)
 *   Received-SPF: …
 *   Authentication-Results: amazonses.com; spf=…; dkim=…; dmarc=…;   → verdicts.dkim, verdicts.dmarc
 *   X-SES-RECEIPT: …
 *   X-SES-DKIM-SIGNATURE: …
 *
 * Only that leading block counts: the sender's own header fields start below it, and a field of the
 * same name there (a forged `X-SES-Virus-Verdict: PASS`) is never read. Whatever cannot be read is never
 * a pass: a verdict that is not there is GRAY (DISABLED for the scans), so a re-driven message is judged
 * at least as strictly as the original delivery.
 */
import addressparser from 'nodemailer/lib/addressparser';
import { isAddressOrPlusForm, type VerdictStatus } from '../mail/mail.js';
import { sesAuthenticationResults, type AuthResult } from './authentication-results.js';

/** SES's block, in SES's order; each field at most once. */
const SES_BLOCK = ['return-path', 'received', 'x-ses-spam-verdict', 'x-ses-virus-verdict', 'received-spf', 'authentication-results', 'x-ses-receipt', 'x-ses-dkim-signature'] as const;
const STATUSES: readonly VerdictStatus[] = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED'];
/** The header block read (SES's block is a few KB; a longer block is read this far). */
const MAX_HEADER_BYTES = 256 * 1024;
/** As SES does in its event: the header list is cut after about 10 KB, and says so. */
const EVENT_HEADERS_BYTES = 10 * 1024;

export interface StoredReceipt {
  /** false when the message does not start with SES's block: nothing below could be read from it */
  sesBlock: boolean;
  mailFrom: string;
  recipients: string[];
  headers: { name: string; value: string }[];
  headersTruncated: boolean;
  from: string[];
  verdicts: { spam: VerdictStatus; virus: VerdictStatus; dkim: VerdictStatus; dmarc: VerdictStatus };
}

/**
 * The receipt of a stored message. `inboxAddress`: when SES's Received line names no recipient, the
 * recipients are the inbox's addresses (and +label forms) in To and Cc, else the inbox itself.
 */
export function receiptFromStoredMail(raw: Uint8Array, settings: { inboxAddress: string }): StoredReceipt {
  const fields = headerFields(raw);
  const block = sesBlockOf(fields);
  const inBlock = (name: string) => block.filter((f) => f.name.toLowerCase() === name).map((f) => f.value);
  const all = (name: string) => fields.filter((f) => f.name.toLowerCase() === name).map((f) => f.value);
  const results = block.length > 0 ? sesAuthenticationResults(inBlock) : null;
  const { headers, truncated } = eventHeaders(fields);
  return {
    sesBlock: inBlock('received').length > 0 && inBlock('authentication-results').length > 0,
    mailFrom: envelopeSender(inBlock('return-path')[0]),
    recipients: recipientsOf(inBlock('received')[0], [...all('to'), ...all('cc')], settings.inboxAddress),
    headers,
    headersTruncated: truncated,
    from: all('from'),
    verdicts: {
      spam: scanVerdict(inBlock('x-ses-spam-verdict')[0]),
      virus: scanVerdict(inBlock('x-ses-virus-verdict')[0]),
      dkim: dkimVerdict(results),
      dmarc: dmarcVerdict(results),
    },
  };
}

/** The header fields of the message, unfolded, in order; read in one pass (folded lines are joined once). */
function headerFields(raw: Uint8Array): { name: string; value: string }[] {
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, MAX_HEADER_BYTES)).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const lines = (end < 0 ? head : head.slice(0, end)).split(/\r?\n/);
  const fields: { name: string; parts: string[] }[] = [];
  for (const line of lines) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && fields.length > 0) {
      fields[fields.length - 1]?.parts.push(line);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.push({ name: line.slice(0, colon).trim(), parts: [line.slice(colon + 1)] });
  }
  return fields.map((f) => ({ name: f.name, value: f.parts.join(' ').replace(/[ \t]+/g, ' ').trim() }));
}

/**
 * The leading fields that follow SES's order, each at most once, starting with SES's Return-Path (SES
 * always writes it, `<>` for a bounce): a message that starts otherwise has no block at all, so a
 * sender's own Authentication-Results on top of a message SES never stored is never read.
 */
function sesBlockOf(fields: { name: string; value: string }[]): { name: string; value: string }[] {
  if (fields[0]?.name.toLowerCase() !== SES_BLOCK[0]) return [];
  let last = -1;
  let count = 0;
  for (const field of fields) {
    const at = SES_BLOCK.indexOf(field.name.toLowerCase() as (typeof SES_BLOCK)[number]);
    if (at <= last) break;
    last = at;
    count += 1;
  }
  return fields.slice(0, count);
}

function eventHeaders(fields: { name: string; value: string }[]): { headers: { name: string; value: string }[]; truncated: boolean } {
  const headers: { name: string; value: string }[] = [];
  let size = 0;
  for (const field of fields) {
    size += field.name.length + field.value.length;
    if (size > EVENT_HEADERS_BYTES) return { headers, truncated: true };
    headers.push(field);
  }
  return { headers, truncated: false };
}

/** `<a@b>` → `a@b`; `<>` or nothing → '' (a bounce, or no envelope known: never answered). */
function envelopeSender(returnPath: string | undefined): string {
  const value = (returnPath ?? '').trim();
  return value.replace(/^<(.*)>$/, '$1').trim();
}

/** SES names the one recipient in its Received line (`for <RCPT TO>;`); otherwise the inbox in To/Cc, or the inbox. */
function recipientsOf(received: string | undefined, toAndCc: string[], inboxAddress: string): string[] {
  const named = received ? /\bfor\s+<?([^\s<>;]+@[^\s<>;]+?)>?\s*;/i.exec(received)?.[1] : undefined;
  if (named) return [named];
  const inbox = toAndCc
    .flatMap((value) => addressparser(value, { flatten: true }))
    .map((box) => box.address.trim())
    .filter((address) => address && isAddressOrPlusForm(address, inboxAddress));
  return inbox.length > 0 ? [...new Set(inbox)] : [inboxAddress];
}

function scanVerdict(value: string | undefined): VerdictStatus {
  if (value === undefined) return 'DISABLED';
  const status = value.trim().toUpperCase();
  return STATUSES.includes(status as VerdictStatus) ? (status as VerdictStatus) : 'PROCESSING_FAILED';
}

/** RFC 8601 result words → SES's verdicts; anything else (none, neutral, policy…) is GRAY. */
function verdictOf(result: string): VerdictStatus {
  if (result === 'pass') return 'PASS';
  if (result === 'fail') return 'FAIL';
  if (result === 'temperror' || result === 'permerror') return 'PROCESSING_FAILED';
  return 'GRAY';
}

function dmarcVerdict(results: AuthResult[] | null): VerdictStatus {
  const dmarc = results?.find((r) => r.method === 'dmarc');
  return dmarc ? verdictOf(dmarc.result) : 'GRAY';
}

/** Like SES's dkimVerdict: PASS when a signature verified, FAIL when one failed and none verified. */
function dkimVerdict(results: AuthResult[] | null): VerdictStatus {
  const verdicts = (results ?? []).filter((r) => r.method === 'dkim').map((r) => verdictOf(r.result));
  for (const wanted of ['PASS', 'FAIL', 'PROCESSING_FAILED'] as const) if (verdicts.includes(wanted)) return wanted;
  return 'GRAY';
}
