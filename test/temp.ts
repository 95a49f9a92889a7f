import { chmodSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A new folder in the system's temporary directory, removed with everything
 * in it when the test that made it finishes (passed or failed), or, when made
 * outside a test (at the top of a file or in a describe), after the file's
 * tests. test/global-setup.ts fails the run if anything is left behind.
 * In tests that run side by side (`concurrent`), make folders at the file's
 * level instead: Vitest cannot tell which of them is running.
 */
export function tempDir(prefix = 'argmap-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const remove = () => removeTree(dir);
  try {
    onTestFinished(remove);
  } catch {
    afterAll(remove);
  }
  return dir;
}

/** Removes a folder and its contents, also those a test made read-only or unsearchable. */
export function removeTree(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // A folder without write or search permission: open the whole tree up (folders first, from the top), then remove it.
    const stack = [dir];
    while (stack.length > 0) {
      const folder = stack.pop()!;
      try {
        chmodSync(folder, 0o700);
        for (const name of readdirSync(folder)) {
          const path = join(folder, name);
          if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) stack.push(path);
        }
      } catch {
        // Not ours to open: rmSync below reports it.
      }
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
