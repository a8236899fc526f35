// Compares the computed styles of every element of a page between two served builds, in light and dark, at 1280 and
// 400 px wide, in several states (buttons hovered and focused by keyboard, text typed). Pages: "runner" (a flow's case
// runner: toolbar, step, path, notes; each kind of step) and "home" (the whole frame: bar, home page, footer).
// Used when a component moves from MUI to plain elements styled by global.css: the page must look the same.
//   node scripts/compare-styles.mjs http://127.0.0.1:4410 http://127.0.0.1:4411 [runner|home]
// Prints each difference (state, element path, property, before → after) and the count; exits 1 when any differ.
import { chromium } from 'playwright-core';

const PROPS = ['display', 'position', 'box-sizing', 'width', 'height', 'min-width', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'border-top-width', 'border-top-style', 'border-top-color', 'border-left-width',
  'border-left-color', 'border-top-left-radius', 'background-color', 'color', 'font-family', 'font-size', 'font-weight', 'line-height', 'letter-spacing',
  'text-align', 'text-transform', 'text-decoration-line', 'white-space', 'overflow-wrap', 'word-break', 'overflow-x', 'list-style-type', 'gap',
  'flex-direction', 'flex-wrap', 'flex-grow', 'flex-shrink', 'align-items', 'justify-content', 'vertical-align', 'cursor', 'opacity', 'user-select',
  'outline-style', 'outline-width', 'outline-color', 'outline-offset', 'box-shadow', 'fill', 'transition-property', 'transition-duration',
  'pointer-events', 'content', 'appearance', 'min-height'];

const FLOW = '/flows/pin-reset-allowed-urls';
/** Answers a step, then parks the pointer in a corner: what the next step draws under it must not count as hovered. */
const click = async (page, step, event) => {
  await page.locator(`[data-step-id="${step}"] button[data-event="${event}"]`).click();
  await page.mouse.move(0, 0);
};
/** Each state: how to reach it from a fresh flow page. */
const RUNNER = {
  question: async () => {},
  'question-focus': async (p) => {
    await p.locator('[data-step-id="joined"] button[data-event="YES"]').focus();
    await p.keyboard.press('Shift+Tab');
    await p.keyboard.press('Tab');
  },
  'question-hover': async (p) => p.locator('[data-step-id="joined"] button[data-event="NOT_SURE"]').hover(),
  'evidence-code': async (p) => click(p, 'joined', 'NOT_SURE'),
  'detail-open': async (p) => {
    await click(p, 'joined', 'YES');
    await p.getByRole('button', { name: /detail/i }).click();
  },
  action: async (p) => {
    await click(p, 'joined', 'YES');
    await click(p, 'whereError', 'NOT_SURE');
  },
  'notes-writing': async (p) => {
    await click(p, 'joined', 'YES');
    await p.getByRole('button', { name: /note/i }).first().click();
  },
  'notes-one': async (p) => {
    await click(p, 'joined', 'YES');
    await p.getByRole('button', { name: /note/i }).first().click();
    await p.locator('#note-text').fill('A note');
    await p.getByRole('button', { name: /^add/i }).click();
  },
  outcome: async (p) => click(p, 'joined', 'NO'),
};

const tab = async (p, times) => {
  for (let i = 0; i < times; i++) await p.keyboard.press('Tab');
};
/** The home page's states, from a fresh visit. */
const HOME = {
  home: async () => {},
  'nav-focus': async (p) => tab(p, 3),
  'nav-hover': async (p) => p.locator('.app-nav a').first().hover(),
  'toggle-focus': async (p) => tab(p, 5),
  'toggle-hover': async (p) => p.locator('header button').hover(),
  'search-hover': async (p) => p.locator('#home-search').hover(),
  'search-focus': async (p) => tab(p, 6),
  'paste-focus': async (p) => tab(p, 7),
  'not-sure-focus': async (p) => tab(p, 8),
  'not-sure-hover': async (p) => p.locator('a[href$="/triage"]').hover(),
  'paste-cap': async (p) => {
    await p.locator('#home-evidence').evaluate((el) => {
      const t = /** @type {HTMLTextAreaElement} */ (el);
      t.value = 'x'.repeat(5 * 1024 * 1024 + 10);
      t.dispatchEvent(new Event('input', { bubbles: true }));
    });
  },
};
const PAGES = { runner: { path: FLOW, root: '.runner', states: RUNNER }, home: { path: '/', root: '.app', states: HOME } };
const PAGE = PAGES[/** @type {'runner' | 'home'} */ (process.argv[4] ?? 'runner')];

async function dump(base, scheme, width, reach) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(base + PAGE.path);
  await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
  await reach(page);
  await page.waitForTimeout(450);
  // Parts that load on demand (src/components/runnerParts.ts) may still be in a transition: read settled styles only.
  await page.waitForFunction(() => document.getAnimations().every((an) => an.playState !== 'running' || an.effect?.getTiming().iterations === Infinity));
  const res = await page.evaluate(([PROPS, root]) => {
    const out = [];
    const walk = (el, path) => {
      const cs = getComputedStyle(el);
      out.push([path, Object.fromEntries(PROPS.map((k) => [k, cs.getPropertyValue(k)]))]);
      for (const pe of ['::before', '::after']) {
        const c = getComputedStyle(el, pe);
        if (c.content !== 'none' && c.content !== 'normal') out.push([path + pe, Object.fromEntries(PROPS.map((k) => [k, c.getPropertyValue(k)]))]);
      }
      [...el.children].forEach((c, i) => walk(c, `${path}/${i}:${c.tagName.toLowerCase()}`));
    };
    walk(document.querySelector(root), root);
    return out;
  }, /** @type {[string[], string]} */ ([PROPS, PAGE.root]));
  await page.close();
  return res;
}

const [a, b] = process.argv.slice(2);
if (!a || !b || !PAGE) {
  console.error('usage: node scripts/compare-styles.mjs <before-url> <after-url> [runner|home]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
let diffs = 0;
let states = 0;
try {
  for (const [name, reach] of Object.entries(PAGE.states)) {
    for (const scheme of ['light', 'dark']) {
      for (const width of [1280, 400]) {
        states++;
        const [x, y] = [await dump(a, scheme, width, reach), await dump(b, scheme, width, reach)];
        const label = `${name} ${scheme} ${width}`;
        if (x.length !== y.length || x.some(([p], i) => p !== y[i][0])) {
          diffs++;
          const i = x.findIndex(([p], k) => p !== y[k]?.[0]);
          console.log(`${label}: the element trees differ (${x.length} vs ${y.length} elements; first at ${x[i]?.[0]} vs ${y[i]?.[0]})`);
          continue;
        }
        x.forEach(([path, st], i) => {
          for (const k of PROPS) {
            if (st[k] !== y[i][1][k]) {
              diffs++;
              console.log(`${label} ${path} ${k}: ${st[k]} → ${y[i][1][k]}`);
            }
          }
        });
      }
    }
  }
} finally {
  await browser.close();
}
console.log(`${states} states compared, ${diffs} differences`);
process.exit(diffs ? 1 : 0);
