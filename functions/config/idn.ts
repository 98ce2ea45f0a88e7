/**
 * Internationalised domain names, strictly (UTS #46 with every check on, non-transitional): the form in
 * which addresses are compared. SES evaluates DMARC on the domain as the mail writes it, so an owner
 * address is kept and compared in its ASCII form (A-labels, `xn--…`), and a domain that is not valid
 * under these rules, or does not convert back to itself, belongs to nobody we know.
 *
 * It lives beside the configuration (read by every layer) because the configuration converts the owner's
 * addresses when it loads and core/mail compares incoming addresses with the same rules.
 */
import { toASCII, toUnicode, type ToASCIIOptions } from 'tr46';

const STRICT: ToASCIIOptions = {
  checkBidi: true,
  checkHyphens: true,
  checkJoiners: true,
  useSTD3ASCIIRules: true,
  verifyDNSLength: true,
  transitionalProcessing: false,
};

/** The domain in lower-case A-label form, or null when it is no valid host name or does not round-trip. */
export function asciiDomain(domain: string): string | null {
  const ascii = toASCII(domain.trim(), STRICT);
  if (!ascii || !ascii.includes('.')) return null;
  const unicode = toUnicode(ascii, STRICT);
  if (unicode.error || toASCII(unicode.domain, STRICT) !== ascii) return null;
  return ascii;
}

/**
 * `local@domain` with the domain in A-label form and the whole address in lower case (addresses are
 * compared case-insensitively, as mailbox providers treat them); null when the domain is not valid.
 */
export function asciiAddress(address: string): string | null {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 1) return null;
  const domain = asciiDomain(trimmed.slice(at + 1));
  return domain ? `${trimmed.slice(0, at).toLowerCase()}@${domain}` : null;
}

/**
 * The domain in lower-case A-label form, only when it is WRITTEN in one of its two forms, case aside:
 * its A-labels, or the Unicode they decode to. UTS #46 also maps other spellings onto a domain
 * (fullwidth letters, an ideographic full stop, a soft hyphen it drops: `ｅｘａｍｐｌｅ.com` and
 * `exam\u00ADple.com` are `example.com` to it), but SES checks DMARC on the domain as written, where no
 * record is found: such a spelling is somebody else's domain, never the owner's.
 */
export function writtenDomain(domain: string): string | null {
  const ascii = asciiDomain(domain);
  if (ascii === null) return null;
  const written = domain.trim().toLowerCase();
  return written === ascii || written === toUnicode(ascii, STRICT).domain ? ascii : null;
}

/** `local@domain` in lower case with the domain as writtenDomain reads it; null when it is not. */
export function writtenAddress(address: string): string | null {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 1) return null;
  const domain = writtenDomain(trimmed.slice(at + 1));
  return domain ? `${trimmed.slice(0, at).toLowerCase()}@${domain}` : null;
}
