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
