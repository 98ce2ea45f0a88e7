/**
 * No forward lost (issue 11, item 4): the raw mail in S3 is the record of truth.
 *
 *   every 15 minutes ─→ sweep function ─→ lists the raw mail, reads each message's record, and invokes
 *                                          the inbound function again (Event) for mail no run finished
 *   inbound failure topic ─┐
 *   sending failure topic ─┴→ failure-notice function ─→ tells the owner, once per SES message id (a
 *                                          delivery) or per command (a send job), what went out
 *                            its own failures ─→ the inbound failure queue (`npm run redrive`, alarmed)
 *
 * Each function has its own role, scoped to what it calls: the sweep lists keys under the prefix (it
 * never reads mail), reads and marks message records (`MSG#…` keys only) and invokes the inbound
 * function; the notice reads and marks message records, reads and marks the send state of invitations
 * (`INV#…`: whether the owner was told), counts mail to the owner (`RATE#…`), keeps a notice the cap
 * holds back for the digest of held mail (`HELD` only) and creates that digest's `held-<hour>` schedule
 * (in the stack's group only, passing the scheduler's role only), and mails the owner only.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { failureNoticeEnvironment, sweepEnvironment } from '../../functions/config/function-env.js';
import { HELD_PARTITION, keys } from '../../functions/adapters/table-design.js';
import { acknowledge } from '../nag.js';
import type { InboundAlarms } from './alarms.js';
import { esmBundling, PROJECT_ROOT } from './bundling.js';
import { BUNDLED_CONFIG_PATH } from './inbound-function.js';
import { sesSendStatement, type SesSendGrant } from './sending-policy.js';

export interface RecoveryProps {
  readonly configFile: string;
  readonly bucket: s3.IBucket;
  /** the S3 action's object key prefix: the sweep lists below it and nowhere else */
  readonly rawMailPrefix: string;
  readonly table: dynamodb.ITable;
  /** the function the sweep hands stored mail to again */
  readonly inbound: lambda.IFunction;
  /**
   * the inbound function's on-failure records (the notice subscribes to the topic), and its failure
   * queue, where the notice's own failures go too (`npm run redrive` replays them)
   */
  readonly deliveryFailures: { readonly topic: sns.ITopic; readonly queue: sqs.IQueue };
  /** the sending function's on-failure records (send jobs) */
  readonly sendFailures: sns.ITopic;
  /** what the failure notice may send: From the sending address, To the owner addresses only */
  readonly owner: SesSendGrant;
  /** failures of these functions alarm there */
  readonly alarms: InboundAlarms;
  /**
   * the digest of held mail: a delivery's notice the cap holds back is kept for it and schedules it
   * (`held-<hour>` in this stack's group, invoking the follow-through function through the scheduler's role)
   */
  readonly heldDigest: { readonly groupName: string; readonly followThroughFunctionArn: string; readonly schedulerRole: iam.IRole; readonly heldScheduleArns: string; readonly shownHeldScheduleArns: string };
  /**
   * how often the sweep runs
   * @default Duration.minutes(15)
   */
  readonly sweepEvery?: Duration;
}

export class Recovery extends Construct {
  readonly sweep: nodejs.NodejsFunction;
  readonly sweepRole: iam.Role;
  readonly failureNotice: nodejs.NodejsFunction;
  readonly failureNoticeRole: iam.Role;
  readonly schedule: events.Rule;

