// Lighthouse against a served build, in Debian's Chromium. Every run is a first visit: a new Chromium with a new,
// empty profile (no cache, no service worker, no storage), closed after the run. The median run by score is reported.
// Lives in bench/ (its own package.json and lock, installed by `npm run bench`), so the app's `npm ci` never installs it.
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { cpuShare, cpuTimes } from '../scripts/bench/machine.mjs';

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

/** One Lighthouse run in a Chromium of its own, with the share of the CPUs' time the host took meanwhile (stealPct). */
async function once(url, formFactor, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS });
  try {
    const cpu = cpuTimes();
    const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }, formFactor === 'desktop' ? desktopConfig : undefined);
    const stealPct = Math.round(cpuShare(cpu, cpuTimes())?.stealPct ?? NaN);
    return r && !r.lhr.runtimeError ? { ...summary(r.lhr), stealPct } : undefined;
  } finally {
    chrome.kill();
  }
}

/**
 * @param {string[]} urls
 * @param {{ runs?: number, formFactors?: string[], chromePath?: string, log?: (s: string) => void }} [opts]
 */
export async function runLighthouse(urls, { runs = 5, formFactors = ['mobile'], chromePath = '/usr/bin/chromium', log = () => {} } = {}) {
  const results = [];
  for (const url of urls) {
    for (const formFactor of formFactors) {
      const got = [];
      for (let tries = 0; got.length < runs && tries < runs + 3; tries++) {
        const r = await once(url, formFactor, chromePath).catch(() => undefined); // e.g. NO_NAVSTART on a busy machine
        if (r) got.push(r);
      }
      if (!got.length) {
        results.push({ url, formFactor, runs: 0, all: [] });
        continue;
      }
      // Each figure's own median (the score's median run need not have the median LCP).
      const median = (key) => [...got.map((g) => g[key])].sort((x, y) => x - y)[Math.floor(got.length / 2)];
      const figures = Object.fromEntries(Object.keys(got[0]).map((k) => [k, median(k)]));
      // The CPU time the host took from this virtual machine during each run: a run with much of it stolen timed a crowded machine.
      log(`  ${formFactor} ${new URL(url).pathname}: perf ${got.map((g) => g.performance).join('/')} · LCP ${got.map((g) => g.lcpMs).join('/')} ms · TBT ${got.map((g) => g.tbtMs).join('/')} ms · CPU stolen ${got.map((g) => g.stealPct).join('/')}%`);
      results.push({ url, formFactor, runs: got.length, ...figures, all: got.map((g) => g.performance) });
    }
  }
  return results;
}
