/** The InviteStore port over one DynamoDB table (see table-design.ts). */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ClaimResult, InviteStore, MessageOutcome, OwnerChoice, StoredInvitation } from '../app/ports.js';
import { keys, SLOT_PARTITION, TABLE_DESIGN } from './table-design.js';

export interface DynamoDbStoreOptions {
  tableName: string;
  /** how long idempotency records are kept */
  messageRetentionDays: number;
  /** how long invitations are kept */
  invitationRetentionDays: number;
}

const DAY_SECONDS = 86_400;
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export class DynamoDbInviteStore implements InviteStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly options: DynamoDbStoreOptions,
  ) {}

  async claimMessage(messageId: string, now: Date, leaseSeconds: number): Promise<ClaimResult> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.options.tableName,
          Item: {
            ...keys.message(messageId),
            status: 'claimed',
            leaseUntil: now.getTime() + leaseSeconds * 1000,
            expiresAt: epochSeconds(now) + this.options.messageRetentionDays * DAY_SECONDS,
          },
          // A claim whose lease ran out belongs to an attempt that died: take it over.
          ConditionExpression: 'attribute_not_exists(pk) OR (#status = :claimed AND leaseUntil < :now)',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':claimed': 'claimed', ':now': now.getTime() },
        }),
      );
      return { status: 'claimed' };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    const existing = await this.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: keys.message(messageId), ConsistentRead: true }),
    );
    const item = existing.Item;
    if (item?.status === 'done') return { status: 'done', outcome: item.outcome as MessageOutcome };
    return { status: 'in-progress' };
  }

  async releaseMessage(messageId: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.options.tableName,
          Key: keys.message(messageId),
          ConditionExpression: '#status = :claimed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':claimed': 'claimed' },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
  }

  async completeMessage(
    messageId: string,
    outcome: MessageOutcome,
    details: { inviteId?: string; sentMessageId?: string },
    now: Date,
  ): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.message(messageId),
        UpdateExpression: 'SET #status = :done, outcome = :outcome, completedAt = :at, inviteId = :invite, sentMessageId = :sent REMOVE leaseUntil',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':done': 'done',
          ':outcome': outcome,
          ':at': now.toISOString(),
          ':invite': details.inviteId ?? null,
          ':sent': details.sentMessageId ?? null,
        },
      }),
    );
  }

  async saveInvitation(invitation: StoredInvitation, now: Date): Promise<void> {
    const { companyKey, ...rest } = invitation;
    const firstSlot = invitation.facts.slots[0];
    await this.client.send(
      new PutCommand({
        TableName: this.options.tableName,
        Item: {
          ...keys.invitation(invitation.inviteId),
          ...rest,
          // Sparse GSI keys: absent (never null) when unknown, so the item stays out of that index.
          ...(companyKey ? { companyKey } : {}),
          ...(firstSlot ? { slotPartition: SLOT_PARTITION, slotStartUtc: new Date(firstSlot.start).toISOString() } : {}),
          updatedAt: now.toISOString(),
          expiresAt: epochSeconds(now) + this.options.invitationRetentionDays * DAY_SECONDS,
        },
      }),
    );
  }

  async getInvitation(inviteId: string): Promise<StoredInvitation | null> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: keys.invitation(inviteId), ConsistentRead: true }),
    );
    return result.Item ? toInvitation(result.Item) : null;
  }

  async recordChoice(inviteId: string, choice: OwnerChoice): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: keys.invitation(inviteId),
          UpdateExpression: 'SET choice = :choice',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':choice': choice },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async invitationsByCompany(companyKey: string): Promise<StoredInvitation[]> {
    const { partitionKey } = TABLE_DESIGN.indexes.byCompany;
    return this.queryAll({
      IndexName: 'byCompany',
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': partitionKey },
      ExpressionAttributeValues: { ':pk': companyKey },
      ScanIndexForward: false,
    });
  }

  async invitationsBetween(from: Date, to: Date): Promise<StoredInvitation[]> {
    const { partitionKey, sortKey } = TABLE_DESIGN.indexes.bySlot;
    return this.queryAll({
      IndexName: 'bySlot',
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
      ExpressionAttributeValues: { ':pk': SLOT_PARTITION, ':from': from.toISOString(), ':to': new Date(to.getTime() - 1).toISOString() },
    });
  }

  private async queryAll(input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<StoredInvitation[]> {
    const items: StoredInvitation[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(new QueryCommand({ ...input, TableName: this.options.tableName, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []).map(toInvitation));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async reserveOwnerMail(now: Date, limit: number): Promise<'ok' | 'notice' | 'blocked'> {
    try {
      const result = await this.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: keys.ownerMailHour(now.toISOString().slice(0, 13)),
          UpdateExpression: 'ADD sent :one SET expiresAt = if_not_exists(expiresAt, :ttl)',
          // One past the limit is allowed through once: that one becomes the "paused" notice.
          ConditionExpression: 'attribute_not_exists(sent) OR sent <= :limit',
          ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':ttl': epochSeconds(now) + 2 * DAY_SECONDS },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      const sent = Number(result.Attributes?.sent ?? 0);
      return sent <= limit ? 'ok' : 'notice';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'blocked';
      throw error;
    }
  }
}

/** Strips the table's own attributes from an invitation item. */
function toInvitation(item: Record<string, unknown>): StoredInvitation {
  const { pk: _pk, sk: _sk, slotPartition: _p, slotStartUtc: _s, updatedAt: _u, expiresAt: _e, ...invitation } = item;
  return { companyKey: null, estimatedHours: 1, ...invitation } as StoredInvitation;
}