  constructor(scope: Construct, id: string, props: RecoveryProps) {
    super(scope, id);
    const { tableArn } = props.table;
    // DynamoDB's own condition key: these roles touch only items whose partition key starts so.
    const onlyKeys = (...prefixes: string[]) => ({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': prefixes } });
    const messageKeys = `${keys.message('').pk}*`;
    const ownerMailKeys = `${keys.ownerMailHour('').pk}*`;
    const invitationKeys = `${keys.invitation('').pk}*`;

    // The sweep.
    const sweepLogs = new logs.LogGroup(this, 'SweepLogs', { retention: logs.RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    this.sweepRole = new iam.Role(this, 'SweepRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'invite-advisor sweep: list raw mail, read and mark message records, re-drive mail no run finished',
    });
    sweepLogs.grantWrite(this.sweepRole);
    this.sweep = new nodejs.NodejsFunction(this, 'Sweep', {
      ...functionDefaults(props.configFile, 'sweep'),
      // A few pages of keys, a read per message in the window and at most 25 invocations.
      timeout: Duration.minutes(2),
      role: this.sweepRole,
      logGroup: sweepLogs,
      // The next run comes in 15 minutes: a failed run is not retried.
      retryAttempts: 0,
      // No NODE_OPTIONS=--enable-source-maps: the map is read only when asked (infra/constructs/bundling.ts).
      environment: sweepEnvironment({ configFile: BUNDLED_CONFIG_PATH, tableName: props.table.tableName, rawMailBucket: props.bucket.bucketName, rawMailPrefix: props.rawMailPrefix, inboundFunction: props.inbound.functionName }),
    });
    this.sweepRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ListRawMailKeysOnly',
        actions: ['s3:ListBucket'],
        resources: [props.bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': [`${props.rawMailPrefix}*`] } },
      }),
    );
    this.sweepRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadAndMarkMessageRecordsOnly',
        actions: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem'],
        resources: [tableArn],
        conditions: onlyKeys(messageKeys),
      }),
    );
    this.sweepRole.addToPolicy(new iam.PolicyStatement({ sid: 'RedriveThroughTheInboundFunction', actions: ['lambda:InvokeFunction'], resources: [props.inbound.functionArn] }));
    this.schedule = new events.Rule(this, 'SweepSchedule', {
      description: 'invite-advisor: re-drive stored mail that no run finished',
      schedule: events.Schedule.rate(props.sweepEvery ?? Duration.minutes(15)),
      targets: [new targets.LambdaFunction(this.sweep, { retryAttempts: 0 })],
    });

    // The failure notice.
    const noticeLogs = new logs.LogGroup(this, 'FailureNoticeLogs', { retention: logs.RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    this.failureNoticeRole = new iam.Role(this, 'FailureNoticeRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'invite-advisor failure notice: tell the owner, once per message or command, that a delivery or send job failed all retries',
    });
    noticeLogs.grantWrite(this.failureNoticeRole);
    this.failureNotice = new nodejs.NodejsFunction(this, 'FailureNotice', {
      ...functionDefaults(props.configFile, 'failure-notice'),
      role: this.failureNoticeRole,
      logGroup: noticeLogs,
      retryAttempts: 2,
      // A notice that failed all its attempts (SES refusing for minutes) waits beside the delivery it is
      // about: the queue alarms, and `npm run redrive` hands it to this function again.
      onFailure: new SqsDestination(props.deliveryFailures.queue),
      environment: failureNoticeEnvironment({
        configFile: BUNDLED_CONFIG_PATH,
        tableName: props.table.tableName,
        rawMailBucket: props.bucket.bucketName,
        rawMailPrefix: props.rawMailPrefix,
        stackName: Stack.of(this).stackName,
        scheduleGroup: props.heldDigest.groupName,
        followThroughFunctionArn: props.heldDigest.followThroughFunctionArn,
        schedulerRoleArn: props.heldDigest.schedulerRole.roleArn,
      }),
    });
    this.failureNoticeRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'MarkMessageRecordsAndCountMailToTheOwnerOnly',
        actions: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [tableArn],
        conditions: onlyKeys(messageKeys, ownerMailKeys),
      }),
    );
    this.failureNoticeRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadAndMarkSendStatesOnly',
        // A failed send job: what became of the draft (GetItem), and that the owner was told (UpdateItem).
        actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'],
        resources: [tableArn],
        conditions: onlyKeys(invitationKeys),
      }),
    );
    this.failureNoticeRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'KeepHeldMailOnly',
        // A delivery's notice the cap holds back is kept for the digest of held mail: its `HELD` item and the
        // held-mail signal (both in the one `HELD` partition). The digest's own `DIGEST#` claim is the
        // follow-through function's: nothing here reads or writes it.
        actions: ['dynamodb:PutItem', 'dynamodb:UpdateItem'],
        resources: [tableArn],
        conditions: onlyKeys(HELD_PARTITION),
      }),
    );
    // The digest's one-off schedule (`held-<hour>`): created in this stack's group only, passing the scheduler's role only.
    this.failureNoticeRole.addToPolicy(new iam.PolicyStatement({ sid: 'ScheduleTheDigestOfHeldMailOnly', actions: ['scheduler:CreateSchedule'], resources: [props.heldDigest.heldScheduleArns] }));
    this.failureNoticeRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'PassTheSchedulerRoleToTheSchedulerOnly',
        actions: ['iam:PassRole'],
        resources: [props.heldDigest.schedulerRole.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );
    acknowledge(this.failureNoticeRole, `AwsSolutions-IAM5[Resource::${props.heldDigest.shownHeldScheduleArns}]`, "The wildcard is the hour in the name of the digest of held mail's one-off schedule (held-<yyyy-mm-ddThh>), in this stack's own group.");
    this.failureNoticeRole.addToPolicy(sesSendStatement(this, props.owner));
    for (const topic of [props.deliveryFailures.topic, props.sendFailures]) topic.addSubscription(new subscriptions.LambdaSubscription(this.failureNotice));

    // Failures of either are not silent: they alarm on the owner's alarm topic.
    const action = new SnsAction(props.alarms.topic);
    for (const [name, fn, description] of [
      ['SweepErrors', this.sweep, 'invite-advisor: the sweep failed (it could not list, read or re-drive stored mail); the next run in 15 minutes tries again. See its logs'],
      ['FailureNoticeErrors', this.failureNotice, 'invite-advisor: telling you about a failed delivery or send job failed; after its retries it waits in the failure queue beside the delivery (npm run redrive). See its logs'],
    ] as const) {
      const alarm = new cloudwatch.Alarm(this, name, {
        alarmDescription: description,
        metric: fn.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(action);
      props.alarms.alarms.push(alarm);
    }
  }
}

function functionDefaults(configFile: string, handler: 'sweep' | 'failure-notice'): nodejs.NodejsFunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_24_X,
    architecture: lambda.Architecture.ARM_64,
    memorySize: 256,
    timeout: Duration.seconds(30),
    loggingFormat: lambda.LoggingFormat.JSON,
    applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
    systemLogLevelV2: lambda.SystemLogLevel.WARN,
    ...esmBundling({ entry: `${PROJECT_ROOT}/functions/handlers/${handler}.ts`, extraFiles: [{ from: configFile, to: BUNDLED_CONFIG_PATH.slice('/var/task/'.length) }] }),
  };
}
