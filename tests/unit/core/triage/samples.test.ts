/** Every labelled sample must come out of triage exactly as its label says (the eval, as a test). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labelledMessages, triageFile } from '../../../../tools/eval.js';
import { checkLabels } from '../../../../tools/labels.js';

describe('labelled samples', () => {
  for (const pair of labelledMessages('samples')) {
    it(pair.eml, async () => {
      const expected = JSON.parse(readFileSync(pair.expected, 'utf8')) as Record<string, unknown>;
      const misses = checkLabels(expected, await triageFile(pair.eml)).filter((c) => !c.ok);
      expect(misses).toEqual([]);
    });
  }
});
