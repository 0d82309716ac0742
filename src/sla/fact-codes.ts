import type { Direction } from '../conversation/message';
import type { PartyKind } from '../conversation/party';
import { PLATFORMS, type Platform, type Visibility } from '../conversation/platform';
import { type ConversationStatus, ConversationStatusSchema } from '../conversation/status';

/**
 * The monitor keeps each fact of a conversation as one small integer code (next to its instant, in
 * a flat list of numbers) instead of an object per fact. The low two bits tell the kind of fact.
 *
 * - message: bit 2 outbound, bit 3 private, bits 4-5 author kind, bits 6-8 platform, bits 9 and up
 *   the account's index in the monitor's {@link AccountTable} (0: no account);
 * - status change: bits 2-4 the status.
 *
 * @internal
 */
export const MESSAGE_FACT = 0;
/** @internal */
export const STATUS_FACT = 1;
/** @internal */
export const KIND_MASK = 3;

/** Author kinds by their index in a message code. @internal */
export const PARTY_KINDS: readonly PartyKind[] = ['customer', 'agent', 'bot', 'brand'];
const STATUSES: readonly ConversationStatus[] = ConversationStatusSchema.options;
const ACCOUNT_SHIFT = 9;

/** The code of a message fact. @internal */
export function messageCode(
  direction: Direction,
  visibility: Visibility,
  author: PartyKind,
  platform: Platform,
  account: number,
): number {
  return (
    MESSAGE_FACT |
    (direction === 'outbound' ? 4 : 0) |
    (visibility === 'private' ? 8 : 0) |
    (PARTY_KINDS.indexOf(author) << 4) |
    (PLATFORMS.indexOf(platform) << 6) |
    (account << ACCOUNT_SHIFT)
  );
}

/** @internal */
export function codeDirection(code: number): Direction {
  return (code & 4) === 0 ? 'inbound' : 'outbound';
}

/** @internal */
export function codeVisibility(code: number): Visibility {
  return (code & 8) === 0 ? 'public' : 'private';
}

/** @internal */
export function codeAuthor(code: number): PartyKind {
  return PARTY_KINDS[codeAuthorIndex(code)]!;
}

/** The author kind's index in {@link PARTY_KINDS}. @internal */
export function codeAuthorIndex(code: number): number {
  return (code >> 4) & 3;
}

/** @internal */
export function codePlatform(code: number): Platform {
  return PLATFORMS[(code >> 6) & 7]!;
}

/** The account index of a message code (0: none). @internal */
export function codeAccount(code: number): number {
  return code >>> ACCOUNT_SHIFT;
}

/** The code of a status change. @internal */
export function statusCode(status: ConversationStatus): number {
  return STATUS_FACT | (STATUSES.indexOf(status) << 2);
}

/** @internal */
export function codeStatus(code: number): ConversationStatus {
  return STATUSES[(code >> 2) & 7]!;
}
