/**
 * What bench/pipeline-bundled.ts runs, bundled with the functions' esbuild options, in a fresh process:
 * the per-message measures of bench/pipeline.ts (the bare parse, the reading, the whole pipeline) in a
 * process that has loaded what a deployed function loads, and nothing of the benchmark's own tools.
 *
 * Usage: node <bundle> <project root> <rounds>; prints the per-message results as one JSON array.
 */
import { benchMessages, measurePerMessage } from './pipeline.js';

const [root = '', rounds = '5'] = process.argv.slice(2);
process.stdout.write(JSON.stringify(await measurePerMessage(await benchMessages(root), Number(rounds))));
