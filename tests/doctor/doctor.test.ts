/**
 * `npm run doctor` with its AWS clients and DNS stubbed: no network, no account. Each finding must say
 * what is wrong and what to do.
 */
import type { MxRecord } from 'node:dns';
import { GetAccountSettingsCommand } from '@aws-sdk/client-lambda';
import { DescribeActiveReceiptRuleSetCommand, DescribeReceiptRuleSetCommand, type ReceiptRule } from '@aws-sdk/client-ses';
import { GetAccountCommand, GetEmailIdentityCommand } from '@aws-sdk/client-sesv2';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { describe, expect, it } from 'vitest';
import { matchesRecipient, type DoctorClients, type Finding } from '../../infra/doctor/aws-doctor.js';
import type { BootstrapState } from '../../infra/doctor/bootstrap.js';
import { formatFindings, runDoctor, scopeOf } from '../../tools/doctor.js';
import { exampleConfig, realConfig } from '../infra/helpers.js';
import { configFile } from './helpers.js';

const INBOX = 'interviews@in.alexmorgan.dev';
const MX_HOST = 'inbound-smtp.us-east-1.amazonaws.com';

interface World {
  credentials?: boolean;
  /** hosts whose lookup fails */
  unresolvable?: string[];
  mx?: MxRecord[] | 'none';
  account?: { ProductionAccessEnabled?: boolean; SendingEnabled?: boolean; EnforcementStatus?: string };
  active?: { name: string; rules: ReceiptRule[] } | null;
  /** rule sets by name (besides the active one) */
  sets?: Record<string, ReceiptRule[]>;
  /** SES identities: verified or not, DKIM tokens */
  identities?: Record<string, { verified: boolean; tokens?: string[] }>;
  /** domains that publish no DMARC record (every other domain publishes one) */
  noDmarc?: string[];
  /** Lambda's account settings (default: a quota of 1,000, all unreserved) */
  lambda?: { limit: number; unreserved: number };
  /** what the bootstrap reader finds (default: bootstrapped, version 30); 'denied': the read fails */
  bootstrap?: BootstrapState | 'denied';
}

class NamedError extends Error {
  constructor(name: string, message = name, readonly code?: string) {
    super(message);
    this.name = name;
  }
}

/** Answers like the SDK clients and node:dns would, from `world`; records every AWS call. */
function clients(world: World): { clients: DoctorClients; calls: string[] } {
  const calls: string[] = [];
  const answer = async (command: object): Promise<unknown> => {
    calls.push(command.constructor.name);
    if (command instanceof GetCallerIdentityCommand) {
      if (world.credentials === false) throw new NamedError('CredentialsProviderError', 'Could not load credentials from any providers');
      return { Account: '111122223333', Arn: 'arn:aws:iam::111122223333:user/alex' };
    }
    if (command instanceof GetAccountSettingsCommand) {
      const { limit, unreserved } = world.lambda ?? { limit: 1000, unreserved: 1000 };
      return { AccountLimit: { ConcurrentExecutions: limit, UnreservedConcurrentExecutions: unreserved } };
    }
    if (command instanceof GetAccountCommand) return { ProductionAccessEnabled: false, SendingEnabled: true, EnforcementStatus: 'HEALTHY', ...world.account };
    if (command instanceof DescribeActiveReceiptRuleSetCommand) return world.active ? { Metadata: { Name: world.active.name }, Rules: world.active.rules } : {};
    if (command instanceof DescribeReceiptRuleSetCommand) {
      const rules = world.sets?.[command.input.RuleSetName ?? ''];
      if (!rules) throw new NamedError('RuleSetDoesNotExistException');
      return { Metadata: { Name: command.input.RuleSetName }, Rules: rules };
    }
    if (command instanceof GetEmailIdentityCommand) {
      const identity = world.identities?.[command.input.EmailIdentity ?? ''];
      if (!identity) throw new NamedError('NotFoundException');
      return { VerifiedForSendingStatus: identity.verified, DkimAttributes: { Status: identity.verified ? 'SUCCESS' : 'PENDING', Tokens: identity.tokens ?? [] } };
    }
    throw new Error(`unexpected command ${command.constructor.name}`);
  };
  const send = answer as never;
  return {
    calls,
    clients: {
      sts: { send },
      sesv2: { send },
      ses: { send },
      lambda: { send },
      bootstrap: {
        needs: 'ssm:GetParameter on /cdk-bootstrap/hnb659fds/version',
        read: async (account, region) => {
          calls.push(`ReadBootstrap ${account} ${region}`);
          if (world.bootstrap === 'denied') throw new NamedError('AccessDeniedException', 'not authorized to perform ssm:GetParameter');
          return world.bootstrap ?? { bootstrapped: true, version: 30, evidence: 'SSM parameter /cdk-bootstrap/hnb659fds/version = 30' };
        },
      },
      dns: {
        lookup: async (host) => {
          if (world.unresolvable?.includes(host)) throw new NamedError('Error', `getaddrinfo ENOTFOUND ${host}`, 'ENOTFOUND');
          return { address: '192.0.2.1' };
        },
        resolveTxt: async (host) => {
          if (world.noDmarc?.some((domain) => host === `_dmarc.${domain}`)) throw new NamedError('Error', 'queryTxt ENOTFOUND', 'ENOTFOUND');
          return [['v=DMARC1; p=none']];
        },
        resolveMx: async () => {
          if (world.mx === undefined || world.mx === 'none') throw new NamedError('Error', 'queryMx ENODATA', 'ENODATA');
          return world.mx;
        },
      },
    },
  };
}

