/**
 * One frozen empty array shared by every conversation state that has nothing in a list (no
 * revisions, no reactions, no tags...). States are immutable by contract; sharing saves two to
 * eight allocations per message and conversation when millions are threaded.
 * @internal
 */
export const EMPTY_LIST: readonly never[] = Object.freeze([]);
