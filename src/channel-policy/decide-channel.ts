import type { Conversation, ConversationMessage } from '../conversation';
import {
  getPrivateReplyState,
  getSurfaceFacts,
  hasDeepLink,
  isPlatform,
  isSurfaceOf,
  type Surface,
  type SurfaceFacts,
} from '../platforms';
import { CareValidationError } from '../shared/errors';
import { type InstantInput, toInstant } from '../shared/instant';
import type {
  ChannelAction,
  ChannelDecision,
  ChannelReason,
  ChannelTarget,
  FlaggedMessage,
  Handoff,
} from './channel-decision';
import type { ChannelRule, OffPlatformChannel } from './channel-rule';
import { surfaceForVisibility } from './conversation-surface';
import type { ChannelPolicy } from './create-channel-policy';
import { createConversationLinkedEvent } from './create-conversation-linked-event';
import { type DraftReply, evaluateRule, type RuleContext, type RuleMatch } from './evaluate-rule';
import { type HandoffMessageInput, handoffMessage } from './handoff-message';
import { type MessagingWindow, messagingWindow, type Sender } from './messaging-window';

/**
 * Options of {@link decideChannel}.
 *
 * @example
 * ```ts
 * decideChannel(conversation, policy, { at: '2026-03-01T10:05:00Z', draft: 'Sorry!', sender: 'bot' });
 * ```
 */
export interface DecideChannelOptions {
  /** The instant of the decision (time is always passed in). */
  readonly at: InstantInput;
  /** The agent's draft: its text, or text and attachments. */
  readonly draft?: string | DraftReply;
  /** Who will send the answer (default `'human'`): bots may not use Meta's human-agent tag. */
  readonly sender?: Sender;
  /**
   * With these, a `move-to-private` decision carries the public invitation text in
   * `handoff.message` (built by `handoffMessage`; the customer defaults to the author of the last
   * message: display name and handle).
   */
  readonly handoff?: Omit<HandoffMessageInput, 'platform' | 'surface' | 'customer'> & {
    readonly customer?: HandoffMessageInput['customer'];
  };
}

function describeWindow(window: MessagingWindow, surfaceName: string): ChannelReason {
  switch (window.via) {
    case 'standard':
      return {
        code: 'window-open',
        message:
          window.closesAt === null
            ? `${surfaceName} has no messaging window: the brand may write at any time.`
            : `The ${surfaceName} window is open until ${new Date(window.closesAt).toISOString()}.`,
      };
    case 'human-agent-tag':
      return {
        code: 'window-human-agent-tag',
        message: `The 24-hour ${surfaceName} window has closed; a human agent may still answer with the HUMAN_AGENT tag until ${new Date(window.closesAt ?? 0).toISOString()}.`,
      };
    case 'template-only':
      return {
        code: 'window-template-only',
        message: `The 24-hour ${surfaceName} window has closed: only an approved message template may be sent.`,
      };
    case 'closed':
      return {
        code: 'window-closed',
        message: `The ${surfaceName} window has closed: nothing may be sent until the customer writes again.`,
      };
  }
}

function offPlatformTarget(channel: OffPlatformChannel): ChannelTarget {
  return channel === 'email'
    ? { channel: 'email', surface: 'email', visibility: 'private' }
    : { channel: 'phone', surface: null, visibility: 'private' };
}

function lastOf(
  messages: readonly ConversationMessage[],
  test: (message: ConversationMessage) => boolean,
): ConversationMessage | undefined {
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i] as ConversationMessage;
    if (test(message)) return message;
  }
  return undefined;
}

/**
 * Decides where to answer a conversation: stay public, move to a private message on the same
 * platform, answer privately, leave the platform, send a template, or not answer at all. The
 * policy's rules are checked in order (the first match decides, every match adds its reason),
 * then the platform's facts shape the action: the messaging window of the private surface, the
 * one private reply a Facebook or Instagram comment allows, deep links. A pure function of its
 * inputs.
 *
 * @throws CareValidationError when `at` or the draft is invalid
 * @example
 * ```ts
 * const decision = decideChannel(conversation, createChannelPolicy(), { at: '2026-03-01T10:05:00Z' });
 * decision.action; // 'move-to-private'
 * decision.reasons[0]; // { code: 'sensitive-data-in-public-message', message: 'The customer posted ...', ruleId: 'sensitive-data' }
 * ```
 */
