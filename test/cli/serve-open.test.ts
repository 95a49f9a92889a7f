import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';
import { tempDir } from '../temp.js';

describe.skipIf(process.platform !== 'linux')('argmap serve --open and --host', () => {
  it('opens the URL it serves with xdg-open, listening where --host says', async () => {
    const dir = tempDir();
    const opened = join(dir, 'opened.txt');
    writeFileSync(join(dir, 'xdg-open'), `#!/bin/sh\necho "$1" > ${JSON.stringify(opened)}\n`, { mode: 0o755 });
    const child = spawn(process.execPath, [BIN, 'serve', 'maps/example.yaml', '--port', '0', '--host', '127.0.0.1', '--open'], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${dir}:${process.env.PATH ?? ''}` },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve, reject) => {
      const poll = setInterval(() => {
        const match = /at (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl-C stops\)/.exec(stderr);
        if (match && existsSync(opened)) {
          clearInterval(poll);
          resolve(match[1]!);
        }
      }, 50);
      child.on('exit', () => {
        clearInterval(poll);
        reject(new Error(`serve ended: ${stderr}`));
      });
    });
    expect(readFileSync(opened, 'utf8').trim()).toBe(url);
    child.kill('SIGINT');
    await new Promise((resolve) => child.on('exit', resolve));
  }, 30_000);
});
