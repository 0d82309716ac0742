import type { ConversationEvent } from '../conversation/events';
import { DirectionSchema } from '../conversation/message';
import { PartyKindSchema } from '../conversation/party';
import { PlatformSchema, VisibilitySchema } from '../conversation/platform';
import { ConversationStatusSchema } from '../conversation/status';

const DIRECTIONS: ReadonlySet<unknown> = new Set(DirectionSchema.options);
const VISIBILITIES: ReadonlySet<unknown> = new Set(VisibilitySchema.options);
const PLATFORMS: ReadonlySet<unknown> = new Set(PlatformSchema.options);
const PARTY_KINDS: ReadonlySet<unknown> = new Set(PartyKindSchema.options);
const STATUSES: ReadonlySet<unknown> = new Set(ConversationStatusSchema.options);

/**
 * Whether an event is already in parsed form (instants as epoch ms, a message's mentions and a tag
 * change's lists present), so the monitor can take it without parsing it again. The values the
 * monitor packs into its fact codes (a message's direction, visibility, platform and author kind; a
 * status) must be known ones: anything else goes through the parser, which rejects it with a clear
 * error before the monitor's state is touched.
 * @internal
 */
export function isParsed(event: ConversationEvent): boolean {
  if (typeof event !== 'object' || event === null || typeof event.at !== 'number') return false;
  if (event.type === 'message-received' || event.type === 'message-sent') {
    const message = event.message as Partial<Record<string, unknown>> | undefined;
    return (
      typeof message?.createdAt === 'number' &&
      Array.isArray(message.mentions) &&
      DIRECTIONS.has(message.direction) &&
      VISIBILITIES.has(message.visibility) &&
      PLATFORMS.has(message.platform) &&
      PARTY_KINDS.has((message.author as { kind?: unknown } | undefined)?.kind)
    );
  }
  if (event.type === 'conversation-status-changed') return STATUSES.has(event.status);
  return event.type !== 'conversation-tagged' || (Array.isArray(event.added) && Array.isArray(event.removed));
}
