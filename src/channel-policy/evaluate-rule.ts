import type { Attachment, Conversation, ConversationMessage } from '../conversation';
import { getSurfaceFacts, measureText, type Platform, type Surface, surfacesOf } from '../platforms';
import type { ChannelReason, FlaggedMessage } from './channel-decision';
import type { ChannelRule, SensitiveDataRule } from './channel-rule';
import {
  createSensitiveDataDetector,
  type SensitiveDataDetector,
} from './sensitive-data/detect-sensitive-data';

/**
 * A draft reply as `decideChannel` sees it.
 *
 * @example
 * ```ts
 * decideChannel(conversation, policy, { at, draft: { text: 'Invoice attached', attachments: [{ kind: 'file' }] } });
 * ```
 */
export interface DraftReply {
  /** The text the agent wants to send. */
  readonly text: string;
  /** Files or media the agent wants to send with it. */
  readonly attachments?: readonly Attachment[];
}

/**
 * Everything a rule may look at.
 * @internal
 */
export interface RuleContext {
  readonly conversation: Conversation;
  readonly at: number;
  /** Messages up to `at`, not deleted, in order. */
  readonly messages: readonly ConversationMessage[];
  readonly platform: Platform;
  /** The surface the customer last wrote on. */
  readonly surface: Surface;
  readonly visibility: 'public' | 'private';
  readonly lastInbound: ConversationMessage;
  readonly draft: DraftReply | undefined;
}

/**
 * A rule that matched, with its reasons.
 * @internal
 */
export interface RuleMatch {
  readonly rule: ChannelRule;
  readonly reasons: readonly ChannelReason[];
  readonly flagged: readonly FlaggedMessage[];
}

// Bounded patterns only (linear time on any message).
const ASKS_PRIVATE =
  /\b(?:dm|dms|d\.m\.|pm|direct message|direct messages|private message|private messages|privately|in private|inbox me|message me|can i (?:dm|message|email) you|slide into (?:your|ur) dms?)\b/i;

const detectors = new WeakMap<SensitiveDataRule, SensitiveDataDetector>();

function detectorFor(rule: SensitiveDataRule): SensitiveDataDetector {
  let detector = detectors.get(rule);
  if (!detector) {
    detector = createSensitiveDataDetector({
      minConfidence: rule.minConfidence ?? 0.7,
      ...(rule.kinds ? { kinds: rule.kinds } : {}),
      ...(rule.defaultRegion !== undefined ? { defaultRegion: rule.defaultRegion } : {}),
    });
    detectors.set(rule, detector);
  }
  return detector;
}

function kindsOf(flagged: readonly FlaggedMessage[]): string {
  const kinds = new Set<string>();
  for (const message of flagged)
    for (const finding of message.findings) kinds.add(finding.kind.replace('-', ' '));
  return [...kinds].join(', ');
}

/**
 * Public turns: runs of consecutive public messages from the same side.
 *
 * @example
 * ```ts
 * countPublicTurns(conversation.messages); // 5 for customer, brand, customer, brand, customer
 * ```
 */
export function countPublicTurns(messages: readonly ConversationMessage[]): number {
  let turns = 0;
  let previous: string | undefined;
  for (const message of messages) {
    if (message.visibility !== 'public') continue;
    if (message.direction !== previous) turns++;
    previous = message.direction;
  }
  return turns;
}

function matchingTags(conversation: Conversation, tags: readonly string[]): string[] {
  const wanted = new Set(tags.map((tag) => tag.toLowerCase()));
  return conversation.tags.filter((tag) => wanted.has(tag.toLowerCase()));
}

function canCarry(platform: Platform, attachment: Attachment, extra: readonly string[] | undefined): boolean {
  if (extra?.includes(attachment.kind)) return false;
  return surfacesOf(platform).some((surface) => getSurfaceFacts(platform, surface).capabilities.attachments);
}

/**
 * Checks one rule against the context. Returns the match (with its reasons) or null. The
 * `window-closed` rule never matches here: it applies when the action is resolved.
 * @internal
 */
