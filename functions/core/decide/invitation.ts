/**
 * Is it an interview invitation? Evidence is weighed, no single word decides.
 *
 * For: a time or proposed slots (an attached calendar, times read in the text, days and hours written in
 * words), a meeting or scheduling link, words of interviewing and of meeting, an invitation or a request
 * for the candidate's availability, a recruiter or applicant-tracking sender, a change of time.
 * Against: a rejection, an offer, bulk mail (a job alert, a digest, a newsletter), work to hand in by a
 * deadline (a take-home, a recorded one-way video), an event for many (a webinar, an open day), a
 * survey, an interview that lies in the past, an interview only promised for later, cold outreach.
 *
 * Each clue has a weight (a clue in the subject, which says what the mail is about, weighs one more);
 * the mail is an invitation when enough speaks for it and clearly more for it than against it.
 * `#invite` in the owner's note overrules "not an invitation". The extraction shelf calls this through
 * its context (core/extract cannot use core/decide); the triage passes it in.
 */
import * as C from './concepts.js';
import * as K from './mail-kinds.js';
import { allMatches } from './matches.js';
import { fold, negatedAt, noteLanguages } from './reader.js';

/** What extraction read that tells an invitation from other mail (core/extract's `InvitationEvidence`). */
export interface InvitationInput {
  subject: string;
  /** the body, its signature cut off */
  body: string;
  signature: string;
  from: { name: string | null; address: string } | null;
  /** interview times read in the text (deadlines are never among them) */
  slots: number;
  /** timed events of an attached calendar, and their summaries and locations */
  calendarEvents: number;
  calendarText: string;
  meetingLink: string | null;
  schedulingLink: string | null;
}

export type ClueKind =
  | 'calendar' | 'times' | 'days-named' | 'link' | 'interviewing' | 'meeting' | 'inviting' | 'recruiter' | 'rescheduling'
  | 'rejection' | 'cancellation' | 'on-hold' | 'offer' | 'trial-agreed' | 'bulk' | 'newsletter' | 'work-by-deadline' | 'assessment' | 'one-way' | 'event' | 'registering' | 'survey'
  | 'past-interview' | 'later-maybe' | 'receipt' | 'cold';

export interface Clue {
  kind: ClueKind;
  /** positive for an invitation, negative against */
  weight: number;
  /** the words (or the fact) that made it */
  evidence: string;
}

export interface InvitationReading {
  isInvite: boolean;
  /** sum of the weights for an invitation, and against it (a positive number) */
  forIt: number;
  againstIt: number;
  clues: Clue[];
  /** `#invite` in the owner's note made it an invitation */
  overruled: boolean;
}

const RECRUITER = C.compile(K.RECRUITING_SENDER);
/** A time well past ("l'an dernier", "two years ago"; not a bare year, which may be ahead): a sentence with it tells of an earlier process, not of this mail. */
const WELL_PAST = C.compile(C.WELL_PAST);

/**
 * The kinds of mail, compiled with the lists of the languages the mail's words show (reader.ts
 * noteLanguages: its language, close siblings and English), or of every language when they do not tell.
 * Compiling all eight for every mail was most of the first message's time after a cold start.
 */
const patternsFor = C.perLanguages((languages) => {
  const rx = (concept: C.ByLanguage) => C.compile(concept, 'iu', languages ?? undefined);
  return {
    interviewing: rx(K.INTERVIEWING),
    meeting: rx(K.MEETING),
    inviting: rx(K.INVITING),
    // A sender's mailbox and signature name the recruiter in any language ("talent@" under a Polish text).
    recruiter: RECRUITER,
    rescheduling: rx(K.RESCHEDULING),
    when: rx(K.WHEN),
    rejection: rx(K.REJECTION),
    cancellation: rx(K.CANCELLATION),
    onHold: rx(K.ON_HOLD),
    negator: rx(C.NEGATORS),
    offer: rx(K.OFFER),
    trial: rx(K.TRIAL_AGREED),
    bulk: rx(K.BULK),
    newsletter: rx(K.NEWSLETTER),
    assessment: rx(K.ASSESSMENT),
    oneWay: rx(K.ONE_WAY),
    submitting: rx(K.SUBMITTING),
    deadline: rx(K.DEADLINE),
    event: rx(K.EVENT),
    registering: rx(K.REGISTERING),
    survey: rx(K.SURVEY),
    past: rx(K.PAST_INTERVIEW),
    laterMaybe: rx(K.LATER_MAYBE),
    receipt: rx(K.RECEIPT),
    cold: rx(K.COLD),
  };
});

