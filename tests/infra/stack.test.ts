/**
 * Template tests: every property issue 3 asks of the stack, asserted on the synthesized CloudFormation.
 */
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { TABLE_DESIGN } from '../../functions/adapters/table-design.js';
import { SIGNALS } from '../../functions/app/ports.js';
import { DefaultStackSynthesizer } from 'aws-cdk-lib';
import { BOOTSTRAP_QUALIFIER, BOOTSTRAP_VERSION_PARAMETER, MINIMUM_BOOTSTRAP_VERSION } from '../../infra/doctor/bootstrap.js';
import { cdkContext, exampleConfig, onlyResource, realConfig, resourcesOf, statementsOfRole, synthStack } from './helpers.js';

const ACCOUNT = '111122223333';
const { template } = synthStack();

type Statement = { Effect: string; Principal?: unknown; Action: string | string[]; Resource: unknown; Condition?: Record<string, Record<string, unknown>> };
const statementsOf = (type: string, docKey: string): Statement[] =>
  resourcesOf(template, type).flatMap(([, r]) => (r.Properties[docKey] as { Statement: Statement[] }).Statement);
const actions = (s: Statement) => [s.Action].flat();
const json = (value: unknown) => JSON.stringify(value);

describe('the raw-mail bucket', () => {
  it('is encrypted, private, and expires mail after retention.rawMailDays', () => {
    const { template: seven } = synthStack({ ...realConfig(), retention: { rawMailDays: 7, invitationDays: 365 } });
    seven.hasResource('AWS::S3::Bucket', {
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LifecycleConfiguration: { Rules: Match.arrayWith([Match.objectLike({ ExpirationInDays: 7, Status: 'Enabled' })]) },
      },
      DeletionPolicy: 'Retain',
    });
  });

  it('refuses every request without TLS', () => {
    const deny = statementsOf('AWS::S3::BucketPolicy', 'PolicyDocument').find((s) => s.Effect === 'Deny');
    expect(deny).toMatchObject({ Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });

  it('has exactly ONE statement for SES: PutObject under the prefix, from this account and this rule set only', () => {
    const forSes = statementsOf('AWS::S3::BucketPolicy', 'PolicyDocument').filter((s) => json(s.Principal).includes('ses.amazonaws.com'));
    expect(forSes).toHaveLength(1);
    const [statement] = forSes;
    expect(statement).toMatchObject({ Effect: 'Allow', Action: 's3:PutObject' });
    expect(json(statement!.Resource)).toMatch(/"\/inbound\/\*"/);
    expect(statement!.Condition).toEqual({
      StringEquals: { 'AWS:SourceAccount': ACCOUNT },
      ArnLike: { 'AWS:SourceArn': `arn:aws:ses:us-east-1:${ACCOUNT}:receipt-rule-set/InviteAdvisor-rules:receipt-rule/*` },
    });
  });
});

describe('the receipt rule', () => {
  const [, rule] = onlyResource(template, 'AWS::SES::ReceiptRule');
  const props = rule.Properties.Rule as Record<string, unknown>;

  it('matches the inbox address (its +token forms match too), scans for spam and viruses, requires TLS', () => {
    expect(props).toMatchObject({ Name: 'InviteAdvisor-inbox', Enabled: true, Recipients: ['interviews@in.alexmorgan.dev'], ScanEnabled: true, TlsPolicy: 'Require' });
  });

  it('stores the mail to S3 under "inbound/" first, then invokes the function asynchronously', () => {
    const [functionId] = onlyResource(template, 'AWS::Lambda::Function', ['InboundFunction']);
    const [bucketId] = onlyResource(template, 'AWS::S3::Bucket');
    expect(props.Actions).toEqual([
      { S3Action: { BucketName: { Ref: bucketId }, ObjectKeyPrefix: 'inbound/' } },
      { LambdaAction: { FunctionArn: { 'Fn::GetAtt': [functionId, 'Arn'] }, InvocationType: 'Event' } },
    ]);
  });

  it('is created after the bucket policy and the Lambda permission (SES checks both when the rule is created)', () => {
    const [policyId] = onlyResource(template, 'AWS::S3::BucketPolicy');
    const [permissionId] = onlyResource(template, 'AWS::Lambda::Permission', ['Receipt']);
    expect(rule.DependsOn).toEqual(expect.arrayContaining([policyId, permissionId]));
  });

  it('may invoke the function only from this account and this very rule', () => {
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'ses.amazonaws.com',
      SourceAccount: ACCOUNT,
      SourceArn: `arn:aws:ses:us-east-1:${ACCOUNT}:receipt-rule-set/InviteAdvisor-rules:receipt-rule/InviteAdvisor-inbox`,
    });
  });
});

