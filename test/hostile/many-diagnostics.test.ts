import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';
import { tempDir } from '../temp.js';

// More diagnostics than a spread (`push(...list)`) can pass as arguments:
// past ~120,000 that overflows the call stack and became an internal error.
describe('a map with 140,000 problems', () => {
  it('is reported in full, not crashed on', () => {
    const path = join(tempDir('argmap-many-'), 'aliases.yaml');
    writeFileSync(path, `argmap: 1\nstatements:\n  a: &x A\ntheses: [${Array(140_000).fill('*x').join(', ')}]\n`);
    const run = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', path], { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const diagnostics = JSON.parse(run.stdout) as { code: string }[];
    expect(diagnostics).toHaveLength(140_000);
    expect(new Set(diagnostics.map((d) => d.code))).toEqual(new Set(['yaml-alias']));
  });
});
