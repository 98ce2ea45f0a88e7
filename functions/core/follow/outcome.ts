/**
 * "How did it go?" (issue #17, item 3): after an interview the owner accepted at a fixed time, one
 * question; their one-line answer is kept with the invitation and feeds the history (practice counts
 * interviews that happened: core/decide/history.ts).
 *
 * When it is asked: `afterMinutes` after the interview's end (the end written with the time, else the
 * length the invitation states in prose, else DEFAULT_INTERVIEW_MINUTES after its start: the calendar
 * hold's end), moved out of the owner's night like the nudge. Pure: instants are passed in.
 *
 * How the answer is read: the first line the owner wrote above the quote (core/reply visibleReply),
 * whitespace folded, control characters dropped, cut to OUTCOME_MAX_CHARS. It says the interview did
 * not take place when it says so plainly in one of the eight languages read ("cancelled", "they did
 * not show up", "I didn't go", "verschoben", "n'a pas eu lieu"…), not negated just before ("it wasn't
 * cancelled"); anything else is an interview that happened, however it went.
 */
import { MINUTE_MS } from '../mail/mail.js';
import { visibleReply } from '../reply/reply.js';
import { outOfNight, type NudgeTiming } from './timing.js';

/** An interview whose end nobody wrote down lasts this long (the calendar hold's default too). */
export const DEFAULT_INTERVIEW_MINUTES = 60;
/** The longest answer kept: one line. */
export const OUTCOME_MAX_CHARS = 300;

export interface HowDidItGoTiming extends Pick<NudgeTiming, 'nightStartHour' | 'nightEndHour' | 'timeZone'> {
  /** minutes after the interview's end */
  afterMinutes: number;
}

export type HowDidItGoPlan =
  | { at: Date }
  /** `no-time`: the start or end cannot be read; `passed`: it would be due before `now` (accepted after the interview) */
  | { none: 'no-time' | 'passed' };

/** The interview's end: the one written with the time, else its start plus the stated length, else plus an hour. */
export function interviewEnd(slot: { start: string; end: string | null }, durationMinutes?: number | null): Date | null {
  const start = Date.parse(slot.start);
  if (Number.isNaN(start)) return null;
  const written = slot.end ? Date.parse(slot.end) : Number.NaN;
  if (!Number.isNaN(written) && written > start) return new Date(written);
  return new Date(start + (durationMinutes && durationMinutes > 0 ? durationMinutes : DEFAULT_INTERVIEW_MINUTES) * MINUTE_MS);
}

export function planHowDidItGo(now: Date, end: Date | null, timing: HowDidItGoTiming): HowDidItGoPlan {
  if (!end || Number.isNaN(end.getTime())) return { none: 'no-time' };
  const at = outOfNight(new Date(end.getTime() + timing.afterMinutes * MINUTE_MS), timing);
  if (at.getTime() <= now.getTime()) return { none: 'passed' };
  return { at };
}

/** The owner's answer, as kept: its one line, and whether it says the interview took place. */
export interface OutcomeAnswer {
  text: string;
  happened: boolean;
}

