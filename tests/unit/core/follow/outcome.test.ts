/**
 * "How did it go?" (core/follow/outcome.ts): when the question is due (the interview's end plus the
 * delay, out of the owner's night), and how the owner's answer is read (the first line, bounded, and
 * whether it says the interview did not take place, in the eight languages read).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_MINUTES, interviewEnd, OUTCOME_MAX_CHARS, planHowDidItGo, readOutcomeAnswer, reminderName, type HowDidItGoTiming } from '../../../../functions/core/follow/follow.js';

const newYork: HowDidItGoTiming = { afterMinutes: 60, nightStartHour: 22, nightEndHour: 8, timeZone: 'America/New_York' };
const NOW = new Date('2026-03-17T12:00:00Z');

describe('interviewEnd', () => {
  it('takes the end written with the time, else the stated length, else an hour', () => {
    expect(interviewEnd({ start: '2026-03-19T14:00:00-04:00', end: '2026-03-19T14:30:00-04:00' })).toEqual(new Date('2026-03-19T18:30:00Z'));
    expect(interviewEnd({ start: '2026-03-19T14:00:00-04:00', end: null }, 45)).toEqual(new Date('2026-03-19T18:45:00Z'));
    expect(interviewEnd({ start: '2026-03-19T14:00:00-04:00', end: null })).toEqual(new Date(Date.parse('2026-03-19T18:00:00Z') + DEFAULT_INTERVIEW_MINUTES * 60_000));
  });

  it('ignores an end before the start, and gives nothing for a start that is no time', () => {
    expect(interviewEnd({ start: '2026-03-19T14:00:00-04:00', end: '2026-03-19T13:00:00-04:00' })).toEqual(new Date('2026-03-19T19:00:00Z'));
    expect(interviewEnd({ start: 'soon', end: null })).toBeNull();
  });
});

describe('planHowDidItGo', () => {
  it('asks the delay after the end', () => {
    // Thu 19 Mar 2026 14:00–15:00 EDT; an hour later: 16:00 EDT = 20:00 UTC.
    expect(planHowDidItGo(NOW, new Date('2026-03-19T19:00:00Z'), newYork)).toEqual({ at: new Date('2026-03-19T20:00:00Z') });
    expect(planHowDidItGo(NOW, new Date('2026-03-19T19:00:00Z'), { ...newYork, afterMinutes: 0 })).toEqual({ at: new Date('2026-03-19T19:00:00Z') });
  });

  it("moves a question due in the owner's night to its end (their zone, not UTC)", () => {
    // Ends 21:30 EDT; +60 min = 22:30 EDT: the night → Fri 20 Mar 08:00 EDT (12:00 UTC).
    expect(planHowDidItGo(NOW, new Date('2026-03-20T01:30:00Z'), newYork)).toEqual({ at: new Date('2026-03-20T12:00:00Z') });
    // The same instant for an owner in Paris is 02:30 on the 20th: 08:00 there (07:00 UTC).
    expect(planHowDidItGo(NOW, new Date('2026-03-20T01:30:00Z'), { ...newYork, timeZone: 'Europe/Paris' })).toEqual({ at: new Date('2026-03-20T07:00:00Z') });
  });

  it('asks nothing when it would be due already (accepted after the interview), or without a time', () => {
    expect(planHowDidItGo(new Date('2026-03-19T20:00:00Z'), new Date('2026-03-19T19:00:00Z'), newYork)).toEqual({ none: 'passed' });
    expect(planHowDidItGo(NOW, null, newYork)).toEqual({ none: 'no-time' });
  });

  it('has a schedule name of its own', () => {
    expect(reminderName('abcdefghijklmnop', 'how-did-it-go')).toBe('abcdefghijklmnop-how-did-it-go');
  });
});

describe('readOutcomeAnswer', () => {
  it('keeps the first line above the quote, whitespace folded', () => {
    const reply = 'Went  well, they asked about SQL joins.\nSecond line is not kept.\n\nOn Thu, Mar 19, 2026 at 4:00 PM invite-advisor <advisor@in.example.com> wrote:\n> How did your interview go?';
    expect(readOutcomeAnswer(reply)).toEqual({ text: 'Went well, they asked about SQL joins.', happened: true });
  });

  it('gives nothing for an empty first line (only the quote)', () => {
    expect(readOutcomeAnswer('\n\nOn Thu, Mar 19, 2026 at 4:00 PM invite-advisor wrote:\n> How did it go?')).toBeNull();
    expect(readOutcomeAnswer('   ')).toBeNull();
  });

  it(`cuts an answer to ${OUTCOME_MAX_CHARS} characters and drops control characters`, () => {
    const long = readOutcomeAnswer('great '.repeat(200));
    expect([...(long?.text ?? '')]).toHaveLength(OUTCOME_MAX_CHARS);
    expect(long?.text.endsWith('…')).toBe(true);
    expect(readOutcomeAnswer('fine\u202e evil\u0007 bell')?.text).toBe('fine evil bell');
  });

  it('reads any answer as an interview that happened, however it went', () => {
    for (const text of ['went well', "didn't go well, too nervous", 'It did not go as planned', 'yes', 'accept', 'decline', 'forget', 'Ging gut', 'Ça s’est bien passé', 'non è andata bene', 'nie poszło dobrze', 'they liked my portfolio']) {
      expect(readOutcomeAnswer(text)?.happened, text).toBe(true);
    }
  });

  it('reads plainly that it did not take place, in each language read', () => {
    for (const text of [
      'Cancelled by them the morning of',
      'they canceled',
      'postponed to next month',
      'They never showed up',
      'nobody joined the call',
      "I didn't go in the end",
      'it did not happen',
      'Annulé à la dernière minute',
      "l'entretien n'a pas eu lieu",
      'Abgesagt',
      'wurde verschoben',
      'fand nicht statt',
      'Lo cancelaron, fue cancelada',
      'no se celebró',
      'annullato',
      'non si è presentato nessuno',
      'geannuleerd',
      'ging niet door',
      'foi adiada',
      'não aconteceu',
      'odwołana',
      'nie odbyła się',
    ]) {
      expect(readOutcomeAnswer(text)?.happened, text).toBe(false);
    }
  });

  it('reads a negated cancellation as an interview that happened', () => {
    expect(readOutcomeAnswer("wasn't cancelled after all, went fine")?.happened).toBe(true);
    expect(readOutcomeAnswer('nicht abgesagt, lief gut')?.happened).toBe(true);
    expect(readOutcomeAnswer('not postponed in the end, good talk')?.happened).toBe(true);
  });
});
