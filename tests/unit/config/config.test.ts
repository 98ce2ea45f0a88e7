import { describe, expect, it } from 'vitest';
import { validate } from '../../../functions/config/load.js';
import { ConfigSchema } from '../../../functions/config/schema.js';
import { ConfigError } from '../../../functions/errors.js';

const valid = {
  inbox: { address: 'interviews@in.example.com' },
  sending: { address: 'advisor@in.example.com' },
  owner: { addresses: ['alex@example.com'], name: 'Alex Morgan', timeZone: 'Europe/Paris' },
};

const problem = (data: unknown) => {
  try {
    validate(ConfigSchema, data, 'config.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
};

describe('configuration', () => {
  it('fills in the defaults that follow the advice', () => {
    const config = validate(ConfigSchema, valid, 'config.json');
    expect(config.limits.mailsToOwnerPerHour).toBeGreaterThan(0);
    expect(config.preferences.dealbreakers.companies).toEqual([]);
    expect(config.owner.language).toBe('en');
  });

  it('names the field and the value that are wrong', () => {
    const message = problem({ ...valid, owner: { ...valid.owner, timeZone: 'Mars/Olympus_Mons' } });
    expect(message).toContain('config.json');
    expect(message).toContain('owner.timeZone');
    expect(message).toContain('"Mars/Olympus_Mons"');
  });

  it('refuses a sending address off the inbox’s verified domain, and the inbox as an owner (a loop)', () => {
    expect(problem({ ...valid, sending: { address: 'me@gmail.example' } })).toContain('sending.address');
    expect(problem({ ...valid, owner: { ...valid.owner, addresses: ['interviews+x@in.example.com'] } })).toContain('owner.addresses.0');
  });

  it('refuses reply addresses that would outlive their invitation (a later forward would give their versions again)', () => {
    expect(problem({ ...valid, limits: { replyTokenDays: 90 }, retention: { invitationDays: 60 } })).toMatch(/limits\.replyTokenDays.*must not exceed retention\.invitationDays \(60\)/s);
    expect(validate(ConfigSchema, { ...valid, limits: { replyTokenDays: 60 }, retention: { invitationDays: 60 } }, 'config.json').limits.replyTokenDays).toBe(60);
  });

  it('refuses unknown fields, so a typo does not pass silently', () => {
    expect(problem({ ...valid, ownr: {} })).toContain('ownr');
  });

  it('names a typo without echoing the owner’s data around it (regression: the whole owner object was printed)', () => {
    const message = problem({ ...valid, owner: { ...valid.owner, languge: 'en', signature: 'Alex, +1 555 0100' } });
    expect(message).toContain('owner.languge: unknown field');
    expect(message).not.toContain('555 0100');
    expect(message).not.toContain('alex@example.com');
  });
});

describe('owner addresses (strict UTS #46, compared in A-labels)', () => {
  it('converts each owner address to lower case with its domain in A-labels', () => {
    const config = validate(ConfigSchema, { ...valid, owner: { ...valid.owner, addresses: ['Alex@Bücher.example', 'ALEX@XN--BCHER-KVA.example', 'Alex@Example.com'] } }, 'config.json');
    expect(config.owner.addresses).toEqual(['alex@xn--bcher-kva.example', 'alex@xn--bcher-kva.example', 'alex@example.com']);
  });

  it.each([['alex@xn--example-.com'], ['alex@xn--zzzz.example'], ['alex@exa_mple.com']])('refuses %s: its domain is no valid host name', (address) => {
    expect(problem({ ...valid, owner: { ...valid.owner, addresses: [address] } })).toMatch(/owner\.addresses.*valid host name/s);
  });

  it('takes an unsigned address only when it is an owner address too', () => {
    const config = validate(ConfigSchema, { ...valid, owner: { ...valid.owner, unsignedAddresses: ['ALEX@example.com'] } }, 'config.json');
    expect(config.owner.unsignedAddresses).toEqual(['alex@example.com']);
    expect(problem({ ...valid, owner: { ...valid.owner, unsignedAddresses: ['someone@else.example'] } })).toMatch(/unsignedAddresses.*also be in owner\.addresses/s);
  });
});

describe('the configuration file', () => {
  it('accepts comments and trailing commas (the README examples paste as they are)', async () => {
    // Prepare
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { loadConfig } = await import('../../../functions/config/load.js');
    const dir = mkdtempSync(join(tmpdir(), 'config-'));
    const file = join(dir, 'config.json');
    writeFileSync(file, `{\n  // where invitations are forwarded to\n  "inbox": { "address": "interviews@in.example.com" },\n  "sending": { "address": "advisor@in.example.com" }, /* From */\n  "owner": { "addresses": ["alex@example.com"], "name": "Alex", "timeZone": "Europe/Paris", },\n}\n`);
    // Act / Assess
    expect(loadConfig(file).owner.name).toBe('Alex');
    writeFileSync(file, `{\n  "inbox": { "address": "interviews@in.example.com" }\n  "sending": {}\n}\n`);
    expect(() => loadConfig(file)).toThrow(/not valid JSON \(comments are fine\): CommaExpected at line 3, column 3/);
  });
});
