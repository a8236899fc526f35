#!/usr/bin/env node
// Renders scripts/icon.svg to the PNG icons the app uses (run once; the PNGs in public/ are committed): the page's
// favicon (32 px) and the web manifest's icons. PNG, not SVG: Chromium draws an SVG icon as a little document of its
// own on the page's main thread while the page starts (about 15–20 ms each on a slow machine); a PNG is decoded off it.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('./icon.svg', import.meta.url), 'utf8');
const files = { 32: 'favicon-32.png', 192: 'icon-192.png', 512: 'icon-512.png' };
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const [size, file] of Object.entries(files).map(([s, f]) => [Number(s), f])) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: new URL(`../public/${file}`, import.meta.url).pathname, omitBackground: true });
  await page.close();
}
await browser.close();
