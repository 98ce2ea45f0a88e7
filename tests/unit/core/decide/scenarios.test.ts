/**
 * The scenario table: the advice's reasons (README), every decline condition, the precedence order, tricky notes,
 * preferences and history. Each row asserts the verdict and the leading reason.
 */
import { describe, expect, it } from 'vitest';
import { PreferencesSchema } from '../../../../functions/config/schema.js';
import { decide, NO_HISTORY, type History } from '../../../../functions/core/decide/decide.js';
import type { InviteFacts } from '../../../../functions/core/extract/extract.js';

type Prefs = Parameters<typeof PreferencesSchema.parse>[0];
interface Scenario {
  name: string;
  note?: string;
  invite?: string;
  facts?: Partial<Pick<InviteFacts, 'company' | 'role' | 'format' | 'slots'>>;
  prefs?: Prefs;
  history?: Partial<History>;
  verdict: 'attend' | 'decline';
  lead: string;
}

const INVITE = 'We would like to invite you to an interview for the Data Analyst role.';
const slot = { start: '2026-03-10T10:00:00-05:00', end: '2026-03-10T11:00:00-05:00' };
const conflict = { conflicts: [{ company: 'Contoso', role: 'Analyst', start: '2026-03-10T10:30:00-05:00' }] };

const scenarios: Scenario[] = [
  // The advice's reasons to attend
  { name: 'no note, first interview: practice', verdict: 'attend', lead: 'practice' },
  { name: 'appeal in the note: networking', note: 'nice people there', verdict: 'attend', lead: 'networking' },
  { name: 'doubts about the role: might-want-it', note: 'sounds like glorified data entry', verdict: 'attend', lead: 'might-want-it' },
  { name: 'dream company: future-opening', prefs: { dreamCompanies: ['Northwind Traders'] }, verdict: 'attend', lead: 'future-opening' },
  { name: 'invited before by the same company: future-opening', history: { sameCompany: 2 }, verdict: 'attend', lead: 'future-opening' },
  { name: 'target role: target-match', prefs: { targetRoles: ['Data Analyst'] }, verdict: 'attend', lead: 'target-match' },
  { name: 'target industry named in the invitation', invite: `${INVITE} We build software for renewable energy.`, prefs: { targetIndustries: ['renewable energy'] }, verdict: 'attend', lead: 'target-match' },
  // Practice value falls as practice grows
  { name: 'one recent interview: still practice', history: { recentInterviews: 1 }, verdict: 'attend', lead: 'practice' },
  { name: 'plenty of recent interviews: networking leads', history: { recentInterviews: 5 }, verdict: 'attend', lead: 'networking' },
  { name: '"lots" of practice wanted: 5 recent still counts', history: { recentInterviews: 5 }, prefs: { practice: 'lots' }, verdict: 'attend', lead: 'practice' },
  { name: 'no practice wanted: networking leads', prefs: { practice: 'none' }, verdict: 'attend', lead: 'networking' },
  // Declining: nothing appeals
  { name: 'dud role + layoffs: nothing-appealing', note: 'dud role, and they just had layoffs', verdict: 'decline', lead: 'nothing-appealing' },
  { name: 'dud in note, bleak stated by the company itself', note: 'boring role', invite: `${INVITE} As you may know, we are winding down our retail business.`, verdict: 'decline', lead: 'nothing-appealing' },
  { name: 'dud role words in the invitation + bleak note', note: 'they are insolvent', invite: 'We invite you to interview for a commission-only cold calling role.', verdict: 'decline', lead: 'nothing-appealing' },
  { name: 'off-target role + bleak: only a doubt, attend', note: 'they had layoffs', prefs: { targetRoles: ['Product Manager'] }, verdict: 'attend', lead: 'might-want-it' },
  { name: 'dud + bleak + something appealing: attend', note: "dud role, layoffs, but I'd get to meet their CTO", verdict: 'attend', lead: 'networking' },
  { name: 'dud + bleak at a dream company: attend', note: 'dud role, layoffs', prefs: { dreamCompanies: ['Northwind Traders'] }, verdict: 'attend', lead: 'future-opening' },
  { name: 'dud + bleak for a target role: attend', note: 'dud team, layoffs', prefs: { targetRoles: ['Data Analyst'] }, verdict: 'attend', lead: 'target-match' },
  { name: 'hedged dud + bleak: attend', note: 'might be a bit boring, and they had layoffs', verdict: 'attend', lead: 'might-want-it' },
  { name: 'disputed opinion: attend', note: "a friend says it's a dead end and they're going under, but I don't think so", verdict: 'attend', lead: 'practice' },
  { name: 'negated dud + bleak: attend', note: 'not a dud at all, even if they had layoffs', verdict: 'attend', lead: 'practice' },
  // Dealbreakers
  { name: 'dealbreaker company', prefs: { dealbreakers: { companies: ['Northwind Traders'] } }, verdict: 'decline', lead: 'dealbreaker' },
  { name: 'dealbreaker company beats an appealing note', note: 'great team', prefs: { dealbreakers: { companies: ['Northwind Traders'] } }, verdict: 'decline', lead: 'dealbreaker' },
  { name: 'relocation required and a dealbreaker', invite: `${INVITE} Relocation to Denver is required.`, prefs: { dealbreakers: { relocation: true } }, verdict: 'decline', lead: 'dealbreaker' },
  { name: 'relocation required but not a dealbreaker', invite: `${INVITE} Relocation to Denver is required.`, verdict: 'attend', lead: 'practice' },
  { name: 'pay below the minimum', invite: `${INVITE} The salary is $40,000 per year.`, prefs: { dealbreakers: { minimumPay: { amount: 55000, currency: 'USD' } } }, verdict: 'decline', lead: 'dealbreaker' },
  { name: 'pay range reaching the minimum', invite: `${INVITE} The range is $50,000 - $60,000.`, prefs: { dealbreakers: { minimumPay: { amount: 55000, currency: 'USD' } } }, verdict: 'attend', lead: 'practice' },
  { name: 'hourly pay below a yearly minimum', invite: `${INVITE} It pays $18/hour.`, prefs: { dealbreakers: { minimumPay: { amount: 45000, currency: 'USD' } } }, verdict: 'decline', lead: 'dealbreaker' },
  // Precedence
  { name: 'instruction beats a dealbreaker', note: 'attend', prefs: { dealbreakers: { companies: ['Northwind Traders'] } }, verdict: 'attend', lead: 'owner-instruction' },
  { name: 'instruction to decline beats every reason to attend', note: '#decline', prefs: { dreamCompanies: ['Northwind Traders'] }, verdict: 'decline', lead: 'owner-instruction' },
  { name: 'dealbreaker beats nothing-appealing', note: 'dud role, layoffs', prefs: { dealbreakers: { companies: ['Northwind Traders'] } }, verdict: 'decline', lead: 'dealbreaker' },
  { name: 'nothing-appealing beats the time budget', note: 'dud role, layoffs', prefs: { hoursPerWeek: 1 }, invite: `${INVITE} It is a full-day onsite.`, verdict: 'decline', lead: 'nothing-appealing' },
  { name: 'time budget beats a conflict', prefs: { hoursPerWeek: 3 }, invite: `${INVITE} It is a full-day onsite loop.`, facts: { slots: [slot] }, history: conflict, verdict: 'decline', lead: 'time-budget' },
  // Time budget and conflicts
  { name: 'over the weekly budget, nothing draws: decline', prefs: { hoursPerWeek: 4 }, invite: `${INVITE} It is a full-day onsite loop and we will book your flight.`, facts: { format: 'onsite' }, verdict: 'decline', lead: 'time-budget' },
  { name: 'over budget because of other interviews that week', prefs: { hoursPerWeek: 5 }, history: { hoursCommittedThatWeek: 4.5 }, facts: { slots: [slot] }, verdict: 'decline', lead: 'time-budget' },
  { name: 'within budget', prefs: { hoursPerWeek: 5 }, history: { hoursCommittedThatWeek: 2 }, facts: { slots: [slot] }, verdict: 'attend', lead: 'practice' },
  { name: 'over budget but a target role: attend', prefs: { hoursPerWeek: 2, targetRoles: ['Data Analyst'] }, invite: `${INVITE} It is a full-day onsite.`, verdict: 'attend', lead: 'target-match' },
  { name: 'schedule conflict: attend, propose other times', facts: { slots: [slot] }, history: conflict, verdict: 'attend', lead: 'schedule-conflict' },
  { name: 'a long loop is said: still attend, block the time first', invite: `${INVITE} It is a full-day onsite.`, verdict: 'attend', lead: 'time-cost' },
  // Notes in other languages
  { name: 'French: dud + bleak', note: 'poste sans intérêt, et ils sont en liquidation', verdict: 'decline', lead: 'nothing-appealing' },
  { name: 'German: boring but exciting team', note: 'langweilige Aufgabe, aber spannendes Team', verdict: 'attend', lead: 'networking' },
  { name: 'Spanish: bleak only', note: 'la empresa está en crisis', verdict: 'attend', lead: 'practice' },
  { name: 'invitation in German stating insolvency + dud note', note: 'boring', invite: 'Wir laden Sie zum Vorstellungsgespräch ein. Wie Sie wissen, befinden wir uns in der Insolvenz.', verdict: 'decline', lead: 'nothing-appealing' },
];

