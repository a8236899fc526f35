import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { prerender } from './scripts/prerender.mjs';
import { wordsPlugin } from './scripts/words-plugin.ts';

// BASE_PATH lets the app be hosted under a sub-path, e.g. BASE_PATH=/whfb/ npm run build
const raw = process.env.BASE_PATH ?? '/';
const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

/** Modules whose id matches, as a test for a chunk group. */
const anyOf = (...patterns: RegExp[]) => (id: string) => patterns.some((p) => p.test(id.replace(/\\/g, '/')));

/**
 * The chunks a first visit needs, so it fetches a handful of files instead of dozens (each request costs the main thread
 * a few milliseconds while the page starts): React (`vendor`) and the router (`router`); the app's start, routes and what the home
 * page shares with them (`shell`); a flow page's runner and the flows' shared code (`runner`). The app's groups are
 * lists, not followed imports, so nothing else (the entry's own code, MUI) is pulled in; a module in two groups goes
 * to the one of higher priority. `npm run bench:js` prints what each first visit loads.
 */
const startChunks = [
  // React and the router apart: src/main.tsx evaluates each in a task of its own.
  { name: 'vendor', priority: 4, test: anyOf(/\/node_modules\/(react|react-dom|scheduler)\//) },
  { name: 'router', priority: 3, test: anyOf(/\/node_modules\/react-router\//, /\/src\/app\/router\.ts$/) },
  {
    name: 'shell',
    priority: 2,
    includeDependenciesRecursively: false,
    test: anyOf(
      /\/src\/app\/(start|routes|Layout|RouteError|UpdatePrompt|ColorModeToggle|colorModes|colorScheme|firstScreen)\.tsx?$/,
      /\/src\/components\/(Icon|ErrorPanel|Notice|themedLazy|useDocumentTitle|visuallyHidden|cases\/StorageFaults|triage\/TextInput)\.tsx?$/,
      /\/src\/(paths|idle|cases\/storageKeys|flows\/ids|flows\/registry|flows\/shared\/meta|evidence\/cap)\.ts$/,
      /\/src\/flows\/[^/]+\/meta\.yaml\?catalog$/,
      /\/src\/words\/(messagesShell|locale|pseudo)\.ts$/,
      /\/src\/messages\/en\.shell\.yaml$/,
    ),
  },
  {
    name: 'runner',
    priority: 1,
    includeDependenciesRecursively: false,
    test: anyOf(
      /\/src\/app\/(FlowPage\.tsx|staticCase\.ts)$/,
      /\/src\/components\/(CaseRunner|Loading|StepView|ActionStepView|AnswerButtons|HowToList|Paragraphs|CodeBlock|PathPanel|RunnerToolbar|useStableCallback|useFocusHeading|runnerParts|cases\/NotesPanel|cases\/files)\.tsx?$/,
      /\/src\/cases\/(?!storageKeys|redact|share|lzBounded|markdown|report)[^/]+\.ts$/,
      /\/src\/flows\/shared\/(?!matches)/,
      /\/src\/flows\/[^/]+\/builds\.ts$/,
      /\/src\/words\/(template|messages)\.ts$/,
      /\/src\/messages\/en\.yaml$/,
      /\/src\/evidence\/(build-numbers|ascii|text|hosts)\.ts$/,
      /\/node_modules\/(xstate|valibot)\//,
    ),
  },
  {
    // The evidence form names the kinds of evidence it recognises: those names, without the analyzers.
    name: 'evidence-names',
    priority: 1,
    includeDependenciesRecursively: false,
    test: anyOf(/\/src\/evidence\/(kinds|types|say)\.ts$/, /\/src\/evidence\/words\.yaml$/),
  },
];

/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium 136+; other engines read a comment) on the
 * chunks a first visit runs: their functions are compiled while the file streams in, on a background thread, instead
 * of one by one on the main thread the first time each is called (react-router's start, hydration). Added last (after
 * Vite's own preamble), as V8 reads it only at the very top of a file.
 */
const compileHints = (): Plugin => {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  const hinted = (chunk: { name: string; facadeModuleId: string | null }) =>
    startChunks.some((g) => g.name === chunk.name) || /\/src\/(flows\/[^/]+\/index|app\/HomePage)\./.test(chunk.facadeModuleId ?? '');
  return {
    name: 'whfb:compile-hints',
    apply: 'build',
    // The file's name (its hash) changes with the hint, as its content does.
    augmentChunkHash: (chunk) => (hinted(chunk) ? HINT : undefined),
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && hinted(chunk)) chunk.code = HINT + chunk.code;
      },
    },
  };
};

/**
 * The entry's stylesheet (global.css) is inlined into every page by the build (whfb:prerender), but Vite lists a
 * stylesheet the entry imports as a dependency of every chunk loaded on demand, and its loader adds a `<link>` for it
 * when it finds none: while the app started, every page fetched a second copy of the inlined styles and restyled the
 * whole page (8–20 ms in Lighthouse's traces). Dropped from the entry's list after the page's `<link>` was written
 * (vite:build-html) and before the loader's lists are (vite:build-import-analysis), hence `enforce: 'post'`.
 */
const inlinedEntryCss = (): Plugin => ({
  name: 'whfb:inlined-entry-css',
  apply: 'build',
  enforce: 'post',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.isEntry && chunk.facadeModuleId?.endsWith('index.html')) chunk.viteMetadata?.importedCss.clear();
    }
  },
});

