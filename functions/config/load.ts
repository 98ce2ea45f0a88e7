import { readFileSync } from 'node:fs';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type * as z from 'zod';
import { ConfigError } from '../errors.js';
import { ConfigSchema, ProfileSchema, type Config, type Profile } from './schema.js';

/** Validates `data` and, on failure, names every wrong field with the value that was given. */
export function validate<S extends z.ZodType>(schema: S, data: unknown, source: string): z.infer<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const problems = result.error.issues.flatMap((issue) => {
    const field = (path: readonly PropertyKey[]) => (path.length > 0 ? path.map(String).join('.') : '(top level)');
    // An unknown key is named on its own: echoing the object around it would print the owner's
    // addresses and signature into a terminal or a log.
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => `${field([...issue.path, key])}: unknown field (a typo?)`);
    if ('input' in issue && issue.input === undefined) return [`${field(issue.path)}: missing (${issue.message.replace(/^Invalid input: /, '').replace(/, received undefined$/, '')})`];
    const value = 'input' in issue && issue.input !== undefined && typeof issue.input !== 'object' ? ` (got ${JSON.stringify(issue.input)})` : '';
    return [`${field(issue.path)}: ${issue.message}${value}`];
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
  // JSON with comments and trailing commas (JSONC), as the README's examples are written: pasting one works.
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset);
    const line = before.split('\n').length;
    const column = first.offset - before.lastIndexOf('\n');
    throw new ConfigError(`configuration file ${path} is not valid JSON (comments are fine): ${printParseErrorCode(first.error)} at line ${line}, column ${column}`);
  }
  return data;
}

export function loadConfig(path: string): Config {
  return validate(ConfigSchema, readJson(path), path);
}

export function loadProfile(path: string): Profile {
  return validate(ProfileSchema, readJson(path), path);
}
