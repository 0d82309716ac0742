import {
  getSurfaceFacts,
  type LengthUnit,
  measureText,
  type Platform,
  type Surface,
  type SurfaceFacts,
} from '../platforms';
import { CareValidationError } from '../shared/errors';
import { createTeam, type Team } from './create-team';
import { createVoice, type Voice } from './create-voice';
import { packParts } from './pack-parts';
import { renderTemplate } from './render-template';
import type { AgentInput, TeamAgent } from './team-agent';

/**
 * When to sign a reply:
 * - `'always'`: every reply;
 * - `'first-in-conversation'`: only the brand's first reply (`isFirstInConversation`, or no `previousAgentId`);
 * - `'on-agent-change'`: the first reply and whenever a different agent answers than last time;
 * - `'never'`.
 *
 * @example
 * ```ts
 * const mode: SignatureMode = 'on-agent-change';
 * ```
 */
export type SignatureMode = 'always' | 'first-in-conversation' | 'on-agent-change' | 'never';

const SIGNATURE_MODES: readonly SignatureMode[] = [
  'always',
  'first-in-conversation',
  'on-agent-change',
  'never',
];

/**
 * The customer a reply is for.
 *
 * @example
 * ```ts
 * const customer: ReplyCustomer = { name: 'Ana', handle: 'ana@social.example' };
 * ```
 */
export interface ReplyCustomer {
  /** Name used by the greeting. */
  readonly name?: string;
  /** Handle for @mentions, with or without the `@` (Mastodon remote handles: `ana@social.example`). */
  readonly handle?: string;
}

/**
 * Input of {@link formatReply}.
 *
 * @example
 * ```ts
 * const input: FormatReplyInput = { text: 'On it!', agent: 'a1', team, platform: 'x', surface: 'post', signature: 'always' };
 * ```
 */
export interface FormatReplyInput {
  /** The agent's draft. */
  readonly text: string;
  /** The agent: an id in `team`, a team agent, or an agent input (then signed in the team's style, default `^SP`). */
  readonly agent: string | TeamAgent | AgentInput;
  /** The team (needed when `agent` is an id). */
  readonly team?: Team;
  /** Where the reply goes. */
  readonly platform: Platform;
  /** Which surface of the platform. */
  readonly surface: Surface;
  /** The customer (greeting name, mention handle). */
  readonly customer?: ReplyCustomer;
  /** `true` greets with the voice's greeting template; a string is a template of its own (`'Hey {customerName},'`). */
  readonly greeting?: boolean | string;
  /** When to sign. Default `'always'`. */
  readonly signature?: SignatureMode;
  /** Whether this is the brand's first reply in the conversation (for `'first-in-conversation'`). */
  readonly isFirstInConversation?: boolean;
  /** The agent who sent the brand's previous reply; null/undefined when there was none. */
  readonly previousAgentId?: string | null;
  /** The voice for the greeting. Default `createVoice({ locale })`. */
  readonly voice?: Voice;
  /** Locale of the default voice. Default `'en'`. */
  readonly locale?: string;
  /** Override of the surface limit (e.g. a Mastodon instance's max_characters). */
  readonly limit?: number;
  /** Force (`true`) or suppress (`false`) the @mention; default: only where the surface requires it. */
  readonly mention?: boolean;
  /** Allow splitting an over-long reply into several parts. Default true. */
  readonly split?: boolean;
}

/**
 * Why a reply is not exactly what was asked for.
 *
 * @example
 * ```ts
 * if (reply.warnings.some((warning) => warning.code === 'truncated')) console.warn('reply was cut');
 * ```
 */
export type FormatReplyWarningCode =
  | 'split'
  | 'truncated'
  | 'word-broken'
  | 'signature-dropped'
  | 'numbering-dropped'
  | 'mention-dropped'
  | 'mention-missing'
  | 'customer-name-missing'
  | 'empty'
  | 'nothing-fits';

/**
 * A soft problem found while formatting.
 *
 * @example
 * ```ts
 * for (const warning of reply.warnings) console.warn(warning.code, warning.message);
 * ```
 */
export interface FormatReplyWarning {
  /** A stable code. */
  readonly code: FormatReplyWarningCode;
  /** What happened, for people. */
  readonly message: string;
}

/**
 * The result of {@link formatReply}.
 *
 * @example
 * ```ts
 * const reply: FormattedReply = formatReply(input);
 * for (const part of reply.parts) await send(part);
 * ```
 */
export interface FormattedReply {
  /** The messages to send, in order; each fits the surface's limits. */
  readonly parts: readonly string[];
  /** Length of the whole reply as one message (greeting, mention and signature included), in `unit`. */
  readonly length: number;
  /** The surface's primary limit (or the `limit` override). */
  readonly limit: number;
  /** True when the whole reply fits one message (nothing was split or cut). */
  readonly fits: boolean;
  /** The counting unit of `length` and `limit`. */
  readonly unit: LengthUnit;
  /** The signature appended, or null when the reply is not signed. */
  readonly signature: string | null;
  /** Soft problems (split, truncated, signature dropped…). */
  readonly warnings: readonly FormatReplyWarning[];
}

