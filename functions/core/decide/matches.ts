/**
 * Every match of a pattern in a text, with the pattern's global copy compiled once. The word lists of
 * concepts.ts compile to patterns of several kilobytes: building a `new RegExp` from one for each clause
 * it is tried on (what `matchAll` on a fresh copy did) cost more than the matching itself.
 */
import { LowercasePattern } from './concepts.js';

const GLOBAL = new WeakMap<RegExp, RegExp>();

function globalOf(pattern: RegExp): RegExp {
  let global = GLOBAL.get(pattern);
  // A concept's pattern (concepts.ts) has its own global copy, which lowercases what it is given.
  if (pattern instanceof LowercasePattern) return pattern.asGlobal();
  if (!global) GLOBAL.set(pattern, (global = new RegExp(pattern.source, pattern.global ? pattern.flags : `${pattern.flags}g`)));
  return global;
}

/** What `[...text.matchAll(pattern)]` gives (for a pattern with or without the g flag), in order. */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const global = globalOf(pattern);
  const matches: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let match = global.exec(text); match; match = global.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character (one code point with the u or v flag), as matchAll does.
    if (match[0] === '') global.lastIndex += /[uv]/.test(global.flags) && (text.codePointAt(global.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  global.lastIndex = 0;
  return matches;
}
