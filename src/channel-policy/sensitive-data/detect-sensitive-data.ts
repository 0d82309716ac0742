import { type CountryCode, isSupportedCountry } from 'libphonenumber-js/max';
import { CareValidationError } from '../../shared/errors';
import { findCredentials } from './credential';
import { findEmails } from './email';
import { SENSITIVE_DATA_KINDS, type SensitiveDataKind, type SensitiveFinding } from './finding';
import { findGovernmentIds } from './government-id';
import { findIbans } from './iban';
import { findPaymentCards } from './payment-card';
import { findPhoneNumbers } from './phone';
import {
  compileReferencePattern,
  DEFAULT_REFERENCE_PATTERNS,
  findReferences,
  type ReferencePattern,
} from './reference';

/**
 * Options of {@link detectSensitiveData} and {@link createSensitiveDataDetector}.
 *
 * @example
 * ```ts
 * detectSensitiveData(text, { kinds: ['phone', 'email'], defaultRegion: ['GB', 'IE'], minConfidence: 0.7 });
 * ```
 */
export interface DetectSensitiveDataOptions {
  /** Which kinds to look for (default: all). */
  readonly kinds?: readonly SensitiveDataKind[];
  /**
   * Region(s) whose national phone formats are recognised, as ISO 3166-1 alpha-2 codes
   * (default `'US'`). Numbers written with `+` and a country code are found whatever this says.
   * Pass `[]` to recognise international numbers only.
   */
  readonly defaultRegion?: string | readonly string[];
  /** Reference patterns (default {@link DEFAULT_REFERENCE_PATTERNS}); replaces the defaults. */
  readonly referencePatterns?: readonly ReferencePattern[];
  /** Drop findings below this confidence (default 0.5). */
  readonly minConfidence?: number;
}

/**
 * A detector with its options checked and its patterns compiled once.
 *
 * @example
 * ```ts
 * const detector = createSensitiveDataDetector({ defaultRegion: 'DE' });
 * for (const text of texts) detector.detect(text);
 * ```
 */
export interface SensitiveDataDetector {
  /** Finds sensitive data in `text`; findings are sorted by `start` and never overlap. */
  detect(text: string): SensitiveFinding[];
}

const PRIORITY = new Map<SensitiveDataKind, number>(SENSITIVE_DATA_KINDS.map((kind, index) => [kind, index]));

/**
 * Compiles a reusable detector. Validates the options: unknown kinds, unsupported regions and
 * out-of-range confidences throw a {@link CareValidationError} naming the field.
 *
 * @example
 * ```ts
 * const detector = createSensitiveDataDetector({ defaultRegion: ['GB', 'IE'] });
 * detector.detect('ring me on 020 7946 0958'); // [{ kind: 'phone', start: 11, end: 24, ... }]
 * ```
 */
