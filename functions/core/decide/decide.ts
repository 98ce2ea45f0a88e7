/**
 * The recommendation, following the advice the README opens with: attend even an interview you are unsure about
 * (practice, networking, the role may be better than its description, a better position may open
 * later); decline, politely, only when nothing at all appeals — a dud role at a company whose future
 * looks bleak. The precedence of the rules is documented in decide/rules.ts and the README.
 */
import type { Preferences } from '../../config/schema.js';
import { fillText, ownerWords } from '../../../templates/templates.js';
import { roleTitle, type InviteFacts } from '../extract/extract.js';
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
  // The note model reads every note the rules could read (decide/note-model.ts): it fills their silence, and
  // overrules a reason they read only when it is very sure; an instruction the rules read always stands.
  const understood = decision.reasons.some((r) => (r.evidence ?? []).some((e) => e.source === 'note'));
  if (!input.note?.trim() || !situation.note.read || byRules.findings[0]?.code === 'owner-instruction') return decision;
  // What the rules read of the note at all: a statement they weighed and found no reason in still stands
  // against a guess ("la empresa está en crisis" is no draw of a later opening).
  const heard = understood ? 'reason' : Object.keys(situation.note.evidence).length > 0 ? 'statement' : 'nothing';
  const finding = fromModel(input.note, byRules.verdict, heard, (byRules.findings[0]?.evidence ?? []).length === 0);
  // Someone else's words never make the owner's instruction, the model's reading of them no more than the rules'.
  if (finding?.code === 'owner-instruction' && situation.note.reportedOnly) return decision;
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
 * What the note model reads in a note, when it is sure enough to change the rules' decision (thresholds in
 * note-model.ts): a decline where the rules said attend (as "nothing appeals", or the owner's instruction when
 * that label is the likeliest), or the leading reason of an attend. Where the rules read nothing at all in the
 * note, it needs less to put a reason before their general one (one with no evidence, `leadIsDefault`). A
 * decline the rules found (a dealbreaker, the invitation's own terms, the owner's words) stands. Its evidence
 * is the note's words that weighed most.
 */
function fromModel(note: string, verdict: Verdict, heard: 'reason' | 'statement' | 'nothing', leadIsDefault: boolean): (Finding & { verdict: Verdict }) | null {
  const understood = heard === 'reason';
  const read = readByModel(note);
  if (!read || verdict === 'decline') return null;
  const declines = read.decline >= (understood ? MODEL_THRESHOLDS.overruleDecline : MODEL_THRESHOLDS.decline);
  const chosen = declines
    ? { verdict: 'decline' as const, code: read.verdict === 'decline' && read.confidence >= MODEL_THRESHOLDS.lead ? read.lead : ('nothing-appealing' as const), words: read.words }
    : read.attend.confidence >= attendNeeds(read.attend.lead, heard, leadIsDefault)
      ? { verdict: 'attend' as const, code: read.attend.lead, words: read.attend.words }
      : null;
  if (!chosen || chosen.words.length === 0) return null;
  const { verdict: finalVerdict, code, words } = chosen;
  return {
    verdict: finalVerdict,
    code,
    detail: { model: true, partly: understood, what: `${code === 'owner-instruction' ? `${finalVerdict}-` : ''}${code}`, words: words.map((w) => `"${w}"`).join(', ') },
    evidence: words.map((text) => ({ source: 'note' as const, text })),
  };
}

/**
 * How sure the model must be of a leading reason to attend: least in place of the rules' general reason when
 * they read nothing at all in the note, as sure as a label of its own otherwise. An instruction to attend the
 * rules did not see it may give only where they understood no reason; where they did, they read no instruction.
 */
function attendNeeds(lead: ReasonCode, heard: 'reason' | 'statement' | 'nothing', leadIsDefault: boolean): number {
  if (lead === 'owner-instruction' && heard === 'reason') return Number.POSITIVE_INFINITY;
  return heard === 'nothing' && leadIsDefault && lead !== 'owner-instruction' ? MODEL_THRESHOLDS.fillLead : MODEL_THRESHOLDS.lead;
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
    // "the someone for the kitchen role" would not read: the work described is named by no sentence.
    role: roleTitle(input.facts.role),
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
