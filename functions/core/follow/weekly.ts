/**
 * What the weekly digest lists (issue #17, item 4), from the invitations the store read: pure, on the
 * instant passed in.
 *
 * - waiting for an answer: no choice recorded (no reply command, no Bcc copy of a draft, no send, no
 *   `done`), not rescheduled, received in the last WEEKLY_WAITING_DAYS, and its first time (if any) still
 *   ahead; soonest time first, then newest;
 * - upcoming interviews: the current choice accepts a fixed time, ahead and within WEEKLY_UPCOMING_DAYS;
 *   soonest first;
 * - recent outcomes: how an interview went, as the owner told it (#17 item 3), told or held in the last
 *   WEEKLY_OUTCOME_DAYS; newest first. An invitation without one (or stored before outcomes existed) is
 *   simply not listed there.
 *
 * Each list holds at most WEEKLY_MOST_ITEMS; `more` says how many were left out. An invitation read twice
 * (both reads found it) is listed once per list.
 */
import { DAY_MS } from '../mail/mail.js';

export const WEEKLY_WAITING_DAYS = 30;
export const WEEKLY_UPCOMING_DAYS = 14;
export const WEEKLY_OUTCOME_DAYS = 7;
export const WEEKLY_MOST_ITEMS = 15;

/** One invitation as the weekly digest weighs it (the use case builds it from a stored summary). */
export interface WeeklyCandidate {
  inviteId: string;
  receivedAt: string;
  /** the invitation's subject */
  subject: string | null;
  company: string | null;
  role: string | null;
  verdict: 'attend' | 'decline';
  /** a choice is recorded: a reply command, a Bcc copy of a draft, a send, or `done` */
  answered: boolean;
  /** a later invitation rescheduled it */
  rescheduled: boolean;
  /** the first proposed time (ISO), if any */
  firstStart: string | null;
  /** the accepted interview's time (ISO) when the current choice accepts a fixed time */
  acceptedStart: string | null;
  /** how it went, as the owner told it; absent when none was told (or the field does not exist yet) */
  outcome?: { text: string; at: string | null } | null;
}

export interface WeeklyEntry {
  inviteId: string;
  subject: string | null;
  company: string | null;
  role: string | null;
  verdict: 'attend' | 'decline';
  /** waiting: the first proposed time; upcoming: the accepted time; outcomes: when it happened */
  at: string | null;
  receivedAt: string;
  /** outcomes only: the owner's words */
  outcome?: string;
}

export interface WeeklyDigestPlan {
  waiting: WeeklyEntry[];
  upcoming: WeeklyEntry[];
  outcomes: WeeklyEntry[];
  /** how many each list left out past WEEKLY_MOST_ITEMS */
  more: { waiting: number; upcoming: number; outcomes: number };
  /** nothing to list: no mail is sent */
  empty: boolean;
}

export function planWeeklyDigest(now: Date, candidates: readonly WeeklyCandidate[]): WeeklyDigestPlan {
  const t = now.getTime();
  const unique = [...new Map(candidates.map((c) => [c.inviteId, c])).values()];
  const time = (iso: string | null | undefined) => (iso ? Date.parse(iso) : Number.NaN);
  const entry = (c: WeeklyCandidate, at: string | null, outcome?: string): WeeklyEntry => ({
    inviteId: c.inviteId,
    subject: c.subject,
    company: c.company,
    role: c.role,
    verdict: c.verdict,
    at,
    receivedAt: c.receivedAt,
    ...(outcome !== undefined ? { outcome } : {}),
  });

  const waiting = unique
    .filter((c) => !c.answered && !c.rescheduled && time(c.receivedAt) >= t - WEEKLY_WAITING_DAYS * DAY_MS && !(time(c.firstStart) <= t))
    .sort((a, b) => orderAscending(time(a.firstStart), time(b.firstStart)) || b.receivedAt.localeCompare(a.receivedAt))
    .map((c) => entry(c, c.firstStart));
  const upcoming = unique
    .filter((c) => !c.rescheduled && time(c.acceptedStart) > t && time(c.acceptedStart) <= t + WEEKLY_UPCOMING_DAYS * DAY_MS)
    .sort((a, b) => time(a.acceptedStart) - time(b.acceptedStart))
    .map((c) => entry(c, c.acceptedStart));
  const outcomes = unique
    .flatMap((c) => {
      const text = c.outcome?.text.trim();
      if (!text) return [];
      const at = c.outcome?.at ?? c.acceptedStart ?? c.firstStart;
      const when = time(at);
      // An outcome told without a time is listed while its invitation is recent.
      const recent = Number.isNaN(when) ? time(c.receivedAt) >= t - WEEKLY_OUTCOME_DAYS * DAY_MS : when >= t - WEEKLY_OUTCOME_DAYS * DAY_MS && when <= t;
      return recent ? [entry(c, at, text)] : [];
    })
    // Newest first, one without a time last.
    .sort((a, b) => orderAscending(-time(a.at), -time(b.at)));

  const cut = (list: WeeklyEntry[]) => ({ shown: list.slice(0, WEEKLY_MOST_ITEMS), left: Math.max(0, list.length - WEEKLY_MOST_ITEMS) });
  const [w, u, o] = [cut(waiting), cut(upcoming), cut(outcomes)];
  return {
    waiting: w.shown,
    upcoming: u.shown,
    outcomes: o.shown,
    more: { waiting: w.left, upcoming: u.left, outcomes: o.left },
    empty: waiting.length + upcoming.length + outcomes.length === 0,
  };
}

/** Ascending, an unknown time (NaN) last. */
function orderAscending(a: number, b: number): number {
  if (Number.isNaN(a)) return Number.isNaN(b) ? 0 : 1;
  if (Number.isNaN(b)) return -1;
  return a - b;
}
