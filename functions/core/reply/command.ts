/**
 * Reading the owner's reply to a recommendation. The quoted recommendation is removed first
 * (email-reply-parser, plus Outlook's underscore separator, which that library misses: its issue #41);
 * then the first line is the command and the lines below it, above the quote, are the owner's own
 * wording, which replaces the draft body.
 */
import EmailReplyParser from 'email-reply-parser';

export type Command =
  | { kind: 'accept'; slot: number | null; wording: string | null }
  | { kind: 'decline'; wording: string | null }
  | { kind: 'resend' }
  | { kind: 'history' }
  | { kind: 'forget' }
  /** the owner answered the recruiter outside the product: no reminder about it */
  | { kind: 'done' }
  | { kind: 'unknown'; firstLine: string };

/** The separators that start a quoted message in the clients the tests cover. */
const QUOTE_STARTS = [
  /^_{5,}\s*$/m, // Outlook (desktop and web): a line of underscores, then From/Sent/To/Subject
  /^-{2,}\s*Original Message\s*-{2,}/im,
  /^From:\s.+\n(?:Sent|Date):\s/m, // an Outlook header block without the underscore line
  /^On .{5,200}wrote:\s*$/m, // Gmail, Apple Mail (sometimes wrapped over two lines, see below)
  /^Le .{5,200}a écrit\s*:\s*$/m,
  /^Am .{5,200}schrieb .{0,100}:\s*$/m,
  /^El .{5,200}escribió\s*:\s*$/m,
  // Any other client's "<who> wrote/schrieb/scrisse …:" line, and dashed "Original message" separators
  // in any language ("-------- Messaggio originale --------").
  /^.{0,200}\b(?:wrote|schrieb|scrisse|schreef|geschreven|escreveu|skrev|napisał|napisana|pisze)\b.{0,200}:\s*$/m,
  /^\s*-{4,}\s*[^-\n]{3,40}\s*-{4,}\s*$/m,
];

/** The owner's own text: without the quoted recommendation, signature delimiters and trailing space. */
export function visibleReply(text: string): string {
  let body = text.replace(/\r\n/g, '\n');
  // Gmail wraps a long "On … wrote:" over two lines; join them so the pattern sees one line.
  body = body.replace(/^(On .{5,200})\n(.{0,120}wrote:\s*)$/m, '$1 $2');
  for (const start of QUOTE_STARTS) {
    const match = start.exec(body);
    if (match) body = body.slice(0, match.index);
  }
  return new EmailReplyParser().read(body).getVisibleText().trim();
}

const COMMAND = /^\s*(accept|attend|yes|decline|no|resend|history|forget|done)(?:\s+(?:time\s+|slot\s+|#)?(\d{1,2}))?[\s.!]*$/i;

export function parseCommand(replyText: string): Command {
  const visible = visibleReply(replyText);
  const lines = visible.split('\n');
  const firstLine = (lines[0] ?? '').trim();
  const match = COMMAND.exec(firstLine);
  if (!match) return { kind: 'unknown', firstLine: firstLine.slice(0, 80) };
  const word = (match[1] ?? '').toLowerCase();
  const wording = lines.slice(1).join('\n').trim() || null;
  if (word === 'accept' || word === 'attend' || word === 'yes') return { kind: 'accept', slot: match[2] ? Number(match[2]) : null, wording };
  if (word === 'decline' || word === 'no') return { kind: 'decline', wording };
  if (match[2]) return { kind: 'unknown', firstLine };
  return { kind: word as 'resend' | 'history' | 'forget' | 'done' };
}

/**
 * Whether text meant for the recruiter carries a line of what invite-advisor wrote for the owner alone
 * (a reason, a fact row, the owner's note): then it must not be sent. Short lines ("Thanks,") do not count.
 */
export function leakedLines(text: string, privateLines: readonly string[]): string[] {
  const normalize = (line: string) => line.replace(/^[>\s-]+/, '').replace(/\s+/g, ' ').trim().toLowerCase();
  // Long lines (a reason, a note) match anywhere; the short fixed markers of the recommendation too.
  const secrets = new Set(privateLines.map(normalize).filter((line) => line.length >= 16));
  return text
    .split('\n')
    .map(normalize)
    .filter((line) => line.length >= 16 && [...secrets].some((secret) => line.includes(secret) || (line.length >= 24 && secret.includes(line))));
}
