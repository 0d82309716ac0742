import { asObject, type JsonObject, stringAt } from '../payload-reader';

/** What we keep of an X user for a party: handle and name. */
export interface XUserInfo {
  readonly handle: string | undefined;
  readonly displayName: string | undefined;
}

/**
 * Looks users up in an Account Activity `users` map (`{ id: user }`, v1.1 or `{ data: v2 user }`)
 * or an `includes.users` list (v2, possibly wrapped in `{ data }`).
 */
export class XUserDirectory {
  private byIdMap: Map<string, JsonObject> | undefined;
  private readonly users: unknown;

  constructor(users: unknown) {
    this.users = users;
  }

  private get byId(): Map<string, JsonObject> {
    if (this.byIdMap !== undefined) return this.byIdMap;
    this.byIdMap = new Map();
    const users = this.users;
    if (Array.isArray(users)) {
      for (const item of users) this.add(item);
    } else {
      const map = asObject(users);
      if (map !== undefined) for (const key of Object.keys(map)) this.add(map[key], key);
    }
    return this.byIdMap;
  }

  private add(item: unknown, key?: string): void {
    let user = asObject(item);
    const wrapped = asObject(user?.data);
    if (wrapped !== undefined) user = wrapped;
    if (user === undefined) return;
    const id = stringAt(user, 'id_str') ?? stringAt(user, 'id') ?? key;
    if (id !== undefined) this.byId.set(id, user);
  }

  /** Handle and name of a user id (empty when unknown). */
  info(id: string): XUserInfo {
    const user = this.byId.get(id);
    return {
      handle: stringAt(user, 'screen_name') ?? stringAt(user, 'username'),
      displayName: stringAt(user, 'name'),
    };
  }
}
