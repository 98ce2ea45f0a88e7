/**
 * The DynamoDB table's design, in one place for the CDK stack, local mode and the tests.
 *
 *   item                     pk                     sk     GSIs it appears in
 *   idempotency record       MSG#<ses message id>   MSG    -
 *   re-driven by the sweep   MSG#<ses message id>   REDRIVE  -   (once per message: app/sweep-raw-mail.ts)
 *   failure notice           MSG#<ses message id>   FAILED   -   (once per message: app/tell-failure.ts)
 *   invitation               INV#<invite id>        INV    byCompany, bySlot, byReceived
 *   hourly mail counter      RATE#<yyyy-mm-ddThh>   RATE   -
 *   held mail                HELD                   <held at ISO>#<ses message id>   -   (the cap held it back:
 *                                                                answered by the next hour's digest)
 *   held-mail signal         HELD                   SIGNAL                           -   (oldest/latest held: checked
 *                                                                inside a recommendation's write)
 *   digest                   DIGEST#<yyyy-mm-ddThh> DIGEST -   (once per hour: app/answer-held-mail.ts)
 *   own mail answered        OWN#<invite id>        OWN    -   (a forward of the product's own mail, answered once)
 *   sent-message pointer     SENT#<ses message id>  SENT   -   (bounce reports → invitation)
 *   forgotten marker         GONE#<invite id>       GONE   -   (the last version of a forgotten invitation,
 *                                                                kept while its reply tokens could be valid)
 *   reminder                 FOLLOW#<invite id>     REMIND#<kind>  -   (its once-only claim, then its outcome:
 *                                                                app/follow-through.ts)
 *   answered outside         FOLLOW#<invite id>     DONE   -   (the owner's `done`: no reminder follows)
 *   nudge due                NUDGE                  <due ISO>#<invite id>#<version>  -   (written by the write
 *                                                                after the recommendation's send; the follow-through's
 *                                                                recurring schedule reads what is due as one range:
 *                                                                app/follow-through.ts (sendNudgesDue))
 *
 * Query paths: by SES message id and by invite id are GetItems; a reply token carries the invite id
 * (HMAC-verified), so "by reply token" is a GetItem too. The history reads are each ONE range of one
 * sparse GSI, with `Limit` (paged only up to it) and a ProjectionExpression of InvitationSummary (no
 * drafts, no text), so an answer costs the same after ten invitations as after thousands:
 *
 *   read                      index       range of the sort key            order           limit
 *   a recommendation          byReceived  receivedAt >= now - 365 d        newest first    100
 *   the `history` command     byReceived  receivedAt >= now - 90 d         newest first    50
 *
 * A recommendation reads its history in ONE query (issue #16: at most 5 AWS calls per forward), and
 * takes from it the same company's invitations, the recent interviews and those around its own time;
 * byCompany and bySlot are no longer read by it, and stay so that no deployed table needs an index update
 * (invitationsByCompany and invitationsBetween still read them).
 *
 * bySlot and byReceived keep every item in one partition (`SLOT`, `INV`) ordered by time: one owner
 * has a few hundred invitations a year at most. Past a limit, the items farthest from where the read
 * starts are left out, and what the history counts from that read (recent interviews, earlier
 * invitations, hours in a week) is a lower bound; the rules need little of it (practice saturates at 8
 * recent interviews, the company rule asks "any?"). The indexes project ALL: a history read still pays
 * read units for whole items (~4 KB each, at most 100 an answer), but an INCLUDE projection would need a
 * staged upgrade of every deployed table (CloudFormation cannot change a GSI's projection in place, and
 * DynamoDB creates or deletes one GSI per UpdateTable: docs/deploy.md, "Updating").
 *
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
/** The one partition of the nudges due (a single-owner deployment: a few a day). */
export const NUDGE_PARTITION = 'NUDGE';
/** The one partition of the held mail (a single-owner deployment holds a few messages an hour at most). */
export const HELD_PARTITION = 'HELD';

export const keys = {
  message: (sesMessageId: string) => ({ pk: `MSG#${sesMessageId}`, sk: 'MSG' }),
  redrive: (sesMessageId: string) => ({ pk: `MSG#${sesMessageId}`, sk: 'REDRIVE' }),
  failureNotice: (sesMessageId: string) => ({ pk: `MSG#${sesMessageId}`, sk: 'FAILED' }),
  invitation: (inviteId: string) => ({ pk: `INV#${inviteId}`, sk: 'INV' }),
  ownerMailHour: (hour: string) => ({ pk: `RATE#${hour}`, sk: 'RATE' }),
  /** One partition, sorted by when the mail was held: the digest reads the held mail of earlier hours as one range. */
  heldMail: (heldAt: string, sesMessageId: string) => ({ pk: HELD_PARTITION, sk: `${heldAt}#${sesMessageId}` }),
  /**
   * The held-mail signal (`oldest`, `latest`: when mail still held was held), in the held mail's partition
   * but after every held item's sort key (an ISO time starts with a digit): a recommendation's write checks
   * it, so the digest is looked for only when mail may be held.
   */
  heldSignal: () => ({ pk: HELD_PARTITION, sk: 'SIGNAL' }),
  digest: (hour: string) => ({ pk: `DIGEST#${hour}`, sk: 'DIGEST' }),
  ownMailAnswered: (key: string) => ({ pk: `OWN#${key}`, sk: 'OWN' }),
  sentMessage: (sesMessageId: string) => ({ pk: `SENT#${sesMessageId}`, sk: 'SENT' }),
  forgotten: (inviteId: string) => ({ pk: `GONE#${inviteId}`, sk: 'GONE' }),
  reminder: (inviteId: string, kind: string) => ({ pk: `FOLLOW#${inviteId}`, sk: `REMIND#${kind}` }),
  answeredOutside: (inviteId: string) => ({ pk: `FOLLOW#${inviteId}`, sk: 'DONE' }),
  /**
   * A nudge due: one partition sorted by when it is due, so the follow-through reads what is due as one
   * range. One per recommendation version (a re-forward's nudge never overwrites an older one's item: the
   * older one, when due, finds its version outdated and sends nothing).
   */
  nudgeDue: (dueAt: string, inviteId: string, version: number) => ({ pk: NUDGE_PARTITION, sk: `${dueAt}#${inviteId}#${version}` }),
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
