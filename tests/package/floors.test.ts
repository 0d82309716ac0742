import { describe, expect, it } from 'vitest';
import { readSources } from './source-graph';

/** Floors 0-4 of architecture.md, bottom up. */
const LIBRARY = [
  'shared',
  'platforms',
  'calendar',
  'conversation',
  'sla',
  'persona',
  'kpi',
  'channel-policy',
  'adapters',
];

/** architecture.md: which modules each module may import. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  shared: [],
  platforms: ['shared'],
  calendar: ['shared'],
  conversation: ['shared'],
  sla: ['shared', 'calendar', 'conversation'],
  persona: ['shared', 'platforms'],
  kpi: ['shared', 'conversation', 'calendar', 'sla'],
  'channel-policy': ['shared', 'conversation', 'platforms', 'persona'],
  adapters: ['shared', 'conversation', 'platforms', 'persona'],
  io: LIBRARY,
  testing: [...LIBRARY, 'io'],
  cli: [...LIBRARY, 'io', 'testing'],
  '(root)': ['shared'],
};
/** Floors 0-3: no `node:` imports, no wall clock (everything but the adapters of floor 4). */
const PURE = new Set(LIBRARY.filter((module) => module !== 'adapters'));

const sources = readSources();

describe('module floors', () => {
  it('knows every module folder', () => {
    const unknown = [...new Set(sources.map((s) => s.module))].filter((m) => !(m in MAY_IMPORT));
    expect(unknown).toEqual([]);
  });

  it('imports only point down', () => {
    const violations: string[] = [];
    for (const file of sources) {
      const allowed = MAY_IMPORT[file.module] ?? [];
      for (const target of file.localImports) {
        const targetModule = target.split('/')[1] ?? '';
        if (targetModule !== file.module && !allowed.includes(targetModule)) {
          violations.push(`${file.path} -> ${target}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps floors 0-3 free of Node APIs and of the wall clock', () => {
    const violations: string[] = [];
    for (const file of sources) {
      if (!PURE.has(file.module)) continue;
      for (const bare of file.bareImports)
        if (bare.startsWith('node:')) violations.push(`${file.path} imports ${bare}`);
      const code = file.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/Date\.now\(\)|new Date\(\s*\)|performance\.now\(\)/.test(code))
        violations.push(`${file.path} reads the clock`);
      if (/\bprocess\./.test(code)) violations.push(`${file.path} uses process`);
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycles between files', () => {
    const graph = new Map(sources.map((s) => [s.path, s.localImports]));
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const visit = (node: string, trail: string[]): void => {
      const mark = state.get(node);
      if (mark === 'done') return;
      if (mark === 'visiting') {
        cycles.push([...trail.slice(trail.indexOf(node)), node].join(' -> '));
        return;
      }
      state.set(node, 'visiting');
      for (const next of graph.get(node) ?? []) if (graph.has(next)) visit(next, [...trail, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(cycles).toEqual([]);
  });
});
