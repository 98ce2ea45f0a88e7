/** The InviteStore port over one DynamoDB table (see table-design.ts). */
import { randomUUID } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { STALE_CLAIM_MS, type ClaimResult, type InviteStore, type MessageOutcome, type OwnerChoice, type SendState, type StoredInvitation } from '../app/ports.js';
import { INVITATION_PARTITION, keys, SLOT_PARTITION, TABLE_DESIGN } from './table-design.js';

export interface DynamoDbStoreOptions {
  tableName: string;
  /** how long idempotency records are kept */
  messageRetentionDays: number;
  /** how long invitations are kept */
  invitationRetentionDays: number;
}

const DAY_SECONDS = 86_400;
/**
 * A random id each write of the send state carries (`send.writeId`). The SDK sends a request again,
 * unchanged, when its answer was lost: meeting its own id, a write whose first attempt was applied is
 * recognised as applied instead of failing its condition (a claim that looked taken by another
 * command, a step that looked already taken by another run: the draft was then never sent).
 */
const WRITE_ID = 'writeId';
const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export class DynamoDbInviteStore implements InviteStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly options: DynamoDbStoreOptions,
  ) {}

  /** Sends a conditional write; false when its condition did not hold (the one error that is an answer). */
  private async conditional(command: PutCommand | UpdateCommand | DeleteCommand): Promise<boolean> {
    try {
      await this.client.send(command as PutCommand);
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async claimMessage(messageId: string, runId: string, now: Date, leaseSeconds: number): Promise<ClaimResult> {
    const claimed = await this.conditional(
      new PutCommand({
        TableName: this.options.tableName,
        Item: {
          ...keys.message(messageId),
          status: 'claimed',
          runId,
          leaseUntil: now.getTime() + leaseSeconds * 1000,
          expiresAt: epochSeconds(now) + this.options.messageRetentionDays * DAY_SECONDS,
        },
        // A claim whose lease ran out belongs to a run that died: take it over. A claim carrying this
        // run's own id is this run's earlier write, applied but its answer lost: the SDK sent it again.
        ConditionExpression: 'attribute_not_exists(pk) OR (#status = :claimed AND (leaseUntil < :now OR runId = :run))',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':now': now.getTime(), ':run': runId },
      }),
    );
    if (claimed) return { status: 'claimed' };
    const existing = await this.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: keys.message(messageId), ConsistentRead: true }),
    );
    const item = existing.Item;
    if (item?.status === 'done') return { status: 'done', outcome: item.outcome as MessageOutcome };
    return { status: 'in-progress' };
  }

  async releaseMessage(messageId: string, runId: string): Promise<void> {
    await this.conditional(
      new DeleteCommand({
        TableName: this.options.tableName,
        Key: keys.message(messageId),
        // Only this run's own claim: a run whose lease ran out must not free the claim of the run that took over.
        ConditionExpression: '#status = :claimed AND runId = :run',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':run': runId },
      }),
    );
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
    // An update, not a put: what the owner chose and what was sent for them (`choice`, `send`) are
    // written by other steps, possibly at the same moment, and a re-forward must not roll them back.
    const { companyKey, choice, send: _send, ...rest } = invitation;
    const firstSlot = invitation.facts.slots[0];
    const fields: Record<string, unknown> = {
      ...rest,
      ...(firstSlot ? { slotPartition: SLOT_PARTITION, slotStartUtc: new Date(firstSlot.start).toISOString() } : {}),
      invitationPartition: INVITATION_PARTITION,
      updatedAt: now.toISOString(),
      expiresAt: epochSeconds(now) + this.options.invitationRetentionDays * DAY_SECONDS,
      // Sparse GSI keys: absent (never null) when unknown, so the item stays out of that index.
      ...(companyKey ? { companyKey } : {}),
    };
    const names: Record<string, string> = { '#choice': 'choice' };
    const values: Record<string, unknown> = { ':choice': choice };
    const sets = Object.entries(fields).map(([field, value], i) => {
      names[`#f${i}`] = field;
      values[`:v${i}`] = value;
      return `#f${i} = :v${i}`;
    });
    const removals = [...(companyKey ? [] : ['companyKey']), ...(firstSlot ? [] : ['slotPartition', 'slotStartUtc'])];
    removals.forEach((field, i) => (names[`#r${i}`] = field));
    await this.client.send(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.invitation(invitation.inviteId),
        UpdateExpression: `SET ${sets.join(', ')}, #choice = if_not_exists(#choice, :choice)${removals.length ? ` REMOVE ${removals.map((_, i) => `#r${i}`).join(', ')}` : ''}`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
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
    return this.conditional(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.invitation(inviteId),
        UpdateExpression: 'SET choice = :choice',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':choice': choice },
      }),
    );
  }

  async claimSend(inviteId: string, state: SendState, options: { resend: boolean }): Promise<{ claimed: true } | { claimed: false; existing: SendState | null }> {
    const writeId = randomUUID();
    const claimed = await this.conditional(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.invitation(inviteId),
        UpdateExpression: 'SET #send = :state',
        // At most once to the recruiter: a new claim only where nothing went out or may have (or where
        // this very request was applied already: its answer was lost and the SDK sent it again).
        ConditionExpression: `${
          options.resend
            ? 'attribute_exists(pk) AND #send.#status = :uncertain AND #send.verdict = :verdict'
            : // Also a claim whose job never started (the hand-over was lost): the old job, should it still
              // arrive, finds another attempt and does nothing.
              'attribute_exists(pk) AND (attribute_not_exists(#send) OR #send.#status = :failed OR (#send.#status = :claimed AND #send.#at < :stale))'
        } OR #send.#writeId = :writeId`,
        ExpressionAttributeNames: { '#send': 'send', '#status': 'status', '#writeId': WRITE_ID, ...(options.resend ? {} : { '#at': 'at' }) },
        ExpressionAttributeValues: {
          ':state': { ...state, [WRITE_ID]: writeId },
          ':writeId': writeId,
          ...(options.resend
            ? { ':uncertain': 'uncertain', ':verdict': state.verdict }
            : { ':failed': 'failed', ':claimed': 'claimed', ':stale': new Date(Date.parse(state.at) - STALE_CLAIM_MS).toISOString() }),
        },
      }),
    );
    return claimed ? { claimed: true } : { claimed: false, existing: await this.getSend(inviteId) };
  }

  async updateSend(inviteId: string, attempt: string, from: readonly SendState['status'][], patch: Partial<SendState> & Pick<SendState, 'status'>): Promise<boolean> {
    const names: Record<string, string> = { '#send': 'send', '#attempt': 'attempt', '#status': 'status', '#writeId': WRITE_ID };
    const values: Record<string, unknown> = { ':attempt': attempt, ':writeId': randomUUID() };
    from.forEach((status, i) => (values[`:from${i}`] = status));
    const sets = Object.entries(patch).map(([field, value], i) => {
      names[`#f${i}`] = field;
      values[`:v${i}`] = value;
      return `#send.#f${i} = :v${i}`;
    });
    return this.conditional(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.invitation(inviteId),
        UpdateExpression: `SET ${sets.join(', ')}, #send.#writeId = :writeId`,
        // Each step only from the step before: two runs of one job cannot both send. This request's own
        // id means it was applied already (its answer was lost, the SDK sent it again): the step is ours.
        ConditionExpression: `(#send.#attempt = :attempt AND #send.#status IN (${from.map((_, i) => `:from${i}`).join(', ')})) OR #send.#writeId = :writeId`,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  async getSend(inviteId: string): Promise<SendState | null> {
    const result = await this.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: keys.invitation(inviteId), ConsistentRead: true, ProjectionExpression: '#send', ExpressionAttributeNames: { '#send': 'send' } }),
    );
    return sendStateOf(result.Item?.send) ?? null;
  }

  async rememberSentMessage(sesMessageId: string, inviteId: string, now: Date): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.options.tableName,
        Item: { ...keys.sentMessage(sesMessageId), inviteId, expiresAt: epochSeconds(now) + this.options.invitationRetentionDays * DAY_SECONDS },
      }),
    );
  }

  async invitationForSentMessage(sesMessageId: string): Promise<string | null> {
    const result = await this.client.send(new GetCommand({ TableName: this.options.tableName, Key: keys.sentMessage(sesMessageId) }));
    return (result.Item?.inviteId as string | undefined) ?? null;
  }

  async forgetInvitation(invitation: StoredInvitation): Promise<void> {
    const doomed = [keys.invitation(invitation.inviteId), ...invitation.sourceMessageIds.map(keys.message)];
    if (invitation.send?.sesMessageId) doomed.push(keys.sentMessage(invitation.send.sesMessageId));
    for (let i = 0; i < doomed.length; i += 25) {
      let requests: Record<string, unknown[]> | undefined = {
        [this.options.tableName]: doomed.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } })),
      };
      // BatchWrite may leave items unprocessed under load: send those again until none are left.
      while (requests && Object.keys(requests).length > 0) {
        const result = await this.client.send(new BatchWriteCommand({ RequestItems: requests as never }));
        requests = result.UnprocessedItems as Record<string, unknown[]> | undefined;
      }
    }
  }

  async invitationsReceivedSince(since: Date): Promise<StoredInvitation[]> {
    const { partitionKey, sortKey } = TABLE_DESIGN.indexes.byReceived;
    return this.queryAll({
      IndexName: 'byReceived',
      KeyConditionExpression: '#pk = :pk AND #sk >= :since',
      ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
      ExpressionAttributeValues: { ':pk': INVITATION_PARTITION, ':since': since.toISOString() },
      ScanIndexForward: false,
    });
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

  async reserveOwnerMail(now: Date, limit: number, options: { bypass?: boolean } = {}): Promise<'ok' | 'notice' | 'blocked'> {
    const count = (extra: { set?: string; condition?: string; values?: Record<string, unknown> }) =>
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.ownerMailHour(now.toISOString().slice(0, 13)),
        UpdateExpression: `ADD sent :one SET ${extra.set ? `${extra.set}, ` : ''}expiresAt = if_not_exists(expiresAt, :ttl)`,
        ...(extra.condition ? { ConditionExpression: extra.condition } : {}),
        ExpressionAttributeValues: { ':one': 1, ':ttl': epochSeconds(now) + 2 * DAY_SECONDS, ...extra.values },
      });
    // A notice about a send to a recruiter: counted, never held back.
    if (options.bypass) {
      await this.client.send(count({}));
      return 'ok';
    }
    if (limit >= 1 && (await this.conditional(count({ condition: 'attribute_not_exists(sent) OR sent < :limit', values: { ':limit': limit } })))) return 'ok';
    // Over the limit: the first mail refused this hour becomes the one "paused" notice (a flag of its
    // own, so that mail counted with `bypass` cannot use it up).
    const notice = await this.conditional(count({ set: 'paused = :true', condition: 'attribute_not_exists(paused)', values: { ':true': true } }));
    return notice ? 'notice' : 'blocked';
  }
}

/** Strips the table's own attributes from an invitation item. */
function toInvitation(item: Record<string, unknown>): StoredInvitation {
  const { pk: _pk, sk: _sk, slotPartition: _p, slotStartUtc: _s, invitationPartition: _i, updatedAt: _u, expiresAt: _e, send, ...invitation } = item;
  const state = sendStateOf(send);
  return { companyKey: null, estimatedHours: 1, ...invitation, ...(state ? { send: state } : {}) } as StoredInvitation;
}

/** The send state without the id of the write that last changed it (the table's own). */
function sendStateOf(value: unknown): SendState | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { [WRITE_ID]: _writeId, ...state } = value as Record<string, unknown>;
  return state as unknown as SendState;
}
