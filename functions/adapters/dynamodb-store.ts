/** The InviteStore port over one DynamoDB table (see table-design.ts). */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DeleteCommand, GetCommand, PutCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { StaleInvitationError, TooLargeToStoreError } from '../errors.js';
import {
  HISTORY_READ_LIMIT,
  STALE_CLAIM_MS,
  type ClaimResult,
  type FollowUp,
  type InterviewOutcome,
  type InvitationSummary,
  type InviteStore,
  type MessageOutcome,
  type OwnerChoice,
  type RecommendationCommit,
  type RecommendationWrites,
  type SendState,
  type StoredInvitation,
} from '../app/ports.js';
import { conditionalWrite, DAY_SECONDS, epochSeconds, isItemTooLarge } from './dynamodb-writes.js';
import { INVITATION_PARTITION, keys, SLOT_PARTITION, TABLE_DESIGN } from './table-design.js';

export interface DynamoDbStoreOptions {
  tableName: string;
  /** how long idempotency records are kept */
  messageRetentionDays: number;
  /** how long invitations are kept */
  invitationRetentionDays: number;
}

/**
 * A random id each write of the send state carries (`send.writeId`). The SDK sends a request again,
 * unchanged, when its answer was lost: meeting its own id, a write whose first attempt was applied is
 * recognised as applied instead of failing its condition (a claim that looked taken by another
 * command, a step that looked already taken by another run: the draft was then never sent).
 */
const WRITE_ID = 'writeId';

