// Lighthouse (mobile and desktop) against a served build, in Debian's Chromium. Median of several runs by score.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function summary(lhr) {
  const a = lhr.audits;
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: Math.round(a['first-contentful-paint'].numericValue),
    lcpMs: Math.round(a['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(a['total-blocking-time'].numericValue),
    cls: Number(a['cumulative-layout-shift'].numericValue.toFixed(3)),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  };
}

/**
 * @param {string[]} urls
 * @param {{ runs?: number, chromePath?: string }} [opts]
 */
export async function runLighthouse(urls, { runs = 3, chromePath = '/usr/bin/chromium' } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  const results = [];
  try {
    for (const url of urls) {
      for (const formFactor of ['mobile', 'desktop']) {
        const got = [];
        for (let i = 0, tries = 0; i < runs && tries < runs + 3; tries++) {
          const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, formFactor === 'desktop' ? desktopConfig : undefined);
          if (!r || r.lhr.runtimeError) continue; // e.g. NO_NAVSTART on a busy machine: try again
          got.push(summary(r.lhr));
          i++;
        }
        got.sort((x, y) => x.performance - y.performance);
        results.push({ url, formFactor, runs: got.length, ...got[Math.floor(got.length / 2)], all: got.map((g) => g.performance) });
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
