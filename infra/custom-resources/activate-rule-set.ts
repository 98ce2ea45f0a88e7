/**
 * Custom resource (ruleSet "create"): activates the stack's receipt rule set. CloudFormation cannot do it
 * (aws-cdk #10321, #28823), and a plain AwsCustomResource calling SetActiveReceiptRuleSet would silently
 * switch off whatever set is active now (WorkMail, another domain's mail). So this function looks first:
 * it FAILS the deploy when another set is active, unless the configuration says replaceActiveRuleSet, and
 * on delete it deactivates only its own set.
 *
 * Runs behind the CDK Provider framework: return to succeed, throw to fail (the message reaches the
 * CloudFormation events and `cdk deploy`'s output).
 */
import { DescribeActiveReceiptRuleSetCommand, SESClient, SetActiveReceiptRuleSetCommand } from '@aws-sdk/client-ses';

export interface ActivationEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  PhysicalResourceId?: string;
  ResourceProperties: { RuleSetName: string; ReplaceActive?: string };
}

export type ActivationPlan =
  | { action: 'activate'; replaced: string | null }
  | { action: 'deactivate' }
  | { action: 'nothing'; reason: string }
  | { action: 'refuse'; message: string };

/** The decision, without I/O: what to do given the set that is active now. */
export function planActivation(input: { requestType: ActivationEvent['RequestType']; ours: string; active: string | null; replaceActive: boolean }): ActivationPlan {
  const { requestType, ours, active, replaceActive } = input;
  if (requestType === 'Delete') {
    // Someone else's set is active (the owner switched on purpose): leave it alone.
    return active === ours ? { action: 'deactivate' } : { action: 'nothing', reason: `"${ours}" is not the active rule set` };
  }
  if (active === ours) return { action: 'nothing', reason: `"${ours}" is already active` };
  if (active === null || replaceActive) return { action: 'activate', replaced: active };
  return {
    action: 'refuse',
    message:
      `invite-advisor: the receipt rule set "${active}" is active in this account and region; activating "${ours}" would switch it off, ` +
      `and with it the mail it receives. Either add the inbox rule to it (deploy.ruleSet "existing:${active}") ` +
      'or, if that set is no longer needed, set deploy.replaceActiveRuleSet to true.',
  };
}

/** The two SES calls this needs; the SDK client satisfies it, tests pass a stub. */
export interface RuleSetApi {
  activeRuleSet(): Promise<string | null>;
  /** `null` deactivates every set (SES has no "deactivate this one") */
  setActive(name: string | null): Promise<void>;
}

export function sesRuleSetApi(client: SESClient): RuleSetApi {
  return {
    async activeRuleSet() {
      const result = await client.send(new DescribeActiveReceiptRuleSetCommand({}));
      return result.Metadata?.Name ?? null;
    },
    async setActive(name) {
      await client.send(new SetActiveReceiptRuleSetCommand(name === null ? {} : { RuleSetName: name }));
    },
  };
}

export function makeHandler(api: RuleSetApi) {
  return async (event: ActivationEvent): Promise<{ PhysicalResourceId: string; Data: { Replaced: string } }> => {
    const ours = event.ResourceProperties.RuleSetName;
    const plan = planActivation({
      requestType: event.RequestType,
      ours,
      active: await api.activeRuleSet(),
      replaceActive: event.ResourceProperties.ReplaceActive === 'true',
    });
    if (plan.action === 'refuse') throw new Error(plan.message);
    if (plan.action === 'activate') await api.setActive(ours);
    if (plan.action === 'deactivate') await api.setActive(null);
    return { PhysicalResourceId: `active-receipt-rule-set:${ours}`, Data: { Replaced: plan.action === 'activate' ? (plan.replaced ?? '') : '' } };
  };
}

export const handler = makeHandler(sesRuleSetApi(new SESClient({})));
