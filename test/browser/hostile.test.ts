/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, yaml } from '../helpers.js';
import { chromiumMissing, launchChromium, watchedPage, type Chromium } from './chromium.js';

const SCRIPT = '</script><script>window.__pwned=1</script>';
const IMG = '"><img src=x onerror="window.__pwned=2">';
const LINK = 'javascript:window.__pwned=3';
const BIDI = 'abc\u202Egnp.exe\u2066x\u2069';
const SEPARATORS = 'a\u2028b\u2029c <!-- d';

const HOSTILE = yaml`
  argmap: 1
  title: ${JSON.stringify(SCRIPT)}
  source: { title: ${JSON.stringify(IMG)}, url: ${JSON.stringify(LINK)} }
  speakers:
    evil: { name: ${JSON.stringify(IMG)}, role: author }
  theses: [t]
  statements:
    t: { text: ${JSON.stringify(SCRIPT)}, tags: [${JSON.stringify(IMG)}], note: ${JSON.stringify(LINK)} }
    p: { text: ${JSON.stringify(BIDI)}, quote: ${JSON.stringify(SEPARATORS)} }
  arguments:
    a: { supports: t, premises: [p], title: ${JSON.stringify(IMG)}, scheme: ${JSON.stringify(SCRIPT)} }
`;

describe.skipIf(chromiumMissing !== undefined)('a hostile map in Chromium', () => {
  let chromium: Chromium;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'argmap-html-hostile-'));
    writeFileSync(join(dir, 'hostile.yaml'), HOSTILE);
    const run = runCli(['export', join(dir, 'hostile.yaml'), '--format', 'html', '-o', join(dir, 'hostile.html')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    url = pathToFileURL(join(dir, 'hostile.html')).href;
    chromium = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the file holds no markup from the map: the JSON escapes < and > and the line separators', () => {
    const html = readFileSync(join(dir, 'hostile.html'), 'utf8');
    expect(html).not.toContain('window.__pwned=1</script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('\u2028');
    expect(html).toContain('<title>&#60;/script&#62;&#60;script&#62;window.__pwned=1&#60;/script&#62;</title>');
  });

  it('runs no injected code, shows the text literally, and violates no policy', async () => {
    const { page, watch } = await watchedPage(chromium, url);
    await page.locator('.row').first().click();
    await page.locator('.row', { has: page.locator('.rid', { hasText: /^a$/ }) }).first().click();
    await page.locator('.row', { has: page.locator('.rid', { hasText: /^p$/ }) }).first().click();
    await page.locator('#diagram g.node').first().click();
    await page.selectOption('#tag-filter', IMG);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('header h1').textContent()).toBe(SCRIPT);
    expect(await page.locator('header p').textContent()).toContain(IMG);
    expect(await page.locator('header p').textContent()).toContain(LINK);
    expect(await page.locator('.row .text').allTextContents()).toContain(BIDI);
    expect(await page.locator('img, iframe, a[href], #outline script, #panel script').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    expect(await watch.violations()).toBe(0);
    await page.close();
  });
});
