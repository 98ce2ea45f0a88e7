/**
 * Parts of an invitation's text that must never be read as its content: signatures, legal footers,
 * forward and quote headers ("Sent: …", "On … wrote:"), which hold dates, addresses and phone numbers.
 */

/** A line that starts the sender's sign-off or a footer; what follows is signature, not invitation. */
const CLOSING = new RegExp(
  [
    String.raw`^-- ?$`,
    String.raw`^_{5,}\s*$`,
    String.raw`^(?:Best|Best regards|Kind regards|Warm regards|Regards|Many thanks|Thanks|Thank you|Thanks again|Cheers|Sincerely|All the best|Talk soon|See you soon|Looking forward to (?:meeting|speaking with|talking to) you|Cordialement|Bien cordialement|Bien à vous|Belle journée|À bientôt|Bonne journée|Merci|Viele Grüße|Beste Grüße|Freundliche Grüße|Mit freundlichen Grüßen|Herzliche Grüße|Liebe Grüße|Un saludo|Saludos|Saludos cordiales|Atentamente|Un abrazo|Cordiali saluti|Distinti saluti|Saluti|A presto|Met vriendelijke groet(?:en)?|Vriendelijke groet(?:en)?|(?:Met )?[Hh]artelijke groet(?:en)?|Hartelijke groeten|Groet(?:en|jes)?|Atenciosamente|Abraços|Abs|Obrigad[oa]|(?:Com os )?(?:[Mm]elhores )?[Cc]umprimentos|Um abraço|Best wishes|Kindest regards|Warmest regards|With (?:best|kind) regards|Un (?:caro )?saluto|Cari saluti|Mit besten Grüßen|Schöne Grüße|Pozdrawiam|Z poważaniem|Até breve|Até já|Hasta pronto|Hasta luego|Bis bald|Bis dann|Tot snel|Tot ziens|A breve|Do usłyszenia|Do zobaczenia)[ \t]*[,.!]?[ \t]*$`,
    String.raw`^Sent from my `,
    String.raw`^This (?:e-?mail|message) (?:and any attachments )?(?:is|may be|contains) (?:confidential|intended)`,
    String.raw`^CONFIDENTIALITY NOTICE`,
    String.raw`^(?:To unsubscribe|Unsubscribe|You are receiving this|Powered by )`,
    String.raw`^(?:Cet e-mail a été envoyé|Diese E-Mail wurde|Este correo (?:ha sido|fue) enviado)`,
    String.raw`^以上、?よろしくお願いいたします。?$`,
  ].join('|'),
  'im',
);

/** CLOSING for one line at a time (compiled once). */
const CLOSING_LINE = new RegExp(CLOSING.source, 'i');
/**
 * "See you on Saturday" as a line of its own ("Bis Samstag", "À jeudi", "Tot morgen", "Do zobaczenia w piątek"): a
 * sign-off too, never a name. (Only recognised on one line: cutting the signature there would move the text after
 * it out of the invitation's body.)
 */
const SEE_YOU_LINE = new RegExp(
  String.raw`^(?:see you(?: on)?|bis(?: zum| am)?|à|a|hasta(?: el)?|tot|até|do|ci vediamo|nos vemos(?: el)?|on se voit|wir sehen uns(?: am)?|tot ziens op|do zobaczenia(?: w)?)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|then|soon|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|später|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|tout à l'heure|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|luego|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|domani|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|segunda|terça|quarta|quinta|sexta|amanhã|poniedziałek|wtorek|środę|czwartek|piątek|sobotę|niedzielę|jutra)[ 	]*[,.!]*[ 	]*$`,
  'iu',
);

/** Whether a line is a sign-off or a footer opener ("Beste Grüße", "Kind regards,"): never a name. */
export function isClosingLine(line: string): boolean {
  return CLOSING_LINE.test(line.trim()) || SEE_YOU_LINE.test(line.trim());
}

/** A postscript's opening: "P.S.", "PS:", "PPS", "P.D." (Spanish), "N.B.", "Nachtrag". */
export const POSTSCRIPT_LINE = /^[ \t>]*(?:P\.?\s?P?\.?\s?S\.?|P\.?\s?D\.?|N\.?\s?B\.?|Nachtrag)\s*[:.-]?\s/iu;

/** The postscript after a signature ("P.S. Vers 16h c'est le mieux"): the sender's words again, not the signature's. */
export function postscriptOf(signature: string): string {
  const lines = signature.split('\n');
  const at = lines.findIndex((line) => POSTSCRIPT_LINE.test(line));
  return at < 0 ? '' : lines.slice(at).join('\n');
}

