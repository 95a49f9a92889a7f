import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { BIN } from '../helpers.js';

/**
 * Root ignores file permissions, so a test of an unreadable file or a
 * read-only folder would prove nothing as root (and containers often run
 * tests as root). There, argmap runs as the user nobody instead; everything
 * it needs (node, the repository, the test's folders) is readable by all.
 */
export const isRoot = process.getuid?.() === 0;
export const NOBODY = 65534;

/**
 * Whether the permission tests can run: always for an ordinary user; as root,
 * only when nobody can read the repository (a checkout in a folder made by
 * mktemp, mode 0700, is closed to it, and then the tests skip, saying why).
 */
export const permissionsBind =
  !isRoot ||
  spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(BIN)}, require('fs').constants.R_OK)`], {
    uid: NOBODY,
    gid: NOBODY,
    stdio: 'ignore',
    timeout: 10_000,
  }).status === 0;

/** Why a permission test is skipped, for its name; empty when it runs. */
export const permissionsNote = !isRoot
  ? ''
  : permissionsBind
    ? ' (run as the user nobody, since root ignores permissions)'
    : ' (skipped: running as root, and the user nobody cannot reach this checkout to run argmap)';

/** Spawn options that make the permissions bind: as root, run as nobody. */
export function unprivileged(): Pick<SpawnSyncOptions, 'uid' | 'gid'> {
  return isRoot ? { uid: NOBODY, gid: NOBODY } : {};
}

/** Lets the unprivileged user into a folder made by mkdtemp (mode 0700). */
export function openToAll(dir: string): string {
  chmodSync(dir, 0o755);
  return dir;
}
