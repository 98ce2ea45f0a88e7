/**
 * Chooses the note model's decline thresholds (functions/core/decide/note-model.ts, MODEL_THRESHOLDS) on notes
 * the rules had never seen, as README "A second reader: the note model" explains:
 *
 *   npx tsx tools/note-model-policy.ts [--since <date>]   (about 20 minutes on 2 cores)
 *
 * 1. Each corpus round's development notes are read by the rules as they stood at the commit that split the
 *    round (a `git worktree` of that commit, this checkout's node_modules linked in, the note model switched
 *    off), so the rules have not been fitted to them yet: that is how the rules meet a new owner's note.
 * 2. The note model reads every development note trained without its writer (the 8 writer-grouped folds of
 *    `npm run model:train -- --cv`, through the 8-bit weights as shipped).
 * 3. For each pair of thresholds (a decline where the rules read no reason from the note; one where they read
 *    a reason to attend but no instruction) it prints what rules and model would have decided together:
 *    verdicts and leading reasons right, and decisions against the owner's own instruction, over all the
 *    rounds and over their older and newer halves (a threshold that only helps one half is noise).
 *
 * Rounds split before `--since` (default 2026-12-05T18:00Z, the first round whose split commit has the
 * triage path this script calls) are left out. The frozen test part is never read.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadModel, readByModel } from '../functions/core/decide/note-model.js';
import { CORPUS } from './corpus-split.js';
import { fit, store, writerFold } from './train-note-model.js';

const ROOT = join(import.meta.dirname, '..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' });

interface Expected {
  verdict: string;
  lead: string;
  instruction: 'attend' | 'decline' | null;
}
interface RulesReading {
  id: string;
  expected: Expected;
  verdict: string;
  lead: string;
  fromNote: boolean;
  read: boolean;
}
interface ModelGuess {
  decline: number;
  verdict: string;
  lead: string;
  confidence: number;
  words: number;
}

/** What runs inside each worktree: the rules' triage of the given writers' development notes, the model off. */
const DUMP = `
import { readFileSync } from 'node:fs';
import { OwnerSchema, PreferencesSchema } from './functions/config/schema.js';
import { parseMessage } from './functions/core/mail/mail.js';
import { toTriageJson, triageMessage } from './functions/core/triage/triage.js';
import { forwardOf } from './tools/corpus-eval.js';
const owner = OwnerSchema.parse({ name: 'Alex Morgan', addresses: ['alex@example.com'], timeZone: 'Europe/London' });
const out = [];
for (const writer of process.argv.slice(2)) {
  for (const item of JSON.parse(readFileSync('tests/corpus/dev/notes/' + writer + '.json', 'utf8'))) {
    if (!item.note?.trim()) continue;
    const got = toTriageJson(await triageMessage(await parseMessage(forwardOf(item)), owner, PreferencesSchema.parse({})));
    const fromNote = got.decision.reasons.some((r) => (r.evidence ?? []).some((e) => e.source === 'note'));
    out.push({ id: item.id, expected: item.expected, verdict: got.decision.verdict, lead: got.decision.reasons[0]?.code ?? '', fromNote, read: got.decision.noteReading?.read ?? true });
  }
}
process.stdout.write(JSON.stringify(out));
`;

/** The commits that split a round of note writers, oldest first, with the writers each added to dev/. */
function splitCommits(since: string): { commit: string; writers: string[] }[] {
  const folder = join(CORPUS, 'dev', 'notes');
  const byCommit = new Map<string, { date: string; writers: string[] }>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
    const [commit, date] = git('log', '--diff-filter=A', '--format=%H %cI', '--', join(folder, file)).trim().split('\n').at(-1)!.split(' ') as [string, string];
    const entry = byCommit.get(commit) ?? { date, writers: [] };
    entry.writers.push(file.replace(/\.json$/, ''));
    byCommit.set(commit, entry);
  }
  return [...byCommit]
    .filter(([, e]) => new Date(e.date) >= new Date(since))
    .sort(([, a], [, b]) => a.date.localeCompare(b.date))
    .map(([commit, e]) => ({ commit, writers: e.writers.sort() }));
}

function rulesAt(commit: string, writers: readonly string[]): RulesReading[] {
  const dir = mkdtempSync(join(tmpdir(), 'rules-at-'));
  rmSync(dir, { recursive: true });
  git('worktree', 'add', '--quiet', '--detach', dir, commit);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const modelFile = join(dir, 'functions', 'core', 'decide', 'note-model.ts');
    if (existsSync(modelFile)) {
      const off = readFileSync(modelFile, 'utf8').replace(/export const MODEL_THRESHOLDS = \{[^}]*\}/, 'export const MODEL_THRESHOLDS = { decline: 99, lead: 99, fillLead: 99, overruleDecline: 99 }');
      writeFileSync(modelFile, off);
    }
    writeFileSync(join(dir, '.rules-dump.mts'), DUMP);
    return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '.rules-dump.mts', ...writers], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 })) as RulesReading[];
  } finally {
    git('worktree', 'remove', '--force', dir);
  }
}

