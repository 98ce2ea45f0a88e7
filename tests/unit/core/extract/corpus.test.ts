/**
 * Every labelled field of every message in tests/fixtures/labelled/ (the eval, as a test). A miss that
 * cannot be fixed yet is listed in known-misses.json as "<file>: <field>" with a reason; the test fails
 * on any miss not listed, and on any listed miss that now passes (so the list only shrinks).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelledMessages, triageFile } from '../../../../tools/eval.js';
import { checkLabels } from '../../../../tools/labels.js';

const FOLDER = 'tests/fixtures/labelled';
const KNOWN_FILE = join(FOLDER, 'known-misses.json');
const known = new Map(
  (existsSync(KNOWN_FILE) ? (JSON.parse(readFileSync(KNOWN_FILE, 'utf8')) as { miss: string; reason: string }[]) : []).map((k) => [k.miss, k.reason]),
);

describe('checkLabels', () => {
  it('counts more slots than labelled as a miss', () => {
    const label = { slots: [{ start: '2026-03-17T10:00:00-05:00' }] };
    const two = { slots: [{ start: '2026-03-17T15:00:00Z', end: null }, { start: '2026-03-18T15:00:00Z', end: null }] };
    expect(checkLabels(label, two).filter((c) => !c.ok).map((c) => c.field)).toEqual(['slots.length']);
    expect(checkLabels(label, { slots: two.slots.slice(0, 1) }).every((c) => c.ok)).toBe(true);
  });
});

describe('labelled corpus', () => {
  const pairs = labelledMessages(FOLDER);

  it('has the corpus (at least 60 labelled messages)', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(60);
  });

  for (const pair of pairs) {
    const name = basename(pair.eml);
    it(name, async () => {
      const expected = JSON.parse(readFileSync(pair.expected, 'utf8')) as Record<string, unknown>;
      const checks = checkLabels(expected, await triageFile(pair.eml));
      const misses = checks.filter((c) => !c.ok).map((c) => `${name}: ${c.field}`);
      const unexpected = checks.filter((c) => !c.ok && !known.has(`${name}: ${c.field}`));
      const nowPassing = [...known.keys()].filter((k) => k.startsWith(`${name}: `) && !misses.includes(k));
      expect(unexpected.map((c) => ({ field: c.field, expected: c.expected, actual: c.actual }))).toEqual([]);
      expect(nowPassing, 'listed in known-misses.json but passing now: remove it').toEqual([]);
    });
  }
});
