/**
 * Agreeing with what someone else said makes it the owner's own view ("my sister says it is a dead end
 * and the firm is going under. She's right."), as disputing it makes it count for nothing. The notes are
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readOwnerNote } from '../../../../functions/core/decide/reader.js';

const sources = (note: string) => readOwnerNote(note).statements.filter((s) => s.concept === 'dud' || s.concept === 'bleak').map((s) => s.source);

describe('a report the owner agrees with is their own view', () => {
  it.each([
    ['en', 'My sister says it is commission only and the firm just went into administration. She is completely right.'],
    ['fr', "Ma sœur dit que c'est payé à la commission et que la boîte est en redressement judiciaire. Elle a tout à fait raison."],
    ['de', 'Mein Bruder sagt, es ist reine Provision und die Firma hat Insolvenz angemeldet. Da hat er völlig recht.'],
    ['es', 'Mi hermana dice que es solo a comisión y que la empresa está en concurso de acreedores. Tiene toda la razón.'],
    ['it', "Mia sorella dice che è solo a provvigione e che l'azienda è in concordato. Ha perfettamente ragione."],
    ['nl', 'Mijn zus zegt dat het alleen op provisiebasis is en dat het bedrijf in surseance zit. Ze heeft helemaal gelijk.'],
    ['pt', 'A minha irmã diz que é só à comissão e que a empresa está em recuperação judicial. Tem toda a razão.'],
    ['pl', 'Siostra mówi, że to sama prowizja, a firma jest w upadłości. Ma całkowicie rację.'],
  ])('%s: %j', (_lang, note) => {
    const found = sources(note);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((source) => source === 'own')).toBe(true);
    expect(readOwnerNote(note).notUnderstood).toEqual([]);
  });

  it('a negated agreement is none', () => {
    const note = 'Mein Bruder sagt, es ist reine Provision und die Firma hat Insolvenz angemeldet. Da hat er nicht recht.';
    expect(sources(note).some((source) => source === 'own')).toBe(false);
  });

  it('hours nobody guarantees describe a dud contract, in the eight languages', () => {
    for (const note of ['No guaranteed hours at all.', "Sans aucune garantie d'heures.", 'Ohne Stundengarantie.', 'Sin horas garantizadas.', 'Senza ore garantite.', 'Geen vaste uren.', 'Sem horas garantidas.', 'Bez gwarancji godzin.']) {
      expect(readOwnerNote(note).statements.map((s) => s.concept), note).toContain('dud');
    }
  });
});

describe('agreeing by saying it is true, or with "and" after the report', () => {
  it.each([
    ['Mijn vriend zegt dat het bedrijf op omvallen staat en dat klopt, ik heb het gelezen.'],
    ['My mate says the company is going under and he’s right.'],
    ['Mein Bruder sagt, die gehen pleite. Das stimmt leider.'],
    ['Mi hermano dice que van a quebrar. Es verdad.'],
    ['Mia sorella dice che l’azienda sta fallendo. Ha ragione.'],
    ['O meu irmão diz que estão a falir. É verdade.'],
    ['Brat mówi, że zaraz upadną. To prawda.'],
  ])('%s', (note) => {
    expect(sources(note)).toContain('own');
  });
  it.each([
    ['Mijn vriend zegt dat ze failliet gaan, maar dat klopt niet.'],
    ['Mijn vriend zegt dat ze failliet gaan. Ik weet niet of dat klopt.'],
    ['Mio fratello dice che stanno fallendo, ma non è vero.'],
    ['Mein Bruder sagt, die gehen pleite. Ob das stimmt?'],
    ['Słyszałam, że ma kłopoty, ale nie wiem, czy to prawda.'],
  ])('not when it is denied or asked: %s', (note) => {
    expect(sources(note)).not.toContain('own');
  });
});
