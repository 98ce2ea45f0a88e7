import { createHmac } from 'node:crypto';
import { base32nopad } from '@scure/base';
import { describe, expect, it } from 'vitest';
import { ReplyTokenError } from '../../../../functions/errors.js';
import { choiceAddresses, INVITE_ID, inviteIdFor, makeReplyToken, outcomeAddress, readLabel, replyAddress, verifyReplyToken } from '../../../../functions/core/reply/reply-address.js';

const secret = 'a-test-secret-that-is-long-enough-0123456789';
const now = new Date('2026-03-01T12:00:00Z');
const inAMonth = new Date('2026-03-31T12:00:00Z');

describe('reply tokens', () => {
  const inviteId = inviteIdFor('message-id:<abc@acme.example>');

  it('round-trips the invite id and fits a 64-character local part', () => {
    const token = makeReplyToken(secret, { inviteId, version: 3 }, inAMonth);
    expect(token).toMatch(/^[a-z2-7]+$/);
    expect(`interviews+${token}`.length).toBeLessThanOrEqual(64);
    expect(verifyReplyToken(secret, token, now).inviteId).toBe(inviteId);
  });

  it('survives a mail system that upper-cases the local part', () => {
    const token = makeReplyToken(secret, { inviteId, version: 3 }, inAMonth);
    expect(verifyReplyToken(secret, token.toUpperCase(), now).inviteId).toBe(inviteId);
  });

  it('rejects a token signed with another secret, a changed character, an expired or a truncated token', () => {
    const token = makeReplyToken(secret, { inviteId, version: 3 }, inAMonth);
    const reason = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof ReplyTokenError ? error.reason : 'other';
      }
      return 'accepted';
    };
    expect(reason(() => verifyReplyToken('another-secret-that-is-also-long-enough', token, now))).toBe('bad-signature');
    const flipped = token.slice(0, 5) + (token[5] === 'a' ? 'b' : 'a') + token.slice(6);
    expect(reason(() => verifyReplyToken(secret, flipped, now))).toBe('bad-signature');
    expect(reason(() => verifyReplyToken(secret, token, new Date('2026-04-02T00:00:00Z')))).toBe('expired');
    expect(reason(() => verifyReplyToken(secret, token.slice(0, -3), now))).toBe('malformed');
    expect(reason(() => verifyReplyToken(secret, 'not base32!', now))).toBe('malformed');
  });

  it('names the version of the invitation its recommendation showed, and fits the longest choice label in 64 characters', () => {
    const token = makeReplyToken(secret, { inviteId, version: 65_535 }, inAMonth);
    expect(verifyReplyToken(secret, token, now)).toMatchObject({ inviteId, version: 65_535 });
    expect(verifyReplyToken(secret, makeReplyToken(secret, { inviteId, version: 1 }, inAMonth), now).version).toBe(1);
    expect(`interviews+${token}-accept-12`.length).toBeLessThanOrEqual(64);
    expect(() => makeReplyToken(secret, { inviteId, version: 0 }, inAMonth)).toThrow(RangeError);
    expect(() => makeReplyToken(secret, { inviteId, version: 65_536 }, inAMonth)).toThrow(RangeError);
  });

  it('a changed version does not verify (the version is signed)', () => {
    const token = makeReplyToken(secret, { inviteId, version: 2 }, inAMonth);
    const bytes = Buffer.from(base32nopad.decode(token.toUpperCase()));
    bytes[11] = 1; // version 2 → 1
    const changed = base32nopad.encode(bytes).toLowerCase();
    expect(() => verifyReplyToken(secret, changed, now)).toThrow(expect.objectContaining({ reason: 'bad-signature' }));
  });

  it('refuses a token of the first layout (no version) as outdated when it is ours, and as forged otherwise', () => {
    // The first layout: invite id (10 bytes) | expiry in days (2) | HMAC over the v1 context (10).
    const v1 = (key: string) => {
      const id = Buffer.from(base32nopad.decode(inviteId.toUpperCase()));
      const days = Math.ceil(inAMonth.getTime() / 86_400_000);
      const expiry = Buffer.from([(days >> 8) & 0xff, days & 0xff]);
      const mac = createHmac('sha256', key).update('invite-advisor/reply-token/v1').update(id).update(expiry).digest().subarray(0, 10);
      return base32nopad.encode(Buffer.concat([id, expiry, mac])).toLowerCase();
    };
    expect(v1(secret)).toHaveLength(36);
    expect(() => verifyReplyToken(secret, v1(secret), now)).toThrow(expect.objectContaining({ reason: 'outdated' }));
    expect(() => verifyReplyToken(secret, v1('another-secret-that-is-also-long-enough'), now)).toThrow(expect.objectContaining({ reason: 'bad-signature' }));
  });

  it('gives the same invitation the same id and another invitation another', () => {
    expect(inviteIdFor('k1')).toBe(inviteIdFor('k1'));
    expect(inviteIdFor('k1')).not.toBe(inviteIdFor('k2'));
    expect(inviteIdFor('k1')).toMatch(/^[a-z2-7]{16}$/);
  });
});