/** A time of day written with digits: "10:00", "14h30", "3 pm", "15 Uhr", "15u", "godz. 9". */
const CLOCK = /(?<![\p{L}\d])(?:[01]?\d|2[0-3])(?:[:.h]\d{2}|\s?(?:am|pm|a\.m\.|p\.m\.|uhr|uur|u|h|hs|horas|ore|godz))(?![\p{L}\d])|(?:alle|as|a las|om|o|godz\.?|um)\s+(?:[01]?\d|2[0-3])(?:[:.]\d{2})?(?![\p{L}\d])/iu;

/** A deadline to confirm or to answer by is no deadline for work. */
const CONFIRMING = /confirm|bestatig|conferm|bevestig|potwierdz|reply|respond|antwort|repond|rispond|reageer|odpowie|rueckmeld|ruckmeld|let (?:us|me) know|faire savoir|indiquer/i;

/**
 * Cancelling offered as a choice, not done: "confirm or cancel the interview from your account", "si necesitas
 * cancelar la entrevista", "falls Sie den Termin absagen müssen" (a platform's buttons, a recruiter's courtesy).
 */
const CANCEL_AS_CHOICE = /(?:confirm|bestatig|bevestig|conferm|potwierdz|accept|aceptar|aceitar|accettare|akzeptier|reschedul|reprogram|verschieb|verzet)\p{L}*,?\s+(?:or|o|ou|oder|of|lub|albo|ou)\s+(?:\p{L}+\s+)?(?:cancel|annul|absag|stornier|annuleer|odwol)|(?:if|in case|should) you (?:need|have|want) to cancel|si (?:necesitas|tienes que|debes|quieres|deseas|precisa[rs]?|necessita[rs]?) cancelar|falls sie (?:\p{L}+ ){0,4}absagen|si vous (?:devez|souhaitez) annuler|se (?:dovesse|devi|deve) annullare|als (?:je|u) (?:\p{L}+ ){0,3}(?:moet|wil) (?:annuleren|afzeggen)|jesli (?:musisz|chcesz) odwolac/iu;

/** Enough for an invitation, and by how much the clues for it must outweigh those against. */
const ENOUGH = 3;
const MARGIN = 2;

/**
 * Text an HTML part became is wrapped at about 80 columns, so a sentence runs over lines ("…den Prozess mit
 * einer\nKandidatin fortzusetzen…"): a long line that ends without a sentence's punctuation and is followed
 * by a line starting with a letter goes on there. Short lines (a list, a header) stay apart.
 */
function unwrapped(text: string): string {
  return text.replace(/^([^\n]{55,})\n(?=\p{L})/gmu, (line: string, content: string) => (/[.!?:;]\s*$/.test(content) ? line : `${content} `));
}

