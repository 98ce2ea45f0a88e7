/**
 * The first hour with local mode (issue 14): `npm start` with options a new user may give, the banner's
 * commands as printed, `npm run send` saying what its message came to, the reply secret kept with the
 * data folder, one running npm start per data folder, and the outbox kept across restarts.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../local/data-folder.js';
import { customConfig, send, startLocalMode, words, type LocalMode } from './helpers.js';

const run = promisify(execFile);
const SAMPLE = 'samples/01-gmail-video-interview.eml';
const SAMPLE_SUBJECT = 'Interview invitation: Data Analyst at Pinecrest Outdoor';

describe('local mode with its own configuration and data folder', () => {
  const config = customConfig();
  const work = mkdtempSync(join(tmpdir(), 'first-hour-'));
  const dataDir = join(work, 'data');
  const args = ['--config', config.file, '--data-dir', dataDir, '--smtp-port', '0', '--outbox-port', '0', '--scheduler-port', '0'];
  const common = () => ['--config', config.file, '--port', String(local.smtpPort)];
  let local: LocalMode;

  beforeAll(async () => {
    local = await startLocalMode(args);
  }, 180_000);
  afterAll(async () => {
    await local?.stop();
  }, 60_000);

  it('prints a send command that works as printed, and send says what its message came to', async () => {
    // Prepare: the banner names the options npm start was given (the path has a space: quoted).
    expect(local.sendHint).toContain(`--port ${local.smtpPort}`);
    expect(local.sendHint).toContain(`--config '${config.file}'`);
    // Act
    const { code, stdout } = await send(words(local.sendHint).slice(4));
    // Assess
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^${SAMPLE}: recommended: (attend|politely decline) — "${SAMPLE_SUBJECT}"; read it at ${local.outboxUrl}`));
    expect(stdout.trim().split('\n')).toHaveLength(1);
  }, 180_000);

  it('prints a curl command that works as printed', async () => {
    expect(local.curlHint).toMatch(/^curl -sS smtp:\/\/127\.0\.0\.1:\d+ --mail-from sam@example\.org --mail-rcpt jobs@in\.example\.net --upload-file /);
    const [command, ...rest] = words(local.curlHint ?? '');
    await run(command ?? 'curl', rest, { timeout: 30_000 });
    await local.waitFor(/recommended: .*\n(.*\n)*.*recommended: /);
  }, 180_000);

  it('a file from someone else: dropped, naming the From it read, the owners configured, and the fix', async () => {
    // Prepare: a saved invitation from the user's real address, not an owner of this configuration.
    const file = join(work, 'my-invitation.eml');
    writeFileSync(file, readFileSync(SAMPLE, 'latin1').replace(/^From: .*$/m, 'From: Robin <robin@mail.example>'), 'latin1');
    // Act
    const { code, stdout } = await send([file, ...common()]);
    // Assess
    expect(code).toBe(1);
    expect(stdout).toContain("dropped: the file's From is robin@mail.example, and this local mode answers only sam@example.org, alex@example.com");
    expect(stdout).toContain(`owner.addresses in ${config.file}`);
    expect(stdout).toContain('Fix: add robin@mail.example to owner.addresses there');
    expect(stdout).toContain('pass the same --config to send');

    // …and --as-owner sends it as the first owner.
    const asOwner = await send([file, ...common(), '--as-owner']);
    expect(asOwner.stdout).toMatch(/recommended: (attend|politely decline) — "Interview invitation: Data Analyst at Pinecrest Outdoor"/);
    expect(asOwner.code).toBe(0);
  }, 180_000);

  it('an empty file: dropped, saying it has no From', async () => {
    const file = join(work, 'empty.eml');
    writeFileSync(file, '');
    const { code, stdout } = await send([file, ...common()]);
    expect(code).toBe(1);
    expect(stdout).toContain('dropped: the file has no single From address, and only mail from sam@example.org, alex@example.com');
  }, 180_000);

  it('a message from the owner without an invitation: says which note was sent', async () => {
    const file = join(work, 'hello.eml');
    writeFileSync(file, 'From: sam@example.org\r\nTo: jobs@in.example.net\r\nSubject: hello\r\nMessage-ID: <hello-1@example.org>\r\n\r\nJust saying hello.\r\n');
    const { code, stdout } = await send([file, ...common()]);
    expect(stdout).toMatch(/note sent: "invite-advisor: [^"]+"; read it at /);
    expect(code).toBe(0);
  }, 180_000);

  it('send without the --config npm start was given: refused, with the fix', async () => {
    const { code, stderr } = await send([SAMPLE, '--port', String(local.smtpPort)]);
    expect(code).toBe(1);
    expect(stderr).toContain('refused interviews@in.example.com');
    expect(stderr).toContain('pass the same --config to send');
  }, 180_000);

  it('prints one readable line per message on its terminal, and keeps subjects and addresses out of the JSON logs', () => {
    const lines = local.out().split('\n');
    const readable = lines.filter((l) => /^\[\d\d:\d\d:\d\d\] /.test(l));
    expect(readable.some((l) => l.includes(`recommended: `) && l.includes(SAMPLE_SUBJECT))).toBe(true);
    expect(readable.some((l) => /dropped: not from an owner address \(From Robin <robin@mail\.example>\); nothing sent/.test(l))).toBe(true);
    const json = lines.filter((l) => l.startsWith('{'));
    expect(json.length).toBeGreaterThan(0);
    for (const line of json) {
      expect(line).not.toContain('Pinecrest');
      expect(line).not.toContain('robin@mail.example');
      expect(line).not.toContain('hello');
    }
  });

  it('refuses a second npm start on the same data folder, naming the running one', async () => {
    const second = await run(process.execPath, ['--import', 'tsx', 'local/start.ts', ...args], { timeout: 120_000 }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`the data folder ${dataDir} is in use by another running invite-advisor (pid ${local.pid})`);
  }, 180_000);

  it('after a restart (over a stale lock) keeps the outbox and answers a reply to an earlier recommendation', async () => {
    // Prepare: the recommendation sent before the restart, and a lock left by a process that is gone.
    const outbox = join(dataDir, 'outbox');
    const recommendation = readdirSync(outbox)
      .map((name) => readFileSync(join(outbox, name), 'utf8'))
      .find((raw) => raw.includes(`Subject: Attend: ${SAMPLE_SUBJECT}`) || raw.includes(`Subject: Politely decline: ${SAMPLE_SUBJECT}`));
    const replyTo = /^Reply-To: (\S+)/m.exec(recommendation ?? '')?.[1] ?? '';
    const messageId = /^Message-ID: (\S+)/m.exec(recommendation ?? '')?.[1] ?? '';
    expect(replyTo).toMatch(/^jobs\+[a-z2-7]+@in\.example\.net$/);
    expect(await local.stop('SIGTERM')).toBe(0);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
    const gone = spawn('true');
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(join(dataDir, LOCK_FILE), `${gone.pid}\n`);

    // Act
    local = await startLocalMode(args);
    const page = await (await fetch(local.outboxUrl)).text();
    const reply = join(work, 'reply.eml');
    writeFileSync(
      reply,
      `From: sam@example.org\r\nTo: ${replyTo}\r\nSubject: Re: recommendation\r\nIn-Reply-To: ${messageId}\r\nMessage-ID: <reply-1@example.org>\r\n\r\nhistory\r\n`,
    );
    const { code, stdout } = await send([reply, ...common(), '--to', replyTo]);

    // Assess: the earlier mail is listed; the reply verified with the kept secret.
    expect(page).toContain(SAMPLE_SUBJECT);
    expect(stdout).toMatch(/note sent: "invite-advisor: your recent invitations"/);
    expect(code).toBe(0);
  }, 300_000);
});
