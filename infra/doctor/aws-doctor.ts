/**
 * The checks behind `npm run doctor`: what stands between a configuration and mail that arrives. All
 * AWS calls are read-only (Get/Describe); every finding says what to do. Clients are passed in, so the
 * tests run them against stubs.
 */
import type { MxRecord } from 'node:dns';
import { getDomain } from 'tldts';
import { DescribeActiveReceiptRuleSetCommand, DescribeReceiptRuleSetCommand, type ReceiptRule, type SESClient } from '@aws-sdk/client-ses';
import { GetAccountCommand, GetEmailIdentityCommand, type GetEmailIdentityCommandOutput, type SESv2Client } from '@aws-sdk/client-sesv2';
import { GetAccountSettingsCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import { assertDeployable, loadDeployConfig, type DeployConfig, type PlannedIdentity } from '../deploy-config.js';
import { inboundSmtpHost, RECEIVING_REGIONS } from '../receiving-regions.js';
import { bootstrapBucketName, MINIMUM_BOOTSTRAP_VERSION, BOOTSTRAP_VERSION_PARAMETER, type BootstrapReader, type BootstrapState } from './bootstrap.js';
import { ConfigError } from '../../functions/errors.js';
import { normalizeAddress, splitPlusLabel } from '../../functions/core/mail/mail.js';

export type Level = 'ok' | 'info' | 'warn' | 'error';

export interface Finding {
  level: Level;
  check: 'configuration' | 'credentials' | 'bootstrap' | 'region' | 'mx' | 'domain' | 'account' | 'concurrency' | 'rule set' | 'owner' | 'dmarc';
  message: string;
  /** what to do about it */
  fix?: string;
}

export interface DoctorClients {
  sts: Pick<STSClient, 'send'>;
  sesv2: Pick<SESv2Client, 'send'>;
  ses: Pick<SESClient, 'send'>;
  lambda: Pick<LambdaClient, 'send'>;
  /** the CDK bootstrap of the account and region (bootstrap.ts: SSM when installed, else S3) */
  bootstrap: BootstrapReader;
  dns: { resolveMx(host: string): Promise<MxRecord[]>; resolveTxt(host: string): Promise<string[][]>; lookup(host: string): Promise<unknown> };
}

export interface DoctorReport {
  findings: Finding[];
  deployment: DeployConfig | null;
}

/** Offline: is the configuration deployable at all? */
export function checkConfiguration(file: string): DoctorReport {
  try {
    const deployment = loadDeployConfig(file);
    assertDeployable(deployment, { credentials: true, allowPlaceholder: false });
    const { deploy } = deployment;
    return {
      deployment,
      findings: [
        {
          level: 'ok',
          check: 'configuration',
          message: `${file}: inbox ${deployment.inboxAddress}, region ${deploy.region}, rule set ${deploy.ruleSet}`,
        },
        ...deployment.warnings.map((message): Finding => ({ level: 'warn', check: 'configuration', message })),
      ],
    };
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return { deployment: null, findings: [{ level: 'error', check: 'configuration', message: error.message, fix: 'edit the file (docs/deploy.md lists every option), then run npm run doctor again' }] };
  }
}

/** Online (AWS credentials, DNS): everything that can be checked before and after a deploy. */
export async function checkAccount(d: DeployConfig, clients: DoctorClients): Promise<Finding[]> {
  const findings: Finding[] = [];
  let account: string;
  try {
    const identity = await clients.sts.send(new GetCallerIdentityCommand({}));
    account = identity.Account ?? '';
    findings.push({ level: 'ok', check: 'credentials', message: `AWS account ${identity.Account} (${identity.Arn})` });
  } catch (error) {
    findings.push({
      level: 'warn',
      check: 'credentials',
      message: `no usable AWS credentials (${errorText(error)}): only the configuration and DNS were checked`,
      fix: 'configure credentials for the account you deploy to (aws configure, or AWS_PROFILE), then run npm run doctor again',
    });
    return [...findings, ...(await checkDns(d, clients))];
  }
  const ruleSet = await checkRuleSets(d, clients);
  return [
    ...findings,
    ...(await checkBootstrap(d, clients, account)),
    ...(await checkDns(d, clients)),
    ...(await checkSendingAccount(d, clients)),
    ...(await checkConcurrency(d, clients)),
    ...ruleSet.findings,
    ...(await checkIdentities(d, clients, ruleSet.deployed)),
  ];
}

/** `cdk deploy` needs the CDK toolkit in the account and region, at bootstrap version 6 or later (bootstrap.ts). */
export async function checkBootstrap(d: DeployConfig, clients: DoctorClients, account: string): Promise<Finding[]> {
  const target = `aws://${account}/${d.deploy.region}`;
  const bootstrap = `npx cdk bootstrap ${target}`;
  let state: BootstrapState;
  try {
    state = await clients.bootstrap.read(account, d.deploy.region);
  } catch (error) {
    return [{ level: 'warn', check: 'bootstrap', message: `could not read the CDK bootstrap of ${target} (${errorText(error)})`, fix: `the doctor needs ${clients.bootstrap.needs} (read-only); if ${target} was never bootstrapped, run ${bootstrap}` }];
  }
  if (!state.bootstrapped) {
    return [
      {
        level: 'error',
        check: 'bootstrap',
        message: `${target} is not bootstrapped for the CDK (${state.evidence}): cdk deploy would stop with "SSM parameter ${BOOTSTRAP_VERSION_PARAMETER} not found"`,
        fix: `run ${bootstrap} (once per account and region; docs/deploy.md, step 3)`,
      },
    ];
  }
  if (state.version === null) {
    return [
      {
        level: 'info',
        check: 'bootstrap',
        message: `${target} looks bootstrapped: ${state.evidence} (its version was not read)`,
        fix: `if cdk deploy still says the environment is not bootstrapped, the toolkit stack was deleted and its bucket kept: empty and delete the bucket ${bootstrapBucketName(account, d.deploy.region)}, then run ${bootstrap}`,
      },
    ];
  }
  if (state.version < MINIMUM_BOOTSTRAP_VERSION) {
    return [{ level: 'error', check: 'bootstrap', message: `${target} has CDK bootstrap version ${state.version}; this app needs ${MINIMUM_BOOTSTRAP_VERSION} or later (${state.evidence})`, fix: `run ${bootstrap}: it updates the toolkit stack in place` }];
  }
  return [{ level: 'ok', check: 'bootstrap', message: `${target} is bootstrapped for the CDK, version ${state.version}` }];
}

/** Lambda keeps this many concurrent executions unreserved in every account. */
const UNRESERVED_MINIMUM = 10;

/**
 * A reserved concurrency needs room in the account's quota: Lambda keeps 10 unreserved, and new accounts
 * often have a quota of 10 in all, where any reservation fails the deploy ("decreases account's
 * UnreservedConcurrentExecution below its minimum value of [10]").
 */
export async function checkConcurrency(d: DeployConfig, clients: DoctorClients): Promise<Finding[]> {
  let limit: number;
  let unreserved: number;
  try {
    const settings = await clients.lambda.send(new GetAccountSettingsCommand({}));
    limit = settings.AccountLimit?.ConcurrentExecutions ?? 0;
    unreserved = settings.AccountLimit?.UnreservedConcurrentExecutions ?? limit;
  } catch (error) {
    return [{ level: 'warn', check: 'concurrency', message: `could not read the Lambda account settings (${errorText(error)})`, fix: 'the doctor needs lambda:GetAccountSettings (read-only)' }];
  }
  const wanted = d.deploy.reservedConcurrency;
  if (!wanted) return [{ level: 'ok', check: 'concurrency', message: `no concurrency reserved; the account's Lambda quota is ${limit} concurrent executions` }];
  if (unreserved - wanted >= UNRESERVED_MINIMUM) {
    return [{ level: 'ok', check: 'concurrency', message: `room to reserve ${wanted}: ${unreserved} of the quota's ${limit} concurrent executions are unreserved` }];
  }
  return [
    {
      level: 'error',
      check: 'concurrency',
      message: `deploy.reservedConcurrency ${wanted} does not fit: ${unreserved} of ${limit} concurrent executions are unreserved and Lambda keeps ${UNRESERVED_MINIMUM}, so creating the function would fail`,
      fix: `set deploy.reservedConcurrency to null, or request a higher "Concurrent executions" quota for Lambda in ${d.deploy.region} (Service Quotas console; at least ${wanted + UNRESERVED_MINIMUM + (limit - unreserved)})`,
    },
  ];
}

/** Region and MX, unless DNS itself does not answer (offline): then one finding instead of misleading ones. */
export async function checkDns(d: DeployConfig, clients: DoctorClients): Promise<Finding[]> {
  const api = `email.${d.deploy.region}.amazonaws.com`;
  try {
    await clients.dns.lookup(api);
  } catch (error) {
    return [{ level: 'warn', check: 'region', message: `DNS lookups fail (${api}: ${errorText(error)}): the region and the MX records were not checked`, fix: 'run npm run doctor again with a network connection' }];
  }
  return [...(await checkRegion(d, clients)), ...(await checkMx(d, clients)), ...(await checkOwnerDmarc(d, clients))];
}

/**
 * A forward is answered only when SES saw DMARC pass or a DKIM signature aligned with the From domain
 * pass (docs/email-facts.md, "Trust and loops"). Without a DMARC record the owner's mail rests on DKIM
 * alone: say so, and how to opt an address out when its provider does not sign.
 */
export async function checkOwnerDmarc(d: DeployConfig, clients: DoctorClients): Promise<Finding[]> {
  const unsigned = new Set(d.config.owner.unsignedAddresses);
  const domains = new Map<string, string>();
  for (const address of d.config.owner.addresses) if (!unsigned.has(address)) domains.set(address.slice(address.lastIndexOf('@') + 1), address);
  const findings: Finding[] = [];
  for (const [domain, address] of domains) {
    const organisational = getDomain(domain, { allowPrivateDomains: true }) ?? domain;
    const candidates = [...new Set([domain, organisational])];
    let found = false;
    for (const name of candidates) {
      const records = await clients.dns.resolveTxt(`_dmarc.${name}`).catch(() => [] as string[][]);
      if (records.some((chunks) => /^v=DMARC1\b/i.test(chunks.join('').trim()))) found = true;
    }
    findings.push(
      found
        ? { level: 'ok', check: 'dmarc', message: `${domain} publishes DMARC: forwards from ${address} are authenticated` }
        : {
            level: 'warn',
            check: 'dmarc',
            message: `${domain} publishes no DMARC record: a forward from ${address} is answered only when it carries a DKIM signature of ${domain} (most mail providers sign)`,
            fix: `if forwards from ${address} go unanswered, add it to owner.unsignedAddresses (then anyone could forge it), or publish DMARC for ${domain}`,
          },
    );
  }
  return findings;
}

export async function checkRegion(d: DeployConfig, clients: DoctorClients): Promise<Finding[]> {
  const host = inboundSmtpHost(d.deploy.region);
  try {
    await clients.dns.lookup(host);
    return [{ level: 'ok', check: 'region', message: `${d.deploy.region} receives mail (${host} resolves)` }];
  } catch (error) {
    return [
      {
        level: RECEIVING_REGIONS.includes(d.deploy.region) ? 'warn' : 'error',
        check: 'region',
        message: `${host} does not resolve (${errorText(error)}): SES may not receive mail in ${d.deploy.region}`,
        fix: `pick a region from the "Email receiving endpoints" table (https://docs.aws.amazon.com/general/latest/gr/ses.html), e.g. ${RECEIVING_REGIONS.slice(0, 4).join(', ')}`,
      },
    ];
  }
}

export async function checkMx(d: DeployConfig, clients: DoctorClients): Promise<Finding[]> {
  const domain = d.receivingDomain;
  const ours = inboundSmtpHost(d.deploy.region);
  const record = `MX ${domain} 10 ${ours}`;
  let records: MxRecord[];
  try {
    records = await clients.dns.resolveMx(domain);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'ENOTFOUND' && code !== 'ENODATA') {
      return [{ level: 'warn', check: 'mx', message: `could not look up the MX records of ${domain} (${errorText(error)})`, fix: 'check your network, then run npm run doctor again' }];
    }
    records = [];
  }
  if (records.length === 0) {
    return [{ level: 'warn', check: 'mx', message: `${domain} has no MX record yet: mail to ${d.inboxAddress} cannot arrive`, fix: `create ${record}${d.deploy.hostedZone ? ' (cdk deploy writes it to the hosted zone)' : ' at your DNS provider'}` }];
  }
  const exchanges = records.map((r) => r.exchange.toLowerCase().replace(/\.$/, ''));
  const others = records.filter((_r, i) => exchanges[i] !== ours);
  if (others.length === 0) return [{ level: 'ok', check: 'mx', message: `${domain} MX → ${ours}` }];
  const list = others.map((r) => `${r.priority} ${r.exchange}`).join(', ');
  return [
    {
      level: 'warn',
      check: 'mx',
      message: exchanges.includes(ours)
        ? `${domain} has MX records besides SES (${list}): senders pick by priority, so some mail goes elsewhere`
        : `${domain} receives mail somewhere else today (MX ${list}). Pointing it at SES moves EVERY address of ${domain} to invite-advisor`,
      fix: `if those mailboxes are in use, receive on another subdomain (e.g. in.${domain}); otherwise replace them with ${record}`,
    },
  ];
}

