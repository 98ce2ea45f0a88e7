/**
 * The per-message measures (bench/pipeline.ts) as the deployed function would run them: bench/pipeline-probe.ts
 * bundled with the functions' esbuild options (infra/constructs/bundling.ts) and run in a fresh Node process.
 *
 * Why not in the benchmark's own process. V8 compiles a regular expression with its optimisations (a
 * quick check of the next characters, a Boyer–Moore search for a literal) only while the process has made
 * less than about 1 MB of regexp code or holds less than 16 MB of executable memory (V8's
 * `TooMuchRegExpCode`), and the reading's word lists alone pass the first bound. A process that has also
 * loaded tsx, esbuild and the AWS CDK (what `npm run bench` imports for its other measures) passes the
 * second early, and then runs most of the patterns unoptimised: the same messages read about twice as slowly
 * there as in the bundled function (README "Performance").
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFunction } from '../infra/constructs/bundling.js';
import type { PerMessage } from './pipeline.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Each message's best of `rounds` rounds, measured in a fresh process running the bundled pipeline. */
export function measurePerMessageAsDeployed(rounds: number): PerMessage[] {
  const out = mkdtempSync(join(tmpdir(), 'invite-advisor-bench-'));
  try {
    buildFunction(join(ROOT, 'bench/pipeline-probe.ts'), out);
    const child = spawnSync(process.execPath, [join(out, 'index.mjs'), ROOT, String(rounds)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (child.status !== 0) throw new Error(`the bundled per-message probe failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as PerMessage[];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