describe('rule-set mode "create"', () => {
  it('creates a named rule set and activates it through the refusing custom resource, after the rule', () => {
    template.hasResourceProperties('AWS::SES::ReceiptRuleSet', { RuleSetName: 'InviteAdvisor-rules' });
    const [ruleId] = onlyResource(template, 'AWS::SES::ReceiptRule');
    const [, activation] = onlyResource(template, 'Custom::ActiveReceiptRuleSet');
    expect(activation.Properties).toMatchObject({ RuleSetName: { Ref: expect.stringMatching(/^ReceiptRuleSet/) }, ReplaceActive: 'false' });
    expect(activation.DependsOn).toContain(ruleId);
  });

  it('passes replaceActiveRuleSet through to the custom resource, and outputs which set it switched off', () => {
    const { template: replacing } = synthStack(realConfig({ replaceActiveRuleSet: true }));
    const [activationId] = onlyResource(replacing, 'Custom::ActiveReceiptRuleSet');
    replacing.hasResourceProperties('Custom::ActiveReceiptRuleSet', { ReplaceActive: 'true' });
    expect(replacing.findOutputs('ReplacedRuleSet').ReplacedRuleSet?.Value).toEqual({ 'Fn::GetAtt': [activationId, 'Replaced'] });
  });
});

describe('rule-set mode "existing:<name>"', () => {
  const { template: existing } = synthStack(realConfig({ ruleSet: 'existing:my-rules' }));

  it('adds the rule to that set and creates or activates no set', () => {
    existing.resourceCountIs('AWS::SES::ReceiptRuleSet', 0);
    existing.resourceCountIs('Custom::ActiveReceiptRuleSet', 0);
    expect(existing.findOutputs('ReplacedRuleSet')).toEqual({});
    existing.hasResourceProperties('AWS::SES::ReceiptRule', { RuleSetName: 'my-rules' });
  });

  it('scopes the bucket policy and the permission to that set', () => {
    existing.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Condition: Match.objectLike({ ArnLike: { 'AWS:SourceArn': `arn:aws:ses:us-east-1:${ACCOUNT}:receipt-rule-set/my-rules:receipt-rule/*` } }) })]) },
    });
    existing.hasResourceProperties('AWS::Lambda::Permission', { SourceArn: `arn:aws:ses:us-east-1:${ACCOUNT}:receipt-rule-set/my-rules:receipt-rule/InviteAdvisor-inbox` });
  });
});

describe('the table', () => {
  it('is built from TABLE_DESIGN: on-demand, point-in-time recovery, TTL, deletion protection, retained', () => {
    const [, table] = onlyResource(template, 'AWS::DynamoDB::Table');
    expect(table).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: TABLE_DESIGN.ttlAttribute, Enabled: true },
      DeletionProtectionEnabled: true,
      KeySchema: [
        { AttributeName: TABLE_DESIGN.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_DESIGN.sortKey, KeyType: 'RANGE' },
      ],
    });
    const indexes = table.Properties.GlobalSecondaryIndexes as { IndexName: string; KeySchema: { AttributeName: string }[] }[];
    expect(Object.fromEntries(indexes.map((i) => [i.IndexName, { partitionKey: i.KeySchema[0]!.AttributeName, sortKey: i.KeySchema[1]!.AttributeName }]))).toEqual(TABLE_DESIGN.indexes);
  });
});

