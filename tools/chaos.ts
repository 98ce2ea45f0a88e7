/**
 * `npm run chaos [-- --trials N] [-- --seed S] [-- --family NAME[,NAME…]] [-- --burst N] [-- --trial I]`
 *
 * Runs fault families on the local stack (DynamoDB Local, s3rver, the SES stand-ins, a Lambda Invoke
 * stand-in), each stand-in behind a fault-injecting proxy, with the real use cases and adapters and
 * Lambda's retry policy for asynchronous events played by tools/chaos/platform.ts. Prints per family:
 * trials, exactly once, failure path with the owner told, failure queue with the owner not told, lost,
 * doubled to the owner, doubled to a recruiter; then every trial that missed a target, with the command
 * that replays it. Exit status 1 when a target is missed (lost, doubled to a recruiter, doubled to the
 * owner outside the counted cases, failure queue with the owner not told), 2 for a wrong option.
 *
 * `--trial I` (with `--family`) replays one trial of the seed's run and prints what it did.
 */
import '../local/sdk-notice.js';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { FAMILIES } from './chaos/families.js';
import { DEFAULT_BURST, DEFAULT_SEED, DEFAULT_TRIALS, FAMILY_NAMES, formatTable, measureSteps, meetsTargets, runChaos, runTrial } from './chaos/run.js';
import { startChaosStack } from './chaos/stack.js';

const USAGE = `usage: npm run chaos [-- --trials N] [-- --seed S] [-- --family NAME[,NAME…]] [-- --burst N] [-- --trial I]
families: ${FAMILY_NAMES.join(', ')}`;

function fail(message: string): never {
  console.error(`chaos: ${message}\n${USAGE}`);
  process.exit(2);
}

function positiveInteger(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be an integer of at least ${min} (got "${value}")`);
  return n;
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      options: { trials: { type: 'string' }, seed: { type: 'string' }, family: { type: 'string', multiple: true }, burst: { type: 'string' }, trial: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const seed = positiveInteger('seed', values.seed, DEFAULT_SEED, 0);
  const trials = positiveInteger('trials', values.trials, DEFAULT_TRIALS);
  const burst = positiveInteger('burst', values.burst, DEFAULT_BURST, 0);
  const families = values.family ? values.family.flatMap((f) => f.split(',')).map((f) => f.trim()).filter(Boolean) : null;
  for (const name of families ?? []) if (!FAMILY_NAMES.includes(name)) fail(`unknown family "${name}"`);

  process.stderr.write('chaos: starting the local stack (DynamoDB Local, s3rver, SES and Lambda stand-ins, fault proxies)…\n');
  const stack = await startChaosStack();
  try {
    if (values.trial !== undefined) {
      const index = positiveInteger('trial', values.trial, 0, 0);
      const family = FAMILIES.find((f) => f.name === families?.[0]);
      if (!family || families?.length !== 1) fail('--trial replays one trial of one family: give exactly one --family (not burst)');
      await replay(stack, family, index, seed);
      return;
    }
    const started = performance.now();
    let done = 0;
    const reports = await runChaos(stack, {
      seed,
      trials,
      burst,
      families,
      onTrial: (result) => {
        done += 1;
        if (done % 10 === 0) process.stderr.write(`chaos: ${done} trials (${result.family})\n`);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const command = ['npm run chaos', ...(seed !== DEFAULT_SEED ? [`--seed ${seed}`] : []), ...(trials !== DEFAULT_TRIALS ? [`--trials ${trials}`] : []), ...(burst !== DEFAULT_BURST ? [`--burst ${burst}`] : []), ...(families ? [`--family ${families.join(',')}`] : [])];
    process.stdout.write(`${command.length > 1 ? `${command[0]} -- ${command.slice(1).join(' ')}` : command[0]}: seed ${seed}, ${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, ${cpus().length} cores, ${seconds.toFixed(0)} s\n\n`);
    process.stdout.write(`${formatTable(reports)}\n\n`);
    for (const report of reports) process.stdout.write(`  ${report.name} (${report.seconds.toFixed(0)} s): ${report.description}\n`);
    const misses = reports.flatMap((r) => r.misses);
    if (misses.length > 0) {
      process.stdout.write(`\nTrials that missed a target (lost, doubled to a recruiter, doubled to the owner outside the counted cases, failure queue with the owner not told):\n`);
      for (const miss of misses) {
        process.stdout.write(`  ${miss.family} #${miss.index} (${miss.side}) ${miss.verdict}: ${miss.detail}\n    replay: npm run chaos -- --family ${miss.family} --seed ${seed} --trial ${miss.index}\n`);
      }
    }
    if (!meetsTargets(reports)) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
}

async function replay(stack: Awaited<ReturnType<typeof startChaosStack>>, family: (typeof FAMILIES)[number], index: number, seed: number): Promise<void> {
  // The steps are measured as in the full run, so the same trial falls on the same request.
  const steps = await measureSteps(stack);
  await stack.newTable(family.name);
  const result = await runTrial(stack, family, index, seed, steps);
  process.stdout.write(`${family.name} #${index} (${result.side}): ${result.verdict}${result.verdict === 'doubled-owner' ? (result.counted ? ' (counted)' : ' (NOT counted)') : ''}\n${result.detail}\n\nlog:\n`);
  for (const line of stack.log) process.stdout.write(`  ${line.invocation} ${line.level} ${line.message}${line.extra ? ` ${JSON.stringify(line.extra)}` : ''}\n`);
}

main().catch((error: unknown) => {
  console.error(`chaos: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
