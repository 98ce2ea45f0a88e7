// What Amazon SES adds to a received message and the event its receipt rule's Lambda action
// sends, rebuilt for the local SES receiving stand-in. Shapes follow AWS's documentation
// ("Sample incoming email event" / receiving-email-action-lambda-event, and "Contents of
// notifications for Amazon SES email receiving"), not a library's idea of them.
import type { SESEvent, SESMailCommonHeaders, SESMailHeader, SESReceiptStatus } from 'aws-lambda';
import { simpleParser, type AddressObject } from 'mailparser';
import { addressesOf, domainOf, headerValues, makeField, type HeaderField } from './mime-headers.js';

export type VerdictStatus = SESReceiptStatus['status'];
export type DmarcPolicy = 'none' | 'quarantine' | 'reject';
export const VERDICT_STATUSES: readonly VerdictStatus[] = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED'];
export const DMARC_POLICIES: readonly DmarcPolicy[] = ['none', 'quarantine', 'reject'];

export interface Verdicts {
  spam: VerdictStatus;
  virus: VerdictStatus;
  spf: VerdictStatus;
  dkim: VerdictStatus;
  dmarc: VerdictStatus;
  /** Domain of the DKIM signature that SES reports (header.i); defaults to the From domain. */
  dkimDomain?: string;
  /** The sender domain's published DMARC policy; SES reports it only when DMARC FAILS. */
  dmarcPolicy?: DmarcPolicy;
}

export const DEFAULT_VERDICTS: Verdicts = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };

/** What the stand-in knows about one SMTP transaction. */
export interface Reception {
  messageId: string;
  receivedAt: Date;
  /** Envelope MAIL FROM; '' for the null sender of a bounce (`MAIL FROM:<>`). */
  mailFrom: string;
  /** Envelope RCPT TO addresses that matched the receipt rule. */
  recipients: string[];
  /** HELO/EHLO name the client gave. */
  helo: string;
  clientIp: string;
  region: string;
  functionArn: string;
  verdicts: Verdicts;
}

/**
 * The fields SES puts on top of a received message, in SES's order (AWS's sample event and real
 * stored mail agree): Return-Path, Received, X-SES-Spam-Verdict, X-SES-Virus-Verdict, Received-SPF,
 * Authentication-Results, X-SES-RECEIPT, X-SES-DKIM-SIGNATURE. The last two are SES's opaque
 * signatures, which nobody can make or check locally: they are placeholders of the same shape, so
 * code that reads the block (or counts on its order) meets what it meets in production.
 * `fromDomain` is the domain of the message's From header (DMARC's identifier).
 */
export function sesAddedFields(r: Reception, fromDomain: string): HeaderField[] {
  const { verdicts: v } = r;
  const spfDomain = domainOf(r.mailFrom) || r.helo;
  const spfText =
    `${authResult(v.spf)} (spfCheck: domain of ${spfDomain} ${v.spf === 'PASS' ? 'designates' : 'does not designate'} ` +
    `${r.clientIp} as permitted sender) client-ip=${r.clientIp}; envelope-from=${r.mailFrom}; helo=${r.helo};`;
  const dkimDomain = v.dkimDomain ?? fromDomain;
  // An unsigned message (GRAY) has no signature whose identity could be named.
  const dkimText = `dkim=${authResult(v.dkim)}${v.dkim === 'GRAY' ? '' : ` header.i=@${dkimDomain}`};`;
  const fields = [
    makeField('Return-Path', `<${r.mailFrom}>`),
    makeField(
      'Received',
      `from ${r.helo} (${r.helo} [${r.clientIp}])\nby inbound-smtp.${r.region}.amazonaws.com with SMTP id ${r.messageId}\n` +
        `for ${r.recipients[0] ?? ''};\n${r.receivedAt.toUTCString().replace('GMT', '+0000')} (UTC)`,
    ),
  ];
  // SES writes the scan headers only when the receipt rule scans (scanEnabled): DISABLED.
  if (v.spam !== 'DISABLED') fields.push(makeField('X-SES-Spam-Verdict', v.spam));
  if (v.virus !== 'DISABLED') fields.push(makeField('X-SES-Virus-Verdict', v.virus));
  fields.push(
    makeField('Received-SPF', spfText),
    makeField(
      'Authentication-Results',
      `amazonses.com;\nspf=${spfText}\n${dkimText}\ndmarc=${authResult(v.dmarc)} header.from=${fromDomain};`,
    ),
    makeField('X-SES-RECEIPT', Buffer.from(`local stand-in receipt for ${r.messageId}: a placeholder, signed by nobody`).toString('base64')),
    makeField(
      'X-SES-DKIM-SIGNATURE',
      `a=rsa-sha256; q=dns/txt; b=${Buffer.from('local stand-in: a placeholder, not a signature').toString('base64')};\n` +
        `c=relaxed/simple; s=local-stand-in; d=amazonses.com; t=${Math.floor(r.receivedAt.getTime() / 1000)}; v=1;\n` +
        `bh=${Buffer.from('no body hash').toString('base64')};\n` +
        'h=From:To:Cc:Bcc:Subject:Date:Message-ID:MIME-Version:Content-Type:X-SES-RECEIPT;',
    ),
  );
  return fields;
}

