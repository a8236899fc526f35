// Build-time rendering of a page to static HTML (scripts/prerender.mjs builds this file for Node and calls it):
// React's own static rendering (react-dom/static) with react-router's static handler and emotion's server
// rendering. The browser paints the HTML at once and src/app/start.tsx hydrates it, so it must render exactly
// what the app's first render in the browser does.
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import createCache from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { allFlows, flowMeta } from '../flows/registry';
import { caseStore } from '../cases/store';
import { staticCase, staticCaseUrl } from './staticCase';
import { routes } from './routes';
import { theme } from '../components/theme';
import { t } from '../words/messages';

export interface StaticPage {
  /** Path of the page under the base, e.g. "" or "flows/<id>". */
  path: string;
  /** #root's markup. */
  html: string;
  /** The <style> tags for <head>: emotion's global styles, then the components' classes. */
  styles: { id: string; css: string; themeVars?: boolean }[];
  title: string;
}

/** The pages worth prerendering: the home page and each registered flow's first step. */
export function staticPaths(): string[] {
  return ['', ...allFlows.map((m) => `flows/${m.id}`)];
}

async function toText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

/**
 * The theme's CSS variables and MUI's base styles, written into every page (no element: src/components/Themed.tsx and
 * the plain screens rely on these styles being in the page).
 */
const baseStyles = (
  <ThemeProvider theme={theme} defaultMode="system">
    <CssBaseline enableColorScheme />
  </ThemeProvider>
);

/** Renders one page; `base` is the app's base path ("/" or "/whfb/"). */
export async function renderPage(path: string, base: string): Promise<StaticPage> {
  const basename = base.replace(/\/$/, '') || '/';
  const flowId = path.match(/^flows\/([^/]+)$/)?.[1];
  let url = `http://localhost${base}${path}`;
  let title = t('app.documentTitle', { title: t('home.title') });
  if (flowId) {
    // A new visitor's case at its first step, as the browser opens it (src/cases/openCase.ts), under a fixed id.
    const meta = flowMeta(flowId)!;
    caseStore.hold(staticCase(meta.id, meta.title));
    url = `http://localhost${basename === '/' ? '' : basename}${staticCaseUrl(meta.id)}`;
    title = t('app.documentTitle', { title: meta.title });
  }
  const handler = createStaticHandler(routes, { basename });
  const context = await handler.query(new Request(url));
  if (context instanceof Response) throw new Error(`prerender: ${path} answered with a redirect`);
  const router = createStaticRouter(handler.dataRoutes, context);
  const cache = createCache({ key: 'css' });
  // "compat": emotion keeps the CSS in cache.inserted instead of writing <style> tags next to the elements.
  cache.compat = true;
  const { prelude } = await prerender(
    <StrictMode>
      <CacheProvider value={cache}>
        {/* Three children, as the browser's (src/app/start.tsx: the router, Started, BaseStyles), so React's useId
            gives the same ids on both sides. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
        {null}
        {baseStyles}
      </CacheProvider>
    </StrictMode>,
    // Never outline a Suspense boundary into a hidden segment + inline <script>: a page is one static document
    // (React outlines a boundary past 12,800 bytes by default, e.g. a flow whose first step is an evidence form).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await toText(prelude);
  return { path, html, styles: stylesOf(cache, html), title };
}

/**
 * The theme's CSS variables and MUI's base styles alone, for the empty app shell (app.html, the page of every deep link
 * with no static copy): MUI's theme provider is not at the app's root, so these must be in every page.
 */
export async function renderBaseStyles(): Promise<StaticPage['styles']> {
  const cache = createCache({ key: 'css' });
  cache.compat = true;
  const { prelude } = await prerender(<CacheProvider value={cache}>{baseStyles}</CacheProvider>);
  await toText(prelude);
  return stylesOf(cache, '').filter((s) => s.css);
}

/** A variable only the theme's own style sheet defines. */
const THEME_VAR = '--mui-palette-primary-main:';

/**
 * Emotion's server-rendering form (what @emotion/server's constructStyleTagsFromChunks writes): one
 * <style data-emotion="css-global NAME"> per global style, which the Global component adopts, and one
 * <style data-emotion="css id1 id2 …"> for the components' classes, which the browser's cache registers as inserted.
 */
function stylesOf(cache: ReturnType<typeof createCache>, html: string): StaticPage['styles'] {
  const globals: StaticPage['styles'] = [];
  const ids: string[] = [];
  let css = '';
  for (const [id, rules] of Object.entries(cache.inserted)) {
    if (typeof rules !== 'string') continue;
    if (html.includes(`${cache.key}-${id}`)) {
      ids.push(id);
      css += rules;
    } else if (cache.registered[`${cache.key}-${id}`] !== undefined) {
      // A class no element keeps: a wrapping component's own styles (MUI's Button around ButtonBase), which the
      // inner element merges into its class. Listed without its CSS, so the browser's cache counts it as inserted
      // and does not compile and insert it again while hydrating (61 unused rules on a flow page).
      ids.push(id);
    } else {
      // Global styles (and keyframes, which the browser inserts again when used: harmless).
      // The theme's CSS variables are marked: the browser then keeps them as they are (src/app/start.tsx).
      globals.push({ id: `${cache.key}-global ${id}`, css: rules, ...(rules.includes(THEME_VAR) ? { themeVars: true } : {}) });
    }
  }
  return [...globals, { id: `${cache.key} ${ids.join(' ')}`, css }];
}
