/**
 * Interview times by class (issue #13, class 6), in several languages: Polish dates (chrono has no
 * Polish), day-first dotted dates, labelled options, a date and a time on separate lines, zones named
 * as a country's or region's time, the zone word that follows a time binds to it, ranges give their
 * start, and a time that is an event's or the one a reschedule replaces is no slot.
 */
import { describe, expect, it } from 'vitest';
import { findProseSlots } from '../../../../functions/core/extract/times.js';
import { zoneOfPlaceIn } from '../../../../functions/core/extract/zones.js';
import type { TextLanguage } from '../../../../functions/core/extract/language.js';

const REFERENCE = { instant: new Date('2026-11-02T09:00:00Z'), offsetMinutes: 60 };
function starts(text: string, language: TextLanguage, zone = 'Europe/Berlin'): string[] {
  return findProseSlots(text, language, REFERENCE, { zone }).map((s) => `${s.start.instant.toISOString()} ${s.start.offsetMinutes}`);
}

describe('dates and times in the languages', () => {
  it.each([
    ['pl', 'Zapraszam na rozmowę we wtorek, 10 listopada 2026 o godz. 10:00.', '2026-11-10T09:00:00.000Z 60'],
    ['pl', 'Czy mogę zadzwonić jutro o godz. 14.30?', '2026-11-03T13:30:00.000Z 60'],
    ['pl', 'Spotkanie: 8 grudnia, od 9:00 do 15:30.', '2026-12-08T08:00:00.000Z 60'],
    ['de', 'unser Termin am Donnerstag, 19.11., 10:00 Uhr', '2026-11-19T09:00:00.000Z 60'],
    ['nl', 'maandag 9 november van 10.00 tot 11.00 uur', '2026-11-09T09:00:00.000Z 60'],
    ['pt', 'na quinta-feira, 12 de novembro, às 9h30', '2026-11-12T08:30:00.000Z 60'],
    ['it', 'martedì 17 novembre alle ore 15:00', '2026-11-17T14:00:00.000Z 60'],
    ['pt', 'na sexta-feira, dia 13 de novembro, às 10h00.', '2026-11-13T09:00:00.000Z 60'],
  ])('%s: %s', (language, text, start) => {
    expect(starts(text, language as TextLanguage)[0]).toBe(start);
  });

  it('reads labelled options and a date line followed by a time line, not across list items', () => {
    expect(starts('Option 1: Mittwoch, 24. März 2027, 09:00 - 10:00 Uhr (MEZ)\nOption 2: Donnerstag, 1. April 2027, 15:00 - 16:00 Uhr (MESZ)', 'de')).toEqual([
      '2027-03-24T08:00:00.000Z 60',
      '2027-04-01T13:00:00.000Z 120',
    ]);
    expect(starts('- maandag 9 november van 10.00 tot 11.00 uur\n- woensdag 11 november van 14.00 tot 15.00 uur', 'nl')).toHaveLength(2);
    expect(starts('Dienstag, 24. November 2026\n13:00 bis 14:00 Uhr (MEZ)', 'de')).toEqual(['2026-11-24T12:00:00.000Z 60']);
  });
});

describe('zones', () => {
  it.each([
    ['en', 'Tuesday, 17 November 2026, 11:30 AM to 12:15 PM India Standard Time (3:00 PM Japan time)', 330],
    ['en', 'Thursday, 12 November 2026 at 10:00 AM Singapore time', 480],
    ['pt', 'terça-feira, 10 de novembro, às 10h (hora dos Açores), ou seja, às 11h em Lisboa', -60],
    ['pl', 'wtorek, 10 listopada o 10:00 czasu polskiego', 60],
    ['en', 'Monday, November 2 at 10:30 AM Central / 11:30 AM Eastern', -360],
    ['en', 'Would Tuesday, 10 November at 15:00 Istanbul time suit you?', 180],
    ['de', 'am Dienstag, 10. November, um 14 Uhr Dubai-Zeit', 240],
    ['es', 'el martes 10 de noviembre a las 10:00, hora de Helsinki', 120],
    ['fr', 'mardi 10 novembre à 9h, heure de Stockholm', 60],
  ])('%s: %s', (language, text, offset) => {
    const slots = findProseSlots(text, language as TextLanguage, { instant: REFERENCE.instant, offsetMinutes: 0 }, { zone: 'UTC' });
    expect(slots.map((s) => s.start.offsetMinutes)).toEqual([offset]);
  });
});

it('a city abroad names its zone, and a first name or a street named after one does not', () => {
  expect(zoneOfPlaceIn('Our office: Büyükdere Caddesi 185, 34394 Şişli / İstanbul')).toBe('Europe/Istanbul');
  expect(zoneOfPlaceIn('Best regards,\nSofia Marchetti\nWellington Road 4, Leeds LS1 2AB')).toBe('Europe/London');
});

it('the interview’s address in the text wins over the sender’s address in the signature', () => {
  const body = 'The interview will take place at the client’s site:\nCalle de la Brújula 3, Building 2\n28050 Madrid';
  expect(zoneOfPlaceIn(body, 'Oliver Brennan\nNorthgate Digital Ltd · 14 Wharf Crescent, London SE1 9XY')).toBe('Europe/Madrid');
  expect(zoneOfPlaceIn('We would like to meet you next week.', 'Northgate Digital Ltd · 14 Wharf Crescent, London SE1 9XY')).toBe('Europe/London');
});

describe('times that are no slot', () => {
  it('drops the time a reschedule replaces, written before "geplant" / "prévu"', () => {
    expect(starts('leider muss ich unser für Dienstag, 10. November, um 11:00 Uhr geplantes Gespräch verschieben. Neuer Termin: Donnerstag, 12. November, 14:00 Uhr.', 'de')).toEqual([
      '2026-11-12T13:00:00.000Z 60',
    ]);
  });

  it('drops an event’s time in the same mail as the interview', () => {
    const text = 'Ihr Gespräch: Montag, 9. November 2026, 13:30 Uhr.\nAußerdem laden wir Sie zu unserem Info-Webinar am Mittwoch, 11. November 2026, 17.00 Uhr ein.';
    expect(starts(text, 'de')).toEqual(['2026-11-09T12:30:00.000Z 60']);
  });
});

