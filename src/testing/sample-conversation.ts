import type { ConversationEvent } from '../conversation/events';
import type { Message } from '../conversation/message';
import type { Platform } from '../conversation/platform';

/** One generated case: its messages and its event log (messages plus status, assignment, tags, surveys...). */
export interface SampleConversation {
  /**
   * The conversation id, as `threadMessages` names it: `platform:rootMessageId`. A case moved from
   * public to private keeps the public id; its private part is named in the `conversation-linked` event.
   */
  readonly id: string;
  /** The brand account the case belongs to. */
  readonly accountId: string;
  readonly platform: Platform;
  /** `customer` for a customer-started case (measured), `brand` for replies to a campaign post. */
  readonly origin: 'customer' | 'brand';
  /** The (first) customer. */
  readonly customerId: string;
  /** Whether the brand answered. */
  readonly answered: boolean;
  /** Whether the case started in public and continued in private messages. */
  readonly movedToPrivate: boolean;
  /** Messages ordered by `createdAt`. */
  readonly messages: readonly Message[];
  /** The event log ordered by `at` then id (empty when generated with `events: false`). */
  readonly events: readonly ConversationEvent[];
}
