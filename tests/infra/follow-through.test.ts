/**
 * Template tests for the follow-through reminders (issue #17): the schedule group, the scheduler's own
 * role, the follow-through function and its failure path, and what the inbound function may do with
 * schedules (infra/constructs/follow-through.ts).
 */
import { describe, expect, it } from 'vitest';
import { onlyResource, resourcesOf, statementsOfRole, synthStack } from './helpers.js';

const ACCOUNT = '111122223333';
const { template } = synthStack();
type Statement = { Sid?: string; Effect: string; Principal?: unknown; Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, unknown>> };
const json = (value: unknown) => JSON.stringify(value);
const actions = (s: Statement) => [s.Action].flat();

describe('the schedule group', () => {
  it('is one of this stack\'s own, named after it, deleted with it', () => {
    const [, group] = onlyResource(template, 'AWS::Scheduler::ScheduleGroup');
    expect(group.Properties.Name).toBe('InviteAdvisor-reminders');
    expect((group as unknown as { DeletionPolicy?: string }).DeletionPolicy).toBe('Delete');
  });
});

describe('the scheduler\'s role', () => {
  const [roleId, role] = onlyResource(template, 'AWS::IAM::Role', ['FollowThroughSchedulerRole']);

  it('may be assumed by EventBridge Scheduler on behalf of this account only', () => {
    expect(role.Properties.AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'scheduler.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } } }],
    });
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('may invoke the follow-through function and nothing else', () => {
    const statements = statementsOfRole(template, roleId) as unknown as Statement[];
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatchObject({ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [expect.stringMatching(/^FollowThroughFunction/), 'Arn'] } });
  });
});

describe('the inbound function and schedules', () => {
  const inbound = statementsOfRole(template, 'InboundRole') as unknown as Statement[];

  it('creates and deletes schedules in this stack\'s group only', () => {
    const scheduling = inbound.filter((s) => actions(s).some((a) => a.startsWith('scheduler:')));
    expect(scheduling).toHaveLength(1);
    expect(actions(scheduling[0]!).sort()).toEqual(['scheduler:CreateSchedule', 'scheduler:DeleteSchedule']);
    expect(scheduling[0]!.Resource).toBe(`arn:aws:scheduler:us-east-1:${ACCOUNT}:schedule/InviteAdvisor-reminders/*`);
  });

  it('passes the scheduler\'s role and no other, to EventBridge Scheduler only', () => {
    const passing = inbound.filter((s) => actions(s).includes('iam:PassRole'));
    expect(passing).toHaveLength(1);
    expect(passing[0]).toMatchObject({
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^FollowThroughSchedulerRole/), 'Arn'] },
      Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
    });
  });

  it('is told the group, the target and the role through its environment', () => {
    const [, fn] = onlyResource(template, 'AWS::Lambda::Function', ['InboundFunction']);
    const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables.SCHEDULE_GROUP).toBe('InviteAdvisor-reminders');
    expect(json(variables.FOLLOW_THROUGH_FUNCTION_ARN)).toMatch(/FollowThroughFunction/);
    expect(json(variables.SCHEDULER_ROLE_ARN)).toMatch(/FollowThroughSchedulerRole/);
  });

  it('no other role may create schedules or pass a role', () => {
    const others = resourcesOf(template, 'AWS::IAM::Policy').filter(([, p]) => !json(p.Properties.Roles).includes('InboundRole'));
    const statements = others.flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
    expect(statements.flatMap(actions).filter((a) => a.startsWith('scheduler:') || a === 'iam:PassRole')).toEqual([]);
  });
});

describe('the follow-through function', () => {
  const [, fn] = onlyResource(template, 'AWS::Lambda::Function', ['FollowThroughFunction']);
  const statements = statementsOfRole(template, 'FollowThroughRole') as unknown as Statement[];

  it('is retried twice, then its event goes to a failure topic and queue of its own, and its failures alarm', () => {
    const [, config] = onlyResource(template, 'AWS::Lambda::EventInvokeConfig', ['FollowThroughFunction']);
    expect(config.Properties).toMatchObject({ MaximumRetryAttempts: 2, DestinationConfig: { OnFailure: { Destination: { Ref: expect.stringMatching(/^FollowThroughFailureTopic/) } } } });
    expect(resourcesOf(template, 'AWS::SQS::Queue').some(([id]) => id.startsWith('FollowThroughFailureQueue'))).toBe(true);
    const alarms = resourcesOf(template, 'AWS::CloudWatch::Alarm').map(([id]) => id);
    expect(alarms.filter((id) => id.includes('FollowThrough')).length).toBeGreaterThanOrEqual(2);
    expect(fn.Properties.Timeout).toBe(30);
  });

  it('reads invitations, keeps its reminders and counts mail to the owner, by partition key only', () => {
    const dynamo = statements.filter((s) => actions(s).some((a) => a.startsWith('dynamodb:')));
    const leading = dynamo.map((s) => s.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys']);
    expect(leading).toEqual([['INV#*'], ['FOLLOW#*', 'RATE#*']]);
    expect(actions(dynamo[0]!)).toEqual(['dynamodb:GetItem']);
    expect(statements.flatMap(actions).filter((a) => a === 'dynamodb:Query' || a === 'dynamodb:Scan')).toEqual([]);
  });

  it('mails the owner addresses only, from the sending address', () => {
    const send = statements.filter((s) => actions(s).includes('ses:SendEmail'));
    expect(send).toHaveLength(1);
    expect(send[0]!.Condition).toMatchObject({ StringEquals: { 'ses:FromAddress': 'advisor@in.alexmorgan.dev' }, 'ForAllValues:StringLike': { 'ses:Recipients': ['alex.morgan@gmail.com', 'a.morgan@work.alexmorgan.dev'] } });
  });
});