const ours = (overrides: Partial<ReceiptRule> = {}): ReceiptRule => ({
  Name: 'InviteAdvisor-inbox',
  Enabled: true,
  Recipients: [INBOX],
  Actions: [{ S3Action: { BucketName: 'b', ObjectKeyPrefix: 'inbound/' } }, { LambdaAction: { FunctionArn: 'arn', InvocationType: 'Event' } }],
  ...overrides,
});

/** A deployed stack in "create" mode: everything in place and verified. */
const healthy: World = {
  mx: [{ exchange: MX_HOST, priority: 10 }],
  account: { ProductionAccessEnabled: true },
  active: { name: 'InviteAdvisor-rules', rules: [ours()] },
  identities: { 'in.alexmorgan.dev': { verified: true }, 'alex.morgan@gmail.com': { verified: true }, 'a.morgan@work.alexmorgan.dev': { verified: true } },
};

async function doctor(world: World, deploy: Record<string, unknown> = {}): Promise<Finding[]> {
  return runDoctor({ file: configFile(realConfig(deploy)), offline: false, clients: () => clients(world).clients });
}

const about = (findings: Finding[], check: Finding['check']) => findings.filter((f) => f.check === check);
const levels = (findings: Finding[]) => findings.map((f) => f.level);

describe('the configuration (offline)', () => {
  it('refuses the example’s placeholder domain, and says what to do', async () => {
    const findings = await runDoctor({ file: configFile(exampleConfig()), offline: true });
    expect(findings).toEqual([expect.objectContaining({ level: 'error', check: 'configuration', message: expect.stringContaining('"interviews@in.example.com"'), fix: expect.stringContaining('docs/deploy.md') })]);
  });

  it('names the wrong field and value, and makes no call at all', async () => {
    const world = clients(healthy);
    const findings = await runDoctor({ file: configFile(realConfig({ ruleSet: 'mine' })), offline: false, clients: () => world.clients });
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toMatch(/deploy\.ruleSet: .*\(got "mine"\)/);
    expect(world.calls).toEqual([]);
  });

  it('warns about a region not known to receive mail, and goes on to check it live', async () => {
    const findings = await doctor({ ...healthy, unresolvable: ['inbound-smtp.eu-south-1.amazonaws.com'] }, { region: 'eu-south-1' });
    expect(about(findings, 'configuration')).toContainEqual(expect.objectContaining({ level: 'warn', message: expect.stringContaining('"eu-south-1" is not known to receive mail') }));
    expect(about(findings, 'region')[0]).toMatchObject({ level: 'error' });
  });

  it('--offline stops after a valid configuration', async () => {
    expect(levels(await runDoctor({ file: configFile(realConfig()), offline: true }))).toEqual(['ok']);
  });
});

