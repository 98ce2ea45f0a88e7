import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PreferencesSchema } from '../../../../functions/config/schema.js';
import { decide, NO_HISTORY } from '../../../../functions/core/decide/decide.js';
import { dealbreaker, hoursFromSignals, nothingAppealing, ownerInstruction, timeBudget, type Situation } from '../../../../functions/core/decide/rules.js';
import { readInviteSignals, readNote, statedPay } from '../../../../functions/core/decide/signals.js';

const preferences = PreferencesSchema.parse({});
const facts = { company: 'Northwind Traders', role: 'Data Analyst', format: 'video' as const, slots: [] };

interface LabelledNote {
  note: string | null;
  verdict: 'attend' | 'decline';
  lead: string;
}
const notes = JSON.parse(readFileSync(new URL('../../../fixtures/decisions/notes.json', import.meta.url), 'utf8')) as LabelledNote[];

describe('the owner’s note, as labelled in tests/fixtures/decisions/notes.json', () => {
  it('has at least 60 labelled notes', () => expect(notes.length).toBeGreaterThanOrEqual(60));
  it.each(notes.map((n) => [n.note, n.verdict, n.lead] as const))('%j → %s, %s first', (note, verdict, lead) => {
    const decision = decide({ facts, note, inviteText: 'We would like to invite you to an interview.', preferences });
    expect([decision.verdict, decision.reasons[0]?.code]).toEqual([verdict, lead]);
  });
});

describe('readNote', () => {
  it('reads negation, hedges and disputed second-hand opinions', () => {
    expect(readNote('not a dead end at all').dud).toBe('none');
    expect(readNote('maybe a bit boring').dud).toBe('weak');
    expect(readNote('boring').dud).toBe('firm');
    expect(readNote("my friend says it's a dead end but I don't think so").dud).toBe('none');
    expect(readNote('people say they are failing').bleak).toBe('weak');
    expect(readNote('they had layoffs but the team sounds great')).toMatchObject({ bleak: 'firm', appeal: true });
  });

  it('takes an instruction only as the first word on its own line, or as a tag', () => {
    expect(readNote('decline').instruction).toBe('decline');
    expect(readNote('Attend!').instruction).toBe('attend');
    expect(readNote('I would decline if it were not for the team').instruction).toBeNull();
    expect(readNote('nice team #decline').instruction).toBe('decline');
  });
});

const situation = (overrides: Partial<Situation> = {}): Situation => ({
  facts,
  inviteText: 'We would like to invite you to an interview.',
  note: readNote(null),
  invite: readInviteSignals('We would like to invite you to an interview.', facts),
  preferences,
  history: NO_HISTORY,
  ...overrides,
});

