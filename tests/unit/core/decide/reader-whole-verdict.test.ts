/**
 * The owner's verdict on the whole opportunity in shapes the vocabularies missed: a regional pronoun
 * ("pour moé"), a negation with an indefinite ("I don't see anything in it for me", "er zit geen iets in"),
 * the reflexive "dla siebie", and a negated diminisher ("not one bit", "ni un poquito") that is emphasis, not
 * a hedge. The notes here are written for these tests (none is taken from the corpus).
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

describe('a verdict on the whole opportunity is nothing-appealing', () => {
  it.each([
    ["Franchement, y'a rien là-dedans pour moé."],
    ["C'est pas pour moé, tout ça."],
    ['Honestly I just do not see anything in it for me.'],
    ['Eerlijk gezegd zit er voor mij geen enkel iets in.'],
    ['Er zit eigenlijk niet echt iets in voor mij.'],
    ['Szczerze mówiąc, nie widzę w tym nic dla siebie.'],
    ['Nada de esto es para mí, ni un poquito.'],
  ])('%j → decline/nothing-appealing', (note) => expect(decided(note)).toBe('decline/nothing-appealing'));
});

describe('a real hedge still makes it a doubt, not a decline', () => {
  it.each([
    ['Nada de esto es para mí, creo, un poco aburrido.'],
    ['Peut-être que ce n’est pas pour moé.'],
    ['Misschien zit er niet echt iets in voor mij.'],
  ])('%j → attend', (note) => expect(decided(note).startsWith('attend/')).toBe(true));
});

describe('a hyphenated hedge is a hedge', () => {
  it.each([['Peut-être que ce poste est un peu pour moi.'], ['Peut être pas pour moi, ce poste.']])('%j is hedged', (note) =>
    expect(decided(note).startsWith('attend/')).toBe(true),
  );
});

describe('the whole leaving the owner cold, said with a verb of being moved', () => {
  it.each([
    ['Nothing about this grabs me.'],
    ['Not feeling it at all.'],
    ['I can’t get excited about any of it.'],
    ['This whole thing leaves me cold.'],
    ['Je le sens pas du tout.'],
    ['Niente di questo mi prende.'],
    ['Hier word ik niet warm van.'],
    ['Zupełnie mnie to nie rusza.'],
  ])('%s', (note) => {
    expect(decided(note)).toBe('decline/nothing-appealing');
  });
  it('not feeling something else is no verdict', () => {
    expect(decided('Great team, I’m not feeling nervous about it.')).not.toMatch(/^decline/);
  });
});

describe('not seeing oneself there is a verdict on the whole; not seeing oneself in one part, or for long, is not', () => {
  it.each([
    ['Honestly I can’t see myself there at all.'],
    ['This whole thing just isn’t me.'],
    ['Read it twice, felt nothing.'],
    ['Not a fit, on any level.'],
    ['Ik zie mezelf daar echt niet zitten.'],
    ['Non mi ci vedo proprio.'],
    ['Nie widzę się tam kompletnie.'],
    ['Ich sehe mich da überhaupt nicht.'],
    ['Je ne m’y vois absolument pas.'],
    ['Ça ne me ressemble pas du tout.'],
    ['No me veo ahí para nada.'],
    ['Não me vejo lá de todo.'],
  ])('%s', (note) => {
    expect(decided(note)).toBe('decline/nothing-appealing');
  });
  it.each([
    ['I can’t see myself staying there forever, but as a first step it’s fine.'],
    ['Je ne me vois pas capable de gérer une équipe de 20, mais bon.'],
    ['Ich sehe mich nicht in der Lage, das abzulehnen.'],
    ['Nie widzę siebie w tej roli, ale firma super.'],
    ['It’s not me who decides, ask Sam.'],
    // "nothing but", "anything but": only, not at all.
    ['I feel nothing but excitement!'],
  ])('%s', (note) => {
    expect(decided(note)).toMatch(/^attend/);
  });
});

describe('a courteous reply asked with "something nice", "a kind note": the owner’s no', () => {
  it.each([['Send them something nice.'], ['Just write her a kind note.']])('%s', (note) => {
    expect(decided(note)).toBe('decline/owner-instruction');
  });
});

describe('no spark, no enthusiasm at all: a whole no', () => {
  it.each([
    ['Zero spark.'],
    ["Je l'ai lu deux fois, aucune étincelle."],
    ["Hab's zweimal gelesen, null Begeisterung."],
    ['Da kann ich mich für nichts erwärmen.'],
    ['Lo leí dos veces y nada, cero chispa.'],
    ["L'ho letto due volte e niente, zero scintilla."],
    ['Twee keer gelezen, geen enkele vonk.'],
    ['Li duas vezes e nada, zero entusiasmo.'],
    ['Przeczytałam dwa razy i nic, zero entuzjazmu.'],
  ])('%j → decline, nothing-appealing', (note) => expect(decided(note)).toBe('decline/nothing-appealing'));
});

describe('a clause that turns against a "nothing" is read alone', () => {
  it('"Niente entusiasmo dal recruiter, ma il ruolo mi piace": the role is a draw', () => {
    expect(readOwnerNote('Niente entusiasmo dal recruiter, ma il ruolo mi piace.').statements.map((s) => s.concept)).toContain('draw');
  });
});

describe('"nobody I would want to meet": a negated existential whose relative clause names a liking', () => {
  it.each([
    ['Es gibt dort niemanden, den ich kennenlernen möchte.'],
    ['Nie ma tu nikogo, kogo chciałabym poznać.'],
    ['Nie ma tam nic, co by mnie ciekawiło, ani nikogo, kogo chciałabym poznać.'],
    ['There is nobody there I would like to meet.'],
    ['Non c’è nessuno, che vorrei conoscere.'],
    ['Não há ninguém que eu queira conhecer.'],
  ])('%j → decline/nothing-appealing', (note) => expect(decided(note)).toBe('decline/nothing-appealing'));
  it('a draw named in a clause of its own stays a draw', () => expect(decided('Nobody asked me, but I would love to meet their team.')).not.toMatch(/^decline/));
});

describe('a denied saying after what it denies ("Dass es mich nicht reizt, kann ich nicht behaupten")', () => {
  it.each([
    ['Dass es mich gar nicht reizt, kann ich aber auch nicht behaupten.'],
    ['Que ça ne me tente pas, je ne peux pas le dire.'],
    ['Che non mi interessi, non lo posso dire.'],
    ['Dat het me niks zegt, kan ik niet zeggen.'],
    ["That it leaves me cold, I can't say."],
  ])('%j is a hedged interest, no decline', (note) => expect(decided(note)).toBe('attend/might-want-it'));
  it('a denial at the start of a sentence is not read as one at its end', () => {
    expect(decided("Je ne vais pas prétendre que rien ne m'attire : les deux personnes que j'ai eues au téléphone étaient passionnantes.")).toBe('attend/networking');
  });
});
