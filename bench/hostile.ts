/**
 * Memory and time of the worst hostile inputs (issue #16, items 1 and 5): each runs through the inbound
 * use case (receiveMail with in-memory ports, the function's whole work but AWS) three times in a fresh
 * Node process of its own, after one ordinary forward has warmed the modules, so one input's memory is
 * not another's. Printed per input: its size, the time of the slowest run, how much the process's peak
 * resident memory grew (after the first run, after the third: growth that stays is retained memory), the
 * outcome, the reply's size and the stored invitation's size (its JSON, close to DynamoDB's item size).
 *
 *   tsx bench/hostile.ts               all inputs, one child process each
 *   tsx bench/hostile.ts --probe <k>   one input in this process (what each child runs)
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MemoryFollowThroughStore, MemoryScheduler } from '../tests/fakes/memory-follow-through.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = 3;
const HEAD = 'From: Alex Morgan <alex@example.com>\r\nTo: interviews@in.example.com\r\nDate: Mon, 2 Mar 2026 10:00:00 -0500\r\nMIME-Version: 1.0\r\n';
const INVITE = 'We would like to invite you to an interview for the Data Analyst role at Acme on Thursday, March 12 at 2:30 pm ET.';
const FORWARD_HEADER = '---------- Forwarded message ---------\r\nFrom: Pat Lee <pat@acme.example>\r\nDate: Mon, 2 Mar 2026 at 09:00\r\nSubject: Interview invitation\r\nTo: Alex Morgan <alex@example.com>\r\n\r\n';

/** A 5 MB HTML-only forward: deeply nested markup, one very long line, thousands of date-like phrases. */
function hugeHtml(): Buffer {
  const invite = `<p>---------- Forwarded message ---------<br>From: Pat &lt;pat@acme.example&gt;<br>Subject: Interview invitation<br><br>${INVITE}</p>`;
  const nest = '<div><span><b><i>'.repeat(2000) + 'deep' + '</i></b></span></div>'.repeat(2000);
  let body = invite + nest;
  const filler = '<td>Tuesday 10am, Wednesday at 3pm, next Friday 9:30 &amp; more</td>';
  while (body.length < 5 * 1024 * 1024) body += filler.repeat(1000);
  return Buffer.from(`${HEAD}Subject: Fwd: Interview invitation\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body.slice(0, 5 * 1024 * 1024)}`);
}

/** A forward of 5,000 MIME parts: the invitation first, then small text parts and attachments. */
function manyParts(): Buffer {
  const boundary = 'b-many-parts';
  const parts = [`Content-Type: text/plain; charset=utf-8\r\n\r\n${FORWARD_HEADER}${INVITE}\r\n`];
  for (let i = 1; i < 5000; i += 1) {
    parts.push(
      i % 2
        ? `Content-Type: text/plain; charset=utf-8\r\n\r\nPart ${i}: Monday at ${i % 12} pm works too.\r\n`
        : `Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="part-${i}.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\nAAECAwQFBgc=\r\n`,
    );
  }
  return Buffer.from(`${HEAD}Subject: Fwd: Interview invitation\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n${parts.map((p) => `--${boundary}\r\n${p}`).join('')}--${boundary}--\r\n`);
}

/** A forward whose calendar holds 5,000 events. */
function manyEvents(): Buffer {
  const events = Array.from({ length: 5000 }, (_, i) => {
    const day = new Date(Date.UTC(2026, 2, 12) + i * 3_600_000).toISOString().replace(/[-:]/g, '').slice(0, 15);
    return `BEGIN:VEVENT\r\nUID:event-${i}@acme.example\r\nDTSTAMP:20260302T090000Z\r\nDTSTART:${day}Z\r\nDURATION:PT45M\r\nSUMMARY:Interview slot ${i}\r\nEND:VEVENT\r\n`;
  }).join('');
  const ics = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Acme//EN\r\nMETHOD:REQUEST\r\n${events}END:VCALENDAR\r\n`;
  const boundary = 'b-many-events';
  return Buffer.from(
    `${HEAD}Subject: Fwd: Interview invitation\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${FORWARD_HEADER}${INVITE} Pick any slot in the attached calendar.\r\n--${boundary}\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\nContent-Disposition: attachment; filename="invite.ics"\r\n\r\n${ics}--${boundary}--\r\n`,
  );
}

/** A forward whose subject, and the original's, are 1,000,000 characters. */
function hugeSubject(): Buffer {
  const subject = `Interview invitation ${'and more '.repeat(111_111)}`.slice(0, 1_000_000);
  return Buffer.from(`${HEAD}Subject: Fwd: ${subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${FORWARD_HEADER.replace('Subject: Interview invitation', `Subject: ${subject}`)}${INVITE}\r\n`);
}

