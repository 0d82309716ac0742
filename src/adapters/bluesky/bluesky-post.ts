import type { Attachment, ConversationEvent } from '../../conversation/index';
import { eventIdOf, publicConversationId } from '../conversation-ids';
import { makeAttachment, makeMessage, makeParty, messageEvent } from '../make-event';
import type { ParseCollector } from '../parse-collector';
import { arrayAt, asObject, isoMs, type JsonObject, numberAt, objectAt, stringAt } from '../payload-reader';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A post as the Bluesky APIs show it: where it lives, who wrote it, and the record.
 *
 * @example
 * ```ts
 * const input: BlueskyPostInput = { uri: notification.uri, cid: notification.cid, author: notification.author, record: notification.record };
 * ```
 */
export interface BlueskyPostInput {
  /** `at://did/app.bsky.feed.post/rkey`. */
  readonly uri: string;
  readonly cid?: string | undefined;
  readonly author: {
    readonly did: string;
    readonly handle?: string | undefined;
    readonly displayName?: string | undefined;
  };
  /** The `app.bsky.feed.post` record. */
  readonly record: unknown;
  /** When the AppView indexed it (fallback time). */
  readonly indexedAt?: string | undefined;
}

/**
 * The text a facet covers: facets index UTF-8 **bytes** (`byteStart`, `byteEnd`), not UTF-16
 * units or code points. Undefined when the range is out of bounds or splits a character.
 *
 * @example
 * ```ts
 * facetText('✨ hi @atproto.com', 7, 19); // '@atproto.com'
 * ```
 */
export function facetText(
  text: string,
  byteStart: number,
  byteEnd: number,
  bytes = encoder.encode(text),
): string | undefined {
  if (
    !(Number.isInteger(byteStart) && Number.isInteger(byteEnd)) ||
    byteStart < 0 ||
    byteEnd > bytes.length ||
    byteStart >= byteEnd
  ) {
    return undefined;
  }
  const isBoundary = (index: number): boolean =>
    index === bytes.length || ((bytes[index] as number) & 0xc0) !== 0x80;
  if (!isBoundary(byteStart) || !isBoundary(byteEnd)) return undefined;
  return decoder.decode(bytes.subarray(byteStart, byteEnd));
}

/**
 * Normalizes a Bluesky post into a message event. The conversation is the reply tree's root
 * (`bluesky:<root uri>`), the parent is `reply.parent.uri`, mentions are read from the mention
 * facets' byte ranges, quotes and external links become link attachments, images image attachments.
 *
 * @example
 * ```ts
 * const events = normalizeBlueskyPost({ uri, cid, author: { did, handle }, record }, 'did:plc:brand');
 * ```
 */
export function normalizeBlueskyPost(
  input: BlueskyPostInput,
  brandDid: string | undefined,
): ConversationEvent | undefined {
  const record = asObject(input.record);
  if (record === undefined) return undefined;
  const text = stringAt(record, 'text') ?? '';
  const createdAt = isoMs(stringAt(record, 'createdAt')) ?? isoMs(input.indexedAt);
  if (createdAt === undefined) return undefined;
  const reply = objectAt(record, 'reply');
  const rootUri = stringAt(objectAt(reply, 'root'), 'uri');
  const parentUri = stringAt(objectAt(reply, 'parent'), 'uri');
  const bytes = encoder.encode(text);
  const mentions: string[] = [];
  for (const facet of arrayAt(record, 'facets')) {
    const object = asObject(facet);
    const index = objectAt(object, 'index');
    const start = numberAt(index, 'byteStart');
    const end = numberAt(index, 'byteEnd');
    for (const feature of arrayAt(object, 'features')) {
      if (stringAt(asObject(feature), '$type') !== 'app.bsky.richtext.facet#mention') continue;
      const covered =
        start === undefined || end === undefined ? undefined : facetText(text, start, end, bytes);
      mentions.push(covered?.replace(/^@/, '') ?? (stringAt(asObject(feature), 'did') as string));
    }
  }
  const outbound = brandDid !== undefined && input.author.did === brandDid;
  const message = makeMessage({
    id: input.uri,
    platform: 'bluesky',
    direction: outbound ? 'outbound' : 'inbound',
    visibility: 'public',
    author: makeParty(input.author.did, outbound ? 'brand' : 'customer', {
      handle: input.author.handle,
      displayName: input.author.displayName,
    }),
    text,
    createdAt,
    inReplyTo: parentUri,
    accountId: brandDid,
    mentions: mentions.filter((mention) => mention !== undefined),
    attachments: embedAttachments(objectAt(record, 'embed')),
    raw: input.record,
  });
  return messageEvent(
    eventIdOf('bluesky', 'post', input.uri),
    publicConversationId('bluesky', rootUri ?? input.uri),
    message,
    input,
  );
}

function embedAttachments(embed: JsonObject | undefined): Attachment[] {
  const type = stringAt(embed, '$type');
  if (type === undefined) return [];
  if (type === 'app.bsky.embed.record') {
    const uri = stringAt(objectAt(embed, 'record'), 'uri');
    return [makeAttachment('link', { id: uri, url: uri, name: 'quoted post' })];
  }
  if (type === 'app.bsky.embed.recordWithMedia') {
    return [...embedAttachments(objectAt(embed, 'record')), ...embedAttachments(objectAt(embed, 'media'))];
  }
  if (type === 'app.bsky.embed.external') {
    const external = objectAt(embed, 'external');
    return [makeAttachment('link', { url: stringAt(external, 'uri'), name: stringAt(external, 'title') })];
  }
  if (type === 'app.bsky.embed.images') {
    return arrayAt(embed, 'images').map((item) => {
      const image = objectAt(asObject(item), 'image');
      return makeAttachment('image', {
        id: stringAt(objectAt(image, 'ref'), '$link'),
        mimeType: stringAt(image, 'mimeType'),
        name: stringAt(asObject(item), 'alt'),
      });
    });
  }
  if (type === 'app.bsky.embed.video') return [makeAttachment('video', { name: stringAt(embed, 'alt') })];
  return [makeAttachment('other', { name: type })];
}

/** Reads an author object of a PostView / notification. */
export function authorOf(value: unknown): BlueskyPostInput['author'] | undefined {
  const author = asObject(value);
  const did = stringAt(author, 'did');
  if (did === undefined) return undefined;
  return { did, handle: stringAt(author, 'handle'), displayName: stringAt(author, 'displayName') };
}

/** Pushes the event of a post, or an ignored entry when it cannot be normalized. */
export function pushPost(
  input: BlueskyPostInput,
  brandDid: string | undefined,
  raw: unknown,
  out: ParseCollector,
): void {
  const event = normalizeBlueskyPost(input, brandDid);
  if (event === undefined) out.ignore('bluesky:post', 'post record without text/createdAt', raw);
  else out.event(event);
}
