/**
 * Word lists compile to one alternation of hundreds of words (concepts.ts, lexicon.ts, mail-kinds.ts), and
 * the regex engine tries every alternative, one after another, at every position where a word starts: a
 * list of 300 words costs 300 tries per word of the text. `factorAlternation` rewrites such an alternation
 * into an equivalent one where alternatives that start with the same letter share it
 * (`cut|cost|cutting` → `c(?:ut|ost|utting)`), level after level, so that a word is compared with the few
 * alternatives that can match it. It is a rewrite of the pattern's source, not a new matcher: same
 * matches, same order of preference, same positions.
 *
 * Why it is exact. At one position the engine takes the first alternative (in order) that matches with
 * the rest of the pattern. Two alternatives that begin with different literal characters can never both
 * match at the same position, so their relative order cannot change which one is taken; only
 * alternatives that may begin with the same character must keep their order. An alternative that does not
 * start with a plain literal (a class, a group, an escape such as `\p{L}` or `\s`, an anchor, a lookaround,
 * a quantified character, or nothing at all) may begin with anything: nothing is moved across it.
 * Alternatives sharing a first literal that keep their order are factored (`xA|xB` is `x(?:A|B)`).
 * With the `i` flag only ASCII letters, digits and punctuation are taken as literals (their case
 * variants never meet another literal's: Unicode's folds such as the Kelvin sign or the long s map to
 * exactly one ASCII letter); any other character counts as "may begin with anything".
 *
 * A pattern holding capturing groups or back-references is left as it is (moving alternatives would
 * renumber the groups), and so is one the small tokenizer below does not fully understand.
 */

interface Token {
  /** the token's source, quantifier included */
  source: string;
  /** the literal character it stands for (a plain character or an escaped punctuation mark, unquantified), else null */
  literal: string | null;
}

/** Not understood, or a capturing group or back-reference: leave the pattern alone. */
class Unsupported extends Error {}

const QUANTIFIER = /^(?:[?*+]|\{\d+(?:,\d*)?\})\??/;

/** The source of the group or class that starts at `start` (a `(` or a `[`), up to its closing bracket. */
function bracketed(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i += 1) {
    const ch = source[i];
    if (ch === '\\') {
      i += 1;
      continue;
    }
    if (inClass) {
      if (ch === ']') {
        inClass = false;
        if (source[start] === '[') return i + 1;
      }
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') {
      // `(` that is not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` captures.
      if (!/^\(\?(?::|=|!|<=|<!)/.test(source.slice(i, i + 4))) throw new Unsupported('capturing group');
      depth += 1;
    } else if (ch === ')') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  throw new Unsupported('unbalanced');
}

/** The pattern's top-level alternatives, each as tokens. */
function alternativesOf(source: string, ignoreCase: boolean): Token[][] {
  const alternatives: Token[][] = [[]];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (ch === '|') {
      alternatives.push([]);
      i += 1;
      continue;
    }
    let end: number;
    let literal: string | null = null;
    if (ch === '(' || ch === '[') end = bracketed(source, i);
    else if (ch === '\\') {
      const next = source[i + 1];
      if (next === undefined) throw new Unsupported('trailing backslash');
      if (/[1-9k]/.test(next)) throw new Unsupported('back-reference');
      if (/[pPu]/.test(next) && source[i + 2] === '{') end = source.indexOf('}', i) + 1;
      else if (next === 'u') end = i + 6;
      else if (next === 'x') end = i + 4;
      else if (next === 'c') end = i + 3;
      else {
        end = i + 2;
        // An escaped punctuation mark is that character; `\s`, `\d`, `\b`… are not literals.
        if (/[^\p{L}\p{N}_]/u.test(next) && next.charCodeAt(0) < 0x80) literal = next;
      }
      if (end <= i) throw new Unsupported('escape');
    } else if (ch === ')' || ch === ']' || ch === '{' || ch === '}' || ch === '?' || ch === '*' || ch === '+') {
      throw new Unsupported(`stray ${ch}`);
    } else {
      end = i + 1;
      const code = ch.charCodeAt(0);
      // `.`, `^` and `$` match something other than themselves; a character beyond ASCII may share a case fold with another.
      if (ch !== '.' && ch !== '^' && ch !== '$' && code < 0x80 && !(code >= 0xd800 && code <= 0xdfff)) literal = ch;
    }
    const quantifier = QUANTIFIER.exec(source.slice(end))?.[0] ?? '';
    const token = source.slice(i, end + quantifier.length);
    alternatives.at(-1)!.push({ source: token, literal: quantifier || literal === null ? null : ignoreCase ? literal.toLowerCase() : literal });
    i = end + quantifier.length;
  }
  return alternatives;
}

