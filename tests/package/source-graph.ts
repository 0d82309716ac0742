import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const src = join(root, 'src');

/** A source file with its imports resolved to project-relative paths (bare specifiers kept as is). */
export interface SourceFile {
  readonly path: string;
  readonly module: string;
  readonly text: string;
  readonly localImports: readonly string[];
  readonly bareImports: readonly string[];
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s(?:type\s)?[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

function resolveLocal(from: string, specifier: string, files: Set<string>): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (files.has(candidate)) return relative(root, candidate);
  }
  return relative(root, base);
}

/** Every non-test source file under src/, with its imports. */
export function readSources(): SourceFile[] {
  const paths = walk(src);
  const set = new Set(paths);
  return paths.map((path) => {
    const text = readFileSync(path, 'utf8');
    const localImports: string[] = [];
    const bareImports: string[] = [];
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (!specifier) continue;
      if (specifier.startsWith('.')) localImports.push(resolveLocal(path, specifier, set));
      else bareImports.push(specifier);
    }
    const rel = relative(root, path);
    const module = rel.split('/')[1] ?? '';
    return { path: rel, module: module.endsWith('.ts') ? '(root)' : module, text, localImports, bareImports };
  });
}
