/**
 * The error hierarchy shared by every module. Each error carries a stable `code` that
 * survives duplicate installs of the package (checked through a `Symbol.for` marker,
 * not `instanceof`).
 */

const marker = Symbol.for('socialcare.error');

/** Stable error codes. New codes are added, never renamed. */
export type CareErrorCode =
  | 'VALIDATION_FAILED'
  | 'CALENDAR_NEVER_OPEN'
  | 'SIGNATURE_INVALID'
  | 'PAYLOAD_INVALID'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'AUTHENTICATION_FAILED'
  | 'PLATFORM_REQUEST_FAILED'
  | 'UNSUPPORTED'
  | 'PARSE_FAILED'
  | 'IO_FAILED'
  | 'STATE_CONFLICT';

/** Options accepted by every {@link CareError} constructor. */
export interface CareErrorOptions {
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * Base class of every error socialcare throws.
 *
 * @example
 * ```ts
 * try { createBusinessCalendar(input); }
 * catch (error) { if (CareError.isInstance(error)) console.error(error.code, error.message); }
 * ```
 */
export class CareError extends Error {
  /** A stable, machine-readable code. */
  readonly code: CareErrorCode;
  readonly [marker] = true;

  constructor(code: CareErrorCode, message: string, options: CareErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CareError';
    this.code = code;
  }

  /** True for any socialcare error, even one created by another copy of the package. */
  static isInstance(value: unknown): value is CareError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[marker] === true;
  }
}

/** One problem found while validating input. */
export interface ValidationIssue {
  /** Where the problem is, e.g. `['week', 'mon', 0, 1]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong and how to fix it. */
  readonly message: string;
}

/**
 * Input did not have the expected shape or values. `issues` lists each problem with the path
 * of the field, and the message names the first of them.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof CareValidationError) console.log(error.issues[0]?.path); }
 * ```
 */
export class CareValidationError extends CareError {
  /** Every problem found, with the path of the field. */
  readonly issues: readonly ValidationIssue[];

  constructor(message: string, issues: readonly ValidationIssue[] = [], options: CareErrorOptions = {}) {
    super('VALIDATION_FAILED', message, options);
    this.name = 'CareValidationError';
    this.issues = issues;
  }
}

/**
 * A calendar has no open time inside the search horizon, so an answer would loop forever.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof CalendarNeverOpenError) console.log(error.horizonMs); }
 * ```
 */
export class CalendarNeverOpenError extends CareError {
  /** The horizon that was searched, in milliseconds. */
  readonly horizonMs: number;

  constructor(message: string, horizonMs: number) {
    super('CALENDAR_NEVER_OPEN', message);
    this.name = 'CalendarNeverOpenError';
    this.horizonMs = horizonMs;
  }
}

/**
 * A webhook signature or handshake did not verify.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof SignatureVerificationError) return new Response(null, { status: 401 }); }
 * ```
 */
export class SignatureVerificationError extends CareError {
  constructor(message: string, options: CareErrorOptions = {}) {
    super('SIGNATURE_INVALID', message, options);
    this.name = 'SignatureVerificationError';
  }
}

/**
 * A platform payload could not be understood (not JSON, or not the platform's shape).
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof PayloadError) console.warn(error.message); }
 * ```
 */
export class PayloadError extends CareError {
  constructor(
    message: string,
    options: CareErrorOptions & { readonly code?: 'PAYLOAD_INVALID' | 'PAYLOAD_TOO_LARGE' } = {},
  ) {
    super(options.code ?? 'PAYLOAD_INVALID', message, options);
    this.name = 'PayloadError';
  }
}

/**
 * A platform API call failed (any status that is not a rate limit or an authentication failure).
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof PlatformRequestError) console.log(error.status, error.body); }
 * ```
 */
export class PlatformRequestError extends CareError {
  /** HTTP status, or 0 when the request never got an answer. */
  readonly status: number;
  /** The response body as text, when there was one. */
  readonly body: string | undefined;

  constructor(
    message: string,
    status: number,
    body?: string,
    options: CareErrorOptions & { readonly code?: CareErrorCode } = {},
  ) {
    super(options.code ?? 'PLATFORM_REQUEST_FAILED', message, options);
    this.name = 'PlatformRequestError';
    this.status = status;
    this.body = body;
  }
}

/**
 * The platform answered 429: wait `retryAfterMs` before trying again.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof RateLimitError) await sleep(error.retryAfterMs ?? 60_000); }
 * ```
 */
export class RateLimitError extends PlatformRequestError {
  /** How long to wait before retrying, from the platform's headers, when it said. */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, retryAfterMs: number | undefined, body?: string) {
    super(message, 429, body, { code: 'RATE_LIMITED' });
    this.name = 'RateLimitError';
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * The platform answered 401 or 403: the token is missing, expired or lacks a permission.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof AuthenticationError) refreshToken(); }
 * ```
 */
export class AuthenticationError extends PlatformRequestError {
  constructor(message: string, status: number, body?: string) {
    super(message, status, body, { code: 'AUTHENTICATION_FAILED' });
    this.name = 'AuthenticationError';
  }
}

/**
 * A file or stream could not be read or written, or a row was malformed in strict mode.
 *
 * @example
 * ```ts
 * catch (error) { if (error instanceof CareIoError) console.error(error.line, error.message); }
 * ```
 */
export class CareIoError extends CareError {
  /** The 1-based line number the problem was found on, when known. */
  readonly line: number | undefined;

  constructor(
    message: string,
    line?: number,
    options: CareErrorOptions & { readonly code?: 'IO_FAILED' | 'PARSE_FAILED' } = {},
  ) {
    super(options.code ?? 'IO_FAILED', message, options);
    this.name = 'CareIoError';
    this.line = line;
  }
}
