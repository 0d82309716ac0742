export {
  createSensitiveDataDetector,
  type DetectSensitiveDataOptions,
  detectSensitiveData,
  type SensitiveDataDetector,
} from './detect-sensitive-data';
export { SENSITIVE_DATA_KINDS, type SensitiveDataKind, type SensitiveFinding } from './finding';
export { IBAN_LENGTHS, isValidIban } from './iban';
export { cardBrand, passesLuhn } from './payment-card';
export { type RedactOptions, redact } from './redact';
export { DEFAULT_REFERENCE_PATTERNS, type ReferencePattern } from './reference';
