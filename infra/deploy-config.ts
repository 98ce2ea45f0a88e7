/**
 * The deployment's view of the configuration: the one ConfigSchema (functions/config/schema.ts) plus the
 * checks that only matter when mail will really flow through an AWS account. Shared by the CDK app and
 * `npm run doctor`, so both refuse the same things with the same words.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '../functions/config/load.js';
import type { Config, DeploySettings } from '../functions/config/schema.js';
import { ConfigError } from '../functions/errors.js';
import { getDomain } from 'tldts';
import { RECEIVING_REGIONS } from './receiving-regions.js';

/** The S3 action's object key prefix; the function reads `RAW_MAIL_PREFIX + messageId`. Used literally. */
export const RAW_MAIL_PREFIX = 'inbound/';

/** A configuration that cannot be deployed; the message names every field and value that is wrong. */
export class DeployConfigError extends ConfigError {}

/** Deploying (or synthesizing with AWS credentials) with the example's placeholder domain. */
export class PlaceholderConfigError extends ConfigError {}

/** An SES identity the stack needs: created by it, or adopted (it exists already; the stack only uses it). */
export interface PlannedIdentity {
  /** as SES names it: the receiving domain, or an owner address */
  identity: string;
  kind: 'domain' | 'address';
  /** exists outside the stack: not created (nor deleted) by it; the doctor checks it is verified */
  adopted: boolean;
}

export interface DeployConfig {
  /** the file it came from (bundled with the function as is) */
  file: string;
  config: Config;
  deploy: DeploySettings;
  inboxAddress: string;
  /** the inbox's domain: the SES identity, the MX record's name */
  receivingDomain: string;
  ruleSet: { mode: 'create' | 'existing'; name: string };
  /** explicit, so the bucket policy and the Lambda permission can name it without a dependency cycle */
  ruleName: string;
  alarmEmail: string;
  /** the receiving domain first, then each owner address, in the order of owner.addresses */
  identities: PlannedIdentity[];
  /** fields that still hold the example's reserved names (example.com, .test, ...): never deployable */
  placeholderFields: string[];
  /** what may still go wrong but is not known to: said by `cdk synth` and `npm run doctor` */
  warnings: string[];
}

/**
 * Which file the app reads: the `config` context value if given, else `config.json` (yours, git-ignored),
 * else the committed `config.example.json` so that a fresh clone synthesizes offline.
 */
export function resolveConfigFile(rootDir: string, contextValue?: unknown): string {
  // resolve, not join: `-c config=/abs/path.json` stays absolute.
  if (typeof contextValue === 'string' && contextValue.length > 0) return resolve(rootDir, contextValue);
  const own = join(rootDir, 'config.json');
  return existsSync(own) ? own : join(rootDir, 'config.example.json');
}

export function loadDeployConfig(file: string): DeployConfig {
  return checkDeployConfig(loadConfig(file), file);
}

/** Adds the deploy-only checks to an already validated configuration. */
export function checkDeployConfig(config: Config, file: string): DeployConfig {
  const deploy = config.deploy;
  if (!deploy) {
    throw new DeployConfigError(
      `invalid deployment configuration in ${file}: deploy: is required to deploy (at least "region" and "ruleSet"; see config.example.json and docs/deploy.md)`,
    );
  }
  const inboxAddress = config.inbox.address.toLowerCase();
  const receivingDomain = inboxAddress.slice(inboxAddress.lastIndexOf('@') + 1);
  const problems: string[] = [];
  const warnings: string[] = [];

  // A warning, not a refusal: AWS adds receiving regions, and refusing one that works is worse.
  if (!RECEIVING_REGIONS.includes(deploy.region)) {
    warnings.push(
      `deploy.region: "${deploy.region}" is not known to receive mail (known: ${RECEIVING_REGIONS.join(', ')}); the deploy may fail at the receipt rule. npm run doctor checks the region's inbound endpoint`,
    );
  }
  const zoneName = deploy.hostedZone ? normalizeDomain(deploy.hostedZone.name) : null;
  if (zoneName && receivingDomain !== zoneName && !receivingDomain.endsWith(`.${zoneName}`)) {
    problems.push(`deploy.hostedZone.name: must be the receiving domain "${receivingDomain}" or a parent of it (got "${deploy.hostedZone?.name}")`);
  }
  // A hosted zone named after the receiving domain is a delegated sub-zone: normal, and no sign of an apex.
  if (isApex(receivingDomain) && !deploy.allowApexDomain) {
    problems.push(
      `inbox.address: "${receivingDomain}" looks like the apex of a domain; pointing its MX at SES takes over every mailbox on it. Use a dedicated subdomain such as "interviews@in.${receivingDomain}", or set deploy.allowApexDomain to true if nothing else receives mail there (got "${config.inbox.address}")`,
    );
  }
  if (deploy.replaceActiveRuleSet && deploy.ruleSet !== 'create') {
    problems.push(`deploy.replaceActiveRuleSet: only means something with ruleSet "create" (got ruleSet "${deploy.ruleSet}")`);
  }
  const identities = plannedIdentities(config, deploy, receivingDomain);
  const known = identities.map((i) => i.identity);
  deploy.adoptExistingIdentities.forEach((identity, i) => {
    if (!known.includes(identity)) {
      problems.push(`deploy.adoptExistingIdentities.${i}: not an identity this stack would create (it creates ${known.map((k) => `"${k}"`).join(', ')}; got "${identity}")`);
    }
  });
  if (problems.length > 0) throw new DeployConfigError(`invalid deployment configuration in ${file}: ${problems.join('; ')}`);

  const ruleSet =
    deploy.ruleSet === 'create'
      ? { mode: 'create' as const, name: `${deploy.stackName}-rules` }
      : { mode: 'existing' as const, name: deploy.ruleSet.slice('existing:'.length) };
  return {
    file,
    config,
    deploy,
    inboxAddress,
    receivingDomain,
    ruleSet,
    ruleName: `${deploy.stackName}-inbox`,
    alarmEmail: deploy.alarmEmail ?? config.owner.addresses[0] ?? '',
    identities,
    placeholderFields: placeholderFields(config),
    warnings,
  };
}

