/**
 * Cold start of the functions, as Lambda sees it: each function's bundle (size and gzip size, built as
 * deployed: buildFunction and FUNCTION_BUILD in infra/constructs/bundling.ts), what of it loads at module
 * init, its module init in whole Node processes against an empty Node start, and the first message after
 * init against a warm one.
 *
 * Usage: tsx bench/cold-start.ts [pairs, default 15]; `npm run bench` runs it too (fewer pairs). Numbers
 * depend on the machine and its load: quote them with the command, the machine and the date.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Metafile } from 'esbuild';
import { buildFunction, DATA_FILES, PROJECT_ROOT } from '../infra/constructs/bundling.js';

const PROBE_RUNS = 5;
const WARM_RUNS = 20;
const HANDLERS = join(PROJECT_ROOT, 'functions/handlers');

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;

function bundle(out: string, name: string, entry: string): { file: string; metafile: Metafile } {
  // As deployed: index.mjs, its chunks and the data files beside them (DATA_FILES: read with require when asked for).
  const metafile = buildFunction(entry, join(out, name));
  return { file: join(out, name, 'index.mjs'), metafile };
}

/** The code files of a build (chunks included, maps not), and those index.mjs imports statically, directly or not: what module init loads. */
function codeFiles(metafile: Metafile): { all: string[]; atInit: string[] } {
  const all = Object.keys(metafile.outputs).filter((path) => !path.endsWith('.map'));
  const index = all.find((path) => path.endsWith('/index.mjs'));
  const atInit = new Set<string>();
  const next = index ? [index] : [];
  for (let path = next.pop(); path !== undefined; path = next.pop()) {
    if (atInit.has(path)) continue;
    atInit.add(path);
    for (const i of metafile.outputs[path]?.imports ?? []) if (i.kind === 'import-statement' && metafile.outputs[i.path]) next.push(i.path);
  }
  return { all, atInit: [...atInit] };
}

/** The data files beside the bundle (DATA_FILES) and those of them a fresh process read at module init (require's cache after the import). */
function dataFiles(file: string): string {
  const shipped = DATA_FILES.reduce((sum, data) => sum + statSync(join(dirname(file), data.to)).size, 0);
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import { createRequire } from 'node:module'; await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(JSON.stringify(Object.keys(createRequire(import.meta.url).cache)));`],
    { encoding: 'utf8', env: { PATH: process.env.PATH, AWS_REGION: 'us-east-1', POWERTOOLS_SERVICE_NAME: 'bench' } },
  );
  if (child.status !== 0) throw new Error(`importing ${file} failed: ${child.stderr}`);
  const read = (JSON.parse(child.stdout) as string[]).filter((path) => path.startsWith(dirname(file)) && path !== file);
  const readBytes = read.reduce((sum, path) => sum + statSync(path).size, 0);
  return `data files beside it ${mb(shipped)}, read at init ${mb(readBytes)}${read.length > 0 ? ` (${read.map((path) => relative(dirname(file), path)).join(', ')})` : ''}`;
}

/** Bytes in the bundle per package (node_modules/<pkg>, or the project's own code), and the packages bundled from more than one directory. */
function composition(metafile: Metafile): { top: [string, number][]; copies: string[] } {
  const byPackage = new Map<string, number>();
  const directories = new Map<string, Set<string>>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)/.exec(path);
      const name = match?.[2] ?? '(project code)';
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
      if (match && bytesInOutput > 0) {
        // A package's own build folders (cjs/, esm/, dist/…) count as copies too: esbuild bundles both
        // when one importer resolves `module` and another `main` or `require`.
        const rest = path.slice(match[0].length + 1);
        const build = /^(?:lib|dist|build)\/(cjs|esm|es|mjs)\//.exec(rest)?.[1] ?? '';
        const where = `${match[1]}${match[2]}${build ? ` (${build})` : ''}`;
        directories.set(name, (directories.get(name) ?? new Set()).add(where));
      }
    }
  }
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8);
  const copies = [...directories].filter(([, where]) => where.size > 1).map(([name, where]) => `${name} ×${where.size}`);
  return { top, copies };
}

/** One whole Node process: wall time seen from here, CPU time (user + system, the whole process, boot included) reported by the child. */
function nodeProcess(args: readonly string[], code: string): { wallMs: number; cpuMs: number } {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...args, '--input-type=module', '-e', `${code}\nconst u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000));`], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, AWS_REGION: 'us-east-1', POWERTOOLS_SERVICE_NAME: 'bench' },
  });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${child.stderr}`);
  return { wallMs, cpuMs: Number(child.stdout) };
}

/**
 * Module init vs an empty Node start, in pairs (the same command line, with and without importing the
 * bundle), the order alternating from pair to pair so a load swing hits both sides alike; the ratio is
 * the median of the pairs' ratios.
 */
