/**
 * What the note reader (reader.ts) understands: concepts, each written out per language (English, French,
 * German, Spanish, Italian, Dutch, Portuguese, Polish). Data only.
 *
 * How the patterns are written:
 * - They are matched against the text with its accents folded away ("décliner" and "decliner", "odmówić"
 *   and "odmowic" are the same), case-insensitively, on word boundaries: write them without accents.
 * - "ss" also reads "ß" (the folding keeps it, one character for one).
 * - `~` stands for "any further letters": an inflection or the rest of a compound ("absag~" is absagen,
 *   absage, abgesagt is not: write the forms that differ at the start separately).
 * - A concept is an idea, never a sentence of a labelled note: write the verbs, nouns and their usual
 *   forms, so that a wording nobody wrote down yet is understood too.
 */

import { wordPattern, wordSource } from './alternation.js';

export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'pl'] as const;
export type NoteLanguage = (typeof LANGUAGES)[number];
export type ByLanguage = Partial<Record<NoteLanguage, readonly string[]>>;

/**
 * Compiles a concept into one pattern (accents folded, `~` = further letters, word boundaries), with the
 * lists of the given languages only (all of them when none are given). A concept with no list in those
 * languages matches nothing. Case-insensitive (an `i` in `flags`) by lowercasing: see LowercasePattern.
 */
export function compile(concept: ByLanguage, flags = 'iu', languages?: readonly NoteLanguage[]): RegExp {
  const keys = languages ?? (Object.keys(concept) as NoteLanguage[]);
  // A language's texting and regional forms are read in a note of that language, not in one read with it as a
  // sibling: German "net" (nicht) is Dutch "net" (just), Italian "me" (mi) is Spanish "me".
  const lists = keys.map((language) => (concept[language] ?? []).map((p) => languageForms(language, p, !languages || language === languages[0])));
  if (!lists.some((list) => list.length > 0)) return new RegExp('(?!)', flags);
  const alternatives = lists
    .flat()
    // German "ß" is kept by the folding (one character for one): a pattern's "ss" reads it too ("weiss", "weiß").
    // A space is one or more spaces or hyphens; a space made optional (" ?", "an ?other") is any number of them.
    .map((p) => p.replace(/~/g, '\\p{L}*').replace(/\[- \]/g, '§').replace(/ \?/g, '¶').replace(/ /g, '[\\s\\-]+').replace(/§/g, '[\\s\\-]?').replace(/¶/g, '[\\s\\-]*').replace(/(?<!\\)ss/g, '(?:ss|ß)')
    // A pattern's end ("not interested$") is the clause's end, whatever punctuation closes it ("Not interested."), not a question ("Not interested?").
    .replace(/(?<!\\)\$(?=\)|\||$)/g, '(?=[\\s.!…]*$)'));
  if (!flags.includes('i')) return wordPattern(alternatives, flags);
  // Its source is built when first asked for (factoring a list is work a message may never need).
  return new LowercasePattern(() => wordSource(alternatives.map(lowercaseLiterals), false), flags.replace('i', ''));
}

/** A pattern with the forms its language writes it in too: Polish inflections, Dutch split verbs, German word order, texting and regional forms. */
export function languageForms(language: NoteLanguage, pattern: string, texting = true): string {
  const forms = wordOrder(language, language === 'pl' ? polishForms(pattern) : language === 'nl' ? dutchForms(pattern) : pattern);
  return texting ? textingForms(language, forms) : forms;
}

/**
 * Words people shorten when they type fast, read in every pattern that spells them in full: Italian "nn"
 * (non), "ke" (che), "cmq" (comunque), "xké" (perché), Roman "nun", "je", "ce", "de"; Portuguese "n"/"ñ" (não), "q" (que), "vc" (você),
 * "pq" (porque), "pra" (para), "tb"/"tbm" (também); Spanish "xq"/"pq" (porque), "tb" (también); not "q" for "que" in Spanish (tried: it read a labelled attend as a no); Dutch "mn" (mijn), "egt" (echt), Flemish "nie", "da", "wa" (niet, dat, wat), Limburgish "neet", "mich", "mit", "dao".
 */
const TEXTING: Partial<Record<NoteLanguage, Readonly<Record<string, string>>>> = {
  // English "em" for "them" ("tell em no"), as people type and speak it.
  en: { them: "em|'em" },
  // Bavarian and Austrian as owners write them ("des is nix für mi", "do geh i ned hi", "sag zua", "i mog des"),
  // Swiss ("ich gang", "wollt scho absäge", "nüd", "schriib ene ab", "dass ich gern chume", "nüt") and northern ("sag nich nein", "dat is nix", "wat soll dat").
  de: { ich: 'i', mich: 'mi', mir: 'mia', nicht: 'ned|net|nit|nid|nod|nud|nich', nichts: 'nix|nuscht|nut|nuet|nuut', ist: 'is', das: 'des|dat', was: 'wat', hin: 'hi', zu: 'zua|zue', mag: 'mog', komme: 'kimm|kumm|chume|chumm', ihnen: 'ene|ihne', gehe: 'gang|gah', wollte: 'wollt|wott', schon: 'scho', denen: 'dene|dena', die: 'de', wollen: 'woin|wolln', eine: 'a|ne', ein: 'a' },
  // Roman and southern forms too ("nun ce vengo", "je direi de no", "nun me piace niente di sta cosa", "pe' me").
  // Silesian ("niy", "dlo mie", "jo", "dej im znać", "ida").
  pl: { nie: 'niy', dla: 'dlo', mnie: 'mie', ja: 'jo', daj: 'dej', ide: 'ida', jest: 'je' },
  it: { non: 'nn|nun', che: 'ke|ca', sono: 'so', vado: 'vaco', piu: 'cchiu|chiu', comunque: 'cmq', perche: 'xke|xche|perke', gli: 'je', ci: 'ce', di: 'de', mi: 'me', ti: 'te', per: "pe'?", questa: 'sta', questo: 'sto' },
  pt: { nao: "(?<!['’])n", que: 'q', voce: 'vc', porque: 'pq', para: 'pra', tambem: 'tb|tbm' },
  es: { porque: 'xq|pq', tambien: 'tb' },
  // Dutch as typed in a hurry, and Brabant and Flemish speech ("mn oude baas", "egt niks", "da's nie slecht", "wa denkte gij").
  // …and Limburgish ("neet", "mich", "mit", "ein", "dao", "allein", "gaon").
  nl: { mijn: "mn|m'n|m’n", echt: 'egt', niet: 'nie|ni|neet', geen: 'gene|genen', dat: 'da', wat: 'wa', maar: 'mer', ik: 'ich', mij: 'mich', met: 'mit', een: 'ein', daar: 'dao', alleen: 'allein', gaan: 'gaon', ja: 'jao' },
};
const TEXTING_WORDS = new Map(Object.entries(TEXTING).map(([language, words]) => [language, new RegExp(`(?<![\\p{L}\\\\])(?:${Object.keys(words).join('|')})(?![\\p{L}~])`, 'gu')]));
export function textingForms(language: NoteLanguage, pattern: string): string {
  const words = TEXTING[language];
  const found = TEXTING_WORDS.get(language);
  if (!words || !found) return pattern;
  return pattern.replace(found, (word) => `(?:${word}|${words[word]})`);
}

/**
 * What `build` makes of the lists of some languages (the note's or the mail's, as reader.ts
 * noteLanguages tells them; null for every language), made once per set of languages.
 */
export function perLanguages<T>(build: (languages: readonly NoteLanguage[] | null) => T): (languages: readonly NoteLanguage[] | null) => T {
  const built = new Map<string, T>();
  return (languages) => {
    const key = languages ? languages.join(',') : '*';
    let found = built.get(key);
    if (found === undefined) built.set(key, (found = build(languages)));
    return found;
  };
}

/** A pattern's literal letters in lowercase; escapes (`\\p{Lu}`, `\\S`, `\\W`…) as written. */
function lowercaseLiterals(pattern: string): string {
  return pattern.replace(/\\[pPu]\{[^}]*\}|\\.|[^\\]+/gu, (part) => (part.startsWith('\\') ? part : part.toLowerCase()));
}

/**
 * The text in lowercase, one character for one, so that a position in it is the same position in the
 * text: a character whose lowercase is longer (only "İ", which lowercases to "i" and a combining dot)
 * keeps its case.
 */
export function lowercaseInPlace(text: string): string {
  const lower = text.toLowerCase();
  // Lowercasing never shortens a character: the same length means no character grew.
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/**
 * What a pattern's `\\p{L}` ("a letter") is compiled to: the letters of the eight languages' script, Latin,
 * as the text has them once lowercased, and OTHER_LETTER, which stands in the text for every other letter.
 *
 * Why. V8 compiles `\\p{L}` (some 600 ranges of code points) into a search over all of them, at every place
 * a pattern writes it: every `~` and every word placeholder of the concepts, some 2,200 in all. Compiling
 * them was half of the concepts' cost at the first message after a cold start (`npm run bench`, "first
 * message"); a class of four ranges is compiled in a fraction of that, and is quicker to run.
 *
 * The same matches. matchable() lowercases the text and replaces each letter outside these ranges by
 * OTHER_LETTER (a letter of the range that no list writes): in the text a pattern runs on, the characters
 * of this class are exactly its letters, so `[${LATIN_LETTERS}]` says what `\\p{L}` said, inside a class
 * or outside one, negated or not. Every character of the ranges is a letter (a test checks each). A match
 * gives back the text as written (LowercasePattern.exec); a letter beyond the Basic Multilingual Plane
 * (two UTF-16 units) becomes two OTHER_LETTERs, so positions stay: only a counted run of letters
 * (`\\p{L}{3,}`) could see it as two.
 */
const LATIN_LETTERS = 'a-zß-öø-ÿ\\u0100-\\u024f';
const OTHER_LETTER = 'ǂ';
const NOT_LATIN_LETTER = new RegExp(`(?![${LATIN_LETTERS}])\\p{L}`, 'gu');

/** The text as the concepts' patterns read it: lowercased in place, every letter outside Latin replaced by OTHER_LETTER. */
export function matchable(text: string): string {
  const lower = lowercaseInPlace(text);
  // Lowercased ASCII holds no letter beyond a–z: the common case costs one scan.
  if (!/[^\0-\x7f]/.test(lower)) return lower;
  return lower.replace(NOT_LATIN_LETTER, (letter) => OTHER_LETTER.repeat(letter.length));
}

/** A pattern's source with each `\\p{L}` written as the class of Latin letters (see LATIN_LETTERS), in a class or not. */
export function latinLetters(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (ch === '\\') {
      const escape = source.slice(i, i + 5);
      if (escape === '\\p{L}') {
        out += inClass ? LATIN_LETTERS : `[${LATIN_LETTERS}]`;
        i += 4;
        continue;
      }
      out += source.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

/**
 * The texts lately made matchable: the reader tries some sixty patterns on each clause, and the invitation's
 * readers as many on each sentence, so a text is lowercased once for all of them. Bounded: short texts
 * only (a clause, a sentence, a window around a word), and emptied when full.
 */
const LOWERED = new Map<string, string>();
const LOWERED_MAX_ENTRIES = 512;
const LOWERED_MAX_CHARS = 4096;
// A long text (a whole body) is matched many times in a row (a global pattern's every match, the next pattern):
// the last one is kept, one entry only.
let lastLong: { text: string; lower: string } | undefined;
function lowered(text: string): string {
  if (text.length > LOWERED_MAX_CHARS) {
    if (lastLong?.text !== text) lastLong = { text, lower: matchable(text) };
    return lastLong.lower;
  }
  let lower = LOWERED.get(text);
  if (lower === undefined) {
    if (LOWERED.size >= LOWERED_MAX_ENTRIES) LOWERED.clear();
    LOWERED.set(text, (lower = matchable(text)));
  }
  return lower;
}

/**
 * A concept's pattern, case-insensitive by lowercasing the text it is given rather than by the `i` flag,
 * and compiled only when it is first used.
 *
 * Why. The concepts' patterns (some 150 KB in all) were most of the first message's time after a cold
 * start (`npm run bench`, "first message"): V8 parses a pattern when it is constructed and compiles it at
 * its first match, with the `i` flag case-folding every literal and every `\\p{L}` (about twice the work),
 * and it does not share the compiled code of a pattern with its global copy (`allMatches`), so a pattern
 * used both ways was compiled twice. Here the pattern is parsed and compiled once, as one global matcher,
 * at its first use: a pattern no message needs is never compiled.
 *
 * The same matches. The lists are written in lowercase (compile lowercases their literals); `i` with `u`
 * compares characters by their simple case folding, and lowercasing maps every character a list could be
 * written with to the same letter (the exceptions, such as the long s "ſ", are no letters of a note's
 * language). A match gives the text as it was given (`match[0]`, `input`); its positions are the same in
 * both (lowercaseInPlace). Every way of matching goes through `exec` (`test`, `match`, `matchAll`,
 * `replace`, `split`, and their copies, which this constructor makes of the same source); `source` is the
 * pattern's.
 */
export class LowercasePattern extends RegExp {
  #source: string | undefined;
  readonly #build: (() => string) | undefined;
  #matcher: RegExp | undefined;
  #globalCopy: LowercasePattern | undefined;

  /** `source`: the pattern, or what builds it when it is first needed. */
  constructor(source: string | RegExp | (() => string), flags = '') {
    // The RegExp itself is never run: every match runs on #matcher, made from the real source when first needed.
    super('(?:)', flags);
    if (typeof source === 'function') this.#build = source;
    else this.#source = source instanceof RegExp ? source.source : source;
  }

  override get source(): string {
    return (this.#source ??= this.#build?.() ?? '(?:)');
  }

  /** The same pattern with the g flag, made once, sharing the compiled matcher (what `allMatches` runs). */
  asGlobal(): LowercasePattern {
    if (this.global) return this;
    if (!this.#globalCopy) {
      this.#globalCopy = new LowercasePattern(this.source, `${this.flags}g`);
      this.#globalCopy.#matcher = this.matcher();
    }
    return this.#globalCopy;
  }

  private matcher(): RegExp {
    return (this.#matcher ??= new RegExp(latinLetters(this.source), this.flags.includes('g') ? this.flags : `${this.flags}g`));
  }

  override exec(text: string): RegExpExecArray | null {
    const matcher = this.matcher();
    // Without the g or y flag a match starts at the beginning, whatever lastIndex holds.
    const stateful = this.global || this.sticky;
    matcher.lastIndex = stateful ? this.lastIndex : 0;
    const match = matcher.exec(lowered(text));
    if (stateful) this.lastIndex = matcher.lastIndex;
    if (match) {
      match[0] = text.slice(match.index, match.index + match[0].length);
      match.input = text;
    }
    return match;
  }
}

/**
 * German puts the verb second: after a word that opens the clause, the subject follows the verb ("da geh ich
 * hin", "dann sag ich ab"). A pattern that opens with "ich" and a verb reads both orders. (Tried for Dutch too,
 * "dan ga ik toch": it read more Dutch notes wrong than right.)
 */
export function wordOrder(language: NoteLanguage, pattern: string): string {
  if (language !== 'de') return pattern;
  return pattern.replace(/^(ich|ik) ((?:\p{L}+|\(\?:[^()]*\))~?)(?= |\$|$)/u, '(?:$1 $2|$2 $1)');
}

/**
 * Dutch splits a separable verb around "te" ("af te slaan", "toe te zeggen", "op te stellen"): a word the lists
 * write whole from such a prefix also reads it split.
 */
export function dutchForms(pattern: string): string {
  return pattern.replace(/(?<![\p{L}\\])(af|toe|aan|op|uit|mee|terug)(?=[a-z]{3})(?!te )/gu, '$1(?: te )?');
}

/**
 * Polish inflects what the lists write once: a verb written with its present or imperative stem in "-uj~" also
 * reads its infinitive and past in "-owa-" ("podziękuj~": podziękować, podziękowałbym; "rezygnuj~":
 * rezygnować); in a phrase of plain words, a noun or adjective of four letters or more ending in a vowel reads
 * its other cases ("sama prowizja": na samej prowizji; "umowa zlecenie": umowy zlecenia).
 */
export function polishForms(pattern: string): string {
  let out = pattern.replace(/(\p{L}{3,})uj~/gu, '$1(?:uj|owa)~');
  if (/^[a-z]+(?: [a-z]+)+$/.test(out)) out = out.split(' ').map((w) => (w.length >= 4 && /[aeiouy]$/.test(w) ? `${w.slice(0, -1)}~` : w)).join(' ');
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The owner's instruction: imperatives, requests, first-person decisions, suggestions, clipped forms

/** Saying no: the verbs of declining and refusing, "tell them no", first-person "I won't go / I pass". */
export const INSTRUCT_DECLINE: ByLanguage = {
  en: ['(?:accepted|took|signed|taken) (?:an? )?(?:\\p{L}+ )?(?:offer|job|role|position) (?:elsewhere|somewhere else|with another (?:company|firm|employer))', '(?:taken|took|taking|chosen|chose|going) (?:in )?(?:another|a different) (?:path|direction|route|road)', 'decline(?! (?:in|of))', "i'?m declining", 'turn(?:ing)? (?:it|this|them|this one|that|that one|the (?:interview|invite|invitation|offer)) down', 'say no', 'tell (?:them|her|him) no', "(?:a|an) (?:polite |gracious |nice )?no(?: thanks| thank you)?$", "let (?:this|it|this one) go", 'giv(?:e|ing) (?:it|this|this one|that|that one|them|the (?:interview|invite|invitation|\\p{L}+ one)) a miss',
    'skip (?:it|this|this one)', "i'?ll pass", "i(?:'m| am) (?:going to|gonna) pass", 'pass on (?:this|it|this one)', '^pass$', 'i pass', 'will pass$', "i (?:won'?t|will not) (?:go|be going|attend)", "i(?:'m| am) not (?:going|attending)(?! to (?:lie|pretend|say|complain))", "not going (?:to go|to attend)?$",
    'count me out', '^skip$', "(?:i'?d )?rather not(?: go)?", 'no thanks', 'no ta', '^nope', '^nah(?!,? yeah)', 'bin (?:it|this)', 'hard pass', '(?:send|give) (?:them )?my regrets', "i'?ll sit this one out", "i'?m out$", 'bow out', 'withdraw~', "let'?s not", 'please say no', 'thank them but no', "i'?d pass", 'pass from me', "i'?d decline", "i'?ll decline", "i (?:want|would like|'d like) to decline",
    '(?:send|write|draft) (?:them |her |him |\\p{L}+ )?(?:a |an |my )?(?:\\p{L}+ )?(?:no|refusal|rejection|decline)', 'let(?:ting)? (?:them|her|him) down', "(?:i|we)(?:'ll|'d| will| would| should| can| could| might)? (?:just |probably |simply |better |politely |rather )?(?:pass|decline|skip (?:it|this|this one)|sit (?:it|this(?: one)?) out|say no|bow out)(?! (?:on the|by|through|along|it on|the (?:test|exam)))", "let'?s (?:just |politely )?(?:pass|decline|skip (?:it|this)|say no|give (?:it|this|this one|that one) a miss)", 'not this time', 'maybe next time', 'some other time', "(?:i'?m|i am) (?:going to |gonna )?(?:decline|say no|turn (?:it|this|them) down)", "it'?s a no$", 'thanks,? but no(?: thanks)?$', "(?:i'?m |i am )?not (?:filling|doing|answering|taking|completing|attending) (?:that|this|it|any of (?:it|that))(?: in| out| one)?$", "(?:i'?m |we'?re )?passing(?: on (?:this|it|this one|that))?$", 'pass(?:ing)? on (?:this|it|this one|that)', '(?:accepted|took|signed|taking|accepting|signing|going with) (?:an ?other|a different) (?:offer|job|role|position)', 'already (?:accepted|signed|took) (?:an? )?(?:\\p{L}+ )?(?:offer|job|role|position)', '^(?:absolutely|definitely|certainly|hell) (?:not|no)$', '^no way$', '^not a chance$', '^not happening$', 'tell (?:them|her|him) (?:naw|nae|nah|nope)', 'say (?:naw|nae)', '^naw$', "i(?:'m| am) not planning (?:to go|on going)", "i (?:don'?t|do not) plan (?:to go|on going)", 'no intention of going', "(?:i'?m|i am) staying where i am", "(?:i'?m|i am) staying put", "i can'?t be bothered(?! to)", "(?:i )?(?:won'?t|will not|don'?t think i'?ll) bother(?: with (?:this|it|them|this one))?$", 'already sign(?:ed)? (?:with|elsewhere|somewhere else)', '(?:decided|chosen|made up my mind) (?:not to|against) (?:go~|attend~|proceed~|continu~|pursu~|tak~ (?:it|this|part)|do (?:it|this)|mov~ (?:forward|ahead)|apply~|interview~|it|this)', 'knock(?:ing)? (?:it|this|them|this one|that|that one|the (?:interview|invite|invitation|offer)) back', 'knock back (?:the |this |that )?(?:interview|invite|invitation|offer)', '(?:take|taking) a pass', 'give (?:it|this|this one) a pass', 'pass (?:it|this|this one) up', 'not in a million years', '(?:not a chance|no way in hell)(?=[.!…]*$)', 'over my dead body', 'let (?:this|it|this one|that one) (?:slide|pass|go by)', '(?:put|mark|count|chalk) me (?:down )?as (?:a )?(?:no|pass)(?![\\p{L}])', '^(?:just |please |pls |so )?cancel(?: (?:it|this|that|this one|the (?:interview|call|meeting|invite|invitation|appointment)))?(?: (?:please|pls|plz|then|thanks))?$', "(?:i'?ll|i will|i'?m going to|gonna|i think i'?ll) (?:just )?(?:leave|skip|pass on) (?:this|that|it)(?: one)?(?! (?:one )?(?:to|with|up|for|open|until|on)(?![\\p{L}]))", 'hell no', 'not on your life', 'not for love (?:n|or) money'],
  fr: ['(?:accepte|signe|pris|trouve) (?:un|une) (?:\\p{L}+ )?(?:offre|poste|proposition|emploi|job|travail|cdi) (?:\\p{L}+ ){0,2}ailleurs', '(?:fais|fait|ecris|envoie|envoies|prepare|prepares|redige|rediges)(?:[- ](?:moi|leur|lui|nous))?(?: donc)? (?:un|une) (?:\\p{L}+ )?(?:refus|reponse negative|mail de refus|courriel de refus)', 'un (?:\\p{L}+ )?refus (?:poli|courtois|gentil|aimable|bien tourne)', '(?:pris|choisi|prends|choisis) (?:une )?autre (?:voie|direction|chemin)', 'declin(?:e|er|ez|ons|erai|erais|es)', 'refus(?:e|er|ez|ons|erai)', 'refuse-(?:la|le)', 'dis(?: leur| lui)? non', 'dire non', 'non merci', "(?:je )?n'?irai pas", "je n'?y (?:vais|irai) pas", 'je ne (?:vais|veux) pas y aller', 'ne (?:pas )?donner(?:ai|ons)? pas suite',
    'pas donner suite', 'laisse(?:r|z)? tomber', 'je passe mon tour', 'je passe$', 'sans moi', "c'?est non", 'donc non', 'je me desiste', 'retir~ ma candidature', 'je (?:vais )?decliner', '^on passe$', 'dis(?:-leur)? que non', 'je prefere ne pas y aller', 'je ne vais pas y aller', "je n'?y vais pas", 'non, merci', 'refuses', 'refuse-(?:la|le|les)', 'declinerai~', 'je vais refuser', 'envoie(?:-leur|-lui)? (?:un |une )?(?:\\p{L}+ )?(?:refus|non)', "(?:ne |n')(?:\\p{L}+ )?donn~ pas suite", '(?:on|nous) (?:va |allons )?(?:decline~|refuse~)', 'pas (?:pour )?cette fois', 'une autre fois peut~etre', 'ce sera non', 'ca sera non', '(?:je|on) (?:ne )?(?:le )?fera pas', '(?:je|on) laisse passer', '(?:accepte|signe|pris) (?:une )?autre (?:offre|poste|proposition)', 'deja (?:accepte|signe) (?:une |un )?(?:\\p{L}+ )?(?:offre|poste|proposition|ailleurs)', 'faire part de (?:mes|nos) regrets', 'mes regrets', '^(?:absolument|certainement|surement) pas$', '^hors de question$', '^jamais de la vie$', '^pas question$', 'drop it', 'let it drop', 'je ne compte pas y aller', "je n'?ai pas l'?intention d'?y aller", 'je reste (?:la )?ou je suis', '(?:decide|choisi|resolu) de ne pas (?:y aller|aller|donner suite|poursuivre|continuer|me presenter|participer|y participer)', 'on (?:leur |lui )?(?:dit|repond) non', '(?:je |on )?(?:passe|passons|passer|passera~) (?:mon|notre|son) tour', '(?:je vais |je )?laisse(?:r|z)? (?:filer|passer) (?:celle-la|celui-la|ca|cette (?:fois|offre|occasion|chance))', 'je (?:vais )?laisser (?:filer|passer)$', '^(?:un )?refus(?: (?:poli|courtois|gentil|aimable|bien tourne|propre))?$', '^(?:tu peux )?annule(?:r|z)?(?: (?:ca|tout|le rdv|le rendez-vous|l.entretien))?(?: (?:stp|svp|merci))?$', '(?:accepte|signe|pris|trouve) (?:un|une) autre (?:offre|poste|proposition|emploi|job|travail|cdi)', 'meme pas en reve', 'plutot mourir', 'jamais de la vie(?= j)', 'je (?:ne |n.)(?:pense|crois|compte) (?:pas|plus|vraiment pas|pas vraiment) (?:y aller|aller a (?:l.|cet )entretien|participer|me presenter|donner suite|que j.y aille|que j.y irai)'],
  de: ['(?:stelle|job|angebot|position) (?:\\p{L}+ ){0,2}(?:woanders|anderswo|bei einer anderen firma) (?:angenommen|zugesagt|unterschrieben)', 'lassen wir (?:das|die|den|es) (?:lieber |besser |einfach )?(?:sausen|bleiben|sein|laufen)', '(?:das|die|den) (?:lieber |besser |einfach )?(?:sausen|sein) lassen', '(?:einen )?anderen weg (?:eingeschlagen|gewahlt|gehe|genommen)', 'absag(?:en|e|t)(?! (?:bekommen|erhalten|gekriegt))', 'abzusagen', 'sag~(?: \\p{L}+){0,5} ab', 'lehn~(?: \\p{L}+){0,3} ab', 'ablehn~', 'nein sagen', 'ich geh~ (?:da )?nicht hin', 'nicht hin(?:gehen)?', 'lass (?:mal|es)(?: lieber)?$', 'lieber nicht',
    'ohne mich', 'also nein', 'wir lassen (?:das|es)(?: (?:lieber|besser|einfach|trotzdem|mal|also|dann))*$', 'ich sage ab', 'verzicht~', 'nein danke', 'ich lass es', 'lassen wir das', 'ich bin raus', 'zuruckzieh~', 'zieh~ (?:\\p{L}+ ){0,3}zuruck', 'nicht zusagen', 'ablehnen', 'lehne (?:\\p{L}+ ){0,3}ab', 'ich passe', 'wir passen', '(?:diesmal|dieses mal) nicht', 'nicht (?:diesmal|dieses mal)', 'sag~ (?:ihnen |ihm |ihr |denen )?nein', 'lassen wir (?:es|das)(?: lieber)?', 'das lassen wir', '(?:ich|i) (?:mach|mache|tu|tue) (?:das|dat|des|dit|es) (?:echt |einfach |lieber |also |jetzt )?(?:nicht|nich|ned|net|nit)(?! (?:gern|oft|mehr als|nur|so|ganz|um|fur|wegen))', '(?:ein )?anderes angebot (?:angenommen|unterschrieben)', '(?:schon|bereits) woanders (?:zugesagt|unterschrieben)', 'woanders (?:zugesagt|unterschrieben)', '(?:eine )?absage (?:schicken|senden|schreiben)', '^auf (?:gar )?keinen fall$', '^keinesfalls$', '^niemals$', '^nie im leben$', 'lass~ (?:es|das|ihn|sie) (?:\\p{L}+ )?fallen', 'fallen lassen', 'absagst', '(?:darf|durfen|soll|sollte|muss) (?:(?:es|das|der|die|ruhig|gerne|gern|bitte|dann|also) ){0,3}abgesagt werden', '(?:ich )?(?:habe|hab) nicht vor,? (?:da )?hinzugehen', 'ich werde (?:da )?nicht hingehen', 'ich bleibe,? wo ich bin', '^ich bleibe (?:lieber )?(?:hier|bei meinem (?:job|arbeitgeber))$', '^ich bleibe$', 'absagn', 'abzsagn', '(?:bei|mit) (?:\\p{L}+ ){1,3}(?:unterschrieben|zugesagt)(?! (?:hatte|hätte|hatten))', '(?:entschieden|beschlossen|entschlossen),? (?:\\p{L}+ ){0,3}nicht (?:\\p{L}+ ){0,2}(?:hinzugehen|weiterzumachen|teilzunehmen|fortzusetzen|weiterzuverfolgen|anzunehmen|zu gehen)', '(?:mich |uns )?dagegen entschieden', 'entschieden,? (?:mich |uns )?dagegen', 'nicht hin(?:gehe|gehen|geh|zugehen)(?![\\p{L}])', '(?:entschieden|beschlossen),? dass ich nicht (?:hin)?(?:gehe|hingehe|teilnehme|komme)', 'lass(?:en wir)? (?:es |das )?gut sein', '(?:das )?tu(?:e)? ich mir (?:\\p{L}+ )?nicht an', '^(?:ne|nee|nein) danke', 'spar~ (?:ich )?mir (?:die fahrt|den weg|die muhe|den termin|das gesprach)', '(?:schreib|schriib)~(?: \\p{L}+){0,4} ab(?![\\p{L}])', 'abschreib~', 'abzuschreiben', '(?:eine )?andere (?:stelle|position) (?:\\p{L}+ )?(?:angenommen|zugesagt|unterschrieben)', '(?:einen )?anderen job (?:\\p{L}+ )?(?:angenommen|zugesagt|unterschrieben)', 'keine zehn pferde', 'nie und nimmer', '(?:wir|mir) lass(?:en|n) (?:das|es) (?:[^\\s-]+ ){0,4}(?:lieber|besser)(?: (?:sein|bleiben))?(?=\\s*(?:[,.!…;]|$))'],
  es: ['diciendo(?:le|les|selo|selos)? que no(?![\\p{L}])', '(?:acepte|firme|tome) (?:un|una) (?:\\p{L}+ )?(?:oferta|puesto|trabajo|empleo) (?:en otr[ao] (?:empresa|sitio|lado|parte)|en otra parte)', '(?:tome|tomado|elegi|elegido|sigo|segui) (?:por )?otro camino', 'declin(?:a|ar|ala|alo|e|o)', 'rechaz(?:a|ar|ala|alo|o)', 'di(?:les|le|gales)? que no', 'decir(?:les|le)? que no', 'no (?:voy|ire|asistire)(?! a decir)', 'no me presento', 'mejor no$', 'yo paso', 'paso$', 'entonces no(?=[,.!…]|$)', 'asi que no', 'no, gracias', 'no asistire', 'retiro mi candidatura', 'me bajo', 'dejalo', 'no quiero ir', 'no ire', 'rechac~', 'rechazaria', 'declinaria', 'rechazala', '(?:manda|envia|mandamos|enviamos|mandemos|enviemos)(?:les|le)? (?:(?:un|el) (?:\\p{L}+ )?no|(?:un )?(?:\\p{L}+ )?rechazo)', 'rebotal(?:o|a|os|as)', 'bochal(?:o|a)', 'deci(?:le|les|selo|selos) que no', '(?:por )?esta vez no', 'lo dejamos pasar', 'dejemos(?:lo)? pasar', 'paso de (?:esta|este|esto|ir)', 'ni loc[oa]', 'ni de broma', 'ni hablar', 'ni de cona', 'rechazal(?:o|a|os|as)', 'declinal(?:o|a|os|as)', '(?:mejor )?no vamos', '(?:acepte|firme|tome|agarre) otra (?:oferta|propuesta|posicion)', 'ya (?:acepte|firme) (?:otra|una|en otro)', '(?:rechaz|declin)(?:ar|arl[oa]s?|arles?|ando|aria)', '(?:voy a|vamos a) (?:rechazar|declinar)~', '(?:manda|mandar|envia|enviar)(?:les|le)? (?:un |una )?(?:\\p{L}+ )?(?:no|rechazo|negativa)(?: \\p{L}+)?$', 'una negativa', 'ni en pedo', 'ni a palos', 'ni muert[oa]', '^de ninguna manera$', '^ni de casualidad$', 'no pienso (?:ir|presentarme|acudir)', 'no tengo (?:ninguna )?intencion de ir', 'me quedo donde estoy', '(?:decidi|he decidido|decidimos|opte por) (?:que )?no (?:ir|seguir|continuar|avanzar|presentarme|participar|voy)', 'acept\\p{L}* (?:la |una )?oferta de (?:la |el )?otr[oa]', 'ya acept\\p{L}* (?:la |una |otra )?(?:oferta|chamba|trabajo|chance|pega|laburo)', '(?:mejor )?lo dejamos(?: (?:pasar|estar|ahi|aca|aqui))?$', '(?:mejor )?dejemoslo(?: (?:pasar|estar|ahi))?$', 'me ahorro (?:el viaje|la visita|la molestia|la entrevista)', '^cancela(?:lo|la|r)?(?: (?:porfa|por favor|pls))?$', '(?:acepte|firme|tome|agarre|encontre) otro (?:trabajo|puesto|empleo|laburo|curro|contrato)', 'ni por (?:el|la|los|las) \\p{L}+', 'ni (?:aunque|que) me paguen', 'ni pagandome', 'ni borrach[oa]', 'ni de vainas', 'ni a bala', 'ni mamando', 'ni de chiste', 'ni de pedo', 'ni madres', 'ni a gancho', 'ni en joda', 'ni por todo el oro del mundo', '(?:he|hemos|habia|habiamos) (?:ya )?(?:aceptado|firmado|cogido|tomado) (?:otra|una|un) (?:[^\\s-]+ )?(?:oferta|propuesta|posicion|puesto|trabajo|empleo)'],
  it: ['(?:accettato|firmato|preso) (?:un|una|un.)? ?(?:\\p{L}+ )?(?:offerta|posto|lavoro|proposta) (?:altrove|da un.?altra parte|presso un.?altra (?:azienda|societa))', "(?:preso|scelto|prendo) un.?altra strada", 'rifiut(?:a|are|iamo|o|ala|alo)', 'declin(?:a|are|iamo|o)', "di(?:gli|' pure|')? (?:di |che )?no(?![\\s-]+\\p{L}*(?:are|ere|ire|ar|er|ir|rla|rlo|rle|rli|rse|rme|rte)(?![\\p{L}]))", 'dire (?:di )?no', 'rinunci~', 'rinuncer~', 'lascia(?:re|mo)? (?:perdere|stare)', 'lasciar stare', 'passo$', 'non (?:ci )?vado', 'non ci andro', 'quindi no', 'no grazie', 'lascio perdere', 'declino', 'non andro', 'non partecipo', 'ritir~ (?:la )?candidatura', 'non ci vado', 'rifiuter~', 'decliner~', '(?:manda|invia|mandiamo|inviamo|mandate|inviate)(?:gli|le| loro)? (?:(?:un|il) (?:\\p{L}+ )?no|(?:un )?(?:\\p{L}+ )?rifiuto)', '(?:per )?(?:stavolta|questa volta) no', 'passiamo', 'lasciamo (?:perdere|stare)', 'declina pure', 'rifiuta pure', '(?:digli|dille|di loro) (?:pure )?(?:di )?no', 'non ci (?:andiamo|vado|andrei)', '(?:accettato|firmato|preso) (?:un.?altra|altra) (?:offerta|proposta)', 'ho gia (?:accettato|firmato)', '(?:rifiutar|declinar)(?:e|l[oa]|li|le)', '(?:lo|la) (?:rifiuto|declino)', '(?:mandare|inviare)(?: loro|gli|le)? (?:un )?(?:\\p{L}+ )?(?:no|rifiuto)', '^assolutamente no$', '^neanche per (?:sogno|idea)$', '^nemmeno per sogno$', '^manco morto$', 'lascia(?:mo)? cadere', 'non (?:penso|ho intenzione) di andar(?:ci|e)', 'resto dove sono', '(?:non|nn) (?:ci )?vengo', '(?:gli |le )?direi (?:di |che )?no', '(?:ho )?deciso (?:di non|che non) (?:andare|andarci|proseguire|continuare|partecipare|presentarmi|vado|ci vado)', 'lasciar (?:perdere|stare|correre)', 'lass(?:ar|are|a|emo) (?:star|stare|perder|perdere)', 'declinate', 'rifiutate', 'dite (?:loro )?(?:di )?no', 'anche no', 'lascio (?:cadere|correre)', '^(?:annulla|disdici)(?:la|lo|re)?(?: (?:pure|grazie))?$', '(?:accettato|firmato|preso|trovato) (?:un.?altr[oa]|altr[oa]) (?:\\p{L}+ )?(?:offerta|proposta|lavoro|posto|impiego|contratto)', '(?:neanche|nemmeno|neppure|manco) mort[oa]', '(?:neanche|nemmeno|neppure|manco) per (?:sogno|idea)', '(?:neanche|nemmeno|manco) (?:se mi pagano|a pagarmi|se mi pagassero)', 'col cavolo', 'manco per niente'],
  nl: ['(?:baan|functie|aanbod|job) (?:\\p{L}+ ){0,2}(?:ergens anders|elders|bij een ander bedrijf) (?:aangenomen|geaccepteerd|getekend)', '(?:laten we|laat) (?:deze|die|dit|het) (?:maar |gewoon |lekker )*(?:schieten|lopen|gaan|passeren)', '(?:deze|die) (?:maar |gewoon |lekker )*laten (?:schieten|lopen|gaan)', '(?:een )?andere (?:richting|weg) (?:gekozen|ingeslagen|op)', 'afzeg~', 'afwijz~', 'wijs (?:\\p{L}+ ){0,5}af', 'zeg (?:\\p{L}+ ){0,5}af', 'afwijzing', 'af te zeggen', 'zeg (?:maar )?(?:af|nee)', '(?:een )?(?:nette?|vriendelijke?|beleefde?) nee', 'doe maar (?:\\p{L}+ ){0,3}(?:nee|neen|afwijzing|afzegging)', 'laat maar$', 'laat maar (?:zitten|gaan)', 'zie (?:ik )?(?:er)?van af', '(?:ik |dat ik |we )?afzie~ van', 'af te zien van', 'ik ga niet', 'dan (?:toch )?maar niet', 'sla (?:ik )?over', 'dus nee', 'nee bedankt', 'trek (?:me|mij) terug', '^niet doen$', 'afslaan', 'bedank (?:ze|hen)', 'ik doe het niet', 'doe maar (?:nee|neen)', 'toch maar niet?(?![\\p{L}])', 'afslaan', 'ik sla (?:\\p{L}+ ){0,2}over', 'stuur (?:\\p{L}+ ){0,3}(?:afwijzing|nee|afzegging)', 'ik pas', 'wij passen', 'we passen', '(?:deze|dit) keer (?:maar )?niet', 'nee zeggen', 'ik zeg nee', 'doe maar niet', 'laten we (?:het )?(?:maar )?(?:niet doen|laten|afzeggen)', '(?:ander|een ander) aanbod (?:aangenomen|geaccepteerd)', 'al (?:getekend|een ander aanbod)', '(?:nette |vriendelijke |beleefde )?afwijzing sturen', '^absoluut niet$', '^geen sprake van$', '^echt niet$', '^no way$', 'laat (?:\\p{L}+ ){0,2}vallen', 'laten vallen', '^bedanken$', '(?:daar |er )?begin (?:ik )?(?:er )?niet aan', 'ik bedank(?! (?:je|jou|jullie|u|iedereen|ze voor)(?![\\p{L}]))', 'dat ik (?:maar|toch|gewoon|dan|beter|liever|netjes|vriendelijk)(?: \\p{L}+)? bedank(?:en|e)?(?! (?:je|jou|jullie|u|iedereen)(?![\\p{L}]))(?![\\p{L}])', 'bedank(?:en)? (?:ervoor|voor de eer)', '(?:mag|mogen|moet|moeten) (?:(?:het|dat|dit|die|ook|gerust|maar|wat mij betreft) ){0,3}afgezegd(?: worden)?', 'afgezegd (?:worden|mag|mogen|moet)', '(?:mag|moet) (?:(?:het|dat|dit|die|ook|gerust|maar) ){0,2}afgewezen worden', 'ik ben niet van plan (?:om )?(?:erheen )?te gaan', 'ik blijf waar ik (?:zit|ben)', '(?:besloten|beslist|gekozen) (?:om )?(?:\\p{L}+ ){0,3}niet (?:\\p{L}+ ){0,2}(?:te gaan|door te gaan|verder te gaan|in te gaan|mee te doen|te doen)', '(?:vriendelijk|netjes|beleefd|namens mij) (?:\\p{L}+ )?bedanken(?![\\s-]+voor)', '(?:laat|laten) (?:ik )?(?:deze|die|dit|het) (?:\\p{L}+ ){0,2}voorbij gaan', 'aan (?:me|mij) voorbij (?:laten )?gaan', '^(?:annuleer|annuleren)(?: (?:maar|het|die|deze|dat))?$', '(?:een )?andere (?:baan|job|functie) (?:\\p{L}+ )?(?:aangenomen|geaccepteerd)', 'voor geen (?:goud|geld|meter|prijs)', 'over mijn lijk', 'in geen honderd jaar', 'ik pieker er niet over'],
  pt: ['(?:aceitei|assinei) (?:uma|um) (?:\\p{L}+ )?(?:proposta|oferta|vaga|emprego|trabalho) (?:noutro lado|noutra empresa|em outro lugar|em outra empresa|noutro sitio)', '(?:deixar|deixa|deixamos|vamos deixar|deixemos) (?:essa|esta|isso|esse|este|essa vaga|passar)(?: passar)?', '(?:segui|escolhi|tomei|vou por) (?:por )?outro caminho', 'recus(?:a|ar|e|o)', 'declin(?:a|ar|e|o)', 'diz(?:-lhes|er|e)? que nao', 'nao vou(?: a| participar| nessa| nesta| ir|$)', 'nao (?:quero )?ir', 'passo$', 'deixa (?:pra|para) la', 'entao nao(?=[,.!…]|$)', 'nao, obrigad~', 'dispenso', 'desisto', 'nao quero (?:ir|participar|essa|esta)', 'declina', 'recusar~', 'declinar~', 'recusa-(?:a|o)', '(?:manda|envia|mandamos|enviamos|mandemos|enviemos)(?:-lhes)? (?:um |uma )?(?:\\p{L}+ )?(?:nao|recusa)', '(?:desta|dessa|esta|essa) vez nao', 'eu passo', 'passamos', 'pode recusar', 'recusa(?:-a|-o)? (?:por favor|educadamente)', 'nao vamos', '(?:aceitei|assinei) (?:outra|uma outra) (?:proposta|oferta)', 'ja (?:aceitei|assinei) (?:outra|uma|noutra|em outra)', '(?:recusa|declina)-l[ao]s?', '(?:vou|vamos) (?:recusar|declinar)~', 'recusá-l[ao]', 'mandar-(?:lhes|lhe) (?:uma )?(?:\\p{L}+ )?(?:recusa|nega)', '^de jeito nenhum$', '^nem pensar$', '^de forma alguma$', '^nem morto$', 'deixa (?:cair|estar)', 'nao (?:penso|tenciono|conto) ir', 'nao tenho (?:nenhuma )?intencao de ir', 'fico onde estou', 'dizeres(?:-lhes|-lhe)? que (?:nao|n)', '(?:nao|n) (?:desta|dessa) vez', '(?:decidi|resolvi|decidimos|optei por) (?:que )?nao (?:ir|seguir|continuar|avancar|participar|vou|prosseguir)', '(?:^|nao,? )desisti(?: d[aoe]\\p{L}*)?$', 'ja aceitei (?:a |uma |outra )?(?:proposta|oferta|vaga)', '(?:vou|vamos) passar (?:essa|esta|esse|este|nessa|a vez)', 'passo (?:essa|esta|a vez)', '^cancela(?:-a|-o|r)?(?: (?:pf|por favor))?$', '(?:aceitei|assinei|arranjei|consegui) (?:outro|um outro) (?:emprego|trabalho|cargo|posto|contrato)', 'nem mort[oa]', 'nem a pau', 'nem por sonhos?', 'nem (?:que|se) me pagu(?:em|assem)', 'nem pagando', 'nem fodendo', 'nem ferrando', 'nem de graca', 'nem que a vaca tussa', 'nem a tiro'],
  pl: ['(?:przyjal~|przyjel~|podpisal~) (?:\\p{L}+ ){0,2}(?:oferte|prace|umowe) (?:gdzie indziej|w innej firmie)', 'odpusc(?:my|my sobie|my to|my ja|my go)', 'odpuszczam(?: sobie)?', 'dajmy sobie spokoj', '(?:wybral~|poszedl~|poszlam|ide) (?:w )?inn(?:a|ym) (?:droge|droga|kierunku)', 'odmow(?:ic|cie|my|ie)?', 'odmawiam', 'rezygnuj~', 'rezygnuje', 'nie ide', 'nie pojde', 'odpuszczam', 'odpusc~', 'wiec nie(?=[,.!…]|$)', 'nie, dziekuje', 'podziekuj~', 'wycofuj~(?![\\p{L}])(?!(?: sie)? (?:z|ze) (?:\\p{L}+ )?(?:polski|rynk|kraju|europy|regionu|miasta|inwestycj|finansowan|umowy|kontrakt))', 'wycofaj~', 'nie chce isc', 'odmowil~by~', 'odmow[ea]', '(?:wyslij|przeslij) (?:\\p{L}+ ){0,3}odmow~', 'nie tym razem', 'odpuszcza~', 'powiedz (?:im |jej |mu )?(?:ze )?nie', 'nie (?:pojdziemy|idziemy)', '(?:przyjal~|przyjel~|podpisal~) (?:inna|inny) (?:oferte|propozycje|umowe)', 'juz (?:przyjal~|przyjel~|podpisal~)', 'wyslac (?:im |jej |mu )?(?:\\p{L}+ )?odmow~', '^absolutnie nie$', '^w zyciu$', '^nie ma mowy$', '^za nic$', 'odmowil~', 'odmawiam(?:y)?', 'odmowmy', 'odpuszczamy', 'rezygnujemy', 'nie zamierzam (?:isc|pojsc|tam isc)', 'zostaje tam,? gdzie jestem', '^zostaje tam$', '(?:zdecydowal~|postanowil~) (?:sie )?nie (?:isc|pojsc|kontynuowac|brac|jechac|startowac|aplikowac|uczestniczyc)', '(?:zdecydowal~|postanowil~) (?:sie )?(?:jednak )?zrezygnowac', 'tym razem (?:nie(?=[,.!…]|$)|dziekuje|podziekuje|odpuszcze)', 'daj(?:my)? sobie spokoj', 'dam sobie spokoj', '^(?:dziekuje,? )?postoje(?=[.!…]*$)', 'podziekuj~ (?:im )?(?:za|i)', 'daruje sobie', '^(?:anuluj|odwolaj)(?: (?:to|je|go|prosze|pls))?$', 'ani mi sie sni', '(?:przyjal~|przyjel~|podpisal~|wzial~|wziel~) (?:juz |wczoraj |niedawno )?(?:inna|inny|inne) (?:oferte|propozycje|umowe|prace|posade)'],
};

/**
 * A suggestion put as a negative question ("why not go?", "shouldn't we just go?", "warum nicht hingehen?",
 * "por que não ir?"): the negation asks, it does not refuse; the yes after it stands.
 */
export const WHY_NOT: ByLanguage = {
  en: ["why (?:not|don'?t (?:we|i|you))", "(?:shouldn'?t|wouldn'?t it (?:be )?(?:good|wise|smart) to|couldn'?t)(?: (?:we|i))?"],
  fr: ['pourquoi (?:ne )?pas', "pourquoi (?:on |je )?n'?(?:irait|irais|y irait|y irais) pas", '(?:ne )?(?:devrait|devrais|devrions)[- ](?:on|je|nous) pas'],
  de: ['warum (?:denn )?nicht', 'wieso (?:denn )?nicht', '(?:wollen|sollen|sollten|konnten|konnen) wir (?:\\p{L}+ ){0,2}nicht', '(?:soll|sollte|konnte|kann) ich (?:\\p{L}+ ){0,2}nicht'],
  es: ['por ?que no', 'no (?:deberiamos|deberia)', 'podriamos'],
  it: ['perche non', 'non (?:dovremmo|dovrei)', 'potremmo'],
  nl: ['waarom (?:\\p{L}+ ){0,3}niet', '(?:zouden|moeten|kunnen) we (?:\\p{L}+ ){0,2}niet', '(?:zou|moet|kan) ik (?:\\p{L}+ ){0,2}niet'],
  pt: ['por ?que nao', 'e porque nao', 'nao (?:deveriamos|deveria)', 'podiamos'],
  pl: ['(?:czemu|dlaczego) (?:by )?nie', '(?:moze|moglibysmy|powinnismy|powinnam|powinienem) (?:\\p{L}+ )?nie'],
};

/** Going, as the bare verb a negative-question suggestion ends with ("why not go?", "por que não ir?"). */
export const GO_BARE: ByLanguage = {
  en: ['go', 'attend', 'take (?:it|the (?:call|interview))', 'give it a (?:go|shot|try)'],
  fr: ['y aller', 'aller', "l'?accepter", 'accepter', "s'?y presenter"],
  de: ['hin(?:gehen|fahren)?', 'gehen', 'zusagen', 'annehmen', 'mitmachen'],
  es: ['ir', 'aceptar', 'presentarse', 'presentarme'],
  it: ['andar(?:ci|e)', 'accettare', 'presentarsi', 'provarci'],
  nl: ['gaan', 'erheen', 'heen', 'accepteren', 'doen'],
  pt: ['ir', 'aceitar', 'apresentar-me', 'tentar'],
  pl: ['isc', 'pojsc', 'jechac', 'pojechac', 'sprobowac', 'przyjac'],
};

/**
 * The manner of a reply asked for, on its own or with the reply ("but politely", "netjes houden graag", "ale
 * grzecznie", "odpisz grzecznie"): a courtesy only a no needs, read as the owner's no when nothing else in the
 * note is an instruction. Not a person described ("she was very polite", "die range is netjes"), nor a formal
 * "please" ("uprzejmie proszę", "gentilmente chiedo").
 */
const NOT_DESCRIBED = (copulas: string) => `(?<!(?:${copulas}) (?:\\p{L}+ )?)`;
export const POLITE_MANNER: ByLanguage = {
  en: [`${NOT_DESCRIBED("is|was|were|are|been|'s|seems?|seemed|very|so|super|quite|extremely")}polite(?:ly)?(?! (?:person|people|man|woman|guy|lady|recruiter|bloke|chap|folks?))`, 'courteously', 'graciously', 'tactfully', 'diplomatically', '(?:write|reply|answer|respond|say it|word it) (?:to )?(?:them |her |him |back )?(?:nice|nicely|kindly|gently)', 'keep it (?:polite|nice|friendly|civil|courteous)', '(?:send|write|give|drop) (?:them |her |him )?(?:something|a (?:\\p{L}+ )?(?:note|line|reply|message|email)) (?:nice|kind|polite|friendly|gracious|warm)', '(?:send|write|give|drop) (?:them |her |him )?a (?:nice|kind|polite|friendly|gracious|warm) (?:note|line|reply|message|email|no)'],
  fr: ['poliment', 'gentiment', 'courtoisement', 'avec (?:(?:beaucoup de|toute la|la plus grande) )?(?:tact|delicatesse|courtoisie|politesse|elegance|diplomatie)', 'delicatement', 'diplomatiquement', 'reste[rz]? (?:poli|courtois|correct)~', '(?:ecris|envoie)(?:-leur|-lui)? (?:un )?(?:petit )?(?:mot|message) (?:gentil|sympa|aimable|courtois)'],
  de: [`${NOT_DESCRIBED('ist|war|sind|waren|sehr|so|total|echt|super|wirklich|ganz')}(?:hoflich|freundlich|taktvoll|diplomatisch)(?![\\p{L}])`, 'mit (?:takt|anstand|fingerspitzengefuhl)', '(?:hoflich|freundlich|nett) bleiben', '(?:schreib|schick)\\p{L}* (?:ihnen |denen |ihm |ihr )?(?:(?:was|wat|etwas|ein paar) )?(?:nettes|freundliches|hofliches|nette zeilen|freundliche zeilen)'],
  es: ['amablemente', 'educadamente', 'cortesmente', 'con (?:(?:mucha|toda la|la mayor|muchisima) )?(?:educacion|cortesia|tacto|delicadeza|amabilidad|buenos modales|buena onda|elegancia|diplomacia)', 'delicadamente', 'diplomaticamente', 'bien educad[oa]', '(?:escribe|escribi|manda|envia)(?:les|le)? (?:algo|unas lineas|un mensaje) (?:bonito|amable|lindo|cordial|simpatico)'],
  it: ['gentilmente(?! (?:chied|richied|preg|vi chied|le chied|ti chied))', 'cortesemente', 'educatamente', 'con (?:(?:molto|molta|tutto il|tutta la|la massima) )?(?:garbo|cortesia|tatto|delicatezza|gentilezza|educazione|eleganza|diplomazia)', 'garbatamente', 'delicatamente', 'diplomaticamente', 'righe garbate', '(?:scrivi|manda)(?:gli|le)? (?:qualcosa di|due righe|un messaggio) (?:gentile|carino|garbato|cortese|gentili|garbate)'],
  nl: [`${NOT_DESCRIBED('is|was|zijn|waren|erg|heel|zeer|best|zo|echt|super|wel erg')}(?:beleefd|vriendelijk|netjes|tactvol|diplomatiek|keurig)(?![\\p{L}])`, '(?:stuur|schrijf) (?:ze|hen|hem|haar) (?:iets|wat|een berichtje) (?:aardigs|liefs|vriendelijks|netjes|aardig|vriendelijk)'],
  pt: ['educadamente', 'gentilmente', 'delicadamente', 'com (?:(?:muita|toda a|a maior) )?(?:educacao|delicadeza|jeito|tato|cortesia|gentileza|elegancia|classe|diplomacia)', 'cortesmente', 'bem educad[oa]', 'diplomaticamente', '(?:escreve|manda|envia)(?:-lhes|-lhe)? (?:algo|uma mensagem|umas linhas) (?:simpatic[oa]|gentil|educad[oa]|bonit[oa]|querid[oa])'],
  pl: [`${NOT_DESCRIBED('byl|byla|bylo|byli|jest|sa')}(?:grzecznie|kulturalnie|taktownie|dyplomatycznie|jak najgrzeczniej)`, 'uprzejmie(?! (?:prosz|informuj|dziekuj|zaprasz))', 'uprzejm(?:a|ie) odmow~', '(?:napisz|wyslij) (?:im |jej |mu )?(?:cos|kilka slow|wiadomosc) (?:milego|uprzejmego|grzecznego|milych|uprzejmych|mila|uprzejma)'],
};

/** Another date or time for the interview, or moving it: what asking them (ASK_THEM) for it wants, to attend. */
export const NEW_DATE: ByLanguage = {
  en: ['(?:another|a new|a different|an alternative|a later|other) (?:time|date|slot|day|appointment)', 'reschedul~'],
  fr: ['(?:une? )?(?:autre|nouvelle?) (?:date|creneau|horaire|rendez-vous|rdv)', 'reporter', 'decaler'],
  de: ['(?:neue~|andere~|spatere~) (?:termin~|zeitpunkt|datum)', 'ersatztermin~', 'verschieb~', 'verlegen'],
  es: ['(?:otra|nueva) (?:fecha|hora|cita)', 'reprogram~', 'aplazar'],
  it: ['(?:un.?altra|nuova|altra) (?:data|ora)', '(?:nuovo|altro) (?:orario|appuntamento)', 'spostar~', 'rinviar~'],
  nl: ['(?:andere|nieuwe|later~) (?:datum|tijd|dag|afspraak|moment)', 'verzet~', 'verplaats~'],
  pt: ['(?:outra|nova) (?:data|hora|marcacao)', 'remarc~', 'adiar'],
  pl: ['(?:inny|nowy|pozniejszy) termin~', '(?:innego|nowego|pozniejszego) terminu', 'przeloz~', 'przesun~'],
};

/** Asking them something ("politely ask whether…", "freundlich nachfragen, ob…"): a courtesy that is no no. */
export const ASK_THEM: ByLanguage = {
  en: ['ask~', 'enquir~', 'inquir~', 'check (?:if|whether|with)', 'find out'],
  fr: ['demand~', 'renseign~', 'verifi~ (?:si|aupres)'],
  de: ['nachfrag~', 'nachzufragen', 'frag~', 'erkundig~', 'anfrag~'],
  es: ['pregunt~', 'consult~', 'averigu~', 'pide~', 'pidan', 'pedir~'],
  it: ['chied~', 'chiedi~', 'chiedere', 'domand~', 'informar~'],
  nl: ['vra(?:ag|agt|gen)~', 'navra~', 'informeer~', 'checken of'],
  pt: ['pergunt~', 'consult~', 'indag~', 'saber se', 'pede~', 'pedir~', 'pecam'],
  pl: ['zapyt~', 'spyta~', 'dopyta~', 'pyta~', 'dowiedz~', 'popros~'],
};

/**
 * Not after a relative or question word: a clause that ends "…what I do", "…where I'm going" ("longe do que
 * faço", "ce que je fais", "dove vado") says what the owner does or where they go, not "I'll do it", "I'm going".
 */
// The relative word starts a word: "acho que vou" is no "o que vou" (its "o" ends "acho"); a subject pronoun may follow it ("o que eu faço").
const AFTER_NO_RELATIVE = '(?<!(?<![\\p{L}])(?:(?:o|lo|do|ce|el|del|da|a|no|na) que|onde|aonde|donde|adonde|dove|waar|wat|gdzie|dokad|co|what|where)(?: (?:eu|yo|je|io|ik|ja|i))? )';

/** Saying yes: accept, confirm, "I'm going", "book me", "let's", clipped "yes", agreeing to the day proposed ("OK pour jeudi", "vale para el martes"). */
export const INSTRUCT_ATTEND: ByLanguage = {
  en: ['(?:ok|okay|fine|good|sure|happy|yes) (?:with|for) (?:the |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|tomorrow|\\d)', '(?:ask|asking) (?:them |her |him )?(?:for )?(?:another|a different|a new|a later|an earlier) (?:time|slot|date|day|one)', '(?:can|could) (?:you|we) (?:ask for|get|find|arrange|set up) (?:another|a different|a new) (?:time|slot|date|day)', "i'?ll take (?:the )?(?:\\p{L}+ |\\d[\\d:.]* ){0,3}(?:slot|one|time|option)", '(?:in short|bottom line|verdict|decision|conclusion|long story short)[:,]? (?:go|going|attend|accept)(?![\\p{L}])', "(?<!(?:qui|il|elle|on|la|ca|personne|monde|qu'?elle|qu'?il) )attend(?! (?:encore|toujours|que|qu|le|la|les|ses|son|sa|des|de|du|un|une|depuis|avec|pour|jusqu|rien|plus|pas))", 'accept', 'say yes', 'tell (?:them|her|him) yes', 'book (?:me|it|a time|a slot|the \\p{L}+ slot)', 'confirm(?!ad[oa]s?(?![\\p{L}]))~', "let'?s (?:go|do (?:it|this)|go ahead)", "i(?:'?ll| will) (?:go|be there|attend|take it)", "i(?: am|'m) going(?: to go)?$", "i(?: am|'m) going(?:,? (?:obviously|of course|definitely|for sure|anyway|regardless))",
    'go for it', 'i (?:(?:still|really|actually|definitely|do|genuinely|honestly|kind of|kinda|sort of) )?want (?:to go|in)', 'count me in', 'sign me up', '^yes', '^yep', '^go$', '^sure$', "can'?t not go", "i'?m in$", 'go ahead', 'book it', 'schedule it', 'set it up', 'yes please', "i'?ll take it", 'i want this', 'definitely going', 'reply yes', 'send (?:the|an) accept~', "(?:i'?d|i would|i) (?:really |actually |definitely )?(?:like|love|want) to (?:go|attend|do (?:it|this|the interview|the call)|take (?:it|the call|the interview|this)|meet them|give it a (?:go|shot))", "(?:let'?s|we(?:'ll| will| should| could)?|i(?:'ll| will)) (?:just )?(?:take|do|have) (?:the|this|that|a) (?:call|interview|chat|meeting|first round|screen|video call)", "let'?s (?:just )?(?:say yes|accept|book (?:it|a time|a slot))", 'put (?:me|us) (?:down )?for', 'send (?:them |her |him )?(?:my |a few |some |two |three )?(?:availability|times|slots|time slots)', '(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|one|slot|option))? (?:works|suits|is (?:fine|good|better|best|perfect))', '(?:the )?(?:first|second|earlier|later) (?:one|slot|option) (?:works|suits|is (?:fine|good|better|best))', "i'?ll (?:still )?go (?:anyway|regardless|all the same)", '(?:going|go) anyway', "i'?ll (?:still )?attend (?:anyway|regardless)", '^(?:still |really |do |i do )?want to go', 'i (?:still |really )?want (?:it|this one|this job|the job|the role)', 'keen to go', '(?:keep|hold|block|save) (?:the|that|this|my) (?:\\p{L}+ )?(?:date|day|slot|time|morning|afternoon)(?: free| open)?', 'put it (?:in|on|into) (?:my|the) (?:calendar|diary|agenda)', "i(?:'m| am) going to (?:this|that|the) (?:one|interview|call|meeting)", 'block (?:it|that) in (?:my|the) calendar', "i'?ll do (?:it|this|this one|that)$", '(?:yeah |yes |ok |okay )?go on(?: then)?$', 'nah,? yeah', "(?:i )?wouldn'?t say no to (?:a|an|the|this|that) (?:\\p{L}+ )?(?:interview|chat|call|meeting|conversation|coffee)", '(?:we|i) (?:could|should|ought to) (?:just |probably |still )?go(?: (?:to (?:it|this|that|this one|that one|the interview|this interview|the call|the meeting)|for it|anyway|then|after all))?$', "(?:i'?m |i am )?happy to (?:go|attend|do (?:it|the (?:call|interview|chat))|meet them|take the call)", "(?:i'?d|i would|i) (?:really |still |quite )?(?:like|love|want) to (?:do|have|take) (?:the|this|that) (?:interview|conversation|call|chat)", '(?:a|an) (?:positive|affirmative) (?:reply|answer|response)', '(?:decided|made up my mind) to (?:go|attend|take (?:it|the interview|part)|do (?:it|the interview)|give it a (?:go|shot|try)|accept)', "i(?:'m| am) going to (?:the|that|this) interview", "i(?:'ll| will) go to (?:the|that|this) interview", '(?:we|i) should (?:just )?go (?:and see|along|for it)', "i'?m (?:definitely |totally |absolutely |so |def |100% )?doing (?:this(?: one)?|it)(?! (?:already|now|every|for a living|at the moment|as|job|role|work|full))", "let'?s (?:see|hear) what (?:they|she|he) (?:have|has) to say", 'hear (?:them|her|him) out', '(?:happy|glad|keen) to (?:chat|talk|meet|speak|hop on a call)(?: with (?:them|her|him))?', 'lock (?:it |that |this )?in', 'ask (?:them |her |him )?(?:if|whether) (?:\\p{L}+ ){0,5}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|morning|afternoon|evening|later|earlier|another|next week)', '^(?:still|just|so|then|ok|okay|fine|alright|anyway),? go$', '(?:still|just) go(?: for it| anyway)?$', '(?:shall|should) we (?:just |maybe |simply |still )?(?:go|attend|give it a (?:go|shot|try)|do it|take (?:it|the (?:call|interview)))(?![\\p{L}])(?! to )', 'how about (?:we|i) (?:just |simply )?(?:go|attend|give it a (?:go|shot|try))(?![\\p{L}])', 'what if (?:we|i) (?:just|simply) (?:go|went|attend|gave it a (?:go|shot|try))(?![\\p{L}])', '(?:put|mark|count|pencil|chalk) me (?:down )?as (?:a )?(?:yes|definite|starter|go)', '^(?:def(?:initely)? |defo |so )?going to (?:this|that|the) (?:one|interview|call|meeting|chat)', "i'?ll (?:just )?take (?:the|that) (?:day|morning|afternoon) off", '(?:seems|sounds|would be|is) (?:\\p{L}+ ){0,2}(?:wise|sensible|smart) to go', "^(?:(?:yes|yeah|yep|aye|ok|okay|right),? )?(?:def(?:initely)? |defo |deffo |so |i'?m )?going$", '(?:send|give|shoot) (?:them|her|him|em) (?:a |an )?(?:big |quick |polite |happy |firm )?yes', '^(?:gladly|with pleasure)$', '(?:we|i) (?:just |simply )?say yes', "(?:a good idea|wise|sensible|smart) to (?:go|attend|take (?:it|the interview|the call))", '(?:happy|glad|keen|willing|ready|good) to (?:carry on|continue|proceed|keep going|go ahead|move forward|take (?:it|this) further)', '(?:can|could|would|will|way) (?:you|we|they|u) (?:\\p{L}+ ){0,2}(?:get|put|pencil|slot|fit|squeeze|schedule|book|sign) me (?:in|on|into|down|up)(?![\\p{L}])(?![^.?!\\n]{0,40}(?:futur|later|next year|talent|pool|database|list|spater|kunftig|prochain|banco|base de|bolsa))', '(?:^|please |pls |just )(?:pencil|slot|fit|squeeze|schedule|sign) me (?:in|on|into|up)(?![\\p{L}])(?![^.?!\\n]{0,40}(?:futur|later|next year|talent|pool|database|list|spater|kunftig|prochain|banco|base de|bolsa))', 'get me (?:on|onto|into) (?:the|their|your) (?:calendar|schedule|diary)'],
  fr: ['(?:ok|okay|d.accord|va|partant~|dispo) pour (?:le |ce )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|\\d)', '(?:demande|demander|propose|proposer|trouve|trouver)(?:r|z)?(?:-leur)? (?:\\p{L}+ )?(?:un autre|une autre|un nouveau|une nouvelle) (?:creneau|date|horaire|jour|rendez-vous)', '^y aller$', "(?:bref|en resume|conclusion|decision|verdict) ?[:,]? (?:y aller|j'?y vais|on y va|accepter)", 'accept~', 'dis(?: leur| lui)? oui', 'on dit oui', "c'?est oui", '^oui', 'oui pr', 'confirm(?!ad[oa]s?(?![\\p{L}]))~', "j'?y vais", "j'?irai", 'je (?:vais|veux|voudrais|souhaite|souhaiterais) (?:vraiment )?(?:y aller|me rendre|y participer|participer)',
    "(?:je |j'?)veux (?:(?:quand meme|vraiment|toujours|bien|malgre tout|tout de meme|absolument) )?y aller", 'jveux y aller', 'vas y', 'je serai (?:present~|la)', 'partant~', 'ok pour moi', 'on y va', 'je prends', 'je participe~', 'reponds oui', 'vas-y', "j'?aimerais (?:bien |beaucoup )?y aller", 'allez,? on (?:dit oui|y va|accepte|fonce)', 'on accepte', 'on fonce', 'je prends (?:le|la) (?:creneau|date|rendez-vous|\\p{L}+ (?:creneau|date))', "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi)(?: \\p{L}+)? (?:me va|ca me va|c'?est (?:bon|parfait)|me convient)", "j'?irai (?:quand meme|malgre tout|tout de meme)", "j'?y vais (?:quand meme|malgre tout)", '(?:bloque|garde|reserve)(?:r|z)? (?:la|le|cette|ce) (?:\\p{L}+ )?(?:date|journee|creneau|matinee)', `${AFTER_NO_RELATIVE}je (?:le )?fais$`, 'je vais le faire$', "je ne dirais pas non (?:a|pour) (?:un|une|le|la|l'|cet|cette) ?(?:\\p{L}+ )?(?:entretien|rendez-vous|echange|rencontre|premier entretien)", 'on pourrait y aller$', 'je devrais y aller$', "(?:j'?aimerais|je voudrais|je veux|je souhaite) (?:bien |vraiment )?passer (?:cet|l'|l )?entretien", 'une reponse (?:positive|favorable)', 'go pour (?:le|la|lundi|mardi|mercredi|jeudi|vendredi|\\d+)', "c'?est (?:un )?go", '^go$', '(?:je devrais|on devrait|je pourrais|on pourrait) (?:quand meme )?y aller$', "(?:decide|choisi) d'?(?:y aller|aller|accepter|participer|y participer|me presenter)", 'on (?:leur |lui )?(?:dit|repond) oui', "je vais a (?:l'?|cet |cette )?(?:entretien|rendez-vous)", "j'?irai a (?:l'?|cet )?entretien", 'allons-?y', "demande(?:-leur|-lui|z-leur|z-lui)? (?:s'?ils?|si) (?:\\p{L}+ ){0,5}(?:decaler|avancer|reporter|lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|matin|apres-midi|autre)", 'et si (?:on |nous |j\'|je )(?:y )?(?:allait|allais|allions|irait|va|vais)(?: (?:juste |simplement )?(?:pour )?voir)?$', 'je vais a (?:celui-ci|celle-ci|celui-la|celle-la|cet entretien|cette entrevue)$', '(?:serait|est) (?:\\p{L}+ ){0,2}(?:sage|raisonnable|malin) d.y aller', 'je (?:pose|prends|demande) (?:ma|une) (?:journee|matinee|apres-midi|demi-journee)', 'je (?:pose|prends) (?:un )?(?:conge|rtt)', '(?:envoie|envoyez|renvoie|donne|donnez)(?:-leur|-lui| leur| lui)? (?:un )?(?:grand |petit )?oui', '^(?:tres )?volontiers$', '(?:mets|note|inscris|cale|bloque)(?:-(?:le|la|les|moi|ca))? (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}dans (?:mon|notre) (?:agenda|calendrier)', "(?:bonne idee|judicieux|pas bete|sage|plus sage|mieux) (?:de |d'?)?y aller", "(?:serait|vaudrait|vaut) (?:peut-etre |sans doute |quand meme |surement )?(?:la peine|le coup) (?:de |d'?)?y aller", '(?:content|contente|partant|partante|ok|d.accord|pret|prete) pour (?:continuer|poursuivre|la suite|l.etape suivante)', '(?:peux|pourrais|pouvez|pourriez)(?:-tu|-vous| tu| vous)? me (?:caler|inscrire|mettre|placer|positionner|programmer|booker|bloquer) (?:[^\\s-]+(?:-[^\\s-]+)* ){0,2}(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|creneau|rendez-vous|rdv|matin|apres-midi|\\d)', '(?:cale|inscris|positionne|programme|booke)-moi', 'je (?:pense|compte|crois|vais sans doute|vais surement) (?:bien |quand meme |plutot |finalement )?y aller'],
  de: ['^geh~ (?:da |dann |also |doch |trotzdem |halt )?hin$', '^(?:wurde|mochte|will) ich (?:(?:das|es|schon|sehr|echt|wirklich|total) )*(?:gern~ )?(?:machen|hingehen|teilnehmen|wahrnehmen)$', '(?:ok|okay|einverstanden|gut|passt) (?:fur|mit) (?:den |dem )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|\\d)', '(?:frag|fragen|bitte|bitten|organisier|such)(?:e|en|st)? (?:\\p{L}+ ){0,2}(?:nach )?(?:einen |einem )?(?:anderen|neuen|spateren|fruheren) termin', '(?:montag|dienstag|mittwoch|donnerstag|freitag)(?: \\p{L}+)? (?:passt|geht|ist (?:gut|ok|okay|prima))', 'die zusage (?:\\p{L}+ ){0,4}(?:raus|rausgehen|schicken|abschicken|senden)', 'hatt?e? vor,? (?:da |dort )?hin(?:zu)?gehen', 'wollen wir (?:da )?(?:nicht )?(?:einfach )?(?:mal )?hin(?:gehen)?', 'ich fahr~ (?:(?:da|doch|trotzdem|dann|schon|mal|also|jetzt|auf jeden fall|eh|gern~|morgen) ){0,2}hin', '^hingehen$', '(?:fazit|kurz gesagt|kurzum|entscheidung|ergebnis)[:,]? (?:hingehen|zusagen|annehmen|ich geh~ hin)', 'dass ich (?:(?!nicht |nie |kein~ )[\\p{L}\\d:.]+ ){0,5}(?:komme|kommen werde|dabei bin|teilnehme|da bin|da sein werde)', 'zu(?:e)?sag~', 'zuzusagen', 'sag~(?: \\p{L}+){0,2} zu', 'annehm~', 'nimm (?:den|die|das|es)', 'ich komme', 'ich geh~ (?:da |auch |trotzdem |doch |schon |dann |also )?hin', 'ich will (?:da )?hin', 'hin da', 'bestatig~', "let'?s go", '^ja$', 'ich bin dabei', 'mach ich', '(?<!so )machen wir(?! (?:das |es )?so)', 'ich nehme teil', 'ja bitte', "los geht'?s", 'ich will da hin', 'ich gehe hin', '^ich gehe$', 'ich (?:wurde|mochte|will) (?:\\p{L}+ )?(?:gern~ )?(?:hin(?:gehen)?|teilnehmen|das gesprach (?:fuhren|machen))', '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag)(?: \\p{L}+)? (?:passt|geht|ist gut)', 'nehmen wir', 'ich nehm~ (?:den|die) (?:\\p{L}*termin|\\p{L}*slot)', 'ich geh~ (?:(?:da|doch|trotzdem|dann|schon|mal|also|jetzt|auf jeden fall) ){1,2}hin', 'ich geh~ trotzdem', 'ich geh~ doch', '(?:halte~|haltet|blockier~|reservier~|trag~) (?:\\p{L}+ )?(?:den|die|das|diesen|diese) (?:\\p{L}+ )?(?:termin|tag|datum|slot)', 'halt (?:mir )?(?:den|die|das|diesen|diese) (?:\\p{L}+ ){0,2}frei', "ich mach~ (?:das|es|'s)$", "ich mach's$", '(?:zu|zum|zur) (?:einem |einer |dem |der )?(?:\\p{L}*gesprach|interview|termin|kennenlernen) (?:\\p{L}+ )?(?:wurde|sage) ich (?:nicht|kaum) nein', '(?:wir|ich) (?:konnten|konnte|sollten|sollte) (?:da )?(?:hingehen|hin)$', 'zusagn', 'zuazsagn', '(?:mochte|will|wurde) (?:ich )?(?:das|dieses) (?:gesprach|interview) (?:\\p{L}+ ){0,2}(?:fuhren|wahrnehmen|machen)', '(?:eine )?positive (?:antwort|ruckmeldung)', '(?:ich|wir) sollte~ (?:da |wohl |doch )?hin(?:gehen)?$', '(?:ich|wir) konnte~ (?:da |ja )?hin(?:gehen)?$', '(?:entschieden|beschlossen),? (?!(?:\\p{L}+ ){0,3}nicht )(?:\\p{L}+ ){0,3}(?:hinzugehen|teilzunehmen|zuzusagen)', '^machen$', 'ich geh~ (?:zum|zu dem|zu diesem) (?:vorstellungs)?gesprach', '(?:ich will|will ich|mochte ich|ich mochte) (?:(?!nicht |nie |kein~ |seit |schon |immer |lange |ewig )\\p{L}+ ){0,4}hin(?:gehen)?(?![\\p{L}])', 'mach (?:\\p{L}+ ){0,3}(?:termin|gesprach) aus', '(?:einen )?termin (?:aus)?machen', 'vereinbar~ (?:\\p{L}+ ){0,3}termin', '(?:gehen|fahren|sollen) wir (?:(?!nicht |nie )\\p{L}+ ){0,3}hin(?:gehen|fahren)?(?![\\p{L}])', '(?:da|zu dem|zu diesem|zu der|zu diesem gesprach) (?:geh|gehe) ich(?: hin)?$', '(?:nehme|nehm) ich (?:mir )?(?:den tag |dafur )?frei', '(?:ware|ist) (?:\\p{L}+ ){0,2}(?:klug|sinnvoll|vernunftig) hinzugehen', '(?:schick|schicke|schickt|sende|gib|gebt)(?: ihnen| ihr| ihm| denen)? (?:ein|ne) ja', '^(?:sehr )?gerne?$', 'lass(?:t)? (?:es |das )?uns (?:(?!nicht |nie |kein~ )\\p{L}+ ){0,3}(?:hingehen|hinfahren|gehen|machen|zusagen)', '(?:trag|schreib|setz|pack)(?:e|s)? (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}in (?:meinen|den|unseren) (?:termin)?kalender', '(?:einfach |mal )?ja sagen', "(?:gute idee|sinnvoll|vernunftig|klug|besser),? (?:\\p{L}+ ){0,2}hinzugehen", "lohnt sich,? (?:\\p{L}+ ){0,2}hinzugehen", '(?:mach~|mache|machen) (?:\\p{L}+ )?(?:gern|gerne) weiter', '(?:gern|gerne) weiter ?machen', '(?:kannst|konntest|konnen|konnten|kann|konnte) (?:du|sie|ihr|man) mich (?:\\p{L}+ ){0,4}(?:eintragen|einplanen|einbuchen|einschreiben)(?![^.?!\\n]{0,40}(?:futur|later|next year|talent|pool|database|list|spater|kunftig|prochain|banco|base de|bolsa))', '(?:trag|plan|buch)(?:e|t)? mich (?:\\p{L}+ ){0,3}ein(?![\\p{L}])(?![^.?!\\n]{0,40}(?:futur|later|next year|talent|pool|database|list|spater|kunftig|prochain|banco|base de|bolsa))', '(?:glaube|denke|schatze),? (?:nicht,? |eher nicht,? )?(?:dass ich (?:[^\\s-]+ ){0,3}(?:hingehe|hinfahre|teilnehme|zusage|annehme|mitmache|hingehen werde|teilnehmen werde|zusagen werde)(?![\\p{L}])|ich (?:gehe|fahre) (?:[^\\s-]+ ){0,2}hin(?![\\p{L}])|ich nehme (?:[^\\s-]+ ){0,2}teil(?![\\p{L}])|ich sage (?:[^\\s-]+ ){0,2}zu(?![\\p{L}]))'],
  es: ['diciendo(?:le|les|selo|selos)? que si(?![\\p{L}])', '^(?:mejor|pues|bueno,?) (?:que )?si$', '(?:ok|okay|vale|de acuerdo|perfecto|dale) (?:para|por|con) (?:el |este )?(?:lunes|martes|miercoles|jueves|viernes|sabado|manana|\\d)', '(?:pide|pedir|pidele|pideles|busca|buscar|consigue|conseguir)(?:les|le)? (?:\\p{L}+ )?otr[oa] (?:dia|hora|fecha|horario)', '^ir$', '(?:resumiendo|en resumen|conclusion|decision|en fin)[:,]? (?:ir|voy|aceptar)(?![\\p{L}])', 'acept~', 'di(?:les|le|gales)? que si(?!\\s+(?!(?:e|y|ma|pero|pure|grazie|gracias|por|per|claro|certo|senza|sin)(?![\\p{L}]))\\p{L})', 'decir(?:les|le)? que si(?!\\s+(?!(?:e|y|ma|pero|pure|grazie|gracias|por|per|claro|certo|senza|sin)(?![\\p{L}]))\\p{L})', 'confirm(?!ad[oa]s?(?![\\p{L}]))~', '^confirmad[oa]s?(?![\\p{L}])(?! (?:por|pelo|pela|por el|por la))', 'quiero ir', 'no puedo no ir', 'voy a ir', 'ire', 'me apunto', 'asistire', 'le entremos', 'vamos(?![\\s,]+(?:que|q|pues|a ver|ver|a decir)(?![\\p{L}]))', '^si$', `${AFTER_NO_RELATIVE}voy$`, 'si, voy', 'apuntame', 'dale', '^(?:bueno |ok |pues )?adelante', 'claro que si', 'acepto', 'ahi estare', 'me gustaria ir', 'quisiera ir', '(?:agenda|anota|confirma)(?:lo|la|me|les|le)', 'agendal(?:o|a)', 'anotame', 'vamos con (?:esa|esta|la|el)', 'le damos', '(?:el )?(?:lunes|martes|miercoles|jueves|viernes|sabado)(?: \\p{L}+)? (?:me (?:va|viene|queda) bien|me sirve|esta bien)', '(?:igual|igualmente|de todas formas|de todos modos) voy', 'voy (?:igual|de todas formas|de todos modos|igualmente)', 'mejor voy', 'voy a ir igual', '(?:bloquea|reserva|aparta|guarda)(?:r|me)? (?:la|el|ese|esa) (?:\\p{L}+ )?(?:fecha|dia|hueco|horario)', 'lo hago$', 'lo voy a hacer$', 'no (?:le )?dir(?:ia|e) que no a (?:una|la|esta) (?:\\p{L}+ )?(?:entrevista|charla|llamada|reunion)', 'podriamos ir$', 'deberia(?:mos)? ir$', 'habria que ir$', '(?:me gustaria|quiero|quisiera) (?:hacer|tener) (?:la|esta|esa) entrevista', 'una respuesta (?:positiva|afirmativa)', '(?:deberia|deberiamos|tendria que|tendriamos que|podria) ir(?: a (?:esta|esa|la entrevista|la reunion))?$', '(?:decidi|he decidido|opte por) (?:ir|aceptar|presentarme|participar)', '(?:yo )?voy a (?:la|esa|esta) (?:entrevista|reunion|cita)', 'ire a (?:la|esa|esta) (?:entrevista|reunion|cita)', 'pregunta(?:les|le)? si (?:\\p{L}+ ){0,5}(?:lunes|martes|miercoles|jueves|viernes|sabado|manana|tarde|otro|otra|cambiar|mover)', 'y si (?:voy|vamos|fuera|fuese|fueramos|me presento)(?: (?:nomas|solo|y ya|a ver(?: (?:que tal|como es))?|igual))?$', 'voy a (?:esta|esa|este|ese)(?: (?:entrevista|cita|reunion))?$', 'a (?:esta|esa|este|ese) (?:si )?voy$', '(?:seria|es) (?:\\p{L}+ ){0,2}(?:sensato|inteligente|prudente) ir', 'me (?:pido|cojo|tomo) (?:el|ese|un|la) (?:dia|manana|tarde)(?: libre)?', '(?:pido|pedire|cojo|cogere) (?:el|ese|un) dia (?:libre|de fiesta)', '(?:manda|envia|da)(?:les|le)? (?:un|el) si(?![\\p{L}])', '^con (?:mucho )?gusto$', '(?:apunta|anota|pon|mete|agenda|bloquea)(?:lo|la|me|melo|mela)? (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}en (?:mi|la) (?:agenda|calendario)', '(?:le |les )?(?:decimos|decir) que si', "(?:buena idea|sensato|conveniente) (?:\\p{L}+ )?ir(?![\\p{L}])", "(?:valdria|vale) la pena ir(?![\\p{L}])", "convendria ir(?![\\p{L}])", '(?:encantad[oa]|feliz|dispuest[oa]|list[oa]) (?:de |a |para )?(?:seguir|continuar)(?: adelante| con (?:esto|este|esta|el proceso))?', 'me (?:anot|apunt|agend)(?:as|a|ais|es|is) (?:para|el|la|en|a|al|con)(?![\\p{L}])(?![^.?!\\n]{0,40}(?:futur|later|next year|talent|pool|database|list|spater|kunftig|prochain|banco|base de|bolsa))', '(?:podes|puedes|podrias|pueden|podrian) (?:anotar|apuntar|agendar)me(?![^.?!\\n]{0,40}(?:futur|later|next year|talent|pool|database|list|spater|kunftig|prochain|banco|base de|bolsa))', 'me (?:podes|puedes|podrias|pueden|podrian) (?:anotar|apuntar|agendar)(?![^.?!\\n]{0,40}(?:futur|later|next year|talent|pool|database|list|spater|kunftig|prochain|banco|base de|bolsa))', '(?:creo|pienso|diria|me parece) que (?:yo )?(?:ire|asistire|participare|me presentare|aceptare|voy a (?:ir|asistir|participar|presentarme|aceptar)|vaya a (?:ir|asistir|participar)|(?:vaya|asista|me presente|acepte|participe)(?=\\s*(?:[,.!…;?]|$)))(?![\\p{L}])'],
  it: ['(?:ok|okay|va bene|d.accordo|perfetto) (?:per|con) (?:il |lo |la )?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domani|\\d)', "(?:chiedi|chiedere|trova|trovare|proponi)(?:gli|le)? (?:\\p{L}+ )?(?:un altro|un'?altra|una nuova) (?:giorno|orario|data)", '^(?:andare|andarci)$', '(?:insomma|in breve|conclusione|decisione|in sintesi)[:,]? (?:andare|andarci|ci vado|vado|accettare)(?![\\p{L}])', 'accett~', "di(?:gli|' pure|')? (?:di |che )?si(?!\\s+(?!(?:e|y|ma|pero|pure|grazie|gracias|por|per|claro|certo|senza|sin)(?![\\p{L}]))\\p{L})", 'dico (?:di )?si(?!\\s+(?!(?:e|y|ma|pero|pure|grazie|gracias|por|per|claro|certo|senza|sin)(?![\\p{L}]))\\p{L})', 'dire (?:di )?si(?!\\s+(?!(?:e|y|ma|pero|pure|grazie|gracias|por|per|claro|certo|senza|sin)(?![\\p{L}]))\\p{L})', 'ci (?:voglio )?vado', `${AFTER_NO_RELATIVE}vado$`, '(?:ci )?voglio (?:(?:comunque|davvero|proprio|lo stesso|ancora|assolutamente) )?andar~', 'vengo', 'conferm~', 'andiamo', 'andro', 'ci saro', 'partecipo', 'accetto', 'si, vado', 'ok, vado', 'mi piacerebbe andar~', '(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato)(?: \\p{L}+)? (?:va bene|mi va|mi sta bene)', 'fissa(?:lo|la|mo)?$', 'fissiamo', 'ci vado (?:lo stesso|comunque|uguale)', 'vado (?:lo stesso|comunque)', '(?:blocca|tieni(?:mi)?|segna|riserva)(?:re)? (?:libera |libero )?(?:la|il|quel|quella) (?:\\p{L}+ )?(?:data|giorno|giornata|slot)', 'si va$', '^si$', 'lo faccio$', 'non direi di no a (?:un|una|questo|questa|il|la) (?:\\p{L}+ )?(?:colloquio|chiacchierata|call|incontro)', 'potremmo andar(?:ci|e)$', 'dovrei andar(?:ci|e)$', '(?:vorrei|voglio|mi piacerebbe) (?:fare|sostenere) (?:il|questo|quel) colloquio', 'una risposta (?:positiva|affermativa)', '(?:giovedi|lunedi|martedi|mercoledi|venerdi|sabato|domani) ci sono', 'ci vengo', '(?:dovrei|dovremmo|potrei|potremmo) andar(?:ci|e)$', '(?:ho )?deciso di (?:andare|andarci|accettare|partecipare|presentarmi)', 'vado al colloquio', 'andro al colloquio', '(?:questa|questo) (?:la|lo) faccio', '(?:io )?direi di (?:andarci|andare|accettare|presentarmi)', 'chied(?:i|igli|ile|etegli) se (?:\\p{L}+ ){0,5}(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domani|mattina|pomeriggio|spostare|anticipare|posticipare|altro|altra)', 'e se (?:ci |io )?(?:andassi|andassimo|andiamo|vado|provassi)(?: (?:e basta|a vedere|solo per vedere|comunque))?$', 'vado a (?:questa|questo|quella|quello)(?: (?:colloquio|intervista))?$', 'a (?:questa|questo|quella|quello) (?:ci )?vado$', '(?:mi )?prendo (?:un giorno di ferie|il giorno|la giornata)', '(?:sarebbe|e) (?:\\p{L}+ ){0,2}(?:saggio|sensato) andarci', '(?:manda|invia|da)(?:gli|le)? (?:un) si(?![\\p{L}])', '^(?:molto )?volentieri$', '(?:segna|metti|scrivi|blocca|fissa)(?:lo|la|melo|mela|celo|cela)? (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:in|nella mia|nel mio|sul mio|sulla mia) (?:agenda|calendario)', "(?:buona idea|sensato|saggio|conviene|converrebbe|varrebbe la pena|vale la pena) (?:di )?andar(?:ci|e|ce)", '(?:content[oa]|felice|dispost[oa]|pront[oa]) (?:di |a |per )?(?:continuare|proseguire|andare avanti)', 'mi (?:segn|iscriv|prenot|fiss)(?:i|a|ate|eresti|ereste) (?:[^\\s-]+(?:-[^\\s-]+)* )?(?:per|il|lunedi|martedi|mercoledi|giovedi|venerdi|sabato)(?![\\p{L}])(?![^.?!\\n]{0,40}(?:futur|later|next year|talent|pool|database|list|spater|kunftig|prochain|banco|base de|bolsa))', '(?:segna|iscrivi|prenota|fissa|segnate|iscrivete|prenotate)mi', '(?:penso|conto|credo) (?:proprio |comunque |alla fine )?di andar(?:ci|e al colloquio)', '(?:credo|penso) (?:che |di )?(?:(?:io )?ci andro|andro|ci andrei|ci vado|andarci|partecipero|parteciperei|accettero|ci vada(?=\\s*(?:[,.!…;?]|$)))(?![\\p{L}])'],
  nl: ['(?:ok|oke|okay|prima|goed|akkoord) (?:voor|met) (?:de |het )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|morgen|\\d)', '(?:vraag|regel|zoek|plan)(?:en)? (?:\\p{L}+ )?(?:een )?(?:ander|nieuw)e? (?:tijdstip|moment|datum|dag|afspraak)', '(?:maan|dins|woens|donder|vrij|zater)dag (?:\\p{L}+ )?(?:goed|prima|uitkomt|past)(?: is)?', '^(?:gaan|erheen gaan)$', '(?:kortom|conclusie|besluit|beslissing)[:,]? (?:gaan|ik ga|doen|erheen|accepteren)(?![\\p{L}])', 'dat ik (?:(?!niet |nooit |geen )[\\p{L}\\d:.]+ ){0,5}(?:zal komen|ga komen|kom|aanwezig (?:ben|zal zijn)|erbij (?:ben|zal zijn))', 'doe maar(?: ja)?(?![\\s-]*(?:(?:\\p{L}+ ){0,3}(?:nee|neen|afwijzing|afzegging)|niet|nie)(?![\\p{L}]))', 'zeg (?:maar )?ja', 'toezeg~', 'toe te zeggen', 'bevestig~', `${AFTER_NO_RELATIVE}ik ga$`, 'ik ga (?:er ?heen|erop af|gewoon|wel|toch)', 'ik wil (?:toch |graag )?(?:gaan|erheen)', 'verstandig om te gaan', 'accepte~', '(?:^|(?:het|die|dat|dit|ze|maar|gewoon|graag|wel|toch|zeker|dus|uitnodiging|afspraak|aanbod|gesprek|voorstel) )aannem~', 'ga ik doen', 'ik ben erbij', 'ja,? graag', 'ik kom(?! (?:\\p{L}+ ){0,4}(?:tegen|terug|achter|vandaan|om|uit)(?![\\p{L}]))', 'plan (?:het |maar )?in', 'aanmelden', 'ik (?:zou|wil) (?:graag |wel )(?:gaan|erheen)', '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag)(?: \\p{L}+)? (?:past|is prima|komt uit|lukt)', 'doen we', 'ik ga (?:toch|evengoed|alsnog|er toch heen)', 'hou~ (?:\\p{L}+ ){0,3}vrij', '(?:blokkeer|reserveer) (?:\\p{L}+ ){0,2}(?:datum|dag|agenda)', 'ik (?:ga|wil|kom) (?:(?:\\p{L}+|d\'r) ){0,3}(?:heen|naartoe)', 'ik ga (?:d\'r|er) (?:gewoon |toch |wel )?naartoe', 'ik doe het$', 'ik doe mee', '(?:zou|zeg) (?:ik )?geen nee (?:zeggen )?tegen (?:een|het|dit|dat) (?:\\p{L}+ )?(?:gesprek|kennismaking|interview)', '(?:we|ik) (?:zouden|zou) (?:er )?(?:heen )?(?:kunnen|moeten) gaan$', '(?:zou|wil) ik (?:\\p{L}+ ){0,2}(?:dit|het|dat) gesprek (?:\\p{L}+ ){0,2}(?:voeren|aangaan)', '(?:dit|het|dat) gesprek (?:\\p{L}+ ){0,2}graag (?:voeren|aangaan)', 'aanvaard~', '(?:een )?(?:instemmende|positieve|bevestigende) (?:reactie|antwoord|respons|mail)', 'positief antwoord', 'ga ik (?:\\p{L}+ ){0,2}toch', 'ga ik (?:er )?(?:gewoon |toch |wel )?heen', '(?:besloten|beslist|gekozen) (?:om )?(?!(?:\\p{L}+ ){0,3}niet )(?:\\p{L}+ ){0,3}(?:te gaan|erheen te gaan|mee te doen|toe te zeggen)', '^doen$', 'ik ga naar (?:het|dat|dit) gesprek', 'plan (?:het|dat|dit|m|em|maar)(?: \\p{L}+){0,2} in', '(?:maar |gewoon )?inplannen', 'vraag (?:\\p{L}+ ){0,2}of (?:\\p{L}+ ){0,5}(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|morgen|ochtend|middag|verzetten|verschuiven|ander~|later|eerder)', '(?:toch |dan |gewoon )?maar doen$', '^(?:toch|gewoon) gaan$', 'zullen we (?:(?!niet |nooit )\\p{L}+ ){0,3}(?:gaan|heen|erheen|erop af)(?![\\p{L}])', '(?:hier|daar|naar deze|naar die) ga ik (?:heen|naartoe|naar toe)$', '(?:dan )?neem ik (?:die|de|een) (?:dag|ochtend|middag) (?:maar |wel |gewoon )?vrij', '(?:lijkt|is) (?:me |mij )?(?:\\p{L}+ ){0,3}(?:verstandig|slim) om (?:er ?heen|erheen|er naartoe|ernaartoe) te gaan', '(?:stuur|geef)(?: ze| hen| hun)? (?:maar )?een ja', '^graag$', '^heel graag$', 'zet (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:in|op) (?:mijn |de )?(?:agenda|kalender)', 'laten we (?:(?!niet |nooit |geen )\\p{L}+ ){0,3}(?:gaan|heen|erheen|erop af|doen)', 'ja (?:tegen (?:ze|hen|hun) )?zeggen', "(?:goed idee|slim|beter)(?: (?:zijn|is|was))? om (?:er ?heen |toch |wel |er toch |er wel )?te gaan", '(?:ga|gaan) (?:graag |er graag )?(?:mee )?door', '(?:denk|geloof|verwacht),? (?:niet,? )?(?:dat )?ik (?:er )?(?:[^\\s-]+ ){0,2}(?:erheen ga|heen ga|naartoe ga|ernaartoe ga|op in ga|ga deelnemen|zal gaan|ga(?=\\s*(?:[,.!…;?]|$)))(?![\\p{L}])'],
  pt: ['(?:ok|okay|pode ser|combinado|de acordo|fechado) (?:para|pra|por) (?:a |o |esta |essa )?(?:segunda|terca|quarta|quinta|sexta|sabado|amanha|\\d)', '(?:pede|pedir|pede-lhes|arranja|arranjar|marca|marcar|ve|ver)(?:-lhes)? (?:\\p{L}+ )?outr[oa] (?:dia|hora|data|horario)', '^ir$', '(?:resumindo|em resumo|conclusao|decisao|enfim|portanto)[:,]? (?:ir|vou|aceitar)(?![\\p{L}])', '^marque(?:m|-o|-a)?(?![\\p{L}])', 'aceit(?:a|as|ar|o|amos|em|ei|ou|ando|arei|aria|aram|e (?:o|a|isso|logo|ja))', 'diz(?:-lhes|er|e)? que sim', 'confirm(?!ad[oa]s?(?![\\p{L}]))~', '^confirmad[oa]s?(?![\\p{L}])(?! (?:por|pelo|pela|por el|por la))', 'quero ir', 'eu vou', 'vou (?:a|ir)$', 'bora', 'vamos nessa', 'nao tem como (?:eu )?nao ir', `${AFTER_NO_RELATIVE}vou$`, 'topo', 'to dentro', 'estou dentro', 'pode marcar', 'marca (?:ai|la|pra)', 'aceita', 'la estarei', 'gostaria de ir', '(?:segunda|terca|quarta|quinta|sexta|sabado)(?:-feira)?(?: \\p{L}+)? (?:serve|da|esta bom|funciona|pode ser)', 'pode (?:agendar|confirmar)', 'vou (?:na mesma|mesmo assim|assim mesmo|de qualquer forma|de qualquer maneira)', '(?:bloqueia|reserva|guarda)(?:r)? (?:a|o|essa|esse) (?:\\p{L}+ )?(?:data|dia|horario)', '^sim$', '^quero$', `${AFTER_NO_RELATIVE}(?:eu )?faco(?: isso)?$`, 'vou fazer$', 'nao (?:diria|digo) (?:que )?nao a (?:uma|esta|essa|a) (?:\\p{L}+ )?(?:entrevista|conversa|reuniao)', 'podiamos ir$', 'poderiamos ir$', '(?:gostaria de|quero) (?:fazer|ter) (?:a|esta|essa) entrevista', 'uma resposta (?:positiva|afirmativa)', '(?:decidi|resolvi|optei por) (?:ir|aceitar|participar)', 'vou (?:a|na|nessa|nesta) entrevista', 'vou nessa', 'pergunta(?:-lhes|-lhe)? se (?:\\p{L}+ ){0,5}(?:segunda|terca|quarta|quinta|sexta|sabado|amanha|manha|tarde|mudar|passar|outro|outra)', 'e se (?:eu |a gente |nos )?(?:fosse|fossemos|for|formos|vou|vamos)(?: (?:so )?(?:pra|para) ver| so| e pronto| mesmo assim)?$', 'vou (?:a |à )?(?:esta|essa|este|esse)(?: (?:entrevista|vaga|conversa|reuniao))?$', '(?:a |nesta |nessa )?(?:esta|essa) (?:eu )?vou$', '(?:tiro|peco) o dia', '(?:seria|e) (?:\\p{L}+ ){0,2}(?:sensato|inteligente) ir', '(?:manda|mande|envia|envie|da|de)(?:-lhes|-lhe| pra eles| pra ela| pra ele)? (?:um )?sim(?![\\p{L}])', '^com (?:todo o |muito )?prazer$', '(?:marca|coloca|poe|bota|anota|agenda|bloqueia)(?:-(?:o|a|me))? (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:na minha|no meu|na|no) (?:agenda|calendario)', '(?:lhes? )?(?:dizemos|dizer|dissermos) que sim', "(?:boa ideia|sensato|conveniente|valeria a pena|vale a pena|convem) (?:\\p{L}+ )?ir(?![\\p{L}])", '(?:feliz|content[ea]|dispost[oa]|pront[oa]) (?:em |a |de |para )?(?:continuar|seguir)(?: em frente| com (?:isso|esta|este|o processo))?', '(?:pode|podes|poderia|poderias|consegue|consegues|da pra|da para) (?:me )?(?:encaixar|agendar)(?:-me)?(?![\\p{L}])(?![^.?!\\n]{0,40}(?:futur|later|next year|talent|pool|database|list|spater|kunftig|prochain|banco|base de|bolsa))', 'me (?:encaixa|agenda) (?:[^\\s-]+(?:-[^\\s-]+)* ){0,2}(?:na|no|para|pra|dia|em)(?![\\p{L}])(?![^.?!\\n]{0,40}(?:futur|later|next year|talent|pool|database|list|spater|kunftig|prochain|banco|base de|bolsa))', '(?:encaixa|agenda|inscreve|marca)-me', '(?:acho|creio|penso) que (?:eu )?(?:irei|vou (?:ir|participar|aceitar)|participarei|aceitarei|(?:va|participe|aceite)(?=\\s*(?:[,.!…;?]|$)))(?![\\p{L}])'],
  pl: ['(?:ok|okej|dobrze|zgoda|pasuje) (?:na|w) (?:poniedzialek|wtorek|srode|czwartek|piatek|sobote|jutro|\\d)', '(?:ogarnij|popros o|popros|zalatw|umow|ustal|zaproponuj)(?: mi| nam)?(?: prosze)? (?:\\p{L}+ ){0,2}inny termin', '(?:odpowiedz|odpowiedzi) potwierdzajac~', 'potwierdz~ (?:moj~ )?(?:udzial|obecnosc)', '^(?:isc|pojsc)$', '(?:podsumowujac|krotko mowiac|decyzja|wniosek|reasumujac)[:,]? (?:ide|isc|pojde|idziemy|przyjmuje)(?![\\p{L}])', 'potwierdz(?!eni)~', 'potwierdzenie', '(?<!(?:ktor\\p{L}*|gdzie|dokad|ktoredy|jak) )chce (?:tam |na to |na (?:te |ta )?rozmow~ )?(?:isc|pojsc)', '(?:zaproponuj|zaproponujmy|podaj) (?:im |jej |mu )?(?:\\p{L}+ )?(?:poniedzialek|wtorek|srode|czwartek|piatek|termin)', 'przyjm~', `${AFTER_NO_RELATIVE}ide$`, 'pojde', '(?<!(?:ktor\\p{L}*|gdzie|dokad|ktoredy|jak) )chce isc', '(?<!(?:ktor\\p{L}*|gdzie|dokad|ktoredy|jak) )chce pojsc', 'umow (?:mnie|spotkanie)', 'bierz', 'biore', 'zgoda', '^tak$', 'wchodze w to', 'zapisz mnie', 'zgadzam sie', `${AFTER_NO_RELATIVE}bede$`, 'chcial(?:a|)bym (?:pojsc|isc|sie spotkac)', '(?:poniedzialek|wtorek|sroda|srode|czwartek|piatek|sobota|sobote)(?: \\p{L}+)? (?:pasuje|mi pasuje|jest ok|odpowiada)', 'i tak (?:pojde|ide)', '(?:pojde|ide) mimo (?:to|wszystko)', '(?:zarezerwuj|zablokuj|wpisz)(?: mi)? (?:\\p{L}+ )?(?:termin|date|dzien|kalendarz~)', 'zrobie to$', 'robie to$', 'wpisz (?:mnie|nas)', 'potwierdzamy', 'idziemy', 'nie odmowil(?:a|)bym (?:rozmowy|spotkania)', 'nie powiedzial(?:a|)bym nie (?:rozmowie|spotkaniu)', 'moglibysmy pojsc$', 'powinien(?:em)? pojsc$', 'powinnam pojsc$', '(?:chcial~bym|chce) (?:pojsc na|odbyc) (?:te |ta )?rozmow~', 'pozytywn~ odpowiedz~', '(?:powinienem|powinnam|powinnismy|moglbym|moglabym) (?:tam )?(?:isc|pojsc)$', '(?:zdecydowal~|postanowil~) (?:sie )?(?:pojsc|isc|przyjsc|wziac udzial|sprobowac)', 'ide na (?:te |ta )?rozmow~', 'pojde na (?:te |ta )?rozmow~', 'ide na (?:to|nia|niego)(?![\\p{L}])', '(?<!nie )(?:pojdzmy|chodzmy|idzmy)(?: na (?:to|te|ta|rozmow~|spotkani~))?', 'zapytaj~,? czy (?:\\p{L}+ ){0,5}(?:poniedzialek|wtorek|srod~|czwartek|piatek|sobot~|jutro|rano|popoludni~|przesun~|inn~|pozniej|wczesniej)', '(?:jade|pojade|jedziemy|jedz)(?: tam)?$', 'wezme (?:sobie )?wolne', 'rozsadnie (?:\\p{L}+ ){0,2}(?:pojsc|isc)', '(?:wyslij|napisz|odpisz|odpowiedz)(?: im| jej| mu)? (?:ze )?tak', '^(?:bardzo )?chetnie$', '(?:wpisz|dodaj|zapisz) (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}do (?:mojego |mego )?(?:kalendarza|grafiku)', 'powiem(?:y)? tak', 'powiedziec tak', '(?:jestem |jestesmy )?na tak', "(?:dobry pomysl|warto by|rozsadnie by|madrze by)(?:loby| bylo)?,? (?:zeby |by )?(?:\\p{L}+ )?(?:isc|pojsc)", 'chetnie (?:kontynuuje|pojde dalej|ide dalej)', '(?:sadze|mysle|wydaje mi sie),? (?:ze )?(?:tam )?(?:pojde|pojade|poszedlbym|poszlabym|pojechalbym|pojechalabym|wezme udzial|skorzystam|przyjme|sie wybiore|wybiore sie)(?![\\p{L}])', '(?:sadze|mysle|wydaje mi sie),? (?:zebym|ze bym) (?:tam )?(?:poszla|poszedl|pojechala|pojechal|wziela udzial|wzial udzial|sie wybrala|sie wybral|skorzystala|skorzystal)(?![\\p{L}])'],
};

/** Choosing one of the offered times ("grab the first slot", "prends le créneau de mardi", "boek die dinsdag maar in"): a yes;
 * a choice negated ("don't take the Tuesday one") asks for another time, no no. */
export const CHOOSE_SLOT: ByLanguage = {
  en: ['(?:grab|pick|choose|go for|go with|book) (?:the |their |a |that |this )?(?:\\p{L}+ |\\d[\\d:.]*(?:am|pm)? ){0,3}(?:slot|option|appointment|opening)', '(?:grab|take|pick|go for|book) (?:the |that |this )?(?:mon|tues|wednes|thurs|fri|satur)day'],
  fr: ['(?:prends?|choisis|reserve|cale) (?:\\p{L}+ |\\d[\\d:h]* ){0,2}(?:creneau|horaire|rdv|rendez-vous|option|lundi|mardi|mercredi|jeudi|vendredi)'],
  de: ['(?:nimm|buch|wahl) (?:\\p{L}+ |\\d[\\d:.]* ){0,2}(?:termin|slot|option|montag|dienstag|mittwoch|donnerstag|freitag)'],
  es: ['(?:coge|escoge|elige|pilla|toma|reserva|quedate con) (?:\\p{L}+ |\\d[\\d:.h]* ){0,2}(?:hueco|horario|franja|opcion|cita|lunes|martes|miercoles|jueves|viernes)'],
  it: ['(?:prendi|scegli|prenota|fissa) (?:\\p{L}+ |\\d[\\d:.]* ){0,2}(?:slot|orario|appuntamento|opzione|data|lunedi|martedi|mercoledi|giovedi|venerdi)'],
  nl: ['boek (?:\\p{L}+ ){0,3}in(?![\\p{L}])', '(?:neem|kies|pak|boek) (?:\\p{L}+ |\\d[\\d:.]* ){0,2}(?:slot|tijdslot|optie|moment|maandag|dinsdag|woensdag|donderdag|vrijdag)'],
  pt: ['(?:escolhe|pega|apanha|reserva|fica com|marca) (?:\\p{L}+ |\\d[\\d:.h]* ){0,2}(?:horario|slot|opcao|segunda|terca|quarta|quinta|sexta)'],
  pl: ['(?:wybierz|wez|bierz|zaklep|zarezerwuj) (?:\\p{L}+ |\\d[\\d:.]* ){0,2}(?:termin|slot|godzin~|opcj~|poniedzialek|wtorek|srode|czwartek|piatek)'],
};
/** Forbidding what follows: "don't you dare", "no se le vaya a ocurrir", "bloß nicht", "guai a", "nem pense em". A no forbidden is a yes. */
export const PROHIBIT: ByLanguage = {
  en: ["don'?t you (?:dare|even)", "(?:do not|don'?t) (?:you )?(?:even )?(?:think (?:about|of)|dare)", "whatever you do,? (?:don'?t|do not)", 'under no circumstances', "(?:it'?s )?out of the question(?: that| to| for me to)?", "no way (?:i|i'?m|i'?ll|am i|will i|i am|i will|in hell)"],
  fr: ["(?:ne )?(?:t'?avise|vous avisez) pas(?: de)?", 'surtout (?:ne|pas|n.)', '(?:il )?(?:n.est |n.y a )?pas question (?:de|que|d.)', 'hors de question (?:de|que|d.)', 'je te (?:defends|interdis) de'],
  de: ['(?:bloss|ja|bitte) (?:nicht|nich|ned|kein~)', 'wehe', 'untersteh (?:dich|euch)', 'auf keinen fall', 'kommt (?:gar |ja |doch )?(?:nicht|net|ned) in frage', 'keine rede davon'],
  es: ['(?:no|ni) se (?:te|le|les|os) (?:vaya|ocurra|ocurrra)~?', 'ni se te ocurra', 'ni (?:de broma|loco|loca)', 'que no se (?:te|le) ocurra', 'no te atrevas', 'no se atreva', 'por nada del mundo', 'ni hablar de', 'de ninguna manera (?:voy a|pienso|quiero)'],
  it: ['guai (?:a te |a voi )?(?:se|a)', 'non (?:ti |si )?(?:azzardare|permettere|sognare)', 'non (?:pensarci|pensare) (?:neanche|nemmeno|neppure)', 'per nessun motivo', 'fuori discussione', 'non se ne parla'],
  nl: ['(?:vooral|zeker|echt) niet', 'waag het niet', 'in geen geval', 'onder geen beding', 'geen sprake van', 'geen denken aan'],
  pt: ['nem (?:pense|pensar|sonhar|sonhe) em', '(?:nao|n) (?:se atreva|te atrevas|ouse|ouses)', 'de jeito nenhum', 'em caso algum', 'fora de questao', 'nem pensar'],
  pl: ['ani mi sie waz', 'nie waz sie', 'tylko (?:nie|mi nie)', 'pod zadnym pozorem', 'w zadnym wypadku', 'nie ma mowy'],
};
/** Not going to miss it, and not to say no ("I won't miss this", "das lass ich mir nicht entgehen", "non dirgli di no"): a yes whose negation is its own, never counted as one. */
export const WONT_MISS: ByLanguage = {
  en: ["(?:i'?m not|i am not|not) (?:going to |gonna )?miss(?:ing)? (?:this|it|that)", "(?:i )?(?:won'?t|will not) miss (?:this|it|that)", "(?:don'?t|do not) (?:tell (?:them|her|him) no|say no|turn (?:it|this|this one|them) down|decline)", "(?:i'?m not|i am not) (?:going to|gonna) (?:say no|turn (?:it|this|that|this one) down)(?=(?: to (?:that|it|this|them))?\\s*(?:[,.;!?]|$))", "i (?:won'?t|will not) (?:say no|turn (?:it|this|that|this one) down)(?=(?: to (?:that|it|this|them))?\\s*(?:[,.;!?]|$))"],
  fr: ['je (?:ne )?(?:vais|compte) pas (?:rater|manquer) (?:ca|cela|celle-ci|celui-ci)', '(?:je )?(?:ne )?(?:la|le) (?:rate|manque)rai pas', 'ne (?:leur|lui) dis pas non', '^ne dis pas non', 'ne refuse pas', "je (?:ne )?vais pas (?:leur )?(?:dire non|refuser)", "je (?:ne )?(?:leur )?dirai pas non"],
  de: ['(?:lass|lasse) ich mir nicht entgehen', '(?:verpass|verpasse) ich nicht', '(?:das|den|die|es) (?:verpass|verpasse) ich (?:sicher |bestimmt )?nicht', 'sag (?:ihnen |ihm |ihr |denen )?(?:blo(?:ss|ß) |bitte )?nicht ab', '(?:blo(?:ss|ß) )?nicht absagen?', '(?:absagen|ablehnen|eine absage) kommt (?:gar |ja |doch |fur mich )?(?:nicht|net|ned) in frage', 'sag (?:ihnen |ihm |ihr |denen )?(?:blo(?:ss|ß) |bitte )?nicht nein', '(?:ich )?werde (?:da |dazu |das |dem )?(?:sicher |bestimmt )?nicht nein sagen', '(?:absagen|ablehnen) (?:tu|tue|tut|werd~|will|wurd~|mach~|kann|wer) ich (?:\\p{L}+ ){0,3}(?:nicht|nich|net|ned|nid|nie)(?![\\p{L}])'],
  es: ['no (?:pienso|voy a) faltar', 'no me (?:la|lo) (?:pierdo|voy a perder|pienso perder)', 'no (?:pienso|voy a) perderme(?:la|lo)?', 'no (?:les |le )?digas que no', 'no (?:lo |la )?rechaces', 'no (?:les |le )?(?:vayas a|vaya a) decir que no', 'no (?:voy a|pienso) decir(?:les|le)? (?:que )?no(?! (?:hay|es|me|fue|sea|tiene|estoy|esta|se))', 'no (?:les |le )?dire que no'],
  it: ['non me (?:la|lo) (?:perdo|perderei)', 'non (?:ci )?manco', 'non (?:dirgli|dirle|dire loro|dire) (?:di )?no', 'non rifiutare', 'non (?:gli |le )?diro (?:di )?no', 'non ho intenzione di dir(?:e|gli) (?:di )?no'],
  nl: ['(?:laat|mis) ik (?:\\p{L}+ )?niet (?:schieten|lopen)', 'die (?:mis|laat) ik niet', 'zeg maar geen nee', '^zeg geen nee', 'zeg (?:het )?niet af', 'niet afzeggen', '(?:ga|zal) (?:daar |er |dat |ik )?(?:\\p{L}+ )?geen nee (?:op |tegen )?zeggen', '(?:afzeggen|afwijzen|bedanken) (?:doe|zal|ga|wil) ik (?:\\p{L}+ ){0,3}(?:niet|nie|neet|nooit)(?![\\p{L}])'],
  pt: ['nao (?:vou|quero) perder (?:essa|esta|isso|esse)', 'nao (?:vou )?faltar', 'nao (?:lhes |lhe )?diga(?:s)? (?:que )?nao', 'nao recuse', 'nao (?:vou|irei) dizer(?:-lhes)? (?:que )?nao(?! (?:ha|e|foi|seja|tem|gosto|gostei|fiquei|estou|esta|sei|ser))', 'nao direi (?:que )?nao(?! (?:ha|e|foi|seja|tem|gosto|gostei|fiquei|estou|esta|sei|ser))'],
  pl: ['nie (?:przepuszcze|odpuszcze|opuszcze)(?: (?:tego|tej|okazji))?', 'nie odmawiaj', 'nie mow (?:im |jej |mu )?nie', 'nie (?:powiem|bede mowic|bede mowil~) nie', 'nie odmowie', 'odmaw~ (?:na pewno )?nie (?:bede|zamierzam|mam zamiaru)'],
};


/**
 * Reasons named for a no, right before it: "lo tiene todo pa decir que no", "every reason to turn it down", "tout pour
 * dire non": a judgement of the opportunity, no instruction.
 */
export const REASON_TO: ByLanguage = {
  en: ['every reason to', 'all the reasons to', 'reasons? to', 'everything (?:you need )?to', 'plenty of reasons to', 'grounds to'],
  fr: ['tout pour', 'toutes les raisons de', 'raisons? de', 'de quoi'],
  de: ['alles,? um', 'alle grunde,? um', 'grund~,? um', 'genug grunde,? um'],
  es: ['todo (?:pa|para)', 'todas las razones (?:pa|para)', 'razon(?:es)? (?:pa|para)', 'motivos? (?:pa|para)', 'de sobra (?:pa|para)'],
  it: ['tutto per', 'tutte le ragioni per', 'ragioni per', 'motivi per', 'motivo per'],
  nl: ['alles om', 'alle reden om', 'redenen? om'],
  pt: ['tudo (?:pra|para)', 'todos os motivos (?:pra|para)', 'motivos? (?:pra|para)', 'razo(?:es|ao) (?:pra|para)'],
  pl: ['wszystko,? (?:zeby|by|aby)', 'powod~,? (?:zeby|by|aby|do)'],
};

/**
 * A clause of time opened before a telling verb: "while you answer, I'm off to catch the bus", "en lo que contestas yo
 * me voy", "pendant que tu leur réponds": what follows is no message for them.
 */
export const WHILE_CLAUSE: ByLanguage = {
  en: ['while', 'whilst', 'when', 'once', 'after', 'before', 'as soon as', 'until', 'till'],
  fr: ['pendant que', 'quand', 'lorsque', 'une fois que', 'apres que', 'avant que', 'des que', 'en attendant que', "jusqu'a ce que"],
  de: ['wahrend', 'wenn', 'sobald', 'nachdem', 'bevor', 'bis'],
  es: ['mientras', 'cuando', 'en lo que', 'una vez que', 'despues de que', 'antes de que', 'en cuanto', 'apenas', 'hasta que'],
  it: ['mentre', 'quando', 'una volta che', 'dopo che', 'prima che', 'appena', 'finche'],
  nl: ['terwijl', 'wanneer', 'zodra', 'nadat', 'voordat', 'totdat'],
  pt: ['enquanto', 'quando', 'assim que', 'depois que', 'antes que', 'logo que', 'ate que'],
  pl: ['kiedy', 'gdy', 'podczas gdy', 'zanim', 'jak tylko', 'dopoki'],
};

/** Telling them something: the instruction is what follows ("reply that I'm no longer available", "laat weten dat ik kom"). */
export const REPLY_THAT: ByLanguage = {
  en: ["i'?d (?:just |probably )?(?:tell|write to|reply to) (?:them|her|him)", 'i would (?:just |probably )?(?:tell|write to|reply to) (?:them|her|him)', '(?:^|please |pls |just |can you |could you |and )(?:reply|respond|answer|write back|say)', 'tell (?:them|her|him)', 'let (?:them|her|him) know', 'help me (?:to )?(?:reply|answer|write back|respond|say|tell (?:them|her|him))', "(?:write|send|draft|reply|answer|email|mail|drop|message|text)(?: \\p{L}+){0,4} (?:to|and) say(?= (?:that|i'?m|i am|i'?ll|i will)(?![\\p{L}]))", '(?:kindly|please|just|can you|could you|would you) (?:kindly |please |just )?(?:reply|respond|answer|write back)', '(?:put|write|say) (?:in )?(?:the (?:reply|email|answer) )?that'],
  fr: ['je (?:leur|lui) (?:dirais|repondrais|ecrirais)', 'repond~', 'dis[- ](?:leur|lui)', 'ecris(?:-leur|-lui)', 'fais(?:-leur|-lui) savoir', 'informe(?:-les|-le|-la)', 'dites(?:-leur)?', '(?:leur|lui) (?:dire~|direz|dis|dites)', 'vous (?:leur|lui) (?:direz|repondrez|ecrirez)', '(?:leur|lui) (?:repondre|ecrire|faire savoir)', '(?:disons|ecrivons)-(?:leur|lui)', 'pour dire(?= qu)', '(?:mets|ecris)(?:-leur|-lui)? que'],
  de: ['(?:ich )?wurde (?:ihnen|ihm|ihr|denen) (?:\\p{L}+ )?(?:sagen|schreiben|antworten)', 'antworte~', '(?:schreib|schriib)~ (?:ihnen|ihm|ihr|zuruck)', 'sag~ (?:ihnen|ihm|ihr|denen)', 'gib (?:ihnen|ihm|ihr|denen) bescheid', 'teil~ (?:ihnen|ihm|ihr|denen) mit', '(?:ihnen|ihm|ihr|denen) (?:\\p{L}+ )?(?:sagen|schreiben|mitteilen|antworten|bescheid geben)', 'um (?:zu sagen|mitzuteilen)(?=,? dass)', 'schreib (?:rein|hinein|ihnen)?,? dass', '(?:schreib|schriib)~ denen'],
  es: ['(?:les|le) (?:diria|contestaria|escribiria|responderia)', 'contesta~', 'responde~', 'diles', 'dile', 'escribe(?:les|le)', 'avisa(?:les|le)', 'comunica(?:les|le)', 'deci(?:le|les)', 'contesta(?:le|les)', 'responde(?:le|les)', 'avisa(?:le|les)', 'escribi(?:le|les)', '(?:les|le) (?:puedes |podes |podrias |podras )?(?:decir|contestar|escribir|avisar|responder)', '(?:contest|respond|escrib|avis)(?:emos|amos)(?:les|le)?', 'dig(?:amos|amosles|amosle)(?= (?:que|q)(?![\\p{L}]))', '(?:les|le) (?:contestemos|respondamos|escribamos|avisemos|digamos)', 'para decir(?:les|le)?(?= que)', '(?:pon|pone|escribe)(?:les|le)? que'],
  it: ['(?:gli|le) (?:direi|risponderei|scriverei)', 'direi loro', 'rispond~', 'digli', 'dille', 'di loro(?= (?:che|di|pure|no|si)(?![\\p{L}]))', 'scrivi(?:gli|le)', 'fa(?:gli|lle) sapere', 'comunica(?:gli|le)?', 'dir(?:gli|le|e loro)', 'scriver(?:gli|le)', 'rispondere', '(?:scriv|dic)iamo(?:gli|le)?(?= (?:che|di)(?![\\p{L}]))', '(?:gli|le) (?:rispondiamo|scriviamo|diciamo)', '(?:per|da) dir(?:e|gli|le)(?= (?:che|di)(?![\\p{L}]))', '(?:metti|scrivi|mettici)(?:gli|le)? che', '(?:per|da) di\'?(?= (?:che|di)(?![\\p{L}]))', '^di\'?(?= (?:pure |loro )?che(?![\\p{L}]))'],
  nl: ['ik zou (?:ze|hen|hun|haar|hem) (?:\\p{L}+ )?(?:zeggen|laten weten|schrijven|antwoorden|mailen)', 'antwoord', 'laat (?:\\p{L}+ ){0,2}weten', 'zeg (?:(?:ze|hun|hen|haar|hem|het) )?(?:maar |even |dan )?(?:dat|tegen)', 'schrijf (?:terug|ze|hen|haar|hem)', 'mail (?:ze|terug)', 'laten weten', '(?:ze|hen|haar|hem) (?:\\p{L}+ )?(?:laten weten|zeggen|mailen|antwoorden)', 'om te zeggen(?= dat)', 'zet (?:erin |er in |maar )?dat'],
  pt: ['(?:lhes|lhe) (?:diria|responderia|escreveria)', '(?:diria|responderia|escreveria)-(?:lhes|lhe)', 'respond~', 'diz(?:-lhes|-lhe)', '(?<!(?:^|[^\\p{L}])(?:te|me) )diga(?:-lhes|-lhe)?', 'escreve(?:-lhes|-lhe)', 'avisa(?:-os|-as|-lhes)?', 'informa(?:-os|-as)', 'dizer-(?:lhes|lhe)', '(?:lhes|lhe) (?:dizer|escrever|responder)', 'responder-(?:lhes|lhe)', '(?:respond|escrev|avis)(?:amos|emos)(?:-lhes|-lhe)?', 'digamos(?:-lhes|-lhe)(?![\\p{L}])', 'vamos (?:responder|dizer|escrever|avisar)', 'para dizer(?:-lhes|-lhe)?(?= que)', '(?:coloca|poe|escreve)(?:-lhes|-lhe)? que'],
  pl: ['(?:napisal|powiedzial|odpisal)(?:a)?bym (?:im|jej|mu)', '(?:im|jej|mu) (?:napisal|powiedzial|odpisal)(?:a)?bym', 'odpisz', 'odpowiedz', 'napisz', 'powiedz', 'daj (?:im |jej |mu )?znac', 'przekaz', 'napisac', 'powiedziec', 'odpisac', 'przekazac', 'dac (?:im |jej |mu )?znac', '(?:na)?pisz(?: im| jej| mu)?,? (?:ze|iz)', '(?:od)?pisz (?:im|jej|mu)', '(?:zeby|aby|by) (?:im |jej |mu )?powiedziec(?=,? ze)', 'napisz(?: im| jej| mu)?,? ze'],
};
/**
 * Staying in touch, later: what a polite no says ("and say I'd be glad to hear from them again", "dis-leur que je
 * serais ravie d'avoir de leurs nouvelles plus tard"). A yes about later contact is no yes to this interview.
 */
export const LATER_CONTACT: ByLanguage = {
  en: ['(?:hear|be) (?:\\p{L}+ ){0,2}(?:again|in the future|later|down the line)', 'stay in touch', 'keep in touch', 'keep me in mind', 'in (?:a|one|two|the next) (?:year|few months|while)', 'another time', 'next time', 'future (?:roles|openings|opportunities|vacancies|positions)'],
  fr: ['a l.avenir', 'plus tard', 'une prochaine fois', 'une autre fois', '(?:rester|garder le) contact', 'de (?:leurs|vos) nouvelles', 'futur~ (?:postes|opportunites|offres)'],
  de: ['in zukunft', 'kunftig~', 'spater', 'wieder (?:von|melden|horen)', 'in kontakt (?:bleiben|zu bleiben)', 'ein andermal', 'nachstes mal', 'kunftige~ (?:stellen|positionen)'],
  es: ['en el futuro', 'mas adelante', 'en otra ocasion', 'otra vez', '(?:seguir|mantener~|mantengamos) (?:en )?(?:el )?contacto', 'futur~ (?:puestos|vacantes|oportunidades)'],
  it: ['in futuro', 'piu avanti', "un.?altra volta", 'restare in contatto', 'rimanere in contatto', 'futur~ (?:posizioni|opportunita)'],
  nl: ['in de toekomst', 'later', 'een (?:volgende|andere) keer', '(?:in )?contact (?:blijven|houden)', 'toekomstige (?:functies|vacatures|kansen)'],
  pt: ['no futuro', 'mais (?:tarde|adiante)', 'outra (?:vez|ocasiao)', '(?:manter|ficar em|ficarmos em) (?:o )?contacto?', 'futur~ (?:vagas|oportunidades)'],
  pl: ['w przyszlosci', 'pozniej', 'innym razem', '(?:pozostac|pozostanmy|byc) w kontakcie', 'przyszl~ (?:oferty|rekrutacje|stanowiska)'],
};
/** What they are told means yes ("that I'd be happy to come", "que sí", "dat ik graag kom"). */
export const YES_CONTENT: ByLanguage = {
  en: ['yes', 'happy to', 'glad to', 'gladly', "i'?(?:ll|d) (?:come|be there|attend|love to)", '(?:works|suits) (?:for )?me', 'available', 'i accept', 'count me in', 'sure', 'interested', 'love to (?:come|attend|join|meet)', 'looking forward', "i'?m coming", "i'?m in(?=\\s*(?:[,.;!?)]|$))", "i'?m up for it"],
  fr: ['oui', 'partant~', 'volontiers', 'avec plaisir', 'ca me va', 'disponible', "j'?accepte", 'je viens', 'je viendrai', 'interesse~', 'ravi~', 'heureu(?:x|se) de venir', 'venir', 'serai (?:la|present~)', 'je vais venir', '(?<!ne )me va(?! pas)', "j'?en suis", 'comptez sur moi', 'compte sur moi'],
  de: ['ja', 'gern~', 'passt', 'komme', 'bin dabei', 'zusage', 'einverstanden', 'interesse', 'freue mich', 'gerne', '(?:ich|i) komm'],
  es: ['(?<!eso )si', 'encantad~', 'me (?:viene|va) bien', 'acepto', 'voy', 'ire', 'disponible', 'con gusto', 'interesad~', 'encantaria', 'me gustaria', 'ire', 'voy a ir', 'con mucho gusto', 'me apunto', 'cuenta conmigo', 'cuenten conmigo'],
  it: ['(?<!(?:questo|eso) )si', 'volentieri', 'va bene', 'accetto', 'vengo', 'ci saro', 'disponibile', 'con piacere', 'interessat~', 'vengo volentieri', 'ben volentieri', 'va benissimo', 'ci sto', 'ci stiamo', 'ci sono(?=\\s*(?:[,.;!?)]|$))', 'contate su di me', 'conta su di me'],
  nl: ['ja', 'graag', 'kom', 'past', 'akkoord', 'beschikbaar', 'prima', 'interesse', 'graag kom', 'met plezier', 'ik ben erbij', 'ik doe mee', 'tel me mee'],
  pt: ['(?<!isso )sim', 'aceito', 'com prazer', 'esta otimo', 'vou', 'disponivel', 'pode ser', 'interessad~', 'com todo o gosto', 'de bom grado', 'irei', 'alinho', 'conta comigo', 'contem comigo', '(?:estou|to|tou) dentro'],
  pl: ['tak', 'chetnie', 'przyjde', 'pasuje', 'zgadzam', 'akceptuje', 'bede', 'zainteresowan~', 'przyjde', 'chetnie przyjde', 'przyjad(?:e|a)', 'przyjde', 'bede', 'przychodze', 'wchodze w to', 'jestem za'],
};

/** Taking back what was said before ("forget that", "on second thought", "wait"). */
/**
 * "Wait", "wacht", "espera" take back what was said only as an interjection: opening the clause (or after "oh",
 * "ah", "no"…) and followed by a pause, a "no" or the owner going on ("Wait, no, decline it.", "wait I changed my
 * mind"). The same verb inside a sentence is the verb ("I'd rather wait for something else", "dit is waar ik op
 * wacht", "la empresa espera respuesta").
 */
const interjection = (word: string, then: string) =>
  `(?<=^\\s*|[,.!?;:…—–(]\\s*|(?:oh|ah|hmm|uh|um|no|nee|non|nein|ach|ok|okay|bueno|dai|nie|but|and|so|hold on|mais|et|aber|und|pero|y|ma|e|maar|en|mas|ale|i|wait|attends|wacht|espera|aspetta|chwila),?\\s+)${word}(?=\\s*[,.!?;:…—–-]|\\s*$|\\s+(?:${then}|i|je|j'|ich|yo|io|eu|ik|ja)(?![\\p{L}]))`;

export const RETRACT: ByLanguage = {
  en: ['forget (?:that|it|what i said)', 'scratch that', '(?:scrap|strike|cancel|ignore|disregard) (?:that|what i said|my last (?:message|email|mail|note))', 'i take (?:that|it) back', 'change of plan~?', 'on second thought~', 'actually no', interjection('wait(?: a (?:sec|second|minute|moment|mo))?', 'no|nah|nope|actually|scratch|forget')],
  fr: ['reflexion faite', 'ah attends', "je retire ce que j'?ai dit", 'oublie ce que (?:je t.ai|j.ai) dit', 'changement de plan~?', interjection('attends(?: (?:une|deux) (?:seconde|minute)s?)?', 'non|en fait|finalement|oublie'), 'en fait non', 'oublie', 'non,? attends'],
  de: ['vergiss', '(?<!(?:ist|sind|war|waren|ware|wird|klingt|wirkt|scheint)(?: \\p{L}+)? )doch nicht', 'streich (?:das|es)', 'ich nehm~ (?:das|es) zuruck', 'kommando zuruck', 'nachtrag', 'ach (?:nein|ne|nee)', 'nee,? doch'],
  es: [interjection('espera(?: un (?:momento|segundo|poco))?', 'no|mejor|olvida'), 'pensandolo mejor', 'olvida', 'borra (?:eso|lo que (?:te )?dije)', 'retiro lo dicho', 'cambio de planes', 'bueno,? no', 'mejor no,? (?:espera|pensandolo)'],
  it: [interjection('aspetta(?: un (?:attimo|momento|secondo))?', 'no|anzi|lascia'), 'ci ho ripensato', 'ripensandoci', 'anzi no', 'cancella (?:tutto|quello che ho detto)', 'ritiro quello che ho detto', 'cambio di programma'],
  nl: ['toch maar niet?(?![\\p{L}])', 'laat ook maar', 'vergeet (?:dat|wat ik (?:net )?zei)', 'schrap dat', 'ik neem (?:dat|het) terug', interjection('wacht(?: even| eens)?', 'nee|toch|laat')],
  pt: ['pensando melhor', 'alias, nao', 'esquece (?:isso|o que (?:eu )?(?:disse|falei))', 'retiro o que (?:eu )?disse', 'mudanca de planos', interjection('espera(?: (?:um|ai um) (?:momento|segundo|pouco))?', 'nao|melhor|ai|esquece')],
  pl: [interjection('(?:chwila|chwileczke|moment)', 'nie|jednak|zapomnij'), 'jednak nie(?! (?:jest|sa|byl~|bedzie|ma|maja|wyglada|brzmi|wydaje))', 'zapomnij', 'cofam (?:to|co powiedzial~)', 'zmiana planow'],
};

/** A clause about an earlier intention, not an instruction ("I was going to accept", "at first I thought", "I was tempted to pass"). */
export const PAST_INTENT: ByLanguage = {
  en: ['was (?:(?:so|very|really|sorely|quite|a bit|kind of|half) )?tempted to', 'was (?:gonna|going to|about to)', 'at first', 'i (?:thought|was thinking)', 'initially', '(?:my )?first (?:instinct|impulse|reaction|thought) was', 'my gut (?:said|told me)', 'was (?:all )?(?:ready|set|this close|close) to', 'had (?:almost|nearly) (?:decided|made up my mind)', '(?:almost|nearly) (?:said no|declined|let it go|passed)'],
  fr: ["j'?ai ete tente~ de", 'au depart', "j'?etais", 'je pensais', "d'?abord", '(?:mon )?premier (?:reflexe|mouvement|instinct) (?:etait|a ete)', 'ma premiere (?:idee|reaction|intention) (?:etait|a ete)', "j'?etais (?:pret|prete|sur le point|a deux doigts) (?:a|de)", "j'?allais"],
  de: ['war (?:\\p{L}+ )?versucht', 'erst dachte', 'zuerst', 'eigentlich wollte', 'wollte (?:ich )?erst', '(?:mein )?erste[rn]? (?:impuls|reflex|gedanke|instinkt) war', 'meine erste (?:reaktion|idee) war', '(?:ich )?war (?:schon )?(?:bereit|drauf und dran|kurz davor|so weit)', 'wollte (?:ich )?schon'],
  es: ['(?:estuve|estaba) (?:muy )?tentad[oa]', 'al principio', 'iba a', '(?:mi )?primer (?:impulso|instinto|reflejo|pensamiento) (?:fue|era)', 'mi primera (?:reaccion|idea) (?:fue|era)', 'estaba (?:a punto de|list[oa] para|por)', 'casi (?:digo|le digo|rechazo)'],
  it: ['(?:ero|sono stat[oa]) (?:molto )?tentat[oa]', 'volevo', 'stavo per', 'pensavo', '(?:il mio )?primo (?:istinto|impulso|pensiero) (?:era|e stato|fu)', 'la mia prima (?:reazione|idea) (?:era|e stata)', 'ero (?:pront[oa] a|sul punto di|a un passo da)'],
  nl: ['was (?:ik )?(?:al )?geneigd', 'was (?:ik )?in de verleiding', 'stond op het punt', 'eerst dacht', 'was van plan', '(?:mijn )?eerste (?:ingeving|neiging|reactie|gedachte|impuls) was', 'ik was (?:al )?(?:klaar om|bijna)'],
  pt: ['(?:estava|estive|fiquei) (?:muito )?tentad[oa]', 'ia (?:falar|dizer|aceitar)', 'de inicio', '(?:o meu |meu )?primeiro (?:impulso|instinto|pensamento) (?:foi|era)', '(?:a minha |minha )?primeira (?:reacao|ideia) (?:foi|era)', 'estava (?:pront[oa] para|prestes a|quase)', 'eu ia', 'ia (?:te |lhe |me )?\\p{L}+(?:ar|er|ir)(?![\\p{L}])'],
  pl: ['mial~ ochote', 'kusilo mnie', 'myslal~', 'chcial~', '(?:moim |moja )?pierwsz~ (?:odruch~|reakcj~|mysl~|impuls~) (?:byl~|bylo)', '(?:bylam|bylem) (?:juz )?(?:gotow~|bliski|bliska)', 'juz mial~(?: zamiar)?'],
};

/**
 * What the owner had to do, or had done, back then ("I had to say no", "j'avais dû dire non", "ich musste
 * absagen", "tuve que rechazarla"): a past modal or a pluperfect before the act tells what happened, not
 * what to do now. So does someone else's confirmation, told as done ("the recruiter confirmed it on the phone",
 * "la recruteuse me l'a confirmé"): a fact reported, no yes.
 */
export const PAST_OWN_ACT: ByLanguage = {
  en: ['(?:she|he|they|recruiter|agent|agency|hr|it) (?:\\p{L}+ ){0,2}(?:has |had |have )?(?:already )?confirmed', 'had to', "i'?d already", 'i had (?:already )?(?:said|told|turned|declined|refused|accepted)', 'i (?:\\p{L}+ )?(?:confirmed|checked|verified) (?:it |this )?(?:in|on|with|online)'],
  fr: ["(?:me |m'|nous |lui |leur )?l'?(?:a|ont|avait|avaient) (?:\\p{L}+ )?confirme~", "j'?avais", 'on avait', 'nous avions', "j'?ai du", 'on a du', 'nous avons du', "j'?ai (?:\\p{L}+ )?(?:confirme|verifie) (?:dans|sur|aupres|avec)"],
  de: ['(?:hat|haben|hatte|hatten) (?:\\p{L}+ ){0,3}bestatigt', 'musste~', 'hatte~', '(?:habe|hab) (?:\\p{L}+ ){0,2}(?:bestatigt|nachgeschaut|gecheckt) (?:in|im|auf|bei)'],
  es: ['tuve que', 'tuvimos que', 'habia', 'habiamos', 'confirme (?:en|con)'],
  it: ["(?:mi |ci )?(?:l'|lo |la )?(?:ha|hanno|aveva|avevano) (?:\\p{L}+ )?confermat~", 'ho dovuto', 'abbiamo dovuto', 'avevo', 'avevamo', 'ho (?:\\p{L}+ )?confermato (?:sul|sulla|con|in)'],
  nl: ['(?:heeft|hebben|had|hadden) (?:\\p{L}+ ){0,3}bevestigd', 'moest~', 'had (?:ik|we) (?:toen )?(?:al )?(?:afgezegd|nee gezegd|afgewezen|bedankt)', '(?:heb|heeft) (?:\\p{L}+ ){0,2}(?:bevestigd|nagekeken|gecheckt) (?:in|op|bij)'],
  pt: ['confirmou', 'confirmaram', 'tive (?:de|que)', 'tivemos (?:de|que)', 'tinha', 'tinhamos', 'confirmei (?:no|na|nos|nas|em|com)'],
  pl: ['potwierdzil(?:a|i|y)?(?! ?bym)', 'musial~', 'musielismy', 'potwierdzil~ (?:w|na|u)'],
};

/**
 * A time in the past ("last year", "damals", "rok temu"): a yes or a no in the clause tells what happened then
 * ("I turned them down last year", "odmówiłem im rok temu"), not what to do now.
 */
export const PAST_TIME: ByLanguage = {
  en: ['last (?:year|time|month|week|spring|summer|autumn|fall|winter)', '(?:a |two |three |\\d+ |a few |several )?(?:years?|months?|weeks?) ago', 'in (?:19|20)\\d\\d', 'back then', 'back in', 'at the time', 'that time', 'the first time', 'previously', 'ever since', '(?:since|for) (?:years|months|ages|a long time)', 'since i (?:finished|left|graduated|started)'],
  fr: ["l'?an dernier", "l'?annee derniere", 'la derniere fois', 'il y a (?:\\p{L}+ )?(?:ans?|mois|semaines?)', "a l'?epoque", 'la premiere fois', 'en (?:19|20)\\d\\d', 'auparavant', 'depuis (?:que|des annees|des mois|longtemps|la fin de)'],
  de: ['damals', 'letztes jahr', 'letzten (?:monat|sommer|winter|herbst|fruhling)', 'vor (?:\\p{L}+ )?(?:jahren|monaten|wochen|einem jahr|einem monat)', '(?:das|beim) letzte~ mal', 'im (?:jahr )?(?:19|20)\\d\\d', 'seinerzeit', 'zuletzt', 'seit (?:jahren|monaten|langem|ich|dem)'],
  es: ['el ano pasado', 'la (?:ultima|otra|primera) vez', 'hace (?:\\p{L}+ )?(?:anos?|meses|mes|semanas?)', 'en su momento', 'aquella vez', 'en (?:19|20)\\d\\d', 'una vez', 'desde (?:que|hace (?:anos|meses|tiempo))'],
  it: ["l'?anno scorso", "l'?ultima volta", "la (?:prima|scorsa) volta", '(?:\\p{L}+ )?(?:anni|mesi|settimane|anno|mese) fa', "all'?epoca", 'nel (?:19|20)\\d\\d', 'una volta', 'da (?:quando|anni|mesi|tempo)'],
  nl: ['vorig jaar', 'de vorige keer', 'de (?:eerste|laatste) keer', '(?:\\p{L}+ )?(?:jaar|jaren|maanden|maand|weken) geleden', 'destijds', 'toen(?! (?:maar|ga|kom|doe)(?![\\p{L}]))', 'in (?:19|20)\\d\\d', '(?:al )?sinds (?:ik|jaren|maanden|lang)', 'al jaren'],
  pt: ['no ano passado', 'o ano passado', 'a (?:ultima|primeira) vez', 'da (?:ultima|outra) vez', 'ha (?:\\p{L}+ )?(?:anos?|meses|semanas?)', 'na altura', 'naquela (?:altura|epoca)', 'em (?:19|20)\\d\\d', 'uma vez', 'desde que', 'ha (?:anos|muito tempo)'],
  pl: ['rok temu', '(?:\\p{L}+ )?(?:lat|lata|miesiac~|tygodni~) temu', 'w zeszlym roku', 'w (?:zeszlym|ubieglym) (?:roku|miesiacu)', 'ostatnim razem', 'poprzednim razem', 'wtedy', 'juz raz', 'za pierwszym razem', 'w (?:19|20)\\d\\d', 'od (?:kiedy|lat|miesiecy|dawna)'],
};

/** Someone else speaks: a report of another person's words or of a source ("my wife says", "laut …"). */
export const REPORT_VERBS: ByLanguage = {
  en: ['says?', 'said', 'thinks?', 'reckons?', 'claims?', 'swears?', 'told me', 'warned', 'wants me to', 'keeps saying', 'predict~', 'warns?', 'insists?', 'keeps telling me', 'is convinced', '(?:was|were) like$', 'saw (?:something|it|a post|an article|on)', 'read (?:something|an article|a post|on)', 'heard (?:something|that|it)'],
  fr: ['dit', 'disent', 'trouve', 'pense', 'affirme', "m'?a (?:dit|ecrit)", 'ecrit', 'pretend', 'raconte', 'est persuade~', 'genre$'],
  de: ['meint', 'sagt', 'findet', 'behauptet', 'schreibt', 'schreiben', 'glaubt', 'erzahlt', 'warnt', 'ist uberzeugt', 'so$', 'meinte so'],
  es: ['dice', 'dicen', 'dijo', 'cree', 'piensa', 'asegura', 'me dijo', 'me pidio', 'quiere que', 'opina', 'me conto', 'jura', 'insiste'],
  it: ['dice', 'dicono', 'giura', 'pensa', 'sostiene', 'scrive', 'racconta', 'e convint~', 'insiste'],
  nl: ['zegt', 'zeggen', 'vindt', 'denkt', 'beweert', 'vragen om', 'vraagt om', 'schrijft', 'waarschuwt', 'is ervan overtuigd', 'zo van$'],
  pt: ['diz', 'dizem', 'acha', 'disse', 'garante', 'escreve', 'pede', 'jura', 'insiste', 'falou', 'contou'],
  pl: ['mowi', 'twierdzi', 'uwaza', 'pisze', 'pisza', 'prosi', 'ostrzega', 'opowiada', 'przekonuje'],
};
/** Who may be reported: kin, friends, colleagues, sources, or a name. */
export const REPORTERS: ByLanguage = {
  en: ['my \\p{L}+', 'friends?', 'people', 'someone', 'they', 'reviews?', 'glassdoor', 'reddit', 'colleagues?', '(?:the )?recruiter', 'she', 'he', 'everyone', 'the news'],
  fr: ['mon \\p{L}+', 'ma \\p{L}+', 'mes \\p{L}+', 'les gens', 'on', 'elle', 'il', 'ils', 'la recruteuse', 'le recruteur'],
  de: ['mein~ \\p{L}+', 'der \\p{L}+', 'die \\p{L}+', 'leute', 'man', 'sie', 'er'],
  es: ['mi \\p{L}+', 'mis \\p{L}+', 'la gente', 'el', 'ella'],
  it: ['mio \\p{L}+', 'mia \\p{L}+', 'il \\p{L}+', 'la gente', 'lui', 'lei'],
  nl: ['mijn \\p{L}+', 'zij', 'ze', 'hij', 'mensen'],
  pt: ['meu \\p{L}+', 'minha \\p{L}+', 'a (?!que(?![\\p{L}]))\\p{L}+', 'o (?!que(?![\\p{L}]))\\p{L}+', 'ele', 'ela', 'o pessoal'],
  pl: ['moj~ \\p{L}+', 'maz', 'zona', 'ludzie', 'recruiterka', 'rekruterka'],
};
/** A source named for what it said ("laut Handelsblatt", "according to", "j'ai lu que", "apparently"). */
export const HEARSAY: ByLanguage = {
  en: ['apparently', 'supposedly', 'rumou?rs?', 'i heard', 'i read(?! (?:this|it|(?:the|that) (?:whole |full )?(?:thing|mail|email|ad|advert|description|invite|invitation|job description|jd|post|posting|spec)|through|over)(?![\\p{L}]))', 'according to', '(?:told|advised|warned|urged) me (?:not )?to', 'in (?:his|her|their) (?:view|opinion)'],
  fr: ['on dit que', 'il parait', 'il semblerait', 'parait~il', "d'?apres (?:la|le|les|mon|ma|mes|un|une|des|ce que)", 'selon (?:la|le|les|mon|ma|mes|un|une|des|certains)', 'm\'?(?:a|ont|avait) (?:\\p{L}+ )?(?:dit|conseille|deconseille|suggere) de', 'm\'?(?:a|ont|avait) (?:\\p{L}+ )?deconseille', '(?:selon|d\'?apres) (?:lui|elle|eux|elles)', 'a son avis'],
  de: ['angeblich', 'laut', 'hab gehort', 'gerucht~', '(?:hat|haben|hatte|hatten) mir (?:\\p{L}+ ){0,2}(?:geraten|abgeraten|empfohlen)', '(?:riet|rieten) mir', '(?:seiner|ihrer) meinung nach', '(?:ihm|ihr|ihnen) zufolge'],
  es: ['dicen que', 'segun', 'al parecer', 'he oido', 'me (?:aconsejo|aconsejaron|ha aconsejado|recomendo|recomendaron|sugirio|desaconsejo)', 'me (?:dijo|dijeron|ha dicho|han dicho) que (?:no )?(?:lo |la )?(?:vaya|fuera|acepte|aceptara|rechace|rechazara|deje|dejara|pase|pasara|mande|mandara|olvide|olvidara)', 'en su opinion'],
  it: ['ho sentito', 'pare che', 'sembra che', 'dicono', 'secondo (?:il|la|i|le|un|una|mio|mia|alcuni)', 'a quanto pare', 'mi (?:ha|hanno|aveva|avevano) (?:\\p{L}+ )?detto di', 'mi (?:ha|hanno|aveva|avevano) (?:\\p{L}+ )?(?:consigliato|sconsigliato|suggerito)', 'mi (?:diceva|dicevano) di', 'secondo (?:lui|lei|loro)', 'a (?:suo|loro) (?:dire|avviso|parere)'],
  nl: ['naar verluidt', 'schijnt', 'volgens', 'hoorde', '(?:heeft|hebben|had|hadden) (?:me|mij) (?:\\p{L}+ ){0,2}(?:aangeraden|afgeraden|geadviseerd)', '(?:raadde|raadden) (?:me|mij)', '(?:zei|zeiden) (?:me|mij|tegen me|tegen mij) (?:dat ik|om|te)', '(?:zijn|haar) mening'],
  pt: ['parece que', 'ouvi', 'dizem que', 'segundo', 'de acordo com', 'pelo que (?:li|ouvi|dizem)', '(?:me|nos) (?:disse|disseram|falou|falaram) (?:para|pra)', '(?:disse|disseram)-me para', '(?:me|nos) (?:aconselhou|aconselharam|recomendou)', '(?:aconselhou|aconselharam)-me', 'na opiniao (?:dele|dela|deles)'],
  pl: ['slyszal~', 'podobno', 'ponoc', 'wedlug', '(?:radzil~|doradzil~|odradzil~|kazal~) mi', '(?:jego|jej|ich) zdaniem'],
};

/** Someone asks the owner for something ("they ask me to confirm", "me piden confirmar", "on me demande de"): their request, not the owner's instruction. */
export const REQUESTED: ByLanguage = {
  en: ['asks? me (?:to|for)', 'asked me (?:to|for)', 'asking me (?:to|for)', "(?:they|she|he)(?:'d| would) like me to", '(?:wants?|wanted|needs?) (?:an answer|a reply|a response|confirmation|me to confirm)', 'i(?: am|\'m) (?:asked|supposed) to (?:confirm|reply|answer|respond)', '(?:they|she|he) (?:want|wants|need|needs|expect|expects)$', "(?:they|she|he|the recruiter|the agency)(?:'d| would)? (?:want|wants|need|needs|ask|asks|expect|expects) (?:a |an |us to |me to |for (?:a |an )?)?(?:confirm~|answer|reply|response)", '(?:they|she|he|the recruiter|the agency|the company|hr)(?:\'d| would)? (?:want|wants|wanted|need|needs|needed|like|expect|expects|expected) me to'],
  fr: ["on me demande", "(?<!je )me demand(?:e|ent|ait|aient) (?:de|si|que)", "(?:ils|elle|il|elles) (?:me )?(?:demande~|veu(?:t|lent)) (?:de|que|qu(?='))", "je (?:dois|devrais) (?:confirmer|repondre) (?:avant|d'?ici|pour)", '(?:ils|elle|il|elles) (?:veu(?:t|lent)|souhaite~|attend~)$', "(?:ils|elles|elle|il) (?:me |nous )?(?:veulent|veut|demandent|demande|attendent|attend) (?:une |de |d'|la )?(?:confirm~|reponse|retour)", '(?:ils|elles|elle|il) (?:veulent|veut|voudrai(?:en)?t|aimerai(?:en)?t) que je'],
  de: ['(?:sie|er) (?:wollen|will|mochte~|bitte~|bittet) (?:\\p{L}+ ){0,3}(?:dass ich|um (?:eine )?(?:antwort|ruckmeldung|bestatigung|zusage))', 'man bittet mich', 'ich soll (?:\\p{L}+ ){0,3}(?:bestatigen|zusagen|antworten|mich melden)', '(?:sie|er|die) (?:wollen|will|mochte~|hatten gern~|erwarten|bitten)$', '(?:sie|er) (?:wollen|will|mochte~|erwarten),? dass', '(?:sie|die|er) (?:wollen|will|mochten|mochte|brauchen|braucht|bitten um|bittet um|erwarten|erwartet) (?:bis \\p{L}+ )?(?:eine |die )?(?:bestatigung|antwort|ruckmeldung|zusage)'],
  es: ['me pid(?!o(?![\\p{L}]))~', 'nos pid~', 'me estan pidiendo', '(?:quieren|quiere) que (?:\\p{L}+ )?(?:confirme|responda|conteste|avise)', 'tengo que confirmar (?:antes|hasta|para)', '(?:quieren|quiere|esperan|espera|piden|pide)$', '(?:piden|pide|quieren|quiere|necesitan|necesita|solicitan|esperan)(?: que| una| la)? (?:confirm~|respuesta)', '(?:quieren|quiere|querrian|necesitan|necesita) que (?:yo )?(?:\\p{L}+ )?(?:elija|escoja|mande|envie|diga|rellene|reserve)'],
  it: ['mi chied~ di', 'mi hanno chiesto', 'vogliono che (?:io )?(?:confermi|risponda)', 'devo confermare entro', '(?:vogliono|vuole|chiedono|chiede)$', '(?:chiedono|chiede|vogliono|vuole|vorrebbero|aspettano)(?: di| una| la)? (?:conferm~|risposta|riscontro)', '(?:vogliono|vuole|vorrebbero|vorrebbe) che (?:io )?(?:\\p{L}+ )?(?:scelga|mandi|invii|dica|compili|prenoti)'],
  nl: ['ze vragen (?:me|mij|om)', 'ze willen dat ik', 'ik moet (?:voor|uiterlijk|\\p{L}+ voor) (?:\\p{L}+ ){0,3}(?:bevestigen|reageren|laten weten)', '(?:ze|zij|hij) (?:willen|wil|vragen|vraagt)$', '(?:ze|zij|hij|men) (?:willen|wil|vragen|vraagt|verwachten|verwacht) (?:een |om (?:een )?)?(?:bevestiging|antwoord|reactie|te bevestigen)'],
  pt: ['pedem-me', 'me ped~', 'pediram(?:-me)?', 'querem que eu', 'tenho de confirmar ate', 'tenho que confirmar ate', '(?:querem|quer|pedem|pede)$', '(?:pedem|pede|querem|quer|precisam|precisa|solicitam|esperam)(?: para| que| uma| a)? (?:confirm~|resposta)'],
  pl: ['(?:prosza|proszono|poproszono|proszac~) (?:mnie|o)', 'prosi~ (?:mnie|o)', 'chca,? zebym', 'mam (?:potwierdzic|odpowiedziec) do', '(?:chca|chce|prosza|prosi)$', '(?:prosza|prosi|chca|oczekuja|czekaja) (?:o |na )?(?:potwierdz~|odpowiedz~)', 'chca,? (?:zebym|zeby|abym|bym)', 'prosza,? (?:zebym|zeby|abym|bym)', '(?:pisza|pisze|prosza|prosi),? (?:zebym|zeby|abym|bym|o) (?:\\p{L}+ )?(?:potwierdz~|odpowiedz~|odpisa~)'],
};

/** The owner disputes what was reported ("I don't buy it", "Quatsch", "no es verdad"). */
/**
 * Agreeing with what was reported ("he's completely right", "il a complètement raison", "da hat sie recht"):
 * the reported view becomes the owner's own. Only an intensifier may stand between, never a negation.
 */
export const ENDORSE: ByLanguage = {
  en: ["(?:she|he|they)(?:'s| is| are| was| were) (?:(?:completely|totally|absolutely|quite|so|100%|dead|probably|right) )?right", 'i (?:fully |totally |completely )?agree', "(?:she|he|they) (?:has|have) a point", "couldn'?t agree more", 'spot on', '(?<!(?:if|whether|sure|know|not) )(?:that\'?s|it\'?s|that is|it is) (?:so |very |absolutely |sadly |also )?true(?=[.!…]*$)', 'true enough', 'fair point'],
  fr: ["(?:il|elle|ils|elles) (?:a|ont|avait|avaient) (?:(?:completement|totalement|tout a fait|bien|entierement|surement|sans doute|carrement|grave) )?raison", "je suis (?:bien |tout a fait |completement )?d'?accord(?: avec (?:lui|elle|eux))?", "(?:il|elle) n'?a pas tort", '(?<!(?:si|pas|que) )c\'?est (?:bien |tout a fait |malheureusement )?vrai(?=[.!…]*$)', '(?:il|elle) a pas tort'],
  de: ['(?:er|sie) ha(?:t|ben|tte|tten) (?:(?:vollig|total|absolut|ganz|wohl|leider|ja|einfach|vollkommen) )?recht', 'da ha(?:t|ben) (?:er|sie) (?:(?:vollig|total|wohl|leider|ja) )?recht', 'ich stimme (?:ihm|ihr|ihnen|dem) zu', 'sehe ich (?:genauso|auch so)', '(?<!(?:ob|nicht|wenn) )(?:das )?stimmt(?: (?:leider|schon|auch|wohl|wirklich))?(?=[.!…]*$)', 'da ist (?:leider )?was dran'],
  es: ['(?:tiene|tienen|tenia|tenian) (?:toda la |mucha )?razon', '(?:estoy|estamos) de acuerdo', 'no le falta razon', '(?<!(?:si|no|que) )es (?:verdad|cierto)(?=[.!…]*$)', 'lleva(?:n)? razon'],
  it: ['(?:ha|hanno|aveva|avevano) (?:(?:proprio|perfettamente|pienamente|completamente) )?ragione', "(?:sono|siamo) d'?accordo", '(?<!(?:se|non|che) )(?:e|e\') (?:proprio )?vero(?=[.!…]*$)'],
  nl: ['(?:heeft|hebben|had|hadden) (?:(?:helemaal|volkomen|gewoon|wel) )?gelijk', 'ik ben het (?:met (?:hem|haar|ze) )?(?:helemaal )?eens', '(?<!(?:of|als|niet) )(?:dat|het) klopt(?: (?:wel|helemaal|ook|gewoon))?(?! (?:\\p{L}+ )?(?:niet|nie|geen))', 'klopt (?:wel|helemaal)(?=[.!…]*$)', 'daar (?:heeft|had|hebben) (?:ze|hij|zij) (?:wel )?gelijk'],
  pt: ['(?:tem|tinha|tinham) (?:toda a |muita )?razao', 'concordo', '(?<!(?:se|nao|que) )(?:e|e\') (?:bem )?verdade(?=[.!…]*$)'],
  pl: ['(?:ma|maja|mial~) (?:(?:calkowicie|zupelnie|absolutnie|chyba) )?racj~', 'zgadzam sie', '(?<!(?:czy|nie|jesli|ze) )to (?:niestety )?prawda(?=[.!…]*$)'],
};

export const DISPUTE: ByLanguage = {
  en: ["i (?:don'?t|do not) (?:think|believe|buy)(?: (?:so|it|that))?", 'i disagree', 'not convinced(?=\\s*(?:$|[.!,;:…]|by (?:that|it|this|her|him|them|their|his)(?![\\p{L}])))', 'i doubt (?:it|that)', "(?:that'?s|they'?re|he'?s|she'?s) wrong", "(?:she|he|they)(?:'s| has| have) got (?:this|it)(?: one)? wrong",
    'nonsense', 'not true', 'i think otherwise', 'rubbish', 'whatever they say', "(?:that'?s|it'?s) not the case", 'outdated', 'old news', "i'?m not buying it", "(?:doesn'?t|does not) worry me", 'exaggerat~', 'misinformed', 'what does (?:he|she) know', '(?:i )?checked (?:it )?myself', "(?:that'?s|it'?s) not true", 'not (?:even )?true', 'that was (?:years|ages|a while|a long time) ago', 'old news', '(?:that|this) (?:was|is) (?:the|a) (?:other|different) (?:one|company|firm|outfit)', "(?:no idea|don'?t know|dunno) where (?:she|he|they|you) (?:get|gets|got) (?:that|this|it)", 'who (?:told|says|said) (?:him|her|them|you) (?:that|so)', 'where (?:did|does) (?:he|she|they) (?:get|hear) that'],
  fr: ['je ne (?:pense|crois) pas', "pas d'?accord", '(?:elle|il) se trompe', 'pas du tout', 'nan', "n'?importe quoi", "c'?est faux", 'pas vrai', '(?:il|elle) exagere', "je n'?y crois pas", "je m'?en fiche", "c'?est faux", "c'?(?:est|etait) (?:du passe|de l'?histoire ancienne)", "c'?(?:etait|est) (?:l'?autre|une autre (?:boite|entreprise|societe))", "(?:je )?(?:ne )?sais pas (?:d'?ou|ou) (?:il|elle|ils|tu) (?:sort|sortent|a sorti|tient|tiennent) (?:ca|cela)", 'qui (?:lui|leur|t.)a dit (?:ca|cela)', 'd.ou (?:il|elle|ils) (?:sort|sortent|tient|tiennent) (?:ca|cela)'],
  de: ['glaube ich nicht', 'stimmt nicht', 'seh(?:e)? ich (?:\\p{L}+ )?(?:nicht so|anders)', 'quatsch', 'unsinn', 'blodsinn', 'irrt sich', 'ubertreib~', 'stimmt so nicht', 'veraltet', 'alte geschichte~', 'das (?:war|ist) (?:die|das|der|eine) andere~?(?: (?:firma|laden|unternehmen))?', 'weiss (?:ich )?nicht,? woher (?:sie|er|du) das (?:hat|haben|hast)', 'wer (?:hat|erzahlt) (?:ihm|ihr|dir|denen|euch) (?:denn )?(?:das|so was|sowas)', 'woher (?:hat|will) (?:er|sie) das (?:denn )?(?:haben|wissen)'],
  es: ['no lo creo', 'no estoy de acuerdo', 'no es verdad', 'no es cierto', 'no lo veo asi', 'no le (?:hago|creo)~', 'tonterias', 'se equivoca', 'exager~', 'ni caso', 'para nada', 'que va', 'no tiene razon', 'equivocad~', 'eso fue (?:hace|en|antes)', 'eso ya paso', 'agua pasada', '(?:esa|eso|ese) (?:era|es|fue) (?:la|el|otra|otro) (?:otr[oa]|empresa)', 'no se (?:de )?donde (?:lo |la |eso )?(?:saca|sacan|sacas|ha sacado|habra sacado)', 'quien (?:le|les|te) (?:dijo|conto|ha dicho) eso', 'de donde (?:saca|saco|sacan|sacaron) eso'],
  it: ['non (?:e|sia) vero', 'non sono d.accordo', 'non mi risulta', 'a me non risulta', 'figurati', 'ma per favore', 'sciocchezze', 'si sbaglia', 'esager~', 'macche', 'non ha ragione', 'stupidaggin~', 'acqua passata', 'storia vecchia', 'roba vecchia', "quell[ao] (?:era|e) (?:l'?altr[ao]|un'?altra (?:azienda|ditta))", "non so (?:da )?dove (?:l'?abbia|lo abbia|l'?ha|lo ha|lo tira)(?: (?:sentito|preso|letto|fuori))?", 'chi (?:gliel.ha|gli ha|le ha|te l.ha|glielo ha) detto', 'ma chi (?:lo )?dice'],
  nl: ['klopt niet', 'niet waar', 'onzin', 'kletst', 'oneens', 'ben het niet eens', 'volgens mij niet', 'overdrijf~', 'niet mee eens', 'kletskoek', 'flauwekul', 'dat was (?:jaren|lang) geleden', 'oud nieuws', 'dat (?:was|is) (?:de|het|een) andere~?(?: (?:bedrijf|firma|tent))?', '(?:geen idee|weet niet) waar (?:ze|hij|je) dat (?:vandaan )?(?:haalt|heeft|haalde)', 'wie heeft (?:hem|haar|jou|ze) dat (?:verteld|gezegd|wijsgemaakt)', 'waar (?:haalt|halen) (?:hij|zij|ze) dat vandaan'],
  pt: ['nao e verdade', 'nao concordo', 'nao acredito', 'que nada', 'esta errad~', 'exager~', 'bobagem', 'besteira', 'nada a ver', 'discordo', 'isso foi (?:ha|em|antes)', 'ja passou', '(?:isso|essa|esse|aquilo) (?:era|e|foi) (?:a|o|outra|outro) (?:outr[ao]|empresa)', 'nao sei (?:de )?onde (?:ela|ele|eles|voce) (?:tirou|tira|tiraram) (?:isso|isto)', 'quem (?:lhe|te|lhes) disse isso', 'de onde (?:ele|ela|eles) (?:tirou|tiraram) isso'],
  pl: ['nie zgadzam sie', 'nieprawda', 'bzdura', 'stare wpisy', 'myli sie', 'przesadz~', 'bzdury', 'nie ma racji', 'nie wierze', 'to bylo (?:dawno|lata temu)', 'stara historia', 'to (?:byla|byl|bylo|jest) (?:inna firma|inny|ta druga|tamta)', 'nie wiem,? skad (?:ona|on|oni) to (?:wzial~|ma|maja|wzieli)', 'kto (?:mu|jej|ci|im) to powiedzial~', 'skad (?:on|ona|oni) to (?:wzi~|ma|maja)'],
};

/** Doubting whether the opportunity is right ("not sure it's for me", "je me demande si", "twijfel of"): a doubt, never a no. */
export const DOUBTING: ByLanguage = {
  en: ['not (?:totally |really |entirely |quite |so |100% )?sure', 'unsure', 'i wonder', 'wondering', 'i doubt (?:the|whether|if)', 'having (?:second thoughts|doubts)', 'hesitant', 'on the fence', 'torn', "(?:not|isn'?t|n'?t) (?:really |totally |entirely |fully |quite |so |100% )?sold on", 'idk', 'dunno', "(?:don'?t|do not|dont) know (?:yet )?(?:if|whether)", 'no idea (?:if|whether)', "(?:don'?t|do not|dont) (?:really |actually |quite |even |honestly )know (?:yet |really )?(?:if|whether)", 'not (?:really |entirely |fully |totally |quite |so |100% )?convinced(?! (?:it\'?s|it is|that it\'?s) (?:a )?(?:bad|wrong|terrible))', 'not (?:really |entirely |fully |totally |quite |so |100% )?convinced(?! (?:it\'?s|it is|that it\'?s) (?:a )?(?:bad|wrong|terrible))'],
  fr: ['(?:je )?(?:ne )?sais pas (?:bien |trop |vraiment )si', 'je me demande', '(?:je )?(?:ne )?sais pas (?:encore )?si', 'pas (?:trop |vraiment |tres )?sur~', "j'?hesite", 'hesit~', 'je doute', 'dubitati~', 'partage~', 'pas convaincu~', 'jsp', '(?:je )?(?:ne )?sais (?:vraiment |toujours |meme )?pas (?:trop |vraiment |bien |encore )?si'],
  de: ['weiss (?:ich )?(?:nicht|net)', 'unsicher', 'zweifel~', 'frag~ mich', 'nicht (?:ganz |so )?sicher', 'skeptisch', 'hin und her gerissen', 'nicht (?:so |ganz |wirklich |recht |restlos )?uberzeugt'],
  es: ['no se (?:bien |muy bien |mucho )si', 'no se si', 'dud(?:o|a|as|an|amos|ando|os[oa])', 'no estoy segur~', 'me pregunto', 'dubitativ~', 'no lo tengo claro', 'no me convence del todo', 'no se (?:es )?si', 'no se (?:todavia |aun |realmente |la verdad )si', 'no (?:estoy |me tiene )?(?:muy |del todo |tan |nada )?convencid~'],
  it: ['non so (?:bene |proprio )se', 'non so se', 'dubbi~', 'mi chiedo', 'non sono sicur~', 'perpless~', 'non sono convint~', 'non so (?:ancora |davvero |ben )se'],
  nl: ['twijfel~', 'weet (?:ik )?niet (?:of|zeker|goed)', 'vraag me af', 'niet zeker', 'niet overtuigd', 'weet (?:ik )?(?:eigenlijk |echt |nog |gewoon |zelf |nou )(?:nog )?niet (?:zo |echt )?(?:goed )?(?:of|zeker)'],
  pt: ['nao sei (?:bem |muito bem )se', 'nao sei (?:bem |muito )?se', 'duvid~', 'nao tenho (?:certeza|a certeza)', 'pergunto-me', 'me pergunto', 'hesit~', 'nao estou convencid~', 'nao sei (?:ainda |realmente |mesmo )se'],
  pl: ['nie wiem(?:,)? czy', 'niewiem czy', 'waham sie', 'watpi~', 'zastanawiam sie', 'nie jestem (?:do konca )?(?:pewn~|przekonan~)', 'nie wiem(?:,)? (?:jeszcze |sam~ |do konca |tak naprawde )czy'],
};
/** Doubting oneself, not the role ("not sure I have the level"): practice, not a doubt about the role. */
export const SELF_DOUBT: ByLanguage = {
  en: ["i (?:have|'ve got) the (?:level|skills|experience)", '(?:good|senior|qualified|experienced) enough', 'i can do (?:it|this)', 'i could handle'],
  fr: ["(?:d'?)?avoir le niveau", "j'?ai le niveau", 'etre capable', 'suis capable'],
  de: ['ob ich das kann', 'gut genug', 'das zeug dazu'],
  es: ['tener el nivel', 'si (?:yo )?(?:puedo|sabre|doy la talla)', 'dar la talla'],
  it: ['avere il livello', 'essere all.altezza', 'se ce la faccio'],
  nl: ['of ik het kan', 'goed genoeg', 'het niveau heb'],
  pt: ['ter o nivel', 'dar conta', 'se consigo'],
  pl: ['czy dam rade', 'czy sie nadaje', 'czy mam (?:odpowiedni )?poziom'],
};

/** A reservation about a part of the role ("what doesn't quite convince me is the sales part"): a doubt about the role. */
export const RESERVATION: ByLanguage = {
  en: ["(?:doesn'?t|does not|don'?t) (?:quite |fully |entirely |really )?(?:convince|sit (?:right|well)) (?:with )?me", "not (?:quite |fully |entirely )?convinced by", 'not (?:thrilled|excited|enthused|wowed|blown away) (?:by|about|with)', "(?:doesn'?t|does not) (?:thrill|excite|wow) me", 'not (?:quite |really |exactly )?what i (?:had in mind|was looking for|expected|wanted|am looking for)', "(?:isn'?t|is not|not) (?:quite |really |exactly )?what i(?:'d| would)? (?:normally |usually |typically )?(?:go for|look for|pick|choose)"],
  fr: ['ne me convainc (?:pas|guere)', 'me laisse (?:un peu )?perplexe', 'me gene(?: un peu)?', 'me chiffonne', 'pas emballe~', 'ne me fait pas (?:rever|vibrer)', "ne m'?emballe pas", 'pas (?:vraiment |tout a fait |exactement )?ce que je (?:cherch~|voulais|veux|avais en tete)'],
  de: ['uberzeugt mich (?:\\p{L}+ )?nicht', 'stort mich(?: (?:ein bisschen|etwas))?', 'stosst mir (?:\\p{L}+ )?auf', 'haut mich nicht um', 'begeistert mich nicht', 'reisst mich nicht vom hocker', 'nicht (?:ganz |wirklich |genau )?(?:das|was),? (?:was )?ich (?:suche|gesucht habe|wollte|mir vorgestellt)'],
  es: ['no me (?:termina de |acaba de )?(?:cerrar|cierra|convence|convencer)', 'me chirria', 'me hace ruido', 'no me entusiasma', 'no me mata', 'no me vuela la cabeza', 'no es (?:justo |exactamente |del todo )?lo que (?:buscaba|queria|esperaba|tenia en mente)'],
  it: ['non mi convince(?: del tutto)?', 'mi lascia perplesso', 'non mi torna', 'non mi entusiasma', 'non mi fa impazzire', "non (?:e|e') (?:proprio |esattamente )?quello che (?:cerco|cercavo|volevo|avevo in mente)"],
  nl: ['overtuigt me (?:\\p{L}+ )?niet', 'zit me niet (?:lekker|helemaal lekker)', 'twijfel over', 'boeit me niet', 'niet (?:echt )?enthousiast', 'niet (?:echt |helemaal |precies )?wat ik (?:zoek|zocht|wilde|verwachtte|(?:voor ogen|in gedachten) (?:had|heb))'],
  pt: ['nao me convence(?: de todo)?', 'me deixa (?:com )?(?:o pe atras|duvidas)', 'nao me bate', 'nao me empolga', 'nao me entusiasma', 'nao e (?:bem |exatamente )?o que (?:procuro|procurava|queria|esperava|(?:eu )?tinha em mente)'],
  pl: ['nie przekonuje mnie', 'nie do konca mi pasuje', 'mam watpliwosci co do', 'nie porywa', 'nie zachwyca', 'nie rzuca na kolana', 'nie (?:do konca |calkiem |dokladnie )?to,? czego (?:szukam|szukal~|chcial~|oczekiwal~)'],
};

/** Denying that one would say something ("I won't tell you the role thrills me", "on ne peut pas dire que…"): what follows is flipped. */
export const DENY_SAY: ByLanguage = {
  en: ["(?:^|i )(?:can'?t|won'?t|wouldn'?t|couldn'?t) (?:really |exactly |honestly )?(?:say|pretend|tell you|claim)(?: that)?", "(?:^|i'?m )not saying(?: that)?", "(?:^|i'?m |i am )not going to (?:say|pretend|tell you|claim)(?: that)?", "(?:^|i )(?:don'?t|do not) want to (?:say|pretend|claim)(?: that)?"],
  fr: ["(?:je |on )?ne (?:\\p{L}+ )?(?:peu[xt]|vais|veux|dirai|dirais) (?:\\p{L}+ )?pas (?:vous |te )?(?:(?:dire|pretendre|affirmer|soutenir) )?qu(?:e|(?='))", "(?:je |on )?ne dirai(?:s)? pas qu(?:e|(?='))", "(?:je |on )?(?:ne )?dis pas qu(?:e|(?='))", "(?:je |j')?(?:n'?)?ai (?:jamais )?dit qu(?:e|(?='))"],
  de: ['(?:ich )?(?:kann|will|wurde|werde|mochte) (?:\\p{L}+ )?nicht (?:behaupten|sagen),? dass', 'man kann nicht sagen,? dass'],
  es: ['no (?:te |les |le )?(?:voy a |puedo |podria |quiero )?decir que', 'no dir(?:ia|e) que'],
  it: ['non (?:posso |ti |vi |voglio |vorrei )?(?:dire|direi|dico) che'],
  nl: ['ik (?:kan|ga|zou|wil|zal) (?:\\p{L}+ )?niet (?:zeggen|beweren) dat'],
  pt: ['nao (?:vou |posso |diria )?(?:dizer )?que', 'nao diria que'],
  pl: ['nie (?:powiem|mowie|moge powiedziec|chce powiedziec|powiedzial(?:a|)bym),? ze(?:by)?'],
};
/** "It's not that…", "non è che…", "no es que…": what follows is denied, so a no in it is no no ("non è che devo dire di no a tutto"). */
export const NOT_THAT: ByLanguage = {
  en: ["it'?s not (?:like|that)", "(?:it )?isn'?t (?:like|that)"],
  fr: ["(?:ce )?n'?est pas que", "c'?est pas que"],
  de: ['(?:es ist )?(?:ja )?nicht so,? dass'],
  es: ['no es que'],
  it: ['non e che'],
  nl: ['(?:het is )?niet zo dat'],
  pt: ['nao e que'],
  pl: ['nie (?:jest )?tak,? ze', 'nie chodzi o to,? ze'],
};
/** A denied saying after what it denies: "(dass es mich nicht reizt,) kann ich nicht behaupten", "(que ça ne me tente pas,) je ne peux pas le dire". */
export const DENY_SAY_AFTER: ByLanguage = {
  en: ["(?:i )?(?:can'?t|couldn'?t|won'?t) (?:really |honestly )?(?:say|claim)(?: that| so)?[.!]?$"],
  fr: ['(?:je ne|on ne) (?:peux|peut|pourrais|vais) pas (?:vraiment )?(?:le )?(?:dire|pretendre|affirmer)', 'je ne (?:le )?dirais pas'],
  de: ['(?:das )?kann (?:ich|man) (?:\\p{L}+ ){0,3}nicht (?:behaupten|sagen)', '(?:das )?(?:will|wurde|mochte) ich (?:\\p{L}+ ){0,3}nicht (?:behaupten|sagen)'],
  es: ['(?:eso )?no (?:lo )?(?:puedo|podria|voy a) decir', 'no (?:lo )?diria'],
  it: ['(?:questo )?non (?:lo )?(?:posso|potrei) dire', 'non (?:lo )?direi'],
  nl: ['(?:dat )?kan ik (?:\\p{L}+ ){0,3}niet (?:zeggen|beweren)'],
  pt: ['(?:isso )?nao (?:o )?(?:posso|poderia|vou) dizer', 'nao (?:o )?diria'],
  pl: ['(?:tego )?nie (?:moge|moglabym|moglbym) powiedziec', 'tego nie powiem'],
};
/** Words that turn what is said negative: a denial, indifference, a bad word ("leaves me indifferent", "kein schlechter"). */
export const NEGATIVE_EVAL: ByLanguage = {
  en: ['indifferent', 'bad', 'boring', 'dull', 'awful', 'uninteresting', 'cold', 'bleak', 'dud'],
  fr: ['indifferent~', 'mauvais~', 'nul(?:le)?', 'ennuyeu~', 'mal'],
  de: ['egal', 'schlecht~', 'langweilig~', 'uninteressant~', 'kalt'],
  es: ['indiferente', 'mal[oa]?', 'aburrid~', 'igual'],
  it: ['indifferente', 'male', 'brutt~', 'noios~', 'cattiv~'],
  nl: ['onverschillig', 'slecht~', 'saai', 'koud'],
  pt: ['indiferente', 'mau', 'ma', 'ruim', 'chat[oa]'],
  pl: ['obojetn~', 'zl[ayeo]', 'slab~', 'nudn~'],
};

/** The owner is not sure: a hedged doubt never declines on its own. */
export const HEDGE: ByLanguage = {
  en: ['maybe', 'might', 'perhaps', 'possibly', 'probably', 'prob', 'a bit', 'a little', 'somewhat', 'kind of', 'sort of', 'slightly', 'not sure', 'i guess', 'could be', 'may be', 'seems?', 'a tad', 'potentially', 'tbh\\?', 'i wonder', 'i have a feeling', 'my impression', 'we.ll see', 'could (?:\\p{L}+ )?be', 'might (?:\\p{L}+ )?be', 'not (?:quite|entirely|totally|completely|fully|exactly|100\\s?%)', 'not a hundred percent', 'not really (?:my|me)', "(?:(?:does|do|did|is|was)n'?t|not) (?:really )?(?:appeal|excite|interest|grab|attract|thrill)\\p{L}* (?:to )?me (?:that |all that |very )?much", "(?:(?:does|do|did|is|was)n'?t|not) do (?:that |very )?much for me"],
  fr: ['peut[- ]etre', 'ptet', 'un peu', 'plutot', 'pas sur~', 'pas certain~', 'jsp', 'je ne sais pas', 'il se pourrait', 'me parait', 'semble', 'semblerait', "j'?ai l'?impression", 'a voir', 'pourrai(?:t|ent)', 'pourrait etre', 'pas (?:tout a fait|completement|entierement|a 100\\s?%)', '(?:pas vraiment|pas trop|pas tellement) (?:mon|ma|mes|moi)', 'ne me (?:\\p{L}+ ){1,2}pas (?:trop|tellement|beaucoup|plus que ca)(?![\\p{L}])'],
  de: ['vielleicht', 'etwas', 'eher', 'ein bisschen', 'nicht sicher', 'unsicher', 'keine ahnung', 'wohl', 'irgendwie', 'ich weiss nicht', 'konnte', 'konnten', 'durfte', 'nicht (?:so )?ganz', 'nicht (?:hundert|100) ?(?:prozentig|%)', 'nicht (?:wirklich|so) (?:mein|meins)', 'mich nicht (?:so |allzu )?(?:sehr|sonderlich|besonders|allzu|so)(?![\\p{L}])'],
  es: ['quizas?', 'tal vez', 'un poco', 'algo', 'no se', 'igual', 'a lo mejor', 'no lo tengo claro', 'no me queda claro', 'creo', 'podria', 'podrian', 'puede que', 'no (?:\\p{L}+ ){0,3}del todo', 'no (?:\\p{L}+ ){0,4}(?:al )?100\\s?%', 'no exactamente', 'no (?:es )?(?:muy|tan|realmente) (?:lo mio|mi)', 'no me (?:\\p{L}+ ){1,2}(?:mucho|tanto|demasiado)(?![\\p{L}])', 'nunca me (?:\\p{L}+ ){1,3}(?:mucho|tanto)(?![\\p{L}])'],
  it: ['forse', 'un po~', 'un filo', 'non so', 'boh', 'mah', 'chissa', 'sembra', 'magari', 'potrebbe', 'potrebbero', 'puo darsi', 'non (?:proprio|del tutto|al 100\\s?%|esattamente|completamente)', 'non mi (?:\\p{L}+ ){1,2}(?:molto|tanto|troppo|granche|piu di tanto)(?![\\p{L}])'],
  nl: ['misschien', 'een beetje', 'niet zeker', 'geen idee', 'lijkt', 'wellicht', 'nogal', 'weet niet', 'zou kunnen', 'kan zijn', 'niet (?:helemaal|honderd procent|100\\s?%)', 'niet (?:echt|zo) (?:mijn|mn|m.n)', 'me niet (?:zo|erg|bijster|zo erg|heel erg)(?![\\p{L}])'],
  pt: ['talvez', 'se calhar', 'um pouco', 'meio', 'nao sei', 'acho', 'parece', 'poderia', 'pode ser que', 'nao (?:e )?bem', 'nao (?:totalmente|completamente|a 100\\s?%|100\\s?%)', 'nao me (?:\\p{L}+ ){1,2}(?:muito|tanto)(?![\\p{L}])'],
  pl: ['moze', 'chyba', 'troche', 'nie wiem', 'niewiem', 'nie jestem pewn~', 'pewnie', 'niby', 'raczej', 'moglob~', 'moze byc', 'nie do konca', 'nie calkiem', 'nie (?:w )?100\\s?%', 'nie bardzo'],
};

// ---------------------------------------------------------------------------------------------------
// "Nothing appeals": the owner's verdict on the whole opportunity

/** "Nobody", "there is no one", "nie ma tu ani…": a negated existential, whose kind a clause after it says ("nobody I'd want to meet"). */
export const NO_ONE: ByLanguage = {
  en: ['nobody', 'no one', 'no-one', 'not a (?:single )?(?:soul|person)', "there (?:is|are|'s|was|were) no (?:\\p{L}+ )?(?:one|people|person|team|colleagues?)"],
  fr: ["n.y a (?:\\p{L}+ )?(?:personne|aucun~|pas de (?:gens|personnes?))", 'personne (?:ne|n.)(?![\\p{L}])'],
  de: ['niemand~', 'keine~ (?:menschen|leute|person~|kollegen|kolleginnen)', 'es gibt (?:\\p{L}+ )?(?:kein~|niemand~)'],
  es: ['nadie', 'ninguna persona', 'no hay (?:\\p{L}+ )?(?:ningun~|gente|personas)'],
  it: ['nessuno', 'nessuna persona', 'non c.e (?:\\p{L}+ )?(?:nessun~|gente)', 'non ci sono (?:\\p{L}+ )?(?:persone|colleghi)'],
  nl: ['niemand', 'geen mensen', 'er (?:is|zijn) (?:\\p{L}+ )?geen'],
  pt: ['ninguem', 'nenhuma pessoa', 'nao (?:ha|tem) (?:\\p{L}+ )?(?:ninguem|nenhum~|pessoas|gente)'],
  pl: ['nikogo', 'nikt', 'nie ma (?:\\p{L}+ ){0,2}(?:ani|zadn~|nikogo|nic)(?![\\p{L}])'],
};
/** A universal "nothing", "not a single thing". */
export const NOTHING: ByLanguage = {
  en: ['nothing', "(?:not|isn'?t|wasn'?t|ain'?t) (?:a )?(?:single )?thing", "(?:not|isn'?t|wasn'?t|ain'?t) one thing", "(?:not|isn'?t|aren'?t|don'?t see|can'?t see) (?:\\p{L}+ ){0,2}anything", 'none of (?:it|this)', 'not one thing', 'zero', 'zilch', "(?:can'?t|cannot|couldn'?t|don'?t|didn'?t) (?:find|see|spot|think of) (?:a single|one|any|even one)(?: \\p{L}+)? (?:part|aspect|bit|element|detail|feature)"],
  fr: ['rien', 'aucun~', 'zero', 'pas une seule'],
  de: ['nichts', 'nix', 'gar nichts', 'null', 'kein(?:e|en)? (?:bisschen|funken)', 'kein einzig~'],
  es: ['nada', 'ningun~', 'cero', 'ni una sola'],
  it: ['niente', 'nulla', 'nessun~', 'zero', 'neanche una', 'nemmeno una'],
  nl: ['niets', 'niks', 'geen enkel~', 'nul', 'geen (?:\\p{L}+ ){0,2}iets', 'niet (?:\\p{L}+ ){0,2}iets'],
  pt: ['nada', 'nenhum~', 'zero', 'nem uma (?:so|unica)'],
  pl: ['nic', 'niczego', 'zadn~', 'zero', 'ani jedn~'],
};
/** Looking for something (to like): "I looked for", "j'ai cherché", "ich habe gesucht", "busqué", "szukałam". */
export const SEARCHED: ByLanguage = {
  en: ['(?:look|search|hunt|scour)~ (?:\\p{L}+ ){0,3}(?:for|in (?:it|this))', 'looking for (?:one|a single|any|some)(?: ?thing)?', '(?:try|tried|trying) (?:hard |really hard )?to (?:find|spot|see)', "(?:thought|wondered|asked myself) (?:\\p{L}+ ){0,3}(?:whether|if) (?:there'?s |there is )?(?:anything|something)", "(?:whether|if) (?:there'?s |there is )?(?:anything|something) (?:\\p{L}+ ){0,3}(?:appeals|draws|interests|excites|attracts)"],
  fr: ['cherch~', 'demande (?:\\p{L}+ ){0,3}si (?:quelque chose|quoi que ce soit)'],
  de: ['gesucht', 'such~', 'uberleg~,? (?:\\p{L}+ ){0,3}ob', 'nachgedacht,? (?:\\p{L}+ ){0,3}ob', 'ob (?:\\p{L}+ ){0,2}(?:irgendwas|irgendetwas|etwas) (?:\\p{L}+ ){0,2}(?:reizt|gefallt|anspricht|lockt|interessiert)'],
  es: ['busqu~', 'busca~'],
  it: ['cercat~', 'cercando', 'cercavo'],
  nl: ['gezocht', 'zocht', 'zoek~', 'nagedacht (?:\\p{L}+ ){0,3}of', 'afgevraagd (?:\\p{L}+ ){0,3}of', 'of (?:er )?(?:iets|wat) (?:\\p{L}+ ){0,3}(?:aanspreekt|trekt|boeit|interesseert)'],
  pt: ['procur~'],
  pl: ['szuka~', 'szukal~', 'wyszuk~'],
};
/** Not finding it: "can't find", "found nothing", "nichts gefunden", "rien trouvé", "no encontré", "nie znalazłam". */
export const NOT_FOUND: ByLanguage = {
  en: ["(?:can'?t|cannot|couldn'?t|could not|didn'?t|did not|don'?t|unable to|failed to) (?:\\p{L}+ ){0,2}find", 'found nothing', 'find nothing', 'came up (?:empty|with nothing)', 'no luck'],
  fr: ["(?:n'?ai|ne) (?:rien |pas |jamais )?trouve", 'trouve rien', 'rien trouve', 'sans (?:rien )?trouver'],
  de: ['(?:nichts|nix|nicht|kein~) (?:\\p{L}+ ){0,2}gefunden', 'finde (?:\\p{L}+ ){0,2}(?:nichts|nix)', 'fand (?:\\p{L}+ ){0,2}(?:nichts|nix)'],
  es: ['no (?:\\p{L}+ ){0,2}(?:encontr|halle|halla)~', 'nada (?:que )?encontr~'],
  it: ['non (?:\\p{L}+ ){0,2}trov~', 'niente (?:da )?trova~'],
  nl: ['(?:niks|niets|niet|geen) (?:\\p{L}+ ){0,2}gevonden', 'vind (?:\\p{L}+ ){0,2}(?:niks|niets)', 'vond (?:\\p{L}+ ){0,2}(?:niks|niets)'],
  pt: ['(?:nao|n) (?:\\p{L}+ ){0,2}(?:encontr|ach)~', 'nada encontr~'],
  pl: ['nie (?:\\p{L}+ ){0,2}znalaz~', 'nie (?:moge|moglem|moglam|da sie) (?:\\p{L}+ ){0,2}znalezc', 'nic nie znalaz~'],
};
/** …that draws, speaks to or is for the owner. */
export const FOR_ME: ByLanguage = {
  en: ['for me', 'appeals?', 'draws? me', 'does (?:anything|something) for me', 'i want', 'interests? me', 'excites? me', 'speaks to me', 'tempts? me', 'attracts? me', 'appeal', 'interest', 'desire', 'enthusiasm', 'excitement', 'pull', 'holds? me', 'keeps? me (?:there|interested)', 'my thing', "(?:it'?s|that'?s|it is|that is|this is|it'?d be) (?:really |quite |still |truly |very )?me(?! (?:who|that|again|to))"],
  fr: ['me correspond~', 'pour mo(?:i|e)', "(?:c'?est|ce soit|ce serait) (?:vraiment |tres |encore )?moi(?! qui)", "me (?:di|plai|pla|parl|tent|attir|interess)~", "m'?(?:interess|attir)~", 'envie', 'interet', 'me (?:motiv|bott|branch)~', 'me retien~', "m'?emball~", 'me motiv~', 'mon truc'],
  de: ['passt (?:\\p{L}+ )?zu mir', 'fur mich', 'reiz~(?: mich)?', 'zieht mich', 'interessier~ mich', 'sprich~ mich (?:\\p{L}+ ){0,3}an', 'lockt mich', 'lust', 'bock', 'interesse', 'mich (?:\\p{L}+ )?(?:reizt|anspricht|motiviert|anmacht)', 'halt~ mich', 'begeister~ mich', '(?:freut|gfreit|gefreut) (?:mich|mi)', 'mich freuen', 'mein ding', 'meins'],
  es: ['va conmigo', 'encaja conmigo', 'para mi', 'me (?:dic|atra|llam|interes|gust|tient)~', 'le veo', 'ganas', 'interes', 'me (?:tir|cop|mot|entusiasm)~', 'me retien~', 'me entusiasm~', 'lo mio'],
  it: ['roba mia', '(?:mi )?si addice a me', 'per me', 'mi (?:dic|attir|interess|piac|ispir)~', 'fa per me', 'voglia', 'interesse', 'mi (?:stuzzic|motiv|entusiasm)~', 'mi trattien~', 'mi entusiasm~'],
  nl: ['past (?:\\p{L}+ )?bij (?:me|mij)', 'voor mij', 'trek~', 'aantrek~', 'aanspre~', 'spreek~ (?:me|mij) (?:\\p{L}+ ){0,3}aan', 'bij voel', 'zin', 'interesse', 'me (?:trekt|motiveert|boeit)', 'houdt me', 'me (?:enthousiast|warm) maakt', 'goesting', 'mijn ding', '(?:iets|wat|niks|niets|echt|helemaal) voor me'],
  pt: ['tem (?:\\p{L}+ )?a ver comigo', 'combina comigo', 'pra mim', 'para mim', 'me (?:dig|diz|atra|interess|cham|apetec)~', 'me revejo', 'vontade', 'interesse', 'me (?:anim|motiv|entusiasm)~', 'me prend~', 'me empolg~', 'minha praia', 'me puxa~', 'encha~? os olhos', 'enche~ os olhos', 'curt(?:o|ir|iria|i)'],
  pl: ['pasuje do mnie', 'dla (?:mnie|siebie)', 'mnie (?:interes|ciagn|przyciag|kusi)~', '(?:interes|ciagn|przyciag)~ mnie', 'przyciag~', 'kusi', 'ciagnie', 'interesuje', 'ochot~', 'zainteresowani~', 'mnie (?:kreci|rajcuje|motywuje)', 'kreci', 'rajcuje', 'jara', 'trzyma mnie', 'porywa', 'zachwyca', 'moja bajka', 'przemawia~ do (?:mnie|siebie)', 'do mnie (?:\\p{L}+ )?przemawia~'],
};
/** The whole-opportunity verdict said directly ("not for me", "nichts für mich", "não é pra mim"). */
export const NOT_FOR_ME: ByLanguage = {
  en: ["(?:is|'s|isn'?t) not for me", "isn'?t for me", 'not for me', "(?:a|'s a) no from me", "doesn'?t sit right", 'not my (?:thing|cup of tea|world)', 'not interested$', 'no interest', 'hard no', 'not my kind of', 'everything about (?:it|this(?: one)?|the (?:role|job|offer|thing)) (?:misses|is (?:wrong|off|a no)|feels (?:wrong|off)|puts me off)', 'none of (?:it|this) (?:appeals|works|fits|is for me)', '(?:it|this) (?:does nothing|leaves me cold|left me cold)', "it'?s a no for me", 'a no for me', "(?:can'?t|cannot|couldn'?t|don'?t|do not|didn'?t) (?:find|see|spot) (?:a single|one|any|even one) thing (?:\\p{L}+ ){0,4}(?:(?:that is|that'?s|which is) )?for me(?! to)", "(?:one|a single|any|some)(?: ?thing)? to like[^.!?]{0,40}(?:didn'?t|did not|couldn'?t|could not|never) find", 'not my portion', "(?:is|'s) (?:just |really |pure |totally )?(?:no|nae|naw) for me", 'not (?:a single|one) bit of it', '(?:see|find) nothing in (?:it|this|that)', '(?:says|means) (?:\\p{L}+ )?nothing to me', 'leaves? me (?:stone )?cold', 'not feeling (?:it|this|this one)', "can'?t get (?:\\p{L}+ )?excited about", "(?:doesn'?t|does not|don'?t) (?:really |at all )?(?:speak to|do anything for|excite|grab|move|appeal to) me", 'does nothing for me', 'nothing (?:about|in) (?:it|this|this one|the whole thing) (?:grabs|excites|appeals to|speaks to|interests) me', '(?:can\'?t|cannot|can not|couldn\'?t|don\'?t|do not|really don\'?t) (?:\\p{L}+ )?(?:see|picture|imagine) myself(?! (?:not|saying no|turning|failing|doing better|staying|(?:\\p{L}+ ){0,4}(?:long[- ]term|forever|for years|for long|for ever|in ten years|in 10 years)))', '(?:isn\'?t|is not|\'s not) (?:really |just |simply |so |exactly )?me(?![\\p{L}]| who| that| to| (?:\\p{L}+ )?(?:deciding|choosing))', '(?:felt|feel|feeling) (?:absolutely |just |literally )?nothing(?! (?:but|except|bad|wrong))', 'not a fit,? ?(?:at all|on any level|in any way|whatsoever|for me)', 'not a fit$', 'not (?:interested|keen) (?:in the slightest|at all|one bit)', '(?:zero|not a single|not one|not a) (?:spark|flicker of (?:interest|excitement))', 'zero (?:enthusiasm|excitement|interest)', "(?:don'?t|do not|can'?t|cannot) see (?:what|anything (?:that|which)) (?:\\p{L}+ ){0,3}(?:interest|appeal|attract|draw)~ me"],
  fr: ["(?:ce )?n'?est pas pour mo(?:i|e)", 'pas pour mo(?:i|e)', 'pas mon truc', "ca ne me dit rien", 'pas interesse~$', 'aucun interet', "ca ne m'?interesse pas", '(?:ca|cela) me laisse (?:de )?(?:froid|indifferent~)', 'rien ne va', 'tout est a cote', '(?:ca|cela) ne me (?:dit|fait) rien', "pour moi c'?est (?:un )?non", '(?:ne )?me fait ni chaud ni froid', "c'?est (?:vraiment |tellement |juste )?pas moi(?! qui)", "je (?:ne )?(?:le|la|les) sens pas", "(?:ca|cela) ne me (?:branche|botte|tente|emballe) pas", '(?:ne )?m\'?y (?:vois|imagine|verrais) (?:\\p{L}+ )?pas', '(?:ne )?me (?:vois|imagine) (?:\\p{L}+ )?pas(?! (?:\\p{L}+ )?(?:capable|a la hauteur|refuser|dire non))', '(?:ca|cela) ne me ressemble (?:\\p{L}+ )?pas', '(?:ca|cela) me ressemble pas', '(?:ca|cela) me (?:gonfle|saoule|soule|barbe|gave)', 'tres peu pour moi', '(?:aucune|zero|pas une|pas la moindre) (?:etincelle|enthousiasme)', 'zero (?:envie|interet)', "(?:ne )?vois pas (?:ce qui|ce qu.il y a|quoi) (?:\\p{L}+ ){0,3}(?:m.interess~|m.attir~|me plai~|me tent~)"],
  de: ['nichts fur mich', '(?<!nicht )nichts (?:\\p{L}+ ){0,4}reizt mich', 'nix fur mich', 'passt (?:einfach )?nicht zu mir', 'nicht mein ding', 'nicht meins', 'kein interesse', 'interessiert mich nicht', 'reizt mich nicht', 'nichts passt', 'alles daran (?:passt nicht|stort mich)', 'lasst mich kalt', 'null bock', 'keine lust', 'fur mich (?:ist (?:das|es) )?ein (?:klares )?nein', '(?:keen|kein(?:en)?) bock', 'sehe (?:darin|da|daran) (?:\\p{L}+ ){0,3}(?:nichts|nix)', '(?:das|es|alles) sagt mir (?:\\p{L}+ ){0,2}(?:nichts|nix)', 'das ist (?:echt |einfach |gar |total |halt )*(?:nix|nichts)(?![\\s-]*(?:neues|besonder\\p{L}*|schlimm\\p{L}*|dagegen|dran|zu|gegen))', 'spricht mich in keiner (?:art und )?weise an', '(?:spricht|reizt) mich (?:\\p{L}+ ){0,4}(?:gar |uberhaupt )?nicht an', '(?:holt|reisst) mich (?:\\p{L}+ )?nicht (?:vom hocker|ab)', 'sehe (?:ich )?mich (?:\\p{L}+ ){0,3}nicht(?! (?:\\p{L}+ )?(?:in der lage|imstande|qualifiziert))', 'kann (?:ich )?mich (?:\\p{L}+ ){0,3}nicht (?:sehen|vorstellen)', 'kann mir mich (?:\\p{L}+ ){0,3}nicht vorstellen', 'mich (?:\\p{L}+ ){0,2}(?:dort|da) (?:\\p{L}+ )?nicht (?:sehen|vorstellen)', 'keinen nerv(?: (?:mehr )?(?:drauf|dafur|fur (?:so ?was|so etwas|das)))?(?: (?:fur|mehr))?(?=[.!…]*$)', '(?:null|keinerlei|kein bisschen) (?:begeisterung|funke|funken|interesse)', '(?:fur nichts|nicht) erwarmen', 'sehe (?:\\p{L}+ )?nicht was (?:\\p{L}+ ){0,3}(?:reiz~|interessier~|gefall~|lock~)'],
  es: ['no es para mi', 'no es lo mio', 'no me dice nada', 'no es pa mi', 'no me interesa', 'no me llama', 'nada cierra', 'me deja fri[oa]', 'todo mal', 'cero ganas', 'no me (?:tira|copa)', 'para mi es un no', 'no es lo mio', 'no va conmigo', 'no me (?:mueve|emociona|entusiasma) (?:nada|para nada)', 'no me (?:veo|imagino)(?! (?:capaz|preparad\\p{L}*|con fuerzas|a la altura|diciendo que no))', '(?:cero|ninguna|ni una|ni pizca de) (?:chispa|emocion|entusiasmo|ilusion)', 'nunca me (?:ha|han) (?:llamado|atraido|interesado|tirado)', 'no veo (?:que|nada que|lo que) (?:\\p{L}+ ){0,3}(?:interes~|atra~|gust~)'],
  it: ['non fa per me', 'non e per me', 'non e roba mia', 'non mi interessa', 'non mi attira', 'non mi (?:dice|ispira) niente', 'mi lascia freddo', 'zero voglia', 'nessuna voglia', "per me (?:e|e') (?:un )?no", 'non fa per me', 'non mi prende', '(?:niente|nulla) (?:di questo |di tutto questo )?mi prende', 'non mi scalda', 'non mi ci (?:vedo|immagino|vedrei)', 'non mi (?:vedo|immagino) (?:\\p{L}+ )?(?:li|la|a lavorare|in quell|in questa|in quella)', '(?:zero|nessuna|nessun) (?:scintilla|entusiasmo|emozione)', 'non vedo (?:cosa|che cosa|niente che|nulla che) (?:\\p{L}+ ){0,3}(?:interess~|attir~|piac~)'],
  nl: ['niets voor mij', 'niks voor mij', 'niet voor mij', '(?:niets|niks|niet) voor me(?![\\p{L}])', 'niet mijn ding', 'geen interesse', 'spreekt me niet aan', 'trekt me niet', 'niks klopt', 'laat me koud', 'geen zin', 'voor mij is het (?:een )?nee', 'geen goesting', 'niet mijn ding', 'zie (?:ik )?(?:er|het|daar) (?:\\p{L}+ ){0,4}(?:niets|niks|weinig) in', 'zegt (?:me|mij) (?:\\p{L}+ ){0,3}(?:niks|niets)', '(?:dit|dat) is (?:echt |gewoon |helemaal |totaal |echt helemaal )*(?:niks|niets)(?![\\s-]*(?:mis|ergs|bijzonder\\p{L}*|nieuws|aan|te|van))', '(?:word|wordt) (?:ik )?(?:\\p{L}+ )?niet warm van', 'niet warm (?:van|voor)', 'zie (?:ik )?(?:mezelf|mijzelf|me|mij) (?:\\p{L}+ ){0,3}niet(?! alleen| zo snel| meteen)', 'kan (?:ik )?(?:me|mij|mezelf) (?:daar|er) (?:\\p{L}+ ){0,2}niet (?:in )?(?:voorstellen|zien)', 'geen trek (?:in|meer in)', 'geen (?:enkele )?(?:vonk|vonkje|enthousiasme)', 'nul (?:enthousiasme|interesse)', '(?:niks|niets) aan$', '(?:er )?is (?:echt |egt |gewoon |helemaal )?(?:niks|niets) aan(?! (?:te|de))', 'zie (?:\\p{L}+ )?niet wat (?:\\p{L}+ ){0,3}(?:aanspre~|trekt|trekken|interesse~|boeit)', '(?:dit|dat) is (?:het|\\x27t) (?:gewoon |echt |helemaal |toch )?niet(?=\\s*(?:[,.!…;]|$))', 'geen (?:enkele )?reden (?:om|waarom) (?:ik )?(?:daar|er|erheen|ernaartoe|naartoe)'],
  pt: ['nao e (?:pra|para) mim', 'nao e a minha praia', 'nao rola', 'nao me interessa', 'nao me atrai', 'nada bate', 'me deixa fri[oa]', 'zero vontade', 'sem vontade', 'para mim e um nao', 'nao e a minha praia', 'nao e comigo', 'nao me diz nada', 'nao me (?:mexe|empolga|entusiasma) (?:nada|em nada)', 'nao me (?:vejo|imagino)(?! (?:capaz|preparad\\p{L}*|a altura|a dizer que nao))', 'nao me (?:estou|to|tou) a ver', 'nao me (?:to|tou|estou) vendo', 'nao me aquece nem arrefece', '(?:zero|nenhum|nenhuma) (?:entusiasmo|faisca|emocao|interesse)', 'nao vejo (?:o que|nada que) (?:\\p{L}+ ){0,3}(?:interess~|atra~|agrad~)'],
  pl: ['nie dla mnie', 'nie moj swiat', 'nie moja bajka', 'nie jestem zainteresowan~', 'nie interesuje mnie', 'nie dla mnie', 'nic tu nie pasuje', 'zero ochoty', 'nie mam ochoty', 'nie kreci mnie', 'dla mnie to (?:jest )?nie', 'nie moja bajka', 'nie jest (?:to )?(?:\\p{L}+ )?dla mnie', 'nie reflektuj~', 'nic mi (?:to )?nie mowi', '(?:zupelnie |w ogole |kompletnie )?mnie (?:to )?nie rusza', 'nie rusza mnie', 'nie widze (?:sie|siebie)(?! (?:\\p{L}+ )?w roli)', 'nie wyobrazam sobie (?:siebie|mnie|sie)', 'nie chce mi sie', '(?:zero|ani krzty|zadnego|zadnej) (?:entuzjazmu|iskry|iskierki|zainteresowania)', 'nie widze co (?:\\p{L}+ ){0,3}(?:zainteres~|interes~|przyciag~|pociag~)', '(?:nic|zupelnie nic|w ogole nic) (?:mnie )?(?:[^\\s-]+ ){0,3}nie (?:bierze|kreci|ciagnie|pociaga|przyciaga|rusza|przekonuje|zacheca|interesuje)'],
};

// ---------------------------------------------------------------------------------------------------
// A dud role, described by what the work is

/** Short or precarious contracts: a fixed term, temping, agency work, an internship, cover, on call. */
export const DUD_CONTRACT: ByLanguage = {
  en: ['no guaranteed hours', 'without (?:any )?guaranteed hours', '(?:\\d+|two|three|four|five|six|eight|nine)[- ](?:months?|weeks?)(?: contract| gig| and done| only| temp| cover)', 'fixed[- ]term', 'temp(?:orary)? (?:role|contract|job|gig)', 'zero[- ]hours?', 'on call', '1099', 'internship', 'maternity cover', '(?:months?|weeks?) and done', 'night shifts?', 'first[- ]line support', 'contract role', 'agency placement', 'temp(?:ing)? (?:job|role|agency)', 'no guaranteed hours', 'no permanent contract', '(?:parental|sick|leave|long-term sick) cover', '\\d+[- ]hour shifts?', '(?:twelve|ten)[- ]hours? (?:a|per) shift', 'rotating shifts', 'weekend shifts', 'nights and weekends', 'four on,? four off', 'split shifts', 'weekend (?:on-call|duty|rota)', 'on[- ]call contract', 'casual contract', 'evening shifts? only', 'only evening shifts?', '(?:weekends only|only (?:on )?weekends)', '(?:hours|shifts) (?:will )?(?:vary|varying|change|changing) (?:from )?week to week', 'varying hours', '(?:hours|shifts) (?:will )?vary (?:\\p{L}+ ){0,3}(?:depending on|with|according to) (?:volume|demand|workload|need)', 'casual (?:rates?|basis|position|role|employment|contract|staff|team members?|shifts?|hours)', '(?:as |be |being )?self[- ]employed', 'bogus self[- ]employment', 'unpaid internship', '(?:no|without (?:any|a)?) ?guarantee~? (?:of|on|for) (?:\\p{L}+ ){0,2}hours', 'no guaranteed (?:shifts|work)', 'casual(?= ?(?:,|only|work|role|position|contract|basis|staff|shifts?)(?![\\p{L}]))', 'labou?r[- ]hire', '(?:no|without (?:any )?)(?: \\p{L}+){0,2} (?:minimum )?hours? (?:are |is )?guaranteed', 'no (?:guaranteed )?minimum (?:number of )?hours', '(?:hours|shifts) (?:are|is|will be)(?: not|n.t) guaranteed'],
  fr: ['portage salarial', "sans (?:aucune )?garantie (?:d'?heures|de volume|de missions?)", 'interim', 'contrat de (?:\\d+|deux|trois|quatre|six) mois', 'stage de', 'en regie', 'mission de (?:\\d+|deux|trois) mois', 'mission courte', 'sans cdi', 'contrat court', 'remplacement (?:de|d.un|d.une|conge|maternite)', 'conge (?:maternite|parental)', 'travail de nuit', 'horaires decales', 'postes? de nuit', '[23]x8', 'week-ends? travaille~', 'renouvelable a la semaine', '(?:que|uniquement|seulement) (?:le|les) (?:week-?ends?|samedis?)', 'sans (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:heures?|volume horaire|nombre d.heures)(?: minimum)? garanti~'],
  de: ['(?:keine|ohne) (?:garantierte~ stunden|stundengarantie)', 'befrist~', 'arbeitnehmeruberlassung', 'leiharbeit', 'zeitarbeit', 'auf abruf', 'praktikum', 'aushilfe', '(?:\\d+|zwei|drei|vier|sechs|neun) monate', 'minijob', 'werkstudent~', 'schichtdienst', 'karenz\\p{L}*', 'elternzeit\\p{L}*', '(?:krankheits|mutterschafts|schwangerschafts)vertretung', 'wechselschicht~', 'wochenenddienst~', 'nachtdienst~', '(?:nur|ausschliesslich) (?:an |am )?wochenende~', '(?:keine|ohne) (?:\\p{L}+ )?garantiert~ (?:\\p{L}*stunden|arbeitszeit~|einsatz~|schicht~)', '(?:keine|ohne) mindeststunden', 'mindeststundenzahl (?:\\p{L}+ ){0,2}(?:nicht|keine)'],
  es: ['sin horas garantizadas', 'sin (?:ninguna )?garantia de horas', 'contrato de (?:\\d+|dos|tres|cuatro|seis) meses', 'cubrir una baja', 'contrato temporal', 'a prueba', '(?:contrato de|en) practicas', 'por obra', 'becari~', 'por horas', 'suplencia', 'cubrir (?:una )?(?:baja|licencia)', 'reemplazo (?:por|de) (?:licencia|baja|maternidad)', 'guardias (?:nocturnas|rotativas)', 'fines de semana rotativos', 'turnos? rotativos?', 'turno (?:de )?noche', 'turnos (?:de )?noche', 'guardias (?:de )?(?:fin(?:es)? de semana|nocturnas|rotativas|de noche)', 'a media jornada', 'sin nada firmado', '(?:solo|solamente|unicamente) (?:los )?fines de semana', 'sin (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:horas?|horari[oa])(?: minim[oa]s?)? garantizad[oa]s?'],
  it: ['senza ore garantite', 'senza (?:alcuna )?garanzia (?:di|sulle) ore', 'stage di', 'tirocinio', 'interinale', 'somministrazione', 'sostituzione maternita', '(?:\\d+|due|tre|quattro|sei) mesi', 'a tempo determinato', '(?:mesi|settimane) e basta', 'a progetto', 'partita iva', 'contratto a termine', 'turni di notte', 'sostituzione (?:maternita|di)', 'turni (?:di notte|notturni|nel weekend|a rotazione)', 'turni', 'a chiamata', 'lavoro intermittente', '(?:solo|soltanto) (?:nei |il |i )?(?:fine settimana|weekend)', '(?:stage|stagista|stagiaire|tirocinante|tirocinio) (?:\\p{L}+ )?(?:non (?:pagat~|retribuit~)|gratuit~|gratis)', 'senza (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:ore|ora)(?: minim[oe])? garantit[oiea]'],
  nl: ['geen (?:vaste|gegarandeerde) uren', 'zonder (?:vaste|gegarandeerde) uren', 'tijdelijk~', 'uitzend~', 'detachering', 'oproep~', 'stage van', '(?:opdracht|contract|klus) (?:van|voor) (?:\\d+|twee|drie|vier|zes) (?:maanden|weken)', '(?:\\d+|twee|drie|vier|zes)[- ]weekse? (?:klus|opdracht|baan)', 'geen vast contract', 'nulurencontract', 'zzp', 'zwangerschapsvervanging', 'ziektevervanging', 'nachtdienst~', 'avonddienst~', 'ploegendienst~', 'weekenddienst~', 'wisseldienst~', 'payroll~', 'jaarcontract', '(?:alleen|enkel|uitsluitend) (?:in het |op )?weekend~', '(?:alleen|enkel|uitsluitend) (?:\\p{L}+ ){0,2}(?:avonden|nachten) (?:en|of) (?:in het )?weekend~', 'geen (?:\\p{L}+ ){0,2}gegarandeerd~ (?:\\p{L}+ ){0,3}uren', 'geen minimum ?uren', 'zonder (?:\\p{L}+ ){0,2}gegarandeerd~ (?:\\p{L}+ ){0,3}uren'],
  pt: ['sem horas garantidas', 'sem (?:nenhuma )?garantia de horas', 'estagio', 'temporari~', 'contrato de (?:\\d+|dois|tres|quatro|seis) meses', 'sem carteira assinada', 'a prazo', 'recibos verdes', 'contrato a termo', 'freela', 'substituicao (?:de|por) (?:licenca|baixa)', 'licenca de maternidade', 'turnos (?:rotativos|noturnos|da noite)', 'fins de semana (?:rotativos|alternados)', '(?:so|apenas|somente) (?:aos |nos )?fins de semana', 'sem (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:horas?|horari[oa])(?: minim[oa]s?)? garantid[oa]s?'],
  pl: ['bez gwarancji godzin', 'bez gwarantowanych godzin', 'umowa zlecenie', 'umowa o dzielo', 'na (?:\\d+|dwa|trzy|cztery|szesc) mies~', '\\d+ mies', 'b2b na', 'staz', 'praktyk~', 'bez (?:opcji )?przedluzeni~', 'okres probny', 'bez umowy', 'zastepstw~', 'praca zmianowa', 'nocne zmiany', 'zmiany nocne', 'w weekendy', 'b2b bez (?:platnego )?urlopu', 'bez platnego urlopu', 'na \\d+ mcy', 'przez agencj~', '(?:tylko|wylacznie) w weekendy', 'bez (?:\\p{L}+ ){0,2}gwarancj~ (?:\\p{L}+ ){0,2}godzin', 'bez (?:\\p{L}+ ){0,2}gwarantowan~ (?:\\p{L}+ ){0,3}godzin'],
};
/** A pay model that makes the job a dud: commission only, per piece, unpaid, minimum wage, no-cure-no-pay. */
export const DUD_PAY: ByLanguage = {
  en: ['commission[- ]only', '(?:pure|only|straight) commission', 'no base(?: pay| salary)?', 'paid per \\p{L}+', 'per piece', 'piece[- ]?rate', 'no minimum', 'unpaid', 'minimum wage', 'pays? (?:rubbish|peanuts)', 'commission[- ]based', 'no (?:fixed |base )?salary', 'ote only', 'paid per (?:\\p{L}+ )?(?:call|sale|piece|task|ticket|delivery|item)', '(?:for|on|by) commission', '(?:paid|pays) (?:\\p{L}+ )?(?:on|in|by) commission', 'self-employed contractor', 'as a contractor', 'no benefits', '(?:starter|start-up|welcome|business) (?:kit|pack|package)', '(?:joining|sign-?up|buy-?in) fee', 'pay (?:to|before (?:you|i|we) (?:even )?) ?(?:join|start|work)', 'pay (?:for )?(?:my|your|their) own (?:training|equipment|uniform|stock|inventory|kit)', '100 ?% commission', 'no base (?:pay|salary)', '(?:small|low|tiny) (?:base|retainer|fixed (?:pay|salary)) (?:plus|and|\\+) commission', '(?:paid|billed|paying) (?:by|per|for) (?:(?:each|every|the) )?(?:\\p{L}+ )?(?:ticket|task|call|delivery|item|job)s?(?![\\p{L}])', '(?:commission|commissions|ote) (?:instead of|rather than|in place of) (?:a |any )?(?:\\p{L}+ )?(?:salary|base|wage|pay)', 'sole traders?', 'invoic(?:e|es|ing) (?:\\p{L}+ ){0,2}(?:as|through|via) (?:a |an |your own |my own |their own )?(?:sole trader|contractor|limited company|ltd|llc|business|company)'],
  fr: ['paye~ (?:a la|par) (?:mission|tache|prestation)', 'a la commission', 'commission pure', 'sans fixe', 'non remunere~', 'au smic', 'a la piece', 'a la tache', 'remunere~ a la commission', 'sans salaire fixe', 'auto-entrepreneur', 'micro-entrepreneur', 'bareme interim', 'sans avantages', 'kit de (?:demarrage|depart)', 'droit d\'?entree', 'frais d\'?adhesion', 'payer (?:sa|ma|votre|leur) (?:propre )?formation', '100 ?% (?:a la )?commission', 'sans (?:salaire )?fixe', '(?:petit|faible) fixe (?:plus|et|\\+) (?:commission|variable)', '(?:paye~|remunere~|facture~) (?:au|a l.|par) (?:ticket|acte|colis|livraison|appel)', 'commissions? (?:au lieu d.un|plutot qu.un|a la place d.un|en lieu et place d.un) (?:\\p{L}+ )?(?:salaire|fixe)'],
  de: ['nur (?:auf )?provision', 'reine provision', 'provisionsbasi~', 'der rest (?:nur )?provision', 'fixum (?:quasi |fast )?null', 'kein fixum', 'stundenlohn', 'unbezahlt', 'mindestlohn', 'freie mitarbeit', 'scheinselbst~', 'auf rechnung', 'auf honorarbasis', 'starterpaket~', 'startpaket~', 'einstiegsgebuhr', 'eintrittsgebuhr', 'schulung (?:selbst )?(?:bezahlen|zahlen)', '100 ?% provision', 'ohne (?:fixum|festgehalt|fixgehalt|grundgehalt)', 'nur provision', '(?:kleine~|niedrige~|geringe~) (?:fixum|grundgehalt|fixgehalt)', 'fixum (?:plus|und|\\+) provision', '(?:pro|je) (?:ticket|auftrag|stuck|einsatz|lieferung|anruf) (?:bezahlt|abgerechnet|vergutet)', '(?:bezahlt|abgerechnet|vergutet) (?:pro|je) (?:ticket|auftrag|stuck|einsatz|lieferung|anruf)', '(?:provision|provisionen|kommission|umsatzbeteiligung) (?:statt|anstatt|anstelle von|anstelle eines|anstelle) (?:\\p{L}+ )?(?:festgehalt|fixum|gehalt|lohn|grundgehalt|festlohn)'],
  es: ['comision pura', 'pura comision', 'solo comision~', 'sin (?:sueldo )?base', 'no remunerad~', 'salario minimo', 'a destajo', 'por pieza', 'a comision', 'solo comisiones', 'sin sueldo fijo', 'monotribut~', 'como autonom[oa]', 'fals[oa]s? autonom[oa]s?', 'por honorarios', 'sin (?:obra social|prestaciones)', 'en negro', 'kit (?:de inicio|inicial)', 'cuota de (?:ingreso|alta|afiliacion)', 'pagar (?:para|por) (?:empezar|entrar)', '100 ?% (?:a )?comision', 'sin fijo', 'a honorarios', '(?:sueldo|fijo|basico) (?:bajo|minimo) (?:mas|y|\\+) comision~?', 'por horas(?! extra)', '(?:pago|pagan|cobras?|se paga) por (?:ticket|tarea|entrega|pieza|llamada)(?:s|es)?(?![\\p{L}])', 'comision(?:es)? (?:en vez de|en lugar de) (?:un )?(?:\\p{L}+ )?(?:sueldo|salario|fijo|base)', '(?<!(?:sociedad|limitada|s\\.?l\\.?|s\\.?a\\.?) )unipersonal(?! (?:s\\.?l|s\\.?a|sociedad)(?![\\p{L}]))', 'factur(?:ando|ar|as|acion|amos) como (?:autonom[oa]|empresa|monotribut~|unipersonal|freelance|independiente)', '(?:pago|pagan|paga|pagad[oa]s?|cobr(?:o|as|a|an|ando)|se paga) por hora(?! extra)(?![\\p{L}])'],
  it: ['solo provvigion~', 'a provvigion~', 'provvigioni', 'rimborso spese', 'non retribuit~', 'a cottimo', 'senza fisso', 'collaborazione occasionale', 'co\\.?co\\.?co', 'in nero', 'kit (?:di partenza|iniziale)', 'quota (?:di )?(?:ingresso|adesione)', 'pagare (?:per )?(?:la formazione|iniziare|entrare)', '100 ?% (?:a )?provvigion~', 'senza (?:fisso|stipendio fisso)', 'solo provvigion~', '(?:piccolo|basso) fisso (?:piu|e|\\+) provvigion~', 'a sola provvigione', 'senza (?:un euro di )?fisso', 'pagat~ (?:a|per|ogni) (?:ticket|chiamata|consegna|pezzo|pratica)', 'provvigion[ei] (?:invece d(?:i|el|ello)|al posto d(?:i|el|ello)|anziche) (?:\\p{L}+ )?(?:stipendio|fisso|salario)', 'pagat[oaie] (?:a ore|all.ora|a ora|ad ora)'],
  nl: ['alleen provisie', 'op provisiebasis', 'op commissie(?:basis)?', '(?:de rest|grotendeels|vooral|deels) (?:op|via|in) (?:commissie|provisie)', 'klein vast (?:loon|salaris)', 'no[- ]cure[- ]no[- ]pay', 'onbetaald', 'minimumloon', 'per stuk', 'op factuurbasis', 'freelance basis', 'starterspakket', 'startpakket', 'instapkosten', 'instapgeld', '100 ?% (?:op )?provisie', 'zonder vast (?:salaris|loon|inkomen)', 'alleen provisie', 'commissie[- ]only', '(?:alleen|enkel|puur) (?:op )?(?:commissie|provisie)', 'betaald per (?:\\p{L}+ )?(?:ticket|taak|levering|stuk|gesprek|klus)', '(?:statuut (?:van )?)?zelfstandige in bijberoep', 'statuut (?:van )?zelfstandige', '(?:provisie|commissie) (?:in plaats van|i\\.p\\.v\\.?|ipv) (?:een )?(?:\\p{L}+ )?(?:loon|salaris|vast)', '(?:betaald|uitbetaald) per (?:gewerkt )?uur', 'per (?:gewerkt )?uur (?:betaald|uitbetaald)', '(?:loon|salaris|betaald|verloning) (?:op|aan) het (?:wettelijk~ )?minimum', 'op het minimum van het paritair comite'],
  pt: ['so (?:a|a) comissao', 'comissao pura', 'so comissao', 'pagamento por peca', 'por peca', 'sem salario base', 'ordenado minimo', 'salario minimo', 'nao remunerad~', 'so comissoes', 'sem salario fixo', 'como pj', 'contrato pj', 'sem beneficios', 'sem carteira', 'kit (?:inicial|de arranque|de inicio)', 'taxa de (?:adesao|entrada)', 'pagar (?:para|pra) (?:comecar|entrar)', '100 ?% (?:de )?comissao', 'sem (?:nenhum )?fixo', 'pj', '(?:salario|fixo) (?:baixo|pequeno) (?:mais|e|\\+) comiss~', '(?:pago|paga|pagam) por (?:ticket|tarefa|entrega|chamado|peca)s?(?![\\p{L}])', 'comiss(?:ao|oes) (?:em vez de|em lugar de|no lugar de) (?:um )?(?:\\p{L}+ )?(?:salario|ordenado|fixo)', 'como mei', 'emit(?:indo|ir|e|ir a) (?:sua |a sua |minha )?nota(?: fiscal)?', '(?:pago|pagam|paga|pagad[oa]s?|receb(?:o|e|er|endo)) por hora(?! extra)(?![\\p{L}])'],
  pl: ['tylko prowizj~', 'sama prowizja', 'bez podstawy', 'na akord', 'za darmo', 'najnizsza krajowa', 'od sztuki', 'na czarno', 'bez ubezpieczenia', 'pakiet (?:startowy|poczatkowy)', 'wpisowe', 'oplat~ (?:wpisow~|startow~)', '100 ?% prowizj~', 'bez (?:stalej )?podstawy', 'tylko prowizj~', 'sama prowizja', '(?:niska|mala) podstawa (?:plus|i|\\+) prowizj~', 'na (?:samej )?prowizji', 'rozlicz~ (?:za|od) (?:\\p{L}+ ){0,2}(?:zgloszen~|zadani~|sztuk~|ticket~)', 'plat~ (?:za|od) (?:\\p{L}+ )?(?:zgloszen~|zadani~|sztuk~|ticket~)', 'prowizj~ (?:zamiast|w miejsce) (?:\\p{L}+ )?(?:pensji|podstawy|pensja|wynagrodzenia|etatu|stalej)', 'na fakture', 'na fakturze'],
};
/** The tasks of a dud: data entry, cold calling, copying, scanning, collections, night support. */
export const DUD_TASKS: ByLanguage = {
  en: ['(?:only|just|nothing but|pure|purely) (?:reporting|spreadsheets|excel|paperwork|admin)', 'data entry', 'entering (?:data|invoices)', 'cold[- ]call~', 'door[- ]to[- ]door', 'copy[- ]past~', 'telemarketing', 'debt collect~', 'scanning', 'call cent(?:re|er)', 'photocopying', 'admin only', 'chasing (?:\\p{L}+ )?(?:invoices|debts?|payments)', 'answering (?:the )?phones', '(?:invoice|order|document) entry', 'keying (?:in )?(?:data|invoices|orders)', 'inputting (?:data|invoices|orders)', 'off a headset', 'on the phones? all day', 'ticket after ticket', 'same (?:\\p{L}+ )?all day', 'filing and scanning', 'stuffing envelopes', 'stock(?:ing)? shelves', 'shelf[- ]?stack~', 'night fill', '(?:punching|keying|typing|plugging) (?:\\p{L}+ ){0,2}(?:timesheets|numbers|data|invoices|orders)', 'thankless (?:job|work|role|task)'],
  fr: ["(?:que|uniquement|seulement|juste) (?:du |de l'?|des )?(?:reporting|excel|paperasse|tableaux|administratif)", 'saisie(?: de donnees| de factures)?', 'demarchage', 'phoning', 'porte[- ]a[- ]porte', 'copier[- ]coller', 'maintenance (?:legacy|applicative)', 'recouvrement', "centre d'?appels", "plateau d'?appels", 'que de la saisie', 'encodage (?:de|des) (?:factures|donnees|commandes)', 'encod(?:er|age)~', 'saisie~', 'classement', 'mise sous pli', 'toute la journee au telephone', '(?:travail|boulot|poste|job) ingrat'],
  de: ['(?:nur|bloss|reines?|reine[nrs]?|fast nur|hauptsachlich|ausschliesslich) (?:reporting|excel(?:-?listen)?|papierkram|berichte|berichtswesen|verwaltung|tabellen)', 'datenerfassung', 'dateneingabe', 'kaltakquise', 'telefonakquise', 'copy[- ]paste', 'abtipp~', 'inkasso', 'nachtschicht~', 'callcenter', 'telefonverkauf', 'ablage', '\\p{L}*erfassung', 'eingabe von', 'einpflegen', 'ablage', 'den ganzen tag am telefon', 'akten sortieren', 'undankbar~ (?:job|arbeit|aufgabe|stelle|tatigkeit)'],
  es: ['(?:solo|solamente|puro|nada mas que) (?:reporting|excel|papeleo|informes|planillas)', 'introduccion de datos', 'grabar (?:datos|facturas)', 'llamadas en frio', 'puerta a puerta', 'teleoperador~', 'cobranza', 'cobros', 'turno de noche', 'call cent(?:er|re)', 'telemarketing', 'carga de (?:datos|facturas)', 'cargar (?:datos|facturas)', 'tipeo', 'digitacion', 'archivo', 'todo el dia al telefono', '(?:trabajo|curro|puesto|laburo) ingrato'],
  it: ["(?:solo|soltanto|puro|nient'?altro che) (?:reporting|excel|scartoffie|report|fogli excel)", 'inserimento dati', 'caricare (?:dati|fatture)', 'copiare (?:numeri|dati)', 'porta a porta', 'telemarketing', 'recupero crediti', 'chiamate a freddo', 'call cent(?:er|re)', 'caricamento (?:dati|fatture)', 'archiviazione', 'tutto il giorno al telefono', 'imbustamento', 'inserire (?:\\p{L}+ )?(?:dati|fatture|ordini|documenti)', '(?:solo|soltanto) (?:inserire|caricare|archiviare|scansionare)', '(?:lavoro|compito|posto) ingrato'],
  nl: ['(?:alleen|enkel|puur|louter) (?:maar )?(?:rapportages?|excel|administratie|papierwerk|rapporteren)', 'data invoeren', 'gegevensinvoer', 'invoerwerk', 'inboeken', 'koud bellen', 'acquisitie bellen', 'scannen', 'incasso', 'callcenter', 'belwerk', 'invoer~', 'intikken', 'archiveren', 'de hele dag (?:aan de telefoon|bellen)', '(?:alleen|enkel) (?:maar )?(?:\\p{L}+ ){0,2}(?:aan de telefoon|bellen)', '(?:\\p{L}+ )?verkopen (?:aan de|via de|over de) telefoon', 'telefonische verkoop', 'telesales', 'telefoon (?:op|aan)?nemen', 'telefoontjes (?:aan)?nemen', '(?:alleen|enkel|puur) (?:maar )?(?:data[- ]?invoer|invoeren|scannen|archiveren)', 'ondankbaar~ (?:werk|klus|klusje|baan|baantje)'],
  pt: ['(?:so|somente|apenas|puro) (?:reporting|excel|papelada|relatorios|planilhas)', 'introducao de dados', 'passar (?:folhas|dados)', 'digitar (?:\\p{L}+ )?(?:dados|faturas|notas|fichas)', 'chamadas a frio', 'porta a porta', 'cobrancas?', 'digitacao', 'turno da noite', 'call cent(?:er|re)', 'telemarketing', 'lancamento de (?:notas|faturas|dados)', 'lancar (?:notas|faturas)', 'arquivo', 'o dia todo ao telefone', '(?:inserir|introduzir|digitar|lancar|meter) dados', 'digitacao', '(?:trabalho|emprego|posto) ingrato'],
  pl: ['(?:sam[aey]?|tylko|czyste?) (?:raportowanie|excel|papierologia|raporty|tabelki)', 'wklepywanie', 'klepanie', 'wprowadzanie danych', 'przepisywanie', 'zimne telefony', 'windykacj~', 'nocki', 'nocn~ zmian~', 'support l1', 'pierwsza linia wsparcia', 'call cent(?:er|re)', 'infolinia', 'wprowadzani~', 'archiwizacj~', 'caly dzien na telefonie', 'skanowani~', '(?:sam|tylko|czysty) support', 'support l[12]', 'dyzur~ (?:nocn~|weekendow~|co drugi)', 'body ?leasing', 'telemarketer~', 'telemarketing~', 'niewdzieczn~ (?:praca|robota|zajecie|prace)'],
};
/** No prospects: no growth, no extension, no permanent post, "a dead end". */
export const DUD_PROSPECTS: ByLanguage = {
  en: ['no (?:growth|prospects?|progression|path|future|say)', 'dead[- ]end', 'going nowhere', 'zero (?:actual )?(?:research|growth|prospects|say|progression|autonomy|training)', 'step back(?:wards)?', 'no extension', 'no (?:career path|training|chance of a permanent)', 'nothing (?:in it )?about where it (?:leads|goes)', '(?:no|zero|without) (?:real |actual |any )?(?:training|onboarding|career|progression|prospects?)', "(?:won'?t|will not|isn'?t going to|not going to|can'?t) (?:be )?(?:extended|renewed|made permanent|lead anywhere|go anywhere)", 'no chance of (?:extension|renewal|a permanent|promotion)', 'leads nowhere'],
  fr: ['sans (?:perspective|evolution|avenir)', 'aucune perspective', 'voie de garage', 'pas de cdi', "pas d'?evolution", 'aucune evolution', '(?:pas|aucun~|sans|ni|jamais) (?:\\p{L}+ ){0,3}(?:prolong~|renouvel~|evolu~|titularis~)', '(?:pas de|aucune|sans) (?:\\p{L}+ )?(?:formation|perspective~|avenir)', 'ne mene a rien', 'sans lendemain'],
  de: ['keine (?:perspektive|ubernahme|entwicklung)', 'ubernahmeoption', 'sackgasse', 'keine aufstiegschancen', '(?:kein~|nicht|ohne|nie) (?:\\p{L}+ ){0,3}(?:verlanger~|ubernomm~|entfrist~)', '(?:kein~|ohne) (?:\\p{L}+ )?(?:ubernahme|festanstellung|einarbeitung|weiterbildung|aufstieg~|perspektive~)', 'fuhrt nirgendwohin'],
  es: ['sin (?:futuro|posibilidad|renovacion|perspectiva)', 'callejon sin salida', 'sin (?:proyeccion|crecimiento)', '(?:no|sin|ninguna?|nunca) (?:\\p{L}+ ){0,3}(?:renov~|prorrog~|efectiv~)', '(?:sin|ninguna?|no hay) (?:\\p{L}+ )?(?:capacitacion|formacion|ascensos?|proyeccion|carrera|crecimiento)', 'no lleva a (?:ningun lado|nada)', 'sin nada (?:despues|mas adelante)'],
  it: ['nessuna prospettiva', 'senza (?:prospettive|futuro)', 'vicolo cieco', 'nessuna crescita', '(?:non|senza|nessun~|mai) (?:\\p{L}+ ){0,3}(?:rinnov~|prorog~|stabilizz~)', '(?:senza|nessun~|zero) (?:\\p{L}+ )?(?:formazione|carriera|crescita|prospettiv~)', 'non porta da nessuna parte'],
  nl: ['geen (?:perspectief|doorgroei|verlenging)', 'verlengingsperspectief', 'doodlopend~', '(?:geen|niet|zonder|nooit) (?:\\p{L}+ ){0,3}(?:verleng~|vast(?: contract| dienstverband)?)', '(?:geen|zonder) (?:\\p{L}+ )?(?:opleiding|inwerk~|doorgroei~|perspectief|toekomst)', 'leidt nergens heen', 'geen (?:enkel~ )?vooruitzicht~ op (?:uitbreiding|meer uren|groei|doorgroei|een vast|vast)'],
  pt: ['sem (?:perspetiva|perspectiva|futuro|renovacao)', 'beco sem saida', 'sem (?:crescimento|progressao)', '(?:nao|sem|nenhum~|nunca) (?:\\p{L}+ ){0,3}(?:renov~|prorrog~|efetiv~)', '(?:sem|nenhum~|zero) (?:\\p{L}+ )?(?:formacao|carreira|progressao|crescimento)', 'nao leva a lado nenhum'],
  pl: ['bez (?:zadnej )?perspektyw~', 'bez przedluzenia', 'slepa uliczka', 'slepy zaulek', 'brak (?:\\p{L}+ )?perspektyw~', 'bez rozwoju', '(?:nie|bez|brak|nigdy) (?:\\p{L}+ ){0,3}(?:przedluz~)', '(?:bez|brak|zero) (?:\\p{L}+ )?(?:szkolen~|wdrozeni~|awans~|rozwoj~|etatu)', 'donikad'],
};
/** Evaluative words for a dull role (usually hedged: a doubt). */
export const DUD_WORDS: ByLanguage = {
  en: ['below my (?:level|experience|skill level|pay grade|grade)', 'over-?qualified', 'too junior', "(?:doesn'?t|does not) (?:look|seem|sound) like much", 'dud', 'boring', 'dull', 'menial', 'pointless', 'tedious', 'uninspiring', 'meh', 'beneath me', 'glorified \\p{L}+', 'junior role', 'soul[- ]crushing', 'mind[- ]numbing', 'lame', 'desk job', 'not (?:really )?(?:interested|excited) in (?:the|this) (?:role|job|position)', 'repetitive', 'underwhelming', 'not (?:very )?exciting', 'lacklustre', 'bland', 'a step down', 'beneath', 'too (?:junior|simple|basic|narrow|operational|administrative|easy|small)', '(?:a bit|quite|rather|very|pretty|kinda|kind of|a little|a tad|slightly|somewhat|a touch) (?:junior|thin|basic|simple|narrow|admin\\p{L}*|repetitive|dull|boring)', 'mostly (?:reporting|admin\\p{L}*|paperwork|spreadsheets|support)', '(?:mainly|mostly|basically|just|all) (?:spreadsheets|excel|admin|paperwork|reporting)', '(?:quite|a bit|rather|pretty|very|so) (?:flat|bland|beige)', '(?:a )?(?:sideways|lateral) (?:move|step)'],
  fr: ['(?:en )?dessous de (?:mon|mes) (?:experience|competences|qualifications|profil)', 'surqualifie~', "(?:c'?est|est|etait|trop|vraiment|ben|assez) plate", '(?:ne )?(?:me )?semble pas (?:grand-chose|terrible)', 'ennuyeu(?:x|se)', 'sans interet', 'poste bidon', 'pas interessant', 'rebarbatif', 'pas ouf', "pas (?:trop )?ma came", 'secretariat', 'pas tres stimulant~', 'repetitif', 'pas passionnant', 'barbant', 'chiant', 'pas terrible', 'en dessous de mon niveau', 'trop (?:administratif|simple|junior|operationnel|basique|facile|limite)', '(?:un peu|assez|plutot) (?:junior|administratif|basique|limite|light)', '(?:un peu|assez|plutot|tres|bien) (?:plat|fade|terne)', 'fade', 'terne', "pas grand-chose d'?autre", '(?:surtout|principalement|essentiellement|que) du (?:reporting|excel|administratif|secretariat|classement|saisie)', '(?:un peu|assez|plutot|trop) (?:leger|legere|limite~|maigre|pauvre|basique|junior)'],
  de: ['unter meine[rnm]? (?:erfahrung|qualifikation|kompetenz)', 'uberqualifiziert', '(?:klingt|wirkt|scheint) nicht (?:nach )?(?:viel|besonders)', 'langweilig~', 'stumpfsinnig~', 'uninteressant~', 'ode', 'trocken', 'routine', '(?<!in der |aus der |der )verwaltung', 'nicht so+ sexy', 'eintonig', 'monoton', 'nicht so spannend', 'unter meinem niveau', 'ruckschritt', 'massig', 'zu (?:einfach|junior|operativ|administrativ|klein|simpel)', '(?:eher|ziemlich|etwas) (?:junior|administrativ|operativ|simpel)', 'hauptsachlich (?:reporting|verwaltung|excel|ablage)', '(?:ziemlich|etwas|eher|sehr) (?:flach|farblos|blass)', '(?:etwas|ein bisschen|ziemlich|recht|eher) (?:durftig|mager|begrenzt|limitiert)'],
  es: ['por debajo de mi (?:experiencia|perfil|formacion)', 'sobrecalificad~', 'sobrecualificad~', 'no (?:me )?parece (?:gran cosa|nada del otro mundo)', 'aburrid~', 'me aburre', 'poco interesante', 'tedioso', 'no me emociona', 'no es lo que busco', 'mas de lo mismo', 'monoton~', 'repetitiv~', 'poca cosa', 'por debajo de mi nivel', 'un paso atras', 'flojo', 'demasiado (?:junior|simple|basico|operativ~|administrativ~)', 'rutinari~', '(?:puro|basicamente) (?:reporte|reporting|excel|papeleo)', '(?:bastante|un poco|medio|muy) (?:chato|soso|insulso)', '(?:basic~|simple|junior|operativ~|repetitiv~) de mas', 'una birria', 'una mierda', 'un rollo'],
  it: ['sotto (?:la mia esperienza|le mie competenze|il mio profilo)', 'sovraqualificat~', 'non (?:mi )?sembra (?:granche|gran che|niente di che)', 'noios~', 'monoton~', 'una fregatura', 'da buttare', 'ripetitiv~', 'poco stimolante', 'un passo indietro', 'sotto il mio livello', 'troppo (?:operativ~|semplic~|junior|amministrativ~|base)', 'di routine', '(?:solo|soltanto) (?:reportistica|excel|amministrazione)', '(?:abbastanza|un po.?|piuttosto|molto) piatt[oa]', 'scialb[oa]', '(?:un po\'?|po|abbastanza|piuttosto|troppo) (?:limitat~|legger~|pover~|scarn~|basic~|semplic~|junior)'],
  nl: ['onder mijn (?:ervaring|kunnen|opleidingsniveau)', 'overgekwalificeerd', '(?:lijkt|klinkt) (?:me )?niet (?:veel|bijzonder)', 'saaie?', 'eentonige?', 'smal', 'meh', 'niet (?:direct |meteen )?mijn (?:eerste )?keus', 'niet spannend', 'stap terug', 'onder mijn niveau', 'matig', 'weinig uitdagend', 'te (?:simpel|junior|operationeel|administratief|makkelijk|eenvoudig)', 'veel administratie', 'vooral (?:administratie|rapportages|excel)', '(?:nogal|een beetje|best|erg) (?:vlak|kleurloos)', '(?:wat|een beetje|nogal|best|erg|vrij) (?:mager|dun|beperkt|licht|basaal|karig)'],
  pt: ['abaixo da minha (?:experiencia|formacao)', 'sobrequalificad~', 'nao (?:me )?parece (?:grande coisa|nada de especial)', 'chat(?:o|inho|a)', 'aborrecid~', 'monoton~', 'abaixo do que', 'repetitiv~', 'sem graca', 'um passo atras', 'abaixo do meu nivel', 'demasiado (?:junior|simples|basic~|operacional)', 'muito (?:junior|basic~|operacional)', 'parad~', 'so (?:fazer )?(?:slides?|relatorios|excel)', '(?:bastante|um pouco|meio|muito) (?:insoss[oa]|sem sal)', '(?:basic~|simples|junior|operacional|repetitiv~|parad~) demais'],
  pl: ['ponizej moich (?:doswiadczen~|umiejetnosci|mozliwosci)', 'za wysokie kwalifikacje', 'nie wyglada (?:mi )?na (?:wiele|cos specjalnego)', 'nudn~', 'monotonn~', 'meh', 'dziadowsk~', 'nie powala', 'powtarzaln~', 'krok wstecz', 'ponizej moich (?:kwalifikacji|ambicji)', 'slab~', '(?:zbyt|za) (?:prost~|nudn~|juniorsk~|administracyjn~|latw~)', 'glownie (?:raportowanie|excel|administracja)', '(?:dosc|troche|bardzo) (?:plask~|bezbarwn~)', 'ponizej (?:moich |mojego )?(?:kompetencji|kwalifikacji|poziomu|doswiadczenia|mozliwosci)', '(?:troche|dosc|zbyt|za) (?:ubog~|skromn~|ograniczon~|podstawow~|prost~|juniorsk~)'],
};

// ---------------------------------------------------------------------------------------------------
// A bleak outlook, described by events

/** Court and insolvency proceedings, under their national names. */
export const BLEAK_PROCEEDINGS: ByLanguage = {
  // The Nordic names (företagsrekonstruktion, yrityssaneeraus, rekonstruksjon) in every list: an owner abroad names the proceeding in its country's word. Not "konkurs" outside German: in Polish it is a competition for a post.
  en: ['insolven~', 'bankrupt~', 'chapter (?:11|7)', 'in administration', 'administrators (?:were |have been )?appointed', 'receivership', 'liquidat~', 'wind(?:ing)? (?:up|down)', 'in court over', 'creditor protection', 'filed for (?:bankruptcy|insolvency|chapter 11)', '(?:into|entered|entering|went into|gone into|placed in) (?:voluntary |compulsory |special )?administration', 'voluntary administration', 'administrators? (?:\\p{L}+ ){0,2}(?:appointed|in charge|running|took over|have taken over)', 'went bust', 'under investigation', 'ccaa', 'creditor protection', 'protection from (?:its |their )?creditors', 'receiver~ (?:being |was |has been |were |had been )?(?:put in|appointed|called in|brought in)', 'examinership', 'examiner~? (?:was |has been |were )?appointed', 'scheme of arrangement', 'going[- ]concern (?:warning|doubt~)', '(?:missed|defaulted on|default~ on) (?:a |an |its |their )?(?:\\p{L}+ )?(?:payment|loan|bond|debt|interest)', 'debt restructuring', '(?:a |an )?(?:distressed )?sale process', 'fire sale', 'court[- ]appointed', 'gone bust', '(?:went|gone) under', '(?:under|opened an?|launched an?) (?:\\p{L}+ )?(?:investigation|probe|inquiry)', 'licen[cs]e (?:was |has been |got )?(?:revoked|suspended|pulled|withdrawn)', '(?:regulator|authorit(?:y|ies)|watchdog|fca|sec|bafin|finma) (?:\\p{L}+ ){0,3}(?:stepped in|fined|raided|suspended|shut)', 'raided', 'indicted', 'charged with', '(?:fraud|criminal|corruption|bribery|embezzlement) (?:charges|case|trial|probe|investigation|scandal|conviction)', 'arrested (?:for|over)', 'convicted of', 'accused of (?:fraud|embezzlement|bribery|corruption)', '(?:court|petition~|application|order|apply|applied) (?:\\p{L}+ ){0,3}wind (?:them|it|the company) up', 'foretagsrekonstruktion', 'rekonstruktion', 'yrityssaneeraus', 'selskapsrekonstruksjon', 'rekonstruksjon', 'special (?:administrator|commissioner|manager) (?:\\p{L}+ ){0,2}(?:appointed|installed|put in|brought in)', '(?:regulator|central bank|national bank) (?:\\p{L}+ ){0,4}(?:appointed|installed|put in) (?:a|an) (?:special )?(?:administrator|commissioner|manager)', '(?:being|been|to be|getting) wound up', 'winding[- ]up (?:order|petition)', '(?:being|been|was|were|got|is|are) sued (?:by|for|over)', '(?:facing|hit with|drowning in) (?:\\p{L}+ ){0,2}lawsuits?', '(?:labou?r department|department of labou?r|justice department|ministry|labou?r board|labou?r inspectors?|inspectorate|attorney general|feds|osha|irs|hmrc|ftc|doj|dol|nlrb|eeoc|ombudsman|prosecutors?|police)(?:\'s)? (?:\\p{L}+ ){0,3}(?:(?:is|are|has been|have been|was|were|now) )?(?:investigating|investigated (?:them|em|it|the)|probing|su(?:ing|ed) (?:them|em|the)|fin(?:ing|ed) (?:them|em|the)|raid(?:ing|ed)|cracking down on|came down on|coming down on)', '(?:they(?:\'re| are| were| have been| got)|the (?:company|firm|business|owners?|founders?|ceo|bosses)(?:\'s| is| are| was| were| has been| have been| got)) (?:being |now |currently |also )?(?:investigated|probed|raided)', 'selling (?:it |them )?off (?:the |its |their )(?:pieces|assets|divisions|brands|parts)', 'asset[- ]stripp~', '(?:sold|selling|broken|breaking) (?:it |them )?(?:up |off )?for parts'],
  fr: ['redressement judiciaire', 'liquidation', 'faillite', 'sauvegarde', 'sursis concordataire', 'procedure collective', 'cessation de paiements', 'redressement', 'depot de bilan', 'depose le bilan', 'administrateur judiciaire', 'sous tutelle', 'reorganisation judiciaire', 'prj', 'procedure renault', 'mandataire judiciaire', 'mandat ad hoc', 'tribunal (?:de commerce|de l.entreprise|des activites economiques)', 'concordat', 'plan de (?:sauvegarde|continuation|cession)', 'insolvab~', 'en cessation', 'repreneur~', 'enquete (?:ouverte|de l.amf|judiciaire|pour)', 'perquisition~', 'agrement (?:retire|suspendu)', 'mise? sous surveillance', 'mis~? en examen', 'inculpe~', 'escroquerie', 'abus de biens sociaux', 'detournement de fonds', 'condamne~ pour', '(?:proces|plainte) pour (?:fraude|escroquerie)', '(?:place~|mis~|mise~) sous (?:la )?protection', 'protection (?:de la lacc|contre (?:les|ses|leurs) creanciers)', 'lacc', 'foretagsrekonstruktion', 'rekonstruktion', 'yrityssaneeraus', 'selskapsrekonstruksjon', 'rekonstruksjon', 'commissaire special', 'administrateur provisoire', '(?:inspection du travail|inspecteurs? du travail|urssaf|dgccrf|ddpp|amf|cnil|prud.?hommes|parquet|gendarmerie) (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:enquet~|epingl~|sanctionn~|condamn~|perquisitionn~|debarqu~|redress~|est passee|sont passes|est venue|sont venus)', 'vend(?:ent|u|us|ue|ues|re) (?:[^\\s-]+(?:-[^\\s-]+)* ){0,2}(?:a la decoupe|par morceaux|en morceaux|par petits bouts)'],
  de: ['insolvenz~', 'nachlassstundung', 'konkurs~', 'schutzschirm~', 'pleite', 'abwicklung', 'sanierungsverfahren', 'sanierungsfall', 'insolvenzverwalt~', 'konkursverfahren', 'eigenverwaltung', 'insolvenzantrag', 'glaubigerschutz', 'zahlungsunfahig~', 'uberschuldet', 'sanierungsplan', 'ausgleichsverfahren', 'konkursantrag', 'masseverwalter~', 'zahlungsschwierigkeiten', 'razzia', 'durchsuch(?:t|ung)~', 'ermittl~ gegen', 'lizenz (?:entzogen|weg)', '(?:aufsicht|bafin|finma|fma) (?:\\p{L}+ ){0,3}(?:greift|eingegriffen|ermittelt|verbietet|verboten)', 'angeklagt', 'anklage (?:wegen|erhoben)', 'wegen (?:\\p{L}+ )?betrug~', 'betrugsverfahren', 'verhaftet', 'festgenommen', 'veruntreu~', 'verurteilt wegen', 'foretagsrekonstruktion', 'konkurs~', 'yrityssaneeraus', 'selskapsrekonstruksjon', 'rekonstruksjon', 'sonderbeauftragt~', 'sonderverwalter', '(?:arbeitsinspektorat|gewerbeaufsicht|arbeitsinspektion|zoll|finanzamt|staatsanwaltschaft|aufsichtsbehorde~|polizei|kartellamt|finanzkontrolle) (?:\\p{L}+ ){0,3}(?:ermittelt|ermitteln|durchsucht|eingeschritten|schreitet ein|war da|waren da|steht auf der matte)', 'in einzelteilen (?:\\p{L}+ )?verkauf~', 'ausgeschlachtet'],
  es: ['concurso (?:de acreedores|mercantil)', 'quiebra', 'suspension de pagos', 'liquidacion', 'preconcurso', 'intervenid~', 'administracion concursal', 'concurso preventivo', 'en concurso', '(?:entro|entraron|presento|presentaron|pidio|pidieron|solicito|solicitaron|pedir|presentar) (?:el |en |a )?concurso', 'ley de quiebras', 'reestructuracion de (?:la |su )?deuda', 'cesacion de pagos', 'insolvencia', 'chapter 11', 'capitulo 11', 'intervencion judicial', 'acreedores', 'investigad[oa]s? por', 'sancionad~', 'multad~', 'le (?:retiraron|quitaron) la licencia', 'allanamiento~', 'allanaron', 'imputad~', 'procesad[oa]s?', 'acusad[oa]s? de (?:fraude|estafa|malversacion|corrupcion|lavado)', 'detenid[oa]s? por', 'malversacion', 'condenad[oa]s? por', 'foretagsrekonstruktion', 'rekonstruktion', 'yrityssaneeraus', 'selskapsrekonstruksjon', 'rekonstruksjon', 'administrador concursal', 'administracion concursal', 'reorganizacion judicial', 'liquidacion forzosa', '(?:ministerio de trabajo|ministerio del trabajo|inspeccion (?:de|del) trabajo|inspeccion laboral|fiscalia|superintendencia|sunafil|profeco|cnmv|cmf|policia|mtss) (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:investig~|inspecciono|inspeccionaron|multo|multaron|sanciono|sancionaron|denuncio|allano|allanaron|intervino|intervinieron|intervenid[oa]|esta encima|anda detras)', '(?:la|lo|los|las) (?:estan?|andan?) investigando', '(?:la|lo|los|las) (?:inspeccionaron|inspecciono|multaron|multo|allanaron|allano|sancionaron|sanciono)', 'vend(?:iendo|ida|ido|en|io)(?: [^\\s-]+(?:-[^\\s-]+)*){0,2} (?:por|en) (?:pedazos|trozos)', '(?:estan |van a )?desguaz(?:ando|ar|aron|ada)'],
  it: ['amministrazione straordinaria', 'concordato(?: preventivo)?', 'fallimento', 'fallit~', 'liquidazione', 'commissario', 'commissariat~', 'crisi aziendale', 'procedura concorsuale', 'composizione negoziata', 'liquidazione (?:giudiziale|coatta)', 'crisi d.impresa', 'insolvenz~', 'curatore fallimentare', 'procedura fallimentare', 'stato di insolvenza', 'ristrutturazione del debito', 'creditori', 'indagat~', 'perquisizion~', 'sanzionat~', 'licenza (?:revocata|sospesa)', 'rinviat[oaie] a giudizio', 'arrestat[oaie]', 'bancarotta fraudolenta', 'appropriazione indebita', 'condannat[oaie] per', 'accusat[oaie] di (?:frode|truffa|corruzione)', 'foretagsrekonstruktion', 'rekonstruktion', 'yrityssaneeraus', 'selskapsrekonstruksjon', 'rekonstruksjon', 'commissario (?:straordinario|giudiziale|speciale)', 'amministrazione straordinaria', '(?:ispettorato del lavoro|ispettori del lavoro|guardia di finanza|procura|antitrust|consob|carabinieri) (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:indag~|sanzion~|multat~|ha multato|perquisi~|sequestr~|e passat[oa]|sono passati|e venut[oa]|sono venuti)', 'vendut[oaie] a pezzi', '(?:vend|svend)(?:ono|endo|uta|uto) (?:[^\\s-]+(?:-[^\\s-]+)* ){0,2}a pezzi', 'smembr(?:ata|ato|ano|ando|are)'],
  nl: ['surseance(?: van betaling)?', 'faillissement', 'failliet', 'bewindvoerder', 'gerechtelijke reorganisatie', 'uitstel van betaling', 'schuldsanering', 'curator', 'doorstart', 'wsnp', 'schuldeisers', 'gerechtelijk akkoord', 'wco', '(?:onder )?verscherpt toezicht', 'inval', 'vergunning (?:ingetrokken|kwijt)', 'beboet', 'aangeklaagd', 'aanklacht', 'verdacht van (?:fraude|oplichting|witwassen|corruptie)', 'fraudezaak', 'opgepakt', 'gearresteerd', 'veroordeeld (?:voor|wegens)', 'foretagsrekonstruktion', 'rekonstruktion', 'yrityssaneeraus', 'selskapsrekonstruksjon', 'rekonstruksjon', '(?:speciale|bijzondere) commissaris', 'onder curatele', '(?:arbeidsinspectie|nederlandse arbeidsinspectie|fiod|openbaar ministerie|toezichthouder|acm|afm|politie) (?:\\p{L}+ ){0,3}(?:onderzoekt|onderzocht|doet onderzoek|inval|invallen|beboet|boete|ingegrepen|grijpt in|langs geweest)', 'in stukken (?:\\p{L}+ )?verkocht', 'leeggeroofd', 'opgeknipt en verkocht'],
  pt: ['processo especial de revitalizacao', 'insolvencia', 'recuperacao judicial', 'falencia', 'falid~', 'direcao fiscal', 'liquidacao', 'insolvente', 'administrador judicial', 'recuperacao (?:judicial|extrajudicial)', 'peve', 'processo especial', 'credores', 'plano de recuperacao', 'em insolvencia', 'investigad[oa]s? (?:pela|pelo|por)', 'buscas (?:na|da)', 'multad~', 'licenca (?:suspensa|cassada|retirada)', 'acusad[oa]s? de (?:fraude|burla|corrupcao|desvio)', 'arguid[oa]s?', 'indiciad[oa]s?', 'detid[oa]s?', 'pres[oa]s? por', 'desvio de (?:fundos|verbas|dinheiro)', 'condenad[oa]s? por', 'foretagsrekonstruktion', 'rekonstruktion', 'yrityssaneeraus', 'selskapsrekonstruksjon', 'rekonstruksjon', 'administrador judicial', 'intervencao (?:do|da) (?:banco central|regulador)', 'sob intervencao', '(?:ministerio publico|ministerio do trabalho|mpt|asae|receita federal|procon|cmvm|cvm|policia federal|policia judiciaria|inspecao do trabalho) (?:[^\\s-]+(?:-[^\\s-]+)* ){0,3}(?:investig~|autuou|autuaram|autuad[oa]|multou|multaram|multad[oa]|esta em cima|andou la|andaram la|esteve la|estiveram la|denunciou|interveio)', '(?:vend(?:endo|ida|ido|em|eu)|vendida)(?: [^\\s-]+(?:-[^\\s-]+)*){0,2} aos (?:pedacos|bocados)', 'desmembr(?:ada|ado|ando|aram)'],
  pl: ['sanacj~', 'postepowanie (?:sanacyjne|restrukturyzacyjne|upadlosciowe)', 'upadlos~', 'restrukturyzacj~', 'likwidacj~', 'wniosek o upadlosc', 'splajtuj~', 'syndyk~', 'niewyplacaln~', 'uklad z wierzycielami', 'wierzyciel~', 'postepowanie ukladowe', 'komornik~', 'zajeci~ komornicz~', 'przeszukani~', 'kontrol~ (?:knf|uokik|skarbow~)', 'ukarani~ przez', 'licencj~ (?:cofniet~|zawieszon~)', 'zarzut~', 'oskarzon~', 'aresztowan~', 'zatrzyman~ przez', 'defraudacj~', 'sprzeniewierz~', 'skazan~ za', 'foretagsrekonstruktion', 'rekonstruktion', 'yrityssaneeraus', 'selskapsrekonstruksjon', 'rekonstruksjon', 'zarzad komisaryczny', 'zarzadca komisaryczn~', 'kurator~(?: sadow~)?', '(?:pip|inspekcja pracy|inspektor(?:zy)? pracy|urzad skarbowy|skarbowka|prokuratura|knf|uokik|sanepid|cba|abw|ministerstwo|policja) (?:\\p{L}+ ){0,3}(?:kontrol~|skontrolowal~|prowadzi (?:postepowanie|dochodzenie|kontrole|sledztwo)|sprawdza|sprawdzal~|wszczel~|wszczal~|nalozyl~|ukaral~|wkroczyl~|weszl~|przeszukal~|bada|badal~)', 'sprzeda(?:ja|jac|wana|ja ja|li|ne)?(?: \\p{L}+){0,2} (?:po kawalku|po kawalkach|na czesci|w kawalkach)', 'wyprzeda(?:ja|ja sie z|li) (?:\\p{L}+ )?(?:majatek|majatku|aktywa|aktywow)'],
};
/** Wages or suppliers paid late or not at all. */
export const BLEAK_UNPAID: ByLanguage = {
  en: ['(?:back|unpaid|late) (?:wages|pay|salaries|checks?)', 'waiting on a (?:check|paycheck)', 'paid late', "(?:wages|salaries|pay) (?:paid )?late", 'missed payroll', "(?:couldn'?t|can'?t) make payroll", 'delayed salaries', 'unpaid salaries', 'paying (?:staff |people |suppliers )?late', "(?:haven'?t|hasn'?t|didn'?t|never|not) (?:been )?pa(?:y|id) (?:their |the |its |our )?(?:crew|staff|workers|wages|salaries|people|employees|drivers|team)", '(?:haven\'?t|hasn\'?t|didn\'?t|couldn\'?t|can\'?t|failed to|not) (?:\\p{L}+ )?(?:make|made|meet|met) payroll', 'payroll (?:\\p{L}+ )?(?:missed|late|bounced)'],
  fr: ['salaires? (?:impayes?|en retard|verses? en retard)', 'retards? de (?:salaire|paiement)', 'salaires? (?:pas|non) (?:payes?|verses?)', 'ne paient plus', '(?:pas|jamais) (?:eu|recu|touche) (?:leur|leurs|notre|nos|sa|son) (?:\\p{L}+ )?(?:paye|paie|salaire~)', 'salaires? (?:\\p{L}+ ){0,2}(?:tombent|arrivent|payes?|verses?) (?:\\p{L}+ )?en retard'],
  de: ['(?:lohne|gehalter|lohn|gehalt)(?: \\p{L}+){0,3} (?:verspatet|nicht bezahlt|ausstehend)', 'verspatet (?:gezahlt|bezahlt)', 'gehalter (?:nicht|zu spat)', 'lohne (?:nicht|zu spat)', 'zahlen (?:nicht|zu spat)', '(?:gehalter|lohne|gehalt|lohn) (?:\\p{L}+ ){0,4}zu spat'],
  es: ['(?:les|nos) deben', 'salarios? (?:atrasad~|impagad~)', 'sin cobrar', 'quincenas', 'nominas? (?:atrasad~|sin pagar)', 'no pagan (?:las )?nominas', 'impagos', 'retrasos en (?:los )?pagos', '(?:pagan|pagando|pagaron|paga|pagar) (?:\\p{L}+ ){0,2}tarde', 'nominas? (?:con retraso|tarde|a destiempo)', 'retrasos? (?:en|con) (?:las |los )?(?:nominas|sueldos|pagos)'],
  it: ['stipendi (?:arretrati|non pagati|in ritardo)', 'non pagano', 'ritardi (?:negli|nei) (?:stipendi|pagamenti)', 'stipendi arretrati', 'stipendi (?:\\p{L}+ ){0,2}(?:arrivano|pagati|pagano|versati) (?:\\p{L}+ )?in ritardo', 'pagano (?:\\p{L}+ ){0,2}in ritardo'],
  nl: ['(?:salarissen|lonen|loon)(?: \\p{L}+){0,5} (?:tegoed|achterstallig|te laat)', 'achterstallig~', 'salarissen (?:niet|te laat) (?:betaald|uitbetaald)', 'loon te laat', '(?:salaris|loon|lonen|salarissen) (?:\\p{L}+ ){0,3}te laat'],
  pt: ['salari~ (?:em )?atras~', '(?:atrasando|atraso no) pagamento', 'ordenados em atraso', 'salarios? (?:nao pagos|atrasados)', 'nao pagam', 'salari~ (?:\\p{L}+ ){0,2}atrasad~', '(?:pagam|pagar|pagando) (?:\\p{L}+ ){0,2}(?:com atraso|atrasado)'],
  pl: ['czekaj~ na wyplat~', 'zalegl~ (?:wyplat~|pensj~)', 'nie placa', 'opoznien~ (?:wyplat|pensji)', 'nie wyplac~', 'opozniaj~ (?:sie )?(?:z )?wyplat~', 'wyplat~ (?:sie )?(?:\\p{L}+ )?spozni~', 'spozni~ (?:sie )?z wyplat~', 'pensj~ (?:sie )?(?:\\p{L}+ )?spozni~'],
};
/** Lost customers, contracts or funding; a cancelled credit line. */
export const BLEAK_LOST: ByLanguage = {
  en: ['lost (?:\\p{L}+ ){0,4}(?:clients?|customers?|accounts?|contracts?|funding|investors?)', 'funding (?:round )?(?:fell through|failed|collapsed)', 'ran out of (?:money|cash|runway)', 'out of (?:money|runway|cash)', 'investors? (?:pulled out|walked away)', 'lost (?:its|their) (?:biggest|largest|main|key)',
    '(?:pulled|cut|cancell?ed|withdrew|froze|called in) (?:\\p{L}+ ){0,3}(?:credit line|credit|loans?|funding|financing)', 'credit line (?:was |got )?(?:pulled|cut|cancell?ed)', '(?:biggest|largest|main|key|only|best) (?:client|customer|account|contract) (?:\\p{L}+ ){0,2}(?:walked|left|pulled out|went elsewhere|dropped them|cancelled)'],
  fr: ['perdu (?:\\p{L}+ ){0,5}(?:clients?|contrats?|financement|abonnements|marche)', 'perte (?:de|du) (?:\\p{L}+ ){0,2}client'],
  de: ['(?:kunde|kunden|auftrag|vertrag)(?: \\p{L}+){0,6} gekundigt', '(?:kunden?|auftrag|finanzierung) verloren', 'finanzierung geplatzt', 'investor (?:abgesprungen|ausgestiegen)', 'grosste[nr]? kunde[n]? (?:verloren|weg)'],
  es: ['perdi(?:eron|o|ó) (?:\\p{L}+ ){0,4}(?:clientes?|contratos?|financiamiento|financiacion|cuentas?)', 'perdieron (?:su|el) (?:mayor|principal)', 'se fue su (?:mayor|principal) cliente', '(?:su )?(?:mayor|principal|unico) cliente (?:\\p{L}+ ){0,2}(?:se fue|se marcho|cancelo|rompio)'],
  it: ['pers[oi] (?:\\p{L}+ ){0,4}(?:clienti|cliente|commesse|contratt~|finanziament~)', 'perdita del cliente', 'ha perso (?:il|la) (?:cliente|commessa)'],
  nl: ['(?:afnemer|klant|opdrachtgever|partner)(?: \\p{L}+){0,8} (?:opgezegd|gestopt|weggelopen|vertrokken)', 'kredietfaciliteit(?: \\p{L}+){0,3} opgezegd', 'ermee gestopt', 'klant(?:en)? kwijt', 'investeerder (?:haakt|haakte) af', 'grootste klant (?:kwijt|verloren)'],
  pt: ['perder(?:am|a)? (?:\\p{L}+ ){0,4}(?:clientes?|contratos?|financiamento|investimento)', 'perdeu (?:o|a|seu|sua) (?:maior|principal)', 'investidor (?:saiu|desistiu)'],
  pl: ['stracil~ (?:\\p{L}+ ){0,4}(?:klient~|kontrakt~|finansowani~|inwestor~)', 'stracil~', 'odszedl (?:najwiekszy|glowny) klient'],
};
/**
 * The employer itself saying it is closing or selling up ("lo más seguro es que cerremos en verano", "we'll most likely
 * close at the end of the season", "el local está en venta"): read in the invitation only, where "we" is the employer.
 */
export const BLEAK_WE_CLOSE: ByLanguage = {
  en: ["(?:we|i)(?: have| had|'ve|'d)? (?:\\p{L}+ ){0,2}(?:decided|going|planning|plan) to (?:close|shut|wind (?:up|down)) (?:the|our|my) (?:practice|business|company|firm|shop|office|studio|agency|restaurant|clinic|salon|bar)", "we(?:'ll| will| are going to|'re going to| might| may)? (?:\\p{L}+ ){0,2}(?:close|shut|be closing|be shutting|closing|shutting) (?:down|for good|(?:the )?(?:doors|shop|business) for good|at the end of the (?:season|year|lease))", '(?:business|shop|premises|place) (?:is|are) (?:up )?for sale'],
  fr: ['(?:decide|choisi|allons) de fermer (?:le|la|l.|notre) (?:cabinet|entreprise|agence|boutique|atelier|studio|societe)', '(?:nous|on) (?:\\p{L}+ ){0,2}(?:fermer|fermons|fermerons|fermera|ferme) (?:definitivement|pour de bon|boutique)', '(?:fonds de commerce|local|boutique|affaire) (?:est )?(?:a vendre|en vente)'],
  de: ['(?:beschlossen|entschieden),? (?:das|die|den|unser~) (?:buro|kanzlei|praxis|geschaft|betrieb|firma|studio|atelier) (?:\\p{L}+ ){0,2}(?:zu schliessen|aufzugeben)', 'wir (?:\\p{L}+ ){0,3}(?:schliessen|zusperren|zumachen|dichtmachen) (?:\\p{L}+ ){0,2}(?:fur immer|endgultig|fur gut)', '(?:laden|geschaft|betrieb|lokal) (?:\\p{L}+ ){0,2}(?:zu verkaufen|zum verkauf)'],
  es: ['(?:decidido|vamos a|hemos decidido) cerrar (?:el|la|nuestro|nuestra) (?:estudio|despacho|negocio|empresa|agencia|tienda)', '(?:cerremos|cerraremos|cerramos|cerrar) (?:\\p{L}+ ){0,2}(?:definitivamente|para siempre|el negocio|la persiana)', '(?:el )?(?:local|negocio|bar|gimnasio) (?:esta|sale) en venta', 'se traspasa'],
  it: ['(?:chiuderemo|chiudiamo|chiudere) (?:\\p{L}+ ){0,2}(?:definitivamente|per sempre|l.attivita|bottega)', '(?:locale|attivita|negozio) (?:e )?in vendita'],
  nl: ['(?:we|wij) (?:\\p{L}+ ){0,3}(?:sluiten|dichtgaan|stoppen) (?:definitief|voorgoed|ermee)', '(?:zaak|winkel|pand) (?:staat|is) te koop'],
  pt: ['(?:fecharemos|vamos fechar|fechamos|fechar) (?:\\p{L}+ ){0,2}(?:definitivamente|de vez|para sempre|as portas)', '(?:loja|espaco|negocio) (?:esta )?(?:a venda|em trespasse)', 'trespassa-se'],
  pl: ['(?:zamykamy|zamkniemy|zamknac) (?:\\p{L}+ ){0,2}(?:na dobre|na zawsze|dzialalnosc|firme|interes)', '(?:lokal|sklep|firma) (?:jest )?na sprzedaz'],
};

/** Closures, job cuts, short-time work, leaving a market, a regulator stepping in. */
export const BLEAK_CUTS: ByLanguage = {
  en: ['layoffs?', 'laid off', 'lay-offs?', 'redundanc~', 'job cuts', 'cut \\d+ jobs', 'hiring freeze', 'downsizing', 'restructuring', '(?:close[sd]?|shut|shuts|closing|shutting) (?:\\p{L}+ ){0,3}(?:offices?|plants?|sites?|stores?|shops?|factor(?:y|ies)|branch(?:es)?|warehouses?|locations?|down)', 'pull(?:ed|ing)? out of', 'leaving the \\p{L}+ market', 'regulator', 'rounds? of cuts', '(?:cut|cutting|shed|shedding) (?:\\p{L}+ ){0,3}(?:jobs|staff|roles|positions|headcount)', 'job losses', 'furlough~', 'shutting down', 'closing down', 'winding down', 'exiting the \\p{L}+ market', 'pulling out of \\p{L}+', 'redundanc~', 'mass layoffs?', 'wave of (?:layoffs|cuts)', '(?:mov|shift|relocat)(?:e|es|ed|ing) (?:\\p{L}+ ){0,2}(?:production|operations|everything|manufacturing) (?:to|abroad|offshore)', 'offshoring', 'pulling out of', 'exit~ (?:the )?(?:\\p{L}+ )?market', '(?:got|were|was|been|being|get) (?:all )?(?:let go|sacked|axed|walked out|marched out|escorted out)', '(?:half|most|a third|a quarter) (?:of )?the (?:office|staff|team|company|workforce|department) (?:got|was|were|has been|have been) (?:\\p{L}+ )?(?:fired|sacked|let go|laid off|cut)', '(?:half|most|a third|a quarter|loads|dozens|hundreds|a lot) (?:of )?(?:the )?(?:\\p{L}+ )?(?:got|were|was|have been|had been|being) let go', 'let (?:\\p{L}+ ){1,3}(?:staff|people|employees|workers|team) go', 'laying (?:\\p{L}+ ){0,2}off', 'laid (?:\\p{L}+ ){1,2}off', 'care and maintenance', '(?:regulator|watchdog|fca|pra|sec|sebi|rbi|finra|osfi|apra|asic|central bank) (?:\\p{L}+ ){0,3}(?:stepped in|steps in|intervened|took (?:over|control)|froze|suspended|barred|banned)', '(?:placed|put) (?:in|into|under) special measures'],
  fr: ['licenci~', 'plan social', 'plan de departs', 'postes? (?:ont ete )?supprim~', 'suppressions? de postes', 'vire (?:la moitie|des)', 'ont vire', 'fermeture', 'ferm~ (?:\\p{L}+ ){0,3}(?:usines?|sites?|bureaux?|agences?|magasins?|boutiques?|filiales?|etablissements?)', 'quitter le marche', 'chomage partiel', "suppressions? d'?emplois", 'supprim~ (?:\\p{L}+ ){0,2}postes', 'restructuration', 'fermetures?', 'pse', 'rupture conventionnelle collective', 'departs? volontaires', 'delocalis~', 'transfer~ (?:la production|tout) (?:en|au|a|vers)', 'se retir~ (?:du|de)', 'quitt~ (?:le|la) (?:marche|belgique|france|suisse|pays)', '(?:acpr|amf|finma|fsma|regulateur|gendarme de la bourse|banque (?:de france|centrale|nationale)) (?:\\p{L}+ ){0,3}(?:est intervenu~|intervient|a (?:suspendu|retire|sanctionne|bloque|gele))', 'administration provisoire'],
  de: ['entlassung~', 'stellenabbau', 'rausgeworfen', 'kurzarbeit', 'werksschliess~', '(?:schliess|schloss|geschlossen)~ (?:\\p{L}+ ){0,3}(?:werk~|standort~|filiale~|buro~|laden|geschaft~|niederlassung~)', 'streich~ (?:\\p{L}+ ){0,3}(?:\\d+ )?(?:stellen|jobs|arbeitsplatze)', 'bau~ (?:\\p{L}+ ){0,3}(?:\\d+ )?(?:stellen|jobs|arbeitsplatze) ab', 'ruckzug aus', 'bafin', 'stellen (?:gestrichen|streichen)', 'stellenstreichung~', 'personalabbau', 'massenentlassung~', 'kundigungswelle', 'restrukturierung', 'standort~ (?:\\p{L}+ ){0,3}(?:geschlossen|aufgegeben|dicht)', 'werk (?:\\p{L}+ ){0,2}(?:geschlossen|dicht)', 'zieht sich (?:\\p{L}+ ){0,3}zuruck', 'kundigungen', 'sozialplan', 'verlager~ (?:\\p{L}+ ){0,3}(?:produktion|fertigung|alles)', 'ins ausland', 'dichtmach~', 'dichtgemacht', 'macht~ (?:\\p{L}+ ){0,3}dicht', 'zusperr~', 'zugesperrt', '(?:aufsicht~|bafin|finma|fma|regulier~) (?:\\p{L}+ ){0,3}(?:eingeschritten|schritt ein|schreitet ein|eingegriffen|griff ein)', 'sonderbeauftragt~'],
  es: ['despid~', 'cierre de (?:la empresa|oficinas?|plantas?|tiendas?|sucursal~)', 'cerr~ (?:\\p{L}+ ){0,3}(?:oficinas?|plantas?|tiendas?|sucursal~|fabricas?|sedes?|locales)', 'recorte de (?:personal|plantilla)', 'se retira de', 'reestructuracion', 'recortes? de empleo', 'salir del mercado', 'abandona~ (?:el )?mercado', 'cerraron(?! (?:el (?:ano|ejercicio|trimestre|semestre)|(?:las )?cuentas|con (?:beneficios|ganancias|superavit)|en (?:positivo|verde|negro)))', 'expediente de regulacion', 'recortes?', '(?:pasan|pasaron|trasladan|trasladaron|mudan|mudaron|llevan|llevaron) (?:todo|la produccion|las operaciones|la planta) a', 'deslocaliz~', 'se (?:van|fueron|retiran|retiraron) del pais', 'echaron a (?:\\p{L}+ ){0,3}(?:gente|oficina|personal|trabajadores|empleados|plantilla)', 'desped(?:ir|ido|idos|ieron) a (?:\\p{L}+ ){0,3}(?:departamento|plantilla|gente|personal|oficina|equipo|trabajadores|empleados)', '(?:medio|media) (?:departamento|plantilla|oficina|empresa) (?:a la calle|despedid\\p{L}*|fuera)', '(?:superintendencia|supersociedades|superfinanciera|cnmv|cnbv|cmf|bcra|banco (?:central|de espana)|regulador) (?:\\p{L}+ ){0,3}(?:intervin~|interviene|intervenir|tomo (?:el )?control|tomo posesion|suspendio)', 'intervencion (?:de|por) (?:la |el )?(?:superintendencia|cnmv|cnbv|cmf|regulador|banco central)'],
  it: ['esuber~', 'cassa integrazione', 'licenzia~', 'chiu(?:s|d)~ (?:\\p{L}+ ){0,3}(?:stabiliment~|sed[ei]|negozi~|filial[ei]|uffic~|fabbric~|punti vendita)', 'hanno chiuso(?! (?:l.anno|l.esercizio|il (?:bilancio|trimestre|semestre)|i conti|in (?:utile|attivo|positivo)))', 'tagli al personale', 'lascia(?:re)? il mercato', 'ristrutturazione', 'licenziamenti', 'tagli(?: di| al) personale', "lasci~ l'?italia", 'delocalizz~', 'spost~ (?:tutto|la produzione) (?:in|all)', 'mobilita', 'contratti di solidarieta', '(?:banca d.italia|bankitalia|consob|ivass|bce|regolatore) (?:\\p{L}+ ){0,3}(?:e intervenut~|interviene|ha (?:sospeso|revocato|sanzionato|bloccato))'],
  nl: ['ontslag~', 'ontslagen', 'ontslagronde', 'reorganisatie', '(?:sluit|sloot|sloten|sluiten|gesloten)~? (?:\\p{L}+ ){0,3}(?:vestiging~|fabriek~|winkel~|kantor~|filial~)', 'trekt zich terug', 'toezichthouder', 'banen (?:geschrapt|schrappen)', 'sluiting', 'herstructurering', 'massaontslag', 'afvloei~', 'sociaal plan', 'verplaats~ (?:de )?productie', 'naar het buitenland', '(?:\\d+|tien|twintig|dertig|veertig|vijftig|zestig|honderd) (?:man|mensen|banen|fte|werknemers|medewerkers) (?:uit|weg|eruit) (?:moeten|gaan|moet)', '(?:dnb|afm|toezichthouder|nbb|fsma|acm) (?:\\p{L}+ ){0,3}(?:greep in|grijpt in|heeft ingegrepen|ingegrepen)'],
  pt: ['despedimento~', 'despediram', 'demiti~', 'demissoes', 'layoff', 'fech~ (?:\\p{L}+ ){0,4}(?:escritorios?|lojas?|fabricas?|filia(?:l|is)|unidades?)', 'fechar (?:\\p{L}+ ){0,3}(?:lojas|escritorio)', '(?:vai|vao) sair d[eoa]', 'sair do mercado', 'intervencao', 'encerrou (?:\\p{L}+ ){0,3}(?:loja|lojas|fabrica|escritorio|unidade)', 'reestruturacao', 'lay-?off', 'saiu do mercado', 'cortes? de pessoal', 'demissoes', 'demitiram', 'despediram', 'deslocaliz~', 'transfer~ (?:tudo|a producao) para', '(?:banco (?:de portugal|central)|cvm|cmvm|asf|regulador) (?:\\p{L}+ ){0,3}(?:interveio|interveniu|intervem|intervir|assumiu o control[oe]|suspendeu)', 'intervencao (?:do|da) (?:banco|cvm|cmvm|regulador)'],
  pl: ['zwolni~', 'zwolnienia grupowe', 'redukcj~ etatow', 'zam(?:k|yk)(?:n|y|a)~ (?:\\p{L}+ ){0,3}(?:zaklad~|biur~|oddzial~|sklep~|fabryk~|filie|filii)', 'wycofuj~ z', 'zwolnien~', 'likwid~', 'zamyka~', 'ciecia etatow', 'przenos~ (?:produkcje|wszystko) (?:do|za)', 'przeniesie~ (?:produkcje|wszystko)', 'wycofuj~ sie z', '(?:knf|uokik|nbp|regulator) (?:\\p{L}+ ){0,3}(?:wkroczyl~|interweniowal~|zawiesil~|wprowadzil~ zarzad)'],
};
/** Evaluative words for a bleak outlook (usually someone's opinion). */
export const BLEAK_WORDS: ByLanguage = {
  en: ["(?:has|have|there'?s) no (?:real )?future", 'going under', 'going bust', 'sinking(?: ship)?', 'struggling', 'failing', 'bleak', 'doomed', 'dying company', 'on its last legs', 'circling the drain', 'losing money', 'not much future', 'on the brink', 'in trouble', 'in freefall', 'about to (?:fold|close|collapse)', 'collaps~', "(?:won'?t|will not|not going to|unlikely to|never) (?:\\p{L}+ ){0,2}(?:make it|survive|last) (?:through|past|until|beyond|another)"],
  fr: ["(?:n'?a|n'?ont|n'?y a) (?:pas|plus|aucun) (?:d'?)?avenir", 'en difficulte', 'va couler', 'couler', 'sans avenir', 'en crise', 'au bord du gouffre', 'en chute libre', 'va fermer', 'mal en point', 'va mal', '(?:est|sont) en train de couler', 'va faire faillite', 'coule'],
  de: ['(?:hat|haben) keine zukunft', 'sinkendes schiff', 'so gut wie pleite', 'gehen (?:eh )?(?:bald )?pleite', 'pleitegehen', '(?:ist|sind|sei|seien|war|waren|wirkt|scheint) (?:\\p{L}+ ){0,2}am ende', 'geht (?:es )?(?:\\p{L}+ )?schlecht', 'am abgrund', 'vor dem aus', 'kurz vor (?:der )?pleite', 'kriselt', 'geht (?:\\p{L}+ )?(?:bald |demnachst )?pleite', 'gehen (?:\\p{L}+ )?pleite', '(?:ist|sind) (?:\\p{L}+ )?pleite'],
  es: ['no (?:tiene|tienen|le veo|les veo) (?:ningun )?futuro', 'en crisis', 'va a cerrar', 'se hunde', 'sin futuro', 'esta fatal', 'va fatal', 'va (?:muy )?mal', 'esta (?:muy )?mal', 'al borde', 'a punto de cerrar', 'se va a pique', '(?:esta|estan) quebrando', 'va(?:n)? a quebrar', '(?:esta|estan) en quiebra'],
  it: ['non (?:ha|hanno) (?:un |nessun )?futuro', 'senza futuro', "sull'?orlo del fallimento", 'sta per chiudere', 'in crisi', 'crolli', 'sta(?:nno)? per chiudere', 'va(?:nno)? male', 'in difficolta', 'sull.orlo', 'a rischio chiusura', '(?:sta|stanno|stava|stavano) (?:per )?fall(?:endo|ire)', 'fallira~', '(?:sta|stanno) (?:andando )?a picco', '(?:sta|stanno) affondando'],
  nl: ['(?:heeft|hebben) geen toekomst', 'zinkend schip', 'zinkend schip', 'gaat (?:bijna )?failliet', 'in zwaar weer', 'weinig toekomst', 'veel toekomst zit er niet in', 'gaat slecht', 'op omvallen', 'staat op omvallen', 'in de problemen', 'gaan failliet', 'op de fles', '(?:gaat|gaan) (?:\\p{L}+ )?(?:failliet|onderuit|kopje onder)'],
  pt: ['nao (?:tem|teem|vejo) (?:nenhum )?futuro', 'sem futuro', 'vai falir', 'a afundar', 'em crise', 'sem futuro', 'vai mal', 'esta mal', 'a beira', 'prestes a fechar', 'em apuros', 'vai fechar', '(?:esta|estao) a falir', '(?:esta|estao) falindo', '(?:esta|estao) a afundar'],
  pl: ['nie (?:ma|maja|widze) (?:zadnej )?przyszlosci', 'bez przyszlosci', 'tonacy statek', 'sie sypie', 'splajtuj~', 'klopot~', 'w tarapatach', 'upad~', 'chyli sie ku upadkowi', 'ma problemy', 'kiepsko', 'na skraju', 'zaraz (?:padnie|upadnie|zamkna)', '(?:zaraz|niedlugo|wkrotce) (?:\\p{L}+ )?(?:zbankrutuj~|upadnie|padnie)', 'bankrutuj~'],
};

/** Two concepts that make one when both are in the same clause, in either order and at any distance ("das Werk in Kapfenberg sperren sie im Herbst zu"). */
export interface Pair {
  a: ByLanguage;
  b: ByLanguage;
  /** which side a negation before it denies (default "a": "they did not lose any client") */
  negatable?: 'a' | 'b' | 'both';
  /** a clause with one of these is not the event ("the office is closed on Friday afternoons") */
  unless?: ByLanguage;
}

/** A time of day, a weekday or a holiday: what opening hours and an interview's time are written with. */
export const CLOCK_OR_DAY: ByLanguage = {
  en: ['\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm|h)', '\\d{1,2}[:.]\\d{2}', '(?:mon|tues|wednes|thurs|fri|satur|sun)days?', 'weekends?', '(?:bank |public )?holidays?', 'christmas', 'tomorrow', 'today', 'tonight', 'afternoons?', 'mornings?', 'lunch'],
  fr: ['\\d{1,2} ?h(?:\\d{2})?', '\\d{1,2}[:.]\\d{2}', '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s?', 'week-end~', 'feries?', 'conges', 'noel', 'demain', "aujourd.hui", 'apres-midi', 'matin~', 'midi'],
  de: ['\\d{1,2}(?:[:.]\\d{2})? ?uhr', '\\d{1,2}[:.]\\d{2}', '(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)s?', 'wochenende~', 'feiertag~', 'weihnacht~', 'morgen', 'heute', 'nachmittag~', 'vormittag~', 'mittag~'],
  es: ['\\d{1,2}(?:[:.]\\d{2})? ?(?:h|hs|horas)', '\\d{1,2}[:.]\\d{2}', '(?:lunes|martes|miercoles|jueves|viernes|sabados?|domingos?)', 'fines? de semana', 'feriados?', 'festivos?', 'navidad', 'manana', 'hoy', 'tarde~', 'mediodia'],
  it: ['\\d{1,2}[:.]\\d{2}', '(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)', 'fine settimana', 'weekend', 'festiv~', 'natale', 'domani', 'oggi', 'pomeriggio', 'mattin~', 'pranzo'],
  nl: ['\\d{1,2}(?:[:.]\\d{2})? ?uur', '\\d{1,2}[:.]\\d{2}', '(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)(?:en|s)?', 'weekend~', 'feestdag~', 'kerst~', 'morgen', 'vandaag', 'middag~', 'ochtend~'],
  pt: ['\\d{1,2}(?:[:.]\\d{2})? ?h', '\\d{1,2}[:.]\\d{2}', '(?:segunda|terca|quarta|quinta|sexta)(?:-feira)?s?', 'sabados?', 'domingos?', 'fins? de semana', 'feriados?', 'natal', 'amanha', 'hoje', 'tarde~', 'almoco'],
  pl: ['\\d{1,2}[:.]\\d{2}', 'godz~', '(?:poniedzialek|wtorek|sroda|srode|czwartek|piatek|sobota|sobote|niedziel~)', 'weekend~', 'swiet~', 'jutro', 'dzisiaj', 'dzis', 'popoludni~', 'rano'],
};

/** Wages (or suppliers) and paying them late or not at all: unpaid wages. */
export const BLEAK_PAY_PAIR: Pair = {
  negatable: 'b',
  a: {
    en: ['wages', 'salar(?:y|ies)', 'pay ?checks?', 'payroll', 'suppliers', 'staff'],
    fr: ['salaires?', 'paies?', 'fournisseurs', 'personnel'],
    de: ['lohn', 'lohne', 'gehalt', 'gehalter', '\\p{L}*gehalter', 'lieferanten', 'mitarbeiter~'],
    es: ['sueldos?', 'salarios?', 'nominas?', 'quincenas?', 'aguinaldo', 'proveedores'],
    it: ['stipendi[oa]?', 'paghe', 'salari', 'fornitori'],
    nl: ['salaris~', 'lonen', 'loon', 'leveranciers'],
    pt: ['salarios?', 'ordenados?', 'vencimentos', 'fornecedores'],
    pl: ['wyplat~', 'pensj~', 'wynagrodz~', 'dostawc~'],
  },
  b: {
    en: ['late', 'overdue', 'delayed', 'unpaid', 'owed', "(?:not|isn'?t|aren'?t|wasn'?t|weren'?t|stopped|stop|failing to|failed to) (?:\\p{L}+ )?pay(?:ing)?", 'bounced', 'not (?:\\p{L}+ )?(?:been )?paid', 'still waiting (?:on|for)', "(?:haven'?t|hasn'?t|hadn'?t|weren'?t|wasn'?t|aren'?t|isn'?t) (?:\\p{L}+ )?(?:been )?paid", "(?:can'?t|couldn'?t|didn'?t|don'?t) (?:make|meet|pay)"],
    fr: ['retard~', 'impaye~', '(?:pas|plus|jamais) (?:\\p{L}+ )?(?:ete )?(?:payes?|verses?)', 'doivent', 'en souffrance', 'attend(?:ent|ait|aient)? (?:encore|toujours)', '(?:encore|toujours) en attente'],
    de: ['verspatet', 'ausstehend~', 'zu spat', '(?:nicht|nie|kein~) (?:\\p{L}+ ){0,2}(?:bezahlt|gezahlt|ausgezahlt|uberwiesen)', 'schulden', 'im ruckstand', '(?:wartet|warten|wartete|warteten) (?:\\p{L}+ ){0,2}(?:noch|immer noch|bis heute)', '(?:noch|immer noch) (?:\\p{L}+ ){0,2}(?:wartet|warten)'],
    es: ['atrasad~', 'retras~', 'impag~', 'no (?:\\p{L}+ ){0,2}(?:pag~|cobr~)', 'adeud~', 'deben', 'a destiempo', '(?:todavia|aun|sigue|siguen) (?:\\p{L}+ ){0,1}esperando', 'esperando todavia'],
    it: ['ritard~', 'arretrat~', 'non (?:\\p{L}+ ){0,2}(?:pagat~|pagano|versat~)', '(?:aspetta|aspettano|aspettava|attende|attendono) ancora', 'ancora (?:\\p{L}+ ){0,1}(?:aspetta|aspettano|attende|attendono)'],
    nl: ['achterstallig~', 'te laat', 'niet (?:\\p{L}+ ){0,2}(?:betaald|uitbetaald|betalen)', 'tegoed', '(?:wacht|wachten|wachtte|wachtten) (?:\\p{L}+ ){0,3}(?:nog|altijd|steeds)', 'nog (?:altijd |steeds )?(?:\\p{L}+ ){0,2}(?:wacht|wachten)'],
    pt: ['atras~', 'em divida', 'nao (?:\\p{L}+ ){0,2}(?:pag~|receb~)', 'devem', '(?:ainda|continua|continuam) (?:\\p{L}+ ){0,1}(?:esperando|a espera|a esperar|aguardando)'],
    pl: ['opozni~', 'zalegl~', 'zaleg(?:a|aja)', 'nie (?:\\p{L}+ ){0,2}(?:placa|placi~|wyplac~|zaplac~|dostal~)', 'z opoznieniem', '(?:wciaz|nadal|dalej|ciagle) (?:\\p{L}+ ){0,1}czeka~', 'czeka~ (?:\\p{L}+ ){0,1}(?:wciaz|nadal|dalej|ciagle)'],
  },
};

/** Losing what keeps a company going: clients, contracts, funding, investors, a licence. */
export const BLEAK_LOSS_PAIR: Pair = {
  a: {
    en: ['lost', 'losing', 'lose', 'loses', 'walked away', 'walking away', 'pulled out', 'backed out', 'fell through', 'falling through', 'terminated', 'cancell?ed', 'not renewed', 'dropped them', 'left them'],
    fr: ['perd~', 'perdu~', 'resili~', 'lache~', 'tombe~ a l.eau', 'retire~', 'partis?'],
    de: ['verlor~', 'verlier~', 'abgesprungen', 'abgesagt', 'gekundigt', 'ausgestiegen', 'zuruckgezogen', 'geplatzt', 'weg'],
    es: ['perdi~', 'perdier~', 'pierd~', 'perdid~', 'se (?:fue|fueron|retiro|retiraron|cayo|bajo|bajaron)', 'cancel~', 'rescind~'],
    it: ['pers[oia]', 'perd~', 'andat[oia] via', 'ritirat~', 'disdett~', 'saltat~', 'revocat~'],
    nl: ['verloren', 'kwijt', 'verliez~', 'verliest', 'opgezegd', 'weggelopen', 'vertrokken', 'gestopt', 'afgehaakt', 'haakte af', 'haakt af'],
    pt: ['perd~', 'perdeu', 'sai(?:u|ram)', 'desist~', 'cancel~', 'rescind~', 'retir(?:ou|aram)'],
    pl: ['strac~', 'traci~', 'odszedl', 'odeszl~', 'wycofal~', 'zerwal~', 'wypowiedzial~', 'odpadl~'],
  },
  b: {
    en: ['clients?', 'customers?', 'accounts?', 'contracts?', 'funding', 'investors?', 'backers?', 'series [a-d]', 'funding round', 'tender', 'licen[cs]e', 'credit line', 'financing', 'biggest', 'largest', 'main client', 'anchor'],
    fr: ['clients?', 'contrats?', 'marches?', 'financement~', 'investisseur~', 'subvention~', "appel d.offres", 'licence', 'credit~', 'actionnaire~'],
    de: ['\\p{L}*kunde~', 'auftrag', 'auftrage', '\\p{L}*auftrag~', 'vertrag', 'vertrage', 'finanzierung~', 'investor~', 'geldgeber~', 'ausschreibung', 'lizenz', 'kredit~'],
    es: ['clientes?', 'contratos?', 'cuentas?', 'financiamiento', 'financiacion', 'inversor~', 'inversionista~', 'licitacion~', 'licencia', 'credito~', 'socio~'],
    it: ['client[ei]', 'commess~', 'contratt~', 'finanziament~', 'investitor~', 'appalt~', 'gara', 'licenza', 'credit~', 'soci'],
    nl: ['klant~', 'opdracht~', 'contract~', 'financier~', 'investeerder~', 'aanbesteding', 'licentie', 'krediet~', 'afnemer~', 'opdrachtgever~'],
    pt: ['clientes?', 'contratos?', 'financiamento', 'investidor~', 'investimento', 'licitacao', 'licenca', 'credito', 'contas?', 'socio~'],
    pl: ['klient~', 'kontrakt~', 'zlecen~', 'finansowani~', 'inwestor~', 'przetarg~', 'licencj~', 'kredyt~'],
  },
};

/** Closing a site: a plant, an office, a shop, a branch. */
export const BLEAK_CLOSE_PAIR: Pair = {
  unless: CLOCK_OR_DAY,
  a: {
    en: ['clos(?:es|ed|ing|ures?)', 'to close', 'will close', 'shut~', 'shuttering', 'wind~ down', 'mothball~'],
    fr: ['ferm~'],
    de: ['schliess~', 'schloss~', 'geschlossen', 'sperr~', 'aufgeben', 'aufgegeben', 'aufgelost', 'auflos~', 'dicht', 'dichtgemacht', 'zugemacht'],
    es: ['cierr~', 'cerr~', 'clausur~'],
    it: ['chiu(?:d|s)~'],
    nl: ['sluit~', 'sloot', 'sloten', 'gesloten', 'sluiting~', 'opgeheven', 'opheffen'],
    pt: ['fech~', 'encerr~'],
    pl: ['zamk(?:n|y)~', 'zamkniec~', 'likwid~', 'zlikwid~'],
  },
  b: {
    en: ['offices?', 'plants?', 'sites?', 'stores?', 'shops?', 'factor(?:y|ies)', 'branch(?:es)?', 'warehouses?', 'locations?', 'depots?', 'mills?', 'division', 'hub', 'studio', 'operations', 'credit (?:line|facility)'],
    fr: ['usines?', 'sites?', 'bureaux?', 'agences?', 'magasins?', 'boutiques?', 'filiales?', 'etablissements?', 'atelier~', 'entrepot~', 'depot~', 'succursale~', 'antenne~', 'ligne de credit'],
    de: ['\\p{L}*werk', '\\p{L}*werke', 'standort~', 'filiale~', 'buro~', 'laden', 'geschaft~', 'niederlassung~', '\\p{L}*lager', 'betrieb~', 'fabrik~', 'abteilung~', 'kreditlinie~'],
    es: ['plantas?', 'oficinas?', 'tiendas?', 'sucursal~', 'fabricas?', 'sedes?', 'locales', 'deposito~', 'almacen~', 'filial~', 'centro de \\p{L}+', 'linea de credito'],
    it: ['stabiliment~', 'sed[ei]', 'negozi~', 'filial[ei]', 'uffic~', 'fabbric~', 'punti vendita', 'magazzin~', 'impiant~', 'linea di credito', 'fido'],
    nl: ['vestiging~', 'fabriek~', 'winkel~', 'kantor~', 'kantoor', 'filial~', 'magazijn~', 'depot~', 'locatie~', 'afdeling~', 'kredietlijn', 'kredietfaciliteit'],
    pt: ['escritorios?', 'lojas?', 'fabricas?', 'filia(?:l|is)', 'unidades?', 'armazem~', 'sede', 'balcao', 'balcoes', 'linha de credito'],
    pl: ['zaklad~', 'biur~', 'oddzial~', 'sklep~', 'fabryk~', 'filie', 'filii', 'magazyn~', 'placowk~', 'linia kredytow~', 'linie kredytow~'],
  },
};

/** Cutting jobs. */
export const BLEAK_JOBS_PAIR: Pair = {
  a: {
    en: ['cut~', 'shed~', 'slash~', 'ax(?:e|ed|es|ing)', 'eliminat~', 'reduc(?:e|ed|es|ing|tion)', 'trimm~', 'let go', 'laid off', 'lay off'],
    fr: ['supprim~', 'suppression~', 'reduction~', 'reduir~', 'reduis~', 'licenci~', 'vire~'],
    de: ['streich~', 'gestrichen', 'abbau~', 'abgebaut', 'entlass~', 'kundig~', 'gekundigt'],
    es: ['recort~', 'elimin~', 'suprim~', 'reduc~', 'despid~', 'echaron', 'echan'],
    it: ['tagli~', 'elimin~', 'riduz~', 'ridurr~', 'riduc~', 'licenzi~'],
    nl: ['schrap~', 'geschrapt', 'snijd~', 'verdwijn~', 'reduc~', 'ontsla~', 'ontslagen'],
    pt: ['cort~', 'elimin~', 'reduz~', 'despedi~', 'demit~'],
    pl: ['tni~', 'ciec~', 'redukuj~', 'redukcj~', 'zredukow~', 'likwid~', 'zlikwid~', 'zwalnia~', 'zwolni~'],
  },
  b: {
    en: ['jobs', 'staff', 'roles', 'positions', 'headcount', 'workers', 'employees', 'workforce', 'posts', 'people'],
    fr: ['postes', 'emplois', 'effectifs', 'salaries', 'personnes', 'moitie', 'personnel'],
    de: ['stellen', 'jobs', 'arbeitsplatze', 'mitarbeiter~', 'personal', 'leute', 'beschaftigte~', 'belegschaft', 'halfte'],
    es: ['puestos', 'empleos', 'plantilla', 'personal', 'trabajadores', 'empleados', 'mitad'],
    it: ['posti', 'personale', 'dipendenti', 'lavoratori', 'persone', 'meta'],
    nl: ['banen', 'arbeidsplaatsen', 'personeel', 'medewerkers', 'werknemers', 'mensen', 'fte', 'helft'],
    pt: ['empregos', 'postos', 'pessoal', 'trabalhadores', 'funcionarios', 'colaboradores', 'pessoas', 'metade'],
    pl: ['etat~', 'miejsc~ pracy', 'pracownik~', 'osob~', 'ludzi', 'polow~', 'zespol~'],
  },
};

/** What makes a stated length no short contract: a permanent post with its probation or notice period. */
export const PERMANENT: ByLanguage = {
  en: ['permanent', 'probation~', 'notice', 'indefinite', 'ago', 'experience', 'in (?:\\d+|two|three|six) (?:months|weeks)', 'process', 'interview', 'start~', 'decid~', 'reply', 'answer', 'within'],
  fr: ['cdi', 'periode d.essai', 'preavis', 'experience', 'il y a', 'dans (?:\\d+|deux|trois|six) (?:mois|semaines)', 'processus', 'entretien', 'commenc~', 'debut', "d.ici"],
  de: ['unbefristet~', 'probezeit', 'kundigungsfrist', 'erfahrung', 'vor (?:\\d+|zwei|drei|sechs) monaten', 'in (?:\\d+|zwei|drei|sechs) (?:monaten|wochen)', 'prozess', '\\p{L}*gesprach', 'beginn~', 'start~', 'innerhalb'],
  es: ['indefinido', 'periodo de prueba', 'preaviso', 'experiencia', 'hace (?:\\d+|dos|tres|seis) meses', 'en (?:\\d+|dos|tres|seis) (?:meses|semanas)', 'proceso', 'entrevista', 'empez~', 'comenz~', 'inicio', 'dentro de'],
  it: ['indeterminato', 'periodo di prova', 'preavviso', 'esperienza', '(?:\\d+|due|tre|sei) mesi fa', 'tra (?:\\d+|due|tre|sei) (?:mesi|settimane)', 'processo', 'colloquio', 'inizi~', 'entro'],
  nl: ['vast (?:contract|dienstverband)', 'vaste', 'proeftijd', 'opzegtermijn', 'ervaring', 'geleden', 'proces', '\\p{L}*gesprek', 'beginn~', 'start~', 'binnen'],
  pt: ['sem termo', 'efetiv~', 'periodo experimental', 'aviso previo', 'experiencia', 'ha (?:\\d+|dois|tres|seis) meses', 'processo', 'entrevista', 'comec~', 'inicio', 'dentro de'],
  pl: ['na czas nieokreslony', 'umow~ o prace na stale', 'wypowiedzeni~', 'doswiadczeni~', 'temu', 'proces~', 'rozmow~', 'rozpocz~', 'start~', 'w ciagu'],
};

/** A contract's length and its being temporary: a short, fixed-term job. */
export const DUD_TERM_PAIR: Pair = {
  negatable: 'both',
  unless: PERMANENT,
  a: {
    en: ['(?:[1-9]|1[01]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few)[- ](?:months?|weeks?)'],
    fr: ['(?:[1-9]|1[01]|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques) (?:mois|semaines?)'],
    de: ['(?:[1-9]|1[01]|ein~|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|wenige~)[- ]?(?:monat~|woche~|wochig~|monatig~)'],
    es: ['(?:[1-9]|1[01]|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|pocos) (?:mes(?:es)?|semanas?)'],
    it: ['(?:[1-9]|1[01]|un|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|pochi) (?:mes[ei]|settiman[ae])'],
    nl: ['(?:[1-9]|1[01]|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|enkele)[- ]?(?:maand(?:en)?|we(?:e)?k(?:en)?|weekse|maandse)'],
    pt: ['(?:[1-9]|1[01]|um|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|poucos) (?:mes(?:es)?|semanas?)'],
    pl: ['(?:[1-9]|1[01]|jeden|dwa|trzy|cztery|piec|szesc|siedem|osiem|dziewiec|dziesiec|kilka)[- ]?(?:miesi~|tygodn~)'],
  },
  b: {
    en: ['contract', 'temp~', 'cover', 'fixed', 'gig', 'assignment', 'project', 'placement', 'freelance', 'interim', 'only', 'just', 'renewable', 'maternity', 'secondment'],
    fr: ['contrat', 'cdd', 'mission', 'interim', 'remplacement', 'seulement', 'renouvelable', 'conge', 'freelance', 'duree determinee'],
    de: ['vertrag', 'befrist~', '\\p{L}*vertretung', 'karenz\\p{L}*', 'elternzeit\\p{L}*', 'projekt~', 'nur', 'zeitarbeit', 'einsatz', 'aushilfe'],
    es: ['contrato', 'temporal', 'suplencia', 'sustitucion', 'reemplazo', 'baja', 'proyecto', 'solo', 'eventual', 'renovable', 'plazo fijo'],
    it: ['contratto', 'sostituzione', 'maternita', 'progetto', 'solo', 'determinato', 'rinnovabile', 'somministrazione', 'missione'],
    nl: ['contract', 'tijdelijk~', '\\p{L}*vervanging', 'opdracht', 'project', 'klus', 'alleen', 'detachering', 'interim'],
    pt: ['contrato', 'temporari~', 'substituicao', 'licenca', 'projeto', 'so', 'apenas', 'renovavel', 'a termo'],
    pl: ['umow~', 'zastepstw~', 'projekt~', 'tylko', 'czasow~', 'macierzyn~', 'kontrakt~'],
  },
};

// ---------------------------------------------------------------------------------------------------
// What draws the owner, and its target

/** Words of liking and wanting ("love", "mega", "me encanta", "daar ligt m'n hart"). */
export const APPEAL: ByLanguage = {
  en: ['(?:what|the (?:only )?thing that) (?:really )?(?:draws|pulls|attracts) me', '(?:draws|pulls|attracts) me (?:in|there|to (?:it|them))', 'fascinat~', 'i (?:really |do |still )?miss', "(?:i'?d|i would) follow (?:her|him|them) (?:anywhere|everywhere)", '(?:work|working) (?:for|with) (?:her|him|them) again', 'great', 'love(?![\\s-]*(?:[,.!?;]|$))', "(?<!(?:look|sound|seem|feel|smell|read)(?:s|ed|ing)? (?:(?:a bit|a little|a lot|kind of|kinda|sort of|more|exactly|just|very much|quite|rather|pretty much|awfully|suspiciously) )?|felt |just |more |something |hiring |growing |working |thing to |anything to |something to )like(?! a | an | being | that | this | crazy| mad| hell| nothing| anything| usual)", "(?<!(?:look|sound|seem|feel|smell|read)(?:s|ed|ing)? )lik(?:e|es|ed) (?:it|them|what)(?!'s| is| was)", 'exciting', "(?:i'?m|i am|so|really|very|pretty) excited", 'interesting', 'curious', 'impressive', 'learn', 'good', 'nice', 'fun', 'smart', 'amazing', 'promising', 'cool', 'keen', 'dream', 'fascinating',
    'brilliant', 'worth knowing', 'wanted to work with', 'would love', 'fond of', 'solid', 'get to meet', 'meet (?:their|the)', 'for years', 'in a heartbeat', 'reputable', 'well[- ]run', 'stable', 'top[- ]notch', 'good (?:employer|company|firm)', '(?:been |always )?(?:trying|wanting|wanted|hoping|dying|keen) to (?:get|break|move) into', 'always wanted', 'for ages', 'for (?:two|three|four|five|several|many|\\d+) years', "i'?d (?:most )?(?:want|love) to join", '(?:always |have |had |long )?wanted to meet', 'rav(?:e|es|ing) about', 'useful', 'one of the (?:best|few|good ones)', 'admire', '(?:well[- ])?respected', 'i (?:really )?respect', 'a (?:legend|genius|star)', "wouldn'?t say no", 'not (?:a )?bad', 'invest~ in', 'decent', "(?:i'?ve|i have) been (?:aiming|targeting|eyeing)", 'always been my (?:goal|target)', 'lovely', 'friendly', 'sharp', 'kind', 'welcoming', 'inspiring', 'legit', 'awesome', 'brilliant', 'ace', 'top[- ]notch', 'stoked', 'wicked', 'solid', '(?:always |really )?lik(?:ed|es) (?:this|the|that) (?:company|firm|place|team|brand|employer|business)', '(?:i\'?d|i would|i\'?ll|i will|i could|i can|get to) (?:\\p{L}+ )?meet (?:\\p{L}+ ){0,2}(?:people|folks|contacts|someone|others)(?![\\p{L}])', "(?:her|him|them) (?:\\p{L}+ ){0,3}(?:i'?d|i would) (?:\\p{L}+ )?(?:work with|join) again", "(?<!(?:far from|nowhere near|anything but|opposite of|not)[\\s,]+(?:\\p{L}+[\\s,]+)?)(?:exactly |just |precisely )?what i(?:'?m| am| was|'?ve been| have been) (?:\\p{L}+ )?looking for"],
  fr: ["(?:ce qui|ca) (?:me fait vibrer|m'?attire|m'?interesse vraiment)", "m'?attire~", '(?:me )?fascin~', "j'?apprecie", '(?:me|m.ont) manqu~', '(?:la|le|les) suivrai(?:s|t)? (?:n.importe ou|partout)', 'retravailler avec (?:elle|lui|eux)', 'interessant~', 'genial~', 'sympa', "j'?aime", "j'?adore", 'adore', 'passionn~', 'trop forts?', 'stylee?', 'reve', 'incroyable', 'belle maison', 'rencontrer', 'depuis (?:des )?annees', "j'?aimerais (?:enormement )?y travailler", 'solide~', 'serieu(?:x|se)', 'super', 'stable~', 'bonne (?:boite|entreprise|reputation)', 'reputee?', 'top', 'meilleur~', 'je (?:la|le|les) tiens pour', "(?:j'?ai )?toujours voulu", 'ca fait (?:des|\\d+) ans que', 'je reve de', 'admir~', 'tres respecte~', 'je (?:la|le|les) respecte', 'je ne dirais (?:\\p{L}+ )?pas non', "pas mal(?! de| d')", 'pas mauvais~', 'pas (?:un )?mauvais', 'se porte bien', '(?<!in )utile', 'depuis toujours', '(?:que |qu.)?je vise', "c'?est (?:mon|le) (?:objectif|graal)", 'adorable~', 'accueillant~', 'bienveillant~', 'inspirant~', 'kiffe', 'trop bien', 'canon', 'chouette', '(?:je )?rencontrerai[st]? (?:\\p{L}+ ){0,2}(?:gens|personnes|monde|contacts)(?![\\p{L}])', 'avec (?:elle|lui|eux|elles) (?:\\p{L}+ ){0,4}retravailler~', '(?<!(?:loin de|l.oppose de|pas)[\\s,]+(?:\\p{L}+[\\s,]+)?)ce que je (?:\\p{L}+ )?cherch~'],
  de: ['(?:echt |sehr |richtig )?(?:tolle|gute|schone|spannende|super) (?:firma|arbeitgeber|bude|laden)', '(?:ein|einen) (?:echt |sehr |richtig )?(?:tolles|gutes|schones|spannendes) (?:unternehmen|haus)', '(?:das|es) (?:da |dort )?(?:zieht mich an|lockt mich)', 'zieht mich (?:\\p{L}+ )?an', '(?:da|dort|in die branche|in den bereich|in diese branche) (?:will|mochte) ich (?:\\p{L}+,? )?rein', 'will (?:ich )?unbedingt (?:da |dort )?rein', 'fasziniert mich', 'faszinierend~', '(?:ich )?(?:wurde|mochte) (?:\\p{L}+ ){0,3}(?:gern~|liebend gern~)', '(?:ich )?vermiss~', '(?:ihr|ihm|denen) (?:wurde ich )?(?:uberall ?hin|uberall) (?:folgen|hin folgen)', 'wieder (?:mit|fur) (?:ihr|ihm|denen|sie|ihn) (?:zu )?arbeiten', 'spannend~', 'interessant~', 'toll~', 'gefallt', 'reizvoll~', 'super~', 'mega', 'reizt mich', 'finde ich', 'find ich', 'wahnsinn', 'solide~', 'gern~', 'kennenlernen', 'seit jahren', 'sofort wieder', 'seri(?:os|oes)~', 'stabil~', 'gut aufgestellt', 'top', 'klasse', 'wollt~ (?:ich )?(?:schon )?(?:immer|lange|vor jahren|seit jahren) (?:\\p{L}+ ){0,3}(?:hin|rein|arbeiten)', 'schon lange', 'schatz~', 'geschatzt', 'anstandig~', 'richtig gut', 'sehr gut', 'bewunder~', 'respektier~', 'nicht (?:nein sagen|nein)', 'wurde nicht nein sagen', 'kein~ schlecht~', 'nicht schlecht', 'nicht ubel', 'nutzlich', 'wo ich (?:\\p{L}+ ){0,2}hin will', 'mein (?:ziel|traum)', 'freundlich~', 'herzlich~', 'inspirierend~', 'nett~', 'geil', 'cool', 'klingt gut', 'hammer', 'genial~', '(?:ziemlich|richtig|echt|voll|mega) stark(?! (?:verschuldet|angeschlagen|unter druck|gesunken|gefallen|eingebrochen|rucklaufig))', 'ich mag(?! (?:\\p{L}+ ){0,3}(?:kein\\p{L}*|nicht|nix|nichts|ned|net)(?![\\p{L}]))', 'mag (?:die|den|das) (?:firma|leute|team|unternehmen|laden)', '(?:wurde|werde|konnte|kann) (?:ich )?(?:\\p{L}+ ){0,4}(?:leute|menschen|kontakte|personen) (?:\\p{L}+ ){0,3}kennen ?(?:zu ?)?lernen', 'mit (?:ihr|ihm|denen|ihnen) (?:\\p{L}+ ){0,4}wieder (?:zusammen)?(?:arbeiten|arbeit~)', 'genau (?:das|so was|sowas) was ich (?:\\p{L}+ ){0,2}such~'],
  es: ['lo que me (?:atrae|tira|llama)', 'me (?:atrae|tira) (?:mucho|un monton)', '(?:me )?fascin~', '(?:echo|extrano) de menos', 'extrano', '(?:la|lo|los|las) seguiria (?:a donde sea|a cualquier (?:parte|lado)|donde sea)', 'volver a trabajar con (?:ella|el|ellos|ellas)', 'interesantes?', 'genial(?:es)?', 'me gusta', 'me encanta', 'emocionantes?', 'atractiv~', 'un sueno', 'me gustaria (?:estar|entrar|trabajar)', 'siempre he querido', 'conocer a', 'desde hace anos', 'empresa seria', 'solid~', 'estable~', 'buena empresa', 'top', 'buena pinta', 'siempre quise', 'quiero estar', 'donde quiero (?:estar|trabajar)', 'hace anos que', 'admir~', 'respet~', 'genio', 'crack', 'referente', 'un capo', 'una capa', 'no dir(?:ia|e) que no', 'no esta mal', 'nada mal', 'de las pocas', 'invierten', 'util', 'mi (?:objetivo|meta|sueno)', 'de mis favorit~', 'amable~', 'majo~', 'copad~', 'inspirador~', 'mola', 'molan', 'guay', 'una pasada', 'chul[oa]', 'me flipa', 'mol(?:ado|aba|aria)', 'me (?:haria|hace) (?:\\p{L}+ )?ilusion', 'volver a ver(?:la|lo|los|las)', 'conoceria(?:mos)? (?:a )?(?:\\p{L}+ ){0,2}(?:gente|personas|contactos)(?![\\p{L}])', 'con (?:ella|el|ellos|ellas) (?:\\p{L}+ ){0,4}(?:volver|volveria) a trabajar', 'me gustaria volver a (?:estar|entrar|trabajar)', '(?<!(?:lejos de|nada que ver con|no es)[\\s,]+(?:\\p{L}+[\\s,]+)?)lo que (?:yo )?(?:\\p{L}+ )?busc~'],
  it: ['(?:quello che|cio che|cosa) mi (?:attira|attrae|chiama)', 'mi attira', '(?:mi )?affascin~', 'mi manca~', 'mi mancano', '(?:la|lo|li|le) seguirei ovunque', '(?:tornare a )?lavorare (?:di nuovo )?con (?:lei|lui|loro) (?:di nuovo|ancora)', 'interessant~', 'bell~', 'mi piace', 'fortissim~', 'in gamba', 'stupend~', 'carin~', 'voglio (?:finire|entrare)', '(?:ditta|azienda) seria', 'ci entrerei', 'conoscere', 'da anni', 'solid~', 'stabil~', 'buona azienda', 'top', 'ottim~', 'ho sempre voluto', 'da tempo', 'stim[oa]', 'ammir~', 'rispettat~', '(?:lo|la|li) rispetto', 'un genio', 'non direi di no', "non (?:e|e') male", 'niente male', '(?<!in )utile', 'il mio (?:obiettivo|sogno)', 'gentil~', 'simpatic~', 'accoglient~', 'stimolant~', 'piac(?:e|ciono|iuto|iuta|iuti|iute|erebbe)', 'adoro', 'figo', 'figat~', 'pazzesc~', 'fantastic~', 'genial~', 'rivederl[aoie]', 'conoscerei (?:\\p{L}+ ){0,2}(?:gente|persone|contatti)(?![\\p{L}])', 'con (?:lei|lui|loro) (?:\\p{L}+ ){0,4}(?:tornerei|tornare|ritornerei|ritornare) a lavorare', '(?<!(?:lontan[oa] da|non e)[\\s,]+(?:\\p{L}+[\\s,]+)?)quello che (?:\\p{L}+ )?cerc~'],
  nl: ["(?:echt |heel |erg |zo'?n )?(?:een )?(?:mooi|goed|fijn|leuk|prachtig|gaaf|tof)e? (?:bedrijf|werkgever|organisatie|firma|club)", 'wat me (?:daar )?(?:trekt|aantrekt|aanspreekt)', 'trekt me (?:\\p{L}+ )?aan', 'spreekt me (?:\\p{L}+ )?aan', 'fascineert (?:me|mij)', 'fascinerend~', '(?:ik )?zou (?:\\p{L}+ ){0,3}graag', 'ik mis', '(?:zou ik )?(?:haar|hem|ze) overal (?:heen )?volgen', 'weer (?:met|voor) (?:haar|hem|ze) werken', 'leuk~', 'toffe?', 'goed~', 'interessant~', 'spreekt (?:me|mij) aan', 'ligt (?:gewoon )?(?:m.n|mijn) hart', 'wil ik (?:al jaren|graag)', 'hoog (?:heb )?zitten', 'solide', 'leren kennen', 'al jaren', 'prima (?:bedrijf|club|werkgever|organisatie)', 'solide', 'degelijk~', 'stabiel~', 'goed bedrijf', 'top', 'altijd al (?:gewild|willen)', 'bewonder~', 'waardeer~', 'gerespecteerd~', 'ik respecteer', 'zou geen nee zeggen', 'niet slecht', 'niet verkeerd', 'nuttig', 'mijn (?:doel|droom)', 'naar binnen wil', 'aardig~', 'vriendelijk~', 'inspirerend~', 'geweldig~', 'fantastisch~', 'super', 'gaaf', 'prachtig~', 'indrukwekkend~', '(?:leer|zou|kan) (?:ik )?(?:\\p{L}+ ){0,2}(?:mensen|contacten|collega.s) (?:\\p{L}+ ){0,3}(?:kennen|leren kennen)(?![\\p{L}])', 'mooi(?! (?:niet|praten|weer spelen))', 'met (?:haar|hem|hen|hun|ze) (?:\\p{L}+ ){0,4}(?:weer|opnieuw) (?:samen ?)?werken', '(?<!(?:ver van|ver af van|niet)[\\s,]+(?:\\p{L}+[\\s,]+)?)wat ik (?:\\p{L}+ ){0,2}zoek~'],
  pt: ['o que me (?:atrai|puxa|chama)', 'me atrai', '(?:me )?fascin~', 'sinto (?:muita )?falta', 'tenho saudades?', '(?:a|o|os|as) seguiria (?:para qualquer lado|para onde for|a qualquer lado)', 'voltar a trabalhar com (?:ela|ele|eles|elas)', 'gost~', 'adoro', 'amo', 'incrivel', 'foda', 'gente fina', 'interessante', 'quero (?:voltar|entrar)', 'adorava', 'conhecer', 'ha anos', 'solid~', 'empresa seria', 'estavel', 'boa empresa', 'top', 'otim~', 'sempre quis', 'referencia', 'admir~', 'respeitad~', 'respeito muito', 'nao diria que nao', 'nada mal', 'nao e mau', 'util', 'o meu (?:objetivo|sonho)', 'dos meus sonhos', 'simpatic~', 'acolhedor~', 'inspirador~', 'gente boa', 'massa', 'fixe', 'bacana', 'show de bola', 'maravilh~', 'rever (?:ela|ele)', 'voltar a trabalhar com (?:ela|ele)', 'conheceria(?:mos)? (?:\\p{L}+ ){0,2}(?:pessoas|gente|contatos|contactos)(?![\\p{L}])', 'com (?:ela|ele|eles|elas) (?:\\p{L}+ ){0,4}(?:voltar|voltaria) a trabalhar', '(?<!(?:longe d|nada a ver com|nao e)[\\s,]+(?:\\p{L}+[\\s,]+)?)o que (?:eu )?(?:\\p{L}+ )?(?:procur~|busc~)'],
  pl: ['(?:co|to) mnie (?:tam )?(?:ciagnie|przyciaga)', 'mnie (?:tam )?ciagnie', 'przyciaga mnie', '(?:wazny|cenny) kontakt', 'fascynuj~', 'tesknie', 'brakuje mi', '(?:poszedl|poszla)bym za (?:nia|nim|nimi) (?:wszedzie|w ogien)', '(?:znowu|ponownie) pracowac z (?:nia|nim|nimi)', 'fajn~', 'super', 'swietn~', 'najlepsz~', 'chcial(?:a|)bym', 'podobal~', 'podoba', 'ciekawi~', 'od dawna', 'od lat', 'poznac', 'solidn~', 'stabiln~', 'porzadn~', 'dobra firma', 'swietn~', 'top', 'zawsze chcial~', 'podziwiam', 'cenie', 'szanuje', 'nie powiedzial(?:a|)bym nie', 'niezl~', 'nie(?:zle|zla|zly) (?:firma|zespol)', 'przydatn~', 'moje marzenie', 'moj cel', 'chce pracowac', 'sympatyczn~', 'mil[iay]', 'inspirujac~', 'spoko', 'zajebist~', 'ekstra', 'rewelac~', 'poznal(?:a)?bym (?:\\p{L}+ ){0,2}(?:ludzi|osob|kogos|kontakty)(?![\\p{L}])', 'poznam (?:\\p{L}+ ){0,2}(?:ludzi|osoby|kontakty)(?![\\p{L}])', 'z (?:nia|nim|nimi) (?:\\p{L}+ ){0,4}(?:znowu|ponownie|jeszcze raz) (?:\\p{L}+ )?(?:pracowac|popracowac|popracowal~|pracowal~)', '(?:dokladnie|wlasnie|akurat) (?:to|tym) czego (?:\\p{L}+ )?szuk~'],
};
/** Someone the owner knows, on the inside: a former colleague, an old boss, a friend ("Marta (ex-colleague) runs the team there"). A draw to the people. */
export const KNOWN_PERSON: ByLanguage = {
  en: ['ex-?colleague', '(?:former|old) (?:colleague|teammate|boss|manager|classmate|team ?lead)', 'my (?:old |former )?(?:friend|mentor|classmate|old boss)', 'a friend of mine', 'someone i (?:know|worked with)', 'i (?:used to )?work(?:ed)? with (?:her|him|them) (?:before|at)', "i (?:already |even |actually )?know (?:\\p{L}+ ){0,2}(?:people|someone|somebody|folks|guys|a few|a couple)(?: of (?:people|folks|guys))? (?:there|in|on|at|from)", '(?:who|whom) i (?:used to )?work(?:ed)? with', '(?:mate|friend|buddy|pal|someone|guy|girl|classmate) (?:i know )?from (?:uni|university|college|school|my old job|my last job|the gym|church|footy|football)', '(?:my|a) (?:good |close |old |best )?(?:friend|mate|buddy|pal|classmate|flatmate|roommate)', '(?:studied|went to (?:school|uni|college)) (?:together|with (?:her|him|them))', 'i know (?:her|him|them) from', 'from my (?:old|former|previous|last) (?:team|job|company|firm|class|department|office)', '(?:can|could|will|would|offered to) introduce me', 'put in a (?:good )?word(?: for me)?', 'who (?:used to )?(?:did|worked|ran|shared|covered) (?:\\p{L}+ ){0,4}with me', '(?:taught|mentored|trained|coached|supervised) (?:me|my)', '(?:ran|organi[sz]ed|hosted|gave|led) (?:that|the|a|this) (?:\\p{L}+ ){0,2}(?:meetup|talk|workshop|course|class|lecture|seminar|bootcamp)', 'from (?:the|my|our|that|a) (?:\\p{L}+ ){0,3}(?:meetup|hackathon|bootcamp|conference|course|workshop|club|choir|band|team at uni)', 'from my (?:cohort|class|year|course|program(?:me)?|uni(?:versity)?|school|degree|bootcamp)', '(?:classmate|coursemate|schoolmate)s?', 'we (?:studied|were at (?:uni|university|school|college)) together'],
  fr: ['ex-?collegue', 'ancien~ (?:collegue|chef|patron|camarade)', 'mon ancien~? (?:chef|patron|collegue|binome)', 'une amie a moi', 'un ami a moi', 'que je connais', "(?:je|j) connais (?:deja |meme |aussi )?(?:\\p{L}+ ){0,2}(?:personnes|gens|quelqu'?un|monde)", "avec qui j'?ai (?:\\p{L}+ ){0,3}travaille", '(?:mon|ma|une|un) (?:bon~? |vieil~? |meilleur~? )?(?:ami~|pote|copain|copine|camarade)', '(?:de la|de ma) (?:fac|promo)', 'je (?:la|le|les) connais', '(?:on a|nous avons) (?:fait|etudie) (?:\\p{L}+ ){0,3}ensemble', 'de mon ancienne? (?:equipe|boite|promo|service|poste)', '(?:peut|pourrait|va) me presenter', 'glisser un (?:bon )?mot', 'qui (?:faisait|travaillait|bossait) (?:\\p{L}+ ){0,4}avec moi', "(?:m'?a|qui m'?a) (?:forme~|encadre~|appris|enseigne~)", '(?:anime|organise|donne) (?:ce|cet|cette|le|la|un|une) (?:\\p{L}+ ){0,2}(?:meetup|atelier|cours|conference|formation|seminaire)', '(?:du|de mon|de notre|de ce) (?:\\p{L}+ ){0,2}(?:meetup|hackathon|bootcamp|club|cours|atelier|stage)', 'de (?:la|ma|notre|cette) (?:\\p{L}+ ){0,2}(?:conf|conference|formation|chorale)', '(?:ancien~|camarade~?) (?:de|d.) (?:ma|mon) (?:cohorte|promo~|classe|ecole|fac|master|licence|bts|iut)', 'de (?:ma|mon) (?:cohorte|promo~|fac)', 'on (?:etait|a fait) (?:\\p{L}+ ){0,2}(?:promo|fac|ecole|master) ensemble'],
  de: ['ex-?kolleg~', 'ehemalig~ (?:kolleg~|chef~|vorgesetzt~)', 'mein~ (?:alte~ |ehemalige~ )(?:chef~|kolleg~)', 'den ich (?:gut )?kenne', 'die ich (?:gut )?kenne', 'ich kenne (?:schon |sogar |auch )?(?:\\p{L}+ ){0,2}(?:leute|jemanden|personen)', 'mit (?:der|dem|denen) ich (?:\\p{L}+ ){0,3}(?:gearbeitet|zusammengearbeitet) habe', 'kenne (?:ich|sie|ihn) (?:\\p{L}+ )?(?:vom|von der|von|aus (?:dem|der))', '(?:mein|meine|ein|eine) (?:gut~ |alt~ |best~ )?(?:freund~|kumpel|studienkolleg~|schulfreund~|kommilitone~|kommilitonin)', 'von der (?:uni|fh|hochschule|schule)', 'aus dem studium', 'aus meinem (?:alten |fruheren |ehemaligen |damaligen )?(?:team|jahrgang|\\p{L}+jahrgang|studium|kurs|abteilung|semester)', 'studienkolleg~', '(?:ein|eine|einen|einer) (?:alte~|ehemalige~|fruhere~) (?:kolleg~|chef~|vorgesetzt~)', 'kolleg~ von mir', '(?:ein )?gutes wort (?:fur mich )?einleg~', '(?:der|die) (?:\\p{L}+ ){0,4}mit mir (?:\\p{L}+ ){0,3}(?:gemacht|gearbeitet|geschoben|gehabt) (?:hat|hatte)', '(?:hat|die|der) mich (?:\\p{L}+ )?(?:ausgebildet|unterrichtet|betreut|eingearbeitet)', '(?:hat|die|der) (?:\\p{L}+ ){0,2}(?:meetup|workshop|kurs|vortrag|seminar) (?:geleitet|gehalten|organisiert|veranstaltet)', '(?:vom|von meinem|von unserem|aus dem) (?:\\p{L}+ ){0,2}\\p{L}*(?:meetup|hackathon|bootcamp|kurs|workshop|verein|chor|stammtisch)', 'von der (?:\\p{L}+ ){0,2}(?:konferenz|weiterbildung|schulung)', 'kommiliton~', '(?:aus|von) meinem (?:jahrgang|studium|studiengang|semester)', '(?:wir haben|habe mit (?:ihr|ihm)) zusammen studiert'],
  es: ['ex ?companer~', 'antigu~ (?:companer~|jef~)', 'mi (?:antigu~ |ex )(?:jef~|companer~)', 'que conozco', 'conozco (?:a )?(?:\\p{L}+ ){0,2}(?:gente|personas|alguien)', 'con quien (?:\\p{L}+ ){0,3}trabaje', '(?:mi|una|un) (?:buen~ |viej~ |mejor~ )?(?:amig[oa]s?|compa|cuate|pana|parcero|parcera|companer[oa] de (?:la uni|la facu|clase|equipo|carrera))', '(?:dos|unas|unos|varias|varios|tres) amig[oa]s', 'de la (?:uni|facu|prepa)', 'que era mi (?:companer~|jef~|amig~)', '(?:fuimos|eramos) companer~', 'estudiamos juntos', '(?:la|lo) conozco (?:de|del|desde)', 'de mi (?:antiguo |viejo |anterior )(?:equipo|trabajo|curro|laburo|area)', 'me (?:puede|podria|va a) presentar', '(?:hablar|hable|decir|diga) (?:\\p{L}+ )?(?:bien )?de mi', '(?:que|quien) (?:hacia|trabajaba|estaba) (?:\\p{L}+ ){0,4}conmigo', '(?:me|que me) (?:formo|enseno|dio clase|daba clase)', '(?:organizo|dio|daba|dirigio) (?:ese|aquel|el|un|una|la) (?:\\p{L}+ ){0,2}(?:meetup|taller|curso|charla|seminario)', '(?:del|de mi|de nuestro|de ese) (?:\\p{L}+ ){0,2}(?:meetup|hackathon|bootcamp|curso|taller|club|coro)', 'companer~ de (?:clase|promocion|carrera|facultad|master|curso|uni)', 'de mi (?:promocion|generacion|carrera|facultad|uni)', 'estudiamos juntos'],
  it: ['ex ?collega', 'ex ?colleghi', 'mi~ (?:ex |vecchi~ )(?:capo|collega|compagn~)', 'che conosco', 'conosco (?:gia |anche |pure )?(?:\\p{L}+ ){0,2}(?:persone|gente|qualcuno)', 'con cui ho (?:\\p{L}+ ){0,3}lavorato', '(?:mi[oa]|un|una) (?:car[oa] |vecchi[oa] |miglior~? )?(?:amic[oa]|compagn[oa] di (?:universita|corso|classe|scuola))', '(?:la|lo|li) conosco (?:da|dall|dai|dalla|dell)', 'dell.?universita', 'del mio (?:vecchio |precedente |ex )(?:team|gruppo|lavoro|ufficio)', 'compagn[oa] (?:mi[oa] )?(?:di |dell.?|del |della )(?:universita|corso|classe|scuola|liceo|studi)', '(?:amic[oa]|compagn[oa]|collega) mi[oa]', 'mi (?:puo|potrebbe|vuole) presentare', '(?:mettere|mette|mettermi) una buona parola', '(?:che|quello che|quella che) (?:faceva|lavorava|stava) (?:\\p{L}+ ){0,5}con me', '(?:mi ha|che mi ha) (?:formato|insegnato|seguito)', '(?:ha organizzato|ha tenuto|teneva) (?:quel|il|un|quella|la|una) (?:\\p{L}+ ){0,2}(?:meetup|workshop|corso|seminario)', '(?:del|dal|dello|dal mio|del mio|di quel) (?:\\p{L}+ ){0,2}(?:meetup|hackathon|bootcamp|corso|workshop|club|coro)', 'compagn~ di (?:corso|universita|classe|master|studi)', 'del mio (?:corso|anno|master)', 'abbiamo studiato insieme'],
  nl: ['oud-?collega', 'ex-?collega', 'mijn (?:oude|vorige|voormalige) (?:baas|collega|manager|leidinggevende)', 'die ik ken', 'ik ken (?:er |daar )?(?:al |zelfs |ook )?(?:\\p{L}+ ){0,2}(?:mensen|iemand|personen)', '(?:met wie|waarmee) ik (?:\\p{L}+ ){0,3}(?:heb )?(?:gewerkt|samengewerkt)', 'van de (?:hbo|uni|universiteit|opleiding|middelbare|studie|voetbal|volkstuin|sportschool|club)', '(?:die|dat) ken ik', 'ken (?:ik|hem|haar) (?:nog )?van', '(?:mijn|een) (?:goede |oude |beste )?(?:vriend~|maat|studiegeno~|klasgeno~)', 'uit mijn (?:oude|vorige) (?:team|baan|afdeling|klas|jaargang)', 'van mijn (?:oude|vorige|vorig|eerdere) (?:team|baan|werk|afdeling|klas|opleiding|studie|werkgever|stage)', 'een goed woordje (?:doen|voor me)', '(?:die|dat) (?:\\p{L}+ ){0,4}met mij (?:\\p{L}+ ){0,3}(?:deed|werkte|draaide)', '(?:heeft|die) mij (?:\\p{L}+ )?(?:opgeleid|lesgegeven|begeleid)', '(?:gaf|organiseerde|leidde) (?:die|de|een|dat|het) (?:\\p{L}+ ){0,2}(?:meetup|workshop|cursus|les|lezing)', 'van (?:de|die|het|mijn|onze|ons) (?:\\p{L}+ ){0,2}\\p{L}*(?:meetup|hackathon|bootcamp|cursus|workshop|club|koor|conferentie)', '(?:oude|vorige|voormalige) (?:teamleider|teamleidster|leidinggevende|chef|afdelingshoofd|mentor|stagebegeleider)', 'studiegeno~', 'jaargeno~', 'klasgeno~', 'uit mijn (?:jaar|klas|studie)', '(?:we hebben|heb met (?:haar|hem)) samen gestudeerd'],
  pt: ['ex-?colega', 'antig~ (?:colega|chefe)', '(?:meu|minha) (?:antig~ |ex-)(?:chefe|colega)', 'que conheco', 'conheco (?:\\p{L}+ ){0,2}(?:gente|pessoas|alguem)', 'com quem (?:\\p{L}+ ){0,3}trabalhei', '(?:meu|minha|um|uma) (?:grande |velh[oa] |melhor )?(?:amig[oa]|colega de (?:faculdade|curso|escola|turma))', 'da (?:faculdade|facul|escola)', 'conheco-(?:a|o)', '(?:a|o) conheco (?:da|do|de)', 'que trabalhou comigo', 'do meu (?:antigo |ultimo )(?:time|trabalho|emprego|setor)', 'da minha (?:antiga |ultima )(?:equipe|equipa|turma|empresa)', '(?:pode|poderia|vai) me apresentar', '(?:pode|poderia|vai) apresentar-me', '(?:que|quem) (?:fazia|trabalhava|estava) (?:\\p{L}+ ){0,4}comigo', '(?:me|que me) (?:formou|ensinou|deu aula)', '(?:organizou|deu|dava) (?:aquele|o|um|a|uma|aquela) (?:\\p{L}+ ){0,2}(?:meetup|workshop|curso|palestra|aula)', '(?:do|da|daquele|do meu|da minha) (?:\\p{L}+ ){0,2}(?:meetup|hackathon|bootcamp|curso|workshop|clube|coro|conferencia)', 'colega de (?:turma|faculdade|curso|mestrado|escola)', 'da minha (?:turma|faculdade)', 'estudamos juntos'],
  pl: ['byl~ (?:kolega|kolezanka|szef~|przelozon~)', '(?:moj|moja) (?:byly|byla|stary|stara) (?:kolega|kolezanka|szef|szefowa)', 'ktor~ znam', 'znam (?:tam |juz |nawet )?(?:\\p{L}+ ){0,2}(?:ludzi|osob|kogos|osoby)', 'z ktor~ (?:\\p{L}+ ){0,3}(?:pracowal~|przepracowal~|wspolpracowal~)', '(?:moj~ |dobr~ |star~ )?(?:kumpel~|znajom~|przyjaciel~|przyjaciolk~|kolega ze studiow|kolezanka ze studiow)', 'ze studiow', 'z uczelni', 'znam (?:ja|go|ich) (?:z|ze|od)', 'z (?:mojego|naszego) (?:starego |poprzedniego |dawnego )(?:zespolu|dzialu|biura|roku)', '(?:moj|moja|mojego|moja) (?:dawn~|poprzedni~|byl~|star~) (?:kolega|kolezanka|szef~|przelozon~|kierownik~|kierowniczk~)', '(?:moze|moglby|moglaby|obiecal~) mnie (?:przedstawic|polecic)', '(?:ktory|ktora|z ktorym|z ktora) (?:\\p{L}+ ){0,4}(?:pracowal~|robil~)', '(?:uczyl~|szkolil~|prowadzil~) (?:mnie|moj~)', 'prowadzil~ (?:ten|to|te|tamten) (?:\\p{L}+ ){0,2}(?:meetup|warsztaty|kurs|szkolenie|wyklad)', 'z (?:tego |naszego |mojego )?(?:\\p{L}+ ){0,2}(?:meetupu|hackathonu|bootcampu|kursu|warsztatow|klubu|chóru|choru|konferencji)', '(?:kolega|kolezanka) ze (?:studiow|szkoly|roku)', 'z mojego (?:roku|rocznika)', 'studiowal~ razem'],
};
/** The people: a named person, the team, a former colleague, the boss, the panel. */
export const TARGET_PEOPLE: ByLanguage = {
  en: ['coach(?: \\p{L}+)?', 'superintendent', 'supervisor', 'foreman', 'who (?:signed|signs|wrote|writes) (?:the|this|it)', 'worked (?:with|alongside|under)', 'see (?:her|him|them) again', 'contacts', '^who(?! (?:knows|cares))', '(?:trained|taught|mentored|coached|hired|managed|supervised) me', 'team', 'people', 'colleague', 'boss', 'manager', 'head of', 'panel', 'cto', 'ceo', 'founder', 'old \\p{L}+', 'former', 'mentor', 'meet', 'director', 'head', 'lead', 'leads', 'professor', 'lecturer', 'teacher', 'speaker', 'cfo', 'coo', 'vp', 'partner', 'runs (?:their|the)', '(?:meet|with|for|under|from) (?:her|him)', 'engineers?', 'developers?', 'analysts?', 'folks', 'crew', 'staff', 'lady', 'woman', 'gentleman', 'guy', 'bloke', 'fella', '(?:be|is) over me', '(?:dr|prof|mr|mrs|ms|miss) \\p{L}+', 'alongside (?:her|him|them)', 'beside (?:her|him|them)', 'bursar', 'head teacher', 'headteacher', 'principal'],
  fr: ['(?:m\\.|mme|madame|monsieur) \\p{L}+', 'qui signe', 'signe par', 'travaille avec', 'revoir', 'contacts', 'reseau', "m'?(?:a|avait) (?:forme|appris|embauche|encadre|recrute)~", 'equipe', 'collegue', 'gens', 'rencontrer', 'ancien~', 'juristes', 'chef', 'directeur', 'directrice', 'responsable', 'professeure?', 'prof', 'patron~', 'dirige~', 'associe~', 'elle', 'lui', 'ses cotes', 'ingenieur~', 'developpeur~', 'equipes', 'la dame', 'le monsieur', 'cette femme', 'ce type', 'ce mec'],
  de: ['(?:frau|herr) \\p{L}+', 'leitet', 'fuhrt (?:da|dort|jetzt|das|die|den)', 'unterschrieben von', 'wiedersehen', 'wiederzusehen', 'kontakte', 'netzwerk~', 'mich (?:\\p{L}+ ){0,3}(?:ausgebildet|eingearbeitet|eingestellt|gefordert|betreut)', 'team', 'kollege', 'kollegin', 'leute', 'chef', 'zusammengearbeitet', 'studiert', 'mit dem', 'mit der', 'im gesprach', '\\p{L}*leiter(?:in)?', '\\p{L}*chef(?:in)?', 'vorstand', 'geschaftsfuhr~', 'professor~', 'mentor~', 'mensch', 'der war', 'die war', 'entwickler~', 'ingenieur~', 'kolleg~', 'die frau', 'der mann', 'der typ', 'dr\\.? \\p{L}+'],
  es: ['(?:el senor|la senora|don|dona|sr\\.?|sra\\.?) \\p{L}+', 'quien firma', 'firmad[oa] por', 'trabaje con', 'trabajamos juntos', 'volver a ver(?:la|lo|los)?', 'contactos', 'me (?:formo|enseno|contrato|entreno)', 'equipo', 'gente', 'companer~', 'jefe', 'conocer a', 'gerente', 'director~', 'profe~', 'profesor~', 'mentor~', 'socio~', 'cerca de el', 'cerca de ella', 'con el', 'con ella', 'ingenier~', 'desarrollador~'],
  it: ['(?:dott\\.?|dottoressa|dottor|signor~|sig\\.?(?:ra)?|ing\\.) \\p{L}+', 'chi firma', 'firmat[ao] da', 'lavorato con', 'rivedere', 'rivederla', 'rivederlo', 'contatti', 'mi (?:ha|aveva) (?:formato|formata|insegnato|assunto|assunta|seguito|seguita)', 'team', 'squadra', 'gente', 'collega', 'capo', 'responsabile', 'persona', 'direttor~', 'professor~', 'mentore', 'socio', 'con lui', 'con lei', 'ingegner~', 'sviluppator~', 'colleghi'],
  nl: ['(?:mevrouw|meneer|mevr\\.|dhr\\.) \\p{L}+', 'leidt', 'wie (?:er )?tekent', 'ondertekend door', 'samengewerkt', 'terugzien', 'terug te zien', 'contacten', '(?:me|mij) (?:heeft |had )?(?:opgeleid|ingewerkt|begeleid|aangenomen)', 'team', 'collega', 'mensen', 'netwerk', 'leidinggevende', 'manager', 'directeur', 'hoogleraar', 'docent', 'mentor', 'met hem', 'met haar', 'engineers', 'ontwikkelaars', 'collega~', 'ploeg(?:en)?'],
  pt: ['(?:o senhor|a senhora|dona|dr\\.?|dra\\.?) \\p{L}+', 'quem assina', 'assinad[oa] por', 'trabalhei com', 'trabalhamos juntos', 'rever', 'conta(?:c)?tos', 'networking', 'me (?:formou|ensinou|contratou|treinou)', 'equipa', 'time', 'pessoal', 'colega', 'orientador', 'chefe', 'gente', 'diretor~', 'gestor~', 'professor~', 'mentor~', 'socio~', 'com ele', 'com ela', 'ele', 'engenheir~', 'desenvolvedor~', 'colegas'],
  pl: ['(?:pan|pani|panem|pania|panu) \\p{L}+', 'kto podpisal', 'podpisan~ przez', 'poprowadzi', 'pracowal~ z', 'pracowalismy razem', 'zobaczyc (?:ja|go) (?:znowu|ponownie)', 'kontakt(?:y|ow)', 'mnie (?:wyszkolil~|uczyl~|nauczyl~|zatrudnil~|wdrazal~)', 'zespol', 'team', 'ludzie', 'kolezank~', 'koleg~', 'team leadem', 'z nim', 'z nia', 'pracuje', 'kierownik~', 'dyrektor~', 'prezes~', 'profesor~', 'szef~', 'mentor~', 'inzynier~', 'programist~'],
};
/** The industry or the field. */
export const TARGET_INDUSTRY: ByLanguage = {
  en: ['that world', 'industry', 'sector', 'field', 'space', 'renewables?'],
  fr: ['ce (?:monde|milieu)', 'secteur', 'domaine', 'filiere'],
  de: ['diese[rn]? (?:welt|branche)', 'branche', 'sektor', 'bereich'],
  es: ['ese mundo', 'el mundo de', 'sector', 'mundo (?:del|de la)', 'industria', 'rubro'],
  it: ['quel mondo', 'il mondo de~', 'settore', 'rinnovabili', 'mondo (?:del|della)', 'farmaceutic~'],
  nl: ['die wereld', 'de wereld van', 'sector', 'branche', 'wereld'],
  pt: ['esse mundo', 'o mundo d[aeo]s?', 'setor', 'sector', 'area', 'ramo', 'mercado'],
  pl: ['ten swiat', 'swiat~ (?:\\p{L}+ )?branzy', 'branz~', 'gamedev', 'sektor'],
};
/** The company itself, or a later opening there. */
export const TARGET_COMPANY: ByLanguage = {
  en: ['company', 'firm', 'brand', 'outfit', 'place', 'down the road', 'foot in the door', 'another one there', 'work there', 'they', 'group', 'business', 'employer', 'shop', 'house', 'as a company', 'as an employer'],
  fr: ['boite', 'maison', 'entreprise', 'societe', 'cabinet', 'y travailler', 'groupe', 'ils', 'jles', 'chocolatier~', 'employeur', 'comme (?:entreprise|boite|employeur)'],
  de: ['firma', 'unternehmen', 'brand', 'fuss in die tur', 'betrieb', 'konzern', 'haus', 'laden', 'arbeitgeber', 'gruppe', 'verein', 'als (?:firma|unternehmen|arbeitgeber)'],
  es: ['empresa', 'compania', 'entrar', 'por esta puerta', 'empresas', 'grupo', 'casa', 'como empresa', 'como empleador'],
  it: ['azienda', 'ditta', 'societa', 'piu avanti', 'entrare', 'ci entrerei', 'gruppo', 'casa', 'come azienda', 'come datore di lavoro'],
  nl: ['club', 'bedrijf', 'onderneming', 'lijstje', 'organisatie', 'werkgever', 'groep', 'tent', 'zaak', 'als (?:bedrijf|werkgever)'],
  pt: ['empresa', 'agencia', 'editora', 'subir', 'trabalhar la', 'entrar', 'grupo', 'casa', 'como empresa', 'como empregador'],
  pl: ['firm~', 'spolk~', 'lepsze mozliwosci', 'tam wejde', 'grup~', 'pracodaw~', 'jako (?:firma|pracodawca)'],
};

/**
 * A step of the selection already taken, with how it went ("de schriftelijke proef was dus goed", "the test went
 * fine", "der Eignungstest lief gut"): praise of the owner's own performance, never a liking of the job or the company.
 */
export const PAST_STEP: ByLanguage = {
  en: ['(?:written |online |coding |technical |aptitude )?(?:test|assessment|exam|first (?:round|interview|call|stage)|phone screen|screening(?: call)?|case study|take-?home|exercise) (?:\\p{L}+ ){0,2}(?:went|was|were|has gone|had gone|must have gone)'],
  nl: ['(?:schriftelijke |online )?(?:proef|test|toets|assessment|eerste (?:ronde|gesprek)|opdracht|casus|sollicitatiegesprek) (?:\\p{L}+ ){0,2}(?:was|ging|is (?:\\p{L}+ )?gegaan)'],
  de: ['(?:schriftliche~ |online-?)?(?:test|eignungstest|assessment|prufung|erste~ (?:runde|gesprach|interview)|fallstudie|aufgabe|probearbeit) (?:\\p{L}+ ){0,2}(?:war|lief|ist (?:\\p{L}+ )?gelaufen)'],
  fr: ["(?:test|epreuve|examen|premier entretien|premier tour|cas pratique|exercice) (?:\\p{L}+ ){0,2}(?:etait|a ete|s'est (?:\\p{L}+ )?passe~|s est (?:\\p{L}+ )?passe~)"],
  es: ['(?:prueba|examen|test|primera entrevista|caso practico|ejercicio) (?:\\p{L}+ ){0,2}(?:fue|salio|estuvo|ha ido)'],
  it: ['(?:prova|test|esame|primo colloquio|caso pratico|esercizio) (?:\\p{L}+ ){0,2}(?:era|e andat~|e stat~|andat~)'],
  pt: ['(?:prova|teste|exame|primeira entrevista|caso pratico|exercicio) (?:\\p{L}+ ){0,2}(?:foi|correu|esteve|deu)'],
  pl: ['(?:test|egzamin|zadanie|pierwsza rozmowa|pierwszy etap|case study) (?:\\p{L}+ ){0,2}(?:byl|byla|bylo|poszedl|poszla|poszlo)'],
};

/** The company doing well: growing, opening sites, raising money, buying others ("ils ouvrent une filiale à Bruxelles"). */
export const GROWTH: ByLanguage = {
  en: ['growing(?: (?:fast|quickly|like crazy))?', 'expanding', 'expansion', 'open(?:s|ed|ing)? (?:a |an |their |its )?(?:new |second |third )?(?:office|branch|plant|site|hub|store|factory|lab)', '(?:just )?raised (?:a |their |its )?(?:\\p{L}+ )?(?:round|funding|money|series)', 'doing (?:really |very )?well', 'profitable', 'buying up', 'acquir(?:ed|ing)', 'won (?:a|the|another) (?:\\p{L}+ )?(?:contract|tender|deal)', 'hiring (?:like crazy|a lot|loads|aggressively|like mad|massively)', 'in the black', '(?:posted|made|turned|reported|booked) a (?:\\p{L}+ )?profit', 'record (?:profits?|year|revenue)'],
  fr: ['se porte bien', 'en (?:pleine )?croissance', 'ouvr~ (?:\\p{L}+ ){0,3}(?:filiale|bureau|site|usine|agence|succursale)', 'rachet~', 'leve~ des fonds', 'rentable', 'se developpe', 'recrute~ (?:beaucoup|a tour de bras)', 'remport~ (?:le|un) (?:\\p{L}+ )?(?:contrat|marche|appel d.offres)', 'embauch~ (?:beaucoup|a tour de bras|en masse)', 'ouvert~? (?:\\p{L}+ ){0,3}(?:filiale|bureau|site|usine|agence|succursale)', 'dans le vert', 'beneficiaire~', '(?:fait|degage~|realise~|affiche~) (?:un |des |de )?(?:\\p{L}+ )?benefice~', 'annee record'],
  de: ['wachst', 'wachsen', 'expandier~', 'eroffn~ (?:\\p{L}+ ){0,3}(?:standort|filiale|buro|werk|niederlassung)', 'profitabel', 'investier~', 'kauf~ (?:\\p{L}+ ){0,2}(?:firmen|unternehmen) (?:\\p{L}+ )?auf', 'gut aufgestellt', 'neuer vorstand', 'eingesammelt', 'finanzierungsrunde (?:\\p{L}+ ){0,2}(?:abgeschlossen|geschafft|eingesammelt)', '(?:auftrag|zuschlag|ausschreibung) (?:\\p{L}+ ){0,2}(?:gewonnen|erhalten|bekommen)', 'stell~ (?:gerade |aktuell |massiv |kraftig |viele )+(?:\\p{L}+ )?ein', 'expansionskurs', 'schwarze~ zahlen', 'gewinn (?:\\p{L}+ )?(?:gemacht|erzielt|eingefahren)', 'rekordjahr', 'rekordgewinn~'],
  es: ['crec(?:e|en|iendo|io|ieron)', 'expandi~', 'abr(?:e|en|io|ieron|iendo) (?:\\p{L}+ ){0,3}(?:sucursal|planta|oficina|sede|centro|tienda)', 'rentable', 'les va (?:muy )?bien', 'compr~ (?:otras )?empresas', 'gana(?:do|o|ron) (?:el|un) contrato', 'han abierto', 'acaban de comprar', 'va como un tiro', '(?:estan )?(?:pillando|contratando|cogiendo) gente', 'abrir (?:\\p{L}+ ){0,3}(?:sucursal|planta|oficina|sede|centro|tienda)', 'numeros negros', '(?:con|en) beneficios', '(?:ganado|obtenido|registrado|dado) beneficios', 'ano record'],
  it: ['cresc(?:e|ono|endo|iuta)', 'espan~', 'apr(?:e|ono|ira|iranno) (?:\\p{L}+ ){0,3}(?:sedi?|filial[ei]|stabiliment[oi]|uffici|ufficio|negoz[io]|negozi)', 'redditizi~', 'acquisisc~', 'vint~ (?:l.|un|il) (?:\\p{L}+ )?(?:appalto|contratto|gara)', '(?:sta|stanno) assumendo', 'assum~ (?:tanto|tantissimo|molto|un sacco|parecchio)', 'apr(?:endo|ire|ito|iranno|ira) (?:\\p{L}+ ){0,3}(?:sede|filiale|stabilimento|ufficio|negozio|sedi|filiali|uffici)', 'in utile', 'in attivo', '(?:bilancio|conti) in (?:utile|ordine|attivo)', 'utili record', 'anno record'],
  nl: ['groei~', 'opent (?:\\p{L}+ ){0,3}(?:vestiging|kantoor|fabriek|winkel)', 'winstgevend', 'breidt uit', 'neemt (?:\\p{L}+ ){0,2}over', '(?:contract|opdracht|aanbesteding) (?:\\p{L}+ ){0,2}(?:binnengehaald|gewonnen)', '(?:nemen|neemt) (?:veel|flink wat|massaal) (?:mensen )?aan', '(?:werven|werft) (?:flink|veel|volop)', '(?:openen|openden|geopend) (?:\\p{L}+ ){0,3}(?:vestiging|kantoor|fabriek|winkel)', 'zwarte cijfers', 'winst (?:\\p{L}+ )?(?:gemaakt|geboekt)', 'recordjaar', 'recordwinst'],
  pt: ['cresc(?:e|em|endo|eu)', 'expand~', 'abr(?:e|em|iu|iram|indo) (?:\\p{L}+ ){0,3}(?:filial|escritorio|fabrica|loja|unidade)', 'lucrativ~', 'vai bem', 'compr~ (?:outras )?empresas', 'ganh(?:ou|aram) (?:o|um) (?:\\p{L}+ )?(?:contrato|concurso)', 'a crescer', 'crescer (?:imenso|muito|bastante|a olhos vistos)', '(?:estao|esta) a contratar', 'contratando (?:muito|muita gente|bastante)', 'abrir (?:\\p{L}+ ){0,3}(?:filial|escritorio|fabrica|loja|unidade)', 'no azul', '(?:deu|teve|registou|registrou|apresentou) lucro~?', 'ano recorde', 'lucro recorde'],
  pl: ['rozwija sie', 'rosnie', 'otwiera~ (?:\\p{L}+ ){0,3}(?:oddzial|biuro|fabryke|sklep)', 'rentown~', 'dobrze sobie radzi', 'przejmuj~', 'wygral~ (?:przetarg|kontrakt)', 'zatrudnia~ (?:duzo|mnostwo|masowo|na potege)', 'otworzy~ (?:\\p{L}+ ){0,3}(?:oddzial|biuro|fabryke|sklep)', 'otwieraj~ (?:\\p{L}+ ){0,3}(?:oddzial|biuro|fabryke|sklep)', 'na plusie', 'rekordow~ (?:zysk~|rok)', '(?:wypracowal~|osiagnel~|mial~|mieli) zysk~?'],
};
/** The company invited the owner before ("they contacted me last year", "znowu oni"). */
export const INVITED_BEFORE: ByLanguage = {
  en: ['(?:second|third|2nd|3rd) time (?:\\p{L}+ ){0,3}(?:called|contacted|invited|reached out|approached)', 'invited me before', 'contacted me before', 'again,? (?:them|they)', 'third time', 'last year (?:too|as well)', '(?:had |have |has )?(?:already )?(?:invited|interviewed|contacted) me (?:\\p{L}+ ){0,3}(?:before|last (?:year|spring|summer|autumn|fall|winter|month)|previously|once)', 'interviewed (?:with them|there) (?:before|last \\p{L}+)', '(?:interviewed|invited|contacted|called) me (?:\\p{L}+ ){0,6}(?:\\d+|a|one|two|three|four|five|a few|a couple of) (?:years?|months?) ago', '(?:interviewed|had an interview|was interviewed) (?:with|at|there|by them) (?:\\p{L}+ ){0,5}(?:years?|months?) ago'],
  fr: ['me relanc~', '(?:deuxieme|troisieme|2e|3e) fois (?:\\p{L}+ ){0,6}(?:contact~|invit~|convoqu~|relanc~|appel~)', 'deja contacte~', 'encore eux', "m'?avai(?:en)?t (?:deja )?(?:invite~|convoque~|contacte~)", 'deja (?:invite~|convoque~|passe un entretien)'],
  de: ['zum (?:zweiten|dritten) mal', 'schon mal (?:eingeladen|angeschrieben)', '(?:hatte|hatten) mich (?:\\p{L}+ ){0,9}(?:eingeladen|angeschrieben|kontaktiert)', '(?:hat|haben) mich (?:\\p{L}+ ){0,3}(?:schon|bereits|damals|fruher|einmal|mal|letztes jahr|voriges jahr|vor \\p{L}+ (?:jahren|monaten|wochen)) (?:\\p{L}+ ){0,3}(?:eingeladen|angeschrieben|kontaktiert)', 'schon (?:einmal|letztes jahr|letzten \\p{L}+) (?:eingeladen|angeschrieben)', '(?:war|hatte) (?:(?:schon|bereits|mal|einmal|da|dort|bei ihnen|auch|vor \\p{L}+ jahren) ){1,4}(?:zum|im|zu einem) (?:\\p{L}*gesprach|interview)'],
  es: ['(?:segunda|tercera) vez que (?:\\p{L}+ ){0,3}(?:me )?(?:llaman|llama|contactan|escriben|invitan|buscan)', 'ya me (?:llamaron|habian buscado|buscaron|contactaron)', 'otra vez ellos', 'ya me (?:habian )?(?:invitado|entrevistado|llamado)', 'me (?:invitaron|entrevistaron) (?:\\p{L}+ ){0,3}(?:antes|el ano pasado|hace)'],
  it: ['(?:seconda|terza) volta che (?:\\p{L}+ ){0,3}(?:mi )?(?:chiamano|chiama|contattano|cercano|invitano|scrivono)', 'gia contattat~', 'di nuovo loro', 'mi (?:avevano|aveva) (?:gia )?(?:invitat~|chiamat~|contattat~)', 'gia (?:fatto|sostenuto) un colloquio'],
  nl: ['(?:tweede|derde) keer dat (?:\\p{L}+ ){0,3}(?:me|mij) (?:\\p{L}+ )?(?:bellen|benaderen|uitnodigen|mailen)', 'eerder gesolliciteerd', 'heb ik in \\d{4} gesolliciteerd', 'eerder benaderd', '(?:hadden|had|hebben|heeft) (?:me|mij) (?:\\p{L}+ ){0,6}(?:uitgenodigd|benaderd|gebeld|gemaild)', 'eerder (?:uitgenodigd|op gesprek geweest)'],
  pt: ['(?:segunda|terceira) vez que (?:\\p{L}+ ){0,3}(?:me )?(?:chama|chamam|contacta|contactam|convida|convidam|procura|procuram|liga|ligam)', 'ja me (?:chamaram|contactaram)', 'de novo eles', 'ja me (?:tinham |haviam )?(?:convidado|entrevistado)', 'me (?:convidaram|entrevistaram) (?:\\p{L}+ ){0,3}(?:antes|no ano passado|ha)', 'ja me (?:tinham |haviam )?(?:chamado|contactado|ligado)'],
  pl: ['(?:drugi|trzeci) raz (?:\\p{L}+ ){0,3}(?:mnie )?(?:zapraszaja|dzwonia|pisza|kontaktuja)', 'znowu oni', 'tez pisali', 'juz pisali', '(?:juz )?(?:zapraszali|zaprosili) mnie (?:\\p{L}+ ){0,3}(?:wczesniej|w zeszlym roku|rok temu)', 'juz (?:bylem|bylam) u nich na rozmowie', '(?:drugi|trzeci|kolejny) raz (?:do mnie )?(?:pisza|pisali|dzwonia|dzwonili|zapraszaja)', '(?:rok|dwa lata|pol roku) temu (?:tez|juz) (?:byla|mialem|mialam) rozmow~', '(?:bylem|bylam|bylismy) (?:juz )?u nich (?:\\p{L}+ ){0,2}na rozmowie', '(?:drugi|trzeci|kolejny) raz,? (?:\\p{L}+ ){0,6}(?:odzywa~|odezw~|zglasza~|kontaktuj~|pisz~|dzwoni~|zaprasza~)', 'juz (?:drugi|trzeci|kolejny|czwarty) raz', '(?:rok|dwa lata|pol roku|\\p{L}+ (?:lat|miesiecy)) temu (?:\\p{L}+ ){0,2}(?:chcieli|chcieli mnie|zapraszali|zaprosili|dzwonili)'],
};
/** The role may be more than its description says. */
export const MORE_THAN_DESCRIBED: ByLanguage = {
  en: ["more to it than", 'bigger job than it looks', "postings never do", 'more than the description', '(?:ads|postings|descriptions|job specs?) never (?:tell|say|show)', 'more than (?:it|the (?:ad|posting)) (?:says|lets on)', 'more (?:to it|behind it)', "(?:advert|ad|description|posting|job spec|spec|listing) (?:doesn'?t|does not|don'?t) (?:say|tell) (?:much|a lot|anything)", '(?:advert|ad|description|posting|listing) says (?:very )?little', 'better than (?:it|the (?:ad|posting|description|title)) (?:looks|sounds|reads|seems)', '(?:description|ad|advert|posting|listing|job spec) (?:is |was |seems )?(?:so |pretty |very |really |a bit |quite )?(?:vague|generic|short|thin|sparse)', "hard to (?:tell|know|say) what (?:i'?d|i would|the job|the role|it) (?:really |actually )?(?:do|be|involves?)", '(?:could|might|may) (?:be|mean) anything', 'no idea what (?:it|the role|the job) (?:really |actually )?(?:involves|is|means)', '(?:more|better|bigger|broader|richer|more varied|more interesting) (?:\\p{L}+ ){0,2}than (?:what )?(?:they|it|the (?:ad|advert|posting|description|jd|spec|listing)) (?:write|wrote|say|said|describe|describes|says|makes out|made out|looks|sounds|reads)', 'than (?:it )?(?:looks|sounds|reads) on paper', '(?:better|more interesting|more varied|bigger|broader|richer|nicer|more fun) (?:\\p{L}+ ){0,3}than (?:\\p{L}+ ){0,3}(?:ad|advert|advertisement|posting|description|listing|job spec|spec|title|jd|it (?:sounds|looks|reads|seems))(?![\\p{L}])', '(?:ad|advert|posting|description|listing|job spec) (?:is |was |has )?(?:just |only |literally )?(?:two|three|four|a few|a couple of|2|3|4) (?:lines|sentences)', '(?:actual|real) (?:job|role|work|position) (?:is|might be|could be|may be|will be) (?:\\p{L}+ )?(?:bigger|more|better|broader|wider|richer)'],
  fr: ['davantage derriere', 'plus que (?:la|sa) description', 'les annonces ne disent jamais', "plus (?:\\p{L}+ ){0,2}qu'?il n'?y parait", '(?:il y a )?(?:plus|davantage) (?:que ca )?derriere', 'il y a (?:sans doute )?plus (?:que|qu.il)', "mieux que (?:ca|ce qu'?il|il|ce que) (?:n'?)?(?:en |y )?(?:a l'?air|parait|semble)", 'ne sais pas (?:trop |vraiment |bien )?ce que (?:cela|ca) recouvre', '(?:annonce|description|fiche de poste) (?:\\p{L}+ )?(?:tres |trop |assez |super )?(?:vague|floue|generique|courte)', "plus (?:\\p{L}+ ){0,2}que (?:ce qu.?(?:ils|elles|elle|il|on) (?:n.)?(?:ecrivent|ecrit|dit|disent|decrivent|decrit|annoncent)|(?:sur )?(?:le )?papier|l.annonce|la fiche)", '(?:mieux|meilleur~|plus (?:interessant|riche|varie|large|sympa)~?) (?:\\p{L}+ ){0,3}que (?:\\p{L}+ ){0,3}(?:l. ?)?(?:annonce|description|offre|fiche|intitule)(?![\\p{L}])', '(?:poste|boulot|job|travail) (?:\\p{L}+ ){0,2}(?:est )?(?:peut-etre |sans doute )?plus interessant que ce qu', '(?:annonce|description|offre) (?:\\p{L}+ )?(?:fait|tient en|c.?est|a) (?:deux|trois|quatre|quelques) lignes', '(?:vrai|reel|veritable) (?:poste|boulot|travail|job) (?:est|sera|serait) (?:\\p{L}+ )?(?:plus|mieux)'],
  de: ['spannender sein konnte', 'mehr dahinter', '(?:anzeigen|stellenanzeigen) sagen nie', 'mehr als (?:es )?(?:klingt|scheint)', 'steckt mehr dahinter', 'besser als es (?:klingt|aussieht|scheint)', '(?:stellenanzeige|anzeige|beschreibung|stellenbeschreibung|inserat) (?:\\p{L}+ )?(?:sehr |total |ziemlich |recht )?(?:vage|schwammig|allgemein|kurz|knapp|nichtssagend)', 'erf(?:ahrt|ahre) man (?:doch )?erst im gesprach', '(?:mehr|spannender|vielseitiger|abwechslungsreicher|interessanter|besser) (?:\\p{L}+ ){0,2}als (?:beschrieben|es klingt|es aussieht|im inserat|in der anzeige|auf dem papier|sie schreiben|da steht)', 'weiss man (?:ja |doch |eh )?erst (?:nach|im|beim) (?:einem |dem )?gesprach', '(?:besser|spannender|interessanter|vielseitiger|abwechslungsreicher|mehr)(?: \\p{L}+){0,3},? als (?:\\p{L}+ ){0,3}(?:anzeige|inserat|beschreibung|ausschreibung|stellenanzeige|stellenbeschreibung|stellenausschreibung|es klingt|es aussieht|es scheint)(?![\\p{L}])', '(?:anzeige|stellenanzeige|beschreibung|ausschreibung|inserat) (?:\\p{L}+ ){0,2}(?:zwei|drei|vier|ein paar) zeilen', '(?:eigentlich|echt|tatsachlich)~ (?:stelle|aufgabe|arbeit|job|rolle) (?:ist|ware|wird) (?:\\p{L}+ )?(?:grosser|mehr|spannender|besser|breiter)'],
  es: ['me cuentan algo mas', 'mas de lo que parece', '(?:los )?avisos nunca (?:cuentan|dicen)', 'mas (?:\\p{L}+ ){0,2}del? (?:lo )?que parece', 'tiene mas vuelo', 'hay mas (?:detras|de fondo)', '(?:pone|dice) muy poco', 'no dice (?:mucho|gran cosa)', 'mejor de lo que parece', '(?:descripcion|anuncio|aviso|oferta) (?:\\p{L}+ )?(?:muy |re |super |bastante )?(?:vag[oa]|generic[oa]|cort[oa])', 'mas (?:\\p{L}+ ){0,2}de lo que (?:dicen|pone|ponen|escriben|describen|cuentan|dice el anuncio)', '(?:mejor|mas interesante|mas variad[oa]|mas amplio) (?:\\p{L}+ ){0,3}(?:de lo que|que) (?:\\p{L}+ ){0,3}(?:oferta|anuncio|aviso|descripcion|dice|dicen|pone|ponen|parece)(?![\\p{L}])', '(?:anuncio|oferta|descripcion) (?:\\p{L}+ )?(?:son|es de|tiene) (?:dos|tres|cuatro|unas pocas|cuatro) lineas', '(?:puesto|trabajo|cargo) (?:real|de verdad) (?:es|sera|seria) (?:\\p{L}+ )?(?:mas|mejor)'],
  it: ['piu di quanto sembr~', 'gli annunci non dicono mai', 'piu (?:\\p{L}+ ){0,2}di quanto sembr~', "c'?e di piu", 'c.e (?:dell.)?altro dietro', 'meglio di quanto sembr~', 'detto cosi non mi dice (?:granche|molto|niente|nulla)', '(?:annuncio|descrizione) (?:\\p{L}+ )?(?:molto |troppo |un po )?(?:vag[oa]|generic[oa]|cort[oa])', 'gli annunci (?:li )?scrivono', 'piu (?:\\p{L}+ ){0,2}di (?:quello che|quanto) (?:scrivono|dicono|descrivono|scritto|descritto)', '(?:meglio|migliore|piu interessante|piu vari[oa]|piu ampi[oa]) (?:\\p{L}+ ){0,3}(?:di come|di quanto|di quello che|dell.|della|del|che) ?(?:\\p{L}+ ){0,3}(?:annuncio|descrizione|offerta|descrivono|dicono|scrivono|sembra)(?![\\p{L}])', '(?:annuncio|descrizione|offerta) (?:\\p{L}+ )?(?:sono|e|di|ha) (?:solo |appena )?(?:due|tre|quattro|poche) righe', 'due righe in croce', 'non e detto che non ci sia', '(?:vero|reale|effettivo) (?:lavoro|ruolo|posto) (?:e|sara|sarebbe) (?:\\p{L}+ )?(?:piu|meglio)'],
  nl: ['meer achter', 'meer dan het lijkt', 'vacatures zeggen nooit', 'meer (?:\\p{L}+ ){0,2}dan het lijkt', 'zit meer achter', 'beter dan het (?:lijkt|klinkt)', '(?:vacature(?:tekst)?|omschrijving|beschrijving) (?:\\p{L}+ )?(?:erg |heel |nogal |best )?(?:vaag|algemeen|kort|summier)', '(?:meer|leuker|interessanter|gevarieerder|breder|beter) (?:\\p{L}+ ){0,2}dan (?:ze schrijven|er staat|beschreven|in de vacature|op papier|het lijkt)', '(?:beter|leuker|interessanter|breder|gevarieerder|uitdagender) (?:\\p{L}+ ){0,3}dan (?:\\p{L}+ ){0,3}(?:vacature\\p{L}*|omschrijving|beschrijving|advertentie|het lijkt|het klinkt|doet vermoeden)(?![\\p{L}])', '(?:vacature|advertentie|omschrijving|vacaturetekst) (?:\\p{L}+ ){0,2}(?:twee|drie|vier|een paar) (?:regels|zinnen|zinnetjes)', '(?:echte|eigenlijke|werkelijke) (?:baan|functie|job|rol) (?:is|wordt|zou) (?:\\p{L}+ )?(?:groter|meer|beter|breder)'],
  pt: ['mais do que parece', 'os anuncios nunca (?:dizem|contam)', 'mais (?:\\p{L}+ ){0,2}do que parece', 'ha mais por tras', 'melhor do que parece', '(?:descricao|anuncio|vaga) (?:\\p{L}+ )?(?:tri |muito |bem |super |bastante )?(?:generic[oa]|vag[oa]|curt[oa])', 'nao da (?:pra|para) saber (?:o que|como)', 'tanto pode ser', 'mais (?:\\p{L}+ ){0,2}do que (?:aquilo que |o que )?(?:la |ali )?(?:escreveram|escrevem|dizem|descrevem|diz o anuncio|parece no papel)', '(?:melhor|mais interessante|mais variad[oa]|mais ampl[oa]) (?:\\p{L}+ ){0,3}(?:do que|que) (?:\\p{L}+ ){0,3}(?:anuncio|descricao|vaga|oferta|dizem|diz|parece|descrevem)(?![\\p{L}])', '(?:anuncio|vaga|descricao) (?:\\p{L}+ )?(?:sao|tem|e de) (?:duas|tres|quatro|umas poucas) linhas', '(?:trabalho|cargo|vaga|funcao) (?:real|de verdade) (?:e|sera|seria) (?:\\p{L}+ )?(?:maior|mais|melhor)'],
  pl: ['wiecej niz (?:sie wydaje|opis)', 'ogloszenia nigdy nie mowia', 'wiecej (?:\\p{L}+ ){0,2}niz sie wydaje', 'kryje sie wiecej', 'lepsz~ niz sie wydaje', '(?:opis|ogloszenie) (?:\\p{L}+ )?(?:taki |bardzo |dosc |strasznie )?(?:krotki|ogolnikowy|lakoniczny|ogolny)', 'nic z niego nie wynika', '(?:ciekawsz~|lepsz~|bardziej \\p{L}+|wiecej) (?:\\p{L}+ ){0,2},? ?niz (?:wyglada|to wyglada|na papierze|w ogloszeniu|opisali|pisza|opis)', '(?:lepsz~|ciekawsz~|bardziej \\p{L}+) (?:\\p{L}+ ){0,3}niz (?:\\p{L}+ ){0,3}(?:ogloszeni~|opis~|ofert~|wyglada|sie wydaje)(?![\\p{L}])', '(?:ogloszenie|opis) (?:\\p{L}+ ){0,2}(?:dwie|trzy|cztery|kilka) (?:linijki|linijek|zdania|zdan)', '(?:prawdziwa|faktyczna|rzeczywista) (?:praca|rola) (?:jest|bedzie|bylaby) (?:\\p{L}+ )?(?:wieksza|lepsza|ciekawsza|szersza)'],
};
/** A hotel, but not the French civic buildings called so ("Hôtel de Ville", "Hôtel du Département"): no overnight stay. */
const CIVIC_HOTEL = "hotel(?! (?:de ville|du departement|de region|de la region|de police|des impots|de la prefecture|d.agglomeration|de la metropole|communautaire))";

/**
 * The owner's own: a first-person possessive right before a term of work ("after my night shift", "nach mim
 * Nachtdienst", "dopo il mio turno di notte") speaks of the job the owner has now, not of the role offered.
 */
export const MY_OWN: ByLanguage = {
  en: ['my', 'our'],
  fr: ['mon', 'ma', 'mes', 'notre', 'nos'],
  de: ['mein~', 'mim', 'minem', 'minere', 'unser~'],
  es: ['mi', 'mis', 'nuestr[oa]s?'],
  it: ['(?:il |la |i |le |al |alla |ai |alle |del |della |dal |dalla )?mi[oaie]', '(?:il |la )?nostr[oaie]'],
  nl: ['mijn', "m'n", 'ons', 'onze'],
  pt: ['(?:o |a |os |as |do |da |no |na )?(?:meu|minha|meus|minhas|nosso|nossa)'],
  pl: ['moj~', 'nasz~'],
};

/** The interview costs time: a whole day, several days, a flight, a hotel, hours of travel. */
export const TIME_COST: ByLanguage = {
  en: ['(?:two|2|three|3) (?:whole )?days', 'flight', 'fly(?:ing)? (?:out|in)', CIVIC_HOTEL, 'night before', '\\d+ hours? (?:drive|by car|by train|each way)', 'flights', 'a night (?:there|away)', 'overnight', "(?:don'?t|won'?t|not|doesn'?t) (?:cover|pay for|reimburse) (?:the |my )?travel", 'train (?:ride|journey) of', '(?:take|taking|use|using|burn|burning) (?:a |the |one |another )?(?:whole |full )?(?:day off|day of (?:leave|holiday|annual leave|pto)|vacation day|annual leave|pto)', '\\d+(?:\\.\\d)? hours? (?:drive|driving|on the road|on the train|commute|there and back|round trip)', 'hours? each way', 'an hour and a half (?:each way|drive|there)', 'assessment (?:day|centre|center)', 'red[- ]eye'],
  fr: ['train de \\d+h', CIVIC_HOTEL, 'heures de (?:route|train)', '(?:ne )?rembourse~ pas (?:le )?(?:deplacement|voyage|train)', 'nuit (?:sur place|a l.hotel)', 'jour(?:nee)? de conge', 'pose~ (?:un|une) (?:jour|journee|conge|rtt)', '(?:une heure et demie|deux heures|trois heures|\\d+ ?h(?:eures?)?) de (?:route|trajet|voiture|train|transport)', 'centre d.evaluation'],
  de: ['flug', CIVIC_HOTEL, 'ubernacht~', 'stunden (?:fahrt|zug)', 'reisekosten (?:\\p{L}+ )?nicht', 'ubernachtung', 'urlaubstag', 'tag urlaub', 'urlaub nehmen', '(?:anderthalb|eineinhalb|zwei|drei|\\d+) stunden? (?:fahrt|anfahrt|autofahrt|zugfahrt|pro strecke|pro richtung|je richtung|hin|hin und zuruck)', 'assessment ?cent(?:er|re)', 'anreise am vortag'],
  es: ['(?:un|el|en|tomar|coger|con|de) vuelo', 'vuelos', CIVIC_HOTEL, 'tren de las', 'dia libre', 'dia de vacaciones', 'pedir(?:me)? el dia', '(?:hora y media|(?:dos|tres|cuatro|\\d+) horas?(?: y media)?) de (?:viaje|coche|auto|tren|camino|ruta|colectivo)'],
  it: ['ore di (?:macchina|treno)', 'dormire la', 'la sera prima', 'frecciarossa', 'volo', 'trasferta', 'giorno di ferie', 'giornata di ferie', '(?:un|una) (?:giorno|giornata) (?:di ferie|libero|libera)', '(?:un.ora e mezza|due ore|tre ore|\\d+ ore) di (?:viaggio|macchina|treno|strada|auto)'],
  nl: ['uur onderweg', 'overnacht~', 'vlucht', 'reiskosten (?:\\p{L}+ )?niet', '(?:anderhalf|twee|drie|\\d+) uur (?:rijden|met de (?:auto|trein)|onderweg|heen)', 'verlofdag', 'dag verlof', 'vrije dag (?:op)?nemen', 'assessmentdag', 'assessment ?cent(?:er|re)'],
  pt: ['voo', CIVIC_HOTEL, 'horas de (?:viagem|comboio|carro)', 'nao pagam a viagem', 'dia de ferias', 'tirar (?:um|o) dia', 'dia de folga', '(?:hora e meia|(?:duas|tres|quatro|\\d+) horas?(?: e meia)?) de (?:viagem|carro|estrada|comboio|onibus|transito)'],
  pl: ['pociag o', 'nocleg', 'lot', 'dojazd (?:\\p{L}+ )?nie', 'dzien urlopu', 'wziac (?:dzien )?urlop', 'urlop na zadanie', '(?:poltorej godziny|dwie godziny|trzy godziny|\\d+ godzin~) (?:jazdy|drogi|pociagiem|samochodem|w jedna strone)'],
};

/**
 * A whole or half day: time the interview costs when the sentence speaks of the interview ("the assessment takes
 * the whole day", "das Gespräch dauert den ganzen Tag"), not when it says what the job's days are made of
 * ("den ganzen Tag Mengen nachrechnen", "emitir faturas o dia inteiro").
 */
export const WHOLE_DAY: ByLanguage = {
  en: ['(?:whole|full|all)[- ]day', 'half[- ]a[- ]day', 'half[- ]day'],
  fr: ['journee (?:entiere|complete)', 'toute la journee', 'demi-journee'],
  de: ['ganze[rn]? tag', 'ganztag~', 'halbe[rn]? tag'],
  es: ['(?:dia|todo el dia) entero', 'todo el dia', 'toda la manana', 'jornada completa'],
  it: ['giornata intera', 'tutto il giorno', 'mezza giornata', 'intera giornata'],
  nl: ['hele dag', 'halve dag', 'volledige dag', 'ganse dag', 'hele (?:voormiddag|namiddag|ochtend|middag)'],
  pt: ['dia inteiro', 'dia todo', 'meio dia', 'meia jornada', '(?:a )?(?:manha|tarde) toda', 'toda a (?:manha|tarde)'],
  pl: ['caly dzien', 'pol dnia'],
};

/** The interview as an event that takes time: the interview, assessment or visit, and its lasting or taking. */
export const INTERVIEW_EVENT: ByLanguage = {
  en: ['rounds?', 'train', 'journey', 'drive', 'driving', 'commute', 'gone', 'lost', 'wasted', 'write[- ]off', 'tests?', 'interview~', 'assessment~', 'meeting', 'session', 'selection', 'process', 'visit', 'on[- ]?site', 'trial day', 'open day', 'takes?', 'taking', 'lasts?', 'lasting', 'there and back', 'travel~', 'day off', 'leave'],
  fr: ['tours?', 'train', 'route', 'voiture', 'perdu~', 'epreuves', 'tests', 'entretien~', 'rendez-vous', 'seance', 'evaluation', 'selection', 'dure~', 'prend~', 'conge', 'deplacement', 'trajet', 'visite'],
  de: ['runde~', 'zug', 'auto', 'weg', 'verloren', 'tests?', 'prufung~', '\\p{L}*gesprach~', 'interview~', 'assessment~', 'termin', 'auswahl~', 'dauer~', 'urlaub~', 'frei ?nehmen', 'freigenommen', 'anreise', 'fahrt'],
  es: ['rondas?', 'tren', 'coche', 'perdid~', 'pruebas', 'entrevista~', 'reunion', 'proceso', 'seleccion', 'dura~', 'lleva', 'ocupa', 'viaje', 'vacaciones', 'dia libre', 'pedir(?:me)? el dia'],
  it: ['round', 'treno', 'macchina', 'pers~', 'prove', 'colloqui~', 'incontro', 'selezion~', 'dura~', 'prende', 'occupa', 'ferie', 'viaggio', 'trasferta'],
  nl: ['rondes?', 'trein', 'auto', 'kwijt', 'verloren', 'testen', 'gesprek~', 'sollicitatie~', 'assessment~', 'selectie~', 'duurt', 'neemt', 'verlof', 'vrij (?:nemen|vragen)', 'reis~'],
  pt: ['rondas?', 'etapas?', 'comboio', 'carro', 'perdid~', 'provas', 'testes', 'pedir', 'entrevista~', 'reuniao', 'processo', 'selecao', 'dura~', 'leva', 'ocupa', 'ferias', 'folga', 'viagem'],
  pl: ['etap~', 'pociag~', 'samochod~', 'stracon~', 'testy', 'testow', 'rozmow~', 'spotkani~', 'rekrutacj~', 'assessment', 'trwa~', 'zajmie', 'zajmuje', 'urlop~', 'dojazd~', 'podroz~'],
};


/** The invitation's travel: a flight, a hotel night, tickets booked for the candidate. */
export const TRAVEL: ByLanguage = {
  en: ['flights?', 'fly(?: you)? (?:in|out|to)', CIVIC_HOTEL, 'accommodation', 'train tickets?', 'travel (?:costs|expenses)', 'overnight stay', 'reimburs~ (?:\\p{L}+ ){0,2}travel', 'travel (?:will be |is )?(?:reimbursed|covered|paid for)', 'plane tickets?', 'hotel nights?', 'air ?fares?'],
  fr: ['billets? (?:d.avion|de train)', CIVIC_HOTEL, 'hebergement', 'nuitee', 'frais de (?:deplacement|voyage)', 'vol (?:depuis|pour|aller)', 'rembours~ (?:\\p{L}+ ){0,3}(?:deplacement|voyage|trajet)'],
  de: ['flug', 'fluge', CIVIC_HOTEL, 'anreise', 'reisekosten', 'ubernachtung~', 'bahnticket~', 'fahrtkosten', 'erstatt~ (?:\\p{L}+ ){0,3}(?:fahrt|reise)~', 'flugticket~', 'hotelubernachtung~', 'hotelnacht~'],
  es: ['vuelos?', CIVIC_HOTEL, 'alojamiento', 'desplazamiento', 'billetes? de (?:avion|tren)', 'pasajes?', 'gastos de viaje', 'reembols~ (?:\\p{L}+ ){0,3}(?:viaje|desplazamiento)'],
  it: ['voli?', CIVIC_HOTEL, 'alloggio', 'pernottamento', 'trasferta', 'bigliett[oi]', 'spese di viaggio', 'rimbors~ (?:\\p{L}+ ){0,3}(?:viaggio|trasferta)'],
  nl: ['vlucht(?:en)?', CIVIC_HOTEL, 'overnachting', 'reiskosten', 'treinkaartje~', 'reiskostenvergoeding', 'vergoed~ (?:\\p{L}+ ){0,3}reis~', 'vliegticket~', 'hotelnacht~', 'vliegtuig~'],
  pt: ['voos?', CIVIC_HOTEL, 'alojamento', 'hospedagem', 'passage(?:m|ns)', 'despesas de viagem', 'reembols~ (?:\\p{L}+ ){0,3}(?:viagem|deslocacao|deslocamento)', 'bilhete~ de aviao', 'passage(?:m|ns) aere~', 'noite~ de hotel'],
  pl: ['przylat~', 'przylot~', `${CIVIC_HOTEL}~`, 'nocleg~', 'bilet~', 'koszty podrozy', 'zakwaterowani~', 'zwrot~ (?:\\p{L}+ ){0,3}(?:podrozy|dojazdu)'],
};

/** The invitation recalls an earlier contact with the candidate ("we met in March", "nous avions échangé"). */
export const INVITE_EARLIER: ByLanguage = {
  en: ['(?:we|i) (?:spoke|met|talked|interviewed you|chatted) (?:\\p{L}+ ){0,3}(?:last|earlier|in (?:january|february|march|april|may|june|july|august|september|october|november|december|\\d{4})|before|previously)', "you(?:'ll| will| may| might) remember (?:me|us|that we|we|our)", '(?:great|nice|good|lovely) to be (?:back )?in touch again', '(?:great|nice|good|lovely) to be back in touch', 'you (?:previously|already) applied', 'we had the pleasure of (?:speaking|meeting|interviewing)', '(?:since|after) (?:our|your) (?:last|previous|earlier) (?:conversation|interview|application)', 'you (?:previously |already )?interviewed (?:with us|here|for (?:the|our|a|an)) (?:\\p{L}+ ){0,5}(?:last|before|previously|earlier|in \\d{4}|ago)', 'you interviewed with us', '(?:great|nice|good|lovely) to reconnect', '(?:see|seeing) your name (?:come up )?again', 'i (?:still )?remember you(?: well| very well)?', '(?:good|great|nice|lovely) to hear from you again', '(?:interviewed|met|spoke (?:to|with)) you (?:\\p{L}+ ){0,3}(?:last|earlier|previously|before|in (?:\\d{4}|the spring|the summer|the autumn|the winter))', 'kept your (?:cv|resume|details|profile|application) on file', 'kept you on (?:our )?radar'],
  fr: ['nous avions eu le plaisir', 'nous avions (?:deja )?echange', 'vous aviez (?:deja )?postule', 'lors de (?:notre|votre) (?:precedent~|dernier~) (?:echange|entretien|candidature)', 'vous (?:aviez|avez) (?:deja )?(?:passe un entretien|ete recu~) (?:chez nous|avec nous)', '(?:ravi~|heureu\\p{L}*) de (?:vous )?(?:retrouver|reprendre contact)', 'je me souviens (?:bien |tres bien )?de vous', '(?:ravi~|heureu\\p{L}*|content~) d\'avoir (?:a nouveau |de nouveau )de vos nouvelles'],
  de: ['wir hatten (?:bereits|schon) (?:\\p{L}+ ){0,3}(?:gesprochen|kennengelernt|kontakt)', 'sie hatten sich (?:bereits|schon) beworben', 'unser~ (?:letzt|fruher)~ gesprach', 'sie waren (?:bereits|schon) (?:einmal |mal )?(?:bei uns|im gesprach)', 'schon (?:einmal|mal) bei uns (?:im gesprach|vorgestellt)', 'ich erinnere mich (?:\\p{L}+ ){0,2}an (?:sie|dich)', 'wieder von (?:ihnen|dir) zu horen', '(?:hatte|hatten) sie (?:bereits|schon|damals|letztes \\p{L}+) (?:\\p{L}+ ){0,3}(?:kennengelernt|eingeladen|interviewt)'],
  es: ['ya (?:hablamos|conversamos|nos conocimos|nos entrevistamos)', '(?:habiamos|hemos) (?:platicado|hablado|conversado|charlado|estado en contacto) (?:\\p{L}+ ){0,2}(?:el ano pasado|hace (?:\\p{L}+ )?(?:anos?|meses)|en (?:19|20)\\d\\d)', '(?:platicamos|charlamos|estuvimos (?:hablando|platicando|conversando|charlando)) (?:\\p{L}+ ){0,3}(?:en (?:19|20)\\d\\d|el ano pasado|hace (?:\\p{L}+ )?(?:anos?|meses))', 'el ano pasado (?:\\p{L}+ ){0,2}(?:hablamos|conversamos|platicamos|charlamos|estuvimos (?:hablando|platicando|conversando|charlando)|nos conocimos|te entrevistamos)', 'participaste en (?:el|un|nuestro) proceso', '(?:te|le) (?:guardamos|tenemos|mantuvimos|dejamos) en (?:nuestro )?radar', '(?:hablamos|conversamos|nos conocimos) (?:\\p{L}+ ){0,3}(?:en (?:19|20)\\d\\d|el ano pasado|hace (?:\\p{L}+ )?(?:anos?|meses))', 'retomar el contacto', 'tuvimos el gusto', 'ya habias postulado', 'en (?:nuestra|tu) (?:anterior|ultima) (?:entrevista|postulacion|conversacion)', 'ya (?:estuviste|estuvo) (?:\\p{L}+ ){0,2}(?:entrevista|con nosotros)', '(?:te|le) entrevistamos (?:\\p{L}+ ){0,3}(?:el ano pasado|anteriormente|antes|hace)', 'me acuerdo (?:muy )?(?:bien )?de (?:ti|usted)', '(?:hablamos|conversamos) (?:\\p{L}+ ){0,3}(?:en )?(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) pasado', 'volver a saber de (?:ti|usted)', '(?:te|le) (?:entrevistaron|conocieron) (?:\\p{L}+ ){0,3}(?:el ano pasado|antes|hace|en (?:19|20)\\d\\d)'],
  it: ['avevamo (?:gia )?(?:parlato|avuto il piacere|conosciuto)', 'si era (?:gia )?candidat~', 'nel (?:nostro|precedente) colloquio', "(?:l'?|la |lo )?abbiamo (?:gia )?(?:incontrat~|conosciut~|sentit~|intervistat~) (?:\\p{L}+ ){0,3}(?:l'?anno scorso|in passato|tempo fa|mesi fa)", 'mi ricordo (?:molto )?(?:bene )?di (?:te|lei)', '(?:ci )?(?:eravamo|siamo) (?:gia )?sentit~ (?:\\p{L}+ ){0,3}(?:l\'?anno scorso|in passato|tempo fa|mesi fa)', 'ci eravamo (?:gia )?sentit~', '(?:gia )?sentit~ (?:\\p{L}+ ){0,2}(?:lo scorso|la scorsa|l.anno scorso)'],
  nl: ['(?:we|wij) (?:hebben|hadden) (?:\\p{L}+ ){0,3}(?:eerder|al) (?:gesproken|kennisgemaakt)', 'je (?:hebt|had) (?:eerder|al) gesolliciteerd', 'je (?:was|bent) (?:eerder|vorig jaar|al eens) (?:al )?(?:op gesprek|bij ons)', 'ik herinner me (?:je|jou|u) (?:nog )?(?:goed)?', 'leuk (?:om )?weer (?:iets )?van (?:je|jou|u) te horen'],
  pt: ['ja (?:conversamos|falamos|nos conhecemos)', '(?:a gente|nos) (?:ja )?(?:conversou|conversamos|falou|falamos|se conheceu|nos conhecemos) (?:\\p{L}+ ){0,3}(?:em (?:19|20)\\d\\d|(?:no )?ano passado|anteriormente|antes|ha (?:\\p{L}+ )?(?:anos?|meses))', '(?:seu|teu) (?:perfil|curriculo|cv) ficou (?:com a gente|conosco|connosco|guardado)', 'retomar o contacto', 'retomar o contato', 'tivemos o prazer', 'ja se tinha candidatado', 'na (?:nossa|sua) (?:ultima|anterior) (?:entrevista|conversa|candidatura)', '(?:voce|o senhor|a senhora) (?:ja )?(?:participou|fez|esteve) (?:\\p{L}+ ){0,2}(?:entrevista|processo|conosco)', 'lembro-me (?:muito )?(?:bem )?de (?:si|ti|voce)', '(?:eu )?me lembro (?:muito )?(?:bem )?de (?:voce|ti)', 'voltar a ter noticias (?:suas|tuas)', '(?:falamos|conversamos) (?:\\p{L}+ ){0,3}(?:em )?(?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro) passado'],
  pl: ['(?:juz )?rozmawialismy (?:\\p{L}+ ){0,2}(?:wczesniej|juz|w zeszlym)', 'aplikowal~ (?:pan|pani)? (?:juz|wczesniej)', 'po naszej (?:poprzedniej|ostatniej) rozmowie', '(?:byl|byla) pan~? (?:juz )?u nas na rozmowie', 'pamieta(?:m|my) (?:pana|pania|cie|ciebie|nasza rozmowe)'],
};

/** A time well past, for a contact recalled: last year, a season of last year, "two years ago" (a bare year is IN_A_YEAR). */
export const WELL_PAST: ByLanguage = {
  en: ['last (?:year|spring|summer|autumn|fall|winter)', '(?:a|one|two|three|four|five|six|several|a few|few|a couple of|\\d+) (?:years?|months) ago'],
  fr: ["l'?an(?:nee)? (?:dernier|derniere|passe|passee)", "(?:(?:au|le|cet?) |(?:a )?l')(?:printemps|ete|automne|hiver) (?:dernier|passe)", 'il y a (?:\\p{L}+ |\\d+ )?(?:ans?|annees?|mois)'],
  de: ['(?:letzt|vergangen|vorig|fruher)~ (?:jahr~|fruhjahr~|fruhling~|sommer~|herbst~|winter~)', 'vor (?:\\p{L}+ |\\d+ )?(?:jahren|monaten|einem jahr)'],
  es: ['(?:el )?ano pasado', '(?:la|el) (?:primavera|verano|otono|invierno) pasad[oa]', 'hace (?:\\p{L}+ |\\d+ )?(?:anos?|meses)'],
  it: ["l'?anno scorso", "(?:la|lo|l'?) ?(?:primavera|estate|autunno|inverno) scors[oa]", '(?:anni|mesi) fa'],
  nl: ['vorig (?:jaar|voorjaar|najaar)', '(?:vorige|afgelopen) (?:zomer|winter|lente|herfst|voorjaar|najaar)', '(?:jaar|jaren|maanden) geleden'],
  pt: ['(?:no )?ano passado', '(?:na|no) (?:primavera|verao|outono|inverno) passad[oa]', 'ha (?:\\p{L}+ |\\d+ )?(?:anos?|meses)'],
  pl: ['w (?:zeszlym|ubieglym|poprzednim) roku', '(?:zeszlej|ubieglej) (?:wiosny|jesieni|zimy)', '(?:zeszlego|ubieglego) lata', '(?:rok|pol roku|\\p{L}+ lat~|\\d+ lat~|\\p{L}+ miesi~|\\d+ miesi~) temu'],
};
/** A year named as a time of contact ("in 2025", "en 2024"): past or not, the text does not say; with a contact word it reads as one before. */
export const IN_A_YEAR: ByLanguage = {
  en: ['(?:in|back in) (?:19|20)\\d\\d(?![\\d/-]|\\.\\d)'],
  fr: ['en (?:19|20)\\d\\d(?![\\d/-]|\\.\\d)'],
  de: ['(?:im jahr|in|im jahre) (?:19|20)\\d\\d(?![\\d/-]|\\.\\d)'],
  es: ['en (?:19|20)\\d\\d(?![\\d/-]|\\.\\d)'],
  it: ["(?:nel|nell'?anno) (?:19|20)\\d\\d(?![\\d/-]|\\.\\d)"],
  nl: ['in (?:19|20)\\d\\d(?![\\d/-]|\\.\\d)'],
  pt: ['em (?:19|20)\\d\\d(?![\\d/-]|\\.\\d)'],
  pl: ['w (?:19|20)\\d\\d(?![\\d/-]|\\.\\d)'],
};

/** Concepts' word lists joined, language by language. */
export function merge(...concepts: ByLanguage[]): ByLanguage {
  const out: Partial<Record<NoteLanguage, string[]>> = {};
  for (const concept of concepts) for (const [lang, list] of Object.entries(concept) as [NoteLanguage, readonly string[]][]) out[lang] = [...(out[lang] ?? []), ...list];
  return out;
}

/** …and the two together, for a contact recalled. */
const WELL_PAST_OR_A_YEAR = merge(WELL_PAST, IN_A_YEAR);

/**
 * The invitation recalls an earlier process with the candidate in other words: a contact (an interview, a
 * conversation, an application, a selection round) in the same clause as a time well past: a year ("in
 * 2025"), a season of last year, "two years ago". "We spoke last week" is the same process going on, and
 * "for a different opening" is the role now offered: neither is here.
 */
export const INVITE_EARLIER_PAIR: Pair = {
  a: {
    en: ['interview~', 'spoke', 'met', 'talked', 'chatted', 'applied', 'application~', 'process~', 'recruitment', 'invited', 'shortlisted', 'considered you', 'conversation~'],
    fr: ['entretien~', 'rencontr~', 'echang~', 'candidat~', 'processus', 'recrutement', 'recu~ en', 'convoque~', 'parle'],
    de: ['\\p{L}*gesprach~', 'kennengelernt', 'beworben', 'bewerbung~', 'eingeladen', 'gesprochen', '\\p{L}*verfahren~', 'interview~', 'unterhalten'],
    es: ['entrevist~', 'hablamos', 'hablado', 'conversamos', 'conversado', 'platicamos', 'platicado', 'charlamos', 'proceso~', 'postul~', 'conocimos', 'candidatura'],
    it: ['colloqui~', 'sentit~', 'parlato', 'conosciut~', 'incontrat~', 'candidat~', 'selezion~', 'intervist~'],
    nl: ['\\p{L}*gesprek~', 'gesproken', 'gesolliciteerd', 'sollicitatie~', 'uitgenodigd', 'kennisgemaakt', 'procedure', 'selectie~'],
    pt: ['entrevist~', 'conversamos', 'conversado', 'falamos', 'falado', 'processo~', 'candidat~', 'conhec~', 'recrutamento', 'selecao'],
    pl: ['rozmow~', 'rekrutacj~', 'aplikowal~', 'poznal~', 'spotkal~', 'zaprosil~', 'proces~'],
  },
  b: WELL_PAST_OR_A_YEAR,
};

/**
 * The owner recalls an earlier process with the company ("I interviewed there in 2024", "ik heb daar vorig
 * jaar al gesolliciteerd"): an interview or an application, not any meeting (a talk at a meetup draws to
 * people), in the same clause as a time well past.
 */
export const NOTE_EARLIER_PAIR: Pair = {
  a: {
    en: ['interviewed', 'had an interview', 'an interview with them', 'applied', 'application', 'shortlisted', 'rejected me', 'turned me down'],
    fr: ['entretien~', 'postule~', 'candidat~', 'convoque~', 'recu~ en'],
    de: ['\\p{L}*gesprach~', 'beworben', 'bewerbung~', 'interview~'],
    es: ['entrevist~', 'postul~', 'aplique', 'candidatura', 'proceso~'],
    it: ['colloqui~', 'candidat~', 'selezion~', 'intervist~'],
    nl: ['\\p{L}*gesprek~', 'gesolliciteerd', 'sollicitatie~', 'procedure'],
    pt: ['entrevist~', 'candidat~', 'processo~'],
    pl: ['rozmow~', 'rekrutacj~', 'aplikowal~', 'zaprosil~'],
  },
  b: WELL_PAST_OR_A_YEAR,
};

/** Double negation that means interest ("not that I'm not interested", "no es que no me interese"). */
export const NOT_UNINTERESTED: ByLanguage = {
  en: ["not that i'?m not", "(?:it'?s|it is) not (?:as if|like) (?:there'?s|there is|there was) (?:nothing|no)", "i wouldn'?t say (?:i'?m )?not", "not saying no", "(?:i'?m )?not (?:say|saying) (?:i'?m|it'?s|it is|i am) not", "(?:i )?ain'?t sayin'?g? (?:\\p{L}+ ){0,3}ain'?t", "not like (?:i'?m|it'?s) not", "not that (?:\\p{L}+ ){0,3}(?:isn'?t|not|don'?t|wasn'?t)", 'not (?:entirely |totally |completely |wholly |that )?uninteresting'],
  fr: ["ce n'?est pas que", 'c pas que', "(?:ce n'?est|c'?est|c) pas comme si", 'je ne dirais pas que', 'pas denue', 'pas (?:completement |totalement |tout a fait |si )?(?:inintéressant|ininteressant)~'],
  de: ['nicht dass', 'heisst (?:aber )?nicht, dass', '(?:ist|war) (?:\\p{L}+ ){0,2}nicht so,? dass', '(?:ganz |so |vollig |total )?uninteressant (?:\\p{L}+ ){0,3}nicht', 'nicht (?:ganz |so |vollig |total )?uninteressant'],
  es: ['no es que no', 'no es que (?:\\p{L}+ ){1,4}no', '(?:tampoco|ni) es que (?:\\p{L}+ ){0,4}no', 'no es como si', 'no te voy a decir que no', 'no me desagrada', 'no (?:es |me parece )?(?:del todo |nada )?(?:poco interesante|falto de interes)'],
  it: ["non (?:e|e') che non", "(?:neanche|nemmeno|neppure) (?:e|e') che (?:\\p{L}+ ){0,4}non", 'non che sia', "non (?:e|e') come se", 'non (?:e|e.) che (?:\\p{L}+ ){0,4}non', 'non (?:e |mi sembra )?(?:del tutto |proprio )?(?:poco interessante|privo di interesse)'],
  nl: ['ik zeg niet dat', 'niet willen beweren', 'niet alsof', 'niet dat ik', "(?:'?t|het) is niet dat", "(?:'?t|het) is (?:ook )?niet (?:zo )?dat", 'niet (?:helemaal |zo |totaal )?oninteressant', 'oninteressant (?:\\p{L}+ ){0,3}niet'],
  pt: ['nao que eu ache que nao', 'nao tem como eu nao', 'nao e como se', 'nao e que (?:\\p{L}+ ){0,4}nao', 'nao que (?:\\p{L}+ ){0,4}nao', 'nao (?:e |me parece )?(?:de todo |totalmente )?desinteressante'],
  pl: ['nie powiem zeby', 'nie mowie nie', 'nie skreslam', 'nie (?:to )?ze (?:\\p{L}+ ){0,4}nie', 'nie zeby (?:\\p{L}+ ){0,4}nie', 'nie (?:jest )?(?:calkiem |zupelnie |tak )?nieciekaw~'],
};
/**
 * "On the contrary" after a double negation makes it a plain yes ("ce n'est pas que le poste me déplaise,
 * bien au contraire"); without it the double negation is a hedged interest, a doubt.
 */
export const ON_THE_CONTRARY: ByLanguage = {
  en: ['on the contrary', 'quite the (?:opposite|contrary)', 'far from it', 'if anything'],
  fr: ['au contraire', 'loin de la'],
  de: ['im gegenteil'],
  es: ['al contrario', 'todo lo contrario', 'al reves'],
  it: ['al contrario', 'anzi', 'tutt~ il contrario'],
  nl: ['integendeel', 'in tegendeel', 'juist (?:wel|niet)', 'eerder het omgekeerde'],
  pt: ['pelo contrario'],
  pl: ['przeciwnie', 'raczej odwrotnie'],
};
/** Negation words: a concept right after one is negated ("not a dead end", "keine Insolvenz"). */
export const NEGATORS: ByLanguage = {
  en: ['not', 'no', 'never', "ain'?t", "isn'?t", "aren'?t", "wasn'?t", "don'?t", "doesn'?t", "didn'?t", "won'?t", "wouldn'?t", "can'?t", 'cannot', "shouldn'?t", 'hardly', 'without', 'nothing', 'dinnae', 'cannae', 'isnae', 'wasnae', 'willnae', 'wouldnae', 'couldnae', 'didnae', 'doesnae', 'hasnae', 'havnae', 'shouldnae', 'arenae'],
  fr: ['pas', 'ne', "n'", 'jamais', 'aucun~', 'sans'],
  // Regional forms as owners write them: Austrian and Bavarian "ned", Swiss "nöd"/"nid", Alemannic "nit"; Austrian and
  // Bavarian "ka", "koa" for "kein" ("i hab ka Interesse").
  de: ['nicht', 'kein~', 'nie', 'ohne', 'ned', 'nid', 'nod', 'nit', 'nix', 'keen', 'ka', 'koa', 'koane', 'kane'],
  es: ['no', 'nunca', 'ningun~', 'sin', 'ni'],
  it: ['non', 'mai', 'nessun~', 'senza'],
  // Regional forms: Gronings "nait" and "gain", Limburgs "neet", Flemish and Brabants "nie".
  nl: ['niet', 'geen', 'nooit', 'zonder', 'nait', 'gain', 'neet', 'nie', 'ni'],
  pt: ['nao', 'nunca', 'nenhum~', 'sem'],
  pl: ['nie', 'nigdy', 'zaden', 'bez', 'niy'],
};

/**
 * The owner's own case for going, the seed's advice in their words ("nothing to lose", "can't hurt", "baat het
 * niet, dan schaadt het niet", "zaszkodzić nie zaszkodzi", "good practice"): never "nothing appeals".
 */
export const WORTH_A_TRY: ByLanguage = {
  en: ['nothing to lose', "(?:can'?t|won'?t|doesn'?t|wouldn'?t|couldn'?t|cannot) hurt", "what'?s the harm", 'no harm in', 'worth a (?:try|shot|punt|go|look|chat|listen|gamble)', 'why not', 'might as well', 'may as well', '(?:good|some|useful|decent|more|extra) (?:interview )?practice', '(?:use|need|want) (?:the|some) (?:interview )?practice', 'for the practice', 'keep my hand in', 'keep me sharp', 'never hurts', 'you never know'],
  fr: ['rien a perdre', 'ca ne (?:coute|mange) rien', 'ca (?:coute|mange) rien', 'pourquoi pas', 'ca ne peut pas faire de mal', 'ca peut pas faire de mal', 'tant qu.?a faire', 'bon entrainement', 'pour (?:la pratique|m.?entrainer|l.?entrainement)', "ca vaut (?:le coup|la peine) d.?essayer", 'on ne sait jamais', 'on sait jamais', 'ne (?:saurait|peut|pourra|pourrait) (?:pas )?nuire', 'ca ne (?:peut|pourra) pas nuire'],
  de: ['nichts zu verlieren', "schaden kann(?:'?s| es| das)? nicht", 'kann (?:ja |doch )?nicht schaden', 'schadet (?:ja |doch )?nicht', 'warum (?:eigentlich )?nicht', 'einen versuch wert', '(?:als|gute) ubung', 'zum uben', 'kostet (?:ja |mich )?nichts', 'man weiss (?:ja )?nie'],
  es: ['nada que perder', 'no pierdo nada', 'no (?:me )?hace dano', 'por que no', 'vale la pena (?:intentar|probar)', 'no cuesta nada', 'para practicar', 'como practica', 'buena practica', 'por probar', 'nunca se sabe'],
  it: ['nulla da perdere', 'niente da perdere', 'non (?:mi )?costa (?:nulla|niente)', 'male non fa', 'non fa male', 'perche no', 'vale la pena provare', 'per fare pratica', 'come allenamento', 'tentar non nuoce', 'non si sa mai'],
  nl: ['niets te verliezen', 'niks te verliezen', 'baat het niet', 'kan geen kwaad', 'waarom niet', 'het proberen waard', 'kost (?:me )?(?:niks|niets)', 'als oefening', 'om te oefenen', 'goede oefening', 'je weet (?:maar )?nooit'],
  pt: ['nada a perder', 'nao perco nada', 'mal nao faz', 'nao faz mal', 'por que nao', 'porque nao', 'vale a pena tentar', 'nao custa nada', 'custa nada', 'para treinar', 'como treino', 'para praticar', 'nunca se sabe'],
  pl: ['nic nie trace', 'nic do stracenia', 'zaszkodzic nie zaszkodzi', 'nie zaszkodzi', 'czemu nie', 'dlaczego nie', 'warto sprobowac', 'nic nie kosztuje', 'dla praktyki', 'dla treningu', 'jako trening', 'pocwicze', 'a co tam', 'nigdy nie wiadomo'],
};

/** Trying it, in the first person ("I'll give it a go", "ich probier's", "spróbuję") or as "let's" ("on tente le coup", "probemos", "spróbujmy"): a decision to go. */
export const TRY_IT: ByLanguage = {
  en: ["i'?ll (?:give it a (?:go|whirl|shot|try|bash|crack)|have a (?:go|crack|bash|punt))", '(?:might|may) as well (?:go|do it|attend|give it a (?:go|shot|try))', "let'?s give it a (?:go|shot|try|whirl)", "i'?ll (?:just )?go (?:and|to) (?:see|look|have a look|find out|hear (?:them|her|him) out)"],
  fr: ['je vais (?:tenter|essayer)(?: le coup| ma chance)?$', "je tente(?: le coup| ma chance)?(?! d(?:e(?![\\p{L}])|'))", "j'?essaie(?! d(?:e(?![\\p{L}])|'))", 'on tente(?: le coup| notre chance| le truc)?$', 'tentons(?: le coup)?', 'essayons'],
  de: ["ich probier~(?: es| das|'s)", "ich versuch~(?: es| das|'s)", "probier~ ich'?s?", "probieren wir(?:'s| es| das)?(?: (?:mal|halt|einfach))?$", "versuchen wir(?:'s| es| das)?(?: (?:mal|halt|einfach))?$"],
  es: ['lo intento', 'voy a (?:probar|intentarlo)', 'lo pruebo', 'pruebo suerte', 'probemos(?:lo)?', 'intentemoslo', 'vamos a intentarlo'],
  it: ['ci provo', 'provo$', 'tento(?! di)', 'proviamoci', 'proviamo(?:ci)?$', 'tentiamo(?:ci)?'],
  nl: ['ik probeer het', 'ik waag het erop', 'ik ga het proberen', 'ik waag (?:de|een) gok', 'laten we het (?:proberen|wagen)', 'we (?:proberen|wagen) het(?: erop)?$'],
  pt: ['vou tentar(?! (?:de|a|o|um|uma|\\p{L}+(?:ar|er|ir))(?![\\p{L}]))', 'tento$', 'arrisco', 'tentemos', 'vamos arriscar'],
  pl: ['sprobuje', 'zaryzykuje', 'pojde sprobowac', 'sprobujmy', 'zaryzykujmy'],
};

/** "Somehow" words that, after a no or a nothing, mean "in any way" ("nichts, was mich irgendwie reizt", "nothing that somehow appeals"): no hedge there. */
export const ANY_WAY: ByLanguage = {
  en: ['somehow', 'in any way'],
  fr: ['en quelque sorte'],
  de: ['irgendwie'],
  es: ['de alguna (?:manera|forma)'],
  it: ['in qualche modo'],
  nl: ['op een of andere manier'],
  pt: ['de alguma (?:forma|maneira)'],
  pl: ['jakos'],
};

/** A stretch of time said of the owner's own thinking ("turned it over all weekend", "tout le week-end"): no aspect of the job. */
export const TIME_SPAN: ByLanguage = {
  en: ['(?:all|over the|this|last|the whole|the entire) (?:weekend|night|evening)'],
  fr: ['(?:tout le|ce|le) week-end(?: dernier)?', 'toute la nuit'],
  de: ['(?:das ganze|am|dieses|letztes|uber das) wochenende', 'die ganze nacht'],
  es: ['(?:todo el|este|el) fin de semana(?: pasado)?', 'toda la noche'],
  it: ['(?:tutto il|questo|lo scorso|nel) (?:weekend|fine settimana)', 'tutta la notte'],
  nl: ['(?:het hele|dit|afgelopen|in het) weekend', 'de hele nacht'],
  pt: ['(?:o|este|no) fim de semana(?: todo| inteiro| passado)?', 'a noite toda'],
  pl: ['(?:caly|w|przez) weekend', 'cala noc'],
};

/**
 * One part of an opportunity named as what is "not for me" ("the commute is not for me", "das Pendeln ist nichts
 * für mich", "nothing about the location appeals"): a doubt about that part, never a verdict on the whole.
 */
export const ASPECT: ByLanguage = {
  en: ['commute', 'commuting', 'journey', 'drive', 'travel~', 'location', 'city', 'office', 'hours', 'shifts?', 'nights?', 'weekends?', 'pay', 'salary', 'money', 'dress code', 'open[- ]plan', 'agency', 'agencies', 'industry', 'sector', 'area', 'town', 'site', 'uniform', 'overtime', 'on[- ]call'],
  fr: ['trajet~', 'transport~', 'deplacement~', 'lieu', 'ville', 'bureau~', 'horaires?', 'nuits?', 'week-ends?', 'salaire', 'paie', 'secteur', 'open space', 'astreinte~', 'quartier', 'agence~'],
  de: ['pendel~', 'fahrt~', 'anfahrt', 'arbeitsweg', 'standort', 'stadt', 'buro', 'arbeitszeit~', 'schicht~', 'nachtschicht~', 'wochenend~', 'gehalt', 'bezahlung', 'branche', 'grossraumburo', 'bereitschaft~', 'agentur~', 'lage'],
  es: ['trayecto', 'desplazamiento~', 'viaje~', 'ubicacion', 'ciudad', 'oficina', 'horario~', 'turno~', 'noches?', 'fines? de semana', 'sueldo', 'salario', 'sector', 'guardias?', 'agencia~', 'zona'],
  it: ['tragitto', 'viaggi~', 'pendolar~', 'sede', 'citta', 'ufficio', 'orari~', 'turni', 'turno', 'notti?', 'weekend', 'stipendio', 'paga', 'settore', 'reperibilita', 'agenzi~', 'zona'],
  nl: ['reistijd', 'reizen', 'woon-werk~', 'forens~', 'locatie', 'stad', 'kantoor', 'werktijden', 'uren', 'diensten', 'nachtdienst~', 'weekend~', 'salaris', 'loon', 'sector', 'branche', 'kantoortuin', 'bureau', 'regio'],
  pt: ['trajeto', 'deslocac~', 'viage~', 'localizacao', 'cidade', 'escritorio', 'horario~', 'turno~', 'noites?', 'fins? de semana', 'salario', 'ordenado', 'setor', 'agencia~', 'zona'],
  pl: ['dojazd~', 'dojezdz~', 'lokalizacj~', 'miasto', 'biuro', 'godziny', 'zmian~', 'nocki', 'weekend~', 'pensj~', 'wyplat~', 'stawk~', 'branz~', 'open space', 'agencj~', 'okolic~'],
};

/**
 * A frame that sets what follows against what will happen ("in theory", "on paper", "normally I'd…",
 * "w teorii"): an instruction in the sentence after it is the one the owner is not giving.
 */
export const COUNTERFACTUAL: ByLanguage = {
  en: ['in theory', 'on paper', 'normally', 'ordinarily', 'any other time', 'in principle', 'usually i'],
  fr: ['en theorie', 'sur le papier', 'normalement', 'en principe', "d'?habitude"],
  de: ['theoretisch', 'in der theorie', 'auf dem papier', 'normalerweise', 'eigentlich musste', 'im prinzip', 'sonst wurde ich'],
  es: ['en teoria', 'sobre el papel', 'en papel', 'normalmente', 'en principio', 'por lo general'],
  it: ['in teoria', 'sulla carta', 'normalmente', 'in linea di principio', 'di solito'],
  nl: ['in theorie', 'op papier', 'normaal gesproken', 'normaal', 'in principe', 'theoretisch'],
  pt: ['em teoria', 'no papel', 'normalmente', 'em principio', 'teoricamente'],
  pl: ['w teorii', 'teoretycznie', 'na papierze', 'normalnie', 'w zasadzie', 'zwykle'],
};

/** A condition that only softens a request ("if you can, decline", "wenn möglich absagen"): no condition at all. */
export const IF_POSSIBLE: ByLanguage = {
  en: ['if (?:you can|you could|possible|poss|you don.?t mind|you would|you will)'],
  fr: ['si (?:tu peux|vous pouvez|possible|ca ne te derange pas)'],
  de: ['wenn (?:moglich|es geht|du kannst|das geht)', 'falls moglich'],
  es: ['si (?:puedes|podes|es posible|no te importa)'],
  it: ['se (?:puoi|possibile|e possibile|non ti dispiace)'],
  nl: ['als (?:het kan|je kunt|je kan|dat kan|het lukt)', 'indien mogelijk'],
  pt: ['se (?:puderes|puder|possivel|for possivel|nao te importas)'],
  pl: ['jesli (?:mozesz|mozna|to mozliwe)', 'jezeli (?:mozesz|mozna)', 'o ile mozesz'],
};

/** Mail-service footers and signature lines: never the owner's words. */
export const FOOTER = /^(?:sent from|sent with|get outlook|envoy[ée] (?:de|depuis)|von meinem|gesendet (?:von|mit|:)|enviado (?:desde|do|de)|inviato da|verstuurd (?:vanaf|met)|verzonden (?:vanaf|met)|wys[łl]ane z|--\s*$|__+|(?:best|kind)? ?regards|thanks,?$|merci d'avance|cordialement|gru(?:ß|ss)|lg\s|liebe gr|saludos|un saludo|cumprimentos|abra[çc]os|pozdrawiam|groetjes|groet|mit (?:freundlich|best|herzlich|lieb|sonnig|kollegial)\p{L}* gr|(?:freundliche|beste|viele|herzliche|sonnige) gr|mfg\b|vg\s|met vriendelijke groet|mvg\b|(?:cordiali|distinti) saluti|un saluto|atentamente|atenciosamente|z (?:powazaniem|pozdrowieniami)|bien (?:a vous|a toi)|salutations|cheers,?$|warm(?:est)? (?:regards|wishes)|all the best)/iu;

/** Contrast words that open a new clause (kept at its start: emphasis is read from them). */
export const CONTRAST = ['but', 'however', 'though', 'although', 'yet', 'still', 'that said', 'on the other hand', 'on the plus side', 'mais', 'cependant', 'toutefois', 'cela dit', 'en revanche', 'par contre', 'aber', 'jedoch', 'doch', 'dafur', 'allerdings', 'immerhin', 'trotzdem', 'pero', 'sin embargo', 'eso si', 'peeero', 'ma', 'tuttavia', 'comunque', 'maar', 'mer', 'niettemin', 'toch', 'mas', 'porem', 'contudo', 'no entanto', 'ainda assim', 'ale', 'jednak', 'za to', 'then again', 'except that', 'sauf que', 'nur dass', 'solo que', 'salvo que', 'solo che', 'tranne che', 'so que', 'tylko ze'];
/** Contrast words that are also particles ("doe maar", "sag doch zu", "not yet", "still there", "ich bin dafür"): they open a clause only after punctuation. */
export const CONTRAST_PARTICLES = ['maar', 'mer', 'doch', 'yet', 'still', 'dafur', 'toch', 'trotzdem', 'immerhin', 'allerdings', 'comunque', 'za to'];

/** Words that, written in capitals, stress what is said ("SEHR", "a GENIUS", "EL rubro"): emphasis, not an acronym. */
export const INTENSIFIERS: ByLanguage = {
  en: ['very', 'so', 'really', 'much', 'love', 'exactly', 'totally', 'the', 'best', 'dream', 'genius', 'huge', 'must', 'this', 'yes', 'want', 'need'],
  fr: ['tres', 'trop', 'vraiment', 'adore', 'enorme', 'le', 'la', 'les', 'genie', 'top', 'reve', 'oui', 'veux'],
  de: ['sehr', 'total', 'echt', 'mega', 'genau', 'der', 'die', 'das', 'genial', 'toll', 'super', 'top', 'will', 'ja', 'so'],
  es: ['muy', 'mucho', 'genio', 'justo', 'el', 'la', 'lo', 're', 'crack', 'top', 'si', 'quiero', 'tan'],
  it: ['molto', 'tanto', 'proprio', 'esatto', 'il', 'la', 'lo', 'genio', 'top', 'si', 'voglio'],
  nl: ['heel', 'echt', 'super', 'precies', 'zo', 'de', 'het', 'top', 'ja', 'wil'],
  pt: ['muito', 'demais', 'mesmo', 'o', 'a', 'genio', 'top', 'sim', 'quero', 'tao'],
  pl: ['bardzo', 'mega', 'naprawde', 'dokladnie', 'top', 'tak', 'chce'],
};

/** Acronyms read in capitals only (the same letters are common words: "per", "ere"). */
export const BLEAK_ACRONYMS = /(?<![\p{L}\p{N}])(?:PER|ERE|ERTE|WHOA)(?![\p{L}\p{N}])/u;
export const DUD_ACRONYMS = /(?<![\p{L}\p{N}])(?:ETT|CDD)(?![\p{L}\p{N}])/u;

/** The role itself, as a target ("the role", "die Stelle", "la vaga"). */
export const TARGET_ROLE: ByLanguage = {
  en: ['role', 'job', 'position', 'posting', 'title', 'work', 'step (?:forward|up)', '(?:career|next) (?:move|step)'],
  fr: ['poste', 'role', 'missions?', 'boulot', 'taf', 'pas en avant', 'evolution'],
  de: ['stelle', 'rolle', 'job', 'position', 'aufgabe~', 'titel', 'schritt nach (?:vorn~|oben)', 'karriereschritt'],
  es: ['(?:si |que )?es lo mio', 'puesto', 'chamba', 'trabajo', 'vacante', 'rol', 'paso adelante', 'paso (?:hacia )?arriba'],
  it: ['posto', 'ruolo', 'lavoro', 'posizione', 'passo (?:avanti|in avanti|in piu)'],
  nl: ['functie', 'rol', 'baan', 'vacature', 'stap (?:vooruit|omhoog)'],
  pt: ['vaga', 'cargo', 'funcao', 'trabalho', 'posto', 'passo (?:em frente|a frente|adiante)'],
  pl: ['stanowisk~', 'rola', 'role', 'praca', 'prace', 'krok (?:do przodu|naprzod|w gore)'],
};

/** "No" on its own, as a whole sentence (a clipped instruction). */
export const BARE_NO = /^(?:(?:so|then|donc|alors|also|dann|entonces|pues|quindi|allora|dus|dan|entao|wiec|ergo|actually|jednak|doch|toch|finalement|finalmente|alla fine|al final|w sumie|na jednak)\s+|(?:bref|en bref|bref bref|kurz gesagt|kurzum|in short|long story short|bottom line|en resumen|en resumidas cuentas|en fin|insomma|in breve|in sintesi|kortom|kort gezegd|resumindo|em suma|em resumo|krotko mowiac|podsumowujac|w skrocie)\s*[:,.…-]*\s*)?(?:no|non|nein|ne|nee|neen|nao|nie|nope|nop|nopes|nones|nanay|nah|nel)$|^(?:certainly|definitely|surely|absolutely|sicher|sicherlich|bestimmt|garantiert|certainement|surement|absolument|seguro que|claro que|certo che|sicuramente|di sicuro|zeker|zeker weten|com certeza|certamente|na pewno|z pewnoscia)\s+(?:not|nicht|ned|net|nit|pas|no|non|niet|nao|nie)$/iu;
/** Going there in person: a question about it ("should I travel there for this?") answered with a no is a no to going. */
export const GOING: ByLanguage = {
  en: ['go (?:there|in|all the way)', 'travel~', 'show up', 'turn up', 'drive (?:there|up|down|out)'],
  fr: ['y aller', 'aller (?:la-bas|jusqu)', 'me deplacer', 'me presenter', 'y courir'],
  de: ['hin(?:fahren|gehen|fliegen|reisen)', 'fahren', 'reisen', 'mich (?:\\p{L}+ ){0,3}vorstellen', 'hingeh~'],
  es: ['ir(?: hasta)? (?:alla|ahi)', 'viajar', 'presentarme', 'ir a (?:la entrevista|presentarme)'],
  it: ['andar(?:ci|e fino)', 'presentarmi', 'viaggiare'],
  nl: ['erheen', 'heen (?:gaan|rijden|reizen)', 'reizen', 'me (?:gaan )?voorstellen'],
  pt: ['ir (?:la|ate la)', 'viajar', 'me apresentar', 'apresentar-me'],
  pl: ['(?:po)?jechac', '(?:po)?isc tam', 'stawic sie', 'przedstawiac sie'],
};

/** Common short words that show a note is written in one of the languages read. */
export const FUNCTION_WORDS: ByLanguage = {
  en: ['the', 'and', 'is', 'it', 'this', 'i', 'not', 'they', 'for', 'but'],
  fr: ['le', 'la', 'les', 'et', 'est', 'je', 'pas', 'ce', 'pour', 'mais', 'c'],
  de: ['der', 'die', 'das', 'und', 'ist', 'ich', 'nicht', 'mit', 'aber'],
  es: ['el', 'los', 'y', 'es', 'yo', 'que', 'pero', 'para'],
  it: ['il', 'che', 'non', 'per', 'ma', 'sono', 'di'],
  nl: ['het', 'een', 'en', 'is', 'ik', 'niet', 'maar', 'van'],
  pt: ['o', 'os', 'e', 'que', 'nao', 'eu', 'mas', 'para', 'pra'],
  pl: ['i', 'to', 'nie', 'jest', 'ale', 'na', 'sie', 'w', 'z'],
};

/**
 * Words that tell the note's languages apart, matched on the note as written (lower-cased, accents kept,
 * whole words only): the reader guesses the language from them and reads the note with that language's
 * lists and English's. Only words no other language of the eight writes the same way in an everyday note
 * ("no", "la", "de", "que", "il", "mais", "die", "das", "is", "i", "to", "nie", "mi", "en" are left out for that
 * reason), plus the letters only one of them uses.
 */
export const LANGUAGE_MARKERS: Readonly<Record<NoteLanguage, { words: readonly string[]; letters?: RegExp }>> = {
  en: { words: ['the', 'and', 'it', 'this', 'they', "i'm", "don't", "it's", 'not', 'with', 'my', 'you', 'them', 'but', 'would', 'just', 'what', 'really', 'because', 'about', 'have', 'will', 'be', 'of', 'that', 'from', 'go', 'please'] },
  fr: { words: ['je', 'pas', 'est', "c'est", 'les', 'une', 'pour', 'avec', 'suis', 'très', 'trop', 'rien', 'ça', 'aussi', 'leur', 'nous', 'vous', 'des', 'du', 'au', 'et', 'ils', 'elle', 'sur', "j'ai", 'déjà', 'être'], letters: /œ/u },
  de: { words: ['ich', 'nicht', 'und', 'der', 'ist', 'mit', 'aber', 'mich', 'mir', 'auch', 'bitte', 'ein', 'eine', 'zu', 'wir', 'sind', 'noch', 'schon', 'wirklich', 'habe', 'bin', 'kein', 'keine', 'den', 'dem', 'doch', 'sehr', 'für', 'über', 'wäre', 'jetzt', 'hab', 'oder', 'nur', 'weil', 'dass', 'wie', 'auf', 'kann', 'wenn', 'ganz', 'ganze', 'drauf', 'halt', 'gell', 'nix', 'ned', 'scho'], letters: /[äöß]|(?<!g)ü/u },
  es: { words: ['el', 'los', 'yo', 'pero', 'muy', 'y', 'las', 'creo', 'también', 'ya', 'hay', 'sí', 'mejor', 'eso', 'tengo', 'sería', 'quiero', 'puesto', 'tienes', 'puedes', 'usted', 'del', 'hola', 'gracias', 'estamos', 'nuestro', 'nuestra'], letters: /[ñ¿¡]/u },
  it: { words: ['che', 'per', 'sono', 'di', 'gli', 'della', 'anche', 'molto', 'questo', 'questa', 'ho', 'è', 'ci', 'più', 'poi', 'perché', 'niente', 'sarebbe', 'voglio', 'azienda', 'lavoro', 'dei', 'delle', 'hanno', 'loro'] },
  nl: { words: ['het', 'een', 'ik', 'niet', 'maar', 'van', 'dat', 'wel', 'op', 'ook', 'zijn', 'heb', 'wil', 'graag', 'niks', 'echt', 'naar', 'voor', 'mij', 'geen', 'nog', 'bij', 'dan', 'hun', 'gaan', 'eigenlijk', 'bedrijf'], letters: /ij/u },
  pt: { words: ['os', 'eu', 'não', 'nao', 'uma', 'um', 'com', 'pra', 'muito', 'isso', 'você', 'voce', 'são', 'também', 'já', 'é', 'ele', 'ela', 'eles', 'dos', 'vou', 'quero'], letters: /[ãõ]/u },
  pl: { words: ['jest', 'ale', 'się', 'mnie', 'tak', 'już', 'bardzo', 'tylko', 'czy', 'bo', 'w', 'z', 'że', 'jak', 'oni', 'tego', 'tam', 'tej', 'po', 'od', 'dla', 'praca', 'pracy', 'chcę', 'nic', 'chyba', 'raczej', 'szczerze', 'wiem'], letters: /[łąęśżźćń]/u },
};

/** A later, better opening at this company ("there'll be another one there", "a foot in the door"). */
export const LATER_OPENING: ByLanguage = {
  en: ['(?:will|should|is going to|could) (?:become|be) (?:free|vacant|available)', 'opening up', "(?:always|long|been|for years|for ages) (?:\\p{L}+ ){0,2}want(?:ed|ing)? to (?:get in|get into|join|work (?:there|for them|at|for|with))", 'another one there', 'down the road', 'foot in the door', 'better (?:position|role|job) (?:there )?later', 'other (?:openings|roles|positions|opportunities|jobs) (?:there|with them|later|down the line)', "once (?:you'?re|i'?m) in", 'get (?:my )?foot in', 'get in there', '(?:move|moving|transfer|switch) (?:\\p{L}+ ){0,3}(?:inside|within|internally|in the company|in house)', 'internal (?:move|transfer|mobility|promotion|opening)s?', '(?:move|moved|moving) (?:on )?up', '(?:in|get in) the door', "(?:once|when) (?:i'?m|i am|i get) (?:in|inside)", 'something (?:better|else) (?:there )?(?:can|could|may|might|will) (?:come|open) (?:up|later|along)', '(?:want|wanna|would like|hope|plan) to end up (?:in|at|there|working)', "(?:i'?d|i would) (?:love|like) to end up (?:in|at|there|working)", 'stepping ?stone', '(?:a|the) (?:first )?step (?:in|into|towards?) (?:the company|there|that company|the door|them)', 'springboard', '(?:a|my) way in(?![\\p{L}])', 'half the battle', '(?:advertis|post|fill)\\p{L}* (?:\\p{L}+ ){0,3}internally(?: first)?', 'internal (?:candidates|applicants|moves) first', 'dream (?:employer|company|firm|workplace|place to work|organi[sz]ation)', "where i(?:'?d| would) (?:love|like|want) to (?:end|finish|spend) (?:my|the rest of my) career", '(?:end|finish) my career (?:there|with them|at)', 'promot(?:e|es|ed|ing) (?:people )?(?:from within|internally)', 'could lead to (?:\\p{L}+ ){0,4}(?:later|down the line|eventually)', '(?:move|switch|transfer) (?:\\p{L}+ ){0,3}later', 'something better (?:\\p{L}+ ){0,3}(?:inside|internally|there) (?:later|down the line|eventually)', '(?:could|might|may|will|would) (?:\\p{L}+ )?(?:open|come) up(?![\\p{L}])', '(?:better|bigger|other) (?:position|role|job|opening|post)s? (?:\\p{L}+ ){0,3}(?:could|might|may|will) (?:open|come up|become (?:free|available))', '(?:sooner or later|eventually|in time) (?:\\p{L}+ ){0,4}(?:opens? up|comes? up|frees? up)'],
  fr: ['(?:va|devrait|doit|pourrait) se liberer', "(?:avoir|garder) (?:deja )?un pied", "(?:toujours|depuis (?:des annees|longtemps|toujours)) (?:\\p{L}+ ){0,2}(?:voulu|envie d'?|reve d'?) ?(?:y )?(?:entrer|travailler)", "(?:ca fait|cela fait) (?:des annees|longtemps) que je (?:veux|voulais|reve d'?) ?(?:y )?(?:entrer|travailler)", 'y travailler un jour', 'porte ouverte', 'plus tard', "d'?autres (?:occasions|postes|opportunites) (?:chez eux|par la suite|plus tard)", 'par la suite', 'une fois (?:dedans|dans la place|dans la maison)', 'mettre (?:un|le) pied', 'mobilite interne', 'evoluer en interne', '(?:bouger|passer|changer) en interne', 'a l.interieur (?:de la boite|du groupe)', "ou (?:je veux|j'?aimerais|je voudrais) (?:finir|atterrir|terminer)", 'pied dans la porte', 'tremplin', 'porte d.entree', 'premier pas (?:pour|vers) (?:entrer|y entrer|rentrer|la boite|l.entreprise)', '(?:publi|propos|pourv)\\p{L}* (?:\\p{L}+ ){0,3}en interne', 'mobilite interne', '(?:entreprise|boite|employeur|maison) (?:de (?:mes )?reve~|dont je reve|revee)', '(?:finir|terminer) (?:ma|sa) carriere', '(?:a l\'?interieur|en interne|dedans) (?:\\p{L}+ ){0,3}(?:mieux|quelque chose de mieux)', '(?:un |une )?(?:meilleur~|autre~?) (?:poste|place|opportunite)s? (?:\\p{L}+ ){0,3}(?:pourrai~|pourra|va|devrait) (?:se liberer|s.ouvrir|se presenter)', '(?:pourrai~|pourra) (?:\\p{L}+ ){0,3}se liberer', '(?:tot ou tard|a terme|avec le temps) (?:\\p{L}+ ){0,4}(?:se libere|s.ouvre|se presente)'],
  de: ['seit (?:dem studium|der ausbildung|der uni|jahren|langem|ewigkeiten) (?:\\p{L}+ ){0,2}hin', 'wer (?:\\p{L}+ ){0,3}drin(?:nen)? ist', '(?:immer|seit jahren|schon lange) (?:\\p{L}+ ){0,2}(?:hin|rein|dort arbeiten|da arbeiten|anfangen)', 'fuss in die tur', 'spater (?:mal )?(?:dort|da)', 'wer (?:einmal |mal )?drin(?:nen)? ist', 'einmal drin~', 'fuss in der tur', 'spater intern', 'kommt auch weiter', 'intern (?:wechseln|aufsteigen|weiter)', 'interne~ (?:wechsel|aufstieg|stellen|mobilitat)', '(?:wenn|sobald) ich (?:erst(?:mal)? |einmal )?drin bin', 'wo ich (?:mal |irgendwann |spater )?(?:landen|hin) (?:will|mochte)', 'sprungbrett', '(?:als|zum) einstieg', 'erste[rn]? schritt (?:rein|in die firma|ins unternehmen|dorthin)', 'erst ?mal (?:rein|reinkommen|drin)', '(?:zuerst|erst|immer) (?:\\p{L}+ ){0,2}intern aus', 'intern (?:ausgeschrieben|besetzt)', 'interne ausschreibung~', 'erst ?mal (?:rei|nei)(?![\\p{L}])', 'halbe miete', 'traum(?:arbeitgeber|firma|unternehmen|verlag|bank|klinik|agentur|konzern|kanzlei|haus|betrieb|laden)~', '(?:meine|die) karriere (?:\\p{L}+ ){0,2}beenden', 'intern (?:\\p{L}+ ){0,3}(?:wechseln|aufsteigen|weiterkommen)', 'spater (?:\\p{L}+ ){0,3}(?:intern )?(?:wechseln|aufsteigen)', 'drin(?:nen)? (?:\\p{L}+ ){0,3}(?:was|etwas) besseres', '(?:ergibt|findet|tut) sich (?:\\p{L}+ ){0,3}(?:spater|dann|irgendwann) (?:\\p{L}+ ){0,2}(?:was|etwas) besseres', '(?:eine )?(?:bessere|andere|grossere) (?:stelle|position|rolle)n? (?:\\p{L}+ ){0,3}frei', '(?:konnte|kann|wird|durfte) (?:\\p{L}+ ){0,4}frei werden'],
  es: ['(?:llevo|hace) (?:\\p{L}+ ){0,2}(?:queriendo|que quiero) (?:entrar|trabajar)', 'siempre (?:he )?quer~ (?:entrar|trabajar)', 'por esta puerta', 'mas adelante', 'crecen (?:rapido )?a la gente', 'una vez (?:adentro|dentro)', 'otras oportunidades', 'meter (?:un|el) pie', 'despues (?:se ve|veo)', 'movilidad interna', 'mover(?:me|se) (?:dentro|internamente|por dentro)', 'promocion interna', '(?:con )?el pie dentro', 'algo (?:sale|saldra)', 'donde (?:quiero|quisiera|me gustaria) (?:terminar|acabar)(?: trabajando)?', '(?:si|cuando|una vez que) entro', 'despues me pueden (?:mover|pasar)', 'trampolin', 'puerta de entrada', 'medio camino', 'primer paso (?:para|hacia) (?:entrar|estar|meterme)', '(?:publican|cubren|ofrecen) (?:\\p{L}+ ){0,3}internamente', 'convocatorias? internas?', 'empresa (?:de (?:mis )?suenos|sonada)', '(?:terminar|acabar) mi carrera', 'despues (?:\\p{L}+ ){0,3}(?:mueven|pasan|cambias|crecer|subir)', 'crecer (?:dentro|internamente|en la empresa)', '(?:dentro|adentro) (?:\\p{L}+ ){0,3}(?:algo mejor|otra cosa mejor)', '(?:podria|puede|va a) (?:\\p{L}+ ){0,3}(?:salir|abrirse|quedar libre|quedarse libre) (?:\\p{L}+ ){0,2}(?:puesto|vacante|plaza|posicion)', '(?:un |una )?(?:puesto|vacante|plaza|posicion) mejor (?:\\p{L}+ ){0,3}(?:podria|puede) (?:salir|abrirse)', '(?:tarde o temprano|con el tiempo|al final) (?:\\p{L}+ ){0,4}(?:se libera|se abre|sale)'],
  it: ['(?:da anni|da sempre|sempre) (?:\\p{L}+ ){0,2}(?:voglio|volevo|voluto|sogno di|sognavo di) (?:entrar~|lavorar~)', 'piu avanti', 'ci entrerei', 'una volta dentro', 'altre opportunita', 'mettere piede', 'mobilita interna', '(?:poi|dopo|piu avanti) (?:\\p{L}+ ){0,2}(?:mi )?spost~', 'spostarmi (?:in|dentro|internamente)', 'se entro', 'dove (?:vorrei|voglio) (?:finire|arrivare)(?: a lavorare)?', 'trampolino', 'porta d.ingresso', 'primo passo (?:per|verso) (?:entrare|starci|arrivare)', 'mezza strada', '(?:pubblicano|coprono|offrono) (?:\\p{L}+ ){0,3}internamente', 'selezioni? interne?', 'mobilita interna', 'azienda dei (?:miei )?sogni', '(?:finire|chiudere|concludere) la (?:mia )?carriera', 'crescere (?:dentro|internamente|in azienda)', 'poi (?:\\p{L}+ ){0,3}(?:crescere|spostar~|passare ad? altr~)', '(?:dentro|internamente) (?:\\p{L}+ ){0,3}qualcosa di meglio', '(?:potrebbe|puo|potra) (?:\\p{L}+ ){0,3}(?:liberarsi|aprirsi|uscire) (?:\\p{L}+ ){0,2}(?:posto|posizione|ruolo)', '(?:un |una )?(?:posto|posizione|ruolo) miglior[ei] (?:\\p{L}+ ){0,3}(?:potrebbe|puo) (?:liberarsi|aprirsi)', '(?:prima o poi|poi|col tempo|alla fine) (?:\\p{L}+ ){0,4}(?:si libera|si liberera|si apre|si aprira|esce fuori)', '(?:un posto|una posizione|qualcosa)(?: \\p{L}+)? (?:si libera|si liberera|si apre|si aprira)'],
  nl: ['(?:al jaren|altijd al|al lang) (?:\\p{L}+ ){0,2}(?:binnenkomen|binnen komen|werken|aan de slag)', 'voet tussen de deur', 'later alsnog', 'als je eenmaal binnen bent', 'eenmaal binnen', 'andere functies', 'binnenkomen', 'interne (?:doorstroom|doorgroei|vacatures|mobiliteit)', 'intern (?:doorgroeien|doorstromen|overstappen)', 'doorschuiven', 'waar ik (?:uiteindelijk |ooit )?(?:wil|zou willen) (?:eindigen|belanden|werken)', 'springplank', 'eerste stap (?:naar binnen|om binnen te komen|richting)', '(?:eerst|als ik) (?:maar )?binnen(?:kom| ben| zit)', '(?:eerst )?intern (?:uitgezet|opengesteld|ingevuld|geworven|uit(?![\\p{L}]))', 'interne vacatures?', 'droom(?:bedrijf|werkgever|organisatie|werkplek|baas)~', 'mijn carriere (?:\\p{L}+ ){0,2}(?:afsluiten|afmaken|eindigen)', 'doorgroei~', 'later (?:\\p{L}+ ){0,3}(?:doorstromen|overstappen)', 'binnen (?:\\p{L}+ ){0,3}(?:later )?iets beters', '(?:komt|kom) er (?:\\p{L}+ ){0,3}later iets beters', '(?:betere|andere) (?:functie|plek|baan|positie)s? (?:\\p{L}+ ){0,3}vrij', '(?:komt|kwam|komen) (?:er )?(?:\\p{L}+ ){0,3}(?:functie|plek|baan|positie) vrij', 'vrij(?:komen|komt)'],
  pt: ['(?:ha anos|sempre|faz anos que) (?:\\p{L}+ ){0,2}(?:quero|queria|quis) (?:entrar|trabalhar)', 'da pra subir', 'trabalhar la um dia', 'porta aberta', 'uma vez (?:la )?dentro', 'outras oportunidades', 'por o pe', 'mobilidade interna', '(?:depois|mais tarde) (?:\\p{L}+ ){0,2}(?:mudar|passar|subir) (?:para|pra|de)', 'promocao interna', 'onde (?:quero|queria|gostaria de) (?:acabar|terminar|chegar)', 'trampolim', 'porta de entrada', 'pe na porta', 'meio caminho', 'primeiro passo (?:para|pra) (?:entrar|estar)', '(?:publicam|preenchem|abrem) (?:\\p{L}+ ){0,3}internamente', 'recrutamento interno', 'empresa dos (?:meus )?sonhos', '(?:terminar|acabar|encerrar) a (?:minha )?carreira', 'crescer (?:la |ali )?dentro', 'crescer na empresa', 'depois (?:\\p{L}+ ){0,3}(?:crescer|subir|mudar de (?:area|setor))', '(?:la )?dentro (?:\\p{L}+ ){0,3}(?:coisa|algo) melhor', '(?:aparece|aparecer|surge|surgir) (?:\\p{L}+ ){0,2}(?:coisa|algo) melhor (?:\\p{L}+ )?(?:depois|la dentro|mais tarde)', '(?:pode|podera|vai) (?:\\p{L}+ ){0,2}(?:abrir|surgir|aparecer) (?:\\p{L}+ ){0,2}(?:vaga|posicao|cargo|lugar) (?:melhor|maior)', '(?:uma )?(?:vaga|posicao|cargo) melhor (?:\\p{L}+ ){0,3}(?:pode|podera) (?:abrir|surgir)', '(?:mais cedo ou mais tarde|com o tempo) (?:\\p{L}+ ){0,4}(?:abre|surge|aparece|vaga)'],
  pl: ['(?:od lat|zawsze|od dawna) (?:\\p{L}+ ){0,2}(?:chcial~|chce|marzyl~) (?:tam )?(?:pracowac|sie dostac|wejsc|dostac sie)', 'lepsze mozliwosci', 'kiedys pracowac', 'tam wejde', 'jak (?:juz )?sie wejdzie', 'inne mozliwosci', 'wejsc do firmy', 'rekrutacj~ wewnetrzn~', 'przejsc~ (?:\\p{L}+ ){0,2}wewnatrz', 'awans~ wewnetrzn~', '(?:jak|gdy) (?:juz )?(?:bede|wejde) (?:w srodku|do srodka)', 'gdzie (?:chce|chcialbym|chcialabym) (?:docelowo )?(?:pracowac|wyladowac|skonczyc)', '(?:jak|gdy|kiedy) (?:juz )?(?:raz )?sie tam znajde', 'zwolni sie (?:cos|stanowisko) (?:\\p{L}+ )?wyzej', 'marzyl~ o pracy w', 'trampolin[aey]', 'furtk[ae]', 'stop[ae] w drzwiach', 'pierwszy krok (?:do|zeby|by) (?:wejsc|dostac)', 'rekrutacj\\p{L}* wewnetrzn\\p{L}*', '(?:najpierw|zawsze) (?:\\p{L}+ ){0,2}wewnatrz firmy', 'wymarzon~ (?:firm~|pracodaw~|miejsc~ pracy)', 'firm~ (?:moich )?marzen', '(?:skonczyc|zakonczyc|dokonczyc) kariere', 'awansowac w firmie', 'awans~ (?:wewnatrz|w firmie)', 'potem (?:\\p{L}+ ){0,3}(?:awans~|przejsc~ (?:do|na))', 'w srodku (?:\\p{L}+ ){0,3}cos lepszego', '(?:trafi|znajdzie|pojawi) sie (?:\\p{L}+ ){0,2}(?:potem|pozniej) cos lepszego', '(?:moze|moglo?by|zwolni) sie (?:\\p{L}+ ){0,2}(?:zwolnic |otworzyc )?(?:\\p{L}+ )?(?:stanowisko|posada|miejsce|etat)'],
};

/**
 * Not knowing, said alone ("not sure tbh", "sei lá", "niy wiem.", "Mah 🫤"): a clause that is nothing but the
 * owner's uncertainty is a doubt about the opportunity the note is about (a doubt, never a no). Said with an
 * object ("not sure I'll be free Tuesday") it is not alone, and DOUBTING reads what it is about.
 */
export const UNSURE_ALONE: ByLanguage = {
  en: ["(?:i )?(?:really |honestly |just |still )?(?:don'?t|do not|dont) (?:really )?know", "(?:i'?m |im |i am )?(?:no|not) (?:really |totally |entirely |quite |so |too |100% )?sure", 'unsure', 'dunno', 'idk', 'no idea', 'who knows', 'hard to (?:say|tell)', 'on the fence', 'torn', 'hmm+', 'meh', "(?:i'?m |im |i am )?(?:not|isn'?t) (?:really |totally |entirely |fully |quite |so |100% )?sold(?: on (?:it|this(?: one)?|that(?: one)?|them|(?:the|this) (?:role|job|position|company|place|idea|one)))?", "(?:i'?m |i am )?not (?:entirely |totally |fully |quite |really |so )?convinced", "(?:i )?(?:have|'ve got|got) (?:my |some |real |serious )?doubts", 'mixed feelings'],
  fr: ["(?:je )?(?:ne )?sais (?:pas|plus)", '(?:ch|j)sais pas', 'chais pas', 'jsp', 'aucune idee', 'va savoir', "j'?hesite", 'pas sur~', 'bof', "j'?ai (?:quelques |des |mes |de gros )?doutes", 'pas (?:tres |trop |vraiment |totalement )?convaincu~', 'mitige~'],
  de: ['(?:ich )?weiss (?:es )?(?:ich |i )?(?:nicht|net|ned|nit)', '(?:i )?woas+ (?:es )?(?:ned|net|nit)', 'keine ahnung', 'schwer zu sagen', 'unsicher', 'hm+', 'naja', '(?:ich )?(?:hab|habe) (?:so |da |meine |einige |gewisse )?(?:meine )?zweifel', 'nicht (?:ganz |so |wirklich )?uberzeugt', 'gemischte gefuhle'],
  es: ['(?:yo )?no (?:lo )?se', 'ni idea', 'quien sabe', 'no estoy segur[oa]', 'no lo tengo claro', 'no se que pensar', 'tengo (?:mis |algunas |muchas |mis serias )?dudas', 'no (?:estoy|me siento) (?:del todo |muy |tan )?convencid[oa]'],
  it: ['(?:io )?non (?:lo )?so', 'nun (?:lo )?so', 'boh', 'mah', 'chissa', 'non saprei', 'non sono sicur[oa]', 'ho (?:dei |qualche |i miei |parecchi |molti )?dubbi', 'non (?:sono )?(?:del tutto |troppo |molto )?convint[oa]'],
  nl: ["(?:ik )?weet (?:het |'t )?(?:ik )?niet", 'geen idee', 'weet ik veel', 'twijfel', "(?:ik ben er |ben er )?niet zeker(?: van)?", 'niet dat ik zeker ben', 'tja', 'ik heb (?:zo )?(?:mijn |wat |enige |mn )?twijfels', 'niet (?:helemaal |echt |zo )?overtuigd', 'gemengde gevoelens'],
  pt: ['(?:eu )?nao sei', 'sei la', 'sei nao', 'nao tenho (?:a )?certeza', 'nao estou segur[oa]', 'tenho (?:as minhas |minhas |algumas |muitas )?duvidas', 'nao (?:estou|fiquei|to|tou) (?:muito |totalmente |bem )?convencid[oa]'],
  pl: ['(?:sam |sama )?nie wiem', 'niy wiem', 'bo ja wiem', 'nie jestem pewn[ay]', 'trudno (?:powiedziec|stwierdzic)', 'mam (?:pewne |swoje |spore |duze )?watpliwosci', 'nie jestem (?:do konca |jakos |za bardzo )?przekonan[aey]', 'mieszane uczucia'],
};
/** What may trail not knowing and leave it alone ("not sure tbh", "não sei bem, sinceramente", "je sais pas trop"). */
export const UNSURE_FILLERS: ByLanguage = {
  en: ['really', 'honestly', 'tbh', 'yet', 'though', 'tho', 'about (?:this|it|that)(?: one)?', 'mate', 'man', 'eh', 'hor', 'lah', 'yaar', 'lol', 'haha~'],
  fr: ['trop', 'vraiment', 'encore', 'franchement', 'quoi', 'hein', 'en fait'],
  de: ['so recht', 'recht', 'wirklich', 'genau', 'ehrlich(?: gesagt)?', 'noch', 'halt'],
  es: ['bien', 'muy bien', 'todavia', 'aun', 'la verdad', 'sinceramente', 'po', 'weon'],
  it: ['bene', 'ancora', 'sinceramente', 'eh', 'davvero', 'proprio'],
  nl: ['goed', 'zo goed', 'precies', 'nog', 'eerlijk(?: gezegd)?', 'hoor', 'ook niet'],
  pt: ['bem', 'muito bem', 'ainda', 'sinceramente', 'nao', 'ne'],
  pl: ['jeszcze', 'szczerze', 'tak naprawde', 'sam', 'sama', 'no'],
};

/** A vague description: the owner cannot tell what the work is (a doubt about the role). */
export const VAGUE: ByLanguage = {
  en: ['vague', 'unclear what', 'no idea what', 'description is (?:thin|sparse|short|light)', 'thin (?:description|posting|ad)', 'says (?:very )?little'],
  fr: ['vague', 'flou', 'peu detaille~', 'description (?:\\p{L}+ )?(?:mince|succincte|legere)'],
  de: ['vage', 'schwammig', 'unklar', '(?:recht |sehr |ziemlich )?dunn', 'wenig (?:info|infos|details)', 'nichtssagend'],
  es: ['vago', '(?:es|son|muy|bastante|algo|un poco|demasiado|tan|super|re) vag[ao]s?', 'poco clar~', 'no me queda claro', 'poco detallad~', 'escuet~', 'dice poco'],
  it: ['(?:e|sono|molto|piuttosto|un po.?|troppo|abbastanza|cosi|parecchio) vag[ao]', 'vago', 'poco chiar~', 'scarn~', 'poco dettagliat~'],
  nl: ['vaag', 'algemeen gesteld', 'geen flauw idee', 'summier', 'weinig (?:info|details)'],
  pt: ['pouco clar~', 'vago', 'pouco detalhad~', 'diz pouco'],
  pl: ['ogoln~', 'niejasn~', 'skap~', 'malo (?:konkretow|szczegolow)'],
};

// ---------------------------------------------------------------------------------------------------
// Structure: what trails an instruction, whom a yes answers, politeness, sarcasm, a later wish, the whole

/** Words that trail a sentence without changing it ("i'm going tbh", "send a no lol", "ci vado, dai"). */
export const TRAILING_FILLERS: ByLanguage = {
  en: ['lol', 'lmao', 'lmfao', 'haha~', 'fr', 'frfr', 'tbh', 'ngl', 'obvs?', 'obviously', 'pls', 'plz', 'please', 'thx', 'rn', 'tho', 'imo', 'ig', 'xd', 'i guess not'],
  fr: ['mdr', 'ptdr', 'lol', 'stp', 'svp', 'quoi', 'bref', 'voila'],
  de: ['haha~', 'lol', 'bitte', 'halt', 'eben', 'danke'],
  es: ['jaja~', 'jeje~', 'xd', 'porfa', 'por favor', 'pues', 'y ya'],
  it: ['ahah~', 'haha~', 'dai', 'grazie', 'per favore', 'pure', 'va'],
  nl: ['haha~', 'hoor', 'he', 'graag', 'aub', 'alsjeblieft', 'dan maar'],
  pt: ['kkk~', 'rsrs~', 'haha~', 'pfv', 'por favor', 'pronto', 'ta'],
  pl: ['haha~', 'xd', 'prosze', 'plis', 'dzieki', 'no'],
};
/** Tag questions that turn a statement into a suggestion ("we pass, right?", "laat maar vallen, toch?"). */
export const TAG_QUESTIONS: ByLanguage = {
  en: ['right', 'no', 'yeah', 'ok', 'okay', 'eh', 'yes', 'agreed', "(?:don'?t|do not) you think", "wouldn'?t you (?:say|agree)", 'what do you (?:think|reckon|say)', 'how does that sound', 'sound (?:ok|okay|good)'],
  fr: ['non', 'hein', "d'?accord", 'ok', 'oui', "n'?est-ce pas", 'tu (?:ne )?(?:crois|trouves|penses) pas', 'vous ne (?:croyez|trouvez|pensez) pas', "qu'?en (?:penses-tu|pensez-vous|dis-tu)", "t'?en penses quoi", 'tu en penses quoi', 'ca te va'],
  de: ['oder', 'ja', 'nicht', 'ne', 'gell', 'okay', 'ok', 'einverstanden', '(?:meinst|findest|denkst) du nicht', 'was (?:meinst|denkst|sagst) du(?: dazu)?'],
  es: ['no', 'verdad', 'vale', 'ok', 'si', 'no (?:crees|te parece)', 'como (?:ves|lo ves)', 'que (?:opinas|piensas|te parece|dices)'],
  it: ['no', 'vero', 'ok', 'giusto', 'si', 'non (?:credi|trovi|pensi)', 'che ne (?:dici|pensi)', 'che dici', 'come la vedi'],
  nl: ['toch', 'zeker', 'he', 'ja', 'ok', 'oke', 'niet', '(?:vind|denk) je (?:ook )?niet', 'wat (?:vind|denk) (?:je|jij)(?: ervan)?'],
  pt: ['nao', 'ne', 'certo', 'ok', 'sim', 'pode ser', 'nao (?:acha|achas|concorda|concordas)', '(?:o )?que (?:achas|acha|dizes|diz)', 'que tal'],
  pl: ['nie', 'prawda', 'co', 'tak', 'ok', 'dobra', 'nie (?:sadzisz|uwazasz|myslisz)', 'co (?:myslisz|sadzisz|ty na to)'],
};
/** A yes on its own: an answer, which is the owner's instruction only when nobody else is answered. */
export const BARE_YES = /^(?:yes|yeah|yep|yup|ja|jawohl|jep|jo|oui|ouais|si|sim|tak|sure|ok|okay)$/iu;
/** Whom an owner answers when it is not the product: people addressed by a title or a family word. */
export const ADDRESS_TERMS: ByLanguage = {
  en: ["ma'?am", 'sir', 'mom', 'mum', 'mommy', 'dad', 'daddy', 'mama', 'papa', 'bro', 'dude', 'mate', 'babe', 'honey', 'grandma', 'grandpa'],
  fr: ['maman', 'papa', 'madame', 'monsieur', 'cheri~', 'mamie', 'papi'],
  de: ['mama', 'papa', 'mutti', 'vati', 'schatz', 'oma', 'opa', 'alter'],
  es: ['mama', 'papa', 'senora', 'senor', 'abuela', 'abuelo', 'tio', 'tia', 'amor', 'boludo', 'wey'],
  it: ['mamma', 'papa', 'signora', 'signore', 'nonna', 'nonno', 'amore', 'zio', 'zia'],
  nl: ['mama', 'papa', 'mam', 'pap', 'mevrouw', 'meneer', 'schat', 'oma', 'opa'],
  pt: ['mae', 'pai', 'senhora', 'senhor', 'amor', 'avo', 'mano', 'tio', 'tia'],
  pl: ['mamo', 'tato', 'pani', 'panie', 'babciu', 'dziadku', 'kochanie', 'stary'],
};
/** A polite frame around a conditional: "I'd be grateful if…", "wäre nett, wenn…" is a request, not a condition. */
export const POLITE_FRAME: ByLanguage = {
  en: ['grateful', 'thankful', 'appreciate (?:it|that)', "(?:would|'d) be (?:great|nice|good|lovely|helpful|perfect|ideal|amazing|awesome)", "i'?d (?:like|love) it", 'it would help'],
  fr: ['reconnaissant~', "(?:serait|ce serait|c'?est) (?:bien|sympa|super|parfait|gentil|top|ideal)", "j'?apprecierais", 'merci'],
  de: ['dankbar', '(?:ware|waere|wars) (?:\\p{L}+ )?(?:nett|schon|super|toll|gut|lieb|prima|klasse)', 'fande (?:es )?(?:gut|toll|schon)'],
  es: ['agradeceria', 'agradecid~', '(?:seria|estaria) (?:\\p{L}+ )?(?:genial|bueno|ideal|bien|perfecto|estupendo)'],
  it: ['grat[oaie]', 'sarebbe (?:\\p{L}+ )?(?:bello|ottimo|perfetto|gentile|utile)', 'apprezzerei', 'ti ringrazio'],
  nl: ['dankbaar', '(?:zou|zou het|zou ik het) (?:\\p{L}+ )?(?:fijn|leuk|top|goed|tof) (?:zijn|vinden)', 'fijn als', 'graag als'],
  pt: ['agradecia', 'agradeceria', 'grat[oa]', '(?:seria|era) (?:\\p{L}+ )?(?:otimo|bom|porreiro|perfeito|fixe)'],
  pl: ['wdzieczn~', '(?:byloby|bedzie|bylo by) (?:\\p{L}+ )?(?:super|milo|dobrze|swietnie|fajnie)'],
};
/** Markers of sarcasm: praise said with them means the opposite ("oh GREAT", "/s", an eye-roll). */
export const SARCASM = /(?:🙄|😒|🙃|🤡|(?<![\p{L}\p{N}])\/s(?![\p{L}\p{N}]))/u;
export const SARCASM_WORDS: ByLanguage = {
  en: ['(?:look|check) (?:at|out) this (?:little )?(?:gem|beauty|jewel|masterpiece|pearl)', 'oh (?:\\p{L}+ )?(?:great|wow|joy|lovely|perfect|wonderful|amazing|fantastic|goody|brilliant|super|awesome|fun|nice|cool|yay)', 'yeah,? right', 'sure,? jan', 'living the dream', 'just what i (?:always )?(?:wanted|needed)', 'love that for me', 'what a (?:treat|dream)', 'sounds fun not'],
  fr: ['regarde(?:z)? (?:moi )?(?:cette|ce|ca) (?:\\p{L}+ )?(?:merveille|perle|bijou|beaute|chef-d\'oeuvre)', '(?:oh|ah|ben) (?:\\p{L}+ )?(?:genial|super|chouette|trop bien|magnifique|parfait|formidable)', 'ben voyons', 'le reve', 'mon (?:oeil|oeuf)', 'c.est ca,? ouais'],
  de: ['(?:schau|guck|sieh) (?:dir )?(?:mal )?(?:dieses|diese|diesen|das) (?:\\p{L}+ )?(?:prachtstuck|perle|juwel|schmuckstuck|meisterwerk)', '(?:na|oh|ach) (?:\\p{L}+ )?(?:toll|super|prima|klasse|wunderbar|herrlich|grossartig)', 'wie schon', 'genau mein traum', 'wer.?s glaubt'],
  es: ['(?:mira|mire|miren|vea|vean|fijate) (?:\\p{L}+ )?(?:esta|este|esa|ese|que) (?:\\p{L}+ )?(?:belleza|joya|joyita|maravilla|perla|preciosidad|obra maestra)', '(?:oh|ah|uy) (?:\\p{L}+ )?(?:genial|que bien|maravilla|perfecto|fantastico|estupendo)', 'que maravilla', 'lo que siempre (?:quise|sone)', 'el sueno de (?:mi|cualquiera)'],
  it: ['guarda(?:te)? (?:un po\' )?(?:che|questa|questo|sto|sta) (?:\\p{L}+ )?(?:gioiello|gioiellino|perla|bellezza|capolavoro|meraviglia)', '(?:oh|ah) (?:\\p{L}+ )?(?:bene|fantastico|meraviglioso|perfetto|splendido|evviva)', 'che bello proprio', 'il sogno della mia vita', 's[ie],? come no'],
  nl: ['kijk (?:eens |ff |even )?(?:naar )?(?:dit|deze) (?:\\p{L}+ )?(?:pareltje|juweeltje|parel|prachtstuk|meesterwerk)', '(?:oh|o|nou) (?:\\p{L}+ )?(?:leuk|geweldig|fantastisch|lekker|heerlijk|super)', '(?:fijn|geweldig|leuk) hoor', 'mijn droombaan,? niet', 'ja,? vast'],
  pt: ['(?:olha|olhem|veja|vejam) (?:so )?(?:essa|esta|este|esse|que) (?:\\p{L}+ )?(?:beleza|joia|perola|maravilha|obra-prima)', '(?:oh|ah|ai) (?:\\p{L}+ )?(?:otimo|maravilha|perfeito|fantastico|lindo)', 'que maravilha', 'o sonho de qualquer', 'pois,? pois'],
  pl: ['(?:patrz|popatrz|zobacz) (?:na )?(?:te|ta|to|ten) (?:\\p{L}+ )?(?:perelk~|cudenk~|cudo|arcydzielo)', '(?:o|no|och) (?:\\p{L}+ )?(?:super|pieknie|swietnie|cudownie|wspaniale)', 'marzenie (?:kazdego|zycia)', 'jasne,? jasne', 'juz to widze'],
};
/** Wanting to be at the company one day (WISH with LATER_PLACE in a clause): a later, better opening there. */
export const WISH: ByLanguage = {
  en: ['want', 'wanna', "(?:would|'d) (?:love|like|want)", 'dream', 'hope', "(?:wouldn'?t|would not) (?:mind|hate)", 'keen', '(?:been |keep |kept )?trying to'],
  fr: ['veux', 'voudrais', 'aimerais', 'adorerais', 'reve', 'souhaite~', 'esper~', 'rever', 'essa(?:i|y)e~ de'],
  de: ['will', 'wollen', 'mochte', 'wurde (?:\\p{L}+ )?gern~', 'wunsch~', 'traum~', 'hoff~', 'versuch~'],
  es: ['quiero', 'quisiera', 'gustaria', 'encantaria', 'sueno', 'ojala', 'espero', '(?:intento|intentando|trato de|tratando de)'],
  it: ['voglio', 'vorrei', 'piacerebbe', 'sogno', 'spero', '(?:provo|provando|cerco) (?:a|di)'],
  nl: ['wil', 'zou (?:\\p{L}+ )?(?:graag|willen)', 'droom', 'hoop', 'probeer~'],
  pt: ['quero', 'queria', 'gostaria', 'gostava', 'adorava', 'adoraria', 'sonho', 'espero', '(?:tento|tentando|tentei)'],
  pl: ['chce', 'chcial~bym', 'chcial~', 'marze', 'mam nadzieje', 'probuj~', 'probowal~'],
};
export const LATER_PLACE: ByLanguage = {
  en: ['(?:work|working|be|end up|get) (?:there|for them|with them|in there|at a place like)', 'one day', 'someday', 'some day', 'eventually', 'in the long run', 'long[- ]term'],
  fr: ['un jour', 'a terme', 'y (?:travailler|bosser|entrer|etre)', 'travailler chez eux', 'dedans', 'plus tard', '(?:entrer|rentrer|travailler|bosser) (?:la|la-bas|chez eux)'],
  de: ['irgendwann', 'eines tages', '(?:dort|da) (?:\\p{L}+ )?(?:arbeiten|rein|anfangen)', 'langfristig'],
  es: ['algun dia', 'a la larga', '(?:trabajar|entrar|estar) (?:ahi|alli|con ellos)', 'ahi dentro', 'a largo plazo'],
  it: ['un giorno', 'prima o poi', 'lavorarci', 'entrarci', '(?:li|la) dentro', 'a lungo termine', 'lavorare (?:li|la|da loro)'],
  nl: ['ooit', 'op termijn', 'daar (?:\\p{L}+ ){0,3}(?:werken|binnen|zitten|beginnen)', 'bij hen (?:werken|binnen)'],
  pt: ['um dia', 'a longo prazo', '(?:trabalhar|entrar|estar) (?:la|ali|com eles)', 'la dentro'],
  pl: ['kiedys', 'pewnego dnia', 'na dluzsza mete', 'tam (?:\\p{L}+ )?(?:pracowac|wejsc|byc|trafic)', 'u nich pracowac'],
};
/** The whole opportunity as one subject ("the whole thing", "das Ganze", "całość")… */
export const WHOLE_SUBJECT: ByLanguage = {
  en: ['the whole (?:thing|package|lot|deal|offer|opportunity|setup|picture)', 'all of it', 'overall'],
  fr: ["l'?ensemble", 'le tout', 'tout ca', 'dans (?:son )?ensemble', 'globalement'],
  de: ['das ganze', 'alles (?:zusammen|in allem)', 'insgesamt'],
  es: ['el conjunto', 'todo (?:esto|eso|el paquete)', 'en conjunto', 'en general'],
  it: ['il tutto', "l'?insieme", 'nel complesso', 'tutto quanto', 'nell.insieme'],
  nl: ['het geheel', 'het hele (?:pakket|plaatje|verhaal|ding)', 'alles (?:samen|bij elkaar)', 'in het geheel'],
  pt: ['o conjunto', 'o todo', 'tudo (?:isto|isso)', 'no conjunto', 'no geral'],
  pl: ['calosc', 'calosci', 'to wszystko', 'w calosci', 'ogolnie'],
};
/** …that does not fit, suit or speak to the owner (the negation is part of each form). */
export const NOT_FITTING: ByLanguage = {
  en: ["(?:does not|doesn'?t|do not|don'?t|did not|didn'?t|is not|isn'?t) (?:\\p{L}+ )?(?:fit|suit|work for|feel right|appeal|interest|speak to|do it for|click)"],
  fr: ['ne me (?:correspond|convient|convainc|parle|plait|va|dit) (?:pas|rien)', 'ne (?:correspond|convient|colle) pas'],
  de: ['(?:passt|sagt|spricht|gefallt|taugt|reizt) (?:\\p{L}+ ){0,3}nicht'],
  es: ['no me (?:encaja|convence|cuadra|sirve|va|gusta|llama|dice nada|cierra)', 'no (?:encaja|cuadra) conmigo'],
  it: ['non mi (?:convince|piace|va|torna|quadra|dice|sta bene|interessa|attira|sconfinfera)'],
  nl: ['(?:past|spreekt|bevalt|klopt|trekt|boeit) (?:\\p{L}+ ){0,3}niet'],
  pt: ['nao me (?:serve|convence|agrada|diz nada|interessa|atrai|encaixa)', 'nao (?:encaixa|bate) comigo'],
  pl: ['nie (?:pasuje|odpowiada|przekonuje|interesuje|kreci|podoba)'],
};
/** Believing in the company ("I believe in what they do", "w tę firmę wierzę"): a draw to the company. */
export const BELIEVE_IN: ByLanguage = {
  en: ['believe in (?:them|the company|this company|what they|their)', "(?:it'?s|it is) (?:really |mostly |more |the )?(?:the company|them|the firm|the place) (?:i'?m after|i want|that (?:draws|appeals|interests))", '(?:has|have) (?:got )?(?:a )?(?:real |bright |good |great )?future', "always (?:\\p{L}+ )?liked (?:the look of )?(?:them|the company|the firm|that place|the place|that company)", 'liked the look of (?:them|the company|the firm|that place|the place|that company)', 'liked (?:the company|the firm|that company)', 'could (?:see|imagine) myself (?:staying|working|building a career) (?:there|with them)', 'the company (?:itself )?(?:is|was) (?:what|the (?:draw|point|reason))'],
  fr: ['crois (?:en eux|en cette|a ce qu)', "(?:ont|a) de l'?avenir", "(?:c'?est|c est) (?:surtout |plutot |vraiment )?(?:la boite|l'?entreprise|la maison|le groupe) qui m'?(?:interesse|attire|plait)", "je me (?:vois|verrais|voyais) (?:bien )?(?:y )?(?:rester|faire carriere)", "j'?ai toujours (?:bien )?aime (?:cette boite|cette entreprise|cette maison|ce groupe)"],
  de: ['glaube an (?:die firma|das unternehmen|sie|diese)', "geht(?:'?s| es) mir (?:\\p{L}+ ){0,2}um (?:die firma|das unternehmen|den laden|das haus|den arbeitgeber)", '(?:der laden|die firma|das unternehmen|das haus|die bude) hat (?:(?:echt|durchaus|definitiv|wirklich|eine) )?zukunft', '(?:lange|langer|langfristig) (?:dort |da |dabei )?(?:zu )?bleiben', 'mochte (?:ich )?(?:schon lange|immer schon|seit jahren) gern~?'],
  es: ['creo en (?:ellos|la empresa|esta empresa|lo que)', 'empresa que siempre me (?:ha|han) gustado', '(?:tiene|tienen) (?:mucho )?futuro', 'me veo (?:trabajando|quedandome|haciendo carrera) (?:ahi|alli|en esa empresa|con ellos)', 'lo que me (?:interesa|atrae|tira) es la empresa'],
  it: ['credo in (?:loro|questa|quest|quello che)', '(?:ha|hanno) (?:un )?(?:bel |grande )?futuro', "(?:mi )?(?:e|è) sempre piaciut[ao] (?:quest|quell|l'?azienda)", "(?:mi interessa|mi attira) (?:soprattutto |piu |di piu )?l'?azienda", 'mi ci vedo (?:a )?(?:lavorare|restare|fare carriera)'],
  nl: ['geloof in (?:ze|hen|dat bedrijf|die|wat ze)', '(?:heeft|hebben) (?:echt |wel )?(?:een )?toekomst', 'het gaat (?:me|mij) (?:eigenlijk |vooral |meer )?om (?:het bedrijf|de firma|de zaak)', 'altijd (?:al )?(?:een )?(?:goed|leuk|mooi|fijn) bedrijf gevonden', 'zie (?:mezelf|mij|me) (?:daar )?(?:wel )?(?:blijven|werken|carriere maken)'],
  pt: ['acredito (?:neles|na empresa|nesta|no que)', '(?:tem|teem) (?:muito )?futuro', 'sempre gostei (?:da empresa|deles|dessa empresa|desta empresa)', '(?:me )?vejo (?:a )?(?:trabalhar|ficar|fazer carreira) (?:la|ali|nessa empresa)', 'o que me (?:interessa|atrai) (?:e|mesmo e) a empresa'],
  pl: ['wierze w', 'w (?:te|ta|ten) (?:\\p{L}+ ){0,3}(?:naprawde )?wierze', '(?:ma|maja) (?:przed soba )?przyszlosc', 'zawsze mi sie (?:ta firma )?podobal~', 'chodzi mi (?:\\p{L}+ )?o (?:firme|sama firme|te firme)', 'widze sie (?:tam )?(?:na )?(?:dluzej|dlugo|na lata)'],
};
/** A choice between opposite instructions ("accept or decline", "zusagen oder absagen"): not settled. */
export const EITHER_OR = /(?<![\p{L}])(?:or|oder|ou|o|of|lub|albo|czy|ovvero|oppure)(?![\p{L}])/iu;
/** Conditions: an instruction in a sentence they open is not given yet ("if the pay is low, decline"). */
export const CONDITION = /^(?:if|unless|in case|wenn|falls|sofern|si|en cas|s'?il|si jamais|en caso|se|caso|qualora|als|indien|mits|jesli|jezeli|gdyby|o ile)(?![\p{L}])/iu;

// ---------------------------------------------------------------------------------------------------
// Structure classes of the sixth round: what makes a clause's words count less, or not yet

/** "In case" ("forwarding in case it's useful", "por si te sirve"): what it says of the opportunity is supposed, no liking. */
export const IN_CASE: ByLanguage = {
  en: ['in case', 'just in case'],
  fr: ['au cas ou', 'si jamais'],
  de: ['falls', 'fur den fall'],
  es: ['por si', 'en caso de que'],
  it: ['nel caso', 'casomai', 'caso mai'],
  nl: ['voor het geval', 'voor als'],
  pt: ['caso', 'no caso de', 'para o caso de'],
  pl: ['w razie', 'na wypadek', 'gdyby (?:sie )?przydal~'],
};

/**
 * A hypothesis opening a clause ("if they go under…", "selbst wenn…", "gdyby…"): a dud or a bleak outlook, or
 * "not for me", said in it is not yet the owner's finding: a doubt, never a reason to decline. (Words that are
 * also something else at a clause's start need what follows: Dutch "als" is "as" too, Spanish "se" a pronoun.)
 */
export const HYPOTHETICAL: ByLanguage = {
  en: ['if', 'unless', 'even if', 'in case', 'suppose', 'supposing', 'assuming', 'what if', 'should (?:they|it|the)'],
  fr: ['si', "s'?il", "s'?ils", 'meme si', 'au cas ou', 'a supposer', 'en supposant', 'pour peu que'],
  de: ['wenn', 'falls', 'sofern', 'selbst wenn', 'angenommen', 'gesetzt den fall', 'sollte~ (?:sie|die firma|das)'],
  es: ['si', 'incluso si', 'aun si', 'en caso de que', 'suponiendo que', 'a no ser que', 'por si'],
  it: ['se', 'anche se', 'qualora', 'nel caso', 'ammesso che', 'supponiamo', 'a meno che'],
  nl: ['als (?:ze|zij|het|die|de|dat|ik|je|we|hij|er)', 'indien', 'mits', 'zelfs als', 'stel dat', 'tenzij', 'mocht~ (?:ze|het|de|die)'],
  pt: ['se', 'mesmo que', 'mesmo se', 'caso', 'a nao ser que', 'supondo que'],
  pl: ['jesli', 'jezeli', 'gdyby', 'nawet jesli', 'nawet gdyby', 'o ile', 'chyba ze', 'w razie gdyby', 'jakby (?:sie okazalo|co)'],
};

/**
 * What marks a later instruction as overriding an opposite earlier one ("…actually, no: decline", "na reflexão,
 * recusa", "koniec końców odmów"): without one of these (or a retraction, RETRACT, or a turn, CONTRAST), a no
 * after a yes is a contradiction the reader cannot order, never a confident decline.
 */
export const OVERRIDE: ByLanguage = {
  en: ['actually', 'in the end', 'after all', 'on reflection', 'having (?:thought|slept) (?:about it|on it)', 'changed my mind', 'second thoughts', 'thinking about it', 'final(?:ly| answer)', 'no wait', 'hmm,? no', 'so'],
  fr: ['en fait', 'finalement', 'tout compte fait', 'apres reflexion', "j'?ai change d'?avis", 'a la reflexion', 'au final', 'bref', 'donc'],
  de: ['eigentlich', 'doch', 'letztlich', 'am ende', 'nach reiflicher uberlegung', 'ich hab~ (?:es mir )?(?:\\p{L}+ )?anders uberlegt', 'jetzt doch', 'also', 'na ja', 'nee'],
  es: ['en realidad', 'al final', 'pensandolo bien', 'finalmente', 'cambie de opinion', 'me lo pense', 'asi que', 'mejor'],
  it: ['in realta', 'alla fine', 'ripensandoci', 'tutto sommato', 'ho cambiato idea', 'insomma', 'quindi'],
  nl: ['eigenlijk', 'uiteindelijk', 'bij nader inzien', 'toch', 'ik ben van gedachten veranderd', 'alles bij elkaar', 'dus', 'nee'],
  pt: ['na verdade', 'afinal', 'no fim', 'pensando bem', 'mudei de ideia', 'entao', 'enfim'],
  pl: ['wlasciwie', 'w sumie', 'koniec koncow', 'jednak', 'po namysle', 'zmienilem zdanie', 'zmienilam zdanie', 'wiec', 'dobra'],
};

/**
 * A question that asks the product for advice ("should I go?", "soll ich absagen?", "czy powinienem odmówić?"):
 * no instruction, said as not understood. A question that suggests ("maybe we just pass?", "direi di
 * rifiutare, no?") or asks it to do something ("could you tell them…?") still instructs.
 */
export const ADVICE_QUESTION: ByLanguage = {
  en: ['should i', 'shall i', 'do i', 'is it worth', 'what do you (?:think|reckon|say)', 'what would you', 'any (?:advice|thoughts)', 'or not'],
  fr: ['(?:dois|devrais|faut)[- ](?:je|il)', 'je (?:dois|devrais)', "est-ce (?:que|qu'?il) (?:je dois|je devrais|faut|ca vaut)", "qu'?en penses[- ]tu", 'tu en penses quoi', 'ca vaut (?:le coup|la peine)', 'ou pas'],
  de: ['soll(?:te)? ich', 'muss ich', 'lohnt (?:es|sich)', 'was meinst du', 'was denkst du', 'was sagst du', 'oder nicht'],
  es: ['(?:deberia|debo|tengo que)', 'vale la pena', 'que (?:opinas|piensas|dices)', 'o no'],
  it: ['(?:dovrei|devo)', 'vale la pena', 'che (?:ne )?(?:pensi|dici)', 'o no'],
  nl: ['(?:moet|zou|zal) ik', 'is het (?:het )?(?:de moeite )?waard', 'wat vind (?:je|jij)', 'wat denk (?:je|jij)', 'of niet'],
  pt: ['(?:devo|deveria|devia)', 'vale a pena', 'o que (?:achas|acha|pensas|dizes)', 'ou nao'],
  pl: ['(?:czy )?(?:powinien~|powinnam|mam|musze)', 'czy (?:warto|oplaca sie)', 'co (?:myslisz|sadzisz|ty na to)', 'czy nie'],
};

/** Negation after the verb (German, Dutch, French, Italian): "ich komme nicht", "ik kom niet", "j'y vais pas". */
export const POST_VERBAL_NEGATORS: ByLanguage = {
  en: [],
  fr: ['pas', 'jamais'],
  de: ['nicht', 'niemals', 'nie'],
  it: ['mica'],
  nl: ['niet', 'nooit'],
};
