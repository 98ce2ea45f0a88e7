/**
 * `npm run bench` — time and memory of the pure pipeline (parse → find original → extract → decide →
 * draft → render) per message, for the samples and the large-HTML fixture. Numbers depend on the
 * machine: quote them with the command and the machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PreferencesSchema } from '../functions/config/schema.js';
import { parseMessage } from '../functions/core/mail/parse.js';
import { renderTriage } from '../functions/core/render.js';
import { triageMessage } from '../functions/core/triage.js';

const owner = { addresses: ['alex@example.com'], name: 'Alex Morgan', signature: '', availability: 'weekdays', timeZone: 'America/New_York' };
const preferences = PreferencesSchema.parse({});

async function once(raw: Buffer): Promise<void> {
  const message = await parseMessage(raw);
  const triage = await triageMessage(message, owner, preferences);
  renderTriage(triage, owner);
}

async function measure(name: string, raw: Buffer, iterations: number): Promise<void> {
  for (let i = 0; i < 3; i += 1) await once(raw);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let peak = heapBefore;
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = process.hrtime.bigint();
    await once(raw);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const p95 = times[Math.floor(times.length * 0.95)] ?? 0;
  process.stdout.write(
    `${name.padEnd(44)} ${(raw.length / 1024).toFixed(0).padStart(6)} KB  median ${median.toFixed(2).padStart(8)} ms  p95 ${p95.toFixed(2).padStart(8)} ms  heap +${((peak - heapBefore) / 1048576).toFixed(1)} MB\n`,
  );
}

const samples = readdirSync('samples').filter((f) => f.endsWith('.eml')).sort();
process.stdout.write(`node ${process.version}, ${samples.length} samples + large fixture\n`);
for (const file of samples) await measure(`samples/${file}`, readFileSync(join('samples', file)), 50);
await measure('tests/fixtures/mail/large-html-owner.eml', readFileSync('tests/fixtures/mail/large-html-owner.eml'), 10);
process.stdout.write(`rss at end ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB\n`);
