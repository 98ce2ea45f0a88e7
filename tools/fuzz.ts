/**
 * `npm run fuzz [-- --runs N] [-- --seed S] [-- --path P]`
 *
 * A seeded property-based fuzzer (fast-check) of the inbound use case: hostile and mutated messages go
 * through `receiveMail` (functions/app/receive-mail.ts) on the in-memory ports of tests/fakes/ports.ts,
 * each with fresh state, as the owner (authenticated: DMARC pass), as the owner replying to a
 * recommendation (an `inbox+<label>` address, a real reply token or a forged one), and as a stranger
 * (lookalike addresses included).
 *
 * The messages are mutations of tests/fixtures/mail/*.eml and tests/fixtures/labelled/*.eml (header,
 * MIME, charset, encoded-word, calendar, date, link, size and byte mutations) and generated MIME
 * structures. It prints how many ran, every unhandled exception (with the command that replays it), any
 * mail to anyone but the owner (or any answer to a stranger), and the slowest message. A time is printed,
 * never judged: the exit status is 1 only for an exception or a mail that should not exist.
 *
 * `--path P` replays the message number P of the seed's run (as printed), shows what it did and writes the
 * message to .local/fuzz/ so that `npm run triage` can read it too.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import addressparser from 'nodemailer/lib/addressparser';
import { receiveMail, type InboundResult } from '../functions/app/receive-mail.js';
import { deliver, fakeInboundDeps, fixture, headerFields, OWNER, type FakeInboundDeps } from '../tests/fakes/ports.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURE_FOLDERS = ['tests/fixtures/mail', 'tests/fixtures/labelled'];
/** The owner's clean forward that a reply with a real token answers. */
const CLEAN_FORWARD = 'fixtures/mail/forward-gmail-owner.eml';
/** Mutations never grow a message past this (SES accepts up to 40 MB; the parser reads up to 10 MB). */
const MAX_MESSAGE_BYTES = 3 * 1024 * 1024;
export const DEFAULT_SEED = 11;
export const DEFAULT_RUNS = 10_000;

// ---------------------------------------------------------------------------------------------------
// The seeds: every fixture message, as bytes held in a latin1 string (one char per byte)

interface Seed {
  name: string;
  text: string;
}

let seedCache: Seed[] | null = null;
function seeds(): Seed[] {
  seedCache ??= FIXTURE_FOLDERS.flatMap((folder) =>
    readdirSync(join(ROOT, folder))
      .filter((file) => file.endsWith('.eml'))
      .sort()
      .map((file) => ({ name: `${folder.replace('tests/fixtures/', '')}/${file}`, text: readFileSync(join(ROOT, folder, file)).toString('latin1') })),
  );
  return seedCache;
}

