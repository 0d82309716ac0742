import type { ConversationEvent } from '../conversation/events';
import type { Message } from '../conversation/message';
import { compareEvents, compareMessages } from '../conversation/ordering';
import type { Party } from '../conversation/party';
import type { Platform, Visibility } from '../conversation/platform';
import type { ConversationStatus } from '../conversation/status';
import { DAY, HOUR, MINUTE } from '../shared/duration';
import {
  BOT_GREETINGS,
  CAMPAIGN_POSTS,
  CAMPAIGN_REPLIES,
  DM_REQUESTS,
  SAMPLE_TOPICS,
  type SampleAccountProfile,
  type SampleAgent,
  type SampleTopic,
} from './sample-catalogue';
import type { SampleConversation } from './sample-conversation';
import { HOUR_OF_WEEK_WEIGHTS, hourOfWeek, MAX_HOUR_OF_WEEK_WEIGHT } from './seasonality';
import { createSeededRandom, type SeededRandom } from './seeded-random';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Generated messages carry no attachments: one shared, frozen empty list. */
const NO_ATTACHMENTS = Object.freeze([]) as unknown as Message['attachments'];

/** Tuning of the generator (rates are probabilities per conversation). @internal */
export interface GeneratorSettings {
  readonly seed: number;
  readonly start: number;
  readonly conversationsPerDay: number;
  readonly accounts: readonly SampleAccountProfile[];
  readonly agents: readonly SampleAgent[];
  readonly unansweredRate: number;
  readonly movedToPrivateRate: number;
  readonly brandInitiatedRate: number;
  readonly events: boolean;
}

/** Message ids are numeric strings like tweet ids; small enough to stay fast small integers. */
const ID_BASE = 10_000_000;
const CUSTOMER_BASE = 200_000;
const MEAN_WEIGHT = HOUR_OF_WEEK_WEIGHTS.reduce((a, b) => a + b, 0) / HOUR_OF_WEEK_WEIGHTS.length;
const RECENT_CUSTOMERS = 4096;

/**
 * Produces sample conversations one at a time, in order of their start, from a seed. Internal
 * engine behind `generateSampleData` and `writeSampleTwcs`.
 * @internal
 */
export class SampleGenerator {
  private readonly random: SeededRandom;
  private readonly settings: GeneratorSettings;
  private readonly care: readonly SampleAccountProfile[];
  private readonly careWeights: Float64Array;
  private readonly marketing: readonly SampleAccountProfile[];
  private readonly agentsByBrand = new Map<string, SampleAgent[]>();
  private readonly agentParties = new Map<string, Party>();
  private readonly accountParties = new Map<string, Party>();
  private readonly botParties = new Map<string, Party>();
  private readonly recent: string[] = [];
  private clock: number;
  private messageCounter = 0;
  private eventCounter = 0;
  private customerCounter = 0;

  // The conversation being built.
  private id = '';
  private messages: Message[] = [];
  private events: ConversationEvent[] = [];
  private status: ConversationStatus = 'new';

  constructor(settings: GeneratorSettings) {
    this.settings = settings;
    this.random = createSeededRandom(settings.seed);
    this.clock = settings.start;
    this.care = settings.accounts.filter((p) => p.account.role === 'care' && p.weight > 0);
    this.marketing = settings.accounts.filter((p) => p.account.role === 'marketing');
    this.careWeights = new Float64Array(this.care.length);
    let total = 0;
    this.care.forEach((p, i) => {
      total += p.weight;
      this.careWeights[i] = total;
    });
    for (const agent of settings.agents) {
      const list = this.agentsByBrand.get(agent.brand);
      if (list) list.push(agent);
      else this.agentsByBrand.set(agent.brand, [agent]);
    }
    for (const profile of settings.accounts) {
      const { id, displayName } = profile.account;
      this.accountParties.set(id, withName({ id, kind: 'brand', handle: id }, displayName));
      this.botParties.set(id, {
        id: `${id}-bot`,
        kind: 'bot',
        handle: id,
        displayName: `${displayName} assistant`,
      });
    }
  }

  /** The next conversation. */
  next(): SampleConversation {
    this.clock = this.nextArrival(this.clock);
    if (this.marketing.length > 0 && this.random.chance(this.settings.brandInitiatedRate)) {
      return this.campaign(this.clock);
    }
    return this.customerCase(this.clock);
  }

  // ---------------------------------------------------------------- arrivals and timing

