/**
 * The reader by structure rather than by words: sentences written for these tests (none taken from the
 * corpus), one class of structure per block, in several languages. Who a "yes" or "no" answers, what
 * trails an instruction (fillers, tag questions), a polite conditional that is a request, a thought the
 * owner had before, sarcasm that turns praise around, the wish to work at the company one day, a liking
 * inside a clause a negation governs, the whole opportunity judged as a whole, criminal proceedings as a
 * bleak event, verbal nouns that are no order, a bounded read of an overlong note, and contradictions the
 * reader cannot settle.
 */
import { describe, expect, it } from 'vitest';
import { PreferencesSchema } from '../../../../functions/config/schema.js';
import { decide } from '../../../../functions/core/decide/decide.js';
import { MAX_NOTE_CHARS, readOwnerNote } from '../../../../functions/core/decide/reader.js';
import { readNote } from '../../../../functions/core/decide/signals.js';

const preferences = PreferencesSchema.parse({});
const facts = { company: 'Acme', role: 'Analyst', format: 'video' as const, slots: [] };
const decided = (note: string, inviteText = 'We would like to invite you to an interview.') => {
  const d = decide({ facts, note, inviteText, preferences });
  return `${d.verdict}/${d.reasons[0]?.code}`;
};
const instruction = (note: string) => readOwnerNote(note).instruction?.verdict ?? null;

