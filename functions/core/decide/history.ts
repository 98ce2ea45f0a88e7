/**
 * What the owner's earlier invitations say about this one. The use case queries the store (by company,
 * by time) and passes the items in; everything here is pure.
 */
import { getDomain } from 'tldts';
import { isUnusableReplyAddress, type ForwardAnalysis, type InviteFacts } from '../extract/extract.js';
import { dateTimeFormat, DAY_MS, domainOf, HOUR_MS } from '../mail/mail.js';
import type { Verdict } from './signals.js';

/** An earlier invitation, as stored: what the history needs of it. */
export interface PastInvitation {
  inviteId: string;
  facts: Pick<InviteFacts, 'slots' | 'company' | 'role'>;
  /** hours the interview takes, travel included (an estimate), for the weekly budget */
  estimatedHours: number;
  decision: { verdict: Verdict };
  /** the owner's final choice, when made */
  choice: { verdict: Verdict } | null;
  /** the owner's answer to "How did it go?": whether it says the interview took place */
  outcome?: { happened: boolean } | null;
}

/** The invitation being decided, as read from the mail. */
export interface ThisInvitation {
  inviteId: string;
  facts: Pick<InviteFacts, 'slots' | 'role' | 'replyTo'>;
  original: Pick<ForwardAnalysis['original'], 'subject' | 'body' | 'from'>;
}

export interface History {
  /** interviews that happened (interviewHappened) whose time is within the last `windowDays` days */
  recentInterviews: number;
  windowDays: number;
  /** earlier invitations from the same company (keyed on its registrable domain); this one excluded */
  sameCompany: number;
  /** other invitations the owner attends whose time overlaps this one's */
  conflicts: { company: string | null; role: string | null; start: string }[];
  /** hours already committed to interviews in the week of this one */
  hoursCommittedThatWeek: number;
}

/** A first-time owner: what `triage` decides with. */
export const NO_HISTORY: History = { recentInterviews: 0, windowDays: 60, sameCompany: 0, conflicts: [], hoursCommittedThatWeek: 0 };

export const RECENT_WINDOW_DAYS = 60;
/** Mailbox providers: a recruiter writing from one says nothing about the company. */
const FREEMAIL = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'me.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 'orange.fr', 'free.fr', 'laposte.net']);

/**
 * The company's registrable domain (public suffix list: `mail.northwind.co.uk` → `northwind.co.uk`),
 * never an applicant-tracking, relay or mailbox-provider domain.
 */
export function companyKeyOf(invitation: ThisInvitation): string | null {
  for (const address of [invitation.facts.replyTo?.address, invitation.original.from?.address]) {
    if (!address || isUnusableReplyAddress(address)) continue;
    const domain = getDomain(domainOf(address), { allowPrivateDomains: true }) ?? null;
    if (domain && !FREEMAIL.has(domain)) return domain;
  }
  return null;
}

/** Earlier invitations from the same company count when received within this many days. */
export const COMPANY_WINDOW_DAYS = 365;

/**
 * The windows the history is read in (the store reads each as one bounded range of an index): the same
 * company's invitations received in the last year; interviews in the recent past (recent interviews);
 * and, when this one has a time, the fortnight around it (conflicts, hours in its week).
 */
export function historyWindows(invitation: Pick<ThisInvitation, 'facts'>, now: Date): { companySince: Date; recent: { from: Date; to: Date }; around: { from: Date; to: Date } | null } {
  const slot = invitation.facts.slots[0];
  const start = slot ? Date.parse(slot.start) : Number.NaN;
  return {
    companySince: new Date(now.getTime() - COMPANY_WINDOW_DAYS * DAY_MS),
    recent: { from: new Date(now.getTime() - RECENT_WINDOW_DAYS * DAY_MS), to: now },
    around: Number.isFinite(start) ? { from: new Date(start - 7 * DAY_MS), to: new Date(start + 7 * DAY_MS) } : null,
  };
}

/**
 * Whether an interview took place, for practice (issue #17, item 3): practice comes from interviews
 * that happened, not from accepts. The owner's answer to "How did it go?" decides when there is one (an
 * answer that says it was cancelled, or that nobody came, does not count; any other answer does, however
 * it went); without an answer, an accepted interview whose time has passed is taken to have happened
 * (the question may be switched off, or unanswered: silence is no cancellation). The caller checks the time.
 */
