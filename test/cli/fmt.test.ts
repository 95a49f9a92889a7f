import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { tempDir } from '../temp.js';

const UNFORMATTED = 'statements:\n  t: { text: T }   # the thesis\nargmap: 1\n';
const FORMATTED = 'argmap: 1\n\nstatements:\n  # the thesis\n  t:\n    text: T\n';

describe('argmap fmt', () => {
  it('rewrites files in place, keeping their mode; --check lists what it would change and exits 1', () => {
    const dir = tempDir();
    const [messy, tidy] = [join(dir, 'messy.yaml'), join(dir, 'tidy.yaml')];
    writeFileSync(messy, UNFORMATTED);
    writeFileSync(tidy, FORMATTED);
    chmodSync(messy, 0o600);
    expect(runCli(['fmt', '--check', messy, tidy])).toEqual({ code: 1, stdout: `${messy}\n`, stderr: 'argmap: 1 file not formatted; argmap fmt FILE formats it.\n' });
    expect(readFileSync(messy, 'utf8')).toBe(UNFORMATTED);
    expect(runCli(['fmt', messy, tidy])).toEqual({ code: 0, stdout: '', stderr: 'argmap: formatted 1 file.\n' });
    expect(readFileSync(messy, 'utf8')).toBe(FORMATTED);
    expect(statSync(messy).mode & 0o777).toBe(0o600);
    expect(runCli(['fmt', '--check', messy, tidy])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('formats standard input to standard output', () => {
    expect(runCli(['fmt', '-'], { input: UNFORMATTED })).toEqual({ code: 0, stdout: FORMATTED, stderr: '' });
  });

  it('leaves a map with errors as it is and reports them (exit 1)', () => {
    const dir = tempDir();
    const file = join(dir, 'broken.yaml');
    const text = 'argmap: 1\nstatements:\n  t: T\narguments:\n  a: { supports: t, premises: [nope] }\n';
    writeFileSync(file, text);
    const run = runCli(['fmt', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[unknown-ref]');
    expect(run.stderr).toContain(`argmap: ${file} has errors, so it was not formatted.`);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('the maps that ship are formatted', () => {
    expect(runCli(['fmt', '--check', 'maps/example.yaml', 'maps/unilateral-concessions.yaml'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
