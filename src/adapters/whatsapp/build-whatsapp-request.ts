import { CareValidationError } from '../../shared/errors';
import type { OutboundMessage, OutboundRequest } from '../adapter';
import { fitText, type OverflowPolicy } from '../fit-text';
import { graphHeaders } from '../meta/meta-settings';

/** What {@link buildWhatsAppRequest} needs. */
export interface WhatsAppRequestSettings {
  readonly graphRoot: string;
  readonly phoneNumberId: string | undefined;
  readonly accessToken: string | undefined;
  readonly overflow: OverflowPolicy;
}

/**
 * Builds the Cloud API request `POST /{phone-number-id}/messages` for a text message, quoting
 * `inReplyTo` with `context.message_id`. Only messages: WhatsApp has no public replies.
 */
export function buildWhatsAppRequest(
  outbound: OutboundMessage,
  settings: WhatsAppRequestSettings,
): OutboundRequest {
  if (outbound.type !== 'message') {
    throw new CareValidationError(
      `WhatsApp only has private messages: send { type: "message", recipientId } instead of "${outbound.type}".`,
      [{ path: ['type'], message: 'expected "message"' }],
    );
  }
  if (settings.phoneNumberId === undefined) {
    throw new CareValidationError('The WhatsApp adapter needs phoneNumberId to build a message request.', [
      { path: ['phoneNumberId'], message: 'required to send' },
    ]);
  }
  const to = outbound.recipientId.replace(/[\s()+-]/g, '');
  if (!/^\d{6,15}$/.test(to)) {
    throw new CareValidationError(
      `Invalid WhatsApp recipient "${outbound.recipientId}": expected the wa_id (digits).`,
      [{ path: ['recipientId'], message: 'expected a wa_id' }],
    );
  }
  const fitted = fitText('whatsapp', 'message', outbound.text, settings.overflow);
  const body: Record<string, unknown> = {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to,
    type: 'text',
    text: { preview_url: false, body: fitted.text },
  };
  if (outbound.inReplyTo !== undefined) body.context = { message_id: outbound.inReplyTo };
  return {
    url: `${settings.graphRoot}/${settings.phoneNumberId}/messages`,
    method: 'POST',
    headers: graphHeaders(settings.accessToken),
    body: JSON.stringify(body),
    surface: 'message',
    warnings: fitted.warnings,
  };
}
