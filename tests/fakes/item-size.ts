/**
 * An item's size as DynamoDB counts it against its 400 KB limit
 * (docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html): names and
 * strings in UTF-8 bytes, a number one byte per two significant digits plus one (21 at most), a boolean
 * or null one byte, a list or map 3 bytes plus 1 per element, a set the sum of its elements. For the tests
 * that bound what is stored (issue 16); the item is the adapter's own layout (`invitationItem`).
 */
export const DYNAMODB_ITEM_LIMIT = 400 * 1024;

export function dynamoItemBytes(value: unknown): number {
  if (typeof value === 'string') return Buffer.byteLength(value, 'utf8');
  if (typeof value === 'number') return Math.min(21, Math.ceil(String(Math.abs(value)).replace(/e.*$/, '').replace(/\./, '').replace(/^0+|0+$/g, '').length / 2) + 1);
  if (typeof value === 'boolean' || value === null) return 1;
  if (value instanceof Set) return [...value].reduce((sum: number, item) => sum + dynamoItemBytes(item), 0);
  if (Array.isArray(value)) return 3 + value.reduce((sum: number, item) => sum + 1 + dynamoItemBytes(item), 0);
  if (typeof value === 'object' && value !== null) {
    return 3 + Object.entries(value).reduce((sum, [key, item]) => (item === undefined ? sum : sum + 1 + Buffer.byteLength(key, 'utf8') + dynamoItemBytes(item)), 0);
  }
  return 0;
}
