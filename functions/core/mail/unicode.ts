/**
 * Text as it enters from a message is made well-formed: a decoder can produce lone UTF-16 surrogates
 * (an encoded word in UTF-16 that ends mid-pair, a UTF-16 body cut short), and a lone surrogate makes
 * `encodeURIComponent` throw (a mailto link) and turns into U+FFFD anyway when written as UTF-8.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every lone surrogate replaced by U+FFFD (String.prototype.toWellFormed, ES2024). */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * `text` cut to at most `max` UTF-16 units, an ellipsis marking the cut, never inside a surrogate pair:
 * how a value read from mail is bounded before it is shown, stored or written into a reply.
 */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (end > 0 && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
