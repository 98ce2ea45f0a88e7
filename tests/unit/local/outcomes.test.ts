/** The report of one message in local mode and the words `npm run send` prints about it (local/outcomes.ts). */
import { describe, expect, it } from 'vitest';
import { OutcomeBook, reportOf, senderLine, terminalLine, type InstanceFacts, type MessageReport } from '../../../local/outcomes.js';

const instance: InstanceFacts = { configFile: 'local/local.config.json', owners: ['alex@example.com'], inbox: 'interviews@in.example.com' };
const OUTBOX = 'http://127.0.0.1:2580/';
const event = (from: string) => ({ Records: [{ ses: { mail: { messageId: 'ses-1', commonHeaders: { from: [from] } } } }] });
const noLookups = { invitation: () => Promise.resolve(null), sentMail: () => Promise.resolve(null) };
const at = '2026-12-02T09:05:07.000Z';

describe('reportOf', () => {
  it('a recommendation: its verdict and the invitation subject, and the subject of the mail sent', async () => {
    // Prepare
    const lookups = {
      invitation: () => Promise.resolve({ verdict: 'attend' as const, subject: 'Interview at Acme' }),
      sentMail: () => Promise.resolve('From: advisor@in.example.com\r\nTo: alex@example.com\r\nSubject: Attend: Interview at Acme\r\n\r\nbody\r\n'),
    };
    // Act
    const report = await reportOf(event('alex@example.com'), { result: [{ outcome: 'recommended', inviteId: 'i1', sentMessageId: 'm1' }] }, lookups, new Date(at));
    // Assess
    expect(report).toEqual({
      messageId: 'ses-1',
      at,
      from: 'alex@example.com',
      outcome: 'recommended',
      inviteId: 'i1',
      verdict: 'attend',
      subject: 'Interview at Acme',
      sent: { subject: 'Attend: Interview at Acme', to: ['alex@example.com'] },
    });
  });

  it('a drop keeps its reason; a handler that threw is a failure with its first line', async () => {
    expect(await reportOf(event('x@y.example'), { result: [{ outcome: 'dropped', reason: 'stranger' }] }, noLookups, new Date(at))).toMatchObject({ outcome: 'dropped', reason: 'stranger', from: 'x@y.example' });
    expect(await reportOf(event('x@y.example'), { error: new Error('boom\nstack') }, noLookups, new Date(at))).toMatchObject({ outcome: 'failed', error: 'boom' });
  });

  it("a re-drive by the sweep is reported under the message it names", async () => {
    const redrive = { source: 'invite-advisor.redrive', messageId: 'ses-2', by: 'sweep' };
    expect(await reportOf(redrive, { result: [{ outcome: 'duplicate', previous: 'recommended' }] }, noLookups, new Date(at))).toMatchObject({ messageId: 'ses-2', outcome: 'duplicate', from: null });
  });
});

describe('npm run send after an accept printed note sent: "?" (new-user review)', () => {
  it('says which draft goes to whom, and that a note confirms it', async () => {
    // Prepare: the command handed the accept draft to the sending function; nothing was mailed by this run
    const lookups = {
      invitation: () => Promise.resolve({ verdict: 'attend' as const, subject: 'Interview at Acme', send: { verdict: 'attend' as const, to: 'jordan@acme.example' } }),
      sentMail: () => Promise.resolve(null),
    };
    // Act
    const report = await reportOf(event('alex@example.com'), { result: [{ outcome: 'command', inviteId: 'i1' }] }, lookups, new Date(at));
    const { line, ok } = senderLine({ state: 'done', instance, report }, 'alex@example.com', OUTBOX);
    // Assess
    expect(line).toBe(`command taken: invite-advisor sends the accept draft to jordan@acme.example ("Interview at Acme") for you; a note confirms once it is out; read it at ${OUTBOX}`);
    expect(ok).toBe(true);
    expect(terminalLine(report)).toContain('command taken: invite-advisor sends the accept draft to jordan@acme.example');
  });

  it('never prints "?": a command whose lookups failed, and a note whose mail was not found', async () => {
    const handed = await reportOf(event('alex@example.com'), { result: [{ outcome: 'command', inviteId: 'i1' }] }, noLookups, new Date(at));
    const note = await reportOf(event('alex@example.com'), { result: [{ outcome: 'command', inviteId: 'i1', sentMessageId: 'm1' }] }, noLookups, new Date(at));
    const lines = [handed, note].map((report) => senderLine({ state: 'done', instance, report }, null, OUTBOX).line);
    expect(lines).toEqual([`command taken: invite-advisor sends the chosen draft for you; a note confirms once it is out; read it at ${OUTBOX}`, `note sent; read it at ${OUTBOX}`]);
  });
});

describe('senderLine', () => {
  const done = (report: Partial<MessageReport>) => ({ state: 'done' as const, instance, report: { messageId: 'ses-1', at, from: null, outcome: 'recommended' as const, ...report } });

  it('recommended: the verdict, the subject and where to read it', () => {
    expect(senderLine(done({ verdict: 'decline', subject: 'Interview at Acme' }), 'alex@example.com', OUTBOX)).toEqual({
      line: `recommended: politely decline — "Interview at Acme"; read it at ${OUTBOX}`,
      ok: true,
    });
  });

  it('a note: which one', () => {
    expect(senderLine(done({ outcome: 'answered-notice', sent: { subject: 'invite-advisor: no interview invitation found', to: [] } }), null, OUTBOX).line).toBe(
      `note sent: "invite-advisor: no interview invitation found"; read it at ${OUTBOX}`,
    );
  });

  it('a stranger: the From read from the file, the owners configured, and the fixes', () => {
    const { line, ok } = senderLine(done({ outcome: 'dropped', reason: 'stranger', from: 'Robin <robin@mail.example>' }), 'robin@mail.example', OUTBOX);
    expect(ok).toBe(false);
    expect(line).toContain("the file's From is robin@mail.example, and this local mode answers only alex@example.com (owner.addresses in local/local.config.json)");
    expect(line).toContain('Fix: add robin@mail.example to owner.addresses there and restart npm start');
    expect(line).toContain('pass the same --config to send');
    expect(line).toContain('--as-owner');
  });

  it('every drop reason is explained in words', () => {
    for (const reason of ['own-address', 'automatic', 'forged-owner', 'unauthenticated-owner', 'virus-from-stranger', undefined]) {
      const { line } = senderLine(done({ outcome: 'dropped', ...(reason ? { reason } : {}) }), 'alex@example.com', OUTBOX);
      expect(line).toMatch(/^dropped: .{30,}/);
      expect(line).not.toContain('undefined');
    }
  });

  it('no outcome in time: says so and where to look', () => {
    expect(senderLine({ state: 'pending', instance }, null, OUTBOX)).toEqual({ line: expect.stringContaining('no outcome yet') as string, ok: false });
  });
});

describe('terminalLine', () => {
  it('time, outcome, verdict and subject, and the id', () => {
    const line = terminalLine({ messageId: 'ses-1', at, from: 'alex@example.com', outcome: 'recommended', verdict: 'attend', subject: 'Interview at Acme' });
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\] recommended: attend — "Interview at Acme" {2}\(message ses-1\)$/);
  });
});

describe('OutcomeBook', () => {
  it('wakes a reader that waits for a report; gives up after the wait', async () => {
    const book = new OutcomeBook();
    const waiting = book.wait('ses-1', 60_000);
    book.record({ messageId: 'ses-1', at, from: null, outcome: 'duplicate' });
    expect((await waiting)?.outcome).toBe('duplicate');
    expect(await book.wait('ses-2', 1)).toBeUndefined();
  });
});