describe('a reply deadline with its weekday and an article before the date', () => {
  it.each([
    ['pt', 'A entrevista será na quarta-feira, 11 de novembro, às 15h00. Confirme a presença até sexta-feira, dia 6 de novembro, às 18h.', '2026-11-11T14:00:00.000Z 60'],
    ['de', 'Das Gespräch ist am Mittwoch, 11. November, um 15 Uhr. Bitte antworten Sie bis Freitag, den 6. November, 18 Uhr.', '2026-11-11T14:00:00.000Z 60'],
  ])('%s: only the interview', (language, text, start) => {
    expect(starts(text, language as TextLanguage)).toEqual([start]);
  });
});

describe('a range whose end is said roughly ("bis ca. 11:30", "to approx. 10:00", "à environ 15h")', () => {
  it.each([
    ['de', 'Termin: Donnerstag, 12. November 2026, 10:00 bis ca. 11:30 Uhr', '2026-11-12T10:30:00.000Z'],
    ['en', 'Thursday, 12 November, 9:00 to approx. 10:00', '2026-11-12T09:00:00.000Z'],
    ['fr', 'le jeudi 12 novembre de 14h à environ 15h', '2026-11-12T14:00:00.000Z'],
  ])('%s: the end is read', (language, text, end) => {
    expect(findProseSlots(text, language as TextLanguage, REFERENCE, { zone: 'Europe/Berlin' })[0]?.end?.instant.toISOString()).toBe(end);
  });
});

describe('a minute to midnight is a deadline’s time', () => {
  it.each([
    ['pt', 'Prazo de entrega do case: quarta-feira, 11/11/2026, até as 23h59.'],
    ['en', 'Please submit your recording on Wednesday, November 11, 11:59 pm at the latest.'],
  ])('%s: no slot', (language, text) => {
    expect(starts(text, language as TextLanguage)).toEqual([]);
  });
});

describe('"instead of" the old time, in Portuguese, Spanish, Italian and Polish', () => {
  it.each([
    ['pt', 'Em vez de quinta-feira, 12/11, às 14h, a entrevista passa para sexta-feira, 13/11, às 11h.', '2026-11-13T10:00:00.000Z 60'],
    ['es', 'En vez del jueves 12 de noviembre a las 14:00, la entrevista será el viernes 13 de noviembre a las 11:00.', '2026-11-13T10:00:00.000Z 60'],
    ['pl', 'Zamiast czwartku 12 listopada o godz. 14:00 rozmowa odbędzie się w piątek 13 listopada o godz. 11:00.', '2026-11-13T10:00:00.000Z 60'],
  ])('%s: the new time only', (language, text, start) => {
    expect(starts(text, language as TextLanguage)).toEqual([start]);
  });
});

describe('a time someone cannot keep is given up, the one offered instead is the slot', () => {
  it.each([
    ['es', 'Álvaro no podrá estar el martes 10 de noviembre a las 10:00. ¿Te vendría bien pasarla al miércoles 11 de noviembre a las 12:30?', ['2026-11-11T11:30:00.000Z 60']],
    ['en', "Dana won't be able to make Tuesday, November 10 at 10:00. Would Wednesday, November 11 at 12:30 work instead?", ['2026-11-11T11:30:00.000Z 60']],
    ['de', 'Herr Brandt ist am Dienstag, 10. November um 10:00 Uhr verhindert. Passt Ihnen Mittwoch, 11. November um 12:30 Uhr?', ['2026-11-11T11:30:00.000Z 60']],
    ['es', 'No podremos mantener la entrevista del martes 10 de noviembre a las 10:00. Te propongo el miércoles 11 de noviembre a las 12:30.', ['2026-11-11T11:30:00.000Z 60']],
    ['en', 'We cannot keep the interview on Tuesday, November 10 at 10:00. Could we do Wednesday, November 11 at 12:30?', ['2026-11-11T11:30:00.000Z 60']],
    ['pt', 'Não poderemos manter a entrevista de terça-feira, 10 de novembro, às 10h00. Proponho quarta-feira, 11 de novembro, às 12h30.', ['2026-11-11T11:30:00.000Z 60']],
    ['de', 'Der bisherige Termin am Dienstag, 10. November, um 10:00 Uhr entfällt. Ihr neuer Termin: Mittwoch, 11. November, 12:30 Uhr.', ['2026-11-11T11:30:00.000Z 60']],
    ['nl', 'Het gesprek van dinsdag 10 november om 10:00 komt te vervallen. Nieuwe tijd: woensdag 11 november om 12:30.', ['2026-11-11T11:30:00.000Z 60']],
    // A dropped journey after the time drops no time.
    ['de', 'Das Gespräch wird verschoben. Möglich wäre Dienstag, 10. November, um 10:00 Uhr online und die Anreise entfällt; oder Mittwoch, 11. November, um 12:30 Uhr.', ['2026-11-10T09:00:00.000Z 60', '2026-11-11T11:30:00.000Z 60']],
    // "As planned" in the sentence after the new time is about the place, not the time.
    ['de', 'Leider muss der Kunde den für Dienstag, 10. November, 10:00 Uhr vereinbarten Termin verschieben. Neu schlägt er Mittwoch, 11. November, um 12:30 Uhr vor. Das Gespräch findet wie geplant in Kiel statt.', ['2026-11-11T11:30:00.000Z 60']],
  ])('%s', (language, text, expected) => {
    expect(starts(text, language as TextLanguage)).toEqual(expected);
  });
});

