import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CliError } from '../../src/cli/exit-codes.js';
import { writeFileAtomic } from '../../src/cli/io.js';
import { runInProcess, tempDir } from '../hostile/run.js';

/**
 * Export run in this process, with a bug put into the Graphviz model on
 * demand, and every file opened through node:fs recorded: a bug is an
 * internal error (exit 70), not an I/O error, and no temporary file is made.
 */

const bug = vi.hoisted(() => ({ error: undefined as Error | undefined }));
const opened = vi.hoisted(() => [] as string[]);

vi.mock('../../src/render/graphviz/model.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/render/graphviz/model.js')>();
  return {
    ...original,
    buildGraphvizModel: (...args: Parameters<typeof original.buildGraphvizModel>) => {
      if (bug.error) throw bug.error;
      return original.buildGraphvizModel(...args);
    },
  };
});

vi.mock('node:fs', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs')>();
  const openSync = (path: Parameters<typeof original.openSync>[0], ...rest: unknown[]) => {
    opened.push(String(path));
    return (original.openSync as (...args: unknown[]) => number)(path, ...rest);
  };
  return { ...original, default: { ...original, openSync }, openSync };
});

afterEach(() => {
  bug.error = undefined;
  opened.length = 0;
});

const INTERNAL = 'argmap: internal error: model bug\nThis is a bug in argmap. Please report it with the map that caused it; run with --debug to see the stack trace.\n';

describe('a bug while building the diagram', () => {
  it.each(['map.dot', 'map.svg'])('-o %s: exits 70 with one line, creates no temporary file, and leaves the old file as it was', async (name) => {
    const dir = tempDir();
    const output = join(dir, name);
    writeFileSync(output, 'old');
    bug.error = new Error('model bug');
    expect(await runInProcess(['export', 'maps/example.yaml', '-o', output])).toMatchObject({ code: 70, stdout: '', stderr: INTERNAL });
    expect(readdirSync(dir)).toEqual([name]);
    expect(readFileSync(output, 'utf8')).toBe('old');
    expect(opened.filter((path) => path.startsWith(dir))).toEqual([]);
  });

  it('shows the stack trace with --debug', async () => {
    bug.error = new Error('model bug');
    const run = await runInProcess(['--debug', 'export', 'maps/example.yaml', '-o', join(tempDir(), 'map.dot')]);
    expect(run.code).toBe(70);
    expect(run.stderr).toMatch(/^Error: model bug\n\s+at /);
  });

  it('a Node error that is not the system refusing (code ERR_…) is a bug too', async () => {
    bug.error = Object.assign(new TypeError('model bug'), { code: 'ERR_INVALID_ARG_TYPE' });
    expect(await runInProcess(['export', 'maps/example.yaml', '-o', join(tempDir(), 'map.dot')])).toMatchObject({ code: 70, stderr: INTERNAL });
  });
});

describe('writeFileAtomic', () => {
  function* failing(error: Error): Generator<string> {
    yield 'part';
    throw error;
  }

  it('passes a bug while writing on as it is, removing the temporary file', async () => {
    const dir = tempDir();
    const output = join(dir, 'out.dot');
    writeFileSync(output, 'old');
    const error = new Error('printer bug');
    await expect(writeFileAtomic(output, failing(error))).rejects.toBe(error);
    expect(readdirSync(dir)).toEqual(['out.dot']);
    expect(readFileSync(output, 'utf8')).toBe('old');
  });

  it('turns an error of the system (errno code) into one line, exit 2', async () => {
    const dir = tempDir();
    const output = join(dir, 'out.dot');
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
    const rejection = writeFileAtomic(output, failing(full));
    await expect(rejection).rejects.toThrow(new CliError(`cannot write ${output}: the disk is full`));
    await expect(rejection).rejects.toMatchObject({ exitCode: 2 });
    expect(readdirSync(dir)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const dir = tempDir();
    const output = join(dir, 'out.svg');
    writeFileSync(output, 'old');
    chmodSync(output, 0o640);
    await writeFileAtomic(output, 'new');
    expect(readFileSync(output, 'utf8')).toBe('new');
    expect(statSync(output).mode & 0o7777).toBe(0o640);
    // The record of opened files, which the tests above find empty, does see the temporary file.
    expect(opened.filter((path) => path.startsWith(dir))).toHaveLength(1);
    chmodSync(output, 0o604);
    await writeFileAtomic(output, 'newer');
    expect(statSync(output).mode & 0o7777).toBe(0o604);
  });
});