describe('the reply-token secret', () => {
  it('is generated at deploy, long and random', () => {
    const [, secret] = onlyResource(template, 'AWS::SecretsManager::Secret');
    const generate = secret.Properties.GenerateSecretString as { PasswordLength: number; SecretStringTemplate?: string };
    expect(generate.PasswordLength).toBeGreaterThanOrEqual(32);
    expect(generate.SecretStringTemplate).toBeUndefined(); // the value is the key itself, not JSON
  });

  it('is readable only by the inbound function: granted to its role, denied to every other principal', () => {
    const [roleId] = onlyResource(template, 'AWS::IAM::Role', ['InboundRole']);
    template.hasResourceProperties('AWS::SecretsManager::ResourcePolicy', {
      ResourcePolicy: {
        Statement: [
          Match.objectLike({ Effect: 'Deny', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Condition: { StringNotEquals: { 'aws:PrincipalArn': { 'Fn::GetAtt': [roleId, 'Arn'] } } } }),
        ],
      },
    });
    const readers = resourcesOf(template, 'AWS::IAM::Policy').filter(([, p]) => json(p.Properties).includes('secretsmanager:'));
    expect(readers).toHaveLength(1);
    expect(json(readers[0]![1].Properties.Roles)).toContain(roleId);
  });
});

describe('the inbound function', () => {
  const [, fn] = onlyResource(template, 'AWS::Lambda::Function', ['InboundFunction']);
  const env = (fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables;

  it('runs on a current Node runtime on arm64, with reserved concurrency and a timeout shorter than the claim lease', () => {
    expect(fn.Properties.Runtime).toMatch(/^nodejs(22|24)\.x$/);
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    // Off by default: a new account's quota of 10 leaves no room for a reservation.
    expect(fn.Properties.ReservedConcurrentExecutions).toBeUndefined();
    // A live attempt keeps its claim; the retry of one that died (Lambda retries after 60 s) takes it over.
    expect(fn.Properties.Timeout as number).toBeLessThan(Number(env.CLAIM_LEASE_SECONDS));
    expect(Number(env.CLAIM_LEASE_SECONDS)).toBeLessThan((fn.Properties.Timeout as number) + 60);
    expect(fn.Properties.MemorySize).toBeGreaterThanOrEqual(512);
  });

  it('reserves concurrency only when the configuration asks for it', () => {
    const { template: reserved } = synthStack(realConfig({ reservedConcurrency: 2 }));
    const [, f] = onlyResource(reserved, 'AWS::Lambda::Function', ['InboundFunction']);
    expect(f.Properties.ReservedConcurrentExecutions).toBe(2);
  });

  it('gets everything runtime.ts reads from the environment, pointing at the bundled configuration', () => {
    expect(env).toMatchObject({
      INVITE_ADVISOR_CONFIG: '/var/task/invite-advisor.config.json',
      TABLE_NAME: { Ref: expect.stringMatching(/^Table/) },
      RAW_MAIL_BUCKET: { Ref: expect.stringMatching(/^RawMailBucket/) },
      RAW_MAIL_PREFIX: 'inbound/',
      REPLY_TOKEN_SECRET_ID: { Ref: expect.stringMatching(/^ReplyTokenSecret/) },
    });
  });

  it('logs JSON into its own log group, which has a retention', () => {
    expect(fn.Properties.LoggingConfig).toMatchObject({ LogFormat: 'JSON', LogGroup: { Ref: expect.stringMatching(/^InboundLogs/) } });
    const [, logGroup] = onlyResource(template, 'AWS::Logs::LogGroup', ['InboundLogs']);
    expect(logGroup.Properties.RetentionInDays).toBeGreaterThan(0);
  });

  it('is retried twice, then its event goes to an encrypted, TLS-only failure queue (through the failure topic, raw, so the body is Lambda\'s record)', () => {
    const [queueId, queue] = onlyResource(template, 'AWS::SQS::Queue', ['InboundFailureQueue']);
    const [topicId] = onlyResource(template, 'AWS::SNS::Topic', ['InboundFailureTopic']);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { Ref: topicId } } },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'sqs', RawMessageDelivery: true, TopicArn: { Ref: topicId }, Endpoint: { 'Fn::GetAtt': [queueId, 'Arn'] } });
    expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    const deny = statementsOf('AWS::SQS::QueuePolicy', 'PolicyDocument').find((s) => s.Effect === 'Deny');
    expect(deny).toMatchObject({ Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
  });
});

