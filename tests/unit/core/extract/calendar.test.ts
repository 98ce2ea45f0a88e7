import { describe, expect, it } from 'vitest';
import { readCalendars } from '../../../../functions/core/extract/calendar.js';

const ics = (zone: string, start: string, extra = '') =>
  ['BEGIN:VCALENDAR', 'METHOD:REQUEST', zone, 'BEGIN:VEVENT', 'UID:1', start, extra, 'END:VEVENT', 'END:VCALENDAR'].filter(Boolean).join('\r\n');

const WINDOWS_PACIFIC = [
  'BEGIN:VTIMEZONE', 'TZID:Pacific Standard Time',
  'BEGIN:STANDARD', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', 'END:STANDARD',
  'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3', 'END:DAYLIGHT',
  'END:VTIMEZONE',
].join('\r\n');

describe('readCalendars', () => {
  it('reads a Windows zone name through its VTIMEZONE rules, daylight saving of the event’s date', () => {
    const [summer] = readCalendars([ics(WINDOWS_PACIFIC, 'DTSTART;TZID=Pacific Standard Time:20260421T140000')]);
    expect(summer?.start).toEqual({ instant: new Date('2026-04-21T21:00:00Z'), offsetMinutes: -420 });
    const [winter] = readCalendars([ics(WINDOWS_PACIFIC, 'DTSTART;TZID=Pacific Standard Time:20260105T140000')]);
    expect(winter?.start?.offsetMinutes).toBe(-480);
  });

  it('reads an Outlook "Customized Time Zone" from its rules, not from the host’s zone', () => {
    const custom = WINDOWS_PACIFIC.replace('TZID:Pacific Standard Time', 'TZID:Customized Time Zone');
    const [event] = readCalendars([ics(custom, 'DTSTART;TZID="Customized Time Zone":20260610T083000')]);
    expect(event?.start?.offsetMinutes).toBe(-420);
  });

  it('reads UTC times, a Windows name without VTIMEZONE, and leaves floating times out', () => {
    expect(readCalendars([ics('', 'DTSTART:20260527T173000Z')])[0]?.start?.instant.toISOString()).toBe('2026-05-27T17:30:00.000Z');
    expect(readCalendars([ics('', 'DTSTART;TZID=W. Europe Standard Time:20260519T093000')])[0]?.start?.offsetMinutes).toBe(120);
    expect(readCalendars([ics('', 'DTSTART:20260519T093000')])[0]?.start).toBeNull();
  });

  it('gives the conference URL, unescaped location and organizer, and folds lines', () => {
    const [event] = readCalendars([
      ics('', 'DTSTART:20260527T173000Z', [
        'ORGANIZER;CN="Lea Hoffmann":mailto:lea@elbwerk.example',
        'LOCATION:4100 Gateway Blvd\\, Building C\\, Dallas\\, TX 75237',
        'X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.example/l/meetup-join/19%3am',
        ' eeting_abc',
      ].join('\r\n')),
    ]);
    expect(event).toMatchObject({
      organizer: { name: 'Lea Hoffmann', address: 'lea@elbwerk.example' },
      location: '4100 Gateway Blvd, Building C, Dallas, TX 75237',
      conferenceUrl: 'https://teams.example/l/meetup-join/19%3ameeting_abc',
      method: 'REQUEST',
    });
  });

  it('reads no time through an offset that is none (TZOFFSETTO:-9999 made an invalid date that crashed rendering and history)', () => {
    // Prepare
    const bogus = (offset: string) => WINDOWS_PACIFIC.replace('TZOFFSETTO:-0800', `TZOFFSETTO:${offset}`).replace('TZOFFSETTO:-0700', `TZOFFSETTO:${offset}`);
    // Act
    const read = ['-9999', '+2400', '-0060', '+99'].map((offset) => readCalendars([ics(bogus(offset), 'DTSTART;TZID=Pacific Standard Time:20260421T140000')])[0]?.start);
    const legal = readCalendars([ics(bogus('-235959'), 'DTSTART;TZID=Pacific Standard Time:20260421T140000')])[0]?.start;
    // Assess: no rule applies, and the zone name alone (a Windows name) is read from the table instead
    expect(read).toEqual(Array(4).fill({ instant: new Date('2026-04-21T21:00:00Z'), offsetMinutes: -420 }));
    expect(legal).toEqual({ instant: new Date('2026-04-22T13:59:00Z'), offsetMinutes: -1439 });
  });

  it('reads no time from a date that does not exist (month 13, day 31 of April, 25 o’clock)', () => {
    // Act
    const starts = ['20261301T100000Z', '20260431T100000Z', '20260421T250000Z', '00000000T000000Z'].map((start) => readCalendars([ics('', `DTSTART:${start}`)])[0]?.start);
    // Assess
    expect(starts).toEqual([null, null, null, null]);
  });
});

