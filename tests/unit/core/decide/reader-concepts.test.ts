/**
 * The reader by class, read as concepts rather than phrases: each class with sentences written for these
 * tests (none taken from the corpus), in several languages and inflections, with the structural reading
 * they rely on (pairs of concepts in a clause, the owner's own side, negation scope, denied sayings, a
 * turn and what it names, quotes from the ad, the invitation's own words).
 */
import { describe, expect, it } from 'vitest';
import { PreferencesSchema } from '../../../../functions/config/schema.js';
import { decide } from '../../../../functions/core/decide/decide.js';
import * as Concepts from '../../../../functions/core/decide/concepts.js';
import { readOwnerNote } from '../../../../functions/core/decide/reader.js';
import { readInviteSignals, readNote } from '../../../../functions/core/decide/signals.js';

const preferences = PreferencesSchema.parse({});
const facts = { company: 'Acme', role: 'Analyst', format: 'video' as const, slots: [] };
const decision = (note: string | null, inviteText = 'We would like to invite you to an interview.') => decide({ facts, note, inviteText, preferences });
const decided = (note: string, inviteText?: string) => {
  const d = decision(note, inviteText);
  return `${d.verdict}/${d.reasons[0]?.code}`;
};
const instruction = (note: string) => readOwnerNote(note).instruction?.verdict ?? null;

describe('bleak by events: a company subject and an event of distress, in any order', () => {
  it.each([
    'Their bank pulled the credit line in spring.',
    'They have been paying staff late since the summer.',
    'Ils ont perdu leur principal client en septembre.',
    'Das Werk in Graz sperren sie nächstes Jahr zu.',
    'Die Gehälter werden seit März verspätet ausgezahlt.',
    'No están pagando los sueldos desde abril.',
    'Hanno messo in cassa integrazione metà degli operai.',
    'Ze hebben vijftig banen geschrapt.',
    'A empresa está com salários em atraso.',
    'Firma zalega z wypłatami od wiosny.',
    'The creditors forced them into receivership.',
    'Leur usine de Roubaix a fermé et la boîte est en réorganisation judiciaire.',
  ])('%j → bleak, firm', (note) => expect(readNote(note).bleak).toBe('firm'));

  it.each([
    'The office is closed on Fridays, so Thursday it is.',
    'I lost my contract in May, so I need this.',
    'Salaries have never been late there.',
    'They did not lose a single client in the crisis.',
    'No layoffs there in twenty years.',
  ])('no company in distress: %j', (note) => expect(readNote(note).bleak).toBe('none'));
});

describe('a dud by description: the conditions of the work, stated', () => {
  it.each([
    'Vertrag befristet auf fünf Monate, nur Ablage.',
    'A twelve-week maternity cover answering phones.',
    "Contrat de quatre mois en saisie de commandes.",
    'Son guardias de fin de semana por dos meses.',
    'Zero training, you get a headset and a script.',
    "Le poste n'a pas vocation à être prolongé.",
    'Cobran por pieza, sin sueldo fijo.',
    'Umowa na zastępstwo, pół roku, obsługa klienta.',
  ])('%j → dud, firm', (note) => expect(readNote(note).dud).toBe('firm'));

  it.each([
    'Permanent contract with a three-month probation.',
    'The whole process takes two weeks.',
    'They have a flat hierarchy, which I like.',
  ])('no dud: %j', (note) => expect(readNote(note).dud).toBe('none'));

  it.each([
    'Is that not the morning after my night shift?',
    'Ist das nicht der Tag nach meinem letzten Nachtdienst?',
    'È il giorno dopo il mio turno di notte, devo controllare.',
    'Dat is net na mijn nachtdienst.',
  ])('a term of the job the owner has now ("my night shift") is no dud: %j', (note) => expect(readNote(note).dud).toBe('none'));

  it('what the owner quotes from the ad still describes the role', () => {
    expect(readNote("Il ruolo: 'contratto a chiamata' e 'provvigioni'.").dud).toBe('firm');
    expect(instruction("They wrote 'please confirm by Friday'. Fine.")).toBeNull();
  });
});

