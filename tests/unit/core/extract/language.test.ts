/**
 * The invitation's language (issue 14, item 8): Polish invitations are recognised, with and without
 * their diacritics (mail typed on a keyboard without a Polish layout), formal and casual, long and
 * short; and the other languages' invitations stay theirs. A Polish invitation gets the Polish drafts.
 */
import { describe, expect, it } from 'vitest';
import { detectTextLanguage } from '../../../../functions/core/extract/language.js';
import { parseMessage } from '../../../../functions/core/mail/mail.js';
import { triageMessage } from '../../../../functions/core/triage/triage.js';
import { exampleConfig } from '../../../fakes/ports.js';

/** Polish without its diacritics, as typed on a keyboard without a Polish layout. */
const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');

const POLISH = [
  `Szanowny Panie Tomaszu,

dziękujemy za przesłanie aplikacji na stanowisko Analityk Danych w firmie Nordbud Sp. z o.o. Chcielibyśmy zaprosić Pana na rozmowę kwalifikacyjną, która odbędzie się we wtorek 14 stycznia o godz. 10:00 w naszym biurze przy ul. Prostej 20 w Warszawie.

Prosimy o potwierdzenie obecności.

Z poważaniem
Anna Kowalska`,
  `Dzień dobry Panie Tomku,
chcielibyśmy zaprosić Pana na spotkanie online (Teams) w czwartek 12.03 o 14:00.
Link: https://teams.microsoft.com/l/meetup-join/abc
Pozdrawiam
Ola`,
  `Cześć Kasia,
czy masz czas na krótką rozmowę telefoniczną jutro o 15:00? Chodzi o stanowisko Product Designer w naszym zespole.
Daj znać!
Piotr`,
  `Hej Marek, mamy dla Ciebie propozycję: video call z naszym CTO w piątek o 16:00 (Google Meet). Pasuje Ci? Pozdro, Ewa`,
  `Witam,
zapraszam na rozmowę w sprawie oferty pracy Frontend Developer. Termin: 5 marca, godz. 11:00, ul. Długa 5, Kraków.
Magdalena Nowak
Recruitment Specialist | Acme Software`,
  `Hej, masz czas na call jutro o 10? Chodzi o rolę Data Engineer w naszym teamie. Daj znać, Ola`,
  `Interview invitation - Senior Java Developer

Dzień dobry, w imieniu firmy Kormoran S.A. zapraszam na rozmowę (Teams) w środę 3 czerwca o 10:00. Czy ten termin Panu odpowiada?`,
];

describe('detectTextLanguage', () => {
  it.each(POLISH.map((text, i) => [i + 1, text]))('Polish invitation %i, with its diacritics', (_n, text) => {
    expect(detectTextLanguage(text)).toBe('pl');
  });

  it.each(POLISH.map((text, i) => [i + 1, plain(text)]))('Polish invitation %i, without diacritics', (_n, text) => {
    expect(detectTextLanguage(text)).toBe('pl');
  });

  it.each([
    ['en', 'Hi Alex, we would like to invite you to an interview for the Data Analyst role on Tuesday at 10:00. Please let me know if the time works for you. Best, Sofia'],
    ['de', 'Sehr geehrter Herr Weber, wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 3. März um 10 Uhr in unser Büro ein. Bitte bestätigen Sie kurz den Termin. Mit freundlichen Grüßen'],
    ['fr', "Bonjour, nous avons le plaisir de vous inviter à un entretien pour le poste de chargé de projet le mardi 14 à 10h dans nos locaux. Merci de nous confirmer votre disponibilité."],
    ['es', 'Hola Lucía, nos gustaría invitarte a una entrevista para el puesto de analista el martes a las 10:00. ¿Te viene bien? Un saludo'],
    ['it', "Gentile Marco, la invitiamo a un colloquio per la posizione di analista martedì alle ore 15:00 presso la nostra sede. Cordiali saluti"],
    ['nl', 'Beste Sanne, graag nodigen wij je uit voor een sollicitatiegesprek voor de functie van analist op dinsdag om 10 uur. Met vriendelijke groet'],
    ['pt', 'Olá João, gostaríamos de convidá-lo para uma entrevista para a vaga de analista na terça-feira às 14h. Pode confirmar? Atenciosamente'],
    ['ja', '山田様 この度は弊社求人にご応募いただきありがとうございます。面接を下記の日程で実施したく存じます。'],
    ['de', 'Hallo Jan, hast du am Donnerstag kurz Zeit für ein Gespräch? Es geht um die Stelle als Entwickler. Viele Grüße aus München, März 2026'],
    ['it', 'Ciao Luca, ci vediamo giovedì alle 16 per il colloquio? Fammi sapere, ciao!'],
    ['nl', 'Hoi Daan, ze willen je graag spreken over de functie. Kun je dinsdag om 10 uur? Groeten, Eva'],
    ['de', 'Guten Tag Frau Nowak, wir würden Sie gerne kennenlernen. Passen Ihnen die Termine am 3. oder 5. März? Beste Grüße'],
    ['en', 'Hi Alex, Krzysztof Szczepański from our Warsaw office would like to meet you for an interview on Tuesday at 10:00. Please let us know if that works. Best, Sofia'],
  ])('%s stays %s', (language, text) => {
    expect(detectTextLanguage(text)).toBe(language);
  });
});

describe('a Polish invitation gets the Polish drafts', () => {
  for (const [label, transform] of [['with diacritics', (t: string) => t], ['without diacritics', plain]] as const) {
    it(label, async () => {
      const config = exampleConfig();
      const body = transform(POLISH[0]!);
      const raw = Buffer.from(
        `From: Anna Kowalska <anna.kowalska@nordbud.example>\r\nTo: alex@example.com\r\nSubject: ${transform('Zaproszenie na rozmowę kwalifikacyjną')}\r\nDate: Mon, 6 Jan 2027 09:00:00 +0100\r\nMessage-ID: <pl-1@nordbud.example>\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`,
      );
      const triage = await triageMessage(await parseMessage(raw), { ...config.owner, addresses: config.owner.addresses }, config.preferences);
      expect(triage.facts.language).toBe('pl');
      expect(triage.drafts.accept.body).toMatch(/^Dzień dobry,\n\nDziękuję za zaproszenie na rozmowę kwalifikacyjną/);
    });
  }
});

describe('Italian against French and Spanish', () => {
  it('an Italian invitation written with "Le", "La" and "un" stays Italian', () => {
    const text = "Buongiorno Mateo,\nsono Francesca Galli di LavoroPiù. Le scrivo in merito alla Sua candidatura: un nostro cliente sta cercando un Analista. La chiameremo giovedì 21 gennaio tra le 10:00 e le 12:00; se l'orario non Le fosse comodo, mi indichi pure un'alternativa.\nDistinti saluti";
    expect(detectTextLanguage(text)).toBe('it');
    expect(detectTextLanguage('Bonjour, nous vous proposons un entretien le mardi 9 mars à 14h avec la responsable. Cordialement')).toBe('fr');
  });
});
