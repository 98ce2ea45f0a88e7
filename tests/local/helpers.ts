/** Local mode as a child process, the way a new user runs it: `npm start`, `npm run send`. */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Generous: DynamoDB Local's JVM starts slowly on a busy machine. Never asserted, only waited for. */
const READY_WAIT_MS = 150_000;

export interface LocalMode {
  child: ChildProcess;
  /** the pid of the process signalled by `stop` (npm's own when started through npm) */
  pid: number;
  /** stdout so far */
  out(): string;
  err(): string;
  banner: string;
  /** the banner's `npm run send -- …` line, as printed */
  sendHint: string;
  curlHint: string | undefined;
  smtpPort: number;
  outboxUrl: string;
  /** resolves with stdout once it matches */
  waitFor(pattern: RegExp): Promise<string>;
  /** signals `pid` and resolves with the exit code of the child */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/**
 * Starts local mode and waits for its banner. `viaNpm`: `npm start -- …` (the process signalled is
 * npm's), else `node --import tsx local/start.ts …` directly.
 */
export async function startLocalMode(args: string[], options: { viaNpm?: boolean } = {}): Promise<LocalMode> {
  // The function's JSON logs as a user sees them (the test run itself quiets them to errors).
  const spawnOptions = { stdio: ['ignore', 'pipe', 'pipe'] as ['ignore', 'pipe', 'pipe'], env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'INFO' } };
  const child = options.viaNpm
    ? spawn('npm', ['start', '--', ...args], spawnOptions)
    : spawn(process.execPath, ['--import', 'tsx', 'local/start.ts', ...args], spawnOptions);
  let out = '';
  let err = '';
  const watchers = new Set<() => void>();
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const watch of watchers) watch();
  });
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = (pattern: RegExp): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        if (!pattern.test(out)) return;
        finish();
        resolve(out);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`local mode never printed ${pattern}:\n${out}\n${err}`));
      }, READY_WAIT_MS);
      const finish = (): void => {
        clearTimeout(timer);
        watchers.delete(check);
      };
      watchers.add(check);
      void exited.then(() => {
        if (watchers.has(check)) {
          finish();
          reject(new Error(`local mode exited before printing ${pattern}:\n${out}\n${err}`));
        }
      });
      check();
    });
  const banner = await waitFor(/Press Ctrl-C to stop/);
  const line = (prefix: RegExp) => banner.split('\n').find((l) => prefix.test(l))?.trim();
  return {
    child,
    pid: child.pid ?? 0,
    out: () => out,
    err: () => err,
    banner,
    sendHint: line(/^\s+npm run send -- /) ?? '',
    curlHint: line(/^\s+curl /),
    smtpPort: Number(/smtp:\/\/127\.0\.0\.1:(\d+)/.exec(banner)?.[1]),
    outboxUrl: /Outbox\s+(http:\/\/\S+)/.exec(banner)?.[1] ?? '',
    waitFor,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
    exited,
  };
}

/** `npm run --silent send -- …`: its exit code and output. */
export async function send(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'send', '--', ...args], { timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Every process below `pid` (children, their children…), from `ps`. */
export function descendantsOf(pid: number): number[] {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((row) => row.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const visit = (parent: number): void => {
    for (const [child, ppid] of table) {
      if (ppid === parent && !found.includes(child)) {
        found.push(child);
        visit(child);
      }
    }
  };
  visit(pid);
  return found;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until none of these processes runs (or gives up after a while and returns those left). */
export async function whenGone(pids: number[]): Promise<number[]> {
  for (let i = 0; i < 300; i += 1) {
    const left = pids.filter(isAlive);
    if (!left.length) return [];
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return pids.filter(isAlive);
}

/** A configuration file unlike local mode's default: another inbox, and a second owner first. */
export function customConfig(): { file: string; inbox: string; owners: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'local-config-'));
  const config = JSON.parse(readFileSync('local/local.config.json', 'utf8')) as Record<string, Record<string, unknown>>;
  const inbox = 'jobs@in.example.net';
  const owners = ['sam@example.org', 'alex@example.com'];
  config.inbox = { address: inbox };
  config.sending = { address: 'advisor@in.example.net', name: 'invite-advisor' };
  config.owner = { ...config.owner, addresses: owners };
  const file = join(dir, 'my config.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return { file, inbox, owners };
}

/** The shell words of a printed command line (single quotes as the banner writes them). */
export function words(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replace(/'\\''/g, "'") : (m[2] ?? '')));
}
