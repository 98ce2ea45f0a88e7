/**
 * Reading SES's header block back from a stored message (core/trust/stored-receipt.ts): the envelope
 * and verdicts of a re-drive. Only the block SES wrote on top counts, and what cannot be read is never
 * a pass.
 */
import { describe, expect, it } from 'vitest';
import { receiptFromStoredMail } from '../../../../functions/core/trust/trust.js';
import { fixture } from '../../../fakes/ports.js';
import { withSesBlock } from '../../../fakes/recovery.js';

const INBOX = 'interviews@in.example.com';
const FORWARD = fixture('fixtures/mail/forward-gmail-owner.eml');
const read = (raw: Buffer) => receiptFromStoredMail(raw, { inboxAddress: INBOX });

describe('receiptFromStoredMail', () => {
  it("reads the envelope and SES's verdicts from the block SES wrote on top", () => {
    const receipt = read(withSesBlock(FORWARD, { mailFrom: 'alex@example.com', recipient: 'interviews+abc@in.example.com' }));
    expect(receipt).toMatchObject({
      sesBlock: true,
      mailFrom: 'alex@example.com',
      recipients: ['interviews+abc@in.example.com'],
      from: ['Alex Morgan <alex@example.com>'],
      headersTruncated: false,
      verdicts: { spam: 'PASS', virus: 'PASS', dkim: 'PASS', dmarc: 'PASS' },
    });
    expect(receipt.headers[0]).toEqual({ name: 'Return-Path', value: '<alex@example.com>' });
    expect(receipt.headers.find((h) => h.name === 'Subject')?.value).toBe('Fwd: Video interview - Junior Financial Analyst');
  });

  it.each([
    [{ dmarc: 'fail' }, { dmarc: 'FAIL' }],
    [{ dmarc: 'none', dkim: 'none' }, { dmarc: 'GRAY', dkim: 'GRAY' }],
    [{ dmarc: 'temperror', dkim: 'fail' }, { dmarc: 'PROCESSING_FAILED', dkim: 'FAIL' }],
    [{ virus: 'FAIL', spam: 'GRAY' }, { virus: 'FAIL', spam: 'GRAY' }],
  ])('maps the written results %o to the verdicts %o', (written, verdicts) => {
    expect(read(withSesBlock(FORWARD, written)).verdicts).toMatchObject(verdicts);
  });

  it("reads a bounce's empty return path as ''", () => {
    expect(read(withSesBlock(FORWARD, { mailFrom: '' })).mailFrom).toBe('');
  });

  it("never reads a verdict the sender wrote below SES's block", () => {
    // No scan verdicts in SES's block (scanning off), a forged PASS in the sender's own header fields.
    const raw = withSesBlock(Buffer.concat([Buffer.from('X-SES-Virus-Verdict: PASS\r\nAuthentication-Results: amazonses.com; dmarc=pass header.from=example.com;\r\n'), FORWARD]), { dmarc: 'fail' });
    const stripped = Buffer.from(raw.toString('latin1').replace(/^X-SES-Spam-Verdict: PASS\r\nX-SES-Virus-Verdict: PASS\r\n/m, ''), 'latin1');
    expect(read(stripped).verdicts).toMatchObject({ spam: 'DISABLED', virus: 'DISABLED', dmarc: 'FAIL' });
  });

  it('reads a message without SES\'s block as nothing: no envelope sender (never answered), no pass', () => {
    const receipt = read(Buffer.concat([Buffer.from('Authentication-Results: amazonses.com; dmarc=pass header.from=example.com;\r\n'), FORWARD]));
    expect(receipt).toMatchObject({ sesBlock: false, mailFrom: '', verdicts: { spam: 'DISABLED', virus: 'DISABLED', dkim: 'GRAY', dmarc: 'GRAY' } });
  });

  it("takes the inbox's addresses in To and Cc when SES's Received line names no recipient, else the inbox", () => {
    const noFor = (raw: Buffer) => Buffer.from(raw.toString('latin1').replace(/\r\n for [^;]+;/, ';'), 'latin1');
    expect(read(noFor(withSesBlock(FORWARD))).recipients).toEqual([INBOX]);
    const toToken = Buffer.from(FORWARD.toString('latin1').replace('To: interviews@in.example.com', 'To: "Advisor" <interviews+tok@in.example.com>, bob@example.org'), 'latin1');
    expect(read(noFor(withSesBlock(toToken))).recipients).toEqual(['interviews+tok@in.example.com']);
  });

  it('cuts the header list after about 10 KB, as SES does in its event, and says so', () => {
    const many = Buffer.concat([Buffer.from(Array.from({ length: 300 }, (_, i) => `X-Filler-${i}: ${'x'.repeat(60)}\r\n`).join('')), FORWARD]);
    const receipt = read(withSesBlock(many));
    expect(receipt.headersTruncated).toBe(true);
    expect(receipt.verdicts.dmarc).toBe('PASS');
  });
});
