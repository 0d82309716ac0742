// A monitor's state as plain JSON, and its validation when a monitor is restored from it.

import { z } from 'zod';
import { DirectionSchema } from '../conversation/message';
import { PartyKindSchema } from '../conversation/party';
import { PlatformSchema, VisibilitySchema } from '../conversation/platform';
import { ConversationStatusSchema, PrioritySchema } from '../conversation/status';
import { parseWithSchema } from '../shared/validate';
import { SLA_METRICS } from './metric';
import type { SlaSnapshotConversation } from './tracked-snapshot';

/**
 * A monitor's state as plain JSON, from {@link SlaMonitor.snapshot}.
 *
 * @example
 * ```ts
 * const saved: SlaMonitorSnapshot = JSON.parse(await readFile('sla.json', 'utf8'));
 * const monitor = createSlaMonitor({ policy, clock, restore: saved });
 * ```
 */
export interface SlaMonitorSnapshot {
  readonly version: 1;
  /** The monitor's time when the snapshot was taken. */
  readonly time: number;
  readonly conversations: readonly SlaSnapshotConversation[];
}

/** The shape of a valid {@link SlaMonitorSnapshot}. */
const SnapshotSchema = z.object({
  version: z.literal(1),
  time: z.number(),
  conversations: z.array(
    z.object({
      id: z.string().min(1),
      createdAt: z.number(),
      messages: z.array(
        z.object({
          id: z.string(),
          at: z.number(),
          direction: DirectionSchema,
          visibility: VisibilitySchema,
          platform: PlatformSchema,
          author: PartyKindSchema,
          account: z.string().optional(),
        }),
      ),
      statuses: z.array(
        z.object({
          id: z.string(),
          at: z.number(),
          status: ConversationStatusSchema,
        }),
      ),
      priorities: z.array(z.object({ id: z.string(), at: z.number(), priority: PrioritySchema })),
      tags: z.array(
        z.object({
          id: z.string(),
          at: z.number(),
          added: z.array(z.string()),
          removed: z.array(z.string()),
        }),
      ),
      clocks: z.array(
        z.object({
          metric: z.enum(SLA_METRICS),
          startedAt: z.number(),
          status: z.enum(['not-started', 'running', 'paused', 'met', 'breached']),
          atRisk: z.boolean(),
        }),
      ),
    }),
  ),
});

/**
 * Validates a snapshot to restore.
 * @throws CareValidationError when it is not a valid snapshot
 * @internal
 */
export function parseSnapshot(input: unknown): SlaMonitorSnapshot {
  return parseWithSchema(SnapshotSchema, input, 'SLA monitor snapshot') as SlaMonitorSnapshot;
}