/** The answer in a reply to the question; null when its first line is empty (nothing to keep). */
export function readOutcomeAnswer(replyText: string): OutcomeAnswer | null {
  const firstLine = visibleReply(replyText).split('\n')[0] ?? '';
  // Control characters (C0, C1, bidi embeddings, overrides and isolates) never reach what is stored.
  const text = bounded(firstLine.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ').replace(/\s+/g, ' ').trim());
  if (!text) return null;
  return { text, happened: !saysItDidNotHappen(text) };
}

function bounded(text: string): string {
  const chars = [...text];
  if (chars.length <= OUTCOME_MAX_CHARS) return text;
  return `${chars.slice(0, OUTCOME_MAX_CHARS - 1).join('').trimEnd()}…`;
}

/**
 * Plain words that the interview did not take place, by language, on accent-folded lower-case text
 * (`ł` as `l`, `’` as `'`). Stems end where inflections begin ("annul" reads annulé, annulée, annullato).
 */
const DID_NOT_HAPPEN: readonly RegExp[] = [
  // English
  /\b(?:cancell?ed|called off|postponed|rescheduled|no[- ]show|(?:did(?: not|n'?t)|never) (?:happen|take place|took place|go(?! (?:well|great|as|so|too|very|that|the way|according|smooth|perfect|ideal|brilliant|wonderful|nice|amazing|fantastic|bad|terrib|how))|went|show(?:ed)? up|turn(?:ed)? up|join(?:ed)?|attend(?:ed)?|make it)|was(?: not|n'?t) held|(?:skipped|missed) (?:it|the (?:interview|call|meeting))|(?:nobody|no one|no-one) (?:showed|came|joined|turned up)|stood me up)\b/,
  // French
  /\b(?:annul\w*|report[ée]e?s?|(?:n'a|n a) pas eu lieu|pas eu lieu|(?:je )?n'y suis pas all\w*|(?:personne|ils ne sont pas|elle n'est pas|il n'est pas) (?:n'est )?venu\w*|pos[ée] un lapin)\b/,
  // German
  /\b(?:abgesagt|verschoben|ausgefallen|(?:fand|hat) nicht stattgefunden|fand nicht statt|nicht stattgefunden|nicht (?:hin)?gegangen|niemand (?:kam|ist gekommen|war da))\b/,
  // Spanish
  /\b(?:cancelad[oa]s?|suspendid[oa]s?|aplazad[oa]s?|pospuest[oa]s?|no se (?:celebro|hizo|realizo)|no (?:fui|asisti)|no (?:vinieron|aparecio|aparecieron|se presento|se presentaron))\b/,
  // Italian
  /\b(?:annullat[oaie]|rimandat[oaie]|rinviat[oaie]|saltat[oaie]|non (?:si e tenut[oa]|c'e stat[oa]|sono andat[oa](?! (?:bene|male|benissimo|malissimo)))|non si (?:e presentat[oa]|sono presentati)|nessuno (?:si e presentato|e venuto))\b/,
  // Dutch
  /\b(?:geannuleerd|afgezegd|uitgesteld|verzet|ging niet door|(?:is )?niet doorgegaan|niet (?:heen )?gegaan|niet (?:op komen dagen|komen opdagen)|niemand kwam)\b/,
  // Portuguese
  /\b(?:cancelad[oa]s?|adiad[oa]s?|nao (?:aconteceu|houve|fui|compareci)|nao (?:apareceu|apareceram|compareceu|compareceram))\b/,
  // Polish
  /\b(?:odwolan\w*|przelozon\w*|nie odbyl\w*|nie (?:poszedlem|poszlam|poszedl|poszla|przyszl\w*|pojawil\w*|dotarl\w*))\b/,
];

/** A negation just before (at most one word between): "it wasn't cancelled", "nicht abgesagt", "nie odwołana". */
const NEGATED_BEFORE = /(?:\b(?:not|never|nicht|kein\w*|pas|non|niet|geen|nie|nao|no)|n't)\s+(?:\S+\s+)?$/;

function saysItDidNotHappen(text: string): boolean {
  const folded = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/[’`´]/g, "'").toLowerCase();
  for (const pattern of DID_NOT_HAPPEN) {
    for (const match of folded.matchAll(new RegExp(pattern.source, 'g'))) {
      // A negated negative ("no, not cancelled") is no word that it did not happen; the English and
      // Spanish/Portuguese forms that begin with their own negation are read as they stand.
      if (/^(?:did|never|was|no |nao|nie|non|niet|nicht|fand|hat|n'a|n a|pas|je|personne|ils|elle|il|nessuno|nobody|no one|no-one)/.test(match[0])) return true;
      if (!NEGATED_BEFORE.test(folded.slice(0, match.index))) return true;
    }
  }
  return false;
}
