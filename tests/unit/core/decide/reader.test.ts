/**
 * The note reader: the owner's instruction as a speech act in eight languages, statements with their
 * target, polarity and source, and the owner's own words only. The sentences here are written for these
 * tests (not taken from the corpus), one per form and language.
 */
import { describe, expect, it } from 'vitest';
import { PreferencesSchema } from '../../../../functions/config/schema.js';
import { decide } from '../../../../functions/core/decide/decide.js';
import { ownWords, readOwnerNote } from '../../../../functions/core/decide/reader.js';
import { readInviteSignals, readNote } from '../../../../functions/core/decide/signals.js';

const instruction = (note: string) => readOwnerNote(note).instruction?.verdict ?? null;

describe('the owner’s instruction, found anywhere in their own words', () => {
  it.each([
    // imperatives and requests
    ['Kind of a long commute. Please turn it down politely.', 'decline'],
    ['Le poste a l’air correct. Peux-tu refuser gentiment ?', 'decline'],
    ['Klingt okay. Bitte sagt ihnen höflich ab.', 'decline'],
    ['Suena bien, pero rechaza la invitación, por favor.', 'decline'],
    ['Bello, però rifiuta con gentilezza.', 'decline'],
    ['Leuk bedrijf, maar wijs het vriendelijk af.', 'decline'],
    ['Empresa simpática, mas recusa por favor.', 'decline'],
    ['Firma w porządku, ale proszę odmówić.', 'decline'],
    // first-person decisions (present, future, progressive)
    ["I'm not going, the timing is wrong.", 'decline'],
    ["Je n'irai pas, j'ai déjà signé ailleurs.", 'decline'],
    ['Ich gehe da nicht hin.', 'decline'],
    ['No voy, ya tengo otra oferta.', 'decline'],
    ['Non ci vado, grazie.', 'decline'],
    ['Ik ga niet, te ver weg.', 'decline'],
    ['Não vou, obrigado.', 'decline'],
    ['Nie idę, za daleko.', 'decline'],
    ["Sounds fun. I'll go.", 'attend'],
    ["J'y vais !", 'attend'],
    ['Ich komme gerne.', 'attend'],
    ['Quiero ir, la verdad.', 'attend'],
    ['Ci voglio andare.', 'attend'],
    ['Ik wil graag gaan.', 'attend'],
    ['Quero ir, claro.', 'attend'],
    ['Chcę iść na tę rozmowę.', 'attend'],
    // suggestions and clipped forms
    ['hmm. let’s go ahead and book a time', 'attend'],
    ['meh. pass.', 'decline'],
    ['Bof. Donc non.', 'decline'],
    ['Zu weit weg. Also nein.', 'decline'],
    ['Otra vez ellos. Yo paso.', 'decline'],
    ['ok\nconfirm', 'attend'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));

  it('a later statement overrides an earlier one, and a retraction takes it back', () => {
    expect(instruction('Accept it. Actually no, on second thought, decline.')).toBe('decline');
    expect(instruction('Absagen. Vergiss das, sag doch zu.')).toBe('attend');
    expect(instruction('Say yes.\n\nWait, scratch that.')).toBeNull();
  });

  it('negation: a negated yes is a no, a negated no is no instruction', () => {
    expect(instruction("Don't accept this one.")).toBe('decline');
    expect(instruction("I won't say no to a chat with them.")).toBeNull();
    expect(instruction('No te voy a decir que no me interesa.')).toBeNull();
  });

  it('only the owner’s own words: quotes, quoted lines, reports, footers and conditionals never instruct', () => {
    expect(instruction('They want me to "please confirm by Friday". Not sure yet.')).toBeNull();
    expect(instruction('La recruteuse a écrit « merci de confirmer » hier.')).toBeNull();
    expect(instruction('Fine by me, whatever.\n> Please confirm your attendance.')).toBeNull();
    expect(instruction('My sister says I should decline.')).toBeNull();
    expect(instruction('Zij vragen om een bevestiging.')).toBeNull();
    expect(instruction('Interesting one.\n\nSent from my iPhone\nReply STOP to decline')).toBeNull();
    expect(instruction('I would decline if the commute were longer.')).toBeNull();
    expect(ownWords('a "quoted yes" here')).not.toMatch(/yes/);
  });

  it('two elisions a sentence apart are no single quote ("Fammi \'a cortesia, … ringrazia. Po\' stasera…")', () => {
    expect(instruction("Fammi 'a cortesia, rispondi tu ca nun me interessa e ringrazia. Po' stasera te chiammo.")).toBe('decline');
    expect(ownWords("She wrote 'please confirm by Friday' yesterday.")).not.toMatch(/confirm/);
  });

  it('tags win over everything', () => {
    expect(instruction('please decline #attend')).toBe('attend');
  });
});

describe('statements: target, polarity, source', () => {
  it('the owner’s verdict on the whole opportunity', () => {
    for (const note of ['Nothing about it is for me.', "Rien là-dedans ne me dit quoi que ce soit.", 'Da ist nichts dabei, was mich reizt.', 'No hay nada aquí que me atraiga.', 'Niente di tutto questo mi interessa.', 'Er is niets wat me aanspreekt.', 'Não há nada aqui que me atrai.', 'Nic tu dla mnie nie ma.']) {
      expect(readNote(note).whole, note).toBe('firm');
    }
    expect(readNote("I'm not sure this is for me.").whole).toBe('weak');
  });

  it('a dud role described by what the work is, and a bleak outlook described by events', () => {
    expect(readNote('It is a six-month contract, paid by commission only.').dud).toBe('firm');
    expect(readNote('Reine Kaltakquise, befristet.').dud).toBe('firm');
    expect(readNote('They filed for insolvency last month.').bleak).toBe('firm');
    expect(readNote('Hanno annunciato esuberi e chiuso la sede di Bari.').bleak).toBe('firm');
    expect(readNote('Ze hebben surseance van betaling aangevraagd.').bleak).toBe('firm');
    expect(readNote('Firma jest w upadłości.').bleak).toBe('firm');
    expect(readNote('Pediram recuperação judicial.').bleak).toBe('firm');
    expect(readNote('Entraron en concurso de acreedores.').bleak).toBe('firm');
  });

  it('a reported opinion is a doubt; disputed by the owner, it is nothing', () => {
    expect(readNote('My uncle says they are going under.').bleak).toBe('weak');
    expect(readNote("My uncle says they are going under. Nonsense, they just raised money.").bleak).toBe('none');
  });

  it('a draw named after the doubts, with emphasis, leads', () => {
    const note = 'Dull tasks and the pay is low. BUT the whole team are people I would love to work with!!';
    const decision = decide({ facts: { company: 'Acme', role: 'Analyst', format: 'video', slots: [] }, note, inviteText: 'We would like to invite you to an interview.', preferences: PreferencesSchema.parse({}) });
    expect(decision.reasons[0]?.code).toBe('networking');
  });

  it('the sentences not understood are said, and a note in another language is not read', () => {
    expect(readOwnerNote('Pass. Das Wetter in Hamburg ist schön.').notUnderstood).toEqual(['Das Wetter in Hamburg ist schön.']);
    expect(readOwnerNote('この面接は辞退します').read).toBe(false);
  });
});

describe('the invitation itself', () => {
  it('reads a dud role and a bleak company from what the invitation says', () => {
    const text = 'Es un contrato de tres meses, solo comisión. Como sabe, la empresa está en concurso de acreedores.';
    const signals = readInviteSignals(text, { role: null });
    expect(signals).toMatchObject({ dudRole: true, bleak: true });
    expect(text).toContain(signals.evidence.dud);
    expect(text).toContain(signals.evidence.bleak);
  });
});

describe('reasons carry their evidence', () => {
  const facts = { company: 'Acme', role: 'Analyst', format: 'video' as const, slots: [] };
  const preferences = PreferencesSchema.parse({});
  const inviteText = 'We would like to invite you to an interview. This is a three-month contract on commission only.';
  it.each([
    'please decline, I took another job',
    'They laid off half the staff in May.',
    'meh, nothing here for me',
    'maybe a bit dull',
    'BUT their CTO is someone I would love to meet!!',
    'a whole day in Leeds, with a hotel the night before',
  ])('%j: every piece of evidence is in the input; at most one general reason', (note) => {
    const decision = decide({ facts, note, inviteText, preferences });
    for (const reason of decision.reasons) {
      for (const evidence of reason.evidence ?? []) {
        if (evidence.source === 'note') expect(note).toContain(evidence.text);
        if (evidence.source === 'invitation') expect(inviteText).toContain(evidence.text);
      }
    }
    expect(decision.reasons.filter((r) => (r.evidence ?? []).length === 0).length).toBeLessThanOrEqual(1);
    expect(decision.reasons[0]?.evidence?.length ?? 0).toBeGreaterThan(0);
  });
});
