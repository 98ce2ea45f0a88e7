/**
 * The DynamoDB table's design, in one place for the CDK stack, local mode and the tests.
 *
 *   item                     pk                     sk     GSIs it appears in
 *   idempotency record       MSG#<ses message id>   MSG    -
 *   re-driven by the sweep   MSG#<ses message id>   REDRIVE  -   (once per message: app/sweep-raw-mail.ts)
 *   failure notice           MSG#<ses message id>   FAILED   -   (once per message: app/tell-failure.ts)
 *   invitation               INV#<invite id>        INV    byCompany, bySlot
 *   hourly mail counter      RATE#<yyyy-mm-ddThh>   RATE   -
 *   sent-message pointer     SENT#<ses message id>  SENT   -   (bounce reports → invitation)
 *
 * Query paths: by SES message id and by invite id are GetItems; a reply token carries the invite id
 * (HMAC-verified), so "by reply token" is a GetItem too; "by company" (earlier invitations from one
 * company) and "by interview time" (conflicts on a day, hours in a week, recent interviews) are two
 * sparse GSIs; "by time received" (the owner's `history` command) is the third. bySlot keeps every slotted invitation in one partition ordered by UTC start: one owner
 * has a few hundred invitations a year at most, so one range query answers "between X and Y".
 * Every item has a TTL in `expiresAt`.
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const TABLE_DESIGN = {
  partitionKey: 'pk',
  sortKey: 'sk',
  ttlAttribute: 'expiresAt',
  indexes: {
    byCompany: { partitionKey: 'companyKey', sortKey: 'receivedAt' },
    bySlot: { partitionKey: 'slotPartition', sortKey: 'slotStartUtc' },
    byReceived: { partitionKey: 'invitationPartition', sortKey: 'receivedAt' },
  },
} as const;

/** The one partition of the bySlot index (a single-owner deployment). */
export const SLOT_PARTITION = 'SLOT';
/** The one partition of the byReceived index. */
export const INVITATION_PARTITION = 'INV';

export const keys = {
  message: (sesMessageId: string) => ({ pk: `MSG#${sesMessageId}`, sk: 'MSG' }),
  redrive: (sesMessageId: string) => ({ pk: `MSG#${sesMessageId}`, sk: 'REDRIVE' }),
  failureNotice: (sesMessageId: string) => ({ pk: `MSG#${sesMessageId}`, sk: 'FAILED' }),
  invitation: (inviteId: string) => ({ pk: `INV#${inviteId}`, sk: 'INV' }),
  ownerMailHour: (hour: string) => ({ pk: `RATE#${hour}`, sk: 'RATE' }),
  sentMessage: (sesMessageId: string) => ({ pk: `SENT#${sesMessageId}`, sk: 'SENT' }),
};

/** CreateTable input for local mode and tests (the stack builds the same table with CDK). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const { partitionKey, sortKey, indexes } = TABLE_DESIGN;
  const attributes = new Set<string>([partitionKey, sortKey]);
  for (const index of Object.values(indexes)) {
    attributes.add(index.partitionKey);
    attributes.add(index.sortKey);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: partitionKey, KeyType: 'HASH' },
      { AttributeName: sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: Object.entries(indexes).map(([name, index]) => ({
      IndexName: name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}
