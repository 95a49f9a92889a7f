import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapToArgdown } from '../../src/interchange/index.js';
import { parseMap } from '../../src/index.js';
import { ROOT, runCli } from '../helpers.js';
import { tempDir } from '../temp.js';

const EXAMPLE = 'maps/example.yaml';
const expected = mapToArgdown(parseMap(readFileSync(join(ROOT, EXAMPLE), 'utf8'), EXAMPLE).map);

describe('argmap export --format argdown (end to end)', () => {
  it('prints the map as Argdown, and says so in --help', () => {
    expect(runCli(['export', '--help']).stdout).toContain('$ argmap export maps/unilateral-concessions.yaml -o map.argdown  # Argdown text');
    expect(runCli(['export', EXAMPLE, '--format', 'argdown'])).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('writes a file named .argdown as Argdown without being told the format', () => {
    const output = join(tempDir(), 'map.argdown');
    expect(runCli(['export', EXAMPLE, '-o', output])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(output, 'utf8')).toBe(expected);
  });
});