/** SES verdicts → RFC 8601 result words, lowercase as SES writes them (GRAY = "no result"). */
function authResult(status: VerdictStatus): string {
  switch (status) {
    case 'PASS':
      return 'pass';
    case 'FAIL':
      return 'fail';
    case 'PROCESSING_FAILED':
      return 'temperror';
    case 'GRAY':
    case 'DISABLED':
      return 'none';
  }
}

/** SES truncates the event's header list once it exceeds 10 KB. */
const HEADERS_LIMIT_BYTES = 10 * 1024;

/** Builds the receipt event exactly as the Lambda action delivers it. `fields` are the stored
 * message's header fields (SES's additions included). */
export async function buildReceiptEvent(r: Reception, fields: HeaderField[], invokedAt: Date): Promise<SESEvent> {
  const headers: SESMailHeader[] = [];
  let size = 0;
  let headersTruncated = false;
  for (const f of fields) {
    if (!f.name) continue;
    size += f.name.length + f.value.length;
    if (size > HEADERS_LIMIT_BYTES) {
      headersTruncated = true;
      break;
    }
    headers.push({ name: f.name, value: f.value });
  }

  const to = addressesOf(headerValues(fields, 'to')).concat(addressesOf(headerValues(fields, 'cc')));
  const timestamp = r.receivedAt.toISOString();
  const { verdicts: v } = r;
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp,
            source: r.mailFrom,
            messageId: r.messageId,
            // AWS documents `destination` as the To and Cc addresses of the MIME headers;
            // routing must use receipt.recipients (the envelope), never this.
            destination: to.length ? to.map((a) => a.address) : r.recipients,
            headersTruncated,
            headers,
            commonHeaders: await commonHeaders(fields, r),
          },
          receipt: {
            timestamp,
            processingTimeMillis: Math.max(1, invokedAt.getTime() - r.receivedAt.getTime()),
            recipients: r.recipients,
            spamVerdict: { status: v.spam },
            virusVerdict: { status: v.virus },
            spfVerdict: { status: v.spf },
            dkimVerdict: { status: v.dkim },
            dmarcVerdict: { status: v.dmarc },
            // AWS: "This field only appears if the message fails DMARC authentication."
            ...(v.dmarc === 'FAIL' ? { dmarcPolicy: v.dmarcPolicy ?? 'none' } : {}),
            action: { type: 'Lambda', functionArn: r.functionArn, invocationType: 'Event' },
          },
        },
      },
    ],
  };
}

/** commonHeaders holds decoded values and carries only the fields the message has. */
async function commonHeaders(fields: HeaderField[], r: Reception): Promise<SESMailCommonHeaders> {
  // Parsing only the header block decodes encoded words without touching a 40 MB body.
  const headerBlock = fields.filter((f) => f.name).map((f) => `${f.raw.replace(/\r?\n/g, '\r\n')}\r\n`).join('');
  const parsed = await simpleParser(`${headerBlock}\r\n`, { skipTextToHtml: true, skipHtmlToText: true });
  const list = (value: AddressObject | AddressObject[] | undefined): string[] | undefined => {
    const objects = value === undefined ? [] : Array.isArray(value) ? value : [value];
    const out = objects.flatMap((o) => o.value).filter((a) => a.address).map((a) => formatAddress(a.name, a.address ?? ''));
    return out.length ? out : undefined;
  };
  const sender = parsed.headers.get('sender');
  // Absent fields are left out rather than sent as `undefined` (messageId too, which
  // @types/aws-lambda marks required); insertion order follows AWS's sample event.
  const common: Partial<SESMailCommonHeaders> = { returnPath: r.mailFrom };
  const set = <K extends keyof SESMailCommonHeaders>(key: K, value: SESMailCommonHeaders[K] | undefined): void => {
    if (value !== undefined) common[key] = value;
  };
  set('from', list(parsed.from));
  set('date', headerValues(fields, 'date')[0] ?? r.receivedAt.toUTCString());
  set('to', list(parsed.to));
  set('cc', list(parsed.cc));
  set('bcc', list(parsed.bcc));
  set('sender', isAddressObject(sender) ? list(sender) : undefined);
  set('replyTo', list(parsed.replyTo));
  set('messageId', headerValues(fields, 'message-id')[0]);
  set('subject', parsed.subject);
  return common as SESMailCommonHeaders;
}

function isAddressObject(value: unknown): value is AddressObject {
  return typeof value === 'object' && value !== null && 'value' in value && Array.isArray((value as AddressObject).value);
}

/** `"Doe, John" <john@example.com>`: the form SES uses in commonHeaders. */
function formatAddress(name: string, address: string): string {
  if (!name) return address;
  const quoted = /[()<>[\]:;@\\,."]/.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : name;
  return `${quoted} <${address}>`;
}

// ---- validation: the handler's own schema, so the stand-in and production agree ----

export { SesEventSchema as SesEventShapeSchema } from '../../functions/handlers/kit.js';
