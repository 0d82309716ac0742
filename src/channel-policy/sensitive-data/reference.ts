import type { SensitiveFinding } from './finding';

/**
 * A pattern for order, booking or account references. `pattern` must have the `g` flag (added
 * when missing); the finding covers capture group `group` (default 1, or the whole match when the
 * pattern has no group). Use bounded quantifiers (`{0,3}`, not `*`) so the scan stays linear.
 *
 * @example
 * ```ts
 * const ticket: ReferencePattern = { name: 'zendesk-ticket', pattern: /\bZD-(\d{5,9})\b/g, confidence: 0.9 };
 * detectSensitiveData('see ZD-1234567', { referencePatterns: [...DEFAULT_REFERENCE_PATTERNS, ticket] });
 * ```
 */
export interface ReferencePattern {
  /** Becomes the finding's `label`. */
  readonly name: string;
  /** The regular expression. */
  readonly pattern: RegExp;
  /** Confidence of a match, 0 to 1 (default 0.85). */
  readonly confidence?: number;
  /** Which capture group is the reference (default 1 when the pattern has groups, else 0). */
  readonly group?: number;
  /**
   * Whether the reference must contain a digit (default true): keeps words after a keyword
   * ("order status") from firing.
   */
  readonly requireDigit?: boolean;
}

const QUALIFIER = '(?:[ \\t]{1,2}(?:number|num|no\\.?|nr\\.?|id|ref(?:erence)?|code)|[ \\t]{0,2}#)?';
const JOINER = '[ \\t]{0,2}(?:(?:is|was)[ \\t]{1,2}|[:=#][ \\t]{0,2})?#?';
const TOKEN = '([A-Z0-9](?:[A-Z0-9-]{2,30})[A-Z0-9])(?![\\w-])';

function keywordPattern(keywords: string): RegExp {
  return new RegExp(`\\b(?:${keywords})\\b${QUALIFIER}${JOINER}${TOKEN}`, 'dgi');
}

/**
 * The built-in reference patterns: a keyword (order, booking, case, ticket, tracking, account,
 * invoice, claim, membership...) followed by a token with a digit, airline record locators after
 * "booking"/"PNR", Amazon order numbers and UPS tracking numbers. Spread them into your own list
 * to extend, or pass a list without them to replace.
 *
 * @example
 * ```ts
 * const only = DEFAULT_REFERENCE_PATTERNS.filter((p) => p.name !== 'account');
 * ```
 */
export const DEFAULT_REFERENCE_PATTERNS: readonly ReferencePattern[] = [
  {
    name: 'order',
    pattern: keywordPattern('order|purchase|invoice|receipt|transaction|rma'),
    confidence: 0.85,
  },
  {
    name: 'booking',
    pattern: keywordPattern('booking|reservation|confirmation|pnr|record locator|itinerary|e-?ticket'),
    confidence: 0.85,
    requireDigit: false,
  },
  {
    name: 'case',
    pattern: keywordPattern('case|ticket|incident|claim|complaint|sr|ref|reference'),
    confidence: 0.8,
  },
  {
    name: 'tracking',
    pattern: keywordPattern('tracking|shipment|parcel|package|consignment|waybill'),
    confidence: 0.85,
  },
  {
    name: 'account',
    pattern: keywordPattern(
      'account|acct|a/c|customer|member|membership|loyalty|rewards|frequent flyer|subscriber|policy|meter|imei|serial',
    ),
    confidence: 0.8,
  },
  { name: 'amazon-order', pattern: /(?<![\w-])(\d{3}-\d{7}-\d{7})(?![\w-])/dg, confidence: 0.9 },
  { name: 'ups-tracking', pattern: /(?<![\w-])(1Z[0-9A-Z]{16})(?![\w-])/dg, confidence: 0.9 },
];

const DATE_OR_TIME = /^(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}-\d{1,2}|\d{4})$/;
/** A quantity with its unit ("30minutes", "2days", "64GB"): not a reference. */
const QUANTITY =
  /^\d+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|am|pm|st|nd|rd|th|gb|mb|tb|kg|lbs?|km|miles?|mph|x)$/i;
const HAS_DIGIT = /\d/;
const LOCATOR = /^[A-Z]{6}$/;

/**
 * Normalises a user pattern: adds the `g` and `d` flags.
 * @internal
 */
export function compileReferencePattern(pattern: ReferencePattern): ReferencePattern {
  const flags = new Set(pattern.pattern.flags);
  flags.add('g');
  flags.add('d');
  return { ...pattern, pattern: new RegExp(pattern.pattern.source, [...flags].join('')) };
}

/**
 * Runs compiled reference patterns over the text.
 * @internal
 */
export function findReferences(text: string, patterns: readonly ReferencePattern[]): SensitiveFinding[] {
  const found: SensitiveFinding[] = [];
  for (const spec of patterns) {
    const { pattern } = spec;
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const group = spec.group ?? (m.length > 1 ? 1 : 0);
      const span = m.indices?.[group];
      const value = m[group];
      if (!span || value === undefined || value === '') continue;
      if (DATE_OR_TIME.test(value) || QUANTITY.test(value)) continue;
      const requireDigit = spec.requireDigit ?? true;
      if (!HAS_DIGIT.test(value) && (requireDigit || !LOCATOR.test(value))) continue;
      found.push({
        kind: 'reference',
        start: span[0],
        end: span[1],
        confidence: spec.confidence ?? 0.85,
        label: spec.name,
      });
    }
  }
  return found;
}
