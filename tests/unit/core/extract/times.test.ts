import { describe, expect, it } from 'vitest';
import { toIsoWithOffset } from '../../../../functions/core/extract/extract.js';
import { findProseSlots, type DefaultZone } from '../../../../functions/core/extract/times.js';
import type { TextLanguage } from '../../../../functions/core/extract/language.js';

/** Sent Wednesday 2026-07-08 19:22 -07:00 (already Thursday in UTC). */
const reference = { instant: new Date('2026-07-09T02:22:00Z'), offsetMinutes: -420 };
const slots = (text: string, language: TextLanguage = 'en', zone: DefaultZone = { offsetMinutes: -420 }) =>
  findProseSlots(text, language, reference, zone).map((s) => ({
    start: toIsoWithOffset(s.start.instant, s.start.offsetMinutes),
    end: s.end ? toIsoWithOffset(s.end.instant, s.end.offsetMinutes) : null,
    assumed: s.zoneAssumed,
  }));

describe('findProseSlots', () => {
  it('resolves relative dates against the invitation’s own Date and offset; "at 3" is the afternoon', () => {
    expect(slots('Could we talk tomorrow at 3?')).toEqual([{ start: '2026-07-09T15:00:00-07:00', end: null, assumed: true }]);
    expect(slots('Are you free this coming Tuesday at 2pm PT?')).toEqual([{ start: '2026-07-14T14:00:00-07:00', end: null, assumed: false }]);
  });

  it('reads US abbreviations as the region’s local time (PST in summer is Pacific daylight time)', () => {
    expect(slots('Monday, July 13 at 11am PST works for us.')[0]?.start).toBe('2026-07-13T11:00:00-07:00');
    expect(slots('Monday, July 13 at 11am EST works for us.')[0]?.start).toBe('2026-07-13T11:00:00-04:00');
  });

  it('keeps a range’s end in the afternoon ("1:00–1:45 pm", "1:00pm–2:30")', () => {
    expect(slots('Monday, July 13, 1:00–1:45 pm')[0]).toMatchObject({ start: '2026-07-13T13:00:00-07:00', end: '2026-07-13T13:45:00-07:00' });
    expect(slots('Monday, July 13, 1:00pm–2:30')[0]?.end).toBe('2026-07-13T14:30:00-07:00');
  });

  it('reads a list of proposed slots in several languages and named zones', () => {
    expect(slots('- Montag, 13. Juli, 9:00 Uhr\n- Dienstag, 14. Juli, 14:30 Uhr', 'de', { zone: 'Europe/Berlin' }).map((s) => s.start)).toEqual([
      '2026-07-13T09:00:00+02:00',
      '2026-07-14T14:30:00+02:00',
    ]);
    expect(slots('le 16/07 à 14h30 (heure de Paris)', 'fr')[0]?.start).toBe('2026-07-16T14:30:00+02:00');
    expect(slots('el viernes 17 a las 12:00 (hora del centro de México)', 'es')[0]?.start).toBe('2026-07-17T12:00:00-06:00');
  });

  it('gives only the new time of a reschedule, and no deadline as a slot', () => {
    expect(slots('We need to move your interview from Monday, July 13 at 3:00 PM CT to Tuesday, July 14 at 11:30 AM CT.').map((s) => s.start)).toEqual([
      '2026-07-14T11:30:00-05:00',
    ]);
    expect(slots('Please submit the exercise by Friday, July 17 at 5:00 PM ET.')).toEqual([]);
  });

  it('gives only the new time when labelled rows name the new and the former time, in the languages', () => {
    expect(slots('New time: Tuesday, July 14 at 11:30 AM PT\nPreviously: Monday, July 13 at 3:00 PM PT').map((s) => s.start)).toEqual(['2026-07-14T11:30:00-07:00']);
    expect(slots('Original time: Monday, July 13 at 3:00 PM PT\nNew time: Tuesday, July 14 at 11:30 AM PT').map((s) => s.start)).toEqual(['2026-07-14T11:30:00-07:00']);
    expect(slots('Alter Termin: Montag, 13. Juli, 15:00 Uhr\nNeuer Termin: Dienstag, 14. Juli, 11:30 Uhr', 'de', { zone: 'Europe/Berlin' }).map((s) => s.start)).toEqual(['2026-07-14T11:30:00+02:00']);
    expect(slots('Nouvelle date : mardi 14 juillet à 11h30\nAncienne date : lundi 13 juillet à 15h', 'fr', { zone: 'Europe/Paris' }).map((s) => s.start)).toEqual(['2026-07-14T11:30:00+02:00']);
    expect(slots('Fecha anterior: lunes 13 de julio a las 15:00\nNueva fecha: martes 14 de julio a las 11:30', 'es', { zone: 'Europe/Madrid' }).map((s) => s.start)).toEqual(['2026-07-14T11:30:00+02:00']);
    // Without a label of a new time or a verb of moving, a "was:" row is just a row.
    expect(slots('Monday, July 13 at 3:00 PM PT').map((s) => s.start)).toEqual(['2026-07-13T15:00:00-07:00']);
  });

  it('reads a zone abbreviation only in capitals: German "Art:" (the kind of interview) is no Argentina time', () => {
    expect(slots('Termin: Mittwoch, 15. Juli 2026\nUhrzeit: 15:00 - 15:30 Uhr\nArt: Telefoninterview', 'de', { zone: 'Europe/Vienna' })[0]?.start).toBe('2026-07-15T15:00:00+02:00');
    expect(slots('Wednesday, July 15 at 3:00 pm ART')[0]?.start).toBe('2026-07-15T15:00:00-03:00');
  });

  it('reads a range whose start is a bare hour and whose end has minutes, and Italian "tra le … e le …"', () => {
    expect(slots('el martes 14 de julio, de 11 a 11:45', 'es', { zone: 'Europe/Madrid' })[0]).toMatchObject({ start: '2026-07-14T11:00:00+02:00', end: '2026-07-14T11:45:00+02:00' });
    expect(slots('La chiameremo martedì 14 luglio tra le 10:00 e le 12:00.', 'it', { zone: 'Europe/Rome' })[0]).toMatchObject({ start: '2026-07-14T10:00:00+02:00', end: '2026-07-14T12:00:00+02:00' });
  });

  it('joins a date and a time each under its own label, with blank lines between ("Interview date:" / "Interview time:")', () => {
    expect(slots('Interview date:\n14/07/2026\n\nInterview time:\n14:30\n\nDuration:\n60 minutes', 'en', { zone: 'Europe/London' }).map((s) => s.start)).toEqual(['2026-07-14T14:30:00+01:00']);
  });

  it('reads a range of bare hours before a zone abbreviation, and Nordic zones named by their country', () => {
    expect(slots('a video interview on Wednesday 15 July, 14–15 CEST.', 'en', { zone: 'Europe/Stockholm' })[0]).toMatchObject({ start: '2026-07-15T14:00:00+02:00', end: '2026-07-15T15:00:00+02:00' });
    expect(slots('Wednesday 15 July at 15:00 Finnish time (EET)', 'en', { zone: 'Europe/Stockholm' })[0]?.start).toBe('2026-07-15T15:00:00+03:00');
  });

  it('reads an abbreviation restated as its offset in brackets ("BST (UTC+01:00)"), and the figures where the two disagree', () => {
    const london = { zone: 'Europe/London' } as const;
    expect(slots('Date: Thursday 16 July 2026\nTime: 09:30 – 14:00 BST (UTC+01:00)', 'en', london)[0]).toMatchObject({ start: '2026-07-16T09:30:00+01:00', end: '2026-07-16T14:00:00+01:00' });
    expect(slots('Thursday 16 July 2026, 10:00 CEST (GMT+2)', 'en', london)[0]?.start).toBe('2026-07-16T10:00:00+02:00');
    expect(slots('Thursday 16 July 2026, 10:00 CET (UTC+02:00)', 'en', london)[0]?.start).toBe('2026-07-16T10:00:00+02:00');
  });

  it('leaves out the time a reschedule says was initially planned, a few words after "inicialmente"', () => {
    expect(slots('Precisamos de remarcar a sua entrevista, inicialmente prevista para terça-feira, dia 14/07, às 14h30.\nPropomos a nova data: quinta-feira, 16/07, às 16h.', 'pt', { zone: 'Europe/Lisbon' }).map((s) => s.start)).toEqual(['2026-07-16T16:00:00+01:00']);
  });

  it('reads a weekday in brackets after a date as that date\'s, not the next such weekday', () => {
    expect(slots('A entrevista terá lugar no dia 15 de julho (quarta-feira), das 11h00 às 11h45.', 'pt', { zone: 'Europe/Lisbon' })[0]).toMatchObject({ start: '2026-07-15T11:00:00+01:00', end: '2026-07-15T11:45:00+01:00' });
    expect(slots("L'entretien aura lieu le 15 juillet (mercredi) à 10h00.", 'fr', { zone: 'Europe/Paris' })[0]?.start).toBe('2026-07-15T10:00:00+02:00');
  });

  it('reads no durations and no bare dates as slots', () => {
    expect(slots('It takes about 45 minutes. The role starts on August 3.')).toEqual([]);
  });
});
