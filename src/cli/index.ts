#!/usr/bin/env node
/**
 * The `socialcare` command line (the package's `bin`).
 * @module
 */
import { runCli } from './run-cli';

// A closed pipe (`socialcare kpi big.csv | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
