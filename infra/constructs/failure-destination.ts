/**
 * Where Lambda sends the record of an asynchronous event that failed all its retries, for every function
 * whose failures the owner must hear of (the inbound function, the sending function): an encrypted SNS
 * topic that feeds both a failure queue (raw records, kept 14 days for `npm run redrive`, alarmed) and the
 * failure notice (infra/constructs/recovery.ts subscribes it), so telling the owner takes nothing from the
 * queue.
 *
 * Made in the caller's scope under the ids `FailureQueue` and `FailureTopic` (or `topicId`), not in a
 * construct of its own: construct ids are part of the contract (a queue under a new path is a new queue,
 * and the one holding records would be deleted), and `npm run redrive` finds the queues by their names.
 * Topics the one notice function subscribes to need ids of their own (the subscription is named after
 * the topic's id under the function).
 */
import { Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

export interface FailureDestination {
  /** the failure queue: every record, kept for `npm run redrive` (raw message delivery: the body is Lambda's record) */
  readonly queue: sqs.Queue;
  /** the topic Lambda publishes the records to; the failure notice subscribes here */
  readonly topic: sns.Topic;
  /** the function's `onFailure` */
  readonly onFailure: lambda.IDestination;
  /** lets the function's role publish its records (and nothing else) */
  allowPublishing(role: iam.IRole): void;
}

/** `what`: what fails, for the topic's display name ("deliveries", "send jobs"). */
export function failureDestination(scope: Construct, what: string, options: { topicId?: string } = {}): FailureDestination {
  const queue = new sqs.Queue(scope, 'FailureQueue', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  acknowledge(
    queue,
    'AwsSolutions-SQS3',
    "This queue IS the dead-letter destination (the function's on-failure records, through its failure topic); a DLQ for the DLQ would only hide messages from its alarm.",
  );
  // Encrypted (the records carry a message's headers or a draft) with SNS's AWS managed key: Lambda
  // publishes and SNS delivers to the queue and the notice under that key's own policy, with no grant to write.
  const topic = new sns.Topic(scope, options.topicId ?? 'FailureTopic', {
    displayName: `invite-advisor: ${what} that failed all retries`,
    masterKey: kms.Alias.fromAliasName(scope, 'SnsManagedKey', 'alias/aws/sns'),
    enforceSSL: true,
  });
  topic.addSubscription(new subscriptions.SqsSubscription(queue, { rawMessageDelivery: true }));
  return {
    queue,
    topic,
    // Not aws-lambda-destinations' SnsDestination: it would also grant kms:GenerateDataKey* on every key
    // behind the alias, which the AWS managed key's own policy already allows through SNS.
    onFailure: { bind: () => ({ destination: topic.topicArn }) },
    allowPublishing: (role) => {
      role.addToPrincipalPolicy(new iam.PolicyStatement({ sid: 'PublishFailureRecords', actions: ['sns:Publish'], resources: [topic.topicArn] }));
    },
  };
}
