/**
 * Reading SES's Authentication-Results header (RFC 8601) without trusting any text the sender chose
 * (docs/email-facts.md, "Trust and loops").
 *
 * SES writes, on top of the stored message (real headers and AWS's sample event agree):
 *
 *   Received-SPF: pass (spfCheck: …) client-ip=IP; envelope-from=MAIL FROM; helo=HELO;
 *   Authentication-Results: amazonses.com;
 *    spf=pass (spfCheck: …) client-ip=IP; envelope-from=MAIL FROM; helo=HELO;
 *    dkim=pass header.i=@signer.example;
 *    dmarc=pass header.from=from.example;
 *
 * The envelope sender and the HELO name are the sender's words, written unquoted: a HELO of
 * `x; dkim=pass header.d=owner.example` would read, under RFC 8601's grammar, as one more DKIM result.
 * Nothing inside the header says where such a value ends, but SES writes the same SPF text in its
 * Received-SPF just above: that text is cut off whole, and the rest (SES's DKIM and DMARC results) is
 * read strictly by the grammar. A sender-chosen SMTP value left in what is read, or anything the
 * grammar does not allow, makes the whole header unreadable: nothing in it counts.
 */
import { commentEnd } from '../mail/mail.js';

export interface AuthResult {
  method: string;
  result: string;
  /** `ptype.property` (lower case) → value; a quoted part of a value is kept as `""`, its text dropped */
  properties: Record<string, string>;
}

/**
 * SES's results: from the FIRST Authentication-Results, and only when SES wrote it (any lower one can
 * be written by the sender), after SES's SPF result. Null when there is none or it cannot be read
 * safely (see above).
 */
export function sesAuthenticationResults(header: (name: string) => string[]): AuthResult[] | null {
  const value = header('authentication-results')[0];
  if (value === undefined) return null;
  const text = squeeze(value);
  const id = /^amazonses\.com(?: \d+)? ?;/i.exec(text);
  if (!id) return null;
  let rest = text.slice(id[0].length).trimStart();
  // SES's SPF result is its Received-SPF text, sender-chosen values included: skip exactly that text.
  const receivedSpf = header('received-spf')[0];
  const spf = receivedSpf === undefined ? null : `spf=${squeeze(receivedSpf)}`;
  if (spf && rest.startsWith(spf)) rest = `${spf.endsWith(';') ? ';' : ''}${rest.slice(spf.length)}`;
  else rest = `;${rest}`;
  const tokens = tokenize(rest);
  return tokens ? readResults(tokens) : null;
}

/**
 * The results of a whole Authentication-Results value, `authserv-id [version] ; method=result
 * [reason=…] ptype.property=value … ; …`, read by RFC 8601's grammar (comments skipped, a quoted value
 * never read as anything but a value). Null when it does not follow the grammar, or when it holds a
 * sender-chosen SMTP value (`smtp.mailfrom`, `smtp.helo`, SES's `envelope-from` and `helo`), whose end
 * nothing marks.
 */
export function parseAuthenticationResults(value: string): AuthResult[] | null {
  const tokens = tokenize(value);
  if (!tokens) return null;
  let at = 0;
  if (!isWord(tokens[at])) return null;
  at += 1;
  const version = tokens[at];
  if (isWord(version) && /^\d+$/.test(version.text)) at += 1;
  return readResults(tokens.slice(at));
}

/** The DKIM results, with the signing domain of each (`header.d`, else the domain of `header.i`). */
export function dkimResults(results: readonly AuthResult[]): { result: string; domain: string }[] {
  return results
    .filter((r) => r.method === 'dkim')
    .map((r) => {
      const d = r.properties['header.d'];
      const i = r.properties['header.i']?.split('@').pop();
      return { result: r.result, domain: (d ?? i ?? '').toLowerCase() };
    });
}

type Token = { kind: ';' } | { kind: '=' } | { kind: 'word'; text: string; quoted: boolean };

