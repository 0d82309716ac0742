/**
 * Small, allocation-free readers for untrusted JSON: they never throw and return `undefined` when a
 * field is absent or of another type. Adapters validate payload shapes with them (fast, and a
 * malformed item becomes an `ignored` entry instead of an exception).
 */

/** A JSON object. */
export type JsonObject = Readonly<Record<string, unknown>>;

/**
 * The value as an object, or undefined.
 *
 * @example
 * ```ts
 * asObject(JSON.parse('{"a":1}'))?.a; // 1
 * ```
 */
export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined;
}

/**
 * `object[key]` as an object, or undefined.
 *
 * @example
 * ```ts
 * objectAt({ a: { b: 1 } }, 'a'); // { b: 1 }
 * ```
 */
export function objectAt(object: JsonObject | undefined, key: string): JsonObject | undefined {
  return object === undefined ? undefined : asObject(object[key]);
}

/**
 * `object[key]` as an array (of unknown items), or an empty array.
 *
 * @example
 * ```ts
 * arrayAt({ a: [1] }, 'a'); // [1]
 * ```
 */
export function arrayAt(object: JsonObject | undefined, key: string): readonly unknown[] {
  const value = object?.[key];
  return Array.isArray(value) ? value : [];
}

/**
 * `object[key]` as a non-empty string, or undefined.
 *
 * @example
 * ```ts
 * stringAt({ id: 'x' }, 'id'); // 'x'
 * ```
 */
export function stringAt(object: JsonObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * `object[key]` as a string, empty strings included, or undefined.
 *
 * @example
 * ```ts
 * textAt({ emoji: '' }, 'emoji'); // ''
 * ```
 */
export function textAt(object: JsonObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * `object[key]` as an id string: strings as they are, safe integers converted. Integers above
 * 2^53 are refused (they were rounded by `JSON.parse`: use the `*_str` twin).
 *
 * @example
 * ```ts
 * idAt({ id: 42 }, 'id'); // '42'
 * ```
 */
export function idAt(object: JsonObject | undefined, key: string): string | undefined {
  const value = object?.[key];
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return String(value);
  return undefined;
}

/**
 * `object[key]` as a finite number (numeric strings accepted), or undefined.
 *
 * @example
 * ```ts
 * numberAt({ t: '1697043223' }, 't'); // 1697043223
 * ```
 */
export function numberAt(object: JsonObject | undefined, key: string): number | undefined {
  const value = object?.[key];
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  return undefined;
}

/**
 * `object[key]` as a boolean, or undefined.
 *
 * @example
 * ```ts
 * booleanAt({ is_echo: true }, 'is_echo'); // true
 * ```
 */
export function booleanAt(object: JsonObject | undefined, key: string): boolean | undefined {
  const value = object?.[key];
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * Epoch milliseconds from a platform timestamp that may be in seconds or milliseconds (Meta mixes
 * both, sometimes as strings): values below 10^11 are seconds.
 *
 * @example
 * ```ts
 * epochMs(1527459824); // 1527459824000
 * epochMs(1458668856463); // 1458668856463
 * ```
 */
export function epochMs(value: number | undefined): number | undefined {
  if (value === undefined || !Number.isFinite(value) || value < 0) return undefined;
  return value < 1e11 ? Math.round(value * 1000) : Math.round(value);
}

/**
 * Epoch milliseconds from an ISO 8601 string with a zone, or undefined.
 *
 * @example
 * ```ts
 * isoMs('2024-01-15T12:03:00.000Z'); // 1705320180000
 * ```
 */
export function isoMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}
