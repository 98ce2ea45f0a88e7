import { describe, expect, it } from 'vitest';
import { authorAddress, canonicalAddress, domainsAlign, recipientAddress } from '../../../../functions/core/mail/mail.js';

describe('domainsAlign (relaxed DMARC alignment on the public suffix list)', () => {
  it.each([
    ['the same domain, in any case, with a final dot', 'EXAMPLE.com.', 'example.com'],
    ['a subdomain and its organisational domain', 'mail.example.com', 'example.com'],
    ['two subdomains of one organisational domain', 'mail.example.com', 'news.example.com'],
    ['a domain under a two-label suffix and its subdomain', 'mail.example.co.uk', 'example.co.uk'],
    ['a domain written in A-labels and in Unicode', 'mail.xn--bcher-kva.example', 'bücher.example'],
  ])('aligns %s', (_name, a, b) => {
    expect(domainsAlign(a, b)).toBe(true);
  });

  it.each([
    ['two registrations under one public suffix', 'example.co.uk', 'other.co.uk'],
    ['a public suffix and a domain under it', 'co.uk', 'example.co.uk'],
    ['two sites under a private suffix', 'alice.github.io', 'bob.github.io'],
    ['a lookalike that merely ends the same', 'evil-example.com', 'example.com'],
    ['a domain that holds the other as labels', 'example.com.evil.example', 'example.com'],
    ['an address instead of a domain', 'evil@example.com', 'example.com'],
    ['an IP address with itself', '192.0.2.1', '192.0.2.1'],
    ['nothing with nothing', '', ''],
  ])('does not align %s', (_name, a, b) => {
    expect(domainsAlign(a, b)).toBe(false);
  });
});

describe('recipientAddress (a recruiter recipient: an RFC 5321 mailbox on a host name)', () => {
  it.each([
    ['jordan@acme.example', 'jordan@acme.example'],
    ['Jordan.Lee+jobs@Acme.Example', 'Jordan.Lee+jobs@acme.example'],
    ["o'brien@acme.example", "o'brien@acme.example"],
    ['bounces+x=y.example@acme.example', 'bounces+x=y.example@acme.example'],
    ['jordan@bücher.example', 'jordan@xn--bcher-kva.example'],
  ])('takes %s (the domain in A-labels, the local part as written)', (address, expected) => {
    expect(recipientAddress(address)).toBe(expected);
  });

  it.each([
    ['a mailto query', 'jordan@acme.example?cc=victim@evil.example'],
    ['a "?" in the local part', 'jordan?cc=victim@acme.example'],
    ['percent routing', 'victim%evil.example@acme.example'],
    ['a bang path', 'evil.example!victim@acme.example'],
    ['a comma (two recipients)', 'jordan,victim@acme.example'],
    ['a quoted local part with odd characters', '"victim@evil.example,jordan"@acme.example'],
    ['a quoted local part', '"jordan"@acme.example'],
    ['a space', 'jordan lee@acme.example'],
    ['a line break', 'jordan\r\nBcc: victim@evil.example@acme.example'],
    ['an IPv4 address literal', 'jordan@[192.0.2.1]'],
    ['an IPv6 address literal', 'jordan@[IPv6:2001:db8::1]'],
    ['a bare IP address', 'jordan@192.0.2.1'],
    ['a domain that is no host name', 'jordan@acme_corp.example'],
    ['an A-label that does not round-trip', 'jordan@xn--example-.com'],
    ['a single-label domain', 'jordan@localhost'],
    ['a final dot', 'jordan@acme.example.'],
    ['a non-ASCII local part', 'jördan@acme.example'],
    ['dots out of place', 'jordan..lee@acme.example'],
    ['a local part over 64 octets', `${'j'.repeat(65)}@acme.example`],
    ['no local part', '@acme.example'],
    ['no domain', 'jordan@'],
    ['no @ at all', 'jordan'],
  ])('refuses %s', (_name, address) => {
    expect(recipientAddress(address)).toBeNull();
  });
});

