/**
 * `npm start` stopped by its process id, as a script or a process manager stops it: npm's own pid gets
 * SIGTERM or SIGHUP (npm passes SIGTERM on and dies of SIGHUP). Everything it started must go: the node
 * process, DynamoDB Local's JVM, the ports, the data folder's lock, the temporary folder of --in-memory.
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../local/data-folder.js';
import { descendantsOf, startLocalMode, whenGone } from './helpers.js';

/** Whether something still accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start stops everything it started', () => {
  it('on SIGTERM to npm, with a data folder: no process left, ports free, lock removed', async () => {
    // Prepare
    const dataDir = join(mkdtempSync(join(tmpdir(), 'stop-term-')), 'data');
    const local = await startLocalMode(['--data-dir', dataDir, '--smtp-port', '0', '--outbox-port', '0', '--scheduler-port', '0'], { viaNpm: true });
    const started = descendantsOf(local.pid);
    expect(started.length).toBeGreaterThanOrEqual(2); // node, and DynamoDB Local's java at least
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
    // Act
    await local.stop('SIGTERM');
    // Assess
    expect(await whenGone(started)).toEqual([]);
    expect(await listening(local.smtpPort)).toBe(false);
    expect(await listening(Number(new URL(local.outboxUrl).port))).toBe(false);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  }, 240_000);

  it('on SIGHUP to npm, in memory: no process left, and the temporary folder is removed', async () => {
    // Prepare
    const local = await startLocalMode(['--in-memory', '--smtp-port', '0', '--outbox-port', '0', '--scheduler-port', '0'], { viaNpm: true });
    const temporary = /\.eml copies in (\S+)\/outbox, removed at stop/.exec(local.banner)?.[1] ?? '';
    expect(existsSync(temporary)).toBe(true);
    const started = descendantsOf(local.pid);
    // Act
    await local.stop('SIGHUP');
    // Assess
    expect(await whenGone(started)).toEqual([]);
    expect(await listening(local.smtpPort)).toBe(false);
    expect(existsSync(temporary)).toBe(false);
  }, 240_000);
});