export function evaluateRule(rule: ChannelRule, context: RuleContext): RuleMatch | null {
  const match = (reasons: ChannelReason[], flagged: FlaggedMessage[] = []): RuleMatch => ({
    rule,
    reasons,
    flagged,
  });
  switch (rule.when) {
    case 'sensitive-data': {
      const detector = detectorFor(rule);
      const flagged: FlaggedMessage[] = [];
      for (const message of context.messages) {
        if (message.visibility !== 'public' || message.direction !== 'inbound') continue;
        const findings = detector.detect(message.text);
        if (findings.length > 0) flagged.push({ messageId: message.id, findings });
      }
      const reasons: ChannelReason[] = [];
      if (flagged.length > 0) {
        reasons.push({
          code: 'sensitive-data-in-public-message',
          message: `The customer posted personal data in public (${kindsOf(flagged)}): continue privately and ask them to delete the public message.`,
          ruleId: rule.id,
        });
      }
      if (context.draft && context.visibility === 'public') {
        const findings = detector.detect(context.draft.text);
        if (findings.length > 0) {
          reasons.push({
            code: 'sensitive-data-in-draft',
            message: `The draft contains personal data (${kindsOf([{ messageId: '', findings }])}) that must not be posted publicly.`,
            ruleId: rule.id,
          });
        }
      }
      return reasons.length > 0 ? match(reasons, flagged) : null;
    }
    case 'customer-asks-private': {
      const text = context.lastInbound.text;
      const lower = text.toLowerCase();
      const asked =
        ASKS_PRIVATE.test(text) ||
        (rule.phrases ?? []).some((phrase) => lower.includes(phrase.toLowerCase()));
      if (!asked) return null;
      return match([
        {
          code: 'customer-asked-for-private',
          message: 'The customer asked to continue in private.',
          ruleId: rule.id,
        },
      ]);
    }
    case 'public-turns': {
      const turns = countPublicTurns(context.messages);
      if (turns <= rule.maxTurns) return null;
      return match([
        {
          code: 'public-turns-exceeded',
          message: `The public back-and-forth has reached ${turns} turns (more than ${rule.maxTurns}): continue privately.`,
          ruleId: rule.id,
        },
      ]);
    }
    case 'tagged': {
      const tags = matchingTags(context.conversation, rule.tags);
      if (tags.length === 0) return null;
      return match([
        {
          code: 'private-topic',
          message: `The conversation is about ${tags.join(', ')}, which is handled ${rule.action === 'move-to-private' ? 'in private' : 'off the platform'}.`,
          ruleId: rule.id,
        },
      ]);
    }
    case 'identity-verification': {
      const tags = matchingTags(context.conversation, rule.tags);
      if (tags.length === 0) return null;
      return match([
        {
          code: 'identity-verification',
          message: `The customer's identity must be verified (${tags.join(', ')}), which cannot be done safely in social messages.`,
          ruleId: rule.id,
        },
      ]);
    }
    case 'draft-too-long': {
      if (!context.draft) return null;
      const measure = measureText(context.platform, context.surface, context.draft.text);
      if (!Number.isFinite(measure.limit) || measure.length < measure.limit * rule.factor) return null;
      return match([
        {
          code: 'draft-too-long',
          message: `The draft is ${measure.length} ${measure.unit}, ${rule.factor} times or more the ${measure.limit} this surface allows.`,
          ruleId: rule.id,
        },
      ]);
    }
    case 'attachment-unsupported': {
      const attachments = context.draft?.attachments ?? [];
      const extra = rule.unsupportedKinds?.[context.platform];
      const blocked = attachments.filter((attachment) => !canCarry(context.platform, attachment, extra));
      if (blocked.length === 0) return null;
      return match([
        {
          code: 'attachment-unsupported',
          message: `${context.platform} cannot carry the attachment${blocked.length > 1 ? 's' : ''} (${[...new Set(blocked.map((a) => a.kind))].join(', ')}).`,
          ruleId: rule.id,
        },
      ]);
    }
    case 'window-closed':
      return null;
  }
}
