/**
 * `npm run bench` — time and memory of the pure pipeline (parse → find original → extract → decide →
 * draft → render) per message, for the samples and the large-HTML fixture. Numbers depend on the
 * machine: quote them with the command and the machine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PreferencesSchema } from '../functions/config/schema.js';
import { parseMessage } from '../functions/core/mail/mail.js';
import { renderTriage } from '../functions/core/write/write.js';
import { triageMessage } from '../functions/core/triage/triage.js';
import { measureHistory } from './history.js';

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

/**
 * A 5 MB hostile message: an HTML-only forward (so the parser must turn HTML into text) of deeply
 * nested markup, one very long line, and thousands of date-like phrases that would keep a date parser
 * busy if it were let loose on all of them.
 */
function hostileMessage(bytes: number): Buffer {
  const head = 'From: Alex Morgan <alex@example.com>\r\nTo: interviews@in.example.com\r\nSubject: Fwd: Interview invitation\r\nDate: Mon, 2 Mar 2026 10:00:00 -0500\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n';
  const invite = '<p>---------- Forwarded message ---------<br>From: Pat &lt;pat@acme.example&gt;<br>Subject: Interview invitation<br><br>We would like to invite you to an interview on Thursday, March 12 at 2:30 pm ET.</p>';
  const nest = '<div><span><b><i>'.repeat(2000) + 'deep' + '</i></b></span></div>'.repeat(2000);
  let body = invite + nest;
  const filler = '<td>Tuesday 10am, Wednesday at 3pm, next Friday 9:30 &amp; more</td>';
  while (body.length < bytes) body += filler.repeat(1000);
  return Buffer.from(head + body.slice(0, bytes));
}

/** Every labelled message once per round: the median time per message over the corpus. */
async function measureCorpus(folder: string): Promise<void> {
  const files = readdirSync(folder).filter((f) => f.endsWith('.eml'));
  const raws = files.map((f) => readFileSync(join(folder, f)));
  for (const raw of raws) await once(raw).catch(() => undefined);
  const times: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    for (const raw of raws) {
      const start = process.hrtime.bigint();
      await once(raw).catch(() => undefined);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.floor(times.length * q)] ?? 0).toFixed(2).padStart(8);
  process.stdout.write(`${`${folder} (${files.length} messages)`.padEnd(44)}         median ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(0.999)} ms\n`);
}

const samples = readdirSync('samples').filter((f) => f.endsWith('.eml')).sort();
process.stdout.write(`node ${process.version}, ${samples.length} samples, the labelled corpus, a 2 MB fixture, a 5 MB hostile message\n`);
for (const file of samples) await measure(`samples/${file}`, readFileSync(join('samples', file)), 50);
await measureCorpus('tests/fixtures/labelled');
await measure('tests/fixtures/mail/large-html-owner.eml', readFileSync('tests/fixtures/mail/large-html-owner.eml'), 10);
await measure('5 MB hostile HTML-only forward (generated)', hostileMessage(5 * 1024 * 1024), 5);
process.stdout.write(`rss at end ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB\n`);
await measureHistory();
