// Prerendering without a browser: after `vite build` has written the files (and before the service worker is
// generated, so the pages are precached), build src/app/renderStatic.tsx for Node with Vite's SSR build, render the
// home page and each flow's first step with react-dom/static, and save them as dist/index.html and
// dist/flows/<id>/index.html. The browser paints that at once and src/app/start.tsx hydrates it (keeps the DOM).
// Run by the Vite plugin in vite.config.ts; PRERENDER=0 skips it. Also usable alone:
//   npx tsx scripts/prerender.mjs [outDir]   (BASE_PATH as for the build)
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..');

function escapeText(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Each sheet's CSS in a plain <style> (CSS never closes its own tag); the theme's variables marked for src/app/start.tsx. */
function plainStyleTags(styles) {
  return styles.map((s) => `<style${s.themeVars ? ' data-theme-vars' : ''}>${s.css.replace(/<\/style/gi, '<\\/style')}</style>`).join('');
}

/** Puts style sheets (emotion's global styles, each a plain <style>) into a page's <head>. */
export function injectStyles(shell, styles) {
  return shell.replace('</head>', `${plainStyleTags(styles)}\n</head>`);
}

/** Puts a rendered page into the app shell: title, emotion's <style> tags in <head>, the markup in #root. */
export function inject(shell, { path, html, styles, title }) {
  if (!html || /<script/i.test(html)) throw new Error('prerender: unexpected page content');
  // Ids are emotion's (letters, digits, dashes, spaces).
  // Each style sheet is written twice: its CSS in a plain <style> that nothing moves, and an empty <style
  // data-emotion="…"> that tells emotion which classes and global styles are already in the page. Emotion moves the
  // tags it adopts to the end of <head> (and its Global component moves its own), which would make the browser parse
  // their CSS again and restyle the page; an empty tag costs nothing to move. The theme's variables are marked for
  // src/app/start.tsx, which then keeps them as they are.
  const valid = styles.filter((s) => /^[a-z0-9 -]+$/i.test(s.id));
  const tags =
    plainStyleTags(valid) +
    valid.filter((s) => !s.themeVars).map((s) => `<style data-emotion="${s.id}" data-s=""></style>`).join('');
  // Until the app has started (src/app/start.tsx removes the marker), the static buttons do nothing, so they take no
  // clicks (browser automation waits for them); links work as plain links and typing is kept (HomePage reads it).
  const untilStarted = '<style>#root[data-prerendered] button{pointer-events:none}</style>';
  const out = shell
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
    .replace('</head>', `${untilStarted}${tags}\n</head>`)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${escapeText(path).replace(/"/g, '')}">${html}</div>`);
  if (!out.includes('data-prerendered')) throw new Error('prerender: the shell has no <div id="root"></div>');
  return out;
}

/** Builds the static renderer for Node into a scratch folder and imports it. */
async function loadRenderer(base, plugins) {
  const { build } = await import('vite');
  const react = (await import('@vitejs/plugin-react')).default;
  const outDir = mkdtempSync(join(tmpdir(), 'whfb-prerender-'));
  await build({
    configFile: false,
    root: ROOT,
    base,
    logLevel: 'warn',
    plugins: [
      react(),
      // The words files (YAML), read and checked as in the app's build.
      ...plugins,
      // The service worker registration only runs in an effect: never on the server.
      { name: 'whfb:no-pwa-register', resolveId: (id) => (id === 'virtual:pwa-register' ? '\0pwa-register' : undefined), load: (id) => (id === '\0pwa-register' ? 'export function registerSW() {}' : undefined) },
    ],
    ssr: { noExternal: true },
    build: {
      ssr: 'src/app/renderStatic.tsx',
      outDir,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { format: 'esm', entryFileNames: 'render.mjs' } },
    },
  });
  return { module: await import(pathToFileURL(join(outDir, 'render.mjs')).href), cleanup: () => rmSync(outDir, { recursive: true, force: true }) };
}

/** Every flow's id: the folders of src/flows that hold a meta.yaml (the registry finds the same folders). */
export function readFlowIds() {
  const flowsDir = join(ROOT, 'src/flows');
  return readdirSync(flowsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(flowsDir, d.name, 'meta.yaml')))
    .map((d) => d.name)
    .sort();
}

/**
 * @param {{ outDir: string, base?: string }} opts
 */
export async function prerender({ outDir, base = '/', plugins = [] }) {
  if (process.env.PRERENDER === '0') return;
  const dir = resolve(outDir);
  const shell = readFileSync(join(dir, 'index.html'), 'utf8');
  const { module, cleanup } = await loadRenderer(base, plugins);
  try {
    const pages = [];
    const paths = module.staticPaths();
    const missing = readFlowIds().filter((id) => !paths.includes(`flows/${id}`));
    if (missing.length) throw new Error(`prerender: no static page for ${missing.join(', ')}`);
    for (const path of paths) {
      const page = await module.renderPage(path, base);
      // A flow's page that shows no step would hydrate into a mismatch: fail the build instead.
      if (path.startsWith('flows/') && !page.html.includes('data-step-id=')) throw new Error(`prerender: ${path} rendered no step`);
      pages.push(page);
    }
    for (const page of pages) {
      const file = page.path ? join(dir, page.path, 'index.html') : join(dir, 'index.html');
      mkdirSync(join(file, '..'), { recursive: true });
      writeFileSync(file, inject(shell, page));
    }
    // The empty shell for deep links (written by vite.config.ts) gets the theme's variables and base styles too.
    const app = join(dir, 'app.html');
    if (existsSync(app)) writeFileSync(app, injectStyles(readFileSync(app, 'utf8'), await module.renderBaseStyles()));
    console.log(`prerendered ${pages.length} pages: ${pages.map((p) => p.path || '/').join(', ')}`);
  } finally {
    cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const raw = process.env.BASE_PATH ?? '/';
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const { wordsPlugin } = await import('./words-plugin.ts');
  await prerender({ outDir: process.argv[2] ?? 'dist', base, plugins: [wordsPlugin()] });
}
