import type { z } from 'zod';
import { CareValidationError, type ValidationIssue } from './errors';

/**
 * Parses `input` with `schema`, turning zod failures into a {@link CareValidationError} whose
 * message names the first offending field. `what` names the input in the message.
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues: ValidationIssue[] = result.error.issues.map((issue) => ({
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    message: issue.message,
  }));
  throw new CareValidationError(describeIssues(what, issues), issues, { cause: result.error });
}

/** Formats validation issues as one readable sentence naming the fields. */
export function describeIssues(what: string, issues: readonly ValidationIssue[]): string {
  const first = issues[0];
  if (!first) return `Invalid ${what}.`;
  const more =
    issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `Invalid ${what}: ${formatPath(first.path)}${first.message}${more}.`;
}

/** `['week', 'mon', 0]` becomes `week.mon[0]: `. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '';
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return `${out}: `;
}
