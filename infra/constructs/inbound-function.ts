/**
 * The Lambda function the receipt rule invokes (functions/handlers/inbound.ts), with what keeps its
 * failures visible: retries, an encrypted on-failure queue, logs with a retention, least-privilege IAM.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { HELD_PARTITION, TABLE_DESIGN } from '../../functions/adapters/table-design.js';
import { inboundEnvironment } from '../../functions/config/function-env.js';
import { acknowledge } from '../nag.js';
import { esmBundling, PROJECT_ROOT } from './bundling.js';
import { failureDestination } from './failure-destination.js';
import { sesSendStatement, type SesSendGrant } from './sending-policy.js';

/** Where the configuration file lands inside the deployment package (Lambda unpacks it to /var/task). */
export const BUNDLED_CONFIG_PATH = '/var/task/invite-advisor.config.json';

export interface InboundFunctionProps {
  /** the configuration file to bundle next to the code (the function reads it at cold start) */
  readonly configFile: string;
  readonly bucket: s3.IBucket;
  /** the S3 action's object key prefix: the function may read below it and nowhere else */
  readonly rawMailPrefix: string;
  readonly table: dynamodb.ITable;
  readonly replyTokenSecret: secretsmanager.ISecret;
  /** what the function may send: From the sending address, To the owner addresses only */
  readonly sending: SesSendGrant;
  /**
   * concurrent executions reserved for (and capping) the function. Off by default: new accounts often
   * have a concurrency quota of 10, and Lambda keeps 10 unreserved, so any reservation fails the deploy
   * there (`npm run doctor` reads the quota and says whether there is room).
   * @default null (none reserved)
   */
  readonly reservedConcurrency?: number | null;
  /**
   * @default Duration.seconds(30): a message is fetched, parsed, stored and answered in a few seconds;
   * the margin is for large messages and a slow SES call. The claim lease (CLAIM_LEASE_SECONDS) is set
   * to timeout + 30 s: longer than a live attempt, shorter than timeout + 60 s, Lambda's first retry
   * delay, so the retry of an attempt that died takes its claim over (functions/config/function-env.ts).
   */
  readonly timeout?: Duration;
  /** @default 1024 (MB): parsing large HTML mail is CPU-bound, and CPU scales with memory */
  readonly memorySize?: number;
  /** the sending function reply commands hand their job to (this function may invoke it, nothing more) */
  readonly sendDraftFunction: lambda.IFunction;
  /** where the follow-through reminders are scheduled (infra/constructs/follow-through.ts grants it) */
  readonly reminders: { readonly groupName: string; readonly functionArn: string; readonly schedulerRoleArn: string };
}

export class InboundFunction extends Construct {
  readonly function: nodejs.NodejsFunction;
  readonly failureQueue: sqs.Queue;
  /**
   * Where Lambda sends the record of a delivery that failed all its retries: the failure queue (kept
   * for `npm run redrive`, raw message delivery: the body is Lambda's record) and the failure notice
   * (infra/constructs/recovery.ts) both subscribe, so telling the owner takes nothing from the queue.
   */
  readonly failureTopic: sns.Topic;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;
  /** how long a claim on a message id holds: timeout < lease < timeout + Lambda's 60 s first retry delay */
  readonly claimLeaseSeconds: number;

