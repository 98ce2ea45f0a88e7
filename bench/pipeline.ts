/**
 * The pure pipeline per message, against the bare mailparser parse of the same message, measured side
 * by side in one process (issue #16, items 2 and 5): the functions' bundle of this file (bench/pipeline-probe.ts,
 * run by bench/pipeline-bundled.ts in a fresh process, as a deployed function runs):
 *
 *   bare parse   mailparser's simpleParser(raw), default options: the floor
 *   reading      parse → find the forward and the note → extract → decide → drafts (the triage)
 *   whole        reading → render the recommendation → calendar hold → the reply's raw MIME
 *
 * over the samples and the labelled corpus (never the blind corpus's frozen test part). Each round runs
 * the three for one message after another, so a swing in the machine's load hits all three alike; the
 * ratio of a message is its best time against its own bare parse's best. The owner is whoever sent the
 * outer message, as in `npm run triage` without a profile.
 *
 * Where the time goes: a second pass, in the process that imports this file (tsx; tools/regexp-tiering.ts set,
 * nothing else loaded before it), runs under V8's sampling profiler (node:inspector) and gives each
 * sample's time to the stage of the deepest project frame on its stack (the file it is in), and to the
 * package of the innermost frame (a library, Node's own code, or the project).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { OwnerSchema, PreferencesSchema } from '../functions/config/schema.js';
import { parseMessage } from '../functions/core/mail/mail.js';
import { triageMessage, type OwnerProfile } from '../functions/core/triage/triage.js';
import { buildMime, calendarHold, ownerWords, renderTriage } from '../functions/core/write/write.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const preferences = PreferencesSchema.parse({});
const NOW = new Date('2026-03-02T15:00:00Z');

export interface BenchMessage {
  name: string;
  raw: Buffer;
  /** whoever sent the outer message (read once, outside the timed work) */
  owner: OwnerProfile;
}

/** The samples and the labelled corpus (of the checkout at `root`: a bundled copy of this file is not in it). */
export async function benchMessages(root = ROOT): Promise<BenchMessage[]> {
  const folder = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, raw: readFileSync(join(root, dir, f)) }));
  return Promise.all(
    [...folder('samples'), ...folder('tests/fixtures/labelled')].map(async (m) => {
      const from = (await simpleParser(m.raw)).from?.value[0];
      const owner = OwnerSchema.parse({ addresses: [from?.address || 'owner@invalid.example'], name: from?.name || from?.address || 'Your name', timeZone: 'America/New_York' });
      return { ...m, owner: owner as OwnerProfile };
    }),
  );
}

export async function bareParse({ raw }: BenchMessage): Promise<void> {
  await simpleParser(raw);
}

/** parse → forward → extract → decide → drafts. */
export async function reading({ raw, owner }: BenchMessage) {
  return triageMessage(await parseMessage(raw), owner, preferences);
}

/** The reading, then the reply as the function writes it (app/owner-mail.ts): rendered, with its calendar hold, as raw MIME. */
export async function whole(message: BenchMessage): Promise<Buffer> {
  const { owner } = message;
  const triage = await reading(message);
  const rendered = renderTriage(triage, owner, { choiceAddress: null, commandsEnabled: true });
  const hold = calendarHold(triage.inviteId, triage.facts, NOW);
  return buildMime({
    messageId: '<bench@in.example.com>',
    from: { name: 'invite-advisor', address: 'advisor@in.example.com' },
    to: [owner.addresses[0] ?? 'owner@invalid.example'],
    replyTo: 'interviews+token@in.example.com',
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    inReplyTo: '<forward@example.com>',
    references: ['<forward@example.com>'],
    autoSubmitted: true,
    date: NOW,
    attachments: hold ? [{ filename: ownerWords.calendarHold.fileName, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: hold }] : [],
  });
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work().catch(() => undefined);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface PerMessage {
  name: string;
  bytes: number;
  bare: number;
  reading: number;
  whole: number;
}

/**
 * Per message, the best of `rounds` rounds (after one warm-up round): on a machine shared with other
 * work, the fastest run is the one least disturbed, for the bare parse and the pipeline alike.
 */
export async function measurePerMessage(messages: readonly BenchMessage[], rounds: number): Promise<PerMessage[]> {
  for (const message of messages) {
    await bareParse(message).catch(() => undefined);
    await whole(message).catch(() => undefined);
  }
  const times = messages.map(() => ({ bare: [] as number[], reading: [] as number[], whole: [] as number[] }));
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, message] of messages.entries()) {
      const t = times[i]!;
      t.bare.push(await timed(() => bareParse(message)));
      t.reading.push(await timed(() => reading(message)));
      t.whole.push(await timed(() => whole(message)));
    }
  }
  const best = (values: number[]) => Math.min(...values);
  return messages.map(({ name, raw }, i) => ({ name, bytes: raw.length, bare: best(times[i]!.bare), reading: best(times[i]!.reading), whole: best(times[i]!.whole) }));
}

/** The lines `npm run bench` prints for the per-message figures. */
export function perMessageLines(results: readonly PerMessage[], rounds: number): string[] {
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const ratio = (r: PerMessage, key: 'reading' | 'whole') => r[key] / r.bare;
  const summary = (key: 'bare' | 'reading' | 'whole') => {
    const values = results.map((r) => r[key]);
    const line = `median ${ms(median(values))}, worst ${ms(Math.max(...values))}`;
    if (key === 'bare') return line;
    const ratios = results.map((r) => ({ name: r.name, value: ratio(r, key) }));
    const worst = ratios.reduce((a, b) => (b.value > a.value ? b : a));
    return `${line}; ratio to the bare parse: median ${median(ratios.map((r) => r.value)).toFixed(2)}×, worst ${worst.value.toFixed(2)}× (${worst.name})`;
  };
  return [
    `per message: ${results.length} messages (samples/ and tests/fixtures/labelled/), best of ${rounds} rounds each, side by side, in a fresh process running the pipeline bundled as the functions are; median and worst over the messages`,
    `  bare mailparser parse      ${summary('bare')}`,
    `  reading (parse → decide)   ${summary('reading')}`,
    `  whole (→ reply MIME)       ${summary('whole')}`,
  ];
}