export function splitSignature(body: string): { main: string; signature: string } {
  const cut = CLOSING.exec(body);
  if (!cut || cut.index === 0) return { main: body, signature: '' };
  return { main: body.slice(0, cut.index), signature: body.slice(cut.index) };
}

const HEADER_KEY = String.raw`(?:From|Sent|To|Cc|Bcc|Subject|Date|Reply-To|De|Envoyé|À|A|Cc|Objet|Sujet|Pour|Date|Von|Gesendet|An|Betreff|Datum|Antwort an|Enviado el|Enviada el|Enviado em|Enviada em|Enviado|Para|Asunto|Fecha|Responder a|Van|Verzonden|Aan|Onderwerp|Da|Inviato|Oggetto|Data|Enviada|Assunto|Em|Od|Wysłano|Wysłane|Do|Temat|DW|差出人|送信者|送信日時|送信日|日付|宛先|件名|CC)`;
const HEADER_LINE = new RegExp(String.raw`^[ \t>]*\*?${HEADER_KEY}\*?[ \t]*[:：]`, 'i');
const SENDER_KEY = /^[ \t>]*\*?(?:From|De|Von|Van|Da|Od|差出人|送信者)\*?[ \t]*[:：]/i;
const QUOTE_INTRO = /^[ \t>]*(?:On .{6,120} wrote:|Le .{6,120} a écrit\s*:|Am .{6,120} schrieb .{0,80}:|El .{6,120} escribió:|Il .{6,120} ha scritto:|Op .{6,120} schreef .{0,80}:|Op .{6,120} het volgende geschreven\s*:|(?:Em|No dia) .{6,120} escreveu:|Wiadomo(?:ść|sc) napisana przez .{2,120} w dniu .{6,80}:|(?:W dniu|Dnia) .{6,120} (?:napisał(?:\(a\)|a)?|pisze):|\d{4}[年/]\d{1,2}[月/]\d{1,2}日?.{0,120}(?:<[^>\s]+@[^>\s]+>|のメール)\s*[:：]?)\s*$/i;
const SEPARATOR = /^[ \t>]*(?:-{2,}\s*(?:Original Message|Original Appointment|Forwarded message|Message transmis|Message d'origine|Ursprüngliche Nachricht|Weitergeleitete Nachricht|Mensaje original|Mensaje reenviado|Messaggio originale|Messaggio inoltrato|Oorspronkelijk bericht|Doorgestuurd bericht|Mensagem original|Mensagem encaminhada|Original message)\s*-{2,}|-{20,}|_{20,}|Begin forwarded message:|Début du message réexpédié\s*:|Inizio messaggio inoltrato:|Anfang der weitergeleiteten Nachricht:|Comienzo del mensaje reenviado:)\s*$/i;

/**
 * How many lines a quote intro starting at line `i` spans: 1, 2 when the client wrapped it (Gmail's plain
 * text breaks a long "On … Name <" / "address> wrote:" after the `<`), or 0 when none starts there.
 */
function quoteIntroLines(lines: readonly string[], i: number): number {
  const line = lines[i]!;
  if (QUOTE_INTRO.test(line)) return 1;
  const next = lines[i + 1]?.replace(/^[ \t>]*/, '');
  // Only a wrap at the address: "… Name <" + "address> wrote:", or "… Name" + "<address> wrote:".
  if (!next || !(/<\s*$/.test(line) ? /^[^\s<>@]+@[^\s<>]+>/.test(next) : /^<[^\s<>@]+@[^\s<>]+>/.test(next))) return 0;
  return QUOTE_INTRO.test(`${line.trimEnd()}${/<\s*$/.test(line) ? '' : ' '}${next}`) ? 2 : 0;
}

/**
 * Forward and reply header blocks inside a body ("From: … Sent: … Subject: …", "On … wrote:") are
 * blanked line by line, so their dates are not read as interview times. A lone "Date: Tuesday, June 16"
 * line of an invitation's own details stays: a block needs a sender line and another header line.
 */
export function blankHeaderBlocks(body: string): string {
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const intro = quoteIntroLines(lines, i);
    if (intro > 0 || SEPARATOR.test(line)) {
      lines.fill('', i, i + Math.max(intro, 1));
      continue;
    }
    if (!SENDER_KEY.test(line)) continue;
    let end = i;
    while (end + 1 < lines.length && HEADER_LINE.test(lines[end + 1]!)) end += 1;
    let start = i;
    while (start - 1 >= 0 && HEADER_LINE.test(lines[start - 1]!)) start -= 1;
    if (end - start >= 1) for (let j = start; j <= end; j += 1) lines[j] = '';
  }
  // Outlook's "When:" of a forwarded appointment is in the forwarder's zone; the calendar has the truth.
  return lines.join('\n').replace(/^[ \t>]*(?:When|Wann|Quand|Cuándo)\s*:.*\(UTC[+-]\d{2}:\d{2}\).*$/gim, '');
}

/**
 * The newest message of a thread: the text above the first older message quoted in it ("On … wrote:",
 * "-----Original Message-----", an Outlook "From: … Sent: …" block). Times are read only there, so a
 * quoted earlier proposal or the time a reschedule replaces is not read as an interview time.
 */
export function newestMessage(body: string): string {
  const lines = body.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    // A bare rule of dashes or underscores starts a quoted message only with a header block under it
    // (Outlook's "____" then "From:"); a platform's layout draws rules around the message it relays.
    const rule = /^[ \t>]*(?:-{20,}|_{20,})\s*$/.test(line);
    const headerFollows = () => lines.slice(i + 1, i + 5).filter((l) => l.trim()).slice(0, 2).some((l) => SENDER_KEY.test(l));
    const starts = quoteIntroLines(lines, i) > 0 || (SEPARATOR.test(line) && (!rule || headerFollows())) || (SENDER_KEY.test(line) && HEADER_LINE.test(lines[i + 1] ?? ''));
    if (starts && seen >= 40) return lines.slice(0, i).join('\n');
    seen += line.replace(/\s+/g, '').length;
  }
  return body;
}

