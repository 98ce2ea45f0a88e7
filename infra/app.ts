/**
 * CDK app entry (cdk.json: `npx tsx infra/app.ts`).
 *
 *   npx cdk synth                       reads config.json, or config.example.json on a fresh clone
 *   npx cdk deploy -c config=other.json another file
 *
 * The configuration is validated before any construct exists; errors name the field and the value.
 */
import { App } from 'aws-cdk-lib';
import { ConfigError } from '../functions/errors.js';
import { PROJECT_ROOT } from './constructs/bundling.js';
import { assertDeployable, loadDeployConfig, resolveConfigFile } from './deploy-config.js';
import { addNagChecks } from './nag.js';
import { InviteAdvisorStack } from './stack.js';

const app = new App();
const deployment = (() => {
  try {
    const loaded = loadDeployConfig(resolveConfigFile(PROJECT_ROOT, app.node.tryGetContext('config')));
    assertDeployable(loaded, {
      credentials: Boolean(process.env.CDK_DEFAULT_ACCOUNT),
      allowPlaceholder: String(app.node.tryGetContext('invite-advisor:allowPlaceholder')) === 'true',
    });
    return loaded;
  } catch (error) {
    // A configuration mistake is the user's to fix: the message, not a stack trace.
    if (!(error instanceof ConfigError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
})();

for (const warning of deployment.warnings) console.warn(`invite-advisor: ${warning}`);

new InviteAdvisorStack(app, deployment.deploy.stackName, {
  deployment,
  // The region comes from the configuration (SES receives mail in some regions only); the account from
  // the CLI's credentials when there are any, so a synth without credentials stays account-agnostic.
  env: { region: deployment.deploy.region, ...(process.env.CDK_DEFAULT_ACCOUNT ? { account: process.env.CDK_DEFAULT_ACCOUNT } : {}) },
  description: 'invite-advisor: forward an interview invitation, get a recommendation back',
});
addNagChecks(app);
