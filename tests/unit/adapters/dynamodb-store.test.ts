/**
 * The history reads as the DynamoDB adapter sends them (a recording client in place of DynamoDB: what
 * is pinned here is the requests, which DynamoDB Local cannot show; their answers are the store
 * contract's, on DynamoDB Local): each one range of one index, with a `Limit`, a key condition that
 * bounds the sort key, a projection without the drafts, and no page asked for past the limit.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDbInviteStore } from '../../../functions/adapters/dynamodb-store.js';
import { HISTORY_READ_LIMIT } from '../../../functions/app/ports.js';

/** Answers every query with pages of `pageSize` items and always one more page after it (a table that never ends). */
function endlessTable(pageSize: number) {
  const queries: QueryCommand['input'][] = [];
  let next = 0;
  const client = {
    send: async (command: unknown) => {
      if (!(command instanceof QueryCommand)) throw new Error(`unexpected command ${String(command)}`);
      queries.push(command.input);
      const count = Math.min(pageSize, command.input.Limit ?? Number.POSITIVE_INFINITY);
      const Items = Array.from({ length: count }, () => {
        next += 1;
        return { inviteId: `i${next}`, receivedAt: '2026-03-01T00:00:00.000Z', decision: { verdict: 'attend' }, facts: { company: 'Oakmoor Bank' }, choice: null };
      });
      return { Items, LastEvaluatedKey: { pk: `INV#i${next}` } };
    },
  };
  return { client: client as unknown as DynamoDBDocumentClient, queries };
}

const store = (client: DynamoDBDocumentClient) => new DynamoDbInviteStore(client, { tableName: 't', messageRetentionDays: 30, invitationRetentionDays: 730 });
const SINCE = new Date('2026-01-01T00:00:00Z');

describe('DynamoDbInviteStore history reads', () => {
  it.each([
    ['invitationsReceivedSince', 'byReceived', (s: DynamoDbInviteStore) => s.invitationsReceivedSince(SINCE)],
    ['invitationsByCompany', 'byCompany', (s: DynamoDbInviteStore) => s.invitationsByCompany('oakmoorbank.example', SINCE)],
    ['invitationsBetween', 'bySlot', (s: DynamoDbInviteStore) => s.invitationsBetween(SINCE, new Date('2026-02-01T00:00:00Z'))],
  ] as const)('%s: one bounded range of %s, at most the default limit, paged only up to it', async (_, index, read) => {
    // Prepare: pages of 30 items that never run out
    const table = endlessTable(30);
    // Act
    const found = await read(store(table.client));
    // Assess
    expect(found).toHaveLength(HISTORY_READ_LIMIT);
    expect(table.queries.map((q) => q.Limit)).toEqual([100, 70, 40, 10]);
    for (const query of table.queries) {
      expect(query.IndexName).toBe(index);
      expect(query.KeyConditionExpression).toMatch(/^#pk = :pk AND #sk (>= :since|BETWEEN :from AND :to)$/);
      expect(query.ProjectionExpression).toBeDefined();
      expect(Object.values(query.ExpressionAttributeNames ?? {})).not.toContain('drafts');
    }
  });

  it('asks for no more than the limit the caller gives, and for nothing when the window is empty', async () => {
    // Prepare
    const table = endlessTable(30);
    const adapter = store(table.client);
    // Act
    const company = await adapter.invitationsByCompany('oakmoorbank.example', SINCE, 20);
    const latest = await adapter.invitationsBetween(SINCE, new Date('2026-02-01T00:00:00Z'), { limit: 5, latestFirst: true });
    const empty = await adapter.invitationsBetween(SINCE, SINCE);
    // Assess
    expect(company).toHaveLength(20);
    expect(latest).toHaveLength(5);
    expect(empty).toEqual([]);
    expect(table.queries.map((q) => ({ index: q.IndexName, limit: q.Limit, forward: q.ScanIndexForward }))).toEqual([
      { index: 'byCompany', limit: 20, forward: false },
      { index: 'bySlot', limit: 5, forward: false },
    ]);
  });

  it('reads summaries: the projection names the attributes of InvitationSummary only', async () => {
    // Prepare
    const table = endlessTable(1);
    // Act
    const [summary] = await store(table.client).invitationsReceivedSince(SINCE, 1);
    // Assess
    const names = table.queries[0]?.ExpressionAttributeNames ?? {};
    const projected = (table.queries[0]?.ProjectionExpression ?? '').replace(/#\w+/g, (name) => names[name] ?? name);
    expect(projected).toBe(
      'inviteId, receivedAt, companyKey, original.from, original.subject, original.threading, facts.company, facts.role, facts.slots[0], facts.replyTo, estimatedHours, decision.verdict, choice, send, supersededBy, outcome, version, firstVersion, sourceMessageIds',
    );
    expect(summary).toEqual({
      inviteId: 'i1',
      receivedAt: '2026-03-01T00:00:00.000Z',
      companyKey: null,
      original: { from: null, subject: null },
      facts: { company: 'Oakmoor Bank', role: null, slots: [], replyTo: null },
      estimatedHours: 1,
      decision: { verdict: 'attend' },
      choice: null,
      sourceMessageIds: [],
    });
  });
});
