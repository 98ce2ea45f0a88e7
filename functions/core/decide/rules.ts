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
import { roleTitle, type InviteFacts } from '../extract/extract.js';
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

/** What made a reason apply: words of the note or the invitation, a preference, an item of history. */
export interface Evidence {
  source: 'note' | 'invitation' | 'preference' | 'history';
  /** the words as written (note, invitation), or the preference or history item in words */
  text: string;
}

/** What a rule found: its code, the words to fill in its sentence, and what made it apply. */
export interface Finding {
  code: ReasonCode;
  detail?: Record<string, string | number | boolean | undefined>;
  /** empty: a general reason (the seed's advice), said at most once */
  evidence?: Evidence[];
}

const fromNote = (text: string | undefined): Evidence[] => (text ? [{ source: 'note', text }] : []);
const fromInvite = (text: string | undefined): Evidence[] => (text ? [{ source: 'invitation', text }] : []);

export interface DecisiveFinding extends Finding {
  verdict: Verdict;
}

type DecisiveRule = (s: Situation) => DecisiveFinding | null;

export const ownerInstruction: DecisiveRule = (s) =>
  s.note.instruction ? { verdict: s.note.instruction, code: 'owner-instruction', detail: { said: s.note.evidence.instruction }, evidence: fromNote(s.note.evidence.instruction) } : null;

export const dealbreaker: DecisiveRule = (s) => {
  const { dealbreakers } = s.preferences;
  if (listed(dealbreakers.companies, s.facts.company)) return { verdict: 'decline', code: 'dealbreaker', detail: { what: 'company' }, evidence: [{ source: 'preference', text: `dealbreakers.companies: ${s.facts.company}` }] };
  if (dealbreakers.relocation && s.invite.relocationRequired) return { verdict: 'decline', code: 'dealbreaker', detail: { what: 'relocation' }, evidence: [{ source: 'preference', text: 'dealbreakers.relocation: true' }] };
  const minimum = dealbreakers.minimumPay;
  if (minimum) {
    const perYear = minimum.amount * (minimum.per === 'hour' ? 2080 : minimum.per === 'month' ? 12 : 1);
    const offers = statedPay(s.inviteText).filter((p) => p.currency === minimum.currency);
    // Only when every figure stated (a range's top included) is below the minimum.
    if (offers.length > 0 && offers.every((p) => p.perYear < perYear)) {
      return {
        verdict: 'decline',
        code: 'dealbreaker',
        detail: { what: 'pay', pay: Math.max(...offers.map((p) => p.perYear)), minimum: perYear },
        evidence: [{ source: 'preference', text: `dealbreakers.minimumPay: ${minimum.amount} ${minimum.currency} per ${minimum.per}` }],
      };
    }
  }
  return null;
};

/** Whether anything draws the owner: an appeal named in the note, their own interest, wanting in for later, a target role, a dream company. */
export function draws(s: Situation): boolean {
  return s.note.appeal || s.note.interested || s.note.wantsIn || s.note.dream || listed(s.preferences.dreamCompanies, s.facts.company) || targetMatch(s);
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
  // The owner's own verdict that nothing about the whole opportunity is for them.
  if (s.note.whole === 'firm' && !draws(s)) {
    return { verdict: 'decline', code: 'nothing-appealing', detail: { whole: true, said: s.note.evidence.whole }, evidence: fromNote(s.note.evidence.whole) };
  }
  const bleak = s.note.bleak === 'firm' || s.invite.bleak;
  if (dudRole(s) !== 'firm' || !bleak || draws(s)) return null;
  const dudNote = s.note.dud === 'firm' ? s.note.evidence.dud : undefined;
  const bleakNote = s.note.bleak === 'firm' ? s.note.evidence.bleak : undefined;
  const dudSaid = dudNote ?? s.invite.evidence.dud;
  const bleakSaid = bleakNote ?? s.invite.evidence.bleak;
  return {
    verdict: 'decline',
    code: 'nothing-appealing',
    detail: { dudSaid, bleakSaid, dudFromInvite: !dudNote && Boolean(dudSaid), bleakFromInvite: !bleakNote && Boolean(bleakSaid) },
    evidence: [...(dudNote ? fromNote(dudNote) : fromInvite(s.invite.evidence.dud)), ...(bleakNote ? fromNote(bleakNote) : fromInvite(s.invite.evidence.bleak))],
  };
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
  return {
    verdict: 'decline',
    code: 'time-budget',
    detail: { hours, committed: s.history.hoursCommittedThatWeek, budget },
    evidence: [{ source: 'preference', text: `hoursPerWeek: ${budget}` }, ...fromInvite(s.invite.evidence.time)],
  };
};

export const DECISIVE_RULES: readonly DecisiveRule[] = [ownerInstruction, dealbreaker, nothingAppealing, timeBudget];

/** How many recent interviews still count as useful practice. */
const PRACTICE_SATURATION = { none: 0, some: 3, lots: 8 } as const;

