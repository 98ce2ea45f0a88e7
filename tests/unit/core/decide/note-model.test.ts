import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PreferencesSchema } from '../../../../functions/config/schema.js';
import { decide } from '../../../../functions/core/decide/decide.js';
import { loadModel, ngrams, readByModel, type StoredNoteModel } from '../../../../functions/core/decide/note-model.js';
import stored from '../../../../functions/core/decide/note-model.json' with { type: 'json' };
import { trainingNotes } from '../../../../tools/train-note-model.js';

describe('the n-grams of a note (scikit-learn char_wb, 3 to 5 characters)', () => {
  it('pads each lower-cased word with spaces and counts a short word once', () => {
    expect(ngrams('Hi')).toEqual([' hi', 'hi ', ' hi ']);
    expect(ngrams('Nope')).toEqual([' no', 'nop', 'ope', 'pe ', ' nop', 'nope', 'ope ', ' nope', 'nope ']);
  });

  it('counts characters, not UTF-16 units, and splits on any whitespace', () => {
    expect(ngrams('𝔁y')).toEqual([' 𝔁y', '𝔁y ', ' 𝔁y ']);
    expect(ngrams('a\n\tb')).toEqual([' a ', ' b ']);
  });
});

describe('the committed note model', () => {
  it('was trained on the development notes as they are now (else: npm run model:train)', () => {
    expect(stored.trainedOn).toBe(trainingNotes().digest);
  });

  it('knows the decisions the corpus labels, and nothing from the frozen test part', () => {
    const { notes } = trainingNotes();
    expect(new Set(stored.labels)).toEqual(new Set(notes.map((n) => n.label)));
    expect(notes.length).toBeGreaterThan(1000);
  });
});

/** A two-label model written by hand: "pass" pulls to decline, "keen" to attend. */
function tinyModel(): StoredNoteModel {
  const features = [' pa', 'pas', 'ass', 'ss ', ' ke', 'kee', 'een', 'en '];
  const f32 = (xs: number[]) => Buffer.from(new Float32Array(xs).buffer).toString('base64');
  const i8 = (xs: number[]) => Buffer.from(new Int8Array(xs).buffer).toString('base64');
  return {
    trainedOn: 'test',
    labels: ['attend/practice', 'decline/nothing-appealing'],
    features: features.join('\n'),
    idf: f32(features.map(() => 4)),
    weights: [
      { scale: 0.1, values: i8([-50, -50, -50, -50, 50, 50, 50, 50]), bias: 0 },
      { scale: 0.1, values: i8([50, 50, 50, 50, -50, -50, -50, -50]), bias: 0 },
    ],
  };
}

describe('reading a note with the model', () => {
  const model = loadModel(tinyModel());

  it('gives the probability of a decline, the likeliest label and the words that weighed', () => {
    const read = readByModel('I will pass on this', model)!;
    expect(read.verdict).toBe('decline');
    expect(read.lead).toBe('nothing-appealing');
    expect(read.decline).toBeGreaterThan(0.9);
    expect(read.confidence).toBeCloseTo(read.decline);
    expect(read.words).toEqual(['pass']);
  });

  it('says nothing of a note with none of its n-grams', () => {
    expect(readByModel('zzz qqq', model)).toBeNull();
    expect(readByModel('   ', model)).toBeNull();
  });

  it('shows a word as evidence only as the note wrote it, punctuation trimmed', () => {
    const read = readByModel('Keen!! Very keen.', model)!;
    expect(read.verdict).toBe('attend');
    expect(read.words).toEqual(['Keen']);
  });
});

describe('the note model in the decision', () => {
  const preferences = PreferencesSchema.parse({});
  const facts = { company: 'Acme', role: 'Analyst', format: 'video' as const, slots: [] };
  const devNotes = readdirSync(new URL('../../../corpus/dev/notes/', import.meta.url))
    .flatMap((f) => JSON.parse(readFileSync(new URL(`../../../corpus/dev/notes/${f}`, import.meta.url), 'utf8')) as { note: string | null; invitation: { subject: string; body: string } }[])
    .filter((item) => item.note);
  const decisions = devNotes.map((item) => ({ note: item.note!, d: decide({ facts, note: item.note, inviteText: `${item.invitation.subject}\n${item.invitation.body}`, preferences }) }));

  it('speaks for some development notes, and says whether the rules understood any of the note', () => {
    const byModel = decisions.filter(({ d }) => d.noteReading?.byModel);
    expect(byModel.length).toBeGreaterThan(5);
    expect(byModel.length).toBeLessThan(decisions.length / 10);
    for (const { d } of byModel) {
      const partly = d.reasons.slice(1).some((r) => (r.evidence ?? []).some((e) => e.source === 'note'));
      // Where the rules read a reason from the note, the model overruled it (and says it read the note as a
      // whole); where they read none, it says the note was not understood word for word.
      if (partly || d.verdict === 'decline') expect(d.reasons[0]!.text).toMatch(/^(?:Read as a whole, your note|Your note was not understood word for word, but it) reads most like the notes of owners who /);
      else expect(d.reasons[0]!.text).toMatch(/^Your note was not understood word for word, but it reads most like the notes of owners who /);
    }
  });

  it('carries as evidence words that are in the note', () => {
    for (const { note, d } of decisions.filter(({ d }) => d.noteReading?.byModel)) {
      const evidence = d.reasons[0]!.evidence ?? [];
      expect(evidence.length).toBeGreaterThan(0);
      for (const e of evidence) {
        expect(e.source).toBe('note');
        expect(note).toContain(e.text);
      }
    }
  });

  it('never overrules a note the rules read, nor an explicit tag', () => {
    const d = decide({ facts, note: 'I will pass on this one, please decline politely.', inviteText: 'We would like to invite you to an interview.', preferences });
    expect(d.noteReading?.byModel).toBeFalsy();
    expect(d.reasons[0]!.code).toBe('owner-instruction');
    const tagged = decide({ facts, note: '#attend', inviteText: 'We would like to invite you to an interview.', preferences });
    expect(tagged.noteReading?.byModel).toBeFalsy();
  });

  it('leaves a decline the rules found elsewhere (a dealbreaker) as it is', () => {
    const strict = PreferencesSchema.parse({ dealbreakers: { companies: ['Acme'] } });
    for (const { note } of decisions.filter(({ d }) => d.noteReading?.byModel)) {
      const d = decide({ facts, note, inviteText: 'We would like to invite you to an interview.', preferences: strict });
      expect(d.verdict).toBe('decline');
      expect(d.reasons[0]!.code).toBe('dealbreaker');
    }
  });
});
