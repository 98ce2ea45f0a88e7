/**
 * Company names as small employers and applicant-tracking systems write them (issue #13, class 5), each class in
 * more than one language: the owner of a business writing about it in the first person, a one-line signature with a
 * phone or the business's kind after a dash, a logo's alt text with the trade after the name (also in an invitation
 * forwarded as an attachment), a quoted name and its inflected form, a subsidiary named after an adjective, a legal
 * form after a comma in the subject, a careers site on the system's domain; and the reader's own city, named for a
 * converted time, which is not where the interview's clock runs. And the role a small employer describes by its work
 * ("jemanden für die Küche"), kept as written, which a draft never calls a position.
 */
import { describe, expect, it } from 'vitest';
import { careersTenant, findCompany, findRole, isWorkDescription, logoNames } from '../../../../functions/core/extract/company-role.js';
import { composeDrafts } from '../../../../functions/core/write/drafts.js';
import type { InviteFacts } from '../../../../functions/core/extract/extract.js';
import { zoneOfPlaceIn } from '../../../../functions/core/extract/zones.js';
import { findOriginal } from '../../../../functions/core/extract/forward.js';
import { imageAlts, parseMessage } from '../../../../functions/core/mail/mail.js';

const person = (name: string, address: string) => ({ name, address });

describe('a business its owner writes about in the first person', () => {
  it.each([
    ['en', 'I run Harewood Signs with my sister, and we are busy.', 'Harewood Signs'],
    ['de', 'Ich führe die Bäckerei Brandl seit zehn Jahren.', 'Bäckerei Brandl'],
    ['fr', 'Je dirige la Librairie Martin depuis 2010.', 'Librairie Martin'],
    ['es', 'Llevo el Bar Centro con mi hermano.', 'Bar Centro'],
    ['pl', 'Prowadzę Warsztat Nowak od dwudziestu lat.', 'Warsztat Nowak'],
  ])('is the company (%s)', (_lang, main, company) => {
    expect(findCompany('Job', main, 'Cheers,\nDave', person('Dave Hollins', 'davehollins62@outlook.example'), null)).toBe(company);
  });

  it('is never a team the writer runs', () => {
    expect(findCompany('Interview', 'I run the Data team here and would like to meet you.', 'Best,\nAna', person('Ana Ruiz', 'ana.ruiz@gmail.example'), null)).toBeNull();
  });
});

describe('a one-line signature', () => {
  it.each([
    ['a phone after a middle dot (en)', 'Thistle Brae Guest House · Tel. 01632 960 418 · Shore Road, Kilchattan Bay', 'Thistle Brae Guest House'],
    ['a phone after a bar (de)', 'Gasthof Zur Linde | Telefon 07141 22 33 · Hauptstraße 4', 'Gasthof Zur Linde'],
    ['the kind after a dash (pt)', 'Ponte – Escola de Línguas · Rua de Cedofeita 211, 4050-180 Porto · 222 000 418', 'Ponte – Escola de Línguas'],
  ])('names the business: %s', (_what, line, company) => {
    expect(findCompany('Re: Candidatura', 'Olá, podemos falar na segunda?', `Até breve,\nInês\n${line}`, person('Inês Carvalho', 'ines.c@gmail.example'), null)).toBe(company);
  });
});

describe('a logo', () => {
  it('gives the name before the trade its alt text adds', () => {
    expect(logoNames(['Buchhaltung Hofer – Lohnverrechnung & Bilanzierung'])).toEqual(['Buchhaltung Hofer']);
    expect(logoNames(['Studio Verde | architettura e interni'])).toEqual(['Studio Verde']);
  });

  it('is read from an invitation forwarded as an attachment', async () => {
    const inner = [
      'From: Marianne Hofer <marianne.hofer@gmx.example>',
      'To: jo@example.com',
      'Subject: Ihre Bewerbung',
      'Date: Thu, 22 Apr 2027 16:12:40 +0200',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=UTF-8',
      '',
      '<p><img alt="Buchhaltung Hofer – Lohnverrechnung" src="cid:logo"></p><p>Hätten Sie am Dienstag um 9:30 Zeit?</p>',
    ].join('\r\n');
    const outer = [
      'From: Jo <jo@example.com>',
      'To: interviews@in.example.com',
      'Subject: FW: Ihre Bewerbung',
      'Date: Thu, 22 Apr 2027 17:30:12 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'See below',
      '--b',
      'Content-Type: message/rfc822',
      'Content-Disposition: attachment',
      '',
      inner,
      '--b--',
      '',
    ].join('\r\n');
    const forward = await findOriginal(await parseMessage(Buffer.from(outer)), ['jo@example.com']);
    expect(forward.via).toBe('attachment');
    expect(forward.original.imageAlts).toEqual(['Buchhaltung Hofer – Lohnverrechnung']);
    expect(imageAlts('<img src="x" alt="Acme &amp; Sons">')).toEqual(['Acme & Sons']);
  });
});

