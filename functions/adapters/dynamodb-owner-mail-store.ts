/**
 * The OwnerMailStore port over the table (see table-design.ts): the mail the hourly cap held back
 * (`HELD`, one partition sorted by when it was held, so the digest reads the earlier hours as one range),
 * the digest's once-per-hour claim (`DIGEST#<hour>`), and the forwards of the product's own mail already
 * answered (`OWN#<invite id>`). Each claim is one conditional write.
 */
import { BatchWriteCommand, DeleteCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { DigestOutcome, HeldMail, OwnerMailStore } from '../app/ports.js';
import { conditionalWrite, DAY_SECONDS, epochSeconds } from './dynamodb-writes.js';
import { HELD_PARTITION, keys } from './table-design.js';

export interface DynamoDbOwnerMailStoreOptions {
  tableName: string;
  /** how long held mail and the marks are kept: as long as the raw mail they answer */
  messageRetentionDays: number;
}

/** BatchWriteItem takes 25 requests at a time. */
const BATCH = 25;
/** Rounds of a batch's unprocessed items before the write is reported as failed (the caller retries it). */
const BATCH_ROUNDS = 3;

export class DynamoDbOwnerMailStore implements OwnerMailStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly options: DynamoDbOwnerMailStoreOptions,
  ) {}

  private expiresAt(now: Date): number {
    return epochSeconds(now) + this.options.messageRetentionDays * DAY_SECONDS;
  }

  async holdMail(held: HeldMail, now: Date): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.options.tableName,
        Item: {
          ...keys.heldMail(held.heldAt, held.messageId),
          messageId: held.messageId,
          heldAt: held.heldAt,
          owner: held.owner,
          inReplyTo: held.inReplyTo,
          subject: held.subject,
          ...(held.invite ? { invite: held.invite } : {}),
          ...(held.notice ? { notice: held.notice } : {}),
          expiresAt: this.expiresAt(now),
        },
      }),
    );
    // The signal a recommendation's write checks (DynamoDbInviteStore.commitRecommendation): kept as long
    // as the held mail, cleared by the digest that answers it (clearHeldSignal).
    await this.client.send(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.heldSignal(),
        UpdateExpression: 'SET oldest = if_not_exists(oldest, :at), latest = :at, expiresAt = :ttl',
        ExpressionAttributeValues: { ':at': held.heldAt, ':ttl': this.expiresAt(now) },
      }),
    );
  }

  async clearHeldSignal(hourStart: Date): Promise<void> {
    const start = hourStart.toISOString();
    const Key = keys.heldSignal();
    // Nothing held since the hour began: no signal. Else the rest is this hour's: the next hour's digest.
    const removed = await conditionalWrite(this.client, new DeleteCommand({ TableName: this.options.tableName, Key, ConditionExpression: 'latest < :start', ExpressionAttributeValues: { ':start': start } }));
    if (removed) return;
    await conditionalWrite(
      this.client,
      new UpdateCommand({ TableName: this.options.tableName, Key, UpdateExpression: 'SET oldest = :start', ConditionExpression: 'oldest < :start', ExpressionAttributeValues: { ':start': start } }),
    );
  }

  async heldBefore(before: Date, limit: number): Promise<HeldMail[]> {
    const wanted = Math.floor(limit);
    if (!(wanted >= 1)) return [];
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk AND sk < :before',
        ExpressionAttributeValues: { ':pk': HELD_PARTITION, ':before': before.toISOString() },
        // Strongly consistent: a digest must not read back mail an earlier digest already answered.
        ConsistentRead: true,
        Limit: wanted,
      }),
    );
    return (result.Items ?? []).map((item) => ({
      messageId: String(item.messageId),
      heldAt: String(item.heldAt),
      owner: String(item.owner),
      inReplyTo: typeof item.inReplyTo === 'string' ? item.inReplyTo : null,
      subject: typeof item.subject === 'string' ? item.subject : null,
      ...(item.invite
        ? {
            invite: {
              inviteId: String(item.invite.inviteId),
              version: Number(item.invite.version),
              ...(typeof item.invite.choiceToken === 'string' ? { choiceToken: item.invite.choiceToken } : {}),
              ...(item.invite.nudge === true ? { nudge: true } : {}),
            },
          }
        : {}),
      ...(item.notice ? { notice: { title: String(item.notice.title), text: String(item.notice.text), ...(Array.isArray(item.notice.about) ? { about: item.notice.about.map(String) } : {}) } } : {}),
    }));
  }

  async claimDigest(hour: string, runId: string, now: Date): Promise<'claimed' | 'taken'> {
    const claimed = await conditionalWrite(
      this.client,
      new PutCommand({
        TableName: this.options.tableName,
        Item: { ...keys.digest(hour), status: 'claimed', runId, claimedAt: now.toISOString(), expiresAt: epochSeconds(now) + 2 * DAY_SECONDS },
        // This run's own claim, sent again by the SDK after its answer was lost, is still this run's.
        ConditionExpression: 'attribute_not_exists(pk) OR (#status = :claimed AND runId = :run)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':run': runId },
      }),
    );
    return claimed ? 'claimed' : 'taken';
  }

  async releaseDigest(hour: string, runId: string): Promise<void> {
    await conditionalWrite(
      this.client,
      new DeleteCommand({
        TableName: this.options.tableName,
        Key: keys.digest(hour),
        ConditionExpression: '#status = :claimed AND runId = :run',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':run': runId },
      }),
    );
  }

  async completeDigest(hour: string, runId: string, result: DigestOutcome, sentMessageId: string | null, answered: readonly HeldMail[]): Promise<void> {
    // The held mail first: deleting it again is harmless when a retry of this write comes back here.
    const deletes = answered.map((held) => ({ DeleteRequest: { Key: keys.heldMail(held.heldAt, held.messageId) } }));
    for (let i = 0; i < deletes.length; i += BATCH) {
      let requests = deletes.slice(i, i + BATCH);
      for (let round = 1; requests.length > 0; round += 1) {
        if (round > BATCH_ROUNDS) throw new Error('held mail not deleted: DynamoDB left requests unprocessed');
        const result = await this.client.send(new BatchWriteCommand({ RequestItems: { [this.options.tableName]: requests } }));
        requests = (result.UnprocessedItems?.[this.options.tableName] ?? []) as typeof requests;
      }
    }
    await conditionalWrite(
      this.client,
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.digest(hour),
        UpdateExpression: 'SET #status = :status, sentMessageId = :sent, answered = :answered',
        ConditionExpression: 'runId = :run',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': result, ':sent': sentMessageId, ':answered': answered.length, ':run': runId },
      }),
    );
  }

  async answerOwnMailOnce(key: string, messageId: string, now: Date): Promise<boolean> {
    return conditionalWrite(
      this.client,
      new PutCommand({
        TableName: this.options.tableName,
        Item: { ...keys.ownMailAnswered(key), messageId, answeredAt: now.toISOString(), expiresAt: this.expiresAt(now) },
        // The same forward again (Lambda's retry after a failure) is still the first.
        ConditionExpression: 'attribute_not_exists(pk) OR messageId = :message',
        ExpressionAttributeValues: { ':message': messageId },
      }),
    );
  }
}