export function readInvitation(input: InvitationInput, note: string | null = null): InvitationReading {
  const R = patternsFor(noteLanguages(`${input.subject}\n${input.body.slice(0, 4000)}`));
  const subject = fold(input.subject);
  const body = fold(input.body);
  const calendar = fold(input.calendarText);
  const signature = fold(input.signature);
  const sender = fold(`${input.from?.name ?? ''} ${input.from?.address.replace(/[@._-]+/g, ' ') ?? ''}`);
  const sentences = unwrapped(body).split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim());
  const clues: Clue[] = [];
  const add = (kind: ClueKind, weight: number, evidence: string) => clues.push({ kind, weight, evidence: evidence.trim().slice(0, 160) });
  /** A concept in the subject (one more) or the body, once (`bodyOnly`: the body's sentences alone); its sentence is its evidence. */
  const concept = (kind: ClueKind, pattern: RegExp, weight: number, keep: (sentence: string) => boolean = () => true, bodyOnly = false) => {
    const inSubject = bodyOnly ? null : pattern.exec(subject);
    const sentence = sentences.find((s) => pattern.test(s) && keep(s)) ?? (!bodyOnly && pattern.test(calendar) ? calendar : undefined);
    if (inSubject) add(kind, weight + Math.sign(weight), input.subject);
    else if (sentence !== undefined) add(kind, weight, sentence);
  };
  // Words inside a link count as no evidence against an invitation ("…/meetup-join/…" in a Teams link is no meetup).
  const inWords = (pattern: RegExp) => (sentence: string) => pattern.test(sentence.replace(/https?:\/\/\S+/g, ' '));
  // "If your profile fits, we will invite you": an invitation only promised for later is none.
  const unconditional = (s: string) => !R.laterMaybe.test(s);

  // For an invitation: when, where, who, and what is asked.
  // An event for many named in the subject says what the mail is about: its "invitation" and its calendar
  // entry are the event's ("Einladung zum Open House", "Uitnodiging: Informatieavond"), not an interview's.
  const aboutAnEvent = R.event.test(subject) || R.event.test(calendar);
  if (input.calendarEvents > 0 && !aboutAnEvent) add('calendar', 3, `${input.calendarEvents} timed calendar event(s)`);
  // The times of a mail about an event are the event's: a day named, no more.
  if (input.slots > 0) add('times', aboutAnEvent ? 1 : 2, `${input.slots} time(s) read in the text`);
  else {
    // …not the day of a call that has been ("vielen Dank für das Telefonat am Freitag").
    const day = sentences.find((s) => (R.when.test(s) || CLOCK.test(s)) && !R.deadline.test(s) && !R.past.test(s));
    if (day) add('days-named', 1, day);
  }
  const link = input.meetingLink ?? input.schedulingLink;
  if (link) add('link', 2, link);
  // "Dit is geen sollicitatiegesprek", "Einzelgespräche finden keine statt": interviewing denied is no clue for one.
  const affirmed = (s: string) => {
    if (!unconditional(s)) return false;
    const m = R.interviewing.exec(s);
    if (!m) return true;
    return !negatedAt(R, s, m.index) && !/(?:keine?|nicht) statt/u.test(s.slice(m.index));
  };
  concept('interviewing', R.interviewing, 2, affirmed);
  // "We can't invite you for an interview": a sentence that turns the application down invites no one.
  const inviting = (s: string) => unconditional(s) && !R.rejection.test(s);
  concept('meeting', R.meeting, 1, inviting, aboutAnEvent);
  concept('inviting', R.inviting, 2, inviting, aboutAnEvent);
  // "Non siamo in grado di proporle una nuova data", "we can't offer a new time yet": a new date denied is none.
  const offered = (s: string) => {
    const m = R.rescheduling.exec(s);
    const clause = m ? (s.slice(0, m.index).split(/[,;:]/u).at(-1) ?? '') : '';
    return !m || !negatedAt(R, clause, clause.length, 8);
  };
  concept('rescheduling', R.rescheduling, 2, offered);
  const recruiter = R.recruiter.exec(sender) ?? R.recruiter.exec(signature);
  if (recruiter) add('recruiter', 1, recruiter[0]);

  // Against: another kind of mail.
  // (…not what befell an earlier process the mail recalls: "vous étiez venue… avant que le recrutement ne soit gelé", last year.)
  const now = (sentence: string) => !WELL_PAST.test(sentence);
  concept('rejection', R.rejection, -4, now);
  concept('cancellation', R.cancellation, -4, (sentence) => !CANCEL_AS_CHOICE.test(sentence) && now(sentence));
  // Put off with no new date, the process on hold: the "postpone" proposes nothing.
  concept('on-hold', R.onHold, -4, now);
  const onHold = clues.some((c) => c.kind === 'on-hold');
  // The time an interview called off names is the one called off (a reschedule proposes another, and says so);
  // so is its meeting link.
  if ((clues.some((c) => c.kind === 'cancellation') && !clues.some((c) => c.kind === 'rescheduling')) || onHold) {
    const dropped = new Set<ClueKind>(['times', 'days-named', 'calendar', 'link', ...(onHold ? (['rescheduling'] as const) : [])]);
    clues.splice(0, clues.length, ...clues.filter((c) => !dropped.has(c.kind)));
  }
  concept('offer', R.offer, -3);
  concept('trial-agreed', R.trial, -3);
  concept('bulk', R.bulk, -3, inWords(R.bulk));
  if (!clues.some((c) => c.kind === 'bulk')) concept('newsletter', R.newsletter, -1, inWords(R.newsletter));
  // Work to hand in by a deadline: a deadline (not one to confirm or to answer by) next to the work.
  const work = sentences.findIndex((s, i) => {
    if (!R.deadline.test(s) || CONFIRMING.test(s)) return false;
    const around = sentences.slice(Math.max(0, i - 2), i + 3).join(' ');
    return R.assessment.test(around) || R.oneWay.test(around) || (R.submitting.test(s) && R.assessment.test(`${subject} ${body}`));
  });
  if (work >= 0) add('work-by-deadline', -4, sentences[work]!);
  else concept('assessment', R.assessment, -1);
  concept('one-way', R.oneWay, -3);
  concept('event', R.event, -2, inWords(R.event));
  concept('registering', R.registering, -2, inWords(R.registering));
  concept('survey', R.survey, -3, inWords(R.survey));
  concept('past-interview', R.past, -1);
  concept('later-maybe', R.laterMaybe, -2);
  // An acknowledgement that asks for nothing and offers no time, link or invitation is the receipt it
  // says it is, though it names the application ("sollicitatie", "candidatura") in interview words.
  const concrete = clues.some((c) => ['calendar', 'times', 'days-named', 'link', 'inviting', 'rescheduling'].includes(c.kind));
  concept('receipt', R.receipt, concrete ? -1 : -2);
  // Cold outreach: asking whether the candidate is interested at all; two signs of it weigh more.
  // "Would you be open to a phone interview on the 17th?" asks for an interview, not whether they are interested at all.
  const cold = new Set([subject, ...sentences].filter((s) => !R.interviewing.test(s)).flatMap((s) => allMatches(R.cold, s)).map((m) => m[0].toLowerCase()));
  if (cold.size > 0) add('cold', cold.size > 1 ? -3 : -2, [...cold].join(' · '));

  // Japanese invitations: the same kinds of clue, read without word boundaries.
  const weights = { interviewing: 2, meeting: 1, inviting: 2, when: 1, rejection: -4, offer: -3, bulk: -3, event: -2, assessment: -1, survey: -3 } as const;
  const japanese = /[\u3040-\u30ff]/u.test(`${input.subject}\n${input.body}`);
  for (const [name, pattern] of japanese ? (Object.entries(K.JAPANESE) as [keyof typeof weights, RegExp][]) : []) {
    const kind: ClueKind = name === 'when' ? 'days-named' : name;
    if (clues.some((c) => c.kind === kind) || (kind === 'days-named' && input.slots + input.calendarEvents > 0)) continue;
    const found = pattern.exec(`${input.subject}\n${input.body}`);
    if (found) add(kind, weights[name], found[0]);
  }

  const forIt = clues.filter((c) => c.weight > 0).reduce((sum, c) => sum + c.weight, 0);
  const againstIt = -clues.filter((c) => c.weight < 0).reduce((sum, c) => sum + c.weight, 0);
  const weighed = forIt >= ENOUGH && forIt - againstIt >= MARGIN;
  const overruled = !weighed && /(?:^|\s)#invite\b/i.test(note ?? '');
  return { isInvite: weighed || overruled, forIt, againstIt, clues, overruled };
}

/** The classifier as extraction calls it: the owner's note (for `#invite`) given by the caller. */
export function isInvitation(input: InvitationInput, note: string | null = null): boolean {
  return readInvitation(input, note).isInvite;
}
