import { z } from 'zod';
import { splitGraphemes } from '../platforms';
import { CareValidationError } from '../shared/errors';
import { parseWithSchema } from '../shared/validate';
import {
  type DeriveInitialsOptions,
  defaultNameParticles,
  deriveInitials,
  nameWords,
} from './derive-initials';
import {
  isSignatureStyle,
  renderSignature,
  type SignatureStyle,
  styleUsesFirstName,
} from './signature-style';
import { type AgentInput, AgentInputSchema, type TeamAgent } from './team-agent';

/**
 * Options of {@link createTeam}.
 *
 * @example
 * ```ts
 * const options: CreateTeamOptions = { style: '-Sandra', previous: oldTeam };
 * ```
 */
export interface CreateTeamOptions {
  /**
   * How agents sign: `'^SP'` (default), `'-SP'`, `'*SP'`, `'/SP'`, `'-Sandra'`, a template string
   * (`'~{initials}'`), or `{ template }`.
   */
  readonly style?: SignatureStyle | { readonly template: string };
  /** A signature template (`'— {firstName} ({initials})'`); same as `style: template`. */
  readonly template?: string;
  /** Options passed to {@link deriveInitials}. */
  readonly initials?: DeriveInitialsOptions;
  /**
   * Earlier assignments to keep: a previous team, or a map from agent id to initials. Agents keep
   * these initials (unless someone else now has them explicitly), so removing an agent never
   * renames the others. `team.add()` and `team.remove()` pass the current team automatically.
   */
  readonly previous?: Team | Readonly<Record<string, string>>;
}

/**
 * A team with unique initials and signatures. Immutable: `add` and `remove` return a new team in
 * which everyone else keeps their initials.
 *
 * @example
 * ```ts
 * const team = createTeam([{ id: 'a1', name: 'Sandra Paredes' }]);
 * const bigger = team.add({ id: 'a2', name: 'Sergio Pérez' });
 * bigger.require('a1').signature; // '^SP' (unchanged)
 * bigger.require('a2').signature; // '^SPÉ'
 * ```
 */
export interface Team {
  /** The agents, in the order given. */
  readonly agents: readonly TeamAgent[];
  /** The team's signature style. */
  readonly style: SignatureStyle;
  /** Number of agents. */
  readonly size: number;
  /** The agent with this id, or undefined. */
  get(id: string): TeamAgent | undefined;
  /** The agent with this id; throws CareValidationError naming the known ids otherwise. */
  require(id: string): TeamAgent;
  /** The agent with these initials (case-insensitive), or undefined. */
  findByInitials(initials: string): TeamAgent | undefined;
  /** The agent whose signature is exactly this text (trimmed), or undefined. */
  findBySignature(signature: string): TeamAgent | undefined;
  /** The agent with this shown first name (case-insensitive), when exactly one agent has it. */
  findByFirstName(firstName: string): TeamAgent | undefined;
  /** A new team with one more agent; everyone else keeps their initials. */
  add(agent: AgentInput): Team;
  /** A new team without the agent; everyone else keeps their initials. */
  remove(id: string): Team;
  /** Agent id to initials, to store and pass back later as `previous`. */
  assignments(): Record<string, string>;
  /** The agent inputs the team was built from. */
  readonly inputs: readonly AgentInput[];
}

const AgentsSchema = z.array(AgentInputSchema).superRefine((agents, context) => {
  const seen = new Map<string, number>();
  agents.forEach((agent, index) => {
    const before = seen.get(agent.id);
    if (before !== undefined) {
      context.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `duplicate agent id "${agent.id}" (also at index ${before}); ids must be unique`,
      });
    }
    seen.set(agent.id, index);
  });
});

function key(value: string): string {
  return value.normalize('NFC').toUpperCase();
}

/**
 * Builds a team whose initials are unique, deterministic and stable:
 *
 * 1. explicit `initials` (and `signature`s) win and must not collide;
 * 2. agents listed in `previous` keep their earlier initials;
 * 3. everyone else, in the order given (list agents in the order they joined), gets their natural
 *    initials ({@link deriveInitials}) or, when taken, the first free variant: middle-name initials
 *    (SLP), more letters of the last name (SPA, SPR…), more letters of the first name (SAP…), then
 *    a number (SP2).
 *
 * An agent therefore keeps their initials when others join (appended) or leave (pass `previous`,
 * or use `team.add` / `team.remove`).
 *
 * @throws CareValidationError for an invalid agent list (duplicate ids, empty names, colliding
 *   explicit initials or signatures) or an unknown style
 * @example
 * ```ts
 * const team = createTeam(
 *   [
 *     { id: 'a1', name: 'Sandra Paredes' },
 *     { id: 'a2', name: 'Sergio Pérez' },
 *     { id: 'a3', name: 'Lucía Castro', initials: 'LC' },
 *   ],
 *   { style: '^SP' },
 * );
 * team.agents.map((agent) => agent.signature); // ['^SP', '^SPÉ', '^LC']
 * ```
 */
