/** The format by class (issue #13, class 7), in several languages: onsite said indirectly, phone said indirectly, a past call is no format. */
import { describe, expect, it } from 'vitest';
import { isInvitation } from '../../../../functions/core/decide/decide.js';
import { extractFacts, type OriginalMessage } from '../../../../functions/core/extract/extract.js';
import { detectFormat } from '../../../../functions/core/extract/format.js';

function format(body: string): string {
  const original: OriginalMessage = { from: { name: 'Kim', address: 'kim@acme.example' }, replyTo: null, cc: [], subject: 'Interview', date: null, messageId: null, body, calendars: [] };
  return extractFacts(original, { ownerAddresses: [], fallbackDate: null, isInvitation }).format;
}

describe('format', () => {
  it('reads the format without the title: a phone job interviewed on site is on site', () => {
    const original: OriginalMessage = { from: { name: 'Selección', address: 'seleccion@olmedo.example' }, replyTo: null, cc: [], subject: 'Convocatoria – Gestor de recobro telefónico', date: null, messageId: null, body: 'Te convocamos a una entrevista grupal para el puesto de Gestor de recobro telefónico.\nDía: viernes 5 de febrero\nDirección: Calle Pradillo, 5, bajo\n28002 Madrid', calendars: [] };
    expect(extractFacts(original, { ownerAddresses: [], fallbackDate: null, isInvitation }).format).toBe('onsite');
  });
  it('…and so when the title is written with both endings ("Gestor/a de recobro telefónico")', () => {
    const original: OriginalMessage = { from: { name: 'Selección', address: 'seleccion@olmedo.example' }, replyTo: null, cc: [], subject: 'Convocatoria', date: null, messageId: null, body: 'Te convocamos a una entrevista grupal para el puesto de Gestor/a de recobro telefónico.\nDía: viernes 5 de febrero\nDirección: Calle Pradillo, 5, bajo\n28002 Madrid', calendars: [] };
    expect(extractFacts(original, { ownerAddresses: [], fallbackDate: null, isInvitation }).format).toBe('onsite');
  });

  it.each([
    ['fr, after a phone call', 'C’est Michèle, on s’est parlé au téléphone lundi. Passez chez nous vendredi, on en parle autour d’un café.'],
    ['it', 'Ti propongo di venire da noi in albergo martedì alle 10:30.'],
    ['nl', 'Kom gerust langs in de winkel, zaterdag rond twee uur.'],
    ['pt, come to the shop', 'Dá pra você vir aqui na padaria na quinta às 10h? A gente conversa.'],
    ['es, come to the workshop', '¿Puedes pasar por el taller el jueves a media mañana?'],
    ['fr, come to the cellar', 'Pouvez-vous passer à la cave samedi vers 14h ?'],
    ['en, here at the shop', 'Could we have a chat here at the bakery on Thursday at 10?'],
    ['de', 'Kommen Sie doch am Donnerstag bei uns vorbei.'],
    ['es', 'Pásate por el taller el lunes a las cinco.'],
    ['en, after a call', 'We spoke on the phone yesterday. Come by on Friday and meet the team.'],
    ['es, "como comentamos por teléfono" is the call before', 'Como comentamos por teléfono, te propongo vernos el jueves a las 18:00 en la cafetería del Hotel Sol, Passeig de Gràcia 20, 08007 Barcelona.'],
    ['pt, "conforme combinamos por telefone"', 'Conforme combinamos por telefone, esperamos por você na quinta às 10h na Rua Augusta 100, 1100-053 Lisboa.'],
  ])('a small employer asking to come over is onsite (%s)', (_lang, body) => {
    expect(format(body)).toBe('onsite');
  });


  it.each([
    ['nl', 'Wij nodigen u uit voor een gesprek op donderdag om 10.00 uur. U kunt gratis parkeren achter het gebouw.'],
    ['de', 'Wir laden Sie am Montag um 9 Uhr zum Gespräch ein. Parkplätze finden Sie direkt vor dem Eingang.'],
    ['fr', 'Nous vous attendons mardi à 14h. Vous pouvez vous garer dans la cour.'],
    ['it', 'La aspettiamo giovedì alle 11. Può parcheggiare nel cortile interno.'],
  ])('where the visitor may park says the interview is on site (%s)', (_lang, body) => {
    expect(format(body)).toBe('onsite');
  });

  it.each([
    ['en', 'We would like to invite you to an interview at our Purfleet depot. Please bring photo ID.'],
    ['pl', 'Dziękuję za rozmowę telefoniczną. Zapraszam na spotkanie w naszym biurze.'],
    ['it', 'La invitiamo a un colloquio presso la nostra sede di Milano.'],
    ['pt', 'Convidamos para uma entrevista na nossa sede.'],
    ['pt (Portugal), "nas nossas instalações"', 'Convidamo-lo para uma entrevista nas nossas instalações na terça-feira.'],
    ['ja', '面接は本社にお越しください。'],
  ])('onsite (%s)', (_lang, body) => {
    expect(format(body)).toBe('onsite');
  });

  it.each([
    ['en', 'How does Tuesday at 11:30 look? I will ring you on your mobile.'],
    ['de', 'Frau Sommer ruft Sie am Mittwoch unter Ihrer Mobilnummer an.'],
    ['pl', 'Czy mogłabym zadzwonić do Pani jutro o 10:00?'],
  ])('phone (%s)', (_lang, body) => {
    expect(format(body)).toBe('phone');
  });

  it('a call in the past says nothing about this interview', () => {
    expect(format('Thanks for the phone call last week. We would like to invite you to the next round.')).toBe('unknown');
  });

  it.each([
    ['en', 'Thanks for chatting with me on the phone on Monday. We would like to invite you to our assessment centre on 3 May.', 'onsite'],
    ['en', 'This first step is a 30-minute phone screen with Lee on Tuesday at 11. If it goes well, the final round is at our Leeds office.', 'phone'],
    ['en', 'Could you swing by the Camden studio on Thursday at 2pm to meet the team? Call me if you are running late.', 'onsite'],
    ['fr', 'Merci pour notre échange téléphonique. Nous vous proposons un entretien en visio jeudi à 10h.', 'video'],
    ['de', 'Gern möchten wir Sie zu einem Telefoninterview am Montag um 9 Uhr einladen. Bei Fragen erreichen Sie mich unter 030 1234567.', 'phone'],
    ['es', 'Te proponemos una entrevista presencial el martes a las 10:00 en nuestra sede.', 'onsite'],
    ['it', 'La contatteremo per un colloquio telefonico giovedì alle 15.', 'phone'],
    ['nl', 'Graag nodigen we je uit voor een videogesprek op dinsdag om 14.00 uur.', 'video'],
    ['pt', 'Gostaríamos de a convidar para uma entrevista presencial na nossa sede do Porto.', 'onsite'],
    ['pl', 'Zapraszam na rozmowę telefoniczną w piątek o 10:00.', 'phone'],
  ])('the format named or implied, not a past call or a later stage (%s)', (_lang, body, expected) => {
    expect(format(body)).toBe(expected);
  });

  it('a street address with no call or video words is an onsite interview', () => {
    expect(format('We look forward to seeing you on Monday at 10:00.\n\nKestrel House\n14 Tanner Row\nYork YO1 6JB')).toBe('onsite');
  });
});


