/**
 * Sending a chosen draft to a recruiter (reply commands) runs under its OWN function and role: the
 * inbound function keeps a role that can mail the owner only, and merely invokes this one. SES reports
 * bounces and complaints of what it sends through a configuration set to an SNS topic, and a small
 * function tells the owner. A send job that fails all its attempts goes to a failure topic like the
 * inbound function's (infra/constructs/failure-destination.ts), and the failure notice tells the owner.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { bounceEnvironment, senderEnvironment } from '../../functions/config/function-env.js';
import { esmBundling, PROJECT_ROOT } from './bundling.js';
import { failureDestination } from './failure-destination.js';
import { BUNDLED_CONFIG_PATH } from './inbound-function.js';
import type { InboundAlarms } from './alarms.js';
import { sesSendStatement, type SesSendGrant } from './sending-policy.js';

export interface ReplySendingProps {
  readonly configFile: string;
  readonly table: dynamodb.ITable;
  /** the From of every mail; the recruiter mail carries the owner's name as display name */
  readonly fromAddress: string;
  /** the owner addresses: the bounce function may mail these only */
  readonly ownerAddresses: readonly string[];
  /** SES identities sending is authorized against (the receiving domain, the owner addresses) */
  readonly identities: readonly string[];
  /** failures of the sender alarm there too; its key also encrypts the bounce topic */
  readonly alarms: InboundAlarms;
}

export class ReplySending extends Construct {
  readonly sender: nodejs.NodejsFunction;
  readonly senderRole: iam.Role;
  readonly senderLogs: logs.LogGroup;
  readonly bounces: nodejs.NodejsFunction;
  readonly configurationSet: ses.ConfigurationSet;
  readonly failureQueue: sqs.Queue;
  /** where the sender's failed jobs are published: the failure queue and the failure notice subscribe */
  readonly failureTopic: sns.Topic;

