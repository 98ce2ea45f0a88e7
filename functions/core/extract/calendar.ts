/**
 * A small reader for the calendar parts of an invitation (text/calendar, .ics): the events of a
 * METHOD:REQUEST (or PUBLISH) with their times in the right zone, location, meeting link and organizer.
 *
 * Zones: a TZID is resolved through the calendar's own VTIMEZONE rules when it has one (that covers
 * Outlook's Windows names such as "Pacific Standard Time" and its "Customized Time Zone", whatever the
 * host's zone), else as an IANA name, else through a short table of Windows names. `Z` times are UTC.
 * A floating time (no zone at all) is left out: presenting it in some zone would be a guess.
 */
import { dateTimeFormat, isWritableTime, offsetFromDigits, type Mailbox } from '../mail/mail.js';
import { wallTimeInZone } from './zones.js';

export interface CalendarTime {
  instant: Date;
  offsetMinutes: number;
}

export interface CalendarEvent {
  method: string | null;
  summary: string | null;
  start: CalendarTime | null;
  end: CalendarTime | null;
  location: string | null;
  description: string | null;
  /** the join URL given by the calendar's own conference fields, if any */
  conferenceUrl: string | null;
  organizer: Mailbox | null;
  status: string | null;
}

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

interface Component {
  type: string;
  props: Property[];
  children: Component[];
}

/** Calendars of a few hundred KB are already unusual; the rest is not read. */
const MAX_CALENDAR_CHARS = 256 * 1024;

