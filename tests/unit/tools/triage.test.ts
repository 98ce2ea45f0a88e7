/** The triage command as outside checks run it (docs/triage-contract.md). */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
async function triage(...args: string[]) {
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'triage', '--', ...args], { env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run triage', () => {
  it('prints exactly one JSON object with --json, for a forwarded invitation', async () => {
    const { code, stdout } = await triage('samples/03-apple-mail-onsite-decline.eml', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      isInvite: true,
      forwarded: true,
      note: "the role is a dud and they've had three rounds of layoffs, the company is winding down",
      format: 'onsite',
      decision: { verdict: 'decline', reasons: [{ code: 'nothing-appealing' }] },
      drafts: { accept: { to: 'marcus.lee@halvorsenprinting.example' }, decline: { subject: 'Re: Onsite interview - Document Control Clerk' } },
    });
  });

  it('uses the owner addresses of --profile, and exits 0 with isInvite false for mail that is no invitation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-'));
    const profile = join(dir, 'profile.json');
    writeFileSync(profile, JSON.stringify({ owner: { addresses: ['alex@example.com'], name: 'Alex Morgan', timeZone: 'Europe/Paris' } }));
    const { code, stdout } = await triage('tests/fixtures/mail/not-an-invite-owner.eml', '--json', '--profile', profile);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).isInvite).toBe(false);
  });

  it('prints the recommendation as the owner would read it without --json', async () => {
    const { code, stdout } = await triage('samples/01-gmail-video-interview.eml');
    expect(code).toBe(0);
    expect(stdout).toContain('Recommendation: attend');
    expect(stdout).toContain('== Draft 2: polite decline ==');
  });

  it.each([
    ['garbage bytes', 'tests/fixtures/mail/garbage.bin', /not a mail message/],
    ['a missing file', 'tests/fixtures/mail/does-not-exist.eml', /cannot read/],
  ])('exits non-zero with a one-line reason for %s', async (_label, file, reason) => {
    const { code, stdout, stderr } = await triage(file, '--json');
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(reason);
  });

  it('signs the drafts of an invitation saved as it arrived (no forward in it) with its recipient, not its sender', async () => {
    // An invitation straight from the recruiter to Alex: without --profile the outer sender is the recruiter.
    const { code, stdout } = await triage('tests/fixtures/labelled/direct-es-manana-a-las-10.eml', '--json');
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.forwarded).toBe(false);
    expect(json.drafts.accept.to).toBe('elena.ruiz@brisamar-hoteles.example');
    expect(json.drafts.accept.body).toMatch(/\nAlex Morgan$/);
    expect(json.drafts.accept.body).not.toContain('Elena Ruiz');
    // A profile's name still wins.
    const dir = mkdtempSync(join(tmpdir(), 'triage-'));
    const profile = join(dir, 'profile.json');
    writeFileSync(profile, JSON.stringify({ owner: { name: 'Sam Doe' } }));
    const named = JSON.parse((await triage('tests/fixtures/labelled/direct-es-manana-a-las-10.eml', '--json', '--profile', profile)).stdout);
    expect(named.drafts.accept.body).toMatch(/\nSam Doe$/);
  });

  it('names the field and the value of an invalid profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-'));
    const profile = join(dir, 'profile.json');
    writeFileSync(profile, JSON.stringify({ owner: { timeZone: 'Mars/Olympus_Mons' } }));
    const { code, stderr } = await triage('samples/01-gmail-video-interview.eml', '--json', '--profile', profile);
    expect(code).not.toBe(0);
    expect(stderr).toContain('owner.timeZone');
    expect(stderr).toContain('Mars/Olympus_Mons');
  });
});
