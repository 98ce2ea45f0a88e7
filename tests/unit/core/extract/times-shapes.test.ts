/**
 * Interview times by shape (issue #13, class 6), with examples written for these tests: clock times as
 * the languages write them ("14 h 30", "16h", "14.30 Uhr", "10 uur"), ranges with their words ("de 9:00 a
 * 10:00", "das 14h às 15h", "dalle 9.30 alle 11", "between 2 and 4pm"), zones named by a city, region or
 * country, relative days and a day on one line with its time on the next, day-first and month-first
 * numeric dates, weekday abbreviations, and a time restated in the reader's zone (no second slot).
 */
import { describe, expect, it } from 'vitest';
import { toIsoWithOffset } from '../../../../functions/core/extract/extract.js';
import { findProseSlots } from '../../../../functions/core/extract/times.js';
import type { TextLanguage } from '../../../../functions/core/extract/language.js';

/** Sent on Tuesday 2 March 2027, 10:00 UTC. */
const REFERENCE = { instant: new Date('2027-03-02T10:00:00Z'), offsetMinutes: 0 };
function slots(text: string, language: TextLanguage, zone: string): string[] {
  return findProseSlots(text, language, REFERENCE, { zone }).map((s) => `${toIsoWithOffset(s.start.instant, s.start.offsetMinutes)}${s.end ? `..${toIsoWithOffset(s.end.instant, s.end.offsetMinutes).slice(11, 16)}` : ''}`);
}

describe('clock times and ranges as the languages write them', () => {
  it.each([
    ['fr', 'Je vous propose jeudi 11 mars à 14 h 30.', 'Europe/Paris', ['2027-03-11T14:30:00+01:00']],
    ['fr', 'Créneaux : lundi 8 mars 10h-11h ou mardi 9 mars 15h-16h.', 'Europe/Paris', ['2027-03-08T10:00:00+01:00..11:00', '2027-03-09T15:00:00+01:00..16:00']],
    ['fr', 'Disponibilités : mer. 10/03 à 11h', 'Europe/Paris', ['2027-03-10T11:00:00+01:00']],
    ['es', 'La entrevista será el jueves 11 de marzo de 10:00 a 11:00 h.', 'Europe/Madrid', ['2027-03-11T10:00:00+01:00..11:00']],
    ['es', 'Opciones: martes 9 de marzo de 12:00 a 13:00, o miércoles 10 de marzo de 16 a 17 h.', 'America/Mexico_City', ['2027-03-09T12:00:00-06:00..13:00', '2027-03-10T16:00:00-06:00..17:00']],
    ['es', 'Te espero el viernes 12 a las 15 hs.', 'America/Argentina/Buenos_Aires', ['2027-03-12T15:00:00-03:00']],
    ['pt', 'Podemos conversar na quinta-feira, 11/03, das 14h às 15h?', 'America/Sao_Paulo', ['2027-03-11T14:00:00-03:00..15:00']],
    ['pt', '• terça-feira, 9 de março, 14h00–15h00\n• quarta-feira, 10 de março, 10h00–11h00', 'Europe/Lisbon', ['2027-03-09T14:00:00+00:00..15:00', '2027-03-10T10:00:00+00:00..11:00']],
    ['it', 'Il colloquio si terrà giovedì 11 marzo dalle 9.30 alle 11.', 'Europe/Rome', ['2027-03-11T09:30:00+01:00..11:00']],
    ['de', 'Vorschlag: Mo., 8.3., 10 Uhr oder Di., 9.3., 14 Uhr', 'Europe/Berlin', ['2027-03-08T10:00:00+01:00', '2027-03-09T14:00:00+01:00']],
    ['nl', 'op donderdag 11-03-2027 van 13:30 tot 14:15', 'Europe/Amsterdam', ['2027-03-11T13:30:00+01:00..14:15']],
    ['pl', 'Termin: śr., 10.03, godz. 9:00', 'Europe/Warsaw', ['2027-03-10T09:00:00+01:00']],
    ['ja', '3月10日（水曜日）午後2時から', 'Asia/Tokyo', ['2027-03-10T14:00:00+09:00']],
    ['en', 'How about Wednesday 3/10 between 2 and 4pm ET?', 'America/New_York', ['2027-03-10T14:00:00-05:00..16:00']],
    ['en', 'The interview is at 14:30h on 11 March.', 'Europe/London', ['2027-03-11T14:30:00+00:00']],
    ['de', 'am 11.03. um 14.30h', 'Europe/Berlin', ['2027-03-11T14:30:00+01:00']],
    ['it', 'giovedì 11 marzo, ore 10', 'Europe/Rome', ['2027-03-11T10:00:00+01:00']],
    ['nl', 'donderdag 11 maart om 10u30', 'Europe/Brussels', ['2027-03-11T10:30:00+01:00']],
    ['nl', 'woensdag 10 maart 2027 van 9u tot 10u', 'Europe/Brussels', ['2027-03-10T09:00:00+01:00..10:00']],
    ['nl', 'Datum: donderdag 11 maart 2027\nUur: tussen 14u en 15u', 'Europe/Brussels', ['2027-03-11T14:00:00+01:00..15:00']],
  ])('%s: %s', (language, text, zone, expected) => {
    expect(slots(text, language as TextLanguage, zone)).toEqual(expected);
  });
});