  /** Next arrival of a non-homogeneous Poisson process following the hour-of-week weights (thinning). */
  private nextArrival(from: number): number {
    const meanGap = DAY / this.settings.conversationsPerDay;
    const peakGap = (meanGap * MEAN_WEIGHT) / MAX_HOUR_OF_WEEK_WEIGHT;
    let t = from;
    for (;;) {
      t += Math.max(1, Math.round(this.random.exponential(peakGap)));
      if (this.random.next() * MAX_HOUR_OF_WEEK_WEIGHT < HOUR_OF_WEEK_WEIGHTS[hourOfWeek(t)]!) return t;
    }
  }

  private staffed(profile: SampleAccountProfile, at: number): boolean {
    const { from, to, weekends } = profile.staffing;
    if (from === 0 && to === 24 && weekends) return true;
    const how = hourOfWeek(at);
    if (!weekends && how >= 5 * 24) return false;
    const hour = how % 24;
    return hour >= from && hour < to;
  }

  /** The next instant at or after `at` when the account is staffed. */
  private nextStaffed(profile: SampleAccountProfile, at: number): number {
    if (this.staffed(profile, at)) return at;
    let t = Math.ceil(at / HOUR) * HOUR;
    for (let i = 0; i < 24 * 8 && !this.staffed(profile, t); i++) t += HOUR;
    return t + this.random.int(10 * MINUTE);
  }

  /** When the brand answers a customer message sent at `at`: log-normal delay, paused while unstaffed. */
  private responseAt(profile: SampleAccountProfile, topic: SampleTopic, at: number, later = 1): number {
    const median = profile.medianResponseMinutes * MINUTE * topic.speed * later;
    const delay = Math.min(5 * DAY, Math.max(20_000, this.random.logNormal(median, 1.1)));
    const ready = this.nextStaffed(profile, at);
    let t = ready + Math.round(delay);
    if (!this.staffed(profile, t))
      t = this.nextStaffed(profile, t) + Math.round(this.random.logNormal(median / 2, 0.8));
    return t;
  }

  /** When a customer writes back after `at`. */
  private customerAt(at: number, median: number): number {
    return at + Math.max(15_000, Math.round(this.random.logNormal(median, 1.3)));
  }

  // ---------------------------------------------------------------- building blocks

  private pickCareAccount(): SampleAccountProfile {
    const total = this.careWeights[this.careWeights.length - 1]!;
    const target = this.random.next() * total;
    let i = 0;
    while (this.careWeights[i]! <= target) i++;
    return this.care[i]!;
  }

  private pickCustomer(): string {
    if (this.recent.length > 0 && this.random.chance(0.12)) return this.random.pick(this.recent);
    const id = String(CUSTOMER_BASE + this.customerCounter++);
    if (this.recent.length < RECENT_CUSTOMERS) this.recent.push(id);
    else this.recent[this.random.int(RECENT_CUSTOMERS)] = id;
    return id;
  }

  private agentParty(agent: SampleAgent, profile: SampleAccountProfile): Party {
    const key = `${agent.id}@${profile.account.id}`;
    let party = this.agentParties.get(key);
    if (!party) {
      party = { id: agent.id, kind: 'agent', handle: profile.account.id, displayName: agent.name };
      this.agentParties.set(key, party);
    }
    return party;
  }

  private begin(): void {
    this.messages = [];
    this.events = [];
    this.status = 'new';
  }

  private nextMessageId(): string {
    return String(ID_BASE + this.messageCounter++);
  }

  private addMessage(
    id: string,
    direction: 'inbound' | 'outbound',
    platform: Platform,
    visibility: Visibility,
    author: Party,
    text: string,
    at: number,
    mentions: string[],
    accountId: string,
    inReplyTo: string | undefined,
    threadId: string | undefined,
  ): Message {
    const message: Mutable<Message> = {
      id,
      platform,
      direction,
      visibility,
      author,
      text,
      createdAt: at,
      mentions,
      attachments: NO_ATTACHMENTS,
      accountId,
    };
    if (inReplyTo !== undefined) message.inReplyTo = inReplyTo;
    if (threadId !== undefined) message.threadId = threadId;
    this.messages.push(message);
    if (this.settings.events) {
      this.events.push(
        direction === 'inbound'
          ? { id, type: 'message-received', at, conversationId: this.id, message }
          : { id, type: 'message-sent', at, conversationId: this.id, message },
      );
    }
    return message;
  }

  private eventId(): string {
    return `e${this.eventCounter++}`;
  }

