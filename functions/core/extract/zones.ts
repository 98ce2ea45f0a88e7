/**
 * Time zones named in prose ("Mountain Time", "3pm PST", "heure de Paris", "10:00 Uhr (MEZ)") and the
 * zone of a place ("Berlin", "Chicago, IL"), mapped to IANA zones so daylight saving is applied for the
 * interview's own date, not the mail's.
 *
 * US abbreviations name the region, not a fixed offset: "11am PST" written in June by a Seattle recruiter
 * means Pacific local time (what the recruiter's calendar shows), so PST/PDT/PT all map to Los Angeles.
 */
import { dateTimeFormat } from '../mail/mail.js';

const ZONE_PHRASES: [RegExp, string][] = [
  [/\b(?:US\s+)?Eastern(?:\s+(?:Standard|Daylight))?(?:\s+Time)?\b|\b(?:ET|EST|EDT)\b|\bNew York time\b/, 'America/New_York'],
  [/\b(?:US\s+)?Central(?:\s+(?:Standard|Daylight))?\s+Time\b|\(Central\)|\bCentral\s*$|\b(?:CT(?!,?\s*\d{5})|CST|CDT)\b/m, 'America/Chicago'],
  [/\b(?:US\s+)?Mountain(?:\s+(?:Standard|Daylight))?(?:\s+Time)?\b|\b(?:MT(?!,?\s*\d{5})|MST|MDT)\b/, 'America/Denver'],
  [/\b(?:US\s+)?Pacific(?:\s+(?:Standard|Daylight))?(?:\s+Time)?\b|\b(?:PT|PST|PDT)\b/, 'America/Los_Angeles'],
  [/\bhora del centro de M[ée]xico\b|\bhora de (?:la )?Ciudad de M[ée]xico\b|\bMexico City time\b/i, 'America/Mexico_City'],
  [/\bhor[aá]rio de Bras[ií]lia\b|\bhora de Bras[ií]lia\b|\bBras[ií]lia time\b|\bBRT\b/i, 'America/Sao_Paulo'],
  [/\b(?:horario|hora) (?:de |oficial de )?(?:la )?Argentina\b|\bhora argentina\b|\bBuenos Aires time\b|\bART\b/i, 'America/Argentina/Buenos_Aires'],
  [/\bheure (?:de Paris|française|de France)\b|\bParis time\b/i, 'Europe/Paris'],
  [/\b(?:London|UK) time\b|\bheure de Londres\b|\bBST\b/i, 'Europe/London'],
  [/\b(?:Berlin|German) time\b|\bdeutscher Zeit\b|\bMES?Z\b|\bCES?T\b/, 'Europe/Berlin'],
  [/\bhora (?:de Madrid|peninsular|española)\b|\bMadrid time\b/i, 'Europe/Madrid'],
  [/\bora italiana\b|\bora di Roma\b/i, 'Europe/Rome'],
  [/日本時間|\bJST\b|\bJapan (?:Standard )?time\b/i, 'Asia/Tokyo'],
  [/\b[Ii]ndia(?:n)? (?:[Ss]tandard )?[Tt]ime\b|\bIST\b|\bhora (?:da|de) Índia\b/, 'Asia/Kolkata'],
  [/\b[Ss]ingapore (?:[Ss]tandard )?[Tt]ime\b|\bSGT\b|\(Singapore\)/, 'Asia/Singapore'],
  [/\bHong Kong [Tt]ime\b|\bHKT\b/, 'Asia/Hong_Kong'],
  [/\bKorea(?:n)? (?:[Ss]tandard )?[Tt]ime\b|\bKST\b/, 'Asia/Seoul'],
  [/\b(?:China|Beijing|Shanghai) (?:Standard )?time\b/i, 'Asia/Shanghai'],
  [/\b(?:Gulf|Dubai|UAE) (?:Standard )?time\b|\bGST\b/, 'Asia/Dubai'],
  [/\b(?:Sydney|Melbourne) [Tt]ime\b|\bAE[SD]T\b/, 'Australia/Sydney'],
  [/\bhora dos Açores\b|\bhora (?:de|das) (?:Ponta Delgada|Açores)\b|\bAzores(?: time)?\b|\bAçores\b/i, 'Atlantic/Azores'],
  [/\bhora de (?:Lisboa|Portugal(?: continental)?)\b|\bhora portuguesa\b|\bLisbon time\b/i, 'Europe/Lisbon'],
  [/\bWES?T\b/, 'Europe/Lisbon'],
  [/\bhora de (?:Canarias|las Canarias)\b/i, 'Atlantic/Canary'],
  [/\bczasu polskiego\b|\bczas polski\b|\bPolish time\b|\bWarsaw time\b/i, 'Europe/Warsaw'],
  [/\bNederlandse tijd\b|\bAmsterdam(?:se)? tijd\b|\bDutch time\b/i, 'Europe/Amsterdam'],
  [/\bCentral European (?:Summer |Standard )?Time\b|\bhora central europea\b|\bora dell'Europa centrale\b/i, 'Europe/Berlin'],
  [/\b(?:Japan|Tokyo) time\b/i, 'Asia/Tokyo'],
  [/\b(?:UTC|GMT)\b(?!\s*[+-]\s*\d)|\bZulu\b/, 'UTC'],
];

/**
 * The IANA zone named first in `text`, if any ("CT 06103" is Connecticut, not Central Time). The first
 * one binds: "10:30 AM Central / 11:30 AM Eastern" after a time is Central, "11:30 AM India Standard Time
 * (3:00 PM Japan time)" is India's.
 */
export function zoneNamedIn(text: string): string | null {
  let best: { index: number; zone: string } | null = null;
  for (const [pattern, zone] of ZONE_PHRASES) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { index: match.index, zone };
  }
  return best?.zone ?? null;
}