export class DynamoDbInviteStore implements InviteStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly options: DynamoDbStoreOptions,
  ) {}

  private conditional(command: PutCommand | UpdateCommand | DeleteCommand): Promise<boolean> {
    return conditionalWrite(this.client, command);
  }

  async claimMessage(messageId: string, runId: string, now: Date, leaseSeconds: number): Promise<ClaimResult> {
    const claimed = await this.conditional(new PutCommand({ TableName: this.options.tableName, ...this.claim({ messageId, runId, now, leaseSeconds, sending: false }) }));
    return claimed ? { status: 'claimed' } : this.claimHeld(messageId);
  }

  /**
   * The claim of a message for one run, as a conditional put. A claim whose lease ran out belongs to a
   * run that died: taken over. A claim carrying this run's own id is this run's earlier write, applied
   * but its answer lost: the SDK sent it again.
   */
  private claim(input: { messageId: string; runId: string; now: Date; leaseSeconds: number; sending: boolean }) {
    const { messageId, runId, now, leaseSeconds } = input;
    return {
      Item: {
        ...keys.message(messageId),
        status: 'claimed',
        runId,
        leaseUntil: now.getTime() + leaseSeconds * 1000,
        ...(input.sending ? { sendingAt: now.toISOString() } : {}),
        expiresAt: epochSeconds(now) + this.options.messageRetentionDays * DAY_SECONDS,
      },
      ConditionExpression: 'attribute_not_exists(pk) OR (#status = :claimed AND (leaseUntil < :now OR runId = :run))',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':claimed': 'claimed', ':now': now.getTime(), ':run': runId },
    };
  }

  /** Why a claim's condition failed: the message is done, or another run holds it. */
  private async claimHeld(messageId: string): Promise<Exclude<ClaimResult, { status: 'claimed' }>> {
    const existing = await this.client.send(new GetCommand({ TableName: this.options.tableName, Key: keys.message(messageId), ConsistentRead: true }));
    const item = existing.Item;
    if (item?.status === 'done') return { status: 'done', outcome: item.outcome as MessageOutcome };
    return { status: 'in-progress' };
  }

  async markSending(messageId: string, runId: string, now: Date): Promise<boolean> {
    return this.conditional(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.message(messageId),
        UpdateExpression: 'SET sendingAt = :at',
        // Only this run's own claim (sent twice by the SDK, it still holds): a run whose claim was taken over sends nothing.
        ConditionExpression: '#status = :claimed AND runId = :run',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':claimed': 'claimed', ':run': runId, ':at': now.toISOString() },
      }),
    );
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
    details: { inviteId?: string; sentMessageId?: string; sentIds?: readonly string[]; nudge?: FollowUp },
    now: Date,
  ): Promise<void> {
    const done = {
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
    };
    const { inviteId, nudge } = details;
    const sentIds = [...new Set(details.sentIds ?? [])];
    if (!inviteId || sentIds.length === 0) {
      await this.client.send(new UpdateCommand(done));
      return;
    }
    // The one write after a send: the message done, a pointer per sent id (bounce reports and the
    // owner's replies name only the message id), and the ids added to the invitation so that forget
    // finds the pointers; the recommendation's nudge kept as due, named on the invitation (a choice,
    // `done` or `forget` deletes it: DynamoDbFollowThroughStore.cancelNudge). Only an invitation still
    // stored gets them (forgotten meanwhile: none, and no nudge).
    const pointers = sentIds.map((id) => ({ Put: { TableName: this.options.tableName, Item: this.sentPointer(id, inviteId, now) } }));
    const due = nudge ? keys.nudgeDue(nudge.dueAt, inviteId, nudge.version) : null;
    const invitation = this.addToInvitationUpdate(inviteId, 'sentMessageIds', sentIds);
    const withNudge = due
      ? {
          ...invitation,
          UpdateExpression: `${invitation.UpdateExpression} SET nudgeDue = :due`,
          ExpressionAttributeValues: { ...invitation.ExpressionAttributeValues, ':due': due.sk },
        }
      : invitation;
    const nudgeItem = due && nudge ? [{ Put: { TableName: this.options.tableName, Item: { ...due, call: nudge, expiresAt: epochSeconds(new Date(nudge.dueAt)) + this.options.invitationRetentionDays * DAY_SECONDS } } }] : [];
    const write = (withInvitation: boolean) =>
      this.transact([{ Update: done }, ...pointers, ...(withInvitation ? [{ Update: { TableName: this.options.tableName, ...withNudge } }, ...nudgeItem] : [])]);
    const first = await write(true);
    if (first.ok) return;
    if (first.failed.has(1 + pointers.length) && first.failed.size === 1) {
      const second = await write(false);
      if (second.ok) return;
      throw second.error;
    }
    throw first.error;
  }

  async saveInvitation(invitation: StoredInvitation, now: Date): Promise<void> {
    // A version is never saved over the same or a newer one: the drafts stored under a version are the
    // ones its recommendation showed (another run's save won: this one is retried, as a newer version).
    // The same version from the same forward is this run's own write, sent again by the SDK after its
    // answer was lost.
    const update = invitationUpdate(invitation, now, this.options.invitationRetentionDays, 'older');
    const saved = await this.conditional(new UpdateCommand({ TableName: this.options.tableName, ...update }));
    if (!saved) throw new StaleInvitationError(invitation.inviteId, invitation.version ?? 0);
  }

  async commitRecommendation(writes: RecommendationWrites): Promise<RecommendationCommit> {
    const { invitation, now } = writes;
    const table = this.options.tableName;
    const version = invitation.version ?? 1;
    const hourStart = `${now.toISOString().slice(0, 13)}:00:00.000Z`;
    // What the hourly cap allows, tried in reserveOwnerMail's order (a recommendation: its own limit and
    // counter, counted in both): counted under the limit, else the hour's one "paused" notice of
    // recommendations, else nothing goes out (the invitation is still saved, and the message claimed).
    const tries: ('ok' | 'notice' | 'blocked')[] = writes.mailLimit >= 1 ? ['ok', 'notice', 'blocked'] : ['notice', 'blocked'];
    let supersedes = writes.supersedes;
    // The held-mail signal, checked in the same write (no call of its own): it fails the check only when
    // mail held before this hour may wait for its digest; then the write is made once more without it.
    let signal: 'check' | 'due' = 'check';
    for (let mail = tries.shift(); mail; ) {
      const items: { name: string; item: TransactItem }[] = [
        { name: 'claim', item: { Put: { TableName: table, ...this.claim({ ...writes, sending: mail !== 'blocked' }) } } },
        { name: 'save', item: { Update: { TableName: table, ...invitationUpdate(invitation, now, this.options.invitationRetentionDays, writes.basis) } } },
        // A forgotten invitation's tokens name versions up to its marker's: a new version comes after them.
        {
          name: 'forgotten',
          item: {
            ConditionCheck: {
              TableName: table,
              Key: keys.forgotten(invitation.inviteId),
              ConditionExpression: 'attribute_not_exists(pk) OR #version < :version',
              ExpressionAttributeNames: { '#version': 'version' },
              ExpressionAttributeValues: { ':version': version },
            },
          },
        },
        ...(mail === 'blocked' ? [] : [{ name: 'counter', item: { Update: { TableName: table, ...ownerMailCount(now, mail === 'ok' ? { limit: writes.mailLimit, recommendations: true } : { notice: true, recommendations: true }) } } }]),
        ...(supersedes
          ? [{ name: 'superseded', item: { Update: { TableName: table, Key: keys.invitation(supersedes), UpdateExpression: 'SET supersededBy = :by', ConditionExpression: 'attribute_exists(pk)', ExpressionAttributeValues: { ':by': invitation.inviteId } } } }]
          : []),
        ...(signal === 'check'
          ? [{ name: 'signal', item: { ConditionCheck: { TableName: table, Key: keys.heldSignal(), ConditionExpression: 'attribute_not_exists(pk) OR oldest >= :hour', ExpressionAttributeValues: { ':hour': hourStart } } } }]
          : []),
      ];
      const result = await this.transact(items.map((i) => i.item));
      if (result.ok) return { status: 'committed', mail, digestDue: signal === 'due' || mail !== 'ok' };
      const failed = (name: string) => result.failed.has(items.findIndex((i) => i.name === name));
      if (failed('claim')) return this.claimHeld(writes.messageId);
      if (failed('save') || failed('forgotten')) return { status: 'stale' };
      const gone = supersedes !== null && failed('superseded');
      const capped = failed('counter');
      const held = failed('signal');
      if (!gone && !capped && !held) throw result.error;
      // The rescheduled invitation is gone (forgotten): nothing to mark. Over the cap: the next answer.
      // Mail held earlier: the digest is due.
      if (gone) supersedes = null;
      if (capped) mail = tries.shift();
      if (held) signal = 'due';
    }
    throw new Error('commitRecommendation: the hourly cap answered nothing');
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

  async recordOutcome(inviteId: string, outcome: InterviewOutcome): Promise<boolean> {
    return this.conditional(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.invitation(inviteId),
        UpdateExpression: 'SET #outcome = :outcome',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeNames: { '#outcome': 'outcome' },
        ExpressionAttributeValues: { ':outcome': outcome },
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
    await this.client.send(new PutCommand({ TableName: this.options.tableName, Item: this.sentPointer(sesMessageId, inviteId, now) }));
    // So that forget finds the pointer (a bounce report's id, a recommendation's ids) to delete it.
    await this.addToInvitation(inviteId, 'sentMessageIds', sesMessageId);
  }

  /** The pointer from a sent message's id to its invitation. */
  private sentPointer(sesMessageId: string, inviteId: string, now: Date): Record<string, unknown> {
    return { ...keys.sentMessage(sesMessageId), inviteId, expiresAt: epochSeconds(now) + this.options.invitationRetentionDays * DAY_SECONDS };
  }

  async invitationForSentMessage(sesMessageId: string): Promise<string | null> {
    const result = await this.client.send(new GetCommand({ TableName: this.options.tableName, Key: keys.sentMessage(sesMessageId) }));
    return (result.Item?.inviteId as string | undefined) ?? null;
  }

  /** ADDs ids to a string set of a stored invitation (a set: a retried write adds nothing twice); nothing when it is not stored. */
  private async addToInvitation(inviteId: string, field: 'sentMessageIds' | 'replyMessageIds', id: string): Promise<boolean> {
    return this.conditional(new UpdateCommand({ TableName: this.options.tableName, ...this.addToInvitationUpdate(inviteId, field, [id]) }));
  }

  private addToInvitationUpdate(inviteId: string, field: 'sentMessageIds' | 'replyMessageIds', ids: readonly string[]) {
    return {
      Key: keys.invitation(inviteId),
      UpdateExpression: 'ADD #field :ids',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#field': field },
      ExpressionAttributeValues: { ':ids': new Set(ids) },
    };
  }

  /**
   * One TransactWriteItems, with a client token of its own: the SDK's retries of it (an answer lost)
   * carry the same token and are not applied twice (DynamoDB keeps a token for 10 minutes;
   * docs/email-facts.md). A cancellation is an answer: which items' conditions failed (their indexes),
   * nothing written. A cancellation for a conflict only (another transaction on one of the items at the
   * same moment, e.g. two mails counted in the same hour) is tried again, a few times, a moment later.
   */
  private async transact(items: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>): Promise<{ ok: true } | { ok: false; failed: Set<number>; error: TransactionCanceledException }> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.client.send(new TransactWriteCommand({ TransactItems: items, ClientRequestToken: randomUUID() }));
        return { ok: true };
      } catch (error) {
        if (isItemTooLarge(error)) throw new TooLargeToStoreError({ cause: error });
        if (!(error instanceof TransactionCanceledException)) throw error;
        const codes = (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
        const failed = new Set(codes.flatMap((code, i) => (code === 'ConditionalCheckFailed' ? [i] : [])));
        const conflictOnly = failed.size === 0 && codes.includes('TransactionConflict') && codes.every((code) => code === 'None' || code === 'TransactionConflict');
        if (conflictOnly && attempt < CONFLICT_ATTEMPTS) {
          await sleep(Math.round(CONFLICT_DELAY_MS * attempt * (0.5 + Math.random())));
          continue;
        }
        if (failed.size === 0) throw error;
        return { ok: false, failed, error };
      }
    }
  }

  async rememberReply(inviteId: string, sesMessageId: string): Promise<void> {
    await this.addToInvitation(inviteId, 'replyMessageIds', sesMessageId);
  }

  async markSuperseded(inviteId: string, by: string): Promise<boolean> {
    return this.conditional(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: keys.invitation(inviteId),
        UpdateExpression: 'SET supersededBy = :by',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':by': by },
      }),
    );
  }

  async forgetInvitation(invitation: StoredInvitation, tokensValidUntil: Date): Promise<void> {
    const sent = new Set([...(invitation.sentMessageIds ?? []), ...(invitation.send?.sesMessageId ? [invitation.send.sesMessageId] : [])]);
    const doomed = [keys.invitation(invitation.inviteId), ...invitation.sourceMessageIds.map(keys.message), ...[...sent].map(keys.sentMessage)];
    const marker = invitation.version
      ? [{ PutRequest: { Item: { ...keys.forgotten(invitation.inviteId), version: invitation.version, expiresAt: epochSeconds(tokensValidUntil) } } }]
      : [];
    const writes = [...marker, ...doomed.map((Key) => ({ DeleteRequest: { Key } }))];
    for (let i = 0; i < writes.length; i += 25) {
      let requests: Record<string, unknown[]> | undefined = {
        [this.options.tableName]: writes.slice(i, i + 25),
      };
      // BatchWrite may leave items unprocessed under load: send those again until none are left.
      while (requests && Object.keys(requests).length > 0) {
        const result = await this.client.send(new BatchWriteCommand({ RequestItems: requests as never }));
        requests = result.UnprocessedItems as Record<string, unknown[]> | undefined;
      }
    }
  }

  async forgottenVersion(inviteId: string): Promise<number> {
    const result = await this.client.send(new GetCommand({ TableName: this.options.tableName, Key: keys.forgotten(inviteId), ConsistentRead: true }));
    return (result.Item?.version as number | undefined) ?? 0;
  }

  async invitationsReceivedSince(since: Date, limit = HISTORY_READ_LIMIT): Promise<InvitationSummary[]> {
    const { partitionKey, sortKey } = TABLE_DESIGN.indexes.byReceived;
    return this.queryBounded(limit, {
      IndexName: 'byReceived',
      KeyConditionExpression: '#pk = :pk AND #sk >= :since',
      ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
      ExpressionAttributeValues: { ':pk': INVITATION_PARTITION, ':since': since.toISOString() },
      ScanIndexForward: false,
    });
  }

  async invitationsByCompany(companyKey: string, since: Date, limit = HISTORY_READ_LIMIT): Promise<InvitationSummary[]> {
    const { partitionKey, sortKey } = TABLE_DESIGN.indexes.byCompany;
    return this.queryBounded(limit, {
      IndexName: 'byCompany',
      KeyConditionExpression: '#pk = :pk AND #sk >= :since',
      ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
      ExpressionAttributeValues: { ':pk': companyKey, ':since': since.toISOString() },
      ScanIndexForward: false,
    });
  }

  async invitationsBetween(from: Date, to: Date, options: { limit?: number; latestFirst?: boolean } = {}): Promise<InvitationSummary[]> {
    // [from, to) is asked for as BETWEEN from AND to - 1 ms, which DynamoDB refuses when the bounds
    // cross: an empty window holds nothing, so it is not asked.
    if (to.getTime() <= from.getTime()) return [];
    const { partitionKey, sortKey } = TABLE_DESIGN.indexes.bySlot;
    return this.queryBounded(options.limit ?? HISTORY_READ_LIMIT, {
      IndexName: 'bySlot',
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': partitionKey, '#sk': sortKey },
      ExpressionAttributeValues: { ':pk': SLOT_PARTITION, ':from': from.toISOString(), ':to': new Date(to.getTime() - 1).toISOString() },
      ScanIndexForward: !options.latestFirst,
    });
  }

  /**
   * One range of one index, at most `limit` summaries: each page asks for what is still missing
   * (`Limit`), and a page cut short by DynamoDB's 1 MB cap is followed only until `limit` is reached.
   */
  private async queryBounded(limit: number, input: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<InvitationSummary[]> {
    const wanted = Math.floor(limit);
    if (!(wanted >= 1)) return [];
    const items: InvitationSummary[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          ...input,
          TableName: this.options.tableName,
          Limit: wanted - items.length,
          ProjectionExpression: SUMMARY_PROJECTION.expression,
          ExpressionAttributeNames: { ...input.ExpressionAttributeNames, ...SUMMARY_PROJECTION.names },
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []).map(toSummary));
      start = page.LastEvaluatedKey;
    } while (start && items.length < wanted);
    return items;
  }

  async reserveOwnerMail(now: Date, limit: number, options: { bypass?: boolean; recommendations?: number } = {}): Promise<'ok' | 'notice' | 'blocked'> {
    const count = (variant: Parameters<typeof ownerMailCount>[1]) => new UpdateCommand({ TableName: this.options.tableName, ...ownerMailCount(now, variant) });
    // A notice about a send to a recruiter: counted, never held back.
    if (options.bypass) {
      await this.client.send(count({}));
      return 'ok';
    }
    // A recommendation: counted in both, measured against its own count and limit, with a "paused"
    // notice of its own.
    const recommendations = options.recommendations !== undefined;
    const cap = recommendations ? (options.recommendations ?? 0) : limit;
    if (cap >= 1 && (await this.conditional(count({ limit: cap, recommendations })))) return 'ok';
    // Over the limit: the first mail refused this hour becomes the one "paused" notice (a flag of its
    // own, so that mail counted with `bypass` cannot use it up).
    return (await this.conditional(count({ notice: true, recommendations }))) ? 'notice' : 'blocked';
  }
}