  constructor(scope: Construct, id: string, props: ReplySendingProps) {
    super(scope, id);
    const { partition, region, account } = Stack.of(this);
    const configurationSetArn = (name: string) => `arn:${partition}:ses:${region}:${account}:configuration-set/${name}`;

    this.configurationSet = new ses.ConfigurationSet(this, 'ConfigurationSet', { reputationMetrics: true, sendingEnabled: true });

    // A send job that failed all its attempts: its record goes to the failure topic, which feeds the
    // failure queue and the failure notice (infra/constructs/recovery.ts), so the owner hears once per
    // command what became of the draft (sent, may have gone out, nothing went out).
    const failures = failureDestination(this, 'send jobs', { topicId: 'JobFailureTopic' });
    this.failureQueue = failures.queue;
    this.failureTopic = failures.topic;

    // The sender: may mail anyone (a recruiter), but only from the sending address and only through the
    // configuration set that reports its bounces.
    const senderLogs = (this.senderLogs = new logs.LogGroup(this, 'SenderLogs', { retention: logs.RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY }));
    this.senderRole = new iam.Role(this, 'SenderRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'invite-advisor sending function: send the owner-chosen draft to a recruiter',
    });
    senderLogs.grantWrite(this.senderRole);
    failures.allowPublishing(this.senderRole);
    this.sender = new nodejs.NodejsFunction(this, 'Sender', {
      ...functionDefaults(props.configFile, 'send-draft'),
      role: this.senderRole,
      logGroup: senderLogs,
      retryAttempts: 2,
      maxEventAge: Duration.hours(1),
      onFailure: failures.onFailure,
      // No NODE_OPTIONS=--enable-source-maps: the map is read only when asked (infra/constructs/bundling.ts).
      environment: senderEnvironment({ configFile: BUNDLED_CONFIG_PATH, tableName: props.table.tableName, configurationSet: this.configurationSet.configurationSetName }),
    });
    this.senderRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'RecordTheSendOnTheInvitation',
        actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem', 'dynamodb:PutItem'],
        resources: [props.table.tableArn],
      }),
    );
    this.senderRole.addToPolicy(
      new iam.PolicyStatement({
        sid: 'SendOnlyFromTheSendingAddressThroughTheConfigurationSet',
        actions: ['ses:SendEmail'],
        resources: [...new Set(props.identities.map((identity) => `arn:${partition}:ses:${region}:${account}:identity/${identity}`)), configurationSetArn(this.configurationSet.configurationSetName)],
        conditions: { StringEquals: { 'ses:FromAddress': props.fromAddress } },
      }),
    );

    // Bounces and complaints → an encrypted topic → the bounce function → a note to the owner.
    //
    // The key statement is the SES Developer Guide's, word for word ("Configuring Amazon SNS notifications
    // for Amazon SES", step "(Optional) If your Amazon SNS topic uses AWS KMS for server-side encryption":
    // Sid AllowSESToUseKMSKey, principal ses.amazonaws.com, kms:GenerateDataKey and kms:Decrypt, Resource
    // "*", NO condition). AWS documents no condition key that SES's KMS requests carry when it publishes
    // events, and a condition the request lacks fails closed: SES would drop every bounce silently. What
    // stops another account's configuration set from using this topic is the topic policy below (docs/email-facts.md,
    // "SES event publishing to an encrypted topic").
    props.alarms.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowSESToUseKMSKey',
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
      }),
    );
    // The topic policy is the Developer Guide's too ("Set up an Amazon SNS event destination for event
    // publishing": sns:Publish for ses.amazonaws.com on condition AWS:SourceAccount and AWS:SourceArn =
    // this configuration set): ConfigurationSetEventDestination writes exactly that statement for an SNS
    // destination, and makes the destination depend on it.
    const topic = new sns.Topic(this, 'SendingEvents', { displayName: 'invite-advisor bounces and complaints', masterKey: props.alarms.key, enforceSSL: true });
    new ses.ConfigurationSetEventDestination(this, 'BouncesAndComplaints', {
      configurationSet: this.configurationSet,
      destination: ses.EventDestination.snsTopic(topic),
      events: [ses.EmailSendingEvent.BOUNCE, ses.EmailSendingEvent.COMPLAINT],
    });

    const bounceLogs = new logs.LogGroup(this, 'BounceLogs', { retention: logs.RetentionDays.THREE_MONTHS, removalPolicy: RemovalPolicy.DESTROY });
    const bounceRole = new iam.Role(this, 'BounceRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'invite-advisor bounce function: tell the owner that mail sent for them bounced',
    });
    bounceLogs.grantWrite(bounceRole);
    this.bounces = new nodejs.NodejsFunction(this, 'Bounces', {
      ...functionDefaults(props.configFile, 'bounce'),
      role: bounceRole,
      logGroup: bounceLogs,
      environment: bounceEnvironment({ configFile: BUNDLED_CONFIG_PATH, tableName: props.table.tableName }),
    });
    bounceRole.addToPolicy(new iam.PolicyStatement({ sid: 'ReadSentPointersAndCountMailToTheOwner', actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], resources: [props.table.tableArn] }));
    const ownerOnly: SesSendGrant = { fromAddress: props.fromAddress, recipients: props.ownerAddresses, identities: props.identities };
    bounceRole.addToPolicy(sesSendStatement(this, ownerOnly));
    topic.addSubscription(new subscriptions.LambdaSubscription(this.bounces));

    // Failures of the sender must not be silent either.
    props.alarms.watch(this.sender, this.failureQueue, senderLogs, {
      name: 'Sender',
      errors: 'invite-advisor: sending a draft to a recruiter failed (Lambda retries twice; the owner is told what became of it)',
      failures: 'invite-advisor: a send job failed after all retries; the owner was told what became of the draft, and the job waits in the sending failure queue (npm run redrive -- --sending)',
      bookkeeping: 'invite-advisor: a draft went out to a recruiter, but recording it failed after retries; the run ended successfully. Its log line (signal BookkeepingAfterSendFailed) names the ids (docs/deploy.md, Troubleshooting)',
    });
  }
}

function functionDefaults(configFile: string, handler: 'send-draft' | 'bounce'): nodejs.NodejsFunctionProps {
  return {
    runtime: lambda.Runtime.NODEJS_24_X,
    architecture: lambda.Architecture.ARM_64,
    memorySize: 512,
    timeout: Duration.seconds(30),
    loggingFormat: lambda.LoggingFormat.JSON,
    applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
    systemLogLevelV2: lambda.SystemLogLevel.WARN,
    ...esmBundling({ entry: `${PROJECT_ROOT}/functions/handlers/${handler}.ts`, extraFiles: [{ from: configFile, to: BUNDLED_CONFIG_PATH.slice('/var/task/'.length) }] }),
  };
}
