/**
 * Notes dictated to a phone, or typed as one run-on sentence: punctuation said as words, a subject dropped
 * before a verb of saying, an agreement with someone else's view followed by the owner's own words. The
 * notes here are written for these tests (none is taken from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { readOwnerNote } from '../../../../functions/core/decide/reader.js';
import { decided, instruction } from './note-helpers.js';

describe('punctuation dictated as words', () => {
  it('reads "period", "comma" and "question mark" as the marks they name', () => {
    expect(instruction('this is the logistics one from the port period I am going to this one put it on the calendar')).toBe('attend');
    expect(instruction('the pay would be hourly comma no benefits period say no for me please')).toBe('decline');
  });

  it('keeps the noun: a trial period, a notice period, a busy period', () => {
    const reading = readOwnerNote('six month trial period then maybe permanent, and a notice period of three months');
    expect(reading.notUnderstood.join(' ')).toContain('trial period');
    expect(reading.notUnderstood.join(' ')).toContain('notice period');
  });

  it('a later instruction after a dictated full stop overrides the first', () => {
    expect(instruction('tell them no I have too much on this month period actually scratch that go on and tell them I will be there')).toBe('attend');
  });
});

describe('a verb of saying with its subject dropped is the owner speaking', () => {
  it('"…over Teams reckon we ought to say yes": not Teams reckoning', () => {
    expect(instruction('the work would be onboarding clients over Teams reckon we ought to tell them yes')).toBe('attend');
  });

  it('a named person with the verb’s -s still reports', () => {
    expect(readOwnerNote('Dmitri reckons they are going bust').statements.some((s) => s.source === 'reported')).toBe(true);
  });
});

describe('agreeing with a report, then the owner’s own words', () => {
  it('what follows "and she is right" in the same run-on sentence is the owner’s instruction', () => {
    expect(decided('my sister read it and said I would regret skipping it and she is right go on and tell them I will be there')).toBe('attend/owner-instruction');
  });
});
