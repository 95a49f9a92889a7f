// Writes docs/unilateral-concessions-page.png, the README's picture of the
// interactive page: the article's map exported as HTML, opened in Debian's
// headless Chromium (driven by playwright-core, which downloads no browser),
// with the first thesis selected and the diagram zoomed in on it. Run by `npm run docs:screenshot` after
// changing the page; needs `chromium` (apt install chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.ARGMAP_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`no Chromium at ${CHROMIUM}: apt install chromium, or set ARGMAP_CHROMIUM`);
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'argmap-screenshot-'));
try {
  const page = join(work, 'map.html');
  const run = spawnSync(process.execPath, ['bin/argmap', 'export', 'maps/unilateral-concessions.yaml', '--eval', '-o', page], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const tab = await context.newPage();
  await tab.goto(pathToFileURL(page).href);
  // Select the first thesis in the outline (the diagram pans to it), then zoom in on it.
  await tab.locator('.row').first().click();
  for (let i = 0; i < 4; i++) await tab.locator('#diagram button', { hasText: '+' }).click();
  await tab.screenshot({ path: 'docs/unilateral-concessions-page.png' });
  await context.close();
  console.log('wrote docs/unilateral-concessions-page.png');
} finally {
  rmSync(work, { recursive: true, force: true });
}
