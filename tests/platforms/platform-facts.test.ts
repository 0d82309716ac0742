import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Platform as ConversationPlatform } from 'socialcare/conversation';
import {
  factsVersion,
  getSurfaceFacts,
  listSurfaceFacts,
  type Platform,
  platformFacts,
  platformIds,
  surfacesOf,
} from 'socialcare/platforms';
import { describe, expect, expectTypeOf, it } from 'vitest';

const limits = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures/platforms-text/limits.json', import.meta.url)), 'utf8'),
) as Record<string, Record<string, { value: unknown }>>;

function figure(platform: string, key: string): unknown {
  return limits[platform]?.[key]?.value;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('platformFacts matches ../shared/fixtures/platforms/limits.json (copied to tests/fixtures)', () => {
  it('is versioned', () => {
    expect(platformFacts.factsVersion).toBe(factsVersion);
    expect(factsVersion).toMatch(/^\d{4}\.\d{2}\.\d+$/);
  });

  it('text limits', () => {
    expect(getSurfaceFacts('x', 'post').limits[0]).toMatchObject({
      max: figure('x', 'post_max_weighted_length'),
      unit: 'weighted',
    });
    expect(getSurfaceFacts('x', 'dm').limits[0]).toMatchObject({
      max: figure('x', 'dm_text_max'),
      unit: 'characters',
      verified: false,
    });
    expect(getSurfaceFacts('facebook', 'messenger').limits[0].max).toBe(figure('messenger', 'text_max'));
    expect(getSurfaceFacts('facebook', 'comment').limits[0].max).toBe(
      figure('facebook_page_comments', 'comment_max'),
    );
    expect(getSurfaceFacts('instagram', 'dm').limits[0]).toMatchObject({
      max: figure('instagram', 'dm_text_max'),
      unit: 'bytes',
    });
    expect(getSurfaceFacts('instagram', 'comment').limits[0].max).toBe(figure('instagram', 'caption_max'));
    expect(getSurfaceFacts('whatsapp', 'message').limits[0].max).toBe(figure('whatsapp', 'text_body_max'));
    expect(getSurfaceFacts('bluesky', 'post').limits.map((l) => [l.max, l.unit])).toEqual([
      [figure('bluesky', 'post_text_max_graphemes'), 'graphemes'],
      [figure('bluesky', 'post_text_max_bytes'), 'bytes'],
    ]);
    expect(getSurfaceFacts('bluesky', 'dm').limits.map((l) => [l.max, l.unit])).toEqual([
      [figure('bluesky', 'dm_text_max_graphemes'), 'graphemes'],
      [figure('bluesky', 'dm_text_max_bytes'), 'bytes'],
    ]);
    expect(getSurfaceFacts('mastodon', 'post').limits[0].max).toBe(
      figure('mastodon', 'status_max_characters_default'),
    );
    expect(getSurfaceFacts('email', 'email').limits[0].max).toBe(Number.POSITIVE_INFINITY);
    for (const facts of listSurfaceFacts()) {
      expect(facts.limit).toBe(facts.limits[0].max);
      expect(facts.unit).toBe(facts.limits[0].unit);
    }
  });

  it('messaging windows and private replies', () => {
    const messenger = getSurfaceFacts('facebook', 'messenger').window;
    expect(messenger?.standardMs).toBe((figure('messenger', 'standard_window_hours') as number) * HOUR);
    expect(messenger?.humanAgentMs).toBe((figure('messenger', 'human_agent_tag_days') as number) * DAY);
    expect(messenger?.afterWindow).toBe('human-agent-tag');
    expect(getSurfaceFacts('instagram', 'dm').window?.standardMs).toBe(
      (figure('instagram', 'standard_window_hours') as number) * HOUR,
    );
    const whatsapp = getSurfaceFacts('whatsapp', 'message').window;
    expect(whatsapp?.standardMs).toBe((figure('whatsapp', 'customer_service_window_hours') as number) * HOUR);
    expect(whatsapp?.afterWindow).toBe('template-only');
    expect(whatsapp?.closedErrorCode).toBe(figure('whatsapp', 'window_closed_error_code'));
    expect(getSurfaceFacts('instagram', 'comment').privateReply?.windowMs).toBe(
      (figure('instagram', 'private_reply_window_days') as number) * DAY,
    );
    expect(getSurfaceFacts('x', 'dm').window).toBeNull();
    expect(getSurfaceFacts('x', 'post').editWindow).toMatchObject({ windowMs: 30 * 60_000, maxEdits: 5 });
  });

  it('every surface has a source for each limit, coherent capabilities and visibility', () => {
    const all = listSurfaceFacts();
    expect(all).toHaveLength(12);
    for (const facts of all) {
      for (const limit of facts.limits) expect(limit.source.length, facts.name).toBeGreaterThan(5);
      expect(facts.capabilities.publicReply).toBe(facts.visibility === 'public');
      expect(facts.capabilities.privateMessage).toBe(facts.visibility === 'private');
      if (facts.privateSurface) expect(surfacesOf(facts.platform)).toContain(facts.privateSurface);
      if (facts.window) expect(facts.visibility).toBe('private');
      expect(Object.isFrozen(facts)).toBe(true);
    }
  });

  it('lists surfaces per platform', () => {
    expect(surfacesOf('x')).toEqual(['post', 'dm']);
    expect(surfacesOf('facebook')).toEqual(['comment', 'messenger']);
    expect(surfacesOf('whatsapp')).toEqual(['message']);
  });

  it('rejects unknown platform/surface pairs with a helpful message', () => {
    expect(() => getSurfaceFacts('whatsapp', 'post')).toThrow(
      /whatsapp has no surface "post": use one of message/,
    );
    expect(() => getSurfaceFacts('twitter' as Platform, 'post')).toThrow(/Unknown platform "twitter"/);
  });

  it('uses the same Platform union as socialcare/conversation', () => {
    expectTypeOf<Platform>().toEqualTypeOf<ConversationPlatform>();
    expect([...platformIds].sort()).toEqual([
      'bluesky',
      'email',
      'facebook',
      'instagram',
      'mastodon',
      'whatsapp',
      'x',
    ]);
  });
});