  private setStatus(status: ConversationStatus, at: number, by?: string): void {
    if (this.status === status) return;
    this.status = status;
    if (!this.settings.events) return;
    this.events.push(
      by === undefined
        ? { id: this.eventId(), type: 'conversation-status-changed', at, conversationId: this.id, status }
        : {
            id: this.eventId(),
            type: 'conversation-status-changed',
            at,
            conversationId: this.id,
            status,
            by,
          },
    );
  }

  private assign(agent: SampleAgent, at: number): void {
    if (!this.settings.events) return;
    this.events.push({
      id: this.eventId(),
      type: 'conversation-assigned',
      at,
      conversationId: this.id,
      agentId: agent.id,
      agentName: agent.name,
    });
  }

  private finish(
    accountId: string,
    platform: Platform,
    origin: 'customer' | 'brand',
    customerId: string,
    answered: boolean,
    movedToPrivate: boolean,
  ): SampleConversation {
    const messages = this.messages;
    if (!isSorted(messages, compareMessages)) messages.sort(compareMessages);
    const events = this.events;
    if (!isSorted(events, compareEvents)) events.sort(compareEvents);
    return {
      id: this.id,
      accountId,
      platform,
      origin,
      customerId,
      answered,
      movedToPrivate,
      messages,
      events,
    };
  }

  // ---------------------------------------------------------------- a customer's case

