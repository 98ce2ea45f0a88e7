/**
 * The recommendation, following the advice the README opens with: attend even an interview you are unsure about
 * (practice, networking, the role may be better than its description, a better position may open
 * later); decline, politely, only when nothing at all appeals — a dud role at a company whose future
 * looks bleak. The precedence of the rules is documented in decide/rules.ts and the README.
 */
import type { Preferences } from '../../config/schema.js';
import { fillText, ownerWords } from '../../../templates/templates.js';
import type { InviteFacts } from '../extract/extract.js';
import { NO_HISTORY, type History } from './history.js';
import { MODEL_THRESHOLDS, readByModel } from './note-model.js';
import { attendReasons, DECISIVE_RULES, hoursFromSignals, type Evidence, type Finding, type ReasonCode, type Situation } from './rules.js';
import { readInviteSignals, readNote, type Verdict } from './signals.js';

export type { Evidence, ReasonCode } from './rules.js';
export type { Verdict } from './signals.js';
export { isInvitation, readInvitation, type Clue, type InvitationInput, type InvitationReading } from './invitation.js';
export { NO_HISTORY, buildHistory, COMPANY_WINDOW_DAYS, companyKeyOf, historyWindows, rescheduledFrom, RECENT_WINDOW_DAYS, type History, type PastInvitation, type ThisInvitation } from './history.js';

export interface Reason {
  code: ReasonCode;
  text: string;
  /** what made it apply (words of the note or the invitation, a preference, a history item); empty for the general reason */
  evidence?: Evidence[];
}

export interface Decision {
  verdict: Verdict;
  /** every reason that applied, strongest first */
  reasons: Reason[];
  /** propose other times in the accept draft (a schedule conflict) */
  proposeOtherTimes: boolean;
  /**
   * how the owner's note was read: not at all (another language), the sentences not understood, and whether
   * the note model (decide/note-model.ts) rather than the rules gave the leading reason
   */
  noteReading?: { read: boolean; notUnderstood: string[]; byModel?: boolean };
}

export interface DecisionInput {
  facts: Pick<InviteFacts, 'company' | 'role' | 'format' | 'slots'>;
  /** what the owner typed above the forward */
  note: string | null;
  /** the invitation's own subject and text, for what the company says of itself */
  inviteText: string;
  preferences: Preferences;
  history?: History;
}

export function decide(input: DecisionInput): Decision {
  const situation: Situation = {
    facts: input.facts,
    inviteText: input.inviteText,
    note: readNote(input.note, input.facts.company ?? null),
    invite: readInviteSignals(input.inviteText, input.facts),
    preferences: input.preferences,
    history: input.history ?? NO_HISTORY,
  };
  const say = (finding: Finding): Reason => ({ code: finding.code, text: sentence(finding, input), evidence: finding.evidence ?? [] });
  const byRules = decideByRules(situation);
  const noteReading = { read: situation.note.read, notUnderstood: situation.note.notUnderstood };
  const decision = { verdict: byRules.verdict, reasons: byRules.findings.map(say), proposeOtherTimes: byRules.proposeOtherTimes, noteReading };
  // The rules understood nothing of a note they could read: the note model is asked (decide/note-model.ts).
  const understood = decision.reasons.some((r) => (r.evidence ?? []).some((e) => e.source === 'note'));
  if (!input.note?.trim() || !situation.note.read || understood) return decision;
  const finding = fromModel(input.note, byRules.verdict);
  // Only a model that changes something speaks: the same leading reason keeps the rules' sentence.
  if (!finding || (finding.verdict === byRules.verdict && finding.code === byRules.findings[0]?.code)) return decision;
  const byModel = { ...noteReading, byModel: true };
  if (finding.verdict === 'decline') return { verdict: 'decline', reasons: [say(finding)], proposeOtherTimes: false, noteReading: byModel };
  return { ...decision, reasons: [say(finding), ...decision.reasons.filter((r) => r.code !== finding.code)], noteReading: byModel };
}

