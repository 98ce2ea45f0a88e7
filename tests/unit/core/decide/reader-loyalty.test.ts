/**
 * Loyalty to a person is a draw: "I'd follow her anywhere", "je la suivrais n'importe où", "wieder mit ihr
 * arbeiten", after doubts about the role and the company. The notes are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readOwnerNote } from '../../../../functions/core/decide/reader.js';
import { decided } from './note-helpers.js';

const draws = (note: string) => readOwnerNote(note).statements.filter((s) => s.concept === 'draw' && s.source === 'own').length;

describe('loyalty to a person draws the owner', () => {
  it.each([
    ['en', 'Zero-hours and they just lost funding. But Priya is hiring, and honestly I would follow her anywhere.'],
    ['en', 'The team lead is my old boss from Leeds, I would love working with him again.'],
    ['fr', "Le poste est nul, mais c'est Karim qui recrute et je le suivrais partout."],
    ['de', 'Die Stelle ist befristet, aber Jana leitet das Team, und ich würde sofort wieder mit ihr arbeiten.'],
    ['es', 'El contrato es malo, pero busca gente Lucía y la seguiría a cualquier parte.'],
    ['it', 'Contratto corto, però c’è Marco a capo del team e lo seguirei ovunque.'],
    ['nl', 'Tijdelijk contract, maar Joost zoekt mensen en ik zou hem overal volgen.'],
    ['pt', 'O contrato é curto, mas quem recruta é a Marta e eu a seguiria para qualquer lado.'],
    ['pl', 'Umowa na trzy miesiące, ale rekrutuje Ola i poszłabym za nią wszędzie.'],
  ])('%s: %j', (_lang, note) => expect(draws(note)).toBeGreaterThan(0));

  it('following a route or working again in general is no draw', () => {
    expect(draws('I would follow the usual process and answer them.')).toBe(0);
    expect(draws('I want to start working again soon.')).toBe(0);
  });
});

describe('someone inside who can introduce the owner, or who worked beside them, is a reason to go and meet people', () => {
  it.each([
    ['Ci lavora Ciro, quello che faceva il turno di notte con me, mi può presentare al capo reparto.'],
    ['Sam works there now and offered to introduce me to the hiring manager.'],
    ['Marta pracuje tam od roku i może mnie przedstawić kierowniczce.'],
    ['Inês trabalha lá e pode me apresentar ao diretor.'],
  ])('%j → attend/networking', (note) => expect(decided(note)).toBe('attend/networking'));
});

describe('"who told him that?" disputes what was reported', () => {
  it.each([
    ["Mio cognato dice che sono in cassa integrazione. Ma chi gliel'ha detto? Stanno assumendo."],
    ['My brother says they are going bust. Who told him that? They are hiring.'],
    ['Mein Schwager sagt, die sind pleite. Wer hat ihm das erzählt? Die stellen ein.'],
  ])('%j: the report counts for nothing', (note) => expect(readOwnerNote(note).statements.filter((s) => s.concept === 'bleak').every((s) => s.source === 'disputed')).toBe(true));
});

describe('Polish: a company getting in touch again, or having wanted the owner before, is an earlier invitation', () => {
  it.each([
    ['To już trzeci raz, jak Mostostal Północ się do mnie zgłasza. Stanowisko takie sobie, szczerze mówiąc.'],
    ['Dwa lata temu też chcieli mnie na analityka, ale się nie złożyło. Teraz tylko wsparcie, raczej nudne.'],
  ])('%s', (note) => {
    expect(decided(note)).toBe('attend/future-opening');
  });
});
