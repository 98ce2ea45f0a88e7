import { describe, expect, it } from 'vitest';
import { classifyInbound, isAuthenticCommand, type InboundEnvelope } from '../../../../functions/core/trust/trust.js';

const settings = {
  ownerAddresses: ['alex@example.com', 'Alex.Work@Corp.example'],
  inboxAddress: 'interviews@in.example.com',
  sendingAddress: 'advisor@in.example.com',
};

function envelope(overrides: Partial<InboundEnvelope> & { headers?: Record<string, string[]> } = {}): InboundEnvelope {
  const headers = overrides.headers ?? {};
  return {
    from: 'alex@example.com',
    mailFrom: 'alex@example.com',
    recipients: ['interviews@in.example.com'],
    header: (name) => headers[name] ?? [],
    verdicts: { spam: 'PASS', virus: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
    ...overrides,
  };
}

const pass = { spam: 'PASS', virus: 'PASS', dkim: 'PASS', dmarc: 'PASS' } as const;

/**
 * SES's two header fields as SES writes them: Received-SPF, and the same SPF text opening its
 * Authentication-Results, followed by `results` (its DKIM and DMARC results).
 */
function sesHeaders(results: string, smtp: { helo?: string; mailFrom?: string } = {}): Record<string, string[]> {
  const spf = `pass (spfCheck: domain of example.com designates 192.0.2.1 as permitted sender) client-ip=192.0.2.1; envelope-from=${smtp.mailFrom ?? 'alex@example.com'}; helo=${smtp.helo ?? 'mail.example.com'};`;
  return { 'received-spf': [spf], 'authentication-results': [`amazonses.com; spf=${spf} ${results}`] };
}

describe('classifyInbound', () => {
  it('accepts a forward from an owner address, whatever its case', () => {
    expect(classifyInbound(envelope(), settings)).toEqual({ kind: 'owner-forward' });
    expect(classifyInbound(envelope({ from: 'alex.work@corp.example' }), settings)).toEqual({ kind: 'owner-forward' });
  });

  it('drops a stranger without any answer', () => {
    expect(classifyInbound(envelope({ from: 'recruiter@acme.example' }), settings)).toEqual({ kind: 'drop', reason: 'stranger' });
  });

  it('drops an owner From whose DMARC failed (forged)', () => {
    expect(classifyInbound(envelope({ verdicts: { ...pass, dmarc: 'FAIL' } }), settings)).toEqual({ kind: 'drop', reason: 'forged-owner' });
  });

  it('drops an owner From whose aligned DKIM signature failed in SES’s Authentication-Results', () => {
    const headers = sesHeaders('dkim=fail header.i=@example.com; dmarc=none header.from=example.com;');
    expect(classifyInbound(envelope({ headers, verdicts: { ...pass, dkim: 'FAIL' } }), settings)).toEqual({ kind: 'drop', reason: 'forged-owner' });
  });

  it('ignores a failed DKIM signature of another domain (a list or a forwarder re-signing)', () => {
    const headers = sesHeaders('dkim=fail header.d=lists.other.example; dkim=pass header.i=@example.com; dmarc=pass header.from=example.com;');
    expect(classifyInbound(envelope({ headers, verdicts: { ...pass, dkim: 'FAIL' } }), settings)).toEqual({ kind: 'owner-forward' });
  });

  it('reads only the Authentication-Results written by amazonses.com, not one the sender added below', () => {
    const headers = {
      'authentication-results': ['amazonses.com; dkim=fail header.i=@example.com; dmarc=none', 'mx.example.com; dkim=pass header.i=@example.com'],
    };
    expect(classifyInbound(envelope({ headers }), settings)).toEqual({ kind: 'drop', reason: 'forged-owner' });
  });

  it.each([
    ['Auto-Submitted: auto-replied', { 'auto-submitted': ['auto-replied'] }],
    ['Auto-Submitted: auto-generated', { 'auto-submitted': ['auto-generated'] }],
    ['Precedence: bulk', { precedence: ['bulk'] }],
    ['Precedence: list', { precedence: ['list'] }],
    ['Precedence: junk', { precedence: ['junk'] }],
    ['List-Id', { 'list-id': ['<jobs.news.example>'] }],
    // Found by the red-team round: auto-responders that write no Auto-Submitted, and a comment.
    ['Precedence: auto_reply', { precedence: ['auto_reply'] }],
    ['Precedence: Bulk (a comment)', { precedence: ['Bulk (a comment)'] }],
    ['X-Autoreply: yes', { 'x-autoreply': ['yes'] }],
    ['X-Autorespond', { 'x-autorespond': ['Out of office'] }],
  ])('never answers automatic mail (%s), even from the owner', (_label, headers) => {
    expect(classifyInbound(envelope({ headers }), settings)).toEqual({ kind: 'drop', reason: 'automatic' });
  });

  it.each(['no', 'No', ' NO ', 'no (typed by a person)', '(typed by a person) no', 'no; reason=manual', 'no ; x="a;b"'])(
    'answers Auto-Submitted: %s (the keyword no, whatever its case, comments and parameters)',
    (value) => {
      expect(classifyInbound(envelope({ headers: { 'auto-submitted': [value] } }), settings)).toEqual({ kind: 'owner-forward' });
    },
  );

  it.each(['notified', 'no-reply', 'nope', 'noreply', '"no"', 'no auto-generated', 'n(o)o', 'no (unclosed', ''])(
    'never answers Auto-Submitted: %s, whose keyword is not exactly no',
    (value) => {
      expect(classifyInbound(envelope({ headers: { 'auto-submitted': [value] } }), settings)).toEqual({ kind: 'drop', reason: 'automatic' });
    },
  );

  it('never answers a message with a second Auto-Submitted field that is not no', () => {
    // Prepare: the first field says no, a later one says the mail is automatic.
    const headers = { 'auto-submitted': ['no', 'auto-generated'] };
    // Act / Assess
    expect(classifyInbound(envelope({ headers }), settings)).toEqual({ kind: 'drop', reason: 'automatic' });
  });

  it('never answers a bounce (empty envelope sender)', () => {
    expect(classifyInbound(envelope({ mailFrom: '' }), settings)).toEqual({ kind: 'drop', reason: 'automatic' });
    expect(classifyInbound(envelope({ mailFrom: '<>' }), settings)).toEqual({ kind: 'drop', reason: 'automatic' });
  });

  it.each(['interviews@in.example.com', 'interviews+abc@in.example.com', 'INTERVIEWS+X@IN.EXAMPLE.COM', 'advisor@in.example.com'])(
    'never answers its own addresses (%s)',
    (from) => {
      expect(classifyInbound(envelope({ from }), settings)).toEqual({ kind: 'drop', reason: 'own-address' });
    },
  );

  it('holds back an owner’s message that failed the virus scan, and drops a stranger’s silently', () => {
    expect(classifyInbound(envelope({ verdicts: { ...pass, virus: 'FAIL' } }), settings)).toEqual({ kind: 'owner-virus' });
    expect(classifyInbound(envelope({ from: 'x@evil.example', verdicts: { ...pass, virus: 'FAIL' } }), settings)).toEqual({
      kind: 'drop',
      reason: 'virus-from-stranger',
    });
  });

  it('still processes the owner’s mail that SES scored as spam (forwarded invitations often look spammy)', () => {
    expect(classifyInbound(envelope({ verdicts: { ...pass, spam: 'FAIL' } }), settings)).toEqual({ kind: 'owner-forward' });
  });

  it('recognises the owner writing to a +token address as a reply', () => {
    expect(classifyInbound(envelope({ recipients: ['interviews+abc234@in.example.com'] }), settings)).toEqual({ kind: 'owner-reply', label: 'abc234' });
  });
});

describe('the owner is an authenticated identity (compared as written, in A-labels)', () => {
  const idn = { ...settings, ownerAddresses: ['alex@xn--bcher-kva.example', 'alex@example.com'] };

  it.each([
    ['a domain that decoders show as the owner’s (xn--example-.com → example.com)', 'alex@xn--example-.com'],
    ['an invalid A-label', 'alex@xn--zzzz.example'],
    ['an empty A-label', 'alex@xn--.example'],
    ['a Cyrillic homoglyph of the owner’s domain (mixed scripts)', 'alex@еxample.com'],
    ['its A-label form', 'alex@xn--xample-2of.com'],
    ['a label with a space', 'alex@ex ample.com'],
    ['fullwidth letters that UTS #46 maps to the owner’s domain', 'alex@ｅｘａｍｐｌｅ.com'],
    ['a soft hyphen that UTS #46 drops from the owner’s domain', 'alex@exam\u00ADple.com'],
  ])('drops %s as a stranger', (_name, from) => {
    // Prepare: every verdict passes, so only the address decides.
    // Act / Assess
    expect(classifyInbound(envelope({ from }), idn)).toEqual({ kind: 'drop', reason: 'stranger' });
  });

  it('accepts the owner’s IDN domain as an A-label in any case, or written in Unicode', () => {
    expect(classifyInbound(envelope({ from: 'alex@XN--BCHER-KVA.example' }), idn)).toEqual({ kind: 'owner-forward' });
    expect(classifyInbound(envelope({ from: 'Alex@bücher.example' }), idn)).toEqual({ kind: 'owner-forward' });
  });

  it('drops an exact owner address that nothing authenticates (no DMARC pass, no aligned DKIM pass)', () => {
    // Prepare: a domain without DMARC (no FAIL), and no DKIM signature at all.
    const unsigned = envelope({ verdicts: { ...pass, dkim: 'GRAY', dmarc: 'GRAY' }, headers: sesHeaders('dkim=none; dmarc=none header.from=example.com;') });
    // Act / Assess
    expect(classifyInbound(unsigned, settings)).toEqual({ kind: 'drop', reason: 'unauthenticated-owner' });
    // …unless the owner opted that address out (a provider that does not sign).
    expect(classifyInbound(unsigned, { ...settings, unsignedAddresses: ['ALEX@example.com'] })).toEqual({ kind: 'owner-forward' });
  });

  it('drops a mapped lookalike of an unsigned owner address (nothing fails on a domain as written that has no record)', () => {
    // Prepare: the owner opted out of DKIM; SES looked for DMARC on the fullwidth domain and found none.
    const unsigned = { ...settings, unsignedAddresses: ['alex@example.com'] };
    const headers = sesHeaders('dkim=none; dmarc=none header.from=ｅｘａｍｐｌｅ.com;');
    // Act / Assess
    expect(classifyInbound(envelope({ from: 'alex@ｅｘａｍｐｌｅ.com', headers, verdicts: { ...pass, dkim: 'GRAY', dmarc: 'GRAY' } }), unsigned)).toEqual({ kind: 'drop', reason: 'stranger' });
  });

  it('accepts a DKIM pass aligned with the From domain when DMARC has no record', () => {
    const headers = sesHeaders('dkim=pass header.i=@mail.example.com; dmarc=none header.from=example.com;');
    expect(classifyInbound(envelope({ headers, verdicts: { ...pass, dmarc: 'GRAY' } }), settings)).toEqual({ kind: 'owner-forward' });
  });

  it('accepts a DKIM pass by another subdomain of the From domain’s organisational domain', () => {
    // Prepare: the owner writes from mail.example.com; the company signs as news.example.com.
    const sub = { ...settings, ownerAddresses: ['alex@mail.example.com'] };
    const headers = sesHeaders('dkim=pass header.d=news.example.com; dmarc=none header.from=mail.example.com;');
    // Act / Assess
    expect(classifyInbound(envelope({ from: 'alex@mail.example.com', headers, verdicts: { ...pass, dmarc: 'GRAY' } }), sub)).toEqual({ kind: 'owner-forward' });
  });

  it('does not take a DKIM pass of another registration under the same public suffix for the owner’s', () => {
    // Prepare: the owner is alex@example.co.uk; the mail is signed by another .co.uk registration.
    const uk = { ...settings, ownerAddresses: ['alex@example.co.uk'] };
    const headers = sesHeaders('dkim=pass header.d=co.uk; dkim=pass header.d=evil.co.uk; dmarc=none header.from=example.co.uk;');
    // Act / Assess
    expect(classifyInbound(envelope({ from: 'alex@example.co.uk', headers, verdicts: { ...pass, dmarc: 'GRAY' } }), uk)).toEqual({ kind: 'drop', reason: 'unauthenticated-owner' });
  });

  it('does not take a DKIM pass of another domain for the owner’s', () => {
    const headers = sesHeaders('dkim=pass header.d=mailer.other.example; dmarc=none header.from=example.com;');
    expect(classifyInbound(envelope({ headers, verdicts: { ...pass, dmarc: 'GRAY' } }), settings)).toEqual({ kind: 'drop', reason: 'unauthenticated-owner' });
  });
});

describe('SES’s Authentication-Results: no verdict from inside a value the sender chose', () => {
  // Prepare (every case): the owner's domain publishes no DMARC record (GRAY) and SES verified some DKIM
  // signature (the sender's own, evil.example): only an aligned DKIM pass read from the header would
  // make this mail the owner's.
  const noDmarc = { ...pass, dmarc: 'GRAY' } as const;
  const real = 'dkim=pass header.i=@evil.example; dmarc=none header.from=example.com;';
  const injected = 'x; dkim=pass header.d=example.com';

  it.each([
    ['a HELO name holding "; dkim=pass …"', sesHeaders(real, { helo: injected })],
    ['a HELO name holding ";dkim=pass;header.d=…" without spaces', sesHeaders(real, { helo: 'x;dkim=pass;header.d=example.com' })],
    ['an unquoted envelope sender holding "; dkim=pass …"', sesHeaders(real, { mailFrom: `${injected}@evil.example` })],
    ['a HELO name holding "; dkim=pass …", no Received-SPF to tell where it ends', { 'authentication-results': sesHeaders(real, { helo: injected })['authentication-results'] ?? [] }],
    ['a HELO name holding "; dkim=pass …", a Received-SPF that is not the SPF text', { ...sesHeaders(real, { helo: injected }), 'received-spf': ['pass client-ip=192.0.2.1;'] }],
    ['a HELO name of "dkim=pass header.d=…"', sesHeaders(real, { helo: 'dkim=pass header.d=example.com' })],
    ['smtp.helo=dkim=pass (RFC 8601’s own property)', { 'authentication-results': ['amazonses.com; spf=pass smtp.helo=dkim=pass header.d=example.com; dkim=pass header.i=@evil.example; dmarc=none'] }],
    ['smtp.mailfrom holding "; dkim=pass …"', { 'authentication-results': [`amazonses.com; spf=pass smtp.mailfrom=${injected}; dkim=pass header.i=@evil.example; dmarc=none`] }],
    ['a From domain literal holding "; dkim=pass …"', sesHeaders(`dkim=pass header.i=@evil.example; dmarc=none header.from=[${injected}];`)],
    ['a property value holding "="', sesHeaders('dkim=pass header.i=@evil.example header.d=dkim=pass; dmarc=none;')],
    ['a quoted signing identity', sesHeaders('dkim=pass header.d="example.com"; dmarc=none;')],
    ['a result inside a comment', sesHeaders('dkim=pass header.i=@evil.example (; dkim=pass header.d=example.com); dmarc=none;')],
    ['an unclosed comment', sesHeaders('dkim=pass header.i=@evil.example (; dkim=pass header.d=example.com; dmarc=none;')],
  ])('does not take the owner’s mail for authenticated from %s', (_name, headers) => {
    // Act
    const got = classifyInbound(envelope({ headers, verdicts: noDmarc }), settings);
    // Assess
    expect(got).toEqual({ kind: 'drop', reason: 'unauthenticated-owner' });
  });

  it('still reads SES’s own results after a HELO name that held a ";"', () => {
    // Prepare: the same hostile HELO name, but the owner's domain really signed the mail.
    const headers = sesHeaders('dkim=pass header.i=@example.com; dmarc=none header.from=example.com;', { helo: injected });
    // Act / Assess
    expect(classifyInbound(envelope({ headers, verdicts: noDmarc }), settings)).toEqual({ kind: 'owner-forward' });
  });

  it('reads an aligned DKIM failure after a HELO name that claims a pass', () => {
    // Prepare: the owner's signature failed; the HELO name claims it passed.
    const headers = sesHeaders('dkim=fail header.i=@example.com; dmarc=none header.from=example.com;', { helo: injected });
    // Act / Assess
    expect(classifyInbound(envelope({ headers, verdicts: noDmarc }), settings)).toEqual({ kind: 'drop', reason: 'forged-owner' });
  });
});

describe('SES’s DMARC verdict counts for the From domain SES read, and only that one', () => {
  // Prepare (every case): SES's DMARC passed, for the domain its Authentication-Results names. A From
  // field that we and SES read differently (we: the owner; SES: the sender's own domain, which passes)
  // shows here as another header.from.
  it('drops an owner From when SES’s DMARC pass was for another domain (forged)', () => {
    const headers = sesHeaders('dkim=pass header.i=@evil.example; dmarc=pass header.from=evil.example;');
    expect(classifyInbound(envelope({ headers }), settings)).toEqual({ kind: 'drop', reason: 'forged-owner' });
  });

  it('takes no command for authentic when SES’s DMARC pass was for another domain', () => {
    const headers = sesHeaders('dkim=pass header.i=@evil.example; dmarc=pass header.from=evil.example;');
    expect(isAuthenticCommand(envelope({ headers }))).toBe(false);
  });

  it('accepts SES’s DMARC pass for the From domain, in any case or in Unicode', () => {
    expect(classifyInbound(envelope({ headers: sesHeaders('dkim=pass header.i=@example.com; dmarc=pass header.from=Example.COM;') }), settings)).toEqual({ kind: 'owner-forward' });
    const idn = { ...settings, ownerAddresses: ['alex@xn--bcher-kva.example'] };
    const headers = sesHeaders('dkim=pass header.i=@xn--bcher-kva.example; dmarc=pass header.from=bücher.example;');
    expect(classifyInbound(envelope({ from: 'alex@xn--bcher-kva.example', headers }), idn)).toEqual({ kind: 'owner-forward' });
  });
});
