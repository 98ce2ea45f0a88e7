/** The data folder's lock and reply secret (local/data-folder.ts). */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolderInUseError, LOCK_FILE, lockDataFolder, replyTokenSecretIn, SECRET_FILE } from '../../../local/data-folder.js';

const folder = () => mkdtempSync(join(tmpdir(), 'data-folder-'));

async function pidOfAFinishedProcess(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid ?? 0;
}

describe('lockDataFolder', () => {
  it('writes our pid, and removes the lock on release (once)', () => {
    const dir = folder();
    const lock = lockDataFolder(dir);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a folder locked by a running process, naming its pid and the way out', async () => {
    // Prepare: a running node process holds the lock.
    const dir = folder();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dir, LOCK_FILE), `${holder.pid}\n`);
      // Act / Assess
      expect(() => lockDataFolder(dir)).toThrow(DataFolderInUseError);
      expect(() => lockDataFolder(dir)).toThrow(`in use by another running invite-advisor (pid ${holder.pid}): stop that one first, or pass --data-dir <another folder> or --in-memory`);
    } finally {
      holder.kill();
    }
  });

  it('takes over a stale lock (its process is gone) and an unreadable one', async () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), `${await pidOfAFinishedProcess()}\n`);
    lockDataFolder(dir).release();
    writeFileSync(join(dir, LOCK_FILE), 'garbage');
    const lock = lockDataFolder(dir);
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    lock.release();
  });

  it('leaves a lock that another process took since', () => {
    const dir = folder();
    const lock = lockDataFolder(dir);
    writeFileSync(join(dir, LOCK_FILE), '1\n');
    lock.release();
    expect(readFileSync(join(dir, LOCK_FILE), 'utf8')).toBe('1\n');
  });
});

describe('replyTokenSecretIn', () => {
  it('makes a secret once, readable by the user only, and returns the same one afterwards', () => {
    const dir = folder();
    const first = replyTokenSecretIn(dir);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(replyTokenSecretIn(dir)).toBe(first);
    expect(replyTokenSecretIn(folder())).not.toBe(first);
  });
});
