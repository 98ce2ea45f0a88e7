/**
 * What local mode keeps in its data folder besides the tables and the mail: a lock naming the process
 * that uses the folder (DynamoDB Local must never open one database file twice), and the reply-token
 * secret, kept with the data it signed so that replies to earlier recommendations still verify after a
 * restart (a fresh secret comes only with a fresh folder or --in-memory).
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'invite-advisor.lock';
export const SECRET_FILE = 'reply-token-secret';

export class DataFolderInUseError extends Error {
  override readonly name = 'DataFolderInUseError';
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the data folder ${dataDir} is in use by another running invite-advisor (pid ${pid}): stop that one first, or pass --data-dir <another folder> or --in-memory`,
    );
  }
}

export interface DataLock {
  /** Removes the lock if it is still ours; safe to call more than once. */
  release(): void;
}

/**
 * Takes the folder's lock: a file created exclusively, holding our pid. A lock whose process is gone
 * (a crash, a kill -9) is stale and taken over; one whose process still runs is refused.
 */
export function lockDataFolder(dataDir: string, pid = process.pid): DataLock {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      writeSync(fd, `${pid}\n`);
      closeSync(fd);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          if (lockHolder(path) === pid) unlinkSync(path);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = lockHolder(path);
      if (holder !== null && holder !== pid && isRunning(holder)) throw new DataFolderInUseError(dataDir, holder);
      // Stale (or unreadable: a crash while writing it): take it over.
      try {
        unlinkSync(path);
      } catch (unlinkError) {
        if ((unlinkError as NodeJS.ErrnoException).code !== 'ENOENT') throw unlinkError;
      }
    }
  }
  throw new Error(`could not take the lock ${path}: another invite-advisor is starting with the same data folder`);
}

function lockHolder(path: string): number | null {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Whether a process with this pid runs. A pid can be reused after a crash: where /proc exists, the
 * process must also be a Node program (ours runs under node), or the lock counts as stale.
 */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /node|tsx/.test(commandLine);
  } catch {
    return true;
  }
}

/** The reply-token secret kept in the folder, made (readable by the user only) on first use. */
export function replyTokenSecretIn(dataDir: string): string {
  const path = join(dataDir, SECRET_FILE);
  try {
    const kept = readFileSync(path, 'utf8').trim();
    if (kept.length >= 32) return kept;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = newReplyTokenSecret();
  const fd = openSync(path, 'w', 0o600);
  writeSync(fd, `${secret}\n`);
  closeSync(fd);
  return secret;
}

export function newReplyTokenSecret(): string {
  return randomBytes(32).toString('base64url');
}
