/**
 * Street addresses by class (issue #13): the address block as written, its lines joined with ", ", in the
 * shapes and languages invitations use: one labelled line, a label then lines, a block with a building
 * or company line, a unit or floor line, an address in a sentence, a map link beside it, postal lines of
 * several countries; never a date, a check-in instruction, a phone number or a company line after it.
 * (Examples written for these tests, not taken from the corpus.)
 */
import { describe, expect, it } from 'vitest';
import { findLocation } from '../../../../functions/core/extract/location.js';

describe('an address block as written', () => {
  it.each([
    ['a building line, a street with its floor, a US postal line', 'Please come to our offices:\n\nBrightwell Tower\n500 Lakeview Blvd., 18th Floor\nMilwaukee, WI 53202\n\nPark in the visitor lot.', 'Brightwell Tower, 500 Lakeview Blvd., 18th Floor, Milwaukee, WI 53202'],
    ['a label alone, then a suite line, the street and the city; a map link below', 'Location:\nSuite 210\n9 Orchard Lane\nAustin, TX 78701\nhttps://maps.example/q/9-orchard', 'Suite 210, 9 Orchard Lane, Austin, TX 78701'],
    ['a date line right above is no part of it', 'Tuesday, 9 March at 10:00\nHarbour House\n2 Dock Street\nLeeds LS10 1JF\n\nAsk for Tom at reception.', 'Harbour House, 2 Dock Street, Leeds LS10 1JF'],
    ['"Where: our Leeds office" then the address lines', 'When: Friday 12 March, 14:00\nWhere: our Leeds office\nFloor 4\n2 Dock Street\nLeeds LS10 1JF', 'Floor 4, 2 Dock Street, Leeds LS10 1JF'],
    ['a street with no street word above a UK postcode', 'Our office:\n\n100 Bishopsgate\nLondon EC2N 4AG', '100 Bishopsgate, London EC2N 4AG'],
    ['a Canadian address with its country', 'See you at:\n250 Front Street West\nToronto, ON M5V 3G5\nCanada\n\nBring ID.', '250 Front Street West, Toronto, ON M5V 3G5, Canada'],
    ['a company line before the street on the same line', 'Where: Fenwick & Daughters, 18 Quay Street, Galway H91 X2C4', 'Fenwick & Daughters, 18 Quay Street, Galway H91 X2C4'],
  ])('%s', (_shape, main, address) => {
    expect(findLocation(main)).toBe(address);
  });
});

describe('one line, labelled or in a sentence', () => {
  it.each([
    ['a map link beside it', 'Address: 77 Harbor Road, Portland, ME 04101 (map: https://maps.example/abc)', '77 Harbor Road, Portland, ME 04101'],
    ['a sentence around it', 'Our studio is at 12 Mill Lane, Unit 3, Bristol BS1 4QA. Ring the bell when you arrive.', '12 Mill Lane, Unit 3, Bristol BS1 4QA'],
    ['a long note in brackets after it', 'Adresse : 8, boulevard Haussmann, 75009 Paris (code 1234B, 2e étage)', '8, boulevard Haussmann, 75009 Paris'],
    ['a short province code in brackets stays', 'Indirizzo: Via dei Mille 24, 80121 Napoli (NA)', 'Via dei Mille 24, 80121 Napoli (NA)'],
    ['a German floor', 'Ort: Hafenstraße 12a, 3. OG, 28217 Bremen', 'Hafenstraße 12a, 3. OG, 28217 Bremen'],
    ['a Dutch postcode', 'Adres: Keizersgracht 410, 1016 GC Amsterdam', 'Keizersgracht 410, 1016 GC Amsterdam'],
    ['a Portuguese street, number, floor and postcode', 'Morada: Avenida da Liberdade, 110, 3.º andar, 1250-146 Lisboa', 'Avenida da Liberdade, 110, 3.º andar, 1250-146 Lisboa'],
    ['a Japanese venue line', '■会場：大阪府大阪市北区梅田2-4-9 ブリーゼタワー12階', '大阪府大阪市北区梅田2-4-9 ブリーゼタワー12階'],
  ])('%s', (_shape, main, address) => {
    expect(findLocation(main)).toBe(address);
  });
});

describe('blocks in the languages', () => {
  it.each([
    ['fr (Québec)', 'Nos bureaux :\n\n1000, rue Sherbrooke Ouest, bureau 2200\nMontréal (Québec) H3A 3G4', '1000, rue Sherbrooke Ouest, bureau 2200, Montréal (Québec) H3A 3G4'],
    ['de, with the company line', 'Wir erwarten Sie hier:\n\nSonnenfeld Logistik GmbH\nAm Speicher 7\n28217 Bremen\n\nBitte am Empfang melden.', 'Sonnenfeld Logistik GmbH, Am Speicher 7, 28217 Bremen'],
    ['nl', 'Je bent welkom op:\n\nStationsplein 45\n3511 ED Utrecht', 'Stationsplein 45, 3511 ED Utrecht'],
    ['es', 'Te esperamos en:\n\nCalle de Serrano, 41, 4.ª planta\n28001 Madrid', 'Calle de Serrano, 41, 4.ª planta, 28001 Madrid'],
    ['es (México), with a colonia line', 'La entrevista será en:\n\nAv. Insurgentes Sur 1602, Piso 9\nCol. Crédito Constructor\n03940 Ciudad de México, CDMX', 'Av. Insurgentes Sur 1602, Piso 9, Col. Crédito Constructor, 03940 Ciudad de México, CDMX'],
    ['pt (Brasil), with a neighbourhood line and a CEP', 'Endereço:\nAv. Paulista, 1842 – conjunto 155\nBela Vista, São Paulo – SP\nCEP 01310-200', 'Av. Paulista, 1842 – conjunto 155, Bela Vista, São Paulo – SP, CEP 01310-200'],
    ['it', 'Vi aspettiamo presso:\n\nCorso Vittorio Emanuele II 15\n10123 Torino (TO)', 'Corso Vittorio Emanuele II 15, 10123 Torino (TO)'],
    ['pl', 'Zapraszamy do biura:\n\nal. Jana Pawła II 29, 8 piętro\n00-867 Warszawa', 'al. Jana Pawła II 29, 8 piętro, 00-867 Warszawa'],
    ['ja, without the company line after it', '■場所\n〒530-0001 大阪府大阪市北区梅田2-4-9\n株式会社サンプル 本社', '〒530-0001 大阪府大阪市北区梅田2-4-9'],
  ])('%s', (_lang, main, address) => {
    expect(findLocation(main)).toBe(address);
  });
});

describe('no address', () => {
  it.each([
    ['an office named, no street', 'The interview will be held at our Denver office on Monday at 10.'],
    ['a dial-in number and PIN', 'Dial in: +1 312-555-0100, PIN 4455 #\nMeeting ID 884 2231 0092'],
    ['times and a room booking reference only', 'Slots: 10:00–10:45 or 14:00–14:45. Reference 2231-7781.'],
  ])('%s', (_shape, main) => {
    expect(findLocation(main)).toBeNull();
  });
});
