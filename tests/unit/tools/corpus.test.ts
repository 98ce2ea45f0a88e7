/** The blind corpus's machinery (tests/corpus/README.md): the frozen test part and the note wrapper. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forwardOf, testPartChange, type NoteItem } from '../../../tools/corpus-eval.js';
import { CORPUS } from '../../../tools/corpus-split.js';
import { parseMessage } from '../../../functions/core/mail/mail.js';
import { findOriginal } from '../../../functions/core/extract/extract.js';

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
      if (item.note) expect(forward.note?.replace(/\s+/g, ' ')).toBe(item.note.trim().replace(/\s+/g, ' '));
    }
  });
});