export function readCalendars(texts: readonly string[]): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    const root = parseComponents(text.slice(0, MAX_CALENDAR_CHARS));
    for (const calendar of root.children.filter((c) => c.type === 'VCALENDAR')) {
      const method = prop(calendar, 'METHOD')?.value.toUpperCase() ?? null;
      const zones = new Map(calendar.children.filter((c) => c.type === 'VTIMEZONE').map((z) => [prop(z, 'TZID')?.value ?? '', z]));
      for (const event of calendar.children.filter((c) => c.type === 'VEVENT')) {
        const read = readEvent(event, method, zones);
        const key = `${prop(event, 'UID')?.value ?? ''}|${read.start?.instant.getTime() ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        events.push(read);
      }
    }
  }
  return events.sort((a, b) => (a.start?.instant.getTime() ?? 0) - (b.start?.instant.getTime() ?? 0));
}

function readEvent(event: Component, method: string | null, zones: Map<string, Component>): CalendarEvent {
  const location = textValue(prop(event, 'LOCATION'));
  const conference =
    prop(event, 'X-MICROSOFT-SKYPETEAMSMEETINGURL')?.value ??
    prop(event, 'X-GOOGLE-CONFERENCE')?.value ??
    prop(event, 'URL')?.value ??
    null;
  return {
    method,
    summary: textValue(prop(event, 'SUMMARY')),
    start: readTime(prop(event, 'DTSTART'), zones),
    end: readTime(prop(event, 'DTEND'), zones),
    location,
    description: textValue(prop(event, 'DESCRIPTION')),
    conferenceUrl: conference?.trim() || null,
    organizer: readOrganizer(prop(event, 'ORGANIZER')),
    status: prop(event, 'STATUS')?.value.toUpperCase() ?? null,
  };
}

function prop(component: Component, name: string): Property | undefined {
  return component.props.find((p) => p.name === name);
}

function textValue(p: Property | undefined): string | null {
  if (!p) return null;
  const value = p.value.replace(/\\n/gi, '\n').replace(/\\([,;\\])/g, '$1').trim();
  return value || null;
}

function readOrganizer(p: Property | undefined): Mailbox | null {
  if (!p) return null;
  const address = /^mailto:(.+)$/i.exec(p.value.trim())?.[1]?.trim();
  if (!address || !address.includes('@')) return null;
  const name = p.params.CN?.replace(/^"|"$/g, '').trim() || null;
  return { name, address };
}

// ---------------------------------------------------------------------------------------------------
// Lines and components (RFC 5545 §3.1: folded lines, parameters, quoted parameter values)

function parseComponents(text: string): Component {
  const root: Component = { type: 'ROOT', props: [], children: [] };
  const stack: Component[] = [root];
  const lines = text.replace(/\r\n/g, '\n').replace(/\n[ \t]/g, '').split('\n');
  for (const line of lines) {
    const p = parseLine(line);
    if (!p) continue;
    const top = stack[stack.length - 1]!;
    if (p.name === 'BEGIN') {
      const child: Component = { type: p.value.trim().toUpperCase(), props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (p.name === 'END') {
      if (stack.length > 1) stack.pop();
    } else {
      top.props.push(p);
    }
  }
  return root;
}

function parseLine(line: string): Property | null {
  let i = 0;
  let inQuotes = false;
  for (; i < line.length; i += 1) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ':' && !inQuotes) break;
  }
  if (i >= line.length) return null;
  const head = line.slice(0, i);
  const value = line.slice(i + 1);
  const parts = head.match(/(?:[^;"]|"[^"]*")+/g) ?? [];
  const name = (parts[0] ?? '').trim().toUpperCase();
  if (!name) return null;
  const params: Record<string, string> = {};
  for (const part of parts.slice(1)) {
    const eq = part.indexOf('=');
    if (eq > 0) params[part.slice(0, eq).trim().toUpperCase()] = part.slice(eq + 1).trim().replace(/^"|"$/g, '');
  }
  return { name, params, value };
}

// ---------------------------------------------------------------------------------------------------
// Times

const DATE_TIME = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(Z)?$/;

/**
 * A DTSTART or DTEND as an instant with its offset, or null when it is none: an all-day date, a floating
 * time, a date that does not exist (month 13, 25 o'clock), or an offset that makes it unwritable.
 */
function readTime(p: Property | undefined, zones: Map<string, Component>): CalendarTime | null {
  const time = readTimeAsWritten(p, zones);
  return time && isWritableTime(time.instant, time.offsetMinutes) ? time : null;
}

function readTimeAsWritten(p: Property | undefined, zones: Map<string, Component>): CalendarTime | null {
  if (!p) return null;
  const match = DATE_TIME.exec(p.value.trim());
  // An all-day date (VALUE=DATE) is not an interview time.
  if (!match) return null;
  const [, y, mo, d, h, mi, s, z] = match;
  if (!isCalendarDate(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0))) return null;
  const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  if (z) return { instant: new Date(wall), offsetMinutes: 0 };
  const tzid = p.params.TZID;
  if (!tzid) return null;
  const vtimezone = zones.get(tzid);
  const fromRules = vtimezone ? offsetFromVTimezone(vtimezone, wall) : null;
  if (fromRules !== null) return { instant: new Date(wall - fromRules * 60_000), offsetMinutes: fromRules };
  const iana = ianaZoneFor(tzid);
  if (!iana) return null;
  return wallTimeInZone(new Date(wall), iana);
}

/** Windows zone names (CLDR windowsZones, territory 001) most often seen in invitations. */
const WINDOWS_ZONES: Record<string, string> = {
  'Dateline Standard Time': 'Etc/GMT+12',
  'Hawaiian Standard Time': 'Pacific/Honolulu',
  'Alaskan Standard Time': 'America/Anchorage',
  'Pacific Standard Time': 'America/Los_Angeles',
  'US Mountain Standard Time': 'America/Phoenix',
  'Mountain Standard Time': 'America/Denver',
  'Central Standard Time': 'America/Chicago',
  'Central Standard Time (Mexico)': 'America/Mexico_City',
  'Canada Central Standard Time': 'America/Regina',
  'Eastern Standard Time': 'America/New_York',
  'US Eastern Standard Time': 'America/Indianapolis',
  'Atlantic Standard Time': 'America/Halifax',
  'Newfoundland Standard Time': 'America/St_Johns',
  'E. South America Standard Time': 'America/Sao_Paulo',
  'Argentina Standard Time': 'America/Buenos_Aires',
  'SA Pacific Standard Time': 'America/Bogota',
  'Pacific SA Standard Time': 'America/Santiago',
  UTC: 'Etc/UTC',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Romance Standard Time': 'Europe/Paris',
  'Central European Standard Time': 'Europe/Warsaw',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'E. Europe Standard Time': 'Europe/Chisinau',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kiev',
  'Israel Standard Time': 'Asia/Jerusalem',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'Russian Standard Time': 'Europe/Moscow',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Arabian Standard Time': 'Asia/Dubai',
  'India Standard Time': 'Asia/Calcutta',
  'China Standard Time': 'Asia/Shanghai',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'E. Australia Standard Time': 'Australia/Brisbane',
  'W. Australia Standard Time': 'Australia/Perth',
  'New Zealand Standard Time': 'Pacific/Auckland',
};

export function ianaZoneFor(tzid: string): string | null {
  const name = tzid.trim().replace(/^\/+/, '');
  if (WINDOWS_ZONES[name]) return WINDOWS_ZONES[name];
  try {
    dateTimeFormat('en-US', { timeZone: name });
    return name;
  } catch {
    return null;
  }
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * The UTC offset a VTIMEZONE gives at a wall-clock time (`wall`: the local time as if it were UTC).
 * Each STANDARD/DAYLIGHT rule starts at its yearly onset (BYMONTH + BYDAY such as 2SU or -1SU, at
 * DTSTART's time of day); the one that began last before `wall` applies.
 */
function offsetFromVTimezone(zone: Component, wall: number): number | null {
  const rules = zone.children.filter((c) => c.type === 'STANDARD' || c.type === 'DAYLIGHT');
  if (rules.length === 0) return null;
  const year = new Date(wall).getUTCFullYear();
  let best: { onset: number; offset: number } | null = null;
  let latest: { onset: number; offset: number } | null = null;
  for (const rule of rules) {
    const offset = parseUtcOffset(prop(rule, 'TZOFFSETTO')?.value);
    if (offset === null) return null;
    const start = DATE_TIME.exec(prop(rule, 'DTSTART')?.value.trim() ?? '');
    const hour = Number(start?.[4] ?? 0);
    const minute = Number(start?.[5] ?? 0);
    const rrule = prop(rule, 'RRULE')?.value;
    for (const y of [year - 1, year]) {
      let onset: number | null;
      if (rrule) onset = yearlyOnset(rrule, y, hour, minute);
      else onset = start ? Date.UTC(Number(start[1]), Number(start[2]) - 1, Number(start[3]), hour, minute) : null;
      if (onset === null) continue;
      if (onset <= wall && (!best || onset > best.onset)) best = { onset, offset };
      if (!latest || onset > latest.onset) latest = { onset, offset };
    }
  }
  return (best ?? latest)?.offset ?? null;
}

function yearlyOnset(rrule: string, year: number, hour: number, minute: number): number | null {
  const parts = Object.fromEntries(rrule.split(';').map((kv) => kv.split('=') as [string, string]));
  if ((parts.FREQ ?? '').toUpperCase() !== 'YEARLY') return null;
  const month = Number(parts.BYMONTH);
  const byDay = /^([+-]?\d+)?([A-Z]{2})$/.exec((parts.BYDAY ?? '').toUpperCase());
  if (!month || !byDay) return null;
  const weekday = WEEKDAYS.indexOf(byDay[2]!);
  const nth = Number(byDay[1] ?? 1);
  if (weekday < 0 || nth === 0) return null;
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    const day = 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
    return Date.UTC(year, month - 1, day, hour, minute);
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  const day = lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7) + (nth + 1) * 7;
  return Date.UTC(year, month - 1, day, hour, minute);
}

/** RFC 5545 `utc-offset`: `(+|-)hhmm[ss]`, hours 00–23 and minutes 00–59 (`-9999` is no offset). */
function parseUtcOffset(value: string | undefined): number | null {
  const match = /^([+-])(\d{2})(\d{2})(?:\d{2})?$/.exec(value?.trim() ?? '');
  return match ? offsetFromDigits(match[1]!, match[2]!, match[3]!) : null;
}

/** Whether the fields name a time that exists (Date.UTC would roll month 13 or 25 o'clock over). */
function isCalendarDate(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
