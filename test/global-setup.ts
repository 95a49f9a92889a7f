import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeTree } from './temp.js';

/**
 * The whole run gets a temporary directory of its own (TMPDIR, which the
 * test workers and every process they start inherit), so that anything a
 * test or an argmap it runs leaves behind is found here, named, and fails the
 * run; the folder is removed either way.
 */
export default function setup(): () => void {
  const runFolder = mkdtempSync(join(tmpdir(), 'argmap-test-run-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = runFolder;
  return () => {
    const left = readdirSync(runFolder);
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    removeTree(runFolder);
    if (left.length > 0) {
      // Vitest reports an error thrown here but still exits 0, so the exit code is set as well.
      process.exitCode = 1;
      throw new Error(`The tests left ${left.length} file(s) or folder(s) in the temporary directory: ${left.slice(0, 20).join(', ')}. Make them with tempDir() from test/temp.ts, which removes them.`);
    }
  };
}
