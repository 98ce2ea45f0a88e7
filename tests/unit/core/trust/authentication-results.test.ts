import { describe, expect, it } from 'vitest';
import { dkimResults, parseAuthenticationResults, sesAuthenticationResults } from '../../../../functions/core/trust/trust.js';

describe('parseAuthenticationResults (RFC 8601’s grammar)', () => {
  it('reads methods, results and properties, skipping comments and a version', () => {
    // Act
    const results = parseAuthenticationResults('mx.example.org 1; (checked) dkim/1=PASS (good signature) reason="key ok; fine" header.d=Example.com header.i="a b"@example.com; dmarc=pass header.from=example.com');
    // Assess: a quoted part of a value is never read as text.
    expect(results).toEqual([
      { method: 'dkim', result: 'pass', properties: { 'header.d': 'Example.com', 'header.i': '""@example.com' } },
      { method: 'dmarc', result: 'pass', properties: { 'header.from': 'example.com' } },
    ]);
  });

  it('reads "; none" as no results', () => {
    expect(parseAuthenticationResults('mx.example.org; none')).toEqual([]);
  });

  it.each([
    ['a value holding "="', 'mx.example.org; spf=pass smtp.helo=dkim=pass'],
    ['a word that is no property', 'mx.example.org; spf=pass client-ip=192.0.2.1 dkim=pass header.d=example.com'],
    ['a result that is no keyword', 'mx.example.org; dkim=pass.example'],
    ['a quoted method', 'mx.example.org; "dkim"=pass'],
    ['an unclosed quoted string', 'mx.example.org; dkim=pass header.i="x; dkim=pass'],
    ['an unclosed comment', 'mx.example.org; dkim=pass (x; dkim=pass header.d=example.com'],
    ['a domain literal', 'mx.example.org; dmarc=none header.from=[192.0.2.1]'],
    ['an angle bracket', 'mx.example.org; dkim=pass header.i=<a@example.com>'],
    ['"none" after a result', 'mx.example.org; dkim=pass; none'],
  ])('refuses %s (nothing in the header counts)', (_name, value) => {
    expect(parseAuthenticationResults(value)).toBeNull();
  });

  it.each(['smtp.mailfrom', 'smtp.helo'])('refuses a header with %s, whose end nothing marks', (property) => {
    expect(parseAuthenticationResults(`mx.example.org; spf=pass ${property}=mx.example.org; dkim=pass header.d=example.com`)).toBeNull();
  });
});

describe('sesAuthenticationResults', () => {
  const spf = 'pass (spfCheck: domain of example.com designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=alex@example.com; helo=mail.example.com;';
  const headers = (fields: Record<string, string[]>) => (name: string) => fields[name] ?? [];

  it('reads SES’s results after its SPF text, folded or not', () => {
    // Prepare: folded as SES folds it.
    const ar = `amazonses.com;\r\n spf=${spf}\r\n dkim=pass header.i=@example.com;\r\n dkim=pass header.i=@amazonses.com;\r\n dmarc=pass header.from=example.com;`;
    // Act
    const results = sesAuthenticationResults(headers({ 'authentication-results': [ar], 'received-spf': [spf.replace('as permitted', 'as\r\n permitted')] }));
    // Assess
    expect(results && dkimResults(results)).toEqual([
      { result: 'pass', domain: 'example.com' },
      { result: 'pass', domain: 'amazonses.com' },
    ]);
  });

  it('reads nothing but the first header, and only when amazonses.com wrote it', () => {
    const below = `amazonses.com; dkim=pass header.d=example.com;`;
    expect(sesAuthenticationResults(headers({ 'authentication-results': ['mx.example.org; dkim=pass header.d=example.com', below] }))).toBeNull();
    expect(sesAuthenticationResults(headers({}))).toBeNull();
  });
});
