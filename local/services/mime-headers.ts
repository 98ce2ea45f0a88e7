// Minimal RFC 5322 header-block handling for the stand-ins. We work on the raw bytes because
// the SES receiving stand-in must store the message exactly as received, with only its own
// header fields added on top (and the test-only field removed): a full MIME parse and
// re-serialisation would change the body.
import addressparser from 'nodemailer/lib/addressparser';

export interface HeaderField {
  /** Field name as written (case kept). Empty for a malformed line without a colon. */
  name: string;
  /** Unfolded value, surrounding whitespace trimmed. */
  value: string;
  /** The field exactly as it appeared, folding included, without the final line break. */
  raw: string;
}

export interface SplitMessage {
  fields: HeaderField[];
  /** The line break style of the message, reused for fields we add. */
  eol: '\r\n' | '\n';
  /** Everything after the header fields: the empty separator line and the body, untouched. */
  rest: Buffer;
}

export function splitHeaderBlock(message: Buffer | string): SplitMessage {
  const bytes = typeof message === 'string' ? Buffer.from(message, 'utf8') : message;
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  // The earlier separator wins; a message without one is all headers.
  let end: number;
  let eol: '\r\n' | '\n';
  if (crlf !== -1 && (lf === -1 || crlf < lf)) {
    end = crlf + 2;
    eol = '\r\n';
  } else if (lf !== -1) {
    end = lf + 1;
    eol = '\n';
  } else {
    end = bytes.length;
    eol = bytes.includes('\r\n') ? '\r\n' : '\n';
  }
  // Header fields are ASCII, or UTF-8 under RFC 6532: decoding them as UTF-8 is safe.
  // Values are read as UTF-8 (RFC 6532); `raw` keeps the exact bytes (as latin1) so that what is
  // stored is the message as received, even when it is not valid UTF-8 or not a message at all.
  const block = bytes.subarray(0, end);
  return { fields: parseFields(block.toString('utf8'), block.toString('latin1')), eol, rest: bytes.subarray(end) };
}

/**
 * One pass over the lines, each field's lines gathered and joined once at its end: appending to a
 * growing value line by line (and trimming it each time) copied the value again for every folded
 * line, quadratic in a field's length (400,000 folded lines took minutes).
 */
function parseFields(headerText: string, headerBytes: string): HeaderField[] {
  const fields: HeaderField[] = [];
  // Decoding never adds or removes a line break, so both splits line up.
  const rawLines = headerBytes.split(/\r?\n/);
  let current: { name: string; values: string[]; raws: string[] } | null = null;
  const finish = () => {
    // Each line's trailing blanks dropped, as the line-by-line trim did; the break between raw lines is a
    // placeholder, normalised in joinHeaderBlock.
    if (current) fields.push({ name: current.name, value: current.values.map((v) => v.trimEnd()).join('').trim(), raw: current.raws.join('\n') });
    current = null;
  };
  headerText.split(/\r?\n/).forEach((line, i) => {
    const rawLine = rawLines[i] ?? line;
    if (line === '') return;
    if (/^[ \t]/.test(line) && current) {
      current.values.push(line);
      current.raws.push(rawLine);
      return;
    }
    finish();
    const colon = line.indexOf(':');
    current = colon > 0 ? { name: line.slice(0, colon).trim(), values: [line.slice(colon + 1)], raws: [rawLine] } : { name: '', values: [line], raws: [rawLine] };
  });
  finish();
  return fields;
}

/** Serialises fields (with the message's line breaks) followed by the untouched rest. */
export function joinHeaderBlock(fields: HeaderField[], eol: '\r\n' | '\n', rest: Buffer): Buffer {
  const text = fields.map((f) => f.raw.replace(/\r?\n/g, eol) + eol).join('');
  // A message that had no body separator gets one, so the result stays a valid message.
  const tail = rest.length ? rest : Buffer.from(eol);
  return Buffer.concat([Buffer.from(text, 'latin1'), tail]);
}

/** A new header field, folded before each `\n` in `value` (continuation lines start with a space). */
export function makeField(name: string, value: string): HeaderField {
  const lines = value.split('\n');
  return { name, value: lines.join(' ').replace(/\s+/g, ' ').trim(), raw: `${name}: ${lines.join('\n ')}` };
}

export function headerValues(fields: HeaderField[], name: string): string[] {
  const wanted = name.toLowerCase();
  return fields.filter((f) => f.name.toLowerCase() === wanted).map((f) => f.value);
}

export interface ParsedAddress {
  name: string;
  address: string;
}

/** All addresses of address-list header values (groups flattened). */
export function addressesOf(values: string[]): ParsedAddress[] {
  return values.flatMap((v) => addressparser(v, { flatten: true })).filter((a) => a.address !== '');
}

/** The domain of an address, lowercased ('' when there is none). */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at === -1 ? '' : address.slice(at + 1).toLowerCase();
}