export function createTeam(agents: readonly AgentInput[], options: CreateTeamOptions = {}): Team {
  const inputs = parseWithSchema(AgentsSchema, agents, 'team agents') as AgentInput[];
  const style: SignatureStyle =
    options.template ??
    (typeof options.style === 'object' && options.style !== null ? options.style.template : options.style) ??
    '^SP';
  if (!isSignatureStyle(style)) {
    throw new CareValidationError(
      `Unknown signature style ${JSON.stringify(style)}: use '^SP', '-SP', '*SP', '/SP', '-Sandra' or a template with {initials}, {firstName}, {lastName} or {name}.`,
      [{ path: ['style'], message: 'expected a known style or a template' }],
    );
  }
  const initialsOptions = options.initials ?? {};
  const previous = previousAssignments(options.previous);
  const taken = new Map<string, string>(); // key(initials) -> agent id
  const initialsById = new Map<string, string>();

  for (const [index, agent] of inputs.entries()) {
    if (agent.initials === undefined) continue;
    const owner = taken.get(key(agent.initials));
    if (owner !== undefined) {
      throw new CareValidationError(
        `Agents "${owner}" and "${agent.id}" both have the explicit initials "${agent.initials}": give one of them other initials.`,
        [
          {
            path: [index, 'initials'],
            message: `initials "${agent.initials}" are already used by "${owner}"`,
          },
        ],
      );
    }
    taken.set(key(agent.initials), agent.id);
    initialsById.set(agent.id, agent.initials);
  }
  for (const agent of inputs) {
    if (initialsById.has(agent.id)) continue;
    const earlier = previous.initials.get(agent.id);
    if (earlier !== undefined && !taken.has(key(earlier))) {
      taken.set(key(earlier), agent.id);
      initialsById.set(agent.id, earlier);
    }
  }
  for (const agent of inputs) {
    if (initialsById.has(agent.id)) continue;
    const candidates = candidatesFor(agent, initialsOptions);
    const chosen = candidates.find((candidate) => !taken.has(key(candidate)));
    let initials = chosen;
    for (let n = 1; initials === undefined; n++) if (!taken.has(key(`A${n}`))) initials = `A${n}`;
    taken.set(key(initials), agent.id);
    initialsById.set(agent.id, initials);
  }

  const firstNames = uniqueFirstNames(inputs, previous.firstNames, styleUsesFirstName(style));
  const built: TeamAgent[] = inputs.map((agent) => {
    const words = nameWords(agent.name);
    const identity = {
      initials: initialsById.get(agent.id) as string,
      firstName: firstNames.get(agent.id) as string,
      lastName: words.length > 1 ? (words[words.length - 1] as string) : '',
      name: agent.name,
    };
    return Object.freeze({
      id: agent.id,
      ...identity,
      signature: agent.signature ?? renderSignature(identity, style),
      explicit:
        agent.initials !== undefined ? 'initials' : agent.signature !== undefined ? 'signature' : null,
    } satisfies TeamAgent);
  });

  const signatures = new Map<string, string>();
  for (const [index, agent] of built.entries()) {
    const owner = signatures.get(agent.signature);
    if (owner !== undefined) {
      throw new CareValidationError(
        `Agents "${owner}" and "${agent.id}" would both sign "${agent.signature}": give one of them an explicit signature or use an initials style.`,
        [
          {
            path: [index, 'signature'],
            message: `signature "${agent.signature}" is already used by "${owner}"`,
          },
        ],
      );
    }
    signatures.set(agent.signature, agent.id);
  }
  return buildTeam(built, inputs, style, options);
}

function buildTeam(
  built: TeamAgent[],
  inputs: AgentInput[],
  style: SignatureStyle,
  options: CreateTeamOptions,
): Team {
  const byId = new Map(built.map((agent) => [agent.id, agent]));
  const byInitials = new Map(built.map((agent) => [key(agent.initials), agent]));
  const bySignature = new Map(built.map((agent) => [agent.signature, agent]));
  const byFirstName = new Map<string, TeamAgent | null>();
  for (const agent of built) {
    const k = key(agent.firstName);
    byFirstName.set(k, byFirstName.has(k) ? null : agent);
  }
  const team: Team = {
    agents: Object.freeze(built),
    style,
    size: built.length,
    inputs: Object.freeze(inputs),
    get: (id) => byId.get(id),
    require: (id) => {
      const agent = byId.get(id);
      if (agent === undefined) {
        const known = built.map((a) => a.id).join(', ') || 'none';
        throw new CareValidationError(`Unknown agent id ${JSON.stringify(id)}: the team has ${known}.`, [
          { path: ['agent'], message: 'expected the id of an agent in the team' },
        ]);
      }
      return agent;
    },
    findByInitials: (initials) => byInitials.get(key(initials)),
    findBySignature: (signature) => bySignature.get(signature.trim()),
    findByFirstName: (firstName) => byFirstName.get(key(firstName)) ?? undefined,
    add: (agent) => createTeam([...inputs, agent], { ...options, style, previous: team }),
    remove: (id) =>
      createTeam(
        inputs.filter((agent) => agent.id !== id),
        { ...options, style, previous: team },
      ),
    assignments: () => Object.fromEntries(built.map((agent) => [agent.id, agent.initials])),
  };
  return Object.freeze(team);
}

