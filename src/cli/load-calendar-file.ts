import { readFile } from 'node:fs/promises';
import type { BusinessCalendarInput } from '../calendar';
import { createBusinessCalendar } from '../calendar';
import { CareError, CareIoError } from '../shared/errors';

/**
 * Reads a business calendar file: JSON input of `createBusinessCalendar`, e.g.
 * `{ "timeZone": "Europe/Amsterdam", "week": { "mon": [["09:00", "17:00"]] } }`. Returns the input
 * (validated by building the calendar once).
 *
 * @throws CareIoError when the file is missing, is not JSON or is not a valid calendar
 * @example
 * ```ts
 * const input = await loadCalendarFile('hours.json');
 * ```
 */
export async function loadCalendarFile(path: string): Promise<BusinessCalendarInput> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new CareIoError(
      `Bad calendar file ${path}: cannot read it (${(cause as Error).message}).`,
      undefined,
      {
        cause,
      },
    );
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (cause) {
    throw new CareIoError(
      `Bad calendar file ${path}: it is not JSON (${(cause as Error).message}). Expected the input of createBusinessCalendar, e.g. {"timeZone":"Europe/Amsterdam","week":{"mon":[["09:00","17:00"]]}}.`,
      undefined,
      { cause, code: 'PARSE_FAILED' },
    );
  }
  try {
    createBusinessCalendar(input as BusinessCalendarInput);
  } catch (cause) {
    const detail = CareError.isInstance(cause) || cause instanceof Error ? cause.message : String(cause);
    throw new CareIoError(`Bad calendar file ${path}: ${detail}`, undefined, { cause, code: 'PARSE_FAILED' });
  }
  return input as BusinessCalendarInput;
}