describe('alarms', () => {
  it('fire on function errors and on any message in the failure queue, into an encrypted topic mailed to the owner', () => {
    const [topicId, topic] = onlyResource(template, 'AWS::SNS::Topic', ['AlarmsTopic']);
    const [functionId] = onlyResource(template, 'AWS::Lambda::Function', ['InboundFunction']);
    const [queueId] = onlyResource(template, 'AWS::SQS::Queue', ['InboundFailureQueue']);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Threshold: 1, AlarmActions: [{ Ref: topicId }],
      Metrics: Match.arrayWith([Match.objectLike({ Id: 'errors', MetricStat: Match.objectLike({ Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }] } }) })]),
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS', MetricName: 'ApproximateNumberOfMessagesVisible', Threshold: 1,
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }], AlarmActions: [{ Ref: topicId }],
    });
    expect(json(topic.Properties.KmsMasterKeyId)).toMatch(/TopicKey/);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'alex.morgan@gmail.com', TopicArn: { Ref: topicId } });
  });

  it("do not count as inbound errors the deliveries that met another run's claim and fail on purpose (ClaimHeld), counted from the function's log lines", () => {
    const [functionId] = onlyResource(template, 'AWS::Lambda::Function', ['InboundFunction']);
    const [logGroupId] = onlyResource(template, 'AWS::Logs::LogGroup', ['InboundLogs']);
    const [, filter] = onlyResource(template, 'AWS::Logs::MetricFilter', ['AlarmsClaimHeld']);
    expect(filter.Properties).toMatchObject({
      LogGroupName: { Ref: logGroupId },
      FilterPattern: `{ $.signal = "${SIGNALS.claimHeld}" }`,
      MetricTransformations: [{ MetricNamespace: 'InviteAdvisor/InviteAdvisor', MetricName: 'InboundClaimHeld', MetricValue: '1' }],
    });
    const [, alarm] = onlyResource(template, 'AWS::CloudWatch::Alarm', ['AlarmsFunctionErrors']);
    const metrics = alarm.Properties.Metrics as { Id: string; Expression?: string; ReturnData?: boolean; MetricStat?: { Metric: Record<string, unknown>; Stat: string } }[];
    const returned = metrics.filter((m) => m.ReturnData !== false);
    expect(returned).toEqual([expect.objectContaining({ Expression: 'FILL(errors, 0) - FILL(held, 0)' })]);
    expect(metrics.find((m) => m.Id === 'errors')?.MetricStat).toEqual({ Metric: { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId } }] }, Period: 300, Stat: 'Sum' });
    expect(metrics.find((m) => m.Id === 'held')?.MetricStat).toEqual({ Metric: { Namespace: 'InviteAdvisor/InviteAdvisor', MetricName: 'InboundClaimHeld' }, Period: 300, Stat: 'Sum' });
    expect(alarm.Properties).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching' });
  });

  it.each([
    ['inbound', 'Alarms', 'InboundLogs', 'InboundBookkeepingAfterSendFailed'],
    ['sending', 'AlarmsSender', 'RepliesSenderLogs', 'SenderBookkeepingAfterSendFailed'],
  ])('fire when the %s function logs a write after an accepted send that still failed (it ends successfully, so no error shows)', (_name, prefix, logGroupPrefix, metricName) => {
    const [topicId] = onlyResource(template, 'AWS::SNS::Topic', ['AlarmsTopic']);
    const [logGroupId] = onlyResource(template, 'AWS::Logs::LogGroup', [logGroupPrefix]);
    const [, filter] = onlyResource(template, 'AWS::Logs::MetricFilter', [`${prefix}${SIGNALS.bookkeepingFailed}`]);
    expect(filter.Properties).toMatchObject({
      LogGroupName: { Ref: logGroupId },
      FilterPattern: `{ $.signal = "${SIGNALS.bookkeepingFailed}" }`,
      MetricTransformations: [{ MetricNamespace: 'InviteAdvisor/InviteAdvisor', MetricName: metricName, MetricValue: '1' }],
    });
    const [, alarm] = onlyResource(template, 'AWS::CloudWatch::Alarm', [`${prefix}BookkeepingAfterSendFailed`]);
    expect(alarm.Properties).toMatchObject({
      Namespace: 'InviteAdvisor/InviteAdvisor', MetricName: metricName, Statistic: 'Sum', Period: 300,
      Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching', AlarmActions: [{ Ref: topicId }],
    });
  });

  it('use a rotated customer managed key that CloudWatch may use (the AWS managed SNS key would silently drop alarms)', () => {
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: { Statement: Match.arrayWith([Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] })]) },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: 'sns:Publish' })]) },
    });
  });

  it('go to deploy.alarmEmail when set', () => {
    const { template: other } = synthStack(realConfig({ alarmEmail: 'pager@alexmorgan.dev' }));
    other.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'pager@alexmorgan.dev' });
  });
});

