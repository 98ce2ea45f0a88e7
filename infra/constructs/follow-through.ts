/**
 * Follow-through reminders (issue #17): one-off EventBridge Scheduler schedules that invoke the
 * follow-through function when a reminder is due (docs/deploy.md, "Follow-through schedules"); the
 * nudge is no schedule of its own but an item due in the table, which one recurring schedule (every
 * NUDGE_CHECK_MINUTES) has the function look for and send (app/follow-through.ts (sendNudgesDue); issue #16: the
 * recommendation's fifth call).
 *
 *   inbound function ─ CreateSchedule / DeleteSchedule (schedule/<group>/*, passing the scheduler role) ─→
 *   schedule group of this stack ─ at(…) ─→ scheduler role ─ lambda:InvokeFunction ─→ follow-through function
 *        ─→ the invitation (read), its reminder's claim, the hourly cap ─→ SES (to the owner only)
 *        └ after 2 retries → failure topic → failure queue → alarm
 *
 * Three roles, each to what it does: the scheduler's role may be assumed by EventBridge Scheduler of
 * this account only (aws:SourceAccount) and may invoke the follow-through function, nothing else; the
 * functions that create and delete schedules may do so in this stack's group only, and may pass that
 * role and no other, to the scheduler only (iam:PassedToService); the follow-through function reads
 * invitations, keeps its reminders' records, counts mail to the owner and mails the owner only.
 */
import { Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { HELD_PARTITION, keys, NUDGE_PARTITION } from '../../functions/adapters/table-design.js';
import { NUDGES_DUE_SCHEDULE, WEEKLY_DIGEST_SCHEDULE, weeklyCron, type WeekDay } from '../../functions/core/follow/follow.js';
import { NUDGE_CHECK_MINUTES } from '../../functions/app/ports.js';
import { followThroughEnvironment } from '../../functions/config/function-env.js';
import { acknowledge } from '../nag.js';
import type { InboundAlarms } from './alarms.js';
import { esmBundling, PROJECT_ROOT } from './bundling.js';
import { failureDestination } from './failure-destination.js';
import { BUNDLED_CONFIG_PATH } from './inbound-function.js';
import { sesSendStatement, type SesSendGrant } from './sending-policy.js';

export interface FollowThroughProps {
  readonly configFile: string;
  readonly table: dynamodb.ITable;
  /** what the follow-through function may send: From the sending address, To the owner addresses only */
  readonly owner: SesSendGrant;
  /** its failures alarm there */
  readonly alarms: InboundAlarms;
  /**
   * The weekly digest (followThrough.weeklyDigest): a recurring schedule at `hour`:00 on `day` in the
   * owner's zone, and the two index reads it makes.
   * @default - none (no schedule, no index reads)
   */
  readonly weeklyDigest?: { readonly day: WeekDay; readonly hour: number; readonly timeZone: string } | null;
  /**
   * The nudge (followThrough.nudge): a recurring schedule every NUDGE_CHECK_MINUTES, and the reads and
   * deletes of the nudges due (one partition).
   * @default false
   */
  readonly nudge?: boolean;
}

export class FollowThrough extends Construct {
  readonly group: scheduler.ScheduleGroup;
  /** the schedule group's name: `<stack name>-reminders` (a name, unlike an ARN, is what CreateSchedule takes) */
  readonly groupName: string;
  readonly function: nodejs.NodejsFunction;
  readonly role: iam.Role;
  /** EventBridge Scheduler's execution role for the reminders' schedules */
  readonly schedulerRole: iam.Role;
  readonly failureQueue: sqs.Queue;

  constructor(scope: Construct, id: string, props: FollowThroughProps) {
    super(scope, id);
    const { partition, region, account, stackName } = Stack.of(this);
    // At most 51 + 10 characters: within Scheduler's 64 (DeploySchema caps the stack name at 51).
    this.groupName = `${stackName}-reminders`;
    // Deleting the group (with the stack) deletes the reminders still pending in it.
    this.group = new scheduler.ScheduleGroup(this, 'ScheduleGroup', { scheduleGroupName: this.groupName, removalPolicy: RemovalPolicy.DESTROY });

    // EventBridge Scheduler's role: assumed by the scheduler on behalf of this account's schedules only.
    this.schedulerRole = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com').withConditions({ StringEquals: { 'aws:SourceAccount': account } }),
      description: 'invite-advisor reminders: EventBridge Scheduler invokes the follow-through function, nothing else',
    });

    const failures = failureDestination(this, 'reminders');
    this.failureQueue = failures.queue;
    const logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'invite-advisor follow-through: read an invitation, claim its reminder, mail the owner',
    });
    logGroup.grantWrite(this.role);
    failures.allowPublishing(this.role);
    this.function = new nodejs.NodejsFunction(this, 'Function', {
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 256,
      // The reminder's claim lease (REMINDER_LEASE_SECONDS, 60 s) outlasts it.
      timeout: Duration.seconds(30),
      role: this.role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      // The scheduler invokes asynchronously: Lambda retries twice, then the failure topic and queue.
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: failures.onFailure,
      environment: followThroughEnvironment({ configFile: BUNDLED_CONFIG_PATH, tableName: props.table.tableName, scheduleGroup: this.groupName, schedulerRoleArn: this.schedulerRole.roleArn }),
      ...esmBundling({ entry: `${PROJECT_ROOT}/functions/handlers/follow-through.ts`, extraFiles: [{ from: props.configFile, to: BUNDLED_CONFIG_PATH.slice('/var/task/'.length) }] }),
    });
    const { tableArn } = props.table;
    const onlyKeys = (...prefixes: string[]) => ({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': prefixes } });
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadInvitationsOnly',
        actions: ['dynamodb:GetItem'],
        resources: [tableArn],
        conditions: onlyKeys(`${keys.invitation('').pk}*`),
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'KeepRemindersAndCountMailToTheOwnerOnly',
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
        resources: [tableArn],
        conditions: onlyKeys(`${keys.reminder('', '').pk}*`, `${keys.ownerMailHour('').pk}*`),
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'KeepHeldMailAndItsDigestOnly',
        // The digest of held mail (app/answer-held-mail.ts): read the held mail's one partition, claim the
        // hour's digest, forget what it answered; and a reminder the cap holds back is kept there.
        actions: ['dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'],
        resources: [tableArn],
        conditions: onlyKeys(HELD_PARTITION, `${keys.digest('').pk}*`),
      }),
    );
    this.role.addToPolicy(sesSendStatement(this, props.owner));

    // The function itself only (grantInvoke would add every version, ":*").
    this.schedulerRole.addToPolicy(new iam.PolicyStatement({ sid: 'InvokeTheFollowThroughFunctionOnly', actions: ['lambda:InvokeFunction'], resources: [this.function.functionArn] }));

    // The digest of held mail schedules itself (`held-<hour>`): this function may create those schedules
    // in this group only (never delete, never another name), passing the scheduler's role only.
    this.heldScheduleArns = `arn:${partition}:scheduler:${region}:${account}:schedule/${this.groupName}/held-*`;
    this.shownHeldScheduleArns = this.shownArn('held-*');
    this.role.addToPolicy(new iam.PolicyStatement({ sid: 'ScheduleTheDigestOfHeldMailOnly', actions: ['scheduler:CreateSchedule'], resources: [this.heldScheduleArns] }));
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'PassTheSchedulerRoleToTheSchedulerOnly',
        actions: ['iam:PassRole'],
        resources: [this.schedulerRole.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );
    acknowledge(this.role, `AwsSolutions-IAM5[Resource::${this.shownHeldScheduleArns}]`, "The wildcard is the hour in the name of the digest of held mail's one-off schedule (held-<yyyy-mm-ddThh>), in this stack's own group.");

    if (props.nudge) {
      this.role.addToPolicy(
        new iam.PolicyStatement({
          sid: 'SendTheNudgesDueOnly',
          // One range of one partition (the nudges due), each deleted once dealt with (app/follow-through.ts (sendNudgesDue)).
          actions: ['dynamodb:Query', 'dynamodb:DeleteItem'],
          resources: [tableArn],
          conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [NUDGE_PARTITION] } },
        }),
      );
      // Recurring; the function sends what is due by the schedule's own time (`<aws.scheduler.scheduled-time>`).
      new scheduler.CfnSchedule(this, 'NudgesDue', {
        name: NUDGES_DUE_SCHEDULE,
        groupName: this.groupName,
        description: 'invite-advisor: the nudges due (followThrough.nudge)',
        scheduleExpression: `rate(${NUDGE_CHECK_MINUTES} minutes)`,
        flexibleTimeWindow: { mode: 'OFF' },
        state: 'ENABLED',
        target: {
          arn: this.function.functionArn,
          roleArn: this.schedulerRole.roleArn,
          input: JSON.stringify({ kind: 'nudges-due', at: '<aws.scheduler.scheduled-time>' }),
          // The next run comes with the schedule: a delivery older than one period is not worth making.
          retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: NUDGE_CHECK_MINUTES * 60 },
        },
      }).addDependency(this.group.node.defaultChild as scheduler.CfnScheduleGroup);
    }

    const weekly = props.weeklyDigest ?? null;
    if (weekly) {
      this.role.addToPolicy(
        new iam.PolicyStatement({
          sid: 'WeeklyDigestReadsTwoIndexesOnly',
          // Two bounded reads (app/weekly-digest.ts): received lately (byReceived), interviews around now (bySlot).
          actions: ['dynamodb:Query'],
          resources: [`${tableArn}/index/byReceived`, `${tableArn}/index/bySlot`],
        }),
      );
      // Recurring, in the owner's zone (DST included); invokes this function through the scheduler's role.
      new scheduler.CfnSchedule(this, 'WeeklyDigest', {
        name: WEEKLY_DIGEST_SCHEDULE,
        groupName: this.groupName,
        description: 'invite-advisor weekly digest (followThrough.weeklyDigest)',
        scheduleExpression: weeklyCron(weekly.day, weekly.hour),
        scheduleExpressionTimezone: weekly.timeZone,
        flexibleTimeWindow: { mode: 'OFF' },
        state: 'ENABLED',
        target: { arn: this.function.functionArn, roleArn: this.schedulerRole.roleArn, input: JSON.stringify({ kind: 'weekly-digest' }), retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 6 * 3600 } },
      }).addDependency(this.group.node.defaultChild as scheduler.CfnScheduleGroup);
    }

    props.alarms.watch(this.function, this.failureQueue, logGroup, {
      name: 'FollowThrough',
      errors: 'invite-advisor: a reminder could not be sent (Lambda retries twice; see the follow-through function\'s logs)',
      failures: 'invite-advisor: a reminder failed after all retries; it waits in the follow-through failure queue (docs/deploy.md, Troubleshooting)',
      bookkeeping: 'invite-advisor: a reminder went out, but recording it failed after retries; the run ended successfully (signal BookkeepingAfterSendFailed in the follow-through logs)',
    });
    this.scheduleArns = `arn:${partition}:scheduler:${region}:${account}:schedule/${this.groupName}/*`;
  }

  /** `arn:…:schedule/<group>/held-*`: the digest of held mail's schedules in this stack's group */
  readonly heldScheduleArns: string;
  /** the same as cdk-nag shows it (for an acknowledgement of its wildcard) */
  readonly shownHeldScheduleArns: string;

  /** `arn:…:schedule/<group>/*`: the schedules of this stack's group, and no other */
  readonly scheduleArns: string;

  /**
   * Lets a function create and delete the reminders' schedules: in this group only, passing the scheduler
   * role and no other, to EventBridge Scheduler only.
   */
  allowScheduling(role: iam.Role): void {
    role.addToPolicy(new iam.PolicyStatement({ sid: 'CreateAndDeleteRemindersInTheStacksGroupOnly', actions: ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule'], resources: [this.scheduleArns] }));
    role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'PassTheSchedulerRoleToTheSchedulerOnly',
        actions: ['iam:PassRole'],
        resources: [this.schedulerRole.roleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    );
    acknowledge(role, `AwsSolutions-IAM5[Resource::${this.shownArn('*')}]`, "The wildcard is the schedule's name within this stack's own group: one per reminder, named from the invitation's id when it is scheduled.");
  }

  /**
   * A schedule ARN of this group as cdk-nag shows the resource: each part as written when the stack
   * knows it, else its pseudo parameter (a stack may know its region and not its account).
   */
  private shownArn(name: string): string {
    const { partition, region, account } = Stack.of(this);
    const part = (value: string, pseudo: string) => (Token.isUnresolved(value) ? `<AWS::${pseudo}>` : value);
    return `arn:${part(partition, 'Partition')}:scheduler:${part(region, 'Region')}:${part(account, 'AccountId')}:schedule/${this.groupName}/${name}`;
  }
}
