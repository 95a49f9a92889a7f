import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { tempDir } from '../temp.js';

describe('argmap rename', () => {
  it('rewrites the file in place, keeping its mode, and says what it did on stderr', () => {
    const dir = tempDir();
    const file = join(dir, 'map.yaml');
    writeFileSync(file, 'argmap: 1\ntheses: [t]   # the thesis\nstatements:\n  t: T\n  p: P\narguments:\n  a: { supports: t, premises: [p] }\n');
    chmodSync(file, 0o640);
    expect(runCli(['rename', file, 't', 'thesis'])).toEqual({ code: 0, stdout: '', stderr: `argmap: renamed statement t to thesis in ${file} (3 places).\n` });
    expect(readFileSync(file, 'utf8')).toBe('argmap: 1\ntheses: [thesis]   # the thesis\nstatements:\n  thesis: T\n  p: P\narguments:\n  a: { supports: thesis, premises: [p] }\n');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('refuses with one line (exit 2) and leaves the file as it was', () => {
    const dir = tempDir();
    const file = join(dir, 'map.yaml');
    const text = 'argmap: 1\nstatements:\n  t: T\n  p: P\n';
    writeFileSync(file, text);
    expect(runCli(['rename', file, 'tt', 'x'])).toEqual({ code: 2, stdout: '', stderr: `argmap: no statement, argument or speaker "tt" in ${file}. Did you mean "t"?\n` });
    expect(runCli(['rename', file, 't', 'p'])).toEqual({ code: 2, stdout: '', stderr: `argmap: "p" is already the id of a statement in ${file}; choose another.\n` });
    expect(runCli(['rename', file, 't', 'a b']).code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('does not rename in a map with errors (exit 1), which could hide a reference', () => {
    const dir = tempDir();
    const file = join(dir, 'map.yaml');
    writeFileSync(file, 'argmap: 1\nstatements:\n  t: T\narguments:\n  a: { supports: t, premises: [nope] }\n');
    const run = runCli(['rename', file, 't', 'u']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[unknown-ref]');
    expect(run.stderr).toContain('has errors, so nothing was renamed');
    expect(readFileSync(file, 'utf8')).toContain('  t: T');
  });
});
