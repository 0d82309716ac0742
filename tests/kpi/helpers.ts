import {
  type Conversation,
  type ConversationEvent,
  foldConversation,
  type Message,
  type PartyKind,
} from 'socialcare/conversation';

export const T0 = Date.UTC(2024, 2, 11, 9, 0, 0); // Monday 09:00 UTC
export const MIN = 60_000;

export interface Spec {
  id: string;
  from: 'customer' | 'brand' | 'agent' | 'bot';
  at: number; // minutes after T0
  replyTo?: string;
  account?: string;
  agent?: string;
  mentions?: string[];
  visibility?: 'public' | 'private';
  platform?: Message['platform'];
  customer?: string;
}

/** A message from a compact spec. */
export function message(spec: Spec): Message {
  const inbound = spec.from === 'customer';
  const kind: PartyKind = spec.from;
  const account = spec.account ?? 'AcmeCare';
  const m: { -readonly [K in keyof Message]: Message[K] } = {
    id: spec.id,
    platform: spec.platform ?? 'x',
    direction: inbound ? 'inbound' : 'outbound',
    visibility: spec.visibility ?? 'public',
    author: inbound
      ? { id: spec.customer ?? 'c1', kind: 'customer' }
      : { id: spec.agent ?? account, kind, handle: account },
    text: '',
    createdAt: T0 + spec.at * MIN,
    mentions: spec.mentions ?? (inbound ? [account] : []),
    attachments: [],
  };
  if (!inbound) m.accountId = account;
  if (spec.replyTo !== undefined) m.inReplyTo = spec.replyTo;
  return m;
}

/** Extra events (status, survey, assignment, link) at minutes after T0. */
export type Extra =
  | { type: 'status'; at: number; status: 'open' | 'resolved' | 'closed' | 'pending-customer' }
  | { type: 'csat' | 'nps'; at: number; score: number }
  | { type: 'assign'; at: number; agent: string }
  | { type: 'link'; at: number };

/** A conversation folded from message specs and extra events; id `x:<first message id>`. */
export function conversation(specs: Spec[], extras: Extra[] = [], id?: string): Conversation {
  const messages = specs.map(message);
  const conversationId = id ?? `${messages[0]!.platform}:${messages[0]!.id}`;
  const events: ConversationEvent[] = messages.map((m) =>
    m.direction === 'inbound'
      ? { id: `m-${m.id}`, type: 'message-received', at: m.createdAt, conversationId, message: m }
      : { id: `m-${m.id}`, type: 'message-sent', at: m.createdAt, conversationId, message: m },
  );
  extras.forEach((extra, i) => {
    const at = T0 + extra.at * MIN;
    const id = `e${i}`;
    if (extra.type === 'status')
      events.push({ id, type: 'conversation-status-changed', at, conversationId, status: extra.status });
    else if (extra.type === 'assign')
      events.push({ id, type: 'conversation-assigned', at, conversationId, agentId: extra.agent });
    else if (extra.type === 'link')
      events.push({
        id,
        type: 'conversation-linked',
        at,
        conversationId,
        kind: 'public-to-private',
        target: { channel: 'x', visibility: 'private' },
      });
    else
      events.push({
        id,
        type: 'survey-answered',
        at,
        conversationId,
        survey: extra.type,
        score: extra.score,
      });
  });
  return foldConversation(events);
}

/** A simple measured conversation: a customer question answered after `minutes` (or not). */
export function answered(
  id: string,
  minutes: number | undefined,
  account = 'AcmeCare',
  startMinute = 0,
): Conversation {
  const specs: Spec[] = [{ id, from: 'customer', at: startMinute, account }];
  if (minutes !== undefined)
    specs.push({ id: `${id}r`, from: 'brand', at: startMinute + minutes, replyTo: id, account });
  return conversation(specs);
}
