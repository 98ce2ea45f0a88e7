/**
 * Durations in prose set the calendar hold's end (issue 14, item 8): the class "a quantity and a unit
 * of time that is plainly the meeting's length", in the nine languages the invitation is read in, and
 * the lengths that are not the meeting's (early arrival, deadlines, weekly hours, travel, times of day).
 */
import { describe, expect, it } from 'vitest';
import { findDuration } from '../../../../functions/core/extract/durations.js';
import { calendarHold } from '../../../../functions/core/write/write.js';
import type { InviteFacts } from '../../../../functions/core/extract/extract.js';

describe('findDuration', () => {
  it.each([
    // English: adjectives, lasting, approximation, brackets, labels, halves
    ['We would like to invite you to a 45-minute video call on Tuesday at 10:00.', 45],
    ['Please join us for a one-hour interview with the team.', 60],
    ['It is an hour-long conversation with the hiring manager.', 60],
    ['The interview will last about 90 minutes.', 90],
    ['The call should take roughly half an hour.', 30],
    ['Tuesday at 2 PM (45 min) on Zoom.', 45],
    ['Duration: 1.5 hours', 90],
    ['The onsite runs for 3 hours and 30 minutes, lunch included.', 210],
    ['Please block one and a half hours in your calendar.', 90],
    ['a half-hour phone screen', 30],
    // French
    ['Nous vous proposons un entretien de 45 minutes le mardi 14 à 10h.', 45],
    ["L'échange durera environ une heure.", 60],
    ['Durée : 1h30, dans nos locaux.', 90],
    ['Prévoyez une demi-heure pour ce premier appel.', 30],
    ["L'entretien durera une heure et demie.", 90],
    // German
    ['Wir laden Sie zu einem Gespräch für ca. eine Stunde ein.', 60],
    ['Das Gespräch dauert etwa 45 Minuten.', 45],
    ['ein 30-minütiges Telefonat am Dienstag um 10 Uhr', 30],
    ['ein einstündiges Videointerview', 60],
    ['Dauer: eineinhalb Stunden', 90],
    ['Bitte planen Sie eine halbe Stunde ein: Dauer ca. 30 Minuten.', 30],
    // Spanish
    ['La entrevista durará una hora aproximadamente.', 60],
    ['Será una videollamada de 30 minutos el martes a las 10:00.', 30],
    ['Duración: una hora y media', 90],
    // Italian
    ["Il colloquio durerà circa un'ora.", 60],
    ['Vi proponiamo un colloquio di 30 minuti martedì alle ore 15:00.', 30],
    ["La chiamata durerà un'ora e mezza.", 90],
    // Dutch
    ['Het gesprek duurt ongeveer een uur.', 60],
    ['Een gesprek van 45 minuten op dinsdag om 10 uur.', 45],
    ['We plannen een half uur: duur ongeveer een half uur.', 30],
    ['Het gesprek duurt anderhalf uur.', 90],
    // Portuguese
    ['A entrevista terá a duração de 1 hora, às 10 horas.', 60],
    ['Uma conversa de 30 minutos na terça-feira às 14h.', 30],
    ['A reunião vai durar cerca de uma hora e meia.', 90],
    // Polish (with and without diacritics)
    ['Rozmowa potrwa około godziny, we wtorek o godz. 10:00.', 60],
    ['Rozmowa potrwa godzinę, we wtorek o godz. 10:00.', 60],
    ['Spotkanie potrwa ok. 45 minut.', 45],
    ['Zapraszamy na 45-minutową rozmowę online.', 45],
    ['Zapraszamy na godzinną rozmowę w naszym biurze.', 60],
    ['Czas trwania: półtorej godziny', 90],
    ['Rozmowa potrwa okolo 30 minut.', 30],
    ['Spotkanie potrwa okolo godziny.', 60],
    ['Rozmowa potrwa ok. 30 minut.', 30],
    // Japanese (full-width digits too)
    ['所要時間は1時間程度を予定しております。', 60],
    ['約３０分の面接です。', 30],
    ['面接は1時間半ほどです。', 90],
  ])('%s → %s', (text, minutes) => {
    expect(findDuration(text)).toBe(minutes);
  });

  it.each([
    ['Please arrive 10 minutes early and ask for me at reception.'],
    ['We will get back to you within 48 hours.'],
    ['The role is 40 hours a week, on site.'],
    ['Our office is a 10-minute walk from the station.'],
    ['The interview is at 10 am on Tuesday.'],
    ['Rendez-vous à 10h le mardi 14.'],
    ['Wir erwarten Sie um 10 Uhr, bitte kommen Sie 15 Minuten vorher.'],
    ['Nos vemos a las 10 horas en la oficina.'],
    ['Ci vediamo alle ore 10.'],
    ['We zien je om 10 uur op kantoor.'],
    ['A entrevista será às 10 horas.'],
    ['Zapraszamy we wtorek o godz. 10:00.'],
    ['面接は10時からです。5分前にお越しください。'],
    ['Please reply within 24 hours to confirm.'],
    ['The take-home takes 4 hours a day for a week.'],
    ['Four conversations on the same Zoom link, with a 30-minute break around midday.'],
    ['The interview will include a short presentation (20 minutes) on your approach.'],
    ['Tras la entrevista le enviaremos una prueba de evaluación en línea (unos 40 minutos).'],
    ['Jordan usually saves the last ten minutes for your questions.'],
  ])('no meeting length in: %s', (text) => {
    expect(findDuration(text)).toBeNull();
  });
});

describe('the calendar hold', () => {
  const facts = (extra: Partial<InviteFacts>): InviteFacts => ({
    isInvite: true,
    language: 'en',
    company: 'Oakmoor Bank',
    role: 'Treasury Analyst',
    format: 'video',
    meetingLink: null,
    location: null,
    slots: [{ start: '2026-03-24T15:00:00-04:00', end: null }],
    inferred: [],
    schedulingLink: null,
    replyTo: null,
    ...extra,
  });
  const end = (ics: string | null) => /DTEND:(\d{8}T\d{6}Z)/.exec(ics ?? '')?.[1];
  const now = new Date('2026-03-17T15:00:00Z');

  it('ends when the prose says it lasts, when no end time was written', () => {
    expect(end(calendarHold('abcdefghijklmnop', facts({ durationMinutes: 45 }), now))).toBe('20260324T194500Z');
  });

  it('ends an hour after its start when nothing says how long', () => {
    expect(end(calendarHold('abcdefghijklmnop', facts({}), now))).toBe('20260324T200000Z');
  });

  it('keeps a written end over a length in prose', () => {
    expect(end(calendarHold('abcdefghijklmnop', facts({ slots: [{ start: '2026-03-24T15:00:00-04:00', end: '2026-03-24T15:30:00-04:00' }], durationMinutes: 45 }), now))).toBe('20260324T193000Z');
  });
});
