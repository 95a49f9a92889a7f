import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { chunked, writeChunks, writeWholeSync } from '../../src/cli/context.js';
import { CliError, EXIT } from '../../src/cli/exit-codes.js';
import { generateMap } from '../../bench/generate.js';
import { BIN, ROOT } from '../helpers.js';
import { tempDir } from '../temp.js';

/** A stream that takes one write per turn of the event loop, as a pipe to a slow reader does. */
function slowStream(highWaterMark: number): { stream: Writable; received: string[] } {
  const received: string[] = [];
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      received.push(chunk);
      setImmediate(callback);
    },
  });
  return { stream, received };
}

describe('chunked', () => {
  it('joins the parts, each followed by the end, into chunks of at least 64 KB but the last', () => {
    const parts = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(i % 40)}`);
    const chunks = [...chunked(parts, '\n')];
    expect(chunks.join('')).toBe(`${parts.join('\n')}\n`);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThanOrEqual(64 * 1024);
    expect([...chunked([], '\n')]).toEqual([]);
  });
});

describe('writeChunks', () => {
  it('makes the next chunk only when the stream has room: a slow reader never has the whole output queued', async () => {
    const { stream, received } = slowStream(1024);
    let mostQueued = 0;
    function* chunks(): Generator<string> {
      for (let i = 0; i < 200; i++) {
        mostQueued = Math.max(mostQueued, stream.writableLength);
        yield `${String(i).padStart(3, '0')}${'.'.repeat(497)}`;
      }
    }
    await writeChunks(stream, chunks());
    await new Promise<void>((resolve) => stream.end(resolve));
    expect(received.join('')).toBe(Array.from({ length: 200 }, (_, i) => `${String(i).padStart(3, '0')}${'.'.repeat(497)}`).join(''));
    // Without the wait, all 100,000 characters would be queued before the first was taken.
    expect(mostQueued).toBeLessThanOrEqual(1024 + 500);
  });

  it('stops, without waiting for ever, when the stream is closed (its reader gone), and says so', async () => {
    const { stream } = slowStream(16);
    stream.on('error', () => undefined);
    let made = 0;
    function* chunks(): Generator<string> {
      for (let i = 0; i < 10; i++) {
        made++;
        if (i === 3) stream.destroy();
        yield 'a chunk bigger than the buffer';
      }
    }
    const written = writeChunks(stream, chunks());
    await expect(written).rejects.toThrow(new CliError('cannot write the output: the stream is closed'));
    await expect(written).rejects.toMatchObject({ exitCode: EXIT.usage });
    // The chunk being made when it closed is the last one made.
    expect(made).toBe(4);
  });

  it('turns a stream that fails while it waits into one line and exit code 2', async () => {
    const { stream } = slowStream(16);
    stream.on('error', () => undefined); // as standard output has its own handler (cli/main.ts)
    const failure = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    function* chunks(): Generator<string> {
      yield 'a chunk bigger than the buffer';
      stream.destroy(failure);
      yield 'another';
    }
    await expect(writeChunks(stream, chunks())).rejects.toThrow(new CliError('cannot write the output: the disk is full'));
  });

  it('writes a standard stream that Node sends to a file straight to its descriptor', async () => {
    const dir = tempDir();
    const fd = openSync(join(dir, 'out'), 'w');
    try {
      // What Node makes for `> file`: a stream marked "fs", with its descriptor; its own write is never used.
      const stream = Object.assign(new Writable({ write: () => expect.unreachable('the stream itself was written to') }), { _type: 'fs', fd });
      await writeChunks(stream, chunked(['gauche « droite »', 'naïve — “quoted”'], '\n'));
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('gauche « droite »\nnaïve — “quoted”\n');
  });
});

describe('writeWholeSync', () => {
  const text = 'é — the rest of a chunk, “in quotes”';
  const bytes = Buffer.from(text);

  it('finishes a write that took only part of the text, multibyte characters included', () => {
    const out: Buffer[] = [];
    const write = ((_fd: number, data: string | Buffer, offset?: number) => {
      const all = typeof data === 'string' ? Buffer.from(data) : data.subarray(offset ?? 0);
      const taken = all.subarray(0, 7); // seven bytes a time: cuts through "é", "—" and "“"
      out.push(Buffer.from(taken));
      return taken.length;
    }) as never;
    writeWholeSync(99, text, 'to standard output', write);
    expect(Buffer.concat(out).equals(bytes)).toBe(true);
  });

  it('makes a failed or stuck write one line with exit code 2, never a loop or a stack trace', () => {
    const full = (() => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    }) as never;
    expect(() => writeWholeSync(1, text, 'to standard output', full)).toThrow(new CliError('cannot write to standard output: the disk is full'));
    let calls = 0;
    const stuck = (() => (calls++ === 0 ? 3 : 0)) as never;
    expect(() => writeWholeSync(2, text, 'to standard error', stuck)).toThrow(/^cannot write to standard error: /);
    expect(calls).toBe(2);
  });
});

describe('output piped to a slow reader', () => {
  it('is written whole and in order, and the process exits 0', async () => {
    const { yaml } = generateMap({ statements: 2000, seed: 3 });
    const child = spawn(process.execPath, [BIN, 'export', '--format', 'aif', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdin.end(yaml);
    // Read slowly: pause after every piece so that the pipe fills and argmap must wait.
    const pieces: Buffer[] = [];
    child.stdout.on('data', (piece: Buffer) => {
      pieces.push(piece);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    const aif = JSON.parse(Buffer.concat(pieces).toString('utf8')) as { nodes: unknown[]; edges: unknown[] };
    expect(aif.nodes.length).toBeGreaterThan(2000);
    expect(aif.edges.length).toBeGreaterThan(2000);
  });
});

describe('output redirected to a file', () => {
  // Written straight to the descriptor (writeChunks' fast path): the bytes must be those of -o, non-ASCII text included.
  const ARTICLE = join(ROOT, 'maps', 'unilateral-concessions.yaml');
  const toFile = (args: string[], file: string) => {
    const fd = openSync(file, 'w');
    try {
      return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
    } finally {
      closeSync(fd);
    }
  };

  it.each([['aif'], ['argdown'], ['dot']])('export --format %s: the same bytes as -o writes', (format) => {
    const dir = tempDir();
    const redirected = toFile(['export', '--format', format, ARTICLE], join(dir, 'stdout'));
    expect(redirected.status).toBe(0);
    const written = spawnSync(process.execPath, [BIN, 'export', '--format', format, '-o', join(dir, 'out'), ARTICLE], { cwd: ROOT });
    expect(written.status).toBe(0);
    const bytes = readFileSync(join(dir, 'stdout'));
    expect(bytes.equals(readFileSync(join(dir, 'out')))).toBe(true);
    expect(bytes.toString('utf8')).toMatch(/[^\x00-\x7f]/);
  });

  it('tree: the same text as through a pipe', () => {
    const dir = tempDir();
    const redirected = toFile(['tree', '--width', '80', ARTICLE], join(dir, 'tree.txt'));
    expect(redirected.status).toBe(0);
    const piped = spawnSync(process.execPath, [BIN, 'tree', '--width', '80', ARTICLE], { cwd: ROOT, encoding: 'utf8' });
    expect(readFileSync(join(dir, 'tree.txt'), 'utf8')).toBe(piped.stdout);
    expect(piped.stdout.length).toBeGreaterThan(1000);
  });
});