describe('Italian "alle ore", and a date hard-wrapped between its day and its month', () => {
  it.each([
    ['it', 'Ti chiameremo venerdì 13 novembre alle ore 11:00 (ora italiana).', ['2026-11-13T10:00:00.000Z 60']],
    ['it', 'Ti chiameremo giovedì 12 novembre alle ore 11.', ['2026-11-12T10:00:00.000Z 60']],
    ['it', 'il colloquio di gruppo si terrà mercoledì 11\nnovembre alle ore 9:30 presso la nostra sede', ['2026-11-11T08:30:00.000Z 60']],
  ])('%s: %s', (language, text, expected) => {
    expect(starts(text, language as TextLanguage, 'Europe/Rome')).toEqual(expected);
  });
});

describe('a second time offered as a bare hour after its own "at"', () => {
  it('reads "at 8:30 or at 4" as two times, the second in the afternoon; "or 4" alone is no time', () => {
    expect(starts('I am free Friday 13 November at 8:30 or at 4 (both Central).', 'en', 'America/Chicago')).toEqual(['2026-11-13T14:30:00.000Z -360', '2026-11-13T22:00:00.000Z -360']);
    expect(starts('I am free Friday 13 November at 8:30 or 4 people could join.', 'en', 'America/Chicago')).toEqual(['2026-11-13T14:30:00.000Z -360']);
  });
});

describe('a moved interview: the time it was planned for, with its weekday, is no slot', () => {
  it('keeps only the new time', () => {
    const text = "Je suis au regret de devoir déplacer notre entretien prévu le mardi 17 novembre à 10 h : notre directeur sera absent.\nSeriez-vous disponible le jeudi 19 novembre 2026 à 10 h 30 à la place ?";
    expect(starts(text, 'fr', 'Europe/Luxembourg')).toEqual(['2026-11-19T09:30:00.000Z 60']);
  });
  it('reads "déplacement" (a trip) as no move', () => {
    const text = 'Nous vous proposons un entretien le jeudi 19 novembre 2026 à 14 h. Le déplacement est remboursé.';
    expect(starts(text, 'fr', 'Europe/Paris')).toEqual(['2026-11-19T13:00:00.000Z 60']);
  });
});

describe('Spanish "mover tu entrevista": the time it was planned for is the old one', () => {
  it('keeps only the new time', () => {
    const text = 'Tenemos que mover tu entrevista, que estaba prevista para el jueves 5 de noviembre a las 10:00.\n¿Podrías hacerla el viernes 6 de noviembre a las 12:00?';
    expect(starts(text, 'es', 'Europe/Madrid')).toEqual(['2026-11-06T11:00:00.000Z 60']);
  });
});

describe('a time written with a dot at the end of its sentence is a time, not a day and a month', () => {
  it.each([
    ['it', 'La aspettiamo lunedì 16 novembre alle 9.30. Parleremo di entrambe le posizioni.', 'Europe/Rome', ['2026-11-16T08:30:00.000Z 60']],
    ['it', 'Il colloquio è fissato per lunedì 16 novembre, ore 14.45.', 'Europe/Rome', ['2026-11-16T13:45:00.000Z 60']],
    ['de', 'Wir erwarten Sie am Montag, 16. November um 10.05.', 'Europe/Berlin', ['2026-11-16T09:05:00.000Z 60']],
    ['nl', 'Het gesprek is op maandag 16 november om 14.15.', 'Europe/Amsterdam', ['2026-11-16T13:15:00.000Z 60']],
  ])('%s: %s', (language, text, zone, expected) => {
    expect(starts(text, language as TextLanguage, zone)).toEqual(expected);
  });
  it('still reads a dotted day and month as a date ("am 16.11. um 10 Uhr")', () => {
    expect(starts('Passt Ihnen Montag, 16.11. um 10 Uhr?', 'de', 'Europe/Berlin')).toEqual(['2026-11-16T09:00:00.000Z 60']);
  });
});

describe('Italian "Ora:" labelling the time under a date line', () => {
  it('joins the date and the time ("ora" is also "now")', () => {
    expect(starts('Giorno: venerdì 13 novembre 2026\nOra: 11:00 (ora italiana)\nPiattaforma: Google Meet', 'it', 'Europe/Rome')).toEqual(['2026-11-13T10:00:00.000Z 60']);
  });
});

describe('a month named after a weekday and its day, in every spelling ("vrijdag 26 maart", "viernes 15 enero", "venerdì 15 gennaio")', () => {
  it.each([
    ['nl', 'Datum: vrijdag 27 november\nTijd: 09.00 – 16.30 uur', 'Europe/Amsterdam', ['2026-11-27T08:00:00.000Z 60']],
    ['es', 'Fecha: viernes 15 enero\nHora: 10:00', 'Europe/Madrid', ['2027-01-15T09:00:00.000Z 60']],
    ['it', 'Giorno: venerdì 15 gennaio\nOrario: 10:00', 'Europe/Rome', ['2027-01-15T09:00:00.000Z 60']],
  ])('%s: %s', (language, text, zone, expected) => {
    expect(starts(text, language as TextLanguage, zone)).toEqual(expected);
  });
});

