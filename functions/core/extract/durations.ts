/**
 * How long the interview lasts, when the invitation says so in prose ("a 45-minute video call", "für ca.
 * eine Stunde", "durée : 1h30", "potrwa około godziny", "所要時間は1時間程度"): the calendar hold ends
 * then, instead of an hour after its start, when no end time was written.
 *
 * A duration is a quantity (digits, a number word, a half) and a unit of time, in English, French,
 * German, Spanish, Italian, Dutch, Portuguese, Polish or Japanese. Hours are also how several of these
 * languages say a time of day ("às 10 horas", "om 10 uur", "à 10h"), and mail is full of other lengths
 * ("arrive 10 minutes early", "within 48 hours", "40 hours a week", "a 5-minute walk"), so a quantity
 * counts only where it is plainly the meeting's length:
 *   - an adjective of length: "45-minute", "one-hour", "hour-long", "45-minütiges", "einstündig",
 *     "godzinna", "45-minutowa";
 *   - after a word of lasting or of approximation: "lasts", "for about", "Dauer:", "durée", "environ",
 *     "durante", "circa", "duurt", "cerca de", "potrwa", "około", "所要時間", "約";
 *   - after the meeting's own noun: "un entretien de 45 minutes", "un colloquio di 30 minuti", "een
 *     gesprek van een uur";
 *   - in brackets: "(45 min)", "(ca. 60 Minuten)";
 *   - in Japanese, before "程度", "ほど", "くらい" or "の面接";
 * and never when what follows makes it another length ("before", "early", "a week", "walk", "vorher",
 * "à pied", "前", "以内") or what precedes makes it a deadline or a rhythm ("within", "every",
 * "innerhalb", "dans les", "entro", "w ciągu"), nor when it is the length of a part of the meeting or of
 * something else ("a 30-minute break", "a short presentation (10 minutes)", "una prueba (unos 40
 * minutos)"). A length under 15 minutes or over 8 hours is no interview's.
 */

const MIN_MINUTES = 15;
const MAX_MINUTES = 8 * 60;
/** How far before a quantity a cue is looked for (a few words). */
const CUE_WINDOW = 48;
/** How far after a unit what would make it another length is looked for. */
const AFTER_WINDOW = 32;

/** Number words of the nine languages, and a half. */
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10, fifteen: 15, twenty: 20, thirty: 30, forty: 40, 'forty-five': 45, fifty: 50, sixty: 60, ninety: 90,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, quinze: 15, vingt: 20, trente: 30, quarante: 40, soixante: 60,
  ein: 1, eine: 1, einer: 1, einen: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, zehn: 10, fünfzehn: 15, zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, sechzig: 60, neunzig: 90, eineinhalb: 1.5, anderthalb: 1.5,
  una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, quince: 15, veinte: 20, treinta: 30, cuarenta: 40, sesenta: 60, noventa: 90,
  due: 2, tre: 3, quattro: 4, quindici: 15, venti: 20, trenta: 30, quaranta: 40, sessanta: 60, novanta: 90,
  een: 1, één: 1, twee: 2, drie: 3, vijftien: 15, twintig: 20, dertig: 30, veertig: 40, zestig: 60, negentig: 90, anderhalf: 1.5,
  um: 1, uma: 1, dois: 2, duas: 2, três: 3, vinte: 20, trinta: 30, quarenta: 40, sessenta: 60,
  jedna: 1, jedną: 1, jeden: 1, jednej: 1, dwie: 2, dwa: 2, dwóch: 2, trzy: 3, cztery: 4, piętnaście: 15, dwadzieścia: 20, trzydzieści: 30, czterdzieści: 40, sześćdziesiąt: 60, dziewięćdziesiąt: 90, półtorej: 1.5, półtora: 1.5,
  一: 1, 二: 2, 三: 3, 四: 4, 十五: 15, 二十: 20, 三十: 30, 四十: 40, 四十五: 45, 六十: 60, 九十: 90,
};

const WORD = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * Word edges for Latin-script text only: Japanese writes no spaces ("約1時間程度"), so a kanji next to a
 * quantity or a unit is no part of the same word.
 */
