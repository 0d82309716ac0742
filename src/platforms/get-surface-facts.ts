import { CareValidationError } from '../shared/errors';
import type { SurfaceFacts } from './facts-types';
import { isPlatform, type Platform, platformIds } from './platform';
import { platformFacts } from './platform-facts';
import type { Surface } from './surface';

/**
 * The facts of one surface of one platform.
 *
 * @throws CareValidationError when the platform is unknown or does not have that surface
 *   (the message lists the surfaces it has)
 * @example
 * ```ts
 * const facts = getSurfaceFacts('instagram', 'dm');
 * facts.limits[0]; // { max: 1000, unit: 'bytes', ... }
 * facts.window?.standardMs; // 86400000
 * ```
 */
export function getSurfaceFacts(platform: Platform, surface: Surface): SurfaceFacts {
  if (!isPlatform(platform)) {
    throw new CareValidationError(
      `Unknown platform ${JSON.stringify(platform)}: use one of ${platformIds.join(', ')}.`,
      [{ path: ['platform'], message: `expected one of ${platformIds.join(', ')}` }],
    );
  }
  const facts = platformFacts.platforms[platform].surfaces[surface];
  if (facts === undefined) {
    const known = surfacesOf(platform);
    throw new CareValidationError(
      `Platform ${platform} has no surface ${JSON.stringify(surface)}: use one of ${known.join(', ')}.`,
      [{ path: ['surface'], message: `expected one of ${known.join(', ')}` }],
    );
  }
  return facts;
}

/**
 * The surfaces a platform has, public ones first.
 *
 * @example
 * ```ts
 * surfacesOf('facebook'); // ['comment', 'messenger']
 * ```
 */
export function surfacesOf(platform: Platform): readonly Surface[] {
  return Object.keys(platformFacts.platforms[platform]?.surfaces ?? {}) as Surface[];
}

/**
 * True when `platform` has `surface`.
 *
 * @example
 * ```ts
 * isSurfaceOf('whatsapp', 'message'); // true
 * isSurfaceOf('whatsapp', 'post'); // false
 * ```
 */
export function isSurfaceOf(platform: Platform, surface: Surface): boolean {
  return isPlatform(platform) && platformFacts.platforms[platform].surfaces[surface] !== undefined;
}

/**
 * Every surface of every platform, in catalog order.
 *
 * @example
 * ```ts
 * listSurfaceFacts().filter((facts) => facts.capabilities.threads).map((facts) => facts.name);
 * ```
 */
export function listSurfaceFacts(): readonly SurfaceFacts[] {
  const all: SurfaceFacts[] = [];
  for (const platform of platformIds) all.push(...Object.values(platformFacts.platforms[platform].surfaces));
  return all;
}
