/**
 * The reply-address protocol, in one place: how a reply finds its invitation. Mail clients do not copy
 * custom headers into replies, and SES replaces our Message-ID, so the carrier is the reply ADDRESS:
 *
 *   the recommendation's Reply-To     <inbox-local>+<token>@<inbox-domain>               (commands)
 *   a draft link's Bcc (a choice)     <inbox-local>+<choice-token>-accept[-N]@<domain>   or  -decline@
 *
 * The token (lowercase base32: mail systems may change the case of a local part):
 * Layout (22 bytes → 36 lowercase base32 characters; mail systems may change the case of a local part):
 *   invite id (10 bytes) | expiry in days since 1970 (2 bytes) | HMAC-SHA256 truncated to 10 bytes
 * so `interviews+<token>` stays well within the 64 characters allowed for a local part.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { base32nopad } from '@scure/base';
import { ReplyTokenError } from '../../errors.js';
import { DAY_MS, splitPlusLabel } from '../mail/mail.js';

const ID_BYTES = 10;
const MAC_BYTES = 10;
/**
 * What a token may do. A `reply` token (the recommendation's Reply-To) carries commands; a `choice`
 * token (the Bcc of the draft links) only records which draft was sent. Each is signed in its own
 * context, so a Bcc address seen in the owner's sent mail cannot be turned into a command address.
 */
export type TokenPurpose = 'reply' | 'choice';
const CONTEXT: Record<TokenPurpose, string> = { reply: 'invite-advisor/reply-token/v1', choice: 'invite-advisor/choice-token/v1' };

/** The shape of an invitation id: 16 lowercase base32 characters (10 bytes). */
export const INVITE_ID = /^[a-z2-7]{16}$/;

/** An invitation id, derived from the invitation's identity key. */
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

/** Which draft the owner sent from a recommendation's link: the decline, or the accept (of slot N). */
export interface DraftChoice {
  verdict: 'attend' | 'decline';
  /** the proposed slot (1-based) whose accept draft was sent, when several were offered */
  slot?: number;
}

/** What the `+label` of a message to the inbox says. */
export type ReplyLabel =
  /** a reply to the recommendation: a command, once its token verifies */
  | { kind: 'command'; token: string }
  /** the Bcc copy of a draft the owner sent: records the choice, never a command */
  | { kind: 'choice'; token: string; choice: DraftChoice };

function inboxWithLabel(inbox: string, label: string): string {
  const { base } = splitPlusLabel(inbox);
  const at = base.lastIndexOf('@');
  return `${base.slice(0, at)}+${label}${base.slice(at)}`;
}

/** The recommendation's Reply-To: replies to it are commands about this invitation. */
export function replyAddress(inbox: string, secret: string, inviteId: string, expiresAt: Date): string {
  return inboxWithLabel(inbox, makeReplyToken(secret, inviteId, expiresAt, 'reply'));
}

/** The Bcc addresses of the draft links: each records which draft the owner sent. */
export function choiceAddresses(inbox: string, secret: string, inviteId: string, expiresAt: Date): (choice: DraftChoice) => string {
  const token = makeReplyToken(secret, inviteId, expiresAt, 'choice');
  return (choice) => inboxWithLabel(inbox, `${token}-${choiceLabel(choice)}`);
}

function choiceLabel(choice: DraftChoice): string {
  if (choice.verdict === 'decline') return 'decline';
  return choice.slot ? `accept-${choice.slot}` : 'accept';
}

/** Reads a `+label` (case-insensitive): a choice copy's `<token>-accept[-N]` / `<token>-decline`, else a command. */
export function readLabel(label: string): ReplyLabel {
  const lower = label.toLowerCase();
  const match = /^([a-z2-7]+)-(accept|decline)(?:-(\d{1,2}))?$/.exec(lower);
  if (!match) return { kind: 'command', token: lower };
  const slot = match[3] ? Number(match[3]) : undefined;
  return { kind: 'choice', token: match[1] ?? '', choice: { verdict: match[2] === 'accept' ? 'attend' : 'decline', ...(slot ? { slot } : {}) } };
}
