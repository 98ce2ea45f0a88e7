/**
 * The recommendation, following the seed document: attend even an interview you are unsure about
 * (practice, networking, the role may be better than its description, a better position may open later);
 * decline, politely, only when nothing at all appeals — a dud role at a company whose future looks bleak.
 *
 * Precedence, strongest first (the order of DECISIVE_RULES, then ATTEND_RULES):
 *   1. the owner's explicit instruction in the note ("decline", "attend", #decline, #attend)
 *   2. the owner's dealbreakers (preferences.dealbreakers)
 *   3. nothing appeals: a dud role AND a bleak outlook, and nothing else that draws the owner
 *   4. the reasons to attend, ordered by what this invitation and note say
 */
import Mustache from 'mustache';
import type { Preferences } from '../config/schema.js';
import { reasons as reasonTemplates } from '../../templates/en.js';
import type { InviteFacts } from './extract.js';

export type Verdict = 'attend' | 'decline';
export type ReasonCode =
  | 'owner-instruction'
  | 'dealbreaker'
  | 'nothing-appealing'
  | 'practice'
  | 'networking'
  | 'might-want-it'
  | 'future-opening';

export interface Reason {
  code: ReasonCode;
  text: string;
}

export interface Decision {
  verdict: Verdict;
  /** every reason that applied, strongest first */
  reasons: Reason[];
}

export interface DecisionInput {
  facts: Pick<InviteFacts, 'company' | 'role'>;
  /** what the owner typed above the forward */
  note: string | null;
  /** the invitation's own subject and text, for what the company says of itself */
  inviteText: string;
  preferences: Preferences;
}

export function decide(input: DecisionInput): Decision {
  const signals = readSignals(input);
  const view = templateView(input);
  for (const rule of DECISIVE_RULES) {
    const outcome = rule(signals, input);
    if (outcome) return { verdict: outcome.verdict, reasons: [reason(outcome.code, view), ...supporting(outcome, signals, view)] };
  }
  return { verdict: 'attend', reasons: attendOrder(signals).map((code) => reason(code, view)) };
}

// ---------------------------------------------------------------------------------------------------
// Signals

export interface Signals {
  instruction: Verdict | null;
  dudRole: boolean;
  bleakOutlook: boolean;
  /** something the owner named that draws them ("but I'd get to meet their CTO") */
  appeal: boolean;
  dealbreakerCompany: boolean;
  dreamCompany: boolean;
}

const INSTRUCTION = /^\s*#?(decline|skip|pass|attend|accept|go)\b[\s.!]*(?:$|\n)|(?:^|\s)#(decline|attend)\b/i;
const DUD = /\b(dud|boring|dull|dead[- ]end|data entry|menial|pointless|tedious|not (?:really )?(?:interested|excited) in the role|beneath me|step back(?:wards)?|junior role)\b/i;
const BLEAK = /\b(layoffs?|laid off|lay-offs?|winding down|wind(?:ing)? up|insolven\w*|bankrupt\w*|going under|shutting down|closing down|bleak|sinking ship|struggling|out of (?:money|runway)|no runway|hiring freeze|failing|in administration|restructuring)\b/i;
const APPEAL = /\b(great|love|like|exciting|excited|interesting|curious|impressive|meet (?:their|the)|learn|good|nice|fun|smart|amazing|promising|growing)\b/i;
const NEGATION = /\b(not|no|never|isn'?t|aren'?t|wasn'?t|weren'?t|hardly|don'?t|doesn'?t|nothing)\b(?:\W+\w+){0,2}\W*$/i;

/** Splits a note into clauses, so "dud role, but the team sounds great" keeps its two halves. */
function clauses(text: string): string[] {
  return text
    .split(/[.!?;\n]+|,?\s+\b(?:but|however|though|although|yet)\b\s*/i)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** True when `pattern` matches in `clause` and is not negated by a word just before it. */
function affirms(clause: string, pattern: RegExp): boolean {
  const match = pattern.exec(clause);
  if (!match) return false;
  return !NEGATION.test(clause.slice(0, match.index));
}

function includesName(list: readonly string[], name: string | null): boolean {
  if (!name) return false;
  const wanted = name.toLowerCase();
  return list.some((entry) => entry.trim().toLowerCase() === wanted);
}

export function readSignals(input: DecisionInput): Signals {
  const noteClauses = clauses(input.note ?? '');
  const inviteClauses = clauses(input.inviteText);
  const instruction = INSTRUCTION.exec(input.note ?? '');
  const word = (instruction?.[1] ?? instruction?.[2])?.toLowerCase();
  return {
    instruction: word ? (['decline', 'skip', 'pass'].includes(word) ? 'decline' : 'attend') : null,
    dudRole: noteClauses.some((c) => affirms(c, DUD)),
    bleakOutlook: [...noteClauses, ...inviteClauses].some((c) => affirms(c, BLEAK)),
    appeal: noteClauses.some((c) => affirms(c, APPEAL) && !affirms(c, DUD) && !affirms(c, BLEAK)),
    dealbreakerCompany: includesName(input.preferences.dealbreakers.companies, input.facts.company),
    dreamCompany: includesName(input.preferences.dreamCompanies, input.facts.company),
  };
}

// ---------------------------------------------------------------------------------------------------
// Rules

interface DecisiveOutcome {
  verdict: Verdict;
  code: ReasonCode;
}
type DecisiveRule = (signals: Signals, input: DecisionInput) => DecisiveOutcome | null;

const ownerInstruction: DecisiveRule = (s) => (s.instruction ? { verdict: s.instruction, code: 'owner-instruction' } : null);
const dealbreaker: DecisiveRule = (s) => (s.dealbreakerCompany ? { verdict: 'decline', code: 'dealbreaker' } : null);
const nothingAppealing: DecisiveRule = (s) =>
  s.dudRole && s.bleakOutlook && !s.appeal && !s.dreamCompany ? { verdict: 'decline', code: 'nothing-appealing' } : null;

export const DECISIVE_RULES: readonly DecisiveRule[] = [ownerInstruction, dealbreaker, nothingAppealing];

/** The seed's four reasons to attend, the ones this invitation makes strongest first. */
export function attendOrder(s: Signals): ReasonCode[] {
  const order: ReasonCode[] = ['practice', 'networking', 'might-want-it', 'future-opening'];
  const lead: ReasonCode | null = s.dreamCompany ? 'future-opening' : s.appeal ? 'networking' : s.dudRole ? 'might-want-it' : null;
  return lead ? [lead, ...order.filter((c) => c !== lead)] : order;
}

/** An instruction to attend still carries the seed's reasons; a decline carries nothing more. */
function supporting(outcome: DecisiveOutcome, signals: Signals, view: TemplateView): Reason[] {
  if (outcome.verdict === 'decline') return [];
  return attendOrder(signals).map((code) => reason(code, view));
}

// ---------------------------------------------------------------------------------------------------
// Words

interface TemplateView {
  company: string | null;
  role: string | null;
  note: string | null;
}

function templateView(input: DecisionInput): TemplateView {
  return { company: input.facts.company, role: input.facts.role, note: input.note };
}

const plainText = { escape: (value: unknown) => String(value) };

function reason(code: ReasonCode, view: TemplateView): Reason {
  return { code, text: Mustache.render(reasonTemplates[code], view, {}, plainText).replace(/\s+/g, ' ').trim() };
}
