import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateMap } from '../../bench/generate.js';
import { BIN, ROOT, runCli } from '../helpers.js';
import { tempDir } from './run.js';

/**
 * An export interrupted by a signal leaves no partial file: the output is
 * written to a temporary file and renamed only when complete. Ctrl-C during
 * the drawing ends argmap at once (nothing is open yet); during the write,
 * argmap removes the temporary file, says so, and ends by the same signal, so
 * that a shell reports 130 for Ctrl-C and stops a script that runs argmap.
 */

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Starts the CLI; `interrupt` sends the signal once `ready` says the moment has come. */
function exportUntil(args: string[], nodeFlags: string[], env: NodeJS.ProcessEnv, ready: (stderr: string) => boolean, signal: NodeJS.Signals) {
  // The time limit ends a run that never reaches the moment, instead of leaving it behind.
  const child = spawn(process.execPath, [...nodeFlags, BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'], timeout: 25_000 });
  let stderr = '';
  let sent = false;
  return new Promise<Ended>((done, fail) => {
    const poll = setInterval(() => {
      if (!sent && ready(stderr)) {
        sent = true;
        child.kill(signal);
      }
    }, 10);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code, ended) => {
      clearInterval(poll);
      done({ code, signal: ended, stderr });
    });
  });
}

const temporaryFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

describe('an export interrupted by a signal', () => {
  it('while Graphviz draws a big map: ends at once by SIGINT (a shell shows 130), writing nothing', async () => {
    const dir = tempDir();
    const map = join(dir, 'big.yaml');
    writeFileSync(map, generateMap({ statements: 2000, seed: 7 }).yaml);
    const trace = join(tempDir(), 'imports.txt');
    writeFileSync(trace, '');
    // The WebAssembly Graphviz is imported just before the layout, which takes seconds on this map.
    const drawing = () => readFileSync(trace, 'utf8').includes('/node_modules/@hpcc-js/wasm-graphviz/');
    const ended = await exportUntil(
      // --full-layout: the layout must take long enough to be interrupted, and say nothing first.
      ['export', map, '--full-layout', '-o', join(dir, 'big.svg')],
      ['--import', join(ROOT, 'test/fixtures/trace-imports.mjs')],
      { ARGMAP_TRACE_IMPORTS: trace },
      drawing,
      'SIGINT',
    );
    expect(ended).toEqual({ code: null, signal: 'SIGINT', stderr: '' });
    expect(readdirSync(dir)).toEqual(['big.yaml']);
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('by %s while the file is written: removes the unfinished file, keeps the old one, and says so', async (signal) => {
    const dir = tempDir();
    const output = join(dir, 'map.svg');
    writeFileSync(output, 'the old diagram');
    let unfinished: string[] = [];
    // The fixture holds fsync (the last step before the rename) until the signal comes.
    const ended = await exportUntil(
      ['export', 'maps/example.yaml', '-o', output],
      ['--import', join(ROOT, 'test/fixtures/pause-before-fsync.mjs')],
      {},
      (stderr) => stderr.includes('paused before fsync') && (unfinished = temporaryFiles(dir)).length > 0,
      signal,
    );
    expect(unfinished, 'the temporary file existed when the signal came').toHaveLength(1);
    expect(ended).toEqual({ code: null, signal, stderr: `paused before fsync\nargmap: interrupted by ${signal}; ${output} was not written.\n` });
    expect(readdirSync(dir)).toEqual(['map.svg']);
    expect(readFileSync(output, 'utf8')).toBe('the old diagram');
  });

  it('leaves no file at all when there was none before', async () => {
    const dir = tempDir();
    const output = join(dir, 'map.png');
    const ended = await exportUntil(
      ['export', 'maps/example.yaml', '-o', output],
      ['--import', join(ROOT, 'test/fixtures/pause-before-fsync.mjs')],
      {},
      (stderr) => stderr.includes('paused before fsync'),
      'SIGINT',
    );
    expect(ended.signal).toBe('SIGINT');
    expect(existsSync(output)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('by SIGKILL while the file is written: the next export to the same file removes the stale temporary file', async () => {
    const dir = tempDir();
    const output = join(dir, 'map.svg');
    let unfinished: string[] = [];
    const killed = await exportUntil(
      ['export', 'maps/example.yaml', '-o', output],
      ['--import', join(ROOT, 'test/fixtures/pause-before-fsync.mjs')],
      {},
      (stderr) => stderr.includes('paused before fsync') && (unfinished = temporaryFiles(dir)).length > 0,
      'SIGKILL',
    );
    expect(killed.signal).toBe('SIGKILL');
    expect(unfinished).toHaveLength(1);
    expect(unfinished[0]).toMatch(/^\.map\.svg\.argmap-[A-Za-z0-9]+-\d+-[0-9a-z]+\.tmp$/);
    expect(readdirSync(dir)).toEqual(unfinished);

    // Files that are not stale stay: a running process's (this one's), another machine's, and anyone else's.
    const host = hostname().replace(/[^A-Za-z0-9]/g, '').slice(0, 16) || 'host';
    const kept = [`.map.svg.argmap-${host}-${process.pid}-abc.tmp`, '.map.svg.argmap-elsewhere-1-abc.tmp', '.map.svg.1234abcd.tmp', '.other.svg.argmap-x.tmp'];
    for (const name of kept) writeFileSync(join(dir, name), '');
    const again = runCli(['export', 'maps/example.yaml', '-o', output]);
    expect(again).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(dir).sort()).toEqual([...kept, 'map.svg'].sort());
  });
});
