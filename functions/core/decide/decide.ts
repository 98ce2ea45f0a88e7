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
  /** how the owner's note was read: not at all (another language), and the sentences not understood */
  noteReading?: { read: boolean; notUnderstood: string[] };
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
  const attend = attendReasons(situation);
  const noteReading = { read: situation.note.read, notUnderstood: situation.note.notUnderstood };
  for (const rule of DECISIVE_RULES) {
    const finding = rule(situation);
    if (!finding) continue;
    // An instruction to attend still carries the reasons to attend; a decline carries its one reason.
    const rest = finding.verdict === 'attend' ? attend : [];
    return { verdict: finding.verdict, reasons: [say(finding), ...rest.map(say)], proposeOtherTimes: finding.verdict === 'attend' && hasConflict(attend), noteReading };
  }
  return { verdict: 'attend', reasons: attend.map(say), proposeOtherTimes: hasConflict(attend), noteReading };
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
  return fillText(ownerWords.reasons[finding.code], view).replace(/\s+/g, ' ').trim();
}

/** Hours the interview takes, travel included: stored with the invitation for the weekly budget. */
export function interviewHours(facts: DecisionInput['facts'], inviteText: string): number {
  return hoursFromSignals({ facts, invite: readInviteSignals(inviteText, facts) });
}
