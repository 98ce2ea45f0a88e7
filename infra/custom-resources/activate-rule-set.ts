/**
 * Custom resource (ruleSet "create"): activates the stack's receipt rule set. CloudFormation cannot do it
 * (aws-cdk #10321, #28823), and a plain AwsCustomResource calling SetActiveReceiptRuleSet would silently
 * switch off whatever set is active now (WorkMail, another domain's mail). So this function looks first:
 * it FAILS the deploy when another set is active, unless the configuration says replaceActiveRuleSet (then it
 * records the set it switched off in its physical id), and on delete, which is also how a failed first deploy
 * rolls back, it deactivates only its own set and switches the replaced one back on.
 *
 * Runs behind the CDK Provider framework: return to succeed, throw to fail (the message reaches the
 * CloudFormation events and `cdk deploy`'s output).
 */
import { DescribeActiveReceiptRuleSetCommand, SESClient, SetActiveReceiptRuleSetCommand } from '@aws-sdk/client-ses';

export interface ActivationEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  /** absent on Create; on a Delete after a Create that never answered (a rollback), one the framework made up */
  PhysicalResourceId?: string;
  ResourceProperties: { RuleSetName: string; ReplaceActive?: string };
  /** on Update: the properties before it (a rename of our set, or the rollback of one) */
  OldResourceProperties?: { RuleSetName?: string };
}

export type ActivationPlan =
  | { action: 'activate'; replaced: string | null }
  /** hand mail back to the set ours replaced, or (null) to no set at all */
  | { action: 'deactivate'; restore: string | null }
  | { action: 'nothing'; reason: string }
  | { action: 'refuse'; message: string };

const ID_PREFIX = 'active-receipt-rule-set:';

/**
 * The resource's physical id records which set ours replaced, so that deleting it (the stack's deletion,
 * or the rollback of a failed first deploy) switches that set back on:
 * `active-receipt-rule-set:<ours>` or `active-receipt-rule-set:<ours>;replaced=<theirs>` (rule set names
 * hold letters, digits, `.`, `_` and `-` only).
 */
export function physicalIdFor(ours: string, replaced: string | null): string {
  return replaced ? `${ID_PREFIX}${ours};replaced=${replaced}` : `${ID_PREFIX}${ours}`;
}

/** What a physical id we wrote says; null for an id we did not write (a framework-made one). */
export function readPhysicalId(id: string | undefined): { ours: string; replaced: string | null } | null {
  const match = /^active-receipt-rule-set:([\w.-]+)(?:;replaced=([\w.-]+))?$/.exec(id ?? '');
  return match ? { ours: match[1] ?? '', replaced: match[2] ?? null } : null;
}

/** The decision, without I/O: what to do given the set that is active now. */
export function planActivation(input: {
  requestType: ActivationEvent['RequestType'];
  ours: string;
  active: string | null;
  replaceActive: boolean;
  /** on Update: our set's name before it (switching between our own sets is never a takeover) */
  previousOurs?: string | null;
  /** on Delete: the set ours replaced when it was activated, if any */
  replaced?: string | null;
}): ActivationPlan {
  const { requestType, ours, active, replaceActive } = input;
  if (requestType === 'Delete') {
    // Someone else's set is active (the owner switched on purpose): leave it alone.
    return active === ours ? { action: 'deactivate', restore: input.replaced ?? null } : { action: 'nothing', reason: `"${ours}" is not the active rule set` };
  }
  if (active === ours) return { action: 'nothing', reason: `"${ours}" is already active` };
  if (active !== null && active === input.previousOurs) return { action: 'activate', replaced: null };
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
    const recorded = readPhysicalId(event.PhysicalResourceId);
    const plan = planActivation({
      requestType: event.RequestType,
      ours,
      active: await api.activeRuleSet(),
      replaceActive: event.ResourceProperties.ReplaceActive === 'true',
      previousOurs: event.OldResourceProperties?.RuleSetName ?? null,
      replaced: recorded?.replaced ?? null,
    });
    if (plan.action === 'refuse') throw new Error(plan.message);
    if (plan.action === 'activate') await api.setActive(ours);
    if (plan.action === 'deactivate') await restoreOrDeactivate(api, plan.restore);
    // Delete and Update keep the id they were given: a different one on Delete fails the framework
    // (DELETE_FAILED, a stuck rollback), a different one on Update makes CloudFormation delete the old.
    const id =
      event.RequestType === 'Create' || !event.PhysicalResourceId
        ? physicalIdFor(ours, plan.action === 'activate' ? plan.replaced : null)
        : event.PhysicalResourceId;
    return { PhysicalResourceId: id, Data: { Replaced: plan.action === 'activate' ? (plan.replaced ?? '') : '' } };
  };
}

/** Switch the set ours replaced back on; when it is gone since, switch every set off. */
async function restoreOrDeactivate(api: RuleSetApi, restore: string | null): Promise<void> {
  if (restore) {
    try {
      await api.setActive(restore);
      return;
    } catch (error) {
      if ((error as Error).name !== 'RuleSetDoesNotExistException') throw error;
    }
  }
  await api.setActive(null);
}

export const handler = makeHandler(sesRuleSetApi(new SESClient({})));
