import { PayloadError } from '../../shared/errors';
import type { ParseCollector } from '../parse-collector';
import { arrayAt, asObject, type JsonObject, stringAt } from '../payload-reader';

/** What to do with the parts of a Meta delivery. */
export interface MetaWalkers {
  /** One `entry[].messaging[]` (or `standby[]`) item. */
  readonly messaging?: (item: unknown, entry: JsonObject, out: ParseCollector) => void;
  /** One `entry[].changes[]` item `{ field, value }` (also the dashboard's bare `{ field, value }` samples). */
  readonly change: (field: string, value: unknown, entry: JsonObject, out: ParseCollector) => void;
}

/**
 * Walks a Meta webhook payload `{ object, entry: [{ id, time, messaging?, changes? }] }`, every
 * entry (deliveries are batched) and every item. The app dashboard's test samples
 * `{ field, value }` are accepted too.
 *
 * @throws PayloadError when the payload is not a Meta delivery for `object`
 */
export function walkMetaPayload(
  payload: unknown,
  object: string,
  platformName: string,
  walkers: MetaWalkers,
  out: ParseCollector,
): void {
  const root = asObject(payload);
  if (root === undefined) throw new PayloadError(`The ${platformName} delivery is not a JSON object.`);
  const field = stringAt(root, 'field');
  if (root.object === undefined && field !== undefined && 'value' in root) {
    const messagingField =
      field === 'messages' || field.startsWith('messaging_') || field.startsWith('message_');
    const value = asObject(root.value);
    if (walkers.messaging !== undefined && messagingField && value?.sender !== undefined) {
      walkers.messaging(root.value, {}, out);
    } else walkers.change(field, root.value, {}, out);
    return;
  }
  const actual = stringAt(root, 'object');
  if (actual !== object) {
    throw new PayloadError(
      `The ${platformName} adapter expects deliveries with "object": "${object}", got ${actual === undefined ? 'none' : `"${actual}"`}: route this webhook to the matching adapter.`,
    );
  }
  const entries = arrayAt(root, 'entry');
  if (entries.length === 0) out.ignore(`${object}:empty`, 'delivery without entry[] items', payload);
  for (const item of entries) {
    const entry = asObject(item);
    if (entry === undefined) {
      out.ignore(`${object}:entry`, 'entry that is not an object', item);
      continue;
    }
    let handled = false;
    for (const key of ['messaging', 'standby'] as const) {
      const items = arrayAt(entry, key);
      if (items.length === 0) continue;
      handled = true;
      if (walkers.messaging === undefined) {
        for (const messaging of items)
          out.ignore(`${object}:${key}`, `${platformName} does not deliver ${key} items`, messaging);
        continue;
      }
      if (key === 'standby')
        out.warn(`${platformName}: standby items (another app holds the thread) were parsed as messages.`);
      for (const messaging of items) walkers.messaging(messaging, entry, out);
    }
    const changes = arrayAt(entry, 'changes');
    for (const change of changes) {
      handled = true;
      const changeObject = asObject(change);
      const changeField = stringAt(changeObject, 'field');
      if (changeField === undefined) {
        out.ignore(`${object}:change`, 'change without field', change);
        continue;
      }
      walkers.change(changeField, changeObject?.value, entry, out);
    }
    const directField = stringAt(entry, 'field');
    if (!handled && directField !== undefined && 'value' in entry) {
      handled = true;
      walkers.change(directField, entry.value, entry, out);
    }
    if (!handled) out.ignore(`${object}:entry`, 'entry without messaging[] or changes[]', item);
  }
}