const NOT_AFTER_WORD = String.raw`(?<![\p{Script=Latin}\d])`;
const NOT_BEFORE_WORD = String.raw`(?![\p{Script=Latin}])`;
/** A quantity: digits (with a decimal comma or point, or "1 1/2"), or a number word ("un'" is Italian's elided "una"). */
const QUANTITY = String.raw`(\d{1,3}(?:[.,]\d{1,2})?(?:\s+1/2)?|un['’]|${WORD})`;

/** Units, each with the minutes it holds. Longest first within the alternation. */
const MINUTE_UNIT = String.raw`minutes?|minuten|minutos?|minuti|minut(?:y|ę|a|ach)?|mins?\.?|mn|分間?`;
const HOUR_UNIT = String.raw`hours?|hrs?\.?|heures?|stunden?|std\.?|horas?|ora|ore|uur|godzin(?:a|y|ę|ie)?|godz\.?|時間|h`;
/** A half after an hour: "an hour and a half", "une heure et demie", "hora y media", "un'ora e mezza", "uma hora e meia", "1時間半". */
const AND_A_HALF = String.raw`(\s+(?:and a half|et demie|y media|e mezz[ao]|e meia)|半)`;
/** A half before the unit: "one and a half hours", "eineinhalb" is a word of its own. */
const HALF_BEFORE = String.raw`(\s+and a half)?`;
/** Minutes after hours: "1h30", "1 hour 30 minutes", "1 Stunde und 30 Minuten", "1時間30分". */
const AND_MINUTES = String.raw`(?:(?<=h)(\d{2})|\s*(?:(?:and|et|und|y|e|en|i)\s+)?(\d{1,2})\s*(?:${MINUTE_UNIT}))`;

