import { parseWithSchema } from '../../shared/validate';
import { clockOf } from '../adapter-settings';
import { definePlatformAdapter, type PlatformAdapter } from '../define-adapter';
import { createHmacKey } from '../hmac';
import { graphRootOf } from '../meta/meta-settings';
import { matchesMeta, verifyMetaRequest } from '../meta/meta-verify';
import { type MetaWalkers, walkMetaPayload } from '../meta/walk-meta-payload';
import { buildWhatsAppRequest } from './build-whatsapp-request';
import { whatsAppChange } from './whatsapp-change';
import { type WhatsAppAdapterSettings, WhatsAppAdapterSettingsSchema } from './whatsapp-settings';

/**
 * Creates the WhatsApp Cloud API adapter: every inbound message type, statuses (delivered, read,
 * failed with the platform's code, e.g. 131047 when the 24-hour window had closed), the Meta
 * signature and handshake, and text messages quoting a message with `context.message_id`.
 *
 * @throws CareValidationError when the settings are invalid
 * @example
 * ```ts
 * import { createWhatsAppAdapter } from 'socialcare/adapters/whatsapp';
 * const whatsapp = createWhatsAppAdapter({ appSecret, verifyToken, phoneNumberId: '1122334455667' });
 * whatsapp.buildReply({ type: 'message', recipientId: '972987654321', inReplyTo: 'wamid.HBg…', text: 'Here is your tracking link.' });
 * ```
 */
export function createWhatsAppAdapter(settings: WhatsAppAdapterSettings): PlatformAdapter {
  const parsed = parseWithSchema(WhatsAppAdapterSettingsSchema, settings, 'WhatsApp adapter settings');
  const key = createHmacKey(parsed.appSecret, { implementation: parsed.hmac ?? 'auto' });
  const requestSettings = {
    graphRoot: graphRootOf(parsed),
    phoneNumberId: parsed.phoneNumberId,
    accessToken: parsed.accessToken,
    overflow: parsed.overflow ?? 'error',
  };
  // Built once per adapter, not per delivery.
  const walkers: MetaWalkers = {
    change: (field, value, _entry, collector) => whatsAppChange(field, value, collector),
  };
  return definePlatformAdapter({
    platform: 'whatsapp',
    platformName: 'WhatsApp',
    maxBodyBytes: parsed.maxBodyBytes,
    fetch: parsed.fetch,
    now: clockOf(parsed.now),
    verify: (request, body) => verifyMetaRequest(request, body, key, parsed.verifyToken, 'WhatsApp'),
    walk: (payload, out) => walkMetaPayload(payload, 'whatsapp_business_account', 'WhatsApp', walkers, out),
    buildReply: (outbound) => buildWhatsAppRequest(outbound, requestSettings),
    matches: (request, body) => matchesMeta(request, body, 'whatsapp_business_account', parsed.verifyToken),
  });
}