/**
 * RFC 2045's token characters (what RFC 8601 calls a value), plus `@` (a value may be
 * `local-part@domain`), `/` (`method/version`) and any non-ASCII character (RFC 6532).
 */
const WORD_CHAR = /^[A-Za-z0-9!#$%&'*+\-.^_`{|}~@/\u0080-\uffff]$/;
const KEYWORD = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
const METHOD = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\/\d+)?$/i;
const PROPERTY = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;
/** Values the sender chose in the SMTP dialogue: they end at nothing the grammar can see. */
const SMTP_VALUES = new Set(['smtp.mailfrom', 'smtp.helo', 'envelope-from', 'helo']);

/**
 * `;`, `=` and words. A word is a run of token characters and quoted strings written together
 * (`"a b"@evil.example`); whitespace and comments (nested, with quoted pairs) separate words. Null for
 * a character no value may hold, or an unclosed comment or quoted string.
 */
function tokenize(value: string): Token[] | null {
  const tokens: Token[] = [];
  // The word being read: its text so far (null between words) and whether it holds a quoted part.
  let text: string | null = null;
  let quoted = false;
  const endWord = () => {
    if (text !== null) tokens.push({ kind: 'word', text, quoted });
    text = null;
    quoted = false;
  };
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      endWord();
    } else if (c === ';' || c === '=') {
      endWord();
      tokens.push({ kind: c });
    } else if (c === '(') {
      endWord();
      const end = commentEnd(value, i);
      if (end === null) return null;
      i = end - 1;
    } else if (c === '"') {
      let closed = false;
      for (i += 1; i < value.length && !closed; i += 1) {
        if (value[i] === '\\') i += 1;
        else if (value[i] === '"') closed = true;
      }
      if (!closed) return null;
      i -= 1;
      // The quoted text is the sender's: it is kept out of every value.
      text = `${text ?? ''}""`;
      quoted = true;
    } else if (WORD_CHAR.test(c)) {
      text = `${text ?? ''}${c}`;
    } else {
      return null;
    }
  }
  endWord();
  return tokens;
}

/** `*( ";" methodspec [reasonspec] *propspec ) [";"]`, or `; none`. */
function readResults(tokens: Token[]): AuthResult[] | null {
  const results: AuthResult[] = [];
  let at = 0;
  while (at < tokens.length) {
    if (tokens[at]?.kind !== ';') return null;
    at += 1;
    const method = tokens[at];
    // SES ends its last result with ";"; "; none" says there are no results.
    if (method === undefined) break;
    if (isWord(method) && method.text.toLowerCase() === 'none' && !method.quoted && at === tokens.length - 1 && results.length === 0) break;
    const result = tokens[at + 2];
    if (!isWord(method) || method.quoted || !METHOD.test(method.text) || tokens[at + 1]?.kind !== '=') return null;
    if (!isWord(result) || result.quoted || !KEYWORD.test(result.text)) return null;
    if (SMTP_VALUES.has(method.text.toLowerCase())) return null;
    at += 3;
    const properties: Record<string, string> = {};
    for (let name = tokens[at]; isWord(name); name = tokens[at]) {
      const value = tokens[at + 2];
      if (name.quoted || tokens[at + 1]?.kind !== '=' || !isWord(value)) return null;
      const key = name.text.toLowerCase();
      if (key !== 'reason' && !PROPERTY.test(key)) return null;
      if (SMTP_VALUES.has(key)) return null;
      if (key !== 'reason') properties[key] = value.text;
      at += 3;
    }
    // `dkim/1` is DKIM too: the version does not change what the result says.
    results.push({ method: (method.text.split('/')[0] ?? '').toLowerCase(), result: result.text.toLowerCase(), properties });
  }
  return results;
}

function isWord(token: Token | undefined): token is Extract<Token, { kind: 'word' }> {
  return token?.kind === 'word';
}

/** Unfolded header text with every run of whitespace as one space, so two copies compare equal. */
function squeeze(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