describe('a phone in the job’s name is not the interview’s medium', () => {
  it('"Telefonverkauf" and a street address: onsite', () => {
    expect(detectFormat('Bewerbung als Telefonverkauf Innendienst.\nWir laden Sie zu einem Probearbeitstag ein:\nDienstag, 13. April, 8:00 Uhr\nKarl-Liebknecht-Straße 112\n04275 Leipzig', null, true)).toBe('onsite');
    expect(detectFormat('Wir rufen Sie am Dienstag telefonisch an.', null, false)).toBe('phone');
  });
});

describe('the phone as the way to confirm or call off is no phone interview', () => {
  it.each([
    ["Nous vous convoquons à l'épreuve orale, le lundi 8 février à 9 h 30 à l'Hôtel de Ville :\nPlace communale 1\n7190 Hautrive\nEn cas d'empêchement, merci d'en informer le Service du Personnel par téléphone au 064 00 21 30.", 'onsite'],
    ['Gostaríamos de a convidar para uma entrevista nas nossas instalações.\nRua Augusta 10, 1100-053 Lisboa\nAgradecemos que confirme a sua presença por e-mail ou telefone.', 'onsite'],
    ['We will call you on Tuesday at 10:00 for a 20-minute phone interview.', 'phone'],
    ["I'd like a quick 15-minute call first. Would Thursday at 11:30 suit? I'll ring your mobile.", 'phone'],
  ])('%s', (text, format) => {
    expect(detectFormat(text, null, /\d{4}/.test(text))).toBe(format);
  });
});

describe('a phone number given for clarifications or contact', () => {
  it.each([
    'A entrevista terá lugar na Praça da República, 1, 7480-000 Vale Formoso.\nPara qualquer esclarecimento, poderá contactar a Divisão de Recursos Humanos através do telefone 245 000 000.',
    'La entrevista será en Calle Mayor 3, 28013 Madrid. Para cualquier aclaración puede contactar con nosotros en el teléfono 910 000 000.',
  ])('is no phone interview: %s', (text) => {
    expect(detectFormat(text, null, true)).toBe('onsite');
  });
});

