/**
 * Who may be answered (aws-email-facts.md, "Trust and loops"). Answers only ever go to the configured
 * owner address; this decides whether an incoming message deserves one at all.
 */
import { domainOf, domainsAlign, isAddressOrPlusForm, normalizeAddress, splitPlusLabel } from '../mail/addresses.js';

export type VerdictStatus = 'PASS' | 'FAIL' | 'GRAY' | 'PROCESSING_FAILED' | 'DISABLED';

export interface InboundEnvelope {
  /** address in the From header */
  from: string | null;
  /** envelope MAIL FROM; '' for bounces */
  mailFrom: string;
  /** envelope recipients that matched the receipt rule */
  recipients: string[];
  /** header fields by lower-case name, in order */
  header: (name: string) => string[];
  verdicts: { spam: VerdictStatus; virus: VerdictStatus; dkim: VerdictStatus; dmarc: VerdictStatus };
}

export interface TrustSettings {
  ownerAddresses: readonly string[];
  inboxAddress: string;
  sendingAddress: string;
}

export type DropReason = 'automatic' | 'own-address' | 'stranger' | 'forged-owner' | 'virus-from-stranger';

export type InboundClass =
  /** the owner forwarded something to the inbox: process it */
  | { kind: 'owner-forward' }
  /** the owner wrote to an `inbox+label` address: a reply to a recommendation */
  | { kind: 'owner-reply'; label: string }
  /** the owner's message carried a virus: keep it, tell the owner, do not open it */
  | { kind: 'owner-virus' }
  | { kind: 'drop'; reason: DropReason };

export function classifyInbound(envelope: InboundEnvelope, settings: TrustSettings): InboundClass {
  // Loops first: nothing automatic and nothing of our own is ever answered, whoever it claims to be.
  if (isAutomatic(envelope)) return { kind: 'drop', reason: 'automatic' };
  const from = envelope.from ? normalizeAddress(envelope.from) : null;
  if (!from) return { kind: 'drop', reason: 'stranger' };
  if (isAddressOrPlusForm(from, settings.inboxAddress) || from === normalizeAddress(settings.sendingAddress)) {
    return { kind: 'drop', reason: 'own-address' };
  }
  const owners = new Set(settings.ownerAddresses.map(normalizeAddress));
  if (!owners.has(from)) {
    return { kind: 'drop', reason: envelope.verdicts.virus === 'FAIL' ? 'virus-from-stranger' : 'stranger' };
  }
  if (isForged(envelope, from)) return { kind: 'drop', reason: 'forged-owner' };
  if (envelope.verdicts.virus === 'FAIL') return { kind: 'owner-virus' };
  const label = envelope.recipients
    .filter((r) => isAddressOrPlusForm(r, settings.inboxAddress))
    .map((r) => splitPlusLabel(r).label)
    .find((l): l is string => l !== null);
  return label ? { kind: 'owner-reply', label } : { kind: 'owner-forward' };
}

/** RFC 3834 and list conventions: never answer automatic or bulk mail. */
export function isAutomatic(envelope: InboundEnvelope): boolean {
  const autoSubmitted = envelope.header('auto-submitted')[0]?.trim().toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith('no')) return true;
  const precedence = envelope.header('precedence')[0]?.trim().toLowerCase();
  if (precedence && ['bulk', 'list', 'junk'].includes(precedence)) return true;
  if (envelope.header('list-id').length > 0) return true;
  const mailFrom = envelope.mailFrom.trim();
  return mailFrom === '' || mailFrom === '<>';
}

/**
 * A message from an owner address is forged when DMARC failed, or when a DKIM signature from the From
 * domain (aligned) failed. SPF is ignored: forwarding breaks it. Only the FIRST Authentication-Results
 * written by amazonses.com counts; lower ones can be written by the sender.
 */
function isForged(envelope: InboundEnvelope, from: string): boolean {
  if (envelope.verdicts.dmarc === 'FAIL') return true;
  const results = sesAuthenticationResults(envelope.header('authentication-results'));
  if (!results) return envelope.verdicts.dkim === 'FAIL';
  const fromDomain = domainOf(from);
  return dkimResults(results).some((r) => r.result === 'fail' && domainsAlign(r.domain, fromDomain));
}

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
