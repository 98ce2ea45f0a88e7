/**
 * Interview times written in prose: "Thursday, April 16 at 2:30 pm ET", "16/04 à 14h30 (heure de Paris)",
 * "10:00 Uhr (MEZ)", "tomorrow at 10", a date and a time on separate lines, ranges, several proposed slots,
 * a reschedule (only the new time counts).
 *
 * chrono-node finds the dates; the zone is applied here from the words next to the time (an IANA zone,
 * so daylight saving is that of the interview's own date), else the invitation's evident zone, which is
 * then reported as inferred. Relative dates are resolved against the original invitation's own Date.
 */
import * as chrono from 'chrono-node';
import { DAY_MS } from '../mail/mail.js';
import { ENGLISH, ENGLISH_GB } from './chrono-locales.js';
import { INVITE_TURN, PAST } from './format.js';
import { POSTSCRIPT_LINE } from './text.js';
import { ABBREVIATION_OFFSETS, wallTimeInZone, zoneNamedIn, zoneOfWindowsLabel } from './zones.js';
import type { TextLanguage } from './language.js';

export interface ProseSlot {
  start: { instant: Date; offsetMinutes: number };
  end: { instant: Date; offsetMinutes: number } | null;
  /** true when no zone was written next to the time (or for the whole list) */
  zoneAssumed: boolean;
  /** the words the invitation used ("Thursday, March 12 at 2:30 pm ET") */
  written: string;
}

export interface SlotReference {
  instant: Date;
  offsetMinutes: number;
}

/** The zone a time without one is read in: an IANA zone, or a fixed offset. */
export type DefaultZone = { zone: string } | { offsetMinutes: number };

const WEEKDAY_NAMES: Record<TextLanguage, string[]> = {
  en: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  de: ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  it: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  pt: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  // Polish is read in English after polishAsEnglish() (chrono has no Polish locale).
  pl: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
};

/** Weekday names and their abbreviations in the nine languages, before a date ("Mo., 8.3.", "śr., 10.03"). */
const WEEKDAY_WORDS = String.raw`(?:${Object.values(WEEKDAY_NAMES).flat().filter((n) => n.length > 1).join('|')}|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim|lu|ma|mi|ju|vi|sá|gio|wo|vr|za|zo|segunda|terça|terca|quarta|quinta|sexta|seg|ter|qua|qui|sex|sáb|dom|pon|pn|wt|śr|sr|czw|cz|pt|pią|sob|nd|niedz|poniedziałek|wtorek|środa|środę|czwartek|piątek|sobota|sobotę|niedziela|niedzielę)`;
/** A weekday's full name in the languages read (chrono's Polish is English here), Portuguese also without "-feira". */
const FULL_WEEKDAY = String.raw`${Object.values(WEEKDAY_NAMES).flat().filter((n) => n.length > 3).join('|')}|segunda|terça|terca|quarta|quinta|sexta`;
/**
 * A weekday and a day of the month with no month, then the time's preposition ("lundi 10 à 11h30", "lunedì 10 alle
 * 11:30"): chrono's French and Italian read "10 à 11h30" as a range of hours and gave nothing; with a comma after the
 * day they read the day, then the time.
 */
const WEEKDAY_DAY_THEN_TIME = new RegExp(String.raw`(?<=(?<![\p{L}])(?:${FULL_WEEKDAY})[ \t]+)(\d{1,2})(?=[ \t]+(?:à|alle|às|um|om)[ \t]+\d)`, 'giu');
/**
 * A weekday's full name with its day of the month in brackets or after "día"/"dia" ("segunda (dia 29)", "Monday (the
 * 29th)", "lundi (le 29)", "el lunes día 29"): chrono read the weekday alone (the nearest Monday, days off) or nothing.
 */
const WEEKDAY_DAY_APART = new RegExp(String.raw`(?<![\p{L}])(${FULL_WEEKDAY})(?:[ \t]*\([ \t]*(?:the|le|il|el|día|dia|den|de|op)?[ \t]*(\d{1,2})(?:st|nd|rd|th|er|e|º|ª|°|\.)?[ \t]*\)|,?[ \t]+(?:día|dia)[ \t]+(\d{1,2})(?![\d:.]))`, 'giu');
const WEEKDAY_THEN_DOTTED = new RegExp(String.raw`(?<=(?<![\p{L}])${WEEKDAY_WORDS}\.?,?\s{1,3})(\d{1,2})\.(\d{1,2})(?![\d.:])`, 'giu');

/** "19.11." (a day and a month with dots), read as a date. */
const DOTTED_DAY_MONTH = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(?![\d])/g;
/** A word that puts a clock time after it ("alle 9.30.", "um 14.30.", "o 9.30."), in the languages that write times with a dot. */
const TIME_WORD_BEFORE = /(?<![\p{L}])(?:alle|dalle|ore|om|um|gegen|o|godz\.?|godzinie|at|à|vers|às|las)\s+$/iu;
/** A clock time and the word or dash of a range, right before ("10.00–", "9.30 bis ", "14.00 tot "). */
const CLOCK_THEN_RANGE_BEFORE = /(?<![\d.])\d{1,2}[.:h]\d{2}\s*(?:-|–|—|bis|tot|to|do|a|à|al|alle|às|até|till|until)\s*$/iu;
/** A day and a month with a dot and no year or final dot ("29.09"): a date only when something says so. */
const BARE_DOTTED_DATE = /(?<![\d.:/,])(\d{1,2})\.(\d{1,2})(?![\d.:/,]|\s?(?:Uhr|uur|h|godz)(?![\p{L}]))/gu;
/** A label that a date follows ("Data:", "Datum:", "Fecha:", "Termin:"), at the end of the text before it. */
const DATE_LABEL_BEFORE = /(?<![\p{L}])(?:data|datum|date|fecha|dia|día|giorno|dzień|dzien|termin|wann|kiedy|quando|cuándo|cuando|quand|jour|dag)\s*[:：]\s*$/iu;
/** A weekday in brackets or after a comma right after the date ("29.09 (wtorek)", "12.03, Dienstag"). */
const WEEKDAY_AFTER = new RegExp(String.raw`^\s*(?:\(\s*|,\s*)${WEEKDAY_WORDS}\.?(?![\p{L}])`, 'iu');
/** A time word and a clock time right after the pair ("16.03 o godzinie 11:30", "16.03 um 10 Uhr", "16.03, 11:30"): the pair is its day. */
const CLOCK_AFTER = /^\s*,?\s*(?:(?:o|um|alle|ore|at|à|às|a\s+las|om|godz\.?|o\s+godz(?:\.|inie))\s+|,\s*)\d{1,2}(?:[:.h]\d{2})?(?!\d)/iu;
/** A word that puts a day after it ("am 16.03", "w dniu 16.03", "dnia 16.03", "il giorno 16.03", "op 16.03"). */
const DAY_WORD_BEFORE = /(?<![\p{L}])(?:am|vom|dnia|w\s+dniu|giorno|op|el\s+día|le|on)\s+$/iu;

/**
 * Two numbers joined by a dot ("9.30", "29.09"): what the text around them says they are. A time when they
 * can be one and the second can be no month, they can be no date ("11.00."), a time word stands before ("alle
 * 9.30.", "um 14.30") or a clock time and a range word do ("10.00–11.00.", "9.00 bis 10.05."); a date
 * when they can be one and a date label or a day's word stands before ("Data: 29.09", "am 16.03"), a weekday
 * follows ("29.09 (wtorek)"), a clock time does ("16.03 o godzinie 11:30") or the first can be no hour (24 to
 * 31); else null, and the caller's default stands: with a final dot ("19.11.") a date, without ("11.30") a time.
 */
function dottedPairSays(first: string, second: string, before: string, after: string): 'time' | 'date' | null {
  const [a, b] = [Number(first), Number(second)];
  const canBeTime = a <= 23 && b <= 59 && second.length === 2;
  const canBeDate = a >= 1 && a <= 31 && b >= 1 && b <= 12;
  // "10.00–11.00.": no date can have month 00, and the end of a range that starts with a clock time is one too.
  if (canBeTime && (b > 12 || !canBeDate || TIME_WORD_BEFORE.test(before) || CLOCK_THEN_RANGE_BEFORE.test(before))) return 'time';
  if (canBeDate && (a > 23 || DATE_LABEL_BEFORE.test(before) || DAY_WORD_BEFORE.test(before) || WEEKDAY_AFTER.test(after) || CLOCK_AFTER.test(after))) return 'date';
  return null;
}

/** The 24 characters before and after a match, for the evidence around it. */
function around(all: string, at: number, match: string): [string, string] {
  return [all.slice(Math.max(0, at - 24), at), all.slice(at + match.length, at + match.length + 24)];
}

/** Whether English dates are month-first: a zone of the Americas, an offset three hours or more west, a US zone word. */
function americanZone(zone: DefaultZone, text: string): boolean {
  if ('zone' in zone) return zone.zone.startsWith('America/') || zone.zone.startsWith('US/');
  return zone.offsetMinutes <= -180 || /\b(?:ET|CT|MT|PT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Eastern|Central|Mountain|Pacific)\b/.test(text);
}

const MONTH_STEMS = String.raw`(?:jan|jän|ene|gen|maa|feb|fév|fev|mar|mär|apr|avr|abr|may|mai|mag|mei|jun|juin|giu|jul|juil|lug|aug|aoû|ago|sep|set|oct|okt|ott|out|nov|dec|déc|dez|dic)`;
/**
 * A weekday and a bare day of the month ("woensdag 12 om 15:00", "na quarta, dia 12"): the day the
 * reading gave must be that day, else the weekday alone was read and the date is a guess.
 */
const WEEKDAY_BARE_DAY = new RegExp(String.raw`(?<![\p{L}])${WEEKDAY_WORDS}\.?,?\s+(?:(?:the|le|el|den|dia|o dia|il|op|am|on)\s+)?(\d{1,2})(?:st|nd|rd|th|\.|º)?(?![\d:.,]?\d|\s*[:.h]\d|\s*(?:uur|Uhr|h|hrs|am|pm|a\.m\.|p\.m\.|o['’]clock|horas|ore|godz)(?![\p{L}])|[ \t]*(?:de[ \t]+|\.[ \t]*|\/)?(?:\d{1,2}(?![\d:])|${MONTH_STEMS}))`, 'iu');

const BASE: Record<TextLanguage, chrono.Chrono> = {
  en: ENGLISH,
  fr: chrono.fr.casual,
  de: chrono.de.casual,
  es: chrono.es.casual,
  it: chrono.it.casual,
  nl: chrono.nl.casual,
  pt: chrono.pt.casual,
  ja: chrono.ja.casual,
  pl: ENGLISH_GB,
};

/**
 * A Latin letter or a combining mark: a chrono result next to one was read out of a longer word. (Not any letter:
 * Japanese writes no spaces, so its dates always stand next to letters.)
 */
const INSIDE_A_WORD = /^[\p{Script=Latin}\p{M}]$/u;

const parsers = new Map<TextLanguage, chrono.Chrono>();

/**
 * chrono plus one parser it lacks: a weekday with a bare day of the month ("el viernes 19",
 * "Friday the 19th", "quarta-feira, dia 12"), resolved to the next date on which that day of the month is that weekday.
 */
function parserFor(language: TextLanguage): chrono.Chrono {
  const cached = parsers.get(language);
  if (cached) return cached;
  const parser = BASE[language].clone();
  if (language !== 'ja') {
    // Portuguese also writes its weekdays short ("na quarta, dia 12").
    const names = language === 'pt' ? [...WEEKDAY_NAMES.pt, ...WEEKDAY_NAMES.pt.map((n) => n.replace(/-feira$/, ''))] : WEEKDAY_NAMES[language];
    const pattern = new RegExp(
      String.raw`(?<![\p{L}])(${names.join('|')})(?:,)?\s+(?:the\s+|le\s+|el\s+|den\s+|dia\s+|o dia\s+|il\s+)?(\d{1,2})(?:st|nd|rd|th|\.|º)?(?![\p{L}\d:./]|\s*(?:de\s+|\.\s*)?${MONTH_STEMS})`,
      'iu',
    );
    parser.parsers.push({
      pattern: () => pattern,
      extract: (context, match) => {
        const weekday = names.indexOf((match[1] ?? '').toLowerCase()) % 7;
        const day = Number(match[2]);
        const date = nextDateWith(context.reference.instant, weekday, day);
        if (!date) return null;
        return { day: date.getUTCDate(), month: date.getUTCMonth() + 1, year: date.getUTCFullYear(), weekday };
      },
    });
  }
  parsers.set(language, parser);
  return parser;
}

function nextDateWith(reference: Date, weekday: number, day: number): Date | null {
  if (weekday < 0 || day < 1 || day > 31) return null;
  const start = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()) - 7 * DAY_MS;
  for (let i = 0; i < 400; i += 1) {
    const date = new Date(start + i * DAY_MS);
    if (date.getUTCDate() === day && date.getUTCDay() === weekday) return date;
  }
  return null;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** a fixed offset chrono read ("+02:00", "GMT+2"), if any */
  offset: number | null;
  /** the year was written (else chrono chose the next such date) */
  yearWritten?: boolean;
}

interface Found {
  index: number;
  endIndex: number;
  start: Wall;
  end: Wall | null;
  /** the date's weekday is written and is not that date's ("mardi 7 avril 2027", a Wednesday): which is meant is not known */
  weekdayContradicts?: boolean;
}

/**
 * A label, ending in a colon, that names the time a reschedule replaces ("Previously:", "Original time:",
 * "Alter Termin:", "Ancienne date :", "Fecha anterior:", "Vecchio orario:", "Oude datum:", "Data original:",
 * "Poprzedni termin:", "変更前："), in a table row or on a line of its own.
 */
const OLD_TIME_LABEL = /(?<![\p{L}])(?:previously|formerly|was|(?:old|original|previous|former|initial|earlier)\s+(?:date|time|slot|appointment|date and time|time and date)(?:\s+was)?|(?:alte[rn]?|ursprünglich\p{L}*|bisherig\p{L}*|vorherig\p{L}*|früher\p{L}*)\s+(?:Termin|Datum|Uhrzeit|Zeit)|bisher|vorher|(?:ancien(?:ne)?s?|initial(?:e|es)?|précédent(?:e|es)?)\s+(?:date|horaire|créneau|rendez-vous|heure)|(?:date|horaire|créneau|heure)\s+(?:initial(?:e)?|précédent(?:e)?|prévu(?:e)?)|(?:fecha|hora|horario|cita)\s+(?:anterior|original|inicial|previst[oa])|antes|(?:data|ora|orario)\s+(?:precedente|originale|iniziale|previst[oa])|(?:vecchi[oa]|precedente)\s+(?:data|orario|ora|appuntamento)|prima|(?:oude|oorspronkelijke|eerdere|vorige)\s+(?:datum|tijd|afspraak)|(?:data|hora|horário)\s+(?:anterior|original|inicial|previst[oa])|antigo\s+horário|(?:poprzedni|dotychczasowy|pierwotny|stary)\s+(?:termin|czas)|(?:poprzednia|pierwotna|stara)\s+(?:data|godzina)|変更前|旧日時)\s*[:：]\s*$/iu;
/** "initially planned for Tuesday, the", "inicialmente prevista para terça-feira, dia": the old time a few words on. */
const INITIALLY_BEFORE = /(?<![\p{L}])(?:initially|originally|inicialmente|originalmente|initialement|ursprünglich|inizialmente|originariamente|aanvankelijk|oorspronkelijk|pierwotnie|początkowo)(?:[\s,]+[\p{L}\d./-]+){0,6}[\s,]*$/iu;
const DAY_THEN_MONTH_ON_NEXT_LINE = new RegExp(String.raw`(?<![\d:./])(\d{1,2})[ \t]*\n(?=[ \t>]*(?!mart|mardi|mercol|gener|energ)${MONTH_STEMS})`, 'giu');
/** A weekday in brackets a few words after a date's day or year (not after a clock time: "10:00 (Thursday)" keeps it), with the blanks before it. */
const BRACKETED_WEEKDAY_AFTER_DATE = new RegExp(String.raw`(?<=(?:(?<![\d:.])\d{1,2}(?![:.]?\d|\s?(?:h|am|pm|a\.m\.|p\.m\.|uhr|uur|horas|hs|hrs)(?![\p{L}]))|(?<!\d)\d{4})[^\n\d]{0,24}?)[ \t]*\(\s*(?:${WEEKDAY_WORDS}|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?\s*\)`, 'giu');
/** Words right before a time that mark it as the OLD time of a reschedule. */
const OLD_TIME_CUE = /(?:\bfrom|\binstead of|\boriginally(?: scheduled)?(?: for)?|\bpreviously(?: scheduled)?(?: for)?|\bprévue?s? (?:le|pour)|\bau lieu d[ue]|\ben lugar del?|\bprevist[oa]s? (?:para )?(?:el|para)|\bstatt(?: am)?|\banstatt(?: am)?|\bursprünglich(?: am)?|\binvece di|\banziché|\bin plaats van|\bem vez d[eoa]|\bao invés d[eoa]|\ben vez del?|\bzamiast)\s+(?:the\s+|le\s+|el\s+|am\s+|on\s+)?(?:\p{L}+,?\s+)?$/iu;
/**
 * Words right after a time that mark it as the OLD time ("unser für Dienstag, 9. Februar, 11:00 Uhr geplantes Gespräch"),
 * in its own sentence ("… Montag um 11:00 Uhr vor. Das Gespräch findet wie geplant in Kiel statt" keeps Monday new).
 */
