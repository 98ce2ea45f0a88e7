/**
 * What bench/cold-start.ts runs, bundled with the functions' esbuild options, in a fresh process, to time
 * the first message after module init against warm ones.
 *
 * It imports the inbound handler module (so the same modules load and run their top level as in Lambda),
 * then runs the inbound use case, receiveMail, the way the handler does, on one owner's forward of an
 * invitation: load the use case's chunk (functions/handlers/inbound-use-case.ts, which the handler loads
 * with `import()` at its first message) with the fakes, load and validate the configuration (the handler
 * does this at its first invocation), parse → trust → extract → decide → drafts → render → MIME build of
 * the reply. The SDK clients' chunk, which the handler loads beside the use case's, is loaded too, but not
 * used: the ports are fakes (in-memory store, raw mail, recording mailer), AWS calls are not what is
 * measured here.
 *
 * Usage: node <bundle> <config file> <mail file> <warm runs>; prints one JSON line
 * `{ "firstMs": …, "warmMs": [ … ], "firstCpuMs": …, "warmCpuMs": [ … ] }` (wall and CPU time of each
 * message: on a shared machine the CPU time is the steadier of the two).
 */
import { readFileSync } from 'node:fs';
import type { InboundDeps } from '../functions/app/ports.js';
import { handler } from '../functions/handlers/inbound.js';

// The handler is imported for its module's top level (and everything it imports), not called.
void handler;

const [configFile = '', mailFile = '', warmRuns = '20'] = process.argv.slice(2);
const raw = readFileSync(mailFile);
// The header fields as SES lists them in its event (unfolded), without a MIME parser: parsing here
// would warm the parser before the first message is timed.
const headerBlock = raw.toString('latin1').split(/\r?\n\r?\n/, 1)[0] ?? '';
const headers = headerBlock
  .replace(/\r?\n[ \t]+/g, ' ')
  .split(/\r?\n/)
  .map((line) => ({ name: line.slice(0, line.indexOf(':')), value: line.slice(line.indexOf(':') + 1).trim() }));

let deps: InboundDeps | undefined;
let sequence = 0;

async function oneMessage(): Promise<{ ms: number; cpuMs: number }> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  // What the handler loads at its first message: the use case's chunk (with the fakes, timed with it) and
  // the SDK clients' (loaded, not used: the ports are fakes).
  const [{ receiveMail, loadConfig, fakes }] = await Promise.all([import('./cold-start-probe-message.js'), import('../functions/handlers/dependencies.js')]);
  const { MemoryInviteStore, MemoryOwnerMailStore, MemoryFollowThroughStore, MemoryScheduler, deliver, FakeMailAccount, MemoryRawMail, NOW, RecordingDraftSender, RecordingLogger, RecordingMailer, SettableClock, TOKEN_SECRET } = fakes;
  deps ??= {
    config: loadConfig(configFile),
    tokenSecret: TOKEN_SECRET,
    claimLeaseSeconds: 60,
    rawMail: new MemoryRawMail(),
    store: new MemoryInviteStore(),
    ownerMail: new MemoryOwnerMailStore(),
    mailer: new RecordingMailer(),
    draftSender: new RecordingDraftSender(),
    account: new FakeMailAccount(true),
    scheduler: new MemoryScheduler(),
    followThrough: new MemoryFollowThroughStore(),
    clock: new SettableClock(NOW),
    log: new RecordingLogger(),
  };
  sequence += 1;
  const delivery = deliver(deps.rawMail as InstanceType<typeof MemoryRawMail>, `probe-${sequence}`, raw, { headers });
  const result = await receiveMail(deps, delivery);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  if (!('outcome' in result) || result.outcome !== 'recommended') throw new Error(`the probe message was not recommended: ${JSON.stringify(result)}`);
  return { ms, cpuMs: (used.user + used.system) / 1000 };
}

const first = await oneMessage();
const warm: { ms: number; cpuMs: number }[] = [];
for (let i = 0; i < Number(warmRuns); i += 1) warm.push(await oneMessage());
process.stdout.write(`${JSON.stringify({ firstMs: first.ms, warmMs: warm.map((w) => w.ms), firstCpuMs: first.cpuMs, warmCpuMs: warm.map((w) => w.cpuMs) })}\n`);
