import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicEntries } from '../../build/entries';
import { root } from './source-graph';

interface PackageJson {
  type: string;
  sideEffects: boolean;
  engines: { node: string };
  exports: Record<string, string | Record<string, string>>;
  peerDependencies: Record<string, string>;
  dependencies?: Record<string, string>;
  bin: Record<string, string>;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as PackageJson;

function subpathOf(entry: string): string {
  return entry === 'index' ? '.' : `./${entry.replace(/\/index$/, '')}`;
}

describe('package.json', () => {
  it('is ESM, side-effect free and states the Node floor', () => {
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines.node).toBe('>=20.19');
    expect(pkg.peerDependencies.zod).toMatch(/^\^4/);
    expect(pkg.dependencies?.zod).toBeUndefined();
  });

  it('exports exactly the build entries, types first', () => {
    const expected = Object.keys(publicEntries).map(subpathOf).sort();
    const actual = Object.keys(pkg.exports)
      .filter((key) => key !== './package.json')
      .sort();
    expect(actual).toEqual(expected);
    expect(pkg.exports['./package.json']).toBe('./package.json');
    for (const [entry] of Object.entries(publicEntries)) {
      const block = pkg.exports[subpathOf(entry)] as Record<string, string>;
      expect(Object.keys(block)[0]).toBe('types');
      expect(block.types).toBe(`./dist/${entry}.d.ts`);
      expect(block.default).toBe(`./dist/${entry}.js`);
    }
  });

  it('points every entry at a source file that exists', () => {
    const missing = Object.values(publicEntries).filter((file) => !existsSync(join(root, file)));
    expect(missing).toEqual([]);
  });

  it('installs the CLI as the socialcare bin', () => {
    expect(pkg.bin.socialcare).toBe('./dist/cli/index.js');
  });

  it('starts each entry file with a @module comment', () => {
    const undocumented = Object.values(publicEntries).filter(
      (file) => existsSync(join(root, file)) && !readFileSync(join(root, file), 'utf8').includes('@module'),
    );
    expect(undocumented).toEqual([]);
  });
});
