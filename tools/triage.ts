/**
 * `npm run --silent triage -- <message.eml> [--json] [--profile <file>]`
 * Reads one raw message and prints the recommendation (docs/triage-contract.md).
 * No network, no stored history, no reply token: what a first-time owner with that profile would get.
 */
import './regexp-tiering.js';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadProfile } from '../functions/config/load.js';
import { OwnerSchema, PreferencesSchema, type Profile } from '../functions/config/schema.js';
import { InviteAdvisorError } from '../functions/errors.js';
import { parseMessage } from '../functions/core/mail/mail.js';
import { renderTriage } from '../functions/core/write/write.js';
import { readAsOwner, recommend, toTriageJson } from '../functions/core/triage/triage.js';

const USAGE = 'usage: npm run --silent triage -- <message.eml> [--json] [--profile <file>]';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, profile: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = args.positionals[0];
  if (!file) return fail(USAGE, 2);
  if (args.positionals.length > 1) return fail(`one message at a time (got ${args.positionals.length} files)\n${USAGE}`, 2);

  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch (error) {
    return fail(`cannot read ${file}: ${readableCode(error)}`);
  }
  let profile: Profile = {};
  try {
    if (args.values.profile) profile = loadProfile(args.values.profile);
  } catch (error) {
    if (error instanceof InviteAdvisorError) return fail(`--profile: ${error.message}`);
    throw error;
  }
  try {
    const message = await parseMessage(raw);
    // Without a profile naming them, the owner is whoever sent the outer message.
    let owner = OwnerSchema.parse({
      addresses: profile.owner?.addresses ?? (message.from ? [message.from.address] : ['owner@invalid.example']),
      formerAddresses: profile.owner?.formerAddresses ?? [],
      name: profile.owner?.name ?? message.from?.name ?? message.from?.address ?? 'Your name',
      timeZone: profile.owner?.timeZone ?? 'UTC',
      ...(profile.owner?.signature !== undefined ? { signature: profile.owner.signature } : {}),
      ...(profile.owner?.availability !== undefined ? { availability: profile.owner.availability } : {}),
    });
    const preferences = profile.preferences ?? PreferencesSchema.parse({});
    // The mail is read once; only the recommendation depends on whom the drafts are signed by.
    const reading = await readAsOwner(message, owner, profile.owner?.timeZone !== undefined);
    // An invitation saved as it arrived (no forward in it) was received, not sent, by the person trying
    // this: its drafts are signed by its first recipient, not by the recruiter who sent it.
    const recipient = message.to[0];
    if (!profile.owner?.name && !reading.forward.forwarded && recipient && recipient.address !== message.from?.address) {
      owner = OwnerSchema.parse({ ...owner, name: recipient.name ?? recipient.address });
    }
    const triage = recommend(reading, owner, preferences);
    if (args.values.json) {
      process.stdout.write(`${JSON.stringify(toTriageJson(triage), null, 2)}\n`);
    } else {
      const rendered = renderTriage(triage, owner);
      const heading = triage.facts.isInvite ? '' : 'Note: this does not look like an interview invitation.\n\n';
      process.stdout.write(`Subject: ${rendered.subject}\n\n${heading}${rendered.text}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof InviteAdvisorError) return fail(`${file}: ${error.message}`);
    throw error;
  }
}

/** Exit 1: the file or the profile could not be used; exit 2: the command line was wrong. */
function fail(message: string, code = 1): number {
  process.stderr.write(`triage: ${message.split('\n').join('\ntriage: ')}\n`);
  return code;
}

function readableCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const words: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'it is a folder, not a file', EACCES: 'permission denied' };
  return (code && words[code]) ?? (error as Error).message;
}

process.exitCode = await main(process.argv.slice(2));
