import type { ConversationEvent } from '../conversation/index';
import type { IgnoredDelivery, ParseResult } from './adapter';

/**
 * Collects the events, ignored items and warnings of one delivery while an adapter walks it.
 *
 * @example
 * ```ts
 * const out = new ParseCollector();
 * out.ignore('x:typing', 'typing indicators are not conversation events', item);
 * return out.result();
 * ```
 */
export class ParseCollector {
  readonly events: ConversationEvent[] = [];
  readonly ignored: IgnoredDelivery[] = [];
  readonly warnings: string[] = [];

  /** Adds an event. */
  event(event: ConversationEvent): void {
    this.events.push(event);
  }

  /** Records an item that is not turned into an event, and why. */
  ignore(kind: string, reason: string, raw?: unknown): void {
    this.ignored.push(raw === undefined ? { kind, reason } : { kind, reason, raw });
  }

  /** Records a soft problem. */
  warn(message: string): void {
    this.warnings.push(message);
  }

  /** The parse result. */
  result(): ParseResult {
    return { events: this.events, ignored: this.ignored, warnings: this.warnings };
  }
}
