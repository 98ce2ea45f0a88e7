/**
 * The recovery parts of the stack (issue 11, item 4; infra/constructs/recovery.ts): the failure topics
 * of the inbound and the sending function, each with its queue and the failure notice on it, the
 * notice's own failures in the inbound failure queue, the scheduled sweep, and the least privilege of
 * each new role.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { onlyResource, resourcesOf, statementsOfRole, synthStack } from './helpers.js';

const { template } = synthStack();
const json = (value: unknown) => JSON.stringify(value);
type Statement = { Sid?: string; Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, unknown>> };
const actionsOf = (statements: Record<string, unknown>[]) => statements.flatMap((s) => [(s as Statement).Action].flat()).sort();

describe.each([
  ['the inbound function', 'InboundFailureTopic', 'InboundFailureQueue', /^InboundRole/],
  ['the sending function', 'RepliesJobFailureTopic', 'RepliesFailureQueue', /^RepliesSenderRole/],
])('the failure topic of %s', (_name, topicPrefix, queuePrefix, publisher) => {
  const [topicId, topic] = onlyResource(template, 'AWS::SNS::Topic', [topicPrefix]);

  it('is encrypted and TLS-only, and only that function publishes to it', () => {
    expect(json(topic.Properties.KmsMasterKeyId)).toContain('alias/aws/sns');
    const policy = resourcesOf(template, 'AWS::SNS::TopicPolicy').find(([, p]) => json(p.Properties.Topics).includes(topicId));
    expect(json(policy?.[1].Properties)).toContain('"aws:SecureTransport":"false"');
    const publishers = resourcesOf(template, 'AWS::IAM::Policy').filter(([, p]) => json(p.Properties).includes('sns:Publish') && json(p.Properties).includes(topicId));
    expect(publishers.map(([id]) => id)).toEqual([expect.stringMatching(publisher)]);
  });

  it('feeds both its failure queue (raw records, for npm run redrive) and the failure notice, so telling the owner takes nothing from the queue', () => {
    const [queueId] = onlyResource(template, 'AWS::SQS::Queue', [queuePrefix]);
    const [noticeId] = onlyResource(template, 'AWS::Lambda::Function', ['RecoveryFailureNotice']);
    const subscriptions = resourcesOf(template, 'AWS::SNS::Subscription').filter(([, s]) => json(s.Properties.TopicArn).includes(topicId)).map(([, s]) => s.Properties);
    expect(subscriptions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Protocol: 'sqs', RawMessageDelivery: true, Endpoint: { 'Fn::GetAtt': [queueId, 'Arn'] } }),
        expect.objectContaining({ Protocol: 'lambda', Endpoint: { 'Fn::GetAtt': [noticeId, 'Arn'] } }),
      ]),
    );
    expect(subscriptions).toHaveLength(2);
  });
});

describe('the sweep', () => {
  const [functionId, fn] = onlyResource(template, 'AWS::Lambda::Function', ['RecoverySweep']);

  it('runs every 15 minutes, is not retried (the next run comes), and knows the inbound function, bucket, prefix and table', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [functionId, 'Arn'] }, RetryPolicy: { MaximumRetryAttempts: 0 } })],
    });
    expect(fn.Properties.Runtime).toMatch(/^nodejs(22|24)\.x$/);
    expect((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
      INBOUND_FUNCTION: { Ref: expect.stringMatching(/^InboundFunction/) },
      RAW_MAIL_BUCKET: { Ref: expect.stringMatching(/^RawMailBucket/) },
      RAW_MAIL_PREFIX: 'inbound/',
      TABLE_NAME: { Ref: expect.stringMatching(/^Table/) },
    });
  });

  it('may list keys under the prefix (never read mail), read and mark message records only, and invoke the inbound function only', () => {
    const statements = statementsOfRole(template, 'RecoverySweepRole') as unknown as Statement[];
    expect(actionsOf(statements as never)).toEqual(['dynamodb:DeleteItem', 'dynamodb:PutItem', 'dynamodb:Query', 'lambda:InvokeFunction', 'logs:CreateLogStream', 'logs:PutLogEvents', 's3:ListBucket']);
    const list = statements.find((s) => s.Sid === 'ListRawMailKeysOnly');
    expect(list?.Condition).toEqual({ StringLike: { 's3:prefix': ['inbound/*'] } });
    const records = statements.find((s) => s.Sid === 'ReadAndMarkMessageRecordsOnly');
    expect(records?.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['MSG#*'] } });
    expect(json(records?.Resource)).not.toContain('index');
    const invoke = statements.find((s) => s.Sid === 'RedriveThroughTheInboundFunction');
    expect(invoke?.Resource).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^InboundFunction/), 'Arn'] });
  });
});

describe('the failure notice', () => {
  it('marks message records, counts mail to the owner, reads and marks send states only, and mails the owner only', () => {
    const statements = statementsOfRole(template, 'RecoveryFailureNoticeRole') as unknown as Statement[];
    const [queueId] = onlyResource(template, 'AWS::SQS::Queue', ['InboundFailureQueue']);
    expect(actionsOf(statements.filter((s) => !json(s.Action).includes('sqs:')) as never)).toEqual([
      'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:UpdateItem', 'dynamodb:UpdateItem',
      'iam:PassRole', 'logs:CreateLogStream', 'logs:PutLogEvents', 'scheduler:CreateSchedule', 'ses:SendEmail',
    ]);
    const records = statements.find((s) => s.Sid === 'MarkMessageRecordsAndCountMailToTheOwnerOnly');
    expect(records?.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['MSG#*', 'RATE#*'] } });
    const sends = statements.find((s) => s.Sid === 'ReadAndMarkSendStatesOnly');
    expect(sends?.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['INV#*'] } });
    expect([sends?.Action].flat().sort()).toEqual(['dynamodb:GetItem', 'dynamodb:UpdateItem']);
    // Its own on-failure destination: the only queue it may write to
    expect(statements.filter((s) => json(s.Action).includes('sqs:')).map((s) => s.Resource)).toEqual([{ 'Fn::GetAtt': [queueId, 'Arn'] }]);
    const send = statements.find((s) => json(s.Action).includes('ses:SendEmail'));
    expect(send?.Condition).toMatchObject({ StringEquals: { 'ses:FromAddress': 'advisor@in.alexmorgan.dev' }, 'ForAllValues:StringLike': { 'ses:Recipients': ['alex.morgan@gmail.com', 'a.morgan@work.alexmorgan.dev'] } });
  });

  it('keeps a notice the cap holds back in the held mail\'s partition only, creates the digest\'s held-* schedules in the stack\'s group only, and passes the scheduler\'s role only', () => {
    const statements = statementsOfRole(template, 'RecoveryFailureNoticeRole') as unknown as Statement[];
    const held = statements.find((s) => s.Sid === 'KeepHeldMailOnly');
    expect([held?.Action].flat().sort()).toEqual(['dynamodb:PutItem', 'dynamodb:UpdateItem']);
    expect(held?.Condition).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['HELD'] } });
    const scheduling = statements.filter((s) => json(s.Action).includes('scheduler:'));
    expect(scheduling.map((s) => [s.Action, s.Resource])).toEqual([['scheduler:CreateSchedule', 'arn:aws:scheduler:us-east-1:111122223333:schedule/InviteAdvisor-reminders/held-*']]);
    const passing = statements.filter((s) => json(s.Action).includes('iam:PassRole'));
    expect(passing).toEqual([
      expect.objectContaining({
        Resource: { 'Fn::GetAtt': [expect.stringMatching(/^FollowThroughSchedulerRole/), 'Arn'] },
        Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    ]);
  });

  it('schedules the digest of held mail in the stack\'s group, for the follow-through function, through the scheduler\'s role', () => {
    const [, fn] = onlyResource(template, 'AWS::Lambda::Function', ['RecoveryFailureNotice']);
    const variables = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables.SCHEDULE_GROUP).toBe('InviteAdvisor-reminders');
    expect(variables.FOLLOW_THROUGH_FUNCTION_ARN).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^FollowThroughFunction/), 'Arn'] });
    expect(variables.SCHEDULER_ROLE_ARN).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/^FollowThroughSchedulerRole/), 'Arn'] });
  });

  it('is retried twice, then its own failure waits in the inbound failure queue (alarmed, replayed by npm run redrive)', () => {
    const [noticeId] = onlyResource(template, 'AWS::Lambda::Function', ['RecoveryFailureNotice']);
    const [queueId] = onlyResource(template, 'AWS::SQS::Queue', ['InboundFailureQueue']);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: noticeId },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
  });

  it('names the stack in its redrive command', () => {
    const [, fn] = onlyResource(template, 'AWS::Lambda::Function', ['RecoveryFailureNotice']);
    expect((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({ STACK_NAME: 'InviteAdvisor', RAW_MAIL_PREFIX: 'inbound/' });
  });
});

describe('alarms of the recovery functions', () => {
  it.each([['RecoverySweepErrors', 'RecoverySweep'], ['RecoveryFailureNoticeErrors', 'RecoveryFailureNotice']])('%s fires on any error, into the alarm topic', (alarmPrefix, functionPrefix) => {
    const [topicId] = onlyResource(template, 'AWS::SNS::Topic', ['AlarmsTopic']);
    const [functionId] = onlyResource(template, 'AWS::Lambda::Function', [functionPrefix]);
    const [, alarm] = onlyResource(template, 'AWS::CloudWatch::Alarm', [alarmPrefix]);
    expect(alarm.Properties).toMatchObject({
      Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }],
      Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [{ Ref: topicId }],
    });
  });
});
