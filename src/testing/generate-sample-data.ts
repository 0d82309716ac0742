import { z } from 'zod';
import type { ConversationEvent } from '../conversation/events';
import type { Message } from '../conversation/message';
import type { BrandAccount } from '../conversation/party';
import { PlatformSchema } from '../conversation/platform';
import { CareValidationError } from '../shared/errors';
import { toInstant } from '../shared/instant';
import { parseWithSchema } from '../shared/validate';
import { SAMPLE_ACCOUNTS, SAMPLE_AGENTS, type SampleAgent } from './sample-catalogue';
import type { SampleConversation } from './sample-conversation';
import { type GeneratorSettings, SampleGenerator } from './sample-generator';

/**
 * Options of {@link generateSampleData}.
 *
 * @example
 * ```ts
 * SampleDataOptionsSchema.parse({ seed: 7, conversations: 500, platforms: ['x'] });
 * ```
 */
export const SampleDataOptionsSchema = z.object({
  /** The seed: the same seed and options always give the same data. Default 1. */
  seed: z.number().int().default(1),
  /** How many conversations. Default 1,000. */
  conversations: z.number().int().min(0).default(1_000),
  /** When the first conversation may start (the arrivals follow). Default 2024-03-04T00:00:00Z, a Monday. */
  start: z.union([z.number(), z.string(), z.date()]).default('2024-03-04T00:00:00Z'),
  /**
   * Average number of new conversations per day (hour-of-week seasonality shapes them).
   * Default: the conversations spread over about four weeks (at least 50 a day).
   */
  conversationsPerDay: z.number().positive().optional(),
  /** Keep only the accounts on these platforms. Default: every platform of the sample brands. */
  platforms: z.array(PlatformSchema).min(1).optional(),
  /** Share of customer cases nobody answers. Default 0.07. */
  unansweredRate: z.number().min(0).max(1).default(0.07),
  /** Share of public cases the agent moves to private messages. Default 0.18. */
  movedToPrivateRate: z.number().min(0).max(1).default(0.18),
  /** Share of conversations that are customers answering a marketing post. Default 0.03. */
  brandInitiatedRate: z.number().min(0).max(1).default(0.03),
  /** Build the event logs (statuses, assignments, tags, surveys...). `false` is faster: messages only. Default true. */
  events: z.boolean().default(true),
});

/** Options of {@link generateSampleData} as accepted. */
export type SampleDataOptions = z.input<typeof SampleDataOptionsSchema>;

/** The generated data set. */
export interface SampleData {
  /** The brand accounts (care accounts on several platforms and one marketing account). */
  readonly accounts: readonly BrandAccount[];
  /** The named agents. */
  readonly agents: readonly SampleAgent[];
  /** The cases in order of their start, each with its messages and event log. */
  readonly conversations: readonly SampleConversation[];
  /** Every message, conversation after conversation (each conversation's in time order). */
  readonly messages: readonly Message[];
  /** Every event, conversation after conversation (each log in `at` order): group by `conversationId` to fold. */
  readonly events: readonly ConversationEvent[];
}

/**
 * Generates a realistic, deterministic customer-care data set: five brands with care accounts on
 * X, Facebook, Instagram, WhatsApp and Bluesky plus a marketing account; public and private cases;
 * customer follow-ups and bursts; named agents (`Sandra Paredes`...) with signatures; heavy-tailed
 * (log-normal) response times that wait for staffed hours; hour-of-week seasonality; unanswered
 * cases; cases moved to private messages (with a `conversation-linked` event); assignments,
 * escalations, tags, priorities, pending-customer periods, resolutions, reopenings, closings,
 * edits, deletions and CSAT / NPS answers. Same seed and options, same data.
 *
 * About 4 messages and 10 events per conversation; a million conversations take seconds.
 *
 * @throws CareValidationError for invalid options
 * @example
 * ```ts
 * import { generateSampleData } from 'socialcare/testing';
 * import { foldConversation, threadMessages } from 'socialcare/conversation';
 *
 * const sample = generateSampleData({ seed: 42, conversations: 2_000 });
 * const states = sample.conversations.map((c) => foldConversation(c.events));
 * const threaded = threadMessages(sample.messages);
 * ```
 */
export function generateSampleData(options: SampleDataOptions = {}): SampleData {
  const { settings, count } = resolveSettings(options);
  const generator = new SampleGenerator(settings);
  const conversations: SampleConversation[] = new Array(count);
  const messages: Message[] = [];
  const events: ConversationEvent[] = [];
  for (let i = 0; i < count; i++) {
    const conversation = generator.next();
    conversations[i] = conversation;
    for (const message of conversation.messages) messages.push(message);
    for (const event of conversation.events) events.push(event);
  }
  return {
    accounts: settings.accounts.map((p) => p.account),
    agents: settings.agents,
    conversations,
    messages,
    events,
  };
}

/**
 * Generates sample conversations one at a time (bounded memory), with the same options and the
 * same sequence as {@link generateSampleData}. Without `conversations` it never ends: stop when
 * you have enough.
 *
 * @example
 * ```ts
 * for (const conversation of generateSampleConversations({ seed: 1, conversations: 10 })) {
 *   console.log(conversation.id, conversation.messages.length);
 * }
 * ```
 */
export function* generateSampleConversations(
  options: SampleDataOptions = {},
): Generator<SampleConversation, void, undefined> {
  const { settings, count } = resolveSettings(options);
  const generator = new SampleGenerator(settings);
  const limit = options.conversations === undefined ? Number.POSITIVE_INFINITY : count;
  for (let i = 0; i < limit; i++) yield generator.next();
}

function resolveSettings(options: SampleDataOptions): { settings: GeneratorSettings; count: number } {
  const parsed = parseWithSchema(SampleDataOptionsSchema, options, 'sample data options');
  const platforms = parsed.platforms === undefined ? undefined : new Set(parsed.platforms);
  const accounts = SAMPLE_ACCOUNTS.filter(
    (p) => platforms === undefined || platforms.has(p.account.platform),
  );
  const accountIds = new Set(accounts.map((p) => p.account.id));
  const agents = SAMPLE_AGENTS.filter((agent) => agent.accountIds.some((id) => accountIds.has(id))).map(
    (agent) => ({
      ...agent,
      accountIds: agent.accountIds.filter((id) => accountIds.has(id)),
    }),
  );
  if (!accounts.some((p) => p.account.role === 'care')) {
    throw new CareValidationError(
      `Invalid sample data options: platforms: no sample care account on ${parsed.platforms?.join(', ')}; use some of x, facebook, instagram, whatsapp, bluesky.`,
      [{ path: ['platforms'], message: 'no sample care account on these platforms' }],
    );
  }
  return {
    count: parsed.conversations,
    settings: {
      seed: parsed.seed,
      start: toInstant(parsed.start, 'start'),
      conversationsPerDay: parsed.conversationsPerDay ?? Math.max(50, parsed.conversations / 28),
      accounts,
      agents,
      unansweredRate: parsed.unansweredRate,
      movedToPrivateRate: parsed.movedToPrivateRate,
      brandInitiatedRate: parsed.brandInitiatedRate,
      events: parsed.events,
    },
  };
}
