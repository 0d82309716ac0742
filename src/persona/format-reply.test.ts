import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listSurfaceFacts, measureText, splitGraphemes } from '../platforms';
import { createTeam } from './create-team';
import { formatReply, type SignatureMode } from './format-reply';

const team = createTeam([
  { id: 'a1', name: 'Sandra Paredes' },
  { id: 'a2', name: 'Luis Cano' },
]);

describe('formatReply', () => {
  it('greets, signs and fits an X post', () => {
    const reply = formatReply({
      text: 'Sorry about the delay. Could you DM us your order number?',
      agent: 'a1',
      team,
      platform: 'x',
      surface: 'post',
      customer: { name: 'Ana' },
      greeting: true,
      signature: 'always',
    });
    expect(reply.parts).toEqual(['Hi Ana! Sorry about the delay. Could you DM us your order number? ^SP']);
    expect(reply).toMatchObject({ fits: true, limit: 280, unit: 'weighted', signature: '^SP', warnings: [] });
    expect(reply.length).toBe(measureText('x', 'post', reply.parts[0] ?? '').length);
  });

  it('greets in Spanish and with a custom template', () => {
    const es = formatReply({
      text: 'Ya lo revisamos.',
      agent: 'a2',
      team,
      platform: 'whatsapp',
      surface: 'message',
      customer: { name: 'Ana' },
      greeting: true,
      locale: 'es',
    });
    expect(es.parts[0]).toBe('¡Hola, Ana! Ya lo revisamos. ^LC');
    const custom = formatReply({
      text: 'On it.',
      agent: 'a2',
      team,
      platform: 'x',
      surface: 'dm',
      customer: { name: 'Ana' },
      greeting: 'Hey {customerName},',
    });
    expect(custom.parts[0]).toBe('Hey Ana, On it. ^LC');
    const nameless = formatReply({
      text: 'On it.',
      agent: 'a2',
      team,
      platform: 'x',
      surface: 'dm',
      greeting: true,
    });
    expect(nameless.parts[0]).toBe('Hi! On it. ^LC');
    expect(nameless.warnings.map((w) => w.code)).toEqual(['customer-name-missing']);
  });

  it('applies the signature modes', () => {
    const base = { text: 'Done.', team, platform: 'x', surface: 'dm' } as const;
    const sign = (signature: SignatureMode, extra: object = {}) =>
      formatReply({ ...base, agent: 'a1', signature, ...extra }).parts[0];
    expect(sign('always')).toBe('Done. ^SP');
    expect(sign('never')).toBe('Done.');
    expect(sign('first-in-conversation')).toBe('Done. ^SP');
    expect(sign('first-in-conversation', { isFirstInConversation: false })).toBe('Done.');
    expect(sign('first-in-conversation', { previousAgentId: 'a2' })).toBe('Done.');
    expect(sign('on-agent-change', { previousAgentId: 'a1' })).toBe('Done.');
    expect(sign('on-agent-change', { previousAgentId: 'a2' })).toBe('Done. ^SP');
    expect(sign('on-agent-change')).toBe('Done. ^SP');
  });

  it('adds the mention where the surface requires it (Mastodon) and warns when the handle is missing', () => {
    const reply = formatReply({
      text: 'Fixed now.',
      agent: 'a1',
      team,
      platform: 'mastodon',
      surface: 'dm',
      customer: { handle: 'ana@social.example' },
    });
    expect(reply.parts[0]).toBe('@ana@social.example Fixed now. ^SP');
    expect(
      formatReply({
        text: 'Fixed now.',
        agent: 'a1',
        team,
        platform: 'x',
        surface: 'post',
        customer: { handle: 'ana' },
      }).parts[0],
    ).toBe('Fixed now. ^SP');
    expect(
      formatReply({
        text: 'Fixed.',
        agent: 'a1',
        team,
        platform: 'x',
        surface: 'post',
        customer: { handle: '@ana' },
        mention: true,
      }).parts[0],
    ).toBe('@ana Fixed. ^SP');
    const missing = formatReply({
      text: 'Fixed now.',
      agent: 'a1',
      team,
      platform: 'mastodon',
      surface: 'post',
    });
    expect(missing.warnings.map((w) => w.code)).toContain('mention-missing');
  });

  it('splits long public replies into numbered, signed parts on threaded platforms', () => {
    const text = `${'Thanks for your patience while we check this. '.repeat(12)}Details: https://example.com/${'x'.repeat(60)} 👨‍👩‍👧‍👦`;
    const reply = formatReply({ text, agent: 'a1', team, platform: 'x', surface: 'post' });
    expect(reply.fits).toBe(false);
    expect(reply.parts.length).toBeGreaterThan(1);
    reply.parts.forEach((part, index) => {
      expect(measureText('x', 'post', part).fits).toBe(true);
      expect(part.endsWith(` ${index + 1}/${reply.parts.length} ^SP`)).toBe(true);
    });
    expect(reply.parts.join(' ')).toContain(`https://example.com/${'x'.repeat(60)}`);
    expect(reply.parts.join(' ')).toContain('👨‍👩‍👧‍👦');
    expect(reply.warnings.map((w) => w.code)).toEqual(['split']);
  });

  it('truncates on public surfaces without threads and splits private ones into messages', () => {
    const text = 'word '.repeat(3000);
    const comment = formatReply({ text, agent: 'a1', team, platform: 'instagram', surface: 'comment' });
    expect(comment.parts).toHaveLength(1);
    expect(comment.parts[0]?.endsWith('word… ^SP')).toBe(true);
    expect(comment.warnings.map((w) => w.code)).toEqual(['truncated']);
    const dm = formatReply({ text, agent: 'a1', team, platform: 'instagram', surface: 'dm' });
    expect(dm.parts.length).toBeGreaterThan(10);
    expect(dm.parts.every((part) => measureText('instagram', 'dm', part).fits)).toBe(true);
    expect(dm.parts.at(-1)?.endsWith(' ^SP')).toBe(true);
    expect(dm.parts[0]?.endsWith('^SP')).toBe(false);
  });

  it('cuts a single over-long word between graphemes only', () => {
    const reply = formatReply({
      text: '🇪🇸'.repeat(400),
      agent: 'a1',
      team,
      platform: 'bluesky',
      surface: 'post',
    });
    expect(reply.warnings.map((w) => w.code)).toContain('word-broken');
    for (const part of reply.parts) {
      expect(measureText('bluesky', 'post', part).fits).toBe(true);
      expect(part.replace(/ \d+\/\d+ \^SP$/, '')).toMatch(/^(🇪🇸)+$/u);
    }
  });

  it('accepts agent objects and instance limits', () => {
    const reply = formatReply({
      text: 'a '.repeat(400),
      agent: { id: 'z', name: 'Zoë Ng' },
      platform: 'mastodon',
      surface: 'post',
      limit: 1000,
      customer: { handle: 'ana' },
    });
    expect(reply.parts).toHaveLength(1);
    expect(reply.limit).toBe(1000);
    expect(reply.parts[0]?.endsWith('^ZN')).toBe(true);
  });

  it('rejects unknown agents, modes and surfaces', () => {
    expect(() => formatReply({ text: 'x', agent: 'nobody', team, platform: 'x', surface: 'post' })).toThrow(
      /Unknown agent id/,
    );
    expect(() => formatReply({ text: 'x', agent: 'a1', platform: 'x', surface: 'post' })).toThrow(
      /without a team/,
    );
    expect(() =>
      formatReply({
        text: 'x',
        agent: 'a1',
        team,
        platform: 'x',
        surface: 'post',
        signature: 'sometimes' as SignatureMode,
      }),
    ).toThrow(/Unknown signature mode/);
    expect(() =>
      formatReply({ text: 'x', agent: 'a1', team, platform: 'whatsapp', surface: 'post' }),
    ).toThrow(/no surface/);
  });
});

