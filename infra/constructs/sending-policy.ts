/**
 * Who may send what through SES, as IAM statements. Today there is one sender: the inbound function,
 * which only ever mails the owner. Sending a chosen draft to a recruiter (a later issue) gets its OWN role
 * and its own statement from `sesSendStatement` (other recipients, stricter trigger), so the inbound
 * function never gains the right to mail strangers.
 */
import { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { IConstruct } from 'constructs';

export interface SesSendGrant {
  /** the only From address allowed (`ses:FromAddress`, the bare address without display name) */
  readonly fromAddress: string;
  /** every recipient must match one of these (`ses:Recipients`, ForAllValues:StringLike) */
  readonly recipients: readonly string[];
  /**
   * SES identities the call is authorized against: the sender's domain, and while the account is in the
   * SES sandbox also each recipient's identity (SES checks those too).
   */
  readonly identities: readonly string[];
}

export function sesSendStatement(scope: IConstruct, grant: SesSendGrant): iam.PolicyStatement {
  const { partition, region, account } = Stack.of(scope);
  return new iam.PolicyStatement({
    sid: 'SendOnlyFromTheSendingAddressToAllowedRecipients',
    // SESv2 SendEmail (Raw content included) is authorised by ses:SendEmail alone (the service authorization
    // reference for SES v2); ses:SendRawEmail is the v1 API and SMTP, which nothing here calls.
    actions: ['ses:SendEmail'],
    resources: [...new Set(grant.identities.map((identity) => `arn:${partition}:ses:${region}:${account}:identity/${identity}`))],
    conditions: {
      StringEquals: { 'ses:FromAddress': grant.fromAddress },
      'ForAllValues:StringLike': { 'ses:Recipients': [...new Set(grant.recipients)] },
      // ForAllValues is true for an empty set: require the key to be present.
      Null: { 'ses:Recipients': 'false' },
    },
  });
}
