/**
 * `npm run eval [folder…]` or `npm run eval -- --writers a,b` (the blind corpus restricted to those writers) — per-field accuracy of triage over labelled messages (`<name>.eml` beside
 * `<name>.expected.json`), and the list of misses. Without folders: samples/, tests/fixtures/labelled/ and
 * the labelled notes, then the blind corpus (tests/corpus/): its development part with its misses, and its
 * frozen test part as figures only, refused (exit 1) when it no longer matches tests/corpus/test.lock.json.
 */
import './regexp-tiering.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OwnerSchema, PreferencesSchema } from '../functions/config/schema.js';
import { decide } from '../functions/core/decide/decide.js';
import { parseMessage } from '../functions/core/mail/mail.js';
import { toTriageJson, triageMessage } from '../functions/core/triage/triage.js';
import { formatPart, scorePart, testPartChange } from './corpus-eval.js';
import { testPartDigest } from './corpus-split.js';
import { checkLabels, fieldName, type FieldCheck } from './labels.js';

export async function triageFile(path: string) {
  const message = await parseMessage(readFileSync(path));
  const owner = OwnerSchema.parse({
    addresses: message.from ? [message.from.address] : ['owner@invalid.example'],
    name: message.from?.name ?? 'Your name',
    timeZone: 'UTC',
  });
  return toTriageJson(await triageMessage(message, owner, PreferencesSchema.parse({}), false));
}

export function labelledMessages(folder: string): { eml: string; expected: string }[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => ({ eml: join(folder, f.replace(/\.expected\.json$/, '.eml')), expected: join(folder, f) }))
    .filter((pair) => existsSync(pair.eml));
}

export const NOTES_FILE = 'tests/fixtures/decisions/notes.json';

/** The labelled notes: each note decided for a neutral invitation, verdict and leading reason compared. */
export function evalNotes(path: string): { total: number; passed: number; misses: string[] } {
  const notes = JSON.parse(readFileSync(path, 'utf8')) as { note: string | null; verdict: string; lead: string }[];
  const facts = { company: 'Northwind Traders', role: 'Data Analyst', format: 'video' as const, slots: [] };
  const preferences = PreferencesSchema.parse({});
  const misses: string[] = [];
  for (const { note, verdict, lead } of notes) {
    const decision = decide({ facts, note, inviteText: 'We would like to invite you to an interview.', preferences });
    const got = `${decision.verdict}/${decision.reasons[0]?.code}`;
    if (got !== `${verdict}/${lead}`) misses.push(`${JSON.stringify(note)}: expected ${verdict}/${lead}, got ${got}`);
  }
  return { total: notes.length, passed: notes.length - misses.length, misses };
}

async function main(folders: string[]): Promise<number> {
  const perField = new Map<string, { ok: number; total: number }>();
  const misses: string[] = [];
  let messages = 0;
  for (const folder of folders) {
    for (const pair of labelledMessages(folder)) {
      messages += 1;
      const expected = JSON.parse(readFileSync(pair.expected, 'utf8')) as Record<string, unknown>;
      let checks: FieldCheck[];
      try {
        checks = checkLabels(expected, await triageFile(pair.eml));
      } catch (error) {
        misses.push(`${pair.eml}: could not be triaged: ${(error as Error).message}`);
        continue;
      }
      for (const check of checks) {
        const name = fieldName(check.field);
        const tally = perField.get(name) ?? { ok: 0, total: 0 };
        tally.total += 1;
        if (check.ok) tally.ok += 1;
        else misses.push(`${pair.eml}: ${check.field}: expected ${JSON.stringify(check.expected)}, got ${JSON.stringify(check.actual)}`);
        perField.set(name, tally);
      }
    }
  }
  const width = Math.max(10, ...[...perField.keys()].map((k) => k.length));
  process.stdout.write(`${messages} labelled messages in ${folders.join(', ')}\n\n`);
  for (const [name, { ok, total }] of [...perField].sort()) {
    process.stdout.write(`${name.padEnd(width)}  ${((100 * ok) / total).toFixed(1).padStart(5)}%  (${ok}/${total})\n`);
  }
  process.stdout.write(misses.length ? `\nMisses:\n${misses.map((m) => `- ${m}`).join('\n')}\n` : '\nNo misses.\n');
  if (existsSync(NOTES_FILE)) {
    const notes = evalNotes(NOTES_FILE);
    process.stdout.write(`\nOwner's notes (${NOTES_FILE}): ${notes.passed}/${notes.total} decided as labelled (${((100 * notes.passed) / notes.total).toFixed(1)}%)\n`);
    for (const miss of notes.misses) process.stdout.write(`- ${miss}\n`);
  }
  return 0;
}

/** The blind corpus: development part with misses, test part as figures only (never its misses). */
async function corpus(writers: readonly string[] = []): Promise<number> {
  const digest = testPartDigest();
  process.stdout.write(`\nBlind corpus (tests/corpus/): test part ${digest.messages} messages and ${digest.notes} notes in ${digest.files} files, sha256 ${digest.sha256}\n\n`);
  process.stdout.write(formatPart(`development part (tests/corpus/dev)${writers.length ? `, writers ${writers.join(', ')}` : ''}`, await scorePart('dev', writers), true));
  const change = testPartChange();
  if (change) {
    process.stderr.write(`\nRefusing to score the test part: ${change}. Restore it (git checkout tests/corpus/test) or split new items with tools/corpus-split.ts.\n`);
    return 1;
  }
  process.stdout.write(`\n${formatPart(`test part (tests/corpus/test, frozen: figures only)${writers.length ? `, writers ${writers.join(', ')}` : ''}`, await scorePart('test', writers), false)}`);
  return 0;
}

const args = process.argv.slice(2);
const writersFlag = args.indexOf('--writers');
const writers = writersFlag >= 0 ? (args[writersFlag + 1] ?? '').split(',').filter(Boolean) : [];
const folders = writersFlag >= 0 ? args.filter((_, i) => i !== writersFlag && i !== writersFlag + 1) : args;
if (import.meta.url === `file://${process.argv[1]}`) {
  if (writers.length) process.exitCode = await corpus(writers);
  else if (folders.length) process.exitCode = await main(folders);
  else process.exitCode = Math.max(await main(['samples', 'tests/fixtures/labelled'].filter(existsSync)), await corpus());
}
