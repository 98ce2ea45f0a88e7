/**
 * Street addresses by class (issue #13): the address block as written, its lines joined with ", ", in the
 * shapes and languages invitations use: one labelled line, a label then lines, a block with a building
 * or company line, a unit or floor line, an address in a sentence, a map link beside it, postal lines of
 * several countries; never a date, a check-in instruction, a phone number or a company line after it.
 * (Examples written for these tests, not taken from the corpus.)
 */
import { describe, expect, it } from 'vitest';
import { isInvitation } from '../../../../functions/core/decide/decide.js';
import { extractFacts } from '../../../../functions/core/extract/extract.js';
import { findLocation } from '../../../../functions/core/extract/location.js';

describe('an address block as written', () => {
  it.each([
    ['a building line, a street with its floor, a US postal line', 'Please come to our offices:\n\nBrightwell Tower\n500 Lakeview Blvd., 18th Floor\nMilwaukee, WI 53202\n\nPark in the visitor lot.', 'Brightwell Tower, 500 Lakeview Blvd., 18th Floor, Milwaukee, WI 53202'],
    ['a label alone, then a suite line, the street and the city; a map link below', 'Location:\nSuite 210\n9 Orchard Lane\nAustin, TX 78701\nhttps://maps.example/q/9-orchard', 'Suite 210, 9 Orchard Lane, Austin, TX 78701'],
    ['a date line right above is no part of it', 'Tuesday, 9 March at 10:00\nHarbour House\n2 Dock Street\nLeeds LS10 1JF\n\nAsk for Tom at reception.', 'Harbour House, 2 Dock Street, Leeds LS10 1JF'],
    ['"Where: our Leeds office" then the address lines', 'When: Friday 12 March, 14:00\nWhere: our Leeds office\nFloor 4\n2 Dock Street\nLeeds LS10 1JF', 'Floor 4, 2 Dock Street, Leeds LS10 1JF'],
    ['a name and a number above a Dutch postal line, no street word', 'Het gesprek vindt plaats op ons hoofdkantoor:\nVenepad 44\n3601 NA Maarssen\n\nTot dan!', 'Venepad 44, 3601 NA Maarssen'],
    ['an Italian street named without its street word', 'Vi aspettiamo in sede:\nBorgo Pinti 12\n50121 Firenze', 'Borgo Pinti 12, 50121 Firenze'],
    ['a Swedish street, a floor in "tr" and a Swedish postcode', 'Address: Storgatan 8, 3 tr, 114 51 Stockholm', 'Storgatan 8, 3 tr, 114 51 Stockholm'],
    ['a Danish street with its floor "2. sal", the company line above it goes', 'Place:\nHavbrise Pharma A/S\nStrandvejen 40, 2. sal\n2900 Hellerup\nWe will reimburse your travel.', 'Strandvejen 40, 2. sal, 2900 Hellerup'],
    ['a German street with no street word, its floor, the postal line below', 'Adresse:\nElbtal Software GmbH\nGroßer Burstah 12, 3. OG\n20457 Hamburg', 'Großer Burstah 12, 3. OG, 20457 Hamburg'],
    ['a street with no street word above a UK postcode', 'Our office:\n\n100 Bishopsgate\nLondon EC2N 4AG', '100 Bishopsgate, London EC2N 4AG'],
    ['a Canadian address with its country', 'See you at:\n250 Front Street West\nToronto, ON M5V 3G5\nCanada\n\nBring ID.', '250 Front Street West, Toronto, ON M5V 3G5, Canada'],
    ['a building named on the label line, the street below, a map link', 'Where: Kellerman Hall (Room 3.12)\n540 University Ave\nToronto, ON M5G 1X5\nMap: https://maps.example/?q=540+University', 'Kellerman Hall (Room 3.12), 540 University Ave, Toronto, ON M5G 1X5'],
    ['a studio, a Mexican street, a colonia, a postal line and a map line', 'La entrevista será en:\n\nCasa Verde Studio\nCalle Durango 245, 2º piso\nRoma Norte, Cuauhtémoc\n06700 Ciudad de México\n(Google Maps: https://maps.example/abc123)', 'Casa Verde Studio, Calle Durango 245, 2º piso, Roma Norte, Cuauhtémoc, 06700 Ciudad de México'],
    ['a company line before the street on the same line', 'Where: Fenwick & Daughters, 18 Quay Street, Galway H91 X2C4', 'Fenwick & Daughters, 18 Quay Street, Galway H91 X2C4'],
    ['a street word abbreviated with a dot, its number after it ("Hauptstr. 12", "Str. Col Alt 12")', 'Das Gespräch findet bei uns statt:\nHauptstr. 12\n80331 München', 'Hauptstr. 12, 80331 München'],
    ['a French sentence that opens with "Suite à" ("following") is no unit written before the street', 'Suite à votre candidature, nous vous attendons le 3 mars à 10h dans nos locaux du 14 rue des Lilas, 44000 Nantes.', '14 rue des Lilas, 44000 Nantes'],
    ['a Catalan street word ("Passeig", "Avinguda", "Plaça") in a sentence', 'Ens veiem a la recepció de l’Hotel Port, Avinguda de Mistral 14, 08015 Barcelona. Pregunteu per mi.', 'Avinguda de Mistral 14, 08015 Barcelona'],
    ['a street with no number ("s/n") and a town that starts with an elided article', 'La entrevista será en nuestra nave:\nCamino del Molino s/n\n12200 L’Alcúdia (Castellón)', 'Camino del Molino s/n, 12200 L’Alcúdia (Castellón)'],
    ['an address in a sentence that goes on after it with a comma', 'Nous aimerions vous rencontrer à la boutique, 27 rue du Faubourg Poissonnière, 75009 Paris, le jeudi 17 juin à 15h00.', '27 rue du Faubourg Poissonnière, 75009 Paris'],
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
    ['the sentence goes on after it', "We'd like you to join us at our office at 1200 Market Street, Suite 300, Philadelphia, PA 19107 on Tuesday at 10am.", '1200 Market Street, Suite 300, Philadelphia, PA 19107'],
    ['a French number with its comma, then a note', 'Rendez-vous au 27, avenue de l’Opéra, 75001 Paris (3e étage, interphone « Lumen »).', '27, avenue de l’Opéra, 75001 Paris'],
    ['a Québec postal line, then words after a dash', 'Notre adresse : 455 Rue Saint-Antoine Ouest, Montréal (Québec) H2Z 1J1 – au plaisir!', '455 Rue Saint-Antoine Ouest, Montréal (Québec) H2Z 1J1'],
    ['a campus, building and room before the street', 'Location: Northfield Technical Campus, Building C, Room 214, 3300 Innovation Drive, Ann Arbor, MI 48108', 'Northfield Technical Campus, Building C, Room 214, 3300 Innovation Drive, Ann Arbor, MI 48108'],
    ['a sentence’s address with a bracketed note its comma cuts', 'Spotkanie odbędzie się w biurze firmy, ul. Długa 8, 80-827 Gdańsk (2. piętro, recepcja).', 'ul. Długa 8, 80-827 Gdańsk'],
    ['an industrial estate whose street has no number, a postcode on the line', 'Le citamos en nuestras oficinas:\n\nPolígono Industrial Cogullada, calle B, nave 7, 50014 Zaragoza\n\nAl llegar, pregunte por Ana.', 'Polígono Industrial Cogullada, calle B, nave 7, 50014 Zaragoza'],
    ['a business park in a sentence, its unit ("nave") kept', 'Nos vemos en el Parque Empresarial Dehesa, nave 3, 28045 Madrid. Pregunte por Ana.', 'Parque Empresarial Dehesa, nave 3, 28045 Madrid'],
    ['a business park with no postcode is no address', 'Our team sits in the Business Park Nord building; we will meet on Teams.', null],
    ['another labelled line under a complete labelled address', 'Ort:       Kaiserstraße 9, 60311 Frankfurt\nEingang:   Hinterhaus, 3. OG\nAnsprechpartner: Jan Roth', 'Kaiserstraße 9, 60311 Frankfurt'],
    ['a level before the street, under an "office" label', 'The office: Level 8, 1 Spring Street, Melbourne VIC 3000', 'Level 8, 1 Spring Street, Melbourne VIC 3000'],
  ])('%s', (_shape, main, address) => {
    expect(findLocation(main)).toBe(address);
  });
});

