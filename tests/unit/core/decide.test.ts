import { describe, expect, it } from 'vitest';
import { PreferencesSchema } from '../../../functions/config/schema.js';
import { decide } from '../../../functions/core/decide.js';

const preferences = PreferencesSchema.parse({});
const facts = { company: 'Northwind Traders', role: 'Data Analyst' };
const run = (note: string | null, extra: { inviteText?: string; dealbreakers?: string[]; dream?: string[] } = {}) =>
  decide({
    facts,
    note,
    inviteText: extra.inviteText ?? 'We would like to invite you to an interview.',
    preferences: { ...preferences, dealbreakers: { companies: extra.dealbreakers ?? [] }, dreamCompanies: extra.dream ?? [] },
  });
const lead = (d: ReturnType<typeof decide>) => [d.verdict, d.reasons[0]?.code];

describe('decide: the seed document’s advice', () => {
  it('attends by default, with all four of the seed’s reasons, practice first', () => {
    const decision = run(null);
    expect(decision.verdict).toBe('attend');
    expect(decision.reasons.map((r) => r.code)).toEqual(['practice', 'networking', 'might-want-it', 'future-opening']);
    expect(decision.reasons[0]?.text).toContain('Data Analyst');
    expect(decision.reasons[0]?.text).toContain('Northwind Traders');
  });

  it.each([
    ["the role is a dud and they've had three rounds of layoffs", 'decline', 'nothing-appealing'],
    ['boring role', 'attend', 'might-want-it'],
    ['they had layoffs but the team sounds great', 'attend', 'networking'],
    ['dead-end job, and the company is winding down', 'decline', 'nothing-appealing'],
    ['not a dead end at all, even with the layoffs', 'attend', 'practice'],
    ["dud role, layoffs everywhere, but I'd get to meet their CTO", 'attend', 'networking'],
    ['decline', 'decline', 'owner-instruction'],
    ['#attend even though the role is a dud and they are insolvent', 'attend', 'owner-instruction'],
  ])('note %j → %s (%s first)', (note, verdict, code) => {
    expect(lead(run(note))).toEqual([verdict, code]);
  });

  it('reads a bleak outlook stated by the invitation itself', () => {
    expect(lead(run('boring role', { inviteText: 'As you may know, we are winding down our EU operations.' }))).toEqual(['decline', 'nothing-appealing']);
  });

  it('declines a dealbreaker company before anything else but an instruction', () => {
    expect(lead(run('looks great', { dealbreakers: ['northwind traders'] }))).toEqual(['decline', 'dealbreaker']);
    expect(lead(run('attend', { dealbreakers: ['Northwind Traders'] }))).toEqual(['attend', 'owner-instruction']);
  });

  it('puts a future opening first at a company the owner would love to work for, even for a dud role at a bleak company', () => {
    expect(lead(run('dud role, and layoffs', { dream: ['Northwind Traders'] }))).toEqual(['attend', 'future-opening']);
  });
});