describe('an interview said to be remote, whatever the place of the role', () => {
  it.each([
    ['en', "We'd like a technical interview for the role in our Leeds hub (the role is hybrid, so the interview will be remote)."],
    ['de', 'Das Gespräch findet online statt. Die Stelle ist in unserem Büro in Hamburg.'],
    ['fr', "L'entretien se déroulera à distance. Le poste est basé dans nos locaux à Lyon."],
    ['es', 'La entrevista será virtual; el puesto es en nuestras oficinas de Madrid.'],
    ['it', 'Il colloquio si terrà da remoto, anche se la posizione è in sede a Milano.'],
    ['nl', 'Het gesprek is online; de functie is op kantoor in Utrecht.'],
    ['pt', 'A entrevista será online, embora a vaga seja na nossa sede em Lisboa.'],
    ['pl', 'Rozmowa odbędzie się zdalnie, stanowisko jest w naszym biurze w Gdańsku.'],
  ])('%s', (_lang, body) => expect(format(body)).toBe('video'));
  it('an interview at the office stays onsite', () => expect(format('The interview will be at our office, 12 Main Street, Leeds.')).toBe('onsite'));
});

describe('an interview said to be by phone, whatever the place of the role', () => {
  it.each([
    ['en', 'The interview will be by phone. The role is based in our Leeds office.'],
    ['de', 'Das Gespräch findet telefonisch statt. Die Stelle ist in unserem Büro in Hamburg.'],
    ['fr', "L'entretien se fera par téléphone. Le poste est basé dans nos locaux à Lyon."],
    ['es', 'La entrevista será telefónica; el puesto es en nuestras oficinas de Madrid.'],
    ['it', 'Il colloquio sarà telefonico, la posizione è in sede a Milano.'],
    ['nl', 'Het gesprek is telefonisch; de functie is op kantoor in Utrecht.'],
    ['pt', 'A entrevista será por telefone, a vaga é na nossa sede em Lisboa.'],
    ['pl', 'Rozmowa odbędzie się telefonicznie, stanowisko jest w naszym biurze w Gdańsku.'],
  ])('%s', (_lang, body) => expect(format(body)).toBe('phone'));
});

describe('the office or a call, as the candidate prefers: no one format', () => {
  it.each([
    ['nl', 'Je bent welkom op ons kantoor in Amersfoort, maar het gesprek kan ook via Teams, wat je wilt.'],
    ['en', 'We can meet in person at our office or on Zoom, whichever you prefer.'],
    ['fr', "L'entretien peut se faire dans nos locaux ou en visio, comme vous préférez."],
    ['de', 'Wir können uns gern in unserem Büro treffen oder per Video sprechen, ganz wie Sie möchten.'],
    ['es', 'Podemos vernos en nuestras oficinas o por videollamada, como prefieras.'],
    ['it', 'Possiamo incontrarci presso la nostra sede di Bologna oppure, se le è più comodo, sentirci al telefono.'],
    ['en', 'We could meet at our office in Leeds or, if you prefer, on a video call.'],
  ])('%s', (_lang, body) => expect(format(body)).toBe('unknown'));

  it('an office visit with a video call only as the fallback of a delay stays onsite', () => expect(format('The interview is at our office. If you are running late, call me.')).toBe('onsite'));
});

describe('the interview said to be on a named video platform outranks a phone in the job’s description', () => {
  it.each([
    ['pl', 'Praca polega na telefonicznej windykacji należności.\nPierwszym krokiem jest krótka rozmowa wstępna ze mną przez Microsoft Teams (ok. 15 minut).'],
    ['en', 'The role covers telephone sales to existing customers.\nThe first step is a short call with me on Zoom.'],
  ])('%s', (_lang, body) => expect(format(body)).toBe('video'));
});

describe('"vídeo" with its accent (Portuguese, Spanish) says video', () => {
  it.each([
    ['A próxima etapa é uma entrevista técnica por vídeo, de cerca de 1 hora.'],
    ['La siguiente fase es una entrevista técnica por vídeo con el equipo.'],
  ])('%j', (text) => expect(detectFormat(text, null, false)).toBe('video'));
});

