#!/usr/bin/env node
// Screenshots for looking at the app: node scripts/shot.mjs <url> <out.png> [width] [clicks...]
import { chromium } from 'playwright-core';
const [url, out, width = '1280', ...clicks] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
const page = await ctx.newPage();
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await page.goto(url);
await page.waitForTimeout(500);
for (const c of clicks) {
  if (c.startsWith('fill:')) {
    const [, label, value] = c.split(':');
    await page.getByLabel(label).first().fill(value.replace(/\\n/g, '\n'));
  } else if (c.startsWith('ev:')) {
    await page.locator(`button[data-event="${c.slice(3)}"]`).click();
  } else {
    await page.getByRole('button', { name: c }).first().click();
  }
  await page.waitForTimeout(400);
}
await page.screenshot({ path: out, fullPage: true });
await browser.close();