describe('relative days, and a day with its time on the next line or sentence', () => {
  it.each([
    ['de', 'Hätten Sie morgen\num 10 Uhr Zeit?', 'Europe/Berlin', ['2027-03-03T10:00:00+01:00']],
    ['nl', 'Zou morgen om 10 uur passen?', 'Europe/Amsterdam', ['2027-03-03T10:00:00+01:00']],
    ['pl', 'Czy pasuje jutro o 12:00?', 'Europe/Warsaw', ['2027-03-03T12:00:00+01:00']],
    ['pt', 'A entrevista será amanhã às 15h30.', 'Europe/Lisbon', ['2027-03-03T15:30:00+00:00']],
    ['en', 'Would Thursday afternoon work? We have 2–2:45pm blocked.', 'America/Chicago', ['2027-03-04T14:00:00-06:00..14:45']],
    // "next Tuesday" written on a Tuesday is a week away.
    ['pt', 'Pode ser na próxima terça às 10h?', 'Europe/Lisbon', ['2027-03-09T10:00:00+00:00']],
    ['pl', 'Czy pasuje w przyszły wtorek o 10?', 'Europe/Warsaw', ['2027-03-09T10:00:00+01:00']],
    ['en', 'Our office is closed on Monday. Interviews run 9:00–17:00.', 'Europe/London', []],
    // a dated day and its time apart in one sentence of words: the time is that day's
    ['it', 'La aspettiamo giovedì 11 marzo presso la nostra sede storica del Lungomare Caracciolo, piano terra, dalle 9 alle 12.', 'Europe/Rome', ['2027-03-11T09:00:00+01:00..12:00']],
    ['en', 'Join us on Thursday 11 March at our training centre by the old harbour, next to the ferry terminal, from 9:00 to 12:00.', 'Europe/London', ['2027-03-11T09:00:00+00:00..12:00']],
    // …never across a full stop, nor past another figure
    ['en', 'We met on Thursday 11 March at our training centre by the old harbour. The office opens at 9am.', 'Europe/London', []],
  ])('%s: %s', (language, text, zone, expected) => {
    expect(slots(text, language as TextLanguage, zone)).toEqual(expected);
  });
});

describe('zones named by a city, a region or a country', () => {
  it.each([
    ['fr', 'Seriez-vous disponible le mercredi 10 mars, de 9 h à 10 h (heure de Montréal) ?', ['2027-03-10T09:00:00-05:00..10:00']],
    ['en', 'Monday, March 8 at 9:00 AM Toronto time.', ['2027-03-08T09:00:00-05:00']],
    ['en', 'Tuesday, March 9 at 10:00 AM Central time, or Wednesday, March 10 at 1:30 PM Central time.', ['2027-03-09T10:00:00-06:00', '2027-03-10T13:30:00-06:00']],
    ['de', 'Termin: Mittwoch, 10. März 2027\nUhrzeit: 9:00 bis 10:30 Uhr (Wiener Zeit)', ['2027-03-10T09:00:00+01:00..10:30']],
    ['es', 'El jueves 11 de marzo a las 10:00 (hora de Chile).', ['2027-03-11T10:00:00-03:00']],
    ['pt', 'quinta-feira, 11 de março, às 10h (hora de Lisboa)', ['2027-03-11T10:00:00+00:00']],
    ['en', 'Thursday 11 March, 15:00 (Europe/Berlin)', ['2027-03-11T15:00:00+01:00']],
  ])('%s: %s', (language, text, expected) => {
    expect(slots(text, language as TextLanguage, 'Asia/Tokyo')).toEqual(expected);
  });
});

