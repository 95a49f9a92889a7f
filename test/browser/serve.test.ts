import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';
import { chromiumMissing, launchChromium, watchedPage, type Chromium } from './chromium.js';

const WAIT = { timeout: 20_000 };

describe.skipIf(chromiumMissing !== undefined)('argmap serve, watched in Chromium', () => {
  let chromium: Chromium;
  let dir: string;
  let map: string;
  let server: ChildProcess;
  let url: string;
  let stderr = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'argmap-serve-'));
    map = join(dir, 'map.yaml');
    copyFileSync(join(ROOT, 'maps/example.yaml'), map);
    copyFileSync(join(ROOT, 'maps/example.txt'), join(dir, 'example.txt'));
    server = spawn(process.execPath, [BIN, 'serve', map, '--port', '0'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    url = await new Promise<string>((resolve, reject) => {
      server.stderr!.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const found = /at (http:\/\/127\.0\.0\.1:\d+\/) /.exec(stderr);
        if (found) resolve(found[1]!);
      });
      server.once('exit', (code) => reject(new Error(`argmap serve exited (${code}): ${stderr}`)));
    });
    chromium = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
    if (server?.exitCode === null) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('redraws on save keeping the selection, shows the errors of a broken save, recovers, and serves nothing else', async () => {
    const { page, watch } = await watchedPage(chromium, url);
    await page.locator('#diagram g.node', { has: page.locator('title', { hasText: /^crash-record$/ }) }).click();
    const original = readFileSync(map, 'utf8');

    // Saved by rename, as vim and VS Code do.
    writeFileSync(join(dir, 'map.yaml.tmp'), original.replace('The county recorded 14 bicycle crashes', 'The county recorded 15 bicycle crashes'));
    renameSync(join(dir, 'map.yaml.tmp'), map);
    await page.waitForFunction(() => document.getElementById('panel')?.textContent?.includes('recorded 15 bicycle'), undefined, WAIT);
    expect(await page.evaluate(() => document.body.dataset.selected)).toBe('statement:crash-record');

    writeFileSync(map, original.replace('theses: [build-lane]', 'theses: [build-lain]'));
    await page.waitForSelector('#problems', WAIT);
    expect(await page.locator('#problems').textContent()).toMatch(/map\.yaml:\d+:\d+/);
    // The last good map stays on show.
    expect(await page.locator('.row .rid').first().textContent()).toBe('build-lane');

    writeFileSync(map, original);
    await page.waitForSelector('#problems', { ...WAIT, state: 'detached' });
    expect(await page.locator('#panel').textContent()).toContain('recorded 14 bicycle');
    expect(watch.errors).toEqual([]);
    expect(await watch.violations()).toBe(0);
    await page.close();

    const other = await fetch(new URL('/map.yaml', url));
    expect(other.status).toBe(404);
    const post = await fetch(url, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
  }, 90_000);

  it('stops cleanly on Ctrl-C', async () => {
    const code = await new Promise<number | null>((resolve) => {
      server.once('exit', (exitCode) => resolve(exitCode));
      server.kill('SIGINT');
    });
    expect(code).toBe(0);
    expect(stderr).toContain('argmap: stopped\n');
  });
});
