/**
 * `npx tsx bench/pipeline-compare.ts <before-tree> <after-tree> [rounds]` — a change's per-message cost,
 * before and after, on a busy machine: each tree (a checkout of this repository, e.g. made with
 * `git worktree add` or `git archive | tar -x`, with node_modules beside it) runs bench/pipeline.ts's
 * measures in its own worker thread, message by message in turn (before, after, before, …), so that a
 * swing in the machine's load hits both alike; the best of `rounds` (default 5) per message.
 *
 * Why workers and not one process: V8 stops optimising regular expressions compiled after the process
 * has generated about 1 MB of regexp code (see README "Performance"), so in one process the tree loaded
 * second runs its patterns unoptimised and looks several times slower. Each worker is its own V8 isolate.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type * as PipelineModule from './pipeline.js';

type Pipeline = typeof PipelineModule;

interface Times {
  name: string;
  bare: number;
  reading: number;
  whole: number;
}

async function serve(root: string): Promise<void> {
  const pipeline = (await import(pathToFileURL(join(root, 'bench/pipeline.ts')).href)) as Pipeline;
  const messages = await pipeline.benchMessages();
  const timed = async (work: () => Promise<unknown>) => {
    const start = process.hrtime.bigint();
    await work().catch(() => undefined);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  parentPort!.on('message', (ask: { i: number; warm: boolean }) => {
    void (async () => {
      const message = messages[ask.i]!;
      if (ask.warm) {
        await pipeline.whole(message).catch(() => undefined);
        parentPort!.postMessage(null);
        return;
      }
      const times: Times = { name: message.name, bare: await timed(() => pipeline.bareParse(message)), reading: await timed(() => pipeline.reading(message)), whole: await timed(() => pipeline.whole(message)) };
      parentPort!.postMessage(times);
    })();
  });
  parentPort!.postMessage(messages.length);
}

async function main(trees: string[], rounds: number): Promise<void> {
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write(`bench/pipeline-compare.ts: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, load average ${load()}; best of ${rounds} per message\n`);
  const tsx = import.meta.resolve('tsx/esm/api');
  const self = import.meta.url;
  const workers = trees.map(
    (root) => new Worker(`import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(self)}); })`, { eval: true, workerData: { root } }),
  );
  const ask = <T>(worker: Worker, message?: object) =>
    new Promise<T>((resolve) => {
      worker.once('message', resolve);
      if (message) worker.postMessage(message);
    });
  const [count = 0] = await Promise.all(workers.map((w) => ask<number>(w)));
  for (let i = 0; i < count; i += 1) for (const worker of workers) await ask(worker, { i, warm: true });
  const best = workers.map(() => Array.from({ length: count }, (): Times => ({ name: '', bare: Infinity, reading: Infinity, whole: Infinity })));
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < count; i += 1) {
      for (const [k, worker] of workers.entries()) {
        const got = await ask<Times>(worker, { i, warm: false });
        const b = best[k]![i]!;
        best[k]![i] = { name: got.name, bare: Math.min(b.bare, got.bare), reading: Math.min(b.reading, got.reading), whole: Math.min(b.whole, got.whole) };
      }
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
  for (const [k, tree] of trees.entries()) {
    const times = best[k]!;
    const ratio = (key: 'reading' | 'whole') => {
      const ratios = times.map((t) => ({ name: t.name, value: t[key] / t.bare }));
      const worst = ratios.reduce((a, b) => (b.value > a.value ? b : a));
      return `median ${median(times.map((t) => t[key])).toFixed(2)} ms; ratio to the bare parse: median ${median(ratios.map((r) => r.value)).toFixed(2)}×, worst ${worst.value.toFixed(2)}× (${worst.name})`;
    };
    process.stdout.write(`${k === 0 ? 'before' : 'after'}: ${tree}\n  bare mailparser parse      median ${median(times.map((t) => t.bare)).toFixed(2)} ms\n  reading (parse → decide)   ${ratio('reading')}\n  whole (→ reply MIME)       ${ratio('whole')}\n`);
  }
  const [before = [], after = []] = best;
  const change = (key: 'reading' | 'whole') => median(before.map((b, i) => after[i]![key] / b[key])).toFixed(2);
  process.stdout.write(`after / before, median over the messages: reading ${change('reading')}, whole ${change('whole')}; load average now ${load()}\n`);
  await Promise.all(workers.map((w) => w.terminate()));
}

if (!isMainThread) await serve((workerData as { root: string }).root);
else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [before, after, rounds] = process.argv.slice(2);
  if (!before || !after) {
    process.stderr.write('usage: npx tsx bench/pipeline-compare.ts <before-tree> <after-tree> [rounds]\n');
    process.exitCode = 2;
  } else await main([before, after], Number(rounds ?? 5));
}