describe('numeric dates', () => {
  it('reads English numeric dates day-first outside the Americas and month-first in them', () => {
    expect(slots('Interview date: 11/03/2027 at 14:00', 'en', 'Europe/London')).toEqual(['2027-03-11T14:00:00+00:00']);
    expect(slots('Interview date: 03/11/2027 at 2:00 PM', 'en', 'America/New_York')).toEqual(['2027-03-11T14:00:00-05:00']);
  });
});

describe('a time restated in the reader’s zone is no second slot', () => {
  it.each([
    ['en', 'The call is Thursday, March 11 at 11:00 AM Central time (that’s noon for you in New York).', ['2027-03-11T11:00:00-06:00']],
    ['en', 'Interview: Thursday 11 March, 3pm UK time (10am Eastern).', ['2027-03-11T15:00:00+00:00']],
    ['en', 'We meet on Friday, March 12 from 9:00 AM to 10:00 AM PT, so that is 5:00 PM to 6:00 PM your time.', ['2027-03-12T09:00:00-08:00..10:00']],
    ['pt', 'Nova data: quinta-feira, 11/03, das 15h às 16h (horário de Brasília). Pra você, em Lisboa, fica das 18h às 19h.', ['2027-03-11T15:00:00-03:00..16:00']],
  ])('%s: %s', (language, text, expected) => {
    expect(slots(text, language as TextLanguage, 'Europe/London')).toEqual(expected);
  });
});

describe('times of the past are no slot', () => {
  it.each([
    ['en', 'Following our call on 1 March at 10:00, I’d like to invite you to a second interview on Tuesday 9 March at 14:00.', ['2027-03-09T14:00:00+00:00']],
    ['en', 'Thanks for the chat on Monday 1 March at 10:00. Could you do Tuesday 9 March at 14:00?', ['2027-03-09T14:00:00+00:00']],
    ['de', 'Vielen Dank für das Gespräch am 1. März um 10 Uhr. Gerne laden wir Sie am 9. März um 14 Uhr ein.', ['2027-03-09T14:00:00+00:00']],
    // A day and month that have passed (chrono would move them to next year): no time rather than a wrong one.
    ['en', 'Could you do 25 February at 14:00?', []],
  ])('%s: %s', (language, text, expected) => {
    expect(slots(text, language as TextLanguage, 'Europe/London')).toEqual(expected);
  });
});

describe('an event’s time is no slot beside the interview’s', () => {
  it('reads a time listed under a line that introduces an event as the event’s', () => {
    const text = 'Votre entretien aura lieu le lundi 15 mars à 10h.\n\nNous vous invitons aussi à notre journée portes ouvertes :\n📅 samedi 13 mars, de 10h à 14h';
    expect(slots(text, 'fr', 'Europe/Paris')).toEqual(['2027-03-15T10:00:00+01:00']);
  });
});

describe('a date, a sentence ending in a colon, then the times listed one per line: each time on that date', () => {
  it.each([
    ['en', 'Could we meet on Thursday 11 March instead? Any of these would suit us:\n\n  - 09:30 – 10:15\n  - 14:00 – 14:45', ['2027-03-11T09:30:00+00:00..10:15', '2027-03-11T14:00:00+00:00..14:45']],
    ['de', 'Können wir auf Donnerstag, 11. März ausweichen? Folgende Zeiten wären möglich:\n\n- 9:30 – 10:15 Uhr\n- 14:00 – 14:45 Uhr', ['2027-03-11T09:30:00+01:00..10:15', '2027-03-11T14:00:00+01:00..14:45']],
    ['en', 'Thursday 11 March:\n- 09:30 – 10:15\n- 11:00 – 11:45\n- 14:00 – 14:45', ['2027-03-11T09:30:00+00:00..10:15', '2027-03-11T11:00:00+00:00..11:45', '2027-03-11T14:00:00+00:00..14:45']],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(slots(text, language, language === 'de' ? 'Europe/Berlin' : 'Europe/London')).toEqual(expected);
  });

  it('a time in a line of its own text is no part of the list', () => {
    expect(slots('Thursday 11 March:\n- 09:30 – 10:15 first round\n- 13:00 lunch with the team', 'en', 'Europe/London')).toEqual(['2027-03-11T09:30:00+00:00..10:15']);
  });
});

