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
const declineReading = (decline: number, confidence = decline): ModelReading => ({ decline, verdict: 'decline', lead: 'nothing-appealing', confidence, words: ['morning'] });

describe('the note model in decide(), its reading fixed', () => {
  beforeEach(() => {
    reading.current = null;
  });

  it('turns attend into a decline at a decline probability of 0.8, not below', () => {
    reading.current = declineReading(0.8);
    expect(decideOn('fyi this came in this morning, the interview is next week.')).toMatchObject({ verdict: 'decline', noteReading: { byModel: true } });
    reading.current = declineReading(0.79);
    expect(decideOn('fyi this came in this morning, the interview is next week.').verdict).toBe('attend');
  });

  it('sets an attend lead at a confidence of 0.7, not below', () => {
    reading.current = { decline: 0.1, verdict: 'attend', lead: 'networking', confidence: 0.7, words: ['morning'] };
    expect(decideOn('fyi this came in this morning, the interview is next week.').reasons[0]!.code).toBe('networking');
    reading.current = { ...reading.current, confidence: 0.69 };
    expect(decideOn('fyi this came in this morning, the interview is next week.').reasons[0]!.code).toBe('practice');
  });

  it('keeps the rules’ sentence when it would only repeat their leading reason', () => {
    reading.current = { decline: 0.1, verdict: 'attend', lead: 'practice', confidence: 0.95, words: ['morning'] };
    const d = decideOn('fyi this came in this morning, the interview is next week.');
    expect(d.reasons[0]!.code).toBe('practice');
    expect(d.noteReading?.byModel).toBeFalsy();
  });

  it('is not asked about a note in a language the reader does not know', () => {
    reading.current = declineReading(0.99);
    const d = decideOn('Tohle pro mě opravdu není, odpověz jim prosím zdvořile, že nemám zájem.');
    expect(d.noteReading?.read).toBe(false);
    expect(d.verdict).toBe('attend');
  });

  it('is not asked when the rules read a reason from the note', () => {
    reading.current = declineReading(0.99);
    const d = decideOn('Great team, I really want to meet them.');
    expect(d.verdict).toBe('attend');
    expect(d.noteReading?.byModel).toBeFalsy();
  });

  it('says nothing without a word to show as evidence', () => {
    reading.current = { ...declineReading(0.99), words: [] };
    expect(decideOn('fyi this came in this morning, the interview is next week.').verdict).toBe('attend');
  });
});
