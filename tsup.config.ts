import { defineConfig } from 'tsup';
import { buildEntries } from './build/entries';

export default defineConfig({
  entry: buildEntries,
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  outDir: 'dist',
  tsconfig: 'tsconfig.json',
});
