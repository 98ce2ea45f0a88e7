/** What both DynamoDB adapters (the invite store and the recovery store) write the same way. */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DeleteCommand, DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TooLargeToStoreError } from '../errors.js';

export const DAY_SECONDS = 86_400;

/** A date as the epoch seconds DynamoDB's TTL reads (`expiresAt`). */
export const epochSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/**
 * Sends a conditional write; false when its condition did not hold (the one error that is an answer).
 * An item DynamoDB refuses as too large is a TooLargeToStoreError: permanent, the owner is told.
 */
export async function conditionalWrite(client: DynamoDBDocumentClient, command: PutCommand | UpdateCommand | DeleteCommand): Promise<boolean> {
  try {
    await client.send(command as PutCommand);
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    if (isItemTooLarge(error)) throw new TooLargeToStoreError({ cause: error });
    throw error;
  }
}

/**
 * DynamoDB's answer to an item over its 400 KB limit: a ValidationException ("Item size has exceeded
 * the maximum allowed size", "Item size to update has exceeded…"), or, in a transaction, a cancellation
 * whose reason is that ValidationError. Retrying it cannot help.
 */
export function isItemTooLarge(error: unknown): boolean {
  const e = error as { name?: unknown; message?: unknown; CancellationReasons?: { Code?: string; Message?: string }[] } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.name === 'ValidationException' && /item size/i.test(String(e.message ?? ''))) return true;
  return e.name === 'TransactionCanceledException' && (e.CancellationReasons ?? []).some((r) => r.Code === 'ValidationError' && /item size/i.test(r.Message ?? ''));
}
