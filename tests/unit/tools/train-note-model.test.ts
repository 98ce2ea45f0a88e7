import { describe, expect, it } from 'vitest';
import { loadModel, readByModel } from '../../../functions/core/decide/note-model.js';
import { fit, store } from '../../../tools/train-note-model.js';

describe('training the note model', () => {
  const notes = [
    ...['please decline them politely', 'decline them politely please', 'politely decline, thanks', 'no thanks, decline politely'].map((note) => ({ writer: 'a', note, label: 'decline/owner-instruction' })),
    ...['happy to go along and practise', 'go along, good practise', 'practise is practise, go along', 'I will go along for practise'].map((note) => ({ writer: 'b', note, label: 'attend/practice' })),
  ];
  const model = loadModel(store(fit(notes), 'tiny'));

  it('separates what the notes separate, through the 8-bit stored weights', () => {
    expect(readByModel('decline politely', model)).toMatchObject({ verdict: 'decline', lead: 'owner-instruction' });
    expect(readByModel('go along for the practise', model)).toMatchObject({ verdict: 'attend', lead: 'practice' });
  });

  it('keeps only n-grams seen in at least three notes', () => {
    expect(model.features).toContain('decl');
    expect(model.features).not.toContain('hap');
  });

  it('gives the same model for the same notes', () => {
    expect(store(fit(notes), 'tiny')).toEqual(store(fit(notes), 'tiny'));
  });
});
