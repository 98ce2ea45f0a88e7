/**
 * Which of chrono's locales can read a forward header's date, from the words in it: the month and
 * weekday names (full and short, as mail clients print them from CLDR) and the small words around them
 * ("um", "à", "alle ore", "om", "às"). Trying the eight locales on every header was a tenth of the
 * whole pipeline; a header names its language in these words.
 *
 * A word found in no list (Polish, a typo, a client's own phrasing) makes every locale a candidate, as
 * before: only headers whose every word is known skip the locales that could not read them.
 */
export type DateLocale = 'en' | 'fr' | 'de' | 'es' | 'it' | 'nl' | 'pt' | 'ja';

const WORDS: Record<DateLocale, string> = {
  en: 'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun on at am pm of the st nd rd th',
  fr: 'janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre janv févr fevr avr juil sept oct nov déc dec lundi mardi mercredi jeudi vendredi samedi dimanche lun mar mer jeu ven sam dim le er min',
  de: 'januar jänner februar märz maerz april mai juni juli august september oktober november dezember jan jän feb mär apr jun jul aug sep sept okt nov dez montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so um uhr den am',
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre ene feb mar abr may jun jul ago sep sept oct nov dic lunes martes miércoles miercoles jueves viernes sábado sabado domingo lun mié mie jue vie sáb sab dom de del la las el',
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre gen feb mar apr mag giu lug ago set ott nov dic lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica lun mer gio ven sab dom alle ore il giorno',
  nl: 'januari februari maart april mei juni juli augustus september oktober november december jan feb mrt apr jun jul aug sep sept okt nov dec maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo om op uur',
  pt: 'janeiro fevereiro março marco abril maio junho julho agosto setembro outubro novembro dezembro jan fev mar abr mai jun jul ago set out nov dez segunda terça terca quarta quinta sexta sábado sabado domingo feira seg ter qua qui sex sáb sab dom de às as em',
  ja: '',
};

/** Zone names and abbreviations any locale's header may carry; they name no language. */
const NEUTRAL = new Set('gmt utc ut cet cest mez mesz wet west eet eest bst ist est edt cst cdt mst mdt pst pdt akst akdt hst jst kst sgt hkt aest aedt brt art'.split(' '));

const LOCALES_OF = (() => {
  const map = new Map<string, DateLocale[]>();
  for (const [locale, words] of Object.entries(WORDS) as [DateLocale, string][]) {
    for (const word of words.split(' ').filter(Boolean)) map.set(word, [...(map.get(word) ?? []), locale]);
  }
  return map;
})();

/** Kana and the kanji of Japanese dates (年月日, weekdays). */
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;

/**
 * The locales that may read `text`: English always (it reads numeric dates, and it won ties before),
 * alone when it knows every word; else with each locale that knows one of them, and Japanese for
 * Japanese script. Null when a word is in no list: then every locale may.
 */
export function dateLocalesFor(text: string): ReadonlySet<DateLocale> | null {
  const locales = new Set<DateLocale>(['en']);
  if (JAPANESE.test(text)) locales.add('ja');
  const owners: DateLocale[][] = [];
  for (const word of text.toLowerCase().replace(/[\u3040-\u30ff\u4e00-\u9fff]+/gu, ' ').match(/\p{L}{2,}/gu) ?? []) {
    if (NEUTRAL.has(word)) continue;
    const of = LOCALES_OF.get(word);
    if (!of) return null;
    owners.push(of);
  }
  if (owners.every((of) => of.includes('en'))) return locales;
  for (const locale of owners.flat()) locales.add(locale);
  return locales;
}
