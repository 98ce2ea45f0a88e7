/**
 * Extraction runs chrono without the parsers of a time counted from now in units (chrono-locales.ts):
 * exactly those two, so that a chrono upgrade that renames their patterns is noticed here.
 */
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { ENGLISH, ENGLISH_GB } from '../../../../functions/core/extract/chrono-locales.js';

const REFERENCE = new Date('2026-03-02T09:00:00Z');

describe('chrono as extraction runs it', () => {
  it('drops the two parsers of a time counted from now, and only them', () => {
    expect(ENGLISH.parsers).toHaveLength(chrono.casual.parsers.length - 2);
    expect(ENGLISH_GB.parsers).toHaveLength(chrono.en.GB.parsers.length - 2);
    for (const text of ['3 days ago', 'two weeks before', 'a month later', 'three weeks after']) {
      expect(chrono.casual.parse(text, REFERENCE), text).toHaveLength(1);
      expect(ENGLISH.parse(text, REFERENCE), text).toHaveLength(0);
    }
  });

  it('still reads dates, times and the relative forms an interview is written with', () => {
    const read = (text: string) => ENGLISH.parse(text, REFERENCE)[0]?.start.date().toISOString();
    expect(read('Mon, Mar 9, 2026 at 10:14 AM')).toBe(chrono.casual.parse('Mon, Mar 9, 2026 at 10:14 AM', REFERENCE)[0]?.start.date().toISOString());
    for (const text of ['in 2 days at 3pm', 'next Tuesday at 10:00', 'tomorrow at 9', 'Thursday 12 March, 14:30']) {
      expect(read(text), text).toBe(chrono.casual.parse(text, REFERENCE)[0]?.start.date().toISOString());
      expect(read(text), text).toBeDefined();
    }
    expect(ENGLISH_GB.parse('09/03/2026 14:00', REFERENCE)[0]?.start.get('month')).toBe(3);
  });
});
