import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a configuration to a temporary file, as the doctor reads files. */
export function configFile(config: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'invite-advisor-doctor-')), 'config.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}