const base = { company: 'Northwind Traders', role: 'Data Analyst', format: 'video' as const, slots: [] };

describe('decision scenarios', () => {
  it('has at least 40 scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(40));
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const decision = decide({
      facts: { ...base, ...s.facts },
      note: s.note ?? null,
      inviteText: s.invite ?? INVITE,
      preferences: PreferencesSchema.parse(s.prefs ?? {}),
      history: { ...NO_HISTORY, ...s.history },
    });
    expect([decision.verdict, decision.reasons[0]?.code]).toEqual([s.verdict, s.lead]);
    for (const reason of decision.reasons) {
      expect(reason.text).not.toMatch(/\{\{|undefined|null/);
      expect(reason.text).toMatch(/^[A-Z"]/);
    }
  });

  it('a schedule conflict asks for other times in the accept draft', () => {
    const decision = decide({ facts: { ...base, slots: [slot] }, note: null, inviteText: INVITE, preferences: PreferencesSchema.parse({}), history: { ...NO_HISTORY, ...conflict } });
    expect(decision.proposeOtherTimes).toBe(true);
    expect(decision.reasons[0]?.text).toContain('Contoso');
  });

  it('reason texts speak of this invitation', () => {
    const decision = decide({ facts: base, note: null, inviteText: INVITE, preferences: PreferencesSchema.parse({}), history: { ...NO_HISTORY, recentInterviews: 1, sameCompany: 1 } });
    const text = decision.reasons.map((r) => r.text).join(' ');
    expect(text).toContain('You have had one interview in the last 60 days');
    expect(text).toContain('Northwind Traders has invited you once before');
  });
});