describe('a dud and a bleak outlook together decline: nothing appeals', () => {
  it.each([
    'Temp contract, three months, keying in purchase orders. Also their bank pulled the credit line.',
    'Mission d’intérim de deux mois, que du phoning. En plus ils ont fermé leur agence de Lille.',
    'Nur Provision, Kaltakquise, und sie haben das Lager in Bremen dichtgemacht.',
    'Es puro puerta a puerta a comisión y despidieron a la mitad de la plantilla.',
    'Contratto di tre mesi nel call center, e hanno chiuso lo stabilimento di Brescia.',
    'Alleen provisie, koud bellen, en ze hebben hun grootste klant verloren.',
    'Só comissão, vendas porta a porta, e fecharam três lojas este ano.',
    'Sama prowizja, zimne telefony, do tego zamknęli oddział w Łodzi.',
    // Bogus self-employment, night shelf-stacking, keying data in (a verb), a company being wound up.
    'They want me self-employed on their terms, and they are being wound up.',
    'Stocking shelves at night. They have just gone into administration.',
    'Só inserir dados no sistema. Entraram em recuperação judicial.',
    // Answering phones, in Dutch.
    'Ze zijn hun grootste klant kwijt en de helft is ontslagen. Functie: alleen telefoon opnemen.',
    // Pay late said with a verb, payroll missed, staff walked out; commission, unpaid internships, keying invoices.
    'Lonen worden al maanden te laat betaald. En het is commissie-only verkoop.',
    'Gli stipendi arrivano in ritardo da mesi, e il lavoro è solo inserire fatture.',
    'Stanno chiudendo le filiali una dopo l’altra, e cercano uno stagista non pagato.',
    'Wypłaty spóźniają się od miesięcy, a to tylko umowa na zastępstwo.',
    'Firma ma komornika na karku i szuka telemarketera na prowizji.',
    'They haven’t made payroll twice this year, and it’s an unpaid internship.',
    'Half the office got walked out last month. The job is night shifts on the phones.',
    'Llevan meses pagando tarde las nóminas y el puesto es de teleoperador por horas.',
  ])('%j → decline, nothing-appealing', (note) => expect(decided(note)).toBe('decline/nothing-appealing'));

  // Someone still waiting for their pay, said with the waiting verb; someone inside who only carries such news is no draw.
  it.each([
    'A mate of mine who works there is still waiting for his last two paychecks.',
    'Mein Schwager arbeitet dort und wartet immer noch auf das Gehalt vom Oktober.',
    'Une copine qui bosse là-bas attend toujours sa paie de novembre.',
    'Mi prima trabaja ahí y todavía está esperando el sueldo de octubre.',
    'Un amico che lavora lì aspetta ancora lo stipendio di settembre.',
    'Een kennis die daar werkt wacht nog steeds op zijn loon van oktober.',
    'Uma amiga que trabalha lá ainda está esperando o salário de outubro.',
    'Kumpel, który tam pracuje, wciąż czeka na wypłatę za październik.',
  ])('%j → bleak, and no draw of the people', (note) => {
    expect(readNote(note).bleak).toBe('firm');
    expect(readOwnerNote(note).statements.filter((s) => s.concept === 'draw')).toEqual([]);
  });

  // Commission in place of a salary, said with "instead of".
  it.each([
    'It is commission instead of a proper salary.',
    'Que des commissions au lieu d’un salaire fixe.',
    'Umsatzbeteiligung anstatt Fixum, na toll.',
    'Comisiones en lugar de sueldo.',
    'Provvigioni invece dello stipendio.',
    'Provisie in plaats van een vast salaris.',
    'Comissões em vez de salário.',
    'Prowizja zamiast pensji.',
  ])('%j → dud, firm', (note) => expect(readNote(note).dud).toBe('firm'));

  it('"write them something nice" is the manner of a no, not a liking', () => {
    expect(readOwnerNote('Schreib ihnen was Nettes.').statements.filter((s) => s.concept === 'draw')).toEqual([]);
    expect(instruction('Nope, not for me. Write them something nice.')).toBe('decline');
  });

  it('the owner’s own past, and paid overtime, are no such thing', () => {
    expect(decided('I got let go from my last job in March, so I really need this one.')).toBe('attend/practice');
    expect(decided('Pagan por horas extra, eso está bien.')).toMatch(/^attend/);
  });

  it('a draw named after them keeps it an attend', () => {
    expect(decided('Six-month contract, and the firm is in administration. But it is the only aerospace job around and I want it.')).toBe('attend/owner-instruction');
    expect(decided('The company lost its biggest client. Still, it is a great team.')).toBe('attend/networking');
  });
});

