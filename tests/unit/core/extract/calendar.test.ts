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
});