describe('names with quotes, inflections, subsidiaries and legal forms', () => {
  const sender = person('Katarzyna Wójcik', 'k.wojcik@mleczarnia-mazowsze.example');
  it('keeps a quoted part and prefers the form the domain spells to the inflected one', () => {
    const main = 'dziękujemy za zainteresowanie ofertą pracy w Mleczarni „Mazowsze” sp. z o.o. Zapraszamy na rozmowę.';
    expect(findCompany('Zaproszenie na rozmowę – Kierownik ds. Jakości', main, 'Z poważaniem\nKatarzyna Wójcik\nDział Kadr\nMleczarnia „Mazowsze” sp. z o.o.\ntel. 25 758 10 20', sender, 'Kierownik ds. Jakości')).toBe('Mleczarnia „Mazowsze”');
  });

  it.each([
    ['en', "I'm recruiting on behalf of our Polish subsidiary, Baltora Logistics Polska sp. z o.o., which is growing."],
    ['de', 'Wir suchen für unsere polnische Tochtergesellschaft, die Baltora Logistics Polska sp. z o.o., einen Planer.'],
    ['fr', 'Nous recrutons pour notre filiale polonaise, Baltora Logistics Polska sp. z o.o., un planificateur.'],
  ])('reads the subsidiary after an adjective (%s)', (_lang, main) => {
    expect(findCompany('Interview – Senior Transport Planner', main, 'Olivia Hart\nTalent Partner\nBaltora Group S.A.', person('Olivia Hart', 'olivia.hart@baltora.example'), 'Senior Transport Planner')).toMatch(/^Baltora Logistics Polska/);
  });

  it('keeps a legal form after a comma with its name in the subject', () => {
    expect(findCompany('ENTREVISTA | CORTIÇA AZUL, S.A. | Engenheiro de Processo', 'Temos o gosto de o convidar para uma entrevista.', 'Cumprimentos,\nRita Sousa\nTécnica de Recrutamento', person('Rita Sousa', 'rita.sousa@ca-industria.example'), 'Engenheiro de Processo')).toBe('CORTIÇA AZUL, S.A.');
  });
});

describe('a careers site on an applicant-tracking system’s domain', () => {
  it('names the tenant, never the system or one of its own hosts', () => {
    expect(careersTenant('la nostra pagina carriere: https://verbena.teamtailor.example')).toBe('Verbena');
    expect(careersTenant('Karriere: https://north-star.jobs.personio.example/job/1')).toBe('North Star');
    expect(careersTenant('Book here: https://app.teamtailor.example/meetings/s/7f3K2pQx')).toBeNull();
    expect(careersTenant('See https://boards.greenhouse.example/acme')).toBeNull();
  });
});

describe('the reader’s own city', () => {
  it.each([
    ['de', 'Hätten Sie am Dienstag um halb zehn Zeit? Das wäre bei Ihnen in Lissabon dann halb neun.\nLiebe Grüße aus Wien'],
    ['en', "Could you do Tuesday at 9:30? That's 8:30 for you in Lisbon.\nBest wishes from Vienna"],
  ])('is not where the interview’s clock runs (%s)', (_lang, text) => {
    expect(zoneOfPlaceIn(text)).toBe('Europe/Vienna');
  });

  it('is known by the time before "pour vous", "for you" (fr, en)', () => {
    expect(zoneOfPlaceIn('Mardi à 9h30, soit 8h30 pour vous à Londres ?\nAmitiés de Paris')).toBe('Europe/Paris');
    expect(zoneOfPlaceIn('We have a role for you in London; our recruiter sits in Berlin.')).toBe('Europe/London');
  });

  it.each([
    ['fr', 'Vos frais de déplacement (train ou avion depuis Londres) seront pris en charge.\nAmitiés de Lyon'],
    ['en', 'We will book your train from London and a hotel.\nKind regards from Lyon'],
    ['es', 'Pagamos el tren o avión desde Londres.\nSaludos desde Lyon'],
  ])('the city the candidate travels from is not where the interview’s clock runs (%s)', (_lang, text) => {
    expect(zoneOfPlaceIn(text)).toBe('Europe/Paris');
  });

  it('still gives the first place when no other is named', () => {
    expect(zoneOfPlaceIn('Das Gespräch ist in Wien, Ihre Zeit in Lissabon ist eine Stunde früher.')).toBe('Europe/Vienna');
  });
});

