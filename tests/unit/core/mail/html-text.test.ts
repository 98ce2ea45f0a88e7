/**
 * The text of an HTML-only message (issue #13): what mailparser made of a layout table glued its cells and
 * rows into one word ("Datemercredi"), so dates, places and roles in applicant-tracking templates were
 * lost. Layouts written for these tests, in the shapes such templates use.
 */
import { describe, expect, it } from 'vitest';
import { htmlText, MAX_MARKED_HTML, parseMessage } from '../../../../functions/core/mail/parse.js';

const htmlMail = (html: string, head = 'Content-Type: text/html; charset=utf-8\r\n') =>
  Buffer.from(`From: talent@hollerbach.example\r\nTo: sam@example.com\r\nSubject: Einladung\r\n${head}\r\n${html}\r\n`);

describe('an HTML-only message read as a page', () => {
  it('puts a label cell and its value on one line, each row on its own line', async () => {
    const html = '<table><tr><td><b>Date</b></td><td>mercredi 7 avril 2027</td></tr><tr><td><b>Horaire :</b></td><td>14h00 - 15h00</td></tr></table>';
    const { text } = await parseMessage(htmlMail(html));
    expect(text).toContain('Date: mercredi 7 avril 2027\nHoraire: 14h00 - 15h00');
  });

  it('keeps a long sentence on one line: a title is never cut at the 80th column', async () => {
    const html = '<p>Bedankt voor je sollicitatie voor de functie van Projectleider circulaire bouwprojecten (m/v/x). We plannen graag een gesprek in.</p>';
    const { text } = await parseMessage(htmlMail(html));
    expect(text).toContain('voor de functie van Projectleider circulaire bouwprojecten (m/v/x). We plannen graag een gesprek in.');
  });

  it('keeps an address block split by <br> in a value cell on its lines', async () => {
    const html = '<table><tr><td>Adresse</td><td>Lindenallee 14<br>50968 Köln</td></tr><tr><td>Anfahrt</td><td>U-Bahn Linie 16</td></tr></table>';
    const { text } = await parseMessage(htmlMail(html));
    expect(text).toContain('Adresse: Lindenallee 14\n50968 Köln\nAnfahrt: U-Bahn Linie 16');
  });

  it('puts header cells and cells that are no label on lines of their own', async () => {
    const html = '<table><tr><th>Datum</th><th>Tijd</th></tr><tr><td>di 9 februari 2027</td><td>13:00 – 14:00</td></tr></table>';
    const { text } = await parseMessage(htmlMail(html));
    expect(text).toContain('Datum\nTijd\ndi 9 februari 2027\n13:00 – 14:00');
  });

  it('leaves struck-out text out: the time a reschedule replaces is withdrawn', async () => {
    const html =
      '<table><tr><td><b>New time</b></td><td>Tuesday 24 November 2026, 13:00</td></tr><tr><td><b>Previously</b></td><td><s>Friday 20 November 2026, 10:00</s></td></tr></table>' +
      '<p>Bisher <del>Montag, 9. März</del> <strike>10 Uhr</strike>, <span style="color:#999;text-decoration: line-through">mardi 10 mars</span> and <span>kept</span></p>';
    const { text } = await parseMessage(htmlMail(html));
    expect(text).toContain('New time: Tuesday 24 November 2026, 13:00');
    expect(text).not.toMatch(/Friday|Montag|10 Uhr|mardi/);
    expect(text).toContain('kept');
  });

  it('separates buttons side by side, and keeps a heading as written', async () => {
    const html = '<h2>Senior Data Engineer</h2><p><a href="https://ats.example/yes">Confirm</a> <a href="https://ats.example/no">Decline</a></p><address>Hollerbach GmbH<br>Lindenallee 14</address><p>Bis bald</p>';
    const { text } = await parseMessage(htmlMail(html));
    expect(text).toContain('Senior Data Engineer');
    expect(text).not.toContain('SENIOR');
    expect(text).toMatch(/Confirm \[https:\/\/ats\.example\/yes\]\nDecline/);
    expect(text).toMatch(/Lindenallee 14\n+Bis bald/);
  });

  it('reads buttons and cells inside nested layout tables, and an encoded part', async () => {
    const html = '<table><tr><td><table><tr><td>Rolle:</td><td>Key Account Manager (m/w/d)</td></tr></table></td></tr><tr><td><a href="https://ats.example/a">Termin wählen</a></td><td><a href="https://ats.example/b">Absagen</a></td></tr></table>';
    const { text } = await parseMessage(htmlMail(Buffer.from(html).toString('base64'), 'Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n'));
    expect(text).toContain('Rolle: Key Account Manager (m/w/d)');
    expect(text).toMatch(/Termin wählen \[https:\/\/ats\.example\/a\]\nAbsagen/);
  });

  it('leaves the text of a message that has its own text part as the sender wrote it', async () => {
    const raw = '--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDate mercredi, as typed\r\n--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<table><tr><td>Date</td><td>mercredi</td></tr></table>\r\n--b--';
    const { text } = await parseMessage(htmlMail(raw, 'Content-Type: multipart/alternative; boundary="b"\r\n'));
    expect(text.trim()).toBe('Date mercredi, as typed');
  });

  it('reads the HTML when the only text part is an attached file', async () => {
    const raw = '--b\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<table><tr><td>Ort</td><td>Köln</td></tr></table>\r\n--b\r\nContent-Type: text/plain; name="notes.txt"\r\nContent-Disposition: attachment; filename="notes.txt"\r\n\r\nnotes\r\n--b--';
    const { text } = await parseMessage(htmlMail(raw, 'Content-Type: multipart/mixed; boundary="b"\r\n'));
    expect(text).toContain('Ort: Köln');
  });
});

describe('hostile HTML is not converted twice', () => {
  it('keeps mailparser’s own text for markup longer than MAX_MARKED_HTML', () => {
    const huge = `<p>Interview on Tuesday</p>${'<div>x</div>'.repeat(Math.ceil(MAX_MARKED_HTML / 12) + 1)}`;
    expect(htmlText(huge, 'mailparser text')).toBe('mailparser text');
    expect(htmlText('<p>Interview on Tuesday</p>', 'mailparser text')).toBe('Interview on Tuesday');
  });
});
