/** The format by class (issue #13, class 7), in several languages: onsite said indirectly, phone said indirectly, a past call is no format. */
import { describe, expect, it } from 'vitest';
import { isInvitation } from '../../../../functions/core/decide/decide.js';
import { extractFacts, type OriginalMessage } from '../../../../functions/core/extract/extract.js';

function format(body: string): string {
  const original: OriginalMessage = { from: { name: 'Kim', address: 'kim@acme.example' }, replyTo: null, cc: [], subject: 'Interview', date: null, messageId: null, body, calendars: [] };
  return extractFacts(original, { ownerAddresses: [], fallbackDate: null, isInvitation }).format;
}

describe('format', () => {
  it.each([
    ['en', 'We would like to invite you to an interview at our Purfleet depot. Please bring photo ID.'],
    ['pl', 'Dziękuję za rozmowę telefoniczną. Zapraszam na spotkanie w naszym biurze.'],
    ['it', 'La invitiamo a un colloquio presso la nostra sede di Milano.'],
    ['pt', 'Convidamos para uma entrevista na nossa sede.'],
    ['ja', '面接は本社にお越しください。'],
  ])('onsite (%s)', (_lang, body) => {
    expect(format(body)).toBe('onsite');
  });

  it.each([
    ['en', 'How does Tuesday at 11:30 look? I will ring you on your mobile.'],
    ['de', 'Frau Sommer ruft Sie am Mittwoch unter Ihrer Mobilnummer an.'],
    ['pl', 'Czy mogłabym zadzwonić do Pani jutro o 10:00?'],
  ])('phone (%s)', (_lang, body) => {
    expect(format(body)).toBe('phone');
  });

  it('a call in the past says nothing about this interview', () => {
    expect(format('Thanks for the phone call last week. We would like to invite you to the next round.')).toBe('unknown');
  });
});