describe('each rule alone', () => {
  it('ownerInstruction', () => {
    expect(ownerInstruction(situation({ note: readNote('#decline') }))).toMatchObject({ verdict: 'decline' });
    expect(ownerInstruction(situation())).toBeNull();
  });

  it('dealbreaker: a named company, required relocation, pay below the minimum', () => {
    const prefs = (d: Partial<typeof preferences.dealbreakers>) => ({ ...preferences, dealbreakers: { ...preferences.dealbreakers, ...d } });
    expect(dealbreaker(situation({ preferences: prefs({ companies: ['northwind traders'] }) }))).toMatchObject({ detail: { what: 'company' } });
    const relocate = 'The role is in Denver; relocation is required.';
    expect(dealbreaker(situation({ inviteText: relocate, invite: readInviteSignals(relocate, facts), preferences: prefs({ relocation: true }) }))).toMatchObject({ detail: { what: 'relocation' } });
    expect(dealbreaker(situation({ inviteText: relocate, invite: readInviteSignals(relocate, facts) }))).toBeNull();
    const pay = 'The salary range is $48,000 - $52,000 per year.';
    const minimum = prefs({ minimumPay: { amount: 60000, currency: 'USD', per: 'year' } });
    expect(dealbreaker(situation({ inviteText: pay, preferences: minimum }))).toMatchObject({ detail: { what: 'pay', pay: 52000, minimum: 60000 } });
    expect(dealbreaker(situation({ inviteText: 'The range is $55k–$70k.', preferences: minimum }))).toBeNull();
    expect(dealbreaker(situation({ inviteText: 'No pay stated.', preferences: minimum }))).toBeNull();
  });

  it('nothingAppealing needs a firm dud AND a bleak outlook AND nothing that draws', () => {
    expect(nothingAppealing(situation({ note: readNote('dud role, layoffs') }))).toMatchObject({ verdict: 'decline' });
    expect(nothingAppealing(situation({ note: readNote('dud role') }))).toBeNull();
    expect(nothingAppealing(situation({ note: readNote('maybe a dud, layoffs') }))).toBeNull();
    expect(nothingAppealing(situation({ note: readNote('dud role, layoffs'), preferences: { ...preferences, dreamCompanies: ['Northwind Traders'] } }))).toBeNull();
    const winding = 'As you may know, we are winding down our EU operations. Data entry role.';
    expect(nothingAppealing(situation({ inviteText: winding, invite: readInviteSignals(winding, facts) }))).toMatchObject({ verdict: 'decline' });
  });

  it('timeBudget declines only over budget and when nothing draws', () => {
    const budget = { ...preferences, hoursPerWeek: 4 };
    const day = 'This is a full-day onsite loop with five interviews.';
    const onsite = { ...facts, format: 'onsite' as const };
    const busy = situation({ facts: onsite, inviteText: day, invite: readInviteSignals(day, onsite), preferences: budget });
    expect(timeBudget(busy)).toMatchObject({ verdict: 'decline', detail: { hours: 9.5 } });
    expect(timeBudget({ ...busy, note: readNote('great team') })).toBeNull();
    expect(timeBudget(situation({ preferences: budget }))).toBeNull();
  });

  it('estimatedHours: the stated length, a full day, commute and travel', () => {
    const slot = { start: '2026-03-10T10:00:00-05:00', end: '2026-03-10T10:45:00-05:00' };
    expect(hoursFromSignals({ facts: { ...facts, slots: [slot] }, invite: readInviteSignals('', facts) })).toBe(1);
    expect(hoursFromSignals({ facts: { ...facts, format: 'onsite' }, invite: readInviteSignals('We will book your flight and hotel.', facts) })).toBe(9);
  });

  it('reads travel from a reimbursement and a long span written with a Flemish hour mark', () => {
    expect(readInviteSignals('We will of course reimburse your travel from Stockholm.', facts).travel).toBe(true);
    expect(readInviteSignals('Le rembourserons vos frais de déplacement.', facts).evidence.time).toBeDefined();
    expect(readInviteSignals('Het gesprek gaat door op donderdag 18 maart, van 9u00 tot 13u00.', facts).evidence.time).toContain('9u00 tot 13u00');
  });

  it.each([
    ['O dia decorre entre as 9h00 e as 17h30 e inclui uma prova escrita.', '9h00 e as 17h30'],
    ['La entrevista es larga: te pedimos la mañana entera, de 8 a 13 hs, acá en el taller.', '8 a 13 hs'],
    ['Der Assessment-Tag dauert zwischen 9 und 15 Uhr.', '9 und 15 Uhr'],
    ["La journée d'évaluation se déroule entre 9h et 16h.", '9h et 16h'],
  ])('a long span joined by "e as", "a … hs", "und", "et": %s', (text, span) => {
    expect(readInviteSignals(text, facts).evidence.time).toContain(span);
  });
  it.each([
    ['Bedankt voor je sollicitatie. Omdat je uit Lissabon komt, vergoeden wij je vliegticket en één hotelnacht.'],
    ['Wir übernehmen Ihr Flugticket und eine Hotelübernachtung.'],
    ['We will cover your plane ticket and one hotel night.'],
    ['Pagamos o bilhete de avião e uma noite de hotel.'],
  ])('travel from a plane ticket or a hotel night: %s', (text) => expect(readInviteSignals(text, facts).travel).toBe(true));
  it('two numbers with no hour mark are no span', () => {
    expect(readInviteSignals('We interview 2 and 8 candidates per round.', facts).evidence.time).toBeUndefined();
  });

  it('statedPay reads the common ways of writing pay', () => {
    expect(statedPay('$48,000 - $52,000 per year')).toEqual([{ currency: 'USD', perYear: 48000 }, { currency: 'USD', perYear: 52000 }]);
    expect(statedPay('€45k')).toEqual([{ currency: 'EUR', perYear: 45000 }]);
    expect(statedPay('$25/hour')).toEqual([{ currency: 'USD', perYear: 52000 }]);
    expect(statedPay('45.000 € par an')).toEqual([{ currency: 'EUR', perYear: 45000 }]);
  });
});