describe('a deployed, healthy setup', () => {
  it('has nothing in the way', async () => {
    const findings = await doctor(healthy);
    expect(findings.filter((f) => f.level !== 'ok')).toEqual([]);
    expect(formatFindings(findings)).toMatch(/Nothing in the way\.\n$/);
  });

  it('only reads (Get/Describe), never changes anything', async () => {
    const world = clients(healthy);
    await runDoctor({ file: configFile(realConfig()), offline: false, clients: () => world.clients });
    expect(world.calls.every((c) => /^(Get|Describe|ReadBootstrap)/.test(c))).toBe(true);
  });
});

describe('the CDK bootstrap', () => {
  it('is read for the account of the credentials, in the configured region', async () => {
    const world = clients(healthy);
    const findings = await runDoctor({ file: configFile(realConfig({ region: 'eu-west-1' })), offline: false, clients: () => world.clients });
    expect(world.calls).toContain('ReadBootstrap 111122223333 eu-west-1');
    expect(about(findings, 'bootstrap')).toEqual([expect.objectContaining({ level: 'ok', message: 'aws://111122223333/eu-west-1 is bootstrapped for the CDK, version 30' })]);
  });

  it('missing: an error that gives the exact bootstrap command', async () => {
    const [finding] = about(await doctor({ ...healthy, bootstrap: { bootstrapped: false, evidence: 'no SSM parameter /cdk-bootstrap/hnb659fds/version' } }), 'bootstrap');
    expect(finding).toMatchObject({ level: 'error', message: expect.stringContaining('not bootstrapped'), fix: expect.stringContaining('npx cdk bootstrap aws://111122223333/us-east-1') });
  });

  it('older than the template accepts (version 6): an error, and bootstrapping again updates it', async () => {
    const [finding] = about(await doctor({ ...healthy, bootstrap: { bootstrapped: true, version: 5, evidence: 'x' } }), 'bootstrap');
    expect(finding).toMatchObject({ level: 'error', message: expect.stringContaining('version 5; this app needs 6 or later'), fix: expect.stringContaining('npx cdk bootstrap') });
  });

  it('without a version (only its bucket was seen): says so, and what a kept bucket of a deleted toolkit means', async () => {
    const [finding] = about(await doctor({ ...healthy, bootstrap: { bootstrapped: true, version: null, evidence: 'its assets bucket cdk-hnb659fds-assets-111122223333-us-east-1 exists' } }), 'bootstrap');
    expect(finding).toMatchObject({ level: 'info', message: expect.stringContaining('version was not read'), fix: expect.stringContaining('delete the bucket cdk-hnb659fds-assets-111122223333-us-east-1') });
  });

  it('unreadable: a warning that names the permission', async () => {
    const [finding] = about(await doctor({ ...healthy, bootstrap: 'denied' }), 'bootstrap');
    expect(finding).toMatchObject({ level: 'warn', fix: expect.stringContaining('ssm:GetParameter') });
  });
});