/**
 * The message quoted right below the newest one, without its header block or quote marks, up to the next one
 * quoted in it; null when the body quotes none.
 */
export function olderMessage(body: string): string | null {
  const newest = newestMessage(body);
  if (newest.length >= body.length) return null;
  const lines = body.slice(newest.length).split('\n');
  // The separator or intro (a wrapped intro spans two lines), then the header lines ("From:", "Sent:") and blank lines.
  let i = 0;
  for (let skip = 0; i < lines.length; i += skip) {
    skip = lines[i]!.trim() === '' || SEPARATOR.test(lines[i]!) || HEADER_LINE.test(lines[i]!) ? 1 : quoteIntroLines(lines, i);
    if (skip === 0) break;
  }
  const rest = lines.slice(i).map((line) => line.replace(/^[ \t]*> ?/, '')).join('\n');
  return newestMessage(rest);
}

/**
 * A newest message that points to the times of the one quoted below it ("just bumping my note below", "both slots are
 * still open", "les créneaux ci-dessous", "die unten genannten Termine", "los horarios de abajo", "poniższe terminy").
 */
export const POINTS_BELOW = /(?<![\p{L}])(?:below|my (?:previous|earlier|last) (?:note|e-?mail|message)|still (?:open|available|free)|ci-dessous|(?:mon|notre) (?:précédent|dernier) (?:message|mail|e-mail)|toujours (?:disponibles?|libres?|d'actualité)|unten|untenstehend\p{L}*|meine (?:letzte|vorherige) (?:Nachricht|Mail|E-Mail)|noch (?:frei|verfügbar|offen|aktuell)|abajo|mi (?:correo|mensaje|e-?mail) anterior|siguen (?:disponibles|libres|abiertos)|(?:qui )?sotto|(?:la )?mia (?:precedente|ultima) (?:mail|e-?mail)|ancora (?:disponibili|liberi|validi)|hieronder|mijn (?:vorige|eerdere|laatste) (?:mail|bericht|e-?mail)|nog (?:vrij|beschikbaar|open|steeds beschikbaar)|abaixo|(?:o )?meu (?:e-?mail|mensagem) anterior|ainda (?:disponíveis|livres|em aberto|valem)|poniżej|poniższ\p{L}*|niżej|m[oó]j poprzedni (?:mail|e-?mail)|nadal (?:aktualne|wolne|dostępne|otwarte))(?![\p{L}])/iu;

/** Longer runs of blank lines, of spaces, or of one punctuation mark are cut to this length. */
const MAX_RUN = 64;
const LONG_RUNS = new RegExp(`(?:[ \\t]*\\n){${MAX_RUN + 1},}|[^\\S\\r\\n]{${MAX_RUN + 1},}|([^\\s\\p{L}\\p{N}])\\1{${MAX_RUN},}`, 'gu');

/**
 * Plain-text emphasis unwrapped: the text part of an HTML mail writes bold as `*…*` (Gmail, Outlook:
 * "*Product Owner (m/f/d)*", "*Wann:* Dienstag"), which would otherwise stick to the first and last word of a
 * title, a company or a label. Only a pair of asterisks around words on one line, not touching a letter or a
 * digit outside, is removed; a lone asterisk (a footnote, "Pflichtfeld*", "**" rules) stays.
 */
export function withoutEmphasis(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}*])\*{1,2}(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\*{1,2}(?![\p{L}\p{N}*])/gu, '$1');
}

