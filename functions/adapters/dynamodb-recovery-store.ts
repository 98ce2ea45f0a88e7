/**
 * The RecoveryStore port over the table (see table-design.ts): it reads the idempotency record the
 * inbound function writes (`MSG#<id>` / `MSG`) and keeps two marks beside it under the same partition
 * key, each written once per message by a conditional put: `REDRIVE` (the sweep re-drove it) and
 * `FAILED` (the owner's failure notice). One strongly consistent Query of the partition reads all three.
 */
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MessageOutcome, MessageProgress, RecoveryStore } from '../app/ports.js';
import { conditionalWrite, DAY_SECONDS, epochSeconds } from './dynamodb-writes.js';
import { keys } from './table-design.js';

export interface DynamoDbRecoveryStoreOptions {
  tableName: string;
  /** how long the marks are kept: as long as the raw mail and its idempotency record */
  messageRetentionDays: number;
}


export class DynamoDbRecoveryStore implements RecoveryStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly options: DynamoDbRecoveryStoreOptions,
  ) {}

  private conditional(command: PutCommand | UpdateCommand | DeleteCommand): Promise<boolean> {
    return conditionalWrite(this.client, command);
  }

  private expiresAt(now: Date): number {
    return epochSeconds(now) + this.options.messageRetentionDays * DAY_SECONDS;
  }

  async messageProgress(messageId: string, now: Date): Promise<{ progress: MessageProgress; redrivenAt: string | null }> {
    const result = await this.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': keys.message(messageId).pk },
        ConsistentRead: true,
      }),
    );
    const items = result.Items ?? [];
    const record = items.find((item) => item.sk === keys.message(messageId).sk);
    const mark = items.find((item) => item.sk === keys.redrive(messageId).sk);
    let progress: MessageProgress = { state: 'none' };
    if (record?.status === 'done') progress = { state: 'done', outcome: record.outcome as MessageOutcome };
    else if (record?.status === 'claimed') {
      progress = { state: 'claimed', live: typeof record.leaseUntil === 'number' && record.leaseUntil >= now.getTime(), sending: typeof record.sendingAt === 'string' };
    }
    return { progress, redrivenAt: typeof mark?.redrivenAt === 'string' ? mark.redrivenAt : null };
  }

  async markRedriven(messageId: string, now: Date): Promise<boolean> {
    return this.conditional(
      new PutCommand({
        TableName: this.options.tableName,
        Item: { ...keys.redrive(messageId), redrivenAt: now.toISOString(), expiresAt: this.expiresAt(now) },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    );
  }

  async unmarkRedriven(messageId: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.options.tableName, Key: keys.redrive(messageId) }));
  }

  async claimFailureNotice(messageId: string, runId: string, now: Date): Promise<'claimed' | 'taken'> {
    const claimed = await this.conditional(
      new PutCommand({
        TableName: this.options.tableName,
        Item: { ...keys.failureNotice(messageId), status: 'claimed', runId, claimedAt: now.toISOString(), expiresAt: this.expiresAt(now) },
        // This run's own claim, sent again by the SDK after its answer was lost, is still this run's.
        ConditionExpression: 'attribute_not_exists(pk) OR (#status = :claimed AND runId = :run)',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':run': runId },
      }),
    );
    return claimed ? 'claimed' : 'taken';
  }

  async releaseFailureNotice(messageId: string, runId: string): Promise<void> {
    await this.conditional(
      new DeleteCommand({
        TableName: this.options.tableName,
        Key: keys.failureNotice(messageId),
        ConditionExpression: '#status = :claimed AND runId = :run',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':run': runId },
      }),
    );
  }

  async completeFailureNotice(messageId: string, runId: string, outcome: 'sent' | 'held-by-cap', sentMessageId: string | null): Promise<void> {
    await this.conditional(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.failureNotice(messageId),
        UpdateExpression: 'SET #status = :outcome, sentMessageId = :sent',
        ConditionExpression: 'runId = :run',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':outcome': outcome, ':sent': sentMessageId, ':run': runId },
      }),
    );
  }
}
