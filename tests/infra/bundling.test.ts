/**
 * The data files left out of the bundles (DATA_FILES in infra/constructs/bundling.ts): every `require` that
 * `external` keeps in a function's code is one of them, asked for by the package it was written for.
 * The path is resolved against index.mjs at run time, not against the package that asks, so a new
 * `./tables/…` import in another package (an upgrade) would otherwise be left out and fail only in Lambda.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { DATA_FILES, FUNCTION_BUILD, PROJECT_ROOT } from '../../infra/constructs/bundling.js';

const HANDLERS = join(PROJECT_ROOT, 'functions/handlers');
const entries = readdirSync(HANDLERS)
  .filter((f) => f.endsWith('.ts') && /export const handler\b/.test(readFileSync(join(HANDLERS, f), 'utf8')))
  .map((f) => join(HANDLERS, f));

describe('the data files beside the bundles', () => {
  it('are exactly what the functions require at run time, from the packages they were written for', async () => {
    // Arrange & act: every function, bundled as deployed (in memory).
    const result = await build({ ...FUNCTION_BUILD, entryPoints: entries, outdir: join(PROJECT_ROOT, 'cdk.out/bundling-test'), write: false, metafile: true, logLevel: 'error' });
    // Assess: the relative imports esbuild left out, with who asks for them.
    const kept = new Set<string>();
    for (const [importer, input] of Object.entries(result.metafile.inputs)) {
      for (const i of input.imports) {
        if (!i.external || !i.path.startsWith('.')) continue;
        const wanted = i.path.replace(/^\.\//, '');
        const file = DATA_FILES.find((d) => d.to === wanted);
        expect(file, `${importer} requires ${i.path}, which is not in DATA_FILES`).toBeDefined();
        // The package that asks is the one the file comes from.
        expect(relative(PROJECT_ROOT, file!.from).split('node_modules/').pop()!.split('/')[0]).toBe(importer.split('node_modules/').pop()!.split('/')[0]);
        kept.add(wanted);
      }
    }
    // Each file shipped is one a function can ask for.
    expect([...kept].sort()).toEqual(DATA_FILES.map((d) => d.to).sort());
  }, 120_000);

  it('are not needed by the rule-set activator, which is bundled without them (esmBundling({ dataFiles: false }))', async () => {
    const entry = join(PROJECT_ROOT, 'infra/custom-resources/activate-rule-set.ts');
    const result = await build({ ...FUNCTION_BUILD, entryPoints: [entry], write: false, outdir: join(PROJECT_ROOT, 'cdk.out/bundling-test'), metafile: true, logLevel: 'error' });
    const leftOut = Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((i) => i.external && i.path.startsWith('.')).map((i) => i.path));
    expect(leftOut).toEqual([]);
  }, 120_000);
});
