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
  it('fills in the defaults that follow the seed', () => {
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