function previousAssignments(previous: CreateTeamOptions['previous']): {
  initials: Map<string, string>;
  firstNames: Map<string, string>;
} {
  const initials = new Map<string, string>();
  const firstNames = new Map<string, string>();
  if (previous === undefined) return { initials, firstNames };
  if (isTeam(previous)) {
    for (const agent of previous.agents) {
      if (agent.explicit !== 'initials') initials.set(agent.id, agent.initials);
      firstNames.set(agent.id, agent.firstName);
    }
  } else {
    for (const [id, value] of Object.entries(previous))
      if (typeof value === 'string' && value !== '') initials.set(id, value);
  }
  return { initials, firstNames };
}

function isTeam(value: unknown): value is Team {
  return typeof value === 'object' && value !== null && Array.isArray((value as Team).agents);
}

/**
 * Initials to try for an agent: from the name, or from the id when the name has no letters.
 */
function candidatesFor(agent: AgentInput, options: DeriveInitialsOptions): string[] {
  for (const source of [agent.name, agent.id]) {
    try {
      return initialCandidates(source, options);
    } catch (error) {
      if (!(error instanceof CareValidationError)) throw error;
    }
  }
  return [];
}

/**
 * Initials to try for a name, natural first, then ever more specific variants.
 */
function initialCandidates(name: string, options: DeriveInitialsOptions): string[] {
  const natural = deriveInitials(name, options);
  const out = [natural];
  const particles = new Set((options.particles ?? defaultNameParticles).map((p) => p.toLowerCase()));
  const words = nameWords(name).filter((word, index) => index === 0 || !particles.has(word.toLowerCase()));
  const letters = (word: string) =>
    splitGraphemes(word.replace(/[-'’ʼ]/gu, ''))
      .filter((g) => /\p{L}/u.test(g))
      .map((g) => (options.locale ? g.toLocaleUpperCase(options.locale) : g.toUpperCase()));
  if (words.length > 2) out.push(words.map((word) => letters(word)[0] ?? '').join(''));
  const first = letters(words[0] ?? '');
  const last = words.length > 1 ? letters(words[words.length - 1] as string) : [];
  const f = first[0] ?? '';
  if (last.length > 0) {
    const l = last[0] as string;
    for (const extra of last.slice(1)) out.push(`${f}${l}${extra}`);
    for (const extra of first.slice(1)) out.push(`${f}${extra}${l}`);
  } else {
    for (const extra of first.slice(1)) out.push(`${f}${extra}`);
    for (let i = 2; i < first.length; i++) out.push(`${f}${first[1] ?? ''}${first[i]}`);
  }
  for (let n = 2; n < 1000; n++) out.push(`${natural}${n}`);
  return [...new Set(out.map((value) => value.normalize('NFC')))];
}

function uniqueFirstNames(
  inputs: readonly AgentInput[],
  previous: ReadonlyMap<string, string>,
  mustBeUnique: boolean,
): Map<string, string> {
  const shown = new Map<string, string>();
  const used = new Set<string>();
  const natural = (agent: AgentInput) =>
    agent.firstName ?? nameWords(agent.name)[0] ?? (agent.name.trim() || agent.id);
  if (!mustBeUnique) {
    for (const agent of inputs) shown.set(agent.id, natural(agent));
    return shown;
  }
  for (const agent of inputs) {
    const earlier = previous.get(agent.id);
    if (earlier !== undefined && !used.has(key(earlier))) {
      shown.set(agent.id, earlier);
      used.add(key(earlier));
    }
  }
  for (const agent of inputs) {
    if (shown.has(agent.id)) continue;
    const first = natural(agent);
    const words = nameWords(agent.name);
    const last = words.length > 1 ? (words[words.length - 1] as string) : '';
    const options = [first];
    if (last) options.push(`${first} ${splitGraphemes(last)[0] ?? ''}`, `${first} ${last}`);
    for (let n = 2; n < 1000; n++) options.push(`${first} ${n}`);
    const chosen = options.find((option) => !used.has(key(option))) as string;
    shown.set(agent.id, chosen);
    used.add(key(chosen));
  }
  return shown;
}
