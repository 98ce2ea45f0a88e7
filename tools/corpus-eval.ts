/**
 * Scores triage on the blind corpus (tests/corpus/README.md): the development part with its misses, the
 * frozen test part as figures only, after checking that it is still the part that was frozen.
 *
 * Whole messages are triaged as they are, with their writer's owner; each owner note is wrapped as the
 * owner's forward of the invitation its writer gave, and triaged the same way (the whole pipeline: the
 * note must be found above the forward, then read).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OwnerSchema, PreferencesSchema } from '../functions/config/schema.js';
import { parseMessage } from '../functions/core/mail/mail.js';
import { toTriageJson, triageMessage, type TriageJson } from '../functions/core/triage/triage.js';
import { CORPUS, LOCK_FILE, testPartDigest } from './corpus-split.js';
import { checkLabels, fieldName } from './labels.js';

export interface NoteItem {
  id: string;
  lang: string;
  note: string | null;
  invitation: { fromName: string; fromAddress: string; subject: string; date: string; body: string };
  expected: { isInvite: boolean; verdict: 'attend' | 'decline'; lead: string; instruction: 'attend' | 'decline' | null; classes: string[] };
}

interface Owner {
  name: string;
  addresses: string[];
  timeZone: string;
}

/** The owner of the note writers' forwards (their briefs give none: they write only the note). */
const NOTE_OWNER: Owner = { name: 'Alex Morgan', addresses: ['alex@example.com'], timeZone: 'Europe/London' };

function owners(): Record<string, Owner> {
  return (JSON.parse(readFileSync(join(CORPUS, 'owners.json'), 'utf8')) as { owners: Record<string, Owner> }).owners;
}

async function triage(raw: Buffer, owner: Owner): Promise<TriageJson> {
  const profile = OwnerSchema.parse({ ...owner });
  return toTriageJson(await triageMessage(await parseMessage(raw), profile, PreferencesSchema.parse({})));
}