/** Text as the bytes of its UTF-8 form, one char per byte. */
const utf8 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');
const base64 = (bytes: string) => Buffer.from(bytes, 'latin1').toString('base64').replace(/.{76}/g, '$&\r\n');
const quotedPrintable = (bytes: string) => bytes.replace(/[^\x20-\x3c\x3e-\x7e\r\n]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

// ---------------------------------------------------------------------------------------------------
// Hostile values

/** Lone surrogates and malformed sequences in the encodings a decoder meets them in. */
const SURROGATE_BYTES = {
  utf16be: '\xd8\x00',
  utf16le: '\x00\xd8',
  utf16lowFirst: '\xdc\x00',
  utf8Encoded: '\xed\xa0\x80',
  utf8Truncated: '\xf0\x9f\x98',
};

const HOSTILE_HEADER_VALUES = [
  '', ' ', ';', '"', '\\', '=?', '=?utf-8?B?', '=?UTF-16?B?2AA=?=', '=?utf-16le?B?ANg=?=', '=?utf-8?Q?=ED=A0=80?=', '=?x-unknown?Q?abc?=',
  '<>', '<<<>>>', ',,,', '@', 'a@', '@b', '"a@b" <>', 'undisclosed-recipients:;', 'group: a@b.example, c@d.example;', '(comment', '((((((((((((((((',
  'multipart/mixed', 'multipart/mixed; boundary=', 'multipart/mixed; boundary=""', 'multipart/alternative; boundary="x"; boundary="y"', 'text/plain; charset=',
  'text/plain; charset="utf-16"', 'text/plain; charset=utf-7', 'message/rfc822', 'message/rfc822; charset=utf-16', 'text/calendar; method=REQUEST', 'application/ics; name="invite.ics"',
  'text/html', 'image/png', '/', 'text/', '*/*', 'attachment; filename="\x00.ics"', "attachment; filename*=utf-8''%ED%A0%80.ics", 'attachment; filename*0="a"; filename*1="b.ics"',
  'inline', 'base64', 'quoted-printable', '8bit', 'x-uuencode', 'binary', '-9999', 'no', 'auto-replied', 'bulk',
  'Tue, 17 Mar 2026 10:22:48 -9999', '\xff\xfe\xfd', 'x'.repeat(20_000), 'a\tb\tc', '\x00', 'mailto:a@b.example?cc=c@d.example',
];

const HEADER_NAMES = [
  'From', 'To', 'Cc', 'Bcc', 'Reply-To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Content-Type', 'Content-Transfer-Encoding',
  'Content-Disposition', 'MIME-Version', 'Auto-Submitted', 'Precedence', 'List-Id', 'Authentication-Results', 'Return-Path', 'Sender', 'Resent-From',
  'Content-Language', 'Thread-Topic', 'X-Forwarded-For',
];

const CHARSETS = ['utf-8', 'UTF-16', 'utf-16le', 'utf-16be', 'utf-7', 'utf-32', 'iso-2022-jp', 'gb18030', 'shift_jis', 'big5', 'koi8-r', 'windows-1252', 'x-unknown', '', '"', 'utf-8"', 'us-ascii', 'iso-8859-1', 'ucs-2', 'cp65001'];
const ENCODINGS = ['base64', 'quoted-printable', '7bit', '8bit', 'binary', 'x-uuencode', 'BASE64', 'garbage', ''];

/** Addresses that are not the owner's, some made to look like it. */
const STRANGERS = [
  'recruiting@stranger.example', 'alex@xn--example-.com', 'alex@xn--exmple-cua.com', '\u0430lex@example.com', 'alex@example.com.evil.example', 'alex@EXAMPLE.com.evil.example',
  'alex+x@example.org', 'ALEX@example.co', 'alex@exam\u0440le.com', 'interviews@in.example.com', 'advisor@in.example.com', 'alex@[127.0.0.1]', '"alex@example.com"@evil.example',
];
const STRANGER_FROM_HEADERS = [
  ...STRANGERS.map((address) => `Alex Morgan <${address}>`),
  '"alex@example.com" <eve@evil.example>', 'alex@example.com <eve@evil.example>', 'Eve <eve@evil.example>, Alex <alex@example.com>', '=?utf-8?B?YWxleEBleGFtcGxlLmNvbQ==?= <eve@evil.example>',
  'undisclosed-recipients:;', '',
];

const DATES = [
  'Tue, 17 Mar 2026 10:22:48 -9999', 'Tue, 17 Mar 2026 10:22:48 +9999', 'Tue, 17 Mar 2026 10:22:48 -2400', 'Tue, 17 Mar 2026 10:22:48 +0099', 'Mon, 1 Jan 0000 00:00:00 +0000',
  'Fri, 31 Dec 275760 23:59:59 +0000', 'Tue, 31 Feb 2026 25:61:61 +0000', '', 'yesterday', '17/03/2026', '2026-03-17T10:22:48+99:99', 'Tue, 17 Mar 2026 10:22:48 -0500 (CDT) (((',
  'Thu, 01 Jan 1970 00:00:00 GMT', 'Sat, 13 Sep 275760 00:00:00 -0000', '\u2028', '99999999999999999999',
];
const FORWARD_DATES = [
  'Mon, Mar 9, 2026 at 10:14 AM', 'Mon, Mar 9, 99999 at 10:14 AM', 'Monday, February 31, 2026 at 25:99 PM', 'Mittwoch, 8. April 0 09:12', 'mardi 31 février 2026 25:00',
  'Tue, 17 Mar 2026 10:22:48 -9999', 'Tue, 17 Mar 2026 10:22:48 +9999', 'Mon, Mar 9, 2026 at 10:14 AM (GMT+99:99)', 'Mon, Mar 9, 2026 at 10:14 AM (GMT-23:59)', '9 de marzo de 275760, 10:14',
  '2026-03-09 10:14 +2400', '10:14', '',
];
const PROSE_TIMES = [
  'Monday, March 23 at 11:00 AM ET', 'on 31 February 2026 at 25:00', 'on March 32, 275760 at 10am PST', 'tomorrow at 99:99', 'from 10am to 9am', 'am 20.13.2026 um 14:00 Uhr',
  'le 31/02/2026 à 25h', 'on 1/1/10000 at 10am', 'at 10am UTC+99', 'at 10:00 GMT-9999', 'el 0 de enero de 0 a las 10', 'on 2026-03-23T11:00:00+99:99', 'next Monday at 11 (GMT+14:00)',
  'Monday 23 March 9999999 11:00', 'on Sat, 13 Sep 275760 at 10am', 'on Thursday at 2pm, or Friday at 3pm, or the 30th at 4pm CET', 'between 9:00 and 8:00 tomorrow', 'on March 23 at 11:00 (UTC-12:00)',
  'at 11:00 AM Pacific Time on 23/03/2026', 'the 0th of March at 0am', 'Montag, 23. März um 11 Uhr MEZ', '明日10時に', 'en 23 de marzo a las 11h',
];
const LINKS = [
  'https://zoom.us/j/123?pwd=%E0%A4%A', 'https://[::1', 'https://xn--.example/', 'https://xn--example-.com/meet', 'https://meet.google.com/' + 'a'.repeat(10_000),
  'https://calendly.com/x/\x00', 'https://teams.microsoft.com/l/meetup-join/%', 'javascript:alert(1)', 'https://zoom.us:99999/j/1', 'https://user:pass@zoom.us/j/1',
  'https://\u4f8b\u3048.\u30c6\u30b9\u30c8/zoom', 'http://0x7f.1/', 'https://calendly.com/' + '%'.repeat(50), 'https://zoom.us/j/1?x=<script>', 'https://zoom.us/j/1"onmouseover="x',
  'mailto:jordan@acme.example?cc=victim@evil.example', 'https://zoom.us/' + '\u202e'.repeat(3), 'https://meet.google.com/abc-defg-hij\ud800',
];
const REPLY_TOS = ['<jordan@acme.example?cc=victim@evil.example>', 'jordan@acme.example%0D%0ABcc: victim@evil.example', '"\ud800" <a@b.example>', '<@>', '<a@b@c>', 'jordan@[300.300.300.300]', `<${'a'.repeat(5000)}@b.example>`];

/** A text's hostile content: times, links and plain text, in pieces. */
const textArb = fc.oneof(
  fc.constantFrom(...PROSE_TIMES).map((t) => `We would like to invite you to an interview ${t}.`),
  fc.constantFrom(...LINKS).map((l) => `Join the interview here: ${l}`),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('\ud800', '\udc00', '\u202e\u2066evil\u2069', '\u0000', '\ufeff', '\r', '\n.\n', '-- \n', '> > >'),
);

/** An encoded word whose decoding may be anything: lone surrogates, wrong charsets, broken syntax. */
const encodedWordArb = fc
  .record({
    charset: fc.constantFrom(...CHARSETS),
    encoding: fc.constantFrom('B', 'Q', 'b', 'q', 'X'),
    payload: fc.oneof(fc.constantFrom(...Object.values(SURROGATE_BYTES)), fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b).toString('latin1'))),
    around: fc.constantFrom('Interview invitation ', '', 'Fwd: '),
    broken: fc.boolean(),
  })
  .map(({ charset, encoding, payload, around, broken }) => {
    const data = encoding.toUpperCase() === 'B' ? Buffer.from(payload, 'latin1').toString('base64') : quotedPrintable(payload).replace(/ /g, '_').replace(/\?/g, '=3F');
    return `${around}=?${charset}?${encoding}?${data}${broken ? '' : '?='}`;
  });

