/**
 * The note reader: the owner's note read into statements, each with what it is about (its target), its
 * polarity and its source (the owner's own, hedged, someone else's, disputed by the owner), and the
 * owner's instruction as a speech act found anywhere in the owner's own words. Deterministic and pure:
 * the concepts of concepts.ts, matched on accent-folded text, clause by clause, with negation, hedges,
 * reported speech and retractions; a later statement overrides an earlier one.
 *
 * Only the owner's own words count: quoted text ("…", «…», '…'), lines quoted with ">", signatures and
 * mail-service footers are blanked before anything is read, and a clause that reports someone else's
 * words ("my wife says…", "the recruiter wants me to confirm") never makes an instruction.
 */
import * as C from './concepts.js';
import { allMatches } from './matches.js';
import { escapeRegExp } from '../extract/extract.js';

export type Target = 'role' | 'company' | 'people' | 'industry' | 'whole' | 'time';
export type Source = 'own' | 'hedged' | 'reported' | 'disputed';
export type Concept = 'decline' | 'attend' | 'nothing-for-me' | 'doubt' | 'dud' | 'bleak' | 'draw' | 'time-cost' | 'more-than-described' | 'invited-before' | 'later-opening' | 'interest' | 'worth-a-try';

export interface Statement {
  concept: Concept;
  target: Target;
  source: Source;
  /** a description or an event ("three-month contract", "filed for insolvency"), not an evaluative word */
  factual: boolean;
  /** said with emphasis (a capitalised "BUT", "!!", a word in capitals) */
  emphasis: boolean;
  /** the owner's words that made it, exactly as written in the note */
  evidence: string;
  /** position in the note (later statements override earlier ones) */
  at: number;
}

export interface NoteReading {
  /** false when the note is written in a language the reader does not know: it was not read */
  read: boolean;
  statements: Statement[];
  /** the owner's final instruction, if any, with the words that gave it */
  instruction: { verdict: 'attend' | 'decline'; evidence: string } | null;
  /** the owner's sentences from which nothing was understood */
  notUnderstood: string[];
  /** every clause of the note reports someone else ("Mijn buurman raadde me af om te gaan"): no word of the owner's own */
  reportedOnly?: boolean;
}

/** The concepts compiled with the lists of some languages (all of them when `languages` is null). */
function patterns(languages: readonly C.NoteLanguage[] | null) {
  const only = languages ?? undefined;
  const rx = (concept: C.ByLanguage) => C.compile(concept, 'iu', only);
  const reportVerb = rx(C.REPORT_VERBS);
  return {
    decline: rx(C.INSTRUCT_DECLINE),
    attend: rx(C.merge(C.INSTRUCT_ATTEND, C.TRY_IT, C.CHOOSE_SLOT)),
    chooseSlot: rx(C.CHOOSE_SLOT),
    worth: rx(C.WORTH_A_TRY),
    replyThat: rx(C.REPLY_THAT),
    whileClause: rx(C.WHILE_CLAUSE),
    reasonTo: rx(C.REASON_TO),
    yes: rx(C.YES_CONTENT),
    laterContact: rx(C.LATER_CONTACT),
    retract: rx(C.RETRACT),
    past: rx(C.merge(C.PAST_INTENT, C.PAST_OWN_ACT)),
    pastTime: rx(C.PAST_TIME),
    reportVerb,
    reportAtEnd: new C.LowercasePattern(`(?:${reportVerb.source})\\s*$`, 'u'),
    reporter: rx(C.REPORTERS),
    hearsay: rx(C.HEARSAY),
    requested: rx(C.REQUESTED),
    dispute: rx(C.DISPUTE),
    endorse: rx(C.ENDORSE),
    // "Ni un poquito", "not a bit", "ani trochę": a diminisher under a negation is emphasis, not a hedge.
    going: rx(C.GOING),
    hedge: new C.LowercasePattern(`${NOT_EVEN.source}(?:${rx(C.HEDGE).source})`, 'u'),
    doubting: rx(C.DOUBTING),
    selfDoubt: rx(C.SELF_DOUBT),
    nothing: rx(C.NOTHING),
    noOne: rx(C.NO_ONE),
    searched: rx(C.SEARCHED),
    knownPerson: rx(C.KNOWN_PERSON),
    prohibit: rx(C.PROHIBIT),
    wontMiss: rx(C.WONT_MISS),
    notFound: rx(C.NOT_FOUND),
    forMe: rx(C.FOR_ME),
    notForMe: rx(C.NOT_FOR_ME),
    dudFact: rx(C.merge(C.DUD_CONTRACT, C.DUD_PAY, C.DUD_TASKS, C.DUD_PROSPECTS)),
    dudWord: rx(C.DUD_WORDS),
    bleakEvent: rx(C.merge(C.BLEAK_PROCEEDINGS, C.BLEAK_UNPAID, C.BLEAK_LOST, C.BLEAK_CUTS)),
    bleakWord: rx(C.BLEAK_WORDS),
    bleakPairs: [C.BLEAK_PAY_PAIR, C.BLEAK_LOSS_PAIR, C.BLEAK_CLOSE_PAIR, C.BLEAK_JOBS_PAIR].map((p) => compilePair(p, only)),
    dudPairs: [C.DUD_TERM_PAIR].map((p) => compilePair(p, only)),
    appeal: rx(C.APPEAL),
    people: rx(C.TARGET_PEOPLE),
    industry: rx(C.TARGET_INDUSTRY),
    company: rx(C.TARGET_COMPANY),
    role: rx(C.TARGET_ROLE),
    invitedBefore: rx(C.INVITED_BEFORE),
    earlierProcess: compilePair(C.NOTE_EARLIER_PAIR, only),
    growth: rx(C.GROWTH),
    pastStep: rx(C.PAST_STEP),
    reservation: rx(C.RESERVATION),
    denySay: rx(C.DENY_SAY),
    notThat: rx(C.NOT_THAT),
    denySayAfter: rx(C.DENY_SAY_AFTER),
    negativeEval: rx(C.NEGATIVE_EVAL),
    moreThan: rx(C.MORE_THAN_DESCRIBED),
    laterOpening: rx(C.LATER_OPENING),
    vague: rx(C.VAGUE),
    inCase: rx(C.IN_CASE),
    // A clause that is only the owner not knowing (after a connective: "więc mam wątpliwości"), fillers and punctuation around it.
    unsureAlone: new C.LowercasePattern(`^[^\\p{L}\\p{N}]*(?:(?:so|wiec|dus|also|donc|alors|quindi|allora|entonces|asi que|entao|por isso|daher|therefore|hence|but|just|aber|nur|mais|juste|pero|solo|ma|maar|alleen|mas|so que|ale|tylko)\\s+)?(?:(?:ich bin|ik ben|je suis|je reste|io sono|estoy|estou|jestem)\\s+)?(?:${rx(C.UNSURE_ALONE).source})(?:[\\s,]+(?:${rx(C.merge(C.UNSURE_FILLERS, C.TRAILING_FILLERS)).source}))*[^\\p{L}\\p{N}]*$`, 'u'),
    timeCost: rx(C.TIME_COST),
    // A term of work right after "my" (one word between at most): the owner's present job, not the role offered.
    mineBefore: new C.LowercasePattern(`(?:^|[^\\p{L}])(?:${rx(C.MY_OWN).source})[\\s\\-]+(?:\\p{L}+[\\s\\-]+)?$`, 'u'),
    wholeDay: rx(C.WHOLE_DAY),
    interviewEvent: rx(C.INTERVIEW_EVENT),
    interest: rx(C.NOT_UNINTERESTED),
    whyNot: rx(C.WHY_NOT),
    goBare: rx(C.GO_BARE),
    contrary: rx(C.ON_THE_CONTRARY),
    negator: rx(C.NEGATORS),
    fillerAtEnd: new C.LowercasePattern(`[\\s,]+(?:${rx(C.TRAILING_FILLERS).source})[\\s.!?…]*$`, 'u'),
    // A tag question after a comma ("we pass, no?"); one that is no yes or no word without it ("laat maar vallen zeker?").
    tagAtEnd: new C.LowercasePattern(`(?:,\\s*(?:${rx(C.TAG_QUESTIONS).source})|\\s+(?:${rx(C.TAG_QUESTIONS).source})(?<![\\s,](?:no|non|nao|nie|niet|nicht|yes|ja|si|sim|tak|oui|ok|okay|oke)))$`, 'u'),
    address: new C.LowercasePattern(`^(?:${rx(C.ADDRESS_TERMS).source})$`, 'u'),
    polite: rx(C.POLITE_FRAME),
    politeManner: rx(C.POLITE_MANNER),
    askThem: rx(C.ASK_THEM),
    newDate: rx(C.NEW_DATE),
    sarcasm: rx(C.SARCASM_WORDS),
    laterWish: compilePair({ a: C.WISH, b: C.LATER_PLACE }, only),
    wholeSubject: rx(C.WHOLE_SUBJECT),
    notFitting: rx(C.NOT_FITTING),
    believeIn: rx(C.BELIEVE_IN),
    contrastStart: new RegExp(`^(?:${C.CONTRAST.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu'),
    // "ask them if Wednesday works": an "if" after a verb of asking or checking is "whether", no condition.
    conditional: /(?<![\p{L}])(?<!(?:ask|asking|asked|check|checking|see|wonder|know)\s+(?:them\s+|her\s+|him\s+)?)(?:if|unless|wenn|falls|jesli|jezeli|gdyby)(?![\p{L}])/iu,
    // A hypothesis opening the clause (after a connective or two): "if they go under", "even if", "gdyby".
    hypothetical: new C.LowercasePattern(`^(?:(?:and|but|or|even|oh|well|ok|so|und|aber|oder|et|mais|ou|y|pero|o|e|ma|en|maar|of|i|ale|a|lub|no)\\s+){0,2}(?:${rx(C.HYPOTHETICAL).source})\\s+\\p{L}`, 'u'),
    ifPossible: rx(C.IF_POSSIBLE),
    counterfactual: rx(C.COUNTERFACTUAL),
    aspect: rx(C.ASPECT),
    timeSpan: rx(C.TIME_SPAN),
    anyWay: rx(C.ANY_WAY),
    override: rx(C.OVERRIDE),
    advice: rx(C.ADVICE_QUESTION),
    postNegator: new C.LowercasePattern(`^(?:${rx(C.POST_VERBAL_NEGATORS).source})(?!\\s+(?:nur|seulement|alleen|que|solo)(?![\\p{L}]))`, 'u'),
    contrastAny: new RegExp(`(?<![\\p{L}])(?:${C.CONTRAST.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}])`, 'iu'),
  };
}
type Patterns = ReturnType<typeof patterns>;

/** Whether the note is in a language read at all: the function words of every language. */
const OWN_LANGUAGE = C.compile(C.FUNCTION_WORDS);

const patternsFor = C.perLanguages(patterns);

/** Close languages whose lists are read along with the note's: their shared words mean the same (cognates). */
const SIBLINGS: Partial<Record<C.NoteLanguage, readonly C.NoteLanguage[]>> = { es: ['pt', 'it'], pt: ['es', 'it'], it: ['es', 'pt'], nl: ['de'], de: ['nl'] };

/** Each language's marker words (concepts.ts, LANGUAGE_MARKERS), to look a word up in at once. */
const MARKER_WORDS = new Map(C.LANGUAGES.map((language) => [language, new Set(C.LANGUAGE_MARKERS[language].words)] as const));

/**
 * The languages to read a note with: the one its words show (concepts.ts, LANGUAGE_MARKERS), its close
 * siblings (SIBLINGS) and English, which owners mix in; English alone when the note is plainly English;
 * null (every language) when the words do not tell, so that a short or mixed note is still read. Reading
 * with the note's own lists keeps a word another language writes the same way (Dutch "prima" and "past",
 * German "ja" in a Polish note) from being taken for what it means there.
 */
export function noteLanguages(note: string): C.NoteLanguage[] | null {
  const words = (note.toLowerCase().normalize('NFC').replace(/[’‘`´]/g, "'").match(/[\p{L}']+/gu) ?? []).map((w) => ({ w, bare: w.replace(/^'+|'+$/g, '') }));
  const score = (language: C.NoteLanguage) => {
    const { letters } = C.LANGUAGE_MARKERS[language];
    const markers = MARKER_WORDS.get(language)!;
    return words.filter(({ w, bare }) => markers.has(w) || markers.has(bare) || (letters?.test(w) ?? false)).length;
  };
  const ranked = C.LANGUAGES.filter((l) => l !== 'en')
    .map((language) => ({ language, score: score(language) }))
    .sort((a, b) => b.score - a.score);
  const english = score('en');
  const [first, second] = ranked;
  if (!first || !second) return null;
  if (english >= 2 && english >= 2 * first.score) return ['en'];
  if (first.score >= 2 && first.score >= 2 * second.score) return [...new Set([first.language, ...(SIBLINGS[first.language] ?? []), 'en' as const])];
  return null;
}

export interface CompiledPair {
  a: RegExp;
  b: RegExp;
  negatable: 'a' | 'b' | 'both';
  unless: RegExp | null;
}

function compilePair(pair: C.Pair, languages?: readonly C.NoteLanguage[]): CompiledPair {
  return { a: C.compile(pair.a, 'iu', languages), b: C.compile(pair.b, 'iu', languages), negatable: pair.negatable ?? 'a', unless: pair.unless ? C.compile(pair.unless, 'iu', languages) : null };
}

/** The owner or their own side ("I lost my contract", "we lost a client"): not the company's event. */
const OWN_SIDE = /^(?:i|i'd|i'll|i've|we|we'd|we've|my|our|ich|wir|mein\p{L}*|unser\p{L}*|je|j'|nous|mon|mes|notre|nos|yo|nosotros|mi|mis|nuestr\p{L}*|io|noi|mio|mia|miei|nostr\p{L}*|ik|wij|mijn|onze|ons|eu|nos|meu|minha|meus|nosso|nossa|ja|my|moj\p{L}*|nasz\p{L}*)$/iu;

/**
 * Both concepts of a pair in the clause, in either order and at any distance, neither denied where a
 * negation can deny it, the clause not one the pair excludes, and (in the owner's words) not the owner's own
 * side's event: the words of the first concept found, or null. In the invitation, "we" is the company.
 */
export function pairIn(negator: RegExp, pair: CompiledPair, clause: string, ownerSpeaks = true): RegExpMatchArray | null {
  if (pair.unless?.test(clause)) return null;
  const denied = (m: RegExpMatchArray) => negatedAt({ negator }, clause, m.index ?? 0);
  const a = allMatches(pair.a, clause).find((m) => !(pair.negatable !== 'b' && denied(m)) && !(ownerSpeaks && ownSide(clause, m)));
  if (!a) return null;
  const b = allMatches(pair.b, clause).find((m) => !(pair.negatable !== 'a' && denied(m)) && (m.index ?? 0) !== (a.index ?? 0));
  return b ? a : null;
}

/** Accents folded away, one character for one, so that positions in the folded text are positions in the note. */
export function fold(text: string): string {
  // ASCII (most notes and most of any other) is its own fold; the apostrophes to straighten are beyond it, bar "`".
  if (!/[^\0-\x7f]/.test(text)) return text.includes('`') ? text.replace(/`/g, "'") : text;
  return text
    .normalize('NFC')
    .replace(/[^\0-\x7f]/gu, foldedChar)
    .replace(/[’‘`´]/g, "'");
}

