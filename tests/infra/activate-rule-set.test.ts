/**
 * The custom resource that activates the stack's receipt rule set: it must never switch off someone
 * else's set without being told to, and on delete it deactivates only its own.
 */
import { DescribeActiveReceiptRuleSetCommand, SetActiveReceiptRuleSetCommand, type SESClient } from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { makeHandler, planActivation, sesRuleSetApi, type ActivationEvent } from '../../infra/custom-resources/activate-rule-set.js';

const OURS = 'InviteAdvisor-rules';

/** An SES client stub: answers DescribeActiveReceiptRuleSet from `active`, records SetActiveReceiptRuleSet. */
function fakeSes(active: string | null, existing: string[] = [OURS, 'workmail-rules', 'old-rules', 'someone-elses', 'other']) {
  const state = { active, calls: [] as (string | null)[] };
  const client = {
    send: async (command: unknown) => {
      if (command instanceof DescribeActiveReceiptRuleSetCommand) return state.active ? { Metadata: { Name: state.active }, Rules: [] } : {};
      if (command instanceof SetActiveReceiptRuleSetCommand) {
        const name = command.input.RuleSetName ?? null;
        if (name !== null && !existing.includes(name)) throw Object.assign(new Error(`Rule set does not exist: ${name}`), { name: 'RuleSetDoesNotExistException' });
        state.active = name;
        state.calls.push(state.active);
        return {};
      }
      throw new Error(`unexpected command ${(command as object).constructor.name}`);
    },
  } as unknown as SESClient;
  return { handler: makeHandler(sesRuleSetApi(client)), state };
}

const event = (RequestType: ActivationEvent['RequestType'], ReplaceActive = 'false', PhysicalResourceId?: string): ActivationEvent => ({
  RequestType,
  ResourceProperties: { RuleSetName: OURS, ReplaceActive },
  ...(PhysicalResourceId ? { PhysicalResourceId } : {}),
});

describe('activating the rule set', () => {
  it('activates ours when no set is active', async () => {
    const { handler, state } = fakeSes(null);
    await expect(handler(event('Create'))).resolves.toMatchObject({ PhysicalResourceId: `active-receipt-rule-set:${OURS}` });
    expect(state.calls).toEqual([OURS]);
  });

  it('does nothing when ours is already active (an update, a re-run)', async () => {
    const { handler, state } = fakeSes(OURS);
    await handler(event('Update'));
    expect(state.calls).toEqual([]);
  });

  it('FAILS the deploy when another set is active, naming it and both ways out', async () => {
    const { handler, state } = fakeSes('workmail-rules');
    await expect(handler(event('Create'))).rejects.toThrow(/"workmail-rules" is active.*existing:workmail-rules.*replaceActiveRuleSet/);
    expect(state.calls).toEqual([]);
    expect(state.active).toBe('workmail-rules');
  });

  it('replaces the active set only when replaceActiveRuleSet says so, and reports which one it switched off', async () => {
    const { handler, state } = fakeSes('old-rules');
    await expect(handler(event('Create', 'true'))).resolves.toMatchObject({ Data: { Replaced: 'old-rules' } });
    expect(state.active).toBe(OURS);
  });
});

describe('deleting the stack', () => {
  it('deactivates ours (SES cannot delete an active set)', async () => {
    const { handler, state } = fakeSes(OURS);
    await handler(event('Delete'));
    expect(state.calls).toEqual([null]);
  });

  it('leaves another active set alone', async () => {
    const { handler, state } = fakeSes('someone-elses');
    await handler(event('Delete'));
    expect(state.calls).toEqual([]);
    expect(state.active).toBe('someone-elses');
  });
});

describe('rollbacks and the set ours replaced', () => {
  it('a failed first deploy rolls back: the set ours replaced is switched back on', async () => {
    // Prepare: the Create replaced "old-rules" (replaceActiveRuleSet), then a later resource failed.
    const { handler, state } = fakeSes('old-rules');
    const created = await handler(event('Create', 'true'));
    expect(created.PhysicalResourceId).toBe(`active-receipt-rule-set:${OURS};replaced=old-rules`);
    // Act: CloudFormation deletes the resource with the id the Create returned.
    const deleted = await handler(event('Delete', 'true', created.PhysicalResourceId));
    // Assess
    expect(state.active).toBe('old-rules');
    expect(deleted.PhysicalResourceId).toBe(created.PhysicalResourceId);
  });

  it('a Delete with an id the framework made up (a Create that never answered) returns that same id', async () => {
    const { handler, state } = fakeSes(OURS);
    const id = 'InviteAdvisor-ActivatorResource-1A2B3C4D5E6F';
    await expect(handler(event('Delete', 'false', id))).resolves.toMatchObject({ PhysicalResourceId: id });
    expect(state.calls).toEqual([null]);
  });

  it('an Update keeps its id (a new one would make CloudFormation delete the old and switch ours off)', async () => {
    const { handler } = fakeSes(OURS);
    const id = `active-receipt-rule-set:${OURS};replaced=old-rules`;
    await expect(handler(event('Update', 'true', id))).resolves.toMatchObject({ PhysicalResourceId: id });
  });

  it('an Update from one of our own sets to another is no takeover, and its rollback switches back', async () => {
    const { handler, state } = fakeSes('InviteAdvisor-old', ['InviteAdvisor-old', OURS]);
    await handler({ RequestType: 'Update', PhysicalResourceId: 'active-receipt-rule-set:InviteAdvisor-old', ResourceProperties: { RuleSetName: OURS }, OldResourceProperties: { RuleSetName: 'InviteAdvisor-old' } });
    expect(state.active).toBe(OURS);
    await handler({ RequestType: 'Update', PhysicalResourceId: 'active-receipt-rule-set:InviteAdvisor-old', ResourceProperties: { RuleSetName: 'InviteAdvisor-old' }, OldResourceProperties: { RuleSetName: OURS } });
    expect(state.active).toBe('InviteAdvisor-old');
  });

  it('when the replaced set is gone since, deleting switches every set off', async () => {
    const { handler, state } = fakeSes(OURS, [OURS]);
    await handler(event('Delete', 'true', `active-receipt-rule-set:${OURS};replaced=deleted-meanwhile`));
    expect(state.calls).toEqual([null]);
  });

  it('never touches another set on Delete, even one it once replaced', async () => {
    const { handler, state } = fakeSes('someone-elses');
    await handler(event('Delete', 'true', `active-receipt-rule-set:${OURS};replaced=old-rules`));
    expect(state.calls).toEqual([]);
  });
});

describe('planActivation', () => {
  it('covers every case without I/O', () => {
    const plan = (requestType: ActivationEvent['RequestType'], active: string | null, replaceActive = false) => planActivation({ requestType, ours: OURS, active, replaceActive }).action;
    expect(plan('Create', null)).toBe('activate');
    expect(plan('Create', OURS)).toBe('nothing');
    expect(plan('Create', 'other')).toBe('refuse');
    expect(plan('Update', 'other')).toBe('refuse');
    expect(plan('Update', 'other', true)).toBe('activate');
    expect(plan('Delete', OURS)).toBe('deactivate');
    expect(plan('Delete', null)).toBe('nothing');
    expect(plan('Delete', 'other', true)).toBe('nothing');
  });
});
