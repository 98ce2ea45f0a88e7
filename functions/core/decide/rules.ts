/**
 * The rules, as small functions over signals, in their order of precedence:
 *   1. the owner's explicit instruction (note: "decline", "attend", #decline, #attend)
 *   2. the owner's dealbreakers (a named company, pay below the minimum, required relocation)
 *   3. nothing appeals: a dud role AND a bleak outlook, both stated firmly, and nothing else that draws
 *   4. time: over the weekly hours budget (decline unless the role draws the owner); a schedule conflict
 *      (attend, and propose other times)
 *   5. the reasons to attend, the strongest for this invitation first
 */
import type { Preferences } from '../../config/schema.js';
import type { InviteFacts } from '../extract/extract.js';
import { HOUR_MS } from '../mail/mail.js';
import type { History } from './history.js';
import { listed, matchesTargets, statedPay, type InviteSignals, type NoteSignals, type Verdict } from './signals.js';

export type ReasonCode =
  | 'owner-instruction'
  | 'dealbreaker'
  | 'nothing-appealing'
  | 'time-budget'
  | 'schedule-conflict'
  | 'target-match'
  | 'practice'
  | 'networking'
  | 'might-want-it'
  | 'future-opening'
  | 'time-cost';

export interface Situation {
  facts: Pick<InviteFacts, 'company' | 'role' | 'format' | 'slots'>;
  inviteText: string;
  note: NoteSignals;
  invite: InviteSignals;
  preferences: Preferences;
  history: History;
}

/** What a rule found: its code, and the words to fill in its sentence. */
export interface Finding {
  code: ReasonCode;
  detail?: Record<string, string | number | boolean | undefined>;
}

export interface DecisiveFinding extends Finding {
  verdict: Verdict;
}

type DecisiveRule = (s: Situation) => DecisiveFinding | null;

export const ownerInstruction: DecisiveRule = (s) =>
  s.note.instruction ? { verdict: s.note.instruction, code: 'owner-instruction' } : null;

export const dealbreaker: DecisiveRule = (s) => {
  const { dealbreakers } = s.preferences;
  if (listed(dealbreakers.companies, s.facts.company)) return { verdict: 'decline', code: 'dealbreaker', detail: { what: 'company' } };
  if (dealbreakers.relocation && s.invite.relocationRequired) return { verdict: 'decline', code: 'dealbreaker', detail: { what: 'relocation' } };
  const minimum = dealbreakers.minimumPay;
  if (minimum) {
    const perYear = minimum.amount * (minimum.per === 'hour' ? 2080 : minimum.per === 'month' ? 12 : 1);
    const offers = statedPay(s.inviteText).filter((p) => p.currency === minimum.currency);
    // Only when every figure stated (a range's top included) is below the minimum.
    if (offers.length > 0 && offers.every((p) => p.perYear < perYear)) {
      return { verdict: 'decline', code: 'dealbreaker', detail: { what: 'pay', pay: Math.max(...offers.map((p) => p.perYear)), minimum: perYear } };
    }
  }
  return null;
};

/** Whether anything draws the owner: an appeal named in the note, a target role, a dream company. */
export function draws(s: Situation): boolean {
  return s.note.appeal || s.note.dream || listed(s.preferences.dreamCompanies, s.facts.company) || targetMatch(s);
}

function targetMatch(s: Situation): boolean {
  return matchesTargets(s.preferences, s.facts.role, s.inviteText);
}

function dudRole(s: Situation): 'firm' | 'weak' | 'none' {
  if (s.note.dud === 'firm' || s.invite.dudRole) return 'firm';
  // A role outside the owner's stated targets is a mismatch: a doubt, not a dud.
  const mismatch = s.preferences.targetRoles.length > 0 && !targetMatch(s);
  return s.note.dud === 'weak' || mismatch ? 'weak' : 'none';
}

export const nothingAppealing: DecisiveRule = (s) => {
  const bleak = s.note.bleak === 'firm' || s.invite.bleak;
  return dudRole(s) === 'firm' && bleak && !draws(s) ? { verdict: 'decline', code: 'nothing-appealing' } : null;
};

/** Hours this interview takes, travel included: a rough estimate from what the invitation says. */
export function hoursFromSignals(s: Pick<Situation, 'facts' | 'invite'>): number {
  const slot = s.facts.slots[0];
  const stated = slot?.end ? (Date.parse(slot.end) - Date.parse(slot.start)) / HOUR_MS : null;
  const base = s.invite.fullDay ? 8 : stated ?? (s.facts.format === 'onsite' ? 1.5 : 1);
  const commute = s.facts.format === 'onsite' ? 1.5 : 0;
  const travel = s.invite.travel ? 6 : 0;
  return Math.round((base + commute + travel) * 2) / 2;
}

export const timeBudget: DecisiveRule = (s) => {
  const budget = s.preferences.hoursPerWeek;
  if (budget === null) return null;
  const hours = hoursFromSignals(s);
  if (s.history.hoursCommittedThatWeek + hours <= budget || draws(s)) return null;
  return { verdict: 'decline', code: 'time-budget', detail: { hours, committed: s.history.hoursCommittedThatWeek, budget } };
};

export const DECISIVE_RULES: readonly DecisiveRule[] = [ownerInstruction, dealbreaker, nothingAppealing, timeBudget];

/** How many recent interviews still count as useful practice. */
const PRACTICE_SATURATION = { none: 0, some: 3, lots: 8 } as const;

/** The reasons to attend that apply, strongest first. */
export function attendReasons(s: Situation): Finding[] {
  const out: Finding[] = [];
  if (s.history.conflicts.length > 0) {
    const first = s.history.conflicts[0]!;
    out.push({ code: 'schedule-conflict', detail: { otherCompany: first.company ?? 'another interview', count: s.history.conflicts.length } });
  }
  const dream = s.note.dream || listed(s.preferences.dreamCompanies, s.facts.company);
  if (targetMatch(s)) out.push({ code: 'target-match' });
  if (dream || s.history.sameCompany > 0) out.push({ code: 'future-opening', detail: { dream, earlier: s.history.sameCompany } });
  if (s.note.appeal) out.push({ code: 'networking', detail: { named: true } });
  // A doubt the owner or the invitation expressed leads with "you have doubts"; a role merely outside
  // the owner's targets leads with the plain reason, never claiming a doubt nobody voiced.
  if (dudRole(s) !== 'none') out.push({ code: 'might-want-it', detail: { doubted: s.note.dud !== 'none' || s.invite.dudRole } });

  const saturation = PRACTICE_SATURATION[s.preferences.practice];
  const practiceStillCounts = s.history.recentInterviews < saturation;
  if (practiceStillCounts) out.push({ code: 'practice', detail: { recent: s.history.recentInterviews, windowDays: s.history.windowDays } });
  out.push({ code: 'networking' }, { code: 'might-want-it' }, { code: 'future-opening', detail: { dream, earlier: s.history.sameCompany } });
  // Practice the owner has plenty of (or does not want) still helps a little: last, unless unwanted.
  if (!practiceStillCounts && s.preferences.practice !== 'none') out.push({ code: 'practice', detail: { recent: s.history.recentInterviews, windowDays: s.history.windowDays, plenty: true } });
  const hours = hoursFromSignals(s);
  if (hours >= 4) out.push({ code: 'time-cost', detail: { hours } });

  // Each code once, at its strongest place.
  const seen = new Set<ReasonCode>();
  return out.filter((f) => !seen.has(f.code) && seen.add(f.code));
}
