/**
 * Issue #13, slot precision: a time given where the invitation names none is the worst error. Times that
 * are no interview's are left out: a window of availability (to choose or to call in) and a time at or
 * before the invitation was sent (an application's date, a sent date). Material written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { isInvitation } from '../../../../functions/core/decide/decide.js';
import { extractFacts, type OriginalMessage } from '../../../../functions/core/extract/extract.js';
import type { TextLanguage } from '../../../../functions/core/extract/language.js';
import { findProseSlots } from '../../../../functions/core/extract/times.js';

const SENT = { instant: new Date('2027-05-03T08:00:00Z'), offsetMinutes: 120 };
function starts(text: string, language: TextLanguage): string[] {
  return findProseSlots(text, language, SENT, { zone: 'Europe/Paris' }).map((s) => s.start.instant.toISOString());
}

function facts(body: string, date: { instant: Date; offsetMinutes: number | null } = SENT) {
  const original: OriginalMessage = {
    from: { name: 'Kim Adler', address: 'kim.adler@orbis.example' },
    replyTo: null,
    cc: [],
    subject: 'Interview invitation – Data Analyst',
    date,
    messageId: null,
    body,
    calendars: [],
  };
  return extractFacts(original, { ownerAddresses: ['alex@example.com'], fallbackDate: null, isInvitation });
}

describe('a window of availability is no interview time', () => {
  it.each([
    ['en, a range of days and hours', 'We would like to invite you to an interview. Our team is available Tuesday to Thursday between 9:00 and 17:00; tell us what suits you.', 'en'],
    ['en, office hours', 'Please call me to agree a time. Office hours: Monday 10 May, 8:30 – 17:30.', 'en'],
    ['fr', 'Nous souhaitons vous rencontrer. Je suis disponible du lundi au vendredi de 9h à 18h, dites-moi ce qui vous convient.', 'fr'],
    ['de', 'Wir möchten Sie gerne kennenlernen. Ich bin Montag bis Freitag von 9 bis 17 Uhr erreichbar.', 'de'],
    ['nl', 'We willen je graag uitnodigen. Ik ben bereikbaar op maandag 10 mei tussen 9:00 en 17:00.', 'nl'],
  ])('%s', (_shape, text, language) => {
    expect(starts(text, language as TextLanguage)).toEqual([]);
  });

  it('a day of assessment from morning to evening stays a time', () => {
    expect(starts('Your assessment day is on Monday 10 May from 9:00 to 17:00 at our office.', 'en')).toEqual(['2027-05-10T07:00:00.000Z']);
  });

  it('a slot offered as one the team is available for stays a time', () => {
    expect(starts('We are available on Monday 10 May at 10:00 for the interview.', 'en')).toEqual(['2027-05-10T08:00:00.000Z']);
  });
});

describe('a time at or before the invitation was sent is no interview time', () => {
  it('the application’s date and time', () => {
    const read = facts('Thank you for your application submitted on 28 April 2027 at 14:05. We would like to invite you to an interview. When are you available?');
    expect(read.slots).toEqual([]);
  });

  it('a footer’s sent time', () => {
    const read = facts('We would like to invite you to an interview on Thursday 6 May at 10:00.\n\nThis message was sent on 3 May 2027 at 10:00 by Orbis Careers.');
    expect(read.slots.map((s) => s.start)).toEqual(['2027-05-06T10:00:00+02:00']);
  });

  it('with the sending time’s offset unknown, only a time more than a day before it is left out', () => {
    const read = facts('We would like to invite you to an interview today at 15:00.', { instant: new Date('2027-05-03T14:00:00Z'), offsetMinutes: null });
    expect(read.slots).toHaveLength(1);
  });
});

describe('a time in an older message of the thread, quoted under Japanese or Polish headers, is no interview time', () => {
  it.each([
    ['Outlook (ja)', '面接の日程につきまして、ご都合のよい日時をいくつかお知らせください。どうぞよろしくお願いいたします。\n\n差出人: 渡辺 健二 <alex@example.com>\n送信日時: 2027年5月1日 14:32\n宛先: Kim Adler <kim.adler@orbis.example>\n件名: 応募について\n\n5月6日 10:00 であれば参加可能です。'],
    ['Gmail (ja)', '面接の日程につきまして、ご都合のよい日時をいくつかお知らせください。どうぞよろしくお願いいたします。\n\n2027年5月1日(土) 14:32 Alex <alex@example.com>:\n> 5月6日 10:00 であれば参加可能です。'],
    ['Outlook (pl)', 'Zapraszamy na rozmowę kwalifikacyjną. Proszę podać kilka terminów, które Panu odpowiadają.\n\nOd: Alex <alex@example.com>\nWysłano: sobota, 1 maja 2027 14:32\nDo: Kim Adler <kim.adler@orbis.example>\nTemat: Aplikacja\n\nMogę w czwartek 6 maja o 10:00.'],
    // Outlook desktop in Polish writes "Wysłane:" (Outlook on the web "Wysłano:"); the block was not seen as one.
    ['Outlook desktop (pl), "Wysłane:"', 'Dziękuję, zapraszamy na rozmowę wideo. Proszę zaproponować dogodny termin w przyszłym tygodniu.\n\nOd: Alex <alex@example.com>\nWysłane: wtorek, 4 maja 2027 19:15\nDo: Kim Adler <kim.adler@orbis.example>\nTemat: ODP: Aplikacja\n\nPrzesyłam CV. Mam czas w piątek 7 maja o 12:00.'],
  ])('%s', (_client, body) => {
    expect(facts(body).slots).toEqual([]);
  });
});

describe('a time without a zone in a language of two continents is read in the region its words say', () => {
  const noOffset = { instant: new Date('2027-05-03T08:00:00Z'), offsetMinutes: null };
  it.each([
    ['European Portuguese: Lisbon', 'Gostaríamos de marcar uma entrevista consigo. Tem disponibilidade na quinta-feira, 6 de maio, às 10h? A equipa está a preparar o processo.', '2027-05-06T10:00:00+01:00'],
    ['Brazilian Portuguese: São Paulo', 'Gostaríamos de marcar uma entrevista com você. Tem disponibilidade na quinta-feira, 6 de maio, às 10h? A equipe está preparando o processo.', '2027-05-06T10:00:00-03:00'],
    ['Argentine Spanish: Buenos Aires', 'Queremos invitarte a una entrevista el jueves 6 de mayo a las 10:00. ¿Podés confirmarme? Avisame cualquier cosa.', '2027-05-06T10:00:00-03:00'],
    ['Spanish of Spain: Madrid', 'Queremos invitarte a una entrevista el jueves 6 de mayo a las 10:00. ¿Podéis confirmarlo?', '2027-05-06T10:00:00+02:00'],
  ])('%s', (_region, body, start) => {
    expect(facts(body, noOffset).slots.map((s) => s.start)).toEqual([start]);
  });
});

describe('a range whose am or pm is written only after its end', () => {
  it.each([
    ['"2-3pm" (chrono read "March, 2-3" as a date)', 'We would like to invite you to an interview on Monday 10 May, 2-3pm.', '2027-05-10T12:00:00.000Z'],
    ['"10-11am"', 'We would like to invite you to an interview on Monday 10 May, 10-11am.', '2027-05-10T08:00:00.000Z'],
    ['"11:30-12:30 p.m." across noon starts in the morning (it was read as 23:30)', 'We would like to invite you to an interview on Monday 10 May, 11:30-12:30 p.m.', '2027-05-10T09:30:00.000Z'],
    ['"11-1pm" across noon', 'We would like to invite you to an interview on Monday 10 May, 11-1pm.', '2027-05-10T09:00:00.000Z'],
  ])('%s', (_shape, text, start) => {
    expect(starts(text, 'en')).toEqual([start]);
  });
});

describe('a social event beside the interview gives no slot', () => {
  it.each([
    ['de', 'Wann: Dienstag, 11. Mai 2027, 09:00 bis 15:00 Uhr.\nAm Vorabend, Montag, 10. Mai, feiern wir ab 18:00 Uhr unser Firmenjubiläum. Die Teilnahme ist freiwillig.', '2027-05-11T07:00:00.000Z'],
    ['en', 'Your interview is on Tuesday 11 May 2027 at 10:00.\nThe evening before, Monday 10 May, we host drinks reception for our anniversary party from 6pm.', '2027-05-11T08:00:00.000Z'],
  ])('%s', (language, text, only) => {
    expect(starts(text, language as TextLanguage)).toEqual([only]);
  });
});

describe('"by phone" is how, not a deadline', () => {
  it('a time after "by phone tomorrow" is the interview’s', () => {
    expect(starts('We would like to speak with you by phone tomorrow at 10:00.', 'en')).toHaveLength(1);
    expect(starts('Please send the exercise back by Friday 5 pm.', 'en')).toEqual([]);
  });
});

describe('a newest message that points to the times of the one quoted below it', () => {
  const quoted = (top: string) =>
    `${top}\n\nKim\n\nFrom: Kim Adler <kim.adler@orbis.example>\nSent: Monday, May 3, 2027 9:30 AM\nTo: alex@example.com\nSubject: Interview\n\nHi Alex,\n\nCould you do one of these?\n\n  *   Tuesday 11 May, 10:00–10:45\n  *   Wednesday 12 May, 14:30–15:15\n\nKind regards,\nKim`;
  it.each([
    ['en', 'Hi Alex, just bumping my note below – both slots are still open.'],
    ['de', 'Hallo Alex, die unten genannten Termine sind noch frei.'],
    ['pl', 'Dzień dobry, przypominam o terminach poniżej.'],
  ])('reads them (%s)', (_lang, top) => {
    expect(facts(quoted(top)).slots.map((s) => s.start)).toEqual(['2027-05-11T10:00:00+02:00', '2027-05-12T14:30:00+02:00']);
  });
  it('not when the newest message moves or cancels them', () => {
    expect(facts(quoted('Hi Alex, we have to reschedule the interview below; new times will follow.')).slots).toEqual([]);
  });
  it('not when it points to nothing below', () => {
    expect(facts(quoted('Hi Alex, thanks for your reply. I will pass your questions on to the hiring manager today.')).slots).toEqual([]);
  });
});

describe('the end of the day said apart from its start', () => {
  it.each([
    ['de', 'Bitte seien Sie am Dienstag, 11. Mai 2027 um 9:30 Uhr am Empfang; der Tag endet gegen 16:00 Uhr.', '2027-05-11T16:00:00+02:00'],
    ['en', 'Please arrive on Tuesday 11 May 2027 at 9:30. We should finish around 4:30 pm.', '2027-05-11T16:30:00+02:00'],
    ['fr', 'Rendez-vous le mardi 11 mai 2027 à 9h30 ; la journée se termine vers 17h00.', '2027-05-11T17:00:00+02:00'],
  ])('is the slot’s end (%s)', (_lang, body, end) => {
    expect(facts(`Hello,\n\n${body}\n\nKim`).slots.map((s) => s.end)).toEqual([end]);
  });
  it('not an end before the start', () => {
    expect(facts('Hello,\n\nPlease come on Tuesday 11 May 2027 at 14:00. The morning session ends at 11:00, before yours.\n\nKim').slots.map((s) => s.end)).toEqual([null]);
  });
});

describe('a part of the day said before the clock time that fixes it', () => {
  // SENT is Monday 3 May 2027.
  it.each([
    ['es, "por la mañana" is no "tomorrow"', 'Te esperamos el jueves 6 de mayo por la mañana a las 9:30 en la oficina.', 'es', ['2027-05-06T07:30:00.000Z']],
    ['es, "por la tarde", a comma and "sobre las"', 'Podemos vernos el viernes por la tarde, sobre las 17:00.', 'es', ['2027-05-07T15:00:00.000Z']],
    ['pt, "de manhã" before the day\'s number', 'Proponho sábado de manhã, dia 8, às 10h, aqui na loja.', 'pt', ['2027-05-08T08:00:00.000Z']],
    ['pt, "de manhã" then "lá pelas"', 'Posso te ligar amanhã de manhã, lá pelas 10h, pra gente conversar?', 'pt', ['2027-05-04T08:00:00.000Z']],
    ['pt, "ao fim da tarde" then the time in brackets', 'Podemos falar na sexta-feira, 7 de maio, ao fim da tarde (18h30), depois de fechar.', 'pt', ['2027-05-07T16:30:00.000Z']],
    ['pt, a clause of its own after it: no time of the day named', 'Passe cá no sábado lá pelas 10. Sábado de manhã é corrido, mas depois das 9h30 acalma.', 'pt', ['2027-05-08T08:00:00.000Z']],
  ])('%s', (_shape, text, language, expected) => {
    expect(starts(text, language as TextLanguage)).toEqual(expected);
  });
});

describe("a weekday with its day of the month in brackets or after 'día' is that day, not the nearest weekday", () => {
  // SENT is Monday 3 May 2027: "Monday" alone would be today.
  it.each([
    ['pt', 'Proponho sexta (dia 7) às 10h30 ou, se não der, segunda (dia 10) às 10h30.', 'pt', ['2027-05-07T08:30:00.000Z', '2027-05-10T08:30:00.000Z']],
    ['es', 'Podemos el lunes día 10 a las 9:00.', 'es', ['2027-05-10T07:00:00.000Z']],
    ['en', 'Could you do Monday (the 10th) at 14:00?', 'en', ['2027-05-10T12:00:00.000Z']],
    ['fr', 'Je vous propose lundi (le 10) à 11h.', 'fr', ['2027-05-10T09:00:00.000Z']],
  ])('%s', (_lang, text, language, expected) => {
    expect(starts(text, language as TextLanguage)).toEqual(expected);
  });
});

describe('a weekday and a day of the month with no month, then the time', () => {
  // SENT is Monday 3 May 2027.
  it.each([
    ['fr', 'Je vous propose lundi 10 à 11h30.', 'fr', ['2027-05-10T09:30:00.000Z']],
    ['it', 'Ci vediamo lunedì 10 alle 11.', 'it', ['2027-05-10T09:00:00.000Z']],
  ])('%s', (_lang, text, language, expected) => {
    expect(starts(text, language as TextLanguage)).toEqual(expected);
  });
});

describe('a clock time alone in brackets after its day', () => {
  // SENT is Monday 3 May 2027.
  it.each([
    ['pt', 'Pode ser na sexta, mesmo horário (16h)?', 'pt', ['2027-05-07T14:00:00.000Z']],
    ['es', 'Te propongo el jueves (17:30) en la tienda.', 'es', ['2027-05-06T15:30:00.000Z']],
    // a bare hour below 7 in brackets is how long it lasts, not when
    ['pt, a duration', 'Dinâmica de grupo (2h) na sexta às 10h.', 'pt', ['2027-05-07T08:00:00.000Z']],
  ])('%s', (_lang, text, language, expected) => {
    expect(starts(text, language as TextLanguage)).toEqual(expected);
  });
});

describe("a time said in the reader's own zone is in the owner's zone, whatever place the mail names after it", () => {
  it.each([
    ['en', "Would Thursday 6 May at 10:00 your time work? I'm based in Chicago, so it would be early for me.", 'en'],
    ['de', 'Wir schlagen Donnerstag, 6. Mai, um 10:00 Uhr Ihrer Zeit vor; unser Team sitzt in Singapur.', 'de'],
  ])('%s', (_lang, text, language) => {
    const slots = findProseSlots(text, language as TextLanguage, SENT, { zone: 'America/Chicago' }, [], 'Europe/Zurich');
    expect(slots.map((s) => s.start.instant.toISOString())).toEqual(['2027-05-06T08:00:00.000Z']);
  });
});