describe('blocks in the languages', () => {
  it.each([
    ['fr (Québec)', 'Nos bureaux :\n\n1000, rue Sherbrooke Ouest, bureau 2200\nMontréal (Québec) H3A 3G4', '1000, rue Sherbrooke Ouest, bureau 2200, Montréal (Québec) H3A 3G4'],
    ['de, without the company line above it (the street address a person gives)', 'Wir erwarten Sie hier:\n\nSonnenfeld Logistik GmbH\nAm Speicher 7\n28217 Bremen\n\nBitte am Empfang melden.', 'Am Speicher 7, 28217 Bremen'],
    ['nl', 'Je bent welkom op:\n\nStationsplein 45\n3511 ED Utrecht', 'Stationsplein 45, 3511 ED Utrecht'],
    ['es', 'Te esperamos en:\n\nCalle de Serrano, 41, 4.ª planta\n28001 Madrid', 'Calle de Serrano, 41, 4.ª planta, 28001 Madrid'],
    ['es (México), with a colonia line', 'La entrevista será en:\n\nAv. Insurgentes Sur 1602, Piso 9\nCol. Crédito Constructor\n03940 Ciudad de México, CDMX', 'Av. Insurgentes Sur 1602, Piso 9, Col. Crédito Constructor, 03940 Ciudad de México, CDMX'],
    ['pt (Brasil), with a neighbourhood line and a CEP', 'Endereço:\nAv. Paulista, 1842 – conjunto 155\nBela Vista, São Paulo – SP\nCEP 01310-200', 'Av. Paulista, 1842 – conjunto 155, Bela Vista, São Paulo – SP, CEP 01310-200'],
    ['it', 'Vi aspettiamo presso:\n\nCorso Vittorio Emanuele II 15\n10123 Torino (TO)', 'Corso Vittorio Emanuele II 15, 10123 Torino (TO)'],
    ['pl', 'Zapraszamy do biura:\n\nal. Jana Pawła II 29, 8 piętro\n00-867 Warszawa', 'al. Jana Pawła II 29, 8 piętro, 00-867 Warszawa'],
    ['es (Colombia): a "Calle/Carrera N # N-N" street after the company and a dash, its town on the next line', 'Los esperamos el jueves.\nNorteandes - Calle 93 # 11-27, Oficina 402\nBogotá, Colombia\n\nTraer documento.', 'Calle 93 # 11-27, Oficina 402, Bogotá, Colombia'],
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

describe('the hiring company’s line heading an address block (issue #13: what a person would call the street address)', () => {
  it.each([
    ['a company with its legal form above a German street', 'Adresse:\nHollerbach Maschinenbau GmbH\nLindenallee 14\n50968 Köln', null, 'Lindenallee 14, 50968 Köln'],
    ['the company the mail names, above a Dutch street', 'Ons kantoor:\nVeldhoven Analytics\nStationsplein 8\n3511 ED Utrecht', 'Veldhoven Analytics', 'Stationsplein 8, 3511 ED Utrecht'],
    ['the company the mail names, then a building, above a French street', 'Lieu :\nArbalète Conseil\nImmeuble Le Carré\n9 rue de la Barre\n69002 Lyon', 'Arbalète Conseil', 'Immeuble Le Carré, 9 rue de la Barre, 69002 Lyon'],
  ])('%s', (_shape, main, company, address) => {
    expect(findLocation(main, company)).toBe(address);
  });

  it.each([
    ['an English mailing address keeps its company line', 'Where:\nBramley Tools Ltd\n22 Mill Road\nCambridge CB1 2AD', 'Bramley Tools', 'Bramley Tools Ltd, 22 Mill Road, Cambridge CB1 2AD'],
    ['a US block keeps it too', 'Our office:\nHarlow Analytics\n400 Elm Street\nDenver, CO 80202', 'Harlow Analytics', 'Harlow Analytics, 400 Elm Street, Denver, CO 80202'],
    ['a building line that is not the company stays', 'Lieu :\nTour Horizon\n52 quai de Dion-Bouton\n92800 Puteaux', 'Arbalète Conseil', 'Tour Horizon, 52 quai de Dion-Bouton, 92800 Puteaux'],
  ])('%s', (_shape, main, company, address) => {
    expect(findLocation(main, company)).toBe(address);
  });
});

describe('a venue line naming a room, then a campus line with only a postcode', () => {
  it('"Venue: Room 3.05, Carlin Building" then "North Campus, Mill Lane, Hollinford HF2 9QD"', () => {
    const main = 'Date: Thursday 3 June 2027\nTime: 10:30\nVenue: Room 3.05, Carlin Building\nNorth Campus, Mill Lane, Hollinford HF2 9QD\n\nThe panel will be chaired by Dr Mensah.';
    expect(findLocation(main)).toBe('Room 3.05, Carlin Building, North Campus, Mill Lane, Hollinford HF2 9QD');
  });
});

describe('German street names joined by hyphens', () => {
  it.each([['Willy-Brandt-Platz 3\n60311 Frankfurt am Main', 'Willy-Brandt-Platz 3, 60311 Frankfurt am Main'], ['Karl-Marx-Allee 12, 10178 Berlin', 'Karl-Marx-Allee 12, 10178 Berlin']])('%s', (main, address) => {
    expect(findLocation(main)).toBe(address);
  });
});

describe('the line heading an address block: the company with a department or office word, or an agency, is no part of it', () => {
  it.each([
    ['Local da entrevista:\nFarmácias Tejo – Serviços Centrais\nRua Castilho, 71, 4.º andar\n1250-068 Lisboa', 'Farmácias Tejo', 'Rua Castilho, 71, 4.º andar, 1250-068 Lisboa'],
    ['Adres:\nbiuro Velmora Polska\nal. Jerozolimskie 181B\n02-222 Warszawa', 'Velmora Polska', 'al. Jerozolimskie 181B, 02-222 Warszawa'],
    ['Dirección:\nTempora ETT\nCalle Estafeta, 22, 1º\n31001 Pamplona', 'Bodegas Iruña', 'Calle Estafeta, 22, 1º, 31001 Pamplona'],
    // A building named after the company is where one goes: kept.
    ['Dirección:\nTorre Iberdrola\nPlaza Euskadi 5\n48009 Bilbao', 'Iberdrola', 'Torre Iberdrola, Plaza Euskadi 5, 48009 Bilbao'],
  ])('%s', (main, company, location) => {
    expect(findLocation(main, company)).toBe(location);
  });
});

describe('an abbreviation with a dot inside an address ends nothing', () => {
  it.each([
    ['Miejsce:\nal. Jerozolimskie 134, lok. 5\n02-305 Warszawa', 'al. Jerozolimskie 134, lok. 5, 02-305 Warszawa'],
    ['Dirección: Calle Mayor 3, esc. B, 28013 Madrid', 'Calle Mayor 3, esc. B, 28013 Madrid'],
  ])('%s', (main, location) => {
    expect(findLocation(main)).toBe(location);
  });
});

describe('a street named after a place in its adjective form ("Landstraßer Hauptstraße")', () => {
  it('keeps the whole street name', () => {
    expect(findLocation('Wir erwarten Sie in der Landstraßer Hauptstraße 77, 2. Stock, Tür 4, 1030 Wien.', 'onsite')).toMatch(/^Landstraßer Hauptstraße 77/);
  });
});

describe('a street word standing apart after a place adjective ("Leopoldauer Gasse 14", "Wiener Straße 5")', () => {
  it.each([
    ['Das Gespräch findet bei uns im Haus statt:\n\nLeopoldauer Gasse 14\n3. Stock, Tür 7\n1210 Wien\n', /^Leopoldauer Gasse 14/],
    ['Sie finden uns in der Wiener Straße 5, 4020 Linz.', /^Wiener Straße 5/],
  ])('%s', (text, expected) => {
    expect(findLocation(text, 'onsite')).toMatch(expected);
  });
});

describe('the room and floor a letter gives under the town, or with an ordinal word', () => {
  it.each([
    ['Das Gespräch findet im Rathaus statt:\nMarktplatz 1\n47533 Hohenbrück\nZimmer 214, 2. Obergeschoss\n\nFür das Gespräch…', 'Marktplatz 1, 47533 Hohenbrück, Zimmer 214, 2. Obergeschoss'],
    ['w siedzibie Urzędu:\n\nul. Rynek 12\nII piętro, sala nr 214\n62-345 Nowe Kępno\n', 'ul. Rynek 12, II piętro, sala nr 214, 62-345 Nowe Kępno'],
    ['Where:\n12 Harbour Street\nDundee DD1 4AB\nSecond floor, Room 3\n', '12 Harbour Street, Dundee DD1 4AB, Second floor, Room 3'],
    ['Luogo\nPalazzo Municipale - Sala Giunta (primo piano)\nPiazza della Repubblica, 1\n22040 Sorvico (CO)\n', 'Palazzo Municipale - Sala Giunta (primo piano), Piazza della Repubblica, 1, 22040 Sorvico (CO)'],
  ])('%s', (main, location) => {
    expect(findLocation(main)).toBe(location);
  });

  it('never takes the next sentence or a signature name for a room', () => {
    expect(findLocation('Locatie:\nRaadhuisplein 4\n7941 KD Oosterveld\nU wordt verwacht bij de balie.\n')).toBe('Raadhuisplein 4, 7941 KD Oosterveld');
  });
});

describe('an address in brackets inside a sentence', () => {
  it('ends at the closing bracket and keeps the floor written before the street', () => {
    expect(findLocation('Thursday at 3.30pm, at their Manchester office (4th Floor, 22 Mosley Street, Manchester M2 3AN). It should last an hour.')).toBe('4th Floor, 22 Mosley Street, Manchester M2 3AN');
    expect(findLocation('Come to our office (22 Mosley Street, Manchester M2 3AN) at 10am.')).toBe('22 Mosley Street, Manchester M2 3AN');
  });
});

describe('a letterhead address and the same street below with the floor and room', () => {
  it('takes the fuller block, where the letter says to come', () => {
    const letter = 'URZĄD MIEJSKI W NOWYM KĘPNIE\nul. Rynek 12, 62-345 Nowe Kępno\n\nZapraszam na rozmowę, która odbędzie się w siedzibie Urzędu:\n\nul. Rynek 12\nII piętro, sala nr 214\n62-345 Nowe Kępno\n';
    expect(findLocation(letter)).toBe('ul. Rynek 12, II piętro, sala nr 214, 62-345 Nowe Kępno');
  });
});

describe('a site of the company heading the block', () => {
  it('is where one goes ("CHU de Saint-Aubin – Site Pasteur")', () => {
    expect(findLocation('à l’adresse suivante :\n\nCHU de Saint-Aubin – Site Pasteur\nBâtiment administratif, salle du Conseil (1er étage)\n12, avenue du Docteur-Lemaire\n74320 Saint-Aubin-les-Pins\n', 'CHU de Saint-Aubin')).toMatch(/^CHU de Saint-Aubin – Site Pasteur, /);
  });
});

describe('a plot number for the house number ("Rua da Indústria, lote 7")', () => {
  it('is a street line', () => {
    expect(findLocation('nas seguintes instalações:\n\nArquivo Municipal – Armazém 3\nRua da Indústria, lote 7\nZona Industrial da Várzea\n2645-330 Alvorinha\n')).toBe('Arquivo Municipal – Armazém 3, Rua da Indústria, lote 7, Zona Industrial da Várzea, 2645-330 Alvorinha');
  });
});

describe('the letterhead’s street again, under the building and room lines', () => {
  it('takes the block with the building and room', () => {
    const letter = 'SZPITAL WOJEWÓDZKI W BOROWICACH\nDział Kadr i Płac\nul. Szpitalna 3, 58-400 Borowice\n\nZapraszamy na rozmowę w:\n\nbudynek administracji (budynek B)\nsala konferencyjna nr 3 (parter)\nul. Szpitalna 3\n58-400 Borowice\n\nProsimy zabrać dowód osobisty.';
    expect(findLocation(letter)).toBe('budynek administracji (budynek B), sala konferencyjna nr 3 (parter), ul. Szpitalna 3, 58-400 Borowice');
  });
});

describe('Spanish floor and door after the number', () => {
  it.each([
    ['Sería en C/ Aragó 250, 4.º 2.ª, 08007 Barcelona.', 'C/ Aragó 250, 4.º 2.ª, 08007 Barcelona'],
    ['Estamos en Calle Mayor 23, 2º izq., 28013 Madrid.', 'Calle Mayor 23, 2º izq., 28013 Madrid'],
  ])('%s', (main, address) => {
    expect(findLocation(main)).toBe(address);
  });
});

describe('the address of a letterhead line, without the phone that follows it', () => {
  it('"Via Lungolago 18, 37017 Lazise (VR) · tel. 045 758 1234"', () => {
    expect(findLocation('Un caro saluto,\nGiulia\n\nHotel Villa Ortensia *** · dal 1962 la vostra casa sul lago\nVia Lungolago 18, 37017 Lazise (VR) · tel. 045 758 1234\n')).toBe('Via Lungolago 18, 37017 Lazise (VR)');
  });
});

describe("a table's label column, a tab and no colon", () => {
  it.each([
    ['nl', 'Graag nodigen we je uit voor onze selectiedag.\n\nDatum\tvrijdag 26 maart\nTijd\t09.00 – 16.30 uur (inloop vanaf 08.45 uur)\nLocatie\tOosterhaven 31\n3e verdieping\n9711 AD Groningen\nProgramma\tPresentatie en lunch', 'Oosterhaven 31, 3e verdieping, 9711 AD Groningen'],
    ['en', 'We would like to invite you to our assessment day.\n\nDate\tTuesday 4 May\nTime\t10:00–11:00 (doors open 9:45)\nVenue\tThe Boatyard\nSalford M50 3AG\nPanel\tTwo managers', 'The Boatyard, Salford M50 3AG'],
  ])('%s', (_lang, body, where) => expect(findLocation(body)).toBe(where));
});

describe('a unit written before the street inside a sentence', () => {
  it.each([
    ["Could you pop round? We're at Unit 4, Marsh Lane Trading Estate, Bristol BS3 2NT. Ring me if you get lost.", 'Unit 4, Marsh Lane Trading Estate, Bristol BS3 2NT'],
    ["We're at Suite 200, 14 Quay Street, Manchester M3 3HN.", 'Suite 200, 14 Quay Street, Manchester M3 3HN'],
    ['Our office is at 88 Pearl Street, Boston MA 02110.', '88 Pearl Street, Boston MA 02110'],
  ])('%s', (body, where) => expect(findLocation(body)).toBe(where));
});

describe("the body's street alone, completed by the signature's address of the same street", () => {
  const where = (body: string) =>
    extractFacts({ from: { name: 'Maria Huber', address: 'm.huber@gasthaus.example' }, replyTo: null, cc: [], subject: 'Re: Bewerbung', date: null, messageId: null, body, calendars: [] }, { ownerAddresses: [], fallbackDate: null, isInvitation }).location;
  it('de', () => {
    expect(where('Kommen Sie doch morgen um 15 Uhr bei uns vorbei. Wir sind in der Linzer Gasse 14, bitte durch die Einfahrt.\n\nLiebe Grüße\nMaria Huber\n\nGasthaus Zum Grünen Baum\nLinzer Gasse 14, 5020 Salzburg')).toBe('Linzer Gasse 14, 5020 Salzburg');
  });
  it('another street in the signature is not this one', () => {
    expect(where('Kommen Sie doch morgen um 15 Uhr vorbei, unsere Werkstatt ist in der Hafenstraße 3.\n\nLiebe Grüße\nMaria Huber\n\nGasthaus Zum Grünen Baum\nLinzer Gasse 14, 5020 Salzburg')).toBe('Hafenstraße 3');
  });
});

describe("a signature's address block read from its top: the signer's name, title and company are no part of it", () => {
  it('pt', () => {
    expect(findLocation('Tomás Azevedo\nTalent Lead, Granito Labs\nEdifício Aliança, 5.º piso\nRua do Bonjardim 918\n4000-120 Porto\n+351 220 000 731', 'Granito Labs')).toBe('Edifício Aliança, 5.º piso, Rua do Bonjardim 918, 4000-120 Porto');
  });
  it('a company line that looks like a job ("Corbel Architects") with no person above it stays', () => {
    expect(findLocation('Corbel Architects\n88 Pearl Street, 4th Floor\nBoston, MA 02110')).toMatch(/^Corbel Architects, 88 Pearl Street/);
  });
});

describe('Irish addresses: a Dublin postal district or an Eircode ends the address; a signature line goes on with its slogan', () => {
  it.each([
    ['The Hare & Hound | 41 Phibsborough Rd, Dublin 7 | Good pints, better company | Open 12 till late, 7 days', '41 Phibsborough Rd, Dublin 7'],
    ['Call in to us at 12 Main Street, Naas, W91 X2Y3 on Tuesday.', '12 Main Street, Naas, W91 X2Y3'],
  ])('%s', (text, want) => expect(findLocation(text)).toBe(want));
});

describe('an office described by whose it is, before its street, is no part of the address', () => {
  it.each([
    ['Where: our Leeds office, 3 Wellington Place, Leeds LS1 4AP', '3 Wellington Place, Leeds LS1 4AP'],
    ['Ort: unsere Niederlassung in Graz, Annenstraße 12, 8020 Graz', 'Annenstraße 12, 8020 Graz'],
    ['Lieu : nos locaux de Nantes, 5 quai de la Fosse, 44000 Nantes', '5 quai de la Fosse, 44000 Nantes'],
    ['Luogo: la nostra sede di Bologna, Via Marconi 8, 40122 Bologna', 'Via Marconi 8, 40122 Bologna'],
    // …or by what it is, in lower case.
    ['Miejsce: siedziba firmy, ul. Długa 7, 31-147 Kraków', 'ul. Długa 7, 31-147 Kraków'],
    ['Venue: head office, 40 Queen Street, Glasgow G1 3DX', '40 Queen Street, Glasgow G1 3DX'],
    ['Lugar: sede central, Calle Mayor 12, 28013 Madrid', 'Calle Mayor 12, 28013 Madrid'],
  ])('%s', (text, expected) => {
    expect(findLocation(text)).toBe(expected);
  });

  it('a signature block under a secretary: the name, the title and the firm go; "conj." ends nothing', () => {
    expect(findLocation('Pode vir aqui no escritório na quinta.\n\nAtenciosamente,\n\nRita Moraes\nSecretária\nBeatriz Lins Advocacia\nRua Augusta, 1500 - conj. 31\nConsolação - São Paulo/SP - CEP 01304-001', 'Beatriz Lins Advocacia')).toBe(
      'Rua Augusta, 1500 - conj. 31, Consolação - São Paulo/SP - CEP 01304-001',
    );
  });

  it('a named building before the street stays', () => {
    expect(findLocation('Where: The Corn Exchange, 12 Market Street, Leeds LS1 7BR')).toBe('The Corn Exchange, 12 Market Street, Leeds LS1 7BR');
    expect(findLocation('Lugar: Sede Chamartín, Calle Mayor 12, 28013 Madrid')).toBe('Sede Chamartín, Calle Mayor 12, 28013 Madrid');
  });
});

describe('Austrian staircase, door and floor lines continue an address', () => {
  it('Stiege, Top, Stock', () => {
    expect(findLocation('Wir erwarten Sie hier:\n\nLandstraßer Hauptstraße 71\nStiege 1, Top 14\n1030 Wien\n\nBis bald')).toBe('Landstraßer Hauptstraße 71, Stiege 1, Top 14, 1030 Wien');
  });
});

describe('a bracket the address line leaves open is a note for the visitor, not address lines', () => {
  it('nl', () => {
    expect(findLocation('Locatie: Lange Viestraat 2, 3511 BK Utrecht (3e\nverdieping, meld je bij de balie)\n\nTot dan!')).toBe('Lange Viestraat 2, 3511 BK Utrecht');
  });
  it('en', () => {
    expect(findLocation('Location: 5 Park Row, Leeds LS1 5HD (2nd\nfloor, ask at reception)\n\nSee you then')).toBe('5 Park Row, Leeds LS1 5HD');
  });
});

describe('a street in a sentence, as prose writes it', () => {
  it.each([
    ['Le docteur vous recevra samedi, 7 rue des Mouettes à Biarritz. Un parking est derrière.', '7 rue des Mouettes à Biarritz'],
    ['Spotykamy się przy ul. Długiej 5 w Gdańsku.', 'ul. Długiej 5 w Gdańsku'],
    ['Ci vediamo in via Roma 12, 10121 Torino.', 'via Roma 12, 10121 Torino'],
    ['Ti aspettiamo in piazza Vittorio 4.', 'piazza Vittorio 4'],
    ['Nos vemos en la calle Mayor 5, 28801 Alcalá.', 'calle Mayor 5, 28801 Alcalá'],
    ['Rendez-vous au 12 avenue Foch à 14h.', '12 avenue Foch'],
    ['Spotykamy się przy ul. Długiej 5 w poniedziałek.', 'ul. Długiej 5'],
  ])('%j', (text, address) => expect(findLocation(text)).toBe(address));
  it.each([['We will meet via Zoom on 12 March.'], ['Sent via Microsoft Teams at 10.']])('no street in %j', (text) => expect(findLocation(text)).toBeNull());
});

describe('the office or a call as the candidate likes: the office the body gives is still where to go', () => {
  const facts = (body: string) =>
    extractFacts({ from: { name: 'Giorgia Ferri', address: 'giorgia@benassi.example' }, replyTo: null, cc: [], subject: 'Brand Manager', date: null, messageId: null, body, calendars: [] }, { ownerAddresses: [], fallbackDate: null, isInvitation });
  it('it: the body’s address, with no one format', () => {
    const found = facts('Possiamo incontrarci presso la nostra sede oppure, se le è più comodo, sentirci al telefono. Mercoledì 10 febbraio alle 15:00?\n\nSe sceglie di venire in sede, ci trova in Via del Porto 28/A, 40122 Bologna.\n\nGiorgia Ferri\nBenassi Design');
    expect([found.format, found.location]).toEqual(['unknown', 'Via del Porto 28/A, 40122 Bologna']);
  });
  it('…but never the signature’s address', () => {
    const found = facts('Possiamo incontrarci presso la nostra sede oppure, se preferisce, sentirci al telefono. Mercoledì 10 febbraio alle 15:00?\n\nUn caro saluto,\nGiorgia Ferri\nBenassi Design\nVia del Porto 28/A, 40122 Bologna');
    expect([found.format, found.location]).toEqual(['unknown', null]);
  });
});

describe('a German verb particle closing the sentence after an address in it', () => {
  it.each([
    ['Das Gespräch findet am Standort in der Industriestraße 14, 73033 Göppingen statt. Parkplätze gibt es vor dem Haus.', 'Industriestraße 14, 73033 Göppingen'],
    ['Das Gespräch findet in unserer Zentrale in der Hafenstraße 12, 20457 Hamburg, 3. Obergeschoss statt. Bitte melden Sie sich am Empfang.', 'Hafenstraße 12, 20457 Hamburg, 3. Obergeschoss'],
    ['Kommen Sie am Montag in der Hauptstraße 5, 83646 Bad Tölz vorbei.', 'Hauptstraße 5, 83646 Bad Tölz'],
  ])('%j', (text, address) => expect(findLocation(text)).toBe(address));
});

describe('a unit line ending its line goes on to the town, and a postal code on its own line under the town', () => {
  it.each([
    ['Thursday 22 April 2027 at 2.30pm\nUnit 4, Liffey Quay Business Park\nInchicore\nDublin 8\nD08 X2Y7\n\nThe panel will be two of us.', 'Unit 4, Liffey Quay Business Park, Inchicore, Dublin 8, D08 X2Y7'],
    ['Our office:\n12 Harcourt Street\nDublin 2\nD02 K2H3\n\nSee you then.', '12 Harcourt Street, Dublin 2, D02 K2H3'],
  ])('%j', (text, address) => expect(findLocation(text)).toBe(address));
});

describe('where an address in a sentence ends', () => {
  it('ends at the sentence after a town whose last letter follows an accent ("Kraków.")', () => {
    expect(findLocation('Zapraszamy do biura przy ul. Zabłocie 23, 30-701 Kraków. Proszę wybrać jeden z terminów (godziny według czasu polskiego):')).toBe('ul. Zabłocie 23, 30-701 Kraków');
  });
  it('keeps the dot of a Portuguese floor side ("3.º Esq.", "2.º Dto.")', () => {
    expect(findLocation('Rua de Santa Catarina, 112, 3.º Esq.\n4000-442 Porto')).toBe('Rua de Santa Catarina, 112, 3.º Esq., 4000-442 Porto');
    expect(findLocation('Avenida da Boavista 1200, 2.º Dto.\n4100-130 Porto')).toBe('Avenida da Boavista 1200, 2.º Dto., 4100-130 Porto');
  });
});

describe('a small business\'s address', () => {
  it('keeps a shop unit after the number ("loja B")', () =>
    expect(findLocation('Estamos na Avenida da Liberdade 40, loja C, 1250-145 Lisboa, ao lado do quiosque.')).toBe('Avenida da Liberdade 40, loja C, 1250-145 Lisboa'));
  it('keeps an Irish county after "Co."', () => expect(findLocation('Regards,\nAoife\n\n9 Strand Road, Tramore, Co. Waterford\nPh 051 381 000')).toBe('9 Strand Road, Tramore, Co. Waterford'));
  it('drops the signer\'s name and the company line over the street of a signature with no title', () =>
    expect(findLocation('Thanks,\nPádraig Nolan\nThe Salt Cellar Deli\n14 Quay Street, Kinsale, Co. Cork', 'The Salt Cellar Deli')).toBe('14 Quay Street, Kinsale, Co. Cork'));
});

describe('a Spanish door after the floor', () => {
  it('keeps the dot of "izda." and "dcha."', () => {
    expect(findLocation('Te esperamos en nuestras oficinas:\n\nC/ Gran Vía, 28, 3.º izda.\n28013 Madrid\n\nUn saludo')).toBe('C/ Gran Vía, 28, 3.º izda., 28013 Madrid');
    expect(findLocation('Os esperamos aquí:\n\nCalle Colón 12, 2.º dcha.\n46004 Valencia\n\nSaludos')).toBe('Calle Colón 12, 2.º dcha., 46004 Valencia');
  });
});

describe('a street where a past meeting was is not where the next one is, when another street follows', () => {
  it.each([
    ['Thanks again for the chat last week at our office on 14 Harbour Street, Leith.\nThe second round is at our lab: 3 Mill Lane, Edinburgh EH6 5QT.', '3 Mill Lane, Edinburgh EH6 5QT'],
    ['Merci pour l’échange de la semaine dernière au 8 rue Garibaldi.\nLe second entretien aura lieu sur notre site de production : 22 avenue Jean Jaurès, 69007 Lyon.', '22 avenue Jean Jaurès, 69007 Lyon'],
    // with no other street, the one written stays
    ['Like last time, we meet at 14 Harbour Street, Leith.', '14 Harbour Street, Leith'],
  ])('%j', (main, address) => {
    expect(findLocation(main)).toBe(address);
  });
});

describe('a building named right before the street in a sentence is part of where to go', () => {
  it.each([
    ['Te esperamos el martes en la Torre Mirador, Calle de Alcalá 45, 28014 Madrid.', 'Torre Mirador, Calle de Alcalá 45, 28014 Madrid'],
    ['We will meet you at the Quayside Business Centre, 12 Dock Road, Cork T12 X2Y3.', 'Quayside Business Centre, 12 Dock Road, Cork T12 X2Y3'],
    // one word after "in" is a town, not a building
    ['The interview is in Leeds, 14 Park Row, Leeds LS1 5HD.', '14 Park Row, Leeds LS1 5HD'],
  ])('%j', (main, address) => {
    expect(findLocation(main)).toBe(address);
  });
});

describe('an initial inside a street\'s name is no sentence end', () => {
  it.each([
    ['Morada:\nAvenida D. João II, 41, 1990-084 Lisboa', 'Avenida D. João II, 41, 1990-084 Lisboa'],
    ['Adres:\nul. J. Kilińskiego 12, 90-001 Łódź', 'ul. J. Kilińskiego 12, 90-001 Łódź'],
    // a room letter at a sentence's end still ends the address
    ['Indirizzo: Via Roma 12, sala B. Chieda alla reception.', 'Via Roma 12, sala B'],
  ])('%j', (main, address) => expect(findLocation(main)).toBe(address));
});

describe('an Italian building part and a floor written with a degree sign belong to the address', () => {
  it('"palazzina B, 3° piano"', () =>
    expect(findLocation('La aspettiamo presso la nostra sede di Milano, in Via Tortona 27, palazzina B, 3° piano.')).toBe('Via Tortona 27, palazzina B, 3° piano'));
});

describe("a company's registration number is no part of the address", () => {
  it.each([
    ['a tax number line between the company and the street', 'Marta Lopes\nPadaria Lopes & Irmãos, Lda.\nNIF 512 334 901\nRua do Bonfim, 88\n4300-069 Porto\nTel. 222 000 111', 'Rua do Bonfim, 88, 4300-069 Porto'],
    ['a VAT number after the town in a footer line', 'Ferretti Arredi S.r.l., Via Emilia 210, 40026 Imola (BO), P.IVA 01234567890, capitale sociale 50.000 €', 'Via Emilia 210, 40026 Imola (BO)'],
  ])('%s', (_shape, main, address) => expect(findLocation(main)).toBe(address));
});

describe('a room numbered with a dot is no time', () => {
  it.each([
    ['Ort:\nLindenallee 7\n50968 Köln\nRaum 2.14, 2. OG', 'Lindenallee 7, 50968 Köln, Raum 2.14, 2. OG'],
    ['Adres:\nal. Jana Pawła II 18\n00-116 Warszawa\nsala 5.08, V piętro', 'al. Jana Pawła II 18, 00-116 Warszawa, sala 5.08, V piętro'],
  ])('%j', (main, address) => expect(findLocation(main)).toBe(address));
});

describe("a street named after a person or with an adjective before its street word keeps its whole name", () => {
  it.each([
    ['Nieuwe locatie (zie boven):\nJan Evertsenkade 12\n2512 AB Den Haag', 'Jan Evertsenkade 12, 2512 AB Den Haag'],
    ['We zien je graag op ons kantoor, Lange Nieuwstraat 40, 3512 PH Utrecht. Tot dan!', 'Lange Nieuwstraat 40, 3512 PH Utrecht'],
    ['Besuchen Sie uns in der Zentrale Hauptstraße 5, 80331 München.', 'Hauptstraße 5, 80331 München'],
  ])('%j', (main, address) => expect(findLocation(main)).toBe(address));
});