describe('Portuguese "pelas", "por volta das" (about) before a clock time', () => {
  it.each([
    ['Pode vir cá na quinta ao fim da manhã, pelas 11h30?', ['2027-03-04T11:30:00+00:00']],
    ['Passe por cá sexta, pelas 17h.', ['2027-03-05T17:00:00+00:00']],
    ['Podemos falar na segunda por volta das 10:00?', ['2027-03-08T10:00:00+00:00']],
  ])('%j', (text, expected) => expect(slots(text, 'pt', 'Europe/Lisbon')).toEqual(expected));
});

describe('a range of two bare hours, with no clock word, ending its line', () => {
  it.each([
    ['es', 'Opciones:\n- Miércoles 10/3, de 9 a 10\n- Jueves 11/3, de 16 a 17', 'America/Argentina/Buenos_Aires', ['2027-03-10T09:00:00-03:00..10:00', '2027-03-11T16:00:00-03:00..17:00']],
    ['en', 'Thursday 11 March from 14 to 15, if that suits.', 'Europe/London', ['2027-03-11T14:00:00+00:00..15:00']],
    ['nl', 'Donderdag 11 maart van 10 tot 11.', 'Europe/Amsterdam', ['2027-03-11T10:00:00+01:00..11:00']],
  ])('%s: %j', (language, text, zone, expected) => expect(slots(text, language as TextLanguage, zone)).toEqual(expected));
  it('a count is no range ("de 3 a 5 años")', () => expect(slots('Buscamos experiencia de 3 a 5 años en el sector.', 'es', 'Europe/Madrid')).toEqual([]));
});

describe('a time called off after it, a new one proposed: only the new one', () => {
  it.each([
    ['en', 'Thursday 4 March at 14:00 (8:00 am Central) will no longer go ahead. Could we do Friday 5 March at 15:00 instead?', 'Europe/London', ['2027-03-05T15:00:00+00:00']],
    ['de', 'Der Termin am Donnerstag, 4. März um 14 Uhr findet leider nicht statt. Ginge Freitag, 5. März um 10 Uhr?', 'Europe/Berlin', ['2027-03-05T10:00:00+01:00']],
    ['fr', 'Le rendez-vous du jeudi 4 mars à 14 h n’aura pas lieu. Seriez-vous disponible le vendredi 5 mars à 10 h ?', 'Europe/Paris', ['2027-03-05T10:00:00+01:00']],
    ['nl', 'Het gesprek op donderdag 4 maart om 14.00 uur gaat niet door. Kan vrijdag 5 maart om 10.00 uur?', 'Europe/Amsterdam', ['2027-03-05T10:00:00+01:00']],
  ])('%s', (language, text, zone, expected) => expect(slots(text, language as TextLanguage, zone)).toEqual(expected));
});

describe('a time without its day that the meeting is moved to, after the slot: the new time of that day', () => {
  it.each([
    ['fr', 'Date : jeudi 11 mars 2027\nHeure : 14h30 - 15h15\n\nPetit changement : l’entretien est décalé à 16h, même lien.', 'Europe/Paris', ['2027-03-11T16:00:00+01:00..16:45']],
    ['en', 'Interview: Thursday 11 March, 2:30–3:15pm. Update: we had to move it to 4pm, same link.', 'Europe/London', ['2027-03-11T16:00:00+00:00..16:45']],
    ['de', 'Termin: Donnerstag, 11.03.2027, 10:00 Uhr. Kurze Info: das Gespräch wurde auf 11:30 Uhr verschoben.', 'Europe/Berlin', ['2027-03-11T11:30:00+01:00']],
    ['it', 'Colloquio: giovedì 11 marzo alle 10:00. Aggiornamento: il colloquio è stato spostato alle 11:30.', 'Europe/Rome', ['2027-03-11T11:30:00+01:00']],
    // a time said later for something else is no move
    ['en', 'Interview: Thursday 11 March at 2pm. Reception is open until 6pm.', 'Europe/London', ['2027-03-11T14:00:00+00:00']],
  ])('%s: %j', (language, text, zone, expected) => {
    expect(slots(text, language as TextLanguage, zone)).toEqual(expected);
  });
});

