/**
 * Where the invitation is in what the owner sent, by class (issue #13, classes 1–3 and 8): a forward of
 * a forward through another of the owner's addresses, a reply above a quoted thread, header blocks the
 * forward parser does not know, display names with "|", and the note without mail-app footers.
 */
import { describe, expect, it } from 'vitest';
import { cleanNote, findOriginal } from '../../../../functions/core/extract/forward.js';
import { parseMessage } from '../../../../functions/core/mail/mail.js';
import { newestMessage } from '../../../../functions/core/extract/text.js';

const OWNER = { addresses: ['alex@example.com'], name: 'Alex Morgan' };

function ownerMail(text: string, subject = 'Fwd: Interview'): Promise<ReturnType<typeof parseMessage> extends Promise<infer T> ? T : never> {
  const body = Buffer.from(text.replace(/\n/g, '\r\n')).toString('base64').replace(/.{76}/g, '$&\r\n');
  const raw = [
    'From: Alex Morgan <alex@example.com>',
    'To: interviews@in.example.com',
    `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
    'Date: Mon, 9 Mar 2026 11:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    body,
  ].join('\r\n');
  return parseMessage(Buffer.from(raw));
}

describe('forward chains: the innermost forwarded message', () => {
  it('goes through a hop that is the owner by name, in any client’s header language', async () => {
    // Prepare: the owner forwards, from the main address, what an old work address forwarded (French Outlook header).
    const text = [
      'From: Alex Morgan <a.morgan@oldjob.example>',
      'Sent: 3 March 2026 11:05',
      'To: alex@example.com',
      'Subject: TR: Interview',
      '',
      'De : Lee, Dana <dana.lee@hiring.example>',
      'Envoyé : mardi 3 mars 2026 10:05',
      'À : Alex Morgan <a.morgan@oldjob.example>',
      'Objet : Interview',
      '',
      'We would like to invite you to an interview.',
    ].join('\n');
    // Act
    const found = await findOriginal(await ownerMail(text), OWNER);
    // Assess
    expect(found.original.from?.address).toBe('dana.lee@hiring.example');
    expect(found.original.subject).toBe('Interview');
  });

  it('goes through a hop from a configured former address even under another name', async () => {
    const text = [
      '---------- Forwarded message ---------',
      'From: A. M. <alumni-am@uni.example>',
      'Date: Mon, Mar 2, 2026 at 9:40 AM',
      'Subject: Fwd: Entrevista',
      'To: <alex@example.com>',
      '',
      '---------- Forwarded message ---------',
      'De: Lucía Pérez <lucia@empresa.example>',
      'Date: lun, 2 mar 2026 a las 9:12',
      'Subject: Entrevista',
      'To: <alumni-am@uni.example>',
      '',
      'Nos gustaría invitarte a una entrevista.',
    ].join('\n');
    const withoutFormer = await findOriginal(await ownerMail(text), OWNER);
    const withFormer = await findOriginal(await ownerMail(text), { ...OWNER, formerAddresses: ['alumni-am@uni.example'] });
    expect(withoutFormer.original.from?.address).toBe('alumni-am@uni.example');
    expect(withFormer.original.from?.address).toBe('lucia@empresa.example');
  });

  it('reads a display name with "|" in it (the forward parser splits it)', async () => {
    const text = 'fyi\n\nFrom: Talent | Brightwater Labs <talent@brightwater.example>\nSent: 2 March 2026 14:10\nTo: Alex Morgan <alex@example.com>\nSubject: Interview\n\nWe would like to invite you.';
    const found = await findOriginal(await ownerMail(text), OWNER);
    expect(found.original.from).toEqual({ name: 'Talent | Brightwater Labs', address: 'talent@brightwater.example' });
    expect(found.note).toBe('fyi');
  });

  it('reads a quoted header block in the languages the parser does not know (Japanese iPhone, Polish Outlook)', async () => {
    const ja = 'どう思う？\n\niPhoneから送信\n\n転送されたメッセージ:\n\n> 差出人: 佐藤 花子 <hanako@kaisha.example>\n> 日付: 2026年3月2日 16:50:44 JST\n> 宛先: alex@example.com\n> 件名: 面接のご案内\n> \n> 面接のご案内です。\n';
    const pl = 'Proszę odmówić.\n\nOd: Anna Nowak <anna.nowak@firma.example>\nWysłano: poniedziałek, 2 marca 2026 10:05\nDo: Alex Morgan <alex@example.com>\nTemat: Zaproszenie na rozmowę\n\nZapraszamy na rozmowę.\n';
    const [foundJa, foundPl] = [await findOriginal(await ownerMail(ja, 'Fwd: 面接のご案内'), OWNER), await findOriginal(await ownerMail(pl, 'PD: Zaproszenie na rozmowę'), OWNER)];
    expect([foundJa.original.from?.address, foundJa.original.subject, foundJa.note]).toEqual(['hanako@kaisha.example', '面接のご案内', 'どう思う？']);
    expect(foundJa.original.body.trim()).toBe('面接のご案内です。');
    expect([foundPl.original.from?.address, foundPl.original.subject, foundPl.note]).toEqual(['anna.nowak@firma.example', 'Zaproszenie na rozmowę', 'Proszę odmówić.']);
  });
});

describe('a reply above a quoted thread', () => {
  it('takes the newest quoted message from outside the owner, and what the owner typed as the note', async () => {
    // Prepare: the owner replied to the inbox above the thread; the newest quoted message is the owner's own.
    const text = [
      'Vou, mas prefiro a segunda.',
      '',
      'Em qua., 4/03/2026 às 10:04, Alex Morgan <alex@example.com> escreveu:',
      '> Obrigado, vejo amanhã.',
      '>',
      '> Em ter., 3/03/2026 às 18:12, Rita Sousa <rita@empresa.example> escreveu:',
      '>> Olá Alex, segue a proposta para a entrevista.',
    ].join('\n');
    // Act
    const found = await findOriginal(await ownerMail(text, 'Re: Entrevista'), OWNER);
    // Assess
    expect(found.forwarded).toBe(true);
    expect(found.original.from?.address).toBe('rita@empresa.example');
    expect(found.note).toBe('Vou, mas prefiro a segunda.');
  });

  it('a quoted thread whose older messages have Outlook header blocks: the newest message the quote opens with, not the oldest block', async () => {
    // Prepare: the owner replies above the recruiter's confirmation; below it, the owner's earlier reply and the first mail, each under "De : … Objet :".
    const text = [
      'Oui, jeudi me va.',
      '',
      'Le mer. 4 mars 2026 à 16:42, Inès Dupuis <ines@societe.example> a écrit :',
      '> Je vous propose le jeudi 12 mars à 14h30.',
      '>',
      '> De : Alex Morgan <alex@example.com>',
      '> Envoyé : lundi 2 mars 2026 18:03',
      '> À : Inès Dupuis <ines@societe.example>',
      '> Objet : Re: Votre candidature',
      '>',
      '> Je suis disponible mardi ou jeudi.',
      '>',
      '> De : Inès Dupuis <ines@societe.example>',
      '> Envoyé : lundi 2 mars 2026 11:20',
      '> À : alex@example.com',
      '> Objet : Votre candidature',
      '>',
      '> Seriez-vous disponible la semaine prochaine ?',
    ].join('\n');
    // Act
    const found = await findOriginal(await ownerMail(text, 'Re: Votre candidature'), OWNER);
    // Assess
    expect(found.original.from?.address).toBe('ines@societe.example');
    expect(found.original.date?.instant.toISOString()).toBe('2026-03-04T16:42:00.000Z');
    expect(found.original.body).toMatch(/^Je vous propose le jeudi 12 mars/);
    expect(found.note).toBe('Oui, jeudi me va.');
  });

  it('a forward whose invitation quotes an earlier mail stays a forward: the quote intro below the forward header is the invitation’s', async () => {
    const text = [
      'Worth a look?',
      '',
      '---------- Forwarded message ---------',
      'From: Dana Lee <dana.lee@hiring.example>',
      'Date: Tue, Mar 3, 2026 at 10:05 AM',
      'Subject: Re: Interview',
      'To: Alex Morgan <alex@example.com>',
      '',
      'Thursday at 2pm works for us.',
      '',
      'On Mon, Mar 2, 2026 at 9:00 AM Alex Morgan <alex@example.com> wrote:',
      '> Any time on Thursday suits me.',
    ].join('\n');
    const found = await findOriginal(await ownerMail(text), OWNER);
    expect(found.original.from?.address).toBe('dana.lee@hiring.example');
    expect(found.note).toBe('Worth a look?');
  });

  it('a bottom-posted reply: the quote first, the owner’s words below it are the note, not the invitation’s', async () => {
    const text = [
      'Am Mo., 2. März 2026 um 10:00 Uhr schrieb Jonas Keller <jonas.keller@firma.example>:',
      '',
      '> Hallo Alex,',
      '>',
      '> wir laden Sie am Donnerstag, 12. März, um 14 Uhr zum Gespräch ein.',
      '',
      'Klingt nach reiner Ablage, aber vielleicht steckt mehr dahinter.',
      '',
      'Alex',
    ].join('\n');
    const found = await findOriginal(await ownerMail(text, 'Re: Einladung'), OWNER);
    expect(found.forwarded).toBe(true);
    expect(found.original.from?.address).toBe('jonas.keller@firma.example');
    expect(found.original.subject).toBe('Einladung');
    expect(found.original.body).not.toContain('Ablage');
    expect(found.note).toBe('Klingt nach reiner Ablage, aber vielleicht steckt mehr dahinter.');
  });

  it('an intro Gmail wrapped at the address, and Spanish Gmail’s "(<address>)": the quote is found and only its newest message read', async () => {
    // Prepare: Gmail's plain text breaks "… Name <" / "address> wrote:"; the older message's intro is wrapped too.
    const text = [
      'I will go! Monday morning suits me better.',
      '',
      'On Mon, Mar 2, 2026 at 4:02 PM Andrés Molina - Nubaria <',
      'andres.molina@nubaria.example> wrote:',
      '',
      '> Hola, ¿te vendría bien el lunes 18 de enero a las 9:30?',
      '>',
      '> El mar, 5 ene 2027 a las 10:15, Andrés Molina (<',
      '> andres.molina@nubaria.example>) escribió:',
      '>',
      '>> Te propongo el jueves 14 de enero a las 11:00.',
    ].join('\n');
    // Act
    const found = await findOriginal(await ownerMail(text, 'Re: Entrevista'), OWNER);
    // Assess: the sender's name is the words after the time, the date is the intro's.
    expect(found.forwarded).toBe(true);
    expect(found.original.from).toEqual({ name: 'Andrés Molina - Nubaria', address: 'andres.molina@nubaria.example' });
    expect(found.original.date?.instant.toISOString()).toBe('2026-03-02T16:02:00.000Z');
    expect(found.note).toBe('I will go! Monday morning suits me better.');
    expect(newestMessage(found.original.body)).not.toContain('jueves 14');
  });

  it('Libero’s own header lines left at the top of the forwarded body ("Da: … Data: … Ogg: …") go', async () => {
    const text = [
      'Not sure it is for me.',
      '',
      '----Messaggio originale----',
      'Da: ufficio.personale@meccanica.example',
      'Data: 09/03/2026 11.20',
      'A: <alex@example.com>',
      'Ogg: CONVOCAZIONE COLLOQUIO - MECCANICA ROSSI S.p.A.',
      '',
      'Gentile Sig.ra Morgan,',
      '',
      'siamo lieti di convocarLa per un colloquio come Responsabile Acquisti (m/f).',
    ].join('\n');
    const found = await findOriginal(await ownerMail(text), OWNER);
    expect(found.original.from?.address).toBe('ufficio.personale@meccanica.example');
    expect(found.original.body).not.toMatch(/^\s*(?:Da|Data|A|Ogg):/m);
    expect(found.original.body).toContain('Responsabile Acquisti');
  });

  it('Dutch Gmail’s intro with the verb first ("Op … schreef Naam <adres>:") opens a quote too', async () => {
    const text = ['Graag, zeg maar ja.', '', 'Op ma 2 mrt 2026 om 10:00 schreef Eva de Wit <eva@bedrijf.example>:', '> Hoi Alex, schikt dinsdag om 11 uur?'].join('\n');
    const found = await findOriginal(await ownerMail(text, 'Re: Gesprek'), OWNER);
    expect(found.original.from?.address).toBe('eva@bedrijf.example');
    expect(found.note).toBe('Graag, zeg maar ja.');
  });

  it('does not dig into a quoted thread in mail that is not the owner’s', async () => {
    const raw = 'From: Rita Sousa <rita@empresa.example>\r\nTo: alex@example.com\r\nSubject: Re: Entrevista\r\nDate: Mon, 9 Mar 2026 11:00:00 +0000\r\n\r\nOla\r\n\r\nOn Mon, 2 Mar 2026 at 10:00, Bo Chen <bo@elsewhere.example> wrote:\r\n> hi\r\n';
    const found = await findOriginal(await parseMessage(Buffer.from(raw)), OWNER);
    expect([found.forwarded, found.original.from?.address]).toEqual([false, 'rita@empresa.example']);
  });
});

describe('the note, without what a mail app or service adds', () => {
  it.each([
    ['Sent with Proton Mail secure email.'],
    ['Sent from Yahoo Mail for iPhone'],
    ['Von meinem Galaxy gesendet'],
    ['Enviado do meu Android'],
    ['Enviado desde mi iPhone'],
    ['Inviato da iPhone'],
    ['Verstuurd vanaf mijn iPhone'],
    ["Wysłane z iPhone'a"],
    ['iPhoneから送信'],
    ['Get Outlook for Android'],
    ["Envoyé à partir d'Outlook pour Android"],
    ['Enviado a partir do meu telemóvel'],
    ['Pobierz aplikację Outlook dla systemu Android'],
    ['Holen Sie sich die App Outlook für Android'],
    ["Scarica l'app Outlook per Android"],
  ])('drops the footer "%s"', (footer) => {
    expect(cleanNote(`Please decline politely.\n\n${footer}`)).toBe('Please decline politely.');
  });

  it.each([['Thanks,'], ['LG Sam'], ['Gruß'], ['Pozdrawiam'], ['Abraços, N.'], ['Merci !']])('drops the closing "%s" under the note', (closing) => {
    expect(cleanNote(`Bitte absagen, das passt nicht.\n\n${closing}`)).toBe('Bitte absagen, das passt nicht.');
  });

  it('drops a closing and a short name above a header line the client left ("Gesendet: …", GMX)', () =>
    expect(cleanNote('Leider nein – bitte absagen.\n \nGruß\nMax\n \n \nGesendet: Montag, 12. April 2027 um 15:32 Uhr', 'Maximilian Braun')).toBe('Leider nein – bitte absagen.'));

  it('joins lines an HTML-to-text conversion wrapped at 80 columns, and keeps the owner’s own line breaks', () => {
    const wrapped = 'Medizintechnik reizt mich schon lange, die Branche würde ich mir sehr gern mal\nvon innen ansehen.';
    expect(cleanNote(wrapped)).toBe('Medizintechnik reizt mich schon lange, die Branche würde ich mir sehr gern mal von innen ansehen.');
    expect(cleanNote('Short line.\nAnother line.')).toBe('Short line.\nAnother line.');
  });

  it('joins lines a client wrapped at 72 or 76 columns, where the next word would not have fit', () => {
    const at72 = 'Je crois que ce poste pourrait me plaire, même si le salaire reste flou\net le trajet long.';
    expect(cleanNote(at72)).toBe('Je crois que ce poste pourrait me plaire, même si le salaire reste flou et le trajet long.');
    const at76 = 'De directeur van het magazijn ken ik nog van vroeger, we werkten samen bij\nde haven. Graag gaan.';
    expect(cleanNote(at76)).toBe('De directeur van het magazijn ken ik nog van vroeger, we werkten samen bij de haven. Graag gaan.');
    // A break where the next word would have fit at 72 is the owner's own.
    expect(cleanNote('Das Team kenne ich, die Stelle klingt trotzdem eher langweilig.\nAbsagen.')).toBe('Das Team kenne ich, die Stelle klingt trotzdem eher langweilig.\nAbsagen.');
    // …and so are the breaks of a note typed without punctuation, one thought to a line.
    const typed = 'el sueldo no esta mal pero la empresa esta en concurso de acreedores\nmejor dile que no';
    expect(cleanNote(typed)).toBe(typed);
  });

  it('keeps the lines of a note typed one thought to a line, even where one of them happens to be long', () => {
    const typed = 'mira lo que me ha llegao\ny mi prima dice que estan en preconcurso de acreedores desde el verano pasado\ndiles que no, que gracias';
    expect(cleanNote(typed)).toBe(typed);
  });
});

describe('a forward header date with the zone written as its abbreviation (Apple Mail)', () => {
  it.each([
    ['WEST', 60],
    ['CEST', 120],
    ['EDT', -240],
  ])('"… às 09:41:58 %s" is read with that offset', async (zone, offset) => {
    const text = ['Início da mensagem reencaminhada:', '', 'De: Marta Pereira <marta@corticaviva.example>', 'Assunto: Entrevista', `Data: 5 de março de 2026 às 09:41:58 ${zone}`, 'Para: Alex Morgan <alex@example.com>', '', 'Bom dia, convidamos para uma entrevista.'].join('\n');
    const found = await findOriginal(await ownerMail(text), OWNER);
    expect(found.original.date?.offsetMinutes).toBe(offset);
  });
});

describe('the forwarded header block’s Reply-To', () => {
  it('is read when the forwarded body opens with the same words as its subject', async () => {
    const text = [
      'Saying no to this one.',
      '',
      'Begin forwarded message:',
      '',
      '> From: Acme Recruiting <no-reply@ats.example>',
      '> Date: January 26, 2027 at 5:03:12 PM CST',
      '> To: alex@example.com',
      '> Subject: Your interview with Acme is confirmed',
      '> Reply-To: recruiting@acme.example',
      '>',
      '> Your interview with Acme is confirmed',
      '>',
      '> Hi Alex, your onsite interview is booked for Thursday, February 4, 2027, 10:00 AM CST.',
    ].join('\n');
    const found = await findOriginal(await ownerMail(text, 'Fwd: Your interview with Acme is confirmed'), OWNER);
    expect(found.original.replyTo?.address).toBe('recruiting@acme.example');
  });
});

describe('a webmail block that opens with its date ("> Message du 12/10/26 09:12", Orange and SFR)', () => {
  it('reads the sender, the subject past an empty "Copie à :" line, the day-first date, and leaves the opening line out of the note', async () => {
    const text = [
      'Pas pour moi, merci de décliner.',
      '',
      '> Message du 12/02/26 09:12',
      '> De : "Dana Lee" <dana.lee@hiring.example>',
      '> A : "Alex Morgan" <alex@example.com>',
      '> Copie à : ',
      "> Objet : Proposition d'entretien",
      '>',
      '> Bonjour, je vous propose un entretien le vendredi 16 octobre à 10h.',
    ].join('\n');
    const found = await findOriginal(await ownerMail(text, 'TR: Proposition'), OWNER);
    expect(found.original.from?.address).toBe('dana.lee@hiring.example');
    expect(found.original.subject).toBe("Proposition d'entretien");
    expect(found.original.date?.instant.toISOString()).toBe('2026-02-12T09:12:00.000Z');
    expect(found.note).toBe('Pas pour moi, merci de décliner.');
  });
});

describe('the owner signing the note with initials or a shortened name', () => {
  it.each([['A.'], ['A. M.'], ['Alex M.'], ['— A.M.'], ['alex']])('%j as the last line is no part of the note', (sign) => {
    expect(cleanNote(`Please decline politely.\n\n${sign}`, 'Alex Morgan')).toBe('Please decline politely.');
  });
  it.each([['Alex Morgan | Supply Chain\nalex.morgan@example.com'], ['Álex Morgan · Compras'], ['Alex | Procurement\n+44 20 7946 0000'], ['Alex Morgan – Logistics lead']])(
    'a signature that goes on after the name with a title (%j) is no part of the note',
    (sign) => expect(cleanNote(`Merci mais non, je décline gentiment.\n\n${sign}`, 'Alex Morgan')).toBe('Merci mais non, je décline gentiment.'),
  );
  it('an initial typed without the name\'s accent signs it too ("E." for Élodie)', () =>
    expect(cleanNote('Ça me plaît, on y va.\n\nE.', 'Élodie Garnier')).toBe('Ça me plaît, on y va.'));
  it('another name or a word stays', () => {
    expect(cleanNote('Alex Morgan, that is me, says no.', 'Alex Morgan')).toBe('Alex Morgan, that is me, says no.');
    expect(cleanNote('Please decline politely.\n\nB.', 'Alex Morgan')).toBe('Please decline politely.\n\nB.');
    expect(cleanNote('Ask them about the team.\nAlso.', 'Alex Morgan')).toBe('Ask them about the team.\nAlso.');
  });
});

describe('a forward header whose date line comes before the sender (GMX: "Gesendet:" above "Von:")', () => {
  it('reads the original’s date', async () => {
    const text = [
      '',
      'Gesendet: Dienstag, 03. März 2026 um 16:45 Uhr',
      'Von: "Dana Lee" <dana.lee@hiring.example>',
      'An: alex@example.com',
      'Betreff: Ihre Bewerbung',
      '',
      'Sehr geehrter Herr Morgan, passt es Ihnen übermorgen um 9 Uhr?',
    ].join('\n');
    const found = await findOriginal(await ownerMail(text, 'Fwd: Ihre Bewerbung'), OWNER);
    expect(found.original.from?.address).toBe('dana.lee@hiring.example');
    expect(found.original.date?.instant.toISOString()).toBe('2026-03-03T16:45:00.000Z');
  });
});

describe('header lines the forward parser leaves at the top of the forwarded body', () => {
  it('are dropped, so a forward header’s date is never read as the interview time', async () => {
    // Apple Mail in Polish puts "Temat:" before "Data:"; the library reads "Od:" and "Temat:" only.
    const text = [
      'Początek przekazywanej wiadomości:',
      '',
      'Od: Hanna Wrona <hanna@przyklad.example>',
      'Temat: Zaproszenie na rozmowę',
      'Data: 3 marca 2026 o 08:12:40 CET',
      'Do: Alex Morgan <alex@example.com>',
      'Odpowiedź do: Rekrutacja <rekrutacja@przyklad.example>',
      '',
      'Dzień dobry, zapraszamy na rozmowę 12 marca 2026 o 10:00.',
    ].join('\n');
    const found = await findOriginal(await ownerMail(text), OWNER);
    expect(found.original.body.trimStart().startsWith('Dzień dobry')).toBe(true);
    expect(found.original.replyTo?.address).toBe('rekrutacja@przyklad.example');
  });

  it('stay when one is a sender: the header of a message forwarded inside', async () => {
    const text = [
      'Begin forwarded message:',
      '',
      'From: Alex Morgan <alex.old@oldjob.example>',
      'Subject: Fwd: Interview',
      'Date: 3 March 2026 at 08:12:40 GMT',
      'To: Alex Morgan <alex@example.com>',
      '',
      'From: Dana Reed <dana@northwind.example>',
      'Date: Mon, 2 Mar 2026 at 09:00',
      'Subject: Interview',
      'To: <alex.old@oldjob.example>',
      '',
      'Hi Alex, could you come in on 12 March at 10:00?',
    ].join('\n');
    const found = await findOriginal(await ownerMail(text), OWNER);
    expect(found.original.from?.address).toBe('dana@northwind.example');
  });
});

describe('a sender named without an address, and a note signed with kisses', () => {
  it('takes the address the forwarded text writes whose mailbox spells the name (Outlook for iOS)', async () => {
    const text = [
      'Nothing in this for me.',
      '',
      'Get Outlook for iOS',
      '________________________________',
      'From: Daniel Shore',
      'Sent: Tuesday, March 9, 2027 5:12 PM',
      'To: Alex Morgan',
      'Subject: Senior QA Engineer – quick call',
      '',
      'Hi Alex, are you free for a call tomorrow at 11:00?',
      '',
      'Daniel Shore',
      'Talent Partner, Harrowgate Pay',
      'careers@harrowgatepay.example | daniel.shore@harrowgatepay.example',
    ].join('\n');
    const forward = await findOriginal(await ownerMail(text, 'Re: Senior QA Engineer – quick call'), OWNER);
    expect(forward.original.from).toEqual({ name: 'Daniel Shore', address: 'daniel.shore@harrowgatepay.example' });
  });
  it('finds none when no address spells the name', async () => {
    const text = 'Go?\n\n________________________________\nFrom: Daniel Shore\nSent: Tuesday, March 9, 2027 5:12 PM\nTo: Alex Morgan\nSubject: Call\n\nHi, a call tomorrow at 11:00? Write to jobs@harrowgatepay.example';
    const forward = await findOriginal(await ownerMail(text, 'Fwd: Call'), OWNER);
    expect(forward.original.from).toBeNull();
  });
  it.each([['x Al'], ['Al xx'], ['xx Alex']])('drops "%s" under the note', (signed) => {
    expect(cleanNote(`A friend told me about it.\n\n${signed}`, 'Alex Morgan')).toBe('A friend told me about it.');
  });
  it('keeps a short last line that is no signature ("No")', () => {
    expect(cleanNote('Not for me.\nNo', 'Nora Smith')).toBe('Not for me.\nNo');
  });
});

describe('a reply above a quote whose intro names the sender without an address (iPhone, Outlook for iOS)', () => {
  it.each([
    ['de', 'Am 03.02.2027 um 09:14 schrieb Carmen Ruiz:'],
    ['en', 'On 3 Feb 2027, at 09:14, Carmen Ruiz wrote:'],
    ['es', 'El 3 feb 2027, a las 9:14, Carmen Ruiz escribió:'],
    ['pl', 'W dniu 3.02.2027 o 09:14, Carmen Ruiz pisze:'],
    ['nl, iPhone', 'Op 3 feb 2027 om 09:14 heeft Carmen Ruiz het volgende geschreven:'],
    ['pt, iPhone', 'No dia 3/02/2027, às 09:14, Carmen Ruiz escreveu:'],
  ])('reads the newest quoted message, not the owner’s own older reply below it (%s)', async (_lang, intro) => {
    const text = [
      'Passt, da geh ich hin.',
      '',
      `> ${intro}`,
      '>',
      '> Te confirmo la entrevista el miércoles 10 de febrero a las 16:00. Enlace: https://meet.example/xqv-pzko-tda',
      '> Carmen',
      '>',
      '> El mar, 2 feb 2027 a las 18:03, Alex Morgan (<alex@example.com>) escribió:',
      '> > A mí me viene mejor el miércoles 10 a las 16:00.',
    ].join('\n');
    const forward = await findOriginal(await ownerMail(text, 'Re: Entrevista'), OWNER);
    expect(forward.original.from).toBeNull();
    expect(forward.original.body).toContain('https://meet.example/xqv-pzko-tda');
    expect(forward.note).toBe('Passt, da geh ich hin.');
  });
});

describe('a quote intro wrapped before its address ("… Alex Morgan" / "> <alex@…> napisał(a):")', () => {
  it('never takes the quote marker for the sender’s name', async () => {
    const text = ['Idę.', '', '> W dniu pon., 1 lut 2027 o 16:05 Alex Morgan', '> <alex@example.com> napisał(a):', '>> Dzień dobry, pasuje mi czwartek.'].join('\n');
    const forward = await findOriginal(await ownerMail(text, 'Re: Rozmowa'), OWNER);
    expect(forward.original.from?.name ?? null).not.toBe('>');
  });
});

describe('Outlook in Portuguese: "Enviado em:" / "Enviada em:" is the date line', () => {
  it.each([['Enviado em'], ['Enviada em']])('"%s:" under a sender whose display name has a "|"', async (key) => {
    const mail = await ownerMail(
      `\n\nDe: Camila Duarte | Sertão Talentos <camila.duarte@sertao.example>\n${key}: segunda-feira, 2 de março de 2026 10:27\nPara: alex@example.com\nAssunto: Entrevista\n\nOlá, Alex,\n\nvamos conversar na quinta às 10h?\n\nCamila`,
      'ENC: Entrevista',
    );
    const { original } = await findOriginal(mail, OWNER);
    expect(original.from?.address).toBe('camila.duarte@sertao.example');
    expect(original.date?.instant.toISOString().slice(0, 10)).toBe('2026-03-02');
  });
});

describe('a forward header whose lines Yahoo Mail’s plain text runs together', () => {
  it.each([
    ['fr, with a separator the forward parser does not know', '----- Message transféré -----', 'De : Laurent Bessières <l.bessieres@optimacall.example>À : Alex Morgan <alex@example.com>Envoyé : mardi 3 mars 2026, 05:05:31 UTC−4Objet : Votre candidature', '2026-03-03'],
    ['fr, a time written "05 h 05 min 31 s"', '----- Message réexpédié -----', 'De : Laurent Bessières <l.bessieres@optimacall.example>À : Alex Morgan <alex@example.com>Envoyé : mardi 3 mars 2026 à 05 h 05 min 31 s UTC−4Objet : Votre candidature', '2026-03-03'],
    ['en, no separator', '', 'From: Laurent Bessières <l.bessieres@optimacall.example>To: Alex Morgan <alex@example.com>Sent: Tuesday, March 3, 2026, 05:05:31 AM GMT-4Subject: Your application', '2026-03-03'],
  ])('%s', async (_case, separator, headers, instant) => {
    const text = ['No thanks for this one, please tell them politely.', '', `   ${separator} ${headers}`.replace(/^\s+(?=From)/, ''), ' ', 'Madame,', '', 'Nous avons le plaisir de vous convier à un entretien jeudi 12 mars à 14h30.'].join('\n');
    const found = await findOriginal(await ownerMail(text), OWNER);
    expect(found.original.from?.address).toBe('l.bessieres@optimacall.example');
    expect(found.original.date?.instant.toISOString().slice(0, 10)).toBe(instant);
    expect(found.note).toBe('No thanks for this one, please tell them politely.');
    expect(found.original.body).toContain('convier à un entretien');
  });
});

describe('iPhone Mail in Dutch and Polish: the name inside its quote intro, with its address', () => {
  it.each([
    ['nl', 'Op 19 apr 2027 om 11:05 heeft Jolien Hermans <jolien.hermans@deltamar.example> het volgende geschreven:'],
    ['pl', 'Wiadomość napisana przez Jolien Hermans <jolien.hermans@deltamar.example> w dniu 19.04.2027, o godz. 11:05:'],
    ['pt', 'No dia 19/04/2027, às 11:05, Jolien Hermans <jolien.hermans@deltamar.example> escreveu:'],
  ])('%s: the quoted invitation is the original, the reply above it the note', async (_lang, intro) => {
    const text = ['Liever niet, stuur maar een vriendelijke afzegging.', '', 'Verstuurd vanaf mijn iPhone', '', `> ${intro}`, '>', '> Goedemorgen, we verwachten je op woensdag 28 april om 9u30.', '> Jolien Hermans'].join('\n');
    const forward = await findOriginal(await ownerMail(text, 'Re: Uitnodiging sollicitatiegesprek'), OWNER);
    expect(forward.original.from).toEqual({ name: 'Jolien Hermans', address: 'jolien.hermans@deltamar.example' });
    expect(forward.note).toBe('Liever niet, stuur maar een vriendelijke afzegging.');
  });
});

describe('under a note typed above a quote: a footer with its link in angle brackets, a "see you soon" closing', () => {
  it.each([
    ['Ja, graag! Bevestig maar dat vrijdag om 14u past.\n\nOutlook voor Android downloaden<https://aka.example/AAb9ysg>', 'Ja, graag! Bevestig maar dat vrijdag om 14u past.'],
    ['Dit wil ik zeker doen.\n\nTot snel,', 'Dit wil ik zeker doen.'],
    ['Gerne, sag zu.\n\nBis bald!', 'Gerne, sag zu.'],
  ])('%j', (note, clean) => {
    expect(cleanNote(note, 'Bram Peeters')).toBe(clean);
  });
});
