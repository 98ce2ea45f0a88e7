/**
 * Threading a reply to the invitation (issue #14, item 3): the invitation's Message-ID is read wherever
 * the forward carries it (the forward's own References / In-Reply-To / X-Forwarded-Message-Id, a
 * Message-ID line of the forwarded header block, an attached or embedded message), one test per client
 * shape; and never taken from a header that names another message (the owner's own forwarded reply, an
 * edited subject, headers that disagree), nor made up where the forward has none.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findOriginal, type ForwardAnalysis } from '../../../../functions/core/extract/forward.js';
import { forwardThreading, MAX_REFERENCES, messageIdsIn, replyHeaders, sameSubject } from '../../../../functions/core/extract/threading.js';
import { parseMessage } from '../../../../functions/core/mail/mail.js';
import { identityKey } from '../../../../functions/core/triage/triage.js';

const OWNER = { addresses: ['alex@example.com'], name: 'Alex Morgan' };

function file(path: string): string {
  return readFileSync(new URL(`../../../../${path}`, import.meta.url), 'latin1');
}

/** The message's top-level header lines named here removed (with their folded continuation lines). */
function withoutHeaders(raw: string, ...names: string[]): string {
  const end = raw.search(/\r?\n\r?\n/);
  const pattern = new RegExp(`^(?:${names.join('|')}):.*(?:\\r?\\n[ \\t].*)*\\r?\\n`, 'gim');
  return raw.slice(0, end + 2).replace(pattern, '') + raw.slice(end + 2);
}

function withHeaders(raw: string, ...lines: string[]): string {
  return `${lines.map((l) => `${l}\r\n`).join('')}${raw}`;
}

async function analyse(raw: string): Promise<ForwardAnalysis> {
  return findOriginal(await parseMessage(Buffer.from(raw, 'latin1')), OWNER);
}

const GMAIL = 'samples/01-gmail-video-interview.eml';
const GMAIL_ID = '<CAF3p7hQx2m1Rk9eWn0tYvZ8cLd4sGa6bJu5iHo1Ee_pN3Kq7Tw@mail.pinecrest.example>';
const OUTLOOK = 'samples/02-outlook-phone-screen.eml';
const OUTLOOK_ID = '<SA1PR19MB5520E3B7C94F6A02D1C8B3F9D7352@SA1PR19MB5520.namprd19.prod.brightlinemktg.example>';
const APPLE = 'samples/03-apple-mail-onsite-decline.eml';
const APPLE_ID = '<CAN4y1Rb8dT3QwLk0Zp6vX2mJs9HfE7cGu5aNo3Yi1KeR4tUq8A@mail.halvorsenprinting.example>';
const ATTACHMENT = 'samples/04-attachment-ats-video.eml';
const ATTACHED_ID = '<01000196a7c3e5f2-7d1b4a8e-b2c9-3f6e1d0a5b8c-000000@email.ats.example>';
const OWA = 'tests/fixtures/labelled/outlook-web-en-html-only-no-text-part.eml';
const THUNDERBIRD = 'tests/fixtures/labelled/thunderbird-en-FWD-uppercase-subject.eml';
const INVITE = '<invite.7731@mail.hiring.example>';

