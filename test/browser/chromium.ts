/// <reference lib="dom" />
// Code passed to page.evaluate runs in the browser.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Debian's Chromium; the browser tests skip, saying why, when it is not installed. */
export const CHROMIUM = process.env.ARGMAP_CHROMIUM ?? '/usr/bin/chromium';
export const chromiumMissing = existsSync(CHROMIUM) ? undefined : `no Chromium at ${CHROMIUM} (apt install chromium, or set ARGMAP_CHROMIUM)`;
if (chromiumMissing !== undefined) console.log(`skipping the browser tests: ${chromiumMissing}`);

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh profile (--user-data-dir, through
 * Playwright's persistent context) and a temporary folder of its own, both
 * in one folder removed on close: Chromium leaves `.org.chromium.Chromium.*`
 * in TMPDIR now and then, which the tests' check for leftovers catches.
 * Nothing is downloaded and no background networking runs.
 */
export async function launchChromium(): Promise<Chromium> {
  const { chromium } = await import('playwright-core');
  const folder = mkdtempSync(join(tmpdir(), 'argmap-chromium-'));
  const profile = join(folder, 'profile');
  const temporary = join(folder, 'tmp');
  mkdirSync(temporary);
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      env: { ...process.env, TMPDIR: temporary },
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    return {
      context,
      async close() {
        await context.close().finally(() => rmSync(folder, { recursive: true, force: true }));
      },
    };
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }
}

/** What a page did that it must not: console errors, uncaught errors, requests other than the page itself, CSP violations. */
export interface Watch {
  errors: string[];
  requests: string[];
  violations: () => Promise<number>;
}

/** Opens a page that records what `Watch` lists; `window.__pwned` and dialogs stay untouched unless injected code runs. */
export async function watchedPage(chromium: Chromium, pageUrl: string): Promise<{ page: Page; watch: Watch }> {
  const page = await chromium.context.newPage();
  const watch: Watch = {
    errors: [],
    requests: [],
    violations: () => page.evaluate(() => (window as unknown as { __violations: number }).__violations),
  };
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: number };
    w.__violations = 0;
    document.addEventListener('securitypolicyviolation', () => {
      w.__violations++;
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('dialog', (dialog) => {
    watch.errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (request.url() !== pageUrl) watch.requests.push(request.url());
  });
  await page.goto(pageUrl);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, watch };
}