const offsetArb = fc.oneof(
  fc.constantFrom('-9999', '+9999', '+2400', '-0060', '+0000', '-0500', '+1400', '+', '', 'abc', '+99', '-99999999', '+0100 junk', '-000001'),
  fc.integer({ min: -9999, max: 9999 }).map((n) => `${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(4, '0')}`),
);
const dateTimeArb = fc.oneof(
  fc.constantFrom('00000000T000000', '99991231T235959', '20261399T999999', '20260323T110000', '20260323T110000Z', '19700101T000000', '00010101T000000Z', '2026-03-23T11:00:00', '20260229T120000', '20260323', ''),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.boolean())
    .map(([y, mo, d, h, mi, z]) => `${String(y).padStart(4, '0')}${String(mo).padStart(2, '0')}${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}${String(mi).padStart(2, '0')}00${z ? 'Z' : ''}`),
);
const rruleArb = fc.oneof(
  fc.constantFrom('FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'FREQ=YEARLY;BYMONTH=13;BYDAY=99SU', 'FREQ=YEARLY;BYMONTH=0;BYDAY=-9MO', 'FREQ=YEARLY;BYMONTH=99999999999;BYDAY=1XX', 'FREQ=YEARLY', '=;=;;', 'FREQ=MONTHLY', 'FREQ=YEARLY;BYMONTH=2;BYDAY=-6SA'),
  fc.tuple(fc.integer({ min: -99, max: 99 }), fc.integer({ min: -99, max: 99 }), fc.constantFrom('SU', 'MO', 'XX', '')).map(([month, nth, day]) => `FREQ=YEARLY;BYMONTH=${month};BYDAY=${nth}${day}`),
);
const tzidArb = fc.constantFrom('X', 'Pacific Standard Time', 'Customized Time Zone', '', '/', 'America/New_York', 'Mars/Olympus_Mons', 'Etc/GMT+99', '"quoted"', 'UTC', 'a;b', 'x'.repeat(300));

/** A calendar part: VTIMEZONE rules and events with hostile offsets, times, rules and links. */
const calendarArb = fc
  .record({
    method: fc.constantFrom('REQUEST', 'PUBLISH', 'CANCEL', '', 'request'),
    tzid: tzidArb,
    rules: fc.array(fc.record({ type: fc.constantFrom('STANDARD', 'DAYLIGHT'), start: dateTimeArb, from: offsetArb, to: offsetArb, rrule: fc.option(rruleArb) }), { maxLength: 3 }),
    events: fc.array(
      fc.record({
        start: dateTimeArb,
        end: dateTimeArb,
        zone: fc.constantFrom('tzid', 'utc', 'floating', 'date', 'iana'),
        summary: textArb,
        location: fc.oneof(textArb, fc.constantFrom(...LINKS)),
        url: fc.option(fc.constantFrom(...LINKS)),
        organizer: fc.option(fc.constantFrom('mailto:jordan@acme.example', 'mailto:', 'mailto:a@b@c', 'MAILTO:x@y.example?cc=z@w.example', 'http://x', `mailto:${'a'.repeat(300)}@b.example`)),
        status: fc.constantFrom('CONFIRMED', 'CANCELLED', ''),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    unbalanced: fc.boolean(),
  })
  .map(({ method, tzid, rules, events, unbalanced }) => {
    const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `METHOD:${method}`, 'BEGIN:VTIMEZONE', `TZID:${tzid}`];
    for (const rule of rules) {
      lines.push(`BEGIN:${rule.type}`, `DTSTART:${rule.start}`, `TZOFFSETFROM:${rule.from}`, `TZOFFSETTO:${rule.to}`, ...(rule.rrule ? [`RRULE:${rule.rrule}`] : []), `END:${rule.type}`);
    }
    lines.push('END:VTIMEZONE');
    events.forEach((event, i) => {
      const zoned = (name: string, value: string) =>
        event.zone === 'tzid' ? `${name};TZID=${tzid}:${value}` : event.zone === 'iana' ? `${name};TZID=America/New_York:${value}` : event.zone === 'date' ? `${name};VALUE=DATE:${value.slice(0, 8)}` : event.zone === 'utc' ? `${name}:${value.replace(/Z?$/, 'Z')}` : `${name}:${value}`;
      lines.push('BEGIN:VEVENT', `UID:fuzz-${i}`, zoned('DTSTART', event.start), zoned('DTEND', event.end), `SUMMARY:${event.summary}`, `LOCATION:${event.location}`);
      if (event.url) lines.push(`URL:${event.url}`);
      if (event.organizer) lines.push(`ORGANIZER;CN="Jordan \\"J\\" Okafor":${event.organizer}`);
      if (event.status) lines.push(`STATUS:${event.status}`);
      if (!unbalanced) lines.push('END:VEVENT');
    });
    if (!unbalanced) lines.push('END:VCALENDAR');
    return utf8(lines.join('\r\n'));
  });

/** An inline forward block, its header lines hostile. */
const forwardBlockArb = fc
  .record({ from: fc.constantFrom(...REPLY_TOS, 'Sofia Brandt <sofia.brandt@oakmoorbank.example>', 'alex@example.com', ''), date: fc.constantFrom(...FORWARD_DATES), subject: fc.oneof(textArb, encodedWordArb), body: textArb })
  .map(({ from, date, subject, body }) => utf8(`\r\n---------- Forwarded message ---------\r\nFrom: ${from}\r\nDate: ${date}\r\nSubject: ${subject}\r\nTo: Alex Morgan <alex@example.com>\r\nReply-To: ${from}\r\n\r\n${body}\r\n`));

// ---------------------------------------------------------------------------------------------------
// Generated MIME structures

type Node =
  | { kind: 'leaf'; type: string; charset: string | null; encoding: string | null; disposition: string | null; body: string }
  | { kind: 'multipart'; subtype: string; boundary: string; children: Node[]; closed: boolean; preamble: string }
  | { kind: 'message'; headers: string[]; child: Node };

const CONTENT_TYPES = ['text/plain', 'text/html', 'text/calendar', 'application/ics', 'message/rfc822', 'application/octet-stream', 'image/png', '', 'text', 'multipart/mixed', 'message/delivery-status', 'text/enriched'];
const BOUNDARIES = ['b', 'x'.repeat(100), '', '"', 'a b', '--', '=_', 'b\x00', '\u00e9'];

const leafBodyArb = fc.oneof(textArb.map(utf8), calendarArb, forwardBlockArb, fc.constantFrom('', '\r\n', 'From: a@b.example\r\n\r\nhi', 'not a mail message at all'), fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1')));

const { node: nodeArb } = fc.letrec<{ node: Node; leaf: Node; multipart: Node; message: Node }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', maxDepth: 4 }, tie('leaf'), tie('multipart'), tie('message')),
  leaf: fc.record({
    kind: fc.constant('leaf' as const),
    type: fc.constantFrom(...CONTENT_TYPES),
    charset: fc.option(fc.constantFrom<string>(...CHARSETS), { nil: null }),
    encoding: fc.option(fc.constantFrom<string>(...ENCODINGS), { nil: null }),
    disposition: fc.option(fc.constantFrom<string>('attachment', 'inline', 'attachment; filename="invite.ics"', 'attachment; filename="a.eml"', ''), { nil: null }),
    body: leafBodyArb,
  }),
  multipart: fc.record({
    kind: fc.constant('multipart' as const),
    subtype: fc.constantFrom('mixed', 'alternative', 'related', 'digest', 'signed', ''),
    boundary: fc.oneof(fc.constantFrom(...BOUNDARIES), fc.string({ minLength: 1, maxLength: 20 })),
    children: fc.array(tie('node'), { maxLength: 4 }),
    closed: fc.boolean(),
    preamble: fc.constantFrom('', 'This is a multi-part message in MIME format.'),
  }),
  message: fc.record({ kind: fc.constant('message' as const), headers: fc.array(fc.constantFrom('From: Jordan <jordan@acme.example>', 'Subject: Interview', 'Date: Mon, 16 Mar 2026 09:00:00 +0000', 'Reply-To: <a@b.example?cc=c@d.example>', 'To: alex@example.com'), { maxLength: 5 }), child: tie('node') }),
}));

function renderNode(node: Node): { headers: string[]; body: string } {
  switch (node.kind) {
    case 'leaf': {
      const type = node.charset !== null ? `${node.type}; charset=${node.charset}` : node.type;
      const body = node.encoding === 'base64' ? base64(node.body) : node.encoding === 'quoted-printable' ? quotedPrintable(node.body) : node.body;
      return {
        headers: [`Content-Type: ${type}`, ...(node.encoding !== null ? [`Content-Transfer-Encoding: ${node.encoding}`] : []), ...(node.disposition !== null ? [`Content-Disposition: ${node.disposition}`] : [])],
        body,
      };
    }
    case 'multipart': {
      const parts = node.children.map((child) => {
        const rendered = renderNode(child);
        return `--${node.boundary}\r\n${rendered.headers.join('\r\n')}\r\n\r\n${rendered.body}\r\n`;
      });
      return { headers: [`Content-Type: multipart/${node.subtype}; boundary="${node.boundary}"`], body: `${node.preamble}\r\n${parts.join('')}${node.closed ? `--${node.boundary}--\r\n` : ''}` };
    }
    case 'message': {
      const inner = renderNode(node.child);
      return { headers: ['Content-Type: message/rfc822'], body: `${[...node.headers, ...inner.headers].join('\r\n')}\r\n\r\n${inner.body}` };
    }
  }
}

const generatedArb = fc
  .record({
    subject: fc.oneof(textArb, encodedWordArb, fc.constant('Fwd: Interview invitation')),
    date: fc.oneof(fc.constant('Tue, 17 Mar 2026 10:22:48 -0400'), fc.constantFrom(...DATES)),
    messageId: fc.constantFrom('<generated@fuzz.example>', '', '<>', '<a@b>', '<' + 'x'.repeat(1000) + '>'),
    root: nodeArb,
  })
  .map(({ subject, date, messageId, root }) => {
    const rendered = renderNode(root);
    const headers = ['From: Alex Morgan <alex@example.com>', 'To: interviews@in.example.com', `Subject: ${utf8(subject)}`, `Date: ${date}`, `Message-ID: ${messageId}`, 'MIME-Version: 1.0', ...rendered.headers];
    return `${headers.join('\r\n')}\r\n\r\n${rendered.body}`;
  });

// ---------------------------------------------------------------------------------------------------
// Mutations: each a description of what to change, applied to the bytes

type Part =
  | { kind: 'empty-content-type'; body: string }
  | { kind: 'rfc822'; content: 'empty' | 'blank-lines' | 'not-mail' | 'binary' | 'headers-only' | 'truncated-seed' | 'nested-empty'; seed: number; cut: number; disposition: 'attachment' | 'inline' | 'none'; encoding: 'none' | 'base64' | 'quoted-printable' }
  | { kind: 'calendar'; text: string; as: 'text/calendar' | 'ics-attachment'; encoding: 'none' | 'base64' }
  | { kind: 'generated'; node: Node };

type Mutation =
  | { kind: 'header-set'; name: string; value: string; at: number }
  | { kind: 'header-remove'; name: string; at: number }
  | { kind: 'header-duplicate'; name: string; at: number }
  | { kind: 'header-insert'; name: string; value: string }
  | { kind: 'empty-content-type'; at: number }
  | { kind: 'fold'; name: string; times: number }
  | { kind: 'charset'; value: string; at: number }
  | { kind: 'cte'; value: string; at: number }
  | { kind: 'encoded-word'; target: 'Subject' | 'From' | 'Reply-To' | 'filename' | 'forward-subject'; word: string }
  | { kind: 'boundary'; op: 'drop-close' | 'rename-param' | 'empty-param' | 'duplicate-line' | 'strip-lines'; at: number }
  | { kind: 'add-part'; part: Part }
  | { kind: 'calendar-line'; prop: string; value: string; at: number }
  | { kind: 'date'; value: string }
  | { kind: 'forward-date'; value: string; at: number }
  | { kind: 'insert-text'; text: string; at: number; where: 'text-part' | 'anywhere' }
  | { kind: 'reply-to'; value: string }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'long-line'; length: number; char: string; at: number }
  | { kind: 'many-parts'; count: number }
  | { kind: 'many-headers'; count: number }
  | { kind: 'deep-nesting'; depth: number; as: 'multipart' | 'message' }
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; positions: number[]; bytes: number[] }
  | { kind: 'splice'; at: number; bytes: string }
  | { kind: 'line-endings'; to: 'lf' | 'cr' | 'mixed' };