const OLD_TIME_AFTER = /^(?:[^\n.!?]|[.](?=\S)|(?<=\d)\.\s){0,40}?(?<![\p{L}])(?:geplant\p{L}*|vereinbart\p{L}*|vorgesehen\p{L}*|originally|previously|prévu\p{L}*|programad\p{L}*|previst\p{L}*|gepland\p{L}*|agendad\p{L}*|marcad\p{L}*|zaplanowan\p{L}*|予定)/iu;
/** A time in the same sentence as an event that is not the interview (a webinar, an open day, a fair). */
const EVENT_CUE = /(?<![\p{L}])(?:webinar|info(?:rmation)? session|open (?:house|day)|career fair|job fair|Info-?Webinar|Infoveranstaltung|Karrieremesse|Tag der offenen Tür|journée portes ouvertes|salon|jornada de puertas abiertas|feria de empleo|open dag|dzień otwarty|targi pracy|説明会|information (?:evening|event|night)|open evening|soirée d['’]info\p{L}*|réunion d['’]information|session d['’]information|Infoabend|Informationsabend|sesión informativa|charla informativa|serata informativa|incontro informativo|informatieavond|voorlichtingsavond|sessão (?:de )?(?:informação|esclarecimento)|spotkanie informacyjne|\p{L}*jubiläum|\p{L}*feier|sommerfest|umtrunk|get-together|after-?work|ap[ée]ro|ap[ée]ritif|celebration|anniversary (?:party|celebration|dinner)|drinks reception|borrel|jubileum|feestavond|fête|festa aziendale|aperitivo|confraterniza\p{L}*|jubileusz|impreza firmowa|kein(?:en)? Teil des (?:Auswahlverfahrens|Bewerbungsprozesses)|not part of the (?:interview|selection|process))/iu;
/** Words that make the time right after them a departure: "the flight at", "le train de", "den Zug um", "el vuelo de las", "il treno delle", "de trein van", "o voo das", "pociąg o". */
const DEPARTURE_BEFORE = /(?<![\p{L}])(?:flight|train|plane|coach|ferry|vol|avion|train|TGV|Flug|Zug|Flieger|vuelo|tren|volo|treno|vlucht|trein|voo|comboio|trem|lot|pociąg|samolot)\s+(?:at|of|from|de|d['’]|à|um|ab|de las|de la|a las|delle|della|alle|van|om|das|da|às|o)?\s*$/iu;
/** …and words after it: "the 6am out of Heathrow", "the 7:15 train", "6am flight". */
const DEPARTURE_AFTER = /^\s*(?:[ap]\.?m\.?\s+)?(?:out of|flight|train|plane|coach|ferry)(?![\p{L}])/iu;
const RESCHEDULE = /\b(?:reschedul\w*|move (?:your|the) interview|moved (?:it|your interview|the interview)|change (?:of|to) the (?:time|date)|décal\w+|report(?:er|é)?\b|verschieb\w*|verleg\w*|reprogram\w*|cambiar la (?:fecha|hora)|cambio de (?:fecha|hora)|en lugar del|en vez del?|instead of|au lieu d[ue]|invece di|anziché|in plaats van|em vez d[eoa]|ao invés d[eoa]|zamiast|spostare|verzetten)(?![\p{L}])/iu;
/**
 * Deadlines are never interview times ("submit by Friday 5 pm", "jusqu'au dimanche 23h59", "uiterlijk
 * vrijdag 12.00 uur", "até sexta às 18h"): a time right after one of these words is no slot. A word starts after
 * no letter of any script: Polish "pasowałby czwartek" holds no English "by Thursday".
 */
const DEADLINE_CUE = /(?:(?<!(?<![\p{L}\p{N}_])(?:come|comes|coming|stop|stopping|drop|dropping|pop|popping|swing|pass|call|calling)\s+)(?<![\p{L}\p{N}_])by(?!\s+(?:phone|telephone|video|videocall|zoom|teams|skype|webex|e-?mail|mail|car|train|bus|call)\b)|(?<![\p{L}\p{N}_])before|(?<![\p{L}\p{N}_])no later than|(?<![\p{L}\p{N}_])until|(?<![\p{L}\p{N}_])deadline|(?<![\p{L}\p{N}_])due|(?<![\p{L}\p{N}_])avant le|(?<![\p{L}\p{N}_])d['’]ici(?: (?:le|à|au|a))?|(?<![\p{L}\p{N}_])prima d(?:i|el|ella)|(?<![\p{L}\p{N}_])jusqu['’]?(?:au|à|a)?|(?<![\p{L}\p{N}_])au plus tard(?: le)?|(?<![\p{L}\p{N}_])date limite|(?<![\p{L}\p{N}_])bis(?: zum| spätestens)?|(?<![\p{L}\p{N}_])spätestens(?: am| bis)?|(?<![\p{L}\p{N}_])Frist|(?<![\p{L}\p{N}_])antes del?|(?<![\p{L}\p{N}_])hasta el|(?<![\p{L}\p{N}_])a más tardar(?: el)?|(?<![\p{L}\p{N}_])fecha límite|(?<![\p{L}\p{N}_])plazo|(?<![\p{L}\p{N}_])entro(?: il| e non oltre)?|(?<![\p{L}\p{N}_])non oltre(?: il)?|(?<![\p{L}\p{N}_])scadenza|(?<![\p{L}\p{N}_])fino al|(?<![\p{L}\p{N}_])uiterlijk|(?<![\p{L}\p{N}_])vóór|(?<![\p{L}\p{N}_])até(?: ao| à| o| a)?|(?<![\p{L}\p{N}_])prazo|(?<![\p{L}\p{N}_])no máximo|(?<![\p{L}\p{N}_])najpóźniej(?: do)?|(?<![\p{L}\p{N}_])do dnia|(?<![\p{L}\p{N}_])[Tt]ermin (?:wykonania|oddania|nadesłania|przesłania|zgłoszeń)(?::?\s*do)?|(?<![\p{L}\p{N}_])expir\w*(?: on| at)?|(?<![\p{L}\p{N}_])valid until|(?<![\p{L}\p{N}_])clos(?:es|ing)(?: on| at)?|(?<![\p{L}\p{N}_])verloopt(?: op)?|(?<![\p{L}\p{N}_])geldig tot|(?<![\p{L}\p{N}_])gültig bis|(?<![\p{L}\p{N}_])scad\w*(?: il| alle)?|(?<![\p{L}\p{N}_])valid[oa] fino al|(?<![\p{L}\p{N}_])expira(?: em| no| a)?|(?<![\p{L}\p{N}_])válid[oa] até|(?<![\p{L}\p{N}_])vence(?: em| el)?)[:\s]*(?:[\wàèéìòùáíóúâêôãõç-]+\s*,?\s*)?(?:(?:dia|den|the|le|el|il)\s+)?$/iu;

const MAX_TIME_TEXT = 24 * 1024;

/** A range of clock times said with its words ("od 10:00 do 11:00", "from 10:00 to 11:00", "van 10.00 tot 11.00 uur"). */
const RESTATED_RANGE = /(?<![\p{L}])(?:od|from|de|van|von|dalle|das|desde|du)\s+(\d{1,2})[:.h](\d{2})\s*(?:do|to|until|till|a|à|al|tot|bis|alle|às|hasta|au)\s*(\d{1,2})[:.h](\d{2})(?!\d)/giu;
/**
 * The end of the day said apart from its start ("Bitte seien Sie um 9:30 Uhr am Empfang; der Tag endet gegen 16:00 Uhr",
 * "we should finish around 4:30 pm", "la journée se termine vers 17h00"): the time after a word of ending.
 */
const END_SAID_APART = /(?<![\p{L}])(?:ends?|ending|finish(?:es|ing)?|wraps? up|will be (?:done|finished)|endet|enden|ist (?:um|gegen) .{0,8}vorbei|se termine(?:ra)?|finit|finira|termina|terminer[àa]|finisce|finir[àa]|eindigt|loopt tot|afgerond|acaba(?:r[áa])?|termina(?:r[áa])?|kończy się|zakończy się|potrwa do|duurt tot|dauert bis|lasts? (?:until|till)|runs? (?:until|till)|goes on (?:until|till)|dure jusqu.?(?:à|a)|durera jusqu.?(?:à|a)|dura hasta|durará hasta|dura fino (?:alle|a)|durerà fino (?:alle|a)|dura até|trwa do)\s+(?:[\p{L}]+\s+){0,2}?(?:at|around|about|by|um|gegen|ca\.|bis|vers|à|a|alle|verso|om|rond|às|pelas|a las|hacia las|sobre las|o|około|ok\.)?\s*(\d{1,2})[:.h](\d{2})(?!\d)\s*([ap]\.?m\.?)?/iu;

/** The hour of the day a written hour names: with "am"/"pm" (or "a"/"p") on a 12-hour clock, else as written (13 and up stay). */
function clockHour(hour: number, meridiem: string | undefined): number {
  return (hour % 12) + (/p/i.test(meridiem ?? '') ? 12 : /a/i.test(meridiem ?? '') ? 0 : hour >= 12 ? 12 : 0);
}

/** A single time with no end takes the end said apart in the same text, on its day, when it comes after it (within 14 hours). */
export function withEndSaidApart(slots: ProseSlot[], text: string): ProseSlot[] {
  if (slots.length !== 1 || slots[0]!.end) return slots;
  const slot = slots[0]!;
  const local = new Date(slot.start.instant.getTime() + slot.start.offsetMinutes * 60_000);
  // "o 10:00 (zarezerwowaliśmy czas od 10:00 do 11:00)": a range restating the slot's start gives its end.
  const restated = [...text.slice(0, MAX_TIME_TEXT).matchAll(RESTATED_RANGE)].find((m) => Number(m[1]) === local.getUTCHours() && Number(m[2]) === local.getUTCMinutes());
  const said = restated ? ([restated[0], restated[3], restated[4], undefined] as const) : END_SAID_APART.exec(text.slice(0, MAX_TIME_TEXT));
  if (!said) return slots;
  const hour = clockHour(Number(said[1]), said[3]);
  const endWall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour, Number(said[2]));
  const end = new Date(endWall - slot.start.offsetMinutes * 60_000);
  const after = end.getTime() - slot.start.instant.getTime();
  if (!(Number(said[2]) <= 59 && hour <= 23 && after > 0 && after <= 14 * 3_600_000)) return slots;
  return [{ ...slot, end: { instant: end, offsetMinutes: slot.start.offsetMinutes } }];
}

/** Whether a message moves, cancels or gives up on an interview time ("we have to reschedule", "abgesagt"). */
export function movesOrCancels(text: string): boolean {
  return RESCHEDULE.test(text) || MOVE_VERB.test(text) || UNAVAILABLE_ANYWHERE.test(text) || GIVEN_UP.test(text);
}

/** A part of the day after a clock time (and its hour word), in the languages whose chrono parsers miss it: group 2 when it is after noon. */
const PART_OF_DAY_AFTER_TIME = /(?<=\d)([ \t]*(?:h|hs|hrs?|horas?|heures?|uur))?[ \t]+(?:(de la tarde|de la noche|da tarde|da noite|à noite|du soir|de l['’]après-midi|'s avonds|’s avonds|'s middags|’s middags|wieczorem|po południu|in the evening|in the afternoon|at night)|(?:de la mañana|da manhã|du matin|'s ochtends|’s ochtends|'s morgens|’s morgens|rano|in the morning))(?![\p{L}])/giu;

/** "Option 1:", "Termin 2:", "Opcja 1)" before a proposed time: a label, not a time ("1:" read as 1 o'clock). */
const LIST_LABEL = /^([ \t]*)((?:Option|Optie|Opción|Opção|Opzione|Opcja|Termin|Terminvorschlag|Vorschlag|Slot|Choice|Alternative|Alternativa|Variante|Proposta|Propuesta|Proposition|Créneau|Voorstel|Moment|候補)[ \t]*\d{1,2}[ \t]*[:.)）]|\(?\d{1,2}[.)）](?=[ \t])|（\d{1,2}）)/gimu;

export function findProseSlots(
  text: string,
  language: TextLanguage,
  reference: SlotReference,
  defaultZone: DefaultZone,
  /** receives the words of a time that was found but whose zone could not be read (it gives no slot) */
  notUnderstood?: string[],
  /** the reader's own zone (the owner's), for a time said in it ("10:00 your time", "9 Uhr Ihrer Zeit") */
  readerZone: string | null = null,
): ProseSlot[] {
  // List markers ("- Montag, 8. Juni, 9:00 Uhr") and labels ("Option 1:") are blanked (same length, so
  // indices hold): chrono would read "9:00 Uhr\n- Dienstag" as a range and "1:" as a time.
  // The text as written (what a slot quotes), and `original`, the same length, as chrono is given it.
  const asWritten = withoutRestatedOffset(text.slice(0, MAX_TIME_TEXT));
  const partsOfDay = [...asWritten.matchAll(PART_OF_DAY_AFTER_TIME)].map((m) => [m.index, m.index + m[0].length] as const);
  const original = asWritten
    .replace(/^([ \t]*)([-–—*•·])(?=[ \t])/gm, (_, indent: string, mark: string) => `${indent}${' '.repeat(mark.length)}`)
    .replace(LIST_LABEL, (_, indent: string, label: string) => `${indent}${' '.repeat(label.length)}`)
    // A hard-wrapped line that ends with a day and a next line that starts with its month ("mercoledì 11\nnovembre
    // alle ore 9:30"): one date (the line break becomes a space, same length); read apart, the day alone was a month away.
    .replace(DAY_THEN_MONTH_ON_NEXT_LINE, '$1 ')
    // Italian "Ora: 11:00" (the label "Time:"): chrono's Italian reads "ora" as now, a date of its own that the
    // date line above never joined. The label is blanked (same length).
    .replace(/(?<![\p{L}])ora[ \t]*:(?=[ \t]*\d)/giu, (m: string) => ' '.repeat(m.length))
    // English "on the morning of Wednesday 19th May": chrono reads "morning of Wednesday" as this morning, and
    // the date after it is lost. The part of the day is blanked (same length); the time said with it stays.
    .replace(/(?<![\p{L}])(?:morning|afternoon|evening)[ \t]+of(?=[ \t]+(?:the[ \t]+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?![\p{L}])))/giu, (m: string) => (language === 'en' ? ' '.repeat(m.length) : m))
    // German "so gegen 14 Uhr", "so um 10" (about): chrono's German reads "so" as Sonntag. Lowercase only ("So 14.2." is Sunday).
    .replace(/(?<![\p{L}])so(?=[ \t]+(?:gegen|um|ab|ca\.?|circa|etwa|ungefähr|rum)(?![\p{L}]))/gu, '  ')
    // "a las 7 de la tarde", "às 7 da noite", "à 7 heures du soir", "om 7 uur 's avonds", "o 7 wieczorem", "at 7 in the
    // evening": the part of the day said after a clock time is its am or pm, which chrono reads in these languages
    // only as "pm" or "am" (written in its place, same length).
    .replace(PART_OF_DAY_AFTER_TIME, (m: string, _hours: string, evening: string | undefined) => (evening ? ' pm' : ' am').padEnd(m.length, ' '));
  // "Donnerstag, 19.11., 10:00 Uhr": a day and month with dots is a date (chrono reads "19.11" as 19:11);
  // written "19/11 " (same length) for the day-first locales.
  // So is "śr., 10.03, 9:00" and "Mo 8.3 um 10" after a weekday. Japanese weekdays in brackets after a
  // date ("3月10日（水曜日）") are blanked: chrono reads the weekday, not the date.
  // English numeric dates are day-first ("11/03/2027" is 11 March) outside the Americas: written
  // month-first for chrono's English (same length).
  const dotted = language === 'en' ? (americanZone(defaultZone, text) ? original : original.replace(/(?<![\d/.])(\d{1,2})\/(\d{1,2})(?=\/\d{2,4}(?!\d)|(?![\d/]))/g, (m, d: string, mo: string) => (Number(d) <= 31 && Number(mo) <= 12 ? `${mo}/${d}` : m)))
    : language === 'ja' ? original.replace(/[（(][月火水木金土日](?:曜日?)?[）)]/gu, (m) => ' '.repeat(m.length))
    : original.replace(DOTTED_DAY_MONTH, (m: string, d: string, mo: string, at: number, all: string) => (dottedPairSays(d, mo, ...around(all, at, m)) === 'time' ? m : `${d}/${mo} `)).replace(WEEKDAY_THEN_DOTTED, '$1/$2').replace(BARE_DOTTED_DATE, (m: string, d: string, mo: string, at: number, all: string) => (dottedPairSays(d, mo, ...around(all, at, m)) === 'date' ? `${d}/${mo}` : m));
  // Times written as chrono does not read them ("14h30", "10 h", "de 9:00 a 10:00", "das 16h às 17h")
  // and Polish date words are rendered for it, with a map back to the original.
  let rendered: Rendered = { text: dotted, map: null };
  // "9 de junho (quarta-feira)", "December 3 (Thursday) at 10am", "3 grudnia (czwartek), w godz. 10.00": a weekday in
  // brackets after a date is that date's. Read apart, chrono joined the time to the next such weekday (or lost it);
  // blanked in place, its blanks parted date and time for several of its locales. It is taken out (mapped back).
  if (language !== 'ja') rendered = timesForChrono(rewrite(rendered, BRACKETED_WEEKDAY_AFTER_DATE, () => ''));
  if (language === 'pl') rendered = polishAsEnglish(rendered);
  const body = rendered.text;
  const toOriginal = (i: number) => (rendered.map ? rendered.map[Math.min(i, rendered.map.length - 1)]! : i);
  const parser = parserFor(language);
  // Line by line: a time at the end of one line and a date on the next are not one range; a date line
  // followed by a time line is joined below (joinDateAndTime).
  const results: Parsed[] = [];
  let lineStart = 0;
  for (const line of body.split('\n')) {
    if (/\d/.test(line) || /\p{L}{4,}/u.test(line)) {
      for (const r of parser.parse(line, { instant: reference.instant, timezone: reference.offsetMinutes }, { forwardDate: true })) {
        // A time read from the middle of a number ("00 - 15:00" out of "14:00 - 15:00") is no time.
        if (/\d[:.h]?$/.test(line.slice(Math.max(0, r.index - 2), r.index))) continue;
        // Nor is a word read out of a longer one: chrono's patterns end words with an ASCII boundary, so
        // "fr" (Friday) is read out of German "früh", a letter like ü, é or ł counting as no letter to it.
        if (INSIDE_A_WORD.test(line.slice(Math.max(0, r.index - 1), r.index)) || INSIDE_A_WORD.test(line.charAt(r.index + r.text.length))) continue;
        results.push({ index: r.index + lineStart, text: r.text, start: r.start, end: r.end ?? null, tags: () => r.tags() });
      }
    }
    lineStart += line.length + 1;
  }
  const found = joinDateAndTime(splitResults(results, body), body).flatMap((f) => orTheNextOne(weekLaterIfSaid(dayAfterTomorrow(nextWeekIfToday(f, body, reference), body, reference), body), body));
  const rescheduled = RESCHEDULE.test(body) || MOVE_VERB.test(body) || NEW_TIME_LABEL.test(body) || UNAVAILABLE_ANYWHERE.test(body) || GIVEN_UP.test(body);
  const candidates = found.filter((f) => {
    const before = body.slice(Math.max(0, f.index - 40), f.index);
    if (DEADLINE_CUE.test(before)) return false;
    // A minute to midnight ("até as 23h59", "by 11:59 pm") is a deadline's time, never an interview's.
    if (f.start.hour === 23 && f.start.minute === 59) return false;
    // Japanese writes the deadline after its time: "5月7日12時までにご返信ください".
    if (/^\s*(?:まで(?:に|の)|迄)/u.test(body.slice(f.endIndex, f.endIndex + 6))) return false;
    return true;
  });
  // A day and month without a year that chrono put next year are a day that has passed ("following our
  // call on 8 March at 10:00", written on 10 March), and a time in a sentence about a past call is that call.
  const current = candidates.filter((f) => f.start.yearWritten !== false || Date.UTC(f.start.year, f.start.month - 1, f.start.day) - reference.instant.getTime() < 300 * DAY_MS);
  const unpast = current.filter((f) => !aboutThePast(body, f));
  candidates.splice(0, candidates.length, ...(unpast.length > 0 ? unpast : current));
  // …and a time that is a departure ("if you'd rather not get the 6am out of Heathrow", "the 7:15 train", "le vol de 6h").
  const inEvents = (f: Found) => EVENT_CUE.test(sentenceAround(body, f)) || DEPARTURE_BEFORE.test(body.slice(Math.max(0, f.index - 40), f.index)) || DEPARTURE_AFTER.test(body.slice(f.endIndex, f.endIndex + 40));
  const notEvents = candidates.filter((f) => !inEvents(f));
  // A time in a sentence about another event (a webinar, an information evening) is never the interview's, even when it is the only one.
  // "We are available Tuesday to Thursday between 9:00 and 17:00", "office hours Mon–Fri 9–17": a window
  // to choose in or to call in, never an interview's time.
  const interviewTimes = notEvents.filter((f) => !isWindow(f, body));
  const fresh = rescheduled ? dropOldTimes(interviewTimes, body) : interviewTimes;
  // "10:00 AM ET, so that's 3:00 PM your time": the same time restated in the reader's zone is no other slot.
  const unconverted = fresh.filter((f) => !isConversion(f, body, fresh));
  const kept = unconverted.length > 0 ? unconverted : fresh;
  const listZone = kept.length > 0 ? zoneNamedIn(zoneWindowForList(body, kept)) : null;
  const slots: ProseSlot[] = [];
  const seen = new Set<number>();
  // The zone written right after a time binds to it ("10:30 AM Central / 11:30 AM Eastern": Central).
  const rightOf = (f: Found) => {
    const window = body.slice(f.endIndex, Math.min(body.length, f.endIndex + 60)).split(/\n\s*\n/)[0] ?? '';
    return { window, right: /^[\s(]*[\p{L}][\p{L} .'’-]{0,40}/u.exec(window)?.[0] ?? '' };
  };
  const placeIn = (wall: Wall, written: string | null): { instant: Date; offsetMinutes: number } => {
    const asUtc = new Date(wallMs(wall));
    if (written) return wallTimeInZone(asUtc, written);
    if (wall.offset !== null) return { instant: new Date(asUtc.getTime() - wall.offset * 60_000), offsetMinutes: wall.offset };
    if ('zone' in defaultZone) return wallTimeInZone(asUtc, defaultZone.zone);
    return { instant: new Date(asUtc.getTime() - defaultZone.offsetMinutes * 60_000), offsetMinutes: defaultZone.offsetMinutes };
  };
  for (const f of kept) {
    const { window, right } = rightOf(f);
    // "10:00 - 11:00 (UTC+01:00) Amsterdam, Berlin…" (Bookings, Outlook): the standard offset and its
    // places; the time is local. A label whose places are not known gives no time rather than one an hour off.
    const label = zoneOfWindowsLabel(`${body.slice(f.index, f.endIndex)}${body.slice(f.endIndex, f.endIndex + 160).split('\n')[0] ?? ''}`);
    const notUnderstoodHere = () => notUnderstood?.push(original.slice(toOriginal(f.index), toOriginal(f.endIndex)).replace(/\s+/g, ' ').trim().slice(0, 120));
    // A weekday that is not the date's: one of the two is wrong, and which is not known. No time rather than a day off.
    const bareDay = WEEKDAY_BARE_DAY.exec(body.slice(f.index, f.endIndex));
    if (label === null || f.weekdayContradicts || (bareDay && Number(bareDay[1]) !== f.start.day)) {
      notUnderstoodHere();
      continue;
    }
    // A time said in the reader's own zone ("next Tuesday at 10:00 your time? I'm based in New York"): the owner's zone,
    // not a place named after it.
    const inReadersTime = readerZone !== null && label === undefined && saidInReadersTime(f, body);
    const written = inReadersTime ? readerZone : (label ?? zoneNamedIn(right) ?? zoneNamedIn(body.slice(f.index, f.endIndex)) ?? zoneNamedIn(window) ?? listZone);
    // The same time written again in another zone right after ("10:00 CET / 09:00 GMT", "(9:00 Lisbon)"):
    // the two must agree. Where they agree only with the abbreviations' literal offsets (CET as +01:00 in
    // June), that is the reading; where they never agree, no time is given.
    let literal: number | null = null;
    const partner = written && !label ? SECOND_ZONE.exec(body.slice(f.endIndex, f.endIndex + 80)) : null;
    const partnerZone = partner ? zoneNamedIn(partner[4] ?? '') : null;
    if (partner && partnerZone) {
      const hour = clockHour(Number(partner[1]), partner[3]);
      const other = { ...f.start, hour, minute: Number(partner[2]), offset: null };
      const apart = (x: number, y: number) => Math.abs((((x - y) % DAY_MS) + DAY_MS + DAY_MS / 2) % DAY_MS - DAY_MS / 2);
      if (apart(placeIn(f.start, written).instant.getTime(), placeIn(other, partnerZone).instant.getTime()) !== 0) {
        const ownLiteral = literalOffset(`${body.slice(f.index, f.endIndex)}${right}`);
        const otherLiteral = literalOffset(partner[4] ?? '');
        if (ownLiteral !== null && otherLiteral !== null && apart(wallMs(f.start) - ownLiteral * 60_000, wallMs(other) - otherLiteral * 60_000) === 0) {
          literal = ownLiteral;
        } else {
          notUnderstoodHere();
          continue;
        }
      }
    }
    const place = (wall: Wall) => (literal !== null ? { instant: new Date(wallMs(wall) - literal * 60_000), offsetMinutes: literal } : placeIn(wall, written));
    const start = place(f.start);
    if (seen.has(start.instant.getTime())) continue;
    seen.add(start.instant.getTime());
    let end = f.end ? place(f.end) : null;
    if (end && end.instant <= start.instant) end = null;
    // (to the end of a part of the day that `original` wrote as "pm" or "am": "a las 7 de la tarde")
    const wordsEnd = toOriginal(f.endIndex);
    const words = asWritten.slice(toOriginal(f.index), partsOfDay.find(([from, to]) => wordsEnd > from && wordsEnd < to)?.[1] ?? wordsEnd).replace(/\s+/g, ' ').trim().replace(/^(?:on|at|for|le|am|el|the|w|we)\s+/i, '');
    // The zone as written, when it follows the time directly ("2:30 pm ET", "14h30 (heure de Paris)").
    const zoneWords = /^\s*(\(?[\p{L}][\p{L} .]{0,30}\)?)/u.exec(original.slice(toOriginal(f.endIndex), toOriginal(f.endIndex) + 35).split('\n')[0] ?? '')?.[1] ?? '';
    const writtenZone = zoneWords && zoneNamedIn(zoneWords) ? ` ${zoneWords.trim()}` : '';
    slots.push({ start, end, zoneAssumed: !written && f.start.offset === null, written: `${words}${writtenZone}`.slice(0, 120) });
  }
  return slots.sort((a, b) => a.start.instant.getTime() - b.start.instant.getTime());
}

type Parsed = Pick<chrono.ParsedResult, 'index' | 'text' | 'start' | 'tags'> & { end: chrono.ParsedComponents | null };

/**
 * Polish date and time words rendered in English for chrono (which has no Polish locale): months in
 * both cases, weekdays in their inflected forms, "o godz.", "od … do …", "jutro". `map[i]` is the index
 * in the original of the rendered text's index i.
 */
const POLISH: [RegExp, string][] = [
  [/^stycz(?:nia|eń|en)$/i, 'January'], [/^lut(?:ego|y)$/i, 'February'], [/^mar(?:ca|zec)$/i, 'March'], [/^kwie(?:tnia|cień|cien)$/i, 'April'],
  [/^maj[a]?$/i, 'May'], [/^czerw(?:ca|iec)$/i, 'June'], [/^lip(?:ca|iec)$/i, 'July'], [/^sierp(?:nia|ień|ien)$/i, 'August'],
  [/^wrze(?:śnia|snia|sień|sien)$/i, 'September'], [/^październik(?:a)?$|^pazdziernik(?:a)?$/i, 'October'], [/^listopad(?:a)?$/i, 'November'], [/^grud(?:nia|zień|zien)$/i, 'December'],
  [/^poniedzia[łl](?:ek|ku)$/i, 'Monday'], [/^wtor(?:ek|ku)$/i, 'Tuesday'], [/^[śs]rod(?:a|ę|e|y)$/i, 'Wednesday'], [/^czwart(?:ek|ku)$/i, 'Thursday'],
  [/^pi[ąa]t(?:ek|ku)$/i, 'Friday'], [/^sobot(?:a|ę|e|y)$/i, 'Saturday'], [/^niedziel(?:a|ę|e|i)$/i, 'Sunday'],
  [/^jutro$/i, 'tomorrow'], [/^pojutrze$/i, 'in 2 days'], [/^dzi(?:ś|s|siaj)$/i, 'today'],
  [/^od$/i, 'from'], [/^do$/i, 'to'], [/^godz(?:\.|iny|inie|ina)?$/i, ''], [/^o$/i, 'at'], [/^w$|^we$/i, 'on'], [/^r\.$/i, ''],
];

function polishAsEnglish(input: Rendered): Rendered {
  return rewrite(input, /[\p{L}]+\.?/gu, (word) => {
    const bare = word.endsWith('.') && !/^(?:godz|r)\.$/i.test(word) ? word.slice(0, -1) : word;
    const rule = POLISH.find(([pattern]) => pattern.test(bare));
    return rule ? `${rule[1]}${word.slice(bare.length)}` : null;
  });
}

/** Text rendered for chrono, and `map[i]`: the index in the original text of the rendered index i (null: the same). */
interface Rendered {
  text: string;
  map: number[] | null;
}

/**
 * Replaces each match of `pattern` by `replace(match)` (null: kept), keeping the map to the original:
 * a replacement's characters map onto the replaced characters, the last one onto the match's end.
 */
function rewrite(input: Rendered, pattern: RegExp, replace: (match: string, ...groups: string[]) => string | null): Rendered {
  return rewriteMatches(input, pattern, (m) => replace(m[0], ...m.slice(1).map((g) => g ?? '')));
}

/** The same, the replacement given the whole match (its index into `input.text` too). */
function rewriteMatches(input: Rendered, pattern: RegExp, replace: (m: RegExpExecArray) => string | null): Rendered {
  const from = (i: number) => (input.map ? input.map[Math.min(i, input.map.length - 1)]! : i);
  let text = '';
  const map: number[] = [];
  let last = 0;
  for (const m of input.text.matchAll(pattern)) {
    const replacement = replace(m as RegExpExecArray);
    if (replacement === null || replacement === m[0]) continue;
    for (let i = last; i < m.index; i += 1) map.push(from(i));
    text += input.text.slice(last, m.index);
    for (let i = 0; i < replacement.length; i += 1) map.push(from(m.index + Math.min(i, Math.max(0, m[0].length - 1))));
    text += replacement;
    last = m.index + m[0].length;
  }
  if (last === 0 && text === '') return input;
  for (let i = last; i <= input.text.length; i += 1) map.push(from(i));
  text += input.text.slice(last);
  return { text, map };
}

/** A clock time as the languages write it: "9:30", "14.30", "14h30", "14 h 30", "16h", "10 h", "3pm", "15 Uhr". */
const CLOCK = String.raw`\d{1,2}(?:[:.]\d{2}|\s?h\s?\d{2}|\s?h(?![\p{L}\d])|\s?(?:am|pm|a\.m\.|p\.m\.)|\s(?:Uhr|uur|horas|hs|hrs)\b)`;
/** Words joining the two ends of a range in the nine languages ("de 9:00 a 10:00", "das 16h às 17h", "dalle 9 alle 10"). */
const RANGE_WORD = String.raw`(?:a|à|às|as|até|ate|al|alle|tot|bis)`;

/** "de 16 a 17 h", "9 bis 10 Uhr", "de 11 a 11:45", "14–15 CEST": the bare start of a range whose end is a time (not the day after a weekday: "vendredi 14 à 15h"). */
const BARE_HOUR_BEFORE_RANGE = new RegExp(String.raw`(?<![\d:.,/])(?<!(?<![\p{L}])${WEEKDAY_WORDS}\.?,?\s{1,3}(?:(?:le|el|den|dia|il|op|the)\s+)?)(\d{1,2})(?=\s*(?:-|–|—|${RANGE_WORD}|bis|tot|to)\s*(?:\d{1,2}(?:[:.]\d{2})?\s?(?:h|hs|hrs|horas|Uhr|uur)(?![\p{L}\d])|\d{1,2}[:.]\d{2}(?![\d])|\d{1,2}\s+(?:CES?T|MES?Z|EES?T|WES?T|UTC|GMT|BST)(?![\p{L}])))`, 'giu');
/** A range of two bare hours after its words, at a clause's end (timesForChrono). */
/** (…or before the zone it is said in: "de 10 a 11 (hora peninsular)", "de 10 a 11 hora de Canarias".) */
const BARE_HOURS_RANGE = /(?<![\p{L}\d])(de|from|van|von|dalle|das|des|od)\s+(\d{1,2})\s+(a|to|tot|bis|alle|às|à|do)\s+(\d{1,2})(?=\s*(?:$|[,.;)\n]|\((?=hora|horário|horario|heure|ora|czasu|tijd|time|Zeit|CES?T|MES?Z|UTC|GMT)|(?:h|hs|hrs|horas|uur|Uhr)(?![\p{L}])|(?:hora|horário|horario)(?![\p{L}])))/gimu;
/** "16h", "10 h" after a time word, a range word or a dash, or before one. */
const HOUR_H = new RegExp(String.raw`(?<=(?:^|[\s(])(?:à|a|às|as|das|dès|de|vers|at|um|om|alle|dalle|ore|las|los|o|od|do|entre|from|-|–|—)\s{1,3})(\d{1,2})\s?h(?![\p{L}\d])|(?<![\d:.,/])(\d{1,2})\s?h(?=\s*(?:-|–|—|${RANGE_WORD}\s)\s*(?:las\s+)?\d)`, 'giu');
/** The word joining a range's two times. */
const RANGE_WORD_BETWEEN_TIMES = new RegExp(String.raw`(?<=${CLOCK})(\s+)${RANGE_WORD}(\s+)(?=(?:las\s+|les\s+|le\s+)?\d{1,2}(?:[:.]\d{2}|\s?h|\s?Uhr|\s?uur|\s?(?:am|pm)|\b))`, 'giu');

const HOUR_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** "half past ten", "a quarter past 9", "quarter to three", British "half ten" ("half" alone only before an hour in words: Dutch "half 10" is half past nine). */
const CLOCK_WORDS = new RegExp(String.raw`(?<![\p{L}])((?:a\s+)?quarter\s+(?:past|after|to)|half\s+past|half(?=\s+(?:${HOUR_WORDS.join('|')})(?![\p{L}])))\s+(${HOUR_WORDS.join('|')}|1[0-2]|[1-9])(?![\p{L}\d:]|\.\d)`, 'giu');

/** The twelve hours in words, by language, where an hour's word or article says they are an hour ("drie uur", "a las cinco"). */
const HOUR_NAMES: [before: string, after: string, names: string[]][] = [
  // Dutch and French say a duration the same way ("het duurt drie uur", "deux heures d'entretien"): only after "om", "à"…
  [String.raw`(?:om|rond|omstreeks|tegen)\s+`, String.raw`\s+uur`, ['één|een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf']],
  ['', String.raw`\s+Uhr`, ['eins|ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf']],
  // …and without "Uhr" after a time word ("so gegen drei", "ab neun", "um zehn"), not a count ("um drei Tage", "ab zwei Jahren").
  [String.raw`(?:gegen|um|ab)\s+`, String.raw`(?!\s+(?:Jahr|Tag|Woche|Monat|Prozent|Stunde|Minute|Euro|Mal|Leute|Person|Mitarbeit|Kilo|Meter)\p{L}*)`, ['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf']],
  [String.raw`(?:à|a|vers|dès|avant)\s+`, String.raw`\s+heures?`, ['une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze']],
  [String.raw`(?:a|hacia|sobre|de)\s+las?\s+`, '', ['una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce']],
  [String.raw`(?:alle|verso le|intorno alle|dalle)\s+`, '', ["una|l['’]una", 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici']],
  [String.raw`(?:às|as|pelas|por volta das|lá para as)\s+`, '', ['uma', 'duas', 'três|tres', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze']],
  [String.raw`(?:o|koło|około|ok\.)\s+`, '', ['pierwszej', 'drugiej', 'trzeciej', 'czwartej', 'piątej|piatej', 'szóstej|szostej', 'siódmej|siodmej', 'ósmej|osmej', 'dziewiątej|dziewiatej', 'dziesiątej|dziesiatej', 'jedenastej', 'dwunastej']],
];
/** The hour (1–12) a language's hour name says ("drie" → 3); 0 for none. */
const hourOfName = (names: readonly string[], word: string) => names.findIndex((n) => new RegExp(`^(?:${n})$`, 'iu').test(word)) + 1;
const HOUR_IN_WORDS = HOUR_NAMES.map(([before, after, names]) => ({
  pattern: new RegExp(String.raw`(?<![\p{L}])(${before})(${names.join('|')})(${after})(?![\p{L}])`, 'giu'),
  hourOf: (word: string) => hourOfName(names, word),
}));
/**
 * A half or a quarter of an hour said in words, in the other languages: "om half drie" and "um halb drei" (half
 * an hour BEFORE three: 2:30), "kwart over/voor twee", "Viertel nach/vor zwei", "dreiviertel drei", "à deux heures
 * et demie / et quart / moins le quart", "a las dos y media / y cuarto / menos cuarto", "alle due e mezza / e un
 * quarto / meno un quarto", "às duas e meia / e um quarto", "o wpół do trzeciej" (2:30), "kwadrans po drugiej" (2:15). Each is written as a clock
 * time (chrono read "deux heures et demie" as two o'clock, or worse; Dutch and German halves not at all).
 */
/** A language's hour names in HOUR_NAMES, found by its word for two ("twee", "zwei"…). */
const HOUR_NAMES_OF = (two: string) => HOUR_NAMES.find(([, , names]) => names[1] === two)![2];
/** The hour a name or a number says. */
const hourIn = (names: readonly string[], word: string) => hourOfName(names, word) || Number(word);
const HOURS = (names: string[]) => String.raw`(${names.join('|')}|1\d|2[0-3]|0?\d)`;
const CLOCK_FRACTIONS: { pattern: RegExp; time: (m: string[]) => [hour: number, minute: number] | null }[] = [
  // Dutch: "(om) half drie", "kwart over twee", "kwart voor drie"
  { pattern: new RegExp(String.raw`(?<![\p{L}])(?:(om|rond|omstreeks|tegen|vanaf)\s+)?(half|kwart\s+over|kwart\s+voor)\s+${HOURS(HOUR_NAMES_OF('twee'))}(?:\s+uur)?(?![\p{L}\d:]|\.\d)`, 'giu'),
    time: ([, , part, hour]) => fraction(hourIn(HOUR_NAMES_OF('twee'), hour!), /^half/i.test(part!) ? -30 : /voor/i.test(part!) ? -15 : 15, 12) },
  // German: "(um) halb drei", "Viertel nach zwei", "Viertel vor drei", "dreiviertel drei"
  { pattern: new RegExp(String.raw`(?<![\p{L}])(?:(um|gegen|ab|so gegen)\s+)?(halb|viertel\s+nach|viertel\s+vor|dreiviertel)\s+${HOURS(HOUR_NAMES_OF('zwei'))}(?:\s+Uhr)?(?![\p{L}\d:]|\.\d)`, 'giu'),
    time: ([, , part, hour]) => fraction(hourIn(HOUR_NAMES_OF('zwei'), hour!), /^halb/i.test(part!) ? -30 : /vor|dreiviertel/i.test(part!) ? -15 : 15, 12) },
  // French: "à deux heures et demie", "14 heures et quart", "trois heures moins le quart"
  { pattern: new RegExp(String.raw`(?<![\p{L}])(?:(à|a|vers|dès|avant|de)\s+)?${HOURS(HOUR_NAMES_OF('deux'))}\s+heures?\s+(et\s+demie|et\s+quart|moins\s+(?:le\s+)?quart)(?![\p{L}])`, 'giu'),
    time: ([, , hour, part]) => fraction(hourIn(HOUR_NAMES_OF('deux'), hour!), /demie/i.test(part!) ? 30 : /moins/i.test(part!) ? -15 : 15, 23) },
  // Spanish: "a las dos y media", "a las 3 y cuarto", "a las tres menos cuarto"
  { pattern: new RegExp(String.raw`(?<![\p{L}])((?:a|hacia|sobre|de)\s+las?)\s+${HOURS(HOUR_NAMES_OF('dos'))}\s+(y\s+media|y\s+cuarto|menos\s+cuarto)(?![\p{L}])`, 'giu'),
    time: ([, , hour, part]) => fraction(hourIn(HOUR_NAMES_OF('dos'), hour!), /media/i.test(part!) ? 30 : /menos/i.test(part!) ? -15 : 15, 23) },
  // Italian: "alle due e mezza", "alle 3 e un quarto", "alle tre meno un quarto"
  { pattern: new RegExp(String.raw`(?<![\p{L}])(alle|verso le|intorno alle|dalle)\s+${HOURS(HOUR_NAMES_OF('due'))}\s+(e\s+mezz[ao]|e\s+(?:un\s+)?quarto|meno\s+(?:un\s+)?quarto)(?![\p{L}])`, 'giu'),
    time: ([, , hour, part]) => fraction(hourIn(HOUR_NAMES_OF('due'), hour!), /mezz/i.test(part!) ? 30 : /meno/i.test(part!) ? -15 : 15, 23) },
  // Portuguese: "às duas e meia", "às 3 e um quarto"
  { pattern: new RegExp(String.raw`(?<![\p{L}])(às|as|pelas|por volta das)\s+${HOURS(HOUR_NAMES_OF('duas'))}\s+(e\s+meia|e\s+(?:um\s+)?quarto)(?![\p{L}])`, 'giu'),
    time: ([, , hour, part]) => fraction(hourIn(HOUR_NAMES_OF('duas'), hour!), /meia/i.test(part!) ? 30 : 15, 23) },
  // Polish: "(o) wpół do trzeciej" (2:30)
  { pattern: new RegExp(String.raw`(?<![\p{L}])(?:(o|koło|około)\s+)?(wpół|wpol)\s+do\s+(${HOUR_NAMES_OF('drugiej').join('|')})(?![\p{L}])`, 'giu'),
    time: ([, , , hour]) => fraction(hourIn(HOUR_NAMES_OF('drugiej'), hour!), -30, 12) },
  // Polish: "(o) kwadrans po dziewiątej" (9:15): the hour's form after "po" is the one after "do".
  { pattern: new RegExp(String.raw`(?<![\p{L}])(?:(o|koło|około)\s+)?(kwadrans)\s+po\s+(${HOUR_NAMES_OF('drugiej').join('|')})(?![\p{L}])`, 'giu'),
    time: ([, , , hour]) => fraction(hourIn(HOUR_NAMES_OF('drugiej'), hour!), 15, 12) },
];
/**
 * Where a text first says an hour: in figures ("14h30", "11:30", "9 h") or in words ("om half drie", "a las cinco",
 * "half past ten", "um drei Uhr"); -1 for none.
 */
export function firstHourAt(text: string, bare = false): number {
  // With `bare`, also a bare hour after an hour's word ("w godz. 13–14", "alle ore 10", "a las 9", "às 10"; not "w godzinach 8–16", office hours):
  // asked only when no sentence writes a clock time.
  const at = [/(?<![\d:.])\d{1,2}(?:[:.h]\d{2}|\s?h(?![\p{L}]))/u.exec(text)?.index ?? -1, bare ? /(?<=(?<![\p{L}])(?:godz\.|godzinie|ore|a las|às)\s{1,2})\d{1,2}(?![\d:]|\.\d)/iu.exec(text)?.index ?? -1 : -1];
  for (const pattern of [CLOCK_WORDS, ...HOUR_IN_WORDS.map((h) => h.pattern), ...CLOCK_FRACTIONS.map((f) => f.pattern)]) {
    pattern.lastIndex = 0;
    at.push(pattern.exec(text)?.index ?? -1);
    pattern.lastIndex = 0;
  }
  const found = at.filter((i) => i >= 0);
  return found.length > 0 ? Math.min(...found) : -1;
}

/** The hour and minute of "`minutes` from the hour `hour`" (-30: half an hour before it); null for no hour. */
function fraction(hour: number, minutes: number, highest: number): [number, number] | null {
  if (!(hour >= 1 && hour <= highest)) return null;
  if (minutes >= 0) return [hour, minutes];
  return [hour === 1 ? 12 : hour - 1, 60 + minutes];
}

/**
 * "rond 3", "koło 10", "gegen 3", "hacia las 5", "around 4", "after 2": an hour said roughly, up to the clause's end, an hour's
 * word or a conjunction that goes on with no number ("around 11 and I'll show you round"), or what it is for ("lá pelas 10 pra gente conversar").
 */
const ABOUT_HOUR = /(?<![\p{L}])(rond|omstreeks|koło|około|gegen|vers|hacia las|sobre las|a eso de las|por volta das|pelas|lá para as|intorno alle|around|at about|at around|after|any time after|nach|ab|après|después de las|dopo le|depois das)(\s+)(\d{1,2})(?![:.h]?\d)(?:(\s*)(?:o['’]clock|uur|Uhr|heures?)(?![\p{L}]))?(?=\s*(?:[,.;:!?()\n]|$|(?:in the|de la|del|da|'s|des|am|nachmittags|vormittags|po południu|rano)(?![\p{L}])|(?:and|und|et|y|e|en|i|but|aber|mais|pero|ma|maar|mas|ale)\s+(?!\d)|(?:pra|para|pour|per|zum|żeby)\s+(?!\d)))/giu;
/**
 * "14h30" and "14 h 30" → "14:30"; "16h" and "10 h" → "16:00" after a time word, a range word or a
 * dash, or before one; the word joining a range's ends → "-" (chrono reads "de 9:00 a" as 9 am, "de 10 h"
 * as in ten hours, and has no "16h" in Portuguese, Spanish or Italian).
 */
function timesForChrono(input: Rendered): Rendered {
  // A label glued to its time, as an HTML table's cells come out of a text conversion ("Horaire14h00",
  // "Uhrzeit10:30"): apart, or chrono reads the minutes alone. (Not an ISO "…T14:00": a digit before the letter.)
  let out = rewrite(input, /(?<=(?<![\d])\p{L})(?=\d{1,2}(?:[:.]\d{2}|\s?h\s?\d{2})(?![\d]))/gu, () => ' ');
  // A weekday's day of the month in brackets or after "día", and one before the time with no month: as chrono reads them.
  out = rewrite(out, WEEKDAY_DAY_APART, (_, day: string, inBrackets: string, afterWord: string) => `${day} ${inBrackets || afterWord}`);
  out = rewrite(out, WEEKDAY_DAY_THEN_TIME, (day) => (Number(day) >= 1 && Number(day) <= 31 ? `${day},` : null));
  // A clock time alone in brackets after its day ("na sexta, mesmo horário (16h)", "el viernes (16:00)"): written after a
  // comma, as chrono reads it. A bare hour only from 7 to 21: "(2h)" after a word is more often how long it lasts.
  out = rewrite(out, BRACKETED_CLOCK, (_, h: string, m: string) => (Number(h) <= 23 && (m ? Number(m) <= 59 : Number(h) >= 7 && Number(h) <= 21) ? `, ${h}:${m || '00'}` : null));
  // A part of the day said before the clock time that fixes it ("el martes 3 de marzo por la mañana a las 9:30",
  // "sábado de manhã, dia 19, às 10h", "amanhã de manhã, lá pelas 10h"): it goes, as the time says it. Chrono's
  // Spanish read "mañana" there as tomorrow (the slot days off) and its Portuguese read nothing past "de manhã".
  out = rewrite(out, PART_OF_DAY_BEFORE_TIME, () => '');
  // Spanish "3:00 p. m.", "9 a. m." (with a space inside): chrono reads "p." and stops; written "pm", "am".
  out = rewrite(out, /(?<=\d[ \t]?)([ap])\.[ \t]?m\.(?![\p{L}])/giu, (_, ap: string) => `${ap.toLowerCase()}m`);
  // "14:30h", "14.30h" → "14:30"; Flemish "10u30" → "10:30", "om 10u" → "om 10:00"; Italian "ore 10" → "ore 10:00".
  out = rewrite(out, /(?<![\d:.])(\d{1,2}[:.]\d{2})\s?h(?![\p{L}\d])/giu, (_, time) => time);
  // "9.30 uur voor jou", "10.00 Uhr vor Ort": the clock word is dropped (chrono's Dutch reads "uur voor" as hours before).
  out = rewrite(out, /(?<![\d:.])(\d{1,2})[:.](\d{2})\s?(?:uur|Uhr)(?![\p{L}\d])/gu, (_, h, m) => (Number(h) <= 23 && Number(m) <= 59 ? `${h}:${m}` : null));
  // Italian, Spanish and Portuguese minutes joined by "and": "alle 15 e 30", "a las 10 y 45", "às 14 e 15" (chrono read the hour alone).
  out = rewrite(out, /(?<=(?<![\p{L}])(?:alle|dalle|verso le|intorno alle|a las|de las|hacia las|sobre las|às|as|das|pelas)\s)(\d{1,2})\s+(?:e|y)\s+(\d{2})(?![\d:\p{L}]|\.\d|\s?(?:min|minut))/giu, (_, h, m) => (Number(h) <= 23 && Number(m) <= 59 ? `${h}:${m}` : null));
  // German and Dutch "um 9 Uhr 30", "om 9 uur 30" (spoken): the minutes after the clock word.
  out = rewrite(out, /(?<![\d:.,/])(\d{1,2})\s?(?:Uhr|uur)\s(\d{2})(?![\d:.\p{L}]|\s?(?:min|Min|minuten|Minuten))/gu, (_, h, m) => (Number(h) <= 23 && Number(m) <= 59 ? `${h}:${m}` : null));
  out = rewrite(out, /(?<![\d:.,/])(\d{1,2})u(\d{2})(?![\d\p{L}])/giu, (_, h, m) => (Number(h) <= 23 && Number(m) <= 59 ? `${h}:${m}` : null));
  out = rewrite(out, /(?<=\b(?:om|vanaf|tot|ore|alle ore|dalle ore)\s)(\d{1,2})u?(?![\d\p{L}:]|\.\d)/giu, (_, h) => (Number(h) <= 23 ? `${h}:00` : null));
  // A Flemish hour anywhere ("van 9u tot 10u", "tussen 9u en 10u"): chrono reads "9u" as nothing and took the range's end.
  out = rewrite(out, /(?<![\d:.,/\p{L}])(\d{1,2})u(?![\d\p{L}:]|\.\d)/gu, (_, h) => (Number(h) <= 23 ? `${h}:00` : null));
  // Italian "alle ore 11:00", "ore 9:30" after a date: chrono's Italian reads the date and the time apart (the time
  // then today's), so "alle ore" is written "alle", as it reads it.
  out = rewrite(out, /(?<![\p{L}])(?:alle\s+ore|ore)\s+(?=\d{1,2}[:.]\d{2}(?!\d))/giu, () => 'alle ');
  // "10:00 bis ca. 11:30 Uhr", "9:00 to approx. 10:00", "14h à environ 15h": a range's end said roughly is its end.
  out = rewrite(out, /(?<=\d(?:[ \t]?(?:h|Uhr|uur|am|pm))?[ \t]*(?:bis|to|until|till|à|a|al|alle|tot|até|do|[-–—])[ \t]+)(?:ca\.?|circa|approx\.?|approximately|about|around|environ|etwa|ungefähr|gegen|ongeveer|rond|cerca de|aprox\.?|aproximadamente|około|ok\.)[ \t]+(?=\d)/giu, () => '');
  // Portuguese "pelas 18h", "por volta das 10:30" (about): written "às", which chrono reads.
  out = rewrite(out, /(?<![\p{L}])(?:pelas|por volta das|cerca das)\s+(?=\d{1,2}(?:[:.h]\d{2}|\s?h|:\d{2})(?![\d]))/giu, () => 'às ');
  // Italian "verso le 11" (about): written "alle", which chrono reads.
  out = rewrite(out, /(?<![\p{L}])verso\s+le\s+(?=\d{1,2}(?![\d]))/giu, () => 'alle ');
  out = rewrite(out, /(?<![\d:.,/])(\d{1,2})\s?h\s?(\d{2})(?![\d\p{L}])/giu, (_, h, m) => (Number(h) <= 23 && Number(m) <= 59 ? `${h}:${m}` : null));
  // "2-3pm", "10-11am", "11-1pm": the bare start of a range whose end has am or pm has its own (chrono reads
  // "March, 2-3" as a date); across noon ("11-1pm", "11-12pm") the start is the morning's.
  out = rewrite(out, /(?<![\d:.,/-])(\d{1,2})((?::\d{2})?)([ \t]*[-–—][ \t]*)(\d{1,2})((?::\d{2})?[ \t]?)(am|pm|a\.m\.|p\.m\.)(?![\p{L}])/giu, (_, h1: string, m1: string, dash: string, h2: string, rest: string, suffix: string) => {
    const [start, end] = [Number(h1), Number(h2)];
    if (start < 1 || start > 12 || end < 1 || end > 12) return null;
    const pm = /^p/i.test(suffix);
    const acrossNoon = pm && start !== 12 && (start > end || end === 12);
    return `${h1}${m1}${acrossNoon ? 'am' : suffix.replace(/\./g, '').toLowerCase()}${dash}${h2}${rest}${suffix}`;
  });
  // English clock words ("half past ten", "quarter to three", "half ten"): written as digits, which chrono reads.
  out = rewrite(out, CLOCK_WORDS, (_, part: string, hour: string) => {
    const h = HOUR_WORDS.indexOf(hour.toLowerCase()) + 1 || Number(hour);
    if (!(h >= 1 && h <= 12)) return null;
    const p = part.toLowerCase().replace(/\s+/g, ' ');
    if (p.endsWith(' to')) return `${h === 1 ? 12 : h - 1}:45`;
    return `${h}:${p.startsWith('quarter') ? '15' : '30'}`;
  });
  // Hours in words ("rond drie uur", "um drei Uhr", "vers trois heures", "a las cinco", "alle tre", "às três", "o trzeciej"),
  // and an hour said roughly ("koło 10", "rond 3", "hacia las 5"): written as a clock time, which chrono reads (from 1 to 6
  // without am or pm, the afternoon's: wallOf).
  // A weekday and a part of the day written as one word ("donderdagochtend", "Dienstagnachmittag"), which chrono does not
  // split: the weekday, then the part of the day.
  out = rewrite(out, /(?<![\p{L}])(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)(ochtend|morgen|middag|avond|vormittag|nachmittag|mittag|abend)(?![\p{L}])/giu, (_, day: string, part: string) => `${day} ${part}`);
  // German "morgen" (tomorrow) after a label's colon or a dash ("Termin: morgen von 10:00 bis 10:45 Uhr"): chrono's German
  // reads " morgen" with the space before it as the morning of the mail's own day; written against the colon, as tomorrow.
  out = rewrite(out, /([:;–—-])[ \t]+(morgen)(?![\p{L}])/gu, (_, mark: string, word: string) => `${mark}${word}`);
  // Dutch "overmorgen" (the day after tomorrow), which chrono's Dutch does not know: "over 2 dagen", which it does.
  out = rewrite(out, /(?<![\p{L}])overmorgen(?![\p{L}])/giu, () => 'over 2 dagen');
  for (const { pattern, time } of CLOCK_FRACTIONS) {
    out = rewrite(out, pattern, (...m: string[]) => {
      const at = time(m);
      return at ? `${m[1] ? `${m[1]} ` : ''}${at[0]}:${String(at[1]).padStart(2, '0')}` : null;
    });
  }
  for (const { pattern, hourOf } of HOUR_IN_WORDS) out = rewrite(out, pattern, (_, before: string, word: string) => (hourOf(word) >= 1 ? `${before}${hourOf(word)}:00` : null));
  out = rewrite(out, ABOUT_HOUR, (_, word: string, space: string, hour: string) => (Number(hour) <= 23 ? `${word}${space}${hour}:00` : null));
  // "de 16 a 17 h", "9 bis 10 Uhr": the bare start of a range whose end is a time (chrono reads "de 16" as a year).
  // "de 15 a 16", "from 10 to 11", "van 9 tot 10" with no clock word at all, ending the line or the clause: both ends
  // are hours (chrono read the start alone, or nothing). Not "de 3 a 5 años", a count.
  out = rewrite(out, BARE_HOURS_RANGE, (_, from: string, h1: string, to: string, h2: string) => (Number(h1) < Number(h2) && Number(h2) <= 23 ? `${from} ${h1}:00 ${to} ${h2}:00` : null));
  out = rewrite(out, BARE_HOUR_BEFORE_RANGE, (h) => (Number(h) <= 23 ? `${h}:00` : null));
  out = rewrite(out, HOUR_H, (_, h1, h2) => {
    const hour = h1 || h2;
    return Number(hour) <= 23 ? `${hour}:00` : null;
  });
  out = rewrite(out, RANGE_WORD_BETWEEN_TIMES, (_, before, after) => `${before}-${after}`);
  // Italian "tra le 10:00 e le 12:00" is "dalle 10:00 alle 12:00", which chrono reads (it does not read "tra").
  out = rewrite(out, /(?<![\p{L}])(?:tra|fra)\s+le\s+(\d{1,2}(?:[:.]\d{2})?)\s+e\s+le\s+(\d{1,2}(?:[:.]\d{2})?)(?![\d])/giu, (_, from, to) => `dalle ${from} alle ${to}`);
  // "between 2 and 4pm", "entre 14h et 15h", "zwischen 10 und 11 Uhr", "tra le 10 e le 12": a range (the second article goes).
  out = rewrite(out, /(?<=\b(?:between|entre|zwischen|tussen|tra|fra|między)\s+(?:l[ae]s?\s+|as\s+|os\s+)?\d{1,2}(?:[:.]\d{2})?\s?(?:h|am|pm|Uhr|uur)?)(\s+)(?:and|et|y|und|en|e|a)(\s+)(?:l[ae]s?\s+|as\s+|os\s+)?(?=\d)/giu, (_, before, after) => `${before}-${after}`);
  // "10/03 à 11:00", "il 10/03 alle 11:00": chrono reads "03 à 11:00" as a range of hours.
  out = rewrite(out, /(?<=(?<![\d/])\d{1,2}\/\d{1,2})(\s+)(?:à|a|às|alle|om|um|o|-|–|—)(\s+)(?=\d{1,2}[:.h]\d{2})/giu, (_, before, after) => `,${before}${after}`);
  // Noon in words after its preposition ("a mediodía", "ao meio-dia", "a mezzogiorno", "à midi", "gegen Mittag", "rond
  // de middag", "w południe"): 12:00 with the preposition each language's chrono reads (only English's knows "noon").
  out = rewrite(out, /(?<![\p{L}])(?:(?:a|al)\s+mediod[ií]a|(?:ao|à|a)\s+meio-dia|a\s+mezzogiorno|à\s+midi|(?:gegen|um)\s+Mittag|(?:rond|tegen|om)\s+(?:de\s+)?middag|rond\s+het\s+middaguur|w\s+południe)(?![\p{L}-])/giu, (m) => {
    const word = m.toLowerCase();
    if (/mediod/.test(word)) return 'a las 12:00';
    if (/meio/.test(word)) return 'às 12:00';
    if (/mezzogiorno/.test(word)) return 'alle 12:00';
    if (/midi/.test(word)) return 'à 12:00';
    if (/mittag/.test(word)) return 'um 12:00';
    if (/middag/.test(word)) return 'om 12:00';
    return 'o 12:00';
  });
  // "Martes 2 de febrero, 10 a. m.": a bare hour with am or pm is written with its minutes (chrono's Spanish,
  // Portuguese and Italian read "10:00 am" after a date, never "10am").
  out = rewrite(out, /(?<![\d:.,/])(\d{1,2})[ \t]?(am|pm)(?![\p{L}])/giu, (_, h: string, ap: string) => (Number(h) >= 1 && Number(h) <= 12 ? `${h}:00 ${ap}` : null));
  // "Tuesday at 8 … If that's too early, Wednesday same time": the clock time written last before it, again.
  // Written with the word that introduced it there ("at 8:00"): chrono's English reads no bare "Wednesday 8:00".
  return rewriteMatches(out, SAME_TIME, (m) => {
    const before = [...out.text.slice(Math.max(0, m.index - 1000), m.index).matchAll(LAST_CLOCK)].filter(([, word, clock]) => clock || word).pop();
    if (!before) return null;
    const [, word, clock, hour] = before;
    return `${word ? `${word} ` : ''}${clock ?? `${hour}:00`}`;
  });
}

/** A clock time alone in brackets ("(16h)", "(16:00)", "(9h30)"), with the space before it: group 1 the hour, 2 the minutes. */
const BRACKETED_CLOCK = /[ \t]*\([ \t]*(\d{1,2})(?:[:.h](\d{2})|[ \t]?h)[ \t]*\)/gu;
/**
 * A Spanish or Portuguese part of the day (with the space before it) that a clock time follows in the same clause,
 * within a few words ("por la mañana a las 9:30", "de manhã, dia 19, às 10h", "à tarde (16h)"). Not one after an
 * hour ("a las 10 de la mañana"): that one says which half of the day. Nor one that a clause of its own follows
 * ("Sábado de manhã é corrido, mas depois das 9h30 acalma").
 */
const PART_OF_DAY_BEFORE_TIME = /(?<![\d\s])\s+(?:por la (?:mañana|tarde|noche)|a media (?:mañana|tarde)|en la (?:mañana|tarde)|(?:de|pela|na parte da|durante a) (?:manhã|tarde)|à (?:tarde|noite)|(?:ao|no) (?:fim|final) da (?:manhã|tarde))(?![\p{L}])(?=(?:(?!\s(?:mas|pero|but|porque|que)\s)[^.!?\n]){0,20}?(?:(?<![\d:.])\d{1,2}(?:[:.h]\d{2}|\s?h(?![\p{L}]))|(?<![\p{L}])(?:a las|sobre las|hacia las|às|pelas|por volta das)\s+\d))/giu;

/** "same time", "zur gleichen Zeit", "à la même heure", "a la misma hora", "alla stessa ora", "zelfde tijd", "mesma hora", "o tej samej godzinie". */
const SAME_TIME = /(?<![\p{L}])(?:(?:at )?the same time|same time|(?:zur )?(?:gleichen|selben) (?:Uhr)?[Zz]eit|(?:à )?la même heure|(?:a )?la misma hora|(?:alla )?stessa ora|(?:op )?(?:hetzelfde|dezelfde|zelfde) (?:tijd|tijdstip|uur)|(?:à )?mesma hora|o tej samej (?:godzinie|porze))(?![\p{L}])/giu;
/**
 * A clock time written out ("8:00", "14.30", "3:15pm"), or an hour after a time word ("at 8", "um 9"), with the time
 * word before it if any: groups 1 the word, 2 the clock, 3 the bare hour (a time only with its word).
 */
const LAST_CLOCK = /(?:(?<![\p{L}])(at|um|à|a las|alle|om|às|o)\s+)?(?<![\d:.])(?:(\d{1,2}[:.]\d{2}(?:\s?[ap]m)?)(?![\d])|(\d{1,2})(?![\d:.]))/giu;

/** Words that offer a window of availability (to choose or to call in), in the languages read; not "keep the day free", which asks to block it. */
const WINDOW_CUE = /(?<![\p{L}])(?:availab\p{L}*|(?<!keep (?:[\p{L}'’]+ ){0,4})free|office hours|business hours|opening hours|working hours|reachable|any ?time|whenever|disponib\p{L}*|heures d['’]ouverture|joignable|erreichbar|verfügbar|Sprechzeit\p{L}*|Bürozeit\p{L}*|Öffnungszeit\p{L}*|Geschäftszeit\p{L}*|jederzeit|beschikbaar|bereikbaar|openingstijden|kantooruren|op elk moment|disponibil\p{L}*|orari\p{L}* d['’]ufficio|in qualsiasi momento|disponível|disponíveis|horário comercial|horário de expediente|a qualquer hora|horario de oficina|horario laboral|horario de atención|cualquier momento|godzin\p{L}* (?:pracy|biura)|dostępn\p{L}*|w dowolnym|ご都合|営業時間)(?![\p{L}])/iu;
/** A range of weekdays: "Tuesday to Thursday", "Mon–Fri", "lundi au vendredi", "di t/m do". */
// A word between the days stands apart from them: "sábado" is no "sáb" "a" "do" (Saturday to Thursday).
export const WEEKDAY_RANGE = new RegExp(String.raw`(?<![\p{L}])${WEEKDAY_WORDS}\.?(?:\s*(?:-|–|—)\s*|\s+(?:to|through|thru|till|until|bis|à|au|a|al|t\/m|tot|tot en met|do|até|alla|al)\s+)${WEEKDAY_WORDS}(?![\p{L}])`, 'iu');
/** Hours a time range must span to be read as a window when its sentence offers one. */
const WINDOW_HOURS = 3;

/** A time range that is a window to choose or call in: its sentence offers availability or a range of days, and it spans hours or days. */
function isWindow(f: Found, body: string): boolean {
  if (!f.end) return false;
  const span = wallMs(f.end) - wallMs(f.start);
  const sentence = sentenceAround(body, f);
  return span >= WINDOW_HOURS * 3_600_000 && (WINDOW_CUE.test(sentence) || WEEKDAY_RANGE.test(sentence));
}

/** The sentence a time stands in (up to 160 characters before it, to the end of its line). */
function sentenceAround(body: string, f: Found): string {
  const before = body.slice(Math.max(0, f.index - 160), f.index);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const after = body.slice(f.endIndex, f.endIndex + 120);
  const end = after.search(/[.!?](?:\s|$)|\n/);
  const sentence = `${before.slice(start + 1)}${body.slice(f.index, f.endIndex)}${end >= 0 ? after.slice(0, end) : after}`;
  // A time on a line of its own under a line that introduces it ("…our open day:" then "Saturday 15 May,
  // 10:00–14:00"): that line is its sentence too.
  const lineStart = body.lastIndexOf('\n', f.index - 1);
  if (lineStart > 0 && /^[^\p{L}\d]*$/u.test(body.slice(lineStart + 1, f.index).replace(/[\p{Extended_Pictographic}\uFE0F]/gu, ''))) {
    const previous = body.slice(0, lineStart).trimEnd();
    const line = previous.slice(previous.lastIndexOf('\n') + 1);
    if (/[:：]$/.test(line)) return `${line.slice(-200)}\n${sentence}`;
  }
  return sentence;
}

function zoneWindowForList(body: string, kept: Found[]): string {
  const from = Math.max(0, Math.min(...kept.map((f) => f.index)) - 160);
  const to = Math.min(body.length, Math.max(...kept.map((f) => f.endIndex)) + 160);
  return body.slice(from, to);
}

/** "next", in the nine languages, before or after a weekday ("next Tuesday", "mardi prochain", "przyszły wtorek"). */
const NEXT = /(?<![\p{L}])(?:next|prochain\p{L}*|próxim[oa]s?|nächste[nmrs]?|kommende[nmrs]?|prossim[oa]|volgende|przysz\p{L}+|następn\p{L}+|来週)(?![\p{L}])/iu;

/** The same time 7 days later (or `weeks` weeks). */
function aWeekLater(f: Found, weeks = 1): Found {
  return daysLater(f, weeks * 7);
}

/** The same time `days` days later. */
function daysLater(f: Found, days: number): Found {
  const shift = (wall: Wall): Wall => {
    const date = new Date(Date.UTC(wall.year, wall.month - 1, wall.day) + days * DAY_MS);
    return { ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  };
  return { ...f, start: shift(f.start), end: f.end ? shift(f.end) : null };
}

/** The reference's own day (where it was written), as a UTC midnight: what "today" and "tomorrow" count from. */
function referenceDay(reference: SlotReference): number {
  const local = new Date(reference.instant.getTime() + reference.offsetMinutes * 60_000);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
}

/** A found time's day, as a UTC midnight. */
const dayOf = (f: Found) => Date.UTC(f.start.year, f.start.month - 1, f.start.day);

/** A wall time read as if it were UTC, in milliseconds: for spans between wall times and for placing one at a fixed offset. */
const wallMs = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/**
 * "next Tuesday" written on a Tuesday is a week away; chrono gives the same day when the time is still
 * ahead. (A weekday without "next" keeps chrono's reading: the coming one.)
 */
function nextWeekIfToday(f: Found, body: string, reference: SlotReference): Found {
  if (dayOf(f) !== referenceDay(reference) || !NEXT.test(body.slice(Math.max(0, f.index - 20), f.endIndex))) return f;
  return aWeekLater(f);
}

/**
 * A weekday a week on, as British English says it ("Tuesday week", "a week on Tuesday", "a week from Friday",
 * "Tuesday after next"): chrono reads the weekday alone, the coming one; the day meant is 7 days later.
 */
const WEEK_ON = new RegExp(String.raw`(?<![\p{L}])(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:week(?![\p{L}]|\s*\d)|after\s+next)|a\s+week\s+(?:on|from|)\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?![\p{L}])`, 'iu');

/**
 * "Pasado mañana", "depois de amanhã": Spanish and Portuguese chrono read the "mañana" / "amanhã" in them and
 * gave tomorrow; the day meant is the one after. (Dutch "overmorgen" is written "over 2 dagen" for chrono.)
 */
const DAY_AFTER_TOMORROW = /(?<![\p{L}])(?:pasado\s+mañana|depois\s+de\s+amanhã)(?![\p{L}])/iu;

function dayAfterTomorrow(f: Found, body: string, reference: SlotReference): Found {
  const said = DAY_AFTER_TOMORROW.exec(body.slice(Math.max(0, f.index - 20), f.endIndex));
  if (!said) return f;
  if (dayOf(f) !== referenceDay(reference) + DAY_MS) return f;
  return daysLater(f, 1);
}

function weekLaterIfSaid(f: Found, body: string): Found {
  // The words must overlap the time's own ("Monday at 10 or Tuesday week at 2": only the second moves).
  const from = Math.max(0, f.index - 12);
  const said = WEEK_ON.exec(body.slice(from, f.endIndex + 14));
  if (!said || from + said.index >= f.endIndex || from + said.index + said[0].length <= f.index) return f;
  return aWeekLater(f);
}

/**
 * "This Friday or the next one, around 4pm", "ce vendredi ou le suivant", "este viernes o el siguiente": two
 * days, a week apart, at the same time; chrono reads the first. "Diesen oder nächsten Freitag": chrono reads the
 * second, and the first is a week before it.
 */
const OR_THE_NEXT_ONE = /^[\s,]*(?:or|ou|o|oppure|of|lub|albo)\s+(?:(?:the|le|la|el|il|o|a|de|het)\s+)?(?:next one|following one|one after|(?:mon|tues|wednes|thurs|fri|satur)day after|week after|suivante?|d['’]après|siguiente|de después|successiv[oa]|dopo|seguinte|volgende|week erna|następn\p{L}*|kolejn\p{L}*)(?![\p{L}])/iu;
const THIS_OR_NEXT = /(?<![\p{L}])(?:diese[nrms]?|dieser)\s+oder\s+$/iu;
const WEEKDAY_IN = new RegExp(String.raw`(?<![\p{L}])${WEEKDAY_WORDS}(?![\p{L}])`, 'iu');

function orTheNextOne(f: Found, body: string): Found[] {
  const text = body.slice(f.index, f.endIndex);
  const weekday = WEEKDAY_IN.exec(text);
  if (!weekday) return [f];
  // The words after the weekday, or after the whole time when it ends with it.
  if (OR_THE_NEXT_ONE.test(text.slice(weekday.index + weekday[0].length)) || OR_THE_NEXT_ONE.test(body.slice(f.endIndex, f.endIndex + 40))) return [f, aWeekLater(f)];
  if (/^n[äa]chste[nrms]?\s/iu.test(text) && THIS_OR_NEXT.test(body.slice(Math.max(0, f.index - 16), f.index))) return [aWeekLater(f, -1), f];
  return [f];
}

/** Words that put a time in the past: the call or interview that led to this invitation. */
const PAST_CUE = /(?:\bthank(?:s| you)(?: so much| again| very much)? for|\bfollowing (?:our|your|the)|\bafter (?:our|your|the)|\bsince (?:our|we)|\bas discussed|\bmerci (?:pour|de)|\bsuite à (?:notre|votre|nos)|\b(?:vielen )?dank (?:für|f[üu]r)|\bnach (?:unserem|Ihrem)|\bgracias por|\btras (?:nuestra|la|el)|\bgrazie (?:per|della)|\ba seguito d|\bbedankt voor|\bna (?:ons|het) (?:gesprek|telefoongesprek)|\bobrigad[oa] pel|\bapós (?:a|o|nossa)|\bdzi[eę]kuj\p{L}* za|先日)/iu;

function aboutThePast(body: string, f: Found): boolean {
  const before = body.slice(Math.max(0, f.index - 160), f.index);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1);
  const cue = PAST_CUE.exec(sentence);
  return cue !== null && !INVITE_TURN.test(sentence.slice(cue.index + cue[0].length));
}

/**
 * Words after a time that restate it in the reader's zone ("your time", "pra você", "chez vous"); not the
 * "for you" that ends a question whether a time suits ("Past dinsdag om 10.00 uur voor jou?").
 */
const CONVERSION_AFTER = /^[\s)]*(?:[\p{L}]+\s+){0,3}?(?:(?:in\s+)?your (?:local )?time(?:\s?zone)?|for you\b|où que vous soyez|chez vous|votre heure|Ihrer (?:Orts)?zeit|en tu hora|tu hora|su hora local|para (?:ti|usted|você|si)\b|pra você|per te\b|voor jou\b|bij jou\b|dla (?:Ciebie|Pana|Pani)\b|u Ciebie|そちらの時間)(?![ \t]*[?？])/iu;
/**
 * Words before a time, in its sentence, that introduce a restatement ("that's", "soit", "ou seja, para você"); never
 * a judgement of the time before ("If that's too early, Wednesday at 9:00 works", "das ist zu früh"). "For
 * you" restates only right before the time or with a copula ("for you: 9:00", "for you that's 9:00"): "If the afternoon
 * is awkward for you, Friday at 9:45 works" offers another time.
 */
const CONVERSION_BEFORE = /(?:(?:(?<!\bif\s)\bthat['’]s|(?<!\bif\s)\bthat is|\bwhich is|\bwhich would be|\bi\.e\.|\bsoit\b|\bc['’]est-à-dire|\bdas (?:ist|wäre|sind)|\bes decir|\bo sea|\bcioè|\bovvero|\bossia|\bdat is|\boftewel|\bou seja|\bo que dá|\bczyli)\b(?!\s+(?:too|not|zu|trop|pas|demasiado|troppo|te|niet|muito|não|za)\b)[^.!?\n]{0,40}|(?:\bfor you|\bpra você|\bpara você|\bpara ti|\bpour vous|\bfür Sie|\bper te|\bvoor jou|\bdla Ciebie)\b(?:[\s,:–-]*(?:(?:that|it|this)(?:['’]s| is| would be| will be)|c['’]est|ce sera|das (?:ist|wäre|wären)|(?:es|son|serán?|sarà|sono|è|dat is|wordt het|é|são|seria|to) (?:las? |le |l['’])?)[\s:–-]*|[\s:–-]*))$/iu;

/** A time restated in another zone: cued by the words around it, or in brackets right after another time. */
/** The same time again in another zone right after a time: "/ 09:00 GMT", "(9:00 am UK time)", "or 15:00 in Lisbon". */
const SECOND_ZONE = /^[ \t]*\)?[ \t]*(?:\/|\||\(|,|;|or|ou|of|oder|o)[ \t]*(?:\(?[ \t]*)(\d{1,2})[:.h](\d{2})[ \t]*(?:([ap])\.?m\.?)?(?:[ \t]*(?:-|–|—|to|tot|a|às|alle|bis)[ \t]*\d{1,2}[:.h]\d{2}[ \t]*(?:[ap]\.?m\.?)?)?[ \t]*([^\n]{0,40})/i;

/** The fixed offset the zone abbreviation at the end of a time names literally ("CET" is +01:00 even in June). */
function literalOffset(text: string): number | null {
  const abbreviation = /(?:^|[\s(])(CEST|CET|MESZ|MEZ|GMT|UTC|BST|WEST|WET|EEST|EET)\b(?![\s\S]*\b(?:CEST|CET|MESZ|MEZ|GMT|UTC|BST|WEST|WET|EEST|EET)\b)/.exec(text.split(/[/|]/)[0] ?? '')?.[1];
  return abbreviation ? ABBREVIATION_OFFSETS[abbreviation]! : null;
}

/**
 * An abbreviation restated as its offset in brackets ("09:30 – 14:00 BST (UTC+01:00)", as schedulers write it): chrono
 * read the bracket's "UTC" as the zone. Where the two agree, the bracket is blanked (same length) and the abbreviation
 * read; where they disagree ("CET (UTC+02:00)" in summer, CET said loosely), the offset in figures is the reading.
 */
const ABBREVIATION_RESTATED = /(?<![\p{L}])(CEST|CET|MESZ|MEZ|BST|WEST|WET|EEST|EET)([ \t]*\((?:UTC|GMT)[ \t]*([+\-−])[ \t]*(\d{1,2})(?::?(\d{2}))?\))/gu;
function withoutRestatedOffset(text: string): string {
  return text.replace(ABBREVIATION_RESTATED, (m: string, abbreviation: string, bracket: string, sign: string, hours: string, minutes: string | undefined) =>
    (sign === '+' ? 1 : -1) * (Number(hours) * 60 + Number(minutes ?? 0)) === ABBREVIATION_OFFSETS[abbreviation]
      ? `${abbreviation}${' '.repeat(bracket.length)}`
      : `UTC${sign === '+' ? '+' : '-'}${hours.padStart(2, '0')}:${minutes ?? '00'}`.padEnd(m.length, ' '),
  );
}

/** Whether the words right after a time say it is in the reader's zone ("10:00 your time", "9 Uhr Ihrer Zeit"). */
function saidInReadersTime(f: Found, body: string): boolean {
  return CONVERSION_AFTER.test(body.slice(f.endIndex, f.endIndex + 40));
}

function isConversion(f: Found, body: string, all: Found[]): boolean {
  const before = body.slice(Math.max(0, f.index - 60), f.index);
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? ')) + 1);
  if (CONVERSION_BEFORE.test(sentence) || saidInReadersTime(f, body)) return true;
  // "15:00–15:45 London time (9:00–9:45 am in Chicago)"
  const open = /\(\s*$/.exec(before);
  return open !== null && all.some((other) => other !== f && other.endIndex <= f.index && f.index - other.endIndex <= 30 && !/[.!?\n]/.test(body.slice(other.endIndex, f.index)));
}

/** A label naming the new time of a moved appointment ("New time:", "Neuer Termin:", "Nouvelle date :", "Nueva fecha:", "Nuovo orario:", "Nieuwe datum:", "Nova data:", "Nowy termin:", "変更後："). */
const NEW_TIME_LABEL = /(?<![\p{L}])(?:new\s+(?:date|time|slot|date and time|time and date)|neue[rn]?\s+(?:Termin|Datum|Uhrzeit|Zeit)|nouve(?:lle|l|au)\s+(?:date|horaire|créneau|rendez-vous|heure)|nuev[oa]\s+(?:fecha|hora|horario|cita)|nuov[oa]\s+(?:data|ora|orario|appuntamento)|nieuwe\s+(?:datum|tijd|afspraak)|nov[oa]\s+(?:data|hora|horário)|now(?:y|a)\s+(?:termin|data|godzina)|変更後)\s*[:：]/iu;
/**
 * The verbs of moving or cancelling an appointment, in the languages ("has to be rescheduled", "verzetten", "spostare",
 * "remarcada"; "we need to cancel your interview on Tuesday at 11", "annuler", "cancelar", "absagen", "odwołać"): the
 * time they name is the old one.
 */
const MOVE_VERB = /(?<![\p{L}])(?:reschedul\p{L}*|(?:move|shift|push back)(?=\s+(?:your|our|the|this|tomorrow['’]s)\s)|postpone[ds]?|(?:been|be|is|was) moved|verzet\p{L}*|verplaats\p{L}*|verschuiv\p{L}*|verschieb\p{L}*|verschob\p{L}*|verleg\p{L}*|spost\p{L}*|rinvi\p{L}*|posticip\p{L}*|remarc\p{L}*|reagend\p{L}*|adiad\p{L}*|adiar|reprogram\p{L}*|décal\p{L}*|déplac(?:er|é|ée|és|ées|ons|ez)(?![\p{L}])|mover(?=\s+(?:tu|su|la|el|nuestra|vuestra)\s)|cambiar (?:la (?:hora|fecha)|tu entrevista|su entrevista)|report(?:er|ée?s?)|przełoż\p{L}*|przesun\p{L}*|cancel\p{L}*|call off|annul\p{L}*|absag\p{L}*|abzusagen|odwoł\p{L}*)/iu;
/** A move verb, then a few words and the preposition of where it goes, right before a time: "décalé à", "moved it to", "pushed back to", "verschoben auf", "spostato alle", "remarcada para as". */
const MOVED_TO = new RegExp(`(?:${MOVE_VERB.source}|(?<![\\p{L}])(?:mov|push|bump|shift|chang)(?:e|es|ed|ing)?(?![\\p{L}]))(?:[ \\t]+[\\p{L}'’]+){0,3}?[ \\t]+(?:à|a|to|till|until|auf|um|alle|alla|a las|para|para as|para las|às|as|om|naar|na|o|for)[ \\t]*$`, 'iu');
const MOVED_TO_VERB_LAST = /(?<![\p{L}])(?:auf|op|naar|na)[ \t]*$/iu;
/** "reschedule your interview on …", "spostare il colloquio di …", "verzetten: het gesprek van …": the object's time follows. */
const MOVED_MEETING_BEFORE = /(?:interview|call|meeting|appointment|gesprek|afspraak|sollicitatiegesprek|colloquio|entrevista|conversa|reunião|Gespräch|Termin|Vorstellungsgespräch|entretien|rozmow\p{L}*)(?:\s+(?:on|of|for|from|van|op|di|del|della|de|do|da|vom|am|für|du|prévu le))?\s*$/iu;
/**
 * The moved meeting with a few words between it and its time, none of them a destination: "décaler notre
 * entretien téléphonique prévu ce jeudi…", "move our video interview scheduled for Tuesday…", "unser
 * telefonisches Gespräch am…". ("reschedule the interview to Monday at 3": "to" makes Monday the new time.)
 */
const MOVED_MEETING_WORDS_BEFORE = /(?<![\p{L}])(?:interview|call|meeting|appointment|chat|conversation|gesprek|afspraak|sollicitatiegesprek|kennismakingsgesprek|colloquio|entrevista|conversa|reunião|Gespräch|Termin|Vorstellungsgespräch|Interview|entretien|échange|rendez-vous|rozmow\p{L}*|spotkani\p{L}*)(?:[ \t]+(?!(?:to|till|until|au|aux|à|a|al|alla|alle|auf|naar|para|zu|into|na|nach|pour|vers|sur|om|até)(?![\p{L}]))[\p{L}'’-]+){0,4}[ \t]*$/iu;

/**
 * "zaplanowaną na", "agendada para", "programada para": the preposition after a participle of planning
 * says when the moved meeting was, not where it goes ("przełożyć rozmowę zaplanowaną na wtorek o 11:00"
 * moves Tuesday's time away), so it is no destination.
 */
const PLANNED_FOR = /(?<![\p{L}])(zaplanowan\p{L}*|umówion\p{L}*|ustalon\p{L}*|agendad\p{L}*|marcad\p{L}*|programad\p{L}*|previst\p{L}*|fissat\p{L}*|prévue?s?|planifiée?s?|scheduled|planned|booked)[ \t]+(?:na|para|per|pour|au|à|a|al|for|on)(?![\p{L}])/giu;

/** The rest of the sentence after a time, and the sentence before it (on its own line). */
/** Someone cannot keep a time, in the nine languages: what follows in the sentence is a time being given up. */
const UNAVAILABLE = /(?<![\p{L}])(?:(?:can['’]?t|cannot|won['’]?t be able to|will not be able to|(?:is|are|am) unable to|no longer) (?:make|attend|do|join|keep|hold|be (?:there|available|present|free))|no (?:podr[áa]|puede|podr[ée]|podremos|puedo) (?:estar|asistir|hacer|venir|atender|llegar|mantener)|ne (?:pourra|peut|pourrons|pourrai|pourront) (?:pas|plus) (?:être|etre|assurer|participer|se libérer|venir|maintenir|tenir)|(?:kann|können|konnen|wird|werde) (?:\p{L}+ ){0,2}nicht (?:\p{L}+ ){0,2}(?:da sein|teilnehmen|dabei sein|kommen|einhalten|halten|wahrnehmen)|(?:ist|sind) (?:\p{L}+ ){0,2}verhindert|non (?:potr[àa]|pu[òo]|potremo|posso) (?:esserci|essere presente|partecipare|venire|mantenere|confermare)|(?:kan|kunnen) (?:\p{L}+ ){0,2}niet (?:aanwezig zijn|aansluiten|komen|meedoen|handhaven|aanhouden|laten doorgaan)|n[ãa]o (?:poder[áa]|pode|poderemos|posso) (?:estar|participar|comparecer|vir|manter)|nie (?:b[ęe]dzie|b[ęe]d[ęe]) (?:\p{L}+ ){0,2}(?:m[óo]g[łl]\p{L}*|dost[ęe]pn\p{L}*|obecn\p{L}*)|nie (?:mo[żz]emy|mog[ęe]|b[ęe]dziemy mogli) (?:\p{L}+ ){0,2}(?:utrzyma\p{L}*|dotrzyma\p{L}*))(?![\p{L}])/giu;

/** UNAVAILABLE for a test anywhere in a text (not global: no position kept between calls). */
const UNAVAILABLE_ANYWHERE = new RegExp(UNAVAILABLE.source, 'iu');
/** …or said after the time, in its clause: "am Dienstag um 10 Uhr verhindert", "Tuesday at 10 no longer works". */
const GIVEN_UP = /(?<![\p{L}])(?:verhindert|nicht (?:mehr )?(?:verfügbar|verfugbar|möglich|moglich)|no longer (?:works|possible)|(?:will not|won['’]t|can(?:not|['’]t)) (?:go ahead|take place|happen)|(?:will )?no longer (?:go ahead|take place|happen|be going ahead)|(?:is|has been|was) (?:now )?(?:cancell?ed|called off)|findet (?:\p{L}+ )?nicht (?:mehr )?statt|fällt (?:\p{L}+ )?aus|n['’]aura (?:pas|plus) lieu|est annulée?|no (?:se )?(?:podrá realizar|realizará|llevará a cabo)|queda cancelad[ao]|(?:è stato|è stata|viene) annullat[oa]|non si terrà|gaat niet (?:meer )?door|is geannuleerd|vervalt|não (?:se )?(?:realizará|vai realizar)|foi cancelad[ao]|nie odbędzie się|(?:jest|została|został) odwołan\p{L}*|n['’]est plus possible|ya no es posible|non [èe] più possibile|niet meer mogelijk|j[áa] n[ãa]o [ée] poss[íi]vel|nie jest (?:ju[żz] )?mo[żz]liw\p{L}*)(?![\p{L}])/iu;
// (Sixty characters: a conversion in brackets may stand between, "14:00 (8:00 am Central) will no longer go ahead".)
/**
 * A time said to be dropped right after it ("… um 10:00 Uhr entfällt", "… om 10:00 komt te vervallen", "… queda sin
 * efecto"): only with nothing but the hour's word or a bracket between ("findet um 10 Uhr statt und die Anreise
 * entfällt" drops the journey, not the time).
 */
const DROPPED_RIGHT_AFTER = /^[\s,]*(?:Uhr|uur|h|heures?|horas?|ore)?[\s,]*(?:\([^()\n]{0,40}\)[\s,]*)?(?:entf[äa]ll(?:t|en)|(?:ist|wird) (?:\p{L}+ )?(?:hinfällig|gestrichen)|komt te vervallen|fica sem efeito|queda sin efecto|(?:est|a été) supprimée?|no longer (?:applies|stands)|jest nieaktualn\p{L}*)(?![\p{L}])/iu;
const UNAVAILABLE_AFTER = new RegExp(String.raw`^[^\n,;?¿]{0,60}?${GIVEN_UP.source}`, 'iu');

function sentenceParts(body: string, f: Pick<Found, 'index' | 'endIndex'>): { before: string; after: string } {
  const head = body.slice(Math.max(0, f.index - 200), f.index);
  const start = Math.max(head.lastIndexOf('. '), head.lastIndexOf('\n'), head.lastIndexOf('! '), head.lastIndexOf('? '));
  const tail = body.slice(f.endIndex, f.endIndex + 200);
  const end = tail.search(/[.!?](?:\s|$)|\n/);
  return { before: head.slice(start + 1), after: end >= 0 ? tail.slice(0, end) : tail };
}

function dropOldTimes(found: Found[], body: string): Found[] {
  // The time a sentence says is being moved: the verb after it ("het gesprek van dinsdag om 14:00
  // verzetten", "your interview on Tuesday at 2 pm has to be rescheduled"), or the moved meeting named
  // right before it ("spostare il colloquio di martedì alle 14:00").
  const moved = ({ before, after }: { before: string; after: string }) => {
    if (MOVE_VERB.test(after) || (MOVE_VERB.test(before) && MOVED_MEETING_BEFORE.test(before))) return true;
    // The verb, then the meeting it moves and a few words, then the time: the time is the meeting's.
    const verb = MOVE_VERB.exec(before);
    return verb !== null && MOVED_MEETING_WORDS_BEFORE.test(before.slice(verb.index + verb[0].length).replace(PLANNED_FOR, '$1'));
  };
  // "…no podrá estar el martes 12 de enero a las 10:00", "won't be able to make Tuesday at 10": a time someone cannot
  // keep, with nothing between (no comma, no question offering another) that could make it the new one.
  const unavailable = ({ before, after }: { before: string; after: string }) => {
    if (UNAVAILABLE_AFTER.test(after)) return true;
    const last = [...before.matchAll(UNAVAILABLE)].at(-1);
    if (!last) return false;
    const gap = before.slice((last.index ?? 0) + last[0].length);
    return gap.length <= 60 && !/[,;?¿]/u.test(gap);
  };
  const isOld = (f: Found) => {
    if (OLD_TIME_CUE.test(body.slice(Math.max(0, f.index - 40), f.index)) || INITIALLY_BEFORE.test(body.slice(Math.max(0, f.index - 60), f.index)) || OLD_TIME_LABEL.test(lineBefore(body, f.index)) || OLD_TIME_AFTER.test(body.slice(f.endIndex, f.endIndex + 40)) || DROPPED_RIGHT_AFTER.test(body.slice(f.endIndex, f.endIndex + 80))) return true;
    // The time's sentence, cut once for both readings of it.
    const parts = sentenceParts(body, f);
    return moved(parts) || unavailable(parts);
  };
  // "Wir verlegen das Gespräch daher auf Freitag, den 22. Januar": a time the meeting is moved to makes those before it old.
  const movedTo = found.find((f, i) => i > 0 && MOVED_TO.test(sentenceParts(body, f).before));
  const fresh = found.filter((f) => !isOld(f) && (!movedTo || f.index >= movedTo.index));
  return fresh.length > 0 ? fresh : found;
}

/** The text of a time's line before it (at most 60 characters). */
function lineBefore(body: string, index: number): string {
  return body.slice(Math.max(0, index - 60, body.lastIndexOf('\n', index - 1) + 1), index);
}

function wallOf(c: chrono.ParsedComponents, end: chrono.ParsedComponents | null = null): Wall {
  let hour = c.get('hour') ?? 0;
  // Nobody is interviewed at 3 am: "tomorrow at 3" without am/pm is an afternoon. Not the start of a range whose end
  // is written on the 24-hour clock ("6h30-19h", opening hours): that start is the morning's.
  const end24 = end !== null && end.isCertain('hour') && (end.get('hour') ?? 0) >= 13;
  if (!c.isCertain('meridiem') && hour >= 1 && hour <= 6 && !end24) hour += 12;
  return {
    year: c.get('year') ?? 1970,
    month: c.get('month') ?? 1,
    day: c.get('day') ?? 1,
    hour,
    minute: c.get('minute') ?? 0,
    offset: c.isCertain('timezoneOffset') ? (c.get('timezoneOffset') ?? null) : null,
    yearWritten: c.isCertain('year'),
  };
}

const hasDay = (c: chrono.ParsedComponents) => c.isCertain('day') || c.isCertain('weekday');
/** A weekday written with a day and month that fall on another weekday ("Tuesday 7 April 2027", a Wednesday). */
function weekdayContradicts(c: chrono.ParsedComponents): boolean {
  if (!c.isCertain('weekday') || !c.isCertain('day') || !c.isCertain('month')) return false;
  const wall = wallOf(c);
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day)).getUTCDay() !== c.get('weekday');
}
const hasTime = (c: chrono.ParsedComponents) => c.isCertain('hour');

interface Piece {
  index: number;
  endIndex: number;
  start: chrono.ParsedComponents;
  end: chrono.ParsedComponents | null;
  text: string;
  relative: boolean;
}

/**
 * A "range" whose two ends fall on different days ("from Thursday at 3 to Friday at 11:30", or a
 * list "Wed, April 1 at 3 PM - Thu, April 2 at 10:30") is two times, not one slot.
 */
function splitResults(results: Parsed[], body: string): Piece[] {
  const pieces: Piece[] = [];
  for (const r of results) {
    // "now" ("Ora:" labelling an Italian time row, "jetzt", "nu") is the mail's own moment, never a time
    // offered; left in, it stood between a date row and its time row and kept them apart.
    if (r.tags().has('casualReference/now')) continue;
    const relative = r.tags().has('result/relativeDateAndTime');
    const end = r.end;
    const endIndex = r.index + r.text.length;
    if (end && hasDay(end) && hasDay(r.start) && (end.get('day') !== r.start.get('day') || end.get('month') !== r.start.get('month'))) {
      const separator = /\s(?:to|until|-|–|—|bis|à|a|al)\s|\n/i.exec(r.text);
      const split = separator ? r.index + separator.index + separator[0].length : endIndex;
      pieces.push({ index: r.index, endIndex: separator ? r.index + separator.index : endIndex, start: r.start, end: null, text: r.text, relative });
      pieces.push({ index: split, endIndex, start: end, end: null, text: body.slice(split, endIndex), relative });
    } else {
      pieces.push({ index: r.index, endIndex, start: r.start, end: end ?? null, text: r.text, relative });
    }
  }
  return pieces;
}

const LOOSE_TIME = /(?<![\d/.])(\d{1,2})(?:[:h](\d{2})|\.(\d{2})(?!\.(?:\s|\d|$))|\s?h|\s*(?:Uhr|uur))(?:\s*(?:[-–—~〜～]|à|às|as|a|até|bis|tot|al|alle|to|until|till|do)\s*(\d{1,2})(?:[:.h](\d{2})|\s?h)?)?(?![\d/])/i;

/**
 * "Interview date: Tuesday, March 24" then "Time: 10:00 AM - 11:00 AM PT" on the next line, or
 * "martedì 14 aprile alle ore 15:00": a date without a time followed closely by a time without a date
 * are one slot. A time chrono missed ("às 14h") is read with a plain pattern.
 */
/**
 * The date row and the time row of a details table, which a table's HTML turns into lines apart
 * ("Data giovedì 15 ottobre\n\nOrario ore 10.30"): across a blank line, only a row labelled as the time joins.
 */
const TIME_ROW_HEAD = String.raw`^[ \t]*\n(?:[ \t]*\n)+[ \t]*(?:(?:Interview|Start|Meeting|Appointment|Call)[ \t]+)?(?:Time|time|Orario|Ora|Uhrzeit|Zeit|Godzina|Hora|Horário|Horario|Heure|Horaire|Tijd|Tijdstip|時間|時刻)[ \t]*[:：]?[ \t]*(?:\n[ \t]*)?(?:ore|alle|um|o|godz\.?|godzina|às|as|a las|à|om|at)?[ \t]*`;
const TIME_ROW_GAP = new RegExp(`${TIME_ROW_HEAD}$`, 'iu');
/** The same labelled time row, followed by a time chrono does not read ("Orario ore 10.30"). */
const TIME_ROW_START = new RegExp(TIME_ROW_HEAD, 'iu');

/** "or" between two days offered ("donderdag 15 april of vrijdag 16 april", "le 15 ou le 16 avril"). */
const OR_BETWEEN_DAYS = /^[ \t]*,?[ \t]*(?:or|of|oder|ou|o|lub|albo|oppure|o bien|ou bien|ou alors)[ \t]+(?:(?:on|the|le|el|il|lo|de|den|am|op|na|no|w|we)[ \t]+)?$/iu;

function joinDateAndTime(pieces: Piece[], body: string): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < pieces.length; i += 1) {
    const current = pieces[i]!;
    // "about an hour", "45 minutes", "32 hours a week": durations counted from the mail's date; "for
    // now", "tonight": no time was written.
    if (current.relative) continue;
    // A day without digits ("tomorrow", "morgen", "Monday morning") is only the date of a time that follows.
    const digitless = !/\d/.test(current.text);
    if (digitless && (!hasDay(current.start) || hasTime(current.start))) continue;
    if (hasDay(current.start) && hasTime(current.start)) {
      out.push({ index: current.index, endIndex: current.endIndex, start: wallOf(current.start, current.end), end: current.end && hasTime(current.end) ? { ...wallOf(current.start, current.end), ...timeOf(current.end, current.start) } : null, weekdayContradicts: weekdayContradicts(current.start) });
      // "le 17 mars à 10h ou à 11h30": a second time offered for the same day is a slot of its own.
      if (!current.end) out.push(...alternativeTimes(body, current.endIndex, wallOf(current.start), weekdayContradicts(current.start)));
      continue;
    }
    if (!hasDay(current.start) || hasTime(current.start)) continue;
    const next = pieces[i + 1];
    const gap = next ? body.slice(current.endIndex, next.index) : '';
    // A day named without digits ("Monday", "morgen") is only joined within its question or line, not
    // across a full stop ("We are closed on Monday. Interviews run 9:00–17:00.").
    // "Tuesday 26 January instead? Either of these would be great (UK time):" then the times listed one per line:
    // a sentence ending in a colon introduces the list under it.
    // …and so does a day without digits in the question before it ("Would next Tuesday work? I have a few openings:"), never across a full stop.
    const listIntro = gap.length <= 160 && /:[ \t]*\n/.test(gap) && !/\n\s*\n\s*\n/.test(gap) && !(digitless && /[.!](?:\s|$)/.test(gap));
    // "mercoledì 7 aprile presso il nostro centro di formazione al Porto di Genova, Ponte dei Mille, dalle 8:30": a
    // longer gap holds within one sentence of words only (no line break, full stop or figure between).
    const sameSentence = !digitless && gap.length <= 100 && !/[\n.!?;\d]/u.test(gap);
    if (next && hasTime(next.start) && !hasDay(next.start) && ((gap.length <= 40 && (!/\n\s*\n/.test(gap) || TIME_ROW_GAP.test(gap))) || listIntro || sameSentence) && !(digitless && /[.!](?:\s|$)/.test(gap))) {
      const date = wallOf(current.start);
      const at = (piece: Piece): Found => ({
        index: current.index,
        endIndex: piece.endIndex,
        start: { ...date, ...timeOf(piece.start, null) },
        end: piece.end && hasTime(piece.end) ? { ...date, ...timeOf(piece.end, piece.start) } : null,
        weekdayContradicts: weekdayContradicts(current.start),
      });
      // "donderdag 15 april of vrijdag 16 april" then "Tijd: 9:30 – 14:00": the day offered before it, joined by "or",
      // is a slot at that time too.
      const before = pieces[i - 1];
      if (before && hasDay(before.start) && !hasTime(before.start) && /\d/.test(before.text) && OR_BETWEEN_DAYS.test(body.slice(before.endIndex, current.index))) {
        const day = wallOf(before.start);
        out.push({ index: before.index, endIndex: next.endIndex, start: { ...day, ...timeOf(next.start, null) }, end: next.end && hasTime(next.end) ? { ...day, ...timeOf(next.end, next.start) } : null, weekdayContradicts: weekdayContradicts(before.start) });
      }
      out.push(at(next));
      // "sexta-feira, 5/3: às 9h ou às 11h": a second time offered after the joined one is on that day too.
      if (!next.end) out.push(...alternativeTimes(body, next.endIndex, at(next).start, weekdayContradicts(current.start)));
      i += 1;
      // The times listed under it, one per line with nothing else ("- 10:00 – 10:45" / "- 13:00 – 13:45"), are on that day too.
      for (let following = pieces[i + 1]; following && hasTime(following.start) && !hasDay(following.start) && /^[ \t]*\n[ \t]*$/.test(body.slice(pieces[i]!.endIndex, following.index)); following = pieces[i + 1]) {
        out.push(at(following));
        i += 1;
      }
      continue;
    }
    if (digitless) continue;
    const rest = body.slice(current.endIndex, current.endIndex + 80);
    const row = TIME_ROW_START.exec(rest)?.[0];
    // Across a blank line only into the row labelled as the time, and only that row's line.
    const after = row ? row + (rest.slice(row.length).split('\n')[0] ?? '') : (rest.slice(0, 40).split('\n\n')[0] ?? '');
    const loose = LOOSE_TIME.exec(after);
    if (loose && (next === undefined || current.endIndex + loose.index < next.index)) {
      const date = wallOf(current.start);
      const hour = Number(loose[1]);
      if (hour > 23) continue;
      // "19.11." is a day and a month, not 19:11 (the dotted minutes are not followed by another dot).
      const start = { ...date, hour, minute: Number(loose[2] ?? loose[3] ?? 0) };
      const endHour = loose[4] !== undefined ? Number(loose[4]) : null;
      out.push({
        index: current.index,
        endIndex: current.endIndex + loose.index + loose[0].length,
        start,
        end: endHour !== null && endHour <= 23 ? { ...date, hour: endHour, minute: Number(loose[5] ?? 0) } : null,
        weekdayContradicts: weekdayContradicts(current.start),
      });
    }
  }
  if (out.length === 0) {
    const joined = dayThenPostscriptTime(pieces, body);
    if (joined) out.push(joined);
  }
  return movedToTime(out, pieces, body) ?? out;
}

/**
 * "Heure : 14h30 - 15h15" … "l'entretien est décalé à 15h30", "we've had to move it to 3pm", "verschoben auf 15 Uhr": a
 * time without a day, after every slot found, in a sentence that moves the meeting to it, is the new time of the one
 * day those slots are on; the slot keeps its length unless the new time gives its own end.
 */
function movedToTime(found: Found[], pieces: Piece[], body: string): Found[] | null {
  const first = found[0];
  if (!first || found.some((f) => dayOf(f) !== dayOf(first))) return null;
  const after = Math.max(...found.map((f) => f.endIndex));
  const movedTo = (p: Piece) => {
    const parts = sentenceParts(body, p);
    // (chrono's match may hold the preposition: "à 15h30".)
    const before = `${parts.before}${/^\p{L}+(?:[ \t]+las)?[ \t]+/u.exec(p.text)?.[0] ?? ''}`;
    // …or with the verb at the end, as German and Dutch put it: "auf 11:30 Uhr verschoben", "naar 15:00 verzet".
    return MOVED_TO.test(before) || (MOVED_TO_VERB_LAST.test(before) && MOVE_VERB.test(parts.after.slice(0, 30)));
  };
  const target = pieces.find((p) => p.index >= after && !p.relative && hasTime(p.start) && !hasDay(p.start) && movedTo(p));
  if (!target) return null;
  const start: Wall = { ...first.start, ...timeOf(target.start, null) };
  const ownEnd = target.end && hasTime(target.end) ? { ...first.start, ...timeOf(target.end, target.start) } : null;
  const length = first.end ? wallMs(first.end) - wallMs(first.start) : null;
  const shifted = length !== null && length > 0 ? new Date(wallMs(start) + length) : null;
  const end = ownEnd ?? (shifted && shifted.getUTCDate() === start.day ? { ...start, hour: shifted.getUTCHours(), minute: shifted.getUTCMinutes() } : null);
  return [{ index: first.index, endIndex: target.endIndex, start, end, weekdayContradicts: first.weekdayContradicts }];
}

/**
 * "Passez chez nous vendredi." … "P.S. Vers 16h c'est le mieux": the one day the mail names and the one time its
 * postscript gives, when nothing else joined, are one slot.
 */
function dayThenPostscriptTime(pieces: Piece[], body: string): Found | null {
  // Not the days of a range ("du jeudi au samedi": the job's, no meeting's).
  // …nor the day of a call that has been ("on s'est parlé au téléphone lundi").
  const sentenceOf = (p: Piece) => body.slice(Math.max(body.lastIndexOf('.', p.index), body.lastIndexOf('\n', p.index)) + 1, p.endIndex + 40).split(/[.!?\n]/)[0] ?? '';
  const days = pieces.filter((p) => !p.relative && hasDay(p.start) && !hasTime(p.start) && !WEEKDAY_RANGE.test(body.slice(Math.max(0, p.index - 20), p.endIndex + 20)) && !PAST.test(sentenceOf(p)));
  const times = pieces.filter((p) => !p.relative && hasTime(p.start) && !hasDay(p.start));
  const late = times.filter((p) => POSTSCRIPT_LINE.test(lineBefore(body, p.index)) && p.index > (days[0]?.index ?? Infinity));
  if (days.length !== 1 || late.length !== 1) return null;
  const [day, time] = [days[0]!, late[0]!];
  const date = wallOf(day.start);
  return {
    index: day.index,
    endIndex: time.endIndex,
    start: { ...date, ...timeOf(time.start, null) },
    end: time.end && hasTime(time.end) ? { ...date, ...timeOf(time.end, time.start) } : null,
    weekdayContradicts: weekdayContradicts(day.start),
  };
}

/**
 * Times offered as alternatives on the day just read ("at 10:00 or 14:30", "às 10h ou às 11h30", "um 10 Uhr
 * oder um 14:30 Uhr", "o 9:00 lub 13:00"), on the same line: each is a slot with that day. A time needs its
 * minutes or a unit (h, Uhr, uur, am/pm), so a bare number is never one. Without am/pm, a time that would
 * 1 to 7 after an afternoon time is in the afternoon ("at 3pm or 4:30"); a morning one stays ("14:00 or 9:30").
 */
const ALTERNATIVE_TIME = /^[ \t]*,?[ \t]*(?:or|ou|o|oder|of|lub|albo|oppure|oder auch|or else)[ \t]+(?:(at|à|às|as|a las|a la|alle|alle ore|ore|um|om|o|o godz\.?|godz\.?)[ \t]+)?(\d{1,2})(?:(?:[:h]|\.(?=\d{2}(?!\.)))(\d{2}))?[ \t]*(am|pm|a\.m\.|p\.m\.|h(?![\p{L}])|Uhr|uur)?/iu;

function alternativeTimes(body: string, from: number, first: Wall, contradicts: boolean): Found[] {
  const out: Found[] = [];
  let at = from;
  for (let n = 0; n < 4; n += 1) {
    const match = ALTERNATIVE_TIME.exec(body.slice(at, at + 60).split('\n')[0] ?? '');
    // A bare number is an hour only after its own "at" ("at 8:30 or at 4"); "or 4" alone could be anything.
    if (!match || (match[3] === undefined && match[4] === undefined && match[1] === undefined)) break;
    let hour = Number(match[2]);
    const minute = Number(match[3] ?? 0);
    const meridiem = match[4]?.toLowerCase().replace(/\./g, '');
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    // Without am or pm, an hour from 1 to 6 is the afternoon's (nobody is interviewed at 4 in the night); 7 only after an afternoon time.
    if (!meridiem?.endsWith('m') && hour >= 1 && (hour <= 6 || (hour === 7 && first.hour >= 12))) hour += 12;
    if (hour > 23 || minute > 59) break;
    at += match[0].length;
    out.push({ index: at - match[0].length, endIndex: at, start: { ...first, hour, minute }, end: null, weekdayContradicts: contradicts });
  }
  return out;
}

/** The time of `c`; an end without am/pm takes the start's half of the day when it would fall before it. */
function timeOf(c: chrono.ParsedComponents, startOfRange: chrono.ParsedComponents | null): Pick<Wall, 'hour' | 'minute' | 'offset'> {
  const wall = wallOf(c);
  let hour = wall.hour;
  if (startOfRange && !c.isCertain('meridiem')) {
    const startHour = wallOf(startOfRange).hour;
    if (hour < startHour && hour + 12 < 24 && hour + 12 > startHour) hour += 12;
  }
  return { hour, minute: wall.minute, offset: wall.offset };
}
