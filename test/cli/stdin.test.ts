import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { main } from '../../src/cli/main.js';
import { runInProcess } from '../hostile/run.js';
import { capturingIo } from '../helpers.js';

/** An io whose standard input fails with a system error after a first chunk, as a reset socket or a failing disk would. */
function failingStdinIo(code: string, message: string): { io: CliIo; stdout: () => string; stderr: () => string } {
  const stdin = new PassThrough();
  stdin.write('argmap: 1\n');
  setImmediate(() => stdin.destroy(Object.assign(new Error(message), { code, errno: -5, syscall: 'read' })));
  return capturingIo(stdin);
}

describe('standard input that fails while it is read', () => {
  for (const [command, code, message, reason] of [
    ['check', 'EIO', 'EIO: i/o error, read', 'an input/output error'],
    ['tree', 'ECONNRESET', 'read ECONNRESET', 'read ECONNRESET'],
    ['export', 'EIO', 'EIO: i/o error, read', 'an input/output error'],
  ] as const) {
    it(`${command} -: ${code} is an I/O error (exit 2, one line), not an internal error`, async () => {
      const { io, stdout, stderr } = failingStdinIo(code, message);
      expect(await main(['node', 'argmap', command, '-'], io)).toBe(2);
      expect(stderr()).toBe(`argmap: cannot read <stdin>: ${reason}\n`);
      expect(stdout()).toBe('');
    });
  }
});

describe('standard input given more than once', () => {
  const map = 'argmap: 1\ntheses: [a]\nstatements: {a: A}\n';

  it('check - - is a usage error (exit 2, one line), read nothing', async () => {
    for (const files of [['-', '-'], ['-', 'maps/example.yaml', '-']]) {
      expect(await runInProcess(['check', ...files], { input: map }), files.join(' ')).toEqual({
        code: 2,
        signal: null,
        stdout: '',
        stderr: 'argmap: standard input (-) can be read only once: give - once among the files.\n',
      });
    }
  });

  it('check - once among other files still reads it, with its code frames', async () => {
    const run = await runInProcess(['check', '-', 'maps/example.yaml'], { input: map });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^<stdin>:2:10  warning  Thesis "a" has no argument for it\.  \[unsupported-thesis\]\n  2 \| theses: \[a\]\n/);
  });
});