const pos = fc.nat({ max: 1_000_000 });
/** A count or a length: usually up to `usual`, one time in ten up to `large` (size mutations). */
const sized = (min: number, usual: number, large: number) => fc.oneof({ weight: 9, arbitrary: fc.integer({ min, max: usual }) }, { weight: 1, arbitrary: fc.integer({ min, max: large }) });

const partArb: fc.Arbitrary<Part> = fc.oneof(
  fc.record({ kind: fc.constant('empty-content-type' as const), body: textArb.map(utf8) }),
  fc.record({
    kind: fc.constant('rfc822' as const),
    content: fc.constantFrom('empty', 'blank-lines', 'not-mail', 'binary', 'headers-only', 'truncated-seed', 'nested-empty'),
    seed: pos,
    cut: pos,
    disposition: fc.constantFrom('attachment', 'inline', 'none'),
    encoding: fc.constantFrom('none', 'base64', 'quoted-printable'),
  }),
  fc.record({ kind: fc.constant('calendar' as const), text: calendarArb, as: fc.constantFrom('text/calendar', 'ics-attachment'), encoding: fc.constantFrom('none', 'base64') }),
  fc.record({ kind: fc.constant('generated' as const), node: nodeArb }),
);

const headerNameArb = fc.constantFrom(...HEADER_NAMES);
const headerValueArb = fc.oneof(fc.constantFrom(...HOSTILE_HEADER_VALUES), encodedWordArb, textArb.map(utf8));

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('header-set' as const), name: headerNameArb, value: headerValueArb, at: pos }),
  fc.record({ kind: fc.constant('header-remove' as const), name: headerNameArb, at: pos }),
  fc.record({ kind: fc.constant('header-duplicate' as const), name: headerNameArb, at: pos }),
  fc.record({ kind: fc.constant('header-insert' as const), name: headerNameArb, value: headerValueArb }),
  fc.record({ kind: fc.constant('empty-content-type' as const), at: pos }),
  fc.record({ kind: fc.constant('fold' as const), name: headerNameArb, times: sized(1, 500, 50_000) }),
  fc.record({ kind: fc.constant('charset' as const), value: fc.constantFrom(...CHARSETS), at: pos }),
  fc.record({ kind: fc.constant('cte' as const), value: fc.constantFrom(...ENCODINGS), at: pos }),
  fc.record({ kind: fc.constant('encoded-word' as const), target: fc.constantFrom('Subject', 'From', 'Reply-To', 'filename', 'forward-subject'), word: encodedWordArb }),
  fc.record({ kind: fc.constant('boundary' as const), op: fc.constantFrom('drop-close', 'rename-param', 'empty-param', 'duplicate-line', 'strip-lines'), at: pos }),
  fc.record({ kind: fc.constant('add-part' as const), part: partArb }),
  fc.record({ kind: fc.constant('calendar-line' as const), prop: fc.constantFrom('TZOFFSETTO', 'TZOFFSETFROM', 'DTSTART', 'DTEND', 'RRULE', 'TZID', 'ORGANIZER', 'URL', 'LOCATION'), value: fc.oneof(offsetArb, dateTimeArb, rruleArb, tzidArb, fc.constantFrom(...LINKS)), at: pos }),
  fc.record({ kind: fc.constant('date' as const), value: fc.constantFrom(...DATES) }),
  fc.record({ kind: fc.constant('forward-date' as const), value: fc.constantFrom(...FORWARD_DATES), at: pos }),
  fc.record({ kind: fc.constant('insert-text' as const), text: fc.oneof(textArb.map(utf8), forwardBlockArb), at: pos, where: fc.constantFrom('text-part', 'anywhere') }),
  fc.record({ kind: fc.constant('reply-to' as const), value: fc.constantFrom(...REPLY_TOS) }),
  fc.record({ kind: fc.constant('repeat' as const), at: pos, length: fc.integer({ min: 1, max: 4096 }), times: sized(2, 50, 2000) }),
  fc.record({ kind: fc.constant('long-line' as const), length: sized(1000, 20_000, 1_000_000), char: fc.constantFrom('a', ' ', '=', '<', '-', '>', '\t', '9'), at: pos }),
  fc.record({ kind: fc.constant('many-parts' as const), count: sized(2, 50, 2000) }),
  fc.record({ kind: fc.constant('many-headers' as const), count: sized(2, 100, 5000) }),
  fc.record({ kind: fc.constant('deep-nesting' as const), depth: sized(2, 20, 200), as: fc.constantFrom('multipart', 'message') }),
  fc.record({ kind: fc.constant('truncate' as const), at: pos }),
  fc.record({ kind: fc.constant('flip' as const), positions: fc.array(pos, { minLength: 1, maxLength: 8 }), bytes: fc.array(fc.nat({ max: 255 }), { minLength: 8, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('splice' as const), at: pos, bytes: fc.oneof(fc.constantFrom(...Object.values(SURROGATE_BYTES), '\x00', '\r', '\r\n\r\n', '\n--', ':'), fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b).toString('latin1'))) }),
  fc.record({ kind: fc.constant('line-endings' as const), to: fc.constantFrom('lf', 'cr', 'mixed') }),
);

