/**
 * When decide() asks the note model and what it does with the answer, with the model's reading fixed by a
 * stand-in (the trained model's answers change with every retraining; these rules must not).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as NoteModel from '../../../../functions/core/decide/note-model.js';
import type { ModelReading } from '../../../../functions/core/decide/note-model.js';

const reading = vi.hoisted(() => ({ current: null as ModelReading | null }));
vi.mock('../../../../functions/core/decide/note-model.js', async (original) => ({
  ...(await original<typeof NoteModel>()),
  readByModel: () => reading.current,
}));

const { decide } = await import('../../../../functions/core/decide/decide.js');
const { PreferencesSchema } = await import('../../../../functions/config/schema.js');

const preferences = PreferencesSchema.parse({});
const facts = { company: 'Acme', role: 'Analyst', format: 'video' as const, slots: [] };
const decideOn = (note: string) => decide({ facts, note, inviteText: 'We would like to invite you to an interview.', preferences });
const declineReading = (decline: number, confidence = decline): ModelReading => ({
  decline,
  verdict: 'decline',
  lead: 'nothing-appealing',
  confidence,
  words: ['morning'],
  attend: { lead: 'networking', confidence: 0.05, words: ['morning'] },
});
/** A reading whose likeliest label is an attend with `lead`. */
const attendReading = (lead: ModelReading['lead'], confidence: number): ModelReading => ({
  decline: 0.1,
  verdict: 'attend',
  lead,
  confidence,
  words: ['morning'],
  attend: { lead, confidence, words: ['morning'] },
});
const PLAIN = 'fyi this came in this morning, the interview is next week.';
const READ = 'I know two people on that team.';

describe('the note model in decide(), its reading fixed', () => {
  beforeEach(() => {
    reading.current = null;
  });

  it('turns attend into a decline at a decline probability of 0.7, not below', () => {
    reading.current = declineReading(0.7);
    expect(decideOn(PLAIN)).toMatchObject({ verdict: 'decline', noteReading: { byModel: true } });
    reading.current = declineReading(0.69);
    expect(decideOn(PLAIN).verdict).toBe('attend');
  });

  it('puts its leading reason to attend before the rules’ general one at a confidence of 0.4, not below', () => {
    reading.current = attendReading('networking', 0.4);
    expect(decideOn(PLAIN).reasons[0]!.code).toBe('networking');
    reading.current = attendReading('networking', 0.39);
    expect(decideOn(PLAIN).reasons[0]!.code).toBe('practice');
  });

  it('reads an instruction to attend the rules did not see only at a confidence of 0.7', () => {
    reading.current = attendReading('owner-instruction', 0.7);
    expect(decideOn(PLAIN).reasons[0]!.code).toBe('owner-instruction');
    reading.current = attendReading('owner-instruction', 0.69);
    expect(decideOn(PLAIN).reasons[0]!.code).toBe('practice');
  });

  it('keeps the rules’ sentence when it would only repeat their leading reason', () => {
    reading.current = attendReading('practice', 0.95);
    const d = decideOn(PLAIN);
    expect(d.reasons[0]!.code).toBe('practice');
    expect(d.noteReading?.byModel).toBeFalsy();
  });

  it('is not asked about a note in a language the reader does not know', () => {
    reading.current = declineReading(0.99);
    const d = decideOn('Tohle pro mě opravdu není, odpověz jim prosím zdvořile, že nemám zájem.');
    expect(d.noteReading?.read).toBe(false);
    expect(d.verdict).toBe('attend');
  });

  it('overrules a reason the rules read only when very sure: a decline at 0.9, another lead at 0.7, never an instruction', () => {
    expect(decideOn(READ).reasons[0]!.code).toBe('networking');
    reading.current = declineReading(0.9);
    const d = decideOn(READ);
    expect(d).toMatchObject({ verdict: 'decline', noteReading: { byModel: true } });
    expect(d.reasons[0]!.text).toMatch(/^Read as a whole, your note reads most like/);
    reading.current = declineReading(0.89);
    expect([decideOn(READ).verdict, decideOn(READ).reasons[0]!.code]).toEqual(['attend', 'networking']);
    reading.current = attendReading('might-want-it', 0.7);
    expect(decideOn(READ).reasons.map((r) => r.code).slice(0, 2)).toEqual(['might-want-it', 'networking']);
    reading.current = attendReading('might-want-it', 0.69);
    expect(decideOn(READ).reasons[0]!.code).toBe('networking');
    reading.current = attendReading('owner-instruction', 0.99);
    expect(decideOn(READ).reasons[0]!.code).toBe('networking');
  });

  it('fills the rules’ general reason with little confidence only where they read nothing at all in the note', () => {
    // The rules read a company in crisis here and found no reason in it: a guess needs a label's confidence.
    const crisis = 'la empresa está en crisis';
    expect(decideOn(crisis).reasons[0]!.code).toBe('practice');
    reading.current = attendReading('future-opening', 0.69);
    expect(decideOn(crisis).reasons[0]!.code).toBe('practice');
    reading.current = attendReading('future-opening', 0.7);
    expect(decideOn(crisis).reasons[0]!.code).toBe('future-opening');
  });

  it('is never asked when the rules read the owner’s instruction', () => {
    reading.current = declineReading(0.99);
    const d = decideOn('I will go, please accept for me.');
    expect([d.verdict, d.reasons[0]!.code]).toEqual(['attend', 'owner-instruction']);
    expect(d.noteReading?.byModel).toBeFalsy();
  });

  it('says nothing without a word to show as evidence', () => {
    reading.current = { ...declineReading(0.99), words: [] };
    expect(decideOn(PLAIN).verdict).toBe('attend');
  });
});
