/**
 * The custom resource that activates the stack's receipt rule set: it must never switch off someone
 * else's set without being told to, and on delete it deactivates only its own.
 */
import { DescribeActiveReceiptRuleSetCommand, SetActiveReceiptRuleSetCommand, type SESClient } from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { makeHandler, planActivation, sesRuleSetApi, type ActivationEvent } from '../../infra/custom-resources/activate-rule-set.js';

const OURS = 'InviteAdvisor-rules';

/** An SES client stub: answers DescribeActiveReceiptRuleSet from `active`, records SetActiveReceiptRuleSet. */
function fakeSes(active: string | null) {
  const state = { active, calls: [] as (string | null)[] };
  const client = {
    send: async (command: unknown) => {
      if (command instanceof DescribeActiveReceiptRuleSetCommand) return state.active ? { Metadata: { Name: state.active }, Rules: [] } : {};
      if (command instanceof SetActiveReceiptRuleSetCommand) {
        state.active = command.input.RuleSetName ?? null;
        state.calls.push(state.active);
        return {};
      }
      throw new Error(`unexpected command ${(command as object).constructor.name}`);
    },
  } as unknown as SESClient;
  return { handler: makeHandler(sesRuleSetApi(client)), state };
}

const event = (RequestType: ActivationEvent['RequestType'], ReplaceActive = 'false'): ActivationEvent => ({
  RequestType,
  ResourceProperties: { RuleSetName: OURS, ReplaceActive },
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