/**
 * The identities the stack needs, and which of them it adopts: those named in deploy.adoptExistingIdentities,
 * plus the older switches (createDomainIdentity false adopts the domain, verifyOwnerAddresses false every
 * owner address).
 */
function plannedIdentities(config: Config, deploy: DeploySettings, receivingDomain: string): PlannedIdentity[] {
  const adopt = new Set(deploy.adoptExistingIdentities);
  return [
    { identity: receivingDomain, kind: 'domain', adopted: !deploy.createDomainIdentity || adopt.has(receivingDomain) },
    ...config.owner.addresses.map((address): PlannedIdentity => ({ identity: address, kind: 'address', adopted: !deploy.verifyOwnerAddresses || adopt.has(address) })),
  ];
}

/**
 * Refuses the example's placeholders whenever a deployment is possible. The CDK CLI sets
 * CDK_DEFAULT_ACCOUNT only when it found AWS credentials, and nothing deploys without them: so a fresh
 * clone synthesizes the example offline (CI, tests) while `cdk deploy` stops here with a clear message.
 * `-c invite-advisor:allowPlaceholder=true` lets a credentialed `cdk synth` through; the template then
 * still carries a CloudFormation rule that fails any deployment of it (see stack.ts).
 */
export function assertDeployable(deployment: DeployConfig, options: { credentials: boolean; allowPlaceholder: boolean }): void {
  if (deployment.placeholderFields.length === 0 || !options.credentials || options.allowPlaceholder) return;
  throw new PlaceholderConfigError(
    `refusing to deploy ${deployment.file}: ${deployment.placeholderFields.join('; ')}. ` +
      'Copy config.example.json to config.json and use a domain whose DNS you control ' +
      '(to only synthesize the example with credentials present, add -c invite-advisor:allowPlaceholder=true).',
  );
}

/** RFC 2606 / RFC 6761 names: documentation and test domains that can never receive real mail. */
export function isPlaceholderDomain(domain: string): boolean {
  const d = normalizeDomain(domain);
  return /(^|\.)example\.(com|net|org)$/.test(d) || /(^|\.)(example|invalid|test|localhost)$/.test(d);
}

export function placeholderFields(config: Config): string[] {
  const fields: [string, string][] = [
    ['inbox.address', config.inbox.address],
    ...config.owner.addresses.map((a, i): [string, string] => [`owner.addresses.${i}`, a]),
    ...(config.deploy?.alarmEmail ? [['deploy.alarmEmail', config.deploy.alarmEmail] as [string, string]] : []),
  ];
  return fields
    .filter(([, address]) => isPlaceholderDomain(address.slice(address.lastIndexOf('@') + 1)))
    .map(([field, address]) => `${field} is a placeholder address (got "${address}")`);
}

/**
 * Whether the domain is a registrable domain itself (`alexmorgan.dev`, `alexmorgan.co.uk`), where other
 * mailboxes likely live, by the public suffix list (tldts). A name the list does not know counts as an
 * apex: that only costs an explicit `allowApexDomain`.
 */
export function isApex(domain: string): boolean {
  const d = normalizeDomain(domain);
  const registrable = getDomain(d, { allowPrivateDomains: true });
  return registrable === null || registrable === d;
}

export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.$/, '');
}
