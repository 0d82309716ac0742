import { CareError } from '../shared/errors';

/**
 * The brand accounts a monitor has seen, each stored once and named by a small number (its index,
 * from 1; 0 means no account), so a message fact can carry its account inside an integer code.
 * Brand accounts are few (a help desk's handles and pages), so the table stays small; it only grows.
 * @internal
 */
export class AccountTable {
  private readonly names: (string | undefined)[] = [undefined];
  private readonly indexes = new Map<string, number>();

  /** The index of `account` (added when new); 0 for `undefined`. */
  indexOf(account: string | undefined): number {
    if (account === undefined) return 0;
    let index = this.indexes.get(account);
    if (index === undefined) {
      index = this.names.length;
      // The code keeps the index above 9 bits of flags in a 32-bit integer.
      if (index >= 2 ** 22)
        throw new CareError(
          'UNSUPPORTED',
          'An SLA monitor saw more than 4 million distinct brand account ids: accountId should name the brand account (a handle or page), not the customer.',
        );
      this.names.push(account);
      this.indexes.set(account, index);
    }
    return index;
  }

  /** The account an index stands for. */
  nameOf(index: number): string | undefined {
    return this.names[index];
  }
}