describe('a day and a month with a dot and nothing more ("Data: 29.09 (wtorek)")', () => {
  it.each([
    ['pl', 'Data: 30.11 (poniedziałek)\nGodzina: 11:00–11:45 czasu polskiego', 'Europe/Warsaw', ['2026-11-30T10:00:00.000Z 60']],
    ['de', 'Datum: 27.11\nUhrzeit: 11.30 Uhr', 'Europe/Berlin', ['2026-11-27T10:30:00.000Z 60']],
    ['nl', 'op 27.11 om 14.00 uur', 'Europe/Amsterdam', ['2026-11-27T13:00:00.000Z 60']],
    // A clock time after it with its time word, or a day's word before it.
    ['pl', 'Zapraszamy 16.12 o godzinie 11:30.', 'Europe/Warsaw', ['2026-12-16T10:30:00.000Z 60']],
    ['de', 'Wir erwarten Sie am 16.12 um 11:30 Uhr.', 'Europe/Berlin', ['2026-12-16T10:30:00.000Z 60']],
    ['it', 'Colloquio il 16.12 alle 11:30.', 'Europe/Rome', ['2026-12-16T10:30:00.000Z 60']],
  ])('%s: %s', (language, text, zone, expected) => {
    expect(starts(text, language as TextLanguage, zone)).toEqual(expected);
  });
  it('leaves "11.30" a time when nothing says it is a date', () => {
    expect(starts('Am Freitag, 27. November um 11.30 bei uns.', 'de', 'Europe/Berlin')).toEqual(['2026-11-27T10:30:00.000Z 60']);
  });
});

describe('Latin American times: "hora de Bogotá" (a place ending in an accent), "3:00 p. m." with a space', () => {
  it.each([
    ['es', 'martes 17/11/2026\nHora: de 3:00 p. m. a 3:45 p. m. (hora de Bogotá)', 'America/Mexico_City', ['2026-11-17T20:00:00.000Z -300']],
    ['es', 'Te propongo el miércoles 18 de noviembre, 9:00 a. m. (hora de Bogotá)', 'America/Mexico_City', ['2026-11-18T14:00:00.000Z -300']],
    ['en', 'Thursday, November 19, from 9:00 AM to 1:00 PM Bogotá time', 'America/Mexico_City', ['2026-11-19T14:00:00.000Z -300']],
  ])('%s: %s', (language, text, zone, expected) => {
    expect(starts(text, language as TextLanguage, zone)).toEqual(expected);
  });
});

describe('a range of bare hours before the zone it is said in ("de 10 a 11 (hora peninsular)")', () => {
  it.each([
    ['es', 'el jueves 12 de noviembre de 10 a 11 (hora peninsular).', 'Europe/Warsaw', ['2026-11-12T09:00:00.000Z 60 → 2026-11-12T10:00:00.000Z']],
    ['es', 'el jueves 12 de noviembre, de 16 a 17 hora de Canarias.', 'Europe/Warsaw', ['2026-11-12T16:00:00.000Z 0 → 2026-11-12T17:00:00.000Z']],
  ])('%s: %s', (language, text, zone, expected) => {
    expect(findProseSlots(text, language as TextLanguage, REFERENCE, { zone }).map((s) => `${s.start.instant.toISOString()} ${s.start.offsetMinutes} → ${s.end?.instant.toISOString()}`)).toEqual(expected);
  });
});

