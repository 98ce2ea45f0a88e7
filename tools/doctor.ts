/**
 * npm run doctor [-- --config <file>] [--offline]
 *
 * Checks, before and after `cdk deploy`, what keeps mail from arriving: the configuration (offline), then
 * with AWS credentials and DNS, read-only: the CDK bootstrap, the region, the MX records, the SES account
 * (sandbox or production), the Lambda concurrency quota, the receipt rule sets, the domain and owner identities. Exit code 1 when anything is wrong.
 */
import { lookup, resolveMx, resolveTxt } from 'node:dns/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import '../local/sdk-notice.js';
import { LambdaClient } from '@aws-sdk/client-lambda';
import { SESClient } from '@aws-sdk/client-ses';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { GetParameterCommand, SSMClient } from '@aws-sdk/client-ssm';
import { STSClient } from '@aws-sdk/client-sts';
import { checkAccount, checkConfiguration, type DoctorClients, type Finding, type Level } from '../infra/doctor/aws-doctor.js';
import { ssmBootstrapReader } from '../infra/doctor/bootstrap.js';

const USAGE = `usage: npm run doctor -- [--config <file>] [--offline]
  --config <file>   the configuration to check (default: config.json, else config.example.json)
  --offline         check the configuration only: no DNS, no AWS calls`;

const SYMBOL: Record<Level, string> = { ok: '✔', info: 'ℹ', warn: '⚠', error: '✖' };

/** What a run checked: the summary never claims more than that. */
export type DoctorScope = 'configuration' | 'configuration and DNS' | 'everything';

export function scopeOf(findings: Finding[], offline: boolean): DoctorScope {
  if (offline || findings.some((f) => f.check === 'configuration' && f.level === 'error')) return 'configuration';
  return findings.some((f) => f.check === 'credentials' && f.level !== 'ok') ? 'configuration and DNS' : 'everything';
}

const NOT_CHECKED: Record<DoctorScope, string> = {
  configuration: ' (configuration only: AWS, DNS and the account were not checked)',
  'configuration and DNS': ' (configuration and DNS only: the AWS account was not checked)',
  everything: '',
};

export function formatFindings(findings: Finding[], scope: DoctorScope = 'everything'): string {
  const lines = findings.map((f) => `${SYMBOL[f.level]} ${f.check.padEnd(14)} ${f.message}${f.fix ? `\n  ${' '.repeat(15)}→ ${f.fix}` : ''}`);
  const count = (level: Level) => findings.filter((f) => f.level === level).length;
  const errors = count('error');
  const warnings = count('warn');
  const summary = `${errors + warnings === 0 ? 'Nothing in the way' : `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`}${NOT_CHECKED[scope]}.`;
  return `${lines.join('\n')}\n\n${summary}\n`;
}

export async function runDoctor(options: { file: string; offline: boolean; clients?: (region: string) => DoctorClients }): Promise<Finding[]> {
  const { findings, deployment } = checkConfiguration(options.file);
  if (!deployment || options.offline) return findings;
  const clients = (options.clients ?? defaultClients)(deployment.deploy.region);
  return [...findings, ...(await checkAccount(deployment, clients))];
}

function defaultClients(region: string): DoctorClients {
  return {
    sts: new STSClient({ region }),
    sesv2: new SESv2Client({ region }),
    ses: new SESClient({ region }),
    lambda: new LambdaClient({ region }),
    // The SSM parameter the deploy itself reads (infra/doctor/bootstrap.ts says why not the stack).
    bootstrap: ssmBootstrapReader(bootstrapParameterReader(new SSMClient({ region }))),
    dns: { resolveMx, resolveTxt, lookup: (host) => lookup(host) },
  };
}

function bootstrapParameterReader(ssm: SSMClient): (name: string) => Promise<string | null> {
  return (Name) =>
    ssm.send(new GetParameterCommand({ Name })).then(
      (answer) => answer.Parameter?.Value ?? null,
      (error: Error) => (error.name === 'ParameterNotFound' ? null : Promise.reject(error)),
    );
}

function defaultConfigFile(): string {
  return existsSync('config.json') ? 'config.json' : 'config.example.json';
}

async function main(argv: string[]): Promise<number> {
  let values: { config?: string; offline?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { config: { type: 'string' }, offline: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = resolve(values.config ?? defaultConfigFile());
  process.stdout.write(`invite-advisor doctor: ${file}${values.offline ? ' (offline)' : ''}\n\n`);
  const findings = await runDoctor({ file, offline: values.offline ?? false });
  process.stdout.write(formatFindings(findings, scopeOf(findings, values.offline ?? false)));
  return findings.some((f) => f.level === 'error') ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
