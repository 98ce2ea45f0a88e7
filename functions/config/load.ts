import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ConfigError } from '../core/errors.js';
import { ConfigSchema, ProfileSchema, type Config, type Profile } from './schema.js';

/** Validates `data` and, on failure, names every wrong field with the value that was given. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, source: string): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    const value = 'input' in issue && issue.input !== undefined ? ` (got ${JSON.stringify(issue.input)})` : '';
    return `${field}: ${issue.message}${value}`;
  });
  throw new ConfigError(`invalid configuration in ${source}: ${problems.join('; ')}`);
}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new ConfigError(`cannot read configuration file ${path}: ${(cause as Error).message}`, { cause });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ConfigError(`configuration file ${path} is not valid JSON: ${(cause as Error).message}`, { cause });
  }
}

export function loadConfig(path: string): Config {
  return validate(ConfigSchema, readJson(path), path);
}

export function loadProfile(path: string): Profile {
  return validate(ProfileSchema, readJson(path), path);
}
