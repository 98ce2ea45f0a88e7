/** The blind corpus's machinery (tests/corpus/README.md): the frozen test part and the note wrapper. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWrongSlots, formatPart, forwardOf, testPartChange, type NoteItem, type PartScore } from '../../../tools/corpus-eval.js';
import { CORPUS } from '../../../tools/corpus-split.js';
import { parseMessage } from '../../../functions/core/mail/mail.js';
import { findOriginal } from '../../../functions/core/extract/extract.js';
import { cleanNote } from '../../../functions/core/extract/forward.js';

describe('the blind corpus', () => {
  it('still has the test part that was frozen (test.lock.json)', () => {
    expect(testPartChange()).toBeNull();
  });

  it('wraps a note as the owner’s forward whose note and original the reader finds', async () => {
    // Prepare: the first development note of each writer (never the test part).
    const folder = join(CORPUS, 'dev', 'notes');
    for (const file of readdirSync(folder)) {
      const [item] = JSON.parse(readFileSync(join(folder, file), 'utf8')) as NoteItem[];
      if (!item) continue;
      // Act
      const forward = await findOriginal(await parseMessage(forwardOf(item)), ['alex@example.com']);
      // Assess
      expect(forward.forwarded).toBe(true);
      expect(forward.original.from?.address).toBe(item.invitation.fromAddress);
      // The note as the owner typed it, less what a note never keeps (a closing and the name under it).
      if (item.note) expect(forward.note?.replace(/\s+/g, ' ')).toBe(cleanNote(item.note)?.replace(/\s+/g, ' '));
    }
  });
});

describe('slots wrong by an hour or more', () => {
  it('counts a start an hour or more from the labelled one, and a slot beyond the labelled ones; not a missing one', () => {
    const label = [{ start: '2027-03-02T10:00:00+01:00' }, { start: '2027-03-03T15:00:00+01:00' }];
    expect(countWrongSlots(label, [{ start: '2027-03-02T09:00:00Z' }, { start: '2027-03-03T15:00:00+02:00' }])).toEqual({ given: 2, offByAnHour: 1, unlabelled: 0 });
    expect(countWrongSlots(label, [{ start: '2027-03-02T10:30:00+01:00' }])).toEqual({ given: 1, offByAnHour: 0, unlabelled: 0 });
    expect(countWrongSlots([], [{ start: '2027-03-02T10:00:00+01:00' }])).toEqual({ given: 1, offByAnHour: 0, unlabelled: 1 });
  });
});

describe('the part’s figures', () => {
  it('counts a right verdict with another lead by labelled and decided lead, most first', () => {
    // Prepare: a part where three notes were decided attend, as labelled, with another lead than the writer's.
    const score: PartScore = {
      notes: { verdict: new Map([['all', { ok: 3, total: 3 }]]), lead: new Map([['all', { ok: 0, total: 3 }]]), isInvite: new Map(), confusion: { 'attend→attend': 3 }, swaps: {}, leadSwaps: { 'attend networking→practice': 2, 'attend future-opening→might-want-it': 1 }, misses: [], againstInstruction: { attend: { asked: 2, against: 0 }, decline: { asked: 1, against: 1 } } },
      messages: { fields: new Map(), byLanguage: new Map(), byClient: new Map(), verdict: new Map(), confusion: {}, swaps: {}, misses: [], wrongSlots: { given: 0, offByAnHour: 0, unlabelled: 0 } },
    };
    // Act
    const text = formatPart('test part', score, false);
    // Assess
    expect(text).toContain('right verdict, other lead (labelled→decided): attend networking→practice 2, attend future-opening→might-want-it 1');
    expect(text).toContain("against the owner's own instruction: asked to attend, decided decline 0 of 2; asked to decline, decided attend 1 of 1");
  });
});