describe('times said loosely, as small employers write them', () => {
  it.each([
    // 2 November 2026 is a Monday.
    ['en', 'Could you pop in next Tuesday at half past ten?', '2026-11-10T09:30:00.000Z 60'],
    ['en', 'Shall we say Thursday 5 November at a quarter to three?', '2026-11-05T13:45:00.000Z 60'],
    ['en', 'Come by on Friday 6 November at half ten?', '2026-11-06T09:30:00.000Z 60'],
    // "the morning of" a date is no casual "this morning": the date after it stands.
    ['en', 'The assessment will take place on the morning of Wednesday 11th November from 9.30am to 12.30pm.', '2026-11-11T08:30:00.000Z 60'],
    // The full stop that ends the sentence is not the dot of "2.30".
    ['en', 'We would like to speak to you on Tuesday 10th November at half past two. Graham will call you.', '2026-11-10T13:30:00.000Z 60'],
    // A weekday and the part of the day in one word.
    ['nl', 'Kun je donderdagochtend rond half negen even langskomen?', '2026-11-05T07:30:00.000Z 60'],
    ['de', 'Passt es Ihnen Dienstagnachmittag um 15 Uhr?', '2026-11-03T14:00:00.000Z 60'],
    // "so gegen" is "about", not Sonntag.
    ['de', 'Passt es Ihnen am Donnerstag so gegen 14 Uhr?', '2026-11-05T13:00:00.000Z 60'],
    ['it', 'Ti va di passare giovedì 12 novembre verso le 11?', '2026-11-12T10:00:00.000Z 60'],
    ['fr', 'Vous pourriez passer jeudi 5 novembre vers 15h ?', '2026-11-05T14:00:00.000Z 60'],
  ])('%s: %s', (language, text, start) => {
    expect(starts(text, language as TextLanguage)[0]).toBe(start);
  });

  it.each([
    // Hours in words, after an hour's word or article (from 1 to 6 without am or pm, the afternoon's).
    ['nl', 'Heb je zin om donderdag 5 november rond drie uur langs te komen?', '2026-11-05T14:00:00.000Z 60'],
    ['de', 'Passt Ihnen Freitag, 6. November, um drei Uhr?', '2026-11-06T14:00:00.000Z 60'],
    ['fr', 'Passez jeudi 5 novembre vers trois heures.', '2026-11-05T14:00:00.000Z 60'],
    ['es', '¿Te va bien el jueves 5 de noviembre a las cinco?', '2026-11-05T16:00:00.000Z 60'],
    ['it', 'Ci vediamo giovedì 5 novembre alle tre?', '2026-11-05T14:00:00.000Z 60'],
    ['pt', 'Pode vir na quinta-feira, 5 de novembro, às três?', '2026-11-05T15:00:00.000Z 0'],
    ['pl', 'Czy może Pani przyjść w czwartek 5 listopada o trzeciej?', '2026-11-05T14:00:00.000Z 60'],
    // An hour said roughly, in digits.
    ['pl', 'Czy mogłaby Pani przyjść w czwartek 5 listopada koło 10?', '2026-11-05T09:00:00.000Z 60'],
    ['nl', 'Kun je donderdag 5 november langskomen, rond 3?', '2026-11-05T14:00:00.000Z 60'],
    ['en', 'Could you come by on Thursday 5 November, around 4?', '2026-11-05T15:00:00.000Z 60'],
    // …and the clause going on after a conjunction.
    ['en', 'Would you call out Thursday 5 November around 4 and I will show you round?', '2026-11-05T15:00:00.000Z 60'],
    ['de', 'Kommen Sie am Donnerstag, 5. November, gegen 3 und ich zeige Ihnen alles.', '2026-11-05T14:00:00.000Z 60'],
    // …or as the hour to come after.
    ['en', 'Could you come in Thursday 5 November after 2?', '2026-11-05T13:00:00.000Z 60'],
    ['de', 'Passt es am Donnerstag, 5. November, nach 2?', '2026-11-05T13:00:00.000Z 60'],
    ['it', 'Passi giovedì 5 novembre dopo le 3?', '2026-11-05T14:00:00.000Z 60'],
    // …or what it is for after it ("pra gente conversar"); the shop's hours over a range of weekdays are no slot.
    ['pt', 'Precisamos de alguém pro caixa, de terça a sábado, das 7h às 15h. Consegue passar aqui na quinta, 5 de novembro, lá pelas 10 pra gente conversar?', '2026-11-05T10:00:00.000Z 0'],
  ])('%s: %s', (language, text, start) => {
    const zone = language === 'pt' ? 'Europe/Lisbon' : undefined;
    expect(starts(text, language.slice(0, 2) as TextLanguage, zone)[0]).toBe(start);
  });

  it('a duration in hours is no time ("het gesprek duurt twee uur", "deux heures d’entretien"), nor a count ("about 5")', () => {
    expect(starts('Donderdag 5 november: het gesprek duurt twee uur.', 'nl')).toEqual([]);
    expect(starts('Jeudi 5 novembre : deux heures d’entretien.', 'fr')).toEqual([]);
    expect(starts('On Thursday 5 November we are a team of about 5.', 'en')).toEqual([]);
    expect(starts('Convocada no dia 12 de janeiro de 2027, pelas 10h30.', 'pt', 'Europe/Lisbon')[0]).toBe('2027-01-12T10:30:00.000Z 0');
  });

  it('the one day the mail names, with the one time its postscript gives', () => {
    const text = 'C’est Michèle, on s’est parlé au téléphone lundi. Je cherche quelqu’un du jeudi au samedi, de 18h à la fermeture.\n\nPassez chez nous vendredi, on en parle autour d’un café.\n\nP.S. Vers 16h c’est le mieux.';
    // 2 November 2026 is a Monday: Friday is 6 November.
    expect(starts(text, 'fr')).toEqual(['2026-11-06T15:00:00.000Z 60']);
    expect(starts('Come by on Friday if you can.\n\nPS: around 4pm suits us best.', 'en')).toEqual(['2026-11-06T15:00:00.000Z 60']);
  });
  it('no postscript, or two days named: no slot rather than a guess', () => {
    expect(starts('Passez chez nous vendredi. Vers 16h ou 17h on verra.', 'fr')).not.toContain('2026-11-06T15:00:00.000Z 60');
    expect(starts('Passez jeudi ou vendredi.\n\nP.S. Vers 16h c’est le mieux.', 'fr')).toEqual([]);
  });

  it('opening hours on the 24-hour clock are a window, not an evening half hour ("du mardi au dimanche 6h30-19h")', () => {
    expect(starts('Passez demain à 15h.\n\nOuvert du mardi au dimanche 6h30-19h · 010 24 68 13', 'fr')).toEqual(['2026-11-03T14:00:00.000Z 60']);
  });

  it('Dutch "half 10" is no English "half ten" (it is half past nine, and not rewritten)', () => {
    expect(starts('Kun je dinsdag 10 november om half 10 langskomen?', 'nl')[0]).not.toBe('2026-11-10T09:30:00.000Z 60');
  });
});

describe('a word ending in "by" or "do" after a non-English letter is no deadline ("pasowałby czwartek" is no "by Thursday")', () => {
  it('pl', () => {
    expect(starts('Czy pasowałby Panu czwartek 14.01 o 9? Alternatywnie piątek 15.01 o 13:00.', 'pl', 'Europe/Warsaw')).toEqual(['2027-01-14T08:00:00.000Z 60', '2027-01-15T12:00:00.000Z 60']);
  });
  it('an English deadline stays one', () => expect(starts('Please send your case study by Friday 13 November at 5 pm.', 'en', 'Europe/London')).toEqual([]));
});

describe('a weekday a week on, as British English says it', () => {
  // Written on Monday 2 November 2026: "Tuesday" is the 3rd, "Tuesday week" the 10th.
  it.each([
    ['Could you pop round to the yard Tuesday week at 2 for a chat?', ['2026-11-10T14:00:00.000Z 0']],
    ['How about a week on Tuesday at 2pm?', ['2026-11-10T14:00:00.000Z 0']],
    ['Tuesday after next at 2pm works for us.', ['2026-11-10T14:00:00.000Z 0']],
    ['Monday at 10 or Tuesday week at 2pm?', ['2026-11-09T10:00:00.000Z 0', '2026-11-10T14:00:00.000Z 0']],
    ['Tuesday next week at 2pm?', ['2026-11-10T14:00:00.000Z 0']],
    ['Tuesday at 2pm, in week 3 of the project.', ['2026-11-03T14:00:00.000Z 0']],
  ])('%s', (text, want) => expect(starts(text, 'en', 'Europe/London')).toEqual(want));
});

