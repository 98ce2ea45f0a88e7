/**
 * The layout is part of the design (README, "How it is built"): these checks keep it. ESLint's
 * no-restricted-imports (eslint.config.js) says which layer may import which; this test adds what a
 * per-file lint rule cannot see: import cycles, the order of core's shelves, and that a shelf is
 * entered only through its entry file (`core/<shelf>/<shelf>.ts`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CORE = join(ROOT, 'functions/core');

/** Which shelves each shelf may use, in the order mail flows (mail ← extract ← decide ← write ← triage). */
const SHELVES: Record<string, readonly string[]> = {
  mail: [],
  extract: ['mail'],
  decide: ['mail', 'extract'],
  write: ['mail', 'extract', 'decide'],
  reply: ['mail'],
  trust: ['mail'],
  triage: ['mail', 'extract', 'decide', 'write', 'reply'],
  follow: ['mail', 'reply'],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports of a file, resolved to .ts paths inside the repository. */
function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => resolve(dirname(file), name).replace(/\.js$/, '.ts'));
}

const files = ['functions', 'templates'].flatMap((folder) => sourceFiles(join(ROOT, folder)));
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const name = (file: string) => relative(ROOT, file);

describe('the layout', () => {
  it('has no import cycles in deployed code', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('shelves core/ in the order mail flows, each entered only through its entry file', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      if (!file.startsWith(`${CORE}/`)) continue;
      const shelf = relative(CORE, file).split('/')[0] ?? '';
      if (!(shelf in SHELVES)) {
        wrong.push(`${name(file)}: not on a shelf (${Object.keys(SHELVES).join(', ')})`);
        continue;
      }
      for (const target of imports) {
        if (!target.startsWith(`${CORE}/`)) continue;
        const [other, module] = relative(CORE, target).split('/');
        if (other === shelf) continue;
        if (!SHELVES[shelf]?.includes(other ?? '')) wrong.push(`${name(file)} uses ${other}/, which ${shelf}/ may not`);
        if (module !== `${other}.ts`) wrong.push(`${name(file)} imports ${name(target)}: go through ${other}/${other}.ts`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every shelf one entry file named for it', () => {
    for (const shelf of Object.keys(SHELVES)) {
      expect(statSync(join(CORE, shelf, `${shelf}.ts`)).isFile()).toBe(true);
    }
    const loose = readdirSync(CORE).filter((entry) => !statSync(join(CORE, entry)).isDirectory());
    expect(loose).toEqual([]);
  });

  it('enters core/ only through shelf entries from outside it', () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      if (file.startsWith(`${CORE}/`)) continue;
      for (const target of imports) {
        if (!target.startsWith(`${CORE}/`)) continue;
        const [shelf, module] = relative(CORE, target).split('/');
        if (module !== `${shelf}.ts`) wrong.push(`${name(file)} imports ${name(target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('lets no use case import another (only the inbound router calls the use cases it routes to)', () => {
    const APP = join(ROOT, 'functions/app');
    // Shared services, not use cases: mail to the owner, the writes after an accepted send, scheduling and
    // deleting reminders ("how did it go?" included), and holding mail for its scheduled digest.
    const shared = new Set(['ports.ts', 'owner-mail.ts', 'after-send.ts', 'reminders.ts', 'how-did-it-go.ts', 'held-digest.ts']);
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      if (!file.startsWith(`${APP}/`) || file.endsWith('/receive-mail.ts')) continue;
      for (const target of imports) {
        if (target.startsWith(`${APP}/`) && !shared.has(relative(APP, target))) wrong.push(`${name(file)} imports ${name(target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps module names unique in deployed code', () => {
    const seen = new Map<string, string[]>();
    for (const file of files) {
      const base = file.split('/').pop() ?? '';
      seen.set(base, [...(seen.get(base) ?? []), name(file)]);
    }
    // Handlers are named for the function they start, beside the use case they call.
    const clashes = [...seen.entries()].filter(([, paths]) => paths.filter((p) => !p.startsWith('functions/handlers/')).length > 1);
    expect(clashes).toEqual([]);
  });
});
