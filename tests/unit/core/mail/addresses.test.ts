import { describe, expect, it } from 'vitest';
import { domainsAlign } from '../../../../functions/core/mail/mail.js';

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
