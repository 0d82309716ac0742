/**
 * Floor 0: instants, durations and the error hierarchy. Internal; re-exported by the public modules.
 * @internal
 */
export * from './duration';
export * from './errors';
export * from './instant';
export * from './validate';