export async function checkSendingAccount(d: DeployConfig, clients: DoctorClients): Promise<Finding[]> {
  try {
    const account = await clients.sesv2.send(new GetAccountCommand({}));
    const findings: Finding[] = [];
    if (account.SendingEnabled === false) {
      findings.push({ level: 'error', check: 'account', message: `SES sending is paused for this account in ${d.deploy.region}: no recommendation can be sent`, fix: 'see the SES console, Account dashboard, for the reason and how to resume' });
    }
    if (account.EnforcementStatus && !['HEALTHY', 'ACTIVE'].includes(account.EnforcementStatus.toUpperCase())) {
      findings.push({ level: 'warn', check: 'account', message: `SES enforcement status: ${account.EnforcementStatus}`, fix: 'see the SES console, Account dashboard (bounce and complaint rates)' });
    }
    findings.push(
      account.ProductionAccessEnabled
        ? { level: 'ok', check: 'account', message: `SES production access in ${d.deploy.region}` }
        : {
            level: 'info',
            check: 'account',
            message: `SES sandbox in ${d.deploy.region}: mail can go to verified addresses only (200 a day, 1 a second); enough for recommendations to the owner`,
            fix: 'sending a chosen draft to a recruiter needs production access: docs/deploy.md has the text of the request',
          },
    );
    return findings;
  } catch (error) {
    return [{ level: 'warn', check: 'account', message: `could not read the SES account (${errorText(error)})`, fix: 'the doctor needs ses:GetAccount (read-only)' }];
  }
}