describe('Lambda concurrency', () => {
  it('a reservation that does not fit a new account’s quota of 10: an error that says what to set or request', async () => {
    const findings = await doctor({ ...healthy, lambda: { limit: 10, unreserved: 10 } }, { reservedConcurrency: 2 });
    expect(about(findings, 'concurrency')[0]).toMatchObject({ level: 'error', message: expect.stringContaining('does not fit'), fix: expect.stringMatching(/reservedConcurrency to null.*Concurrent executions.*at least 12/) });
  });

  it('no reservation (the default): only reports the quota', async () => {
    const findings = await doctor({ ...healthy, lambda: { limit: 10, unreserved: 10 } });
    expect(about(findings, 'concurrency')[0]).toMatchObject({ level: 'ok', message: expect.stringContaining('quota is 10') });
  });

  it('a reservation with room: fine', async () => {
    const findings = await doctor({ ...healthy, lambda: { limit: 1000, unreserved: 1000 } }, { reservedConcurrency: 2 });
    expect(about(findings, 'concurrency')[0]?.level).toBe('ok');
  });
});

describe('owner domains without DMARC', () => {
  it('warn that forwards then need a DKIM signature, and name the opt-out', async () => {
    // Prepare: the owner's work domain publishes no DMARC record (gmail.com does).
    const findings = await doctor({ ...healthy, noDmarc: ['work.alexmorgan.dev', 'alexmorgan.dev'] });
    // Assess
    const dmarc = about(findings, 'dmarc');
    expect(dmarc).toContainEqual(expect.objectContaining({ level: 'warn', message: expect.stringContaining('work.alexmorgan.dev publishes no DMARC record'), fix: expect.stringContaining('owner.unsignedAddresses') }));
    expect(dmarc).toContainEqual(expect.objectContaining({ level: 'ok', message: expect.stringContaining('gmail.com publishes DMARC') }));
  });

  it('accept a DMARC record at the organisational domain', async () => {
    const findings = await doctor({ ...healthy, noDmarc: ['work.alexmorgan.dev'] });
    expect(about(findings, 'dmarc').filter((f) => f.level === 'warn')).toEqual([]);
  });
});

describe('the summary says what was checked', () => {
  it('offline: the configuration only', async () => {
    const findings = await runDoctor({ file: configFile(realConfig()), offline: true });
    expect(formatFindings(findings, scopeOf(findings, true))).toMatch(/Nothing in the way \(configuration only: AWS, DNS and the account were not checked\)\.\n$/);
  });

  it('without credentials: the configuration and DNS', async () => {
    const findings = await doctor({ ...healthy, credentials: false });
    expect(formatFindings(findings, scopeOf(findings, false))).toMatch(/\(configuration and DNS only: the AWS account was not checked\)\.\n$/);
  });
});

describe('without AWS credentials', () => {
  it('says so and still checks DNS', async () => {
    const world = clients({ ...healthy, credentials: false });
    const findings = await runDoctor({ file: configFile(realConfig()), offline: false, clients: () => world.clients });
    expect(about(findings, 'credentials')[0]).toMatchObject({ level: 'warn', fix: expect.stringContaining('credentials') });
    expect(about(findings, 'mx')[0]?.level).toBe('ok');
    expect(world.calls).toEqual(['GetCallerIdentityCommand']);
  });
});

describe('the region', () => {
  it('is questioned when its inbound endpoint does not resolve', async () => {
    const findings = await doctor({ ...healthy, unresolvable: [MX_HOST] });
    expect(about(findings, 'region')[0]).toMatchObject({ level: 'warn', message: expect.stringContaining('may not receive mail'), fix: expect.stringContaining('Email receiving endpoints') });
  });

  it('is not judged when DNS does not answer at all (offline)', async () => {
    const findings = await doctor({ ...healthy, unresolvable: ['email.us-east-1.amazonaws.com', MX_HOST] });
    expect(about(findings, 'region')).toEqual([expect.objectContaining({ level: 'warn', message: expect.stringContaining('DNS lookups fail') })]);
    expect(about(findings, 'mx')).toEqual([]);
  });
});