function heldOutGuesses(): Map<string, ModelGuess | null> {
  const folder = join(CORPUS, 'dev', 'notes');
  const notes: { id: string; writer: string; note: string; label: string }[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    for (const item of JSON.parse(readFileSync(join(folder, file), 'utf8')) as { id: string; note: string | null; expected: Expected }[]) {
      if (item.note?.trim()) notes.push({ id: item.id, writer: file.replace(/\.json$/, ''), note: item.note, label: `${item.expected.verdict}/${item.expected.lead}` });
    }
  }
  const writers = [...new Set(notes.map((t) => t.writer))];
  const fold = writerFold;
  const guesses = new Map<string, ModelGuess | null>();
  for (let k = 0; k < 8; k++) {
    const held = new Set(writers.filter((w) => fold(w) === k));
    const model = loadModel(store(fit(notes.filter((t) => !held.has(t.writer))), 'policy'));
    for (const t of notes.filter((t) => held.has(t.writer))) {
      const r = readByModel(t.note, model);
      guesses.set(t.id, r && { decline: r.decline, verdict: r.verdict, lead: r.lead, confidence: r.confidence, words: r.words.length });
    }
    process.stderr.write(`model fold ${k + 1}/8\n`);
  }
  return guesses;
}

/** Rules and model together, as decide.ts combines them for a decline (the attend-side thresholds are not varied). */
function score(rows: readonly RulesReading[], guesses: ReadonlyMap<string, ModelGuess | null>, silent: number, overrule: number, lead = 0.7) {
  const s = { verdicts: 0, leads: 0, askedAttendDeclined: 0, askedDeclineAttended: 0 };
  for (const r of rows) {
    let verdict = r.verdict;
    let code = r.lead;
    const m = guesses.get(r.id);
    if (m && r.read && verdict === 'attend' && code !== 'owner-instruction' && m.words > 0 && m.decline >= (r.fromNote ? overrule : silent)) {
      verdict = 'decline';
      code = m.verdict === 'decline' && m.confidence >= lead ? m.lead : 'nothing-appealing';
    }
    if (verdict === r.expected.verdict) s.verdicts++;
    if (verdict === r.expected.verdict && code === r.expected.lead) s.leads++;
    if (r.expected.instruction === 'attend' && verdict === 'decline') s.askedAttendDeclined++;
    if (r.expected.instruction === 'decline' && verdict === 'attend') s.askedDeclineAttended++;
  }
  return s;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const at = process.argv.indexOf('--since');
  const rounds = splitCommits(at > 0 ? process.argv[at + 1]! : '2026-12-05T18:00:00Z');
  const halves: RulesReading[][] = [[], []];
  rounds.forEach(({ commit, writers }, i) => {
    const rows = rulesAt(commit, writers);
    halves[i < rounds.length / 2 ? 0 : 1]!.push(...rows);
    process.stderr.write(`rules at ${commit.slice(0, 8)}: ${writers.join(' ')} (${rows.length} notes)\n`);
  });
  const guesses = heldOutGuesses();
  const all = [...halves[0]!, ...halves[1]!];
  const asked = (v: string) => all.filter((r) => r.expected.instruction === v).length;
  process.stdout.write(
    `${all.length} development notes of ${rounds.length} rounds, each read by the rules at the commit that split it and by the model trained without its writer; ${asked('attend')} asked to attend, ${asked('decline')} to decline\n` +
      'columns: verdicts right, leading reasons right, asked to attend and declined, asked to decline and attended; all rounds | older half | newer half\n',
  );
  const line = (label: string, silent: number, overrule: number) => {
    const f = (rows: readonly RulesReading[]) => Object.values(score(rows, guesses, silent, overrule)).join(' ');
    process.stdout.write(`${label.padEnd(34)} ${f(all)} | ${f(halves[0]!)} | ${f(halves[1]!)}\n`);
  };
  line('rules alone', 2, 2);
  for (const silent of [0.6, 0.65, 0.7, 0.75, 0.8]) for (const overrule of [0.6, 0.7, 0.8, 0.9]) line(`decline at ${silent}, overrule at ${overrule}`, silent, overrule);
}