/** An owner's Gmail-style inline forward of the invitation, with the note typed above it. */
export function forwardOf(item: NoteItem, owner: Owner = NOTE_OWNER): Buffer {
  const inv = item.invitation;
  const sent = new Date(Date.parse(inv.date) + 3 * 3_600_000);
  const rfcDate = (iso: string) => new Date(iso).toUTCString().replace('GMT', '+0000');
  const subject = `Fwd: ${inv.subject}`;
  const body = [
    item.note ?? '',
    '',
    '---------- Forwarded message ---------',
    `From: ${inv.fromName} <${inv.fromAddress}>`,
    `Date: ${new Date(inv.date).toUTCString()}`,
    `Subject: ${inv.subject}`,
    `To: ${owner.name} <${owner.addresses[0]}>`,
    '',
    inv.body,
    '',
  ].join('\r\n');
  const headers = [
    `From: ${owner.name} <${owner.addresses[0]}>`,
    'To: interviews@in.example.com',
    `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
    `Date: ${rfcDate(sent.toISOString())}`,
    `Message-ID: <${item.id}@corpus.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: base64',
  ];
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`);
}

type Tally = Map<string, { ok: number; total: number }>;
const count = (tally: Tally, key: string, ok: boolean) => {
  const t = tally.get(key) ?? { ok: 0, total: 0 };
  t.total += 1;
  if (ok) t.ok += 1;
  tally.set(key, t);
};
const pct = (t: { ok: number; total: number }) => `${((100 * t.ok) / Math.max(1, t.total)).toFixed(1).padStart(5)}% (${t.ok}/${t.total})`;

export interface PartScore {
  notes: {
    verdict: Tally; lead: Tally; isInvite: Tally; confusion: Record<string, number>; swaps: Record<string, number>; leadSwaps: Record<string, number>; misses: string[];
    /** per instruction the writer labelled ("attend", "decline"): notes with it, and those decided the other way (the issue's "no decline where the owner asked to attend") */
    againstInstruction: Record<'attend' | 'decline', { asked: number; against: number }>;
  };
  messages: { fields: Tally; byLanguage: Tally; byClient: Tally; verdict: Tally; confusion: Record<string, number>; swaps: Record<string, number>; misses: string[]; wrongSlots: WrongSlots };
}

/**
 * Slots given with a start an hour or more from the labelled one (paired by position, earliest first),
 * and slots given beyond the labelled ones (a time where the label has none): a wrong time stated
 * confidently, worse than none. A slot missing is not counted here (`slots.length` counts it).
 */
export interface WrongSlots {
  given: number;
  offByAnHour: number;
  unlabelled: number;
}

const HOUR_MS = 3_600_000;

export function countWrongSlots(expected: unknown, actual: readonly { start: string }[]): WrongSlots {
  const labelled = Array.isArray(expected) ? (expected as { start?: unknown }[]) : [];
  const out: WrongSlots = { given: actual.length, offByAnHour: 0, unlabelled: 0 };
  actual.forEach((slot, i) => {
    const label = labelled[i];
    if (!label) out.unlabelled += 1;
    else if (typeof label.start === 'string' && !(Math.abs(Date.parse(slot.start) - Date.parse(label.start)) < HOUR_MS)) out.offByAnHour += 1;
  });
  return out;
}

/** Scores one part; `writers` (ids) restricts it to those writers, e.g. the newest ones, for a fresh measurement. */
export async function scorePart(part: 'dev' | 'test', writers?: readonly string[]): Promise<PartScore> {
  const chosen = (writer: string) => !writers?.length || writers.includes(writer);
  const root = join(CORPUS, part);
  const score: PartScore = {
    notes: { verdict: new Map(), lead: new Map(), isInvite: new Map(), confusion: {}, swaps: {}, leadSwaps: {}, misses: [], againstInstruction: { attend: { asked: 0, against: 0 }, decline: { asked: 0, against: 0 } } },
    messages: { fields: new Map(), byLanguage: new Map(), byClient: new Map(), verdict: new Map(), confusion: {}, swaps: {}, misses: [], wrongSlots: { given: 0, offByAnHour: 0, unlabelled: 0 } },
  };
  const notesFolder = join(root, 'notes');
  for (const file of existsSync(notesFolder) ? readdirSync(notesFolder).sort().filter((f) => chosen(f.replace(/\.json$/, ''))) : []) {
    for (const item of JSON.parse(readFileSync(join(notesFolder, file), 'utf8')) as NoteItem[]) {
      let got: TriageJson;
      try {
        got = await triage(forwardOf(item), NOTE_OWNER);
      } catch (error) {
        // A crash is wrong on every count, never left out of them (that would raise the percentages).
        score.notes.misses.push(`${item.id}: could not be triaged: ${(error as Error).message}`);
        for (const key of ['all', `lang ${item.lang}`]) {
          count(score.notes.verdict, key, false);
          count(score.notes.lead, key, false);
        }
        count(score.notes.isInvite, 'all', false);
        if (item.expected.instruction) {
          score.notes.againstInstruction[item.expected.instruction].asked++;
          score.notes.againstInstruction[item.expected.instruction].against++;
        }
        continue;
      }
      const lead = got.decision.reasons[0]?.code ?? '';
      const verdictOk = got.decision.verdict === item.expected.verdict;
      const leadOk = verdictOk && lead === item.expected.lead;
      // How much of the note the reader understood: where the misses fall tells unread or half-read notes
      // (a vocabulary or language gap) from notes read in full and still judged wrong (a reasoning gap).
      const fromNote = got.decision.reasons.some((r) => (r.evidence ?? []).some((e) => e.source === 'note'));
      const reading = item.note === null ? 'no note' : !got.decision.noteReading.read ? 'note not read' : got.decision.noteReading.byModel ? 'a reason by the note model' : fromNote ? 'a reason from the note' : 'no reason from the note';
      for (const key of ['all', `lang ${item.lang}`, ...item.expected.classes.map((c) => `class ${c}`), `read ${reading}`]) {
        count(score.notes.verdict, key, verdictOk);
        count(score.notes.lead, key, leadOk);
      }
      count(score.notes.isInvite, 'all', got.isInvite === item.expected.isInvite);
      const asked = item.expected.instruction;
      if (asked) {
        score.notes.againstInstruction[asked].asked++;
        if (got.decision.verdict !== asked) score.notes.againstInstruction[asked].against++;
      }
      const cell = `${item.expected.verdict}→${got.decision.verdict}`;
      score.notes.confusion[cell] = (score.notes.confusion[cell] ?? 0) + 1;
      if (!verdictOk) countSwap(score.notes.swaps, cell, lead);
      else if (!leadOk) countSwap(score.notes.leadSwaps, item.expected.verdict, `${item.expected.lead}→${lead || '(none)'}`);
      if (!leadOk || got.isInvite !== item.expected.isInvite) {
        score.notes.misses.push(`${item.id} [${item.lang}]: expected ${item.expected.verdict}/${item.expected.lead}${item.expected.isInvite ? '' : ' (no invite)'}, got ${got.decision.verdict}/${lead}${got.isInvite ? '' : ' (no invite)'}`);
      }
    }
  }
  const messagesFolder = join(root, 'messages');
  const ownerOf = owners();
  for (const writer of existsSync(messagesFolder) ? readdirSync(messagesFolder).sort().filter(chosen) : []) {
    const folder = join(messagesFolder, writer);
    for (const label of readdirSync(folder).filter((f) => f.endsWith('.expected.json')).sort()) {
      const stem = label.slice(0, -'.expected.json'.length);
      const { meta, decision, ...expected } = JSON.parse(readFileSync(join(folder, label), 'utf8')) as Record<string, unknown> & {
        meta?: { lang?: string; client?: string };
        decision?: { verdict: string; lead: string };
      };
      const owner = ownerOf[writer] ?? NOTE_OWNER;
      let got: TriageJson;
      try {
        got = await triage(readFileSync(join(folder, `${stem}.eml`)), owner);
      } catch (error) {
        score.messages.misses.push(`${stem}: could not be triaged: ${(error as Error).message}`);
        // (Checked against nothing, every labelled field is wrong, under the names the fields are counted by.)
        for (const check of checkLabels(expected, {})) count(score.messages.fields, fieldName(check.field), false);
        if (decision) for (const key of ['verdict', 'lead']) count(score.messages.verdict, key, false);
        continue;
      }
      const lang = meta?.lang ?? '?';
      const client = meta?.client ?? '?';
      // A message that is no invitation has only isInvite, forwarded, note and original to be right about.
      const fields = expected.isInvite === false ? Object.fromEntries(Object.entries(expected).filter(([k]) => ['isInvite', 'forwarded', 'note', 'original'].includes(k))) : expected;
      const wrong = countWrongSlots(expected.isInvite === false ? [] : expected.slots, got.slots);
      score.messages.wrongSlots.given += wrong.given;
      score.messages.wrongSlots.offByAnHour += wrong.offByAnHour;
      score.messages.wrongSlots.unlabelled += wrong.unlabelled;
      if (wrong.offByAnHour + wrong.unlabelled > 0) score.messages.misses.push(`${stem}: ${wrong.offByAnHour + wrong.unlabelled} slot(s) wrong by an hour or more`);
      let allOk = true;
      for (const check of checkLabels(fields, got)) {
        count(score.messages.fields, fieldName(check.field), check.ok);
        allOk &&= check.ok;
        if (!check.ok) score.messages.misses.push(`${stem}: ${check.field}: expected ${JSON.stringify(check.expected)}, got ${JSON.stringify(check.actual)}`);
      }
      count(score.messages.byLanguage, lang, allOk);
      count(score.messages.byClient, client, allOk);
      if (decision) {
        const lead = got.decision.reasons[0]?.code ?? '';
        count(score.messages.verdict, 'verdict', got.decision.verdict === decision.verdict);
        count(score.messages.verdict, 'lead', got.decision.verdict === decision.verdict && lead === decision.lead);
        const cell = `${decision.verdict}→${got.decision.verdict}`;
        score.messages.confusion[cell] = (score.messages.confusion[cell] ?? 0) + 1;
        if (got.decision.verdict !== decision.verdict) countSwap(score.messages.swaps, cell, lead);
        if (got.decision.verdict !== decision.verdict || lead !== decision.lead) score.messages.misses.push(`${stem}: decision: expected ${decision.verdict}/${decision.lead}, got ${got.decision.verdict}/${lead}`);
      }
    }
  }
  return score;
}

/** A swapped verdict, counted by the reason the decision led with: which rule to look at, as a figure (the test part's items stay unread). */
function countSwap(swaps: Record<string, number>, cell: string, lead: string): void {
  const key = `${cell} ${lead || '(none)'}`;
  swaps[key] = (swaps[key] ?? 0) + 1;
}

const swapLine = (swaps: Record<string, number>): string[] =>
  Object.keys(swaps).length === 0 ? [] : [`  swapped verdicts by the reason decided first: ${Object.entries(swaps).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`];

export function formatPart(title: string, score: PartScore, withMisses: boolean): string {
  const out: string[] = [`== ${title} ==`, ''];
  const n = score.notes;
  out.push(`Owner notes: verdict ${pct(n.verdict.get('all') ?? { ok: 0, total: 0 })}, leading reason ${pct(n.lead.get('all') ?? { ok: 0, total: 0 })}, is an invitation ${pct(n.isInvite.get('all') ?? { ok: 0, total: 0 })}`);
  out.push(`  verdicts (labelled→decided): ${Object.entries(n.confusion).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
  out.push(...swapLine(n.swaps));
  const a = n.againstInstruction;
  out.push(`  against the owner's own instruction: asked to attend, decided decline ${a.attend.against} of ${a.attend.asked}; asked to decline, decided attend ${a.decline.against} of ${a.decline.asked}`);
  const leadSwaps = Object.entries(n.leadSwaps).sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
  if (leadSwaps.length > 0) out.push(`  right verdict, other lead (labelled→decided): ${leadSwaps.map(([k, v]) => `${k} ${v}`).join(', ')}`);
  for (const [key, t] of [...n.verdict].filter(([k]) => k !== 'all').sort()) out.push(`  ${key.padEnd(28)} verdict ${pct(t)}   lead ${pct(n.lead.get(key) ?? { ok: 0, total: 0 })}`);
  const m = score.messages;
  out.push('', `Whole messages: decision verdict ${pct(m.verdict.get('verdict') ?? { ok: 0, total: 0 })}, leading reason ${pct(m.verdict.get('lead') ?? { ok: 0, total: 0 })}`);
  out.push(`  verdicts (labelled→decided): ${Object.entries(m.confusion).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`);
  out.push(...swapLine(m.swaps));
  const w = m.wrongSlots;
  out.push(`  slots wrong by ≥ 1 h: ${w.offByAnHour + w.unlabelled} of ${w.given} given (${w.offByAnHour} an hour or more from the labelled start, ${w.unlabelled} where the label has none)`);
  out.push('  per field:');
  for (const [key, t] of [...m.fields].sort()) out.push(`    ${key.padEnd(20)} ${pct(t)}`);
  out.push('  every field right, per language:');
  for (const [key, t] of [...m.byLanguage].sort()) out.push(`    ${key.padEnd(20)} ${pct(t)}`);
  out.push('  every field right, per client:');
  for (const [key, t] of [...m.byClient].sort()) out.push(`    ${key.padEnd(28)} ${pct(t)}`);
  if (withMisses) {
    out.push('', `Misses (${n.misses.length + m.misses.length}):`);
    for (const miss of [...n.misses, ...m.misses]) out.push(`- ${miss}`);
  }
  return `${out.join('\n')}\n`;
}

/** The frozen test part as it is now, against its lock; null when it matches. */
export function testPartChange(): string | null {
  if (!existsSync(LOCK_FILE)) return 'tests/corpus/test.lock.json is missing';
  const lock = JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as { files: number; sha256: string };
  const now = testPartDigest();
  return now.sha256 === lock.sha256 && now.files === lock.files ? null : `the test part changed: ${now.files} files, sha256 ${now.sha256}; the lock says ${lock.files} files, sha256 ${lock.sha256}`;
}