describe('the whole verdict, in its words of wanting', () => {
  it.each([
    'Zero appeal, honestly.',
    'Franchement, rien dans cette offre ne me donne envie.',
    'Null Bock auf das Ganze.',
    'Cero ganas, la verdad.',
    'Nic mnie w tym nie kręci.',
    'Per me è un no.',
    'Pas emballé. Rien ne me retient là.',
  ])('%j → decline, nothing-appealing', (note) => expect(decided(note)).toBe('decline/nothing-appealing'));

  it('a bare "Nah." opening the note is a reaction that its verdict explains; alone, it is a no', () => {
    expect(decided('Nah. Nothing they describe appeals to me.')).toBe('decline/nothing-appealing');
    expect(decided('Nah.')).toBe('decline/owner-instruction');
  });
});

describe('the instruction: decisions, suggestions, requests in their forms', () => {
  it.each([
    ['Maybe we just say yes to this one?', 'attend'],
    ['Should be fine. Maybe we just pass?', 'decline'],
    ["I'd like to go, so send them a few times that week.", 'attend'],
    ["First thought: pass. Then I read more. Let's take the call.", 'attend'],
    ['Thursday works for me.', 'attend'],
    ['Might be best to say thanks but not this time?', 'decline'],
    ['Decile que no, gracias igual.', 'decline'],
    ['Buen puesto, pero voy a rechazarlo.', 'decline'],
    ['Vous leur direz que je ne donne pas suite.', 'decline'],
    ['Pode recusar, já aceitei outra proposta.', 'decline'],
    ['Die Stelle haut mich nicht um, aber ich geh trotzdem hin.', 'attend'],
    ['A vaga não me empolga, mas vou na mesma.', 'attend'],
    ['Kannst du ihnen sagen, dass ich gerne komme?', 'attend'],
    ['¿Les puedes mandar una negativa amable?', 'decline'],
    ['Możesz im napisać, że chętnie przyjdę?', 'attend'],
    ['Absolutely not. They cancelled on me twice.', 'decline'],
    ['Ni en pedo voy.', 'decline'],
  ])('%j → %s', (note, verdict) => expect(instruction(note)).toBe(verdict));

  it.each([
    'Is the 9th the week I am in Lisbon? I\'m in Porto the week after.',
    "She wrote 'let me know by Friday if you'd rather withdraw, otherwise I'll confirm you'. No pressure.",
    'Me piden confirmar antes del viernes.',
    'On me demande de confirmer avant jeudi midi.',
    'Sie wollen, dass ich bis Freitag zusage.',
    'Proszą o potwierdzenie do piątku.',
    '¿Las 10 de quién? Nunca sé si Lima va una hora adelante.',
  ])('no instruction of the owner: %j', (note) => expect(instruction(note)).toBeNull());
});

describe('negation and denied sayings', () => {
  it('a denied saying flips what it says: a draw to what it names, or a doubt', () => {
    expect(decided('On ne peut pas dire que ce soit une maison qui me laisse indifférent.')).toBe('attend/future-opening');
    expect(decided("I won't pretend the role excites me.")).toBe('attend/might-want-it');
    expect(decided('No te voy a decir que no me interesa. Lo que no me termina de cerrar es la parte comercial.')).toBe('attend/might-want-it');
  });
  it('litotes of praise are a draw', () => {
    expect(decided('Also ich find, das ist heute kein schlechter Laden.')).toBe('attend/future-opening');
    expect(decided("L'équipe est géniale. Travailler avec eux, je ne dirais pas non !")).toBe('attend/networking');
  });
  it('"Ich weiß nicht, ob…": the German ß is read ("weiss")', () => {
    expect(decided('Ich weiß nicht, ob die Stelle was für mich ist.')).toBe('attend/might-want-it');
  });
});

