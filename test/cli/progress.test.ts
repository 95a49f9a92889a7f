import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { main } from '../../src/cli/main.js';
import { capturingIo } from '../helpers.js';
import { tempDir } from '../temp.js';

/**
 * Progress on stderr: a spinner with the stage while a big map is laid out or
 * rasterised, only on a terminal and never under --quiet, cleared when done.
 * The terminal is simulated: a stream that says it is a TTY and writes the
 * cursor movements a real one would make as markers.
 */
function terminalIo() {
  const captured = capturingIo();
  Object.assign(captured.io.stderr, {
    isTTY: true,
    columns: 100,
    cursorTo: (x: number) => captured.io.stderr.write(`<to ${x}>`),
    moveCursor: (dx: number, dy: number) => captured.io.stderr.write(`<move ${dx},${dy}>`),
    clearLine: () => captured.io.stderr.write('<clear>'),
  });
  captured.io.env = { TERM: 'xterm', NO_COLOR: '1' };
  return captured;
}

const NOTE = 'argmap: note: the map has over 2,000 boxes, so it is laid out the fast way (straight lines, a shorter search); --full-layout takes longer and draws it with full care.\n';

describe('progress while a big map is drawn', () => {
  // The spinner library reads CI from process.env itself (a CI runner sets it), and then prints frames as lines.
  beforeEach(() => vi.stubEnv('CI', undefined));
  afterEach(() => vi.unstubAllEnvs());
  const dir = tempDir();
  const big = join(dir, 'big.yaml');
  writeFileSync(big, generateMap({ statements: 2001, seed: 3 }).yaml);
  // Over a thousand boxes: long enough to show progress, small enough to rasterise quickly.
  const medium = join(dir, 'medium.yaml');
  writeFileSync(medium, generateMap({ statements: 1000, seed: 3 }).yaml);

  // Lays out and rasterises 1,349 boxes: seconds on a quiet machine, more under load.
  it('on a terminal: the stages, then the line cleared', { timeout: 120_000 }, async () => {
    const { io, stderr } = terminalIo();
    expect(await main(['node', 'argmap', 'export', medium, '-o', join(dir, 'medium.png')], io)).toBe(0);
    const shown = stderr();
    expect(shown).toMatch(/^\u001b\[\?25l[^\n]* laying out 1,3\d\d boxes/);
    expect(shown).toContain(' drawing the PNG');
    // Cleared: the last thing before the PNG's own note is a cleared line, with the cursor shown again.
    expect(shown).toMatch(/\u001b\[\?25h<to 0><clear>argmap: note: the map is too big for a sharp PNG[^\n]*\n$/);
  });

  it('nothing under --quiet, when stderr is not a terminal, or in CI', async () => {
    const quiet = terminalIo();
    expect(await main(['node', 'argmap', 'export', big, '--quiet', '-o', join(dir, 'quiet.svg')], quiet.io)).toBe(0);
    expect(quiet.stderr()).toBe('');
    const piped = capturingIo();
    expect(await main(['node', 'argmap', 'export', big, '-o', join(dir, 'piped.svg')], piped.io)).toBe(0);
    expect(piped.stderr()).toBe(NOTE);
    const ci = terminalIo();
    ci.io.env = { ...ci.io.env, CI: 'true' };
    expect(await main(['node', 'argmap', 'export', big, '-o', join(dir, 'ci.svg')], ci.io)).toBe(0);
    expect(ci.stderr()).toBe(NOTE);
  });

  it('nothing for a small map, which takes well under a second', async () => {
    const { io, stderr } = terminalIo();
    expect(await main(['node', 'argmap', 'export', 'maps/example.yaml', '-o', join(dir, 'small.svg')], io)).toBe(0);
    expect(stderr()).toBe('');
  });

  // Over LONG_PARSE_BYTES (8 MB): parsing takes a second or more, so it is shown before it starts.
  describe('for a map of over 8 MB', () => {
    const huge = join(dir, 'huge.yaml');
    writeFileSync(huge, generateMap({ statements: 36_000, seed: 5 }).yaml);

    it('eval shows parsing, then evaluating, then clears the line', { timeout: 120_000 }, async () => {
      const { io, stderr } = terminalIo();
      expect(await main(['node', 'argmap', 'eval', huge, '--format', 'json'], io)).toBe(0);
      const shown = stderr();
      expect(shown).toMatch(/^\u001b\[\?25l[^\n]* parsing \d+ MB/);
      expect(shown).toContain(' evaluating 36,000 statements');
      expect(shown).toMatch(/\u001b\[\?25h<to 0><clear>$/);
      const quiet = terminalIo();
      expect(await main(['node', 'argmap', 'eval', huge, '--quiet', '--format', 'json'], quiet.io)).toBe(0);
      expect(quiet.stderr()).toBe('');
    });

    it('import shows reading the format, then writing the map', { timeout: 120_000 }, async () => {
      const aif = join(dir, 'huge.json');
      expect(await main(['node', 'argmap', 'export', huge, '-o', aif, '--format', 'aif'], capturingIo().io)).toBe(0);
      const { io, stderr } = terminalIo();
      expect(await main(['node', 'argmap', 'import', aif, '-o', join(dir, 'back.yaml')], io)).toBe(0);
      const shown = stderr();
      expect(shown).toMatch(/^\u001b\[\?25l[^\n]* reading AIF/);
      expect(shown).toContain(' writing the map');
      expect(shown).toMatch(/\u001b\[\?25h<to 0><clear>$/);
    });
  });
});