/** The header block (up to the first empty line), the separator, and the rest. */
function splitHead(text: string): { head: string; sep: string; body: string } {
  const match = /\r?\n\r?\n/.exec(text);
  if (!match) return { head: text, sep: '', body: '' };
  return { head: text.slice(0, match.index), sep: match[0], body: text.slice(match.index + match[0].length) };
}

/** Every field named `name` (with its folded lines) anywhere in the text: the top header block and the parts'. */
function fieldsNamed(text: string, name: string): RegExpExecArray[] {
  const escaped = name.replace(/[-]/g, '\\-');
  return [...text.matchAll(new RegExp(`^${escaped}[ \\t]*:.*(?:\\r?\\n[ \\t].*)*`, 'gim'))] as RegExpExecArray[];
}

function replaceAt(text: string, match: RegExpExecArray | RegExpMatchArray, replacement: string): string {
  const index = match.index ?? 0;
  return text.slice(0, index) + replacement + text.slice(index + match[0].length);
}

/** The top header block's fields without the Content-* ones, and the original's Content-* fields. */
function wrapInMultipart(text: string, extraParts: string[], boundary = 'fuzz-boundary-7f3a'): string {
  const { head, body } = splitHead(text);
  const fields = head.split(/\r?\n(?![ \t])/);
  const content = fields.filter((f) => /^content-/i.test(f));
  const rest = fields.filter((f) => !/^content-|^mime-version/i.test(f));
  const first = `--${boundary}\r\n${content.join('\r\n') || 'Content-Type: text/plain'}\r\n\r\n${body}\r\n`;
  const others = extraParts.map((part) => `--${boundary}\r\n${part}\r\n`).join('');
  return `${rest.join('\r\n')}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n${first}${others}--${boundary}--\r\n`;
}

function renderPart(part: Part): string {
  switch (part.kind) {
    case 'empty-content-type':
      return `Content-Type:\r\n\r\n${part.body}`;
    case 'calendar': {
      const type = part.as === 'text/calendar' ? 'Content-Type: text/calendar; charset=utf-8; method=REQUEST' : 'Content-Type: application/octet-stream; name="invite.ics"\r\nContent-Disposition: attachment; filename="invite.ics"';
      return part.encoding === 'base64' ? `${type}\r\nContent-Transfer-Encoding: base64\r\n\r\n${base64(part.text)}` : `${type}\r\n\r\n${part.text}`;
    }
    case 'generated': {
      const rendered = renderNode(part.node);
      return `${rendered.headers.join('\r\n')}\r\n\r\n${rendered.body}`;
    }
    case 'rfc822': {
      const all = seeds();
      const seed = all[part.seed % all.length]!.text;
      const contents: Record<typeof part.content, string> = {
        empty: '',
        'blank-lines': '\r\n\r\n\r\n',
        'not-mail': 'this is not a mail message, just words\r\n',
        binary: '\x00\x01\x02\xff\xfe PK\x03\x04',
        'headers-only': 'From: Jordan <jordan@acme.example>\r\nSubject: Interview\r\n',
        'truncated-seed': seed.slice(0, part.cut % Math.max(1, Math.min(seed.length, 20_000))),
        'nested-empty': 'Content-Type: message/rfc822\r\nFrom: a@b.example\r\n\r\n',
      };
      const content = contents[part.content];
      const disposition = part.disposition === 'none' ? '' : `\r\nContent-Disposition: ${part.disposition}; filename="invitation.eml"`;
      const encoding = part.encoding === 'none' ? '' : `\r\nContent-Transfer-Encoding: ${part.encoding}`;
      const body = part.encoding === 'base64' ? base64(content) : part.encoding === 'quoted-printable' ? quotedPrintable(content) : content;
      return `Content-Type: message/rfc822${disposition}${encoding}\r\n\r\n${body}`;
    }
  }
}