/** The reasons to attend that apply, strongest first; general ones (no evidence) at most once. */
export function attendReasons(s: Situation): Finding[] {
  const out: Finding[] = [];
  const note = s.note.evidence;
  if (s.history.conflicts.length > 0) {
    const first = s.history.conflicts[0]!;
    out.push({
      code: 'schedule-conflict',
      detail: { otherCompany: first.company ?? 'another interview', count: s.history.conflicts.length },
      evidence: [{ source: 'history', text: `${first.company ?? 'another interview'} at ${first.start}` }],
    });
  }
  const dreamPref = listed(s.preferences.dreamCompanies, s.facts.company);
  const dream = s.note.dream || dreamPref;
  if (targetMatch(s)) out.push({ code: 'target-match', evidence: [{ source: 'preference', text: `targetRoles / targetIndustries: ${[...s.preferences.targetRoles, ...s.preferences.targetIndustries].join(', ')}` }] });
  const opening = (): Finding => ({
    code: 'future-opening',
    detail: {
      dream,
      earlier: s.history.sameCompany,
      said: !dream && !s.history.sameCompany ? (note.appeal && s.note.drawTarget === 'company' ? note.appeal : note.invitedBefore ?? s.invite.evidence.earlier) : undefined,
      fromInvite: !dream && !s.history.sameCompany && !(note.appeal && s.note.drawTarget === 'company') && !note.invitedBefore && Boolean(s.invite.evidence.earlier),
    },
    evidence: [
      ...(dreamPref ? [{ source: 'preference' as const, text: `dreamCompanies: ${s.facts.company}` }] : []),
      ...(s.note.dream ? fromNote('#dream') : []),
      ...(s.history.sameCompany > 0 ? [{ source: 'history' as const, text: `${s.history.sameCompany} earlier invitation(s) from ${s.facts.company ?? 'this company'}` }] : []),
      ...(s.note.drawTarget === 'company' ? fromNote(note.appeal) : []),
      ...(s.note.invitedBefore ? fromNote(note.invitedBefore) : []),
      ...(s.invite.invitedBefore ? fromInvite(s.invite.evidence.earlier) : []),
    ],
  });
  if (dream || s.history.sameCompany > 0) out.push(opening());
  // What the owner named that draws them: the company (a later opening), the people or the field (networking).
  if (s.note.appeal && s.note.drawTarget === 'company') out.push(opening());
  else if (s.note.appeal && s.note.drawTarget !== 'role') out.push({ code: 'networking', detail: { named: true, said: note.appeal }, evidence: fromNote(note.appeal) });
  if (s.note.invitedBefore || s.invite.invitedBefore) out.push(opening());
  // The owner's worry about the time it takes: attend, and block the time.
  const hours = hoursFromSignals(s);
  if (s.note.timeCost) out.push({ code: 'time-cost', detail: { hours, said: note.timeCost }, evidence: [...fromNote(note.timeCost), ...fromInvite(s.invite.evidence.time)] });
  const saturation = PRACTICE_SATURATION[s.preferences.practice];
  const recent = s.history.recentInterviews;
  const practiceStillCounts = recent < saturation;
  const historyOfPractice = recent > 0 ? [{ source: 'history' as const, text: `${recent} interview(s) attended in the last ${s.history.windowDays} days` }] : [];
  // Only the invitation's own terms look like a dud (a fixed term, a pay model) and the owner voiced no doubt:
  // the interview is practice first, at the role the invitation names, and the terms a doubt after it (the
  // blind writers lead with practice there).
  const termsOnly = s.invite.dudRole && !s.note.doubt && s.note.whole !== 'weak' && s.note.dud === 'none';
  const named = [roleTitle(s.facts.role), s.facts.company].find((n): n is string => Boolean(n) && s.inviteText.includes(n!));
  if (termsOnly && practiceStillCounts && named) out.push({ code: 'practice', detail: { recent, windowDays: s.history.windowDays }, evidence: [...historyOfPractice, ...fromInvite(named)] });
  // A doubt the owner or the invitation expressed leads with "you have doubts"; a role merely outside
  // the owner's targets leads with the plain reason, never claiming a doubt nobody voiced.
  const doubted = s.note.doubt || s.note.whole === 'weak' || s.invite.dudRole;
  // A whole day (or more) with only an unnamed doubt from the owner ("boh", "not sure"): the day's cost comes first.
  const inviteTimeCost: Finding = { code: 'time-cost', detail: { hours }, evidence: fromInvite(s.invite.evidence.time) };
  if (doubted && hours >= 8 && s.invite.evidence.time && s.note.dud === 'none' && !s.invite.dudRole && s.note.whole !== 'firm' && !s.note.appeal) out.push(inviteTimeCost);
  if (doubted || dudRole(s) !== 'none') {
    const said = note.doubt ?? (s.invite.dudRole ? s.invite.evidence.dud : undefined);
    out.push({
      code: 'might-want-it',
      detail: { doubted, said, fromInvite: !note.doubt && Boolean(said) },
      evidence: note.doubt ? fromNote(note.doubt) : s.invite.dudRole ? fromInvite(s.invite.evidence.dud) : [{ source: 'preference', text: `targetRoles: ${s.preferences.targetRoles.join(', ')}` }],
    });
  }

  if (practiceStillCounts) out.push({ code: 'practice', detail: { recent, windowDays: s.history.windowDays }, evidence: historyOfPractice });
  if (hours >= 4 && s.invite.evidence.time) out.push(inviteTimeCost);
  out.push({ code: 'networking' }, { code: 'might-want-it' }, { code: 'future-opening', detail: { dream, earlier: s.history.sameCompany } });
  // Practice the owner has plenty of (or does not want) still helps a little: last, unless unwanted.
  if (!practiceStillCounts && s.preferences.practice !== 'none') out.push({ code: 'practice', detail: { recent, windowDays: s.history.windowDays, plenty: true } });
  if (hours >= 4) out.push({ code: 'time-cost', detail: { hours } });

  // Each code once, at its strongest place; a general reason (nothing specific found) only when no
  // specific one applies, and then only one.
  const seen = new Set<ReasonCode>();
  const unique = out.filter((f) => !seen.has(f.code) && seen.add(f.code));
  const specific = unique.filter((f) => (f.evidence ?? []).length > 0);
  if (specific.length > 0) return specific;
  return unique.slice(0, 1);
}