/** One item of a TransactWriteItems call. */
type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

/** A transaction cancelled only by a conflict is tried this many times in all, 50 ms × attempt apart (jittered). */
const CONFLICT_ATTEMPTS = 4;
const CONFLICT_DELAY_MS = 50;

/**
 * One more mail to the owner counted in this clock hour: unconditionally (`{}`), while under `limit`, or
 * as the hour's one "paused" notice (`notice`: only while the flag is absent). A recommendation
 * (`recommendations`) is counted in both counters (`sent`, `recommended`), measured against its own, and
 * has a "paused" flag of its own (`pausedRecommendations`).
 */
function ownerMailCount(now: Date, variant: { limit?: number; notice?: boolean; recommendations?: boolean }) {
  const [counter, flag] = variant.recommendations ? ['recommended', 'pausedRecommendations'] : ['sent', 'paused'];
  const counted = !variant.notice && variant.limit !== undefined;
  const condition = variant.notice ? `attribute_not_exists(${flag})` : counted ? `attribute_not_exists(${counter}) OR ${counter} < :limit` : undefined;
  return {
    Key: keys.ownerMailHour(now.toISOString().slice(0, 13)),
    UpdateExpression: `ADD sent :one${counted && variant.recommendations ? ', recommended :one' : ''} SET ${variant.notice ? `${flag} = :true, ` : ''}expiresAt = if_not_exists(expiresAt, :ttl)`,
    ...(condition ? { ConditionExpression: condition } : {}),
    ExpressionAttributeValues: {
      ':one': 1,
      ':ttl': epochSeconds(now) + 2 * DAY_SECONDS,
      ...(variant.notice ? { ':true': true } : {}),
      ...(counted ? { ':limit': variant.limit } : {}),
    },
  };
}