export function applyMutation(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'header-set': {
      const fields = fieldsNamed(text, m.name);
      const target = fields[m.at % Math.max(1, fields.length)];
      return target ? replaceAt(text, target, `${m.name}: ${m.value}`) : `${m.name}: ${m.value}\r\n${text}`;
    }
    case 'header-remove': {
      const fields = fieldsNamed(text, m.name);
      const target = fields[m.at % Math.max(1, fields.length)];
      return target ? text.slice(0, target.index) + text.slice(target.index + target[0].length).replace(/^\r?\n/, '') : text;
    }
    case 'header-duplicate': {
      const fields = fieldsNamed(text, m.name);
      const target = fields[m.at % Math.max(1, fields.length)];
      return target ? replaceAt(text, target, `${target[0]}\r\n${target[0]}`) : text;
    }
    case 'header-insert':
      return `${m.name}: ${m.value}\r\n${text}`;
    case 'empty-content-type': {
      const fields = fieldsNamed(text, 'Content-Type');
      const target = fields[m.at % Math.max(1, fields.length)];
      return target ? replaceAt(text, target, 'Content-Type:') : `Content-Type:\r\n${text}`;
    }
    case 'fold': {
      const target = fieldsNamed(text, m.name)[0];
      const value = `${m.name}: ${Array.from({ length: m.times }, (_, i) => `w${i}`).join('\r\n ')}`;
      return target ? replaceAt(text, target, value) : `${value}\r\n${text}`;
    }
    case 'charset': {
      const matches = [...text.matchAll(/charset\s*=\s*"?[^";\r\n]*"?/gi)];
      const target = matches[m.at % Math.max(1, matches.length)];
      return target ? replaceAt(text, target, `charset="${m.value}"`) : text;
    }
    case 'cte': {
      const fields = fieldsNamed(text, 'Content-Transfer-Encoding');
      const target = fields[m.at % Math.max(1, fields.length)];
      if (target) return replaceAt(text, target, `Content-Transfer-Encoding: ${m.value}`);
      const type = fieldsNamed(text, 'Content-Type')[0];
      return type ? replaceAt(text, type, `${type[0]}\r\nContent-Transfer-Encoding: ${m.value}`) : text;
    }
    case 'encoded-word': {
      if (m.target === 'filename') return applyMutation(text, { kind: 'add-part', part: { kind: 'empty-content-type', body: '' } }).replace('Content-Type:\r\n', `Content-Type: application/octet-stream; name="${m.word}"\r\nContent-Disposition: attachment; filename="${m.word}"\r\n`);
      if (m.target === 'forward-subject') {
        const line = /^\*?Subject\*?:.*$/gim;
        const matches = [...text.matchAll(line)];
        const target = matches[1] ?? matches[0];
        return target ? replaceAt(text, target, `Subject: ${m.word}`) : text;
      }
      if (m.target === 'Subject') return applyMutation(text, { kind: 'header-set', name: 'Subject', value: m.word, at: 0 });
      // A display name only: the address stays what it was.
      const target = fieldsNamed(text, m.target)[0];
      if (!target) return text;
      const address = /<[^>]*>/.exec(target[0])?.[0] ?? `<${target[0].replace(/^[^:]*:\s*/, '').trim()}>`;
      return replaceAt(text, target, `${m.target}: ${m.word} ${address}`);
    }
    case 'boundary': {
      const params = [...text.matchAll(/boundary\s*=\s*"?([^";\r\n]*)"?/gi)];
      const param = params[m.at % Math.max(1, params.length)];
      if (!param) return text;
      const boundary = param[1] ?? '';
      if (!boundary) return text;
      switch (m.op) {
        case 'drop-close':
          return text.split(`--${boundary}--`).join('');
        case 'rename-param':
          return replaceAt(text, param, 'boundary="renamed-boundary"');
        case 'empty-param':
          return replaceAt(text, param, 'boundary=""');
        case 'duplicate-line': {
          const at = text.indexOf(`--${boundary}\r\n`, (param.index ?? 0) + param[0].length);
          return at < 0 ? text : `${text.slice(0, at)}--${boundary}\r\n${text.slice(at)}`;
        }
        case 'strip-lines':
          return text.split(`\n--${boundary}`).join('\n');
      }
      return text;
    }
    case 'add-part':
      return wrapInMultipart(text, [renderPart(m.part)]);
    case 'calendar-line': {
      const lines = [...text.matchAll(new RegExp(`^${m.prop}([;:][^\\r\\n]*?:|:)[^\\r\\n]*`, 'gm'))];
      const target = lines[m.at % Math.max(1, lines.length)];
      if (!target) return text;
      const head = target[0].slice(0, target[0].indexOf(':', m.prop.length) + 1) || `${m.prop}:`;
      return replaceAt(text, target, `${head}${utf8(m.value)}`);
    }
    case 'date':
      return applyMutation(text, { kind: 'header-set', name: 'Date', value: utf8(m.value), at: 0 });
    case 'forward-date': {
      const matches = [...text.matchAll(/^[ \t>]*\*?(?:Date|Sent|Datum|Envoyé|Enviado|Fecha|Gesendet|Data|Verzonden)\*?[ \t]*:.*$/gim)];
      // The first is usually the outer Date header: prefer one below it.
      const inner = matches.slice(1);
      const target = inner[m.at % Math.max(1, inner.length)];
      return target ? replaceAt(text, target, `Date: ${utf8(m.value)}`) : text;
    }
    case 'insert-text': {
      if (m.where === 'text-part') {
        const part = /Content-Type:[ \t]*text\/plain[^\r\n]*(?:\r?\n[^\r\n]+)*\r?\n\r?\n/i.exec(text);
        const at = part ? part.index + part[0].length : splitHead(text).head.length + 2;
        return text.slice(0, at) + m.text + '\r\n' + text.slice(at);
      }
      const { head, sep, body } = splitHead(text);
      const at = body.length ? m.at % body.length : 0;
      return head + sep + body.slice(0, at) + m.text + body.slice(at);
    }
    case 'reply-to':
      return applyMutation(text, { kind: 'header-set', name: 'Reply-To', value: utf8(m.value), at: 0 });
    case 'repeat': {
      const at = m.at % Math.max(1, text.length);
      const slice = text.slice(at, at + m.length);
      const times = Math.min(m.times, Math.floor(MAX_MESSAGE_BYTES / Math.max(1, slice.length)));
      return text.slice(0, at) + slice.repeat(times) + text.slice(at);
    }
    case 'long-line': {
      const { head, sep, body } = splitHead(text);
      const at = body.length ? m.at % body.length : 0;
      return head + sep + body.slice(0, at) + m.char.repeat(Math.min(m.length, MAX_MESSAGE_BYTES)) + body.slice(at);
    }
    case 'many-parts':
      return wrapInMultipart(text, Array.from({ length: m.count }, (_, i) => `Content-Type: text/plain\r\n\r\npart ${i}`));
    case 'many-headers': {
      const lines = Array.from({ length: m.count }, (_, i) => `X-Fuzz-${i % 7}: ${'v'.repeat(i % 50)}`);
      return `${lines.join('\r\n')}\r\n${text}`;
    }
    case 'deep-nesting': {
      // Each wrapper is from whoever sent the message (a stranger's stays a stranger's).
      const from = fieldsNamed(splitHead(text).head, 'From')[0]?.[0];
      let out = text;
      for (let i = 0; i < m.depth; i += 1) {
        out = m.as === 'multipart' ? wrapInMultipart(out, [], `nest-${i}`) : `${from ? `${from}\r\n` : ''}Subject: Fwd: nested ${i}\r\nContent-Type: message/rfc822\r\n\r\n${out}`;
      }
      return out;
    }
    case 'truncate':
      return text.slice(0, m.at % Math.max(1, text.length));
    case 'flip': {
      const chars = text.split('');
      m.positions.forEach((p, i) => {
        if (chars.length) chars[p % chars.length] = String.fromCharCode(m.bytes[i % m.bytes.length] ?? 0);
      });
      return chars.join('');
    }
    case 'splice': {
      const at = m.at % Math.max(1, text.length);
      return text.slice(0, at) + m.bytes + text.slice(at);
    }
    case 'line-endings':
      if (m.to === 'lf') return text.replace(/\r\n/g, '\n');
      if (m.to === 'cr') return text.replace(/\r?\n/g, '\r');
      return text.replace(/\r\n/g, (_, offset: number) => (offset % 3 === 0 ? '\n' : offset % 3 === 1 ? '\r' : '\r\n'));
  }
}

/** A short name for a mutation, for the report. */
function describeMutation(m: Mutation): string {
  switch (m.kind) {
    case 'header-set':
    case 'header-insert':
      return `${m.kind} ${m.name}: ${JSON.stringify(m.value.slice(0, 40))}${m.value.length > 40 ? '…' : ''}`;
    case 'header-remove':
    case 'header-duplicate':
      return `${m.kind} ${m.name}`;
    case 'empty-content-type':
      return 'empty Content-Type';
    case 'fold':
      return `fold ${m.name} ×${m.times}`;
    case 'charset':
    case 'cte':
    case 'date':
    case 'forward-date':
    case 'reply-to':
      return `${m.kind} ${JSON.stringify(m.value.slice(0, 40))}`;
    case 'encoded-word':
      return `encoded-word in ${m.target}: ${JSON.stringify(m.word.slice(0, 40))}`;
    case 'boundary':
    case 'line-endings':
      return `${m.kind} ${'op' in m ? m.op : m.to}`;
    case 'add-part':
      return `add-part ${m.part.kind}${m.part.kind === 'rfc822' ? ` (${m.part.content}, ${m.part.encoding})` : ''}`;
    case 'calendar-line':
      return `calendar ${m.prop}:${JSON.stringify(m.value.slice(0, 30))}`;
    case 'insert-text':
      return `insert-text (${m.text.length} bytes)`;
    case 'repeat':
      return `repeat ${m.length} bytes ×${m.times}`;
    case 'long-line':
      return `long-line ${JSON.stringify(m.char)} ×${m.length}`;
    case 'many-parts':
    case 'many-headers':
      return `${m.kind} ×${m.count}`;
    case 'deep-nesting':
      return `deep-nesting ${m.as} ×${m.depth}`;
    case 'truncate':
    case 'flip':
    case 'splice':
      return m.kind;
  }
}

// ---------------------------------------------------------------------------------------------------
// Who sends it

