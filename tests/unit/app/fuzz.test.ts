/**
 * A short seeded run of `npm run fuzz` (tools/fuzz.ts): hostile and mutated messages through receiveMail
 * on in-memory ports, as the owner, the owner replying and a stranger. It asserts what must hold on any
 * input (no unhandled exception, no mail to anyone but the owner, no stranger answered), never a time.
 */
import { describe, expect, it } from 'vitest';
import { build, formatReport, fuzz, recipeAt } from '../../../tools/fuzz.js';

const SEED = 20260317;
const RUNS = 300;

describe('npm run fuzz, a short seeded run', () => {
  it(`runs ${RUNS} hostile messages: no unhandled exception, no mail to anyone but the owner, no stranger answered`, { timeout: 300_000 }, async () => {
    // Act
    const report = await fuzz({ runs: RUNS, seed: SEED });
    // Assess (the report says which message failed and how to replay it)
    const summary = formatReport(report, 'npm run fuzz --');
    expect(report.runs, summary).toBe(RUNS);
    expect(report.unhandled, summary).toEqual([]);
    expect(report.mailToOthers, summary).toEqual([]);
    expect(report.strangersAnswered, summary).toEqual([]);
    // Every kind of sender was tried, and the owner was answered.
    expect(Object.values(report.byVariant).every((n) => n > 0), summary).toBe(true);
    expect(report.ownerMails).toBeGreaterThan(0);
  });

  it('names each message by a path that replays it (what --seed S --path P does)', { timeout: 120_000 }, async () => {
    // Prepare
    const run = await fuzz({ runs: 40, seed: SEED });
    const { path, description } = run.slowest!;
    // Act
    const replayed = await fuzz({ seed: SEED, path });
    const rebuilt = build(recipeAt(SEED, path));
    // Assess
    expect(replayed.runs).toBe(1);
    expect(replayed.slowest?.description).toBe(description);
    expect(rebuilt.description).toBe(description);
  });
});