/** Which rule set will hold the inbox rule, whether it is active, and whether an earlier rule takes the mail. */
export async function checkRuleSets(d: DeployConfig, clients: DoctorClients): Promise<{ findings: Finding[]; deployed: boolean }> {
  const target = d.ruleSet.name;
  let active: { name: string | null; rules: ReceiptRule[] };
  let rules: ReceiptRule[] | null;
  try {
    const result = await clients.ses.send(new DescribeActiveReceiptRuleSetCommand({}));
    active = { name: result.Metadata?.Name ?? null, rules: result.Rules ?? [] };
    rules = active.name === target ? active.rules : await describeRuleSet(clients, target);
  } catch (error) {
    return {
      deployed: false,
      findings: [{ level: 'warn', check: 'rule set', message: `could not read the receipt rule sets (${errorText(error)})`, fix: 'the doctor needs ses:DescribeActiveReceiptRuleSet and ses:DescribeReceiptRuleSet (read-only)' }],
    };
  }
  const deployed = rules?.some((r) => r.Name === d.ruleName) ?? false;
  const findings: Finding[] = [];
  const isActive: Finding = { level: 'ok', check: 'rule set', message: `"${target}" is the active rule set` };
  const inactive: Finding = {
    level: 'error',
    check: 'rule set',
    message: `"${target}" is not the active rule set (${active.name ? `"${active.name}" is` : 'none is'}): SES ignores its rules, so no mail reaches invite-advisor`,
    fix: d.ruleSet.mode === 'create' ? 'run cdk deploy again (it activates the set) or activate it in the SES console (Email receiving)' : `activate "${target}" in the SES console (Email receiving), or use deploy.ruleSet ${active.name ? `"existing:${active.name}"` : '"create"'}`,
  };

  if (d.ruleSet.mode === 'existing' && rules === null) {
    findings.push({ level: 'error', check: 'rule set', message: `there is no receipt rule set "${target}" in ${d.deploy.region}`, fix: `create it, or set deploy.ruleSet to "create"${active.name ? ` or "existing:${active.name}"` : ''}` });
  } else if (active.name === target) {
    findings.push(isActive);
  } else if (d.ruleSet.mode === 'existing' || deployed) {
    findings.push(inactive);
  } else if (active.name === null) {
    findings.push({ level: 'ok', check: 'rule set', message: `no receipt rule set is active: the deploy activates "${target}"` });
  } else if (d.deploy.replaceActiveRuleSet) {
    findings.push({ level: 'warn', check: 'rule set', message: `the deploy will switch off the active rule set "${active.name}" (${active.rules.length} rules) and all mail it handles`, fix: `if that mail still matters, use deploy.ruleSet "existing:${active.name}" instead` });
  } else {
    findings.push({
      level: 'error',
      check: 'rule set',
      message: `the receipt rule set "${active.name}" is active: the deploy will stop rather than switch it off`,
      fix: `set deploy.ruleSet to "existing:${active.name}" to add the inbox rule to it, or deploy.replaceActiveRuleSet to true if it is no longer needed`,
    });
  }
  findings.push(...earlierRules(d, rules ?? []));
  return { findings, deployed };
}