describe('"this Friday or the next one": two days a week apart, at the same time', () => {
  // Written on Monday 2 November 2026: this Friday is the 6th.
  it.each([
    ['en', 'This Friday or the next one, around 4pm, both work for me.', 'Europe/London', ['2026-11-06T16:00:00.000Z 0', '2026-11-13T16:00:00.000Z 0']],
    ['fr', 'Ce vendredi ou le suivant, vers 16h ?', 'Europe/Paris', ['2026-11-06T15:00:00.000Z 60', '2026-11-13T15:00:00.000Z 60']],
    ['de', 'Diesen oder nächsten Freitag gegen 16 Uhr?', 'Europe/Berlin', ['2026-11-06T15:00:00.000Z 60', '2026-11-13T15:00:00.000Z 60']],
    ['es', '¿Este viernes o el siguiente, sobre las 16:00?', 'Europe/Madrid', ['2026-11-06T15:00:00.000Z 60', '2026-11-13T15:00:00.000Z 60']],
    ['nl', 'Deze vrijdag of de volgende, rond 16:00?', 'Europe/Amsterdam', ['2026-11-06T15:00:00.000Z 60', '2026-11-13T15:00:00.000Z 60']],
  ])('%s', (language, text, zone, want) => expect(starts(text, language as TextLanguage, zone)).toEqual(want));
  it('"or next week" is no second day', () => expect(starts('Friday at 4pm, or next week if you prefer.', 'en', 'Europe/London')).toEqual(['2026-11-06T16:00:00.000Z 0']));
});

describe('a half or a quarter of an hour in words (Dutch and German halves are half an hour BEFORE the hour)', () => {
  it.each([
    ['nl', 'Schikt donderdag 12 november om half drie?', '2026-11-12T13:30:00.000Z 60'],
    ['nl', 'Donderdag 12 november om kwart voor tien.', '2026-11-12T08:45:00.000Z 60'],
    ['de', 'Passt Ihnen Donnerstag, 12. November, um halb drei?', '2026-11-12T13:30:00.000Z 60'],
    ['de', 'Donnerstag, 12. November, um Viertel nach zwei.', '2026-11-12T13:15:00.000Z 60'],
    ['fr', 'Jeudi 12 novembre à deux heures et demie.', '2026-11-12T13:30:00.000Z 60'],
    ['fr', 'Jeudi 12 novembre à dix heures moins le quart.', '2026-11-12T08:45:00.000Z 60'],
    ['es', 'El jueves 12 de noviembre a las dos y media.', '2026-11-12T13:30:00.000Z 60'],
    ['it', 'Giovedì 12 novembre alle 10 e un quarto.', '2026-11-12T09:15:00.000Z 60'],
    ['pt', 'Quinta-feira, 12 de novembro, às duas e meia.', '2026-11-12T13:30:00.000Z 60'],
    ['pl', 'W czwartek 12 listopada o wpół do trzeciej.', '2026-11-12T13:30:00.000Z 60'],
    ['pl', 'Piątek 13 listopada, kwadrans po dziewiątej.', '2026-11-13T08:15:00.000Z 60'],
  ])('%s: %s', (language, text, start) => expect(starts(text, language as TextLanguage, 'Europe/Berlin')).toEqual([start]));
  it('"een half uur" is a duration, no time', () => expect(starts('Het duurt een half uur, donderdag 12 november om 10:00.', 'nl', 'Europe/Berlin')).toEqual(['2026-11-12T09:00:00.000Z 60']));
});

describe('the day after tomorrow in Spanish, Portuguese and Dutch', () => {
  // Written on Monday 2 November 2026: the day after tomorrow is Wednesday the 4th.
  it.each([
    ['es', '¿Te viene bien pasado mañana a las 11?'],
    ['pt', 'Pode depois de amanhã às 11h?'],
    ['nl', 'Kun je overmorgen om 11 uur?'],
    ['de', 'Können Sie übermorgen um 11 Uhr?'],
  ])('%s', (language, text) => expect(starts(text, language as TextLanguage, 'Europe/Berlin')).toEqual(['2026-11-04T10:00:00.000Z 60']));
  it('tomorrow stays tomorrow', () => expect(starts('¿Te viene bien mañana a las 11?', 'es', 'Europe/Berlin')).toEqual(['2026-11-03T10:00:00.000Z 60']));
});

describe('a German hour in words without "Uhr" after a time word', () => {
  it.each([
    ['Kommen Sie doch morgen Nachmittag so gegen drei bei uns vorbei.', ['2026-11-03T14:00:00.000Z 60']],
    ['Komm doch am Samstag so ab neun.', ['2026-11-07T08:00:00.000Z 60']],
    ['Passt Ihnen Donnerstag um zehn?', ['2026-11-05T09:00:00.000Z 60']],
  ])('%s', (text, want) => expect(starts(text, 'de', 'Europe/Berlin')).toEqual(want));
  it('a count is no hour ("um drei Tage verschieben")', () => expect(starts('Wir müssen das Gespräch um drei Tage verschieben.', 'de', 'Europe/Berlin')).toEqual([]));
});

describe('no weekday read out of a longer word (chrono ends words at an ASCII boundary)', () => {
  // "früh" holds "fr" (Friday) before the ü, which chrono's word end takes for a boundary.
  it('German "Dienstag früh" is Tuesday', () => expect(starts('Kommen Sie doch am Dienstag früh vorbei, so um halb acht.', 'de', 'Europe/Berlin')).toEqual(['2026-11-03T06:30:00.000Z 60']));
});

describe('German and Dutch spoken times: the minutes after the clock word', () => {
  it.each([
    ['de', 'Passt es Ihnen am Donnerstag um 9 Uhr 30?', ['2026-11-05T08:30:00.000Z 60']],
    ['nl', 'Kan je donderdag om 9 uur 30?', ['2026-11-05T08:30:00.000Z 60']],
  ])('%s: %s', (language, text, want) => expect(starts(text, language as TextLanguage, 'Europe/Berlin')).toEqual(want));
  it('a duration in minutes is no clock time', () => expect(starts('Das Gespräch am Donnerstag um 9 Uhr dauert 30 Minuten.', 'de', 'Europe/Berlin')).toEqual(['2026-11-05T08:00:00.000Z 60']));
});