/**
 * Text as the patterns that read it need it: LF line breaks, and runs that say nothing cut to MAX_RUN
 * characters. email-forward-parser's patterns take time quadratic in the length of a run of line breaks
 * or spaces (20,000 blank lines: over 20 s; 64 KB of bare CRs: over 200 s, far longer than the function
 * may run) and of some punctuation (`<`); chrono's take seconds over a run of 16,000 spaces.
 */
export function withShortRuns(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(LONG_RUNS, (run) => (run.includes('\n') ? '\n'.repeat(MAX_RUN) : run.slice(0, MAX_RUN)));
}

/** `text` as a pattern that matches it literally (a title, a company's word put inside a pattern). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * An address written in text, as a whole: never a part of a longer address. Without the bounds,
 * `"victim@evil.example"@acme.example` (a quoted local part) gave `victim@evil.example`,
 * `victim%evil.example@acme.example` gave `evil.example@acme.example` and `evil.example!victim@acme.example`
 * gave `victim@acme.example`: a recipient the mail never named (found by the red-team round after #11).
 * What touches it on either side must be no character an address can hold or join with (`%`, `!`, `@`,
 * `=`, `/`, a quote that closes a local part: `"…"@`, or one inside a word: `o'brien`); an address in
 * quotes (`"lea@acme.example"`) is one, and a final dot (the end of a sentence) is left to the caller.
 */
export const EMAIL_IN_TEXT = /(?<![\w.+%!=/@-]|\w["'])[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?![\w@%!-]|\.[\w-]|["']@)/g;

/** An industrial estate or a business park and its name, in the languages of the corpus. */
export const ESTATE = /(?<![\p{L}])(?:Polígono(?: Industrial)?|Pol\. Ind\.|Parque (?:Empresarial|Tecnológico|Industrial)|Zona Industrial(?:e)?|Parco (?:Industriale|Tecnologico|Scientifico)|Zone (?:Industrielle|d['’]Activités?)|Gewerbegebiet|Industriegebiet|Gewerbepark|Industriepark|Industrieterrein|Bedrijventerrein|Business Park|Industrial (?:Estate|Park)|Trading Estate|Park Przemysłowy|Strefa Przemysłowa|Parc d['’]activités?|Parc (?:industriel|technologique|tertiaire|d['’]affaires)|Zone artisanale|Z\.?A\.?C?\.?|Z\.?I\.?)\s+(?:(?:des|du|de la|de l['’]|de|del|della|dei|delle)\s+)?[\p{Lu}\d][\p{L}\d'’-]*/u;

/** Words of a company's registration in a legal footer, on its line or the two after it ("Amtsgericht Hamburg, HRB 187654"). */
export const REGISTRATION = String.raw`(?:P\.?\s?IVA|KRS|NIP|KvK|NIPC|NIF|CNPJ|CIF|HRB|HRA|R\.?C\.?S\.?|SIRE[NT]|TVA|BTW|VAT|USt-?Id(?:Nr)?\.?|UID|Registered (?:in|office|number)|Co\.?\s?No\.?|Company (?:No\.?|number|reg(?:istration)?\.? (?:No\.?|number))|Reg(?:istration)?\.?\s?No\.?|CRO(?:\s?No\.?)?|Companies House|Amtsgericht|Handelsregister|Registergericht|Firmenbuch(?:nummer)?|Sitz der Gesellschaft)`;
/** A line or a part that is a registration ("NIF 509 876 543", "KRS 0000345678", "P.IVA 01234567890"): no address's. */
export const REGISTRATION_PART = new RegExp(String.raw`^${REGISTRATION}(?![\p{L}])`, 'u');