/** The stage a project file belongs to (functions/core/<shelf>/<file>). */
function stageOf(path: string): string | null {
  const rel = relative(ROOT, path);
  const match = /^functions\/core\/(\w+)\/([\w-]+)\.ts$/.exec(rel) ?? /^(templates)\/([\w-]+)\.ts$/.exec(rel);
  if (!match) return null;
  const [, shelf = '', file = ''] = match;
  if (shelf === 'mail') return file === 'parse' ? 'parse (mailparser)' : 'mail (addresses, dates)';
  if (shelf === 'extract') return file === 'forward' ? 'forward and note' : file === 'times' ? 'extract: times (chrono)' : 'extract';
  if (shelf === 'decide') return file === 'reader' || file === 'concepts' ? 'decide: the note reader' : 'decide';
  if (shelf === 'write') return file === 'mime' ? 'MIME (nodemailer)' : file === 'drafts' ? 'drafts' : file === 'calendar-hold' ? 'calendar hold (ics)' : 'render';
  if (shelf === 'templates') return 'render';
  return shelf;
}

/** Where a frame's code comes from: a package, Node itself, or the project. */
function packageOf(url: string): string {
  if (!url) return '(V8 and natives)';
  if (url.startsWith('node:')) return '(node core)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  return pkg ?? (path.startsWith(ROOT) ? '(project code)' : '(other)');
}

/** The stage of the work a library does in callbacks of its own (no project frame on the stack). */
const LIBRARY_STAGES: Record<string, string> = {
  mailparser: 'parse (mailparser)',
  '@zone-eu/mailsplit': 'parse (mailparser)',
  libmime: 'parse (mailparser)',
  libqp: 'parse (mailparser)',
  libbase64: 'parse (mailparser)',
  'iconv-lite': 'parse (mailparser)',
  'encoding-japanese': 'parse (mailparser)',
  'html-to-text': 'parse (mailparser)',
  nodemailer: 'MIME (nodemailer)',
};

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

/** Each stage's share, and the largest packages' (self time), over every message, whole pipeline. */
export async function stageShares(messages: readonly BenchMessage[], rounds: number): Promise<string[]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  for (let round = 0; round < rounds; round += 1) for (const message of messages) await whole(message).catch(() => undefined);
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  session.disconnect();

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stageCache = new Map<number, string>();
  const stageAt = (id: number): string => {
    const cached = stageCache.get(id);
    if (cached) return cached;
    const node = byId.get(id);
    const url = node?.callFrame.url ?? '';
    const own = url.startsWith('file://') ? stageOf(fileURLToPath(url)) : null;
    const up = parent.get(id);
    const stage = own ?? (up === undefined ? '(other: GC, the event loop, the bench)' : stageAt(up));
    stageCache.set(id, stage);
    return stage;
  };
  const stages = new Map<string, number>();
  const packages = new Map<string, number>();
  const files = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return;
    total += dt;
    // A stack with no project frame is a stream or timer callback: its work is the stage of the library
    // that runs it (mailparser parses in stream callbacks).
    let stage = stageAt(id);
    if (stage.startsWith('(other')) {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const library = LIBRARY_STAGES[packageOf(byId.get(at)?.callFrame.url ?? '')];
        if (library) {
          stage = library;
          break;
        }
      }
    }
    stages.set(stage, (stages.get(stage) ?? 0) + dt);
    const pkg = node.callFrame.functionName === '(garbage collector)' ? '(garbage collector)' : packageOf(node.callFrame.url);
    packages.set(pkg, (packages.get(pkg) ?? 0) + dt);
    if (pkg === '(project code)') {
      const file = relative(ROOT, fileURLToPath(node.callFrame.url));
      files.set(file, (files.get(file) ?? 0) + dt);
    }
  });
  const share = (entries: Map<string, number>, top: number) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => `${name} ${((100 * t) / total).toFixed(1)}%`)
      .join(', ');
  return [
    `where the time goes (sampling profiler, whole pipeline, ${rounds} rounds of every message; self time):`,
    `  by stage:   ${share(stages, 14)}`,
    `  by package: ${share(packages, 10)}`,
    `  project files: ${share(files, 8)}`,
  ];
}

/**
 * `npx tsx bench/pipeline.ts [rounds]`: the per-message lines and where the time goes, alone (what
 * `npm run bench` prints first, without the slower measures after it); `rounds` defaults to 5.
 */
// (Not when bundled into bench/pipeline-probe.ts, whose index.mjs is process.argv[1] there.)
if (import.meta.url === `file://${process.argv[1]}` && import.meta.url.endsWith('/bench/pipeline.ts')) {
  const { cpus, loadavg } = await import('node:os');
  const rounds = Number(process.argv[2] ?? 5);
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write(`bench/pipeline.ts: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus()[0]?.model.trim() ?? 'unknown CPU'} × ${cpus().length}, Node ${process.version}, load average ${load()}\n`);
  const shares = await stageShares(await benchMessages(), 2);
  const { measurePerMessageAsDeployed } = await import('./pipeline-bundled.js');
  process.stdout.write(`${perMessageLines(measurePerMessageAsDeployed(rounds), rounds).join('\n')}\n`);
  process.stdout.write(`${shares.join('\n')}\n`);
  process.stdout.write(`load average now ${load()}\n`);
}
