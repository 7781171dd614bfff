// The user and group database the commands look names up in: Debian's
// base-passwd, the ids every Debian and Ubuntu system has with the same
// names (0-99 and 65534). Ids a system hands out itself (100-999, and
// 1000 up for people) differ from machine to machine, so here they have no
// name: ls and stat show the number, chown needs it written as a number.

const USERS: ReadonlyArray<readonly [string, number, number]> = [
  ['root', 0, 0], ['daemon', 1, 1], ['bin', 2, 2], ['sys', 3, 3], ['sync', 4, 65534], ['games', 5, 60],
  ['man', 6, 12], ['lp', 7, 7], ['mail', 8, 8], ['news', 9, 9], ['uucp', 10, 10], ['proxy', 13, 13],
  ['www-data', 33, 33], ['backup', 34, 34], ['list', 38, 38], ['irc', 39, 39], ['_apt', 42, 65534],
  ['nobody', 65534, 65534],
];

const GROUPS: ReadonlyArray<readonly [string, number]> = [
  ['root', 0], ['daemon', 1], ['bin', 2], ['sys', 3], ['adm', 4], ['tty', 5], ['disk', 6], ['lp', 7], ['mail', 8],
  ['news', 9], ['uucp', 10], ['man', 12], ['proxy', 13], ['kmem', 15], ['dialout', 20], ['fax', 21], ['voice', 22],
  ['cdrom', 24], ['floppy', 25], ['tape', 26], ['sudo', 27], ['audio', 29], ['dip', 30], ['www-data', 33],
  ['backup', 34], ['operator', 37], ['list', 38], ['irc', 39], ['src', 40], ['shadow', 42], ['utmp', 43],
  ['video', 44], ['sasl', 45], ['plugdev', 46], ['staff', 50], ['games', 60], ['users', 100], ['nogroup', 65534],
];

const userById = new Map(USERS.map(([n, u]) => [u, n]));
const userByName = new Map(USERS.map(([n, u, g]) => [n, { uid: u, gid: g }]));
const groupById = new Map(GROUPS.map(([n, g]) => [g, n]));
const groupByName = new Map(GROUPS.map(([n, g]) => [n, g]));

/** getpwuid: the user's name, or the number. */
export const userName = (uid: number): string => userById.get(uid) ?? String(uid);
/** getgrgid: the group's name, or the number. */
export const groupName = (gid: number): string => groupById.get(gid) ?? String(gid);

/** The name alone, when the database has one. */
export const knownUserName = (uid: number): string | undefined => userById.get(uid);
export const knownGroupName = (gid: number): string | undefined => groupById.get(gid);

/** getpwnam: a user's id and login group. */
export const lookupUser = (name: string): { uid: number; gid: number } | undefined => userByName.get(name);
export const lookupGroup = (name: string): number | undefined => groupByName.get(name);

/** The largest id the kernel takes (uid_t is 32 bits; -1 means "unchanged"). */
export const MAX_ID = 0xfffffffe;

/** A decimal id as coreutils' xstrtoul takes it (digits only), or undefined. */
export function parseId(text: string): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const n = Number(text);
  return n <= MAX_ID ? n : undefined;
}
