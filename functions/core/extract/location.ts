/**
 * The street address of an onsite interview, as written: the address block's lines joined with ", ",
 * from a building or company line right above the street to the postal code and city (and a country)
 * below it, as the blind corpus's writers label it. Never check-in instructions, a map link, a date or
 * time line, nor a signature or footer (the caller passes the text above the sign-off).
 *
 * An address is found by its street line (a number and a street word, in the languages of the corpus:
 * "233 W. Wacker Dr.", "14, rue de la Paix", "Friedrichstraße 68", "Calle de Alcalá 180", "Rua XV de
 * Novembro, 700", "ul. Prosta 20", "東京都…6-12-8") or its postal line ("Chicago, IL 60606",
 * "London EC1M 6BU", "00-850 Warszawa", "CEP 80020-310"), labelled ("Where:", "Adresse :", "会場：") or not.
 */

import { isJobTitle, placeOfPublicBody } from './company-role.js';
import { ESTATE, REGISTRATION_PART } from './text.js';

/** English street words after a name: "Wacker Dr.", "Canal Wharf Road". */
const EN_STREET_WORDS = String.raw`(?:Street|St\.?|Avenue|Ave\.?|Av\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Ln\.?|Way|Drive|Dr\.?|Place|Pl\.?|Square|Sq\.?|Parkway|Pkwy\.?|Highway|Hwy\.?|Court|Ct\.?|Plaza|Terrace|Circle|Row|Crescent|Cres\.?|Close|Gardens|Wharf|Quay|Mews|Walk|Park|Green|Yard|Broadway|Trail|Loop|Pike|Embankment|Hill|Gate|Market|Centre|Center|Parade|Grove|Rise|Approach|Circus|Bridge)`;
const NUMBER = String.raw`(?:\d{1,5}[A-Za-z]?(?:[-–]\d{1,5}[A-Za-z]?)?|One|Two|Three|Four|Five|Ten)`;
/** "233 W. Wacker Dr.", "41 Cowcross Street", "4 Thameside Park" */
const EN_STREET = new RegExp(String.raw`(?<![\p{L}\d.,:/-])${NUMBER},?\s+(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\.?\s+)?(?:(?:\p{Lu}[\p{L}'’.-]*|\d+(?:st|nd|rd|th))\s+){0,4}${EN_STREET_WORDS}(?![\p{L}])`, 'u');
/** "14, rue de la Chaussée-d'Antin", "1250, boulevard René-Lévesque Ouest" */
const FR_STREET = /(?<![\p{L}\d.,:/-])\d{1,4}(?:\s*(?:bis|ter|[A-Z]))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|quai|allée|chemin|impasse|cours|route|square|passage|voie|rond-point|esplanade|parvis|promenade|rang|côte)\s+[^\n,]{2,60}/iu;
/**
 * A street word first and its number after: "Calle de Alcalá 180", "Rua de Santa Catarina, 512", "Via Roma 12", "ul. Prosta 20";
 * in a sentence the word is written small ("in via Roma 12", "en la calle Mayor 5"), then a capital name follows it.
 */