describe('"for you" before another offered time is no restatement of the first', () => {
  it('"If the afternoon is awkward for you, Friday … would also work" is a second slot', () => {
    expect(starts('Could we do Thursday the 5th at half past two? If the afternoon is awkward for you, Friday the 6th at quarter to ten would also work.', 'en', 'Europe/London')).toHaveLength(2);
  });
  it('"on Thursday at 15:00, for you that is 16:00" still restates it', () => {
    expect(starts('The interview is on Thursday the 5th at 15:00 London time, for you that is 16:00.', 'en', 'Europe/London')).toHaveLength(1);
  });
});

describe('a Polish deadline label ("Termin wykonania: do …") gives no slot', () => {
  it('pl', () => expect(starts('Termin wykonania: do 17 marca 2027 r., godz. 23:59', 'pl', 'Europe/Warsaw')).toEqual([]));
});


describe('a word for "now" is the mail’s own moment, never between a date row and its time row', () => {
  it.each([
    ['Data: martedì 10 novembre 2026\nOra: dalle 11:00 alle 11:45', 'it', '2026-11-10T10:00:00.000Z 60'],
    ['Datum: dinsdag 10 november 2026\nNu gepland: 11:00', 'nl', '2026-11-10T10:00:00.000Z 60'],
    ['Date: Tuesday 10 November 2026\nNow at 11:00', 'en', '2026-11-10T10:00:00.000Z 60'],
  ] as const)('%j', (text, language, start) => {
    expect(starts(text, language)).toEqual([start]);
  });
});

describe('a second day at "the same time"', () => {
  it.each([
    ['en', 'Could you come by Thursday 12 November at 8 for a chat? If that’s too early, Friday 13 November same time works as well.', ['2026-11-12T07:00:00.000Z 60', '2026-11-13T07:00:00.000Z 60']],
    ['de', 'Passt Ihnen Donnerstag, 12. November, um 9:30? Sonst gern Freitag, 13. November, zur gleichen Zeit.', ['2026-11-12T08:30:00.000Z 60', '2026-11-13T08:30:00.000Z 60']],
    ['fr', 'Jeudi 12 novembre à 10h30 ? Sinon vendredi 13 novembre à la même heure.', ['2026-11-12T09:30:00.000Z 60', '2026-11-13T09:30:00.000Z 60']],
    ['it', 'Giovedì 12 novembre alle 15? Altrimenti venerdì 13 novembre alla stessa ora.', ['2026-11-12T14:00:00.000Z 60', '2026-11-13T14:00:00.000Z 60']],
  ])('%s: %s', (language, text, expected) => expect(starts(text, language as TextLanguage, 'Europe/Berlin').sort()).toEqual(expected));
  it('is nothing without a time before it', () => expect(starts('We will all join at the same time on Thursday.', 'en', 'Europe/Berlin')).toEqual([]));
  it('"if that’s too early" judges the time before, it restates none', () =>
    expect(starts('Thursday 12 November at 8? If that is too early, Friday 13 November at 9:00 works as well.', 'en', 'Europe/Berlin').sort()).toEqual(['2026-11-12T07:00:00.000Z 60', '2026-11-13T08:00:00.000Z 60']));
});

describe('a day without digits in a question, then a list of times under a colon', () => {
  it('puts each listed time on that day, across the blank line before the list', () => {
    const text = 'Would next Tuesday work? I have a few openings:\n\n- noon\n- half past two\n- 3pm\n';
    expect(starts(text, 'en', 'Europe/Berlin')).toEqual(['2026-11-10T11:00:00.000Z 60', '2026-11-10T13:30:00.000Z 60', '2026-11-10T14:00:00.000Z 60']);
  });
  it('not across a full stop', () => expect(starts('We are closed next Tuesday. Our hours:\n\n- 9:00\n- 17:00\n', 'en', 'Europe/Berlin')).toEqual([]));
});

describe('a departure is no interview time, and a bare hour with am/pm after a date', () => {
  it.each([
    ['en', 'Thursday 12 November, 09:30 – 13:30. They will cover a hotel for the Wednesday night if you would rather not get the 6am out of Heathrow.'],
    ['en', 'Thursday 12 November, 09:30 – 13:30. The 7:15 train from Leeds gets you there in time.'],
    ['fr', 'Jeudi 12 novembre, 9h30 – 13h30. Le train de 6h45 arrive à temps.'],
  ])('keeps only the interview (%s)', (language, text) => expect(starts(text, language as TextLanguage, 'Europe/Berlin')).toEqual(['2026-11-12T08:30:00.000Z 60']));
  it.each([
    ['es', 'Jueves 12 de noviembre, 10 a. m.'],
    ['pt', 'Quinta-feira, 12 de novembro, 10 a.m.'],
    ['en', 'Thursday 12 November, 10am'],
  ])('reads "10 a. m." after a date (%s)', (language, text) => expect(starts(text, language as TextLanguage, 'Europe/Berlin')).toEqual(['2026-11-12T09:00:00.000Z 60']));
});

describe('noon in words, in the eight languages', () => {
  it.each([
    ['es', 'El sábado 14 de noviembre a mediodía.'],
    ['pt', 'Sábado, 14 de novembro, ao meio-dia.'],
    ['it', 'Sabato 14 novembre a mezzogiorno.'],
    ['fr', 'Samedi 14 novembre à midi.'],
    ['de', 'Samstag, 14. November, gegen Mittag.'],
    ['nl', 'Zaterdag 14 november rond de middag?'],
    ['pl', 'W sobotę 14 listopada w południe.'],
    ['en', 'Saturday 14 November at noon.'],
  ])('%s: %s', (language, text) => expect(starts(text, language as TextLanguage, 'Europe/Berlin')).toEqual(['2026-11-14T11:00:00.000Z 60']));
  it('"cet après-midi" is no noon', () => expect(starts('Samedi 14 novembre cet après-midi à 15h.', 'fr', 'Europe/Berlin')).toEqual(['2026-11-14T14:00:00.000Z 60']));
  it('"zelfde uur" on a second day', () => expect(starts('Zaterdag 14 november om 10:00? Anders maandag 16 november zelfde uur.', 'nl', 'Europe/Berlin').sort()).toEqual(['2026-11-14T09:00:00.000Z 60', '2026-11-16T09:00:00.000Z 60']));
});

