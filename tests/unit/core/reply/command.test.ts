import { describe, expect, it } from 'vitest';
import { isAuthenticCommand } from '../../../../functions/core/trust/authentic.js';
import { leakedLines, parseCommand } from '../../../../functions/core/reply/command.js';

const quoted = `Recommendation: attend

- Interview experience never hurts: the Data Analyst interview at Northwind Traders is practice that makes the interviews that matter easier.
== Draft 1: accept ==`;
const quote = (prefix: string) => quoted.split('\n').map((l) => `${prefix}${l}`).join('\n');

describe('parseCommand, on replies as mail clients write them', () => {
  it('Gmail web: "On … wrote:" then "> " quotes', () => {
    const text = `accept\n\nOn Tue, Mar 3, 2026 at 10:00 AM invite-advisor <advisor@in.example.com> wrote:\n\n${quote('> ')}\n`;
    expect(parseCommand(text)).toEqual({ kind: 'accept', slot: null, wording: null });
  });

  it('Gmail mobile: the "wrote:" line wrapped over two lines', () => {
    const text = `decline\n\nOn Tue, Mar 3, 2026, 10:00 invite-advisor <\nadvisor@in.example.com> wrote:\n\n${quote('> ')}`;
    expect(parseCommand(text)).toEqual({ kind: 'decline', wording: null });
  });

  it('Outlook: an underscore line and a header block, no quote marks', () => {
    const text = `accept 2\r\n\r\nHi Dana, Wednesday works great for me. See you then!\r\nAlex\r\n\r\n________________________________\r\nFrom: invite-advisor <advisor@in.example.com>\r\nSent: Tuesday, March 3, 2026 10:00 AM\r\nTo: Alex Morgan <alex@example.com>\r\nSubject: Attend: Phone screen\r\n\r\n${quoted}`;
    expect(parseCommand(text)).toEqual({ kind: 'accept', slot: 2, wording: 'Hi Dana, Wednesday works great for me. See you then!\nAlex' });
  });

  it('Apple Mail: "On … at …, … wrote:" and a quoted block', () => {
    const text = `Decline.\n\nDear Marcus, thank you — I will pass this time.\n\n> On Mar 3, 2026, at 10:00, invite-advisor <advisor@in.example.com> wrote:\n>\n${quote('> ')}`;
    expect(parseCommand(text)).toMatchObject({ kind: 'decline', wording: 'Dear Marcus, thank you — I will pass this time.' });
  });

  it.each([
    ['history', { kind: 'history' }],
    ['forget', { kind: 'forget' }],
    ['resend', { kind: 'resend' }],
    ['Accept time 3', { kind: 'accept', slot: 3, wording: null }],
    ['yes!', { kind: 'accept', slot: null, wording: null }],
    ['please send the first one', { kind: 'unknown', firstLine: 'please send the first one' }],
    ['forget 2', { kind: 'unknown', firstLine: 'forget 2' }],
  ])('%j', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });
});

describe('leakedLines', () => {
  const privateLines = ['Interview experience never hurts: the Data Analyst interview at Northwind Traders is practice that makes the interviews that matter easier.', 'the role is a dud and they had layoffs'];
  it('finds a line of the recommendation or of the note in what would be sent', () => {
    expect(leakedLines('Dear Priya,\n> Interview experience never hurts: the Data Analyst interview at Northwind Traders is practice that makes the interviews that matter easier.', privateLines)).toHaveLength(1);
    expect(leakedLines('Dear Priya,\nthe role is a dud and they had layoffs, sorry', privateLines)).toHaveLength(1);
    expect(leakedLines('Dear Priya,\nThank you for the invitation.\nBest regards,', privateLines)).toEqual([]);
  });
});

describe('isAuthenticCommand', () => {
  const envelope = (dmarc: 'PASS' | 'FAIL' | 'GRAY', ar: string[]) => ({
    from: 'alex@example.com',
    header: (name: string) => (name === 'authentication-results' ? ar : []),
    verdicts: { spam: 'PASS', virus: 'PASS', dkim: 'PASS', dmarc } as const,
  });
  it('needs DMARC PASS or an aligned DKIM pass from SES’s own header', () => {
    expect(isAuthenticCommand(envelope('PASS', []))).toBe(true);
    expect(isAuthenticCommand(envelope('GRAY', ['amazonses.com; spf=pass; dkim=pass header.i=@example.com; dmarc=none']))).toBe(true);
    expect(isAuthenticCommand(envelope('GRAY', ['amazonses.com; spf=pass; dkim=pass header.i=@other.example; dmarc=none']))).toBe(false);
    expect(isAuthenticCommand(envelope('GRAY', ['amazonses.com; dkim=fail header.i=@example.com', 'x.example; dkim=pass header.i=@example.com; dmarc=pass']))).toBe(false);
    expect(isAuthenticCommand(envelope('FAIL', []))).toBe(false);
  });
});

describe('sender-controlled text inside SES’s Authentication-Results (regression: a forged command passed)', () => {
  const gray = (ar: string) => ({
    from: 'alex@example.com',
    header: (name: string) => (name === 'authentication-results' ? [ar] : []),
    verdicts: { spam: 'PASS', virus: 'PASS', dkim: 'PASS', dmarc: 'GRAY' } as const,
  });
  it.each([
    'amazonses.com; spf=pass (spfCheck: domain of evil.example designates 1.2.3.4) client-ip=1.2.3.4; envelope-from=dmarc=pass@evil.example; helo=mx.evil.example; dkim=pass header.i=@evil.example; dmarc=none header.from=example.com;',
    'amazonses.com; spf=pass client-ip=1.2.3.4; envelope-from="a dkim=pass header.d=example.com"@evil.example; helo=mx.evil.example; dkim=pass header.i=@evil.example; dmarc=none header.from=example.com;',
    'amazonses.com; spf=pass client-ip=1.2.3.4; envelope-from="x; dkim=pass header.d=example.com"@evil.example; dkim=pass header.i=@evil.example; dmarc=none header.from=example.com;',
    'amazonses.com; spf=pass (a comment; dkim=pass header.d=example.com) client-ip=1.2.3.4; dkim=pass header.i=@evil.example; dmarc=none;',
  ])('does not count injected results: %s', (ar) => {
    expect(isAuthenticCommand(gray(ar))).toBe(false);
  });
});

describe('quotes the reply parser must not miss (regression: the whole recommendation became the reply)', () => {
  it.each([
    ['Italian separator', `accept\n\n-------- Messaggio originale --------\nDa: invite-advisor\n${quoted}`],
    ['German "schrieb"', `accept\n\nAlex Morgan <alex@example.com> schrieb am Di., 3. März 2026, 10:00:\n${quoted}`],
  ])('%s', (_name, text) => {
    expect(parseCommand(text)).toEqual({ kind: 'accept', slot: null, wording: null });
  });

  it('the recommendation’s own footer or invitation id in the text to send counts as a leak', () => {
    const lines = ['invite-advisor wrote this for', 'Invitation abcdefghijklmnop'];
    expect(leakedLines('Dear Priya,\ninvite-advisor wrote this for Alex Morgan only. Invitation abcdefghijklmnop.', lines)).not.toEqual([]);
  });
});