/** The rules of a set, or null when it does not exist. */
async function describeRuleSet(clients: DoctorClients, name: string): Promise<ReceiptRule[] | null> {
  try {
    return (await clients.ses.send(new DescribeReceiptRuleSetCommand({ RuleSetName: name }))).Rules ?? [];
  } catch (error) {
    if ((error as Error).name.startsWith('RuleSetDoesNotExist')) return null;
    throw error;
  }
}

/** Rules run in order: one before ours that stops or bounces the inbox's mail means ours never runs. */
export function earlierRules(d: DeployConfig, rules: ReceiptRule[]): Finding[] {
  const ourIndex = rules.findIndex((r) => r.Name === d.ruleName);
  // Not deployed yet: the stack inserts its rule first in the set.
  const position = ourIndex < 0 ? 0 : ourIndex;
  const findings: Finding[] = [];
  rules.forEach((rule, index) => {
    if (index === ourIndex || rule.Enabled === false || !matchesRecipient(rule.Recipients, d.inboxAddress)) return;
    const stops = rule.Actions?.some((a) => a.StopAction) ?? false;
    const bounces = rule.Actions?.some((a) => a.BounceAction) ?? false;
    const mayStop = rule.Actions?.some((a) => a.LambdaAction?.InvocationType === 'RequestResponse') ?? false;
    if (index < position && (stops || bounces)) {
      findings.push({
        level: 'error',
        check: 'rule set',
        message: `rule "${rule.Name}" comes before "${d.ruleName}", matches ${d.inboxAddress} and ${stops ? 'stops the rule set' : 'bounces the mail'}: invite-advisor never sees it`,
        fix: `move "${d.ruleName}" above "${rule.Name}" in the SES console, or narrow "${rule.Name}"'s recipients`,
      });
    } else if (index < position && mayStop) {
      findings.push({ level: 'warn', check: 'rule set', message: `rule "${rule.Name}" comes first and calls a Lambda function synchronously, which may stop the rule set for ${d.inboxAddress}`, fix: `move "${d.ruleName}" above it in the SES console` });
    } else if (index > position && bounces) {
      findings.push({
        level: 'warn',
        check: 'rule set',
        message: `rule "${rule.Name}" runs after "${d.ruleName}" and bounces mail to ${d.inboxAddress}: senders get a bounce although invite-advisor processed their mail`,
        fix: `exclude ${d.inboxAddress} from "${rule.Name}"'s recipients`,
      });
    }
  });
  return findings;
}

