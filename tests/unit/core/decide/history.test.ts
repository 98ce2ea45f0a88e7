/**
 * The practice rule's count (core/decide/history.ts buildHistory, `recentInterviews`), amended by issue
 * #17 item 3: interviews that happened, not accepts. The owner's answer to "How did it go?" decides when
 * there is one; without it, an accepted interview whose time has passed counts; a declined, a future and
 * an old one never do.
 */
import { describe, expect, it } from 'vitest';
import { buildHistory, type PastInvitation } from '../../../../functions/core/decide/decide.js';

const NOW = new Date('2026-03-25T12:00:00Z');

function past(inviteId: string, start: string, overrides: Partial<PastInvitation> = {}): PastInvitation {
  return {
    inviteId,
    facts: { slots: [{ start, end: null }], company: 'Acme', role: 'Analyst' },
    estimatedHours: 1,
    decision: { verdict: 'attend' },
    choice: { verdict: 'attend' },
    ...overrides,
  };
}

function recent(around: PastInvitation[]): number {
  return buildHistory({ inviteId: 'this', current: { facts: { slots: [], company: null, role: null }, estimatedHours: 1 }, sameCompany: [], around, now: NOW, timeZone: 'America/New_York' }).recentInterviews;
}

describe('recentInterviews: interviews that happened', () => {
  it('counts an accepted interview whose time has passed when no answer says otherwise', () => {
    expect(recent([past('a', '2026-03-20T15:00:00Z')])).toBe(1);
  });

  it('does not count one the answer says did not take place', () => {
    expect(recent([past('a', '2026-03-20T15:00:00Z', { outcome: { happened: false } })])).toBe(0);
  });

  it('counts one the answer says took place, whatever the recorded choice', () => {
    expect(recent([past('a', '2026-03-20T15:00:00Z', { choice: null, outcome: { happened: true } })])).toBe(1);
  });

  it('never counts a decline, an interview still ahead, or one older than the window', () => {
    expect(recent([past('a', '2026-03-20T15:00:00Z', { choice: { verdict: 'decline' } })])).toBe(0);
    expect(recent([past('a', '2026-03-20T15:00:00Z', { choice: null })])).toBe(0);
    expect(recent([past('a', '2026-03-26T15:00:00Z', { outcome: { happened: true } })])).toBe(0);
    expect(recent([past('a', '2026-01-10T15:00:00Z', { outcome: { happened: true } })])).toBe(0);
  });
});

describe('the week and conflicts: an interview that did not take place takes no time', () => {
  const current = { facts: { slots: [{ start: '2026-03-27T15:00:00Z', end: null }], company: null, role: null }, estimatedHours: 1 };
  const history = (around: PastInvitation[]) => buildHistory({ inviteId: 'this', current, sameCompany: [], around, now: NOW, timeZone: 'America/New_York' });

  it('counts an accepted interview of the same week and an overlapping one, unless the answer says it did not take place', () => {
    const monday = past('mon', '2026-03-23T15:00:00Z', { estimatedHours: 2 });
    const same = past('same', '2026-03-27T15:30:00Z');
    expect(history([monday, same])).toMatchObject({ hoursCommittedThatWeek: 3, conflicts: [{ start: '2026-03-27T15:30:00Z' }] });
    const cancelled = { outcome: { happened: false } };
    expect(history([{ ...monday, ...cancelled }, { ...same, ...cancelled }])).toMatchObject({ hoursCommittedThatWeek: 0, conflicts: [] });
  });
});