describe('formatReply properties', () => {
  const surfaces = listSurfaceFacts();
  const word = fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
    { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z]{1,10}$/) },
    { weight: 1, arbitrary: fc.webUrl() },
    {
      weight: 1,
      arbitrary: fc.constantFrom('👨‍👩‍👧‍👦', '🇪🇸', 'é', 'こんにちは', '😀😀', 'ñandú', '@ana', '#care'),
    },
  );
  const text = fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', '  ', '\n')), { maxLength: 180 })
    .map((pairs) => pairs.map(([w, space]) => `${w}${space}`).join(''));
  const name = fc.oneof(
    fc.constantFrom(
      'Sandra Paredes',
      'Łukasz Żak',
      '王小明',
      'Jean-Luc Picard',
      'Madonna',
      'María de la Cruz',
    ),
    fc.stringMatching(/^[A-Z][a-z]{0,30}( [A-Z][a-z]{0,30}){0,2}$/),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
  );
  const style = fc.constantFrom('^SP', '-SP', '*SP', '/SP', '-Sandra', '~{initials}', '— {name}');
  const mode = fc.constantFrom<SignatureMode>('always', 'first-in-conversation', 'on-agent-change', 'never');
  const handle = fc.option(fc.stringMatching(/^[a-z0-9_]{1,15}$/), { nil: undefined });
  const limit = fc.option(fc.integer({ min: 40, max: 600 }), { nil: undefined });

  it('never returns a part over the limit, and signs whenever required and the signature fits', () => {
    fc.assert(
      fc.property(
        text,
        name,
        style,
        fc.constantFrom(...surfaces),
        mode,
        handle,
        limit,
        fc.boolean(),
        (draft, agentName, teamStyle, facts, signature, customerHandle, limitOverride, greeting) => {
          const team = createTeam([{ id: 'a', name: agentName }], { style: teamStyle });
          const agent = team.require('a');
          const options = limitOverride === undefined ? {} : { limit: limitOverride };
          const reply = formatReply({
            text: draft,
            agent: 'a',
            team,
            platform: facts.platform,
            surface: facts.surface,
            signature,
            greeting,
            customer:
              customerHandle === undefined ? { name: 'Ana' } : { name: 'Ana', handle: customerHandle },
            ...(limitOverride === undefined ? {} : { limit: limitOverride }),
          });
          expect(reply.parts.length).toBeGreaterThan(0);
          for (const part of reply.parts) {
            expect(measureText(facts.platform, facts.surface, part, options).fits).toBe(true);
          }
          const required =
            signature === 'always' ||
            signature === 'first-in-conversation' ||
            signature === 'on-agent-change';
          const mentionRoom = customerHandle === undefined ? '' : `@${customerHandle} `;
          // "Fits": one part holding the draft's largest grapheme, numbering and the signature fits.
          const size = (text: string) => measureText(facts.platform, facts.surface, text, options).length;
          const biggest = splitGraphemes(draft).reduce((best, g) => (size(g) > size(best) ? g : best), 'x');
          const signatureFits = measureText(
            facts.platform,
            facts.surface,
            `${mentionRoom}${biggest} 99/99 ${agent.signature}`,
            options,
          ).fits;
          if (required && signatureFits) {
            expect(reply.signature).toBe(agent.signature);
            expect(reply.parts.at(-1)?.endsWith(agent.signature)).toBe(true);
          }
          if (signature === 'never') expect(reply.signature).toBeNull();
          // Words survive whole unless a single word was longer than a part.
          if (!reply.warnings.some((w) => w.code === 'word-broken' || w.code === 'truncated')) {
            const tokens = reply.parts.flatMap((part) => part.split(/\s+/u));
            let at = 0;
            for (const token of draft.split(/\s+/u).filter(Boolean)) {
              while (at < tokens.length && tokens[at] !== token) at++;
              expect(at, `word ${JSON.stringify(token)} was cut`).toBeLessThan(tokens.length);
              at++;
            }
          }
        },
      ),
      { numRuns: Number(process.env.PERSONA_PROPERTY_RUNS ?? 300) },
    );
  });
});