function moduleInit(pairs: number, file: string, nodeOptions: readonly string[] = []): string {
  const importIt = `await import(${JSON.stringify(pathToFileURL(file).href)});`;
  const wall: number[] = [];
  const cpu: number[] = [];
  const emptyWall: number[] = [];
  for (let pair = 0; pair < pairs; pair += 1) {
    const [a, b] = pair % 2 === 0 ? [false, true] : [true, false];
    const runs = [a, b].map((withBundle) => ({ withBundle, run: nodeProcess(nodeOptions, withBundle ? importIt : '') }));
    const full = runs.find((r) => r.withBundle)!.run;
    const empty = runs.find((r) => !r.withBundle)!.run;
    wall.push(full.wallMs / empty.wallMs);
    cpu.push(full.cpuMs / empty.cpuMs);
    emptyWall.push(empty.wallMs);
  }
  return `init ${median(wall).toFixed(2)}× wall, ${median(cpu).toFixed(2)}× CPU (empty node ${median(emptyWall).toFixed(0)} ms)`;
}

/** Every function's bundle, its module init, and the inbound function's first message vs warm ones: the lines to print. */
export async function measureColdStart(pairs: number, options: { sourceMaps?: boolean } = {}): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), 'invite-advisor-cold-start-'));
  const lines = [`cold start: esbuild options of infra/constructs/bundling.ts, ${pairs} pairs per init ratio, node ${process.version}`];
  try {
    const entries = readdirSync(HANDLERS)
      .filter((f) => f.endsWith('.ts') && /export const handler\b/.test(readFileSync(join(HANDLERS, f), 'utf8')))
      .sort();
    let inboundBundle = '';
    for (const entry of entries) {
      const name = entry.replace(/\.ts$/, '');
      const { file, metafile } = bundle(out, name, join(HANDLERS, entry));
      if (name === 'inbound') inboundBundle = file;
      const { all, atInit } = codeFiles(metafile);
      const bytes = (paths: readonly string[]) => paths.reduce((sum, path) => sum + statSync(path).size, 0);
      const gzip = all.reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0);
      const { top, copies } = composition(metafile);
      const maps = Object.keys(metafile.outputs).filter((path) => path.endsWith('.map'));
      lines.push(
        `  ${name.padEnd(14)} ${mb(bytes(all))} in ${all.length} files (gzip ${mb(gzip)}), maps ${mb(bytes(maps))}; code loaded at init ${mb(bytes(atInit))} (${atInit.length} files); ${moduleInit(pairs, file)}`,
      );
      lines.push(`  ${''.padEnd(14)} ${dataFiles(file)}`);
      lines.push(`  ${''.padEnd(14)} largest: ${top.map(([pkg, size]) => `${pkg} ${((100 * size) / bytes(all)).toFixed(0)}%`).join(', ')}`);
      if (copies.length > 0) lines.push(`  ${''.padEnd(14)} bundled more than once: ${copies.join(', ')}`);
    }
    if (options.sourceMaps !== false) lines.push(`  ${'inbound'.padEnd(14)} with NODE_OPTIONS=--enable-source-maps: ${moduleInit(pairs, inboundBundle, ['--enable-source-maps'])}`);

    // First message after init vs warm ones: see bench/cold-start-probe.ts for what is run.
    const probe = bundle(out, 'probe', join(PROJECT_ROOT, 'bench/cold-start-probe.ts'));
    const firsts: number[] = [];
    const warms: number[] = [];
    const firstCpus: number[] = [];
    const warmCpus: number[] = [];
    for (let run = 0; run < PROBE_RUNS; run += 1) {
      const child = spawnSync(process.execPath, [probe.file, join(PROJECT_ROOT, 'local/local.config.json'), join(PROJECT_ROOT, 'tests/fixtures/mail/forward-gmail-owner.eml'), String(WARM_RUNS)], {
        encoding: 'utf8',
      });
      if (child.status !== 0) throw new Error(`the probe failed: ${child.stderr}`);
      const { firstMs, warmMs, firstCpuMs, warmCpuMs } = JSON.parse(child.stdout) as { firstMs: number; warmMs: number[]; firstCpuMs: number; warmCpuMs: number[] };
      firsts.push(firstMs);
      warms.push(median(warmMs));
      firstCpus.push(firstCpuMs);
      warmCpus.push(median(warmCpuMs));
    }
    lines.push(
      `  ${'inbound'.padEnd(14)} first message ${median(firsts).toFixed(1)} ms vs warm ${median(warms).toFixed(1)} ms: ${(median(firsts) / median(warms)).toFixed(1)}× wall; CPU ${median(firstCpus).toFixed(1)} ms vs ${median(warmCpus).toFixed(1)} ms: ${(median(firstCpus) / median(warmCpus)).toFixed(1)}× (receiveMail on an owner's forward, in-memory ports, ${PROBE_RUNS} fresh processes)`,
    );
    return lines;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${(await measureColdStart(Number(process.argv[2] ?? 15))).join('\n')}\n`);
}