/** A duration as written: quantity, unit, an optional half or minutes after hours. */
const DURATION = new RegExp(
  String.raw`${NOT_AFTER_WORD}${QUANTITY}${HALF_BEFORE}[\s-]?(?:(${HOUR_UNIT})(?:${AND_A_HALF}|${AND_MINUTES})?|(${MINUTE_UNIT}))${NOT_BEFORE_WORD}`,
  'giu',
);
/** A half hour with no quantity: "half an hour", "a half-hour", "une demi-heure", "eine halbe Stunde", "media hora", "mezz'ora", "een half uur", "meia hora", "pół godziny". */
const HALF_HOUR = /(?<![\p{L}])(?:half an hour|(?:a )?half[- ]hour|(?:une )?demi-heure|(?:eine )?halbe stunde|media hora|mezz['’]ora|(?:een )?half uur|meia hora|pół godziny)(?![\p{L}])/giu;
/** One hour with no quantity: Polish says "an hour" without one ("potrwa godzinę", "około godziny"); only a cue makes it a length. */
const BARE_HOUR = /(?<!\d\s?)(?<![\p{L}])(?:godzinę|godzine|godziny)(?![\p{L}])/giu;

/** Adjectives of length: a quantity joined to its unit and made an adjective. */
const ADJECTIVE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{1,3}|${WORD})-(?:minute|min|hour|hr)s?(?:-long)?(?![\p{L}])|(hour|half-hour)-long|(\d{1,3})-?minütig\p{L}*|(ein|zwei|drei|vier|eineinhalb|anderthalb)stündig\p{L}*|(\d{1,3})-?minutow\p{L}*|(godzinn)\p{L}*|(dwugodzinn)\p{L}*)`,
  'giu',
);

/** Words of lasting, of approximation and labels of length, each ending right before the quantity (a few words may come between). */
const CUE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:for|lasts|lasting|(?:will|to|should|would) last|takes?|taking|about|around|approximately|approx\.|roughly|some|up to|duration|length|allow|block(?: out)?|reserve|runs?|expect|plan for|pendant|durée|dure(?:ra)?|environ|env\.|approximativement|prévoir|prévoyez|compter|comptez|dauer[tn]?|dauert|für|ca\.|circa|zirka|etwa|ungefähr|rund|bis zu|maximal|durante|duración|durará|dura|aproximadamente|aprox\.|unos|unas|alrededor de|cerca de|durata|durerà|all['’]incirca|duurt|duur|ongeveer|zo['’]n|ruim|maximaal|duração|durará|por|trwa|trwać|trwac|potrwa|trwającą?|trwajacą?|czas trwania|około|okolo|ok\.|przez|maksymalnie|所要時間|約)(?:[\s:：は]+(?:[\p{L}'’.]+[\s:]+){0,2})?$`,
  'iu',
);
/** The meeting's own noun right before it: "un entretien de 45 minutes", "een gesprek van een uur". */
const MEETING_OF = /(?:^|[^\p{L}])(?:entretien|échange|appel|rendez-vous|visio|entrevista|llamada|videollamada|reunión|charla|colloquio|chiamata|videochiamata|gesprek|sollicitatiegesprek|videogesprek|afspraak|conversa|reunião|chamada|rozmowa|rozmowę|spotkanie|call|interview|chat|meeting|session|conversation|Gespräch|Telefonat|Termin)\s+(?:(?:de|di|van|von|of|d['’]environ|d['’]une durée de|di circa|de cerca de|de unos|van ongeveer|ok\.|około)\s+)?$/iu;
/** A quantity in brackets: "(45 min)", "(ca. 60 Minuten)". */
const BRACKET = /\(\s*(?:(?:ca\.|approx\.|env\.|aprox\.|ok\.|about|circa|environ|etwa|约|約)\s*)?$/iu;
/** What makes a length another one than the meeting's, right after it. */
const OTHER_LENGTH_AFTER = /^\s*(?:\)\s*)?(?:before|beforehand|prior|early|earlier|in advance|ahead|late|later|after|from|away|walk|drive|by (?:car|train|bus)|each way|commute|of (?:travel|commut)|a week|per week|\/\s*week|weekly|a day|per day|a month|notice|to (?:respond|reply|answer|get back)|avant|à l['’]avance|en avance|plus tôt|à pied|de trajet|de route|par semaine|hebdomadaires?|vorher|vor (?:dem|Beginn)|früher|vorab|zu Fuß|Fußweg|Fahrt|pro Woche|\/Woche|wöchentlich|die Woche|antes|de antelación|de anticipación|a pie|andando|en coche|a la semana|semanales|por semana|prima|in anticipo|a piedi|in auto|a settimana|settimanali|van tevoren|eerder|lopen|rijden|per week|de antecedência|a pé|de carro|semanais|wcześniej|przed|pieszo|samochodem|tygodniowo|w tygodniu|na tydzień|前|後|以内|徒歩)(?![\p{L}])/iu;
/** What makes it a deadline or a rhythm, right before it. */
const OTHER_LENGTH_BEFORE = /(?:^|[^\p{L}])(?:within|in the next|every|each|after|innerhalb(?: von)?|binnen|nach|alle|dans les|sous|toutes les|dentro de|en un plazo de|cada|entro|ogni|iedere|om de|em até|no prazo de|a cada|w ciągu|co|徒歩)\s*$/iu;
/** The meeting itself, and the parts of it (or other things) whose length is not the meeting's. */
const MEETING_NOUN = String.raw`interview|call|chat|conversation|meeting|session|screen|entretien|échange|appel|rendez-vous|visio|gespräch|telefonat|termin|videointerview|entrevista|llamada|videollamada|reunión|charla|colloquio|chiamata|videochiamata|gesprek|sollicitatiegesprek|videogesprek|afspraak|conversa|reunião|chamada|rozmow\p{L}*|spotkani\p{L}*|面接|面談`;
const PART_NOUN = String.raw`presentation|exercise|case study|test|task|assignment|break|lunch|tour|walk|questions|q&a|pause|présentation|exercice|étude de cas|präsentation|übung|fallstudie|aufgabe|mittagspause|presentación|ejercicio|prueba|descanso|almuerzo|presentazione|esercizio|prova|pausa|pranzo|presentatie|opdracht|oefening|lunchpauze|apresentação|exercício|intervalo|almoço|prezentacj\p{L}*|zadani\p{L}*|ćwiczeni\p{L}*|przerw\p{L}*|プレゼン|課題|休憩|テスト`;
const NOUNS = new RegExp(String.raw`(?<![\p{L}])(?:(${MEETING_NOUN})|(${PART_NOUN}))(?![\p{L}])`, 'giu');
/** An adjective of length followed by a part's noun: "a 30-minute break", "a 10-minute short presentation". */
const PART_AFTER = new RegExp(String.raw`^[\s-]*(?:[\p{L}]+\s+)?(?:${PART_NOUN})(?![\p{L}])`, 'iu');

/** Whether the nearest noun before a length names a part of the meeting rather than the meeting. */
function partBefore(before: string): boolean {
  let part = false;
  for (const m of before.matchAll(NOUNS)) part = m[2] !== undefined;
  return part;
}

/** Japanese: a length followed by its approximation or its meeting. */
const JA_AFTER = /^\s*(?:程度|ほど|くらい|ぐらい|前後|の(?:面接|面談|打ち合わせ|ミーティング|通話))/u;

function numberOf(quantity: string): number | null {
  const q = quantity.toLowerCase().replace(/[’]/g, "'");
  if (q === "un'") return 1;
  if (q in NUMBER_WORDS) return NUMBER_WORDS[q] ?? null;
  const [whole, half] = q.split(/\s+/);
  const value = Number((whole ?? '').replace(',', '.'));
  if (!Number.isFinite(value)) return null;
  return half === '1/2' ? value + 0.5 : value;
}

interface Mention {
  index: number;
  end: number;
  minutes: number;
  /** an adjective of length counts on its own; a bare quantity needs a cue */
  adjective: boolean;
}

function mentions(text: string): Mention[] {
  const found: Mention[] = [];
  for (const m of text.matchAll(DURATION)) {
    const [all, quantity, halfBefore, hourUnit, halfAfter, hMinutes, unitMinutes] = m;
    const amount = numberOf(quantity ?? '');
    if (amount === null) continue;
    const minutes = hourUnit ? (amount + (halfBefore || halfAfter ? 0.5 : 0)) * 60 + Number(hMinutes ?? unitMinutes ?? 0) : amount;
    found.push({ index: m.index, end: m.index + all.length, minutes, adjective: false });
  }
  for (const m of text.matchAll(HALF_HOUR)) found.push({ index: m.index, end: m.index + m[0].length, minutes: 30, adjective: /half[- ]hour/i.test(m[0]) && /-/.test(m[0]) });
  for (const m of text.matchAll(BARE_HOUR)) found.push({ index: m.index, end: m.index + m[0].length, minutes: 60, adjective: false });
  for (const m of text.matchAll(ADJECTIVE)) {
    const [all, enAmount, enLong, deMinutes, deHours, plMinutes, plOne, plTwo] = m;
    let minutes: number | null = null;
    if (enAmount) {
      const amount = numberOf(enAmount);
      minutes = amount === null ? null : /-(?:hour|hr)/i.test(all) ? amount * 60 : amount;
    } else if (enLong) minutes = enLong.toLowerCase() === 'hour' ? 60 : 30;
    else if (deMinutes ?? plMinutes) minutes = Number(deMinutes ?? plMinutes);
    else if (deHours) minutes = (NUMBER_WORDS[deHours.toLowerCase()] ?? 0) * 60;
    else if (plOne) minutes = 60;
    else if (plTwo) minutes = 120;
    if (minutes !== null) found.push({ index: m.index, end: m.index + all.length, minutes, adjective: true });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Whether a mention is the meeting's length, from what comes right before and after it. */
function isMeetingLength(text: string, mention: Mention): boolean {
  const before = text.slice(Math.max(0, mention.index - CUE_WINDOW), mention.index).split('\n').pop() ?? '';
  const after = text.slice(mention.end, mention.end + AFTER_WINDOW);
  if (OTHER_LENGTH_AFTER.test(after) || OTHER_LENGTH_BEFORE.test(before)) return false;
  if (mention.adjective ? PART_AFTER.test(after) : partBefore(before)) return false;
  return mention.adjective || CUE.test(before) || MEETING_OF.test(before) || BRACKET.test(before) || JA_AFTER.test(after);
}

/**
 * The interview's length in minutes, when the text states it (the first length that is plainly the
 * meeting's), or null.
 */
export function findDuration(text: string): number | null {
  // Full-width digits and colons (Japanese mail) read as ASCII; "1½" as "1 1/2".
  const normal = text.replace(/(\d)\s*½/g, '$1 1/2').normalize('NFKC');
  for (const mention of mentions(normal)) {
    if (mention.minutes < MIN_MINUTES || mention.minutes > MAX_MINUTES) continue;
    if (isMeetingLength(normal, mention)) return Math.round(mention.minutes);
  }
  return null;
}
