/**
 * Two builds of the inbound function side by side, in one run: module init against an empty Node start
 * and the first message after init against warm ones, for a change's before and after.
 *
 * Usage:
 *   npx tsx bench/cold-start-compare.ts --build <dir>           build this tree's inbound handler and the
 *                                                              cold-start probe into <dir> (FUNCTION_BUILD,
 *                                                              with the data files beside them)
 *   npx tsx bench/cold-start-compare.ts <before> <after> [n]    time both: n triples (default 15) of
 *                                                              before, an empty Node start and after, the
 *                                                              order alternating; then n fresh processes of
 *                                                              each build's probe, alternating
 *
 * A build made before a change (git stash; --build; git stash pop) stays runnable after it: each build
 * carries its own data files. Ratios are medians of the triples' ratios; times depend on the machine and
 * its load, so quote them with the command, the machine and the date.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildFunction, PROJECT_ROOT } from '../infra/constructs/bundling.js';

const WARM_RUNS = 10;
const ENV = { PATH: process.env.PATH, AWS_REGION: 'us-east-1', POWERTOOLS_SERVICE_NAME: 'bench' };

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

function buildInto(dir: string): void {
  // As deployed (buildFunction: index.mjs, its chunks and the data files beside them), the handler and the probe.
  buildFunction(join(PROJECT_ROOT, 'functions/handlers/inbound.ts'), dir);
  buildFunction(join(PROJECT_ROOT, 'bench/cold-start-probe.ts'), join(dir, 'probe'));
}

/** One whole Node process importing the bundle (or nothing): wall time seen from here, CPU time reported by the child. */
function init(file: string | null): { wall: number; cpu: number } {
  const code = file ? `await import(${JSON.stringify(pathToFileURL(file).href)});` : '';
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', `${code}\nconst u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000));`], { encoding: 'utf8', env: ENV });
  if (child.status !== 0) throw new Error(`node failed: ${child.stderr}`);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: Number(child.stdout) };
}

function probe(dir: string): { first: number; warm: number; firstCpu: number; warmCpu: number } {
  const child = spawnSync(process.execPath, [join(dir, 'probe/index.mjs'), join(PROJECT_ROOT, 'local/local.config.json'), join(PROJECT_ROOT, 'tests/fixtures/mail/forward-gmail-owner.eml'), String(WARM_RUNS)], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`the probe of ${dir} failed: ${child.stderr}`);
  const r = JSON.parse(child.stdout) as { firstMs: number; warmMs: number[]; firstCpuMs: number; warmCpuMs: number[] };
  return { first: r.firstMs, warm: median(r.warmMs), firstCpu: r.firstCpuMs, warmCpu: median(r.warmCpuMs) };
}

async function main(args: readonly string[]): Promise<void> {
  if (args[0] === '--build') {
    if (!args[1]) throw new Error('--build needs a folder');
    buildInto(resolve(args[1]));
    return;
  }
  const [before, after, times = '15'] = args;
  if (!before || !after) throw new Error('usage: cold-start-compare.ts --build <dir> | <before dir> <after dir> [n]');
  const dirs = [resolve(before), resolve(after)];
  const ratios = dirs.map(() => ({ wall: [] as number[], cpu: [] as number[], cpuMs: [] as number[] }));
  const emptyCpuMs: number[] = [];
  for (let i = 0; i < Number(times); i += 1) {
    const order = i % 2 === 0 ? [0, -1, 1] : [1, -1, 0];
    const runs = new Map(order.map((which) => [which, init(which < 0 ? null : join(dirs[which]!, 'index.mjs'))]));
    const empty = runs.get(-1)!;
    emptyCpuMs.push(empty.cpu);
    for (const which of [0, 1]) {
      ratios[which]!.cpuMs.push(runs.get(which)!.cpu);
      ratios[which]!.wall.push(runs.get(which)!.wall / empty.wall);
      ratios[which]!.cpu.push(runs.get(which)!.cpu / empty.cpu);
    }
  }
  const probes = dirs.map(() => [] as ReturnType<typeof probe>[]);
  for (let i = 0; i < Number(times); i += 1) for (const which of i % 2 === 0 ? [0, 1] : [1, 0]) probes[which]!.push(probe(dirs[which]!));
  dirs.forEach((dir, which) => {
    const p = probes[which]!;
    const [first, warm, firstCpu, warmCpu] = (['first', 'warm', 'firstCpu', 'warmCpu'] as const).map((k) => median(p.map((r) => r[k])));
    process.stdout.write(
      `${dir}: init ${median(ratios[which]!.wall).toFixed(2)}× wall, ${median(ratios[which]!.cpu).toFixed(2)}× CPU of an empty Node start; ` +
        `first message ${first!.toFixed(0)} ms vs warm ${warm!.toFixed(1)} ms (${(first! / warm!).toFixed(1)}×), CPU ${firstCpu!.toFixed(0)} vs ${warmCpu!.toFixed(1)} ms (${(firstCpu! / warmCpu!).toFixed(1)}×); ` +
        `CPU of a cold start, Node's start + module init + the first message: ${(median(ratios[which]!.cpuMs) + firstCpu!).toFixed(0)} ms\n`,
    );
  });
  process.stdout.write(`(an empty Node start: ${median(emptyCpuMs).toFixed(0)} ms of CPU)\n`);
}

await main(process.argv.slice(2));