describe('the work a small employer describes instead of a title', () => {
  it.each([
    ['de', 'Wie Sie wissen, suchen wir jemanden für die Rezeption und die Ablage, 20 Stunden die Woche.', 'jemanden für die Rezeption und die Ablage'],
    ['de', 'Wir brauchen ab August jemand für Rebberg und Keller, der anpacken kann.', 'jemand für Rebberg und Keller'],
    ['en', "We're looking for someone to help with the rooms over the summer.", 'someone to help with the rooms'],
    ['en', "What we're after is a hand in the workshop: sanding, finishing.", 'a hand in the workshop'],
    ['nl', 'We zoeken inderdaad nog iemand voor achter de bar, vooral in het weekend.', 'iemand voor achter de bar'],
    ['pl', 'Szukamy kogoś do pomocy w biurze - głównie segregowanie dokumentów.', 'ktoś do pomocy w biurze'],
    ['fr', "On cherche quelqu'un pour l'accueil et la caisse, du mardi au samedi.", "quelqu'un pour l'accueil et la caisse"],
    // …up to the words of when that follow it, and after "we're after".
    ['fr', "Nous cherchons quelqu'un pour le comptoir à partir du mois prochain.", "quelqu'un pour le comptoir"],
    ['en', "We're after someone for behind the bar for the winter, mostly evenings.", 'someone for behind the bar'],
  ])('is the role, as written (%s)', (_lang, main, role) => {
    expect(findRole('Re: Bewerbung', main)).toBe(role);
    expect(isWorkDescription(role)).toBe(true);
  });

  it('is no title: a draft thanks for the interview without calling it a position', () => {
    const facts = {
      company: 'Gasthaus Brandl', role: 'jemanden für die Küche', format: 'onsite', meetingLink: null, location: null, slots: [], schedulingLink: null,
      replyTo: { name: 'Anna Brandl', address: 'anna@brandl.example' }, language: 'de',
    } as unknown as InviteFacts;
    const drafts = composeDrafts({ facts, originalSubject: 'Bewerbung', owner: { name: 'Jo Pereira', signature: '', availability: 'weekdays' } });
    expect(drafts.accept.body).not.toMatch(/jemanden|Position jemanden/);
    expect(drafts.accept.body).toMatch(/Gasthaus Brandl/);
    expect(isWorkDescription('Koch')).toBe(false);
  });
});

describe('where the writer says they are ("Ici, à la Boulangerie Vasseur, nous sommes…")', () => {
  const sender = { name: 'Martine', address: 'martine.v@orange.example' };
  it.each([
    ['fr', 'Ici, à la Boulangerie Vasseur, nous sommes une petite équipe.', 'Boulangerie Vasseur'],
    ['de', 'Hier in der Bäckerei Brandl sind wir zu dritt.', 'Bäckerei Brandl'],
    ['it', 'Qui alla Trattoria Da Gino siamo in quattro.', 'Trattoria Da Gino'],
  ])('names the business (%s)', (_lang, main, company) => expect(findCompany('Candidature', main, '', sender, null)).toBe(company));
  it('not a town after "ici, à"', () => expect(findCompany('Candidature', 'Ici, à Dinan, nous cherchons quelqu’un.', '', sender, null)).toBeNull());
});

describe('a business named in a sentence that speaks for it ("en el Gimnasio Titán llevamos…")', () => {
  const sender = { name: 'Quique', address: 'quique.t@yahoo.example' };
  it.each([
    ['es', 'Te cuento: en el Gimnasio Norte llevamos quince años y somos cuatro.', 'Gimnasio Norte'],
    ['it', 'Nella Pasticceria Bellini siamo in tre, più mia madre.', 'Pasticceria Bellini'],
    ['de', 'In unserer Bäckerei Krenn sind wir ein kleines Team.', 'Bäckerei Krenn'],
    // A wine estate or a farm as the business: "Quinta", "Herdade", "Tenuta", "Finca".
    ['pt', 'Somos uma casa pequena, de família: fazemos a entrevista aqui na Quinta do Vale da Urze.', 'Quinta do Vale da Urze'],
    ['it', 'Nella Tenuta Le Ginestre siamo in cinque.', 'Tenuta Le Ginestre'],
  ])('names the business (%s)', (_lang, main, company) => expect(findCompany('Lo del anuncio', main, '', sender, null)).toBe(company));
  it('not without a "we": someone else’s shop is no employer', () => {
    expect(findCompany('Lo del anuncio', 'Trabajé antes en el Gimnasio Norte, como monitora.', '', sender, null)).toBeNull();
  });
});