describe('reply addresses', () => {
  const inviteId = inviteIdFor('message-id:<addr@acme.example>');
  const expires = new Date('2026-03-31T12:00:00Z');

  it('writes the recommendation Reply-To as inbox+<token>@domain, whose label verifies as a command token', () => {
    // Prepare / Act
    const address = replyAddress('Interviews@in.example.com', secret, { inviteId, version: 1 }, expires);
    // Assess
    expect(address).toMatch(/^interviews\+[a-z2-7]{39}@in\.example\.com$/);
    const label = readLabel(address.slice('interviews+'.length, address.indexOf('@')));
    expect(label.kind).toBe('command');
    expect(verifyReplyToken(secret, label.token, now).inviteId).toBe(inviteId);
  });

  it('writes a label per draft choice and reads each back, case-insensitively', () => {
    const choiceAddress = choiceAddresses('interviews+old@in.example.com', secret, { inviteId, version: 1 }, expires);
    for (const choice of [{ verdict: 'decline' as const }, { verdict: 'attend' as const }, { verdict: 'attend' as const, slot: 2 }]) {
      const address = choiceAddress(choice);
      expect(address).toMatch(/^interviews\+[a-z2-7]{39}-(accept|accept-2|decline)@in\.example\.com$/);
      const label = readLabel(address.slice('interviews+'.length, address.indexOf('@')).toUpperCase());
      expect(label).toMatchObject({ kind: 'choice', choice });
      if (label.kind === 'choice') expect(verifyReplyToken(secret, label.token, now, 'choice').inviteId).toBe(inviteId);
    }
  });

  it('keeps the two purposes apart: a choice token never verifies as a command token', () => {
    const address = choiceAddresses('interviews@in.example.com', secret, { inviteId, version: 1 }, expires)({ verdict: 'attend' });
    const label = readLabel(address.slice('interviews+'.length, address.indexOf('@')));
    expect(label.kind).toBe('choice');
    if (label.kind === 'choice') expect(() => verifyReplyToken(secret, label.token, now, 'reply')).toThrow(ReplyTokenError);
  });

  it('writes the answer address of "How did it go?" as inbox+<token>-outcome, whose token verifies for answers only', () => {
    const address = outcomeAddress('interviews@in.example.com', secret, { inviteId, version: 3 }, expires);
    expect(address).toMatch(/^interviews\+[a-z2-7]{39}-outcome@in\.example\.com$/);
    expect(address.split('@')[0]!.length).toBeLessThanOrEqual(64);
    const label = readLabel(address.slice('interviews+'.length, address.indexOf('@')).toUpperCase());
    expect(label.kind).toBe('outcome');
    expect(verifyReplyToken(secret, label.token, now, 'outcome')).toMatchObject({ inviteId, version: 3 });
    // Neither a command nor a choice token, and neither of those is an answer token.
    expect(() => verifyReplyToken(secret, label.token, now, 'reply')).toThrow(ReplyTokenError);
    expect(() => verifyReplyToken(secret, label.token, now, 'choice')).toThrow(ReplyTokenError);
    const command = replyAddress('interviews@in.example.com', secret, { inviteId, version: 3 }, expires);
    expect(() => verifyReplyToken(secret, command.slice('interviews+'.length, command.indexOf('@')), now, 'outcome')).toThrow(ReplyTokenError);
  });

  it('gives invitation ids one shape', () => {
    expect(inviteId).toMatch(INVITE_ID);
    expect('ABCDEFGHIJKLMNOP').not.toMatch(INVITE_ID);
  });
});
