/** What both DynamoDB adapters (the invite store and the recovery store) write the same way. */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import type { DeleteCommand, DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';

export const DAY_SECONDS = 86_400;

/** A date as the epoch seconds DynamoDB's TTL reads (`expiresAt`). */
export const epochSeconds = (date: Date): number => Math.floor(date.getTime() / 1000);

/** Sends a conditional write; false when its condition did not hold (the one error that is an answer). */
export async function conditionalWrite(client: DynamoDBDocumentClient, command: PutCommand | UpdateCommand | DeleteCommand): Promise<boolean> {
  try {
    await client.send(command as PutCommand);
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
