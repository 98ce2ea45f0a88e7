/**
 * Reads the note and the invitation into signals the rules decide on. Deterministic: word lists
 * (lexicon.ts) with negation, hedging and reported-speech scope, clause by clause.
 */
import { APPEAL, BLEAK, DISPUTE, DUD, DUD_ROLE, FULL_DAY, HEDGE, INSTRUCTION_FIRST_WORD, NEGATION, RELOCATION, REPORTED, TAGS, TRAVEL } from './lexicon.js';
import type { InviteFacts } from '../extract/extract.js';
import type { Preferences } from '../../config/schema.js';

export type Verdict = 'attend' | 'decline';

/** How firmly a signal was stated: plainly, or hedged / second-hand. */
export type Strength = 'none' | 'weak' | 'firm';

export interface NoteSignals {
  instruction: Verdict | null;
  dud: Strength;
  bleak: Strength;
  /** something named that draws the owner ("but I'd get to meet their CTO") */
  appeal: boolean;
  dream: boolean;
}

export interface InviteSignals {
  dudRole: boolean;
  bleak: boolean;
  relocationRequired: boolean;
  fullDay: boolean;
  travel: boolean;
}

/** Splits text into clauses at punctuation and at contrast words ("but", "mais", "aber", "pero"). */
export function clauses(text: string): string[] {
  return text
    // `(?<!\s)`: a match starts where a run of spaces starts; tried inside the run, `\s+` made the split
    // quadratic in its length (35,000 tabs: seconds per call).
    .split(/[.!?;,\n]+|(?<!\s)\s+(?:but|however|though|although|yet|mais|cependant|aber|jedoch|doch|pero|sin embargo)(?:\s+|$)|(?<!\s)\s+-+\s+/iu)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** The pattern occurs in the clause and no negation stands just before it. */
export function affirms(clause: string, pattern: RegExp): boolean {
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  for (const match of clause.matchAll(new RegExp(pattern.source, flags))) {
    if (!NEGATION.test(clause.slice(0, match.index))) return true;
  }
  return false;
}

export function readNote(note: string | null): NoteSignals {
  const text = note ?? '';
  const parts = clauses(text);
  const tags = new Set([...text.matchAll(TAGS)].map((m) => (m[1] ?? '').toLowerCase()));
  const first = INSTRUCTION_FIRST_WORD.exec(text)?.[1]?.toLowerCase();
  const instruction: Verdict | null = tags.has('decline')
    ? 'decline'
    : tags.has('attend')
      ? 'attend'
      : first
        ? ['decline', 'skip', 'pass', 'no'].includes(first)
          ? 'decline'
          : 'attend'
        : null;

  let dud: Strength = tags.has('dud') ? 'firm' : 'none';
  let bleak: Strength = tags.has('bleak') ? 'firm' : 'none';
  let appeal = false;
  parts.forEach((clause, i) => {
    const reported = REPORTED.test(clause);
    // "My friend says it's a dead end, but I don't think so": a reported opinion the owner disputes counts for nothing.
    if (reported && parts.slice(i + 1).some((later) => DISPUTE.test(later))) return;
    if (DISPUTE.test(clause) && !reported) return;
    const strength: Strength = reported || HEDGE.test(clause) ? 'weak' : 'firm';
    const isDud = affirms(clause, DUD);
    const isBleak = affirms(clause, BLEAK);
    if (isDud) dud = stronger(dud, strength);
    if (isBleak) bleak = stronger(bleak, strength);
    if (!isDud && !isBleak && !reported && affirms(clause, APPEAL)) appeal = true;
  });
  return { instruction, dud, bleak, appeal, dream: tags.has('dream') };
}

export function readInviteSignals(text: string, facts: Pick<InviteFacts, 'role'>): InviteSignals {
  const parts = clauses(text);
  return {
    dudRole: affirms(facts.role ?? '', DUD_ROLE) || parts.some((c) => affirms(c, DUD_ROLE)),
    // What the company says of itself ("as you may know, we are winding down our EU operations").
    bleak: parts.some((c) => affirms(c, BLEAK)),
    relocationRequired: parts.some((c) => affirms(c, RELOCATION)),
    fullDay: parts.some((c) => affirms(c, FULL_DAY)),
    travel: parts.some((c) => affirms(c, TRAVEL)),
  };
}

function stronger(a: Strength, b: Strength): Strength {
  return a === 'firm' || b === 'firm' ? 'firm' : a === 'weak' || b === 'weak' ? 'weak' : 'none';
}

/** Whether a name is in a list, ignoring case and surrounding space. */
export function listed(list: readonly string[], name: string | null): boolean {
  if (!name) return false;
  const wanted = name.trim().toLowerCase();
  return list.some((entry) => entry.trim().toLowerCase() === wanted);
}

/** Whether the role (or the invitation text) matches one of the owner's target roles or industries. */
export function matchesTargets(preferences: Preferences, role: string | null, text: string): boolean {
  const haystack = `${role ?? ''}\n${text}`.toLowerCase();
  const roleText = (role ?? '').toLowerCase();
  return (
    preferences.targetRoles.some((target) => roleText.includes(target.toLowerCase()) || target.toLowerCase().includes(roleText || '\u0000')) ||
    preferences.targetIndustries.some((industry) => haystack.includes(industry.toLowerCase()))
  );
}

/** Salary figures stated in the invitation, per year in the stated currency ("$55,000", "€45k", "$25/hour"). */
export function statedPay(text: string): { currency: string; perYear: number }[] {
  const out: { currency: string; perYear: number }[] = [];
  const pattern = /([$€£])\s?(\d{1,3}(?:[,.\s]\d{3})+|\d+(?:\.\d+)?)\s?(k)?(?:\s*(?:\/|per|an?)\s*(hour|hr|h|month|year|yr|annum))?|(\d{1,3}(?:[.\s]\d{3})+|\d+)\s?(k)?\s?(€|EUR|USD|GBP)(?:\s*(?:\/|par|pro|al)\s*(heure|stunde|hora|mois|monat|mes|an|jahr|año))?/giu;
  for (const m of text.matchAll(pattern)) {
    const symbol = m[1] ?? m[7] ?? '';
    const currency = symbol === '$' || symbol === 'USD' ? 'USD' : symbol === '£' || symbol === 'GBP' ? 'GBP' : 'EUR';
    const digits = (m[2] ?? m[5] ?? '').replace(/[,.\s](?=\d{3}\b)/g, '');
    let amount = Number(digits) * (m[3] || m[6] ? 1000 : 1);
    const period = (m[4] ?? m[8] ?? '').toLowerCase();
    if (/^(hour|hr|h|heure|stunde|hora)$/.test(period)) amount *= 2080;
    else if (/^(month|mois|monat|mes)$/.test(period)) amount *= 12;
    if (amount >= 1000) out.push({ currency, perYear: amount });
  }
  return out;
}
