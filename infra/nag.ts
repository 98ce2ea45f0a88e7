/**
 * cdk-nag (v3 API): the AwsSolutions pack runs as a CDK policy-validation plugin, so synthesis fails on
 * any finding that is not acknowledged. Acknowledgements live next to the resource they are about, and
 * each one names the finding and says why it is acceptable here.
 */
import { type App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';

export function addNagChecks(app: App): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
}

/**
 * Acknowledges one finding on `scope` (and what it contains). `finding` is the rule id, optionally with
 * the finding in brackets: `AwsSolutions-IAM5[Resource::*]`.
 */
export function acknowledge(scope: IConstruct, finding: `AwsSolutions-${string}`, reason: string): void {
  Validations.of(scope).acknowledge({ id: `AwsSolutions::${finding}`, reason });
}
