import { z } from 'zod';

/**
 * An agent as given to `createTeam`. `initials` or `signature` given here win over derived ones.
 *
 * @example
 * ```ts
 * const sandra: AgentInput = { id: 'a1', name: 'Sandra Paredes' };
 * const becky: AgentInput = { id: 'a2', name: 'Rebecca Lee', signature: '-Becky' };
 * ```
 */
export interface AgentInput {
  /** A stable id (your helpdesk's agent id). */
  readonly id: string;
  /** The agent's display name. A name without letters (blank, emoji only) falls back to the id for initials. */
  readonly name: string;
  /** Explicit initials (kept as given, must be unique in the team). */
  readonly initials?: string;
  /** An explicit signature used verbatim instead of the team style (must be unique in the team). */
  readonly signature?: string;
  /** The first name shown by name styles; default the first word of `name`. */
  readonly firstName?: string;
}

/**
 * zod schema of {@link AgentInput}.
 *
 * @example
 * ```ts
 * AgentInputSchema.parse({ id: 'a1', name: 'Sandra Paredes' });
 * ```
 */
export const AgentInputSchema = z.object({
  id: z.string().trim().min(1, 'an agent needs a non-empty id'),
  name: z.string({ error: 'an agent needs a name (a string)' }),
  initials: z
    .string()
    .trim()
    .min(1)
    .max(8, 'initials are at most 8 characters')
    .refine((value) => !/\s/.test(value), 'initials cannot contain spaces')
    .optional(),
  signature: z.string().trim().min(1).max(64, 'a signature is at most 64 characters').optional(),
  firstName: z.string().trim().min(1).optional(),
});

/**
 * The parts of an agent a signature can show.
 *
 * @example
 * ```ts
 * renderSignature({ initials: 'SP', firstName: 'Sandra', lastName: 'Paredes', name: 'Sandra Paredes' }, '-Sandra'); // '-Sandra'
 * ```
 */
export interface TeamAgentIdentity {
  /** Unique initials in the team. */
  readonly initials: string;
  /** First name as shown (made unique in the team when a name style is used: "Sandra P"). */
  readonly firstName: string;
  /** Last word of the name (may be empty). */
  readonly lastName: string;
  /** Full display name. */
  readonly name: string;
}

/**
 * An agent inside a team: unique initials and the signature to append.
 *
 * @example
 * ```ts
 * const agent: TeamAgent = team.require('a1');
 * agent.signature; // '^SP'
 * ```
 */
export interface TeamAgent extends TeamAgentIdentity {
  /** The agent id. */
  readonly id: string;
  /** The signature appended to replies. */
  readonly signature: string;
  /** What was given explicitly: initials, a signature, or nothing (all derived). */
  readonly explicit: 'initials' | 'signature' | null;
}
