/**
 * socialcare: the root entry holds what every module shares, the error hierarchy and the
 * instant and duration helpers. Each capability lives behind its own subpath:
 * `socialcare/conversation`, `socialcare/calendar`, `socialcare/sla`, `socialcare/kpi`,
 * `socialcare/persona`, `socialcare/platforms`, `socialcare/channel-policy`,
 * `socialcare/adapters`, `socialcare/io` and `socialcare/testing`.
 *
 * @module socialcare
 */

export { DAY, type DurationInput, HOUR, MINUTE, SECOND, toDuration, WEEK } from './shared/duration';
export {
  AuthenticationError,
  CalendarNeverOpenError,
  CareError,
  type CareErrorCode,
  type CareErrorOptions,
  CareIoError,
  CareValidationError,
  PayloadError,
  PlatformRequestError,
  RateLimitError,
  SignatureVerificationError,
  type ValidationIssue,
} from './shared/errors';
export { formatInstant, type Instant, type InstantInput, toInstant } from './shared/instant';
