/**
 * A concept's pattern is case-insensitive by lowercasing the text it is given, and compiled at its first
 * use (concepts.ts, LowercasePattern): every way of matching must give what the same pattern with the `i`
 * flag gives, with the text as it was given.
 */
import { describe, expect, it } from 'vitest';
import { compile, latinLetters, LowercasePattern, lowercaseInPlace, matchable } from '../../../../functions/core/decide/concepts.js';
import { allMatches } from '../../../../functions/core/decide/matches.js';

const SOURCE = String.raw`(?<![\p{L}\p{N}])(?:absag\p{L}*|say[\s\-]+no|wei(?:ss|ß)|école)(?![\p{L}\p{N}])`;
const TEXTS = ['Bitte ABSAGEN, ich WEISS es. Say No!', 'say  no to the École', 'nothing here', 'İstanbul: ABSAGE.', 'ẞ WEIẞ weiß absag',
  // Letters beyond Latin stay letters: no word starts or ends beside them, and `\p{L}*` runs over them.
  'ΑΒabsage 面接absagen absagenΩ absagen面接 say no', 'µabsage ªsay no ºabsag'];

describe('lowercaseInPlace', () => {
  it('lowercases one character for one, so positions stay', () => {
    expect(lowercaseInPlace('ÉCOLE Weiß')).toBe('école weiß');
    // "İ" lowercases to two characters: it keeps its case, the rest is lowercased.
    expect(lowercaseInPlace('İstanbul ABC')).toBe('İstanbul abc');
    for (const text of TEXTS) expect(lowercaseInPlace(text)).toHaveLength(text.length);
  });
});

describe('matchable and latinLetters', () => {
  it('keeps positions and turns every letter beyond Latin into one the class holds', () => {
    for (const text of [...TEXTS, '𝐒𝐞𝐧𝐢𝐨𝐫 Ünïcödé', '面接のご案内']) {
      const made = matchable(text);
      expect(made).toHaveLength(text.length);
      // In the text a pattern runs on, the class of Latin letters holds exactly its letters.
      const latin = new RegExp(latinLetters(String.raw`\p{L}`), 'gu');
      expect(made.match(latin)?.length ?? 0, text).toBe([...made].filter((ch) => /\p{L}/u.test(ch)).reduce((n, ch) => n + ch.length, 0));
    }
  });

  it('holds only letters', () => {
    const latin = new RegExp(`^${latinLetters(String.raw`\p{L}`)}$`, 'u');
    for (let code = 0; code <= 0x24f; code += 1) {
      const ch = String.fromCodePoint(code);
      if (latin.test(ch)) expect(/\p{L}/u.test(ch), `U+${code.toString(16)}`).toBe(true);
    }
  });

  it('writes the class inside a class and out of one, and leaves other escapes alone', () => {
    const source = String.raw`(?<![\p{L}\p{N}])\p{L}+[^\p{L}\s]\p{Lu}`;
    const rewritten = latinLetters(source);
    expect(rewritten).not.toContain(String.raw`\p{L}]`);
    expect(rewritten).toContain(String.raw`\p{N}`);
    expect(rewritten).toContain(String.raw`\p{Lu}`);
    expect(() => new RegExp(rewritten, 'u')).not.toThrow();
    // An escaped backslash before "p{L}" is no property escape.
    expect(latinLetters(String.raw`\\p{L}`)).toBe(String.raw`\\p{L}`);
  });
});

describe('LowercasePattern', () => {
  const plain = (flags: string) => new RegExp(SOURCE, `i${flags}`);
  const lower = (flags: string) => new LowercasePattern(SOURCE, flags);

  it('matches as the pattern with the i flag does, giving back the text as given', () => {
    for (const text of TEXTS) {
      expect(lower('u').test(text), text).toBe(plain('u').test(text));
      expect(lower('u').exec(text)?.[0], text).toBe(plain('u').exec(text)?.[0]);
      expect(lower('u').exec(text)?.index, text).toBe(plain('u').exec(text)?.index);
      expect(text.match(lower('u'))?.[0], text).toBe(text.match(plain('u'))?.[0]);
      expect(text.match(lower('gu')), text).toEqual(text.match(plain('gu')));
      expect([...text.matchAll(lower('gu'))].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(plain('gu'))].map((m) => [m.index, m[0]]));
      expect(text.replace(lower('gu'), '<$&>')).toBe(text.replace(plain('gu'), '<$&>'));
      expect(text.replace(lower('u'), '<$&>')).toBe(text.replace(plain('u'), '<$&>'));
      expect(text.split(lower('u'))).toEqual(text.split(plain('u')));
      expect(text.search(lower('u'))).toBe(text.search(plain('u')));
      expect(allMatches(lower('u'), text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(plain('gu'))].map((m) => [m.index, m[0]]));
    }
  });

  it('keeps lastIndex as a RegExp does: moved by the g flag, ignored without it', () => {
    const text = TEXTS[0]!;
    const global = lower('gu');
    const reference = plain('gu');
    for (let i = 0; i < 5; i += 1) {
      expect(global.exec(text)?.[0]).toBe(reference.exec(text)?.[0]);
      expect(global.lastIndex).toBe(reference.lastIndex);
    }
    const once = lower('u');
    once.lastIndex = 20;
    expect(once.exec(text)?.index).toBe(text.indexOf('ABSAGEN'));
    expect(once.lastIndex).toBe(20);
  });

  it('says its own source and flags', () => {
    const pattern = lower('u');
    expect(pattern.source).toBe(new RegExp(SOURCE, 'u').source);
    expect(pattern.flags).toBe('u');
    expect(String(pattern)).toBe(`/${pattern.source}/u`);
    expect(new LowercasePattern(`^(?:${pattern.source})$`, 'u').test('Absagen')).toBe(true);
    expect(pattern.asGlobal().global).toBe(true);
    expect(pattern.asGlobal().source).toBe(pattern.source);
    // Made once: allMatches asks for it on every call.
    expect(pattern.asGlobal()).toBe(pattern.asGlobal());
  });

  it('is what compile gives for a case-insensitive concept, its literals lowercased', () => {
    const concept = compile({ en: ['Say No', 'turn ~ down'], de: ['Absag~'] });
    expect(concept).toBeInstanceOf(LowercasePattern);
    expect(concept.test('please SAY NO')).toBe(true);
    expect(concept.test('turn IT down')).toBe(true);
    expect(concept.exec('Wir ABSAGEN')?.[0]).toBe('ABSAGEN');
    // Case-sensitive when asked: a plain RegExp.
    expect(compile({ en: ['Say No'] }, 'u')).not.toBeInstanceOf(LowercasePattern);
    expect(compile({ en: ['Say No'] }, 'u').test('say no')).toBe(false);
  });
});

describe('long texts', () => {
  it('match the same as short ones, one long text after another', () => {
    const pattern = new LowercasePattern(SOURCE, 'gu');
    const reference = new RegExp(SOURCE, 'giu');
    const a = `${'filler '.repeat(700)}Bitte ABSAGEN. ${'x '.repeat(10)}say no`;
    const b = `${'other '.repeat(800)}WEISS es, École`;
    for (const text of [a, b, a, b]) expect([...text.matchAll(pattern)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(reference)].map((m) => [m.index, m[0]]));
  });
});
