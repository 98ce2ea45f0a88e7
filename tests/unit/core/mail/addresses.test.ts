import { describe, expect, it } from 'vitest';
import { domainsAlign, recipientAddress } from '../../../../functions/core/mail/mail.js';

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
