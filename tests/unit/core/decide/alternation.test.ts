/**
 * The word lists' compiled patterns are rewritten for speed (alternation.ts): the rewrite must find
 * exactly what the plain pattern finds, at the same positions, with the same words.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factorAlternation, WORD_START } from '../../../../functions/core/decide/alternation.js';
import * as C from '../../../../functions/core/decide/concepts.js';
import * as K from '../../../../functions/core/decide/mail-kinds.js';

const ROOT = join(import.meta.dirname, '../../../..');
// A global copy of the pattern's own class (a concept's LowercasePattern lowercases what it is given).
const found = (pattern: RegExp, text: string) => [...text.matchAll(new (pattern.constructor as RegExpConstructor)(pattern.source, `${pattern.flags.replace('g', '')}g`))].map((m) => `${m.index}:${m[0]}`);

/** A small deterministic generator (the same cases every run). */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
}

describe('factorAlternation', () => {
  it('shares the first letters of alternatives', () => {
    expect(factorAlternation('cut|cost|cutting', true)).toBe('c(?:u(?:t(?:|ting))|ost)');
    expect(factorAlternation('layoffs?|laid off', true)).toBe('l(?:a(?:yoffs?|id off))');
  });

  it('keeps the order of alternatives that may start at the same place', () => {
    // `\p{L}*gesprach` may start with any letter: "grab" stays behind it, "gap" before it.
    expect(factorAlternation('gap|\\p{L}*gesprach|grab', true)).toBe('gap|\\p{L}*gesprach|grab');
    expect(factorAlternation('ab|(?:x|y)z|ac', true)).toBe('ab|(?:x|y)z|ac');
    // A quantified first letter is no literal ("a?b" may start with b).
    expect(factorAlternation('ba|a?b|bc', true)).toBe('ba|a?b|bc');
    // Different letters never meet: moving "b" past "ax" changes nothing.
    expect(factorAlternation('ax|b|ay', true)).toBe('a(?:x|y)|b');
    // Case is one letter with the i flag, two without.
    expect(factorAlternation('Ab|ac', true)).toBe('A(?:b|c)');
    expect(factorAlternation('Ab|ac', false)).toBe('Ab|ac');
  });

  it('leaves alone what it does not handle safely', () => {
    expect(factorAlternation('a(b)|ac', true)).toBe('a(b)|ac');
    expect(factorAlternation('a(?<n>b)|ac', true)).toBe('a(?<n>b)|ac');
    expect(factorAlternation('(a)\\1|ab', true)).toBe('(a)\\1|ab');
  });

  it('finds what the plain alternation finds, on random alternations and texts', () => {
    const next = random(7);
    const atoms = ['a', 'b', 'c', 'A', 'ab', 'a?', 'b*', '[ab]', '(?:a|c)', '\\s', ' ', '-', '\\.', '^', '$', '(?=b)', '(?<!a)', '\\p{L}', '.', 'ß', 'k'];
    const alphabet = ['a', 'b', 'c', 'A', 'B', ' ', '-', '.', 'ß', 'ẞ', 'k', '\u212a', '\u017f', 's', '\n', 'é'];
    for (let round = 0; round < 2000; round += 1) {
      const alternatives = Array.from({ length: 1 + next(8) }, () => Array.from({ length: next(4) }, () => atoms[next(atoms.length)]).join(''));
      const source = alternatives.join('|');
      const text = Array.from({ length: 40 }, () => alphabet[next(alphabet.length)]).join('');
      for (const flags of ['iu', 'u']) {
        const plain = new RegExp(`(?:${source})(?:b|$)?`, flags);
        const factored = new RegExp(`(?:${factorAlternation(source, flags.includes('i'))})(?:b|$)?`, flags);
        expect(found(factored, text), `${source} /${flags} on ${JSON.stringify(text)}`).toEqual(found(plain, text));
      }
    }
  });
});

describe('WORD_START', () => {
  it('is "no letter or digit just before", for every character', () => {
    for (const flags of ['iu', 'u']) {
      const plain = new RegExp('(?<![\\p{L}\\p{N}])x', flags);
      const fast = new RegExp(`${WORD_START}x`, flags);
      for (let code = 0; code <= 0x10ffff; code += code < 0x30000 ? 1 : 97) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const text = `${String.fromCodePoint(code)}x`;
        if (plain.test(text) !== fast.test(text)) expect(`U+${code.toString(16)} /${flags}: ${fast.test(text)}`).toBe(`U+${code.toString(16)} /${flags}: ${plain.test(text)}`);
      }
      expect(fast.test('x')).toBe(true);
      expect(fast.test('\uD800x')).toBe(plain.test('\uD800x'));
    }
  });
});

describe('the word lists', () => {
  // The plain pattern each list compiled to before the rewrite (concepts.ts compile, Polish patterns through polishForms, Dutch through dutchForms, German word order, texting forms added; lexicon.ts's words() is the same wordPattern).
  const plainConcept = (concept: C.ByLanguage) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${Object.entries(concept)
        .flatMap(([language, list]) => list.map((p) => C.languageForms(language as C.NoteLanguage, p)))
        .map((p) => p.replace(/~/g, '\\p{L}*').replace(/\[- \]/g, '§').replace(/ \?/g, '¶').replace(/ /g, '[\\s\\-]+').replace(/§/g, '[\\s\\-]?').replace(/¶/g, '[\\s\\-]*').replace(/(?<!\\)ss/g, '(?:ss|ß)'))
        .join('|')})(?![\\p{L}\\p{N}])`,
      'iu',
    );
  const concepts = [...Object.entries(C), ...Object.entries(K)].filter(
    (entry): entry is [string, C.ByLanguage] => typeof entry[1] === 'object' && entry[1] !== null && !(entry[1] instanceof RegExp) && !Array.isArray(entry[1]) && Object.values(entry[1]).length > 0 && Object.values(entry[1]).every(Array.isArray),
  );
  // Text that holds the lists' own words, and real mail.
  const words = concepts.flatMap(([, concept]) => Object.values(concept).flat()).map((p) => p.replace(/\\[pP]\{\w+\}|\\[sdwbSDWB]|[()?:*+|[\]{}^$\\~!=<]/g, ' '));
  const samples = readdirSync(join(ROOT, 'samples'))
    .filter((f) => f.endsWith('.eml'))
    .map((f) => readFileSync(join(ROOT, 'samples', f), 'utf8'));
  const texts = [words.join(' '), words.join('. '), words.join('').toUpperCase(), words.map((w, i) => (i % 3 ? w : `x${w}`)).join('\n'), ...samples];

  it('find what they found before, every one', () => {
    expect(concepts.length).toBeGreaterThan(50);
    for (const [name, concept] of concepts) {
      const plain = plainConcept(concept);
      const fast = C.compile(concept);
      for (const text of texts) expect(found(fast, text), name).toEqual(found(plain, text));
    }
  });
});
