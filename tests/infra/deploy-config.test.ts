/**
 * The deployment's configuration checks: refused with errors that name the field and the value.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/config/load.js';
import { ConfigError } from '../../functions/errors.js';
import { PROJECT_ROOT } from '../../infra/constructs/bundling.js';
import { assertDeployable, DeployConfigError, isApex, isPlaceholderDomain, PlaceholderConfigError, resolveConfigFile } from '../../infra/deploy-config.js';
import { deployConfig, exampleConfig, realConfig } from './helpers.js';

function refusal(config: unknown): string {
  try {
    deployConfig(config);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('the receiving domain', () => {
  it('is the inbox address’s domain, a dedicated subdomain by default', () => {
    expect(deployConfig(realConfig()).receivingDomain).toBe('in.alexmorgan.dev');
  });

  it('is refused when it is an apex domain, naming the field and the value, unless allowApexDomain says so', () => {
    const apex: Record<string, unknown> = { ...realConfig(), inbox: { address: 'jobs@alexmorgan.dev' }, sending: { address: 'advisor@alexmorgan.dev' } };
    const message = refusal(apex);
    expect(message).toContain('inbox.address');
    expect(message).toContain('"jobs@alexmorgan.dev"');
    expect(message).toContain('allowApexDomain');
    expect(deployConfig({ ...apex, deploy: { ...(apex.deploy as object), allowApexDomain: true } }).receivingDomain).toBe('alexmorgan.dev');
  });

  it('tells an apex by the public suffix list (country second levels, private suffixes)', () => {
    expect(isApex('alexmorgan.co.uk')).toBe(true);
    expect(isApex('in.alexmorgan.co.uk')).toBe(false);
    expect(isApex('in.alexmorgan.dev')).toBe(false);
    expect(isApex('alexmorgan.github.io')).toBe(true);
  });

  it('accepts a delegated sub-zone named after the receiving domain', () => {
    const zoneIsDomain = realConfig({ hostedZone: { id: 'Z0123456789ABC', name: 'in.alexmorgan.dev.' } });
    expect(deployConfig(zoneIsDomain).receivingDomain).toBe('in.alexmorgan.dev');
  });

  it('must lie inside the hosted zone', () => {
    expect(refusal(realConfig({ hostedZone: { id: 'Z0123456789ABC', name: 'other.dev' } }))).toMatch(/deploy\.hostedZone\.name: .*"other\.dev"/);
  });
});

describe('the region', () => {
  it('is a warning, not a refusal, when it is not known to receive mail (AWS adds regions)', () => {
    const { warnings } = deployConfig(realConfig({ region: 'eu-south-1' }));
    expect(warnings).toEqual([expect.stringMatching(/deploy\.region: "eu-south-1" is not known to receive mail .*eu-west-1.*may fail at the receipt rule/)]);
    expect(deployConfig(realConfig()).warnings).toEqual([]);
  });

  it('must look like a region at all', () => {
    expect(refusal(realConfig({ region: 'Ireland' }))).toContain('deploy.region');
  });
});

describe('the deploy section', () => {
  it('is required to deploy, while local mode ignores it', () => {
    const { deploy: _deploy, ...local } = realConfig() as Record<string, unknown>;
    expect(refusal(local)).toMatch(/deploy: is required/);
    expect(loadConfig(join(PROJECT_ROOT, 'local/local.config.json')).deploy).toBeUndefined();
  });

  it('requires a rule-set mode, "create" or "existing:<name>", with no default', () => {
    const { ruleSet: _ruleSet, ...withoutMode } = realConfig().deploy as Record<string, unknown>;
    expect(refusal({ ...realConfig(), deploy: withoutMode })).toContain('deploy.ruleSet');
    expect(refusal(realConfig({ ruleSet: 'mine' }))).toMatch(/deploy\.ruleSet: must be "create" or "existing:<rule set name>" \(got "mine"\)/);
    expect(deployConfig(realConfig({ ruleSet: 'existing:default-rule-set' })).ruleSet).toEqual({ mode: 'existing', name: 'default-rule-set' });
    expect(deployConfig(realConfig()).ruleSet).toEqual({ mode: 'create', name: 'InviteAdvisor-rules' });
  });

  it('refuses replaceActiveRuleSet outside "create", where it would mean nothing', () => {
    expect(refusal(realConfig({ ruleSet: 'existing:x', replaceActiveRuleSet: true }))).toContain('deploy.replaceActiveRuleSet');
  });

  it('refuses unknown deploy fields (a typo must not pass silently)', () => {
    expect(refusal(realConfig({ regoin: 'eu-west-1' }))).toContain('regoin');
  });

  it('lists every problem at once', () => {
    const both = { ...realConfig({ ruleSet: 'existing:x', replaceActiveRuleSet: true }), inbox: { address: 'jobs@alexmorgan.dev' }, sending: { address: 'advisor@alexmorgan.dev' } };
    const message = refusal(both);
    expect(message).toContain('deploy.replaceActiveRuleSet');
    expect(message).toContain('inbox.address');
  });
});

describe('the placeholder domain of the example', () => {
  const example = deployConfig(exampleConfig());

  it('is recognized in the inbox and owner addresses', () => {
    expect(example.placeholderFields.join('; ')).toMatch(/inbox\.address .*"interviews@in\.example\.com".*owner\.addresses\.0/);
    expect(deployConfig(realConfig()).placeholderFields).toEqual([]);
    expect(['example.com', 'in.example.org', 'mail.test', 'x.invalid', 'example'].every(isPlaceholderDomain)).toBe(true);
    expect(['myexample.com', 'example.co.uk', 'in.alexmorgan.dev'].some(isPlaceholderDomain)).toBe(false);
  });

  it('is refused whenever a deployment is possible (AWS credentials found by the CDK CLI)', () => {
    expect(() => assertDeployable(example, { credentials: true, allowPlaceholder: false })).toThrow(PlaceholderConfigError);
    expect(() => assertDeployable(example, { credentials: true, allowPlaceholder: false })).toThrow(/config\.json.*domain whose DNS you control/);
  });

  it('synthesizes offline (no credentials: a fresh clone, CI) and with the explicit synth-only flag', () => {
    expect(() => assertDeployable(example, { credentials: false, allowPlaceholder: false })).not.toThrow();
    expect(() => assertDeployable(example, { credentials: true, allowPlaceholder: true })).not.toThrow();
    expect(() => assertDeployable(deployConfig(realConfig()), { credentials: true, allowPlaceholder: false })).not.toThrow();
  });
});

describe('which file the app reads', () => {
  it('is the context value, else config.json, else the committed example', () => {
    const dir = mkdtempSync(join(tmpdir(), 'invite-advisor-root-'));
    expect(resolveConfigFile(dir)).toBe(join(dir, 'config.example.json'));
    writeFileSync(join(dir, 'config.json'), '{}');
    expect(resolveConfigFile(dir)).toBe(join(dir, 'config.json'));
    expect(resolveConfigFile(dir, 'other.json')).toBe(join(dir, 'other.json'));
    expect(resolveConfigFile(dir, '/elsewhere/mine.json')).toBe('/elsewhere/mine.json');
  });

  it('the committed example is valid apart from its placeholders', () => {
    expect(() => deployConfig(exampleConfig())).not.toThrow();
    expect(DeployConfigError.prototype).toBeInstanceOf(ConfigError);
  });
});

describe('the SES identities the stack needs (deploy.adoptExistingIdentities)', () => {
  it('are the receiving domain and each owner address, created unless adopted', () => {
    expect(deployConfig(realConfig()).identities).toEqual([
      { identity: 'in.alexmorgan.dev', kind: 'domain', adopted: false },
      { identity: 'alex.morgan@gmail.com', kind: 'address', adopted: false },
      { identity: 'a.morgan@work.alexmorgan.dev', kind: 'address', adopted: false },
    ]);
  });

  it('adopts the ones named, in any case and with a trailing dot, as SES names them', () => {
    const { identities } = deployConfig(realConfig({ adoptExistingIdentities: ['IN.alexmorgan.dev.', ' Alex.Morgan@Gmail.com'] }));
    expect(identities.map((i) => i.adopted)).toEqual([true, true, false]);
  });

  it('refuses what is neither a domain nor an address, naming the entry', () => {
    expect(refusal(realConfig({ adoptExistingIdentities: ['not a domain'] }))).toMatch(/deploy\.adoptExistingIdentities\.0.*domain or an e-mail address/);
  });
});
