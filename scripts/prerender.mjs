// Prerendering: after `vite build` has written the files (and before the service worker is generated, so the
// pages are precached), load the home page and each flow's start page in Chromium and save what they show as
// static HTML: dist/index.html and dist/flows/<id>/index.html. The browser paints that at once; the app then
// renders over it (src/main.tsx). Run by the Vite plugin in vite.config.ts; PRERENDER=0 skips it.
// Also usable alone: node scripts/prerender.mjs [outDir]   (BASE_PATH as for the build)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.webmanifest': 'application/manifest+json' };

/** A static server for the build under its base path, falling back to the app shell for deep links. */
function serve(dir, base, shell) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) return res.writeHead(404).end();
    const file = normalize(join(dir, path.slice(base.length)));
    if (file.startsWith(dir) && existsSync(file) && extname(file)) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      return res.end(readFileSync(file));
    }
    if (extname(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html' }).end(shell);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * The page as shown: #root's markup, the CSS emotion inserted (it uses insertRule: the <style> tags are empty), the
 * title. The components' CSS is kept in emotion's server-rendering form (<style data-emotion="css id1 id2 …">): when
 * the app starts, emotion finds those ids already in the page and does not insert them again, which keeps the
 * app's first render short. Global styles (CssBaseline, the theme's CSS variables) are re-inserted by the app, so
 * their static copy is dropped once it has.
 */
async function capture(page) {
  return page.evaluate(() => {
    const rulesOf = (selector) => [...document.querySelectorAll(selector)].flatMap((s) => [...(s.sheet?.cssRules ?? [])].map((r) => r.cssText));
    const classRules = rulesOf('style[data-emotion="css"]');
    const ids = new Set();
    for (const rule of classRules) {
      for (const m of rule.matchAll(/\.css-([a-z0-9]+)/g)) ids.add(m[1]);
      const frames = rule.match(/^@keyframes (animation-[a-z0-9]+)/);
      if (frames) ids.add(frames[1]);
    }
    const css = rulesOf('style[data-emotion="css-global"]').join('\n');
    const classCss = { ids: [...ids], css: classRules.join('\n') };
    // Controls do nothing until the app has started: disabled, so a click or typing is never silently lost
    // (the app replaces them within a moment; browser automation waits for them to be enabled).
    const root = document.getElementById('root')?.cloneNode(true);
    root?.querySelectorAll('button, input, textarea, select').forEach((el) => el.setAttribute('disabled', ''));
    // The step hooks (data-step-id / data-step-kind) mark a live step: the static copy carries them renamed.
    root?.querySelectorAll('[data-step-id]').forEach((el) => {
      el.setAttribute('data-static-step-id', el.getAttribute('data-step-id') ?? '');
      el.removeAttribute('data-step-id');
      el.removeAttribute('data-step-kind');
    });
    return { html: root?.innerHTML ?? '', css, classCss, title: document.title };
  });
}

/** A new visitor has no case yet: links in the static page must not carry the one made while prerendering. */
function withoutCase(html) {
  return html.replace(/(href="[^"?]*)\?case=[^"]*"/g, '$1"');
}

function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inject(shell, { html, css, classCss, title }) {
  if (!html || /<script/i.test(html)) throw new Error('prerender: unexpected page content');
  const safe = (text) => text.replace(/<\/style/gi, '<\\/style');
  const ids = classCss.ids.filter((id) => /^[a-z0-9-]+$/.test(id)).join(' ');
  return shell
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
    .replace('</head>', `<style data-prerender>${safe(css)}</style>\n<style data-emotion="css ${ids}">${safe(classCss.css)}</style>\n</head>`)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered>${html}</div>`);
}

/** Every flow's id: the folders of src/flows that hold a meta.ts (the registry finds the same folders). */
export function readFlowIds() {
  const flowsDir = resolve(import.meta.dirname, '../src/flows');
  return readdirSync(flowsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(flowsDir, d.name, 'meta.ts')))
    .map((d) => d.name)
    .sort();
}

/**
 * @param {{ outDir: string, base?: string, flowIds?: readonly string[] }} opts
 */
export async function prerender({ outDir, base = '/', flowIds }) {
  const dir = resolve(outDir);
  if (process.env.PRERENDER === '0') return;
  if (!existsSync(CHROMIUM)) {
    console.warn(`prerender: no Chromium at ${CHROMIUM}; pages are not prerendered (the app still works).`);
    return;
  }
  const ids = flowIds ?? readFlowIds();
  const shell = readFileSync(join(dir, 'index.html'), 'utf8');
  const server = await serve(dir, base, shell);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const pages = [];
  let failure;
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${origin}${base}`);
    await page.locator('a[data-flow-id]').first().waitFor();
    pages.push({ file: 'index.html', ...(await capture(page)) });
    for (const id of ids ?? []) {
      await page.goto(`${origin}${base}flows/${id}`);
      const found = await page
        .locator('[data-step-id]')
        .waitFor({ timeout: 15000 })
        .then(() => true)
        .catch(() => false);
      if (!found) continue; // not registered yet: deep links get the app shell
      await page.evaluate(() => localStorage.clear());
      const shown = await capture(page);
      pages.push({ file: `flows/${id}/index.html`, ...shown, html: withoutCase(shown.html) });
    }
  } catch (e) {
    failure = e;
  } finally {
    await browser.close();
    server.close();
  }
  if (failure) {
    // The app works without prerendered pages (the shell renders everything): warn, don't fail the build.
    console.warn(`prerender: skipped, the pages could not be rendered (${failure.message?.split('\n')[0]})`);
    return;
  }
  for (const p of pages) {
    mkdirSync(join(dir, p.file, '..'), { recursive: true });
    writeFileSync(join(dir, p.file), inject(shell, p));
  }
  console.log(`prerendered ${pages.length} pages: ${pages.map((p) => p.file).join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const raw = process.env.BASE_PATH ?? '/';
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  await prerender({ outDir: process.argv[2] ?? 'dist', base });
}
