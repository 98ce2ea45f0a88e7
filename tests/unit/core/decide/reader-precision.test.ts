/**
 * Precision before recall: the classes of wording where the reader must not decline with confidence. A yes
 * negated inside or after its verb, what they are told after a turn ("…, but not for this role"), a no under a
 * condition the reader cannot check, a question asking for advice, a no after a yes with nothing marking it as
 * the later word, a dud or a bleak outlook only supposed, someone else's "not for you", and the owner's own
 * interest. The notes here are written for these tests (none is taken from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { PreferencesSchema } from '../../../../functions/config/schema.js';
import { decide } from '../../../../functions/core/decide/decide.js';
import { readOwnerNote } from '../../../../functions/core/decide/reader.js';

const preferences = PreferencesSchema.parse({});
const decided = (note: string) => {
  const d = decide({ facts: { company: 'Acme', role: 'Analyst', format: 'video', slots: [] }, note, inviteText: 'We would like to invite you to an interview.', preferences });
  return `${d.verdict}/${d.reasons[0]?.code}`;
};
const instruction = (note: string) => readOwnerNote(note).instruction?.verdict ?? null;

describe('a yes negated inside it or right after its verb is a no; two negations cancel', () => {
  it.each([
    ['Ik ga er echt niet naartoe.', 'decline'],
    ['Ik kom niet, de reistijd is te gek.', 'decline'],
    ['Ich komme nicht, das ist mir zu weit.', 'decline'],
    ["J'y vais pas, c'est à l'autre bout du pays.", 'decline'],
    ["I can't not go, it's the lab I always wanted.", 'attend'],
    ['Ich komme nicht nur wegen des Gehalts, ich komme gern.', 'attend'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
});

describe('what they are told after a turn is the message', () => {
  it.each([
    ["Let them know I'm interested in the company, but not in this role.", 'decline'],
    ['Odpisz, że jestem zainteresowany firmą, ale nie skorzystam.', 'decline'],
    ['Schreib ihnen, dass ich mich freue, aber nicht teilnehme.', 'decline'],
    ['Contéstales que gracias, que encantada, pero que no.', 'decline'],
    ['Zeg maar dat ik beschikbaar ben voor een kennismaking, maar niet voor deze functie.', 'decline'],
    ['Tell them yes, but only if it can be remote.', 'attend'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
});

describe('a no under a condition the reader cannot check is held back and said as not understood', () => {
  it.each([
    ['If the salary turns out below my floor, decline.'],
    ['Falls es nur befristet ist, sag ab.'],
    ['Jeśli to tylko staż, odmów.'],
    ['If it is on site every day, just say no.'],
  ])('%j', (note) => {
    const reading = readOwnerNote(note);
    expect(reading.instruction).toBeNull();
    expect(reading.notUnderstood.join(' ')).toContain(note.slice(0, 10));
  });

  it.each([
    ['If Tuesday is still free, accept.', 'attend'],
    ['If you can, decline it politely.', 'decline'],
    ['Wenn möglich, bitte absagen.', 'decline'],
  ])('a yes under a condition, or a condition that only softens: %j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
});

describe('a question asking for advice gives no instruction; a suggestion or a request still does', () => {
  it.each([['Should I turn it down?'], ['Soll ich absagen?'], ['Czy powinienem odmówić?'], ['Devo rifiutare?'], ['Moet ik afzeggen?'], ['Je devrais refuser ?']])('%j → none', (note) => {
    const reading = readOwnerNote(note);
    expect(reading.instruction).toBeNull();
    expect(reading.notUnderstood.length).toBeGreaterThan(0);
  });
  it.each([
    ['Maybe we just pass?', 'decline'],
    ['Kun je ze laten weten dat ik afzeg?', 'decline'],
    ['Could you tell them I accept?', 'attend'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
});

describe('a no after a yes counts only when something marks it as the later word', () => {
  it('unmarked: neither, and both sentences are said as not understood', () => {
    const reading = readOwnerNote('Accept it. The office is miles away from me. Decline.');
    expect(reading.instruction).toBeNull();
    expect(reading.notUnderstood).toEqual(expect.arrayContaining(['Accept it.', 'Decline.']));
    expect(decided('Accept it. The office is miles away from me. Decline.')).toBe('attend/practice');
  });
  it.each([
    ['Accept it. Actually, decline.', 'decline'],
    ['Sag zu. Nach reiflicher Überlegung: sag doch ab.', 'decline'],
    ['Potwierdź. Po namyśle jednak odmów.', 'decline'],
    ['Accepte. Finalement non, refuse.', 'decline'],
    ['Decline it. Actually, accept.', 'attend'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
});

describe('someone named in lowercase before an English verb with its -s is someone else speaking', () => {
  it.each([
    ['tom thinks i should go. he is wrong, not for me. decline please.', 'decline'],
    ['priya says skip it. nah, i want to go, accept.', 'attend'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));

  it('their "go" is no instruction of the owner', () => {
    expect(instruction('mel reckons i should go')).toBeNull();
    expect(readOwnerNote('mel reckons i should go').statements.every((st) => st.source !== 'own' || st.concept !== 'attend')).toBe(true);
  });
});

describe('a dud or a bleak outlook only supposed, or someone else’s "not for you", never declines', () => {
  it.each([
    ['If they go bankrupt and it turns out to be a three-month contract, that would be the end of it.'],
    ['Wenn sie Insolvenz anmelden und es nur ein befristeter Vertrag für drei Monate ist, dann eher nicht mein Ding.'],
    ['My brother reckons it is not for me at all.'],
    ["It's not that I'm not interested. Data entry for a firm that filed for bankruptcy though."],
  ])('%j → attend', (note) => expect(decided(note).startsWith('attend/')).toBe(true));

  it('said as found, the same words decline', () => {
    expect(decided('They filed for bankruptcy last month and it is a three-month contract doing data entry.')).toBe('decline/nothing-appealing');
  });
});

describe('a yes or a no about the past is no instruction now', () => {
  it.each([
    ['I turned them down last year when they rang.'],
    ["J'avais refusé leur offre l'an dernier."],
    ['Ich habe ihnen vor zwei Jahren abgesagt.'],
    ['Ya les rechacé una vez.'],
    ["Avevo rifiutato la loro offerta l'anno scorso."],
    ['Ik heb vorig jaar afgezegd bij ze.'],
    ['Recusei a proposta deles no ano passado.'],
    ['Odmówiłem im rok temu.'],
  ])('%j → none', (note) => expect(instruction(note)).toBeNull());
  it('a no about now in the next clause still counts', () => expect(instruction('They ghosted me last year, so decline.')).toBe('decline'));
});

describe('a bare no answering the owner’s own question', () => {
  it.each([
    ['Is it a career move? No. Still, worth a chat.'],
    ['Traumfirma? Nein. Trotzdem ein Gespräch wert.'],
    ['Przełomowa rola? Nie. Ale pogadać można.'],
  ])('about what the job is: a doubt, no instruction: %j', (note) => {
    expect(instruction(note)).toBeNull();
    expect(decided(note).startsWith('attend/')).toBe(true);
  });
  it.each([['Do I want to go? No.'], ['Soll ich zusagen? Nein.']])('about going: a no: %j', (note) => expect(instruction(note)).toBe('decline'));
  it.each([['Should I just decline? No.'], ['Soll ich absagen? Nein.']])('refusing a decline the owner proposed: never a no to going: %j', (note) => {
    expect(instruction(note)).toBeNull();
    expect(readOwnerNote(note).notUnderstood.length).toBeGreaterThan(0);
  });
});

describe('a frame set against what will happen holds the instruction back', () => {
  it.each([
    ['In theory I should just decline. BUT the new head of data is someone I would follow anywhere!'],
    ['Normalerweise würde ich absagen. Aber das Team ist großartig.'],
    ['W teorii nic, tylko odmówić. ALE zespół jest świetny!'],
    ['Sur le papier, je refuserais. Mais la directrice est quelqu’un que j’admire.'],
  ])('%j → no decline', (note) => {
    expect(instruction(note)).toBeNull();
    expect(decided(note).startsWith('attend/')).toBe(true);
  });
});

describe('a liking inside a doubt is the doubt; a turn with one word of praise praises nothing', () => {
  it.each([
    ["I don't know if I'm keen on this yet.", 'doubt'],
    ['Je ne sais pas si ça me plaît vraiment.', 'doubt'],
    ['Weiß nicht, ob mir das gefällt.', 'doubt'],
  ])('%j → %s', (note, concept) => {
    const concepts = readOwnerNote(note).statements.map((s) => s.concept);
    expect(concepts).toContain(concept);
    expect(concepts).not.toContain('draw');
  });
  it.each([['Klinkt saai. Maar goed.'], ['Klingt öde. Aber gut.'], ['Ça a l’air ennuyeux. Mais bon.'], ['Suena aburrido. Pero bueno.']])('%j → no draw', (note) =>
    expect(readOwnerNote(note).statements.map((s) => s.concept)).not.toContain('draw'));
});

describe('a hedge holds from where it stands, not back across a clause of its own', () => {
  it('the commission is said plainly even when a later clause says "maybe"', () => {
    const reading = readOwnerNote('Handlowiec tylko na samej prowizji, czyli: znajdź klientów, to może coś zarobisz.');
    expect(reading.statements.find((s) => s.concept === 'dud')?.source).toBe('own');
  });
  it('a short afterthought still hedges what came before', () => {
    const reading = readOwnerNote('Sounds boring, I guess.');
    expect(reading.statements.find((s) => s.concept === 'dud')?.source).toBe('hedged');
  });
});

describe('Polish inflections: "-uj" verbs in "-owa-", plain phrases in their other cases', () => {
  it.each([
    ['Najlepiej będzie im grzecznie podziękować.', 'decline'],
    ['Proszę im podziękować w moim imieniu.', 'decline'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
  it('"na samej prowizji" is the commission-only pay of "sama prowizja"', () => {
    expect(readOwnerNote('Praca na samej prowizji.').statements.map((s) => s.concept)).toContain('dud');
  });
});

describe('"I\'ll do it" is a first-person decision to go', () => {
  it.each([["Fine, I'll do it"], ['Bon, je le fais'], ["Okay, ich mach's"], ['Vale, lo hago'], ['Ok, lo faccio'], ['Goed, ik doe het'], ['Pronto, eu faço'], ['Dobra, zrobię to']])('%j → attend', (note) =>
    expect(instruction(note)).toBe('attend'));
  it('and with a negation after it, a no', () => expect(instruction('Nee, ik doe het niet.')).toBe('decline'));
});

describe('"not for me" said of one part is a doubt about it; a draw after the verdict takes it back', () => {
  it.each([
    ['The commute is not for me, but the role itself is great.'],
    ['Das Pendeln ist nichts für mich, aber die Stelle klingt gut.'],
    ["Le trajet, ce n'est pas pour moi, mais le poste a l'air top."],
    ['La ubicación no es para mí, pero el puesto me gusta.'],
    ['Dojazd nie dla mnie, ale stanowisko fajne.'],
    ['Nothing about the location appeals, but the work does.'],
  ])('%j → attend', (note) => expect(decided(note).startsWith('attend/')).toBe(true));
  it('the whole opportunity judged still declines', () => expect(decided('Not for me, none of it.')).toBe('decline/nothing-appealing'));
});

describe('the owner’s own case for going ("nothing to lose", "can’t hurt") is never "nothing appeals"', () => {
  const bleakDud = (lang: string) =>
    ({
      en: 'Data entry on a three-month contract, and they just announced layoffs.',
      de: 'Datenerfassung, befristet auf drei Monate, und gerade Stellenabbau angekündigt.',
      fr: "Saisie de données en CDD de trois mois, et un plan social vient d'être annoncé.",
      nl: 'Gegevens invoeren voor drie maanden, en ze hebben net ontslagen aangekondigd.',
      pl: 'Wprowadzanie danych na 3 miesiące, a firma ogłosiła zwolnienia.',
    })[lang]!;
  it('the same note without it declines', () => expect(decided(bleakDud('en'))).toBe('decline/nothing-appealing'));
  it.each([
    ['en', 'Nothing to lose though.'],
    ['en', "Can't hurt."],
    ['en', 'Could use the interview practice.'],
    ['de', "Schaden kann's nicht."],
    ['fr', "Ça ne coûte rien d'essayer."],
    ['nl', 'Baat het niet, dan schaadt het niet.'],
    ['pl', 'Zaszkodzić nie zaszkodzi.'],
  ])('%s: %j → attend', (lang, said) => expect(decided(`${bleakDud(lang)} ${said}`).startsWith('attend/')).toBe(true));
  it('denied, it is none', () => expect(decided(`${bleakDud('en')} Not worth a try.`)).toBe('decline/nothing-appealing'));
  it.each([["I'll give it a go."], ['Might as well go.'], ["Ich probier's."], ['Je tente le coup.'], ['Lo intento.'], ['Ci provo.'], ['Ik waag het erop.'], ['Vou tentar.'], ['Spróbuję.']])(
    'trying it in the first person is a decision to go: %j',
    (note) => expect(instruction(note)).toBe('attend'),
  );
});

describe('someone else’s report with a hedge of its own is a doubt, not an event', () => {
  it.each([
    ['Data entry, three-month contract. My cousin says they might be closing the plant.'],
    ['Datenerfassung, befristet auf drei Monate. Mein Cousin meint, sie machen vielleicht das Werk zu.'],
  ])('%j → attend', (note) => expect(decided(note).startsWith('attend/')).toBe(true));
  it('the same report said plainly still counts', () =>
    expect(decided('Data entry, three-month contract. My cousin says they are closing the plant.')).toBe('decline/nothing-appealing'));
});
