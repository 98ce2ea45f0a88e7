/**
 * Where SES's S3 action stores each received message (raw MIME), for the function to read.
 */
import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from '../nag.js';

export interface RawMailBucketProps {
  /** days after which a stored message is deleted (configuration `retention.rawMailDays`) */
  readonly expirationDays: number;
  /** the S3 action's object key prefix, with its trailing slash: SES may write below it and nowhere else */
  readonly prefix: string;
  /**
   * the receipt rule set whose rules may write. The policy names `receipt-rule-set/<name>:receipt-rule/*`:
   * naming the rule itself would make the rule depend on the policy and the policy on the rule (a cycle).
   */
  readonly ruleSetName: string;
}

export class RawMailBucket extends Construct {
  readonly bucket: s3.Bucket;
  /** the receipt rule must be created after this, or SES's permission check fails ("Could not write to bucket") */
  readonly policy: s3.BucketPolicy;

  constructor(scope: Construct, id: string, props: RawMailBucketProps) {
    super(scope, id);
    const { account, region } = Stack.of(this);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      // SSE-S3, not the S3 action's KMS option: that one encrypts client-side, which the function would
      // have to undo with the S3 encryption client.
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-raw-mail', expiration: Duration.days(props.expirationDays), abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      // Mail is personal data with its own expiry: a teardown keeps it (a non-empty bucket cannot be
      // deleted by CloudFormation anyway); docs/deploy.md says how to empty and delete it.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Exactly ONE statement for SES, written here rather than by aws-ses-actions' S3 action, which adds a
    // looser statement of its own (Allow statements add up, so a stricter one beside it protects nothing).
    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowSesReceiptRulesToStoreRawMail',
        principals: [new iam.ServicePrincipal('ses.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [this.bucket.arnForObjects(`${props.prefix}*`)],
        conditions: {
          // Confused-deputy protection: only this account's SES, only rules of this rule set.
          StringEquals: { 'AWS:SourceAccount': account },
          ArnLike: { 'AWS:SourceArn': `arn:${Stack.of(this).partition}:ses:${region}:${account}:receipt-rule-set/${props.ruleSetName}:receipt-rule/*` },
        },
      }),
    );
    const policy = this.bucket.policy;
    if (!policy) throw new Error('RawMailBucket: the bucket policy was not created');
    this.policy = policy;

    acknowledge(
      this.bucket,
      'AwsSolutions-S1',
      'Server access logs are not kept: only SES writes here and only the function reads, each scoped by policy; a log bucket would keep a second record of every message id for longer than the mail itself. Turn on CloudTrail S3 data events if an audit trail is needed.',
    );
  }
}
