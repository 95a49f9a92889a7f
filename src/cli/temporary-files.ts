/**
 * Names of the temporary files an atomic write goes through, and the removal
 * of those a killed argmap left behind. SIGKILL (or a power cut) cannot be
 * handled, so the next write to the same file cleans up: the name says whose
 * file it is (which machine, which process), and a file whose process is
 * gone is stale.
 */
import { readdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';

// Letters and digits only, so that the name can be read back; short, since names have 255 bytes at most. Worked out on the first write, not at every start.
let host: string | undefined;
const hostPart = () => (host ??= hostname().replace(/[^A-Za-z0-9]/g, '').slice(0, 16) || 'host');

/** The first 40 characters of the target's name: enough to recognise it, and short enough for any file system. */
const stem = (target: string) => [...basename(target)].slice(0, 40).join('');

/** Hidden, unique, and recognisable as argmap's for this target: `.map.svg.argmap-HOST-PID-RANDOM.tmp`. */
export function temporaryPath(target: string): string {
  const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return join(dirname(target), `.${stem(target)}.argmap-${hostPart()}-${process.pid}-${unique}.tmp`);
}

/**
 * Removes the temporary files of earlier writes to `target` from this machine
 * whose process has ended. Best effort: a folder that cannot be read, or a file
 * that cannot be removed, is left as it is, and the write goes on.
 */
export async function removeStaleTemporaries(target: string): Promise<void> {
  const prefix = `.${stem(target)}.argmap-${hostPart()}-`;
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const pid = Number(/^(\d+)-[0-9a-z]+\.tmp$/.exec(name.slice(prefix.length))?.[1]);
    if (!Number.isSafeInteger(pid) || pid === process.pid || isRunning(pid)) continue;
    await rm(join(dirname(target), name), { force: true }).catch(() => undefined);
  }
}

/** Whether a process with this id exists (signal 0 only asks). EPERM: it exists, and is someone else's. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
