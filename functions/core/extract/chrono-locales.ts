/**
 * chrono's parsers as extraction runs them: each locale's casual configuration without the parsers of a
 * time counted from now in units ("3 days ago", "two weeks before", "a month later", "three weeks after").
 *
 * Why. No interview time and no forward header's date is written so (an invitation's "two days before
 * the interview" is a deadline, not a slot), and those two English parsers cost more than all the others
 * together at the first message after a cold start: their pattern repeats every unit of time in every
 * spelling, and V8 compiles a pattern to machine code the second time it runs, about 80 ms each (`npm run
 * bench`, "first message"). The relative parsers a time is written with ("in 2 days", "next Tuesday",
 * "tomorrow") stay.
 */
import * as chrono from 'chrono-node';

/** What follows the count in those parsers' patterns (chrono-node's ENTimeUnitAgoFormatParser and ENTimeUnitLaterFormatParser). */
const COUNTED_FROM_NOW = /\(\?:(?:ago|later)\|/;

/** A context to ask a parser for its pattern (building it runs nothing). */
const PROBE = new chrono.ParsingContext('', new Date(0), {});

/** A copy of the configuration without the parsers of a time counted from now (the others shared). */
export function withoutCountedFromNow(base: chrono.Chrono): chrono.Chrono {
  const parser = base.clone();
  parser.parsers = parser.parsers.filter((p) => !COUNTED_FROM_NOW.test(p.pattern(PROBE).source));
  return parser;
}

/** English as the forward headers and the times read it. */
export const ENGLISH = withoutCountedFromNow(chrono.casual);
/** English with the day before the month ("09/03/2026"), as Polish text is read. */
export const ENGLISH_GB = withoutCountedFromNow(chrono.en.GB);
