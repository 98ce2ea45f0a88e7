/**
 * The prefixes mail clients put before a subject when replying (Re, AW, SV) or forwarding (Fwd, FW, WG,
 * TR, RV, ENC). One list, used wherever a subject is compared or answered.
 */
const FORWARD = ['fwd?', 'fw', 'wg', 'tr', 'rv', 'enc'];
const REPLY = ['re', 'aw', 'sv'];

const prefixes = (words: readonly string[]) => new RegExp(`^(?:(?:${words.join('|')})\\s*:\\s*)+`, 'i');
const REPLY_PREFIX = new RegExp(`^(?:${REPLY.join('|')})\\s*:`, 'i');
const FORWARD_PREFIXES = prefixes(FORWARD);
const ANY_PREFIXES = prefixes([...REPLY, ...FORWARD]);

/** The subject without the forward prefixes before it (`Fwd: TR: Entretien` → `Entretien`). */
export function withoutForwardPrefixes(subject: string): string {
  return subject.replace(FORWARD_PREFIXES, '').trim();
}

/** The subject without any reply or forward prefixes (`Re: Fwd: Interview` → `Interview`). */
export function withoutReplyOrForwardPrefixes(subject: string): string {
  return subject.replace(ANY_PREFIXES, '').trim();
}

/** Whether the subject already starts with a reply prefix (`Re:`, `AW:`, `SV:`). */
export function isReplySubject(subject: string): boolean {
  return REPLY_PREFIX.test(subject);
}
