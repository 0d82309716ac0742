import { getSurfaceFacts, type Platform, type Surface, surfacesOf } from '../platforms';

/**
 * The surface of `platform` with the given visibility (the first in catalog order): X public is
 * `'post'`, Facebook private is `'messenger'`, WhatsApp private is `'message'`. Null when the
 * platform has no such surface (WhatsApp and email have no public one).
 *
 * @example
 * ```ts
 * surfaceForVisibility('instagram', 'public'); // 'comment'
 * ```
 */
export function surfaceForVisibility(platform: Platform, visibility: 'public' | 'private'): Surface | null {
  for (const surface of surfacesOf(platform)) {
    if (getSurfaceFacts(platform, surface).visibility === visibility) return surface;
  }
  return null;
}
