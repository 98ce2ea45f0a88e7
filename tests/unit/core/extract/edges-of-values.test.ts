/**
 * Where a value ends, as classes: a link before CJK or full-width punctuation, a Japanese company name
 * before its particle, a no-reply mailbox in the languages of the mail, and a note's end (a mail app's
 * footer in other languages, a formal closing with the owner's name under it, a note that is only a
 * closing). The wording is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { trimJapaneseParticles } from '../../../../functions/core/extract/company-role.js';
import { findLinks } from '../../../../functions/core/extract/extract.js';
import { cleanNote } from '../../../../functions/core/extract/forward.js';
import { isNoReplyAddress } from '../../../../functions/core/extract/senders.js';

describe('a link ends at punctuation no URL holds', () => {
  it.each([
    ['会議URL（https://meet.example/abc-defg-hij）です', 'https://meet.example/abc-defg-hij'],
    ['参加はこちら：https://zoom.example/j/123456。よろしく', 'https://zoom.example/j/123456'],
    ['链接「https://teams.example/l/x?id=9」，谢谢', 'https://teams.example/l/x?id=9'],
    ['le lien «https://whereby.example/salle-3» suffit', 'https://whereby.example/salle-3'],
    ['“https://meet.example/q-r-s” is the room', 'https://meet.example/q-r-s'],
  ])('%s', (text, link) => expect(findLinks(text)).toEqual([link]));

  it('keeps an IRI’s own letters and an ASCII query', () => {
    expect(findLinks('https://example.jp/採用/面接?id=4&x=%20 ok')).toEqual(['https://example.jp/採用/面接?id=4&x=%20']);
  });
});

describe('a Japanese company name ends where its particle begins', () => {
  it.each([
    ['株式会社ソラノ電機の', '株式会社ソラノ電機'],
    ['株式会社ソラノ電機では', '株式会社ソラノ電機'],
    ['株式会社XYZ商会にて', '株式会社XYZ商会'],
    ['当社はソラノ電機株式会社', 'ソラノ電機株式会社'],
  ])('%s → %s', (name, company) => expect(trimJapaneseParticles(name)).toBe(company));

  it.each([['株式会社ひまわり'], ['株式会社さくら製作所'], ['株式会社ソラノ電機'], ['ソラノ電機株式会社']])('keeps %s', (name) =>
    expect(trimJapaneseParticles(name)).toBe(name),
  );
});

describe('a no-reply mailbox in the languages of the mail', () => {
  it.each([
    'nao-responda@ats.example', 'naoresponder@ats.example', 'no-responda@ats.example', 'no_contestar@ats.example',
    'non-rispondere@ats.example', 'niet-beantwoorden@ats.example', 'geen-antwoord@ats.example', 'nie-odpowiadaj@ats.example',
    'bez-odpowiedzi@ats.example', 'bitte-nicht-antworten@ats.example', 'keine-antwort@ats.example', 'do_not_reply@ats.example',
    'ne-pas-répondre@ats.example',
  ])('%s', (address) => expect(isNoReplyAddress(address)).toBe(true));

  it.each(['responda.rh@empresa.example', 'antwoord.hr@bedrijf.example', 'renata.noronha@firma.example'])('a person or team: %s', (address) =>
    expect(isNoReplyAddress(address)).toBe(false),
  );
});

describe('where the owner’s note ends', () => {
  it.each([
    ['Obtenha o Outlook para Android'], ['Obter o Outlook para iOS'], ['Ottieni Outlook per iOS'], ['Descarga Outlook para Android'], ['Holen Sie sich Outlook für Android'],
  ])('drops the footer "%s"', (footer) => expect(cleanNote(`Vale a pena ir, acho.\n\n${footer}`)).toBe('Vale a pena ir, acho.'));

  it.each([
    ['Z poważaniem... no, żart.\n\nZ pozdrowieniami\nMarta Wiśniewska', 'Z poważaniem... no, żart.'],
    ['Bitte zusagen.\n\nMit freundlichen Grüssen\nReto K.', 'Bitte zusagen.'],
    ['Vediamo che dicono.\n\nCordiali saluti,\nGiulia', 'Vediamo che dicono.'],
    ['Lijkt me wel wat.\nMet vriendelijke groet,\nHenk de Vries', 'Lijkt me wel wat.'],
    ['Leuk! Ik ga.\n\nGr. Sanne', 'Leuk! Ik ga.'],
    ['Zeg maar af.\nGrtz, Bram', 'Zeg maar af.'],
    ['Not for me – please send them a polite no. Thanks!\n\n/Ola', 'Not for me – please send them a polite no. Thanks!'],
  ])('drops a closing with the name under it: %j', (text, note) => expect(cleanNote(text)).toBe(note));

  it.each([['Z pozdrowieniami'], ['Cordiali saluti'], ['Mit freundlichen Grüßen'], ['Atenciosamente,']])('a note that is only a closing is no note: %j', (text) =>
    expect(cleanNote(text)).toBeNull(),
  );

  it('drops the owner\'s first name signed with an accent their configured name lacks (or the other way round)', () => {
    expect(cleanNote('Sí, a esta voy. Prepárame la respuesta aceptando, porfa.\n\nSofía', 'Sofia Navarro')).toBe('Sí, a esta voy. Prepárame la respuesta aceptando, porfa.');
    expect(cleanNote('Vou, sim.\n\nInes', 'Inês Carvalho')).toBe('Vou, sim.');
  });

  it('keeps a line under a closing that is more than a name', () => {
    expect(cleanNote('Eerst even denken.\n\nGroetjes\nZeg maar af als ik niks laat horen, ok?')).toBe('Eerst even denken.\n\nGroetjes\nZeg maar af als ik niks laat horen, ok?');
  });
});
