/**
 * Time zones named in prose ("Mountain Time", "heure de Paris") that chrono does not read, mapped to
 * IANA zones so daylight saving is applied for the interview's own date, not the mail's.
 */
const ZONE_PHRASES: [RegExp, string][] = [
  [/\b(?:US\s+)?Eastern(?:\s+(?:Standard|Daylight))?\s+Time\b/i, 'America/New_York'],
  [/\b(?:US\s+)?Central(?:\s+(?:Standard|Daylight))?\s+Time\b/i, 'America/Chicago'],
  [/\b(?:US\s+)?Mountain(?:\s+(?:Standard|Daylight))?\s+Time\b/i, 'America/Denver'],
  [/\b(?:US\s+)?Pacific(?:\s+(?:Standard|Daylight))?\s+Time\b/i, 'America/Los_Angeles'],
  [/\bheure (?:de Paris|française|de France)\b|\bParis time\b/i, 'Europe/Paris'],
  [/\b(?:London|UK) time\b|\bheure de Londres\b/i, 'Europe/London'],
  [/\b(?:Berlin|German) time\b|\bdeutscher Zeit\b/i, 'Europe/Berlin'],
  [/\bhora (?:de Madrid|peninsular|española)\b|\bMadrid time\b/i, 'Europe/Madrid'],
];

/** The IANA zone named in `text`, if any. */
export function zoneNamedIn(text: string): string | null {
  for (const [pattern, zone] of ZONE_PHRASES) if (pattern.test(text)) return zone;
  return null;
}

/** Minutes east of UTC of `zone` at `instant`. */
export function offsetMinutesAt(instant: Date, zone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The instant at which the wall clock in `zone` shows the given local time (`wallAsUtc` holds it as UTC). */
export function wallTimeInZone(wallAsUtc: Date, zone: string): { instant: Date; offsetMinutes: number } {
  let offset = offsetMinutesAt(wallAsUtc, zone);
  // Twice, so a guess on the wrong side of a daylight-saving change corrects itself.
  for (let i = 0; i < 2; i += 1) offset = offsetMinutesAt(new Date(wallAsUtc.getTime() - offset * 60_000), zone);
  return { instant: new Date(wallAsUtc.getTime() - offset * 60_000), offsetMinutes: offset };
}
