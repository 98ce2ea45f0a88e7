/**
 * Reply tokens bind a reply to one invitation through the reply ADDRESS (`<inbox>+<token>@<domain>`):
 * mail clients do not copy custom headers into replies, and SES replaces our Message-ID.
 *
 * Layout (22 bytes → 36 lowercase base32 characters; mail systems may change the case of a local part):
 *   invite id (10 bytes) | expiry in days since 1970 (2 bytes) | HMAC-SHA256 truncated to 10 bytes
 * so `interviews+<token>` stays well within the 64 characters allowed for a local part.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { base32nopad } from '@scure/base';
import { ReplyTokenError } from '../../errors.js';

const ID_BYTES = 10;
const MAC_BYTES = 10;
const DAY_MS = 86_400_000;
/**
 * What a token may do. A `reply` token (the recommendation's Reply-To) carries commands; a `choice`
 * token (the Bcc of the draft links) only records which draft was sent. Each is signed in its own
 * context, so a Bcc address seen in the owner's sent mail cannot be turned into a command address.
 */
export type TokenPurpose = 'reply' | 'choice';
const CONTEXT: Record<TokenPurpose, string> = { reply: 'invite-advisor/reply-token/v1', choice: 'invite-advisor/choice-token/v1' };

/** An invitation id: 16 lowercase base32 characters derived from the invitation's identity key. */
export function inviteIdFor(identityKey: string): string {
  return encode(createHash('sha256').update(identityKey).digest().subarray(0, ID_BYTES));
}

export function makeReplyToken(secret: string, inviteId: string, expiresAt: Date, purpose: TokenPurpose = 'reply'): string {
  const id = decode(inviteId, ID_BYTES);
  const days = Math.ceil(expiresAt.getTime() / DAY_MS);
  const expiry = Buffer.from([(days >> 8) & 0xff, days & 0xff]);
  return encode(Buffer.concat([id, expiry, mac(secret, id, expiry, purpose)]));
}

export function verifyReplyToken(secret: string, token: string, now: Date, purpose: TokenPurpose = 'reply'): { inviteId: string; expiresAt: Date } {
  let bytes: Buffer;
  try {
    bytes = decode(token.toLowerCase(), ID_BYTES + 2 + MAC_BYTES);
  } catch {
    throw new ReplyTokenError('malformed');
  }
  const id = bytes.subarray(0, ID_BYTES);
  const expiry = bytes.subarray(ID_BYTES, ID_BYTES + 2);
  if (!timingSafeEqual(bytes.subarray(ID_BYTES + 2), mac(secret, id, expiry, purpose))) throw new ReplyTokenError('bad-signature');
  const expiresAt = new Date(((expiry[0] ?? 0) * 256 + (expiry[1] ?? 0)) * DAY_MS);
  if (expiresAt.getTime() < now.getTime()) throw new ReplyTokenError('expired');
  return { inviteId: encode(id), expiresAt };
}

function mac(secret: string, id: Uint8Array, expiry: Uint8Array, purpose: TokenPurpose): Buffer {
  return createHmac('sha256', secret).update(CONTEXT[purpose]).update(id).update(expiry).digest().subarray(0, MAC_BYTES);
}

function encode(bytes: Uint8Array): string {
  return base32nopad.encode(bytes).toLowerCase();
}

function decode(text: string, length: number): Buffer {
  const bytes = Buffer.from(base32nopad.decode(text.toUpperCase()));
  if (bytes.length !== length) throw new ReplyTokenError('malformed');
  return bytes;
}