  private customerCase(start: number): SampleConversation {
    const random = this.random;
    const profile = this.pickCareAccount();
    const account = profile.account;
    const platform = account.platform;
    const isPublicPlatform = platform === 'x' || platform === 'bluesky' || platform === 'mastodon';
    const startsPrivate =
      platform === 'whatsapp' || (!isPublicPlatform && random.chance(0.7)) || random.chance(0.08);
    const customerId = this.pickCustomer();
    const customer: Party = { id: customerId, kind: 'customer' };
    const topic = random.pick(SAMPLE_TOPICS);
    const agents = this.agentsByBrand.get(profile.brand) ?? [];
    const handle = account.handle ?? account.id;
    const threadId = `${account.id}:${customerId}`;
    let visibility: Visibility = startsPrivate ? 'private' : 'public';
    let movedToPrivate = false;

    this.begin();
    const rootId = this.nextMessageId();
    this.id = `${platform}:${rootId}`;
    const inbound = (
      text: string,
      at: number,
      replyTo: string | undefined,
      id = this.nextMessageId(),
    ): Message =>
      visibility === 'public'
        ? this.addMessage(
            id,
            'inbound',
            platform,
            'public',
            customer,
            `@${handle} ${text}`,
            at,
            [handle],
            account.id,
            replyTo,
            undefined,
          )
        : this.addMessage(
            id,
            'inbound',
            platform,
            'private',
            customer,
            text,
            at,
            [],
            account.id,
            undefined,
            threadId,
          );
    const outbound = (
      author: Party,
      signature: string,
      text: string,
      at: number,
      replyTo: string | undefined,
    ): Message =>
      visibility === 'public'
        ? this.addMessage(
            this.nextMessageId(),
            'outbound',
            platform,
            'public',
            author,
            `@${customerId} ${text}${signature}`,
            at,
            [customerId],
            account.id,
            replyTo,
            undefined,
          )
        : this.addMessage(
            this.nextMessageId(),
            'outbound',
            platform,
            'private',
            author,
            `${text}${signature}`,
            at,
            [],
            account.id,
            undefined,
            threadId,
          );

    const opening = random.chance(0.005)
      ? `${random.pick(topic.openings)}\r\rplease help`
      : random.pick(topic.openings);
    let last = inbound(opening, start, undefined, rootId);
    let lastCustomer = last;
    let t = start;
    // A burst: customers often add a second message before anyone answers.
    if (random.chance(0.18)) {
      t = this.customerAt(t, 2 * MINUTE);
      last = lastCustomer = inbound(random.pick(topic.followUps), t, last.id);
    }
    if (visibility === 'private' && profile.bot) {
      this.addMessage(
        this.nextMessageId(),
        'outbound',
        platform,
        'private',
        this.botParties.get(account.id)!,
        random.pick(BOT_GREETINGS),
        start + 1_000 + random.int(2_000),
        [],
        account.id,
        undefined,
        threadId,
      );
    }

    const unanswered = agents.length === 0 || random.chance(this.settings.unansweredRate);
    if (unanswered) {
      if (random.chance(0.3)) inbound('hello?? anyone there?', this.customerAt(t, 6 * HOUR), last.id);
      return this.finish(account.id, platform, 'customer', customerId, false, false);
    }

    let agent = random.pick(agents);
    let party = this.agentParty(agent, profile);
    let signature = visibility === 'public' ? ` ^${agent.initials}` : `\n${agent.name.split(' ')[0]}`;
    let replyAt = this.responseAt(profile, topic, lastCustomer.createdAt);
    const pickedAt = Math.max(t + 1_000, replyAt - Math.min(5 * MINUTE, Math.round((replyAt - t) / 3)));
    this.assign(agent, pickedAt);
    this.setStatus('open', pickedAt, agent.id);
    if (this.settings.events) {
      this.events.push({
        id: this.eventId(),
        type: 'conversation-tagged',
        at: pickedAt,
        conversationId: this.id,
        added: [topic.tag],
        removed: [],
      });
      if (topic.priority !== 'normal') {
        this.events.push({
          id: this.eventId(),
          type: 'conversation-prioritized',
          at: pickedAt,
          conversationId: this.id,
          priority: topic.priority,
        });
      }
    }

    let turns = 0;
    let resolvedAt: number | undefined;
    for (;;) {
      turns++;
      const moveNow =
        turns === 1 && visibility === 'public' && random.chance(this.settings.movedToPrivateRate);
      const reply = outbound(
        party,
        signature,
        moveNow ? random.pick(DM_REQUESTS) : random.pick(topic.answers),
        replyAt,
        lastCustomer.id,
      );
      last = reply;
      t = replyAt;
      if (this.settings.events && random.chance(0.01)) {
        this.events.push({
          id: this.eventId(),
          type: 'message-edited',
          at: t + 60_000 + random.int(60_000),
          conversationId: this.id,
          messageId: reply.id,
          text: `${reply.text} (edited)`,
        });
      }
      if (moveNow) {
        // The customer continues in private messages; the case stays one conversation, linked.
        t = this.customerAt(t, 6 * MINUTE);
        visibility = 'private';
        movedToPrivate = true;
        signature = `\n${agent.name.split(' ')[0]}`;
        const firstPrivateId = this.nextMessageId();
        if (this.settings.events) {
          this.events.push({
            id: this.eventId(),
            type: 'conversation-linked',
            at: t,
            conversationId: this.id,
            kind: 'public-to-private',
            target: {
              channel: platform,
              visibility: 'private',
              conversationId: `${platform}:${firstPrivateId}`,
            },
            reason: 'account details',
          });
        }
        this.setStatus('open', t);
        last = lastCustomer = inbound(random.pick(topic.followUps), t, undefined, firstPrivateId);
        replyAt = this.responseAt(profile, topic, t, 0.5);
        continue;
      }
      const asks = random.chance(0.5);
      if (asks) this.setStatus('pending-customer', t, agent.id);
      const continues = random.chance(turns === 1 ? 0.42 : 0.3);
      if (!continues) break;
      t = this.customerAt(t, asks ? 25 * MINUTE : 40 * MINUTE);
      this.setStatus('open', t);
      last = lastCustomer = inbound(random.pick(topic.followUps), t, last.id);
      if (random.chance(0.12)) {
        t = this.customerAt(t, 90_000);
        last = lastCustomer = inbound(random.pick(topic.followUps), t, last.id);
      }
      if (this.settings.events && random.chance(0.004)) {
        this.events.push({
          id: this.eventId(),
          type: 'message-deleted',
          at: t + 30_000,
          conversationId: this.id,
          messageId: lastCustomer.id,
          by: 'customer',
        });
      }
      if (random.chance(0.04)) break; // the brand never answered the follow-up
      if (agents.length > 1 && random.chance(0.08)) {
        // Escalation: another agent takes over after an internal check.
        this.setStatus('pending-internal', t + 60_000, agent.id);
        let next = random.pick(agents);
        while (next === agent) next = random.pick(agents);
        agent = next;
        party = this.agentParty(agent, profile);
        if (visibility === 'public') signature = ` ^${agent.initials}`;
        else signature = `\n${agent.name.split(' ')[0]}`;
        replyAt = this.responseAt(profile, topic, t, 1.5);
        this.assign(agent, replyAt - 60_000);
        this.setStatus('open', replyAt - 60_000, agent.id);
        if (this.settings.events) {
          this.events.push({
            id: this.eventId(),
            type: 'conversation-tagged',
            at: replyAt - 60_000,
            conversationId: this.id,
            added: ['escalated'],
            removed: [],
          });
        }
      } else {
        replyAt = this.responseAt(profile, topic, t, 0.6);
      }
      if (turns > 12) break;
    }

    if (random.chance(0.82)) {
      resolvedAt = t + Math.round(random.logNormal(20 * MINUTE, 1));
      this.setStatus('resolved', resolvedAt, agent.id);
      // Reopened: the customer writes again after the resolution.
      if (random.chance(0.06)) {
        const back = this.customerAt(resolvedAt, 3 * HOUR);
        this.setStatus('open', back);
        lastCustomer = inbound(
          'actually, this is happening again',
          back,
          visibility === 'public' ? last.id : undefined,
        );
        const again = this.responseAt(profile, topic, back, 0.7);
        last = outbound(party, signature, random.pick(topic.answers), again, lastCustomer.id);
        resolvedAt = again + Math.round(random.logNormal(30 * MINUTE, 1));
        this.setStatus('resolved', resolvedAt, agent.id);
      }
      if (this.settings.events) {
        const firstReply = this.messages.find((m) => m.direction === 'outbound' && m.author.kind !== 'bot');
        const waited = firstReply ? firstReply.createdAt - start : DAY;
        if (random.chance(0.3)) {
          const base = waited < 30 * MINUTE ? 5 : waited < 2 * HOUR ? 4 : waited < 8 * HOUR ? 3 : 2;
          const score = Math.min(
            5,
            Math.max(1, base + (random.chance(0.3) ? (random.chance(0.5) ? 1 : -1) : 0)),
          );
          this.events.push({
            id: this.eventId(),
            type: 'survey-answered',
            at: resolvedAt + Math.round(random.logNormal(HOUR, 1)),
            conversationId: this.id,
            survey: 'csat',
            score,
          });
        } else if (random.chance(0.1)) {
          const score = Math.min(
            10,
            Math.max(0, (waited < HOUR ? 9 : waited < 6 * HOUR ? 7 : 4) + random.int(3) - 1),
          );
          this.events.push({
            id: this.eventId(),
            type: 'survey-answered',
            at: resolvedAt + Math.round(random.logNormal(2 * HOUR, 1)),
            conversationId: this.id,
            survey: 'nps',
            score,
          });
        }
      }
      if (random.chance(0.3)) this.setStatus('closed', resolvedAt + 3 * DAY);
    }
    return this.finish(account.id, platform, 'customer', customerId, true, movedToPrivate);
  }