describe('authorAddress (the one mailbox of a From field, read strictly: parsers must not disagree on it)', () => {
  it.each([
    ['a bare address', 'alex@example.com', 'alex@example.com'],
    ['an angle address', '<alex@example.com>', 'alex@example.com'],
    ['a display name', 'Alex Morgan <alex@example.com>', 'alex@example.com'],
    ['a quoted display name holding specials', '"Morgan, Alex <alex@example.com>" <alex@example.com>', 'alex@example.com'],
    ['a quoted display name that is another address', '"alex@example.com" <evil@evil.example>', 'evil@evil.example'],
    ['an encoded-word display name', '=?UTF-8?Q?Ren=C3=A9_Morgan?= <alex@example.com>', 'alex@example.com'],
    ['a display name with an initial', 'Alex J. Morgan <Alex@Example.com>', 'Alex@Example.com'],
    ['a comment after a bare address', 'alex@example.com (Alex Morgan)', 'alex@example.com'],
    ['the address itself, unquoted, as display name (one author either way)', 'Alex@example.com <alex@example.com>', 'alex@example.com'],
    ['folding whitespace', 'Alex Morgan\r\n <alex@example.com>', 'alex@example.com'],
  ])('reads %s', (_name, value, expected) => {
    expect(authorAddress([value])).toBe(expected);
  });

  // Each of these was read as alex@example.com by nodemailer's forgiving parser, while a receiving
  // server may read another author (and check DMARC on that one's domain): no single author, from nobody.
  it.each([
    ['an address followed by another', 'alex@example.com evil@evil.example'],
    ['an angle address followed by another', '<alex@example.com> evil@evil.example'],
    ['two angle addresses', 'Alex <alex@example.com> <evil@evil.example>'],
    ['text glued after the angle address', 'Alex <alex@example.com>evil@evil.example'],
    ['an unquoted address as display name', 'alex@example.com <evil@evil.example>'],
    ['an empty angle address and an address', '<> alex@example.com'],
    ['an address and an empty angle address', 'alex@example.com <>'],
    ['an unclosed angle address', '<alex@example.com'],
    ['a group', 'g: alex@example.com;'],
    ['a list with an empty member', 'alex@example.com,'],
    ['two mailboxes', 'alex@example.com, evil@evil.example'],
    ['a source route', '<@evil.example:alex@example.com>'],
    ['a comment inside the address', 'alex(x)@example.com'],
    ['a comment inside the domain', 'alex@(x)example.com'],
    ['a quoted local part', '"alex"@example.com'],
    ['a domain literal', 'alex@[192.0.2.1]'],
    ['a final dot', 'alex@example.com.'],
    ['two @', 'alex@example.com@evil.example'],
    ['an unclosed comment', 'alex@example.com (x'],
    ['an unclosed quoted string', '"Alex <alex@example.com>'],
    ['a fullwidth @', 'alex＠example.com'],
    ['nothing', ''],
  ])('reads no author from %s', (_name, value) => {
    expect(authorAddress([value])).toBeNull();
  });

  it('reads no author from two From fields', () => {
    expect(authorAddress(['alex@example.com', 'alex@example.com'])).toBeNull();
    expect(authorAddress([])).toBeNull();
  });
});

describe('canonicalAddress (who someone is: the address as written, the domain in A-labels)', () => {
  it.each([
    ['an A-label domain in any case', 'Alex@XN--BCHER-KVA.example', 'alex@xn--bcher-kva.example'],
    ['a domain written in Unicode', 'alex@Bücher.example', 'alex@xn--bcher-kva.example'],
  ])('takes %s', (_name, address, expected) => {
    expect(canonicalAddress(address)).toBe(expected);
  });

  // UTS #46 maps these to example.com; SES checks DMARC on the domain as written, which has no record.
  it.each([
    ['fullwidth letters', 'alex@ｅｘａｍｐｌｅ.com'],
    ['a soft hyphen (ignored by the mapping)', 'alex@exam\u00ADple.com'],
    ['an ideographic full stop', 'alex@example\u3002com'],
    ['a compatibility ligature', 'alex@ex\uFB00.com'],
  ])('takes no domain written with %s for the one it maps to', (_name, address) => {
    expect(canonicalAddress(address)).toBeNull();
  });
});
