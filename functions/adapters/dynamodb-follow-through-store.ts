/**
 * The FollowThroughStore port over the table (see table-design.ts): under `FOLLOW#<invite id>`, one item
 * per reminder kind (`REMIND#<kind>`: its once-only claim, then its outcome) and the owner's `done`
 * (`DONE`). Kept as long as the invitation. And the nudges due (`NUDGE`, sorted by due time: written by
 * the recommendation's write after its send, DynamoDbInviteStore.completeMessage), named on the
 * invitation (`nudgeDue`) so that a choice, `done` or `forget` deletes the right one.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { FollowThroughStore, ReminderOutcome } from '../app/ports.js';
import { conditionalWrite, DAY_SECONDS, epochSeconds } from './dynamodb-writes.js';
import { keys, NUDGE_PARTITION } from './table-design.js';

export interface DynamoDbFollowThroughStoreOptions {
  tableName: string;
  /** how long the marks are kept: as long as the invitation */
  retentionDays: number;
  /** the reminder kinds `forget` deletes */
  kinds: readonly string[];
}

export class DynamoDbFollowThroughStore implements FollowThroughStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly options: DynamoDbFollowThroughStoreOptions,
  ) {}

  private expiresAt(now: Date): number {
    return epochSeconds(now) + this.options.retentionDays * DAY_SECONDS;
  }

  async claimReminder(inviteId: string, kind: string, runId: string, now: Date, leaseSeconds: number): Promise<'claimed' | 'taken'> {
    const claimed = await conditionalWrite(
      this.client,
      new PutCommand({
        TableName: this.options.tableName,
        Item: { ...keys.reminder(inviteId, kind), status: 'claimed', runId, claimedAt: now.toISOString(), leaseUntil: now.getTime() + leaseSeconds * 1000, expiresAt: this.expiresAt(now) },
        // This run's own claim sent again is still this run's; a claim that recorded no outcome and ran out
        // belongs to a run that died (Lambda's retry takes over).
        ConditionExpression: 'attribute_not_exists(pk) OR (#status = :claimed AND (runId = :run OR leaseUntil < :now))',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':run': runId, ':now': now.getTime() },
      }),
    );
    return claimed ? 'claimed' : 'taken';
  }

  async releaseReminder(inviteId: string, kind: string, runId: string): Promise<void> {
    await conditionalWrite(
      this.client,
      new DeleteCommand({
        TableName: this.options.tableName,
        Key: keys.reminder(inviteId, kind),
        ConditionExpression: '#status = :claimed AND runId = :run',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':run': runId },
      }),
    );
  }

  async completeReminder(inviteId: string, kind: string, runId: string, outcome: ReminderOutcome, sentMessageId: string | null): Promise<void> {
    await conditionalWrite(
      this.client,
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.reminder(inviteId, kind),
        UpdateExpression: 'SET #status = :outcome, sentMessageId = :sent REMOVE leaseUntil',
        ConditionExpression: 'runId = :run',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':outcome': outcome, ':sent': sentMessageId, ':run': runId },
      }),
    );
  }

  async markAnswered(inviteId: string, now: Date): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.options.tableName, Item: { ...keys.answeredOutside(inviteId), answeredAt: now.toISOString(), expiresAt: this.expiresAt(now) } }));
  }

  async answeredAt(inviteId: string): Promise<string | null> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.options.tableName, Key: keys.answeredOutside(inviteId), ConsistentRead: true }));
    return typeof Item?.answeredAt === 'string' ? Item.answeredAt : null;
  }

  async forget(inviteId: string): Promise<void> {
    await this.cancelNudge(inviteId);
    for (const key of [keys.answeredOutside(inviteId), ...this.options.kinds.map((kind) => keys.reminder(inviteId, kind))]) {
      await this.client.send(new DeleteCommand({ TableName: this.options.tableName, Key: key }));
    }
  }

  async nudgesDue(at: Date, limit: number): Promise<{ key: string; call: unknown }[]> {
    // One range of one partition: due times sort as ISO text, and `#` sorts before every digit.
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk AND sk < :upTo',
        ExpressionAttributeValues: { ':pk': NUDGE_PARTITION, ':upTo': `${at.toISOString()}~` },
        ConsistentRead: true,
        Limit: limit,
      }),
    );
    return Items.map((item) => ({ key: String(item.sk), call: item.call }));
  }

  async dropNudge(key: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.options.tableName, Key: { pk: NUDGE_PARTITION, sk: key } }));
  }

  async cancelNudge(inviteId: string): Promise<void> {
    // The name off the invitation first (only one still stored), then the item it named.
    const result = await conditionalWriteResult(
      this.client,
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.invitation(inviteId),
        UpdateExpression: 'REMOVE nudgeDue',
        ConditionExpression: 'attribute_exists(pk)',
        ReturnValues: 'UPDATED_OLD',
      }),
    );
    const named = result?.Attributes?.nudgeDue;
    if (typeof named === 'string') await this.dropNudge(named);
  }

  async reminderDone(inviteId: string, kind: string): Promise<boolean> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.options.tableName, Key: keys.reminder(inviteId, kind), ConsistentRead: true }));
    return typeof Item?.status === 'string' && Item.status !== 'claimed';
  }
}

/** An UpdateItem whose condition may fail: its answer, or null when the condition failed. */
async function conditionalWriteResult(client: DynamoDBDocumentClient, command: UpdateCommand): Promise<{ Attributes?: Record<string, unknown> } | null> {
  try {
    return await client.send(command);
  } catch (error) {
    if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return null;
    throw error;
  }
}
