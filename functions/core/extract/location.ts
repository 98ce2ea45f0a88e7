/**
 * The street address of an onsite interview, as written, its lines joined with ", ": never the
 * company or building-name line, never check-in instructions, never a signature or footer (the caller
 * passes the text above the sign-off).
 */
const STREET_WORDS = String.raw`(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Way|Drive|Dr\.?|Place|Pl\.?|Square|Sq\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Court|Ct\.?|Plaza|Terrace|Circle|Row)`;
/** "401 N. Wabash Ave", "88 Pearl Street", "42 rue de la République" */
const NUMBER_FIRST = new RegExp(String.raw`\b\d{1,5}[a-z]?,?\s+(?:(?:[NSEW]\.?|North|South|East|West)\s+)?(?:(?:\p{Lu}[\p{L}'.-]*|\d+(?:st|nd|rd|th))\s+){0,4}${STREET_WORDS}(?=[\s,.]|$)|\b\d{1,4}(?:\s*bis)?,?\s+(?:rue|avenue|boulevard|bd|place|quai|allée|chemin|impasse|cours)\s+[^\n,]{2,50}`, 'u');
/** "Friedrichstraße 68", "Oudegracht 245", "Calle de Alcalá 180", "Paseo de la Castellana 95", "Via Roma 12" */
const NAME_FIRST = new RegExp(String.raw`(?:\b(?:Calle|Avenida|Av\.|Paseo|Plaza|Carrer|Rua|Via|Viale|Piazza|Corso|Largo)\s+[^\n,]{2,50}?\s+\d{1,5}[a-z]?\b|\b\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ring|ufer|gracht|laan|plein|kade|singel|dijk)\s+\d{1,5}[a-z]?\b|\b\p{Lu}[\p{L}-]*(?:gracht|straat|laan|plein|kade|singel|weg)\s+\d{1,5}[a-z]?\b)`, 'u');
/** A line that continues an address: a postal code with a city, a suite or floor, a US "City, ST 12345". */
const CONTINUATION = /^(?:(?:Suite|Ste\.?|Floor|Fl\.?|Unit|Room|Building|Bldg\.?|planta|piso|étage|Etage|OG|Stock)\b.*|\d+(?:st|nd|rd|th|er|e|º|ª)?\s+(?:floor|Floor|étage|Etage|OG|Stock|planta|piso)\b.*|[\p{L} .'-]+,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?|\d{4,5}(?:\s?[A-Z]{2})?\s+\p{Lu}[\p{L} .'-]+|[A-Z]{1,2}\d[\dA-Z]?\s?\d[A-Z]{2}.*|\p{Lu}[\p{L} .'-]+\s+\d{4,5})$/u;

const LABELLED = /^[ \t>*]*(?:Location|Address|Where|Venue|Lieu|Adresse|Ort|Anschrift|Dirección|Ubicación|Lugar|Indirizzo|Luogo|Adres|Locatie|Endereço|Local)\s*:\s*(.+)$/im;

export function findLocation(main: string, company: string | null): string | null {
  const labelled = LABELLED.exec(main)?.[1]?.trim();
  if (labelled && !/^https?:/i.test(labelled) && /\d/.test(labelled)) return withoutCompany(trimSentence(labelled), company);
  const lines = main.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!.replace(/^[ \t>*]+/, '');
    const match = NUMBER_FIRST.exec(line) ?? NAME_FIRST.exec(line);
    if (!match) continue;
    // Within a sentence ("We're at 215 Fremont Street, 9th floor, San Francisco, CA 94105. Check in…"):
    // from the street number to the end of the address.
    let address = trimSentence(line.slice(match.index));
    const parts = [address];
    for (let j = i + 1; j < lines.length && j <= i + 3; j += 1) {
      const next = lines[j]!.replace(/^[ \t>*]+/, '').trim();
      if (!next || !CONTINUATION.test(next)) break;
      parts.push(next);
    }
    address = parts.join(', ');
    return withoutCompany(address, company);
  }
  return null;
}

function trimSentence(text: string): string {
  // An address ends at a sentence end (". Check in", "; ask for") or a closing parenthesis.
  const cut = /(?<!\b(?:St|Ave|Rd|Blvd|Dr|Ln|Pl|Sq|Pkwy|Hwy|Ct|Ste|Fl|Bldg|N|S|E|W|Av|No|Nr))[.;:!?](?=\s|$)|\s+\(|\s+(?:and|et|und|y)\s+(?:ask|check|demandez|melden|pregunte)\b/i.exec(text);
  return (cut ? text.slice(0, cut.index) : text).trim().replace(/[,\s]+$/, '');
}

function withoutCompany(address: string, company: string | null): string {
  const parts = address.split(/,\s*/);
  // "Harrow & Pike, 600 Frelinghuysen Ave, …": a leading name without digits is the company or building.
  while (parts.length > 1 && !/\d/.test(parts[0]!) && (company === null || parts[0]!.toLowerCase() === company.toLowerCase() || /^\p{Lu}/u.test(parts[0]!))) parts.shift();
  return parts.join(', ');
}

/** A "Location:" / "Adresse :" line that holds a street address (digits, not a link). */
export function hasLabelledAddress(main: string): boolean {
  const labelled = LABELLED.exec(main)?.[1]?.trim();
  return labelled !== undefined && !/https?:/i.test(labelled) && (NUMBER_FIRST.test(labelled) || NAME_FIRST.test(labelled));
}