/** Each character folded once (ASCII, most of any note, is its own fold; the cache is bounded). */
const FOLDED = new Map<string, string>();
function foldedChar(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    const base = ch === 'ł' ? 'l' : ch === 'Ł' ? 'L' : ch === 'ø' ? 'o' : ch.normalize('NFD').replace(/\p{M}/gu, '');
    folded = base.length === ch.length ? base : ch;
    if (FOLDED.size < 4096) FOLDED.set(ch, folded);
  }
  return folded;
}

/**
 * French elisions typed with a space for the apostrophe ("j y vais", "c est", "l ete", "qu il", "n y"): the apostrophe put
 * back (one character for one, so positions hold). Only a lone elided letter before a word that starts with a vowel or h.
 */
const SPACED_ELISION = /(?<![\p{L}\p{N}'’])([cdjlmnst]|qu|jusqu|lorsqu|puisqu) (?=[aeiouyhàâäéèêëîïôöûü])/giu;
export function withElisions(note: string): string {
  return note.replace(SPACED_ELISION, "$1'");
}

/** The owner's own words: quotes, quoted lines, signatures and footers blanked (same length as the note). */
export function ownWords(note: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return ownLines(note)
    .replace(/"[^"\n]{2,}?"|“[^”\n]{2,}?”|„[^“”\n]{2,}?[“”]|«[^»\n]{2,}?»|‹[^›\n]{2,}?›/g, blank)
    // A single-quoted passage may hold apostrophes ("'let me know if you'd rather…'"): one between letters is no closing quote.
    // …and it holds no sentence's end: two elisions a sentence apart ("Fammi 'a cortesia, rispondi… e ringrazia. Po' stasera…")
    // are no quote.
    .replace(/(?<=^|[\s(:])'(?:[^'\n]|(?<=\p{L})'(?=\p{L})){2,}?'(?=[\s.,;:!?)]|$)/gmu, (m: string) => (/[.!?]\s+\p{Lu}/u.test(m) ? m : blank(m)));
}

/**
 * A note dictated to a phone keeps the punctuation it was told as words ("…my classrooms period the job
 * would be…"): each such word read as its mark, padded to the same length. "Trial period", "notice
 * period", "a busy period" and the like are the noun.
 */
const DICTATED_MARK = /(?<=\p{Ll})(?<!(?<![\p{L}])(?:trial|probation|probationary|notice|waiting|grace|time|test|review|pay|payroll|billing|contract|holiday|busy|quiet|peak|short|long|same|that|this|the|a|an|any|each|every|one|two|three|four|six|week|month|year|day)) (period|full stop|comma|question mark|exclamation (?:point|mark))(?= \p{L}|\s*$)/gmu;
const MARK_OF: Readonly<Record<string, string>> = { period: '.', 'full stop': '.', comma: ',', 'question mark': '?', 'exclamation point': '!', 'exclamation mark': '!' };
function dictated(text: string): string {
  if (!/period|full stop|comma|question mark|exclamation/.test(text)) return text;
  // Only a note that reads as dictated: no mark typed inside it, or marks said as words more than once
  // ("…in the exam period, decline" typed by hand keeps its noun).
  const said = [...text.matchAll(DICTATED_MARK)].length;
  const typed = (text.trim().slice(0, -1).match(/[.!?]/g) ?? []).length;
  if (said === 0 || (typed > 0 && said < 2)) return text;
  return text.replace(DICTATED_MARK, (match: string, word: string) => (MARK_OF[word] ?? '.') + ' '.repeat(match.length - 1));
}

/**
 * A word said only to hold the sentence together, between commas inside it (Spanish "…con su horario, vamos, falsa
 * autónoma…", "I mean"): blanked (same length). "¡Vamos, diles que sí!" opening the sentence is still the owner's go.
 */
const MID_SENTENCE_FILLER = /(?<=\p{L}[ \t]*,[ \t]*)(?:vamos|o sea|digamos|i mean|you know|weet je|tu vois|wei(?:ss|ß)t du|cioe|quer dizer|ou seja|znaczy)(?=[ \t]*,[ \t]*\p{L})/giu;
function withoutFillers(text: string): string {
  return text.replace(MID_SENTENCE_FILLER, (m) => ' '.repeat(m.length));
}

/**
 * The owner's lines, quotes kept: quoted lines, signatures and footers blanked (same length as the note).
 * What the owner quotes from the ad ("'commission only'") still describes the role and the company; it is
 * never an instruction (those are read on ownWords).
 */
export function ownLines(note: string): string {
  const text = withoutFillers(dictated(fold(note)));
  const lines = text.split('\n');
  let cut = false;
  const kept = lines.map((line, i) => {
    const trimmed = line.trim();
    if (cut) return ' '.repeat(line.length);
    if (C.FOOTER.test(trimmed) && trimmed.length < 60 && i > 0) {
      cut = true;
      return ' '.repeat(line.length);
    }
    if (trimmed.startsWith('>')) return ' '.repeat(line.length);
    return line;
  });
  return kept.join('\n');
}

interface Clause {
  text: string;
  start: number;
  sentence: number;
}

// Some contrast words are also particles (C.CONTRAST_PARTICLES): they open a clause only after punctuation.
/** Contrast words as one alternation, a space in one being any run of spaces. */
const contrastWords = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
const CONTRAST_OPENERS = contrastWords(C.CONTRAST.filter((w) => !C.CONTRAST_PARTICLES.includes(w)));
/**
 * Where a sentence splits into clauses: punctuation, dashes and arrows, and before a contrast word (not the
 * "but" of "nothing but", "anything but", "all but": "only", "not at all", "almost"). A comma
 * before "that" or "whether" (że, czy, dass, ob, que, che, dat) opens no clause: "Nie powiem, że…", "Sie wollen, dass…",
 * "nie wiem, czy to prawda"; nor does
 * the colon of a time ("the Thursday 2:00 slot").
 */
const clauseBoundary = (that: string) =>
  new RegExp(`,+(?!\\s*(?:${that})(?![\\p{L}]))|[;()]+|:+(?!\\d)|(?<!\\d):+|\\s+[-–—]+>?\\s+|\\s*(?:->|→)\\s*|(?<=\\s)(?<!(?:nothing|anything|all)\\s+)(?=(?:${CONTRAST_OPENERS})(?![\\p{L}]))`, 'giu');
/**
 * A clause opened by a contrast word ("but the role is great", "ma il ruolo mi piace"), a particle too: a clause
 * opens with one only after punctuation, where it is the contrast ("…, maar hier trekt me niks").
 */
const OPENS_WITH_CONTRAST = new RegExp(`^(?:${contrastWords(C.CONTRAST)})(?![\\p{L}])`, 'iu');
const CLAUSE_BOUNDARY = clauseBoundary('that|ze|zeby|zebym|że|żeby|żebym|czy|dass|ob|que|che|dat');
// Polish "ze" (że typed without its dot) is Dutch "ze" (they): a note not read as Polish splits before it.
const CLAUSE_BOUNDARY_NOT_POLISH = clauseBoundary('that|dass|ob|que|che|dat');

/** Sentences and their clauses, with their positions. */
function split(text: string, polish = true): { sentences: { text: string; start: number }[]; clauses: Clause[] } {
  const sentences: { text: string; start: number }[] = [];
  // Titles and abbreviations end no sentence ("Mag. Hofer", "Dott.ssa Rossi", "ing. Nowak").
  const plain = text.replace(/\b(Dr|Dra|Mr|Mrs|Ms|Mme|Mlle|Prof|St|Sr|Sra|Hr|Fr|Mag|Ing|Dipl|Dott|Avv|Arch|Lic|Mgr|Ir|Drs|Sig|ul|nr|ca|bzw|vs|etc|inkl|zB)\./gi, '$1 ')
    // …nor does a time or a number written with a dot ("10.30", "2.000").
    .replace(/(?<=\d)\.(?=\d)/g, ' ')
    // …nor does a site's name ("stond op NU.nl dat…", "read on Stuff.co.nz"): the dot before its domain's ending.
    .replace(/(?<=\p{L})\.(?=(?:com|net|org|co|nl|be|de|at|ch|fr|es|it|pt|pl|uk|nz|au|ca|br|eu|io)(?![\p{L}]))/giu, ' ')
    // …nor does an exclamation or a question inside brackets ("Sandra (my old boss!!) works there now").
    .replace(/(?<=\([^()\n]*)[.!?…]+(?=[^()\n]*\))/gu, (m) => ' '.repeat(m.length));
  for (const m of plain.matchAll(/[^.!?…\n]+[.!?…]*/g)) {
    if (m[0].trim()) sentences.push({ text: text.slice(m.index, m.index + m[0].length), start: m.index });
  }
  const clauses: Clause[] = [];
  sentences.forEach((s, index) => {
    let last = 0;
    const push = (end: number) => {
      const piece = s.text.slice(last, end);
      const lead = piece.length - piece.trimStart().length;
      if (piece.trim()) clauses.push({ text: piece.trim(), start: s.start + last + lead, sentence: index });
    };
    for (const m of allMatches(polish ? CLAUSE_BOUNDARY : CLAUSE_BOUNDARY_NOT_POLISH, s.text)) {
      push(m.index);
      last = m.index + m[0].length;
    }
    push(s.text.length);
  });
  return { sentences, clauses };
}

/**
 * "…and said I'd be kicking myself and he's right go on and tell them I'll be there": agreeing with a report
 * ends it, and what the owner says after the agreement is a clause of their own (a run-on sentence, as
 * dictated, has no comma to split it).
 */
function afterEndorsements(R: Pick<Patterns, 'endorse'>, clauses: readonly Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const input of clauses) {
    let clause = input;
    let m = R.endorse.exec(clause.text);
    // "…zegt dat ze op omvallen staan en dat klopt": an agreement joined by "and" to the report it agrees with is a clause of its own.
    const joined = m && m.index > 0 ? /(?:^|\s)(?:and|en|et|e|y|und|i|a|ed)\s+$/iu.exec(clause.text.slice(0, m.index)) : null;
    if (m && joined) {
      const cut = joined.index + (joined[0].length - joined[0].trimStart().length);
      out.push({ ...clause, text: clause.text.slice(0, cut).trim() });
      clause = { ...clause, text: clause.text.slice(cut), start: clause.start + cut };
      m = R.endorse.exec(clause.text);
    }
    const rest = m ? clause.text.slice((m.index ?? 0) + m[0].length) : '';
    const restWords = rest.split(/[^\p{L}']+/u).filter(Boolean).length;
    if (!m || restWords < 3) {
      out.push(clause);
      continue;
    }
    const cut = (m.index ?? 0) + m[0].length;
    const lead = rest.length - rest.trimStart().length;
    out.push({ ...clause, text: clause.text.slice(0, cut).trim() }, { ...clause, text: rest.trim(), start: clause.start + cut + lead });
  }
  return out;
}

/** A negation stands within the few words before `index` in the clause. */
export function negatedAt(R: { negator: RegExp }, clause: string, index: number, words = 3): boolean {
  return R.negator.test(lastWords(clause, index, words));
}

/** The last `words` words before `index`, joined by spaces: what a pattern of the words before a match reads. */
function lastWords(text: string, index: number, words: number): string {
  return text.slice(0, index).split(/[^\p{L}']+/u).filter(Boolean).slice(-words).join(' ');
}

/** An event not denied and not the owner's own side's ("I lost my contract"): the company's. */
function companysEvent(R: Patterns, pattern: RegExp, clause: string): RegExpMatchArray | null {
  for (const m of allMatches(pattern, clause)) if (!negatedAt(R, clause, m.index ?? 0) && !ownSide(clause, m)) return m;
  return null;
}

function ownSide(clause: string, m: RegExpMatchArray): boolean {
  return clause.slice(0, m.index).split(/[^\p{L}']+/u).filter(Boolean).slice(-2).some((w) => OWN_SIDE.test(w));
}

function firstPair(R: Patterns, pairs: readonly CompiledPair[], clause: string): RegExpMatchArray | null {
  for (const pair of pairs) {
    const found = pairIn(R.negator, pair, clause);
    if (found) return found;
  }
  return null;
}

/** First match not negated, or null. */
function affirmed(R: Patterns, pattern: RegExp, clause: string, ignoreNegation = false, skip?: (at: number) => boolean): RegExpMatchArray | null {
  for (const m of allMatches(pattern, clause)) if ((ignoreNegation || !negatedAt(R, clause, m.index ?? 0)) && !skip?.(m.index ?? 0)) return m;
  return null;
}

function emphatic(original: string): boolean {
  if (/^(?:BUT|ABER|MAIS|MA|ALE|MAAR|PERO|MAS|PE+RO|MA+S)\b/u.test(original.trim())) return true;
  // A word in capitals: an acronym ("CTO", "IFRS") is none, unless it is a word of emphasis ("SEHR", "EL rubro").
  if ((original.match(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu) ?? []).some((w) => CAPS_EMPHASIS.test(fold(w)))) return true;
  return /!!|[\p{L}]{2,}\s?!|\p{Lu}{6,}/u.test(original.replace(/\b(?:[A-Z]{2,5}\d*)\b(?![!])/g, ''));
}
const CAPS_EMPHASIS = new C.LowercasePattern(`^(?:${C.compile(C.INTENSIFIERS).source})$`, 'u');

/**
 * How much of a note is read: the owner's note is a few lines; a note of thousands of clauses (a pasted
 * log, a runaway quote) would take seconds. What lies beyond is not read, and the recommendation says so.
 */
export const MAX_NOTE_CHARS = 4000;
export const MAX_NOTE_CLAUSES = 200;

/** The note cut at MAX_NOTE_CHARS (at a line or sentence end when one is near), and what was cut. */
function bounded(note: string): { text: string; cut: string | null } {
  if (note.length <= MAX_NOTE_CHARS) return { text: note, cut: null };
  const head = note.slice(0, MAX_NOTE_CHARS);
  const end = Math.max(head.lastIndexOf('\n'), head.search(/[.!?…][^.!?…]*$/u));
  const at = end > MAX_NOTE_CHARS / 2 ? end + 1 : MAX_NOTE_CHARS;
  return { text: note.slice(0, at), cut: note.slice(at) };
}

function cutNotice(what: string): string {
  const start = what.trim().replace(/\s+/g, ' ').slice(0, 40);
  return `(not read: the note is longer than ${MAX_NOTE_CHARS} characters or ${MAX_NOTE_CLAUSES} clauses; everything from "${start}…" on was cut)`;
}

export function readOwnerNote(whole: string | null, company: string | null = null): NoteReading {
  const empty: NoteReading = { read: true, statements: [], instruction: null, notUnderstood: [] };
  if (!whole || !whole.trim()) return empty;
  const { text: note, cut } = bounded(whole);
  const languages = noteLanguages(note);
  const R = patternsFor(languages);
  const namesCompany = companyWords(company);
  // French typed without apostrophes ("j y vais pas", "c est", "qu il"): the elisions read as written with them.
  const typed = languages?.[0] === 'fr' ? withElisions(note) : note;
  const folded = ownWords(typed);
  const quoting = ownLines(typed);
  const factsFrom = (clause: Clause, i: number) => {
    const before = clauses[i - 1];
    return before && before.sentence === clause.sentence ? before.start + before.text.length : sentences[clause.sentence]!.start;
  };
  const { sentences, clauses: all } = split(folded, !languages || languages.includes('pl'));
  // Each sentence with a dispute's own words blanked ("No sé de dónde lo saca:" hedges nothing the owner then says).
  // …and "irgendwie", "somehow" after a no or a nothing ("nichts, was mich irgendwie reizt") is "in any way", no hedge.
  const calmSentences = sentences.map((s) => withoutVerdictWords(R, withoutAnyWay(R, withoutDisputes(R, s.text))));
  const clauses = afterEndorsements(R, all).slice(0, MAX_NOTE_CLAUSES);
  const clauseCut = all.length > MAX_NOTE_CLAUSES ? note.slice(all[MAX_NOTE_CLAUSES]!.start) : null;
  // Sentences whose instruction the reader could not settle (a condition it cannot check, both a yes and a no).
  const unclear = new Set<number>();
  // Sentences that endorse a report: understood, though they state nothing of their own.
  const endorsing = new Set<number>();
  const statements: Statement[] = [];
  let instruction: NoteReading['instruction'] = null;
  const evidenceOf = (clause: Clause) => note.slice(clause.start, clause.start + clause.text.length).trim();
  let previousReported = false;
  let ownClause = false;
  let heardBefore = false;
  let previousSentence = -1;
  let introducesSpeech = false;
  let pendingContrast: { emphasis: boolean } | null = null;
  // A turn ("but…", "ABER:") holds until a new doubt: what follows it in the note is said against the doubts
  // before it ("But it's climate tech!! That is EXACTLY the industry I want"); its emphasis, to its sentence's end.
  let turn: { emphasis: boolean; sentence: number; target: Target | null } | null = null;
  // A bare "Nah." opening the note: a reaction, which the owner's verdict after it explains.
  let openingNo: NoteReading['instruction'] = null;
  // The last instruction given, to order a later one against it.
  let lastAct: { verdict: 'attend' | 'decline'; end: number; sentence: number } | null = null;
  // The first clause that asks only for a courteous reply ("but politely"), held until the note is read.
  let politeNo: { evidence: string; at: number } | null = null;

  clauses.forEach((clause, clauseIndex) => {
    const text = clause.text;
    const original = evidenceOf(clause);
    const sentence = sentences[clause.sentence]!.text;
    // "…bien au contraire", "Antes pelo contrário.": in the sentence or the one after it.
    const contrary = () => R.contrary.test(sentence) || R.contrary.test(sentences[clause.sentence + 1]?.text ?? '');
    const reported =
      allMatches(R.hearsay, text).some((m) => !afterAsThey(text.slice(0, m.index).split(/[^\p{L}']+/u).filter(Boolean))) ||
      R.requested.test(text) ||
      reportedSpeech(R, text, original) ||
      // "…says that they are failing, and that …": the report goes on in the same sentence only.
      (previousReported && previousSentence === clause.sentence && !R.endorse.test(text) && (introducesSpeech || /^(?:que|that|dass|che|dat|ze|and|et|y|e|und|en|i)\b/iu.test(text) || (GERMAN_REPORTED_MOOD.test(text) && !/(?<![\p{L}])(?:ich|wir|i)(?![\p{L}])/iu.test(text))));
    previousReported = reported;
    ownClause ||= !reported;
    heardBefore ||= reported;
    previousSentence = clause.sentence;
    // "The recruiter says: reply that you accept": what follows the report verb is their words.
    introducesSpeech = reported && R.reportAtEnd.test(text);
    const calm = calmSentences[clause.sentence]!;
    const doubting = R.doubting.exec(calm);
    // A hedge holds from where it stands to the sentence's end; before it, only as a short afterthought ("boring,
    // I think"), not across a clause that says something of its own ("commission only: bring clients, then maybe you earn").
    const sentenceFrom = sentences[clause.sentence]!.start;
    const hedgeBefore = R.hedge.test(calm.slice(0, clause.start - sentenceFrom + text.length));
    const sentenceText = sentences[clause.sentence]!.text;
    const hedgeAfter = clauses.some((c) => c.sentence === clause.sentence && c.start > clause.start && R.hedge.test(withoutAnyWay(R, c.text, sentenceText, c.start - sentenceFrom)) && c.text.split(/[^\p{L}']+/u).filter(Boolean).length <= 3);
    // The clause as its calm sentence has it (disputes and "somehow" after a nothing blanked once per sentence).
    const hedged = R.hedge.test(calm.slice(clause.start - sentenceFrom, clause.start - sentenceFrom + text.length)) || Boolean(doubting) || ((hedgeBefore || hedgeAfter) && !R.contrastStart.test(text));
    // Someone else's report said with a hedge of its own ("I heard they might be closing the plant") is a doubt, not an event.
    const source: Source = reported ? (R.hedge.test(text) ? 'hedged' : 'reported') : hedged ? 'hedged' : 'own';
    // A clause that is only a contrast word ("ABER:", "but…") opens the next one.
    if (R.contrastStart.test(text) && !/\p{L}{2,}/u.test(text.replace(R.contrastStart, ''))) {
      pendingContrast = { emphasis: emphatic(original) };
      return;
    }
    const opens = pendingContrast ?? (R.contrastStart.test(text) ? { emphasis: emphatic(original) } : null);
    pendingContrast = null;
    if (opens) turn = { emphasis: opens.emphasis, sentence: clause.sentence, target: null };
    const contrast = turn;
    // What the turn is about, once named ("But the engineering manager is X. A GENIUS."): the praise after it is about them.
    if (turn) turn.target = targetOf(R, text, namesCompany) ?? turn.target;
    const emphasis = emphatic(original) || Boolean(turn?.emphasis && turn.sentence === clause.sentence);
    const before = statements.length;
    const core = text.replace(/(?:[\s.!?…,;:\p{Extended_Pictographic}]|\u200d|\ufe0f)+$/u, '');
    // "If they go under…", "gdyby się okazało…": a dud, a bleak outlook or "not for me" supposed is not yet found;
    // a liking "in case" ("forwarding in case it's useful") is no draw.
    const supposed = !reported && R.hypothetical.test(text);
    const add = (concept: Concept, target: Target, factual = false, src: Source = source) =>
      statements.push({ concept, target, source: src === 'own' && ((supposed && (concept === 'dud' || concept === 'bleak')) || (concept === 'draw' && R.inCase.test(text))) ? 'hedged' : src, factual, emphasis, evidence: original, at: clause.start });

    // Disputing what was reported: earlier reported statements count for nothing.
    // ("pas du tout", "para nada" with nothing reported before is the owner's own emphasis, not a dispute.)
    if (R.dispute.test(text) && !reported && (heardBefore || statements.some((s) => s.source === 'reported' || (s.source === 'hedged' && s.concept === 'bleak')))) {
      for (const s of statements) {
        if (s.source === 'reported' || (s.source === 'hedged' && s.concept === 'bleak')) s.source = 'disputed';
        // The sentence that disputes a report is about the report ("I love her, but she's got this one wrong").
        if (s.concept === 'draw' && s.at >= sentences[clause.sentence]!.start) s.source = 'disputed';
      }
      // Understood, but no interest in the opportunity: disputing a report says nothing of what draws the owner.
      add('interest', 'whole', false, 'disputed');
      return;
    }

    // Agreeing with what was reported ("il a complètement raison"): those views are the owner's own now.
    if (R.endorse.test(text) && !reported && statements.some((s) => s.source === 'reported')) {
      for (const s of statements) if (s.source === 'reported') s.source = 'own';
      endorsing.add(clause.sentence);
      return;
    }

    // The instruction.
    const sentenceStart = sentences[clause.sentence]!.start;
    const question = /\?\s*$/.test(sentence.trim());
    const sameSentence = (i: number) => clauses[i]?.sentence === clause.sentence;
    // "I'd be grateful if you could tell them…", "wäre nett, wenn du absagst": a polite frame makes the condition a request.
    // A condition in an earlier clause of the sentence holds for this one too ("If the pay is low, decline.");
    // "if you can", "wenn möglich" only soften a request.
    const upToHere = sentence.slice(0, clause.start - sentenceStart + text.length);
    const conditionAt = allMatches(R.conditional, upToHere).at(-1) ?? null;
    const polite = conditionAt !== null && (R.polite.test(upToHere.slice(0, conditionAt.index)) || R.ifPossible.exec(upToHere.slice(conditionAt.index))?.index === 0);
    // "In theory — nothing to do but decline. BUT…": a frame set against what will happen holds the instruction back too.
    // …and so is "if I go" itself in the languages whose "if" the pattern above leaves out ("Si voy, tengo que…", "Se ci vado…",
    // "Als ik ga…"): what going would cost, not a decision to go.
    const conditioned = (conditionAt !== null && !polite) || R.counterfactual.test(upToHere) || IF_I_GO.test(original.trim());
    if (!reported) {
      const retract = R.retract.exec(text);
      if (retract && !conditioned) instruction = null;
      // "I turned them down last year", "odmówiłem im rok temu": what happened then is no instruction now.
      const past = R.past.exec(text) ?? (R.pastTime.test(text) ? { index: -1 } : null);
      // "i'm going tbh", "laat maar vallen zeker?": a filler or a tag question after the instruction is no part of it.
      let trimmed = core;
      for (let k = 0; k < 4; k++) {
        const before = trimmed;
        trimmed = trimmed.replace(R.fillerAtEnd, '');
        if (question) trimmed = trimmed.replace(R.tagAtEnd, '');
        trimmed = trimmed.replace(/(?:[\s.!?…,;:\p{Extended_Pictographic}]|\u200d|\ufe0f)+$/u, '');
        // …nor is an emoji before it ("👍 gaan.").
        trimmed = trimmed.replace(/^(?:[\s\p{Extended_Pictographic}]|\u200d|\ufe0f)+/u, '');
        if (trimmed === before) break;
      }
      let acts = actsIn(R, core, sentence, clause.start - sentenceStart, past, retract);
      if (acts.length === 0 && trimmed !== core && trimmed) acts = actsIn(R, trimmed, sentence, clause.start - sentenceStart, past, retract);
      // "Bitte nachfragen, ob es später einen neuen Termin geben kann", "ask them for another date": wanting to attend.
      // (Asked of the reader as a question, it asks for advice; a date they do not have is none.)
      if (acts.length === 0 && !past && !question) {
        const ask = R.askThem.exec(core);
        const rest = ask ? sentence.slice(clause.start - sentenceStart + (ask.index ?? 0)) : '';
        if (allMatches(R.newDate, rest).some((n) => !negatedAt(R, rest, n.index ?? 0))) acts.push({ at: ask!.index ?? 0, verdict: 'attend' });
      }
      // The sentence before, when it is the owner's own question, and whether it proposed declining ("…da maar afzeggen,
      // toch?", "Should I just decline?"): a bare yes or no right after it answers that proposal.
      const asked = clause.sentence > 0 ? sentences[clause.sentence - 1]!.text.trim() : '';
      const proposedDecline = /\?$/u.test(asked) && R.decline.test(asked) && !R.attend.test(asked);
      // A yes on its own answers whom it is said to: the owner's instruction only when it is no question, and
      // neither a person addressed ("Ja, Jens.") nor a "but" follows ("…, yes, but…").
      if (C.BARE_YES.test(trimmed || core)) {
        const next = sameSentence(clauseIndex + 1) ? clauses[clauseIndex + 1]! : null;
        const nextOriginal = next ? evidenceOf(next).replace(/[.!?…,;:\s]+$/u, '') : '';
        const addressed = next !== null && (R.address.test(next.text.replace(/[.!?…,;:\s]+$/u, '')) || (/^\p{Lu}\p{Ll}+$/u.test(nextOriginal) && !NOT_A_NAME.test(nextOriginal) && !DAY_NAME.test(fold(nextOriginal))));
        // …nor a sarcastic one ("Sì, come no.", "Yeah, right").
        if (question || addressed || R.sarcasm.test(sentence) || (next !== null && R.contrastStart.test(next.text))) acts = acts.filter((a) => a.verdict !== 'attend');
        else if (proposedDecline && sentence.slice(0, clause.start - sentenceStart).trim() === '') {
          // "…da maar afzeggen, zeker? Ja. Afzeggen.", "should we just decline, right? Yes.": opening its sentence, it agrees
          // with the proposal: a no. (After any other question it stays a yes.)
          acts = acts.filter((a) => a.verdict !== 'attend');
          acts.push({ at: 0, verdict: 'decline' });
        }
      }
      const whole = sentence.trim().replace(/[.!?…\s]+$/u, '');
      // "Dream job? No.": a bare no right after the owner's own question answers it: a no to going only when
      // the question asked about going ("Do I want to go? No."), otherwise a doubt about what it asked.
      const answers = /\?$/.test(asked) && !R.attend.test(asked) && !R.decline.test(asked) && !R.forMe.test(asked) && !R.going.test(asked);
      // "Nein, danke.", "No, thanks": the thanks after a bare no leaves it bare.
      const unthanked = whole.replace(THANKS_AFTER, '');
      // (…or a summing-up word before it, "Bref : non.", which the colon makes a clause of its own.)
      const clauseText = text.replace(/[.!?…\s]+$/u, '');
      const bare = C.BARE_NO.test(unthanked) && (unthanked.length === clauseText.length || C.BARE_NO.test(clauseText)) && !answers;
      // "Should I just decline? No.": a no to the owner's own question that proposed declining refuses the decline, and
      // says no more than that: not understood, never a no to going.
      if (bare && proposedDecline) unclear.add(clause.sentence);
      else if (bare) acts.push({ at: 0, verdict: 'decline' });
      // "👎", "❌", "🙅‍♀️" on their own: a no shown, not written.
      if (NO_GESTURE_ONLY.test(original)) acts.push({ at: 0, verdict: 'decline' });
      if (answers && C.BARE_NO.test(whole)) {
        acts = [];
        add('doubt', 'role', false, 'hedged');
      }
      acts.sort((a, b) => a.at - b.at);
      // A yes and a no offered as a choice ("zusagen oder absagen", "accept or decline"): a contradiction the reader cannot settle, said as not understood, never decided.
      const final = acts.at(-1);
      const other = final ? acts.filter((a) => a.verdict !== final.verdict).at(-1) : undefined;
      const between = other && final ? core.slice(other.at, final.at) : '';
      const both = other !== undefined && !retract && C.EITHER_OR.test(between);
      // A question that asks for advice ("should I decline?", "soll ich absagen?", "czy powinienem odmówić?") gives none.
      // …but an assertion with a tag ("Creo que debería ir a esta, ¿no?", "I should go, right?") asks for no advice.
      const tagged = question && R.tagAtEnd.test(sentence.trim().replace(/[?？\s]+$/u, '').replace(/¿/gu, ''));
      // …nor does one that proposes going as a negative question ("was meinst du, wollen wir nicht einfach hingehen?").
      // …nor does a proposal after the question that frames it ("Che dici, gli mandiamo un no gentile?", "what do you
      // think, shall we just go?"): advice is asked only by words in or after the clause of the act.
      const advice = question && !tagged && allMatches(R.advice, sentence).some((m) => (m.index ?? 0) + m[0].length > clause.start - sentenceStart) && !(final?.verdict === 'attend' && R.whyNot.test(core));
      // "…but politely", "netjes houden graag": the manner of a reply only a no needs, the owner's no if nothing else
      // instructs; not when the sentence asks them something ("freundlich nachfragen, ob…") or says yes.
      if (!final && !conditioned && !advice && !past && R.politeManner.test(core) && !R.attend.test(sentence) && !R.askThem.test(sentence)) politeNo ??= { evidence: original, at: clause.start };
      // A no after a yes with nothing marking it as the later word ("actually", "in the end", a retraction, a
      // turn): two instructions the reader cannot order, never a confident decline.
      const unmarked = final?.verdict === 'decline' && lastAct?.verdict === 'attend' && !retract && !bare && !(() => {
        const from = lastAct.end;
        const between = folded.slice(from, clause.start + final.at);
        // …or a new reason against it read in between ("…they are not paying wages. No, I give up. Decline."): the no answers it.
        const reasonBetween = statements.some((st) => DOUBTS.has(st.concept) && st.source !== 'reported' && st.at >= from && st.at < clause.start + final.at);
        return reasonBetween || R.override.test(between) || R.retract.test(between) || R.contrastAny.test(between);
      })();
      // A condition the reader cannot check holds a no back; a yes under one is still the owner's wish (attending is the default anyway).
      if (final && ((conditioned && (final.verdict === 'decline' || conditionAt === null || conditionAt.index >= clause.start - sentenceStart)) || advice)) {
        unclear.add(clause.sentence);
      } else if (final && unmarked && lastAct) {
        unclear.add(lastAct.sentence);
        unclear.add(clause.sentence);
        instruction = null;
        lastAct = { verdict: final.verdict, end: clause.start + text.length, sentence: clause.sentence };
      } else if (final && both) {
        unclear.add(clause.sentence);
        instruction = null;
      } else if (final) {
        instruction = { verdict: final.verdict, evidence: original };
        lastAct = { verdict: final.verdict, end: clause.start + text.length, sentence: clause.sentence };
        openingNo = bare && clause.sentence === 0 ? instruction : null;
        add(final.verdict, 'whole', false, 'own');
      }
    }

    // "On ne peut pas dire que ce soit une maison qui me laisse indifférent": a denied saying flips what it says.
    const denial = reported ? null : R.denySay.exec(text);
    // …and said after what it denies ("Dass es mich gar nicht reizt, kann ich nicht behaupten"): the clause that
    // opens with "that" is what is denied; the clause of the denial says nothing more.
    const after = reported || denial ? null : endingDenial(R, sentence);
    const afterAt = after ? sentenceFrom + (after.index ?? 0) : -1;
    if (after && clause.start >= afterAt) return;
    const postposed = after && THAT_START.exec(text);
    if (denial || postposed) {
      const said = denial ? text.slice((denial.index ?? 0) + denial[0].length) : text.slice(postposed![0].length);
      // "Can't say I see anything in this that appeals", "no puedo decir que vea nada que me atraiga": an
      // indefinite under the denied saying is the owner's no to the whole (not a double negation).
      // Only with no other negation in what is said: "não posso dizer que não haja aqui nada para mim" is a double negation.
      const rest = said.replace(ANY_THING, ' ');
      if (ANY_THING.test(said) && !R.negator.test(rest) && !R.negativeEval.test(rest) && (R.forMe.test(said) || R.appeal.test(said))) {
        add('nothing-for-me', 'whole', false, 'own');
        return;
      }
      if (R.negator.test(said) || R.negativeEval.test(said)) {
        // "No te voy a decir que no me interesa": interest; a draw only when it names what draws. Said
        // through two negations it is a hedged interest, a doubt, unless "on the contrary" follows.
        add('interest', 'whole', false, 'own');
        if (!contrary()) add('doubt', 'role', false, 'hedged');
        const named = targetOf(R, said, namesCompany);
        if (named && named !== 'role') add('draw', named, false, 'own');
      } else if (/\p{L}{3,}/u.test(said)) {
        add('doubt', 'role', false, 'hedged');
        turn = null;
      }
      return;
    }

    const litotes = R.interest.exec(text);
    // A liking said through two negations is hedged: the doubt it is, no draw of its own.
    let hedgedLitotes = false;
    if (litotes) {
      add('interest', 'whole', false, 'own');
      // …a hedge only when a second negation follows ("nicht dass ich mich verguckt hab" is no double negation).
      // (the second negation may be in the pattern itself: "no es que no", "nie mówię nie").
      const first = R.negator.exec(litotes[0]);
      const after = `${first ? litotes[0].slice((first.index ?? 0) + first[0].length) : ''} ${text.slice((litotes.index ?? 0) + litotes[0].length)}`;
      // "ganz uninteressant finde ich es nicht", "niet oninteressant": the negative word negated is no dud, and the
      // liking it makes is hedged.
      const negatedWord = R.dudWord.test(litotes[0]) || R.negativeEval.test(litotes[0]);
      if (negatedWord) for (let k = statements.length - 1; k >= before; k -= 1) if (statements[k]!.concept === 'dud') statements.splice(k, 1);
      if ((R.negator.test(after) || R.negativeEval.test(after) || negatedWord) && !contrary()) {
        add('doubt', 'role', false, 'hedged');
        hedgedLitotes = true;
      }
    }
    // "Nothing to lose", "can't hurt", "zaszkodzić nie zaszkodzi": the owner's own case for going.
    if (!reported && affirmed(R, R.worth, text)) add('worth-a-try', 'whole', false, 'own');

    // "I looked, really looked, for something I'd like in it… nothing.": a search for something that appeals,
    // answered by a bare "nothing" in the next clause or two, is the owner's verdict on the whole.
    const trailing = text.split(/\.{3}|…/u).at(-1) ?? text;
    const searchedBefore = (c: Clause) => {
      const found = R.searched.exec(c.text);
      const around = sentences[c.sentence]!.text;
      return found !== null && (R.forMe.test(around) || R.appeal.test(around)) && !R.negator.test(c.text.slice(0, found.index));
    };
    // "Try to find one good point, cannot find": a search that says it found nothing is the same verdict, and
    // what it looked for ("one good point") is no draw.
    const notFound = R.notFound.test(text);
    const answered = nothingAlone(R, trailing) || notFound;
    const search = answered && !reported ? clauses.slice(Math.max(0, clauseIndex - 2), clauseIndex + 1).find((c) => (c !== clause || trailing !== text || notFound ? searchedBefore(c) : false)) : undefined;
    if (search) {
      for (let k = statements.length - 1; k >= 0; k--) if ((statements[k]!.concept === 'draw' || statements[k]!.concept === 'interest') && statements[k]!.at === search.start) statements.splice(k, 1);
      add('nothing-for-me', 'whole', false, 'own');
    }

    // Nothing about it appeals: the owner's verdict on the whole opportunity (read on the sentence).
    // "The commute is not for me", "nothing about the location appeals": one part named, a doubt about it, not a verdict on the whole.
    const aspectOnly = namesAspect(R, text) && (R.notForMe.test(text) || nothingForMe(R, text));
    // A sentence whose "nothing" is under a denied saying ("je ne vais pas prétendre que rien ne m'attire : …") holds
    // no verdict for its other clauses; the clause with the denial reads it itself.
    // …nor for a clause that turns against it ("Niente entusiasmo dal recruiter, ma il ruolo mi piace"): that clause is read alone.
    const wholeOf = R.denySay.test(sentence) || R.denySayAfter.test(sentence) || OPENS_WITH_CONTRAST.test(text) ? text : sentence;
    const wholeNo = (!namesAspect(R, text) && R.notForMe.test(text)) || (!namesAspect(R, wholeOf) && (nothingForMe(R, wholeOf) || wholeMisfit(R, wholeOf)));
    if (aspectOnly && !reported) add('doubt', 'role', false, 'hedged');
    // (a liking before a turn, "it's not that I'm not open to something new, but this draws me not at all", is no liking of what follows it)
    if (wholeNo && !R.interest.test(wholeOf) && !statements.some((s) => s.concept === 'nothing-for-me' && s.at === clause.start)) {
      const unsure = R.hedge.test(withoutVerdictWords(R, withoutAnyWay(R, sentence))) || supposed;
      add(unsure ? 'doubt' : 'nothing-for-me', 'whole', false, unsure ? 'hedged' : source);
    } else if (R.forMe.test(text) && R.hedge.test(sentence) && !R.nothing.test(sentence)) {
      add('doubt', 'role', false, 'hedged');
    }

    // "I wonder whether it isn't too admin", "twijfel of het niet te simpel is": after a doubt, the negation is no denial.
    const expletive = doubting !== null && (doubting.index ?? 0) < clause.start - sentences[clause.sentence]!.start + text.length;
    // Facts are read with what the owner quotes from the ad ("'contratto a chiamata' e 'provvigioni'"), from the
    // end of the clause before (a blanked quote opens no clause).
    const facts = quoting.slice(factsFrom(clause, clauseIndex), clause.start + text.length);
    // A pair of words ("closed … branches") in a clause that tells of growth or profit ("closed the year in profit
    // and is opening two branches") is no closure.
    const bleakEvent = companysEvent(R, R.bleakEvent, facts) ?? (affirmed(R, R.growth, text) ? null : firstPair(R, R.bleakPairs, facts)) ?? (C.BLEAK_ACRONYMS.test(original) ? ([''] as unknown as RegExpMatchArray) : null);
    const dudFact = affirmed(R, R.dudFact, facts, expletive, (at) => R.mineBefore.test(facts.slice(Math.max(0, at - 40), at))) ?? firstPair(R, R.dudPairs, facts) ?? (C.DUD_ACRONYMS.test(original) ? ([''] as unknown as RegExpMatchArray) : null);
    const dudWord = dudFact ? null : affirmed(R, R.dudWord, text, expletive);
    if (dudFact || dudWord) add('dud', 'role', Boolean(dudFact));
    const bleakWord = bleakEvent ? null : affirmed(R, R.bleakWord, text);
    if (bleakEvent || bleakWord) add('bleak', 'company', Boolean(bleakEvent));

    // A whole day costs the owner time when the sentence speaks of the interview, not of what the job's days are made of.
    if ((affirmed(R, R.timeCost, text) || (affirmed(R, R.wholeDay, text) && R.interviewEvent.test(sentence))) && !question) add('time-cost', 'time', true);
    const moreThan = R.moreThan.test(text);
    if (moreThan) add('more-than-described', 'role');
    const vague = R.vague.test(text) || (!reported && affirmed(R, R.reservation, text) !== null);
    if (vague && !reported) add('doubt', 'role', false, 'hedged');
    // Not knowing, said alone ("not sure tbh", "Mah 🫤"): a doubt about what the note is about.
    // "Nie jestem pewna, czy to moja działka": not knowing whether is the doubt too, unless what is not known is
    // whether a report is true ("nie wiem, czy to prawda", "ob das stimmt").
    const [unsurePart, whether] = text.split(/,\s*(?=(?:czy|ob)(?![\p{L}]))/u);
    const unsure = R.unsureAlone.test(text) || (whether !== undefined && !WHETHER_TRUE.test(whether) && R.unsureAlone.test(unsurePart!));
    if (!reported && unsure && !statements.some((s) => s.concept === 'doubt' && s.at >= sentences[clause.sentence]!.start)) add('doubt', 'role', false, 'hedged');
    // Doubting whether the role is right for the owner (not doubting oneself; a bare "not sure" is read just above):
    // a doubt about the role, said once per sentence.
    const sentenceAt = sentences[clause.sentence]!.start;
    const aboutTheRole = R.forMe.test(sentence) || R.role.test(sentence);
    if (doubting && aboutTheRole && !reported && !wholeNo && !R.selfDoubt.test(sentence) && !R.interest.test(sentence) && !statements.some((s) => s.at >= sentenceAt && (s.concept === 'doubt' || s.concept === 'dud'))) {
      add('doubt', 'role', false, 'hedged');
    }
    // …or an interview or application there in a time well past ("I interviewed with them in 2024").
    if (R.invitedBefore.test(text) || (!reported && pairIn(R.negator, R.earlierProcess, text, false) !== null)) add('invited-before', 'company', true, 'own');
    // "I'd love to work there one day", "daar wil ik ooit werken": the wish to be at the company later.
    if ((R.laterOpening.test(text) || pairIn(R.negator, R.laterWish, text, false) !== null) && !reported) add('later-opening', 'company', false, 'own');
    // Sarcasm turns the praise of its sentence around ("oh GREAT, another 'opportunity' 🙄", "/s"): a doubt, no draw.
    const sarcastic = !reported && (C.SARCASM.test(sentence) || R.sarcasm.test(sentence));

    // What draws the owner: a liking, or an emphatic turn that names a person, the field or the company.
    if (sarcastic) {
      if (affirmed(R, R.appeal, text) || R.sarcasm.test(text)) add('doubt', 'role', false, 'hedged');
    } else if (!reported && affirmed(R, R.believeIn, text)) add('draw', 'company');
    // "But Marta (ex-colleague) runs the analytics team there now": someone the owner knows, inside.
    // …unless they are only the source of what the sentence reports ("une ancienne collègue dont le frère y travaille me dit que…").
    else if (!reported && !wholeNo && affirmed(R, R.knownPerson, text) && INSIDE.test(fold(sentence)) && !reportsThat(R, sentence) && (!R.reportVerb.test(text) || knownInsideThenSays(R, text))) add('draw', 'people');
    // "Ingrid Wolfs heeft mij zelf voorgedragen": someone who put the owner forward is someone to meet.
    else if (!reported && !wholeNo && referredMe(R, text)) add('draw', 'people');
    // "Jordan from my old team went to Lodestar last year and says the analytics group is great": someone known,
    // inside, who then reports something good: still someone to meet (a report of trouble is read as reported).
    else if (reported && !wholeNo && knownInsideThenSays(R, text)) add('draw', 'people', false, 'own');
    else if (!reported && !dudFact && !bleakEvent && !wholeNo && !moreThan && !vague && !hedgedLitotes) {
      let liking = affirmed(R, R.appeal, text, R.interest.test(text));
      const target = targetOf(R, text, namesCompany);
      // "I don't know if I'm keen", "weiß nicht, ob mich das reizt": a liking inside a doubt is the doubt.
      if (liking && doubting && (doubting.index ?? 0) < clause.start - sentences[clause.sentence]!.start + (liking.index ?? 0)) {
        add('doubt', 'role', false, 'hedged');
        liking = null;
      }
      // "Maar goed", "aber gut", "mais bon", "pero bueno": a turn and a word of praise alone close a thought; they praise nothing.
      if (liking && opens && text.replace(R.contrastStart, '').trim().split(/[^\p{L}']+/u).filter(Boolean).length <= 1) liking = null;
      // "Schreib denen wat Nettes", "write them something nice": the manner of a reply praises nothing.
      if (liking && R.politeManner.test(text)) liking = null;
      // "De schriftelijke proef was dus goed": how an earlier step of the selection went praises the owner, not the job.
      if (liking && R.pastStep.test(text)) liking = null;
      if (liking || (emphasis && contrast && target !== null && !R.negator.test(text))) add('draw', target ?? (contrast ? turn?.target : null) ?? 'whole');
      // The company doing well (growing, opening a site, raising money): a draw to the company, a fact (signals.ts
      // lets a doubt about the role lead over it).
      else if (affirmed(R, R.growth, text)) add('draw', 'company', true);
    }
    // A new doubt ends the turn.
    const added = statements.slice(before);
    if (added.some((s) => DOUBTS.has(s.concept)) && !added.some((s) => s.concept === 'draw')) turn = null;
  });

  // A liking that names nothing ("I really like them") is about the company when the note defends it
  // against a report, or says it invited the owner before.
  // (Assigned inside the forEach above, which the compiler's narrowing does not see.)
  const courteous = politeNo as { evidence: string; at: number } | null;
  if (instruction === null && courteous && unclear.size === 0 && !statements.some((s) => s.concept === 'attend' && s.source === 'own')) {
    instruction = { verdict: 'decline', evidence: courteous.evidence };
    statements.push({ concept: 'decline', target: 'whole', source: 'own', factual: false, emphasis: false, evidence: courteous.evidence, at: courteous.at });
  }
  // Someone inside, and then, in their sentence with no turn between, what the job or the company does to them ("a
  // friend who works there is still waiting for her last two paychecks"): an event reported, no one to meet.
  const sentenceOf = (at: number) => sentences.findIndex((x) => at >= x.start && at < x.start + x.text.length);
  const turnBetween = (from: number, to: number) => clauses.some((c) => c.start > from && c.start <= to && R.contrastStart.test(c.text));
  const happensTo = (draw: Statement) =>
    statements.some((s) => (s.concept === 'bleak' || s.concept === 'dud') && s.factual && s.source === 'own' && s.at >= draw.at && sentenceOf(s.at) === sentenceOf(draw.at) && !turnBetween(draw.at, s.at));
  for (let i = statements.length - 1; i >= 0; i--) if (statements[i]!.concept === 'draw' && statements[i]!.target === 'people' && happensTo(statements[i]!)) statements.splice(i, 1);
  const aboutCompany = statements.some((s) => s.target === 'company' && (s.source === 'disputed' || s.concept === 'invited-before' || s.concept === 'later-opening'));
  for (const s of statements) if (s.concept === 'draw' && s.target === 'whole' && aboutCompany) s.target = 'company';
  const understood = new Set([...statements.map((s) => sentenceOf(s.at)), ...endorsing]);
  const lastRead = clauses.at(-1);
  const notUnderstood = sentences
    .map((s, i) => ({ i, text: note.slice(s.start, s.start + s.text.length).trim(), own: s.text.trim(), start: s.start }))
    .filter((s) => (!understood.has(s.i) || unclear.has(s.i)) && /\p{L}{2,}/u.test(s.own) && (!clauseCut || !lastRead || s.start <= lastRead.start))
    .map((s) => s.text);
  const rest = clauseCut ?? cut;
  if (rest !== null && /\p{L}/u.test(rest)) notUnderstood.push(cutNotice(clauseCut ?? rest));
  // "Nah. Nothing they describe appeals to me": the verdict on the whole opportunity is the reason, not an order.
  if (openingNo && instruction === openingNo && statements.some((s) => s.concept === 'nothing-for-me' && s.source === 'own')) instruction = null;
  // A note with none of the commonest words is still read when its words show a language ("dit hele verhaal zegt me
  // echt helemaal niks": no "het", "een" or "ik", but "echt" and "niks").
  const read = OWN_LANGUAGE.test(folded) || noteLanguages(note) !== null || statements.length > 0 || unclear.size > 0 || !/\p{L}/u.test(folded.replace(/[\p{Script=Latin}]/gu, '')) && folded.trim().length < 12;
  if (!read) return { read: false, statements: [], instruction: null, notUnderstood: [] };
  const tags = [...whole.matchAll(/(?:^|\s)#(attend|decline)\b/gi)];
  const tag = tags.at(-1)?.[1]?.toLowerCase() as 'attend' | 'decline' | undefined;
  return { read: true, statements, instruction: tag ? { verdict: tag, evidence: `#${tag}` } : instruction, notUnderstood, reportedOnly: clauses.length > 0 && !ownClause };
}

type Act = { at: number; verdict: 'attend' | 'decline' };

/** A clause that is only a gesture of refusal: thumbs down, a cross, a person saying no, a no-entry sign. */
const NO_GESTURE_ONLY = /^[\s.!]*(?:(?:\u{1F44E}|\u{274C}|\u{1F645}|\u{1F6AB}|\u{26D4}|\u{2716})(?:[\u{1F3FB}-\u{1F3FF}]|\u200d|\u2640|\u2642|\ufe0f)*[\s.!]*)+$/u;

/**
 * "If I go" opening a clause, in the languages whose "if" is also another word ("si", "se", "als"): a condition on going.
 * Read in the words as written (Spanish "Sí voy", yes I'm going, is no "si", if), the clause ending there or at a comma.
 */
const IF_I_GO = /^(?:(?:y|e|et|en|pero|mas|mais|ma|maar)\s+)?(?:si|se|als)\s+(?:(?:yo|eu|io|ik|j['’]?y|ci|la|lá)\s+)?(?:voy|vou|for|fosse|fuera|vais|allais|vado|andassi|ga|ging)(?:\s+(?:a la entrevista|à entrevista|al colloquio|à l['’]entretien|naar het gesprek))?\s*(?:[,;:…]|$)/iu;

/**
 * A "not for me" blanked (its length kept): a conditional inside the verdict's own words ("je vois pas ce qui pourrait
 * m'intéresser", "I don't see what could appeal to me") hedges nothing.
 */
function withoutVerdictWords(R: Pick<Patterns, 'notForMe' | 'hedge'>, text: string): string {
  const verdicts = allMatches(R.notForMe, text);
  if (verdicts.length === 0) return text;
  // (A hedge that runs on past the verdict stays whole: "no es lo mío 100%", "nunca me ha llamado mucho".)
  const hedges = allMatches(R.hedge, text).map((h) => [h.index ?? 0, (h.index ?? 0) + h[0].length] as const);
  return verdicts.reduce((t, m) => {
    const [from, to] = [m.index ?? 0, (m.index ?? 0) + m[0].length];
    if (hedges.some(([a, b]) => a < to && b > from && (a < from || b > to))) return t;
    return t.slice(0, from) + ' '.repeat(to - from) + t.slice(to);
  }, text);
}

/** The speech acts of one clause of the owner's own words: a no, a yes (a negated yes is a no), what they are told. */
function actsIn(R: Patterns, core: string, sentence: string, offset: number, past: { index: number } | null, retract: { index: number } | null): Act[] {
  const acts: Act[] = [];
  const interest = R.interest.exec(core);
  // "Warum nicht hingehen?", "por que não ir?", "why don't we just go?": a negative question that suggests going.
  // (the clause itself asks: "No deberíamos ir, ¿verdad?" asks only in its tag).
  const ends = sentence.indexOf(core, Math.max(0, offset - 2));
  const asks = ends >= 0 && /^[\s.…!]*[?？]/.test(sentence.slice(ends + core.length));
  const suggested = asks
    ? allMatches(R.whyNot, core).find((w) => R.goBare.test(core.slice((w.index ?? 0) + w[0].length, (w.index ?? 0) + w[0].length + 30)))
    : undefined;
  const suggestedFrom = suggested?.index ?? 0;
  const inSuggestion = (at: number) => suggested !== undefined && at >= suggestedFrom && at <= suggestedFrom + suggested[0].length + 30;
  if (suggested && !(past && past.index <= suggestedFrom)) acts.push({ at: suggestedFrom, verdict: 'attend' });
  // "no les vayas a decir que no": the no inside a yes whose negation is its own is part of it.
  const ownNegation = allMatches(R.wontMiss, core).map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  // (…its words may be the telling's own: "tutto per" of "per dire di no".)
  const reasons = allMatches(R.reasonTo, core);
  const afterReason = (at: number) => reasons.some((d) => (d.index ?? 0) < at && at - ((d.index ?? 0) + d[0].length) <= 2);
  for (const m of allMatches(R.decline, core)) {
    const at = m.index ?? 0;
    if (past && past.index <= at) continue;
    if (inSuggestion(at)) continue;
    if (ownNegation.some(([from, to]) => at >= from && at < to)) continue;
    if (verbalNoun(core, m)) continue;
    // "Lo tiene todo pa decir que no", "every reason to turn it down": reasons named for a no judge; they do not decide.
    if (afterReason(at)) continue;
    // "Nie mówię, że nie pójdę", "I'm not saying I won't go": a no under a denied saying is no no.
    if (allMatches(R.denySay, core).some((d) => (d.index ?? 0) < at && at - ((d.index ?? 0) + d[0].length) <= 3)) continue;
    // "Non è che devo dire di no a tutto", "it's not like I have to say no to everything": a no inside what is denied.
    if (allMatches(R.notThat, core).some((d) => (d.index ?? 0) < at)) continue;
    // "No se le vaya a ocurrir decirles que no", "don't you dare turn it down", "bloß nicht absagen": a no forbidden is a yes.
    const forbidding = allMatches(R.prohibit, core).find((p) => (p.index ?? 0) < at && at - ((p.index ?? 0) + p[0].length) <= 40);
    if (forbidding) {
      acts.push({ at, verdict: 'attend' });
      continue;
    }
    // "no voy a decir que no", "não tem como eu não ir", "ich sage sicher nicht ab": a negated no is no instruction to decline
    // (a yes only when said as one: WONT_MISS).
    if ((negatedAt(R, core, at, 3) && !/^(?:no|non|nein|nie|nao)\b/i.test(m[0])) || (/\s(?:ab|af)$/i.test(m[0]) && R.negator.test(m[0]))) continue;
    if (interest && interest.index <= at) continue;
    // "No voy a rechazar": a negated auxiliary before a further no is that no's negation, not a no of its own.
    if (/^(?:no|nao|non|nie)\b/i.test(m[0]) && allMatches(R.decline, core).some((n) => (n.index ?? 0) > at && (n.index ?? 0) <= at + m[0].length + 4 && !/^(?:no|nao|non|nie|ni)\b/i.test(n[0]))) continue;
    acts.push({ at, verdict: 'decline' });
  }
  // "I won't miss this", "no pienso faltar", "don't tell them no": a yes whose negation is its own.
  for (const [from] of ownNegation) if (!((past && past.index <= from) || (retract && retract.index < from))) acts.push({ at: from, verdict: 'attend' });
  // "I already accepted another offer": a yes inside a refusal is part of it…
  const refusals = allMatches(R.decline, core).map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  for (const m of allMatches(R.attend, core)) {
    const at = m.index ?? 0;
    if ((past && past.index <= at) || (retract && retract.index < at)) continue;
    // …or right after it ("ni en pedo voy", "no way I go").
    if (refusals.some(([from, to]) => at >= from && (at < to || (core.slice(to, at).split(/[^\p{L}']+/u).filter(Boolean).length <= 1 && !C.EITHER_OR.test(core.slice(to, at)))))) continue;
    // …or inside a yes whose negation is its own ("odmawiać nie będę": its "będę" is no "I'll be there" denied).
    if (ownNegation.some(([from, to]) => at >= from && at < to)) continue;
    if (verbalNoun(core, m)) continue;
    if (inSuggestion(at)) continue;
    // "nicht zusagen", "I won't accept": a negated yes is a no; so is one with a negation inside it ("ik ga er niet
    // heen") or right after its verb ("ich komme nicht", "j'y vais pas"); two negations cancel ("can't not go").
    const before = negatedAt(R, core, at, 2) && !/^(?:no|nao|nie)\b/i.test(m[0]) ? 1 : 0;
    const inside = allMatches(R.negator, m[0]).length;
    const after = R.postNegator.test(core.slice(at + m[0].length).trimStart()) ? 1 : 0;
    const negated = (before + inside + after) % 2 === 1;
    // "Don't take the Tuesday slot": a time refused is another time asked for, no no.
    if (negated && R.chooseSlot.exec(m[0])?.index === 0) continue;
    acts.push({ at, verdict: negated ? 'decline' : 'attend' });
  }
  // "Reply that I'm no longer available", "laat weten dat ik graag kom": what they are told decides.
  for (const m of allMatches(R.replyThat, core)) {
    const at = m.index ?? 0;
    if ((past && past.index < at) || negatedAt(R, core, at, 2)) continue;
    // "sag ihnen (nicht) ab": a telling that is a no's own verb (German "absagen") tells nothing of its own.
    if (refusals.some(([from, to]) => at >= from && at < to)) continue;
    if (afterReason(at)) continue;
    // "en lo que contestas yo me voy corriendo…": a telling verb inside a clause of time (its opener at most two words
    // before it, no comma between) frames what follows; "cuando puedas, contesta que no" still tells.
    const clauseStart = core.slice(0, at).split(/[,;:.!?]/).at(-1) ?? '';
    if (R.whileClause.test(lastWords(clauseStart, clauseStart.length, 3))) continue;
    const verdict = toldVerdict(R, sentence.slice(offset + at + m[0].length));
    if (verdict) acts.push({ at, verdict });
  }
  return acts;
}

/**
 * A verbal noun or a gerund names a task, not an order ("przyjmowanie reklamacji", "confirming bookings"):
 * the word the match ends in, unless "I'm" / "we're" stands before it ("I'm accepting").
 */
function verbalNoun(text: string, m: RegExpMatchArray): boolean {
  const end = (m.index ?? 0) + m[0].length;
  const word = (text.slice(0, end).match(/\p{L}+$/u)?.[0] ?? '') + (text.slice(end).match(/^\p{L}+/u)?.[0] ?? '');
  if (/(?:wani[aeu]|waniem|zani[aeu])$/iu.test(word)) return true;
  // "ufficio accettazione", "aceptación de pedidos", "acceptation des dossiers": the noun of accepting names a task or an office.
  if (/^(?:accett|acept|aceit|accept)\p{L}*(?:zione|zioni|cion|ciones|cao|coes|ation|ations)$/iu.test(word)) return true;
  if (!/^(?:accept|confirm|declin|refus|attend)\p{L}*ing$/iu.test(word)) return false;
  const before = text.slice(0, m.index).trim().split(/\s+/).at(-1) ?? '';
  return !/^(?:i'?m|am|we'?re|are|be|been)$/iu.test(before);
}

const DAY_NAME = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|montag|dienstag|mittwoch|donnerstag|freitag|samstag|lunes|martes|miercoles|jueves|viernes|sabado|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|segunda|terca|quarta|quinta|sexta|poniedzialek|wtorek|sroda|czwartek|piatek|sobota)$/iu;

/** Thanks said after a bare no ("Nein, danke", "Nee, bedankt", "Nie, dziękuję"). */
const THANKS_AFTER = /[,\s]+(?:thanks|thank you|thx|danke(?: sch[öo]n)?|merci(?: bien)?|gracias|grazie|dank je(?: wel)?|dankjewel|bedankt|obrigad[oa]|dzi[eę]ki|dzi[eę]kuj[eę])$/iu;

/** Whether a report is true: "czy to prawda", "ob das stimmt". */
const WHETHER_TRUE = /^(?:czy|ob)\s+(?:\p{L}+\s+){0,2}(?:prawd\p{L}*|stimmt|wahr)(?![\p{L}])/iu;

/** What speaks against the opportunity: after one, a turn ("but…") is over. */
const DOUBTS: ReadonlySet<Concept> = new Set(['doubt', 'dud', 'bleak', 'nothing-for-me', 'time-cost']);

/** What the owner tells them to say: a no (a refusal, a negation before any yes), a yes, or nothing clear. */
function toldVerdict(R: Patterns, told: string): 'attend' | 'decline' | null {
  // "…that I thank them for their interest, but I won't take it up": after a turn, what follows is the message.
  const turns = allMatches(R.contrastAny, told);
  const last = turns.at(-1);
  if (last) {
    const after = told.slice((last.index ?? 0) + last[0].length);
    const verdict = toldPlain(R, after);
    if (verdict) return verdict;
  }
  return toldPlain(R, told);
}

function toldPlain(R: Patterns, told: string): 'attend' | 'decline' | null {
  const text = told.replace(/(?<![\p{L}])(?:no problem|kein problem|pas de (?:souci|probleme)|sin problema|nessun problema|geen probleem|sem problema|nie ma problemu)(?![\p{L}])/giu, ' ');
  if (R.decline.test(text) || R.notForMe.test(text)) return 'decline';
  // "je leur dirais non", "sag ihnen: nein": a bare no as what they are told (French and Italian "non" is no negator of theirs).
  if (/^[\s,:;"'«»„“”]*(?:(?:que|che|dass|dat|ze|qu')\s+)?(?:no|non|nein|nee|neen|nao|nie|nope)(?![\p{L}])/iu.test(text)) return 'decline';
  const yes = R.yes.exec(text);
  const no = R.negator.exec(text);
  if (no && (!yes || no.index < yes.index)) return 'decline';
  // "…and say I'd be glad to hear from them again": a polite no's wish for later contact, no yes to this interview.
  if (yes && R.laterContact.test(text)) return null;
  return yes || R.attend.test(text) ? 'attend' : null;
}

/** "As", "like" before a report verb ("as they said"), and the pronouns that name those who sent the invitation. */
const AS_SAID = /^(?:like|as|come|como|comme|wie|zoals|jak)$/iu;
const THEY = /^(?:they|you|ils|elles|vous|sie|die|ze|zij|loro|ellos|ellas|ustedes|eles|elas|voces|oni|one)$/iu;
/** Whether the words end in "as", "like" (or "as they", "come loro"…): what follows is said as they said it. */
function afterAsThey(words: readonly string[]): boolean {
  return AS_SAID.test(words.at(-1) ?? '') || (AS_SAID.test(words.at(-2) ?? '') && THEY.test(words.at(-1) ?? ''));
}

/** "My wife says…", "Javi dice que…", "Der Kollege meint…": a clause that reports someone else's words. */
function reportedSpeech(R: Patterns, folded: string, original: string): boolean {
  for (const m of allMatches(R.reportVerb, folded)) {
    const before = folded.slice(0, m.index);
    const words = before.split(/[^\p{L}']+/u).filter(Boolean);
    // "me dice", "mi dice", "mir sagt" is the note speaking of itself ("nada me dice nada").
    if (/^(?:me|mi|mir|mij|mnie|te|lo|le|m')$/i.test(words.at(-1) ?? '')) continue;
    // "…at half ten, as they say", "come dicono loro", "como dicen ellos", "wie sie sagen": the owner going along
    // with what the invitation proposes, no one else's opinion reported.
    if (afterAsThey(words)) continue;
    const window = words.slice(-6).join(' ');
    // French "on dit oui": "on" is also "we", and saying yes or no is the owner's own decision.
    // …with whom it is said to between ("on leur dit non merci").
    const toThem = /^on$/i.test(words.at(-2) ?? '') && /^(?:leur|lui|vous|te|les)$/i.test(words.at(-1) ?? '');
    const onSays = /^on$/i.test(words.at(-1) ?? '') || toThem;
    if (onSays && /^\s*(?:oui|non)\b/i.test(folded.slice((m.index ?? 0) + m[0].length))) continue;
    // …and "on leur dit qu'on passe notre tour": "we" telling them, whatever is told; the hearsay "on dit que" names no one it is said to.
    if (toThem) continue;
    // "we just say", "I think": the owner (or the owner and the product) speaking, whatever words come before it
    // ("Worth a shot I think": "a shot" is no Portuguese "a Ana").
    if (SPEAKER.test(words.at(-1) ?? '')) continue;
    if (R.reporter.test(window)) return true;
    // An English verb without its -s has no one person before it: "…over Zoom reckon we ought to…" is the
    // owner with the "I" dropped, never Zoom speaking ("Marta reckons" and "Anna and Tom say" are).
    if (BARE_REPORT_VERB.test(m[0]) && !/(?:^|\s)(?:and|&|or)\s+\p{Lu}[\p{L}'-]*\s*$/u.test(original.slice(0, m.index))) continue;
    // Someone named: a capitalised word inside the clause ("and Marta says"), or one opening it that is no
    // common opener ("Javi dice", but not "Maybe we just say").
    // …or one word opening the clause before an English verb with its -s, as people type a name in lowercase
    // ("jen thinks i should go", "dave reckons…"): one person, and not the owner.
    if (words.length === 1 && /s$/u.test(m[0]) && !BARE_REPORT_VERB.test(m[0]) && !/^(?:it|this|that|which|what|there|here|who)$/iu.test(words[0]!)) return true;
    const named = original.slice(0, m.index).trim().split(/[^\p{L}'-]+/u).filter(Boolean);
    const at = named.findIndex((w, i) => i >= named.length - 6 && /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_A_NAME.test(w) && (i > 0 || named.length <= 2));
    if (at >= 0) return true;
  }
  return false;
}

/**
 * German reports speech in the subjunctive I ("man solle bis Freitag absagen", "sie habe kein Interesse"): a clause
 * in it, after a report in the same sentence, goes on with the report.
 */
const GERMAN_REPORTED_MOOD = /(?<![\p{L}])(?:solle|sollen?e|habe|sei|seien|werde|könne|konne|müsse|musse|wolle|möge|moge|dürfe|durfe)(?![\p{L}])/u;

/** Being there now: running, working, leading, sitting on the panel ("runs the team there", "trabaja allí", "arbeitet jetzt dort"). */
const PLACED_INSIDE = /(?<![\p{L}])(?:(?:hiring manager|manager|director|directora|directeur|directrice|leiter|leiterin|gerente|jef[ea]|responsable|head|ceo|cfo|cto|coo|chef|chefin|kierownik|kierowniczka|dyrektor|dyrektorka|direttore|direttrice|directeur financier|diretora?)(?:[^.!?\n]{0,40}?)\s(?:is|es|e|est|ist|sera|sera|will be|wordt|zal zijn|jest|bedzie)(?![\p{L}])|runs|works|leads|heads|manages|joined|sits on|is on the panel|(?:is|are) there|there now|trabaja|trabajando|labura|laburando|curra|dirige|lleva|esta alli|esta ahi|travaille|est la-bas|arbeitet|leitet|ist (?:jetzt |inzwischen |mittlerweile |nun )?dort|dort ist|lavora|lavorano|guida|e li|werkt|werken|leidt|zit (?:daar|er)|trabalha|trabalhando|gere|chefia|esta la|ta la|went to|moved to|wiederzusehen|wiedersehen|see (?:him|her|them) again|catch up with|revoir|rivederl[ao]|rivedere|volver a ver(?:la|lo|los|las)?|reencontrarme|weer te zien|weerzien|bijpraten|rever|reencontrar|zobaczyc (?:sie )?(?:znow|ponownie|znowu)|pracuje|pracuja|prowadzi|kieruje|jest tam|(?:in|on) (?:the|their|that|this|its) (?:\p{L}+ ){0,2}(?:team|department|group|office)|(?:ken|kennen|kent) (?:er|daar)|y (?:bosse|travaille|est)|bosse|(?:dans|de) (?:l'?|cette |son |leur )equipe|im team|in (?:dem|diesem) team|in (?:het|dat|dit) team|(?:nel|in quel|in questo) team|en (?:el|ese|este) equipo|(?:na|nessa|nesta) equipe|(?:no|nesse|neste) time|w (?:tym )?zespole|told me about (?:the|this|their) (?:opening|job|role|position|vacancy)|m'?a parle (?:du|de ce|de cet) (?:poste|emploi|job)|(?:hat|hatte) mir von der stelle erzahlt|me (?:hablo|conto) (?:del|de este|de ese) (?:puesto|trabajo|empleo)|mi ha (?:parlato|detto) (?:della|di questa|di quella) (?:posizione|offerta)|(?:heeft|had) me (?:over|van) (?:de|deze) (?:vacature|baan|functie) verteld|(?:me falou|falou-me) (?:da|desta|dessa) (?:vaga|oferta)|powiedziala? mi o (?:tej )?(?:ofercie|pracy|stanowisku))(?![\p{L}])/iu;
/** Someone who recommended the owner or passed their CV on ("sie hat mich empfohlen", "zij heeft mij zelf voorgedragen"): someone inside who knows them. */
const REFERRED_ME = /(?<![\p{L}])(?:referred me|recommended me|vouched for me|passed (?:on )?my (?:cv|resume|name)|put me forward|put my name forward|m'?a (?:\p{L}+ ){0,2}(?:recommandee?|proposee?)|a transmis mon cv|(?:hat|hatte) mich (?:\p{L}+ ){0,2}(?:empfohlen|vorgeschlagen)|(?:hat|hatte) meinen lebenslauf weitergeleitet|me (?:recomendo|propuso|refirio)|paso mi (?:cv|curriculum)|mi ha (?:\p{L}+ ){0,2}(?:segnalat[oa]|raccomandat[oa])|ha passato il mio cv|(?:heeft|had) (?:me|mij|mich) (?:\p{L}+ ){0,2}(?:aanbevolen|voorgedragen|aangedragen)|(?:heeft|had) mijn cv doorgestuurd|me (?:indicou|recomendou)|(?:indicou|recomendou)-me|passou o (?:meu )?(?:cv|curriculo)|polecil[ai]? mnie|przekazal[ai]? moje cv)(?![\p{L}])/iu;
const INSIDE = new RegExp(`${PLACED_INSIDE.source}|${REFERRED_ME.source}`, 'iu');
/** The clause says, not denied, that someone put the owner forward ("nobody recommended me" does not). */
function referredMe(R: Patterns, text: string): boolean {
  const referral = REFERRED_ME.exec(fold(text));
  return referral !== null && !negatedAt(R, text, referral.index) && !R.noOne.test(text);
}

/** The text with what a pattern matches blanked out (positions kept); only the matches `when` accepts, if given. */
function blanked(pattern: Patterns['dispute'], text: string, when: (m: RegExpMatchArray) => boolean = () => true): string {
  let out = text;
  for (const m of allMatches(pattern, text)) if (when(m)) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice((m.index ?? 0) + m[0].length);
  return out;
}

/** Whether the text names a part of the job (the commute, the hours…), not counting a stretch of the owner's own time ("all weekend"). */
function namesAspect(R: Patterns, text: string): boolean {
  return R.aspect.test(text) && R.aspect.test(blanked(R.timeSpan, text));
}

/** The text with what disputes a report blanked out. */
function withoutDisputes(R: Patterns, text: string): string {
  return blanked(R.dispute, text);
}

/** What follows a report verb when a report follows: "(me) que", "that", ", dass"… */
const WHAT_IS_REPORTED = /^\s*(?:(?:me|mir|mi|mij|mnie|to me)\s+)?(?:que|qu['’]|that|dass|,\s*dass|che|dat|ze|że)(?![\p{L}])/iu;

/** Someone known and where they work named before the clause's first report verb, and nothing bad reported after it. */
function knownInsideThenSays(R: Patterns, text: string): boolean {
  const verb = R.reportVerb.exec(text);
  if (!verb || verb.index === undefined) return false;
  const before = text.slice(0, verb.index);
  const said = text.slice(verb.index + verb[0].length);
  return R.knownPerson.test(before) && INSIDE.test(before) && !R.negator.test(said) && !R.negativeEval.test(said) && !R.bleakEvent.test(said) && !R.bleakWord.test(said) && !R.dudWord.test(said) && !R.dudFact.test(said);
}

/** A report verb followed by what is reported ("me dit que", "says that", "sagt, dass"): the sentence is someone's report. */
function reportsThat(R: Patterns, sentence: string): boolean {
  return allMatches(R.reportVerb, sentence).some((m) => WHAT_IS_REPORTED.test(sentence.slice((m.index ?? 0) + m[0].length)));
}

/** `text` (at `offset` in `context`) with each "somehow" word (concepts.ts, ANY_WAY) blanked that follows a no or a nothing in its context. */
function withoutAnyWay(R: Patterns, text: string, context = text, offset = 0): string {
  return blanked(R.anyWay, text, (m) => {
    const before = context.slice(0, offset + (m.index ?? 0));
    return R.nothing.test(before) || R.negator.test(before);
  });
}

/** A clause that is a "nothing" and little else ("rien.", "Nada.", "nothing, zilch", "niente di niente"). */
function nothingAlone(R: Patterns, clause: string): boolean {
  const words = clause.split(/[^\p{L}']+/u).filter(Boolean);
  return words.length > 0 && words.length <= 3 && R.nothing.test(clause);
}

/** A denied saying that ends its sentence ("…, kann ich nicht behaupten."), after a clause that opens with "that". */
function endingDenial(R: Patterns, sentence: string): RegExpExecArray | null {
  const found = allMatches(R.denySayAfter, sentence).at(-1);
  if (!found || /\p{L}/u.test(sentence.slice((found.index ?? 0) + found[0].length))) return null;
  return THAT_CLAUSE.test(sentence.slice(0, found.index)) ? (found as RegExpExecArray) : null;
}
/** "that" opening a clause: "dass", "que", "che", "dat", "że". */
const THAT = String.raw`(?:that|dass|das|que|qu['’]|che|dat|ze|że)`;
/** A clause opening with "that": what a denial said after it denies. */
const THAT_START = new RegExp(String.raw`^\s*${THAT}\s+`, 'iu');
/** A "that" clause somewhere in a sentence (at its start or after a comma). */
const THAT_CLAUSE = new RegExp(String.raw`(?:^|[,;:]\s*)${THAT}\s`, 'iu');
/** The start of a relative clause ("…, den ich…", "…, których…", "…, qui…"): it says what kind of thing or person a "nothing" or "nobody" before it is. */
const RELATIVE_START = /^\s*(?:who|whom|that|which|den|die|das|der|dem|denen|welche\p{L}*|was|wo|qui|que|dont|lequel|laquelle|che|cui|quale|quien|quienes|cual|dat|wat|wie|waar|quem|qual|ktor\p{L}*|co|kogo|komu|kto|czego|ani)(?![\p{L}])/iu;
/** "ani", "ni", "neither…nor": a list under one negation, no second one. */
const NEITHER_NOR = /(?<![\p{L}])(?:ani|ni|neither|nor|weder|noch|ne|nem|ne[ée]|nemmeno|neanche)(?![\p{L}])/giu;

/** "Nothing here appeals to me": a universal "nothing" close to words of appeal ("nothing better for me" is not it). */
function nothingForMe(R: Patterns, sentence: string): boolean {
  for (const n of [...allMatches(R.nothing, sentence), ...allMatches(R.noOne, sentence)]) {
    const after = sentence.slice((n.index ?? 0) + n[0].length);
    // French "rien que pour…", "rien qu'à…" is "just for", no "nothing"; "nothing bad", "nix Neues für mich" is
    // no verdict either.
    if (/^rien$/iu.test(n[0]) && /^\s*qu(?:e\s|['’]\s*)/iu.test(after)) continue;
    // "nothing but excitement", "nichts als Vorfreude", "niets dan lof": only that, no "nothing".
    if (/^\s*(?:but|als|dan)\s/iu.test(after)) continue;
    if (/^\s*(?:more|better|else|wrong|against|to lose|stopping|bad|mehr|besser|dagegen|schlimm\p{L}*|schlecht\p{L}*|plus|mieux|contre|de mal|mas|mejor|contra|de malo|malo|piu|meglio|contro|di male|meer|beter|tegen|mis|ergs|mais|melhor|de mal|wiecej|lepiej|przeciw|zlego|new|special|neues|besonderes|de nouveau|de special|nuevo|especial|di nuovo|di speciale|nieuws|bijzonders|novo|de novo|nowego|specjalnego)(?![\p{L}])/iu.test(after)) continue;
    const start = Math.max(0, (n.index ?? 0) - 40);
    const window = sentence.slice(start, (n.index ?? 0) + n[0].length + 60);
    if (R.forMe.test(window)) return true;
    // "nothing there I'd look forward to", "niente che mi piaccia": a word of liking after the "nothing" too.
    // …also in a relative clause after a comma ("niemanden, den ich kennenlernen möchte", "nic, co by mnie ciekawiło"),
    // up to the next "neither…nor" part ("ani ludzi, których…, ani dziedziny, która…").
    const rest = sentence.slice((n.index ?? 0) + n[0].length, (n.index ?? 0) + n[0].length + 90).split(/[;:.!?…]/u)[0]!;
    const parts = rest.split(',');
    const following = [parts[0]!, ...parts.slice(1).filter((part, i) => RELATIVE_START.test(part) && i < 3)].join(',');
    if (R.appeal.test(following) && !R.negator.test(following.replace(NEITHER_NOR, ' '))) return true;
  }
  return false;
}

/** "The whole thing does not fit me", "całość mi nie odpowiada": the whole opportunity, judged as a whole. */
function wholeMisfit(R: Patterns, sentence: string): boolean {
  const subject = R.wholeSubject.exec(sentence);
  return subject !== null && !negatedAt(R, sentence, subject.index) && R.notFitting.test(sentence);
}

/** What turns a following diminisher into emphasis ("not even a little", "ni un poco", "nemmeno un po'"). */
const NOT_EVEN = /(?<!(?:^|[^\p{L}])(?:ni|not|not even|nor|ani|nem|neanche|nemmeno|niet|niet eens|nicht mal|nicht einmal|pas meme|meme pas|ni siquiera|nem sequer)\s+)/u;

/** Indefinites that, under a denied saying, leave nothing ("anything", "irgendwas", "nada", "niente", "nic"). */
const ANY_THING = /(?<![\p{L}])(?:anything|any of it|a single thing|irgendwas|irgendetwas|quoi que ce soit|nada(?! mal)|niente|nulla|niks|nic|niczego)(?![\p{L}])/iu;
const BARE_REPORT_VERB = /^(?:say|think|reckon|claim|swear|warn|insist|predict)$/;
/** The owner speaking of themselves, or to the product ("I think", "we just say yes", "je pense", "wir sagen"). */
const SPEAKER = /^(?:i|we|you|ich|wir|du|je|nous|tu|vous|yo|nosotros|vos|io|noi|ik|wij|jij|eu|nos|voce|ja|my|ty)(?:'d|'ll)?$/i;

/** Capitalised words that open a clause without being someone who speaks ("Bitte sagt ihnen ab"). */
const NOT_A_NAME = /^(?:I|Ich|Je|Yo|Io|Ik|Eu|Ja|We|Wir|Nous|On|Bitte|Please|Por|Per|Prosze|Proszę|Graag|Alors|Also|Dann|Und|Aber|Pues|Bueno|Vale|Allora|Dus|En|Então|Entao|Więc|Wiec|Ok|Okay|So|And|But|Then|Just|Maybe|Perhaps|Honestly|Vielleicht|Ehrlich|Peut|Quizás|Quizas|Capaz|Forse|Misschien|Talvez|Może|Moze|The|This|That|It|Der|Die|Das|Le|La|Les|El|Los|Las|Il|Lo|Het|De|Een|O|Os|A|As|To|Cela|Ceci|Ça|Ca|Tout|Dies|Dieses|Es|Esto|Eso|Ello|Questo|Quello|Ciò|Cio|Dit|Dat|Isto|Isso|Aquilo|Tego|Tamto|Co|Which|What|All|Everything|Alles|Todo|Tutto|Alles)$/u;

/** Words too common in company names to say which company a note means ("Bank", "Group", "GmbH", "Hospital"). */
const GENERIC_NAME_WORD = /^(?:gmbh|bank|banco|banca|banque|group|groep|gruppe|grupo|gruppo|grupa|groupe|holding|hospital|health|services|solutions|systems|consulting|software|logistics|logistik|energy|energie|media|studio|partners|capital|industries|international|company|corp|limited|the|and|und|der|die|das|del|des|los|las|van|von|sp|spa|srl|ltda|gemeente|comune|stadt|ville|city|council|municipal|agency|agencia|agentur|bureau)$/;

/** One pattern per company name, compiled once: a warm function reads many notes about the same few companies. */
const COMPANY_WORDS = new Map<string, RegExp | null>();
const COMPANY_WORDS_KEPT = 256;

/**
 * The invitation's company as the note may name it ("BUT it is Westgate!!!" of "Westgate Health"): its distinctive
 * words, folded as the note is, or null when it has none.
 */
function companyWords(company: string | null): RegExp | null {
  const key = company ?? '';
  let words = COMPANY_WORDS.get(key);
  if (words === undefined) {
    if (COMPANY_WORDS.size >= COMPANY_WORDS_KEPT) COMPANY_WORDS.clear();
    words = compileCompanyWords(key);
    COMPANY_WORDS.set(key, words);
  }
  return words;
}

function compileCompanyWords(company: string): RegExp | null {
  const words = fold(company).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !GENERIC_NAME_WORD.test(w));
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}])(?:${words.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu');
}

/** What a liking is about: the people, the field, the company or the role. */
function targetOf(R: Patterns, clause: string, namesCompany: RegExp | null): Target | null {
  if (R.people.test(clause)) return 'people';
  if (R.industry.test(clause)) return 'industry';
  if (R.company.test(clause) || namesCompany?.test(clause)) return 'company';
  if (R.role.test(clause)) return 'role';
  return null;
}