describe('the lead: what the draw is about, and which draw leads', () => {
  it.each([
    ['Dull work. But the head of data is Ana Ruiz. A GENIUS.', 'attend/networking'],
    ['Eher stumpfe Arbeit. ABER: es ist die Firma, bei der ich seit Jahren rein will!!', 'attend/future-opening'],
    ['Title is vague. But it is climate tech!! That is EXACTLY the field I have been trying to get into.', 'attend/networking'],
    ['Le poste est assez terne. Mais l’équipe est dirigée par une des meilleures financières de la région.', 'attend/networking'],
    ['Nie powiem, żeby mnie ta firma nie ciekawiła. Czytam ich bloga od lat.', 'attend/future-opening'],
    ['C’est un groupe qui se porte bien, il y aurait sans doute d’autres occasions chez eux par la suite.', 'attend/future-opening'],
  ])('%j → %s', (note, lead) => expect(decided(note)).toBe(lead));

  it('a company doing well draws only when the owner voices no doubt about the role', () => {
    expect(decided('They just opened a second office in Porto.')).toBe('attend/future-opening');
    expect(decided('Looks like pure data entry. They are growing fast though.')).toBe('attend/might-want-it');
  });

  it('a reservation or a thin description is a doubt; "más vuelo del que parece" is no flight', () => {
    expect(decided('Die Beschreibung ist recht dünn.')).toBe('attend/might-want-it');
    expect(decided('Mi sembra un ruolo abbastanza piatto, ma chissà.')).toBe('attend/might-want-it');
    expect(decided('Los avisos nunca cuentan todo, capaz tiene más vuelo del que parece.')).toBe('attend/might-want-it');
  });
});

describe('the lead after a rejected opinion, and after a hedged doubt', () => {
  it.each([
    ["People online say the company is toxic. I don't believe a word of it; I've met two of their engineers and they were lovely.", 'attend/networking'],
    ['Mein Mann sagt, die Stelle sei ein Rückschritt. Finde ich nicht, das Team macht spannende Sachen.', 'attend/networking'],
    ['Ma sœur pense que le poste est ennuyeux. Elle n’a pas tort, mais bon, on ne sait jamais.', 'attend/might-want-it'],
    ['Maybe a tad junior, I am not sure. Could still be interesting.', 'attend/might-want-it'],
    ['Talvez seja um pouco básico demais, não sei.', 'attend/might-want-it'],
    ["I wouldn't say it's boring, just not what I had in mind.", 'attend/might-want-it'],
    ['Może trochę za proste, nie jestem pewna.', 'attend/might-want-it'],
  ])('%j → %s', (note, lead) => expect(decided(note)).toBe(lead));

  it('a whole day with only an unnamed doubt leads with the day’s cost; a dud named, with the doubt', () => {
    const day = { ...facts, format: 'onsite' as const, slots: [{ start: '2027-06-21T09:00:00+02:00', end: '2027-06-21T17:30:00+02:00' }] };
    const inviteText = 'La giornata di selezione si terrà lunedì 21 giugno dalle 9:00 alle 17:30 presso la nostra sede.';
    const lead = (note: string) => {
      const d = decide({ facts: day, note, inviteText, preferences });
      return `${d.verdict}/${d.reasons[0]?.code}`;
    };
    expect(lead('boh, vediamo')).toBe('attend/time-cost');
    expect(lead('Not sure about this one.')).toBe('attend/time-cost');
    expect(lead('Contratto a chiamata tramite agenzia, boh.')).toBe('attend/might-want-it');
  });
});

describe('"I won\'t say no" decides only in the future tense and as a whole clause', () => {
  it.each([['Non dico di no, ma è un ruolo un po\' vago.'], ['Não vou dizer que não há ali nada pra mim.'], ['No voy a decir que no me gusta, pero dudo.']])('%j is no instruction', (note) => expect(instruction(note)).toBeNull());
});

