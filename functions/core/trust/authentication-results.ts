/**
 * Reading SES's Authentication-Results header (RFC 8601) without trusting any text the sender chose.
 */
/**
 * SES writes its Authentication-Results on top of the stored message: only the FIRST such header counts
 * (any lower one can be written by the sender), and only when it is SES's.
 */
export function sesAuthenticationResults(values: string[]): string | null {
  const first = values[0];
  return first !== undefined && /^\s*amazonses\.com\s*;/i.test(first) ? first : null;
}

export interface AuthResult {
  method: string;
  result: string;
  properties: Record<string, string>;
}

/**
 * The results of an Authentication-Results value (RFC 8601): `method=result ptype.property=value …`,
 * separated by ";". Comments, quoted strings and <addresses> are blanked out first: their text comes
 * from the sender (an envelope-from of `"x; dkim=pass header.d=owner.example"@evil.example` must not
 * read as a DKIM result).
 */
export function parseAuthenticationResults(value: string): AuthResult[] {
  let clean = '';
  let depth = 0;
  let quoted = false;
  let angle = false;
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i] ?? '';
    if (quoted) {
      if (c === '\\') i += 1;
      else if (c === '"') quoted = false;
      clean += ' ';
    } else if (depth > 0) {
      if (c === '\\') i += 1;
      else if (c === '(') depth += 1;
      else if (c === ')') depth -= 1;
      clean += ' ';
    } else if (angle) {
      if (c === '>') angle = false;
      clean += ' ';
    } else if (c === '"') {
      quoted = true;
      clean += ' ';
    } else if (c === '(') {
      depth = 1;
      clean += ' ';
    } else if (c === '<') {
      angle = true;
      clean += ' ';
    } else {
      clean += c;
    }
  }
  const results: AuthResult[] = [];
  // The first part is the authserv-id (amazonses.com).
  for (const part of clean.split(';').slice(1)) {
    const [head, ...rest] = part.trim().split(/\s+/);
    const match = /^([a-z][a-z0-9-]*)=([a-z]+)$/i.exec(head ?? '');
    if (!match) continue;
    const properties: Record<string, string> = {};
    for (const token of rest) {
      const property = /^([a-z]+\.[a-z-]+)=(\S+)$/i.exec(token);
      if (property) properties[(property[1] ?? '').toLowerCase()] = property[2] ?? '';
    }
    results.push({ method: (match[1] ?? '').toLowerCase(), result: (match[2] ?? '').toLowerCase(), properties });
  }
  return results;
}

/** The DKIM results of an Authentication-Results value, with the signing domain of each. */
export function dkimResults(authenticationResults: string): { result: string; domain: string }[] {
  return parseAuthenticationResults(authenticationResults)
    .filter((r) => r.method === 'dkim')
    .map((r) => {
      const d = r.properties['header.d'];
      const i = r.properties['header.i']?.split('@').pop();
      return { result: r.result, domain: (d ?? i ?? '').toLowerCase() };
    });
}
