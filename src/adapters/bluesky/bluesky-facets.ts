/**
 * A rich-text facet of a Bluesky post: a byte range and what it is.
 *
 * @example
 * ```ts
 * const facet: BlueskyFacet = { index: { byteStart: 0, byteEnd: 5 }, features: [{ $type: 'app.bsky.richtext.facet#mention', did: 'did:plc:abc' }] };
 * ```
 */
export interface BlueskyFacet {
  readonly index: { readonly byteStart: number; readonly byteEnd: number };
  readonly features: readonly (
    | { readonly $type: 'app.bsky.richtext.facet#link'; readonly uri: string }
    | { readonly $type: 'app.bsky.richtext.facet#mention'; readonly did: string }
  )[];
}

const encoder = new TextEncoder();

/**
 * Detects links (`https://…`) and mentions (`@handle`, for handles whose DID is given) in a post
 * text and returns their facets with **UTF-8 byte** offsets, as the `app.bsky.richtext.facet`
 * lexicon requires (not UTF-16 indices: emoji and accents shift them).
 *
 * @example
 * ```ts
 * buildBlueskyFacets('✨ see https://example.com', {});
 * // [{ index: { byteStart: 8, byteEnd: 27 }, features: [{ $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com' }] }]
 * ```
 */
export function buildBlueskyFacets(
  text: string,
  mentionDids: Readonly<Record<string, string>> = {},
): BlueskyFacet[] {
  const facets: BlueskyFacet[] = [];
  const byteOffset = (utf16Index: number): number => encoder.encode(text.slice(0, utf16Index)).length;
  for (const match of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    const uri = match[0].replace(/[.,;:!?)\]}'"]+$/, '');
    const start = match.index;
    facets.push({
      index: { byteStart: byteOffset(start), byteEnd: byteOffset(start + uri.length) },
      features: [{ $type: 'app.bsky.richtext.facet#link', uri }],
    });
  }
  for (const match of text.matchAll(/(^|[\s(])@([a-zA-Z0-9.-]+[a-zA-Z0-9])/g)) {
    const handle = (match[2] as string).replace(/\.$/, '');
    const did = mentionDids[handle] ?? mentionDids[`@${handle}`];
    if (did === undefined) continue;
    const start = match.index + (match[1] as string).length;
    facets.push({
      index: { byteStart: byteOffset(start), byteEnd: byteOffset(start + handle.length + 1) },
      features: [{ $type: 'app.bsky.richtext.facet#mention', did }],
    });
  }
  return facets.sort((a, b) => a.index.byteStart - b.index.byteStart);
}