function interviewHappened(invitation: Pick<PastInvitation, 'choice' | 'outcome'>): boolean {
  if (invitation.outcome) return invitation.outcome.happened;
  return invitation.choice?.verdict === 'attend';
}

/** Whether the owner is going: their choice when made, else the recommendation; never one their answer says did not take place. */
function attending(invitation: PastInvitation): boolean {
  if (invitation.outcome?.happened === false) return false;
  return invitation.choice ? invitation.choice.verdict === 'attend' : invitation.decision.verdict === 'attend';
}

function interval(invitation: Pick<PastInvitation, 'facts' | 'estimatedHours'>): [number, number] | null {
  const slot = invitation.facts.slots[0];
  if (!slot) return null;
  const start = Date.parse(slot.start);
  const end = slot.end ? Date.parse(slot.end) : start + Math.max(1, invitation.estimatedHours) * HOUR_MS;
  return [start, end];
}

/** Monday 00:00 of the week that holds `instant`, in the owner's time zone, as a comparable key. */
function weekKey(instant: number, timeZone: string): string {
  const parts = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short' }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const local = Date.UTC(Number(get('year')), Number(get('month')) - 1, Number(get('day')));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
  return new Date(local - Math.max(0, weekday) * DAY_MS).toISOString().slice(0, 10);
}

export function buildHistory(input: {
  inviteId: string;
  current: Pick<PastInvitation, 'facts' | 'estimatedHours'>;
  sameCompany: readonly PastInvitation[];
  around: readonly PastInvitation[];
  now: Date;
  timeZone: string;
}): History {
  const { inviteId, now } = input;
  const others = input.around.filter((i) => i.inviteId !== inviteId);
  const recentInterviews = others.filter((i) => {
    const span = interval(i);
    return interviewHappened(i) && span !== null && span[0] <= now.getTime() && span[0] >= now.getTime() - RECENT_WINDOW_DAYS * DAY_MS;
  }).length;
  const mine = interval(input.current);
  const conflicts = mine
    ? others
        .filter((i) => attending(i))
        .filter((i) => {
          const span = interval(i);
          return span !== null && span[0] < mine[1] && mine[0] < span[1];
        })
        .map((i) => ({ company: i.facts.company, role: i.facts.role, start: i.facts.slots[0]?.start ?? '' }))
    : [];
  const week = mine ? weekKey(mine[0], input.timeZone) : null;
  const hoursCommittedThatWeek = week
    ? others.filter((i) => attending(i) && interval(i) && weekKey(interval(i)![0], input.timeZone) === week).reduce((sum, i) => sum + i.estimatedHours, 0)
    : 0;
  return {
    recentInterviews,
    windowDays: RECENT_WINDOW_DAYS,
    sameCompany: input.sameCompany.filter((i) => i.inviteId !== inviteId).length,
    conflicts,
    hoursCommittedThatWeek,
  };
}

const RESCHEDULE = /\b(reschedul\w*|move (?:your|the|our) (?:interview|call|meeting)|new (?:date|time) for (?:your|the)|changed? the time|verschieb\w*|neuer termin|reprogramar|cambiar la fecha|reporter (?:votre|l')|décaler|nouvelle date)\b/i;

/**
 * A reschedule replaces an earlier invitation at a new time: when the mail says so and the same company
 * has invited the owner for the same role before, this names that invitation. The use case links the
 * two (the earlier one is superseded and no longer counts), and the reschedule keeps its own identity,
 * drafts and recipient: it may come from another sender (a coordinator, an applicant-tracking address).
 */
export function rescheduledFrom(invitation: ThisInvitation, sameCompany: readonly PastInvitation[]): string | null {
  const text = `${invitation.original.subject ?? ''}\n${invitation.original.body.slice(0, 4000)}`;
  if (!RESCHEDULE.test(text)) return null;
  const role = invitation.facts.role?.toLowerCase() ?? null;
  const match = sameCompany.find((i) => i.inviteId !== invitation.inviteId && (role === null || i.facts.role?.toLowerCase() === role));
  return match?.inviteId ?? null;
}
