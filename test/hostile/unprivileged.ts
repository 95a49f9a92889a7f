import { chmodSync } from 'node:fs';
import type { SpawnSyncOptions } from 'node:child_process';

/**
 * Root ignores file permissions, so a test of an unreadable file or a
 * read-only folder would prove nothing as root (and containers often run
 * tests as root). There, argmap runs as the user nobody instead; everything
 * it needs (node, the repository, the test's folders) is readable by all.
 */
export const isRoot = process.getuid?.() === 0;
export const NOBODY = 65534;

/** Spawn options that make the permissions bind: as root, run as nobody. */
export function unprivileged(): Pick<SpawnSyncOptions, 'uid' | 'gid'> {
  return isRoot ? { uid: NOBODY, gid: NOBODY } : {};
}

/** Lets the unprivileged user into a folder made by mkdtemp (mode 0700). */
export function openToAll(dir: string): string {
  chmodSync(dir, 0o755);
  return dir;
}
