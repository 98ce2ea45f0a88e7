/**
 * What `npm start` and `npm run tick` print about a run of the follow-through function
 * (local/scheduled-runs.ts), and how `tick --at` reads its instant: found by a new-user review.
 */
import { describe, expect, it } from 'vitest';
import { parseTickAt, scheduledRunLine, tickReport } from '../../../local/scheduled-runs.js';
import type { FiredSchedule } from '../../../local/services/scheduler.js';

const nudge = { kind: 'nudge', inviteId: 'abcdefghijklmnop', version: 1 };
const held = { kind: 'held-digest', hour: '2026-03-17T15' };
const weekly = { kind: 'weekly-digest' };

describe('npm start prints a meaningful line for a digest (was "reminder held-digest of ?")', () => {
  it('names the digest and what it came to, never "?"', () => {
    // Act
    const lines = [scheduledRunLine(held, 'sent'), scheduledRunLine(weekly, 'already-claimed'), scheduledRunLine(held, 'none')];
    // Assess
    expect(lines).toEqual([
      'the digest of held mail (held 15:00–16:00 UTC on 2026-03-17): sent (see the outbox)',
      'the weekly digest: nothing sent: another run had it already (sent, or sending)',
      'the digest of held mail (held 15:00–16:00 UTC on 2026-03-17): nothing sent: nothing was held back before this hour (by the real clock)',
    ]);
    for (const line of lines) expect(line).not.toContain('?');
  });

  it('says a reminder was sent, or why nothing was', () => {
    expect(scheduledRunLine(nudge, 'sent')).toBe('the nudge of invitation abcdefghijklmnop: sent (see the outbox)');
    expect(scheduledRunLine(nudge, 'interview-passed')).toBe('the nudge of invitation abcdefghijklmnop: nothing sent: the interview time has passed (by the real clock)');
    expect(scheduledRunLine(held, 'not-due-yet')).toContain('scheduled again for 16:00 UTC');
  });
});

describe('tick says what happened, not "fired" (new-user review)', () => {
  const firing = (input: unknown, result: unknown, extra: Partial<FiredSchedule> = {}): FiredSchedule => ({ name: 'x', group: 'g', at: '2026-03-19T09:00:00.000Z', invoked: true, input, result, ...extra });

  it('says nothing was sent when every run skipped, and why each did', () => {
    // Act
    const report = tickReport('2026-03-19T10:00:00.000Z', [firing(nudge, 'answered', { name: 'abcdefghijklmnop-nudge' })]);
    // Assess
    expect(report).not.toMatch(/fired/);
    expect(report).toBe(
      [
        '1 schedule(s) due by 2026-03-19T10:00:00.000Z; nothing sent:',
        '  the nudge of invitation abcdefghijklmnop: nothing sent: a choice is recorded (a reply command, a Bcc copy of a draft, or done)',
        '    schedule abcdefghijklmnop-nudge, due 2026-03-19T09:00:00.000Z',
        '',
      ].join('\n'),
    );
  });

  it("shows the weekly digest's time it was due and, apart, its next time", () => {
    const report = tickReport('2026-03-20T09:30:00.000Z', [firing(weekly, 'sent', { name: 'weekly-digest', at: '2026-03-20T08:00:00.000Z', next: '2026-03-27T08:00:00.000Z' })]);
    expect(report).toContain('1 schedule(s) due by 2026-03-20T09:30:00.000Z; 1 sent:');
    expect(report).toContain('  the weekly digest: sent (see the outbox)\n    schedule weekly-digest, due 2026-03-20T08:00:00.000Z; it repeats weekly: next due 2026-03-27T08:00:00.000Z\n');
  });

  it('says nothing was due, and tells a failed run and a hand-over that failed apart', () => {
    expect(tickReport('2026-03-19T10:00:00.000Z', [])).toBe('nothing due at 2026-03-19T10:00:00.000Z: no schedule is due by then\n');
    const report = tickReport('2026-03-19T10:00:00.000Z', [firing(nudge, undefined, { error: 'throttled' }), firing(nudge, undefined, { invoked: false })]);
    expect(report).toContain('nothing sent:');
    expect(report).toContain('the nudge of invitation abcdefghijklmnop: failed: throttled');
    expect(report).toContain('the nudge of invitation abcdefghijklmnop: not run: its function could not be invoked');
  });
});

describe('tick --at accepts a bare date (new-user review): only a full instant', () => {
  it.each([
    ['2026-03-19', 'a date without a time'],
    ['2026-03-19T09:00', 'a time without a zone'],
    ['2026-03-19T09:00:00', 'a time without a zone'],
    ['tomorrow', 'not an ISO instant'],
  ])('refuses %s: %s', (text, what) => {
    const answer = parseTickAt(text);
    expect(answer).toBe(`--at needs a date, a time and a zone (Z or ±hh:mm), e.g. 2026-03-19T09:00:00Z or 2026-03-19T10:00+01:00; "${text}" is ${what}`);
  });

  it.each([
    ['2026-03-19T09:00:00Z', '2026-03-19T09:00:00.000Z'],
    ['2026-03-19T09:00Z', '2026-03-19T09:00:00.000Z'],
    ['2026-03-19T10:00+01:00', '2026-03-19T09:00:00.000Z'],
    ['2026-03-19T09:00:00.250Z', '2026-03-19T09:00:00.250Z'],
  ])('takes %s', (text, instant) => {
    expect((parseTickAt(text) as Date).toISOString()).toBe(instant);
  });
});
