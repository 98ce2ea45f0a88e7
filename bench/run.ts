/**
 * `npm run bench` — issue #16's measures, in one run, each section printed as it completes:
 *
 *   1. per message: reading and whole-pipeline time against the bare mailparser parse (bench/pipeline.ts)
 *   2. where the time goes: each stage's share and the largest packages' (sampling profiler)
 *   3. the worst hostile inputs: time, memory, reply and stored sizes (bench/hostile.ts, fresh processes)
 *   4. cold start: each function's bundle and gzip size, module init vs an empty Node start, the first
 *      message vs warm ones (bench/cold-start.ts, fresh processes)
 *   5. on the local stack: AWS calls per forwarded invitation (bench/aws-calls.ts) and the history bound
 *      (10 vs 2,000 stored invitations, bench/history.ts)
 *
 * Numbers depend on the machine and its load: the first line says which, and when; quote them with it.
 * No test asserts a time; the bounds that are counts (AWS calls) are tests too.
 */
import { cpus, loadavg } from 'node:os';
import '../tools/regexp-tiering.js';
import { benchMessages, perMessageLines, stageShares } from './pipeline.js';

/** Rounds of every message for the per-message medians, for the profile, and pairs of processes per init ratio. */
const ROUNDS = 5;
const PROFILE_ROUNDS = 2;
const INIT_PAIRS = 7;

const started = Date.now();
const print = (lines: readonly string[]) => process.stdout.write(`${lines.join('\n')}\n`);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

print([`npm run bench: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus()[0]?.model.trim() ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}, load average ${load()}`]);
const messages = await benchMessages();
// The profile first, while this process has loaded the pipeline and nothing else: esbuild, the AWS CDK and the
// local stack's clients (what the later measures load) make it one where V8 stops optimising regular
// expressions compiled afterwards (bench/pipeline-bundled.ts). The per-message times come from a fresh process.
const shares = await stageShares(messages, PROFILE_ROUNDS);
const [{ measurePerMessageAsDeployed }, { measureHostile }, { measureColdStart }, { measureLocalStack }] = await Promise.all([import('./pipeline-bundled.js'), import('./hostile.js'), import('./cold-start.js'), import('./history.js')]);
print(perMessageLines(measurePerMessageAsDeployed(ROUNDS), ROUNDS));
print(shares);
print(measureHostile());
print(await measureColdStart(INIT_PAIRS, { sourceMaps: false }));
print(await measureLocalStack());
print([`done in ${((Date.now() - started) / 1000).toFixed(0)} s; load average now ${load()}`]);
