/** Address helpers shared by trust, extraction and rendering. All comparisons are case-insensitive. */
import { getDomain } from 'tldts';
import { asciiDomain, writtenAddress } from '../../config/idn.js';

export interface Mailbox {
  name: string | null;
  address: string;
}

export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * The form an address is compared in when it decides who someone is: lower case, the domain in A-labels
 * by a strict UTS #46 conversion (config/idn.ts); null when the domain is not a valid host name, does not
 * round-trip (`xn--example-.com`), or is written in neither of its two forms (fullwidth letters, a soft
 * hyphen: config/idn.ts, writtenDomain), which makes its sender nobody we know.
 */
export function canonicalAddress(address: string): string | null {
  return writtenAddress(address);
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : normalizeAddress(address.slice(at + 1));
}

export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  return normalizeAddress(at < 0 ? address : address.slice(0, at));
}

/**
 * A local part invite-advisor writes to: RFC 5321's Dot-string (atoms joined by single dots, never a
 * quoted string), without the routing characters `%` and `!` (`victim%host@relay`, `host!victim`) and
 * without `?` (a mailto query). At most 64 octets.
 */
const RECIPIENT_LOCAL = /^[A-Za-z0-9#$&'*+\-/=^_`{|}~]+(?:\.[A-Za-z0-9#$&'*+\-/=^_`{|}~]+)*$/;

/**
 * The address as a recruiter recipient, or null when it is not one: a plain RFC 5321 mailbox
 * (`local@domain`, the local part as RECIPIENT_LOCAL says) on a host name that is valid under the strict
 * UTS #46 rules of config/idn.ts, never an address literal (`[192.0.2.1]`) nor a numeric top-level label
 * (`192.0.2.1`). The domain comes back in A-labels (what SES sends to); the local part as written.
 * Checked where a draft's recipient is chosen and again where the sending function sends.
 */
export function recipientAddress(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 1 || address.length > 254) return null;
  const local = address.slice(0, at);
  if (local.length > 64 || !RECIPIENT_LOCAL.test(local)) return null;
  const domain = asciiDomain(address.slice(at + 1));
  if (domain === null || /^[0-9]+$/.test(domain.slice(domain.lastIndexOf('.') + 1))) return null;
  const recipient = `${local}@${domain}`;
  return recipient.length <= 254 ? recipient : null;
}

/** `interviews+abc@d` → `{ base: 'interviews@d', label: 'abc' }`. */
export function splitPlusLabel(address: string): { base: string; label: string | null } {
  const local = localPartOf(address);
  const domain = domainOf(address);
  const plus = local.indexOf('+');
  if (plus < 0) return { base: `${local}@${domain}`, label: null };
  return { base: `${local.slice(0, plus)}@${domain}`, label: local.slice(plus + 1) };
}

/** Whether `address` is `base` or `base` with a `+label` (how SES recipient conditions match too). */
export function isAddressOrPlusForm(address: string, base: string): boolean {
  return splitPlusLabel(address).base === normalizeAddress(base);
}

/**
 * Relaxed DMARC alignment (RFC 7489, 3.1.1): the two domains have the same organisational domain, the
 * name registered under a public suffix, read from the public suffix list (tldts). Private suffixes
 * count as suffixes (`alice.github.io` and `bob.github.io` are two owners), and a domain with no
 * organisational domain (a public suffix itself, an IP address, a bare name) aligns with nothing.
 */
export function domainsAlign(a: string, b: string): boolean {
  const x = organizationalDomain(a);
  return x !== null && x === organizationalDomain(b);
}

function organizationalDomain(domain: string): string | null {
  // Only a host name has one: `evil@example.com` or `example.com/x` must not be read as a URL's host.
  const name = asciiDomain(domain.trim().replace(/\.$/, ''));
  return name === null ? null : getDomain(name, { allowPrivateDomains: true, extractHostname: false });
}