export default defineConfig({
  base,
  // The evidence worker (src/evidence/worker.ts) imports the analyzers' words (src/evidence/words.yaml).
  worker: { plugins: () => [wordsPlugin()] },
  plugins: [
    react(),
    wordsPlugin(),
    compileHints(),
    inlinedEntryCss(),
    {
      // Static HTML for the home page and each flow's start page (rendered in Node, no browser), written before the
      // service worker is generated (vite-plugin-pwa does that in closeBundle) so the pages are precached too.
      name: 'whfb:prerender',
      apply: 'build',
      writeBundle: {
        sequential: true,
        order: 'post',
        async handler(options) {
          if (!options.dir) return;
          // The app's own stylesheet (global.css, under a kilobyte) goes inline: no request blocks the first paint.
          const shell = join(options.dir, 'index.html');
          writeFileSync(
            shell,
            readFileSync(shell, 'utf8').replace(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"[^>]*>/g, (_tag, href: string) => {
              const css = readFileSync(join(options.dir!, href.slice(base.length)), 'utf8');
              return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
            }),
          );
          // app.html: the empty app shell, served for every deep link that has no page of its own, so no
          // route ever flashes another page's prerendered content (deploy/whfb-app.conf, navigateFallback).
          copyFileSync(join(options.dir, 'index.html'), join(options.dir, 'app.html'));
          await prerender({ outDir: options.dir, base, plugins: [wordsPlugin()] });
        },
      },
    },
    {
      // `vite preview` serves pages as deploy/whfb-app.conf does: a prerendered page when there is one (and the URL
      // carries no case), else the empty shell app.html, never another page's static copy.
      name: 'whfb:preview-pages',
      configurePreviewServer(server) {
        const dir = join(server.config.root, server.config.build.outDir);
        server.middlewares.use((req, _res, next) => {
          const url = new URL(req.url ?? '/', 'http://x');
          if (!url.pathname.startsWith(base) || /\.\w+$/.test(url.pathname) || !/html/.test(req.headers.accept ?? '')) return next();
          const page = url.pathname.slice(base.length).replace(/\/+$/, '');
          const file = page ? `${page}/index.html` : 'index.html';
          const own = !url.searchParams.has('case') && existsSync(join(dir, file));
          req.url = `${base}${own ? file : 'app.html'}${url.search}`;
          next();
        });
      },
    },
    VitePWA({
      // A new version waits until the person chooses "Reload" (src/app/UpdatePrompt.tsx): never a half-old app.
      registerType: 'prompt',
      // Registration is imported by UpdatePrompt (a file, so the CSP needs no inline script).
      injectRegister: false,
      includeAssets: ['favicon-32.png', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'WHfB Troubleshooter',
        short_name: 'WHfB Help',
        description: 'Step-by-step troubleshooting for Windows Hello for Business deployment issues.',
        theme_color: '#0b5cad',
        background_color: '#f6f8fb',
        display: 'standalone',
        start_url: base,
        scope: base,
        // PNG only (scripts/make-icons.mjs says why).
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
        ],
      },
      workbox: {
        // Every chunk (each flow is a lazy chunk) and the prerendered pages: all flows work offline after one visit.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'app.html',
        // Case ids and step numbers in the query never change which page shell is served.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  // No runtime preloading of dynamic imports' dependencies: adding each <link rel=modulepreload> from script costs
  // the main thread about half a millisecond, and start-up imports dozens; the browser fetches a chunk's own
  // imports as soon as it has the chunk.
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    modulePreload: false,
    rollupOptions: {
      // @emotion/react imports 'hoist-non-react-statics' bare (for withTheme, which nothing here uses); the package
      // declares no side effects field, so it and a second react-is (16) were kept on every first visit (~1.5 KB gzip).
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]hoist-non-react-statics[\\/]/.test(id) },
      // A first visit's code in a few chunks (startChunks); everything else is split as Rolldown chooses.
      output: { codeSplitting: { groups: startChunks } },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