describe('what the invitation itself says', () => {
  it('an earlier contact it recalls is a future opening, with its words', () => {
    const inviteText = 'Nous avions eu le plaisir d’échanger avec vous en mars dernier. Un nouveau poste vient de s’ouvrir.';
    const d = decision(null, inviteText);
    expect(`${d.verdict}/${d.reasons[0]?.code}`).toBe('attend/future-opening');
    for (const e of d.reasons[0]?.evidence ?? []) expect(inviteText).toContain(e.text);
  });
  it('a stated span of four hours or more, and travel in any of the languages, are a time cost', () => {
    expect(readInviteSignals('Etap finałowy w godz. 9:00–15:30 w naszym biurze.', { role: null }).evidence.time).toContain('9:00–15:30');
    expect(readInviteSignals('Le colloque dure de 14h00 à 15h30.', { role: null }).evidence.time).toBeUndefined();
    expect(readInviteSignals('Koszty podróży i noclegu pokrywa bank.', { role: null }).travel).toBe(true);
  });
  it.each([
    ['Il pomeriggio prevede quattro colloqui consecutivi di circa 45 minuti ciascuno.'],
    ['Es erwarten Sie vier Gespräche direkt hintereinander.'],
    ['Vous aurez trois entretiens à la suite.'],
    ['Serán cuatro entrevistas seguidas.'],
    ['Je hebt drie gesprekken achter elkaar.'],
    ['Czekają Panią cztery rozmowy pod rząd.'],
  ])('several interviews one after another are a long loop: %s', (text) => {
    expect(readInviteSignals(text, { role: null }).fullDay).toBe(true);
  });
  it.each([
    ['We interviewed you back in 2024 and kept your details; a new role has opened.'],
    ['Nous vous avions reçue en entretien il y a deux ans.'],
    ['Sie hatten sich im letzten Frühjahr schon einmal bei uns beworben.'],
    ['Te entrevistamos hace dos años para el área comercial.'],
    ['Ci eravamo conosciuti a un colloquio l’anno scorso.'],
    ['Afgelopen najaar voerden we al een gesprek met je.'],
    ['Participou num processo de recrutamento connosco há um ano.'],
    ['Rozmawialiśmy w ubiegłym roku podczas rekrutacji.'],
  ])('an earlier process recalled by a contact and a time well past: %s', (text) => {
    expect(readInviteSignals(text, { role: null }).invitedBefore).toBe(true);
    expect(decision(null, text).reasons[0]?.code).toBe('future-opening');
  });
  it.each([
    ['Thanks for the call last week; we would like to invite you to a second interview.'],
    ['Following your application for the analyst role, our team thinks you may fit a different opening better.'],
    ['Wir laden Sie zu einem Gespräch am Dienstag, 4. Mai 2027, ein.'],
  ])('the same process going on, or the role now offered, recalls nothing earlier: %s', (text) => {
    expect(readInviteSignals(text, { role: null }).invitedBefore).toBe(false);
  });
  it('a short contract and a closure in the invitation', () => {
    const signals = readInviteSignals('Il s’agit d’un CDD de 2 mois. Nous fermons notre site de Mons en juin.', { role: null });
    expect(signals).toMatchObject({ dudRole: true, bleak: true });
  });
  it('its own terms alone (a fixed term), with no doubt from the owner: practice first, the terms a doubt after it', () => {
    const inviteText = 'Die Stelle als Analyst ist eine auf 6 Monate befristete Elternzeitvertretung. Wir laden Sie zu einem Gespräch ein.';
    for (const note of [null, 'Zur Info.']) {
      const d = decision(note, inviteText);
      expect(d.reasons.map((r) => r.code).slice(0, 2)).toEqual(['practice', 'might-want-it']);
      for (const reason of d.reasons.slice(0, 2)) for (const e of reason.evidence ?? []) expect(inviteText).toContain(e.text);
      expect(d.reasons[1]?.evidence?.[0]?.source).toBe('invitation');
    }
    // The owner's own doubt still leads.
    expect(decision('Klingt etwas öde, weiß nicht.', inviteText).reasons[0]?.code).toBe('might-want-it');
  });
  it('casual work whose hours vary with demand is a dud; a casual chat is not', () => {
    expect(readInviteSignals('Casual rates apply; hours will vary from week to week.', { role: null }).dudRole).toBe(true);
    expect(readInviteSignals('Shifts vary depending on demand in the warehouse.', { role: null }).dudRole).toBe(true);
    expect(readInviteSignals('It is a casual chat over coffee with the team lead.', { role: null }).dudRole).toBe(false);
  });
  it('opening hours are no closure', () => {
    expect(readInviteSignals('Our office closes at 5pm on Fridays.', { role: null }).bleak).toBe(false);
  });
});

describe('reasons carry their evidence', () => {
  it.each([
    'Das Werk in Graz sperren sie nächstes Jahr zu, und es ist nur Kaltakquise.',
    'Dull work. But the head of data is Ana Ruiz. A GENIUS.',
    'Cero ganas, la verdad.',
    'Thursday works for me.',
  ])('%j: the note evidence is in the note', (note) => {
    const d = decision(note);
    expect(d.reasons[0]?.evidence?.length ?? 0).toBeGreaterThan(0);
    for (const reason of d.reasons) for (const e of reason.evidence ?? []) if (e.source === 'note') expect(note).toContain(e.text);
  });
});

