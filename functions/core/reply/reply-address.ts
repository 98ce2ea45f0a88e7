/**
 * The reply-address protocol, in one place: how a reply finds its invitation. Mail clients do not copy
 * custom headers into replies, and SES replaces our Message-ID, so the carrier is the reply ADDRESS:
 *
 *   the recommendation's Reply-To     <inbox-local>+<token>@<inbox-domain>               (commands)
 *   a draft link's Bcc (a choice)     <inbox-local>+<choice-token>-accept[-N]@<domain>   or  -decline@
 *   "How did it go?"'s Reply-To       <inbox-local>+<outcome-token>-outcome@<domain>      (an answer, never a command)
 *
 * The token names one RECOMMENDATION, not just an invitation: the invitation and the version of it that
 * the recommendation showed (each re-forward makes a new recommendation, version + 1; the use cases
 * refuse to act on an older version and point the owner to the newer one, and a `forget` keeps the
 * versions it invalidated from being reused: app/run-command.ts).
 *
 * Layout (24 bytes → 39 lowercase base32 characters; mail systems may change the case of a local part):
 *   invite id (10 bytes) | version (2 bytes) | expiry in days since 1970 (2 bytes) | HMAC-SHA256 truncated to 10 bytes
 * so `interviews+<token>-accept-12` stays within the 64 characters allowed for a local part.
 *
 * The first layout (22 bytes, 36 characters: no version) is recognised and refused as `outdated` when
 * its signature holds: it named the invitation only, so it cannot say which drafts the owner saw.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { base32nopad } from '@scure/base';
import { ReplyTokenError } from '../../errors.js';
import { DAY_MS, splitPlusLabel } from '../mail/mail.js';

const ID_BYTES = 10;
const VERSION_BYTES = 2;
const EXPIRY_BYTES = 2;
const MAC_BYTES = 10;
const TOKEN_BYTES = ID_BYTES + VERSION_BYTES + EXPIRY_BYTES + MAC_BYTES;
/** The first layout: invite id | expiry | MAC. */
const V1_TOKEN_BYTES = ID_BYTES + EXPIRY_BYTES + MAC_BYTES;
/** The highest version a token can name (2 bytes): far beyond what one invitation's forwards reach. */
export const MAX_VERSION = 0xffff;
/**
 * What a token may do. A `reply` token (the recommendation's Reply-To) carries commands; a `choice`
 * token (the Bcc of the draft links) only records which draft was sent; an `outcome` token (the Reply-To
 * of "How did it go?") only records the owner's answer about the interview. Each is signed in its own
 * context, so a Bcc address seen in the owner's sent mail cannot be turned into a command address, and
 * an answer ("yes, went well") can never be read as the command `yes`.
 */
export type TokenPurpose = 'reply' | 'choice' | 'outcome';
const CONTEXT: Record<TokenPurpose, string> = { reply: 'invite-advisor/reply-token/v2', choice: 'invite-advisor/choice-token/v2', outcome: 'invite-advisor/outcome-token/v2' };
// No token of the first layout was ever made for an answer: its context is one no v1 token was signed in.
const V1_CONTEXT: Record<TokenPurpose, string> = { reply: 'invite-advisor/reply-token/v1', choice: 'invite-advisor/choice-token/v1', outcome: 'invite-advisor/outcome-token/v1' };

/** The shape of an invitation id: 16 lowercase base32 characters (10 bytes). */
export const INVITE_ID = /^[a-z2-7]{16}$/;

/** An invitation id, derived from the invitation's identity key. */
export function inviteIdFor(identityKey: string): string {
  return encode(createHash('sha256').update(identityKey).digest().subarray(0, ID_BYTES));
}

/** What a token names: one recommendation, i.e. one version of one invitation. */
export interface TokenSubject {
  inviteId: string;
  /** the invitation's version the recommendation showed (1 for the first recommendation) */
  version: number;
}

export function makeReplyToken(secret: string, subject: TokenSubject, expiresAt: Date, purpose: TokenPurpose = 'reply'): string {
  if (!Number.isInteger(subject.version) || subject.version < 1 || subject.version > MAX_VERSION) throw new RangeError(`a token version must be 1…${MAX_VERSION} (got ${subject.version})`);
  const id = decode(subject.inviteId, ID_BYTES);
  const version = twoBytes(subject.version);
  const expiry = twoBytes(Math.ceil(expiresAt.getTime() / DAY_MS));
  return encode(Buffer.concat([id, version, expiry, mac(secret, CONTEXT[purpose], [id, version, expiry])]));
}

