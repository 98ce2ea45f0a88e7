/**
 * Failures must not be silent: alarms on function errors (not counting deliveries retried on purpose)
 * and on anything in the failure queue, mailed to the owner through an encrypted SNS topic.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { SIGNALS } from '../../functions/app/ports.js';

export interface InboundAlarmsProps {
  /** receives the alarm mails (after confirming the SNS subscription mail) */
  readonly email: string;
}

export class InboundAlarms extends Construct {
  readonly topic: sns.Topic;
  /** the topic's key (the bounce topic of reply sending uses it too: one key, one monthly fee) */
  readonly key: kms.Key;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: InboundAlarmsProps) {
    super(scope, id);
    const { account, region, partition } = Stack.of(this);

    // A customer managed key, not alias/aws/sns: CloudWatch alarms cannot publish to a topic encrypted
    // with the AWS managed key, whose policy cannot grant cloudwatch.amazonaws.com (AWS re:Post,
    // "cloudwatch-configure-alarm-sns").
    const key = (this.key = new kms.Key(this, 'TopicKey', {
      description: 'invite-advisor alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    }));
    const fromThisAccountsAlarms = {
      StringEquals: { 'aws:SourceAccount': account },
      ArnLike: { 'aws:SourceArn': `arn:${partition}:cloudwatch:${region}:${account}:alarm:*` },
    };
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToUseTheKey',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: fromThisAccountsAlarms,
      }),
    );

    this.topic = new sns.Topic(this, 'Topic', { displayName: 'invite-advisor alarms', masterKey: key, enforceSSL: true });
    // enforceSSL writes a topic policy, which replaces SNS's default one: allow the alarms explicitly.
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowCloudWatchAlarmsToPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: fromThisAccountsAlarms,
      }),
    );
    this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));

  }

  /**
   * Alarms on a function's errors and on anything in its failure queue. `name` prefixes the construct
   * ids ("" for the inbound function, whose ids predate the others); the descriptions say what failed.
   * `logGroup` is the function's own: the structured log lines it counts (SIGNALS) are read there.
   * `claimsMessages`: the function fails a delivery that met another run's live claim ON PURPOSE, so
   * that Lambda retries it later (ClaimHeldError, logged once with signal ClaimHeld); those are not
   * failures, and the errors alarm subtracts them.
   */
  watch(
    fn: lambda.IFunction,
    failureQueue: sqs.IQueue,
    logGroup: logs.ILogGroup,
    words: AlarmWords = INBOUND_WORDS,
    options: { claimsMessages?: boolean } = {},
  ): void {
    const prefix = words.name ?? '';
    const action = new SnsAction(this.topic);
    const alarm = (id: string, description: string, metric: cloudwatch.IMetric) =>
      new cloudwatch.Alarm(this, `${prefix}${id}`, {
        alarmDescription: description,
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    const allErrors = fn.metricErrors({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.SUM });
    const errors = options.claimsMessages
      ? new cloudwatch.MathExpression({
          expression: 'FILL(errors, 0) - FILL(held, 0)',
          usingMetrics: { errors: allErrors, held: this.counted(logGroup, prefix, SIGNALS.claimHeld) },
          period: FIVE_MINUTES,
          label: 'errors, not counting deliveries retried on purpose (ClaimHeld)',
        })
      : allErrors;
    const failed = alarm('FailureQueueNotEmpty', words.failures, failureQueue.metricApproximateNumberOfMessagesVisible({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.MAXIMUM }));
    // A mail went out and a write that follows it still failed after the run's retries: the run ended
    // successfully (a retry would send again), so no error shows; this alarm does (app/after-send.ts).
    const bookkeeping = alarm('BookkeepingAfterSendFailed', words.bookkeeping, this.counted(logGroup, prefix, SIGNALS.bookkeepingFailed));
    const alarms = [alarm('FunctionErrors', words.errors, errors), failed, bookkeeping];
    for (const each of alarms) each.addAlarmAction(action);
    this.alarms.push(...alarms);
  }

  /** A count, per five minutes, of the function's log lines whose `signal` field is `signal`. */
  private counted(logGroup: logs.ILogGroup, prefix: string, signal: string): cloudwatch.Metric {
    const filter = new logs.MetricFilter(this, `${prefix}${signal}Count`, {
      logGroup,
      metricNamespace: `InviteAdvisor/${Stack.of(this).stackName}`,
      metricName: `${prefix || 'Inbound'}${signal}`,
      filterPattern: logs.FilterPattern.stringValue('$.signal', '=', signal),
      metricValue: '1',
    });
    return filter.metric({ period: FIVE_MINUTES, statistic: cloudwatch.Stats.SUM });
  }
}

const FIVE_MINUTES = Duration.minutes(5);

/** What each alarm of one function says (`name` prefixes the construct ids). */
export interface AlarmWords {
  name?: string;
  errors: string;
  failures: string;
  bookkeeping: string;
}

const INBOUND_WORDS: AlarmWords = {
  errors: 'invite-advisor: the inbound function failed (Lambda retries twice; see its logs, then the failure queue). Deliveries that met another run\'s claim are retried on purpose and not counted.',
  failures: 'invite-advisor: a message could not be processed after all retries; its event waits in the failure queue (docs/deploy.md, Troubleshooting)',
  bookkeeping: 'invite-advisor: a mail to you went out, but recording it failed after retries; the run ended successfully. Its log line (signal BookkeepingAfterSendFailed) names both message ids (docs/deploy.md, Troubleshooting)',
};