describe('each client shape: the invitation’s id where the forward carries it', () => {
  it('Gmail: the forward’s In-Reply-To and References name the forwarded message', async () => {
    // Act
    const { threading } = await analyse(file(GMAIL));
    // Assess
    expect(threading).toEqual({ inReplyTo: GMAIL_ID, references: [GMAIL_ID], source: 'in-reply-to' });
  });

  it('Gmail, a message forwarded out of a thread: References keeps the chain before it', async () => {
    const raw = withHeaders(withoutHeaders(file(GMAIL), 'References', 'In-Reply-To'), `References: <first.1@mail.pinecrest.example>\r\n ${GMAIL_ID}`, `In-Reply-To: ${GMAIL_ID}`);
    const { threading } = await analyse(raw);
    expect(threading).toEqual({ inReplyTo: GMAIL_ID, references: ['<first.1@mail.pinecrest.example>', GMAIL_ID], source: 'in-reply-to' });
  });

  it('Outlook desktop on Exchange: In-Reply-To and References name the forwarded message', async () => {
    const { threading } = await analyse(file(OUTLOOK));
    expect(threading).toEqual({ inReplyTo: OUTLOOK_ID, references: [OUTLOOK_ID], source: 'in-reply-to' });
  });

  it('Outlook on the web (Microsoft 365), HTML only: the same headers, the forwarded block read from the HTML', async () => {
    const raw = withHeaders(file(OWA), `References: ${INVITE}`, `In-Reply-To: ${INVITE}`);
    const found = await analyse(raw);
    expect(found.original.from?.address).toBe('nprice@blueheroncu.example');
    expect(found.threading).toEqual({ inReplyTo: INVITE, references: [INVITE], source: 'in-reply-to' });
  });

  it('Apple Mail: References only (no In-Reply-To), its last id', async () => {
    const { threading } = await analyse(file(APPLE));
    expect(threading).toEqual({ inReplyTo: APPLE_ID, references: [APPLE_ID], source: 'references' });
  });

  it('Thunderbird: X-Forwarded-Message-Id, In-Reply-To and References agree', async () => {
    const raw = withHeaders(file(THUNDERBIRD), `References: ${INVITE}`, `In-Reply-To: ${INVITE}`, `X-Forwarded-Message-Id: ${INVITE}`);
    const { threading } = await analyse(raw);
    expect(threading).toEqual({ inReplyTo: INVITE, references: [INVITE], source: 'x-forwarded-message-id' });
  });

  it('Thunderbird with all headers shown: the Message-ID line of the forwarded header block', async () => {
    const raw = file(THUNDERBIRD).replace('To: \tAlex Morgan <alex@example.com>\r\n', `To: \tAlex Morgan <alex@example.com>\r\nMessage-ID: \t${INVITE}\r\n`);
    expect(raw).toContain(INVITE);
    const found = await analyse(raw);
    expect(found.threading).toEqual({ inReplyTo: INVITE, references: [INVITE], source: 'header-block' });
    // The identity stays the subject and date: the same invitation forwarded from another client is one invitation.
    expect(found.original.messageId).toBeNull();
    expect(identityKey(found)).toContain('|subject:');
  });

  it('a header block the forward parser does not know (read by our own reader) keeps its Message-ID line too', async () => {
    const raw = [
      'From: Alex Morgan <alex@example.com>',
      'To: interviews@in.example.com',
      'Subject: PD: Rozmowa',
      'Date: Mon, 9 Mar 2026 11:00:00 +0100',
      'Message-ID: <outer.1@example.com>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Od: Anna Nowak <anna@firma.example>',
      'Wysłano: poniedziałek, 9 marca 2026 10:05',
      `Message-ID: ${INVITE}`,
      'Temat: Rozmowa',
      '',
      'Zapraszamy na rozmowę.',
      '',
    ].join('\r\n');
    const found = await analyse(raw);
    expect(found.original.from?.address).toBe('anna@firma.example');
    expect(found.threading?.inReplyTo).toBe(INVITE);
  });

  it('attached as a message: the attached message’s own Message-ID, after its References', async () => {
    const { threading } = await analyse(file(ATTACHMENT));
    expect(threading).toEqual({ inReplyTo: ATTACHED_ID, references: [ATTACHED_ID], source: 'message' });
  });

  it('mutt’s inline message/rfc822 part: its own Message-ID', async () => {
    const { threading, via } = await analyse(file('tests/fixtures/labelled/mutt-en-inline-rfc822-reply-to.eml'));
    expect(via).toBe('inline');
    expect(threading).toMatchObject({ inReplyTo: '<2AD9D5F5C5F62BF4C7@wrenhollis.example>', source: 'message' });
  });

  it('an invitation that reached the inbox itself: its own Message-ID and References', async () => {
    const raw = withHeaders(file('tests/fixtures/labelled/direct-en-availability-next-week.eml'), `References: ${INVITE}`);
    const { threading, via } = await analyse(raw);
    expect(via).toBe('none');
    expect(threading).toEqual({ inReplyTo: '<8FpNHpmvGZgCMKOdCHpw@oakhurstpartners.example>', references: [INVITE, '<8FpNHpmvGZgCMKOdCHpw@oakhurstpartners.example>'], source: 'message' });
  });

  it('the owner’s reply above a quoted invitation: its In-Reply-To is the quoted message', async () => {
    const raw = [
      'From: Alex Morgan <alex@example.com>',
      'To: interviews@in.example.com',
      'Subject: Re: Interview',
      'Date: Mon, 9 Mar 2026 11:00:00 +0000',
      'Message-ID: <reply.1@example.com>',
      `In-Reply-To: ${INVITE}`,
      `References: ${INVITE}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'is this one any good?',
      '',
      'On Mon, Mar 9, 2026 at 10:05 AM Dana Lee <dana@hiring.example> wrote:',
      '> We would like to invite you to an interview on Thursday at 2 pm.',
      '',
    ].join('\r\n');
    const found = await analyse(raw);
    expect(found.original.from?.address).toBe('dana@hiring.example');
    expect(found.threading).toEqual({ inReplyTo: INVITE, references: [INVITE], source: 'in-reply-to' });
  });

  it('the owner’s own forward, attached: its In-Reply-To names the invitation it forwards', async () => {
    const inner = withHeaders(withoutHeaders(file(GMAIL), 'To'), 'To: Sam Morgan <sam@mail.example>');
    const raw = [
      'From: Alex Morgan <alex@example.com>',
      'To: interviews@in.example.com',
      'Subject: Fwd: Interview invitation: Data Analyst at Pinecrest Outdoor',
      'Date: Mon, 9 Mar 2026 13:00:00 -0400',
      'Message-ID: <outer.2@example.com>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'see attached',
      '--b',
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment; filename="fwd.eml"',
      '',
      inner,
      '--b--',
      '',
    ].join('\r\n');
    const found = await analyse(raw);
    expect(found.original.from?.address).toBe('renee.castellanos@pinecrest.example');
    expect(found.threading).toMatchObject({ inReplyTo: GMAIL_ID, source: 'in-reply-to' });
  });
});

describe('where the forward does not carry it: nothing is made up', () => {
  it('Outlook desktop with an IMAP or POP account (no In-Reply-To, no References; its header block has no Message-ID)', async () => {
    const raw = withoutHeaders(file(OUTLOOK), 'References', 'In-Reply-To');
    const found = await analyse(raw);
    expect(found.original.from?.address).toBe('dwhitfield@brightlinemktg.example');
    expect(found.threading).toBeNull();
  });

  it('Outlook on the web without threading headers', async () => {
    expect((await analyse(file(OWA))).threading).toBeNull();
  });

  it('Apple Mail without References', async () => {
    expect((await analyse(withoutHeaders(file(APPLE), 'References'))).threading).toBeNull();
  });

  it('a forward of the owner’s own forward: In-Reply-To names the owner’s message, not the invitation', async () => {
    const found = await analyse(file('tests/fixtures/labelled/gmail-en-forward-of-own-forward.eml'));
    expect(found.original.from?.address).toBe('jenna@palisadedesign.example');
    expect(found.threading).toBeNull();
  });

  it('a forwarded thread whose top is the owner’s own reply (Outlook on the web), with In-Reply-To of that reply', async () => {
    const raw = withHeaders(file('tests/fixtures/labelled/outlook-web-en-fw-re-thread.eml'), 'In-Reply-To: <ownreply.9@example.com>', 'References: <ownreply.9@example.com>');
    const found = await analyse(raw);
    expect(found.original.from?.address).toBe('cdiaz@harrowpike.example');
    expect(found.threading).toBeNull();
  });

  it('a subject the owner edited: the forward’s headers are not shown to be about the forwarded message', async () => {
    const raw = withHeaders(file('tests/fixtures/labelled/gmail-en-edited-subject-no-prefix.eml'), `References: ${INVITE}`, `In-Reply-To: ${INVITE}`);
    expect((await analyse(raw)).threading).toBeNull();
  });

  it('headers that disagree, or name several messages, name none', async () => {
    const forward = (headers: string[]) => ({ subject: 'Fwd: Interview', messageId: '<own@example.com>', headers: headers.map((h) => ({ name: h.split(':')[0]!.toLowerCase(), value: h.slice(h.indexOf(':') + 1).trim() })) });
    const forwarded = { subject: 'Interview' };
    expect(forwardThreading(forward(['In-Reply-To: <a@x.example> <b@x.example>']), forwarded)).toBeNull();
    expect(forwardThreading(forward(['X-Forwarded-Message-Id: <a@x.example> <b@x.example>']), forwarded)).toBeNull();
    expect(forwardThreading(forward(['X-Forwarded-Message-Id: <a@x.example>', 'In-Reply-To: <b@x.example>']), forwarded)).toBeNull();
    expect(forwardThreading(forward(['In-Reply-To: <a@x.example>', 'References: <b@x.example>']), forwarded)).toBeNull();
    expect(forwardThreading(forward(['In-Reply-To: <own@example.com>']), forwarded)).toBeNull();
    expect(forwardThreading(forward(['In-Reply-To: not-an-id', 'References: <no-at-sign>']), forwarded)).toBeNull();
    expect(forwardThreading(forward([]), forwarded)).toBeNull();
    // Control: one id, consistent
    expect(forwardThreading(forward(['In-Reply-To: <a@x.example>', 'References: <a@x.example>']), forwarded)?.inReplyTo).toBe('<a@x.example>');
  });

  it('a Message-ID line in the owner’s note, or two in the header block, is not the invitation’s', async () => {
    const block = (extra: string[], note: string[]) =>
      [
        'From: Alex Morgan <alex@example.com>',
        'To: interviews@in.example.com',
        'Subject: Fwd: Interview',
        'Date: Mon, 9 Mar 2026 11:00:00 +0000',
        'Message-ID: <outer.3@example.com>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        ...note,
        '',
        '---------- Forwarded message ---------',
        'From: Dana Lee <dana@hiring.example>',
        'Date: Mon, Mar 9, 2026 at 10:14 AM',
        'Subject: Interview',
        ...extra,
        'To: <alex@example.com>',
        '',
        'We would like to invite you to an interview on Thursday at 2 pm.',
        '',
      ].join('\r\n');
    expect((await analyse(block([], ['my note', 'Message-ID: <note@x.example>']))).threading).toBeNull();
    expect((await analyse(block(['Message-ID: <a@x.example>', 'Message-ID: <b@x.example>'], ['my note']))).threading).toBeNull();
    expect((await analyse(block(['Message-ID: <a@x.example>'], ['my note']))).threading?.inReplyTo).toBe('<a@x.example>');
  });

  it('a note the owner wrote to the inbox, forwarding nothing: the owner’s own Message-ID is never the invitation’s', async () => {
    const found = await analyse(file('tests/fixtures/mail/empty-body-owner.eml'));
    expect(found.via).toBe('none');
    expect(found.threading).toBeNull();
  });
});

describe('the pieces', () => {
  it('reads only well-formed Message-IDs, in order, once each', () => {
    expect(messageIdsIn('<a@x.example>  (comment) <b@y.example>\t<a@x.example> <bad> <c d@x> <ü@x.example>')).toEqual(['<a@x.example>', '<b@y.example>']);
    expect(messageIdsIn(`<${'a'.repeat(300)}@x.example>`)).toEqual([]);
  });

  it('keeps the first and the newest ids of a long chain', async () => {
    const chain = Array.from({ length: 14 }, (_, i) => `<m${i}@x.example>`);
    const raw = withHeaders(withoutHeaders(file(GMAIL), 'References', 'In-Reply-To'), `References: ${[...chain, GMAIL_ID].join(' ')}`, `In-Reply-To: ${GMAIL_ID}`);
    const { threading } = await analyse(raw);
    expect(threading?.references).toHaveLength(MAX_REFERENCES);
    expect(threading?.references[0]).toBe('<m0@x.example>');
    expect(threading?.references.at(-1)).toBe(GMAIL_ID);
  });

  it('compares subjects without prefixes and gateway tags, and never an empty one', () => {
    expect(sameSubject('[EXTERNAL] Fw: RE: Interview  for X', 'RE: interview for x')).toBe(true);
    expect(sameSubject('Fwd: Interview', 'Interview tomorrow')).toBe(false);
    expect(sameSubject('Fwd:', '')).toBe(false);
  });

  it('a stored invitation: its threading; an older one without it: its own Message-ID; null: nothing', () => {
    expect(replyHeaders({ messageId: null, threading: { inReplyTo: INVITE, references: ['<r@x.example>', INVITE], source: 'in-reply-to' } })).toEqual({ inReplyTo: INVITE, references: ['<r@x.example>', INVITE] });
    expect(replyHeaders({ messageId: INVITE })).toEqual({ inReplyTo: INVITE, references: [INVITE] });
    expect(replyHeaders({ messageId: INVITE, threading: null })).toEqual({ inReplyTo: null, references: [] });
    expect(replyHeaders({ messageId: null })).toEqual({ inReplyTo: null, references: [] });
  });
});