/**
 * SES recipient conditions: none matches every recipient on verified domains; an address matches itself
 * and its +label forms; "domain" matches that domain only; ".domain" matches its subdomains.
 */
export function matchesRecipient(conditions: string[] | undefined, address: string): boolean {
  if (!conditions || conditions.length === 0) return true;
  const target = normalizeAddress(address);
  const domain = target.slice(target.lastIndexOf('@') + 1);
  return conditions.some((raw) => {
    const condition = raw.trim().toLowerCase();
    if (condition.includes('@')) return condition === target || splitPlusLabel(target).base === condition;
    if (condition.startsWith('.')) return domain.endsWith(condition);
    return domain === condition;
  });
}

async function getIdentity(clients: DoctorClients, identity: string): Promise<GetEmailIdentityCommandOutput | null> {
  try {
    return await clients.sesv2.send(new GetEmailIdentityCommand({ EmailIdentity: identity }));
  } catch (error) {
    if ((error as Error).name === 'NotFoundException') return null;
    throw error;
  }
}

/**
 * Every SES identity the stack needs (deploy-config.ts, `identities`): one it would create must not exist
 * yet before the first deploy (creating it again fails the deploy with "already exists"), and one it adopts
 * must exist and be verified. After the deploy, each must be verified.
 */
export async function checkIdentities(d: DeployConfig, clients: DoctorClients, deployed: boolean): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const planned of d.identities) {
    const check = planned.kind === 'domain' ? 'domain' : 'owner';
    let identity: GetEmailIdentityCommandOutput | null;
    try {
      identity = await getIdentity(clients, planned.identity);
    } catch (error) {
      findings.push({ level: 'warn', check, message: `could not read the SES identity ${planned.identity} (${errorText(error)})`, fix: 'the doctor needs ses:GetEmailIdentity (read-only)' });
      continue;
    }
    findings.push(planned.adopted ? await adoptedIdentity(d, clients, planned, identity) : createdIdentity(planned, identity, deployed));
  }
  return findings;
}