describe('IAM, least privilege', () => {
  const inbound = statementsOfRole(template, 'InboundRole') as unknown as Statement[];
  const bySid = (sid: string) => inbound.find((s) => (s as unknown as { Sid?: string }).Sid === sid);

  it('the function reads raw mail under the prefix only, and deletes it there only for "forget"', () => {
    const s3 = inbound.filter((s) => actions(s).some((a) => a.startsWith('s3:')));
    expect(s3.flatMap(actions).sort()).toEqual(['s3:DeleteObject', 's3:GetObject']);
    for (const statement of s3) expect(json(statement.Resource)).toMatch(/"\/inbound\/\*"\]/);
  });

  it('the function uses this table and its indexes only, without Scan or table management', () => {
    const [tableId] = onlyResource(template, 'AWS::DynamoDB::Table');
    const dynamo = inbound.filter((s) => actions(s).some((a) => a.startsWith('dynamodb:')));
    expect([...new Set(dynamo.flatMap(actions))].sort()).toEqual(['dynamodb:BatchWriteItem', 'dynamodb:ConditionCheckItem', 'dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem']);
    expect(bySid('UseThisTableOnly')?.Resource).toEqual({ 'Fn::GetAtt': [tableId, 'Arn'] });
    const indexArns = (bySid('QueryThisTablesIndexesOnly')?.Resource as unknown[]).map((r) => json(r)).sort();
    expect(indexArns).toEqual(Object.keys(TABLE_DESIGN.indexes).map((i) => json({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId, 'Arn'] }, `/index/${i}`]] })).sort());
    // The table itself is queried for the held mail's one partition only (the digest).
    expect(bySid('QueryHeldMailOnly')).toMatchObject({ Action: 'dynamodb:Query', Resource: { 'Fn::GetAtt': [tableId, 'Arn'] }, Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['HELD'] } } });
    expect(dynamo.filter((s) => actions(s).includes('dynamodb:Query'))).toHaveLength(2);
  });

  it('the function sends only From the sending address and only To owner addresses', () => {
    const send = inbound.filter((s) => actions(s).some((a) => a.startsWith('ses:Send')));
    expect(send).toHaveLength(1);
    expect(actions(send[0]!).sort()).toEqual(['ses:SendEmail']);
    expect(send[0]!.Condition).toEqual({
      StringEquals: { 'ses:FromAddress': 'advisor@in.alexmorgan.dev' },
      'ForAllValues:StringLike': { 'ses:Recipients': ['alex.morgan@gmail.com', 'a.morgan@work.alexmorgan.dev'] },
      Null: { 'ses:Recipients': 'false' },
    });
    // Authorized against the sending domain and, for the sandbox, the recipients' identities; never "*".
    expect(send[0]!.Resource).toEqual(expect.arrayContaining([`arn:aws:ses:us-east-1:${ACCOUNT}:identity/in.alexmorgan.dev`, `arn:aws:ses:us-east-1:${ACCOUNT}:identity/alex.morgan@gmail.com`]));
  });

  it('the function reads this secret and nothing else from Secrets Manager', () => {
    expect(bySid('ReadTheReplyTokenSecretOnly')).toMatchObject({ Action: 'secretsmanager:GetSecretValue', Resource: { Ref: expect.stringMatching(/^ReplyTokenSecret/) } });
  });

  it('no statement in the stack allows every action of a service, and "*" resources are the rule-set calls only', () => {
    const all = resourcesOf(template, 'AWS::IAM::Policy').flatMap(([id, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement.map((s) => ({ id, s })));
    expect(all.flatMap(({ s }) => actions(s)).filter((a) => a.endsWith('*'))).toEqual([]);
    const starResources = all.filter(({ s }) => s.Resource === '*');
    expect(starResources.flatMap(({ s }) => actions(s)).sort()).toEqual(['ses:DescribeActiveReceiptRuleSet', 'ses:GetAccount', 'ses:SetActiveReceiptRuleSet']);
  });

  it('the function has no managed policies (logs go to its own log group through an inline grant)', () => {
    const [, role] = onlyResource(template, 'AWS::IAM::Role', ['InboundRole']);
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe('SES identities and DNS', () => {
  it('creates the receiving domain with DKIM and one identity per owner address (each gets a verification mail)', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'in.alexmorgan.dev', DkimAttributes: { SigningEnabled: true } });
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'alex.morgan@gmail.com' });
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'a.morgan@work.alexmorgan.dev' });
    template.resourceCountIs('AWS::SES::EmailIdentity', 3);
  });

  it('creates neither when told they exist already', () => {
    const { template: none } = synthStack(realConfig({ verifyOwnerAddresses: false, createDomainIdentity: false }));
    none.resourceCountIs('AWS::SES::EmailIdentity', 0);
  });

  describe('adopting existing identities (deploy.adoptExistingIdentities)', () => {
    const { template: adopted } = synthStack(realConfig({ adoptExistingIdentities: ['in.alexmorgan.dev', 'alex.morgan@gmail.com'] }));
    const identities = (t: typeof template) => resourcesOf(t, 'AWS::SES::EmailIdentity').map(([id, r]) => [id, r.Properties.EmailIdentity]);

    it('creates only the identities not adopted, under the construct id it had before (no replacement)', () => {
      expect(identities(adopted)).toEqual(identities(template).filter(([, name]) => name === 'a.morgan@work.alexmorgan.dev'));
      // The domain's DKIM records belong to the existing identity: none listed, none written.
      expect(json(adopted.findOutputs('*'))).not.toMatch(/_domainkey/);
      expect(json(adopted.findOutputs('*'))).toMatch(/MX in\.alexmorgan\.dev 10 inbound-smtp\.us-east-1\.amazonaws\.com/);
    });

    it('still grants sending through the adopted identities, by ARN', () => {
      for (const role of ['InboundRole', 'RepliesSenderRole', 'RepliesBounceRole']) {
        const resources = json((statementsOfRole(adopted, role) as unknown as Statement[]).filter((s) => actions(s).includes('ses:SendEmail')).map((s) => s.Resource));
        expect(resources).toContain(`:ses:us-east-1:${ACCOUNT}:identity/in.alexmorgan.dev`);
        expect(resources).toContain(`:ses:us-east-1:${ACCOUNT}:identity/alex.morgan@gmail.com`);
      }
    });

    it('refuses an identity the stack would not create, and names the ones it would', () => {
      expect(() => synthStack(realConfig({ adoptExistingIdentities: ['alexmorgan.dev'] }))).toThrow(
        /deploy\.adoptExistingIdentities\.0: not an identity this stack would create \(it creates "in\.alexmorgan\.dev", "alex\.morgan@gmail\.com", "a\.morgan@work\.alexmorgan\.dev"; got "alexmorgan\.dev"\)/,
      );
    });
  });

  it('without a hosted zone, lists the exact MX and DKIM records in the outputs', () => {
    template.resourceCountIs('AWS::Route53::RecordSet', 0);
    const values = Object.values(template.findOutputs('*')).map((o) => json(o.Value));
    expect(values).toContain(json('MX in.alexmorgan.dev 10 inbound-smtp.us-east-1.amazonaws.com'));
    expect(values.filter((v) => v.includes('CNAME ') && v.includes('DkimDNSTokenName'))).toHaveLength(3);
  });

  it('with a hosted zone, writes the MX and the three DKIM records into it', () => {
    const { template: zoned } = synthStack(realConfig({ hostedZone: { id: 'Z0123456789ABCDEFGHIJ', name: 'alexmorgan.dev' } }));
    zoned.hasResourceProperties('AWS::Route53::RecordSet', {
      HostedZoneId: 'Z0123456789ABCDEFGHIJ', Name: 'in.alexmorgan.dev.', Type: 'MX', ResourceRecords: ['10 inbound-smtp.us-east-1.amazonaws.com'],
    });
    expect(resourcesOf(zoned, 'AWS::Route53::RecordSet').filter(([, r]) => r.Properties.Type === 'CNAME')).toHaveLength(3);
  });

  it('uses the MX host of the configured region', () => {
    const { template: ireland } = synthStack(realConfig({ region: 'eu-west-1' }));
    const values = Object.values(ireland.findOutputs('*')).map((o) => json(o.Value));
    expect(values).toContain(json('MX in.alexmorgan.dev 10 inbound-smtp.eu-west-1.amazonaws.com'));
  });
});