/** The alternatives factored by their first literal, level after level (see above for why this is exact). */
function factored(alternatives: readonly (readonly Token[])[]): string {
  type Block = { key: string; members: (readonly Token[])[] } | { key: null; member: readonly Token[] };
  const blocks: Block[] = [];
  for (const alternative of alternatives) {
    const key = alternative[0]?.literal ?? null;
    if (key === null) {
      blocks.push({ key: null, member: alternative });
      continue;
    }
    // The last block an alternative starting with `key` could meet: one of the same letter, or one that may start with anything.
    let at = blocks.length - 1;
    while (at >= 0 && blocks[at]!.key !== null && blocks[at]!.key !== key) at -= 1;
    const found = blocks[at];
    if (found && found.key === key) found.members.push(alternative);
    else blocks.push({ key, members: [alternative] });
  }
  const text = (tokens: readonly Token[]) => tokens.map((t) => t.source).join('');
  return blocks
    .map((block) => {
      if (block.key === null) return text(block.member);
      if (block.members.length === 1) return text(block.members[0]!);
      return `${block.members[0]![0]!.source}(?:${factored(block.members.map((m) => m.slice(1)))})`;
    })
    .join('|');
}

/**
 * An alternation's source (`a|b|c`, as it stands between `(?:` and `)`), rewritten so that alternatives
 * sharing their first characters share them; the source unchanged when it cannot be done safely.
 * `ignoreCase`: the pattern's `i` flag.
 */
export function factorAlternation(source: string, ignoreCase: boolean): string {
  try {
    return factored(alternativesOf(source, ignoreCase));
  } catch (error) {
    if (error instanceof Unsupported) return source;
    throw error;
  }
}

/**
 * "No letter or digit just before": `(?<![\p{L}\p{N}])`, written so that the common case costs a plain
 * comparison. V8 checks a class as large as `[\p{L}\p{N}]` with a call out of the compiled pattern, and it
 * did so at every position of the text (half of a word list's time). Here it runs only after a character
 * beyond ASCII: after an ASCII one (or none), "not an ASCII letter or digit" says the same. The branches
 * exclude each other, so a failed match is not retried through a second branch. Exact with and without the
 * `i` flag: the only characters beyond ASCII that fold to an ASCII letter (the Kelvin sign, the long s) are
 * letters, and the first test already refuses them.
 */
export const WORD_START = String.raw`(?<![a-zA-Z0-9])(?:(?<=[\0-\x7f])|^|(?<=[^\0-\x7f])(?<![\p{L}\p{N}]))`;

/** "No letter or digit just after": only tried where an alternative matched, so it is kept as written. */
export const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/** A list of alternatives matched on word boundaries (no letter or digit on either side), factored. */
export function wordPattern(alternatives: readonly string[], flags: string): RegExp {
  return new RegExp(wordSource(alternatives, flags.includes('i')), flags);
}

/** wordPattern's source (`ignoreCase`: the pattern's `i` flag). */
export function wordSource(alternatives: readonly string[], ignoreCase: boolean): string {
  return `${WORD_START}(?:${factorAlternation(alternatives.join('|'), ignoreCase)})${WORD_END}`;
}