export function verifyReplyToken(secret: string, token: string, now: Date, purpose: TokenPurpose = 'reply'): TokenSubject & { expiresAt: Date } {
  let bytes: Buffer;
  try {
    bytes = decode(token.toLowerCase());
  } catch {
    throw new ReplyTokenError('malformed');
  }
  if (bytes.length === V1_TOKEN_BYTES) {
    // The first layout: one of ours (its signature holds) that no longer says enough to act on.
    const id = bytes.subarray(0, ID_BYTES);
    const expiry = bytes.subarray(ID_BYTES, ID_BYTES + EXPIRY_BYTES);
    if (!timingSafeEqual(bytes.subarray(ID_BYTES + EXPIRY_BYTES), mac(secret, V1_CONTEXT[purpose], [id, expiry]))) throw new ReplyTokenError('bad-signature');
    throw new ReplyTokenError('outdated');
  }
  if (bytes.length !== TOKEN_BYTES) throw new ReplyTokenError('malformed');
  const id = bytes.subarray(0, ID_BYTES);
  const version = bytes.subarray(ID_BYTES, ID_BYTES + VERSION_BYTES);
  const expiry = bytes.subarray(ID_BYTES + VERSION_BYTES, ID_BYTES + VERSION_BYTES + EXPIRY_BYTES);
  if (!timingSafeEqual(bytes.subarray(ID_BYTES + VERSION_BYTES + EXPIRY_BYTES), mac(secret, CONTEXT[purpose], [id, version, expiry]))) throw new ReplyTokenError('bad-signature');
  const expiresAt = new Date(number(expiry) * DAY_MS);
  if (expiresAt.getTime() < now.getTime()) throw new ReplyTokenError('expired');
  return { inviteId: encode(id), version: number(version), expiresAt };
}

function mac(secret: string, context: string, parts: Uint8Array[]): Buffer {
  const hmac = createHmac('sha256', secret).update(context);
  for (const part of parts) hmac.update(part);
  return hmac.digest().subarray(0, MAC_BYTES);
}

function twoBytes(value: number): Buffer {
  return Buffer.from([(value >> 8) & 0xff, value & 0xff]);
}

function number(bytes: Uint8Array): number {
  return (bytes[0] ?? 0) * 256 + (bytes[1] ?? 0);
}

function encode(bytes: Uint8Array): string {
  return base32nopad.encode(bytes).toLowerCase();
}

function decode(text: string, length?: number): Buffer {
  const bytes = Buffer.from(base32nopad.decode(text.toUpperCase()));
  if (length !== undefined && bytes.length !== length) throw new ReplyTokenError('malformed');
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
  | { kind: 'choice'; token: string; choice: DraftChoice }
  /** the owner's answer to "How did it go?": records how the interview went, never a command */
  | { kind: 'outcome'; token: string };

function inboxWithLabel(inbox: string, label: string): string {
  const { base } = splitPlusLabel(inbox);
  const at = base.lastIndexOf('@');
  return `${base.slice(0, at)}+${label}${base.slice(at)}`;
}

/** The recommendation's Reply-To: replies to it are commands about this invitation. */
export function replyAddress(inbox: string, secret: string, subject: TokenSubject, expiresAt: Date): string {
  return inboxWithLabel(inbox, makeReplyToken(secret, subject, expiresAt, 'reply'));
}

/** The Bcc addresses of the draft links: each records which draft the owner sent. */
export function choiceAddresses(inbox: string, secret: string, subject: TokenSubject, expiresAt: Date): (choice: DraftChoice) => string {
  return choiceAddressesOf(inbox, makeReplyToken(secret, subject, expiresAt, 'choice'));
}

/**
 * The Bcc addresses of a choice token made earlier (kept with mail the cap held back, so that a function
 * that may not read the token secret can still write the draft links: app/answer-held-mail.ts).
 */
export function choiceAddressesOf(inbox: string, choiceToken: string): (choice: DraftChoice) => string {
  return (choice) => inboxWithLabel(inbox, `${choiceToken}-${choiceLabel(choice)}`);
}

/** The choice token a Bcc address of a draft link carries; null when the address is no such Bcc. */
export function choiceTokenOf(address: string): string | null {
  const { label } = splitPlusLabel(address);
  const read = label === null ? null : readLabel(label);
  return read?.kind === 'choice' ? read.token : null;
}

/** The Reply-To of "How did it go?": a reply to it is the owner's answer about that interview, and nothing else. */
export function outcomeAddress(inbox: string, secret: string, subject: TokenSubject, expiresAt: Date): string {
  return inboxWithLabel(inbox, `${makeReplyToken(secret, subject, expiresAt, 'outcome')}-outcome`);
}

function choiceLabel(choice: DraftChoice): string {
  if (choice.verdict === 'decline') return 'decline';
  return choice.slot ? `accept-${choice.slot}` : 'accept';
}

/** Reads a `+label` (case-insensitive): a choice copy's `<token>-accept[-N]` / `<token>-decline`, an answer's `<token>-outcome`, else a command. */
export function readLabel(label: string): ReplyLabel {
  const lower = label.toLowerCase();
  const answer = /^([a-z2-7]+)-outcome$/.exec(lower);
  if (answer) return { kind: 'outcome', token: answer[1] ?? '' };
  const match = /^([a-z2-7]+)-(accept|decline)(?:-(\d{1,2}))?$/.exec(lower);
  if (!match) return { kind: 'command', token: lower };
  const slot = match[3] ? Number(match[3]) : undefined;
  return { kind: 'choice', token: match[1] ?? '', choice: { verdict: match[2] === 'accept' ? 'attend' : 'decline', ...(slot ? { slot } : {}) } };
}