describe('an Italian sole trader and "mi serve qualcuno"', () => {
  it('names the business before the owner its mailbox spells', () => {
    const sender = { name: null, address: 'micheleesposito71@libero.example' };
    expect(findCompany('Per il lavoro al banco', 'Ciao Laura, passa domani.', 'Michele\n--\nPizzeria Da Michele di Esposito Michele\nVia dei Fornaciai Vecchi 58 - 00179 Roma', sender, null)).toBe('Pizzeria Da Michele');
    expect(findCompany('Colloquio', 'Ciao, passa domani.', 'Michele\nOsteria di Santa Maria\nVia Roma 1', sender, null)).not.toBe('Osteria');
  });
  it.each([
    ['it', 'Mi serve qualcuno per il banco, soprattutto la sera.', 'qualcuno per il banco'],
    ['es', 'Me hace falta alguien para la tienda, sobre todo los sábados.', 'alguien para la tienda'],
    ['fr', "Il me faut quelqu'un pour l'atelier, surtout le matin.", "quelqu'un pour l'atelier"],
  ])('reads the work sought (%s)', (_lang, main, role) => expect(findRole('Lavoro', main)).toBe(role));
});

describe('on the business’s behalf, a joinery by its kind, and never "you"', () => {
  const sender = { name: 'Carmen', address: 'carmen.losdragos@gmail.example' };
  it.each([
    ['es', 'Te escribo de parte de Casa Los Dragos, el bed and breakfast que llevamos mi marido y yo.', 'Casa Los Dragos'],
    ['it', 'Ti scrivo da parte di Trattoria Da Gino per il posto in sala.', 'Trattoria Da Gino'],
    ['fr', 'Je vous écris de la part de Librairie Martin pour le poste.', 'Librairie Martin'],
  ])('names the business written for (%s)', (_lang, main, company) => expect(findCompany('Candidatura', main, '', sender, null)).toBe(company));
  it('takes a joinery’s signature line by its kind', () => {
    expect(findCompany('Votre candidature', 'Je vous propose qu’on s’appelle mardi.', 'Pascal Gaillard\nMenuiserie Gaillard & Fils\n74000 Annecy', { name: 'Pascal Gaillard', address: 'pascal.gaillard74@orange.example' }, null)).toBe('Menuiserie Gaillard & Fils');
  });
  it('is never the reader ("Você", "Usted")', () => {
    expect(findCompany('Próxima etapa do seu processo', 'Olá! Você avançou para a próxima etapa na Cervo Pagamentos.', '', { name: 'Cervo Pagamentos', address: 'no-reply@gupy.example' }, null)).not.toBe('Você');
  });
});

describe('a free-mail mailbox that spells the business', () => {
  it.each([
    ['an article before the name (en)', 'Siân Evans\nThe Copper Pot Bistro\n4 Harbour Row, Tenby', 'copperpotbistro1@gmail.example', 'Siân Evans', 'The Copper Pot Bistro'],
    ['two of its words (de)', 'Jürgen Maier\nDie Holzwerkstatt Maier\nLindenweg 3, 72072 Tübingen', 'holzwerkstatt.maier@gmx.example', 'Jürgen Maier', 'Die Holzwerkstatt Maier'],
  ])('confirms a signature line with %s', (_case, signature, address, name, company) => {
    expect(findCompany('Job', 'Could you come in on Friday?', `Thanks,\n${signature}`, person(name, address), null)).toBe(company);
  });

  it('makes the display name it spells the business when someone else signs', () => {
    expect(findCompany('Candidatura', 'Pode passar cá na sexta?', 'Cumprimentos,\nJoana Rocha', person('Pastelaria Flor de Sal', 'pastelaria.flordesal@sapo.example'), null)).toBe('Pastelaria Flor de Sal');
  });

  it('makes a display name with the business kind last the business when someone else signs', () => {
    expect(findCompany('Sobre a vaga', 'Somos uma floricultura pequena. Me fala se topa!', 'Beijos,\nLuana', person('Ipê Amarelo Floricultura', 'luana.ferraz.flores@gmail.example'), null)).toBe('Ipê Amarelo Floricultura');
  });

  it('never makes a person a business', () => {
    // The display name is the person who signs with her first name; the signature's first line is the business's.
    expect(findCompany('Job', 'Could you come in on Friday?', 'Thanks,\nMarta', person('Marta Lindqvist', 'marta.lindqvist@gmail.example'), null)).toBeNull();
    expect(findCompany('Praca', 'Zapraszam w czwartek.', 'Pozdrawiam\n\n--\nSklep "Kropka" s.c.', person('Ewa Zielińska', 'ewa.zielinska@wp.example'), null)).not.toBe('Ewa Zielińska');
  });
});