type Verdict = 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | 'DISABLED';
type Variant =
  | { kind: 'owner' }
  | { kind: 'owner-reply'; label: { real: true; suffix: string } | { real: false; label: string }; command: string | null }
  | { kind: 'stranger'; from: string; mailFrom: string; verdicts: { spam: Verdict; virus: Verdict; dkim: Verdict; dmarc: Verdict } };

const verdictArb = fc.constantFrom<Verdict>('PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED');
const COMMANDS = ['accept', 'decline', 'resend', 'history', 'forget', 'accept 2', 'accept 99999999999999999999', 'accept -1', 'accept 0', 'ACCEPT\u00a0', '\ud800', '', 'help'];

const variantArb: fc.Arbitrary<Variant> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ kind: 'owner' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('owner-reply' as const),
      label: fc.oneof(
        fc.record({ real: fc.constant(true as const), suffix: fc.constantFrom('', '-accept', '-decline', '-accept-2', 'x') }),
        fc.record({ real: fc.constant(false as const), label: fc.oneof(fc.stringMatching(/^[a-z2-7]{36}$/), fc.constantFrom('garbage', '', 'accept', '-', 'a'.repeat(300))) }),
      ),
      command: fc.option(fc.constantFrom(...COMMANDS)),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('stranger' as const),
      from: fc.constantFrom(...STRANGER_FROM_HEADERS),
      mailFrom: fc.constantFrom(...STRANGERS, OWNER, ''),
      verdicts: fc.record({ spam: verdictArb, virus: verdictArb, dkim: verdictArb, dmarc: verdictArb }),
    }),
  },
);

/** The top From header set to the sender of the variant (every From line of the top block replaced). */
function withFrom(text: string, from: string): string {
  const { head, sep, body } = splitHead(text);
  const fields = head.split(/\r?\n(?![ \t])/).filter((f) => !/^from[ \t]*:/i.test(f));
  return `From: ${utf8(from)}\r\n${fields.join('\r\n')}${sep || '\r\n\r\n'}${body}`;
}

// ---------------------------------------------------------------------------------------------------
// One message

export interface Recipe {
  base: { kind: 'seed'; index: number } | { kind: 'generated'; text: string };
  variant: Variant;
  mutations: Mutation[];
}

export const recipeArb: fc.Arbitrary<Recipe> = fc.record({
  base: fc.oneof({ weight: 4, arbitrary: fc.record({ kind: fc.constant('seed' as const), index: fc.nat() }) }, { weight: 1, arbitrary: fc.record({ kind: fc.constant('generated' as const), text: generatedArb }) }),
  variant: variantArb,
  mutations: fc.array(mutationArb, { minLength: 0, maxLength: 4 }),
});

export interface Built {
  raw: Buffer;
  description: string;
}

export function build(recipe: Recipe): Built {
  const all = seeds();
  const seed = recipe.base.kind === 'seed' ? all[recipe.base.index % all.length]! : null;
  let text = seed ? seed.text : (recipe.base as { text: string }).text;
  // The sender first: mutations may then break the From header too.
  if (recipe.variant.kind === 'stranger') text = withFrom(text, recipe.variant.from);
  else text = withFrom(text, `Alex Morgan <${OWNER}>`);
  if (recipe.variant.kind === 'owner-reply' && recipe.variant.command !== null) text = applyMutation(text, { kind: 'insert-text', text: utf8(`${recipe.variant.command}\r\n\r\n`), at: 0, where: 'text-part' });
  for (const mutation of recipe.mutations) {
    text = applyMutation(text, mutation);
    if (text.length > MAX_MESSAGE_BYTES) text = text.slice(0, MAX_MESSAGE_BYTES);
  }
  const raw = Buffer.from(text, 'latin1');
  const variant = recipe.variant.kind === 'owner-reply' ? `owner reply (${recipe.variant.label.real ? `real token${recipe.variant.label.suffix}` : 'forged token'}${recipe.variant.command !== null ? `, ${JSON.stringify(recipe.variant.command)}` : ''})` : recipe.variant.kind;
  const mutations = recipe.mutations.length ? recipe.mutations.map(describeMutation).join('; ') : 'unchanged';
  const description = `${seed ? seed.name : 'generated MIME structure'} as ${variant}: ${mutations} (${raw.byteLength} bytes)`;
  return { raw, description };
}

// ---------------------------------------------------------------------------------------------------
// Running

export interface Failure {
  path: number;
  description: string;
  error: string;
  stack: string;
}

export interface FuzzReport {
  seed: number;
  runs: number;
  byVariant: Record<Variant['kind'], number>;
  outcomes: Record<string, number>;
  /** receiveMail threw */
  unhandled: Failure[];
  /** a mail (or a job for the sending function) to anyone but the configured owner */
  mailToOthers: Failure[];
  /** a stranger's message that was answered or stored */
  strangersAnswered: Failure[];
  /** mails sent, all to the owner */
  ownerMails: number;
  slowest: { ms: number; path: number; description: string } | null;
}

/** The recipients of a raw message's To, Cc and Bcc header fields. */
function headerRecipients(raw: Buffer): string[] {
  return headerFields(raw)
    .filter((h) => ['to', 'cc', 'bcc'].includes(h.name.toLowerCase()))
    .flatMap((h) => addressparser(h.value, { flatten: true }).map((box) => box.address.toLowerCase()));
}

/** A clean forward and its recommendation's reply token, for a reply that carries a real one. */
async function realToken(deps: FakeInboundDeps): Promise<string> {
  const delivery = deliver(deps.rawMail, 'fuzz-clean-forward', fixture(CLEAN_FORWARD));
  await receiveMail(deps, delivery);
  const replyTo = headerFields(deps.mailer.sent[0]?.raw ?? Buffer.alloc(0)).find((h) => h.name.toLowerCase() === 'reply-to')?.value ?? '';
  return /interviews\+([a-z2-7]+)@/.exec(replyTo)?.[1] ?? 'no-token';
}

interface CaseResult {
  ms: number;
  result: InboundResult | null;
  error: unknown;
  leaks: string[];
  strangerAnswered: string | null;
  /** mails sent while this message was handled */
  sent: number;
}

export async function runCase(recipe: Recipe, built: Built): Promise<CaseResult> {
  const deps = fakeInboundDeps();
  const variant = recipe.variant;
  let recipients = [deps.config.inbox.address];
  if (variant.kind === 'owner-reply') {
    const label = variant.label.real ? `${await realToken(deps)}${variant.label.suffix}` : variant.label.label;
    recipients = [`interviews+${label}@in.example.com`];
  }
  const before = deps.mailer.sent.length;
  const delivery = deliver(deps.rawMail, 'fuzz-message', built.raw, {
    recipients,
    ...(variant.kind === 'stranger' ? { mailFrom: variant.mailFrom, verdicts: variant.verdicts } : {}),
  });
  let result: InboundResult | null = null;
  let error: unknown = null;
  const started = performance.now();
  try {
    result = await receiveMail(deps, delivery);
  } catch (caught) {
    error = caught;
  }
  const ms = performance.now() - started;

  const owners = new Set(deps.config.owner.addresses);
  const leaks: string[] = [];
  for (const mail of deps.mailer.sent) {
    const others = [...mail.envelope.to, ...headerRecipients(mail.raw)].filter((address) => !owners.has(address.toLowerCase()));
    if (others.length) leaks.push(`mail to ${others.join(', ')}`);
  }
  for (const job of deps.draftSender.jobs) leaks.push(`a draft for ${job.to} handed to the sending function`);
  let strangerAnswered: string | null = null;
  if (variant.kind === 'stranger') {
    const sent = deps.mailer.sent.length - before;
    const stored = (await deps.store.invitationsReceivedSince(new Date(0))).length;
    if (sent > 0 || stored > 0) strangerAnswered = `${sent} mail(s) sent, ${stored} invitation(s) stored`;
  }
  return { ms, result, error, leaks, strangerAnswered, sent: deps.mailer.sent.length - before };
}