describe('format words beside accented letters and other scripts (never JS\'s ASCII-only \\b)', () => {
  it.each([
    ['onsite', 'pt, a word ending in an accent', 'Pode passar cá na sexta, pelas 11h? Fica na Rua do Sol 12.'],
    ['onsite', 'fr, a word opening with one', 'Nous vous recevrons à nos bureaux mardi à 10 h.'],
    ['video', 'ja, a particle after the name', '面接はZoomで行います。'],
    ['phone', 'es, a conjugated verb', 'Te llamaremos el lunes a las 11 para hablar un rato.'],
  ])('%s (%s)', (expected, _case, body) => expect(format(body)).toBe(expected));
  it('a word inside a longer one is no format word', () => expect(detectFormat('La videoteca abre a las 10.', null, false)).toBe('unknown'));
});

describe('"call in" as the British visit', () => {
  it('is onsite', () => expect(format('Could you call in for a chat on Friday around 11?')).toBe('onsite'));
  it('a phone call is still a phone call', () => expect(format('We will call you on Friday at 11 for a short chat.')).toBe('phone'));
});

describe('the phone as the job\'s task is no format', () => {
  it.each([
    ['en', 'The job is mostly answering phones and keeping the diary. Are you free on Tuesday at 10?'],
    ['pt', 'A função é atender o telefone e marcar serviços. Está disponível na terça às 10h?'],
    ['de', 'Zu den Aufgaben gehört, das Telefon abnehmen und Termine vergeben. Passt Ihnen Dienstag um 10 Uhr?'],
    ['pl', 'Praca polega na odbieraniu telefonów i prowadzeniu kalendarza. Czy pasuje wtorek o 10:00?'],
  ])('%s', (_lang, body) => expect(format(body)).toBe('unknown'));
  it('a phone call for the interview still is one', () => expect(format('The job is mostly answering phones. I will call you on Tuesday at 10.')).toBe('phone'));
});

describe('a small French employer asking to drop by, or meeting at the practice', () => {
  it.each([['Si ça vous convient, passez samedi vers 18h, avant le service.'], ['Je serais ravie de vous rencontrer au cabinet pour en parler.'], ['Venez au cabinet mardi à 12h30.']])('%j → onsite', (body) =>
    expect(detectFormat(body, null, false)).toBe('onsite'));
});

describe('someone will call the candidate: French "vous appellera", German "ruft Sie … an"', () => {
  it.each([
    ["Notre responsable RH vous appellera le mardi 23 février à 11h pour un échange d'environ 30 minutes."],
    ['Je te rappelle jeudi à 15h pour en parler.'],
    ['Frau Keller ruft Sie am Dienstag, 23. Februar, um 11 Uhr an.'],
  ])('%s', (text) => expect(detectFormat(text, null, false)).toBe('phone'));
  it('a call made in a video room is still video', () => {
    expect(detectFormat('Notre responsable RH vous appellera sur Teams le mardi 23 février à 11h.', 'https://teams.example/l/1', false)).toBe('video');
  });
});

describe('a "virtual onsite" is a loop held by video', () => {
  it.each([
    ['Your final round is a virtual onsite: four interviews over Zoom, each 45 minutes.'],
    ['We would like to invite you to a remote on-site with the team next week.'],
  ])('%s', (text) => expect(detectFormat(text, null, false)).toBe('video'));
  it('an onsite at the office is still onsite', () => {
    expect(detectFormat('The final round is an onsite at our Amsterdam office, about four hours.', null, false)).toBe('onsite');
  });
});

describe('an agency speaking of its client’s premises: onsite, a preparation call beside it no phone interview', () => {
  it.each([
    ['fr', 'Le directeur financier vous recevra le mardi 2 mars à 11h00, dans leurs locaux :\n27, avenue Georges-Clemenceau\n92000 Nanterre\nJe vous appellerai la veille pour faire un point.'],
    ['en', 'The hiring manager will meet you at their offices on Tuesday at 11am. I will call you the day before to prepare.'],
    ['en, the client', 'The interview is at the client’s site in Reading. I’ll give you a call on Monday to prepare.'],
    ['de', 'Das Gespräch findet in ihren Räumlichkeiten in Köln statt.'],
    ['es', 'La entrevista será en sus oficinas de Valencia el martes a las 11:00.'],
    ['it', 'Il colloquio si terrà nella loro sede di Verona, martedì alle 11.'],
    ['nl', 'Het gesprek is op hun kantoor in Breda, dinsdag om 11 uur.'],
    ['pt', 'A entrevista será nas instalações do cliente, em Braga.'],
    ['pl', 'Rozmowa odbędzie się w ich biurze przy ul. Długiej 5.'],
  ])('%s', (_lang, text) => expect(detectFormat(text, null, false)).toBe('onsite'));
});