describe('the MX records', () => {
  it('missing: gives the exact record to create', async () => {
    const [mx] = about(await doctor({ ...healthy, mx: 'none' }), 'mx');
    expect(mx).toMatchObject({ level: 'warn', fix: `create MX in.alexmorgan.dev 10 ${MX_HOST} at your DNS provider` });
  });

  it('pointing elsewhere: warns BEFORE anyone replaces them, since every address on the domain would move', async () => {
    const [mx] = about(await doctor({ ...healthy, mx: [{ exchange: 'aspmx.l.google.com', priority: 1 }] }), 'mx');
    expect(mx).toMatchObject({ level: 'warn', message: expect.stringMatching(/receives mail somewhere else today \(MX 1 aspmx\.l\.google\.com\).*EVERY address/) });
    expect(mx!.fix).toMatch(/another subdomain/);
  });

  it('mixed with another provider: warns that some mail goes elsewhere', async () => {
    const [mx] = about(await doctor({ ...healthy, mx: [{ exchange: `${MX_HOST}.`, priority: 10 }, { exchange: 'mx.other.example', priority: 5 }] }), 'mx');
    expect(mx).toMatchObject({ level: 'warn', message: expect.stringContaining('besides SES') });
  });
});

describe('the SES account', () => {
  it('in the sandbox: fine for recommendations, points to the production-access request', async () => {
    const [account] = about(await doctor({ ...healthy, account: { ProductionAccessEnabled: false } }), 'account');
    expect(account).toMatchObject({ level: 'info', message: expect.stringContaining('sandbox'), fix: expect.stringContaining('production access') });
  });

  it('with sending paused: an error', async () => {
    expect(levels(about(await doctor({ ...healthy, account: { SendingEnabled: false, ProductionAccessEnabled: true } }), 'account'))).toContain('error');
  });
});

describe('rule sets, mode "create"', () => {
  const fresh: World = { ...healthy, active: null, identities: {} };

  it('nothing active: the deploy will activate ours', async () => {
    const [set] = about(await doctor(fresh), 'rule set');
    expect(set).toMatchObject({ level: 'ok', message: expect.stringContaining('the deploy activates "InviteAdvisor-rules"') });
  });

  it('another set active: the deploy would fail; names both ways out', async () => {
    const [set] = about(await doctor({ ...fresh, active: { name: 'workmail', rules: [] } }), 'rule set');
    expect(set).toMatchObject({ level: 'error', fix: expect.stringMatching(/"existing:workmail".*replaceActiveRuleSet/) });
  });

  it('another set active and replaceActiveRuleSet: warns what will be switched off', async () => {
    const [set] = about(await doctor({ ...fresh, active: { name: 'workmail', rules: [ours({ Name: 'x' })] } }, { replaceActiveRuleSet: true }), 'rule set');
    expect(set).toMatchObject({ level: 'warn', message: expect.stringContaining('switch off the active rule set "workmail" (1 rules)') });
  });

  it('deployed, but someone activated another set since: no mail arrives', async () => {
    const [set] = about(await doctor({ ...healthy, active: { name: 'other', rules: [] }, sets: { 'InviteAdvisor-rules': [ours()] } }), 'rule set');
    expect(set).toMatchObject({ level: 'error', message: expect.stringContaining('not the active rule set') });
  });
});

