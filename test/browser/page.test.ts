/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';
import { chromiumMissing, launchChromium, watchedPage, type Chromium } from './chromium.js';

// The page of maps/example.yaml, made by the built CLI, opened from a file:// URL in headless Chromium.
describe.skipIf(chromiumMissing !== undefined)('the HTML page in Chromium', () => {
  let chromium: Chromium;
  let dir: string;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'argmap-html-'));
    const out = join(dir, 'example.html');
    const run = runCli(['export', join(ROOT, 'maps/example.yaml'), '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    url = pathToFileURL(out).href;
    chromium = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is readable at 200% zoom: a 1280-pixel window at 200% is 640 CSS pixels wide, and nothing runs off the side', async () => {
    const { page } = await watchedPage(chromium, url);
    await page.setViewportSize({ width: 640, height: 400 });
    await page.locator('.row').first().click();
    const overflow = await page.evaluate(() => ({ page: document.documentElement.scrollWidth - document.documentElement.clientWidth, panel: document.querySelector('#panel')!.getBoundingClientRect().right }));
    expect(overflow.page).toBe(0);
    expect(overflow.panel).toBeLessThanOrEqual(640);
    expect(await page.locator('#panel h2').isVisible()).toBe(true);
    await page.close();
  });

  it('loads with no console error, no request and no CSP violation', async () => {
    const { page, watch } = await watchedPage(chromium, url);
    expect(await page.title()).toBe('Give Elm Street a protected bike lane');
    expect(await page.locator('header h1').textContent()).toBe('Give Elm Street a protected bike lane');
    expect(await page.locator('header p').textContent()).toContain('Source: Letter to the editor: Give Elm Street a protected bike lane · by A. Reader · 2026-03-14');
    expect(await page.locator('#diagram svg g.node').count()).toBeGreaterThan(10);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    expect(await watch.violations()).toBe(0);
    await page.close();
  });

  it('clicking a box selects it in the outline and fills the panel, with the source passage', async () => {
    const { page } = await watchedPage(chromium, url);
    await page.locator('#diagram g.node', { has: page.locator('title', { hasText: /^crash-record$/ }) }).click();
    expect(await page.locator('.row.selected .rid').allTextContents()).toEqual(['crash-record']);
    expect(await page.locator('#panel h2').textContent()).toBe('Statement crash-record');
    expect(await page.locator('#panel').textContent()).toContain('The county recorded 14 bicycle crashes on Elm Street last year.');
    expect(await page.locator('#panel .passage mark').textContent()).toMatch(/the county recorded fourteen crashes involving bicycles there last year/i);
    await page.close();
  });

  it('clicking an outline row selects the box in the diagram', async () => {
    const { page } = await watchedPage(chromium, url);
    await page.locator('.row', { has: page.locator('.rid', { hasText: /^riverton$/ }) }).first().click();
    expect(await page.locator('#diagram g.node.selected title').allTextContents()).toEqual(['riverton']);
    expect(await page.locator('#panel dl').textContent()).toContain('Tagsevidence');
    await page.close();
  });

  it('the panel says who the text reports saying a statement, who endorses it, and when words are ironic', async () => {
    const { page } = await watchedPage(chromium, url);
    const select = async (id: string) => page.locator('.row', { has: page.locator('.rid', { hasText: new RegExp(`^${id}$`) }) }).first().click();
    await select('nothing-else-changed');
    expect(await page.locator('#panel dl').textContent()).toContain("Said byRiverton's traffic engineers");
    await select('only-the-lane');
    expect(await page.locator('#panel dl').textContent()).toContain('Endorsed byA. Reader');
    await select('no-cost');
    const panel = await page.locator('#panel dl').textContent();
    expect(panel).toContain('Actironic');
    expect(panel).toContain('a ruinous expense indeed(ironic)');
    // Near miss: a plain statement has none of these.
    await select('survey');
    expect(await page.locator('#panel dl').textContent()).not.toMatch(/Said by|Endorsed by|Act|\(ironic\)/);
    await page.close();
  });

  it('search finds a statement by a word of its text, and Enter selects each match in turn', async () => {
    const { page } = await watchedPage(chromium, url);
    await page.fill('#search', 'riverton');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ found$/);
    await page.press('#search', 'Enter');
    const first = await page.evaluate(() => document.body.dataset.selected);
    await page.press('#search', 'Enter');
    const second = await page.evaluate(() => document.body.dataset.selected);
    expect(first).toBe('statement:riverton');
    expect(second).not.toBe(first);
    expect(await page.locator('#search-status').textContent()).toMatch(/^2 of \d+$/);
    await page.close();
  });

  it('a speaker filter hides the others, in the outline and the diagram', async () => {
    const { page } = await watchedPage(chromium, url);
    await page.selectOption('#speaker-filter', 'shopkeepers');
    const shown = await page.locator('.row:not([hidden]) .rid').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    const speakers = await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('argmap-data')!.textContent!) as { items: { id: string; speaker?: string }[] };
      return Object.fromEntries(data.items.map((item) => [item.id, item.speaker]));
    });
    for (const id of shown) expect(speakers[id]).toBe('shopkeepers');
    expect(await page.locator('#diagram g.node.dim').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('the speaker filter also keeps what the text reports the speaker saying, as argmap tree --speaker does', async () => {
    const { page } = await watchedPage(chromium, url);
    await page.selectOption('#speaker-filter', 'engineers');
    // The engineers' backing, and the finding the letter reports from them though the author argues with it.
    expect((await page.locator('.row:not([hidden]) .rid').allTextContents()).sort()).toEqual(['nothing-else-changed', 'only-the-lane']);
    await page.close();
  });

  it('is keyboard reachable: Tab reaches the outline, Enter selects, arrows move, Left folds', async () => {
    const { page } = await watchedPage(chromium, url);
    await page.locator('.row').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.body.dataset.selected)).toBe('statement:build-lane');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('.row.folded').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('.row.folded').count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.body.dataset.selected)).not.toBe('statement:build-lane');
    // Tab order: search, filters, then the diagram, then the rows.
    await page.focus('#search');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('speaker-filter');
    await page.close();
  });

  it('zooms with + and − and fits with 0', async () => {
    const { page } = await watchedPage(chromium, url);
    await page.focus('#diagram');
    const zoom = () => page.evaluate(() => (window as unknown as { argmapPage: { view: { k: number } } }).argmapPage.view.k);
    const fitted = await zoom();
    await page.keyboard.press('+');
    expect(await zoom()).toBeCloseTo(fitted * 1.25);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    expect(await zoom()).toBeCloseTo(fitted * 0.8);
    await page.keyboard.press('0');
    expect(await zoom()).toBeCloseTo(fitted);
    await page.close();
  });

  it('the file is one self-contained page: no src or href to anything', () => {
    const html = readFileSync(new URL(url), 'utf8');
    expect(html).not.toMatch(/\s(src|href)=/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-`);
  });
});
