import {
  createVoice,
  type FormatReplyInput,
  type FormatReplyWarning,
  type FormattedReply,
  formatReply,
  type ReplyCustomer,
  type Team,
  type Voice,
} from '../persona';
import {
  buildDeepLink,
  type DeepLinkInput,
  getSurfaceFacts,
  isPlatform,
  isSurfaceOf,
  type Platform,
  type Surface,
} from '../platforms';
import { CareValidationError } from '../shared/errors';

/**
 * Input of {@link handoffMessage}.
 *
 * @example
 * ```ts
 * handoffMessage({ platform: 'facebook', surface: 'comment', agent: { id: 'a1', name: 'Sandra Paredes' }, link: { recipient: 'acme' } });
 * ```
 */
export interface HandoffMessageInput {
  /** The platform the customer wrote on. */
  readonly platform: Platform;
  /** The public surface the invitation is posted on (`'post'`, `'comment'`). */
  readonly surface: Surface;
  /** The customer: name for the greeting, handle for the `@mention` where the surface needs one. */
  readonly customer?: ReplyCustomer;
  /** The brand voice whose `dm-invitation` template is used (default: English). */
  readonly voice?: Voice;
  /** The agent who signs: an id in `team`, a team agent, or `{ id, name }`. */
  readonly agent: FormatReplyInput['agent'];
  /** The team, when `agent` is an id. */
  readonly team?: Team;
  /**
   * The DM link: a ready URL, or the recipient to build the platform's deep link from (the brand's
   * X user id, Page name, Instagram username, WhatsApp number). Omit on platforms without deep
   * links (Bluesky, Mastodon): the text then invites a direct message without a link.
   */
  readonly link?: string | DeepLinkInput;
  /** When to sign (default `'always'`), as for `formatReply`. */
  readonly signature?: FormatReplyInput['signature'];
}

/**
 * The result of {@link handoffMessage}.
 *
 * @example
 * ```ts
 * const { text, link } = handoffMessage(input); // post `text` publicly
 * ```
 */
export interface HandoffMessage {
  /** The public reply to post: one message that fits the surface. */
  readonly text: string;
  /** The deep link in the text, or null. */
  readonly link: string | null;
  /** The signature appended, or null. */
  readonly signature: string | null;
  /** The full persona result (length, limit, unit). */
  readonly formatted: FormattedReply;
  /** Soft problems: a shortened invitation, a dropped mention... */
  readonly warnings: readonly FormatReplyWarning[];
}

const SHORT_INVITATION = 'Please send us a direct message[[: {deepLink}]]';

/**
 * The public reply that invites the customer to a private channel: the voice's `dm-invitation`
 * template with the platform's DM deep link, formatted by `socialcare/persona` (mention where
 * needed, the agent's signature, within the surface's limit). When the full invitation does not
 * fit in one message, a shorter one is used; the link and signature are kept.
 *
 * @throws CareValidationError for a surface the platform lacks or a recipient in the wrong format
 * @example
 * ```ts
 * const reply = handoffMessage({
 *   platform: 'x', surface: 'post', customer: { name: 'Ana', handle: 'ana' },
 *   voice: createVoice({ locale: 'en' }), agent: { id: 'a1', name: 'Sandra Paredes' },
 *   link: { recipient: '783214' },
 * });
 * reply.text;
 * // "We'd like to look into this privately, Ana. Please send us a direct message here:
 * //  https://x.com/messages/compose?recipient_id=783214 and we'll take it from there. ^SP"
 * ```
 */
export function handoffMessage(input: HandoffMessageInput): HandoffMessage {
  const { platform, surface } = input;
  if (!isPlatform(platform) || !isSurfaceOf(platform, surface)) {
    throw new CareValidationError(
      `handoffMessage: ${String(platform)} has no surface ${JSON.stringify(surface)}; pass the public surface the customer wrote on.`,
      [{ path: ['surface'], message: 'not a surface of this platform' }],
    );
  }
  const link =
    input.link === undefined
      ? null
      : typeof input.link === 'string'
        ? input.link
        : buildDeepLink(platform, input.link);
  const voice = input.voice ?? createVoice();
  const customerName = input.customer?.name?.trim() || undefined;
  const base: Omit<FormatReplyInput, 'text'> = {
    platform,
    surface,
    agent: input.agent,
    voice,
    split: false,
    ...(input.team ? { team: input.team } : {}),
    ...(input.customer ? { customer: input.customer } : {}),
    ...(input.signature ? { signature: input.signature } : {}),
  };
  const variables = { customerName, deepLink: link ?? undefined };
  const candidates = [
    voice.dmInvitation(variables),
    voice.dmInvitation({ deepLink: link ?? undefined }),
    renderShort(link),
  ];
  let formatted: FormattedReply | undefined;
  const warnings: FormatReplyWarning[] = [];
  for (const [index, text] of candidates.entries()) {
    formatted = formatReply({ ...base, text });
    const intact = formatted.fits && (link === null || (formatted.parts[0] ?? '').includes(link));
    if (intact) {
      if (index > 0) {
        warnings.push({
          code: 'truncated',
          message: `The full invitation did not fit ${getSurfaceFacts(platform, surface).name}'s limit; a shorter one was used.`,
        });
      }
      break;
    }
  }
  const result = formatted as FormattedReply;
  return {
    text: result.parts[0] ?? '',
    link,
    signature: result.signature,
    formatted: result,
    warnings: [...warnings, ...result.warnings],
  };
}

function renderShort(link: string | null): string {
  return link === null
    ? 'Please send us a direct message.'
    : SHORT_INVITATION.replace('[[: {deepLink}]]', `: ${link}`);
}