describe('rule sets, mode "existing:<name>"', () => {
  const deploy = { ruleSet: 'existing:main' };
  const world = (rules: ReceiptRule[], active = 'main'): World => ({ ...healthy, active: { name: active, rules }, sets: { main: rules } });

  it('the set must exist', async () => {
    const [set] = about(await doctor({ ...healthy, active: null }, deploy), 'rule set');
    expect(set).toMatchObject({ level: 'error', message: expect.stringContaining('no receipt rule set "main"') });
  });

  it('the set must be the active one', async () => {
    const [set] = about(await doctor(world([ours()], 'other'), deploy), 'rule set');
    expect(set).toMatchObject({ level: 'error', message: expect.stringContaining('SES ignores its rules') });
  });

  it('an earlier rule that matches the inbox and stops the set: an error', async () => {
    const stop = ours({ Name: 'catch-all', Recipients: ['alexmorgan.dev', '.alexmorgan.dev'], Actions: [{ StopAction: { Scope: 'RuleSet' } }] });
    const findings = about(await doctor(world([stop, ours()]), deploy), 'rule set');
    expect(findings).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringMatching(/"catch-all" comes before "InviteAdvisor-inbox".*stops the rule set/), fix: expect.stringContaining('move') }));
  });

  it('an earlier bounce rule without recipients (it matches everything): an error', async () => {
    const bounce = ours({ Name: 'bounce-all', Recipients: [], Actions: [{ BounceAction: { SmtpReplyCode: '550', Message: 'no', Sender: 'x@alexmorgan.dev' } }] });
    expect(levels(about(await doctor(world([bounce, ours()]), deploy), 'rule set'))).toContain('error');
  });

  it('a later bounce rule for the inbox: senders would get a bounce too', async () => {
    const bounce = ours({ Name: 'unknown-users', Recipients: ['in.alexmorgan.dev'], Actions: [{ BounceAction: { SmtpReplyCode: '550', Message: 'no', Sender: 'x@alexmorgan.dev' } }] });
    const findings = about(await doctor(world([ours(), bounce]), deploy), 'rule set');
    expect(findings).toContainEqual(expect.objectContaining({ level: 'warn', message: expect.stringContaining('senders get a bounce') }));
  });

  it('rules for other addresses are none of its business', async () => {
    const other = ours({ Name: 'sales', Recipients: ['sales@alexmorgan.dev', 'other.dev'], Actions: [{ StopAction: { Scope: 'RuleSet' } }] });
    expect(levels(about(await doctor(world([other, ours()]), deploy), 'rule set'))).toEqual(['ok']);
  });
});

describe('recipient conditions, as SES matches them', () => {
  it('address (and its +label forms), domain, .subdomains, or everything', () => {
    expect(matchesRecipient(undefined, INBOX)).toBe(true);
    expect(matchesRecipient([INBOX.toUpperCase()], INBOX)).toBe(true);
    expect(matchesRecipient([INBOX], 'interviews+abc@in.alexmorgan.dev')).toBe(true);
    expect(matchesRecipient(['in.alexmorgan.dev'], INBOX)).toBe(true);
    expect(matchesRecipient(['alexmorgan.dev'], INBOX)).toBe(false);
    expect(matchesRecipient(['.alexmorgan.dev'], INBOX)).toBe(true);
    expect(matchesRecipient(['interviews+x@in.alexmorgan.dev'], INBOX)).toBe(false);
  });
});