const ADOPT = 'deploy.adoptExistingIdentities';

function createdIdentity(planned: PlannedIdentity, identity: GetEmailIdentityCommandOutput | null, deployed: boolean): Finding {
  const check = planned.kind === 'domain' ? 'domain' : 'owner';
  const name = planned.identity;
  if (!identity) {
    return planned.kind === 'domain'
      ? { level: 'info', check, message: `${name} is not an SES identity yet`, fix: 'cdk deploy creates it; then create the DKIM records it lists (or the hosted zone gets them)' }
      : { level: 'info', check, message: `${name} is not an SES identity yet`, fix: `after cdk deploy, click the link in the verification mail AWS sends to ${name}` };
  }
  if (!deployed) {
    return {
      level: 'error',
      check,
      message: `${name} is already an SES identity in this region: creating it again fails the deploy ("already exists")`,
      fix: `add "${name}" to ${ADOPT} in the configuration: the stack then uses the existing identity instead of creating it`,
    };
  }
  return verification(planned, identity, '');
}

async function adoptedIdentity(d: DeployConfig, clients: DoctorClients, planned: PlannedIdentity, identity: GetEmailIdentityCommandOutput | null): Promise<Finding> {
  const check = planned.kind === 'domain' ? 'domain' : 'owner';
  const name = planned.identity;
  if (identity) return verification(planned, identity, ' (adopted: the stack uses it and does not create it)');
  // An address needs no identity of its own when its whole domain is a verified identity.
  if (planned.kind === 'address') {
    const domain = name.slice(name.lastIndexOf('@') + 1);
    const parent = await getIdentity(clients, domain).catch(() => null);
    if (parent?.VerifiedForSendingStatus) return { level: 'ok', check, message: `${name} is covered by the verified domain identity ${domain} (adopted)` };
  }
  const fix = `remove "${name}" from ${ADOPT} (and set ${planned.kind === 'domain' ? 'deploy.createDomainIdentity' : 'deploy.verifyOwnerAddresses'} to true) so that the stack creates it, or create and verify it in the SES console in ${d.deploy.region}`;
  return planned.kind === 'domain'
    ? { level: 'error', check, message: `${name} is not an SES identity in ${d.deploy.region}, and the configuration adopts it instead of creating it: SES would receive no mail for it`, fix }
    : { level: 'error', check, message: `${name} is not an SES identity in ${d.deploy.region}, and the configuration adopts it instead of creating it: in the SES sandbox nothing can be sent to it`, fix };
}

function verification(planned: PlannedIdentity, identity: GetEmailIdentityCommandOutput, note: string): Finding {
  const name = planned.identity;
  if (planned.kind === 'address') {
    return identity.VerifiedForSendingStatus
      ? { level: 'ok', check: 'owner', message: `${name} is verified${note}` }
      : { level: 'warn', check: 'owner', message: `${name} is not verified yet${note}: in the SES sandbox no recommendation can reach it`, fix: `click the verification link in the mail from Amazon Web Services to ${name} (check the spam folder); the SES console can send it again` };
  }
  const dkim = identity.DkimAttributes?.Status ?? 'unknown';
  if (identity.VerifiedForSendingStatus) return { level: 'ok', check: 'domain', message: `${name} is verified (DKIM ${dkim})${note}` };
  const tokens = identity.DkimAttributes?.Tokens ?? [];
  return {
    level: 'warn',
    check: 'domain',
    message: `${name} is not verified yet (DKIM ${dkim})${note}: SES accepts no mail for it and sends none from it`,
    fix: tokens.length > 0
      ? `create ${tokens.map((t) => `CNAME ${t}._domainkey.${name} ${t}.dkim.amazonses.com`).join('; ')} (verification can take up to 72 hours after DNS is right)`
      : 'create the DKIM records listed in the stack outputs (or, for an adopted identity, in the SES console)',
  };
}

function errorText(error: unknown): string {
  const e = error as { name?: string; message?: string; code?: string };
  return [e.code ?? e.name, e.message].filter(Boolean).join(': ');
}
