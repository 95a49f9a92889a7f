import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { findExecutable } from '../../src/render/graphviz/system-dot.js';
import { BIN, ROOT } from '../helpers.js';
import { runBounded, tempDir } from './run.js';
import { isRoot, openToAll, permissionsBind, permissionsNote, unprivileged } from './unprivileged.js';

/**
 * An export that cannot be written ends in one line on stderr and exit 2,
 * leaves no partial or temporary file, and leaves an existing file as it was.
 */

const EXAMPLE = 'maps/example.yaml';
const linux = process.platform === 'linux';

/** The folder's content, old file included. */
const contentOf = (dir: string) => Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('a read-only folder', () => {
  it.skipIf(!permissionsBind)(`exits 2 saying permission denied, and writes nothing${permissionsNote}`, () => {
    const dir = openToAll(tempDir());
    const locked = join(dir, 'locked');
    mkdirSync(locked, { mode: 0o555 });
    const output = join(locked, 'map.svg');
    const run = runBounded(['export', join(ROOT, EXAMPLE), '-o', output], { spawn: unprivileged() });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: `argmap: cannot write ${output}: permission denied\n` });
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe('an existing file that cannot be written, in a folder that can', () => {
  // As the user nobody when the tests run as root, the file is also another user's.
  it.skipIf(!permissionsBind)(`exits 2 saying permission denied, as > would, and leaves the file as it was${permissionsNote}`, () => {
    const dir = openToAll(tempDir());
    chmodSync(dir, 0o777);
    const output = join(dir, 'map.svg');
    writeFileSync(output, 'old');
    chmodSync(output, 0o444);
    const before = statSync(output);
    const run = runBounded(['export', join(ROOT, EXAMPLE), '-o', output], { spawn: unprivileged() });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: `argmap: cannot write ${output}: permission denied\n` });
    expect(readdirSync(dir)).toEqual(['map.svg']);
    expect(readFileSync(output, 'utf8')).toBe('old');
    expect(statSync(output)).toMatchObject({ ino: before.ino, uid: before.uid, mode: before.mode });
  });

  it.skipIf(!isRoot)('as root, a read-only file is replaced keeping its mode, as > would write it (root may write any file)', () => {
    const dir = tempDir();
    const output = join(dir, 'map.dot');
    writeFileSync(output, 'old');
    chmodSync(output, 0o444);
    expect(runBounded(['export', EXAMPLE, '-o', output])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(output, 'utf8')).toMatch(/^digraph \{/);
    expect(statSync(output).mode & 0o777).toBe(0o444);
  });
});

describe('a full disk', () => {
  it.skipIf(!existsSync('/dev/full'))('-o /dev/full: exits 2 saying the disk is full', () => {
    const device = deviceLike('full', 7);
    expect(runBounded(['export', EXAMPLE, '--format', 'svg', '-o', device])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `argmap: cannot write ${device}: the disk is full\n`,
    });
    expect(statSync(device).isCharacterDevice()).toBe(true);
  });

  it.skipIf(!existsSync('/dev/full'))('standard output on a full disk: every command exits 2 with one line, no stack trace', () => {
    for (const args of [['check', EXAMPLE], ['check', '--format', 'json', EXAMPLE], ['tree', EXAMPLE], ['export', EXAMPLE], ['rules']]) {
      const full = openSync('/dev/full', 'w');
      const run = runBounded(args, { spawn: { stdio: ['ignore', full, 'pipe'] } });
      closeSync(full);
      expect(run, args.join(' ')).toMatchObject({ code: 2, stderr: 'argmap: cannot write to standard output: the disk is full\n' });
    }
  });

  const namespace = mountNamespace();
  it.skipIf(namespace === undefined)(
    `a 64 KB file system that fills up: exits 2, keeps the old file, leaves no temporary file${namespace === undefined ? ' (skipped: cannot mount a tmpfs here; needs root or user namespaces)' : ''}`,
    () => {
      const dir = tempDir();
      const map = join(dir, 'map.yaml');
      writeFileSync(map, generateMap({ statements: 200, seed: 2 }).yaml);
      const disk = join(dir, 'disk');
      mkdirSync(disk);
      const script = [
        'mount -t tmpfs -o size=64k tmpfs "$1" || exit 99',
        'printf "the old diagram" > "$1/map.svg"',
        '"$2" "$3" export "$4" -o "$1/map.svg"',
        'echo "exit $?"',
        'ls -A "$1"',
        'cat "$1/map.svg"',
      ].join('\n');
      const run = spawnSync('unshare', [...namespace!, 'sh', '-c', script, 'sh', disk, process.execPath, BIN, map], { encoding: 'utf8' });
      expect(run.stderr).toBe(`argmap: cannot write ${disk}/map.svg: the disk is full\n`);
      expect(run.stdout).toBe('exit 2\nmap.svg\nthe old diagram');
    },
  );

  it.skipIf(!findExecutable('sh'))('a file-size limit (ulimit -f): exits 2, keeps the old file, leaves no temporary file', () => {
    const dir = tempDir();
    const output = join(dir, 'map.svg');
    writeFileSync(output, 'the old diagram');
    // 16 blocks: 8 or 16 KB, whichever the shell counts in; the SVG is about 40 KB.
    const run = spawnSync('sh', ['-c', 'ulimit -f 16 && exec "$0" "$@"', process.execPath, BIN, 'export', EXAMPLE, '-o', output], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`argmap: cannot write ${output}: the file is larger than the system allows (see ulimit -f)\n`);
    expect(contentOf(dir)).toEqual({ 'map.svg': 'the old diagram' });
  });
});