describe('SES identities', () => {
  const notDeployed: World = { ...healthy, active: null };

  it('the domain, not created yet: the deploy creates it', async () => {
    const [domain] = about(await doctor({ ...notDeployed, identities: {} }), 'domain');
    expect(domain).toMatchObject({ level: 'info', fix: expect.stringContaining('cdk deploy creates it') });
  });

  it('the domain, pending verification: lists the exact DKIM records', async () => {
    const [domain] = about(await doctor({ ...healthy, identities: { ...healthy.identities, 'in.alexmorgan.dev': { verified: false, tokens: ['tok1', 'tok2', 'tok3'] } } }), 'domain');
    expect(domain).toMatchObject({ level: 'warn', fix: expect.stringContaining('CNAME tok1._domainkey.in.alexmorgan.dev tok1.dkim.amazonses.com') });
  });

  it('every identity the stack would create that exists already: an error each, and how to adopt it', async () => {
    // Prepare: the domain and both owner addresses are SES identities before the first deploy.
    const findings = await doctor(notDeployed);
    // Assess: all three are listed, each with its own line of configuration.
    const existing = [...about(findings, 'domain'), ...about(findings, 'owner')];
    expect(existing.map((f) => [f.level, f.message.split(' ')[0]])).toEqual([
      ['error', 'in.alexmorgan.dev'],
      ['error', 'alex.morgan@gmail.com'],
      ['error', 'a.morgan@work.alexmorgan.dev'],
    ]);
    expect(existing[0]).toMatchObject({ message: expect.stringContaining('"already exists"'), fix: expect.stringContaining('add "in.alexmorgan.dev" to deploy.adoptExistingIdentities') });
    expect(existing[1]!.fix).toContain('add "alex.morgan@gmail.com" to deploy.adoptExistingIdentities');
  });

  it('adopted identities are not an obstacle: checked for verification instead', async () => {
    // Prepare: the domain and the Gmail address exist and are adopted; the work address does not exist yet.
    const world: World = { ...notDeployed, identities: { 'in.alexmorgan.dev': { verified: true }, 'alex.morgan@gmail.com': { verified: false } } };
    const findings = await doctor(world, { adoptExistingIdentities: ['in.alexmorgan.dev', 'Alex.Morgan@gmail.com'] });
    // Assess
    expect(about(findings, 'domain')).toEqual([expect.objectContaining({ level: 'ok', message: expect.stringContaining('adopted') })]);
    expect(about(findings, 'owner')).toEqual([
      expect.objectContaining({ level: 'warn', message: expect.stringMatching(/alex\.morgan@gmail\.com is not verified yet \(adopted/), fix: expect.stringContaining('verification link') }),
      expect.objectContaining({ level: 'info', message: expect.stringContaining('a.morgan@work.alexmorgan.dev is not an SES identity yet') }),
    ]);
  });

  it('an adopted identity that does not exist: an error that says both ways out', async () => {
    const findings = await doctor({ ...notDeployed, identities: {} }, { adoptExistingIdentities: ['in.alexmorgan.dev'] });
    expect(about(findings, 'domain')[0]).toMatchObject({ level: 'error', message: expect.stringContaining('not an SES identity in us-east-1'), fix: expect.stringMatching(/remove "in\.alexmorgan\.dev" from deploy\.adoptExistingIdentities.*SES console/) });
  });

  it('an adopted owner address needs no identity of its own when its domain is a verified identity', async () => {
    const world: World = { ...notDeployed, identities: { 'work.alexmorgan.dev': { verified: true } } };
    const findings = about(await doctor(world, { adoptExistingIdentities: ['a.morgan@work.alexmorgan.dev'] }), 'owner');
    expect(findings[1]).toMatchObject({ level: 'ok', message: expect.stringContaining('covered by the verified domain identity work.alexmorgan.dev') });
  });

  it('the older switches adopt too: createDomainIdentity false, verifyOwnerAddresses false', async () => {
    const findings = await doctor(notDeployed, { createDomainIdentity: false, verifyOwnerAddresses: false });
    expect(levels([...about(findings, 'domain'), ...about(findings, 'owner')])).toEqual(['ok', 'ok', 'ok']);
  });

  it('an owner address not clicked yet: says where the link is', async () => {
    const findings = about(await doctor({ ...healthy, identities: { ...healthy.identities, 'alex.morgan@gmail.com': { verified: false } } }), 'owner');
    expect(findings[0]).toMatchObject({ level: 'warn', fix: expect.stringContaining('verification') });
    expect(findings[1]?.level).toBe('ok');
  });

  it('an owner address that nothing will verify: an error', async () => {
    const findings = about(await doctor({ ...healthy, identities: { 'in.alexmorgan.dev': { verified: true } } }, { verifyOwnerAddresses: false }), 'owner');
    expect(levels(findings)).toEqual(['error', 'error']);
  });
});

describe('the report', () => {
  it('counts errors and warnings, with each fix under its finding', () => {
    const text = formatFindings([
      { level: 'error', check: 'mx', message: 'broken', fix: 'mend it' },
      { level: 'warn', check: 'owner', message: 'pending' },
      { level: 'ok', check: 'region', message: 'fine' },
    ]);
    expect(text).toContain('✖ mx');
    expect(text).toMatch(/broken\n\s+→ mend it/);
    expect(text).toMatch(/1 error, 1 warning\.\n$/);
  });
});