  constructor(scope: Construct, id: string, props: InboundFunctionProps) {
    super(scope, id);
    const timeout = props.timeout ?? Duration.seconds(30);
    this.claimLeaseSeconds = timeout.toSeconds() + 30;

    // Async invocations that still fail after Lambda's two retries land here (through the failure topic),
    // with the event (message id, verdicts): an alarm fires, the owner is told, and `npm run redrive`
    // replays the event once the cause is fixed.
    const failures = failureDestination(this, 'deliveries');
    this.failureQueue = failures.queue;
    this.failureTopic = failures.topic;

    this.logGroup = new logs.LogGroup(this, 'Logs', { retention: logs.RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });

    // An explicit role instead of the AWSLambdaBasicExecutionRole managed policy: logs go to this log group only.
    this.role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'invite-advisor inbound function: read raw mail, use its table and secret, mail the owner',
    });
    this.logGroup.grantWrite(this.role);

    this.function = new nodejs.NodejsFunction(this, 'Function', {
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout,
      role: this.role,
      ...(props.reservedConcurrency ? { reservedConcurrentExecutions: props.reservedConcurrency } : {}),
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      // Lambda's async retries (the receipt rule invokes with InvocationType Event): 2, then the queue.
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
      onFailure: failures.onFailure,
      // No NODE_OPTIONS=--enable-source-maps: the map is read only when asked (infra/constructs/bundling.ts).
      environment: inboundEnvironment({
        configFile: BUNDLED_CONFIG_PATH,
        tableName: props.table.tableName,
        rawMailBucket: props.bucket.bucketName,
        rawMailPrefix: props.rawMailPrefix,
        replyTokenSecretId: props.replyTokenSecret.secretArn,
        claimLeaseSeconds: this.claimLeaseSeconds,
        sendDraftFunction: props.sendDraftFunction.functionName,
        scheduleGroup: props.reminders.groupName,
        followThroughFunctionArn: props.reminders.functionArn,
        schedulerRoleArn: props.reminders.schedulerRoleArn,
      }),
      ...esmBundling({ entry: `${PROJECT_ROOT}/functions/handlers/inbound.ts`, extraFiles: [{ from: props.configFile, to: BUNDLED_CONFIG_PATH.slice('/var/task/'.length) }] }),
    });

    // Least privilege, statement by statement.
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadRawMailOnly',
        actions: ['s3:GetObject'],
        resources: [props.bucket.arnForObjects(`${props.rawMailPrefix}*`)],
      }),
    );
    const { tableArn } = props.table;
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'UseThisTableOnly',
        // What functions/adapters/dynamodb-store.ts and dynamodb-owner-mail-store.ts call; no Scan, no
        // table management. BatchWriteItem is the owner's "forget" (deleting an invitation with its
        // message records) and the digest forgetting the held mail it answered. A transaction
        // (TransactWriteItems: a recommendation's writes) needs the permission of each action in it, and
        // ConditionCheckItem for its condition checks (DynamoDB developer guide, "Using IAM with DynamoDB
        // transactions"); it has no permission of its own.
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:ConditionCheckItem', 'dynamodb:BatchWriteItem'],
        resources: [tableArn],
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'QueryThisTablesIndexesOnly',
        actions: ['dynamodb:Query'],
        resources: Object.keys(TABLE_DESIGN.indexes).map((index) => `${tableArn}/index/${index}`),
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'QueryHeldMailOnly',
        // The digest reads the mail the hourly cap held back: one partition of the table, nothing else
        // (DynamoDB's own condition key on the partition key a Query names).
        actions: ['dynamodb:Query'],
        resources: [tableArn],
        conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [HELD_PARTITION] } },
      }),
    );
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'ReadTheReplyTokenSecretOnly',
        actions: ['secretsmanager:GetSecretValue'],
        resources: [props.replyTokenSecret.secretArn],
      }),
    );
    this.role.addToPolicy(sesSendStatement(this, props.sending));
    this.role.addToPolicy(
      new iam.PolicyStatement({
        sid: 'DeleteRawMailOnForget',
        actions: ['s3:DeleteObject'],
        resources: [props.bucket.arnForObjects(`${props.rawMailPrefix}*`)],
      }),
    );
    failures.allowPublishing(this.role);
    // Whether the account is in the SES sandbox (reply commands fall back to a mailto link there).
    this.role.addToPolicy(new iam.PolicyStatement({ sid: 'ReadSesAccountState', actions: ['ses:GetAccount'], resources: ['*'] }));
    // The function itself only (grantInvoke would add every version, ":*").
    this.role.addToPolicy(new iam.PolicyStatement({ sid: 'HandReplyCommandsToTheSender', actions: ['lambda:InvokeFunction'], resources: [props.sendDraftFunction.functionArn] }));
    acknowledge(this.role, 'AwsSolutions-IAM5[Resource::*]', 'ses:GetAccount has no resource-level permissions: it is granted on "*" by AWS design (read-only account state).');

    acknowledge(
      this.role,
      `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(props.bucket.node.defaultChild as s3.CfnBucket)}.Arn>/${props.rawMailPrefix}*]`,
      'The wildcard is the object key under the raw-mail prefix: each message is its own object (prefix + SES message id), unknown until it arrives.',
    );
  }
}