describe('outputs', () => {
  it('name the inbox, the bucket, the table, the failure queue and the next steps', () => {
    const outputs = template.findOutputs('*');
    expect(Object.keys(outputs)).toEqual(expect.arrayContaining(['InboxAddress', 'RawMailBucketName', 'TableName', 'FailureQueueUrl', 'SendingFailureQueueUrl', 'AlarmTopicArn', 'ReceiptRuleSetName', 'NextSteps']));
    expect(outputs.InboxAddress!.Value).toBe('interviews@in.alexmorgan.dev');
    expect(outputs.NextSteps!.Value).toMatch(/DNS records.*verification.*npm run doctor/);
  });
});

describe('the placeholder domain', () => {
  it('makes the template undeployable: a CloudFormation rule that is always false', () => {
    const { template: example } = synthStack(exampleConfig());
    const rules = example.toJSON().Rules as Record<string, { Assertions: { Assert: unknown; AssertDescription: string }[] }>;
    expect(rules.RefusePlaceholderConfiguration?.Assertions[0]).toMatchObject({
      Assert: { 'Fn::Equals': ['placeholder-configuration', 'deployable-configuration'] },
      AssertDescription: expect.stringContaining('placeholder'),
    });
  });

  it('is not in a real configuration', () => {
    expect(template.toJSON().Rules?.RefusePlaceholderConfiguration).toBeUndefined();
  });
});