function decideByRules(situation: Situation): { verdict: Verdict; findings: Finding[]; proposeOtherTimes: boolean } {
  const attend = attendReasons(situation);
  for (const rule of DECISIVE_RULES) {
    const finding = rule(situation);
    if (!finding) continue;
    // An instruction to attend still carries the reasons to attend; a decline carries its one reason.
    const rest = finding.verdict === 'attend' ? attend : [];
    return { verdict: finding.verdict, findings: [finding, ...rest], proposeOtherTimes: finding.verdict === 'attend' && hasConflict(attend) };
  }
  return { verdict: 'attend', findings: attend, proposeOtherTimes: hasConflict(attend) };
}

/**
 * What the note model reads in a note the rules understood nothing of, when it is confident: a decline
 * where the rules said attend (as "nothing appeals", or the owner's instruction when that label is the
 * likeliest), or, for an attend, the leading reason. A decline the rules found elsewhere (a dealbreaker, the
 * invitation's own terms) stands. Its evidence is the note's words that weighed most.
 */
function fromModel(note: string, verdict: Verdict): (Finding & { verdict: Verdict }) | null {
  const read = readByModel(note);
  if (!read || read.words.length === 0) return null;
  const declines = verdict === 'attend' && read.decline >= MODEL_THRESHOLDS.decline;
  if (verdict === 'decline' && !declines) return null;
  const sure = read.confidence >= MODEL_THRESHOLDS.lead && read.verdict === (declines ? 'decline' : 'attend');
  if (!declines && !sure) return null;
  const code: ReasonCode = sure ? read.lead : 'nothing-appealing';
  const finalVerdict: Verdict = declines ? 'decline' : 'attend';
  return {
    verdict: finalVerdict,
    code,
    detail: { model: true, what: `${code === 'owner-instruction' ? `${finalVerdict}-` : ''}${code}`, words: read.words.map((w) => `"${w}"`).join(', ') },
    evidence: read.words.map((text) => ({ source: 'note' as const, text })),
  };
}

/** The owner's words quoted in a sentence: one line, at most about 140 characters. */
function quote(text: unknown): string | null {
  if (typeof text !== 'string' || !text.trim()) return null;
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 140 ? `${line.slice(0, 137).replace(/\s+\S*$/, '')}…` : line;
}

function hasConflict(findings: Finding[]): boolean {
  return findings.some((f) => f.code === 'schedule-conflict');
}

function sentence(finding: Finding, input: DecisionInput): string {
  const detail = finding.detail ?? {};
  const recent = Number(detail.recent ?? 0);
  const view = {
    company: input.facts.company,
    role: input.facts.role,
    note: input.note?.replace(/\s+/g, ' ').trim(),
    ...detail,
    said: quote(detail.said),
    dudSaid: quote(detail.dudSaid),
    bleakSaid: quote(detail.bleakSaid),
    // Mustache has no conditions: the variants a sentence chooses between are flags.
    [`${String(detail.what ?? '')}_`]: true,
    none: recent === 0,
    one: recent === 1,
    many: recent > 1,
    several: Number(detail.count ?? 0) > 1,
    earlier: Number(detail.earlier ?? 0) || null,
    earlierOne: detail.earlier === 1,
    pay: typeof detail.pay === 'number' ? detail.pay.toLocaleString('en-US') : null,
    minimum: typeof detail.minimum === 'number' ? detail.minimum.toLocaleString('en-US') : null,
  };
  const template = detail.model ? ownerWords.modelReason : ownerWords.reasons[finding.code];
  return fillText(template, view).replace(/\s+/g, ' ').trim();
}

/** Hours the interview takes, travel included: stored with the invitation for the weekly budget. */
export function interviewHours(facts: DecisionInput['facts'], inviteText: string): number {
  return hoursFromSignals({ facts, invite: readInviteSignals(inviteText, facts) });
}