describe('the part of the day said after a clock time gives its am or pm', () => {
  it.each([
    ['es', 'Pásate el jueves 11 de marzo a las 7 de la tarde por el local.', 'Europe/Madrid', ['2027-03-11T19:00:00+01:00']],
    ['pt', 'Pode vir quinta, 11 de março, às 8 da noite?', 'Europe/Lisbon', ['2027-03-11T20:00:00+00:00']],
    ['fr', 'Je vous attends jeudi 11 mars à 7 heures du soir.', 'Europe/Paris', ['2027-03-11T19:00:00+01:00']],
    ['nl', 'Kun je donderdag 11 maart om 7 uur ’s avonds langskomen?', 'Europe/Amsterdam', ['2027-03-11T19:00:00+01:00']],
    ['pl', 'Zapraszam w czwartek 11 marca o 7 wieczorem.', 'Europe/Warsaw', ['2027-03-11T19:00:00+01:00']],
    ['en', 'Could you come by on Thursday 11 March at 7 in the evening?', 'Europe/London', ['2027-03-11T19:00:00+00:00']],
    ['es', 'Te espero el jueves 11 de marzo a las 9 de la mañana.', 'Europe/Madrid', ['2027-03-11T09:00:00+01:00']],
  ])('%s: %j', (language, text, zone, expected) => {
    expect(slots(text, language as TextLanguage, zone)).toEqual(expected);
  });

  it('quotes the time as the mail wrote it', () => {
    const [slot] = findProseSlots('Pásate el jueves 11 de marzo a las 7 de la tarde por el local.', 'es', REFERENCE, { zone: 'Europe/Madrid' });
    expect(slot?.written).toBe('jueves 11 de marzo a las 7 de la tarde');
  });
});

describe('a bare hour said as "around", with its zone in brackets after it', () => {
  it.each([
    ['en', 'Could we hop on a quick call Thursday around 10 (Lisbon time)?', 'Europe/Madrid', ['2027-03-04T10:00:00+00:00']],
    ['fr', 'On se parle jeudi vers 10 (heure de Paris) ?', 'America/Montreal', ['2027-03-04T10:00:00+01:00']],
  ])('%s: %j', (language, text, zone, expected) => {
    expect(slots(text, language as TextLanguage, zone)).toEqual(expected);
  });
});

describe('a weekday in brackets after the date is that date’s, in every language', () => {
  it.each([
    ['en', 'Could you do 11 March (Thu) at 10am?', 'Europe/London', ['2027-03-11T10:00:00+00:00']],
    ['en', 'We would like to see you on March 11 (Thursday) at 2:30pm.', 'America/New_York', ['2027-03-11T14:30:00-05:00']],
    ['it', 'Il colloquio è l’11 marzo (giovedì) alle 10:00.', 'Europe/Rome', ['2027-03-11T10:00:00+01:00']],
    ['nl', 'Het gesprek is op 11 maart (donderdag) om 10.00 uur.', 'Europe/Amsterdam', ['2027-03-11T10:00:00+01:00']],
    ['pl', 'Termin: 11 marca (czwartek), w godz. 10.00–11.00.', 'Europe/Warsaw', ['2027-03-11T10:00:00+01:00..11:00']],
    ['fr', 'Le 11 mars (jeudi) à 10h.', 'Europe/Paris', ['2027-03-11T10:00:00+01:00']],
  ] as const)('%s: %s', (language, text, zone, expected) => {
    expect(slots(text, language, zone)).toEqual(expected);
  });
});

describe('a dotted clock time that ends a sentence is a time, not a day and month', () => {
  it.each([
    ['nl', 'Het gesprek is op 11 maart 10.00-11.00.', 'Europe/Amsterdam', ['2027-03-11T10:00:00+01:00..11:00']],
    ['nl', 'Op 11 maart van 10.00 tot 11.00.', 'Europe/Amsterdam', ['2027-03-11T10:00:00+01:00..11:00']],
    ['de', 'Am 11. März von 9.00 bis 10.05.', 'Europe/Berlin', ['2027-03-11T09:00:00+01:00..10:05']],
    ['pl', 'Termin: 11 marca, w godz. 10.00–11.00.', 'Europe/Warsaw', ['2027-03-11T10:00:00+01:00..11:00']],
  ] as const)('%s: %s', (language, text, zone, expected) => {
    expect(slots(text, language, zone)).toEqual(expected);
  });
  it('a day and month with its final dot is still a date', () => {
    expect(slots('Termin: 11.03. um 10 Uhr', 'de', 'Europe/Berlin')).toEqual(['2027-03-11T10:00:00+01:00']);
  });
});
