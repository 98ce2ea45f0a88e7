/**
 * Who wrote a message: the one mailbox of its From field, read strictly (RFC 5322 §3.4, without the
 * obsolete forms). Trust compares this address with the owner's, while SES checked DMARC on the From
 * domain as ITS parser read it: the two must never read different authors out of one field.
 * nodemailer's addressparser forgives everything (`<alex@example.com> evil@evil.example` and
 * `alex@example.com <>` are alex@example.com to it; another parser may take evil.example, whose owner
 * can make DMARC pass), so anything but the plain forms mail clients write is no author at all:
 *
 *   addr-spec [comment]             alex@example.com (Alex Morgan)
 *   [display-name] < addr-spec >    Alex Morgan <alex@example.com>, "Morgan, Alex" <…>, =?UTF-8?Q?…?= <…>
 *   addr-spec < the same addr-spec > alex@example.com <alex@example.com> (invalid, but some clients write it)
 *
 * The addr-spec is a dot-atom, an `@` and a dot-atom written together (no quoted local part, no domain
 * literal, no comment or space inside, no source route); the display name is words and quoted strings
 * (an unquoted `@`, `,`, `:`, `;`, `<` or `>` in it is no display name). The address comes back as
 * written: who it is, is decided in its compared form (addresses.ts, canonicalAddress).
 */

/** atext (RFC 5322 §3.2.3) and any non-ASCII character (RFC 6532). */
const ATEXT = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~\u0080-\uffff]$/;
const DOT_ATOM = /^[^.]+(?:\.[^.]+)*$/;

type Token = { kind: 'atom' | 'quoted'; text: string; start: number; end: number } | { kind: '<' | '>' | '@' | 'other'; start: number; end: number };

/** The author's address as written, or null when the field does not name exactly one mailbox plainly. */
export function authorAddress(fromFields: readonly string[]): string | null {
  if (fromFields.length !== 1) return null;
  const tokens = tokenize(fromFields[0] ?? '');
  if (!tokens || tokens.some((t) => t.kind === 'other')) return null;
  const open = tokens.findIndex((t) => t.kind === '<');
  if (open < 0) return addrSpec(tokens);
  // [display-name] "<" addr-spec ">", nothing after it but comments.
  const close = tokens.length - 1;
  if (tokens[close]?.kind !== '>') return null;
  const address = addrSpec(tokens.slice(open + 1, close));
  const name = tokens.slice(0, open);
  if (name.every((t) => t.kind === 'atom' || t.kind === 'quoted')) return address;
  // Some clients write the address itself, unquoted, as the display name: one author either way.
  return address !== null && addrSpec(name)?.toLowerCase() === address.toLowerCase() ? address : null;
}

/** `local@domain`: three tokens written together, both sides dot-atoms. */
function addrSpec(tokens: Token[]): string | null {
  const [local, at, domain] = tokens;
  if (tokens.length !== 3 || local?.kind !== 'atom' || at?.kind !== '@' || domain?.kind !== 'atom') return null;
  if (local.end !== at.start || at.end !== domain.start) return null;
  if (!DOT_ATOM.test(local.text) || !DOT_ATOM.test(domain.text)) return null;
  return `${local.text}@${domain.text}`;
}

/**
 * Where the comment that opens at `open` (a `(`) ends: the index after its closing `)`. Comments nest and
 * may hold quoted pairs (RFC 5322, section 3.2.2). Null when it is never closed.
 */
export function commentEnd(value: string, open: number): number | null {
  let depth = 1;
  let i = open + 1;
  for (; i < value.length && depth > 0; i += 1) {
    if (value[i] === '\\') i += 1;
    else if (value[i] === '(') depth += 1;
    else if (value[i] === ')') depth -= 1;
  }
  return depth > 0 ? null : i;
}

/**
 * Atoms (atext and dots), quoted strings, `<`, `>`, `@`; whitespace and comments (nested, with quoted
 * pairs) separate them. Any other special is `other`. Null for an unclosed comment or quoted string.
 */
function tokenize(value: string): Token[] | null {
  const tokens: Token[] = [];
  for (let i = 0; i < value.length; ) {
    const c = value[i] ?? '';
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i += 1;
    } else if (c === '(') {
      const end = commentEnd(value, i);
      if (end === null) return null;
      i = end;
    } else if (c === '"') {
      const start = i;
      let text = '';
      let closed = false;
      for (i += 1; i < value.length && !closed; i += 1) {
        if (value[i] === '\\') text += value[(i += 1)] ?? '';
        else if (value[i] === '"') closed = true;
        else text += value[i];
      }
      if (!closed) return null;
      tokens.push({ kind: 'quoted', text, start, end: i });
    } else if (c === '<' || c === '>' || c === '@') {
      tokens.push({ kind: c, start: i, end: i + 1 });
      i += 1;
    } else if (ATEXT.test(c) || c === '.') {
      const start = i;
      while (i < value.length && (ATEXT.test(value[i] ?? '') || value[i] === '.')) i += 1;
      tokens.push({ kind: 'atom', text: value.slice(start, i), start, end: i });
    } else {
      tokens.push({ kind: 'other', start: i, end: i + 1 });
      i += 1;
    }
  }
  return tokens;
}
