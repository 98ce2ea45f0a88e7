/**
 * Instruction forms the reader missed: a first-person plural "let's answer" (contestemos, scriviamogli,
 * vamos responder, disons-leur) with what they are told, and an emphatic no ("certainly not", "sicher ned")
 * answering the owner's own question about going there. The notes are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { readOwnerNote } from '../../../../functions/core/decide/reader.js';
import { decided } from './note-helpers.js';

const instruction = (note: string) => readOwnerNote(note).instruction?.verdict ?? null;

describe("a 'let us answer' with what they are told is the instruction", () => {
  it.each([
    ['Yo creo que les respondamos que no, gracias.', 'decline'],
    ['Contestemos q sí, me viene bien el martes.', 'attend'],
    ['Scriviamogli che non sono più disponibile.', 'decline'],
    ['Vamos responder que não, já aceitei outra proposta.', 'decline'],
    ['Disons-leur que non, poliment.', 'decline'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
  it('"digamos" as a filler is no instruction', () => expect(instruction('El puesto es, digamos, un poco raro.')).toBeNull());
});

describe('an emphatic no to the owner\'s own question about going', () => {
  it.each([
    ['Und dafür soll ich drei Stunden hinfahren? Bestimmt ned.', 'decline'],
    ['Am I going to travel across the country for a maybe? Definitely not.', 'decline'],
    ['Mam tam jechać na rozmowę o nic? Na pewno nie.', 'decline'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
  it.each([['Traumjob? Bestimmt nicht.'], ['Great pay? Certainly not.']])('%j (a question not about going) is no instruction', (note) =>
    expect(instruction(note)).toBeNull(),
  );
});

describe('a negated no is no instruction to decline', () => {
  it.each([['Ich sage da ganz sicher nicht ab.'], ['Ik zeg het gesprek niet af.'], ['No voy a rechazar esta entrevista.']])('%j → no decline', (note) =>
    expect(instruction(note)).not.toBe('decline'),
  );
  it.each([['No voy a ir.'], ['Ich geh da nicht hin.']])('%j → decline', (note) => expect(instruction(note)).toBe('decline'));
});

describe('what the owner had to do, or had done, back then is no instruction now', () => {
  it.each([
    ['They reached out in spring and I had to turn them down because of my notice period.'],
    ["Ils m'avaient contactée l'hiver dernier (j'avais dû refuser, pas de visa)."],
    ['Die hatten mich schon mal eingeladen, ich musste wegen der Elternzeit absagen.'],
    ['Ya me escribieron antes y tuve que rechazarlos por el horario.'],
    ['Mi avevano già cercato, ho dovuto rifiutare per il trasloco.'],
    ['Ze hadden me al eens uitgenodigd, toen moest ik afzeggen vanwege de verhuizing.'],
    ['Já me tinham convidado e tive de recusar por causa da mudança.'],
    ['Już raz mnie zapraszali, musiałam odmówić przez przeprowadzkę.'],
  ])('%j → none', (note) => expect(instruction(note)).toBeNull());

  it.each([
    ["I had to turn them down last time. This time, tell them yes!", 'attend'],
    ["J'avais dû dire non la dernière fois ; cette fois, refuse poliment.", 'decline'],
  ])('%j → %s (the instruction after it still counts)', (note, verdict) => expect(instruction(note)).toBe(verdict));
});

describe('a regional negation turns the instruction around', () => {
  it.each([
    ['Gronings', 'Kun je ze laten weten dat ik nait kom?'],
    ['Limburgs', 'Zeg ze maar dat ik neet kom.'],
    ['Flemish', 'Laat ze weten dat ik nie kom, merci.'],
    ['Austrian', 'Sag ihnen bitte, dass ich ned komme.'],
    ['Swiss', 'Säg ihne bitte, dass ich nöd chume, ich gehe nicht hin.'],
    ['Alemannic', 'Schreib ihnen, dass ich nit komme.'],
  ])('%s: %j → decline', (_form, note) => expect(instruction(note)).toBe('decline'));

  it('without it, the same request is a yes', () => {
    expect(instruction('Kun je ze laten weten dat ik kom?')).toBe('attend');
    expect(instruction('Sag ihnen bitte, dass ich komme.')).toBe('attend');
  });
});

describe('choosing one of the offered times is a yes; a choice refused asks for another time', () => {
  it.each([
    ['Grab the first slot they offer.'],
    ['Boek die dinsdag maar in.'],
    ['Prendi il primo slot.'],
    ['Prends le créneau de mardi.'],
    ['Wybierz pierwszy termin.'],
    ['Escoge el hueco del jueves.'],
  ])('%s', (note) => {
    expect(decided(note)).toBe('attend/owner-instruction');
  });
  it('"don’t grab the first slot, ask for a later one" is still a yes', () => {
    expect(decided('Don’t grab the first slot, ask for a later one.')).toBe('attend/owner-instruction');
    expect(instruction('Don’t take the Tuesday slot.')).not.toBe('decline');
  });
  it('what they want me to choose is their request, not my yes', () => {
    expect(decided('They want me to pick a slot by Friday. No thanks.')).toBe('decline/owner-instruction');
  });
});

describe('a clipped yes after the costs: "Still go.", "Toch maar doen.", "Trudno, jadę."', () => {
  it.each([
    ['It’s a full day onsite in Manchester, 3h each way. Still go.', 'attend/owner-instruction'],
    ['Vier rondes op één dag in Eindhoven, tweeënhalf uur rijden. Toch maar doen.', 'attend/owner-instruction'],
    ['Cały dzień w Krakowie, pięć rozmów. Trudno, jadę.', 'attend/owner-instruction'],
    ['Nie, nie jadę tam.', 'decline/owner-instruction'],
    ['È un’intera giornata a Torino con cinque colloqui.', 'attend/time-cost'],
  ])('%s', (note, expected) => {
    expect(decided(note)).toBe(expected);
  });
});

describe('idiomatic refusals, and a bare no with thanks', () => {
  it.each([
    ['Lass gut sein.'],
    ['Das tu ich mir nicht an.'],
    ['Nein, danke.'],
    ['Nee, bedankt.'],
    ['Nie, dziękuję.'],
    ['Anche no.'],
    ['Dziękuję, postoję.'],
    ['Not in a million years.'],
  ])('%s', (note) => {
    expect(decided(note)).toBe('decline/owner-instruction');
  });
  it.each([
    ['Franchement ça me gonfle d’avance.'],
    ['Isto não me aquece nem arrefece.'],
    ['Da hab ich echt keinen Nerv für.'],
    ['Daar heb ik echt geen trek in.'],
    ['Nie chce mi się w to bawić.'],
  ])('%s', (note) => {
    expect(decided(note)).toBe('decline/nothing-appealing');
  });
  it.each([
    ['Not a chance I’m missing this!'],
    ['Ich hab keinen Nerv mehr für meinen jetzigen Job, also ja, hin.'],
    ['Yes, thanks.'],
  ])('not: %s', (note) => {
    expect(decided(note)).toMatch(/^attend/);
  });
});

describe('"let us try it" is a decision to go, in the eight languages', () => {
  it.each([
    ['Allez, on tente le coup.'],
    ['Probieren wir’s.'],
    ['Probemos, qué más da.'],
    ['Proviamoci.'],
    ['Laten we het proberen.'],
    ['Tentemos.'],
    ['Spróbujmy.'],
    ['I’ll just go and see.'],
  ])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
  it('trying something else is no yes ("let\'s try another time")', () => expect(instruction('Proviamo un altro giorno?')).not.toBe('decline'));
});

describe('a refusal in the future tense', () => {
  it.each([['Credo che rinuncerò.'], ['Chyba odmówię.']])('%j → decline', (note) => expect(instruction(note)).toBe('decline'));
});

describe('letting it pass by, sparing oneself the trip: a no', () => {
  it.each([
    ["I'm going to let this one slide."],
    ['Je vais laisser filer celle-là.'],
    ['Da spare ich mir die Fahrt.'],
    ['Me ahorro el viaje.'],
    ['Lascio cadere questa.'],
    ['Ik laat deze aan me voorbij gaan.'],
    ['Daruję sobie.'],
  ])('%j → decline', (note) => expect(instruction(note)).toBe('decline'));
  it('not when the owner will not let it pass', () => expect(instruction("I don't want to let this one slide, say yes.")).toBe('attend'));
});

describe('a relative word starts a word ("acho que vou" is no "o que vou")', () => {
  it('"Acho que vou." → attend', () => expect(instruction('Acho que vou.')).toBe('attend'));
});

describe('a suggestion put as a question ("shall we just go?") is an instruction to go; a worry after "if I go" is none', () => {
  it.each([
    ['Pay is a bit better though. Shall we just go and see?', 'attend'],
    ['Zullen we er gewoon heen gaan?', 'attend'],
    ['Gehen wir halt einfach mal hin?', 'attend'],
    ['Bof. Et si on y allait juste pour voir ?', 'attend'],
    ['¿Y si vamos a ver qué tal?', 'attend'],
    ['E se ci andassi e basta?', 'attend'],
    ['E se eu fosse só pra ver?', 'attend'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
  it.each([
    'Shall I go?',
    'É longe, e se for tenho de pedir o dia no trabalho.',
    '¿Y si voy y resulta que es un desastre?',
    'Shall we go to the cinema tonight instead of thinking about it?',
  ])('%j → no instruction', (note) => expect(instruction(note)).toBeNull());
});

describe('the French verb "attend" (waits) is no English "attend"', () => {
  it.each([
    'Une amie qui travaille là attend encore ses deux dernières paies.',
    'Il attend une réponse de ma part avant vendredi.',
  ])('%j → no instruction', (note) => expect(instruction(note)).toBeNull());
  it.each(['attend', 'Please attend, I want this.', 'I will attend the interview.'])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
});

describe('Flemish "ni" is a negation ("ik ga er ni naartoe" is a no)', () => {
  it('after an earlier plan to go, in a longer note', () => {
    expect(instruction("Ik was eerst van plan om te gaan, 't is dichtbij.\nMaar die late diensten krijg ik gewoon ni rond.\nIk ga er dus ni naartoe, beslist.")).toBe('decline');
  });
});

describe('"after all, not" before a verb of being describes; it takes no instruction back', () => {
  it.each([
    ['Proszę odmówić. Pół roku wieczornych zmian to jednak nie jest przejście do biznesu.', 'decline'],
    ['Bitte absagen. Das Gehalt ist doch nicht der Rede wert.', 'decline'],
    ['Ok, idę. A jednak nie, odmów.', 'decline'],
    ['Ich geh hin. Ach, doch nicht, sag ab.', 'decline'],
  ])('%j → %s', (note, want) => expect(readOwnerNote(note).instruction?.verdict).toBe(want));
});

describe('"I am going to this one" with a demonstrative, in six languages', () => {
  it.each([['Vou a esta.'], ['Voy a esta.'], ['Vado a questa.'], ['Je vais à celui-ci.'], ['Da geh ich hin.'], ['Hier ga ik heen.']])('%j → attend', (note) => expect(readOwnerNote(note).instruction?.verdict).toBe('attend'));
});

describe('"what I do" after a relative with its subject pronoun is no "I\'ll do it"', () => {
  it.each([['Nada a ver com o que eu faço.'], ['No tiene nada que ver con lo que yo hago.']])('%j gives no instruction', (note) => expect(readOwnerNote(note).instruction).toBeNull());
  it('"Eu faço." still does', () => expect(readOwnerNote('Eu faço.').instruction?.verdict).toBe('attend'));
});

describe('an effort ongoing "since" is no decision now ("Ci provo … da quando ho finito il Poli")', () => {
  it.each([['Ci provo a entrare da quando ho finito il Poli.'], ["I've been trying to get in there ever since I graduated."], ['Ich versuche seit Jahren, da reinzukommen.']])('%j gives no instruction', (note) => expect(readOwnerNote(note).instruction).toBeNull());
  it('"sooner or later a post opens up there" is a later opening', () => {
    expect(readOwnerNote('Lì dentro prima o poi un posto vero si libera.').statements.map((s) => s.concept)).toContain('later-opening');
    expect(readOwnerNote('Sooner or later something opens up there.').statements.map((s) => s.concept)).toContain('later-opening');
  });
});

describe('asking for a refusal by its noun ("make me a polite refusal") is an instruction to decline', () => {
  it.each([
    ['Prépare-leur une réponse négative, s’il te plaît.'],
    ['Bon, envoie-moi un refus courtois, je signerai.'],
    ['Tu peux leur écrire un refus bien tourné?'],
  ])('%s', (note) => {
    expect(decided(note)).toBe('decline/owner-instruction');
  });

  it('fearing a refusal is none', () => {
    expect(decided('J’ai un peu peur d’un refus après l’entretien.')).not.toBe('decline/owner-instruction');
  });
});

describe('a job accepted elsewhere is a reason to say no, not an "I accepted" to go', () => {
  it.each([
    ["Merci de décliner poliment : j'ai accepté un poste ailleurs la semaine dernière.", 'decline'],
    ["J'ai accepté un poste ailleurs, donc ce sera sans moi.", 'decline'],
    ['I accepted an offer elsewhere, so please let them know.', 'decline'],
    ['Ho accettato un posto altrove, ringraziali.', 'decline'],
    ['Aceitei uma proposta noutra empresa, agradece-lhes.', 'decline'],
    ['Ik heb een baan elders aangenomen.', 'decline'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
});

describe('a proposal after the question that frames it is the owner\'s suggestion', () => {
  it.each([
    ['What do you think, shall we just send them a polite no?', 'decline'],
    ['¿Qué dices, les mandamos un no bien educado?', 'decline'],
    ['Che ne pensi, inviamo loro un no cortese?', 'decline'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
  it('a question that asks for advice in the act\'s own clause still gives none', () =>
    expect(instruction('What do you think, should I decline?')).toBeNull());
});

describe('a sarcastic yes is no yes', () => {
  it.each([
    ['Sì, come no. Digli che rinuncio.', 'decline'],
    ['Yes, yeah, right. Tell them thanks but no thanks.', 'decline'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));
  it('"Sì, come no." alone instructs nothing', () => expect(instruction('Sì, come no.')).toBeNull());
});

describe('a regional "I am not doing it" is a decision to decline', () => {
  it.each([['Des mach i ned, sorry.'], ['Ich tu dat nich, is mir zu weit.'], ['Ich mache das einfach nicht.']])('%j → decline', (note) =>
    expect(instruction(note)).toBe('decline'),
  );
  it('"ich mache das nicht gern" describes a task, no decision', () => expect(instruction('Telefonakquise? Ich mache das nicht gern.')).toBeNull());
});

describe('asking them for another date wants to attend', () => {
  it.each([
    ['Please ask them for a different day, I am in Lisbon that week.'],
    ['Frag bitte nach, ob ein anderer Termin geht.'],
    ['Demande-leur une autre date, je suis en formation ce jour-là.'],
    ['Pídeles otra fecha, ese día tengo médico.'],
    ['Vraag even of er een andere datum mogelijk is.'],
    ['Poproś ich o inny termin, w środę nie mogę.'],
  ])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
  it.each([
    ['They say they have no other date, so it is that Tuesday or nothing.'],
    ['Secondo te si può chiedere di spostarlo?'],
    ['Mi padre tiene consulta ese día y no hay otra fecha.'],
  ])('%j instructs nothing', (note) => expect(instruction(note)).toBeNull());
});

describe('trying to do something is no "I will try it"', () => {
  it.each([["J'essaie de comprendre ce qu'ils veulent vraiment."], ['Je tente de joindre la recruteuse depuis hier.'], ['Tento di capire se è full remote.']])(
    '%j instructs nothing',
    (note) => expect(instruction(note)).toBeNull(),
  );
  it.each([["J'essaie, on verra bien."], ['Ci provo, dai.']])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
  it('trying for years to get in there is wanting a later opening', () => {
    const concepts = (note: string) => readOwnerNote(note).statements.map((s) => s.concept);
    expect(concepts('Deux ans que j’essaie de rentrer là-bas.')).toContain('later-opening');
    expect(concepts('I have been trying to get in there since 2022.')).toContain('later-opening');
  });
});

describe('"tell them I am coming" in a regional form', () => {
  it.each([['Schreib denen, dat ich komm.'], ['Sag denen, ich komm gern.']])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
});

describe('a clipped "going to this one"', () => {
  it.each([['Going to this one, it is ten minutes from home.'], ['Defo going to this interview.']])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
  it('"going to the dentist" is no instruction', () => expect(instruction('Going to the dentist that morning, so maybe later.')).toBeNull());
});

describe('German "abschreiben" (to write a no), the particle at the end', () => {
  it.each([['Schreib denen bitte freundlich ab.'], ['Kannst du ihnen abschreiben? Ich will das nicht.'], ['Schreibt ihr bitte höflich ab, dass ich schon was habe.']])('%j → decline', (note) =>
    expect(instruction(note)).toBe('decline'),
  );
});

describe('taking the day off for it, or going called the sensible thing, is a yes', () => {
  it.each([
    ["I'll take the morning off, it's only an hour."],
    ['Dan neem ik die ochtend wel vrij.'],
    ['Dafür nehm ich mir frei.'],
    ['Mi prendo il giorno, ne vale la pena.'],
    ['Wezmę wolne i pojadę.'],
    ['It would be sensible to go, the team is good.'],
    ['Je pose une journée pour y aller.'],
    ['Me pido el día y voy.'],
    ['Pido el día libre, vale la pena.'],
  ])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
});

describe('"me pido" is the owner asking for something themselves, never someone asking them', () => {
  it('"me pido el día y voy" is no request reported', () => expect(instruction('Me pido el día y voy.')).toBe('attend'));
  it('"mi madre me pide que no vaya" is still her request', () => expect(instruction('Mi madre me pide que no vaya.')).toBeNull());
});

describe('asking for it to go in the owner\'s calendar is a yes, in every language', () => {
  it.each([
    ['Zet hem maar in mijn agenda.'],
    ['Trag das bitte in meinen Kalender ein.'],
    ['Mets-le dans mon agenda, merci.'],
    ['Apúntalo en mi agenda.'],
    ['Segnalo in agenda, ci vado.'],
    ['Marca isso na minha agenda.'],
    ['Wpisz to do kalendarza.'],
  ])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
  it('a calendar that is full is no yes', () => expect(instruction('Mijn agenda zit die week vol.')).toBeNull());
  it.each([['Já tenho outra coisa marcada na agenda nesse dia.'], ['Ho già segnato un altro impegno in agenda.'], ['Ich habe da schon was in meinen Kalender geschrieben.']])(
    '%j (what is already in it) is no yes',
    (note) => expect(instruction(note)).not.toBe('attend'),
  );
});

describe('a Portuguese verb read in a Spanish note keeps to its verb forms', () => {
  it('"la aceitera" (an oil mill) is no "aceitar"', () => expect(instruction('Esto es lo de la aceitera de Carmona.')).toBeNull());
  it('"aceito o convite" is still a yes', () => expect(instruction('Aceito o convite, claro.')).toBe('attend'));
});

describe('"it\'s not that I must say no" denies the no: no instruction to decline', () => {
  it.each([['Non è che devo per forza dire di no a tutto.'], ["It's not like I have to say no to everything."], ['No es que tenga que decir que no a todo.'], ['Nie chodzi o to, że muszę odmówić.']])(
    '%j → no decline',
    (note) => expect(instruction(note)).not.toBe('decline'),
  );
  it('a no in a clause of its own after it still counts', () => expect(instruction("It's not that the job is bad, just tell them no.")).toBe('decline'));
});

describe('"as they say" after a yes is going along with what they propose, no one else\'s words', () => {
  it.each([['Dì che vengo alle dieci e mezza come dicono loro.'], ['Diles que voy a las diez como dicen ellos.']])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
  it('"dicono che" is still hearsay', () => expect(instruction('Dicono che dovrei andarci.')).not.toBe('attend'));
});

describe('Dutch "m\'n" and "z\'n" hold no Portuguese "n" (não) when a short note is read in every language', () => {
  it.each([["Zet 'm maar in m'n agenda."], ['Zet hem maar in m’n agenda.']])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
  it('"eu n vou" is still a Portuguese no', () => expect(instruction('eu n vou')).toBe('decline'));
});

describe('a Dutch split verb with four or five words between its parts', () => {
  it.each([['Zeg het dus maar heel netjes af.'], ['Wijs ze dan maar gewoon vriendelijk af.']])('%j → decline', (note) => expect(instruction(note)).toBe('decline'));
});

describe('Dutch "laten we … gaan", a first-person plural go', () => {
  it.each([['Laten we maar gewoon gaan.'], ['Laten we er maar heen gaan, kan geen kwaad.']])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
  it('"laten we het maar niet doen" is no yes', () => expect(instruction('Laten we het maar niet doen.')).not.toBe('attend'));
});

describe('saying yes named as what to do, in the infinitive or the first person plural', () => {
  it.each([
    ['Mij lijkt het het slimst als we gewoon ja zeggen en ik even ga kijken.'],
    ['Ich würde einfach ja sagen.'],
    ['Lo mejor es que les decimos que sí.'],
    ['Acho melhor dizer que sim.'],
    ['czwartek 14:00 - na tak'],
    ['Powiem tak, czemu nie.'],
  ])('%j → attend', (note) => expect(instruction(note)).toBe('attend'));
  it('"ik ga geen ja zeggen" is a no', () => expect(instruction('Ik ga geen ja zeggen.')).toBe('decline'));
});

describe('leaving or skipping this one, in the first person, is a no', () => {
  it.each([["I think I'll leave this one, to be honest."], ["I'll skip this one."]])('%j → decline', (note) => expect(instruction(note)).toBe('decline'));
  it.each([["I'll leave this one open for now."], ["I'll leave it to you to decide."]])('%j is no no', (note) => expect(instruction(note)).not.toBe('decline'));
});

describe('Limburg Dutch "mer" (maar) and "ich" (ik)', () => {
  it('"dus zeg mer ja tegen die donderdag" → attend', () => expect(instruction('Die is echt top, dus zeg mer ja tegen die donderdag.')).toBe('attend'));
});