const voices = new Map<string, Voice>();

function defaultVoice(locale: string): Voice {
  let voice = voices.get(locale);
  if (voice === undefined) {
    voice = createVoice({ locale });
    voices.set(locale, voice);
  }
  return voice;
}

function resolveAgent(agent: FormatReplyInput['agent'], team: Team | undefined): TeamAgent {
  if (typeof agent === 'string') {
    if (team === undefined) {
      throw new CareValidationError(
        `formatReply got the agent id ${JSON.stringify(agent)} without a team: pass team.`,
        [{ path: ['team'], message: 'required when agent is an id' }],
      );
    }
    return team.require(agent);
  }
  if (typeof agent !== 'object' || agent === null || typeof agent.id !== 'string') {
    throw new CareValidationError('formatReply needs agent: an agent id, a team agent or { id, name }.', [
      { path: ['agent'], message: 'expected an agent' },
    ]);
  }
  const member = team?.get(agent.id);
  if (member !== undefined) return member;
  if ('explicit' in agent && typeof agent.signature === 'string' && typeof agent.initials === 'string') {
    return agent as TeamAgent;
  }
  return createTeam([agent as AgentInput], team === undefined ? {} : { style: team.style })
    .agents[0] as TeamAgent;
}

function wantsSignature(input: FormatReplyInput, agentId: string): boolean {
  const mode = input.signature ?? 'always';
  if (!SIGNATURE_MODES.includes(mode)) {
    throw new CareValidationError(
      `Unknown signature mode ${JSON.stringify(mode)}: use ${SIGNATURE_MODES.join(', ')}.`,
      [{ path: ['signature'], message: 'unknown signature mode' }],
    );
  }
  const previous = input.previousAgentId ?? null;
  const first = input.isFirstInConversation ?? previous === null;
  switch (mode) {
    case 'always':
      return true;
    case 'never':
      return false;
    case 'first-in-conversation':
      return first;
    case 'on-agent-change':
      return first || previous !== agentId;
  }
}

function mentionPrefix(
  input: FormatReplyInput,
  facts: SurfaceFacts,
  body: string,
  warnings: FormatReplyWarning[],
): string {
  const requirement = facts.mention.requirement;
  const wanted = input.mention ?? requirement === 'required';
  if (!wanted || requirement === 'none') return '';
  const handle = input.customer?.handle?.trim().replace(/^@/, '');
  if (!handle) {
    if (requirement === 'required') {
      warnings.push({
        code: 'mention-missing',
        message: `${facts.name} replies should @mention the customer, but customer.handle is missing.`,
      });
    }
    return '';
  }
  const mention = facts.mention.format.replace('{handle}', handle);
  if (body.toLowerCase().startsWith(mention.toLowerCase())) return '';
  return `${mention} `;
}

/**
 * Formats an agent's draft for a platform surface: greets the customer by name when asked
 * (localized voice templates), adds the `@mention` where the surface needs it, appends the agent's
 * signature inside the length budget, and when the reply is too long, splits it into numbered parts
 * on threaded public surfaces (X, Bluesky, Mastodon), into consecutive messages on private ones, or
 * truncates it on public surfaces without threads (Facebook and Instagram comments). Breaks fall
 * between words, never inside a word, URL, emoji or grapheme (a single word longer than a whole
 * part is the one exception, cut between graphemes with a `word-broken` warning).
 *
 * No part is ever over the limit. The signature is on every part of a thread and on the last
 * message of a private split; it is dropped (with a warning) only if it cannot fit at all.
 *
 * @throws CareValidationError for an unknown platform/surface, agent or signature mode
 * @example
 * ```ts
 * const team = createTeam([{ id: 'a1', name: 'Sandra Paredes' }]);
 * const reply = formatReply({
 *   text: 'Sorry about the delay. Could you DM us your order number?',
 *   agent: 'a1',
 *   team,
 *   platform: 'x',
 *   surface: 'post',
 *   customer: { name: 'Ana' },
 *   greeting: true,
 *   signature: 'always',
 * });
 * reply.parts; // ['Hi Ana! Sorry about the delay. Could you DM us your order number? ^SP']
 * ```
 */
