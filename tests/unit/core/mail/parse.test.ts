import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MailTooLargeError, NotAMailError } from '../../../../functions/errors.js';
import { parseMessage, parseOffset } from '../../../../functions/core/mail/parse.js';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/mail/${name}`, import.meta.url));

describe('parseMessage', () => {
  it('rejects binary noise as not a mail message', async () => {
    await expect(parseMessage(fixture('garbage.bin'))).rejects.toBeInstanceOf(NotAMailError);
  });

  it('rejects an empty file and text without any header field', async () => {
    await expect(parseMessage(new Uint8Array())).rejects.toBeInstanceOf(NotAMailError);
    await expect(parseMessage(Buffer.from('hello there\n\nthis is not a mail'))).rejects.toBeInstanceOf(NotAMailError);
  });

  it('refuses a message over the size cap before parsing it', async () => {
    await expect(parseMessage(fixture('forward-gmail-owner.eml'), 100)).rejects.toBeInstanceOf(MailTooLargeError);
  });

  it('refuses a message of more than 100 message/rfc822 parts before parsing (found by the red-team round: 10,000 nested ones took mailparser 13 s, a 10 MB one past the function’s 30 s: Lambda’s retries and a failure notice for a stranger’s mail)', async () => {
    // Prepare: messages nested in messages, each a few header lines; the type written in any case, folded once.
    const head = 'From: evil@evil.example\r\nSubject: hi\r\nMIME-Version: 1.0\r\n';
    let nested = 'x';
    for (let i = 0; i < 101; i += 1) nested = `${head}Content-Type: ${i % 2 ? 'Message/RFC822' : '\r\n message/rfc822'}\r\n\r\n${nested}`;
    // Act / Assess
    await expect(parseMessage(Buffer.from(nested))).rejects.toThrow(/more than 100 messages inside it/);
    await expect(parseMessage(Buffer.from(nested))).rejects.toBeInstanceOf(NotAMailError);
  });

  it('still reads a message with 100 messages inside it', async () => {
    const head = 'From: alex@example.com\r\nSubject: hi\r\nMIME-Version: 1.0\r\n';
    let nested = 'x';
    for (let i = 0; i < 100; i += 1) nested = `${head}Content-Type: message/rfc822\r\n\r\n${nested}`;
    expect((await parseMessage(Buffer.from(nested))).from?.address).toBe('alex@example.com');
  });

  it('keeps the sender’s offset that mailparser drops', async () => {
    const message = await parseMessage(Buffer.from('From: a@b.example\r\nDate: Mon, 9 Mar 2026 10:14:00 -0500\r\nSubject: x\r\n\r\nbody\r\n'));
    expect(message.date?.offsetMinutes).toBe(-300);
    expect(message.date?.instant.toISOString()).toBe('2026-03-09T15:14:00.000Z');
  });

  it('reads an empty-bodied message from the owner without failing', async () => {
    const message = await parseMessage(fixture('empty-body-owner.eml'));
    expect(message.from?.address).toBe('alex@example.com');
    expect(message.text.trim()).toBe('');
  });

  it('keeps the raw bytes of an inline message/rfc822 part (mailparser inlines it without Reply-To)', async () => {
    const raw = [
      'From: Alex <alex@example.com>', 'Subject: Fwd: x', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
      '--b1', 'Content-Type: text/plain', '', 'see below', '--b1', 'Content-Type: message/rfc822', 'Content-Disposition: inline', '',
      'From: Careers <careers@acme.example>', 'Reply-To: Pat <pat@acme.example>', 'Subject: Interview', '', 'Hello', '--b1--', '',
    ].join('\r\n');
    const message = await parseMessage(Buffer.from(raw));
    expect(message.inlineMessages).toHaveLength(1);
    const inner = await parseMessage(message.inlineMessages![0]!);
    expect(inner.replyTo).toEqual({ name: 'Pat', address: 'pat@acme.example' });
  });

  it('reads a part with an empty Content-Type as text/plain (RFC 2045 §5.2), where mailparser gave `false` and it crashed', async () => {
    // Prepare
    const raw = ['From: a@b.example', 'Subject: x', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type:', '', 'the text', '--b', 'Content-Type:  ', '', 'more', '--b--', ''].join('\r\n');
    // Act
    const message = await parseMessage(Buffer.from(raw));
    // Assess
    expect(message.text).toContain('the text');
    expect(message.attachedMessages).toEqual([]);
  });

  it('reads no offset from a Date zone that is none (-9999 became -100:39 and an invalid date downstream)', () => {
    // Act
    const offsets = ['Tue, 17 Mar 2026 10:22:48 -9999', 'Tue, 17 Mar 2026 10:22:48 +0060', 'Tue, 17 Mar 2026 10:22:48 -2359', 'Tue, 17 Mar 2026 10:22:48 +0530 (IST)'].map(parseOffset);
    // Assess
    expect(offsets).toEqual([null, null, -1439, 330]);
  });

  it('makes decoded text well-formed: an encoded word or a UTF-16 body cut mid-pair gives U+FFFD, not a lone surrogate', async () => {
    // Prepare: a UTF-16 encoded word with only a high surrogate (D800), and a UTF-16LE body ending mid-pair
    const body = Buffer.concat([Buffer.from('Hi', 'utf16le'), Buffer.from([0x3d, 0xd8])]).toString('base64');
    const raw = ['From: =?UTF-16BE?B?2AA=?= <a@b.example>', 'Subject: =?UTF-16BE?B?2AA=?= Interview', 'Content-Type: text/plain; charset=utf-16le', 'Content-Transfer-Encoding: base64', '', body, ''].join('\r\n');
    // Act
    const message = await parseMessage(Buffer.from(raw));
    // Assess
    expect(message.subject).toBe('\ufffd Interview');
    expect(message.from?.name).toBe('\ufffd');
    expect(message.text).toBe('Hi\ufffd');
  });

  it('keeps the names of attached documents (RFC 2231 encoded too), not of calendars or attached mail, at most ten', async () => {
    const part = (name: string, type: string) => [`--b`, `Content-Type: ${type}`, `Content-Disposition: attachment; filename*=utf-8''${encodeURIComponent(name)}`, 'Content-Transfer-Encoding: base64', '', 'aGk=', ''].join('\r\n');
    const raw = ['From: a@x.example', 'To: b@y.example', 'Subject: s', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '', '--b', 'Content-Type: text/plain', '', 'Hello', '',
      part('Fiche de poste - Opérateur (H-F).pdf', 'application/pdf'), part('invite.ics', 'text/calendar'),
      ...Array.from({ length: 12 }, (_, i) => part(`doc${i}.txt`, 'text/plain')), '--b--', ''].join('\r\n');
    const message = await parseMessage(Buffer.from(raw));
    expect(message.attachmentNames?.[0]).toBe('Fiche de poste - Opérateur (H-F).pdf');
    expect(message.attachmentNames).not.toContain('invite.ics');
    expect(message.attachmentNames).toHaveLength(10);
  });
});
