/** Address helpers shared by trust, extraction and rendering. All comparisons are case-insensitive. */
import { getDomain } from 'tldts';
import { asciiAddress, asciiDomain } from '../../config/idn.js';

export interface Mailbox {
  name: string | null;
  address: string;
}

export function normalizeAddress(address: string): string {
  return address.trim().toLowerCase();
}

/**
 * The form an address is compared in when it decides who someone is: lower case, the domain in A-labels
 * by a strict UTS #46 conversion (config/idn.ts); null when the domain is not a valid host name or does not
 * round-trip (`xn--example-.com`), which makes its sender nobody we know.
 */
export function canonicalAddress(address: string): string | null {
  return asciiAddress(address);
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : normalizeAddress(address.slice(at + 1));
}

export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  return normalizeAddress(at < 0 ? address : address.slice(0, at));
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
