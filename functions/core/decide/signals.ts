/**
 * Reads the note and the invitation into signals the rules decide on. The note is read by reader.ts into
 * statements (concepts.ts: by concept and language); here they become the few signals the rules need,
 * each with the words that made it (its evidence).
 */
import { BLEAK, DUD_ROLE, FULL_DAY, NEGATION, RELOCATION, TRAVEL } from './lexicon.js';
import * as C from './concepts.js';
import { allMatches } from './matches.js';
import { fold, noteLanguages, pairIn, readOwnerNote, type CompiledPair, type Statement } from './reader.js';
import { WEEKDAY_RANGE, type InviteFacts } from '../extract/extract.js';
import type { Preferences } from '../../config/schema.js';

export type Verdict = 'attend' | 'decline';

/** How firmly a signal was stated: plainly, or hedged / second-hand. */
export type Strength = 'none' | 'weak' | 'firm';

/** What a draw is about: the people (networking), the field (networking), the company (a later opening), the role. */
export type DrawTarget = 'people' | 'industry' | 'company' | 'role' | 'unnamed';

export interface NoteSignals {
  instruction: Verdict | null;
  dud: Strength;
  bleak: Strength;
  /** something named that draws the owner ("but I'd get to meet their CTO") */
  appeal: boolean;
  dream: boolean;
  /** the owner's verdict that nothing about the whole opportunity is for them */
  whole: Strength;
  /** what the strongest draw is about */
  drawTarget: DrawTarget | null;
  /** the company invited the owner before (said in the note) */
  invitedBefore: boolean;
  /** the owner worries about the time the interview takes (a whole day, a flight) */
  timeCost: boolean;
  /** the owner doubts the role (hedged, or a dud said plainly, or "may be more than it reads") */
  doubt: boolean;
  /** the owner says in their own words that it interests them ("can't say it doesn't interest me"): never "nothing appeals" */
  interested: boolean;
  /** the owner wants in at this company for a later, better post ("the mine where I want to end up"): never "nothing appeals" */
  wantsIn: boolean;
  /** the owner's words behind each signal, as written in the note */
  evidence: Partial<Record<'instruction' | 'dud' | 'bleak' | 'appeal' | 'whole' | 'invitedBefore' | 'timeCost' | 'doubt' | 'dream', string>>;
  /** false when the note is in a language the reader does not know */
  read: boolean;
  /** the owner's sentences from which nothing was understood */
  notUnderstood: string[];
  /** the note only reports what others said: it holds no instruction of the owner's */
  reportedOnly: boolean;
}

export interface InviteSignals {
  dudRole: boolean;
  bleak: boolean;
  relocationRequired: boolean;
  fullDay: boolean;
  travel: boolean;
  /** the invitation recalls an earlier contact with the candidate ("we met in March") */
  invitedBefore: boolean;
  /** the invitation's words behind each signal */
  evidence: Partial<Record<'dud' | 'bleak' | 'time' | 'earlier', string>>;
}

