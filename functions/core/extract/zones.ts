/**
 * Time zones named in prose ("Mountain Time", "3pm PST", "heure de Paris", "10:00 Uhr (MEZ)") and the
 * zone of a place ("Berlin", "Chicago, IL"), mapped to IANA zones so daylight saving is applied for the
 * interview's own date, not the mail's.
 *
 * US abbreviations name the region, not a fixed offset: "11am PST" written in June by a Seattle recruiter
 * means Pacific local time (what the recruiter's calendar shows), so PST/PDT/PT all map to Los Angeles.
 */
import { dateTimeFormat } from '../mail/mail.js';
import type { TextLanguage } from './language.js';

/**
 * The offset an abbreviation names literally (WEST is UTC+1, CEST UTC+2, EDT UTC−4; "CET" is +01:00 even in June):
 * for a mail header's date, and for a time whose abbreviation is checked against another reading of it. "IST" (Irish
 * or India) names two and is left out. (Prose times read US abbreviations as their region instead: see above.)
 */
export const ABBREVIATION_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0, GMT: 0, WET: 0, WEST: 60, BST: 60, CET: 60, MEZ: 60, CEST: 120, MESZ: 120, EET: 120, EEST: 180,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, BRT: -180, JST: 540,
};

const ZONE_PHRASES: [RegExp, string][] = [
  [/\b(?:US\s+)?Eastern(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?\b|\b(?:ET|EST|EDT)\b|\bNew York time\b|\bhora del este\b|\bheure de l['’]Est\b/, 'America/New_York'],
  [/\b(?:US\s+)?Central(?:\s+(?:Standard|Daylight))?\s+[Tt]ime\b|\(Central\)|\bCentral\s*$|\b(?:CT(?!,?\s*\d{5})|CST|CDT)\b|\bheure du Centre\b/m, 'America/Chicago'],
  [/\b(?:US\s+)?Mountain(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?\b|\b(?:MT(?!,?\s*\d{5})|MST|MDT)\b|\bhora de la montaña\b/, 'America/Denver'],
  [/\b(?:US\s+)?Pacific(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?\b|\b(?:PT|PST|PDT)\b|\bhora del Pacífico\b|\bheure du Pacifique\b/, 'America/Los_Angeles'],
  [/\b(?:Atlantic(?:\s+(?:Standard|Daylight))?\s+[Tt]ime|AST|ADT)\b|\bheure de l['’]Atlantique\b/, 'America/Halifax'],
  [/\bArizona [Tt]ime\b/, 'America/Phoenix'],
  [/\bhora del centro\b|\btiempo del centro\b/i, 'America/Mexico_City'],
  [/\bhora del centro de M[ée]xico\b|\bhora de (?:la )?Ciudad de M[ée]xico\b|\bMexico City time\b/i, 'America/Mexico_City'],
  [/\bhor[aá]rio de Bras[ií]lia\b|\bhora de Bras[ií]lia\b|\bBras[ií]lia time\b/i, 'America/Sao_Paulo'],
  [/\bBRT\b/, 'America/Sao_Paulo'],
  [/\b(?:horario|hora) (?:de |oficial de )?(?:la )?Argentina\b|\bhora argentina\b|\bBuenos Aires time\b/i, 'America/Argentina/Buenos_Aires'],
  // Abbreviations only in capitals: German "Art: Telefoninterview" (the kind of interview) is no Argentina time.
  [/\bART\b/, 'America/Argentina/Buenos_Aires'],
  [/\bheure (?:de Paris|française|de France)\b|\bParis time\b/i, 'Europe/Paris'],
  [/\b(?:London|UK) time\b|\bheure de Londres\b/i, 'Europe/London'],
  [/\bBST\b/, 'Europe/London'],
  [/\b(?:Berlin|German) time\b|\bdeutscher Zeit\b|\bMES?Z\b|\bCES?T\b/, 'Europe/Berlin'],
  [/\bhora (?:de Madrid|peninsular|española)\b|\bMadrid time\b/i, 'Europe/Madrid'],
  [/\bora italiana\b|\bora di Roma\b/i, 'Europe/Rome'],
  [/日本時間|\bJapan (?:Standard )?time\b/i, 'Asia/Tokyo'],
  [/\bJST\b/, 'Asia/Tokyo'],
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
  [/\bhora de (?:Canarias|las Canarias)\b|\bhora canaria\b/i, 'Atlantic/Canary'],
  [/\bhora (?:peninsular|española)\b/i, 'Europe/Madrid'],
  [/\bhora (?:de )?Chile\b|\bhora chilena\b/i, 'America/Santiago'],
  [/\bhora (?:de )?Colombia\b|\bhora colombiana\b/i, 'America/Bogota'],
  [/\bhora (?:de|del) Per[úu]\b|\bhora peruana\b/i, 'America/Lima'],
  [/\bhora (?:de )?Uruguay\b|\bhora uruguaya\b/i, 'America/Montevideo'],
  [/\b(?:Finnish|Helsinki) time\b|\bSuomen aikaa\b/i, 'Europe/Helsinki'],
  [/\bEES?T\b/, 'Europe/Helsinki'],
  [/\b(?:Swedish|Stockholm) time\b|\bsvensk tid\b/i, 'Europe/Stockholm'],
  [/\b(?:Norwegian|Oslo) time\b|\bnorsk tid\b/i, 'Europe/Oslo'],
  [/\b(?:Danish|Copenhagen) time\b|\bdansk tid\b/i, 'Europe/Copenhagen'],
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
  // An IANA name as calendars write it ("15:00 (Europe/Berlin)").
  const iana = /\b(?:Africa|America|Asia|Atlantic|Australia|Europe|Indian|Pacific)\/[A-Za-z_]+(?:\/[A-Za-z_]+)?\b/.exec(text);
  if (iana && isZone(iana[0]) && (!best || iana.index < best.index)) best = { index: iana.index, zone: iana[0] };
  for (const pattern of PLACE_TIME) {
    const match = pattern.exec(text);
    const zone = match ? zoneOfPlaceNamed(match.slice(1).find((g) => g !== undefined) ?? '') : null;
    if (match && zone && (!best || match.index < best.index)) best = { index: match.index, zone };
  }
  return best?.zone ?? null;
}

function isZone(name: string): boolean {
  try {
    dateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const PLACE = String.raw`(\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:de[ \t]+|del[ \t]+|do[ \t]+|da[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,2})`;
/**
 * A zone named by a city, region or country: "Toronto time", "heure de Montréal", "hora de Lisboa",
 * "ora di Milano", "Wiener Zeit", "Amsterdamse tijd", "czasu w Warszawie" is not read; a place right
 * after a time ("9:30 in Chicago", "14h à Paris") gives that place's zone.
 */
const PLACE_TIME: RegExp[] = [
  new RegExp(String.raw`${PLACE}(?:[ \t]+local)?[ \t]+[Tt]ime\b`, 'u'),
  new RegExp(String.raw`\blocal time (?:in|at) ${PLACE}`, 'u'),
  new RegExp(String.raw`\b[Hh]eure (?:locale )?(?:de |d['’]|du |de la |à )${PLACE}`, 'u'),
  new RegExp(String.raw`\b[Hh]or(?:a|ário|ario)(?: local| oficial)? (?:de |del |da |do |em |en )(?:la |el )?${PLACE}`, 'u'),
  new RegExp(String.raw`\b[Oo]ra (?:locale )?(?:di |del |della |dell['’]|in )${PLACE}`, 'u'),
  new RegExp(String.raw`${PLACE}er Zeit\b|\bOrtszeit (?:in )?${PLACE}|\bZeit in ${PLACE}`, 'u'),
  new RegExp(String.raw`${PLACE}se tijd\b|\btijd in ${PLACE}`, 'u'),
  new RegExp(String.raw`^[\s(]*(?:in|en|em|à|a|w|we|in|de|di|da)[ \t]+${PLACE}`, 'u'),
  // "9:00 Lisbon / 10:00 Amsterdam", "10:00 (Amsterdam)": a place right after a time, alone
  new RegExp(String.raw`^[\s(]*${PLACE}(?=[ \t]*(?:[)/,;]|$|\n))`, 'u'),
];

/** Countries and regions with one zone (or one zone that their invitations mean). */
const COUNTRY_ZONES: [RegExp, string][] = [
  [/^(?:France|Frankreich|Francia|Francia|França|Francja)$/u, 'Europe/Paris'],
  [/^(?:Spain|España|Espagne|Spanien|Spagna|Espanha|Hiszpania|Spanje)$/u, 'Europe/Madrid'],
  [/^(?:Portugal|Portogallo|Portugalia)$/u, 'Europe/Lisbon'],
  [/^(?:Italy|Italia|Italie|Italien|Itália|Włochy|Italië)$/u, 'Europe/Rome'],
  [/^(?:Germany|Deutschland|Allemagne|Alemania|Germania|Alemanha|Niemcy|Duitsland)$/u, 'Europe/Berlin'],
  [/^(?:Netherlands|The Netherlands|Nederland|Holland|Pays-Bas|Países Bajos|Paesi Bassi|Holanda|Holandia|Niederlande)$/u, 'Europe/Amsterdam'],
  [/^(?:Belgium|Belgique|België|Belgien|Bélgica|Belgio|Belgia)$/u, 'Europe/Brussels'],
  [/^(?:Poland|Polska|Pologne|Polonia|Polen|Polónia)$/u, 'Europe/Warsaw'],
  [/^(?:Switzerland|Suisse|Schweiz|Suiza|Svizzera|Suíça|Szwajcaria|Zwitserland)$/u, 'Europe/Zurich'],
  [/^(?:Austria|Österreich|Autriche|Áustria|Oostenrijk)$/u, 'Europe/Vienna'],
  [/^(?:UK|U\.K\.|United Kingdom|Britain|Great Britain|England|Scotland|Wales|Royaume-Uni|Reino Unido|Regno Unito|Großbritannien)$/u, 'Europe/London'],
  [/^(?:Ireland|Irlande|Irland|Irlanda|Ierland)$/u, 'Europe/Dublin'],
  [/^(?:Japan|Japon|Japón|Giappone|Japão|Japonia)$/u, 'Asia/Tokyo'],
  [/^(?:India|Inde|Indien|Índia|Indie)$/u, 'Asia/Kolkata'],
  [/^(?:Singapore|Singapour|Singapur|Singapura)$/u, 'Asia/Singapore'],
  [/^(?:Mexico|México|Mexique|Mexiko|Messico|Meksyk)$/u, 'America/Mexico_City'],
  [/^(?:Brazil|Brasil|Brésil|Brasilien|Brasile|Brazylia|Brasília|Brasilia)$/u, 'America/Sao_Paulo'],
  [/^(?:Argentina|Argentine|Argentinien)$/u, 'America/Argentina/Buenos_Aires'],
  [/^(?:Chile|Chili)$/u, 'America/Santiago'],
  [/^(?:Colombia|Colombie|Kolumbien)$/u, 'America/Bogota'],
  [/^(?:Peru|Perú|Pérou)$/u, 'America/Lima'],
  [/^(?:Uruguay)$/u, 'America/Montevideo'],
  [/^(?:Québec|Quebec|Ontario)$/u, 'America/Toronto'],
];

function zoneOfPlaceNamed(name: string): string | null {
  const trimmed = name.trim();
  return COUNTRY_ZONES.find(([pattern]) => pattern.test(trimmed))?.[1] ?? zoneOfPlaceIn(trimmed);
}

/** Cities and regions whose zone an invitation without a written zone can be read in. */
const PLACES: [RegExp, string][] = [
  [/\b(?:Boston|New York|NYC|Brooklyn|Manhattan|Philadelphia|Atlanta|Miami|Washington,? DC|Baltimore|Pittsburgh|Newark|Jersey City|Charlotte|Raleigh|Durham|Norfolk|Richmond|Cleveland|Columbus|Dayton|Cincinnati|Detroit|Indianapolis|Louisville|Jacksonville|Toronto|Montr[ée]al|Laval|Qu[ée]bec City|Ville de Qu[ée]bec|Ottawa|Mississauga|Orlando|Tampa|Hartford|Providence|Buffalo|Rochester|Albany|Stamford|Cambridge, MA)\b|,\s*(?:MA|NY|NJ|PA|CT|RI|VT|NH|ME|VA|NC|SC|GA|FL|OH|MI|MD|DE|DC)\s+\d{5}\b/, 'America/New_York'],
  [/\b(?:Chicago|Evanston|Naperville|Dallas|Fort Worth|Houston|Austin|San Antonio|Minneapolis|St\. Paul|Saint Paul|St\. Louis|Kansas City|Milwaukee|Madison|Des Moines|Nashville|New Orleans|Memphis|Omaha|Oklahoma City|Tulsa|Little Rock|Birmingham, AL|Winnipeg)\b|,\s*(?:IL|TX|MN|WI|MO|IA|KS|NE|OK|LA|AR|MS|AL|TN)\s+\d{5}\b/, 'America/Chicago'],
  [/\b(?:Denver|Boulder|Colorado Springs|Salt Lake City|Albuquerque|Boise|Calgary|Edmonton)\b|,\s*(?:CO|UT|NM|MT|WY|ID)\s+\d{5}\b/, 'America/Denver'],
  [/\b(?:Phoenix|Scottsdale|Tucson)\b|,\s*AZ\s+\d{5}\b/, 'America/Phoenix'],
  [/\b(?:Seattle|Bellevue|Redmond|Portland|San Francisco|Oakland|San Jose|Palo Alto|Mountain View|Los Angeles|San Diego|Sacramento|Las Vegas|Vancouver)\b|,\s*(?:CA|WA|OR|NV)\s+\d{5}\b/, 'America/Los_Angeles'],
  [/\b(?:Ciudad de M[ée]xico|CDMX|Mexico City|Guadalajara|Monterrey|Puebla|Quer[ée]taro|Le[óo]n, Guanajuato|M[ée]rida)\b/, 'America/Mexico_City'],
  [/\b(?:Tijuana|Mexicali)\b/, 'America/Tijuana'],
  [/(?<![\p{L}])(?:Bogot[áa]|Medell[íi]n|Cali)(?![\p{L}])/u, 'America/Bogota'],
  [/\b(?:Lima)\b/, 'America/Lima'],
  [/\b(?:Santiago de Chile|Valpara[íi]so)\b/, 'America/Santiago'],
  [/\b(?:Montevideo)\b/, 'America/Montevideo'],
  [/\b(?:S[ãa]o Paulo|Rio de Janeiro|Belo Horizonte|Curitiba|Porto Alegre|Bras[ií]lia|Campinas|Florian[óo]polis|Goi[âa]nia|Recife|Salvador|Fortaleza)\b/, 'America/Sao_Paulo'],
  [/\b(?:Manaus)\b/, 'America/Manaus'],
  [/\b(?:Buenos Aires|C[óo]rdoba, Argentina|Rosario|Mendoza)\b/, 'America/Argentina/Buenos_Aires'],
  [/\b(?:London|Londen|Londra|Londres|Manchester|Edinburgh|Glasgow|Bristol|Leeds|Liverpool|Sheffield|Newcastle|Nottingham|Leicester|Cardiff|Belfast|Oxford|Reading|Slough|Milton Keynes|Southampton|Brighton|York|Birmingham, UK)\b/, 'Europe/London'],
  [/\b(?:Dublin|Cork|Galway|Limerick)\b/, 'Europe/Dublin'],
  [/\b(?:Lisboa|Lisbon|Lissabon|Lisbona|Lisbonne|Porto|Braga|Coimbra|Faro|Aveiro)\b/, 'Europe/Lisbon'],
  [/\b(?:Funchal|Madeira)\b/, 'Atlantic/Madeira'],
  [/\b(?:Ponta Delgada)\b/, 'Atlantic/Azores'],
  [/\b(?:Las Palmas|Tenerife|Gran Canaria)\b/, 'Atlantic/Canary'],
  [/\b(?:Warszaw\p{L}*|Warsaw|Krak[óo]w\p{L}*|Wroc[łl]aw\p{L}*|Gda[ńn]sk\p{L}*|Pozna[ńn]\p{L}*|[ŁL][óo]d[źz]\p{L}*|Katowic\p{L}*|Lublin\p{L}*|Szczecin\p{L}*)/u, 'Europe/Warsaw'],
  [/\b(?:Paris|Parijs|Parigi|Lyon|Marseille|Toulouse|Nantes|Bordeaux|Lille|Strasbourg|Rennes|Nice|Montpellier|Grenoble|Reims|Dijon|Angers|Tours|Clermont-Ferrand|Saint-[ÉE]tienne|Le Havre)\b/, 'Europe/Paris'],
  [/\b(?:Berlin|Berlijn|Berlino|Berlim|M[üu]nchen|Munich|Hamburg|K[öo]ln|Cologne|Frankfurt|Stuttgart|D[üu]sseldorf|Leipzig|Dresden|Hannover|Bremen|N[üu]rnberg|Bonn|Mannheim|Karlsruhe|Erlangen|Augsburg|Freiburg|Heidelberg|Essen|Dortmund|Duisburg|Wiesbaden|Mainz|Kiel|L[üu]beck|Rostock|Potsdam|Regensburg|W[üu]rzburg|Ulm|M[üu]nster|Bochum|Wuppertal|Bielefeld|Braunschweig)\b/, 'Europe/Berlin'],
  [/\b(?:Wien|Vienna|Graz|Linz|Salzburg|Innsbruck|Klagenfurt)\b/, 'Europe/Vienna'],
  [/\b(?:Z[üu]rich|Gen[eè]ve|Geneva|Genf|Basel|Bern|Lausanne|Luzern|Lucerne|Winterthur|St\. Gallen|Lugano)\b/, 'Europe/Zurich'],
  [/\b(?:Luxembourg|Luxemburg)\b/, 'Europe/Luxembourg'],
  [/\b(?:Madrid|Barcelona|Valencia|Sevilla|Seville|Bilbao|M[áa]laga|Zaragoza|Murcia|Alicante|Valladolid|Palma|Vigo|Gij[óo]n|A Coru[ñn]a|San Sebasti[áa]n|Donostia|Pamplona|Granada)\b/, 'Europe/Madrid'],
  [/\b(?:Milano|Milan|Roma(?! (?:Norte|Sur))|Rome|Torino|Turin|Bologna|Firenze|Florence|Napoli|Naples|Brescia|Bergamo|Genova|Genoa|Verona|Padova|Padua|Venezia|Venice|Bari|Palermo|Catania|Trieste|Modena|Parma)\b/, 'Europe/Rome'],
  [/\b(?:Amsterdam|Amesterdão|Amsterdã|Utrecht|Rotterdam|Den Haag|The Hague|Eindhoven|Groningen|Leiden|Delft|Haarlem|Arnhem|Nijmegen|Maastricht|Zwolle|Breda|Tilburg|Amersfoort)\b/, 'Europe/Amsterdam'],
  [/\b(?:Brussel|Bruxelles|Brussels|Antwerpen|Antwerp|Gent|Ghent|Li[èe]ge|Namur|Leuven|Louvain|Charleroi|Brugge|Bruges|Mechelen)\b/, 'Europe/Brussels'],
  [/(?:東京|大阪|名古屋|横浜|福岡|京都|札幌|神戸|仙台|広島)|\b(?:Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Fukuoka)\b/, 'Asia/Tokyo'],
  [/\b(?:Bangalore|Bengaluru|Mumbai|Delhi|New Delhi|Gurgaon|Gurugram|Noida|Hyderabad|Chennai|Pune|Kolkata)\b/, 'Asia/Kolkata'],
  [/\b(?:Singapore)\b/, 'Asia/Singapore'],
  [/\b(?:Halifax)\b/, 'America/Halifax'],
  // Cities abroad an invitation names its clock by ("11:00 Istanbul time", "hora de Dubái"), the zone of each.
  [/(?<![\p{L}])(?:[İI]stanbul|Ankara|[İI]zmir)(?![\p{L}])/u, 'Europe/Istanbul'],
  [/(?<![\p{L}])(?:Dubai|Dubái|Abu Dhabi)(?![\p{L}])/u, 'Asia/Dubai'],
  [/(?<![\p{L}])(?:Doha)(?![\p{L}])/u, 'Asia/Qatar'],
  [/(?<![\p{L}])(?:Riyadh|Riad|Jeddah)(?![\p{L}])/u, 'Asia/Riyadh'],
  [/(?<![\p{L}])(?:Tel Aviv|Jerusalem)(?![\p{L}])/u, 'Asia/Jerusalem'],
  [/(?<![\p{L}])(?:Le Caire|El Cairo|Kairo)(?![\p{L}])/u, 'Africa/Cairo'],
  [/(?<![\p{L}])(?:Athens|Athènes|Atenas|Atene|Athen|Ateny)(?![\p{L}])/u, 'Europe/Athens'],
  [/(?<![\p{L}])(?:Helsinki|Helsingfors|Espoo|Tampere)(?![\p{L}])/u, 'Europe/Helsinki'],
  [/(?<![\p{L}])(?:Stockholm|Göteborg|Gothenburg|Malmö|Uppsala)(?![\p{L}])/u, 'Europe/Stockholm'],
  [/(?<![\p{L}])(?:Oslo|Trondheim|Stavanger)(?![\p{L}])/u, 'Europe/Oslo'],
  [/(?<![\p{L}])(?:Copenhagen|København|Kopenhagen|Copenhague|Aarhus)(?![\p{L}])/u, 'Europe/Copenhagen'],
  [/(?<![\p{L}])(?:Prague|Praha|Prag|Brno)(?![\p{L}])/u, 'Europe/Prague'],
  [/(?<![\p{L}])(?:Budapest)(?![\p{L}])/u, 'Europe/Budapest'],
  [/(?<![\p{L}])(?:Bucharest|București|Bucarest|Bukarest|Cluj-Napoca)(?![\p{L}])/u, 'Europe/Bucharest'],
  [/(?<![\p{L}])(?:Kyiv|Kiev|Kijów|Lviv)(?![\p{L}])/u, 'Europe/Kyiv'],
  [/(?<![\p{L}])(?:Riga)(?![\p{L}])/u, 'Europe/Riga'],
  [/(?<![\p{L}])(?:Tallinn)(?![\p{L}])/u, 'Europe/Tallinn'],
  [/(?<![\p{L}])(?:Vilnius|Wilno)(?![\p{L}])/u, 'Europe/Vilnius'],
  [/(?<![\p{L}])(?:Johannesburg|Cape Town|Kaapstad|Pretoria|Durban)(?![\p{L}])/u, 'Africa/Johannesburg'],
  [/(?<![\p{L}])(?:Nairobi)(?![\p{L}])/u, 'Africa/Nairobi'],
  [/(?<![\p{L}])(?:Casablanca|Rabat)(?![\p{L}])/u, 'Africa/Casablanca'],
  [/(?<![\p{L}])(?:Hong Kong)(?![\p{L}])/u, 'Asia/Hong_Kong'],
  [/(?<![\p{L}])(?:Shanghai|Beijing|Pékin|Pekín|Peking|Shenzhen)(?![\p{L}])/u, 'Asia/Shanghai'],
  [/(?<![\p{L}])(?:Seoul|Séoul|Seúl)(?![\p{L}])/u, 'Asia/Seoul'],
  [/(?<![\p{L}])(?:Canberra)(?![\p{L}])/u, 'Australia/Sydney'],
  [/(?<![\p{L}])(?:Auckland)(?![\p{L}])/u, 'Pacific/Auckland'],
];

/**
 * Words that name a place as the reader's, where the writer converts a time for them ("Das wäre bei Ihnen in
 * Lissabon dann halb neun", "that's 8:30 for you in London", "soit 8h30 pour vous à Londres"): not where the
 * interview's clock runs. "For you" names the reader's place only right after a time ("a role for you in Lyon" does not).
 */
const READERS_PLACE = /(?:\bbei (?:Ihnen|dir|euch)|\byour (?:time|end)|\bwhere you are|\bdonde (?:estás|está usted|vive)|\bdove (?:si trova|sei)|\bwaar (?:u|je) (?:bent|woont)|\baí)\s+(?:(?:in|im|en|em|à|a|au|w|we|at|no|na)\s+)?$/iu;
/** Where the reader travels from ("Sabemos que vem de Amesterdão", "your trip from Amsterdam", "Anreise aus Wien"): their place, not the interview's. */
const READERS_ORIGIN = /(?:\b(?:coming|travell?ing|flying|(?:trip|journey|travel|flight|commute)s?)\s+from|\b(?:vem|vens|virá|viaja|vindo|deslocação|viagem|viene|vienes|vendrá|viajas|viajar|desplazamiento|viaje|vuelo)\s+(?:de|desde|do|da|del)|\b(?:venez|viens|viendrez|voyagez|venant|trajet|voyage|vol)\s+(?:de|depuis|d['’])|\b(?:kommen|kommst|anreisen|reisen|Anreise|Reise|Flug)\s+(?:aus|von|ab)|\b(?:vieni|verrà|viaggio|volo|trasferta)\s+(?:da|dalla|dal)|\b(?:komt|kom|reist|reis|vlucht)\s+(?:uit|vanuit|van)|(?:przyjeżdża\p{L}*|przyjedzie\p{L}*|dojazd\p{L}*|podróż\p{L}*|lot)\s+(?:z|ze)|\b(?:trains?|flights?|planes?|train|avion|TGV|tren|avión|Zug|Flug|Bahn|treno|aereo|trein|vliegtuig|comboio|trem|avião|pociąg\p{L}*|samolot\p{L}*)\s+(?:(?:or|ou|o|oder|of|lub)\s+\p{L}+\s+)?(?:from|de|depuis|d['’]|desde|aus|von|ab|da|dalla|dal|uit|vanuit|van|do|z|ze))\s+$/iu;
const READERS_PLACE_AFTER_TIME = /\d(?:[:.h]\d\d)?\s*(?:[ap]\.?m\.?|h|Uhr|uur|godz\.?)?\s+(?:for you(?: guys)?|chez (?:vous|toi)|pour (?:vous|toi)|para (?:usted|ti|vos|ustedes|você|si|vocês)|(?:da|per) (?:lei|te|voi)|(?:bij|voor) (?:u|jou|jullie)|(?:u|dla) (?:Pana|Pani|ciebie|Państwa))\s+(?:(?:in|im|en|em|à|a|au|w|we|at|no|na)\s+)?$/iu;

/** PLACES, each pattern able to find every occurrence (compiled once). */
const PLACES_ANYWHERE: [RegExp, string][] = PLACES.map(([pattern, zone]) => [new RegExp(pattern.source, `${pattern.flags}g`), zone]);

/**
 * The zone of the place named in `text` (a city, or a US state with its ZIP code): the address line's, else the first named; never the reader's.
 * An address in the text before `signature` wins over the signature's (an agency in London sends its candidate to "28050 Madrid").
 */
export function zoneOfPlaceIn(text: string, signature = ''): string | null {
  const main = placesIn(text);
  const signed = signature ? placesIn(signature) : null;
  return (main.postal ?? signed?.postal ?? main.best ?? signed?.best)?.zone ?? null;
}

function placesIn(text: string): { postal: { zone: string } | null; best: { zone: string } | null } {
  let best: { index: number; zone: string } | null = null;
  // A place on a line with a postcode is the address's ("Jardim Paulistano, São Paulo – SP, 01452-910"): it wins over
  // one named before it in passing, or inside a longer name ("em nosso escritório na Faria Lima": an avenue, not Peru).
  // On that line, the place nearest the postcode ("Via del Porto 28/A, 40122 Bologna": Bologna, not the street's Porto).
  let postal: { distance: number; zone: string } | null = null;
  for (const [pattern, zone] of PLACES_ANYWHERE) {
    let first = true;
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(Math.max(0, match.index - 40), match.index);
      if (READERS_PLACE.test(before) || READERS_PLACE_AFTER_TIME.test(before) || READERS_ORIGIN.test(before)) continue;
      if (first && (!best || match.index < best.index)) best = { index: match.index, zone };
      first = false;
      const lineStart = text.lastIndexOf('\n', match.index) + 1;
      const lineEnd = text.indexOf('\n', match.index);
      const code = POSTCODE.exec(text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
      if (code) {
        const from = lineStart + code.index;
        const to = from + code[0].length;
        const distance = match.index >= to ? match.index - to : from - (match.index + match[0].length);
        if (!postal || Math.abs(distance) < postal.distance) postal = { distance: Math.abs(distance), zone };
      }
    }
  }
  return { postal, best };
}

/** A postcode as the countries write it: Brazil 01452-910, Portugal 4835-044, Poland 00-590, the Netherlands 1015 CJ, Canada M5V 2T6, the UK EC2M 2PP, and five digits (no year has five). */
const POSTCODE = /(?<![\d-])(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{5})(?![\d-])|\b\d{4} ?[A-Z]{2}\b|\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/;

/**
 * Postcodes whose shape tells the country, for the languages written on two continents: Portugal's
 * "1250-096 Lisboa" against Brazil's "01452-910"; France's "59140 Dunkerque" against Canada's "H2X 1Y4"
 * (Quebec's zone). An address written so tells where the interview is when no place this module knows is
 * named. Spanish is left out: Spain and Mexico both write five digits.
 */
const POSTCODE_COUNTRY: Partial<Record<TextLanguage, [RegExp, string][]>> = {
  pt: [
    [/(?<![\d-])\d{4}-\d{3}(?![\d-])[ \t,]+\p{Lu}/u, 'Europe/Lisbon'],
    [/(?<![\d-])\d{5}-\d{3}(?![\d-])/u, 'America/Sao_Paulo'],
  ],
  fr: [
    [/(?<![\d-])\d{5}(?![\d-])[ \t]+\p{Lu}/u, 'Europe/Paris'],
    [/\b[A-Z]\d[A-Z] ?\d[A-Z]\d\b/u, 'America/Toronto'],
  ],
};

/** The zone of the country whose postcode an address of the mail is written with (see POSTCODE_COUNTRY); null when none or two disagree. */
export function zoneOfPostcodeIn(text: string, language: TextLanguage): string | null {
  const found = new Set((POSTCODE_COUNTRY[language] ?? []).filter(([pattern]) => pattern.test(text)).map(([, zone]) => zone));
  return found.size === 1 ? [...found][0]! : null;
}

/** Whether `name` is, whole, a place this module knows ("Torino", "Munich", "São Paulo"): a place is nobody's company. */
export function isPlaceName(name: string): boolean {
  const trimmed = name.trim();
  return PLACES.some(([pattern]) => {
    const match = pattern.exec(trimmed);
    return match !== null && match.index === 0 && match[0].length === trimmed.length;
  });
}

/**
 * A zone under the name the time-zone database files it under: an owner's "America/Montreal" is "America/Toronto"
 * (an old name kept as a link to it), so the owner's zone is found among a language's usual zones whatever name
 * the configuration uses. (ICU resolves the links it knows; a name it does not is returned as it is.)
 */
export function canonicalZone(zone: string): string {
  try {
    return dateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
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

/**
 * A Windows zone label ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "(UTC-05:00)
 * Eastern Time (US & Canada)"), as Microsoft Bookings and Outlook print a time: it names the zone's
 * STANDARD offset and its places, while the time is the local one (in June, Amsterdam is +02:00). The
 * zone of a place it names whose standard offset is the label's; `null` when the text holds such a label
 * but no known place with that offset (the time is then not understood), `undefined` when it holds none.
 */
export function zoneOfWindowsLabel(text: string): string | null | undefined {
  // The label right after a clock time or a range of them, never one further along the line.
  const label = /\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?(?:[ \t]*[-–—][ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?)?[ \t]*\((?:UTC|GMT)(?:\s*([+-])(\d{1,2}):(\d{2}))?\)[ \t]*([^\n]{0,120})/iu.exec(text);
  if (!label || (!label[1] && !label[4]?.trim())) return undefined;
  const offset = label[1] ? (label[1] === '-' ? -1 : 1) * (Number(label[2]) * 60 + Number(label[3])) : 0;
  const places = label[4] ?? '';
  const zone = zoneNamedIn(places) ?? zoneOfPlaceIn(places);
  if (zone && standardOffsetMinutes(zone) === offset) return zone;
  // "(UTC) Coordinated Universal Time" (in any language), "(GMT) Greenwich Mean Time": no offset, no other place.
  return label[1] ? null : 'UTC';
}

/** The standard offset of `zone`: the smaller of its January and July offsets (in 2026: the rules, not a date, matter here). */
function standardOffsetMinutes(zone: string): number {
  const year = 2026;
  return Math.min(offsetMinutesAt(new Date(Date.UTC(year, 0, 1)), zone), offsetMinutesAt(new Date(Date.UTC(year, 6, 1)), zone));
}