export function createSensitiveDataDetector(options: DetectSensitiveDataOptions = {}): SensitiveDataDetector {
  const kinds = new Set<SensitiveDataKind>(options.kinds ?? SENSITIVE_DATA_KINDS);
  for (const [index, kind] of [...kinds].entries()) {
    if (!PRIORITY.has(kind)) {
      throw new CareValidationError(
        `Invalid sensitive-data options: kinds[${index}] "${String(kind)}" is not one of ${SENSITIVE_DATA_KINDS.join(', ')}.`,
        [{ path: ['kinds', index], message: 'unknown kind' }],
      );
    }
  }
  const regionInput = options.defaultRegion ?? 'US';
  const regionList = typeof regionInput === 'string' ? [regionInput] : [...regionInput];
  const regions: CountryCode[] = [];
  for (const [index, region] of regionList.entries()) {
    const upper = String(region).toUpperCase();
    if (!isSupportedCountry(upper)) {
      throw new CareValidationError(
        `Invalid sensitive-data options: defaultRegion "${String(region)}" is not a supported ISO 3166-1 alpha-2 region (e.g. 'US', 'GB', 'DE').`,
        [
          {
            path: typeof regionInput === 'string' ? ['defaultRegion'] : ['defaultRegion', index],
            message: 'unsupported region',
          },
        ],
      );
    }
    regions.push(upper);
  }
  const minConfidence = options.minConfidence ?? 0.5;
  if (!(minConfidence >= 0 && minConfidence <= 1)) {
    throw new CareValidationError('Invalid sensitive-data options: minConfidence must be between 0 and 1.', [
      { path: ['minConfidence'], message: 'expected a number from 0 to 1' },
    ]);
  }
  const patterns = (options.referencePatterns ?? DEFAULT_REFERENCE_PATTERNS).map((pattern, index) => {
    if (!(pattern?.pattern instanceof RegExp)) {
      throw new CareValidationError(
        `Invalid sensitive-data options: referencePatterns[${index}].pattern must be a RegExp.`,
        [{ path: ['referencePatterns', index, 'pattern'], message: 'expected a RegExp' }],
      );
    }
    return compileReferencePattern(pattern);
  });

  return {
    detect(text: string): SensitiveFinding[] {
      if (typeof text !== 'string') {
        throw new CareValidationError('detectSensitiveData expects a string.', [
          { path: ['text'], message: 'expected a string' },
        ]);
      }
      const all: SensitiveFinding[] = [];
      if (kinds.has('payment-card')) all.push(...findPaymentCards(text));
      if (kinds.has('iban')) all.push(...findIbans(text));
      if (kinds.has('email')) all.push(...findEmails(text));
      if (kinds.has('government-id')) all.push(...findGovernmentIds(text));
      if (kinds.has('credential')) all.push(...findCredentials(text));
      if (kinds.has('reference')) all.push(...findReferences(text, patterns));
      if (kinds.has('phone')) {
        // Candidates inside a card, IBAN, id, reference... would lose to it anyway: skip them.
        const covered = all
          .filter((finding) => finding.confidence >= minConfidence)
          .map(({ start, end }) => ({ start, end }))
          .sort((a, b) => a.start - b.start);
        all.push(...findPhoneNumbers(text, regions, covered));
      }
      return resolveOverlaps(all.filter((finding) => finding.confidence >= minConfidence));
    },
  };
}

function better(a: SensitiveFinding, b: SensitiveFinding): boolean {
  const pa = PRIORITY.get(a.kind) ?? 99;
  const pb = PRIORITY.get(b.kind) ?? 99;
  if (pa !== pb) return pa < pb;
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  return a.end - a.start > b.end - b.start;
}

/** Keeps one finding per overlapping cluster: the kind that wins in {@link SENSITIVE_DATA_KINDS}, then confidence. */
function resolveOverlaps(findings: SensitiveFinding[]): SensitiveFinding[] {
  findings.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: SensitiveFinding[] = [];
  for (const finding of findings) {
    const last = kept[kept.length - 1];
    if (last && finding.start < last.end) {
      if (better(finding, last)) kept[kept.length - 1] = finding;
      continue;
    }
    kept.push(finding);
  }
  return kept;
}

const cache = new WeakMap<DetectSensitiveDataOptions, SensitiveDataDetector>();
const defaultDetector: { value?: SensitiveDataDetector } = {};

/**
 * Finds payment cards, IBANs, e-mail addresses, phone numbers, order and booking references,
 * government ids and credentials in a text. Findings carry UTF-16 offsets (`text.slice(start, end)`),
 * are sorted and never overlap. Runs in time linear in the text length.
 *
 * @example
 * ```ts
 * detectSensitiveData('my card is 4111-1111-1111-1111, call +44 20 7946 0958');
 * // [{ kind: 'payment-card', start: 11, end: 30, confidence: 0.97, label: 'visa' },
 * //  { kind: 'phone', start: 37, end: 53, confidence: 0.97, label: 'fixed-line' }]
 * ```
 */
export function detectSensitiveData(text: string, options?: DetectSensitiveDataOptions): SensitiveFinding[] {
  if (options === undefined) {
    defaultDetector.value ??= createSensitiveDataDetector();
    return defaultDetector.value.detect(text);
  }
  let detector = cache.get(options);
  if (!detector) {
    detector = createSensitiveDataDetector(options);
    cache.set(options, detector);
  }
  return detector.detect(text);
}
