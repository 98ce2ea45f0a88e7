/**
 * Template tests for the follow-through reminders (issue #17): the schedule group, the scheduler's own
 * role, the follow-through function and its failure path, and what the inbound function may do with
 * schedules (infra/constructs/follow-through.ts).
 */
import { describe, expect, it } from 'vitest';
import { onlyResource, realConfig, resourcesOf, statementsOfRole, synthStack } from './helpers.js';

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

  it('no other role may create schedules or pass a role, but the follow-through function\'s and the failure notice\'s (the digest of held mail)', () => {
    const allowed = ['InboundRole', 'FollowThroughRole', 'RecoveryFailureNoticeRole'];
    const others = resourcesOf(template, 'AWS::IAM::Policy').filter(([, p]) => !allowed.some((role) => json(p.Properties.Roles).includes(role)));
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

  it('reads invitations, keeps its reminders, counts mail to the owner, keeps held mail and its digest, and reads and deletes the nudges due, by partition key only', () => {
    const dynamo = statements.filter((s) => actions(s).some((a) => a.startsWith('dynamodb:')));
    const leading = dynamo.map((s) => s.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'] ?? s.Condition?.['ForAllValues:StringEquals']?.['dynamodb:LeadingKeys']);
    expect(leading).toEqual([['INV#*'], ['FOLLOW#*', 'RATE#*'], ['HELD', 'DIGEST#*'], ['NUDGE']]);
    expect(actions(dynamo[0]!)).toEqual(['dynamodb:GetItem']);
    expect(actions(dynamo[3]!).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:Query']);
    // Its Queries are the held mail's partition and the nudges due's (no index read while the weekly digest is off); no Scan.
    expect(statements.filter((s) => actions(s).includes('dynamodb:Query')).map((s) => s.Sid)).toEqual(['KeepHeldMailAndItsDigestOnly', 'SendTheNudgesDueOnly']);
    expect(statements.flatMap(actions)).not.toContain('dynamodb:Scan');
  });

  it('creates the digest of held mail\'s schedules only (held-*, in this stack\'s group), never deletes one, and passes the scheduler\'s role only', () => {
    const scheduling = statements.filter((s) => actions(s).some((a) => a.startsWith('scheduler:')));
    expect(scheduling.map((s) => [actions(s), s.Resource])).toEqual([[['scheduler:CreateSchedule'], `arn:aws:scheduler:us-east-1:${ACCOUNT}:schedule/InviteAdvisor-reminders/held-*`]]);
    const passing = statements.filter((s) => actions(s).includes('iam:PassRole'));
    expect(passing).toHaveLength(1);
    expect(passing[0]).toMatchObject({
      Resource: { 'Fn::GetAtt': [expect.stringMatching(/^FollowThroughSchedulerRole/), 'Arn'] },
      Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
    });
    const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables.SCHEDULE_GROUP).toBe('InviteAdvisor-reminders');
    expect(json(variables.SCHEDULER_ROLE_ARN)).toMatch(/FollowThroughSchedulerRole/);
  });

  it('has no weekly digest schedule while followThrough.weeklyDigest is off (the default): its one recurring schedule is the nudges due', () => {
    expect(resourcesOf(template, 'AWS::Scheduler::Schedule').map(([, r]) => r.Properties.Name)).toEqual(['nudges-due']);
  });

  it('mails the owner addresses only, from the sending address', () => {
    const send = statements.filter((s) => actions(s).includes('ses:SendEmail'));
    expect(send).toHaveLength(1);
    expect(send[0]!.Condition).toMatchObject({ StringEquals: { 'ses:FromAddress': 'advisor@in.alexmorgan.dev' }, 'ForAllValues:StringLike': { 'ses:Recipients': ['alex.morgan@gmail.com', 'a.morgan@work.alexmorgan.dev'] } });
  });
});

describe('the weekly digest (followThrough.weeklyDigest on)', () => {
  const config = realConfig() as { followThrough?: object; owner: { timeZone: string } };
  const weekly = synthStack({ ...config, followThrough: { ...config.followThrough, weeklyDigest: true, weeklyDigestDay: 'SUN', weeklyDigestHour: 18 } }).template;

  it('is one recurring schedule in the stack\'s group, in the owner\'s zone, firing the follow-through function through the scheduler\'s role', () => {
    const [, schedule] = resourcesOf(weekly, 'AWS::Scheduler::Schedule').find(([, r]) => r.Properties.Name === 'weekly-digest')!;
    expect(schedule.Properties).toMatchObject({
      Name: 'weekly-digest',
      GroupName: 'InviteAdvisor-reminders',
      ScheduleExpression: 'cron(0 18 ? * SUN *)',
      ScheduleExpressionTimezone: config.owner.timeZone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: {
        Arn: { 'Fn::GetAtt': [expect.stringMatching(/^FollowThroughFunction/), 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [expect.stringMatching(/^FollowThroughSchedulerRole/), 'Arn'] },
        Input: '{"kind":"weekly-digest"}',
      },
    });
    expect(schedule.DependsOn?.some((id) => id.startsWith('FollowThroughScheduleGroup'))).toBe(true);
  });

  it('lets the function query the byReceived and bySlot indexes, and nothing more', () => {
    const statements = statementsOfRole(weekly, 'FollowThroughRole') as unknown as Statement[];
    const reads = statements.filter((s) => s.Sid === 'WeeklyDigestReadsTwoIndexesOnly');
    expect(reads).toHaveLength(1);
    expect(actions(reads[0]!)).toEqual(['dynamodb:Query']);
    expect(json(reads[0]!.Resource)).toMatch(/\/index\/byReceived.*\/index\/bySlot/);
    expect(statementsOfRole(weekly, 'FollowThroughSchedulerRole')).toHaveLength(1);
  });
});

describe('the nudges due (followThrough.nudge on, the default)', () => {
  it('is one recurring schedule every 15 minutes in the stack\'s group, firing the follow-through function with its own time through the scheduler\'s role', () => {
    const [, schedule] = resourcesOf(template, 'AWS::Scheduler::Schedule').find(([, r]) => r.Properties.Name === 'nudges-due')!;
    expect(schedule.Properties).toMatchObject({
      GroupName: 'InviteAdvisor-reminders',
      ScheduleExpression: 'rate(15 minutes)',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: {
        Arn: { 'Fn::GetAtt': [expect.stringMatching(/^FollowThroughFunction/), 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [expect.stringMatching(/^FollowThroughSchedulerRole/), 'Arn'] },
        Input: '{"kind":"nudges-due","at":"<aws.scheduler.scheduled-time>"}',
      },
    });
    expect(schedule.DependsOn?.some((id) => id.startsWith('FollowThroughScheduleGroup'))).toBe(true);
  });

  it('is not there, nor the function\'s reads of the nudges due, with followThrough.nudge off', () => {
    const config = realConfig() as { followThrough?: object };
    const off = synthStack({ ...config, followThrough: { ...config.followThrough, nudge: false } }).template;
    expect(resourcesOf(off, 'AWS::Scheduler::Schedule')).toEqual([]);
    expect((statementsOfRole(off, 'FollowThroughRole') as unknown as Statement[]).map((s) => s.Sid)).not.toContain('SendTheNudgesDueOnly');
  });
});
