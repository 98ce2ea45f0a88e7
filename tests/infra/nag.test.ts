/**
 * cdk-nag's AwsSolutions pack (v3: a policy-validation plugin) must find nothing unacknowledged, in every
 * shape the stack takes; and every acknowledgement must name its finding and give a reason.
 */
import { type Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { IConstruct } from 'constructs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addNagChecks } from '../../infra/nag.js';
import { buildStack, exampleConfig, newApp, realConfig, synthStack } from './helpers.js';

/** Synthesizes with the checks on; returns the findings (empty when synthesis passed). */
function findings(config: unknown, addToStack: (stack: Stack) => void = () => {}): string[] {
  const app = newApp();
  addToStack(buildStack(config, app));
  addNagChecks(app);
  try {
    app.synth();
    return [];
  } catch (error) {
    const report = /report can be found in: (\S+)/.exec((error as Error).message)?.[1];
    if (!report) throw error;
    const parsed = JSON.parse(readFileSync(report.replace(/\.$/, ''), 'utf8')) as {
      pluginReports: { violations: { ruleName: string; violatingConstructs: { constructPath: string }[] }[] }[];
    };
    return parsed.pluginReports.flatMap((p) => p.violations.flatMap((v) => v.violatingConstructs.map((c) => `${v.ruleName} at ${c.constructPath}`)));
  }
}

describe('cdk-nag AwsSolutions', () => {
  it.each([
    ['rule set "create"', realConfig()],
    ['rule set "existing", hosted zone, no owner identities, no reserved concurrency', realConfig({ ruleSet: 'existing:mine', hostedZone: { id: 'Z0123456789ABC', name: 'alexmorgan.dev' }, verifyOwnerAddresses: false, reservedConcurrency: null })],
    ['the example configuration', exampleConfig()],
    ['the weekly digest on', { ...realConfig(), followThrough: { weeklyDigest: true } }],
  ])('finds nothing unacknowledged: %s', (_name, config) => {
    expect(findings(config)).toEqual([]);
  });

  it('fails on a finding nobody acknowledged', () => {
    expect(findings(realConfig(), (stack) => new Bucket(stack, 'Careless'))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^AwsSolutions-S1 at InviteAdvisor\/Careless/), expect.stringMatching(/^AwsSolutions-S10 at InviteAdvisor\/Careless/)]),
    );
  });

  it('every acknowledgement names an AwsSolutions finding and says why', () => {
    const { app } = synthStack(realConfig());
    const acknowledgements: { id: string; reason: string }[] = [];
    const visit = (node: IConstruct): void => {
      for (const entry of node.node.metadata) {
        // Recorded by Validations.acknowledge as { "<plugin>::<rule id>": reason }.
        if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
        for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) acknowledgements.push({ id, reason });
      }
      node.node.children.forEach(visit);
    };
    visit(app);
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const { id, reason } of acknowledgements) {
      expect(id).toMatch(/^AwsSolutions::AwsSolutions-[A-Z]+\d+(\[.+\])?$/);
      expect(reason.length, `reason of ${id}`).toBeGreaterThan(60);
    }
  });

  it('runs in the app itself (infra/app.ts registers the v3 plugin)', () => {
    const app = readFileSync(join(import.meta.dirname, '../../infra/app.ts'), 'utf8');
    expect(app).toContain('addNagChecks(app)');
  });
});
