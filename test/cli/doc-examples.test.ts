import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';
import { tempDir } from '../temp.js';

/**
 * Every command the README and docs/limits.md show runs as shown: from a folder
 * like the clone's root (maps/, and a map.yaml for `cat map.yaml | …`), with
 * `argmap` on the PATH. Checking a map may find problems (exit 1); a usage or
 * I/O error (2) or an internal error (70) means the example is wrong.
 */
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

/** The commands of ```sh blocks (comments dropped), and inline `argmap …` spans, as one line each. */
function examples(markdown: string, inline: boolean): string[] {
  const found: string[] = [];
  for (const [, block] of markdown.matchAll(/```sh\n([\s\S]*?)```/g)) {
    for (const line of block!.split('\n')) if (/^argmap |^cat /.test(line)) found.push(line.replace(/\s+#.*$/, ''));
  }
  if (inline) for (const [, span] of markdown.matchAll(/`(argmap [^`]+)`/g)) found.push(span!.replace(/\s*\n\s*/g, ' '));
  return found;
}

function workspace(): { cwd: string; path: string } {
  const cwd = tempDir('argmap-docs-');
  symlinkSync(join(ROOT, 'maps'), join(cwd, 'maps'));
  copyFileSync(join(ROOT, 'maps/example.yaml'), join(cwd, 'map.yaml'));
  const bin = tempDir('argmap-bin-');
  writeFileSync(join(bin, 'argmap'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`, { mode: 0o755 });
  return { cwd, path: `${bin}:${process.env.PATH ?? ''}` };
}

describe.skipIf(process.platform === 'win32')('the command examples in the docs', () => {
  const { cwd, path } = workspace();
  const commands = [...examples(read('README.md'), false), ...examples(read('docs/limits.md'), true)];

  it('finds the examples', () => {
    expect(commands).toContain('argmap export maps/example.yaml --format svg -o /dev/stdout');
    expect(commands).toContain('cat map.yaml | argmap check -');
    expect(commands.length).toBeGreaterThanOrEqual(15);
  });

  it.each(commands)('%s', (command) => {
    // Standard output to a file, as in a shell (spawnSync's pipes are sockets, which /dev/stdout cannot open).
    const stdout = openSync(join(cwd, 'stdout.txt'), 'w');
    const run = spawnSync('bash', ['-o', 'pipefail', '-c', command], {
      cwd,
      stdio: ['ignore', stdout, 'pipe'],
      env: { ...process.env, PATH: path, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 25_000,
    });
    closeSync(stdout);
    expect(run.stderr).not.toMatch(/^(error:|argmap: (cannot|not |internal error))/m);
    expect([0, 1], `exit code ${run.status}: ${run.stderr}`).toContain(run.status);
  });
});