describe('how the concept lists are written', () => {
  it('no pattern ends in an optional part after a space (a space is compiled as one or more, so "growing (?:fast)?" would need one after "growing")', () => {
    const written = Object.entries(Concepts).flatMap(([name, concept]) =>
      concept && typeof concept === 'object' && !Array.isArray(concept) && !(concept instanceof RegExp) && !(concept instanceof Map)
        ? Object.values(concept as Record<string, unknown>).flatMap((list) => (Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string').map((p) => `${name}: ${p}`) : []))
        : [],
    );
    expect(written.length).toBeGreaterThan(1000);
    expect(written.filter((p) => / \(\?:[^()]*\)\?$/u.test(p))).toEqual([]);
  });
});

describe("the seed's reasons said plainly, in the conditional or as a comparison", () => {
  it.each([
    ['The role could be better than the ad makes it sound.', 'attend/might-want-it'],
    ["Le poste pourrait être mieux que l'annonce.", 'attend/might-want-it'],
    ['Die Stelle ist vielleicht besser als die Anzeige.', 'attend/might-want-it'],
    ['El puesto puede ser mejor de lo que dice la oferta.', 'attend/might-want-it'],
    ['Il ruolo potrebbe essere meglio di come lo descrivono.', 'attend/might-want-it'],
    ['De functie is misschien leuker dan de vacature doet vermoeden.', 'attend/might-want-it'],
    ['Later a better position could open up there.', 'attend/future-opening'],
    ['Später könnte da eine bessere Stelle frei werden.', 'attend/future-opening'],
    ['Later komt er misschien een betere functie vrij.', 'attend/future-opening'],
    ['Mais tarde pode abrir uma vaga melhor lá.', 'attend/future-opening'],
    ['Później może się tam zwolnić lepsze stanowisko.', 'attend/future-opening'],
    ["I'd meet people in the industry.", 'attend/networking'],
    ['Je rencontrerais des gens du secteur.', 'attend/networking'],
    ['Conocería gente del sector.', 'attend/networking'],
    ['Conoscerei gente del settore.', 'attend/networking'],
    ['Ik leer mensen uit de branche kennen.', 'attend/networking'],
    ['Conheceria pessoas do setor.', 'attend/networking'],
    ['Poznałabym ludzi z branży.', 'attend/networking'],
  ])('%j → %s', (note, want) => expect(decided(note)).toBe(want));
});
describe('a dud by its pay model: paid per ticket, per task, per delivery', () => {
  it.each([
    ['Paid per ticket closed, nothing else.'],
    ['Rozliczenie za zrealizowane zgłoszenia i tyle.'],
    ['Bezahlt pro Auftrag, sonst nichts.'],
    ['Pagato a consegna, niente fisso.'],
    ['Betaald per levering.'],
    ['Pago por tarea.'],
    ['Pago por entrega.'],
    ['Payé au colis.'],
  ])('%j is a dud role', (note) => expect(readOwnerNote(note).statements.some((s) => s.concept === 'dud' && s.target === 'role')).toBe(true));
  it('"no guarantee of any hours" in English and Polish', () => {
    for (const note of ['B2B contract with no guarantee of any hours.', 'Kontrakt bez jakiejkolwiek gwarancji liczby godzin.']) expect(readOwnerNote(note).statements.some((s) => s.concept === 'dud')).toBe(true);
  });
});

describe('Australian and British work words: labour hire, casual with no guaranteed shifts, punching timesheets, care and maintenance', () => {
  it('a dud role and a bleak company read from them', () => {
    const r = readOwnerNote("Labour hire, casual, no guaranteed shifts, just punching timesheets into a computer. The owners put the mine into care and maintenance and they've been laying people off since.");
    expect(r.statements.some((s) => s.concept === 'dud')).toBe(true);
    expect(r.statements.some((s) => s.concept === 'bleak')).toBe(true);
  });
  it('"put me down as a yes" / "as a no" instruct', () => {
    expect(readOwnerNote('Put me down as a yes.').instruction?.verdict).toBe('attend');
    expect(readOwnerNote('Mark me down as a no.').instruction?.verdict).toBe('decline');
  });
  it('Northern English: "us" for "me", "giving it a miss", a clipped "going"', () => {
    expect(instruction('the hours look rough to be honest\nput us down for the tuesday one')).toBe('attend');
    expect(instruction('our lass says go, but the drive is daft. think i\'m giving this one a miss')).toBe('decline');
    expect(instruction('yeah, going\nwill need to swap a shift')).toBe('attend');
    expect(instruction('everyone keeps going on about it')).toBeNull();
  });
  it('"write them that I am coming", with a comma, in the present tense', () => {
    expect(instruction('Umowa krótka, ale co tam. Dobra, pisz im, że przychodzę.')).toBe('attend');
    expect(instruction("Short contract, but fine. Tell them I'm coming.")).toBe('attend');
  });
  it('Portuguese "manda no" (rules in the) is no Spanish or Italian "send a no"', () => {
    expect(instruction('Quem manda no armazém agora é a Rita, que trabalhou comigo.')).toBeNull();
    expect(instruction('Mándales un no educado, por favor.')).toBe('decline');
    expect(instruction('Mandagli un no gentile.')).toBe('decline');
  });
});

describe('a dud role as Flemish notes describe it', () => {
  it.each([
    ['Het is statuut zelfstandige in bijberoep.'],
    ['Enkel avonden en weekends de helpdesk bemannen.'],
    ['Betaald per opgelost ticket.'],
    ['Paid per completed delivery, nothing else.'],
  ])('%j is read as dud work', (note) => expect(readOwnerNote(note).statements.some((s) => s.concept === 'dud')).toBe(true));
});

describe('Portuguese "vaga" (the vacancy) is no Spanish or Italian "vaga" (vague)', () => {
  it('a note naming the vacancy reads no doubt about the role', () => {
    expect(readOwnerNote('A gestora da vaga é a Mariana Lopes, que trabalhou comigo na Nuvenx.').statements.some((s) => s.concept === 'doubt')).toBe(false);
  });
  it.each([['La descripción es muy vaga.'], ['La descrizione è piuttosto vaga.'], ['O anúncio é vago.']])('%j is still vague', (note) =>
    expect(readOwnerNote(note).statements.some((s) => s.concept === 'doubt')).toBe(true),
  );
});

describe('an invitation that recalls an earlier contact, in Brazilian Portuguese and Spanish', () => {
  it.each([
    ['A gente conversou em 2025 sobre a vaga de Analista e seu perfil ficou com a gente desde então.'],
    ['Foi ótimo retomar o contato com você.'],
    ['Hablamos el año pasado sobre otra vacante y nos acordamos de ti.'],
  ])('%j', (text) => expect(readInviteSignals(text, { role: null }).evidence.earlier).toBeDefined());
});

describe('an invitation that remembers the candidate or a talk in a past month, in the eight languages', () => {
  it.each([
    ['Que bom voltar a ter notícias suas! Lembro-me bem de si: falámos em abril passado por causa dos cursos de verão.'],
    ['Lembro-me de si da feira de emprego.'],
    ['I remember you well from the open day.'],
    ['Good to hear from you again, Sam.'],
    ['Je me souviens très bien de vous.'],
    ['Ich erinnere mich gut an Sie und Ihr Projekt.'],
    ['Me acuerdo muy bien de ti: hablamos en marzo pasado.'],
    ['Mi ricordo bene di te.'],
    ['Ik herinner me je nog goed van de open dag.'],
    ['Pamiętam Panią z targów pracy.'],
  ])('%j', (text) => expect(readInviteSignals(text, { role: null }).evidence.earlier).toBeDefined());
  it('not a plain thanks for the news', () => expect(readInviteSignals('Merci pour votre candidature, ravie d’avoir de vos nouvelles.', { role: null }).evidence.earlier).toBeUndefined());
});

describe('someone the owner knows who passed the opening on is a draw of the people', () => {
  it.each([
    ["Marianne is a friend of my aunt's, she's the one who told me about the opening."],
    ['My old boss referred me.'],
    ['Un ancien collègue m’a recommandée.'],
    ['Ein alter Kollege hat mich empfohlen.'],
    ['Un antiguo compañero de trabajo me habló del puesto.'],
    ['Un mio ex collega mi ha segnalato.'],
    ['Een oud-collega heeft me aanbevolen.'],
    ['Uma antiga colega indicou-me.'],
    ['Mój kolega ze studiów polecił mnie.'],
  ])('%j', (note) => expect(readOwnerNote(note).statements.some((s) => s.concept === 'draw' && s.target === 'people')).toBe(true));
  it('not a relative’s opinion about going', () => expect(readOwnerNote('My friend thinks I should skip it.').statements.some((s) => s.concept === 'draw' && s.target === 'people')).toBe(false));
});