describe('a long day to keep free is one interview, not a window to choose in', () => {
  it('"please keep all of it free:" then the day from 9:30 to 16:00', () =>
    expect(starts('The day is fairly full, so please keep all of it free:\n\nThursday, 19 November 2026, 09:30 – 16:00 GMT', 'en', 'Europe/London')).toEqual(['2026-11-19T09:30:00.000Z 0']));
  it('"I am free" still offers a window', () => expect(starts('I am free on Thursday, 19 November 2026, 09:00 – 16:00, call me whenever.', 'en', 'Europe/London')).toEqual([]));
  it('"sábado" is one day, not "sáb a do" (Saturday to Thursday): a trial day proposed on it is the interview', () =>
    expect(starts('Propomos o sábado, 8 de maio de 2027, das 10h00 às 17h00.', 'pt', 'Europe/Lisbon')).toEqual(['2027-05-08T09:00:00.000Z 60']));
  it('a range of weekdays still makes it a window', () => expect(starts('Estamos disponíveis de segunda a sexta, das 9h às 18h.', 'pt', 'Europe/Lisbon')).toEqual([]));
});

describe('the zone of the interview\'s place, not of the reader\'s or a street\'s', () => {
  it.each([
    ['the place the reader travels from', 'A entrevista decorrerá nas nossas instalações em Guimarães. Sabemos que vem de Amesterdão; o aeroporto mais próximo é o do Porto.', 'Europe/Lisbon'],
    ['the reader\'s trip, in English', 'We will cover your trip from Amsterdam. The interview is at our Lisbon office.', 'Europe/Lisbon'],
    ['an avenue named like a city, before the postcode line', 'em nosso escritório na Faria Lima.\n\nAv. Brigadeiro Faria Lima, 2417 – 4º andar\nJardim Paulistano, São Paulo – SP, 01452-910', 'America/Sao_Paulo'],
    ['a street named like a city on the postcode line', 'presso la nostra sede.\n\nCi trova in Via del Porto 28/A, 40122 Bologna, al secondo piano.', 'Europe/Rome'],
  ])('%s', (_what, text, zone) => expect(zoneOfPlaceIn(text)).toBe(zone));
});

describe('a meeting moved to another day "at the same time", the first time far above', () => {
  const filler = 'Am Gespräch nehmen Herr Vogt (Teamleiter Netzplanung) und ich teil; planen Sie bitte rund 45 Minuten ein.\nZur Besprechung gelangen Sie über diesen Link:\nhttps://teams.example/l/meetup-join/19%3Ameeting_SLV2027Q1%40thread.v2/0\n';
  it('is the new day at the old time, and the old day is gone', () =>
    expect(starts(`Als Termin schlagen wir Donnerstag, 5. November, um halb drei vor. ${filler}Nachtrag: Herr Vogt hat mir soeben mitgeteilt, dass er am Donnerstag kurzfristig auf Dienstreise muss. Wir verlegen das Gespräch daher auf Freitag, den 6. November, zur gleichen Uhrzeit. Der Link bleibt unverändert.`, 'de')).toEqual(['2026-11-06T13:30:00.000Z 60']));
});

describe('a Mexico City neighbourhood named after Rome', () => {
  it('"Roma Norte, Cuauhtémoc, CDMX" is Mexico City', () => expect(zoneOfPlaceIn('Calle Orizaba 112, local 3\nRoma Norte, Cuauhtémoc, CDMX')).toBe('America/Mexico_City'));
  it('"Roma" alone is still Rome', () => expect(zoneOfPlaceIn('Via del Corso 12, 00186 Roma')).toBe('Europe/Rome'));
});

describe('a second time offered after a time joined to its day across a colon', () => {
  it.each([
    ['pt', 'Tenho dois horários na sexta-feira, 4/12: às 9h ou às 11h.', 'America/Sao_Paulo', ['2026-12-04T12:00:00.000Z -180', '2026-12-04T14:00:00.000Z -180']],
    ['es', 'Tengo dos horarios el viernes 4/12: a las 9 o a las 11.', 'Europe/Madrid', ['2026-12-04T08:00:00.000Z 60', '2026-12-04T10:00:00.000Z 60']],
    ['fr', "J'ai deux créneaux vendredi 4 décembre : à 9h ou à 11h.", 'Europe/Paris', ['2026-12-04T08:00:00.000Z 60', '2026-12-04T10:00:00.000Z 60']],
  ])('%s: %s', (language, text, zone, expected) => {
    expect(starts(text, language as TextLanguage, zone)).toEqual(expected);
  });
});

describe('two days offered with "or", then one time row', () => {
  it.each([
    ['nl', '- Datum: naar keuze donderdag 10 december of vrijdag 11 december\n- Tijd: 9:30 – 14:00 uur', 'Europe/Amsterdam', ['2026-12-10T08:30:00.000Z 60', '2026-12-11T08:30:00.000Z 60']],
    ['en', 'Date: Thursday 10 December or Friday 11 December\nTime: 9:30 to 14:00', 'Europe/London', ['2026-12-10T09:30:00.000Z 0', '2026-12-11T09:30:00.000Z 0']],
  ])('%s: both days at that time', (language, text, zone, expected) => {
    expect(starts(text, language as TextLanguage, zone)).toEqual(expected);
  });
});