export function decideChannel(
  conversation: Conversation,
  policy: ChannelPolicy,
  options: DecideChannelOptions,
): ChannelDecision {
  const at = toInstant(options.at, 'at');
  const sender = options.sender ?? 'human';
  const draft = normaliseDraft(options.draft);
  const messages = conversation.messages.filter((m) => m.deletedAt === undefined && m.createdAt <= at);
  const platform = conversation.platform;
  const lastInbound = lastOf(messages, (m) => m.direction === 'inbound');
  if (platform === undefined || !isPlatform(platform) || lastInbound === undefined) {
    return {
      action: 'cannot-reply',
      target: null,
      reasons: [
        {
          code: 'no-customer-message',
          message: 'The customer has not written yet (at this instant), so there is nothing to answer.',
        },
      ],
    };
  }
  const surface =
    surfaceForVisibility(platform, lastInbound.visibility) ?? surfaceForVisibility(platform, 'private');
  if (surface === null) {
    return {
      action: 'cannot-reply',
      target: null,
      reasons: [{ code: 'no-private-surface', message: `${platform} has no surface to answer on.` }],
    };
  }
  // A platform without public surfaces (WhatsApp, email) treats every message as private.
  const visibility = getSurfaceFacts(platform, surface).visibility;
  const context: RuleContext = {
    conversation,
    at,
    messages,
    platform,
    surface,
    visibility,
    lastInbound,
    draft,
  };
  const matches: RuleMatch[] = [];
  for (const rule of policy.rules) {
    const match = evaluateRule(rule, context);
    if (match) matches.push(match);
  }
  const reasons: ChannelReason[] = matches.flatMap((match) => match.reasons);
  const flagged: FlaggedMessage[] = matches.flatMap((match) => match.flagged);
  const decisive = matches[0]?.rule;
  const windowRule = policy.rules.find((rule) => rule.when === 'window-closed');

  const finish = (
    action: ChannelAction,
    target: ChannelTarget | null,
    extraInput: { handoff?: Handoff; window?: MessagingWindow } = {},
  ): ChannelDecision => {
    let extra = extraInput;
    if (action === 'move-to-private' && extra.handoff && options.handoff) {
      const author = lastInbound.author;
      const customer = options.handoff.customer ?? {
        ...(author.displayName ? { name: author.displayName } : {}),
        ...(author.handle ? { handle: author.handle } : {}),
      };
      const message = handoffMessage({ ...options.handoff, platform, surface, customer });
      extra = { ...extra, handoff: { ...extra.handoff, message } };
    }
    const decision: ChannelDecision = {
      action,
      target,
      reasons,
      ...extra,
      ...(flagged.length > 0 ? { flagged } : {}),
    };
    if ((action === 'move-to-private' || action === 'move-off-platform') && target !== null) {
      const first = reasons[0]?.code;
      return {
        ...decision,
        event: createConversationLinkedEvent(conversation, target, {
          at,
          ...(first ? { reason: first } : {}),
        }),
      };
    }
    return decision;
  };

  const from = { platform, surface };
  const moveOff = (channel: OffPlatformChannel): ChannelDecision => {
    if (platform === 'email' && channel === 'email') {
      reasons.push({
        code: 'platform-is-channel',
        message: 'The conversation is already by email: answer there.',
      });
      return finish('reply-private', { channel: 'email', surface: 'email', visibility: 'private' });
    }
    const target = offPlatformTarget(channel);
    return finish('move-off-platform', target, {
      handoff: { from, to: target, via: 'off-platform', deepLink: hasDeepLink(platform), flagged },
    });
  };

  if (decisive?.action === 'move-off-platform') return moveOff(decisive.channel ?? 'email');

  const replyPrivately = (
    privateSurface: Surface,
    lastPrivate: ConversationMessage | undefined,
  ): ChannelDecision => {
    const window = messagingWindow(platform, privateSurface, {
      lastCustomerMessageAt: lastPrivate?.createdAt,
      at,
      sender,
    });
    const facts = getSurfaceFacts(platform, privateSurface);
    const target: ChannelTarget = { channel: platform, surface: privateSurface, visibility: 'private' };
    reasons.push(describeWindow(window, facts.name));
    if (window.open) return finish('reply-private', target, { window });
    if (window.via === 'template-only') return finish('template-required', target, { window });
    return closedWindow(windowRule, window);
  };

  const closedWindow = (rule: ChannelRule | undefined, window: MessagingWindow): ChannelDecision => {
    if (rule !== undefined) {
      reasons.push({
        code: 'window-closed-no-alternative',
        message: `No message may be sent on ${platform} and there is no template to fall back on: continue by ${rule.channel ?? 'email'}.`,
        ruleId: rule.id,
      });
      const target = offPlatformTarget(rule.channel ?? 'email');
      if (platform === 'email') return finish('cannot-reply', null, { window });
      return finish('move-off-platform', target, {
        window,
        handoff: { from, to: target, via: 'off-platform', deepLink: hasDeepLink(platform), flagged },
      });
    }
    return finish('cannot-reply', null, { window });
  };

  if (visibility === 'private') {
    if (decisive?.action === 'move-to-private') {
      reasons.push({
        code: 'already-private',
        message: 'The conversation is already private: answer there.',
      });
    }
    return replyPrivately(surface, lastInbound);
  }

  if (decisive?.action !== 'move-to-private') {
    reasons.push({
      code: 'public-by-default',
      message: 'No rule asks to move: answer publicly, where the customer asked.',
    });
    return finish('reply-public', { channel: platform, surface, visibility: 'public' });
  }

  // Move a public conversation to a private message on the same platform.
  const publicFacts = getSurfaceFacts(platform, surface);
  const privateSurface = publicFacts.privateSurface ?? surfaceForVisibility(platform, 'private');
  if (privateSurface === null || !isSurfaceOf(platform, privateSurface)) {
    reasons.push({
      code: 'no-private-surface',
      message: `${publicFacts.name} has no private channel on ${platform}.`,
    });
    return moveOff(windowRule?.channel ?? 'email');
  }
  const target: ChannelTarget = { channel: platform, surface: privateSurface, visibility: 'private' };
  const lastPrivate = lastOf(messages, (m) => m.direction === 'inbound' && m.visibility === 'private');
  const window = messagingWindow(platform, privateSurface, {
    lastCustomerMessageAt: lastPrivate?.createdAt,
    at,
    sender,
  });
  const deepLink = hasDeepLink(platform);
  const privateName = getSurfaceFacts(platform, privateSurface).name;
  if (lastPrivate !== undefined && window.open) {
    reasons.push({
      code: 'direct-message-open',
      message: `A private conversation with the customer is open on ${privateName}: continue there and say so publicly.`,
    });
    return finish('move-to-private', target, {
      window,
      handoff: { from, to: target, via: 'direct-message', deepLink, flagged },
    });
  }
  const privateReply = getPrivateReplyState(platform, surface, {
    commentAt: lastInbound.createdAt,
    now: at,
    sent: messages.filter(
      (m) => m.direction === 'outbound' && m.visibility === 'private' && m.createdAt >= lastInbound.createdAt,
    ).length,
  });
  if (privateReply.allowed && privateReply.surface !== null && isSurfaceOf(platform, privateReply.surface)) {
    const replyTarget: ChannelTarget = {
      channel: platform,
      surface: privateReply.surface,
      visibility: 'private',
    };
    reasons.push({
      code: 'private-reply-available',
      message: `${publicFacts.name}s allow ${privateReplyRule(publicFacts)}: send it until ${new Date(privateReply.until ?? at).toISOString()}.`,
    });
    return finish('move-to-private', replyTarget, {
      handoff: { from, to: replyTarget, via: 'private-reply', deepLink, flagged },
    });
  }
  reasons.push({
    code: 'invite-to-direct-message',
    message: deepLink
      ? `Invite the customer publicly to continue on ${privateName}, with the deep link.`
      : `Invite the customer publicly to continue on ${privateName} (${platform} has no deep link: name the account).`,
  });
  return finish('move-to-private', target, {
    handoff: { from, to: target, via: 'invitation', deepLink, flagged },
  });
}

function privateReplyRule(facts: SurfaceFacts): string {
  const rule = facts.privateReply;
  if (rule === null) return 'a private reply';
  const days = rule.windowMs / 86_400_000;
  const count = rule.maxPerComment === 1 ? 'one private reply' : `${rule.maxPerComment} private replies`;
  return `${count} within ${Number.isInteger(days) ? `${days} day${days === 1 ? '' : 's'}` : `${rule.windowMs / 3_600_000} hours`}`;
}

function normaliseDraft(draft: DecideChannelOptions['draft']): DraftReply | undefined {
  if (draft === undefined) return undefined;
  if (typeof draft === 'string') return { text: draft };
  if (typeof draft === 'object' && draft !== null && typeof draft.text === 'string') return draft;
  throw new CareValidationError('decideChannel: draft must be a string or { text, attachments? }.', [
    { path: ['draft'], message: 'expected a string or { text }' },
  ]);
}
