import type { Conversation, ConversationMessage } from '../conversation';
import { accountOfMessage, conversationRoot, hasMessage } from './conversation-root';
import type { ConversationFacts } from './kpi-bucket';
import type { KpiSlaOutcome } from './kpi-options';

/** What measuring needs besides the conversation. @internal */
export interface MeasureContext {
  readonly countBotReplies: boolean;
  /** Elapsed time under the clock of the definition (never negative). */
  readonly elapsed: (from: number, to: number) => number;
  readonly hourOfWeek: (at: number) => number;
  readonly backlogAt: number | undefined;
  readonly agents: boolean;
  readonly agentOf:
    | ((message: ConversationMessage, conversation: Conversation) => string | undefined)
    | undefined;
  readonly sla: ((conversation: Conversation) => readonly KpiSlaOutcome[]) | undefined;
  /** Called with the account of every brand message (the set of known brands). */
  readonly onBrand: (account: string) => void;
}

/** The result of measuring one conversation. Reused between calls: copy what you keep. @internal */
export interface Measurement {
  origin: 'customer' | 'brand' | 'orphan' | 'empty';
  readonly facts: ConversationFacts;
  /** The brand of a responded conversation, or the recipient of an unanswered private one. */
  account: string | undefined;
  /** For an unanswered conversation: the accounts it addressed, most likely first. */
  candidates: string[];
  /** Reply time of each answered customer turn, and the agent who answered it (reused: see `replyCount`). */
  readonly replies: number[];
  readonly replyAgents: (string | undefined)[];
  /** How many entries of `replies` (and `replyAgents`) belong to this conversation. */
  replyCount: number;
  /** The agent who gave the first response, else the assignee. */
  ownerAgent: string | undefined;
}

/** Creates a reusable measurement. @internal */
export function createMeasurement(): Measurement {
  return {
    origin: 'empty',
    facts: {
      platform: '',
      publicRoot: true,
      hourOfWeek: 0,
      firstResponseMs: undefined,
      messages: 0,
      inbound: 0,
      publicMessages: 0,
      turns: 0,
      resolved: false,
      everResolved: false,
      reopened: false,
      resolutionMs: undefined,
      switched: false,
      csatScores: [],
      npsScores: [],
      sla: [],
      backlogOpen: false,
      backlogAgeMs: 0,
      awaitingResponse: false,
    },
    account: undefined,
    candidates: [],
    replies: [],
    replyAgents: [],
    replyCount: 0,
    ownerAgent: undefined,
  };
}

function isResponse(message: ConversationMessage, countBots: boolean): boolean {
  return message.direction === 'outbound' && (countBots || message.author.kind !== 'bot');
}

/**
 * Measures one conversation into `out` under the definitions of kpi-definitions.md.
 * @internal
 */