describe('outputs that are not plain files', () => {
  it.skipIf(!linux)('writes to a device in place instead of replacing it (-o /dev/null stays a device)', () => {
    const device = deviceLike('null', 3);
    expect(runBounded(['export', EXAMPLE, '--format', 'svg', '-o', device])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(statSync(device).isCharacterDevice()).toBe(true);
    if (isRoot) expect(readdirSync(dirname(device))).toEqual(['null']);
  });

  it.skipIf(!findExecutable('mkfifo'))('writes to a named pipe in place', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'map.dot');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo], { stdio: ['ignore', 'pipe', 'ignore'] });
    let received = '';
    reader.stdout.on('data', (chunk: Buffer) => (received += chunk.toString()));
    const closed = new Promise((done) => reader.on('close', done));
    try {
      const run = runBounded(['export', EXAMPLE, '-o', fifo]);
      expect(run).toMatchObject({ code: 0, stderr: '' });
      // Replaced by a file, the pipe would never reach the reader, which would wait for ever.
      expect(lstatSync(fifo).isFIFO()).toBe(true);
      await closed;
      expect(received).toMatch(/^digraph \{/);
      expect(readdirSync(dir)).toEqual(['map.dot']);
    } finally {
      reader.kill();
    }
  });

  it('writes through a symbolic link to the file it points to', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'real.dot'), 'old');
    symlinkSync('real.dot', join(dir, 'link.dot'));
    expect(runBounded(['export', EXAMPLE, '-o', join(dir, 'link.dot')])).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(join(dir, 'link.dot')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.dot'), 'utf8')).toMatch(/^digraph \{/);
    expect(readdirSync(dir).sort()).toEqual(['link.dot', 'real.dot']);
  });

  it('writes through a link to a file that does not exist yet, creating it where the link points, as > would', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'other'));
    symlinkSync('other/new.svg', join(dir, 'dl.svg'));
    // A chain: the second link points to nothing yet either, relative to its own folder.
    symlinkSync('../other/chain.dot', join(dir, 'other', 'hop.dot'));
    symlinkSync('other/hop.dot', join(dir, 'chain.dot'));
    expect(runBounded(['export', EXAMPLE, '-o', join(dir, 'dl.svg')])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(runBounded(['export', EXAMPLE, '-o', join(dir, 'chain.dot')])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(lstatSync(join(dir, 'dl.svg')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'chain.dot')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'other', 'new.svg'), 'utf8')).toMatch(/^<\?xml/);
    expect(readFileSync(join(dir, 'other', 'chain.dot'), 'utf8')).toMatch(/^digraph \{/);
    expect(readdirSync(join(dir, 'other')).sort()).toEqual(['chain.dot', 'hop.dot', 'new.svg']);
  });

  it('a link into a folder that does not exist, or a loop of links, is refused and left as it was', () => {
    const dir = tempDir();
    symlinkSync('missing/new.svg', join(dir, 'dl.svg'));
    symlinkSync('loop.svg', join(dir, 'loop.svg'));
    for (const [name, reason] of [['dl.svg', 'the folder does not exist'], ['loop.svg', 'too many levels of symbolic links']]) {
      const output = join(dir, name!);
      expect(runBounded(['export', EXAMPLE, '-o', output])).toMatchObject({ code: 2, stdout: '', stderr: `argmap: cannot write ${output}: ${reason}\n` });
      expect(lstatSync(output).isSymbolicLink()).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(['dl.svg', 'loop.svg']);
  });

  it('refuses a folder, and takes a name as long as the file system allows', () => {
    const dir = tempDir();
    expect(runBounded(['export', EXAMPLE, '--format', 'svg', '-o', dir])).toMatchObject({ code: 2, stderr: `argmap: cannot write ${dir}: it is a directory\n` });
    const long = `${'x'.repeat(251)}.dot`;
    expect(runBounded(['export', EXAMPLE, '-o', join(dir, long)])).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(dir)).toEqual([long]);
  });
});

/**
 * /dev/<name>, or as root a copy of it in a new folder: root could replace the
 * real device if a bug wrote to it as to a file (a test once turned /dev/full
 * into a regular file that way).
 */
function deviceLike(name: string, minor: number): string {
  if (!isRoot) return `/dev/${name}`;
  const copy = join(tempDir(), name);
  expect(spawnSync('mknod', ['-m', '666', copy, 'c', '1', String(minor)]).status).toBe(0);
  return copy;
}

/** unshare's flags for a private mount namespace in which a tmpfs can be mounted, or undefined when there is none. */
function mountNamespace(): string[] | undefined {
  if (!linux || !findExecutable('unshare')) return undefined;
  const probe = tempDir();
  for (const flags of [['--mount'], ['--user', '--map-root-user', '--mount']]) {
    const run = spawnSync('unshare', [...flags, 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$1"', 'sh', probe]);
    if (run.status === 0) return flags;
  }
  return undefined;
}
