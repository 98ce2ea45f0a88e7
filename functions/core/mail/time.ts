/** Units of time in milliseconds, for arithmetic on instants. */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * The largest UTC offset there is in writing: hours 00–23 and minutes 00–59 (RFC 5545 `utc-offset`,
 * RFC 5322 `zone`, ISO 8601). `-9999` is no offset: read as one, it would make times that cannot be
 * written back.
 */
export const MAX_OFFSET_MINUTES = 23 * 60 + 59;

/** `(+|-)hhmm` read as minutes east of UTC, or null when it is no offset (minutes 60 or more). */
export function offsetFromDigits(sign: string, hours: string, minutes: string): number | null {
  const h = Number(hours);
  const m = Number(minutes);
  if (!Number.isInteger(h) || !Number.isInteger(m) || h > 23 || m > 59) return null;
  return sign === '-' ? -(h * 60 + m) : h * 60 + m;
}

/**
 * Whether an instant can be written as ISO 8601 in that offset with a four-digit year (what a slot, the
 * store's keys and every rendering need): a valid instant, an offset of at most ±23:59, and a year with
 * a year to spare on either side, so that the windows computed around it (the history's weeks and
 * months) are four-digit years too: 2–9998. (9999-12-31 plus the history's week was `+010000-01-07`,
 * which sorts before every other date: DynamoDB refused the query.)
 */
export function isWritableTime(instant: Date, offsetMinutes: number): boolean {
  const ms = instant.getTime();
  if (!Number.isFinite(ms) || !Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) return false;
  const year = new Date(ms + offsetMinutes * MINUTE_MS).getUTCFullYear();
  return year >= 2 && year <= 9998;
}

const FORMATS = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATS = 512;

/**
 * An `Intl.DateTimeFormat`, built once per locale and options: building one costs far more than
 * formatting with it (ICU loads the zone and the locale's patterns), and each message formats dozens of
 * times. Throws as the constructor does (RangeError for a zone that is none); only formats that were
 * built are kept, and at most a few hundred (zones named in mail are keys too).
 */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (FORMATS.size >= MAX_FORMATS) FORMATS.clear();
    FORMATS.set(key, format);
  }
  return format;
}