const INPUTS: Record<string, { label: string; make: () => Buffer | Promise<Buffer> }> = {
  html: { label: 'huge HTML (5 MB, HTML only)', make: hugeHtml },
  parts: { label: '5,000 MIME parts', make: manyParts },
  events: { label: 'a calendar of 5,000 events', make: manyEvents },
  subject: { label: 'a 1,000,000-character subject', make: hugeSubject },
};

interface ProbeResult {
  bytes: number;
  slowestMs: number;
  rssGrowthMb: number[];
  outcome: string;
  replyBytes: number;
  storedBytes: number;
}

/** One input, RUNS times, in this process (a child of `measureHostile`). */
async function probe(kind: string): Promise<ProbeResult> {
  const { receiveMail } = await import('../functions/app/receive-mail.js');
  const { loadConfig } = await import('../functions/config/load.js');
  const { MemoryInviteStore } = await import('../tests/fakes/memory-store.js');
  const { MemoryOwnerMailStore } = await import('../tests/fakes/memory-owner-mail.js');
  const fakes = await import('../tests/fakes/ports.js');
  const input = INPUTS[kind];
  if (!input) throw new Error(`hostile: no input "${kind}"`);
  const config = loadConfig(`${ROOT}local/local.config.json`);
  const depsFor = () => ({
    config,
    tokenSecret: fakes.TOKEN_SECRET,
    claimLeaseSeconds: 60,
    rawMail: new fakes.MemoryRawMail(),
    store: new MemoryInviteStore(),
    ownerMail: new MemoryOwnerMailStore(),
    mailer: new fakes.RecordingMailer(),
    draftSender: new fakes.RecordingDraftSender(),
    account: new fakes.FakeMailAccount(true),
    scheduler: new MemoryScheduler(),
    followThrough: new MemoryFollowThroughStore(),
    clock: new fakes.SettableClock(fakes.NOW),
    log: new fakes.RecordingLogger(),
  });
  // Warm: one ordinary forward, so module loading and compiling is not counted.
  const warm = depsFor();
  await receiveMail(warm, fakes.deliver(warm.rawMail, 'warm', readFileSync(`${ROOT}tests/fixtures/mail/forward-gmail-owner.eml`)));
  const raw = await input.make();
  const maxRss = () => process.resourceUsage().maxRSS / 1024;
  global.gc?.();
  const before = maxRss();
  const growth: number[] = [];
  let slowest = 0;
  let last = { outcome: '', replyBytes: 0, storedBytes: 0 };
  for (let run = 1; run <= RUNS; run += 1) {
    const deps = depsFor();
    const start = process.hrtime.bigint();
    const result = await receiveMail(deps, fakes.deliver(deps.rawMail, `hostile-${run}`, raw));
    slowest = Math.max(slowest, Number(process.hrtime.bigint() - start) / 1e6);
    const inviteId = 'inviteId' in result ? result.inviteId : undefined;
    const stored = inviteId ? await deps.store.getInvitation(inviteId) : null;
    last = { outcome: result.outcome, replyBytes: deps.mailer.sent[0]?.raw.length ?? 0, storedBytes: stored ? Buffer.byteLength(JSON.stringify(stored)) : 0 };
    if (run === 1 || run === RUNS) growth.push(maxRss() - before);
  }
  return { bytes: raw.length, slowestMs: slowest, rssGrowthMb: growth, ...last };
}

/** Each input in a child process of its own; the lines `npm run bench` prints. */
export function measureHostile(): string[] {
  const lines = [`hostile inputs (each in a fresh process, warmed by one ordinary forward, ${RUNS} runs of the inbound use case on in-memory ports):`];
  for (const [kind, { label }] of Object.entries(INPUTS)) {
    const child = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--probe', kind], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'ERROR' },
    });
    const json = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !json.startsWith('{')) {
      lines.push(`  ${label.padEnd(32)} FAILED (status ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' | ').slice(0, 300)}`);
      continue;
    }
    const r = JSON.parse(json) as ProbeResult;
    const mb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(0)} KB`);
    lines.push(
      `  ${label.padEnd(32)} ${mb(r.bytes).padStart(8)}: slowest run ${r.slowestMs.toFixed(0)} ms, peak RSS +${(r.rssGrowthMb[0] ?? 0).toFixed(0)} MB after one run, +${(r.rssGrowthMb.at(-1) ?? 0).toFixed(0)} MB after ${RUNS}; ${r.outcome}, reply ${mb(r.replyBytes)}, stored item ${r.storedBytes ? mb(r.storedBytes) : 'none'}`,
    );
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--probe');
  if (at >= 0) process.stdout.write(`${JSON.stringify(await probe(process.argv[at + 1] ?? ''))}\n`);
  else process.stdout.write(`${measureHostile().join('\n')}\n`);
}
