/**
 * V8 compiles each regular expression made from here on straight to machine code at its first run,
 * instead of interpreting its first run from bytecode. Imported first by the tools that read mail under
 * tsx (`npm run triage`, `npm run eval`, `npm start`'s local stack, the benchmark's profile) and by every
 * test worker (vitest.config.ts): a speed-up of those processes, never a change of any result.
 *
 * Why. The reading runs some six hundred word-list patterns (1.2 MB of source) and the extraction's own.
 * V8 compiles a pattern with its optimisations (a quick check of the next characters, a Boyer–Moore
 * search) only while the process has made less than about 1 MB of regexp code or holds less than 16 MB of
 * executable memory (V8's `TooMuchRegExpCode`); the word lists alone pass the first bound, and a process that
 * runs TypeScript through tsx soon passes the second. A pattern first interpreted is compiled twice (bytecode,
 * then machine code at its second run), which spends that budget twice as fast. With the tick count at 0,
 * on this machine: `npm run eval` 106 s → 58 s (its output unchanged), the unit tests of functions/core
 * 135 s → 102 s. The deployed functions do not set it: bundled by esbuild and run by plain Node (what
 * `npm run bench` measures per message, bench/pipeline-bundled.ts), the same messages read as fast with it
 * as without it, so there it would be a risk without a gain.
 *
 * Why this flag, set at run time. `NODE_OPTIONS` takes no V8 flag of this kind, so it is set with
 * `v8.setFlagsFromString`, which Node keeps working after start. The tick count is only how many runs a new
 * pattern is interpreted before it is compiled: every pattern still goes through V8's ordinary tier-up
 * path (the one a global `replace` forces). Turning tier-up off altogether at run time
 * (`--no-regexp-tier-up`) is not safe: a pattern already interpreted when it changes can crash the process
 * (seen once in ten runs here). A V8 that no longer knows the flag prints a line on stderr and runs as before.
 */
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--regexp-tier-up-ticks=0');