export function formatReply(input: FormatReplyInput): FormattedReply {
  if (typeof input?.text !== 'string') {
    throw new CareValidationError('formatReply needs text: the agent’s draft as a string.', [
      { path: ['text'], message: 'expected a string' },
    ]);
  }
  const facts = getSurfaceFacts(input.platform, input.surface);
  const agent = resolveAgent(input.agent, input.team);
  const warnings: FormatReplyWarning[] = [];
  const options = input.limit === undefined ? {} : { limit: input.limit };
  const measure = (text: string) => measureText(input.platform, input.surface, text, options);
  const fits = (text: string) => measure(text).fits;

  let body = input.text.trim();
  if (input.greeting) {
    const name = input.customer?.name?.trim();
    if (!name) {
      warnings.push({
        code: 'customer-name-missing',
        message: 'Greeting without a name: customer.name is missing.',
      });
    }
    const variables = { customerName: name, agentName: agent.firstName };
    const greeting =
      typeof input.greeting === 'string'
        ? renderTemplate(input.greeting, variables, 'greeting template').trim()
        : (input.voice ?? defaultVoice(input.locale ?? 'en')).greeting(variables);
    body = body === '' ? greeting : `${greeting} ${body}`;
  }
  let prefix = mentionPrefix(input, facts, body, warnings);
  let signature: string | null = wantsSignature(input, agent.id) ? agent.signature : null;
  const separator = facts.surface === 'email' ? '\n\n' : ' ';
  const tail = () =>
    signature === null ? '' : body === '' && prefix === '' ? signature : `${separator}${signature}`;

  const whole = `${prefix}${body}${tail()}`;
  const wholeMeasure = measure(whole);
  const result = (parts: string[]): FormattedReply => ({
    parts,
    length: wholeMeasure.length,
    limit: wholeMeasure.limit,
    fits: wholeMeasure.fits,
    unit: wholeMeasure.unit,
    signature: parts.length > 0 ? signature : null,
    warnings,
  });
  if (whole.trim() === '') warnings.push({ code: 'empty', message: 'The reply is empty.' });
  if (wholeMeasure.fits) return result([whole]);

  const threaded = facts.capabilities.threads && facts.visibility === 'public';
  const mode: 'thread' | 'messages' | 'truncate' =
    input.split === false
      ? 'truncate'
      : threaded
        ? 'thread'
        : facts.visibility === 'private'
          ? 'messages'
          : 'truncate';
  let numbered = mode === 'thread';

  for (;;) {
    const parts =
      mode === 'truncate'
        ? truncate(body, prefix, tail(), fits, warnings)
        : split(body, prefix, tail(), numbered, mode === 'thread', fits, warnings);
    if (parts !== null) {
      if (mode !== 'truncate' && parts.length > 1) {
        warnings.push({
          code: 'split',
          message: `The reply is ${wholeMeasure.length} ${wholeMeasure.unit} (limit ${wholeMeasure.limit}); it was split into ${parts.length} ${mode === 'thread' ? 'numbered posts' : 'messages'}.`,
        });
      }
      return result(parts);
    }
    // The fixed part of each message is too long: give up numbering, then the signature, then the mention.
    if (numbered) {
      numbered = false;
      warnings.push({ code: 'numbering-dropped', message: 'Part numbers did not fit and were left out.' });
    } else if (signature !== null) {
      warnings.push({
        code: 'signature-dropped',
        message: `The signature ${signature} did not fit the limit and was left out.`,
      });
      signature = null;
    } else if (prefix !== '') {
      warnings.push({
        code: 'mention-dropped',
        message: 'The @mention did not fit the limit and was left out.',
      });
      prefix = '';
    } else {
      warnings.push({
        code: 'nothing-fits',
        message: `Not even one character fits the limit of ${wholeMeasure.limit}.`,
      });
      return { ...result([]), signature: null };
    }
  }
}

function split(
  body: string,
  prefix: string,
  tail: string,
  numbered: boolean,
  signEveryPart: boolean,
  fits: (text: string) => boolean,
  warnings: FormatReplyWarning[],
): string[] | null {
  for (let digits = 1; digits <= 6; digits++) {
    const placeholder = '9'.repeat(digits);
    const numberOf = (index: number, total: string) => (numbered ? ` ${index}/${total}` : '');
    const packed = packParts(
      body,
      (chunk, index) => `${prefix}${chunk}${numberOf(index, placeholder)}${tail}`,
      fits,
      { preferSentenceBreaks: true },
    );
    if (packed === null) return null;
    const total = Math.max(packed.chunks.length, 1);
    if (numbered && String(total).length > digits) continue;
    const chunks = packed.chunks.length > 0 ? packed.chunks : [''];
    const parts = chunks.map((chunk, i) => {
      const last = i === chunks.length - 1;
      const number = total > 1 ? numberOf(i + 1, String(total)) : '';
      return `${prefix}${chunk}${number}${signEveryPart || last ? tail : ''}`.trim();
    });
    if (!parts.every(fits)) continue;
    if (packed.brokeWord) {
      warnings.push({
        code: 'word-broken',
        message: 'A single word was longer than a whole part and was cut between characters.',
      });
    }
    return parts;
  }
  return null;
}

function truncate(
  body: string,
  prefix: string,
  tail: string,
  fits: (text: string) => boolean,
  warnings: FormatReplyWarning[],
): string[] | null {
  const ellipsis = '…';
  const packed = packParts(body, (chunk) => `${prefix}${chunk}${ellipsis}${tail}`, fits, { maxChunks: 1 });
  if (packed === null) return null;
  const first = packed.chunks[0] ?? '';
  const part = `${prefix}${first}${ellipsis}${tail}`.trim();
  if (!fits(part)) return null;
  warnings.push({
    code: 'truncated',
    message: 'The reply was too long for a surface without threads and was cut.',
  });
  return [part];
}