  // ---------------------------------------------------------------- a campaign post customers answer

  private campaign(start: number): SampleConversation {
    const random = this.random;
    const profile = random.pick(this.marketing);
    const account = profile.account;
    const platform = account.platform;
    this.begin();
    const postId = this.nextMessageId();
    this.id = `${platform}:${postId}`;
    this.addMessage(
      postId,
      'outbound',
      platform,
      'public',
      this.accountParties.get(account.id)!,
      random.pick(CAMPAIGN_POSTS),
      start,
      [],
      account.id,
      undefined,
      undefined,
    );
    const care = this.care.find((p) => p.brand === profile.brand && p.account.platform === platform);
    const agents = this.agentsByBrand.get(profile.brand) ?? [];
    const replies = 1 + random.int(3);
    let firstCustomer = '';
    let answered = false;
    let t = start;
    for (let i = 0; i < replies; i++) {
      t = this.customerAt(t, 20 * MINUTE);
      const customerId = this.pickCustomer();
      firstCustomer ||= customerId;
      const reply = this.addMessage(
        this.nextMessageId(),
        'inbound',
        platform,
        'public',
        { id: customerId, kind: 'customer' },
        `@${account.id} ${random.pick(CAMPAIGN_REPLIES)}`,
        t,
        [account.id],
        account.id,
        postId,
        undefined,
      );
      if (care && agents.length > 0 && random.chance(0.5)) {
        const agent = random.pick(agents);
        const at = this.responseAt(care, SAMPLE_TOPICS[0]!, t, 1.5);
        this.addMessage(
          this.nextMessageId(),
          'outbound',
          platform,
          'public',
          this.agentParty(agent, care),
          `@${customerId} Thanks for asking! Check your DMs for the details. ^${agent.initials}`,
          at,
          [customerId],
          care.account.id,
          reply.id,
          undefined,
        );
        answered = true;
      }
    }
    return this.finish(account.id, platform, 'brand', firstCustomer, answered, false);
  }
}

function withName(party: Party, displayName: string | undefined): Party {
  return displayName === undefined ? party : { ...party, displayName };
}

function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1]!, items[i]!) > 0) return false;
  return true;
}