const NAME_FIRST_STREET = /(?<![\p{L}])(?:Passeig|Passatge|Avinguda|Plaça|Rambla|Travessera|Rúa|Camí|Calle|Carrera|Cra\.|Kra\.|Cl\.|Transversal|Diagonal|Autopista|C\/|Avenida|Avda\.|Av\.|Paseo|Plaza|Pza\.|Carrer|Carretera|Camino|Ronda|Gran Vía|Calzada|Circuito|Prolongación|Periférico|Boulevard|Blvd\.|Rua|R\.|Travessa|Largo|Praça|Praca|Alameda|Estrada|Rodovia|Via|Viale|Piazza|Piazzale|Corso|Vicolo|Strada|Lungomare|Lungarno|Riva|ul\.|ulica|al\.|aleja|Al\.|pl\.|plac|os\.|osiedle|rondo|Rue|Avenue|Boulevard|Place|Quai|Chemin|(?:via|viale|piazza|piazzale|corso|calle|avenida|paseo|plaza|carrer|passeig|avinguda|plaça|rambla|rua|travessa|praça|largo|alameda|estrada)(?=\s+(?:(?:di|del|della|dello|dei|degli|delle|de|la|las|los|do|da|dos|das|d['’])\s*)?\p{Lu})(?!\s+(?:Zoom|Teams|Google|Skype|Webex|WhatsApp|Meet|LinkedIn|Slack|Microsoft|Jitsi|Calendly)(?![\p{L}])))\s+[^\n,]{2,60}?,?\s+(?:n\.?\s?º\s*|nº\s*|no\.\s*|núm\.\s*|nr\s*|#\s*|lote\s+|parcela\s+|nave\s+)?(?:\d{1,5}[A-Za-z]?(?:[/-]\d{1,4}[A-Za-z]?)?|[sS]\/[nN])(?![\p{L}\d])/u;
/** A name with a street suffix and its number: "Friedrichstraße 68", "Oudegracht 245", "Am Sandtorkai 50". */
const SUFFIX_STREET = /(?<![\p{L}])(?:(?:Am|An der|An den|Auf der|Auf dem|Im|In der|Zum|Zur|Unter den|Hinter der|Alte|Neue[rs]?|Große|Kleine|Hohe|\p{Lu}\p{Ll}+er)\s+)?\p{Lu}[\p{L}-]*(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ring|ufer|markt|chaussee|steig|pfad|kai|hof|berg|gracht|straat|laan|plein|kade|singel|dijk|dreef|wal|plantsoen|markt|park|pad|steeg|baan|lei|gatan|gata|gaten|vägen|vagen|väg|vegen|veien|vej|vejen|gade|gaden|stræde|torget|torg|katu|tie|kuja|-(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Damm|Ring|Ufer|Markt|Chaussee|Steig|Pfad|Kai|Hof|Berg|Park)|(?<=\p{Ll}er)[ \t](?:Straße|Strasse|Gasse|Weg|Platz|Allee|Ring|Damm|Ufer|Chaussee|Steig|Kai|Markt|Zeile|Lände))\s+\d{1,5}[a-z]?(?:[-–]\d{1,4}[a-z]?)?(?![\p{L}\d])|(?<![\p{L}])(?:Am|An der|An den|Auf der|Im|In der|Unter den|Neuer|Alter|Hohe)\s+\p{Lu}[\p{L}-]+\s+\d{1,5}[a-z]?(?![\p{L}\d])/u;
/** A Japanese address: a prefecture, then a block number ("東京都新宿区西新宿6-12-8"), after an optional 〒 postal code. */
const JA_ADDRESS = /(?:〒\s*\d{3}-?\d{4}\s*)?(?:東京都|北海道|(?:京都|大阪)府|[\p{Script=Han}]{2,3}県)[\p{L}\p{N}\s・ー－-]{2,80}?[0-9０-９]/u;

/** Ireland: an Eircode ("D07 X2Y3", "T12 AB34") or a Dublin postal district ("Dublin 7", "Dublin 6W"). */
const IRISH_POSTAL = String.raw`(?<![A-Z\d])[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4}(?![A-Z\d])|(?<![\p{L}])Dublin\s(?:[1-9]|1\d|2[0-4]|6W)(?![\p{L}\d])`;

/** Postal lines: "Chicago, IL 60606", "London EC1M 6BU", "75009 Paris", "00-850 Warszawa", "CEP 80020-310", "M5V 2T6". */
const POSTAL = new RegExp(
  [
    String.raw`\p{Lu}[\p{L} .'’-]*,?\s+(?:[A-Z]{2}|\(\p{Lu}[\p{L}-]*\))\s+\d{5}(?:-\d{4})?(?!\d)`, // US "City, ST 12345"
    String.raw`(?<![A-Z\d])[A-Z]\d[A-Z]\s?\d[A-Z]\d(?![A-Z\d])`, // Canada
    String.raw`(?<![A-Z\d])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Z\d])`, // UK
    String.raw`(?<![\d-])(?:[A-Z]{1,2}-)?\d{4,5}(?:-\d{3})?\s+\p{Lu}(?:[\p{L}]|['’]\p{Lu})`, // EU, PT, MX "06600 Ciudad de México", "12110 L'Alcora"
    String.raw`(?<![\d-])\d{2}-\d{3}\s+\p{Lu}[\p{L}]`, // PL
    String.raw`(?<![\d-])\d{4}\s?[A-Z]{2}\s+\p{Lu}[\p{L}]`, // NL
    String.raw`(?<![\d-])\d{3}\s\d{2}\s+\p{Lu}[\p{L}]`, // SE "111 51 Stockholm"
    String.raw`\b(?:CEP|C\.P\.|CP|Código Postal|PLZ|Postcode)[:\s]*\d{4,5}(?:-\d{3})?`, // labelled codes
    String.raw`〒\s*\d{3}-?\d{4}`,
    String.raw`\p{Lu}[\p{L} .'’-]*\s+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}(?!\d)`, // Australia
    IRISH_POSTAL,
  ].join('|'),
  'u',
);

/** The postal codes of English mailing addresses: "Chicago, IL 60606", "London EC1M 6BU", "M5V 2T6", "Sydney NSW 2000". */
const ENGLISH_POSTAL = new RegExp(
  [
    String.raw`,?\s+(?:[A-Z]{2}|\(\p{Lu}[\p{L}-]*\))\s+\d{5}(?:-\d{4})?(?!\d)`,
    String.raw`(?<![A-Z\d])[A-Z]\d[A-Z]\s?\d[A-Z]\d(?![A-Z\d])`,
    String.raw`(?<![A-Z\d])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![A-Z\d])`,
    String.raw`\s(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}(?!\d)`,
    IRISH_POSTAL,
  ].join('|'),
  'u',
);

/** Ordinal words before a floor ("second floor", "zweiter Stock", "tweede verdieping", "primo piano", "drugie piętro"). */
const FLOOR_ORDINAL = String.raw`(?:ground|first|second|third|fourth|fifth|sixth|premier|première|deuxième|troisième|quatrième|cinquième|erste[nrs]?|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|fünfte[nrs]?|begane|eerste|tweede|derde|vierde|vijfde|primer|primera|segundo|segunda|tercer|tercera|cuarto|cuarta|quinto|quinta|primeiro|terceiro|quarto|primo|secondo|terzo|pierwsze|drugie|trzecie|czwarte|piąte)`;
/** A floor, suite, unit, room or building line or part: "Suite 1400", "3rd Floor", "piętro 7", "2.º", "sala 1203". */
const UNIT = new RegExp(String.raw`^(?:(?:Suite|Ste\.?|Floor|Fl\.?|Unit|Room|Rm\.?|Building|Bldg\.?|Level|Lvl\.?|Tower|Wing|Block|Office|Apt\.?|planta|piso|despacho|oficina|local|loja|nave|sala|andar|conjunto|cj\.?|bloco|piano|scala|interno|edificio|palazzina|palazzo|padiglione|étage|bureau|bâtiment|bât\.?|escalier|porte|aile|Etage|OG|EG|Stock|Raum|Zimmer|Gebäude|Haus|Eingang|Stiege|Stg\.?|Tür|Top|verdieping|etage|kamer|gebouw|piętro|pok\.?|lokal|budynek|klatka|wejście|våning|vån\.?|etasje|etg\.?|kerros|krs)\b|\d+\.?\s*(?:tr|sal|vån|etg|krs)\b\.?|(?:\d+(?:st|nd|rd|th|er|e|ème|º|ª|°|\.º|\.ª|\.)?|[IVX]{1,4}\.?|${FLOOR_ORDINAL})\s*(?:floor|Floor|FLOOR|étage|Etage|OG|Obergeschoss|Geschoss|Stock|planta|piso|andar|piano|verdieping|etage|piętro)\b|\d+\.?\s*[ºª](?:\s*\d+\.?\s*[ºª])?(?:\s*(?:andar|piso|planta|puerta|izq(?:uierda|\.)?|dcha\.?|derecha|esq\.?|dto\.?|[A-Z]))?$|[\p{L}\p{N}\s]*(?:ビル|階|タワー)|\d+F$)`, 'iu');

const COUNTRY = /^(?:Canada|Mexico|México|France|Deutschland|Germany|España|Spain|Italia|Italy|Nederland|Netherlands|The Netherlands|Portugal|Brasil|Brazil|Polska|Poland|United Kingdom|UK|U\.K\.|England|Scotland|Wales|Ireland|USA|U\.S\.A\.|US|United States|Belgique|België|Belgium|Schweiz|Suisse|Svizzera|Switzerland|Österreich|Austria|Luxembourg|Japan|日本|Argentina|Chile|Colombia|Uruguay)$/u;

/** A location's label, with a colon or as a table's first column ("Locatie<tab>Blaakhaven 212"). */
const LABEL = /^(?:(?:The |Our )?(?:Location|Address|Office address|Office|Offices)|Where|Venue|Place|Kantoor|Büro|Bureau|Bureaux|Oficina|Oficinas|Ufficio|Uffici|Escritório|Biuro|Lieu|Adresse|Où|Ort|Wo|Anschrift|Treffpunkt|Dirección|Direccion|Ubicación|Ubicacion|Lugar|Sede|Indirizzo|Luogo|Adres|Locatie|Plaats|Waar|Endereço|Morada|Local|Onde|Miejsce|Gdzie|場所|会場|住所|所在地|面接会場|面接場所)(?:\s*[:：]\s*|\t+)/iu;
/** Any "Word:" label line, or a table's "Word<tab>" (a date, time or panel line ends an address block). */
const ANY_LABEL = /^[\p{L}][\p{L} ]{0,25}(?:\s*[:：]|\t)/u;
/** A unit's own number with a dot ("sala 4.12", "Raum 2.14", "kamer 3.05"), blanked before a time or a date is looked for. */
const UNIT_NUMBER = /(?<![\p{L}])(sala|salle|room|rm\.?|raum|zimmer|kamer|lokal|pok\.?|bureau|office|suite|despacho|stanza|aula)\s+\d{1,2}[.,]\d{1,3}(?!\d|[.,]\d)/giu;
const unitNumbersBlanked = (line: string): string => line.replace(UNIT_NUMBER, '$1 N');
const TIME_OR_DATE = /\b\d{1,2}(?::\d{2}|[.h]\d{2}|\s*(?:am|pm|a\.m\.|p\.m\.|Uhr|uur|h)\b)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lundi|mardi|mercredi|jeudi|vendredi|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|lunes|martes|miércoles|jueves|viernes|lunedì|martedì|mercoledì|giovedì|venerdì|maandag|dinsdag|woensdag|donderdag|vrijdag|segunda|terça|quarta|quinta|sexta|poniedziałek|wtorek|środa|czwartek|piątek)\b|[月火水木金土日]曜|\d+月\d+日/iu;
/** Lower-case words a building or company line may hold ("Riverside store", "Torre de Oficinas", "Evanston campus"). */
const NAME_LOWER = /^(?:of|the|and|at|de|del|la|las|los|le|les|des|du|di|da|do|dos|das|e|y|et|und|van|der|den|het|von|zu|am|im|w|i|store|office|offices|campus|building|tower|centre|center|site|branch|hq|headquarters|house|works|hall|park|plaza|sede|oficinas|bureau|bureaux|siège|tienda|loja|edificio|edifício|torre|piso|planta|andar|campus|gebouw|kantoor|Gebäude|Haus|biuro|budynek|biurowiec|floor|wing|lobby|reception|entrance|piano|verdieping|étage|etage|stock|piętro|sala|salle|kamer|zimmer|raum)$/iu;

/**
 * The address in `main`, as written; null when none is found. The hiring company's own line heading an
 * address block ("Kadenza B.V.", "Elbkontor Handels GmbH") is no part of the street address a person
 * would give (the corpus's writers drop it; a building's name they keep).
 */
export function findLocation(main: string, company: string | null = null): string | null {
  // A letterhead line goes on after the address with its phone ("… 37017 Lazise (VR) · tel. 045 …"): not the address's.
  const found = findAddress(main)?.replace(/\s*[·|]\s*(?:tel|tél|phone|fon|fax|mob|kom|cell|gsm|t|p|e|email|e-mail|www)\.?\s*:?$/iu, '') ?? null;
  // …or its slogan and hours ("41 Phibsborough Rd, Dublin 7 | Good pints, better company | Open 12 till late"): the
  // address ends with the part that holds its postal code.
  const parts = found?.split(/\s+[|·•]\s+/u) ?? [];
  const postalAt = parts.findIndex((part) => POSTAL.test(part));
  const address = found && postalAt >= 0 && postalAt < parts.length - 1 ? parts.slice(0, postalAt + 1).join(' | ') : found;
  // A German verb's particle closes the sentence after an address in it ("findet in der Hauptstraße 5, 73033 Göppingen statt",
  // "… Hamburg, 3. Obergeschoss statt", "kommen Sie … vorbei"): no part of the town or the floor.
  // …and the comma that led on to the rest of the sentence ("… 75009 Paris, le jeudi 17 juin") is no part of it.
  return address && withoutCompanyLine(address.replace(/(?<=[\p{L}\d.])\s+(?:statt|vorbei)$/u, '').replace(/\s*[,;]+$/u, ''), company);
}

/** An office described by whose it is, before its street: "our Zurich office, ", "unser Büro in Wien, ", "nos bureaux de Lyon, ", "la nostra sede di Milano, ". */
const OUR_PLACE = /^(?:our|the|unser(?:e[mnrs]?)?|nos|notre|nuestr[oa]s?|(?:i |il |la |le )?nostr[aoie]|ons|onze|(?:o |a |os |as )?noss[oa]s?|nasz(?:e|ym|ego|ej)?)\s(?=[^,\n]*?(?<!\p{L})(?:offices?|premises|headquarters|HQ|campus|site|branch|Büros?|Niederlassung|Filiale|Standort|Zentrale|bureaux?|locaux|siège|agence|oficinas?|sede|escritórios?|instalaç(?:ão|ões)|uffici?o?|kantoor|vestiging|biur(?:o|ze|ach)|siedzib(?:a|ie)|oddzia(?:ł|le))(?!\p{L}))[^,\d\n]{2,60}?,\s+/iu;

/**
 * …or by what it is, in lower case, before its street: "siedziba firmy, ul. Hutnicza 14", "head office, 1 Market
 * Street", "sede central, Calle …", "siège social, 12 rue …" (a named place, "Sede Madrid", stays).
 */
const PREMISES_FIRST = /^(?:siedzib[aie]|biuro|head office|headquarters|premises|offices?|sede|oficinas?|siège|bureaux?|locaux|Firmensitz|Hauptsitz|Zentrale|hoofdkantoor|kantoor|escritório|ufficio|uffici)(?:[ \t][^,\d\n\p{Lu}]{1,40})?,\s+/u;

/** Legal forms that make a line a company's name, in the languages of the corpus. */
const LEGAL_FORM = /(?:^|\s)(?:GmbH|AG|KG|SE|e\.V\.|UG|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|plc|Corp\.?|Co\.|Pvt\.? Ltd\.?|B\.V\.|N\.V\.|BV|NV|S\.A\.|SA|S\.L\.|SL|SAS|SARL|S\.A\.S\.|S\.p\.A\.|S\.r\.l\.|SpA|Srl|Lda\.?|Ltda\.?|S\.A\. de C\.V\.|sp\. z o\.o\.|Sp\. z o\.o\.|S\.A\.|K\.K\.|AB|AS|ASA|A\/S|ApS|Oy|Oyj)(?=$|[\s,])|株式会社|有限会社/u;

function withoutCompanyLine(address: string, company: string | null): string {
  return withoutSignerLines(withoutOneCompanyLine(withoutSignerAndCompany(address, company), company), company);
}

/** A signature's block with no title: the signer's name and the company's line over the street ("Siobhán Daly, The Blue Kettle Café, 22 Main Street, …") go. */
function withoutSignerAndCompany(address: string, company: string | null): string {
  const parts = address.split(', ');
  if (parts.length < 4 || !PERSON_NAME.test(parts[0]!) || streetIn(parts[0]!) !== null || !isCompanyLine(parts[1]!, company)) return address;
  const rest = parts.slice(2).join(', ');
  return streetIn(rest) !== null ? rest : address;
}

/**
 * A signature's block read from its top ("Tomás Azevedo, Talent Lead, Granito Labs, Edifício Aliança, …"): the
 * signer's name, their job title and their company go; the building and the street stay.
 */
function withoutSignerLines(address: string, company: string | null): string {
  const parts = address.split(', ');
  const titleAt = parts.findIndex((part, i) => i <= 2 && isJobTitle(part) && streetIn(part) === null && !BUILDING_WORD.test(part));
  if (titleAt < 1 || parts.length - titleAt < 3) return address;
  // Above the title, only a person's name (two or three capitalised words).
  if (!parts.slice(0, titleAt).every((p) => PERSON_NAME.test(p))) return address;
  let rest = parts.slice(titleAt + 1);
  if (rest.length > 2 && isCompanyLine(rest[0]!, company)) rest = rest.slice(1);
  return streetIn(rest.join(', ')) !== null ? rest.join(', ') : address;
}

/** A person's name on a signature line: two to four capitalised words, with the particles of names. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:de|da|do|dos|das|van|von|der|den|di|del|la|le)\s+)?\p{Lu}[\p{L}'’.-]*){1,3}$/u;

function withoutOneCompanyLine(address: string, company: string | null): string {
  const comma = address.indexOf(', ');
  if (comma < 0) return address;
  const first = address.slice(0, comma);
  const rest = address.slice(comma + 2);
  if (streetIn(first) !== null || isPostalLine(first) || UNIT.test(first) || (streetIn(rest) === null && !NAME_AND_NUMBER.test(rest.split(', ')[0]!))) return address;
  // An English mailing address keeps its company line: it is the first line of the block as addressed.
  if (ENGLISH_POSTAL.test(rest)) return address;
  return isCompanyLine(first, company) ? rest : address;
}

function isCompanyLine(line: string, company: string | null): boolean {
  if (LEGAL_FORM.test(line) || AGENCY_LINE.test(line)) return true;
  if (!company) return false;
  const plain = (text: string) => text.replace(LEGAL_FORM, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
  // A public body's own building is named after its place ("Stadhuis Waterveld" of "Gemeente Waterveld").
  const name = plain(placeOfPublicBody(company));
  if (name.length < 2) return false;
  const own = plain(line);
  if (own === name) return true;
  // The company with a department or an office word ("Farmácias Tejo – Serviços Centrais", "biuro Velmora
  // Polska"): its line too, unless the rest names a building ("Torre Iberdrola" is where one goes).
  return ` ${own} `.includes(` ${name} `) && !BUILDING_WORD.test(own.replace(name, ' '));
}

/** A staffing agency's name heading the block ("Tempora ETT", "Randstad Uitzendbureau"): the sender's office, no part of the street address. */
const AGENCY_LINE = /(?<![\p{L}])(?:ETT|Uitzendbureau|Personaldienstleist\p{L}*|Personalberatung|Agencja Pracy|Staffing|Recruitment|Empresa de Trabalho Tempor[aá]rio)(?![\p{L}])/u;

/** Words of a building's name, in the nine languages: a line with one names a place, not the company. */
const BUILDING_WORD = /(?<![\p{L}])(?:torre|tower|site|pavillon|bâtiment|batiment|polo|presidio|sede|edificio|edifício|building|gebäude|gebaude|haus|palazzo|palazzina|complexo|centro|center|centre|campus|park|parque|plaza|house|hall|halle|gebouw|toren|budynek|biurowiec|wieża|wieza|kamienica)(?![\p{L}])/iu;

/** A unit's word right before a street's number ("at Unit 4, Marsh Lane"): the number is the unit's. */
const UNIT_WORD_BEFORE = /(?<![\p{L}])(Unit|Units|Suite|Ste\.?|Building|Bldg\.?|Block|Flat|Apt\.?|Studio|Room|Rm\.?)\s+$/iu;
/** When a past meeting was, in the languages: "last week", "letzte Woche", "la semaine dernière", "la settimana scorsa", "vorige week"… */
const PAST_VISIT = /(?<![\p{L}])(?:last (?:week|time|month)|the other day|letzte[nr]? (?:Woche|Mal|Monat)|vergangene[nrs]? Woche|la semaine (?:dernière|passée)|la dernière fois|l['’]autre jour|la settimana scorsa|l['’]ultima volta|l['’]altro giorno|la semana pasada|la última vez|el otro día|(?:na )?semana passada|da última vez|no outro dia|vorige week|vorige keer|laatst|w (?:zeszłym|ubiegłym|zeszlym|ubieglym) tygodniu|ostatnio)(?![\p{L}])/iu;

/** A named building after a locative preposition, then a comma, ending the text before a street: "en la Torre Veleta, ", "at the Harcourt Lane Hotel, ". */
const VENUE_BEFORE = /(?<![\p{L}])(?:at|in|en|à|au|im|nel|nella|nello|presso|na|no|em|op|bij|in het|w)\s+(?:(?:the|la|el|le|l['’]|der|dem|het|de|il|lo|o|a)\s*)?(\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|de|del|la|di|van|von|of|the)){1,4})\s*,\s*$/u;

/** A unit with its number ending the words before a street ("We're at Suite 200, 14 Quay Street"). */
const UNIT_BEFORE = /(?<![\p{L}])((?:Unit|Units|Suite|Ste\.?|Floor|Fl\.?|Room|Rm\.?|Building|Bldg\.?|Level|Block|Flat|Apt\.?)\s+[\p{L}\d][\w.-]*)\s*,\s*$/iu;

function findAddress(main: string): string | null {
  const lines = main.split('\n').map((line) => line.replace(/^[ \t>*•■●◆▪·-]+/u, '').replace(/[ \t\u3000]+$/u, '').trim());
  // A labelled line: its value, or the block under it ("Where:" then the address lines).
  for (let i = 0; i < lines.length; i += 1) {
    const label = LABEL.exec(lines[i]!);
    if (!label) continue;
    const written = cleanPart(lines[i]!.slice(label[0].length));
    // "Where: our Zurich office, Pfingstweidstrasse 102, …": the office described before its street is no part of the address.
    const described = OUR_PLACE.exec(written) ?? PREMISES_FIRST.exec(written);
    const value = described && streetIn(written.slice(described[0].length)) !== null ? written.slice(described[0].length) : written;
    // "… 3511 GG Utrecht (6e" then "verdieping, meld je bij de receptie)": a bracket the line opens and leaves open goes
    // on as a note for the visitor, not as address lines.
    const opensBracket = (lines[i]!.match(/\(/g)?.length ?? 0) > (lines[i]!.match(/\)/g)?.length ?? 0);
    if (value && isAddressStart(value)) return join([value, ...(opensBracket ? [] : continuation(lines, i + 1, value))]);
    // "Where: our London office" then the address lines; "Venue:" alone then a building line;
    // "Where: Kellerman Hall (Room 3.12)" then the street: the building is part of it.
    // "Venue: Room 2.14, Hadley Building" then "Campus, Castle Road, Town EM4 7QT": the named place heads
    // the block, so a postal line with no street number under it closes it.
    const named = value !== '' && isNameLine(value);
    const below = blockFrom(lines, i + 1, true, named ? [cleanPart(value)] : []);
    if (below) return below;
  }
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const street = streetIn(line);
    if (street === null) continue;
    // "Danke für das Gespräch letzte Woche in unserem Büro in der Leopoldstraße 8" then the second round's site: a street
    // the mail places a past meeting at is not where the next one is, when another street follows.
    if (PAST_VISIT.test(line) && lines.slice(i + 1).some((l) => streetIn(l) !== null)) continue;
    if (street > 0) {
      // "Corbel Architects, 88 Pearl Street" is the address as written; "We're at 215 Fremont Street, 9th
      // floor, San Francisco, CA 94105. Check in…" is a sentence around one: from its street on.
      const before = line.slice(0, street);
      const lead = before.replace(/[,\s]+$/, '');
      // "We're at Unit 4, Marsh Lane Trading Estate…": the number read as the street's is the unit's; "We're at
      // Suite 200, 14 Quay Street…": the unit written before the street in the sentence is part of the address.
      const unitWord = UNIT_WORD_BEFORE.exec(before);
      // …and "Unit 4, Liffey Quay Business Park" ending its line goes on to the lines under it ("Inchicore", "Dublin 8").
      if (unitWord) return `${unitWord[1]} ${fromStreet(lines, i, street)}`;
      const unitBefore = UNIT_BEFORE.exec(before);
      if (unitBefore && unitBefore.index > 0 && !UNIT.test(lead)) return `${unitBefore[1]}, ${inSentence(line.slice(street))}`;
      // "Unit 12, Riverside Business Park" or "Corbel Architects, 88 Pearl Street": the line is the address.
      if (!(isUnitLead(lead) || (/,\s*$/.test(before) && isNameLine(lead)))) {
        // "…at their office (4th Floor, 22 Mosley Street, Manchester M2 3AN). It should…": the floor written
        // right before the street, inside the same brackets or list, is part of the address.
        const unit = /(?:^|[(,;:]\s*)([^(),;:]+),\s*$/.exec(before)?.[1]?.trim();
        const inBrackets = before.includes('(') && !before.slice(before.lastIndexOf('(')).includes(')');
        const address = fromStreet(lines, i, street, inBrackets);
        if (unit && UNIT.test(unit)) return `${unit}, ${address}`;
        // "…en la Torre Veleta, Paseo de la Castellana 259", "at the Harcourt Lane Hotel, 14 Harcourt Street": a building
        // named right before the street, after the sentence's "at" or "in", is where one goes in.
        const venue = VENUE_BEFORE.exec(before)?.[1];
        return venue && !isJobTitle(venue) ? `${venue}, ${address}` : address;
      }
    }
    const start = namesAbove(lines, i);
    const block = join([...lines.slice(start, i), cleanPart(line), ...continuation(lines, i + 1, line)]);
    // A letterhead's address ("ul. Rynek 12, 62-345 Nowe Kępno") and the same street below, where the letter
    // says where to come, with the floor and room: the fuller block is where the interview is.
    const match = streetMatch(line)!;
    const streetText = line.slice(match.index, match.end);
    const again = lines.findIndex((other, k) => k > i && other.trim().startsWith(streetText));
    if (again > i && block) {
      const later = join([...lines.slice(namesAbove(lines, again), again), cleanPart(lines[again]!), ...continuation(lines, again + 1, lines[again]!)]);
      const [laterParts, blockParts] = [later?.split(', ') ?? [], block.split(', ')];
      const hasUnit = (parts: string[]) => parts.some((part) => UNIT.test(part));
      if (later && (laterParts.length > blockParts.length || (hasUnit(laterParts) && !hasUnit(blockParts)))) return later;
    }
    return block;
  }
  // A postal line with a street-looking line above it ("100 Bishopsgate\nLondon EC2N 4AG").
  for (let i = 1; i < lines.length; i += 1) {
    // "Zandpad 44\n3601 NA Maarssen", "Borgo Pinti 12\n50121 Firenze": a name and a house number over a postal line is a street, whatever its suffix.
    if (!isPostalLine(lines[i]!) || !(/^\d{1,5}[A-Za-z]?,?\s+\p{Lu}/u.test(lines[i - 1]!) || nameAndNumber(lines[i - 1]!)) || TIME_OR_DATE.test(lines[i - 1]!)) continue;
    const start = namesAbove(lines, i - 1);
    return join([...lines.slice(start, i - 1), cleanPart(lines[i - 1]!), ...continuation(lines, i, lines[i - 1]!)]);
  }
  return null;
}

/**
 * A unit written before the street ("Unit 12, Riverside Business Park, …"): a unit's word and a few words, not a
 * sentence that starts with one (French "Suite à votre candidature, nous vous attendons dans nos locaux du …").
 */
function isUnitLead(lead: string): boolean {
  return UNIT.test(lead) && lead.split(/\s+/u).length <= 6;
}

/** A line that is a name and a house number: "Zandpad 44", "Borgo Pinti 12", "Kungsgatan 7B". */
const NAME_AND_NUMBER = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{L}[\p{L}'’.-]*){0,3},?\s+\d{1,5}[A-Za-z]?$/u;

/** "Zandpad 44", or "Großer Burstah 31, 3. OG": a name and a house number, then at most a floor or unit. */
function nameAndNumber(line: string): boolean {
  const [head, ...rest] = line.split(/,\s*/);
  return NAME_AND_NUMBER.test(head!.trim()) && rest.every((part) => UNIT.test(part.trim()));
}

/** Whether `main` writes a street address (labelled or as a block): a sign of an onsite interview. */
export function hasAddress(main: string): boolean {
  return findLocation(main) !== null;
}

/** The index in `line` where a street starts, or null. */

/**
 * The address from a line's street on. "Andes Ledger - Carrera 7 # 71-21, Piso 12" then "Bogotá, Colombia": an
 * address that runs to the end of its line (no sentence around it, no open bracket) goes on to the lines that continue it.
 */
function fromStreet(lines: string[], i: number, street: number, inBrackets = false): string {
  const line = lines[i]!;
  const address = inSentence(line.slice(street), inBrackets);
  if (inBrackets || /[.!?]\s*$/.test(line) || address !== inSentence(`${line.slice(street)}.`, false)) return address;
  return join([address, ...continuation(lines, i + 1, line.slice(street))]) ?? address;
}

function streetIn(line: string): number | null {
  return streetMatch(line)?.index ?? null;
}

function streetMatch(line: string): { index: number; end: number } | null {
  if (/https?:|@/.test(line) && !/^[^h@]*\d/.test(line)) return null;
  let best: { index: number; end: number } | null = null;
  for (const pattern of [EN_STREET, FR_STREET, NAME_FIRST_STREET, SUFFIX_STREET, JA_ADDRESS]) {
    const match = pattern.exec(line);
    if (!match || (best !== null && match.index >= best.index)) continue;
    best = { index: match.index, end: match.index + match[0].length };
    // A street named after a person or with an adjective before it ("Piet Heinkade 55", "Kempische Steenweg
    // 303"): the capitalised words between the line's start or a separator and the street word are its name.
    if (pattern === SUFFIX_STREET) {
      const words = /(?:^|[,:;·|]\s*|\s[–—-]\s+)((?:\p{Lu}\p{Ll}+\s+){1,2})$/u.exec(line.slice(0, match.index));
      if (words) best.index -= words[1]!.length;
    }
  }
  if (best !== null && /^\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm))/i.test(line.slice(best.index))) return null;
  // An industrial estate or a business park by its name, with a postal code later on the line ("Polígono Industrial
  // Malpica, calle E, nave 14, 50016 Zaragoza"), where the street has no number of its own.
  if (best === null) {
    const estate = ESTATE.exec(line);
    if (estate && POSTAL.test(line.slice(estate.index))) best = { index: estate.index, end: estate.index + estate[0].length };
  }
  return best;
}

function isAddressStart(value: string): boolean {
  return streetIn(value) !== null || isPostalLine(value);
}

function isPostalLine(line: string): boolean {
  return POSTAL.test(line) && !TIME_OR_DATE.test(line) && !/https?:|@|\+\d|\b(?:Tel|Phone|Fax|Mobile|Tél)\b/i.test(line);
}

/** A building, campus or company line: short, capitalised words, no sentence, no date, no digits but a unit's. */
function isNameLine(line: string): boolean {
  // (A sign-off, "Thanks,", ends with its comma.)
  if (!line || line.length > 70 || /[:：]\s*$|https?:|@|[.!?]\s|[.!?,]$|[;]/u.test(line)) return false;
  // A company's registration under its name ("NIF 509 876 543") is no part of the building or the address.
  if (REGISTRATION_PART.test(line)) return false;
  // "Room 2.14, Hadley Building": a unit's number is no time.
  if (UNIT.test(line)) return true;
  if (TIME_OR_DATE.test(line.replace(/\([^()]*\)/g, ''))) return false;
  if (/^(?:Interview|Details|Address|Location|Venue|Where|Date|Time|Hi|Hello|Dear|Bonjour|Hallo|Hola|Olá|Ciao|Cześć)\b/i.test(line)) return false;
  // A table's label cell on a line of its own ("Adresse", "Ort", "Dirección") heads no address.
  if (/^(?:Adresse|Adres|Anschrift|Ort|Lieu|Dirección|Direccion|Lugar|Endereço|Morada|Local|Indirizzo|Luogo|Sede|Locatie|Miejsce|Adres spotkania)$/iu.test(line)) return false;
  const words = line.split(/[\s,–—|-]+/).filter(Boolean);
  if (words.length === 0 || words.length > 9) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0]!) && !/\p{Script=Han}|\p{Script=Katakana}/u.test(line)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}(&"“'’]/u.test(w) || NAME_LOWER.test(w.replace(/[()]/g, '')));
}

/** The first line of the name lines right above line `i` (building, company, unit), at most three. */
function namesAbove(lines: string[], i: number): number {
  let start = i;
  while (start > 0 && i - start < 3) {
    const above = lines[start - 1]!;
    if (!above || LABEL.test(above) || ANY_LABEL.test(above) || !isNameLine(above)) break;
    start -= 1;
  }
  return start;
}

/** The lines that continue an address below line `from - 1`: units, a locality, the postal line, a country. */
function continuation(lines: string[], from: number, first: string): string[] {
  const out: string[] = [];
  // The first line holds the postal code when it follows the street ("Billstraße 212, 20539 Hamburg").
  let postal = isPostalLine(first.slice(streetMatch(first)?.end ?? 0)) || JA_ADDRESS.test(first);
  for (let j = from; j < lines.length && out.length < 5; j += 1) {
    const line = cleanPart(lines[j]!);
    // A labelled line is another field ("Eingang: Hof, 2. OG" under "Ort: Hauptstraße 5, 80331 München"), unless
    // the address still lacks its town and the line is its floor or room ("Etage: 3" between street and town).
    if (!line || ANY_LABEL.test(line) && (postal || !UNIT.test(line)) || /^https?:/i.test(line)) break;
    if (postal) {
      // A country, or the room and floor a letter gives under the town ("Zimmer 214, 2. Obergeschoss"), or a postal
      // code on its own line under the town ("Dublin 8" then the Eircode "D08 X2Y7").
      if (COUNTRY.test(line) || (isPostalLine(line) && /\d/.test(line) && line.split(/\s+/).length <= 2) || (UNIT.test(line) && line.length <= 60 && !TIME_OR_DATE.test(unitNumbersBlanked(line)) && !/株式会社|本社|有限会社/u.test(line))) {
        out.push(line);
        continue;
      }
      break;
    }
    if (isPostalLine(line)) {
      out.push(line);
      postal = true;
      continue;
    }
    if (UNIT.test(line) && line.length <= 60 && !TIME_OR_DATE.test(unitNumbersBlanked(line))) {
      out.push(line);
      continue;
    }
    // A locality ("Col. Juárez, Alcaldía Cuauhtémoc", "Centro, Curitiba – PR", "Manchester") when a
    // postal line follows it, or when it ends the block.
    const next = cleanPart(lines[j + 1] ?? '');
    if (isLocalityLine(line) && (isPostalLine(next) || !next || COUNTRY.test(next))) {
      out.push(line);
      continue;
    }
    if (streetIn(line) === 0 && out.length === 0) {
      out.push(line);
      continue;
    }
    break;
  }
  return out;
}

function isLocalityLine(line: string): boolean {
  return line.length <= 60 && !/\d{3}/.test(line) && !/株式会社|有限会社|\b(?:GmbH|Ltd|Inc|LLC|S\.A\.|B\.V\.)\b/u.test(line) && isNameLine(line.replace(/\b(Col|Mz|Lt)\./g, '$1'));
}

/** The block below a label: name lines, then a street or postal line, then its continuation. */
function blockFrom(lines: string[], from: number, underLabel: boolean, heading: readonly string[] = []): string | null {
  const names: string[] = [...heading];
  for (let j = from; j < lines.length && j < from + 5; j += 1) {
    const line = lines[j]!;
    if (!line) {
      if (names.length === heading.length && underLabel && j === from) continue;
      return null;
    }
    if (streetIn(line) !== null || (isPostalLine(line) && names.length > 0)) return join([...names, cleanPart(line), ...continuation(lines, j + 1, line)]);
    if (!isNameLine(line)) return null;
    names.push(cleanPart(line));
  }
  return null;
}

/** An address inside a sentence: from its street, the parts that continue it, to the sentence's end. */
function inSentence(text: string, inBrackets = false): string {
  // The sentence goes on after the address: "…, PA 19107 on Tuesday at 10am", "… – see you there", "… à 14h";
  // a town after "à" or "w" is the address's ("7 rue des Mouettes à Biarritz"). An address in brackets ends at
  // the closing one.
  const sentence = cleanPart(inBrackets ? text.replace(/\).*$/su, '') : text).replace(/\s+(?:on|at|from|between|this|next|for|so|where|when|am|um|le|el|om)\s.*$|\s+(?:à|às|alle|w|we)\s(?!\p{Lu}).*$|\s[–—-]\s+\p{Ll}.*$/u, '');
  const street = streetMatch(sentence);
  const end = street && street.index === 0 ? street.end : 0;
  const head = sentence.slice(0, end);
  const parts = sentence.slice(end).split(/,\s+/);
  const out = [`${head}${parts[0]!}`.trim()];
  for (const part of parts.slice(1)) {
    if (REGISTRATION_PART.test(part)) break;
    if (UNIT.test(part) || isPostalLine(part) || /^[A-Z]{2}\s+\d{5}(?:-\d{4})?$/.test(part) || COUNTRY.test(part) || (/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(part) && !TIME_OR_DATE.test(part))) out.push(part);
    else break;
  }
  // "…, 30-529 Kraków (3. piętro, recepcja)" cut inside its bracket: the note the bracket opened goes.
  return out.join(', ').replace(/\s*\([^()]*$/u, '');
}

/** A part as written, without what follows the address: a map link, a sentence, a long note in brackets. */
function cleanPart(text: string): string {
  let part = text.replace(/\s*(?:[([]?\s*(?:Google Maps|Maps|Map|Plan|Karte|Mapa|Mappa|Kaart|地図)\s*[:：]?\s*)?[([<]?https?:\/\/\S*[)\]>]?\s*$/iu, '').trim();
  // An address ends at a sentence end (". Check in", "; ask for") or a parenthesis of more than a few words.
  // (A word's own start, not \b: "Kraków." ends a sentence, its "w" after "ó" is no "W." for West.)
  // …but not at an initial inside a street's name, a house number following ("Avenida D. João II, 41", "ul. J. Kilińskiego 12").
  const cut = [...part.matchAll(/(?<!(?<![\p{L}\p{N}])(?:\p{L}*str|St|Ave|Av|Rd|Blvd|Dr|Ln|Pl|Sq|Pkwy|Hwy|Ct|Ste|Fl|Bldg|N|S|E|W|No|Nr|ul|al|pl|os|Col|Mz|Lt|C\.P|R|Avda|Pza|Bât|bât|pok|lok|bud|kl|Rm|Apt|apto|ap|dpto|depto|esc|int|cj|conj|Cres|Lvl|Esq|Dto|Drt|Dta|Frt|Fte|Lj|Co|izda|izq|izqda|dcha|dcho|dch|pta|entlo|ppal|bis)|\b\p{Lu}\.\p{Lu})[.;!?](?=\s|$)(?!\s+(?:OG|EG|UG|Stock|Etage|Obergeschoss|piętro|andar|piso|planta|étage|verdieping|floor|sal|sal\.|tr|vån|etg|etasje|krs|kerros)\b)|\s+(?:and|et|und|y|e)\s+(?:ask|check|demandez|melden|pregunte|pergunte|chiedete)\b|\s+[–—-]\s+(?:please|merci|bitte|por favor)\b/giu)].find((m) => !(/(?<![\p{L}\p{N}])\p{Lu}$/u.test(part.slice(0, m.index)) && /^\.\s+\p{Lu}[^\n.;!?]{0,30}?\d/u.test(part.slice(m.index))));
  if (cut) part = part.slice(0, cut.index);
  // Directions labelled after the address on its line, as a table's cells come out glued ("75010 Paris
  // AccèsMétro Château d'Eau", "Anfahrt: U2 Klosterstraße"): no part of it.
  part = part.replace(/\s+(?:Accès|Acceso|Acesso|Access|Anfahrt|Directions|Getting there|Bereikbaarheid|Route|Dojazd|Cómo llegar|Como chegar|Come arrivare|Parking|Parken|Parkeren)(?=\s*[:：]|\p{Lu})[^]*$/u, '');
  part = part.replace(/\s*\(([^()]*)\)\s*$/u, (whole, inner: string) => (inner.trim().split(/\s+/).length > 3 ? '' : whole));
  part = part.replace(/\s*\([^()]*$/u, '');
  return part.trim().replace(/[,\s]+$/u, '');
}

function join(parts: string[]): string | null {
  const kept = parts.map((p) => p.trim()).filter(Boolean);
  return kept.length > 0 ? kept.join(', ') : null;
}