describe('reply sending: its own function and role', () => {
  const sender = statementsOfRole(template, 'RepliesSenderRole') as unknown as Statement[];
  const inboundStatements = statementsOfRole(template, 'InboundRole') as unknown as Statement[];

  it('the inbound function may only invoke the sender (never mail a recruiter itself)', () => {
    const [senderId] = onlyResource(template, 'AWS::Lambda::Function', ['RepliesSender']);
    const invoke = inboundStatements.filter((s) => actions(s).includes('lambda:InvokeFunction'));
    expect(invoke).toHaveLength(1);
    expect(invoke[0]!.Resource).toEqual({ 'Fn::GetAtt': [senderId, 'Arn'] });
    const [, fn] = onlyResource(template, 'AWS::Lambda::Function', ['InboundFunction']);
    expect((fn.Properties.Environment as { Variables: Record<string, unknown> }).Variables.SEND_DRAFT_FUNCTION).toEqual({ Ref: senderId });
  });

  it('the sender sends only From the sending address, through the configuration set, to any recipient', () => {
    const send = sender.filter((s) => actions(s).some((a) => a.startsWith('ses:')));
    expect(send).toHaveLength(1);
    expect(actions(send[0]!).sort()).toEqual(['ses:SendEmail']);
    expect(send[0]!.Condition).toEqual({ StringEquals: { 'ses:FromAddress': 'advisor@in.alexmorgan.dev' } });
    expect(json(send[0]!.Resource)).toMatch(/configuration-set\//);
    expect(sender.flatMap(actions).filter((a) => a.startsWith('s3:') || a.startsWith('secretsmanager:') || a.startsWith('lambda:'))).toEqual([]);
  });

  it('the sender is retried twice, then its job goes to its own failure topic, which feeds its own failure queue (raw records); its errors alarm', () => {
    const [senderId] = onlyResource(template, 'AWS::Lambda::Function', ['RepliesSender']);
    const [queueId, queue] = onlyResource(template, 'AWS::SQS::Queue', ['RepliesFailureQueue']);
    const [topicId] = onlyResource(template, 'AWS::SNS::Topic', ['RepliesJobFailureTopic']);
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: senderId },
      MaximumRetryAttempts: 2,
      DestinationConfig: { OnFailure: { Destination: { Ref: topicId } } },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'sqs', RawMessageDelivery: true, TopicArn: { Ref: topicId }, Endpoint: { 'Fn::GetAtt': [queueId, 'Arn'] } });
    expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    expect(sender.filter((s) => actions(s).includes('sns:Publish')).map((s) => s.Resource)).toEqual([{ Ref: topicId }]);
    template.hasResourceProperties('AWS::CloudWatch::Alarm', { MetricName: 'Errors', Dimensions: [{ Name: 'FunctionName', Value: { Ref: senderId } }] });
  });

  it('SES may use the topic key exactly as the SES Developer Guide writes it (no condition), and publish only from this configuration set', () => {
    // Pinned: "Configuring Amazon SNS notifications for Amazon SES", the AWS KMS key policy statement.
    const [, key] = onlyResource(template, 'AWS::KMS::Key');
    const forSes = (key.Properties.KeyPolicy as { Statement: (Statement & { Sid?: string })[] }).Statement.filter((s) => json(s.Principal).includes('ses.amazonaws.com'));
    // (CDK writes the actions sorted; the guide lists GenerateDataKey first: the same statement.)
    expect(forSes).toEqual([{ Sid: 'AllowSESToUseKMSKey', Effect: 'Allow', Principal: { Service: 'ses.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: '*' }]);
    // Pinned: "Set up an Amazon SNS event destination for event publishing", the topic access policy.
    const [setId] = onlyResource(template, 'AWS::SES::ConfigurationSet');
    const [topicId] = onlyResource(template, 'AWS::SNS::Topic', ['RepliesSendingEvents']);
    const publish = statementsOf('AWS::SNS::TopicPolicy', 'PolicyDocument').filter((s) => json(s.Principal).includes('ses.amazonaws.com'));
    expect(publish).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: 'sns:Publish',
        Resource: { Ref: topicId },
        Condition: { StringEquals: { 'AWS:SourceAccount': ACCOUNT, 'AWS:SourceArn': { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:ses:us-east-1:${ACCOUNT}:configuration-set/`, { Ref: setId }]] } } },
      }),
    ]);
  });

  it('bounces and complaints of what it sends reach the bounce function, which may mail the owner only', () => {
    const [setId] = onlyResource(template, 'AWS::SES::ConfigurationSet');
    const [topicId] = onlyResource(template, 'AWS::SNS::Topic', ['RepliesSendingEvents']);
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      ConfigurationSetName: { Ref: setId },
      EventDestination: { MatchingEventTypes: ['bounce', 'complaint'], SnsDestination: { TopicARN: { Ref: topicId } } },
    });
    const [bouncesId] = onlyResource(template, 'AWS::Lambda::Function', ['RepliesBounces']);
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'lambda', TopicArn: { Ref: topicId }, Endpoint: { 'Fn::GetAtt': [bouncesId, 'Arn'] } });
    const bounce = statementsOfRole(template, 'RepliesBounceRole') as unknown as Statement[];
    const send = bounce.filter((s) => actions(s).some((a) => a.startsWith('ses:')));
    expect(send[0]!.Condition).toMatchObject({ 'ForAllValues:StringLike': { 'ses:Recipients': ['alex.morgan@gmail.com', 'a.morgan@work.alexmorgan.dev'] } });
  });
});

describe('the CDK bootstrap the doctor checks (infra/doctor/bootstrap.ts)', () => {
  it('is the one this template asks for: the default qualifier, its SSM parameter, version 6 or later', () => {
    expect(BOOTSTRAP_QUALIFIER).toBe(DefaultStackSynthesizer.DEFAULT_QUALIFIER);
    expect(cdkContext()['@aws-cdk/core:bootstrapQualifier']).toBeUndefined();
    const { Parameters, Rules } = template.toJSON() as { Parameters: Record<string, { Default?: string }>; Rules: Record<string, unknown> };
    expect(Parameters.BootstrapVersion?.Default).toBe(BOOTSTRAP_VERSION_PARAMETER);
    const refused = Array.from({ length: MINIMUM_BOOTSTRAP_VERSION - 1 }, (_, i) => String(i + 1));
    expect(json(Rules.CheckBootstrapVersion)).toContain(json(refused));
  });
});

describe('the Node.js runtime (README, Quick start: tested on Node 20, deployed on Node 24)', () => {
  it('is nodejs24.x for every function of ours (the CDK provider framework picks its own)', () => {
    const ours = resourcesOf(template, 'AWS::Lambda::Function').filter(([id]) => !id.includes('Providerframework'));
    expect(ours.length).toBeGreaterThanOrEqual(4);
    expect(new Set(ours.map(([, fn]) => fn.Properties.Runtime))).toEqual(new Set(['nodejs24.x']));
  });
});