export function measureConversation(
  conversation: Conversation,
  context: MeasureContext,
  out: Measurement,
): void {
  const messages = conversation.messages;
  const facts = out.facts;
  out.account = undefined;
  if (out.candidates.length !== 0) out.candidates.length = 0;
  out.replyCount = 0;
  out.ownerAgent = undefined;
  const root = conversationRoot(conversation);
  if (!root) {
    out.origin = 'empty';
    return;
  }
  const countBots = context.countBotReplies;
  if (root.inReplyTo !== undefined && !hasMessage(messages, root.inReplyTo)) {
    out.origin = 'orphan';
    reportBrands(messages, context);
    return;
  }
  if (root.direction !== 'inbound') {
    out.origin = 'brand';
    reportBrands(messages, context);
    return;
  }
  out.origin = 'customer';
  const rootAt = root.createdAt;
  const elapsed = context.elapsed;
  const backlogAt = context.backlogAt;
  let firstResponse: ConversationMessage | undefined;
  let inbound = 0;
  let publicMessages = 0;
  let hasPrivate = false;
  let turns = 0;
  let runStart: number | undefined;
  let pendingAt: number | undefined; // start of the unanswered run as of backlogAt
  let lastBrand: string | undefined;
  for (const message of messages) {
    if (message.visibility === 'public') publicMessages++;
    else hasPrivate = true;
    if (message.direction === 'inbound') {
      inbound++;
      if (runStart === undefined) {
        runStart = message.createdAt;
        turns++;
      }
      if (backlogAt !== undefined && message.createdAt <= backlogAt && pendingAt === undefined)
        pendingAt = message.createdAt;
    } else {
      const account = accountOfMessage(message);
      if (account !== lastBrand) {
        lastBrand = account;
        context.onBrand(account);
      }
      if (!isResponse(message, countBots)) continue;
      if (firstResponse === undefined && message.createdAt >= rootAt) firstResponse = message;
      if (runStart !== undefined) {
        if (context.agents) out.replyAgents[out.replyCount] = agentOf(message, conversation, context);
        out.replies[out.replyCount++] = elapsed(runStart, message.createdAt);
        runStart = undefined;
      }
      if (backlogAt !== undefined && message.createdAt <= backlogAt) pendingAt = undefined;
    }
  }
  facts.platform = root.platform;
  facts.publicRoot = root.visibility === 'public';
  facts.hourOfWeek = context.hourOfWeek(rootAt);
  facts.messages = messages.length;
  facts.inbound = inbound;
  facts.publicMessages = publicMessages;
  facts.turns = turns;
  facts.firstResponseMs = firstResponse ? elapsed(rootAt, firstResponse.createdAt) : undefined;
  facts.switched = facts.publicRoot && (hasPrivate || hasPrivateLink(conversation));

  if (firstResponse) {
    out.account = accountOfMessage(firstResponse);
  } else if (root.visibility === 'private' && root.accountId !== undefined) {
    out.account = root.accountId;
  } else {
    collectCandidates(root, messages, out.candidates);
  }
  if (context.agents) {
    out.ownerAgent =
      (firstResponse && agentOf(firstResponse, conversation, context)) ??
      conversation.assignee?.agentId ??
      conversation.assignments.find((a) => a.agentId !== null)?.agentId ??
      undefined;
  }

  measureStatus(conversation, rootAt, context, facts);

  if (facts.csatScores.length !== 0) facts.csatScores.length = 0;
  if (facts.npsScores.length !== 0) facts.npsScores.length = 0;
  for (const survey of conversation.surveys) {
    if (survey.survey === 'csat') facts.csatScores.push(survey.score);
    else facts.npsScores.push(survey.score);
  }
  if (facts.sla.length !== 0) facts.sla.length = 0;
  if (context.sla) {
    for (const outcome of context.sla(conversation)) {
      if (outcome.met !== undefined) facts.sla.push({ metric: outcome.metric, met: outcome.met });
    }
  }
  facts.backlogOpen = false;
  facts.awaitingResponse = false;
  facts.backlogAgeMs = 0;
  if (backlogAt !== undefined && rootAt <= backlogAt) {
    facts.backlogOpen = !doneAt(conversation, backlogAt);
    if (facts.backlogOpen) facts.backlogAgeMs = elapsed(rootAt, backlogAt);
    facts.awaitingResponse = facts.backlogOpen && pendingAt !== undefined;
  }
}

function measureStatus(
  conversation: Conversation,
  rootAt: number,
  context: MeasureContext,
  facts: ConversationFacts,
): void {
  let everDone = false;
  let reopened = false;
  let doneSince: number | undefined;
  for (const period of conversation.statusHistory) {
    const done = period.status === 'resolved' || period.status === 'closed';
    if (done) {
      everDone = true;
      doneSince ??= period.from;
    } else {
      if (doneSince !== undefined) reopened = true;
      doneSince = undefined;
    }
  }
  facts.everResolved = everDone;
  facts.reopened = reopened;
  facts.resolved = doneSince !== undefined;
  facts.resolutionMs = doneSince === undefined ? undefined : context.elapsed(rootAt, doneSince);
}

function doneAt(conversation: Conversation, at: number): boolean {
  let status: string = 'new';
  for (const period of conversation.statusHistory) {
    if (period.from > at) break;
    status = period.status;
  }
  return status === 'resolved' || status === 'closed';
}

function agentOf(
  message: ConversationMessage,
  conversation: Conversation,
  context: MeasureContext,
): string | undefined {
  if (context.agentOf) return context.agentOf(message, conversation);
  if (message.author.kind === 'agent') return message.author.id;
  let agent: string | undefined;
  for (const assignment of conversation.assignments) {
    if (assignment.at > message.createdAt) break;
    agent = assignment.agentId ?? undefined;
  }
  return agent;
}

function collectCandidates(
  root: ConversationMessage,
  messages: readonly ConversationMessage[],
  out: string[],
): void {
  const push = (name: string | undefined): void => {
    if (name === undefined) return;
    const clean = name.startsWith('@') ? name.slice(1) : name;
    if (clean !== '' && out.length < 8 && !out.includes(clean)) out.push(clean);
  };
  push(root.accountId);
  for (const mention of root.mentions) push(mention);
  for (const message of messages) {
    if (message === root || message.direction !== 'inbound') continue;
    push(message.accountId);
    for (const mention of message.mentions) push(mention);
  }
}

function reportBrands(messages: readonly ConversationMessage[], context: MeasureContext): void {
  let lastBrand: string | undefined;
  for (const message of messages) {
    if (message.direction !== 'outbound') continue;
    const account = accountOfMessage(message);
    if (account !== lastBrand) {
      lastBrand = account;
      context.onBrand(account);
    }
  }
}

function hasPrivateLink(conversation: Conversation): boolean {
  const links = conversation.links;
  for (let i = 0; i < links.length; i++) if (links[i]!.kind === 'public-to-private') return true;
  return false;
}