/** Splits text into clauses at punctuation and at contrast words ("but", "mais", "aber", "pero"). */
export function clauses(text: string): string[] {
  return text
    // `(?<!\s)`: a match starts where a run of spaces starts; tried inside the run, `\s+` made the split
    // quadratic in its length (35,000 tabs: seconds per call).
    .split(/[.!?;,\n]+|(?<!\s)\s+(?:but|however|though|although|yet|mais|cependant|aber|jedoch|doch|pero|sin embargo)(?:\s+|$)|(?<!\s)\s+-+\s+/iu)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** The pattern occurs in the clause and no negation stands just before it. */
export function affirms(clause: string, pattern: RegExp): boolean {
  return affirmedMatch(clause, pattern) !== null;
}

function affirmedMatch(clause: string, pattern: RegExp): RegExpMatchArray | null {
  for (const match of allMatches(pattern, clause)) {
    if (!NEGATION.test(clause.slice(0, match.index))) return match;
  }
  return null;
}

const TAGS = /(?:^|\s)#(decline|attend|dud|bleak|dream)\b/gi;

export function readNote(note: string | null, company: string | null = null): NoteSignals {
  const text = note ?? '';
  const reading = readOwnerNote(note, company);
  const tags = new Set([...text.matchAll(TAGS)].map((m) => (m[1] ?? '').toLowerCase()));
  const live = reading.statements.filter((s) => s.source !== 'disputed');
  const last = (concept: Statement['concept'], keep: (s: Statement) => boolean = () => true) => live.filter((s) => s.concept === concept && keep(s)).at(-1);
  const evidence: NoteSignals['evidence'] = {};

  const strength = (concept: 'dud' | 'bleak'): Strength => {
    let out: Strength = 'none';
    for (const s of live.filter((x) => x.concept === concept)) {
      // Events and descriptions stand even when reported ("he says they lost their biggest client");
      // evaluative words do only as the owner's own, unhedged ("boring", but not "people say they're failing").
      const firm = s.source === 'own' || (s.source === 'reported' && s.factual);
      const now: Strength = firm ? 'firm' : 'weak';
      if (now === 'firm' || out === 'none') {
        if (out !== 'firm' || now === 'firm') evidence[concept] = s.evidence;
        out = stronger(out, now);
      }
    }
    return out;
  };
  const dud: Strength = tags.has('dud') ? 'firm' : strength('dud');
  const bleak: Strength = tags.has('bleak') ? 'firm' : strength('bleak');
  if (tags.has('dud')) evidence.dud = '#dud';
  if (tags.has('bleak')) evidence.bleak = '#bleak';

  // A draw named after the doubts, with emphasis, wins over what came before; otherwise the last one. A draw
  // that names what it is about (the people, the field, the company) wins over one that names nothing.
  // The company doing well (a fact, not a liking) draws only when the owner voices no doubt about the role.
  const doubted = live.some((s) => s.concept === 'doubt' || s.concept === 'dud');
  // A hedged liking that names nothing ("could still be interesting") is the doubt's own hope, not a draw.
  const named = (s: Statement) => s.target !== 'whole' && s.target !== 'time';
  const draws = live.filter((s) => s.concept === 'draw' && !(s.factual && doubted) && !(s.source === 'hedged' && !named(s)));
  // "BUT it is the Northfield centre!! … the same people whose papers I follow": the company named with emphasis, then
  // what at it draws the owner (its people, its field), is that.
  const emphatic = draws.filter((s) => s.emphasis && named(s)).at(-1);
  const within = emphatic?.target === 'company' ? draws.filter((s) => s.at > emphatic.at && (s.target === 'people' || s.target === 'industry')).at(-1) : undefined;
  const draw = within ?? emphatic ?? draws.filter(named).at(-1) ?? draws.filter((s) => s.emphasis).at(-1) ?? draws.at(-1);
  // Only the owner's own verdict: someone else's "not for you" is their opinion, never the owner's no.
  const wholeNo = last('nothing-for-me', (s) => s.source === 'own');
  // Any draw named after the verdict takes it back ("…not for me. But the role itself is great."): never a confident no.
  const laterDraw = wholeNo ? draws.some((d) => d.at > wholeNo.at) : false;
  // "I really don't know if this is for me": a verdict on the whole said with a hedge is a doubt, no no.
  const hedgedNo = last('nothing-for-me', (s) => s.source === 'hedged');
  const whole: Strength = wholeNo && !laterDraw ? 'firm' : last('doubt') || hedgedNo ? 'weak' : 'none';
  if (wholeNo) evidence.whole = wholeNo.evidence;
  if (draw) evidence.appeal = draw.evidence;
  const invited = last('invited-before') ?? last('later-opening');
  if (invited) evidence.invitedBefore = invited.evidence;
  const time = last('time-cost');
  if (time) evidence.timeCost = time.evidence;
  const doubtOf = last('doubt') ?? hedgedNo ?? last('more-than-described') ?? live.filter((s) => s.concept === 'dud').at(-1);
  if (doubtOf) evidence.doubt = doubtOf.evidence;
  if (reading.instruction) evidence.instruction = reading.instruction.evidence;
  if (tags.has('dream')) evidence.dream = '#dream';

  const instruction: Verdict | null = tags.has('decline') ? 'decline' : tags.has('attend') ? 'attend' : reading.instruction?.verdict ?? null;
  return {
    instruction,
    dud,
    bleak,
    appeal: draws.length > 0 && !(whole === 'firm'),
    dream: tags.has('dream'),
    whole,
    drawTarget: draw ? (draw.target === 'whole' || draw.target === 'time' ? 'unnamed' : draw.target) : null,
    invitedBefore: invited !== undefined,
    timeCost: time !== undefined,
    doubt: doubtOf !== undefined,
    interested: live.some((s) => (s.concept === 'interest' && s.source === 'own') || s.concept === 'worth-a-try'),
    wantsIn: live.some((s) => s.concept === 'later-opening' && s.source === 'own'),
    evidence,
    read: reading.read,
    notUnderstood: reading.notUnderstood,
    reportedOnly: reading.reportedOnly ?? false,
  };
}

/**
 * What the invitation says of the role and the company, compiled with the lists of the languages its words
 * show (reader.ts noteLanguages: its language, close siblings and English), or of every language when they
 * do not tell: compiling all eight for every mail was a large part of the first message after a cold start.
 */
function invitePatterns(languages: readonly C.NoteLanguage[] | null) {
  const only = languages ?? undefined;
  const rx = (concept: C.ByLanguage) => C.compile(concept, 'iu', only);
  const pair = (p: C.Pair): CompiledPair => ({ a: rx(p.a), b: rx(p.b), negatable: p.negatable ?? 'a', unless: p.unless ? rx(p.unless) : null });
  return {
    dud: [rx(C.DUD_CONTRACT), rx(C.DUD_PAY), rx(C.DUD_TASKS), rx(C.DUD_PROSPECTS)],
    bleak: [rx(C.BLEAK_PROCEEDINGS), rx(C.BLEAK_UNPAID), rx(C.BLEAK_LOST), rx(C.BLEAK_CUTS), rx(C.BLEAK_WE_CLOSE)],
    dudPairs: [pair(C.DUD_TERM_PAIR)],
    bleakPairs: [pair(C.BLEAK_PAY_PAIR), pair(C.BLEAK_LOSS_PAIR), pair(C.BLEAK_CLOSE_PAIR), pair(C.BLEAK_JOBS_PAIR)],
    negators: rx(C.NEGATORS),
    travel: rx(C.TRAVEL),
    earlier: rx(C.INVITE_EARLIER),
    earlierPairs: [pair(C.INVITE_EARLIER_PAIR)],
  };
}
const invitePatternsFor = C.perLanguages(invitePatterns);

/** The interview's own programme: a selection day, an assessment, the interviews (not a fair's or a shop's hours). */
const SELECTION_DAY = /(?<![\p{L}])(?:programm?[ae]?|program|selecti\p{L}*|selección|selezione|seleção|sélection|auswahl\p{L}*|assessment|rekrutacj\p{L}*|interview\p{L}*|gesprek\p{L}*|gespräch\p{L}*|entretien\p{L}*|entrevista\p{L}*|colloqui\p{L}*|rozmow\p{L}*)(?![\p{L}])/iu;
const FAIR = /(?<![\p{L}])(?:feria|fair|feira|fiera|messe|beurs|salon|targi|open day|career day|journée portes ouvertes|tag der offenen tür|webinar)(?![\p{L}])/iu;

/** A stated span of four hours or more ("9:00–15:30", "de 10h à 14h"): the sentence that states it, and its hours. */
function longSpan(text: string): { sentence: string; hours: number } | undefined {
  // Flemish writes the hour mark as "u" ("van 9u00 tot 13u00").
  // "entre as 9h00 e as 17h30", "zwischen 9 und 15 Uhr", "de 8 a 13 hs": the joining words of a span between two hours.
  const span = /(?<![\d:.])([01]?\d|2[0-3])(?:[:.hu](\d{2}))?\s*(?:hs|h|uhr|uur|u)?\s*(?:[-–—]|to|until|till|bis|a|à|às|as|alle|tot|até|do|(?:and|und|et|e|y|en|i)(?:\s+(?:as|às|las|le|the))?)\s*([01]?\d|2[0-3])(?:[:.hu](\d{2}))?(?![\d])(?:\s*(?:hs|h|uhr|uur|horas?)(?![\p{L}]))?/giu;
  // (A dot inside a time, "8.30", ends no sentence.)
  for (const sentence of text.split(/(?<=[.!?;])(?=\s)|(?<=\n)/)) {
    for (const m of sentence.matchAll(span)) {
      // a time of day, not a range of dates: minutes or an hour mark on at least one side
      if (m[2] === undefined && m[4] === undefined && !/\d\s*(?:hs?|uhr|uur|u|horas?)(?![\p{L}])/iu.test(m[0])) continue;
      const hours = Number(m[3]) + Number(m[4] ?? 0) / 60 - (Number(m[1]) + Number(m[2] ?? 0) / 60);
      // Over a range of weekdays ("di t/m zo 8.00–18.00", "de terça a sábado, das 7h às 15h"): a shop's or a shift's hours.
      if (hours >= 4 && hours <= 12 && !WEEKDAY_RANGE.test(sentence)) return { sentence: sentence.trim().slice(0, 200), hours };
    }
  }
  return undefined;
}

/** The first clause of the text where one of the patterns (or both concepts of a pair) is affirmed, as written in the text. */
function findIn(text: string, negators: RegExp, patterns: readonly RegExp[], pairs: readonly CompiledPair[] = []): string | undefined {
  const folded = fold(text);
  let at = 0;
  for (const part of folded.split(/(?<=[.!?;\n])/)) {
    for (const pattern of patterns) {
      if (affirmedMatch(part, pattern)) return text.slice(at, at + part.length).trim().slice(0, 200);
    }
    if (pairs.some((p) => pairIn(negators, p, part, false))) return text.slice(at, at + part.length).trim().slice(0, 200);
    at += part.length;
  }
  return undefined;
}

export function readInviteSignals(text: string, facts: Pick<InviteFacts, 'role'>): InviteSignals {
  const P = invitePatternsFor(noteLanguages(text.slice(0, 4000)));
  const parts = clauses(text);
  const evidence: InviteSignals['evidence'] = {};
  const roleDud = affirms(facts.role ?? '', DUD_ROLE) ? facts.role ?? undefined : undefined;
  evidence.dud = roleDud ?? findIn(text, P.negators, [DUD_ROLE, ...P.dud], P.dudPairs);
  // What the company says of itself ("as you may know, we are winding down our EU operations").
  evidence.bleak = findIn(text, P.negators, [BLEAK, ...P.bleak], P.bleakPairs);
  const span = longSpan(text);
  evidence.time = findIn(text, P.negators, [FULL_DAY, TRAVEL, P.travel]) ?? span?.sentence;
  evidence.earlier = findIn(text, P.negators, [P.earlier], P.earlierPairs);
  for (const key of ['dud', 'bleak', 'time', 'earlier'] as const) if (evidence[key] === undefined) delete evidence[key];
  return {
    dudRole: evidence.dud !== undefined,
    bleak: evidence.bleak !== undefined,
    relocationRequired: parts.some((c) => affirms(c, RELOCATION)),
    // …or a programme stated to last six hours or more ("Het programma duurt van 8.30 tot 16.30 uur").
    fullDay: parts.some((c) => affirms(c, FULL_DAY)) || (span !== undefined && span.hours >= 6 && SELECTION_DAY.test(span.sentence) && !FAIR.test(span.sentence)),
    travel: parts.some((c) => affirms(c, TRAVEL) || affirms(fold(c), P.travel)),
    invitedBefore: evidence.earlier !== undefined,
    evidence,
  };
}

function stronger(a: Strength, b: Strength): Strength {
  return a === 'firm' || b === 'firm' ? 'firm' : a === 'weak' || b === 'weak' ? 'weak' : 'none';
}

/** Whether a name is in a list, ignoring case and surrounding space. */
export function listed(list: readonly string[], name: string | null): boolean {
  if (!name) return false;
  const wanted = name.trim().toLowerCase();
  return list.some((entry) => entry.trim().toLowerCase() === wanted);
}

/** Whether the role (or the invitation text) matches one of the owner's target roles or industries. */
export function matchesTargets(preferences: Preferences, role: string | null, text: string): boolean {
  const haystack = `${role ?? ''}\n${text}`.toLowerCase();
  const roleText = (role ?? '').toLowerCase();
  return (
    preferences.targetRoles.some((target) => roleText.includes(target.toLowerCase()) || target.toLowerCase().includes(roleText || '\u0000')) ||
    preferences.targetIndustries.some((industry) => haystack.includes(industry.toLowerCase()))
  );
}

/** Salary figures stated in the invitation, per year in the stated currency ("$55,000", "€45k", "$25/hour"). */
export function statedPay(text: string): { currency: string; perYear: number }[] {
  const out: { currency: string; perYear: number }[] = [];
  const pattern = /([$€£])\s?(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s?(k)?(?:\s*(?:\/|per|an?)\s*(hour|hr|h|month|year|yr|annum))?|(\d{1,3}(?:[.\s]\d{3})+|\d+)\s?(k)?\s?(€|EUR|USD|GBP)(?:\s*(?:\/|par|pro|al)\s*(heure|stunde|hora|mois|monat|mes|an|jahr|año))?/giu;
  for (const m of text.matchAll(pattern)) {
    const symbol = m[1] ?? m[7] ?? '';
    const currency = symbol === '$' || symbol === 'USD' ? 'USD' : symbol === '£' || symbol === 'GBP' ? 'GBP' : 'EUR';
    const digits = (m[2] ?? m[5] ?? '').replace(/[,.\s](?=\d{3}\b)/g, '');
    let amount = Number(digits) * (m[3] || m[6] ? 1000 : 1);
    const period = (m[4] ?? m[8] ?? '').toLowerCase();
    if (/^(hour|hr|h|heure|stunde|hora)$/.test(period)) amount *= 2080;
    else if (/^(month|mois|monat|mes)$/.test(period)) amount *= 12;
    if (amount >= 1000) out.push({ currency, perYear: amount });
  }
  return out;
}
