/**
 * The kinds of sensitive data {@link detectSensitiveData} looks for.
 *
 * - `payment-card`: card numbers that pass the Luhn check and carry a known issuer prefix
 * - `iban`: international bank account numbers that pass the ISO 13616 mod-97 check
 * - `email`: e-mail addresses
 * - `phone`: phone numbers in international or national form (validated by libphonenumber-js)
 * - `reference`: order, booking, case, ticket and account references (configurable patterns)
 * - `government-id`: US SSN, UK National Insurance number, Spanish DNI/NIE, Brazilian CPF,
 * Canadian SIN (with context)
 * - `credential`: passwords, PINs, card security codes and one-time codes given in the text
 *
 * @example
 * ```ts
 * detectSensitiveData(text).filter((finding) => finding.kind === 'payment-card');
 * ```
 */
export type SensitiveDataKind =
  | 'payment-card'
  | 'iban'
  | 'email'
  | 'phone'
  | 'reference'
  | 'government-id'
  | 'credential';

/**
 * Every {@link SensitiveDataKind}, in the order they win when two findings overlap.
 *
 * @example
 * ```ts
 * detectSensitiveData(text, { kinds: SENSITIVE_DATA_KINDS.filter((kind) => kind !== 'reference') });
 * ```
 */
export const SENSITIVE_DATA_KINDS: readonly SensitiveDataKind[] = [
  'payment-card',
  'iban',
  'government-id',
  'credential',
  'email',
  'reference',
  'phone',
];

/**
 * One piece of sensitive data found in a text. `start` and `end` are UTF-16 offsets into the
 * input (`text.slice(start, end)` is the finding), `confidence` is between 0 and 1.
 *
 * @example
 * ```ts
 * const [finding] = detectSensitiveData('card 4111 1111 1111 1111');
 * // { kind: 'payment-card', start: 5, end: 24, confidence: 0.95, label: 'visa' }
 * ```
 */
export interface SensitiveFinding {
  /** What was found. */
  readonly kind: SensitiveDataKind;
  /** UTF-16 offset of the first character. */
  readonly start: number;
  /** UTF-16 offset just after the last character. */
  readonly end: number;
  /** How sure the detector is, from 0 to 1. */
  readonly confidence: number;
  /** A finer label: the card brand, the IBAN country, `us-ssn`, `toll-free`, the reference pattern name. */
  readonly label: string;
}