/**
 * The update that saves an invitation (an update, not a put: what the owner chose and what was sent
 * for them, `choice` and `send`, are written by other steps, possibly at the same moment, and a
 * re-forward must not roll them back), on a condition on what is stored:
 * - 'older': nothing, or a version older than this one (saveInvitation);
 * - a basis (commitRecommendation): exactly what the caller read: that version, an item without one
 *   ('unversioned'), or nothing (null);
 * and always passing for the same version from the same forward (this run's own write sent again).
 * Without a version, unconditional.
 */
function invitationUpdate(invitation: StoredInvitation, now: Date, retentionDays: number, basis: 'older' | RecommendationWrites['basis']) {
  const { companyKey, choice } = invitation;
  const firstSlot = invitation.facts.slots[0];
  const fields = invitationFields(invitation, now, retentionDays);
  const names: Record<string, string> = { '#choice': 'choice' };
  const values: Record<string, unknown> = { ':choice': choice };
  const sets = Object.entries(fields).map(([field, value], i) => {
    names[`#f${i}`] = field;
    values[`:v${i}`] = value;
    return `#f${i} = :v${i}`;
  });
  const removals = [...(companyKey ? [] : ['companyKey']), ...(firstSlot ? [] : ['slotPartition', 'slotStartUtc'])];
  removals.forEach((field, i) => (names[`#r${i}`] = field));
  let condition: string | undefined;
  if (invitation.version !== undefined) {
    names['#version'] = 'version';
    names['#from'] = 'versionFrom';
    values[':version'] = invitation.version;
    values[':from'] = invitation.versionFrom ?? null;
    const own = '(#version = :version AND #from = :from)';
    if (basis === 'older') condition = `attribute_not_exists(#version) OR #version < :version OR ${own}`;
    else if (basis === null) condition = `attribute_not_exists(pk) OR ${own}`;
    else if (basis === 'unversioned') condition = `(attribute_exists(pk) AND attribute_not_exists(#version)) OR ${own}`;
    else {
      values[':basis'] = basis;
      condition = `#version = :basis OR ${own}`;
    }
  }
  return {
    Key: keys.invitation(invitation.inviteId),
    UpdateExpression: `SET ${sets.join(', ')}, #choice = if_not_exists(#choice, :choice)${removals.length ? ` REMOVE ${removals.map((_, i) => `#r${i}`).join(', ')}` : ''}`,
    ...(condition ? { ConditionExpression: condition } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/**
 * The attributes saveInvitation sets on an invitation item (everything but its keys, `choice` and
 * `send`, which other steps write), the table's own included: the one home of the item's layout.
 */
function invitationFields(invitation: StoredInvitation, now: Date, retentionDays: number): Record<string, unknown> {
  // `supersededBy`, the message-id sets and the outcome are written by their own methods, never by a save.
  const { companyKey, choice: _choice, send: _send, supersededBy: _by, sentMessageIds: _sent, replyMessageIds: _replies, outcome: _outcome, ...rest } = invitation;
  const firstSlot = invitation.facts.slots[0];
  return {
    ...rest,
    ...(firstSlot ? { slotPartition: SLOT_PARTITION, slotStartUtc: new Date(firstSlot.start).toISOString() } : {}),
    invitationPartition: INVITATION_PARTITION,
    updatedAt: now.toISOString(),
    expiresAt: epochSeconds(now) + retentionDays * DAY_SECONDS,
    // Sparse GSI keys: absent (never null) when unknown, so the item stays out of that index.
    ...(companyKey ? { companyKey } : {}),
  };
}

/**
 * The whole item saveInvitation would leave for a first save: for writing many at once with
 * BatchWriteItem (`npm run bench` seeds thousands).
 */
export function invitationItem(invitation: StoredInvitation, now: Date, retentionDays: number): Record<string, unknown> {
  return { ...keys.invitation(invitation.inviteId), ...invitationFields(invitation, now, retentionDays), choice: invitation.choice, ...(invitation.send ? { send: invitation.send } : {}) };
}

/**
 * What a history read asks DynamoDB for: the attributes of an InvitationSummary (ports.ts), nested
 * paths included, so the drafts and the rest of a large invitation never travel.
 */
const SUMMARY_PROJECTION = (() => {
  const paths = ['inviteId', 'receivedAt', 'companyKey', 'original.from', 'original.subject', 'original.threading', 'facts.company', 'facts.role', 'facts.slots[0]', 'facts.replyTo', 'estimatedHours', 'decision.verdict', 'choice', 'send', 'supersededBy', 'outcome', 'version', 'firstVersion', 'sourceMessageIds'];
  const names: Record<string, string> = {};
  const expression = paths
    .map((path) =>
      path
        .split('.')
        .map((segment) => {
          const [name = '', index = ''] = segment.split(/(?=\[)/);
          names[`#${name}`] = name;
          return `#${name}${index}`;
        })
        .join('.'),
    )
    .join(', ');
  return { expression, names };
})();

/** A projected history item as an InvitationSummary, with the same defaults as `toInvitation` (what `summarize` gives for the whole item). */
function toSummary(item: Record<string, unknown>): InvitationSummary {
  const original = (item.original ?? {}) as Partial<InvitationSummary['original']>;
  const facts = (item.facts ?? {}) as Partial<InvitationSummary['facts']>;
  return {
    inviteId: item.inviteId as string,
    receivedAt: item.receivedAt as string,
    companyKey: (item.companyKey as string | undefined) ?? null,
    original: { from: original.from ?? null, subject: original.subject ?? null, ...(original.threading !== undefined ? { threading: original.threading } : {}) },
    facts: { company: facts.company ?? null, role: facts.role ?? null, slots: facts.slots ?? [], replyTo: facts.replyTo ?? null },
    estimatedHours: (item.estimatedHours as number | undefined) ?? 1,
    decision: item.decision as InvitationSummary['decision'],
    choice: (item.choice as OwnerChoice | null | undefined) ?? null,
    ...(item.send ? { send: sendStateOf(item.send) } : {}),
    ...(item.supersededBy ? { supersededBy: item.supersededBy as string } : {}),
    ...(item.outcome ? { outcome: item.outcome as InterviewOutcome } : {}),
    ...(item.version !== undefined ? { version: item.version as number } : {}),
    ...(item.firstVersion !== undefined ? { firstVersion: item.firstVersion as number } : {}),
    sourceMessageIds: (item.sourceMessageIds as string[] | undefined) ?? [],
  };
}

/** Strips the table's own attributes from an invitation item; its string sets become sorted lists. */
function toInvitation(item: Record<string, unknown>): StoredInvitation {
  const { pk: _pk, sk: _sk, slotPartition: _p, slotStartUtc: _s, invitationPartition: _i, updatedAt: _u, expiresAt: _e, send, ...invitation } = item;
  for (const field of ['sentMessageIds', 'replyMessageIds']) {
    const value = invitation[field];
    if (value instanceof Set) invitation[field] = [...(value as Set<string>)].sort();
  }
  const state = sendStateOf(send);
  return { companyKey: null, estimatedHours: 1, ...invitation, ...(state ? { send: state } : {}) } as StoredInvitation;
}

/** The send state without the id of the write that last changed it (the table's own). */
function sendStateOf(value: unknown): SendState | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { [WRITE_ID]: _writeId, ...state } = value as Record<string, unknown>;
  return state as unknown as SendState;
}
