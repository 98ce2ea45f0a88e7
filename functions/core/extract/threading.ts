/**
 * How a reply to the invitation threads: the Message-ID it answers (In-Reply-To) and the chain before it
 * (References), read only where the mail can be shown to carry the invitation's own id. Which client puts
 * the id where is in docs/email-facts.md ("Threading a reply to the invitation"); an id that cannot be
 * attributed to the invitation is never used, and none is ever made up: the mail then goes unthreaded.
 */
import { withoutReplyOrForwardPrefixes, type HeaderField } from '../mail/mail.js';

/** Where the invitation's Message-ID was read. */
export type ThreadingSource =
  /** the invitation's own header: it reached the inbox itself, or was attached or embedded as message/rfc822 */
  | 'message'
  /** a `Message-ID:` line in the forwarded header block (Thunderbird with all headers shown) */
  | 'header-block'
  /** the forward's own `X-Forwarded-Message-Id` (Thunderbird) */
  | 'x-forwarded-message-id'
  /** the forward's own `In-Reply-To` (Gmail, Outlook with Exchange, Thunderbird; a reply above a quote) */
  | 'in-reply-to'
  /** the last id of the forward's own `References`, without `In-Reply-To` (Apple Mail) */
  | 'references';

export interface Threading {
  /** the invitation's Message-ID, `<…>` */
  inReplyTo: string;
  /** the chain to write in `References`, ending with `inReplyTo` (RFC 5322 §3.6.4), at most MAX_REFERENCES */
  references: string[];
  source: ThreadingSource;
}

/** A Message-ID longer than this is not one a mail system wrote (they are well under 100 characters). */
const MAX_ID_LENGTH = 250;
/**
 * How many ids a References header written here keeps: the first and the newest (the usual rule when a
 * chain grows long, RFC 5322 §3.6.4 and Usenet practice), so the header stays a few lines.
 */
export const MAX_REFERENCES = 10;
/** `<left@right>`: printable ASCII, no spaces, no angle brackets, one `@` with text on both sides. */
const MESSAGE_ID = /^<[\x21-\x3b\x3d\x3f\x41-\x7e]+@[\x21-\x3b\x3d\x3f-\x7e]+>$/;
const ID_TOKEN = /<[^<>\s]*>/g;

/** The well-formed Message-IDs in a header value (In-Reply-To, References), in order, without repeats. */
export function messageIdsIn(value: string): string[] {
  const ids: string[] = [];
  for (const [token] of value.matchAll(ID_TOKEN)) {
    if (token.length <= MAX_ID_LENGTH && MESSAGE_ID.test(token) && !ids.includes(token)) ids.push(token);
  }
  return ids;
}

/** One Message-ID, as mailparser gives it (with or without the angle brackets); null when it is not well formed. */
export function asMessageId(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  const [id, ...more] = messageIdsIn(trimmed.startsWith('<') ? trimmed : `<${trimmed}>`);
  return id && more.length === 0 ? id : null;
}

function idsOf(headers: readonly HeaderField[], name: string): string[] {
  return headers.filter((h) => h.name === name).flatMap((h) => messageIdsIn(h.value));
}

/** The first id and the newest ones: what a References header keeps of a long chain. */
function capped(chain: readonly string[]): string[] {
  return chain.length <= MAX_REFERENCES ? [...chain] : [chain[0]!, ...chain.slice(-(MAX_REFERENCES - 1))];
}

/** The chain up to and including `id` (what the forwarding client knew of its ancestors), else just `id`. */
function chainTo(references: readonly string[], id: string): string[] {
  const at = references.indexOf(id);
  return capped(at >= 0 ? references.slice(0, at + 1) : [id]);
}

/**
 * A reply to a message whose own header is here (the invitation itself, or attached as a message): its
 * Message-ID, after the References it carried.
 */
export function ownThreading(message: { messageId: string | null; headers: readonly HeaderField[] }): Threading | null {
  const id = asMessageId(message.messageId);
  if (!id) return null;
  const before = idsOf(message.headers, 'references').filter((ref) => ref !== id);
  return { inReplyTo: id, references: capped([...before, id]), source: 'message' };
}

/** A Message-ID written in the forwarded header block: the forwarded message's own. */
export function headerBlockThreading(id: string | null | undefined): Threading | null {
  const valid = asMessageId(id);
  return valid ? { inReplyTo: valid, references: [valid], source: 'header-block' } : null;
}

/**
 * What the forward's own headers say about the message it forwards. Gmail, Outlook (Exchange) and
 * Thunderbird write the forwarded message's id in `In-Reply-To` and last in `References`, Thunderbird
 * also in `X-Forwarded-Message-Id`, Apple Mail in `References` only. The caller uses this only for the
 * message the forward shows first (never for one found inside the owner's own forwarded reply, whose id
 * these headers would hold); here the forward must also be about it: the forward's subject is the
 * forwarded message's, prefixes aside. Headers that disagree with each other name no one.
 */
export function forwardThreading(forward: { headers: readonly HeaderField[]; subject: string | null; messageId: string | null }, forwarded: { subject: string | null }): Threading | null {
  if (!sameSubject(forward.subject, forwarded.subject)) return null;
  const own = asMessageId(forward.messageId);
  const forwardedIds = idsOf(forward.headers, 'x-forwarded-message-id');
  const inReplyTo = idsOf(forward.headers, 'in-reply-to');
  const references = idsOf(forward.headers, 'references');
  // A forward of several messages, or a reply to several, names no single one.
  if (forwardedIds.length > 1 || inReplyTo.length > 1) return null;
  const [forwardedId] = forwardedIds;
  const [replied] = inReplyTo;
  if (forwardedId && replied && forwardedId !== replied) return null;
  const lastReference = references[references.length - 1];
  const id = forwardedId ?? replied ?? lastReference;
  if (!id || id === own) return null;
  // In-Reply-To and References written together name the same message last, or the headers are not a forward's.
  if (replied && references.length > 0 && !references.includes(replied)) return null;
  const source: ThreadingSource = forwardedId ? 'x-forwarded-message-id' : replied ? 'in-reply-to' : 'references';
  return { inReplyTo: id, references: chainTo(references, id), source };
}

/**
 * Whether two subjects are one, prefixes (Fwd:, RE:, AW: …) and tags a mail gateway puts in front
 * (`[EXTERNAL]`) aside, case and spacing ignored. A subject the owner edited is another subject.
 */
export function sameSubject(a: string | null, b: string | null): boolean {
  const key = (subject: string | null) => {
    let text = (subject ?? '').normalize('NFC');
    for (let before = ''; before !== text; ) {
      before = text;
      text = withoutReplyOrForwardPrefixes(text.replace(/^\s*\[[^\]\n]{1,30}\]\s*/, ''));
    }
    return text.replace(/\s+/g, ' ').trim().toLowerCase();
  };
  const left = key(a);
  return left.length > 0 && left === key(b);
}

/**
 * The threading headers of a reply to a stored invitation: what was read when it was forwarded (null:
 * nothing could be attributed to it, so nothing is written). An invitation stored before this was kept
 * has only its own Message-ID (read from an attached or direct message): that one is used.
 */
export function replyHeaders(original: { messageId: string | null; threading?: Threading | null }): { inReplyTo: string | null; references: string[] } {
  const threading = original.threading !== undefined ? original.threading : ownThreading({ messageId: original.messageId, headers: [] });
  return threading ? { inReplyTo: threading.inReplyTo, references: threading.references } : { inReplyTo: null, references: [] };
}
