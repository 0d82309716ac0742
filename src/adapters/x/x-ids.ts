const TWITTER_EPOCH = 1288834974657n;

/**
 * The creation time encoded in an X snowflake id (posts, DM events created after 2010-11).
 * Undefined for ids that are not snowflakes.
 *
 * @example
 * ```ts
 * snowflakeTime('1207623566339919872'); // 1576754869433
 * ```
 */
export function snowflakeTime(id: string): number | undefined {
  if (!/^\d{15,20}$/.test(id)) return undefined;
  return Number((BigInt(id) >> 22n) + TWITTER_EPOCH);
}

/**
 * The one-to-one DM conversation id X uses: `{smaller user id}-{larger user id}` (numeric order,
 * ids compared as big integers).
 *
 * @example
 * ```ts
 * directConversationId('2975699229', '1205290247124217856'); // '2975699229-1205290247124217856'
 * ```
 */
export function directConversationId(a: string, b: string): string {
  const numeric = /^[1-9]\d*$/;
  if (!numeric.test(a) || !numeric.test(b)) return a < b ? `${a}-${b}` : `${b}-${a}`;
  // Numeric order without BigInt: a shorter canonical integer is smaller; equal lengths compare as text.
  const aFirst = a.length !== b.length ? a.length < b.length : a <= b;
  return aFirst ? `${a}-${b}` : `${b}-${a}`;
}
