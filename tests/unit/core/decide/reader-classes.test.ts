/**
 * The reader by class of wording, each class in several languages: what the owner tells them to say,
 * "send them a no", doubting whether the role is right, a company defended after a disputed report,
 * closures and cuts in their inflections, and words of another language that must not be read as ours.
 * The notes here are written for these tests (none is taken from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { PreferencesSchema } from '../../../../functions/config/schema.js';
import { decide } from '../../../../functions/core/decide/decide.js';
import { noteLanguages, readOwnerNote } from '../../../../functions/core/decide/reader.js';

const preferences = PreferencesSchema.parse({});
const decided = (note: string) => {
  const d = decide({ facts: { company: 'Acme', role: 'Analyst', format: 'video', slots: [] }, note, inviteText: 'We would like to invite you to an interview.', preferences });
  return `${d.verdict}/${d.reasons[0]?.code}`;
};
const instruction = (note: string) => readOwnerNote(note).instruction?.verdict ?? null;

describe('what the owner tells them to say is the instruction', () => {
  it.each([
    ['Could you reply that I am no longer available?', 'decline'],
    ['Just answer that I would be glad to come.', 'attend'],
    ['Réponds-leur que je ne suis plus disponible.', 'decline'],
    ['Antworte ihnen, dass ich gerne komme.', 'attend'],
    ['Contéstales que sí, que me va bien.', 'attend'],
    ['Rispondi che non sono più interessata.', 'decline'],
    ['Laat ze even weten dat ik niet kan.', 'decline'],
    ['Responde que aceito com prazer.', 'attend'],
    ['Odpisz, że nie jestem zainteresowany.', 'decline'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));

  it.each([
    ['Send them a friendly no.'],
    ['Envoie-leur un refus poli.'],
    ['Mándales un rechazo amable.'],
    ['Mandagli un no gentile.'],
    ['Stuur ze een vriendelijke afwijzing.'],
    ['Manda-lhes uma recusa educada.'],
    ['Wyślij im grzeczną odmowę.'],
  ])('"send them a no": %j', (note) => expect(instruction(note)).toBe('decline'));

  it('someone else\'s words about replying make no instruction', () => {
    expect(instruction('The recruiter says: reply that you accept.')).toBeNull();
    expect(instruction('Ma collègue dit : réponds-leur que tu acceptes.')).toBeNull();
  });
});

describe('doubting whether the role is right is a doubt, never a no', () => {
  it.each([
    "Not really sure this job is for me, looks a bit junior.",
    "Je me demande si le poste n'est pas trop administratif.",
    'Ich frag mich, ob die Stelle nicht zu operativ ist.',
    'No sé si el puesto es para mí.',
    'Mi chiedo se il ruolo non sia troppo operativo.',
    'Ik twijfel of de functie niet te simpel is.',
    'Não sei bem se a vaga é para mim.',
    'Nie wiem, czy to stanowisko nie jest zbyt proste.',
  ])('%j → attend, might-want-it', (note) => expect(decided(note)).toBe('attend/might-want-it'));

  it('doubting oneself is no doubt about the role; a bare "not sure" is one (the blind writers label it so, 21 of 22 in tests/corpus/dev)', () => {
    expect(decided("Not sure I'm senior enough for the job.")).toBe('attend/practice');
    expect(decided('not sure about this one')).toBe('attend/might-want-it');
  });
});

describe('a report the owner disputes, then the company defended', () => {
  it.each([
    "My uncle reckons they're in trouble. I don't buy it, they're a solid company.",
    "Ma sœur dit qu'ils vont fermer. N'importe quoi, c'est une boîte solide.",
    'Meine Nachbarin meint, die stehen vor dem Aus. Quatsch, das ist eine solide Firma.',
    'Un amigo dice que van fatal. No estoy de acuerdo, es una empresa seria.',
    "Un'amica dice che stanno per chiudere. Si sbaglia, è un'azienda solida.",
    'Mijn zwager zegt dat ze op omvallen staan. Onzin, het is een degelijk bedrijf.',
    'A minha tia diz que a empresa vai mal. Não concordo, é uma empresa sólida.',
    'Sąsiad twierdzi, że firma upada. Bzdura, to solidna firma.',
  ])('%j → attend, future-opening', (note) => expect(decided(note)).toBe('attend/future-opening'));
});

describe('a dud and a bleak outlook described by what happens, in its inflections', () => {
  it.each([
    'Six weeks of scanning files on a temp contract, and they went into administration in May.',
    'Du phoning payé à la commission, et ils ferment trois magasins.',
    'Nur Kaltakquise auf Provisionsbasis, und sie streichen 200 Stellen.',
    'Contrato de dos meses grabando facturas, y cerraron dos plantas.',
    'Porta a porta a provvigione, e hanno chiuso due filiali.',
    'Zes weken scannen via een uitzendbureau, en ze sluiten drie winkels.',
    'Três meses a digitar faturas, e fecharam duas fábricas.',
    'Umowa na dwa miesiące, wklepywanie faktur, a do tego zamykają sklepy.',
    // Sued, its biggest client gone, half the staff let go.
    'Pure cold calling, and the company is being sued by half its suppliers.',
    'Night shifts only, minimum wage, and their biggest client just walked.',
    'Data entry on a 3-month contract, and half the office got let go last month.',
    'Es meter datos con contrato de tres meses, y acaban de despedir a medio departamento.',
  ])('%j → decline, nothing-appealing', (note) => expect(decided(note)).toBe('decline/nothing-appealing'));
  it('a lawsuit long past with nothing since is no bleak outlook', () => {
    // (The rules read nothing here; since the thirty-second session the note model, asked where the rules are silent,
    // guesses a decline for this one at 0.74 and says its note was not understood word for word: README, "A second
    // reader: the note model". The rules' own reading is what this tests.)
    expect(readOwnerNote('They got sued once, years ago, nothing since. Fine by me.').statements.filter((s) => s.concept === 'bleak')).toEqual([]);
  });
});

describe('one language’s word is not another’s', () => {
  it('Italian "prima" (before) and Spanish "sería" (would be) are no words of liking', () => {
    expect(readOwnerNote('Devo partire la sera prima.').statements.filter((s) => s.concept === 'draw')).toEqual([]);
    expect(readOwnerNote('No sería la primera vez.').statements.filter((s) => s.concept === 'draw')).toEqual([]);
  });
  // The note is read with its own language's lists (and English's), so a word another language writes the
  // same way is not read for what it means there.
  it.each([
    ['Reply that the past month was hectic for me and I will write again next week.', ['en']], // Dutch "past" (it fits)
    ['Rispondi che prima voglio capire lo stipendio, poi vediamo.', ['it', 'es', 'pt', 'en']], // Dutch "prima" (fine)
    ['Napisz im, że ja odezwę się w piątek, bo teraz mam urwanie głowy.', ['pl', 'en']], // German and Dutch "ja" (yes)
  ])('%j is read in its own language and gives no instruction', (note, languages) => {
    expect(noteLanguages(note)).toEqual(languages);
    expect(readOwnerNote(note).instruction).toBeNull();
    expect(readOwnerNote(note).statements).toEqual([]);
  });
  it('a note whose words do not tell its language is read with every list', () => {
    expect(noteLanguages('Absagen bitte.')).toBeNull();
    expect(instruction('Absagen bitte.')).toBe('decline');
    expect(noteLanguages('pass')).toBeNull();
  });
  it('English "dud" is not Spanish "dudar"', () => {
    expect(decided('It is not a dud role. They are not in trouble.')).toBe('attend/practice');
  });
});

describe('doubts about the role said as a step, a size or a conviction: might-want-it', () => {
  it.each([
    ['Feels like a sideways move at best.'],
    ['Not convinced the job is what I’m looking for.'],
    ['De functie lijkt me wat mager.'],
    ['Twijfel of dit een stap vooruit is.'],
    ['Il ruolo mi sembra un po’ limitato.'],
    ['Non so se sia davvero un passo avanti.'],
    ['Stanowisko wydaje się trochę poniżej moich kompetencji.'],
    ['Le poste me paraît un peu léger.'],
    ['Pas sûr que ce soit un pas en avant.'],
    ['No sé si es un paso adelante.'],
    ['Não sei se é um passo em frente.'],
  ])('%s', (note) => {
    expect(decided(note)).toBe('attend/might-want-it');
  });
});

describe('someone known inside, and a company taking on people: networking, future-opening', () => {
  it.each([
    ['I know a couple of people in their data team.', 'attend/networking'],
    ['Ken daar iemand van mijn vorige baan.', 'attend/networking'],
    ['Pracuje tam mój dawny szef.', 'attend/networking'],
    ['Da arbeitet eine alte Kollegin von mir.', 'attend/networking'],
    ['Une ancienne collègue y bosse.', 'attend/networking'],
    ['L’azienda sta assumendo tantissimo.', 'attend/future-opening'],
    ['A empresa está a crescer imenso.', 'attend/future-opening'],
  ])('%s', (note, expected) => {
    expect(decided(note)).toBe(expected);
  });
});

describe('a report disputed, then the owner’s own fact; doubts said after a turn or with a copula', () => {
  it.each([
    // Dutch "ze" (they) after a comma opens a clause; Polish "ze" (że) does not.
    ['Volgens mijn zus gaan ze failliet. Onzin, ze groeien juist.', 'attend/future-opening'],
    ['Kolega twierdzi, że firma upada. Bzdura, właśnie otworzyli nowe biuro.', 'attend/future-opening'],
    ['Mi madre dice que la empresa está en quiebra. Mentira, acaban de abrir otra oficina.', 'attend/future-opening'],
    ['Ich sage nicht nein, aber ich bin unsicher.', 'attend/might-want-it'],
    ['No digo que no, pero tengo dudas.', 'attend/might-want-it'],
    ['Não digo que não, mas tenho dúvidas.', 'attend/might-want-it'],
    ['Non dico di no, però non sono convinta.', 'attend/might-want-it'],
    ['Nie jestem pewna, czy to moja działka.', 'attend/might-want-it'],
  ])('%s', (note, expected) => {
    expect(decided(note)).toBe(expected);
  });
});

describe('something better inside later is a later opening there', () => {
  it.each([
    ['Não é bem o que eu queria, mas vai que lá dentro aparece coisa melhor depois.'],
    ['Nicht ganz, was ich wollte, aber vielleicht ergibt sich drinnen später was Besseres.'],
    ['Niet helemaal wat ik zocht, maar misschien komt er binnen later iets beters.'],
    ['Nie do końca to, czego chciałam, ale może w środku trafi się potem coś lepszego.'],
    ['Not quite what I wanted, but maybe something better comes up internally later.'],
  ])('%j', (note) => expect(readOwnerNote(note).statements.map((s) => s.concept)).toContain('later-opening'));
});

describe('someone else advising the owner to go or not is their advice, not the owner’s instruction', () => {
  it.each([
    ['La mia vicina mi ha detto di lasciar stare.'],
    ['Mon frère m’a conseillé de refuser.'],
    ['Meine Schwester hat mir abgeraten.'],
    ['Mi primo me aconsejó que no fuera.'],
    ['Mijn buurman raadde me af om te gaan.'],
    ['O meu pai disse-me para recusar.'],
    ['Kolega odradził mi tę firmę.'],
    ['My uncle told me to turn it down.'],
  ])('%s', (note) => {
    expect(instruction(note)).toBeNull();
    expect(decided(note)).toBe('attend/practice');
  });
});

describe('a company closing its year in profit and opening branches is growing, not closing', () => {
  it.each([
    ['Hanno chiuso l’anno in utile e aprono tre nuove filiali.'],
    ['They closed the year in the black and are opening two new offices.'],
    ['Die Firma hat das Jahr in den schwarzen Zahlen geschlossen und eröffnet zwei neue Filialen.'],
    ['Cerraron el año con beneficios y abren dos sucursales más.'],
    ['Fecharam o ano no azul e vão abrir mais duas lojas.'],
    ['Ze sloten het jaar af met zwarte cijfers en openen twee nieuwe vestigingen.'],
  ])('%s', (note) => {
    expect(readOwnerNote(note).statements.map((s) => s.concept)).not.toContain('bleak');
    expect(decided(note)).toBe('attend/future-opening');
  });
});
