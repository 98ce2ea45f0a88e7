/**
 * The language an invitation is written in: the readers understand it (chrono locales, word lists) and
 * the drafts are written in it (templates/). `TextLanguage` is what the readers understand.
 *
 * Each language scores its common words, and words holding letters only it uses (Polish ą ę ł ś ź ż ć ń,
 * German ä ö ü ß, Spanish ñ, Portuguese ã õ, French œ); the highest score wins, English when nothing
 * scores. Polish is often typed without its diacritics (a keyboard without a Polish layout: "dziekuje",
 * "rozmowe", "piatek"), so its word list holds both spellings, and the consonant clusters its spelling
 * uses and the other eight do not ("sz", "cz", "rz", "dz" in "przyszly", "czwartek", "wrzesnia",
 * "dzien") count half a word each.
 */
export type TextLanguage = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'pl' | 'ja';

interface Markers {
  /** common words (each match counts one) */
  words: RegExp;
  /** a word holding a letter only this language uses (each such word counts one) */
  letters?: RegExp;
  /** a word spelled as only this language spells (each counts half) */
  spelling?: RegExp;
  /** what one match weighs (Japanese: a few characters say as much as many words) */
  weight?: number;
}

/**
 * "No letter just before" (`(?<![\p{L}])`), written so that V8 checks the large class only after a
 * character beyond ASCII (it calls out of the compiled pattern for it): after an ASCII character or none,
 * "not an ASCII letter" says the same (the Kelvin sign and the long s, which fold to ASCII letters with
 * the `i` flag, are letters). Same as core/decide/alternation.ts WORD_START, for letters only.
 */
const NO_LETTER_BEFORE = String.raw`(?<![a-zA-Z])(?:(?<=[\0-\x7f])|^|(?<=[^\0-\x7f])(?<![\p{L}]))`;
/** A whole word in Unicode text (`\b` knows only ASCII letters). */
const word = (alternatives: string) => new RegExp(String.raw`${NO_LETTER_BEFORE}(?:${alternatives})(?![\p{L}])`, 'giu');
/**
 * A word holding one of these letters. `\p{L}*` tried at every position of the text is slow (and slower
 * still once V8 stops optimising new patterns, see README "Performance"); most texts hold none of the
 * letters, which one plain scan tells: QUICK keeps, for each such pattern, a test that finds something
 * exactly when the pattern does (`\p{L}*` may match nothing, so any of the letters is a match).
 */
const QUICK = new WeakMap<RegExp, RegExp>();
const holding = (letters: string) => withQuick(new RegExp(String.raw`\p{L}*[${letters}]\p{L}*`, 'giu'), new RegExp(`[${letters}]`, 'iu'));
function withQuick(pattern: RegExp, quick: RegExp): RegExp {
  QUICK.set(pattern, quick);
  return pattern;
}

const MARKERS: [TextLanguage, Markers][] = [
  ['ja', { words: /[\u3040-\u30ff]|面接|株式会社/g, weight: 5 }],
  ['fr', { words: /\b(?:entretien|poste|bonjour|heure|cordialement|disponibilités?|nous|vous|votre|avec|pour|le|la|les|des|et)\b/gi, letters: holding('œ') }],
  ['de', { words: /\b(?:vorstellungsgespr[äa]ch|uhr|sehr|geehrte|freundlichen|stelle|einladung|wir|sie|ihr|ihre|und|der|die|das|mit|für|zu)\b/gi, letters: holding('äöüß') }],
  ['es', { words: /\b(?:entrevista|puesto|estimad[oa]|saludos|disponibilidad|nos|tu|su|para|con|el|los|las|del|y|que)\b/gi, letters: holding('ñ') }],
  // Italian shares "la", "le", "un", "con" with French and Spanish: its own function words tell it apart.
  ['it', { words: /\b(?:colloquio|gentile|cordiali|saluti|posizione|della|delle|il|per|con|che|ci|siamo|alle|ore|di|sono|sua|suo|lei|nostro|nostra|nostri|questa|questo|buongiorno|grazie|alla|allo|nel|nella|dalle|sta|anche|presso|ufficio|distinti|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\b/gi }],
  ['nl', { words: /\b(?:sollicitatie\w*|gesprek|beste|groet(?:en)?|functie|wij|graag|het|een|van|voor|met|uur|je|jou|uw)\b/gi }],
  ['pt', { words: word('entrevista|vaga|olá|obrigad[oa]|atenciosamente|horário|você|para|com|não|uma|às|ao|em|da|do|das|dos|nosso|nossa|gostaríamos|agradeço|cumprimentos|reunião|também|está|esteja|estamos|feira|seu|sua|conversa|equipa|equipe'), letters: holding('ãõ') }],
  [
    'pl',
    {
      words: word(
        [
          // an invitation's words, with and without diacritics
          'rozmow\\p{L}*', 'spotkani\\p{L}*', 'stanowisk\\p{L}*', 'rekrutac\\p{L}*', 'kwalifikacyjn\\p{L}*', 'dzi[eę]kuj\\p{L}*', 'pozdr\\p{L}*', 'zaprasz\\p{L}*', 'zapros\\p{L}*',
          'prosz[eę]', 'prosimy', 'szanown\\p{L}*', 'witam', 'cze[sś][cć]', 'dzie[nń]', 'dobry', 'jutro', 'termin(?:ie|u|y|ów|ow)', 'godz', 'czasu?', 'firm(?:ie|y)', 'pasuje', 'daj', 'zna[cć]', 'chodzi',
          // function words no other language here writes
          'w', 'z', 'si[eę]', 'jest', 'b[eę]dzie', 'oraz', 'lub', 'dla', 'nie', 'czy', 'przez', 'że', 'pan(?:a|u|em)?', 'pani', 'pa[nń]stw\\p{L}*', 'ciebie', 'nasz\\p{L}*', 'wasz\\p{L}*', 'mamy', 'masz', 'bardzo',
          // the days and the months (in the genitive of a date), with and without diacritics
          'poniedzia[lł]\\p{L}*', 'wtor\\p{L}*', '[sś]rod\\p{L}*', 'czwart\\p{L}*', 'pi[aą]t\\p{L}*', 'sobot\\p{L}*', 'niedziel\\p{L}*',
          'stycznia', 'lutego', 'kwietnia', 'czerwca', 'lipca', 'sierpnia', 'wrze[sś]nia', 'pa[zź]dziernika', 'listopada', 'grudnia',
        ].join('|'),
      ),
      letters: holding('ąęłśźżćń'),
      spelling: withQuick(/\p{L}*(?:sz|cz|rz|dz)\p{L}*/giu, /sz|cz|rz|dz/iu),
    },
  ],
  ['en', { words: /\b(?:the|and|you|your|we|our|interview|with|for|to|would|like|please|thank)\b/gi }],
];

function count(text: string, pattern: RegExp | undefined): number {
  return pattern && QUICK.get(pattern)?.test(text) !== false ? (text.match(pattern) ?? []).length : 0;
}

export function detectTextLanguage(text: string): TextLanguage {
  const sample = text.slice(0, 6000);
  let best: TextLanguage = 'en';
  let bestScore = 0;
  for (const [language, markers] of MARKERS) {
    // German spells "sch" and "tz", never Polish's "sz" and "cz" in that place: a German word is no Polish spelling.
    const spelling = markers.spelling && QUICK.get(markers.spelling)?.test(sample) !== false ? (sample.match(markers.spelling) ?? []).filter((w) => !/sch|tsch/i.test(w)).length : 0;
    const score = count(sample, markers.words) * (markers.weight ?? 1) + count(sample, markers.letters) + spelling / 2;
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}
