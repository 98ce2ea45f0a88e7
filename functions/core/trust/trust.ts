/**
 * Who may be answered (docs/email-facts.md, "Trust and loops"). Answers only ever go to the configured
 * owner address; this decides whether an incoming message deserves one at all.
 */
import { canonicalAddress, domainOf, domainsAlign, isAddressOrPlusForm, normalizeAddress, splitPlusLabel, type InboundEnvelope } from '../mail/mail.js';
import { dmarcJudgedAnotherDomain, isAuthenticCommand } from './authentic.js';
import { dkimResults, sesAuthenticationResults } from './authentication-results.js';

export { isAuthenticCommand } from './authentic.js';
export type { InboundEnvelope, VerdictStatus } from '../mail/mail.js';
export { parseAuthenticationResults, sesAuthenticationResults, dkimResults, type AuthResult } from './authentication-results.js';
export { receiptFromStoredMail, type StoredReceipt } from './stored-receipt.js';

export interface TrustSettings {
  /** in their compared form (config/idn.ts: lower case, A-labels) */
  ownerAddresses: readonly string[];
  /** owner addresses whose provider does not sign with DKIM: accepted without a DMARC or aligned DKIM pass */
  unsignedAddresses?: readonly string[];
  inboxAddress: string;
  sendingAddress: string;
}

export type DropReason = 'automatic' | 'own-address' | 'stranger' | 'forged-owner' | 'unauthenticated-owner' | 'virus-from-stranger';

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
  const written = envelope.from ? normalizeAddress(envelope.from) : null;
  if (!written) return { kind: 'drop', reason: 'stranger' };
  if (isAddressOrPlusForm(written, settings.inboxAddress) || written === normalizeAddress(settings.sendingAddress)) {
    return { kind: 'drop', reason: 'own-address' };
  }
  // Compared as written, in A-labels: a domain that is no valid host name, or does not round-trip
  // (`xn--example-.com`, which a decoder would show as `example.com`), is nobody's.
  const from = canonicalAddress(written);
  const owners = new Set(settings.ownerAddresses.map((a) => canonicalAddress(a) ?? normalizeAddress(a)));
  if (!from || !owners.has(from)) {
    return { kind: 'drop', reason: envelope.verdicts.virus === 'FAIL' ? 'virus-from-stranger' : 'stranger' };
  }
  if (isForged(envelope, from)) return { kind: 'drop', reason: 'forged-owner' };
  // The From header alone proves nothing: the owner's mail is the owner's when SES saw DMARC pass or a
  // DKIM signature aligned with the From domain pass, unless the owner listed the address as unsigned.
  const unsigned = new Set((settings.unsignedAddresses ?? []).map((a) => canonicalAddress(a) ?? normalizeAddress(a)));
  if (!unsigned.has(from) && !isAuthenticCommand(envelope)) return { kind: 'drop', reason: 'unauthenticated-owner' };
  if (envelope.verdicts.virus === 'FAIL') return { kind: 'owner-virus' };
  const label = envelope.recipients
    .filter((r) => isAddressOrPlusForm(r, settings.inboxAddress))
    .map((r) => splitPlusLabel(r).label)
    .find((l): l is string => l !== null);
  return label ? { kind: 'owner-reply', label } : { kind: 'owner-forward' };
}

/** RFC 3834 and list conventions: never answer automatic or bulk mail. */
export function isAutomatic(envelope: InboundEnvelope): boolean {
  // A person's mail says `no` or nothing at all; anything else (`notified`, `no-reply`, an empty value)
  // is a machine's, and every Auto-Submitted field must say `no`.
  if (envelope.header('auto-submitted').some((value) => keywordOf(value) !== 'no')) return true;
  // `auto_reply` and the X-Autoreply / X-Autorespond fields: auto-responders that write no Auto-Submitted.
  if (envelope.header('precedence').some((value) => ['bulk', 'list', 'junk', 'auto_reply'].includes(keywordOf(value)))) return true;
  if (['list-id', 'x-autoreply', 'x-autorespond'].some((name) => envelope.header(name).length > 0)) return true;
  const mailFrom = envelope.mailFrom.trim();
  return mailFrom === '' || mailFrom === '<>';
}

/**
 * The keyword of an Auto-Submitted (or Precedence) value (RFC 3834: `keyword *( ";" parameter )`, with
 * comments anywhere), in lower case: `No (sent by hand); x=y` → `no`. A quoted `"no"` is not the keyword
 * `no`; a value with an unclosed comment has no keyword ('').
 */
function keywordOf(value: string): string {
  let keyword = '';
  let depth = 0;
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i];
    if (depth > 0) {
      if (c === '\\') i += 1;
      else if (c === '(') depth += 1;
      else if (c === ')') depth -= 1;
    } else if (c === '(') {
      // A comment separates like a space: `n(x)o` is two words, not `no`.
      depth = 1;
      keyword += ' ';
    } else if (c === ';') {
      break;
    } else {
      keyword += c;
    }
  }
  return depth > 0 ? '' : keyword.trim().toLowerCase();
}

/**
 * A message from an owner address is forged when DMARC failed, when SES's DMARC result names another
 * From domain than the one we read, or when a DKIM signature from the From domain (aligned) failed. SPF is ignored: forwarding breaks it. Only the FIRST Authentication-Results
 * written by amazonses.com counts; lower ones can be written by the sender.
 */
function isForged(envelope: InboundEnvelope, from: string): boolean {
  if (envelope.verdicts.dmarc === 'FAIL') return true;
  const results = sesAuthenticationResults(envelope.header);
  // No header SES wrote, or none that can be read safely: SES's own DKIM verdict is all there is.
  if (!results) return envelope.verdicts.dkim === 'FAIL';
  const fromDomain = domainOf(from);
  // SES read another author's domain out of this From field (authentic.ts): whatever it verified, it
  // was not the owner's.
  if (dmarcJudgedAnotherDomain(results, fromDomain)) return true;
  return dkimResults(results).some((r) => r.result === 'fail' && domainsAlign(r.domain, fromDomain));
}

