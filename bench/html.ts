/**
 * `npm run bench:html`: the HTML page's size for the article's map, and how
 * long pages of generated maps take to become interactive in headless
 * Chromium (from navigation to the page's script having built everything,
 * median of 3). A measurement, not a test. Needs /usr/bin/chromium (or
 * ARGMAP_CHROMIUM); writes nothing outside a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { generateMap } from './generate.js';

const root = process.cwd();
const bin = join(root, 'bin', 'argmap');
const executablePath = process.env.ARGMAP_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) throw new Error(`No Chromium at ${executablePath}: apt install chromium, or set ARGMAP_CHROMIUM.`);
const work = mkdtempSync(join(tmpdir(), 'argmap-bench-html-'));

function exportPage(map: string, out: string): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [bin, 'export', map, '-o', out], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], timeout: 600_000 });
  if (run.status !== 0) throw new Error(`argmap export ${map} failed (${run.status})`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const profile = join(work, 'profile');
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function timeToInteractive(file: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 120_000 });
    times.push((Date.now() - start) / 1000);
    await page.close();
  }
  return times.sort((a, b) => a - b)[1]!;
}

try {
  const article = join(root, 'maps', 'unilateral-concessions.yaml');
  if (existsSync(article)) {
    const out = join(work, 'article.html');
    const made = exportPage(article, out);
    console.log(`article: ${(statSync(out).size / 1024).toFixed(0)} KB, made in ${made.toFixed(2)} s, interactive in ${(await timeToInteractive(out)).toFixed(2)} s`);
  }
  for (const size of [1_000, 3_000, 10_000]) {
    const generated = generateMap({ statements: size, seed: 1, sourceFile: `gen-${size}.txt` });
    const map = join(work, `gen-${size}.yaml`);
    writeFileSync(map, generated.yaml);
    writeFileSync(join(work, `gen-${size}.txt`), generated.source);
    const out = join(work, `gen-${size}.html`);
    const made = exportPage(map, out);
    console.log(`${size} statements: ${(statSync(out).size / 1024 / 1024).toFixed(1)} MB, made in ${made.toFixed(2)} s, interactive in ${(await timeToInteractive(out)).toFixed(2)} s`);
  }
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
