/** Builds the stack in-process from a configuration object, without bundling (0.1 s instead of seconds). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PROJECT_ROOT } from '../../infra/constructs/bundling.js';
import { loadDeployConfig, type DeployConfig } from '../../infra/deploy-config.js';
import { InviteAdvisorStack } from '../../infra/stack.js';

/** The committed example, as parsed JSON: tests change one thing at a time. */
export function exampleConfig(): Record<string, unknown> & { deploy: Record<string, unknown> } {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'config.example.json'), 'utf8'));
}

/** A deployable variant of the example: a real-looking domain instead of the placeholder. */
export function realConfig(deploy: Record<string, unknown> = {}): Record<string, unknown> {
  const config = exampleConfig();
  return {
    ...config,
    inbox: { address: 'interviews@in.alexmorgan.dev' },
    sending: { address: 'advisor@in.alexmorgan.dev', name: 'invite-advisor' },
    owner: { ...(config.owner as object), addresses: ['alex.morgan@gmail.com', 'a.morgan@work.alexmorgan.dev'] },
    deploy: { ...config.deploy, ...deploy },
  };
}

/** Writes the configuration to a temporary file (the stack bundles a file) and validates it. */
export function deployConfig(config: unknown): DeployConfig {
  const file = join(mkdtempSync(join(tmpdir(), 'invite-advisor-infra-')), 'config.json');
  writeFileSync(file, JSON.stringify(config));
  return loadDeployConfig(file);
}

/** The app context of cdk.json (feature flags), so tests see what `cdk synth` sees. */
export function cdkContext(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(PROJECT_ROOT, 'cdk.json'), 'utf8')).context;
}

export function newApp(): App {
  return new App({ context: { ...cdkContext(), 'aws:cdk:bundling-stacks': [] } });
}

/** Builds the stack (not yet synthesized: constructs can still be added). */
export function buildStack(config: unknown = realConfig(), app: App = newApp()): InviteAdvisorStack {
  const deployment = deployConfig(config);
  return new InviteAdvisorStack(app, deployment.deploy.stackName, {
    deployment,
    env: { account: '111122223333', region: deployment.deploy.region },
  });
}

export function synthStack(config: unknown = realConfig(), app: App = newApp()): { template: Template; stack: InviteAdvisorStack; app: App } {
  const stack = buildStack(config, app);
  return { template: Template.fromStack(stack), stack, app };
}

type Resource = { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] };

export function resourcesOf(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.findResources(type)) as [string, Resource][];
}

/** The one resource of this type (whose logical id starts with `idPrefix`, if given). */
export function onlyResource(template: Template, type: string, idPrefix?: [string]): [string, Resource] {
  const all = resourcesOf(template, type).filter(([id]) => !idPrefix || id.startsWith(idPrefix[0]));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}${idPrefix ? ` named ${idPrefix[0]}*` : ''}, found ${all.length}`);
  return all[0]!;
}

/** Every statement of every IAM policy attached to the role with this logical id prefix. */
export function statementsOfRole(template: Template, rolePrefix: string): Record<string, unknown>[] {
  return resourcesOf(template, 'AWS::IAM::Policy')
    .filter(([, policy]) => JSON.stringify(policy.Properties.Roles).includes(rolePrefix))
    .flatMap(([, policy]) => (policy.Properties.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement);
}