describe('an instruction followed by a filler or a tag question is still the instruction', () => {
  it.each([
    ["i'm going tbh", 'attend'],
    ['send them a polite no lol', 'decline'],
    ["we'll pass, right?", 'decline'],
    ['On passe, non ?', 'decline'],
    ['Wir sagen ab, oder?', 'decline'],
    ['Lass es fallen, ja?', 'decline'],
    ['Laat het maar vallen, toch?', 'decline'],
    ['Ci vado, dai.', 'attend'],
    ['Vou, né?', 'attend'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
});

describe('a bare yes or no answers whom it is said to', () => {
  it.each([
    // said to someone named, or conceded before a "but": no instruction to the product
    'Ja, Marieke. Dat zei je al drie keer.',
    'Yes, Dad, I heard you the first time.',
    'Das Gehalt ist niedrig, ja, aber vielleicht gibt es mehr.',
    'The commute is long, yes, but the team seems nice.',
    'Sí, mamá, ya lo sé.',
  ])('%j → no instruction', (note) => expect(instruction(note)).toBeNull());

  it.each([
    ['Ja. Plan het maar in.', 'attend'],
    ['Tak, przyjdę.', 'attend'],
    ['Sim. Terça serve.', 'attend'],
    ['Sì, certo.', 'attend'],
  ])('%j → %s (a yes of its own)', (note, verdict) => expect(instruction(note)).toBe(verdict));

  it.each([
    // right after the owner's own question that proposed declining, a yes agrees with it, and a no said next is no change of mind
    ['The pay is awful. We pass on this one, right? Yes. Decline.', 'decline'],
    ['De lonen worden te laat betaald. Dan maar afzeggen, toch? Ja. Afzeggen.', 'decline'],
    ['Die Firma ist in Kurzarbeit. Dann lieber absagen, oder? Ja. Absagen.', 'decline'],
    ['Czy mam im odmówić? Tak.', 'decline'],
    // after a question about going it stays a yes
    ['Should I go? Yes.', 'attend'],
  ])('%j → %s (a yes answering the owner’s own question)', (note, verdict) => expect(instruction(note)).toBe(verdict));
});

describe('a polite conditional is a request, not a condition', () => {
  it.each([
    ["I'd be grateful if you could tell them I'm withdrawing.", 'decline'],
    ['Ich wäre dir dankbar, wenn du ihnen absagst.', 'decline'],
    ['Byłbym wdzięczny, gdybyś im odmówił.', 'decline'],
    ['It would be great if you could accept the Tuesday slot.', 'attend'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));

  it('a real condition in the same clause still gives no instruction', () => {
    expect(instruction('Decline if the pay is under 50k.')).toBeNull();
  });
});

describe('a thought the owner had before, then a later instruction that overrides it', () => {
  it.each([
    ['At first I thought: skip it. Then I read the team page. Book it.', 'attend'],
    ['Zuerst dachte ich: absagen. Aber nein, ich gehe hin.', 'attend'],
    ["Eerst dacht ik: afzeggen. Maar nee, ik ga d'r toch heen.", 'attend'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));

  it('a date to keep free is a yes', () => {
    expect(instruction('Hou die dinsdag maar vrij.')).toBe('attend');
    expect(instruction('Block the Thursday slot in my calendar.')).toBe('attend');
  });
});

describe('sarcasm turns praise around', () => {
  it.each([
    'oh AMAZING, another "rockstar ninja" role 🙄',
    'Wow, a dream job, just what I wanted /s',
    'Oh great, unpaid overtime as a perk. Love that for me 🙃',
  ])('%j → no draw', (note) => expect(readNote(note).appeal).toBe(false));

  it('sarcastic praise of a pay-to-start role at a company whose boss is charged with fraud: nothing appeals', () => {
    expect(decided('oh WONDERFUL, a "ground floor opportunity" 🙄\nyou have to pay for your own starter kit first.\nAnd the CEO was charged with fraud last spring.')).toBe('decline/nothing-appealing');
  });

  it('praise without a marker of sarcasm stays praise', () => {
    expect(readNote('Great team, I really like the people there.').appeal).toBe(true);
  });
});

describe('the wish to work at the company one day is a later opening there', () => {
  it.each([
    "The role is meh, but I'd love to work there one day.",
    'Die Stelle ist nichts Besonderes, aber dort will ich irgendwann arbeiten.',
    "Le poste est bof, mais j'aimerais bien y bosser un jour.",
    'El puesto no es gran cosa, pero algún día quiero trabajar ahí.',
    'Il ruolo è così così, però un giorno mi piacerebbe lavorarci.',
    'De functie is matig, maar daar wil ik ooit werken.',
    'A vaga é fraca, mas um dia gostava de trabalhar lá.',
    'Stanowisko takie sobie, ale kiedyś chciałbym tam pracować.',
  ])('%j → future-opening', (note) => expect(decided(note)).toBe('attend/future-opening'));
});

describe('a liking inside a clause that a negation governs is no liking', () => {
  it.each([
    'I could not find one thing in it that I would want to spend an evening on, so the whole thing does not suit me.',
    'Nie widzę tu niczego, dla czego chciałbym poświęcić popołudnie, całość mi nie odpowiada.',
  ])('%j → decline/nothing-appealing', (note) => expect(decided(note)).toBe('decline/nothing-appealing'));
});

describe('the whole opportunity judged as a whole', () => {
  it.each([
    'Honestly the whole thing just does not fit me.',
    'Das Ganze passt einfach nicht zu mir.',
    "L'ensemble ne me correspond pas du tout.",
    'El conjunto no me encaja para nada.',
    'Il tutto non mi convince per niente.',
    'Het geheel past gewoon niet bij mij.',
    'O conjunto não me serve de todo.',
    'Całość kompletnie do mnie nie pasuje.',
  ])('%j → decline/nothing-appealing', (note) => expect(decided(note)).toBe('decline/nothing-appealing'));
});

describe('criminal proceedings against the company or its leaders are a bleak event', () => {
  it.each([
    'Their founder was indicted on fraud charges in March.',
    'Gegen den Geschäftsführer wurde Anklage wegen Betrugs erhoben.',
    "Le PDG a été mis en examen pour escroquerie.",
    'El director fue imputado por estafa.',
    "L'amministratore delegato è stato rinviato a giudizio per truffa.",
    'De oprichter is aangeklaagd voor fraude.',
    'O fundador foi acusado de fraude.',
    'Prezesowi postawiono zarzuty oszustwa.',
  ])('%j → bleak, firm', (note) => expect(readNote(note).bleak).toBe('firm'));

  it('a role in fraud prevention is no event', () => {
    expect(readNote('The role is in their fraud prevention team.').bleak).toBe('none');
  });
});

describe('a verbal noun names a task, not an order', () => {
  it.each([
    'To głównie przyjmowanie reklamacji i potwierdzanie zamówień.',
    'Mostly accepting deliveries and confirming bookings at the front desk.',
  ])('%j → no instruction', (note) => expect(instruction(note)).toBeNull());
});

describe('an overlong note is read up to a bound, and the recommendation says what was cut', () => {
  it('thousands of short clauses: the first part is read, the rest is listed as not read', () => {
    const note = `Please decline.\n${'a, '.repeat(40_000)}`;
    const reading = readOwnerNote(note);
    expect(reading.instruction?.verdict).toBe('decline');
    expect(reading.notUnderstood.some((s) => /not read/i.test(s) && s.includes(String(MAX_NOTE_CHARS)))).toBe(true);
  });

  it('a note of a few lines is read whole', () => {
    expect(readOwnerNote('Nice team.\nBut decline please.').notUnderstood.some((s) => /not read/i.test(s))).toBe(false);
  });
});

describe('contradictions the reader cannot settle are said, not decided', () => {
  it.each(['Accept or decline, no idea', 'Ja nein keine Ahnung, absagen oder zusagen'])('%j → no instruction, and the sentence is listed', (note) => {
    const reading = readOwnerNote(note);
    expect(reading.instruction).toBeNull();
    expect(reading.notUnderstood.join(' ')).toContain(note.split(/[.,]/)[0]!.trim());
  });

  it('a later instruction after a retraction is settled', () => {
    expect(instruction('Accept... actually no, decline.')).toBe('decline');
  });
});

describe('a sign-off is no part of what the owner says', () => {
  it.each([
    ['Das Ganze ist nichts für mich, und zwar rundum.\n\nMit freundlichem Gruss\nReto', 'decline/nothing-appealing'],
    ['Niks voor mij.\n\nMet vriendelijke groet,\nJoyce', 'decline/nothing-appealing'],
    ['Non fa per me.\n\nCordiali saluti\nMaria', 'decline/nothing-appealing'],
  ])('%j', (note, expected) => {
    expect(decided(note)).toBe(expected);
  });
  it('"so machen wir das" agrees with the suggestion before it; it is no yes of its own', () => {
    expect(decided('Wäre es da nicht das Vernünftigste, den Herrschaften freundlich abzusagen? Ich denke, so machen wir das.')).toBe('decline/owner-instruction');
  });
});

describe('"I think" after the owner\'s own words is the owner speaking, whatever comes before it', () => {
  it.each([
    ["Worth a shot I think, I'll go.", 'attend'],
    ["Worth a try I'd say, I'll go.", 'attend'],
  ])('%j → %s', (note, verdict) => expect(readOwnerNote(note).instruction?.verdict).toBe(verdict));
  it('its reason is the owner’s ("Worth a try I think.")', () => {
    expect(readOwnerNote('Worth a try I think.').statements.map((s) => `${s.concept}/${s.source}`)).toEqual(['worth-a-try/own']);
  });
  it('someone named before the verb still reports', () => {
    expect(readOwnerNote('My wife thinks I should go.').instruction).toBeNull();
  });
});
