/**
 * Splits newly written corpus folders (tests/corpus/incoming/<writer>/) once into the development part
 * and the frozen test part, and records the test part's size and hash in tests/corpus/test.lock.json.
 *
 *   npm run --silent corpus:split            move every incoming writer's items, then print the new lock
 *
 * Each writer's items are ordered by a hash of their id and dealt alternately, so every writer (persona,
 * language, client) is on both sides, and nobody chooses which item lands where. The script reads the
 * items only to move them and to hash them: it prints no content. Never edit the test part afterwards;
 * `npm run eval` refuses to score a test part whose hash no longer matches the lock.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const CORPUS = join(import.meta.dirname, '..', 'tests', 'corpus');
const INCOMING = join(CORPUS, 'incoming');
export const LOCK_FILE = join(CORPUS, 'test.lock.json');

const rank = (key: string) => createHash('sha256').update(`invite-advisor corpus split v1\n${key}`).digest('hex');

/** Every file of the test part, sorted, with its bytes hashed: what the lock pins. */
export function testPartDigest(): { files: number; sha256: string; messages: number; notes: number } {
  const root = join(CORPUS, 'test');
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, name.name);
      if (name.isDirectory()) walk(path);
      else files.push(path);
    }
  };
  if (existsSync(root)) walk(root);
  files.sort();
  const hash = createHash('sha256');
  let messages = 0;
  let notes = 0;
  for (const file of files) {
    hash.update(`${relative(root, file)}\n`).update(readFileSync(file));
    if (file.endsWith('.eml')) messages += 1;
    if (file.includes('/notes/') && file.endsWith('.json')) notes += (JSON.parse(readFileSync(file, 'utf8')) as unknown[]).length;
  }
  return { files: files.length, sha256: hash.digest('hex'), messages, notes };
}

function split(): void {
  const writers = existsSync(INCOMING) ? readdirSync(INCOMING).sort() : [];
  for (const writer of writers) {
    const folder = join(INCOMING, writer);
    const names = readdirSync(folder);
    if (names.includes('notes.json')) {
      const items = JSON.parse(readFileSync(join(folder, 'notes.json'), 'utf8')) as { id: string }[];
      const ordered = [...items].sort((a, b) => rank(`${writer}/${a.id}`).localeCompare(rank(`${writer}/${b.id}`)));
      const parts = { dev: ordered.filter((_, i) => i % 2 === 1), test: ordered.filter((_, i) => i % 2 === 0) };
      for (const [part, chosen] of Object.entries(parts)) {
        mkdirSync(join(CORPUS, part, 'notes'), { recursive: true });
        const keep = new Set(chosen.map((item) => item.id));
        writeFileSync(join(CORPUS, part, 'notes', `${writer}.json`), `${JSON.stringify(items.filter((item) => keep.has(item.id)), null, 1)}\n`);
      }
    } else {
      const stems = names.filter((n) => n.endsWith('.eml')).map((n) => n.slice(0, -'.eml'.length));
      const ordered = [...stems].sort((a, b) => rank(`${writer}/${a}`).localeCompare(rank(`${writer}/${b}`)));
      ordered.forEach((stem, i) => {
        const part = i % 2 === 0 ? 'test' : 'dev';
        const target = join(CORPUS, part, 'messages', writer);
        mkdirSync(target, { recursive: true });
        for (const suffix of ['.eml', '.expected.json']) renameSync(join(folder, stem + suffix), join(target, stem + suffix));
      });
    }
    // The writer's own account lists every item, the test part's too: it belongs to the frozen part.
    mkdirSync(join(CORPUS, 'test', 'writers'), { recursive: true });
    if (existsSync(join(folder, 'WRITER.md'))) renameSync(join(folder, 'WRITER.md'), join(CORPUS, 'test', 'writers', `${writer}.md`));
    if (existsSync(join(folder, 'notes.json'))) rmSync(join(folder, 'notes.json'));
    rmdirSync(folder);
  }
  if (existsSync(INCOMING) && readdirSync(INCOMING).length === 0) rmdirSync(INCOMING);
  const lock = { ...testPartDigest(), note: 'the frozen test part of tests/corpus (tools/corpus-split.ts); never edit it by hand' };
  writeFileSync(LOCK_FILE, `${JSON.stringify(lock, null, 2)}\n`);
  process.stdout.write(`split ${writers.length} writers; test part: ${lock.messages} messages, ${lock.notes} notes, ${lock.files} files, sha256 ${lock.sha256}\n`);
  process.stdout.write('notes added to dev/? then run `npm run model:train` to retrain the note model (the unit suite fails until it is)\n');
}

if (process.argv[1] && import.meta.filename === process.argv[1]) split();