/** Cities and regions whose zone an invitation without a written zone can be read in. */
const PLACES: [RegExp, string][] = [
  [/\b(?:Boston|New York|NYC|Brooklyn|Philadelphia|Atlanta|Miami|Washington,? DC|Baltimore|Pittsburgh|Newark|Jersey City|Charlotte|Raleigh|Norfolk|Richmond|Cleveland|Columbus|Dayton|Cincinnati|Detroit|Toronto|Montr[ée]al|Ottawa|Orlando|Tampa|Hartford|Providence|Buffalo|Cambridge, MA)\b|,\s*(?:MA|NY|NJ|PA|CT|RI|VT|NH|ME|VA|NC|SC|GA|FL|OH|MI|MD|DE|DC)\s+\d{5}\b/, 'America/New_York'],
  [/\b(?:Chicago|Dallas|Houston|Austin|San Antonio|Minneapolis|St\. Louis|Kansas City|Milwaukee|Nashville|New Orleans|Memphis|Omaha|Oklahoma City|Winnipeg)\b|,\s*(?:IL|TX|MN|WI|MO|IA|KS|NE|OK|LA|AR|MS|AL|TN)\s+\d{5}\b/, 'America/Chicago'],
  [/\b(?:Denver|Boulder|Salt Lake City|Albuquerque|Calgary|Edmonton)\b|,\s*(?:CO|UT|NM|MT|WY|ID)\s+\d{5}\b/, 'America/Denver'],
  [/\b(?:Phoenix|Scottsdale|Tucson)\b|,\s*AZ\s+\d{5}\b/, 'America/Phoenix'],
  [/\b(?:Seattle|Bellevue|Redmond|Portland|San Francisco|Oakland|San Jose|Palo Alto|Mountain View|Los Angeles|San Diego|Sacramento|Las Vegas|Vancouver)\b|,\s*(?:CA|WA|OR|NV)\s+\d{5}\b/, 'America/Los_Angeles'],
  [/\b(?:Ciudad de M[ée]xico|CDMX|Mexico City|Guadalajara|Monterrey)\b/, 'America/Mexico_City'],
  [/\b(?:S[ãa]o Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Porto Alegre|Bras[ií]lia)\b/, 'America/Sao_Paulo'],
  [/\b(?:Buenos Aires|C[óo]rdoba, Argentina|Rosario|Mendoza)\b/, 'America/Argentina/Buenos_Aires'],
  [/\b(?:London|Manchester|Edinburgh|Glasgow|Bristol|Leeds|Birmingham, UK)\b/, 'Europe/London'],
  [/\b(?:Dublin|Cork)\b/, 'Europe/Dublin'],
  [/\b(?:Lisboa|Lisbon|Porto)\b/, 'Europe/Lisbon'],
  [/\b(?:Paris|Lyon|Marseille|Toulouse|Nantes|Bordeaux|Lille|Strasbourg|Rennes|Nice|Montpellier|Grenoble)\b/, 'Europe/Paris'],
  [/\b(?:Berlin|M[üu]nchen|Munich|Hamburg|K[öo]ln|Cologne|Frankfurt|Stuttgart|D[üu]sseldorf|Leipzig|Dresden|Hannover|Bremen|N[üu]rnberg|Bonn|Mannheim|Karlsruhe)\b/, 'Europe/Berlin'],
  [/\b(?:Wien|Vienna|Graz|Linz|Salzburg)\b/, 'Europe/Vienna'],
  [/\b(?:Z[üu]rich|Gen[eè]ve|Geneva|Basel|Bern|Lausanne)\b/, 'Europe/Zurich'],
  [/\b(?:Madrid|Barcelona|Valencia|Sevilla|Seville|Bilbao|M[áa]laga|Zaragoza)\b/, 'Europe/Madrid'],
  [/\b(?:Milano|Milan|Roma|Rome|Torino|Turin|Bologna|Firenze|Florence|Napoli|Brescia|Bergamo)\b/, 'Europe/Rome'],
  [/\b(?:Amsterdam|Utrecht|Rotterdam|Den Haag|The Hague|Eindhoven|Groningen)\b/, 'Europe/Amsterdam'],
  [/\b(?:Brussel|Bruxelles|Brussels|Antwerpen|Antwerp|Gent|Ghent)\b/, 'Europe/Brussels'],
  [/(?:東京|大阪|名古屋|横浜|福岡)|\b(?:Tokyo|Osaka)\b/, 'Asia/Tokyo'],
];

/** The zone of the first place named in `text` (a city, or a US state with its ZIP code). */
export function zoneOfPlaceIn(text: string): string | null {
  let best: { index: number; zone: string } | null = null;
  for (const [pattern, zone] of PLACES) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { index: match.index, zone };
  }
  return best?.zone ?? null;
}

/** Minutes east of UTC of `zone` at `instant` (0 for an instant that is no time: Intl would throw). */
export function offsetMinutesAt(instant: Date, zone: string): number {
  if (!Number.isFinite(instant.getTime())) return 0;
  const name = dateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
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