function errorText(error: unknown): { error: string; stack: string } {
  if (error instanceof Error) {
    const frame = (error.stack ?? '').split('\n').find((line) => line.includes(ROOT) && !line.includes('/node_modules/'));
    const where = frame ? ` (${relative(ROOT, frame.replace(/^.*\((.*)\).*$|^\s*at\s+/, '$1').replace(/:\d+\)?$/, ''))})` : '';
    return { error: `${error.name}: ${error.message.slice(0, 160)}${where}`, stack: error.stack ?? String(error) };
  }
  return { error: String(error), stack: String(error) };
}

export async function fuzz(options: { runs?: number; seed?: number; path?: number; onProgress?: (done: number) => void } = {}): Promise<FuzzReport> {
  const seed = options.seed ?? DEFAULT_SEED;
  const report: FuzzReport = {
    seed,
    runs: 0,
    byVariant: { owner: 0, 'owner-reply': 0, stranger: 0 },
    outcomes: {},
    unhandled: [],
    mailToOthers: [],
    strangersAnswered: [],
    ownerMails: 0,
    slowest: null,
  };
  let index = options.path ?? 0;
  const property = fc.asyncProperty(recipeArb, async (recipe) => {
    const path = index;
    index += 1;
    const built = build(recipe);
    const outcome = await runCase(recipe, built);
    report.runs += 1;
    report.byVariant[recipe.variant.kind] += 1;
    const name = outcome.error ? 'exception' : (outcome.result?.outcome ?? 'none');
    report.outcomes[name] = (report.outcomes[name] ?? 0) + 1;
    if (outcome.error) report.unhandled.push({ path, description: built.description, ...errorText(outcome.error) });
    for (const leak of outcome.leaks) report.mailToOthers.push({ path, description: built.description, error: leak, stack: '' });
    if (outcome.strangerAnswered) report.strangersAnswered.push({ path, description: built.description, error: outcome.strangerAnswered, stack: '' });
    if (outcome.leaks.length === 0) report.ownerMails += outcome.sent;
    if (!report.slowest || outcome.ms > report.slowest.ms) report.slowest = { ms: outcome.ms, path, description: built.description };
    options.onProgress?.(report.runs);
    return true;
  });
  await fc.check(property, { seed, numRuns: options.path === undefined ? (options.runs ?? DEFAULT_RUNS) : 1, ...(options.path === undefined ? {} : { path: String(options.path) }) });
  return report;
}

/** The same message as `--path P` replays it, as bytes. */
export function recipeAt(seed: number, path: number): Recipe {
  let found: Recipe | null = null;
  fc.check(
    fc.property(recipeArb, (recipe) => {
      found = recipe;
      return true;
    }),
    { seed, numRuns: 1, path: String(path) },
  );
  if (!found) throw new Error(`no message at path ${path}`);
  return found;
}

// ---------------------------------------------------------------------------------------------------
// The command

function groupByError(failures: Failure[]): { error: string; count: number; first: Failure }[] {
  const groups = new Map<string, { error: string; count: number; first: Failure }>();
  for (const failure of failures) {
    const group = groups.get(failure.error) ?? { error: failure.error, count: 0, first: failure };
    group.count += 1;
    groups.set(failure.error, group);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

export function formatReport(report: FuzzReport, command: string): string {
  const replay = (path: number) => `${command} --seed ${report.seed} --path ${path}`;
  const lines = [
    `fuzz: seed ${report.seed}, receiveMail on in-memory ports, a fresh store per message`,
    `  messages run                   ${report.runs}   (owner ${report.byVariant.owner}, owner replying ${report.byVariant['owner-reply']}, stranger ${report.byVariant.stranger})`,
    `  outcomes                       ${Object.entries(report.outcomes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  unhandled exceptions           ${report.unhandled.length}`,
    `  mail to anyone but the owner   ${report.mailToOthers.length}   (mails to the owner: ${report.ownerMails})`,
    `  strangers answered or stored   ${report.strangersAnswered.length}`,
    `  slowest message                ${report.slowest ? `${report.slowest.ms.toFixed(0)} ms: ${report.slowest.description} (${replay(report.slowest.path)})` : '-'}`,
  ];
  const section = (title: string, failures: Failure[]) => {
    if (!failures.length) return;
    lines.push('', `${title}:`);
    for (const group of groupByError(failures)) {
      lines.push(`  ${group.count} × ${group.error}`, `      e.g. ${group.first.description}`, `      reproduce: ${replay(group.first.path)}`);
    }
  };
  section('unhandled exceptions', report.unhandled);
  section('mail to anyone but the owner', report.mailToOthers);
  section('strangers answered or stored', report.strangersAnswered);
  return `${lines.join('\n')}\n`;
}

const USAGE = 'usage: npm run fuzz [-- --runs N] [-- --seed S] [-- --path P]';

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { runs: { type: 'string' }, seed: { type: 'string' }, path: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const number = (name: string, value: string | undefined, fallback: number | undefined) => {
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value)) throw new Error(`--${name} takes a whole number (got "${value}")`);
    return Number(value);
  };
  let runs: number | undefined, seed: number | undefined, path: number | undefined;
  try {
    runs = number('runs', values.runs, DEFAULT_RUNS);
    seed = number('seed', values.seed, DEFAULT_SEED);
    path = number('path', values.path, undefined);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const command = 'npm run fuzz --';
  if (path !== undefined) {
    const recipe = recipeAt(seed!, path);
    const built = build(recipe);
    const folder = join(ROOT, '.local', 'fuzz');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, `seed-${seed}-path-${path}.eml`);
    writeFileSync(file, built.raw);
    const outcome = await runCase(recipe, built);
    process.stdout.write(`message ${path} of seed ${seed}: ${built.description}\n  written to ${relative(process.cwd(), file)}\n  took ${outcome.ms.toFixed(0)} ms\n`);
    if (outcome.error) process.stdout.write(`  unhandled exception:\n${errorText(outcome.error).stack}\n`);
    else process.stdout.write(`  outcome: ${JSON.stringify(outcome.result)}\n`);
    for (const leak of outcome.leaks) process.stdout.write(`  mail to someone else: ${leak}\n`);
    if (outcome.strangerAnswered) process.stdout.write(`  stranger answered: ${outcome.strangerAnswered}\n`);
    return outcome.error || outcome.leaks.length || outcome.strangerAnswered ? 1 : 0;
  }
  const started = performance.now();
  const report = await fuzz({
    runs: runs!,
    seed: seed!,
    onProgress: (done) => {
      if (done % 1000 === 0) process.stderr.write(`  … ${done} messages (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    },
  });
  process.stdout.write(formatReport(report, command));
  process.stdout.write(`  total time                     ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  return report.unhandled.length || report.mailToOthers.length || report.strangersAnswered.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv.slice(2));
}
