#!/usr/bin/env node
// npm run bench: builds the app, serves it with nginx (deploy/nginx.conf) and prints, against the budgets: bundle
// sizes, Lighthouse (mobile) for "/" and every flow's first step — each run a first visit in a new Chromium, median of
// BENCH_RUNS (default 5) —, the JavaScript a first visit to "/" downloads, step transition latency (first move cold,
// later moves warm) and evidence analyzer throughput. It reports; it is not a test: it always exits 0.
// Lighthouse lives in bench/ (own package.json and lock), installed here on first use, never by the app's npm ci.
// BENCH_DESKTOP=1 adds Lighthouse desktop runs; BENCH_PAGES=home,adfs2019-ugs-scope limits the pages.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleSizes } from './bench/sizes.mjs';
import { runTransitions } from './bench/transitions.mjs';
import { HOME_JS_BUDGET_KB } from './bench/first-visit-js.mjs';
import { cpuShare, cpuTimes, describeShare } from './bench/machine.mjs';
import { buildApp, ensureChromium, startNginx } from './serve-build.mjs';

const ROOT = resolve(import.meta.dirname, '..');
// A report, not a test: whatever fails is printed and the exit code stays 0.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (e) => {
    console.error(`bench: stopped early: ${e?.stack ?? e}`);
    process.exit(0);
  });
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4380);
const mark = (ok) => (ok ? '✓' : '✗');
const f1 = (n) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
const DIST = 'dist-bench'; // its own build folder: never the one an e2e run is serving
const BUDGET = { perf: 98, lcpMs: 1800, tbtMs: 100, homeJsKb: HOME_JS_BUDGET_KB, coldP95: 50, warmP95: 16 };

/** Installs bench/'s own tools (Lighthouse and its Chromium driver) from bench/package-lock.json when missing. */
function ensureBenchTools() {
  const dir = join(ROOT, 'bench');
  const installed = join(dir, 'node_modules/.package-lock.json');
  if (existsSync(installed) && readFileSync(installed, 'utf8').includes('"node_modules/lighthouse"')) return true;
  console.log('Installing the benchmark tools into bench/ (npm ci, once)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel', 'error'], { cwd: dir, stdio: 'inherit' });
  return r.status === 0;
}

function flowIds() {
  const src = readFileSync(join(ROOT, 'src/flows/ids.ts'), 'utf8');
  const list = src.match(/FLOW_IDS\s*=\s*\[([^\]]*)\]/)?.[1] ?? '';
  return [...list.matchAll(/'([a-z0-9-]+)'/g)].map((m) => m[1]);
}

ensureChromium();
const toolsOk = ensureBenchTools();
console.log('Building…');
buildApp({ outDir: DIST });

const report = { date: new Date().toISOString(), runs: RUNS };
const sizes = bundleSizes(DIST);
report.sizes = sizes;
const only = process.env.BENCH_PAGES?.split(',');
const pages = ['/', ...flowIds().filter((id) => existsSync(join(ROOT, DIST, 'flows', id, 'index.html'))).map((id) => `/flows/${id}`)].filter(
  (p) => !only || only.some((o) => (o === 'home' ? p === '/' : p.endsWith(`/${o}`))),
);

const server = await startNginx({ dist: DIST, port: PORT });
try {
  if (toolsOk) {
    const { runLighthouse } = await import('../bench/lighthouse.mjs');
    const formFactors = process.env.BENCH_DESKTOP === '1' ? ['mobile', 'desktop'] : ['mobile'];
    console.log(`Served by nginx (deploy/nginx.conf) at ${server.url}/; Lighthouse ${formFactors.join(' + ')} ×${RUNS} per page, a new Chromium each run…`);
    const cpu = cpuTimes();
    report.lighthouse = await runLighthouse(
      pages.map((p) => server.url + p),
      { runs: RUNS, formFactors, log: (s) => console.log(s) },
    );
    // Lighthouse keeps the CPUs busy itself; the time stolen by the host is what tells of a crowded machine.
    report.lighthouseMachine = cpuShare(cpu, cpuTimes());
  } else {
    report.lighthouse = [];
    console.log('Lighthouse skipped: the benchmark tools could not be installed into bench/.');
  }
  console.log('First visit downloads and step transitions…');
  report.transitions = await runTransitions(server.url);
} finally {
  server.stop();
}

console.log('Evidence analyzers…');
const ev = spawnSync('node_modules/.bin/tsx', ['--import', './scripts/yaml-register.mjs', 'scripts/bench-evidence.ts'], { encoding: 'utf8' });
// "analyzeEvidence: 88.8 ms 56.3 MB/s" or "analyzeEvidence  wall  88.8 ms  56.3 MB/s  cpu …": the first figures.
const evMatch = ev.stdout?.match(/analyzeEvidence\b[^\d\n]*([\d.]+) ms\s+([\d.]+) MB\/s/);
const evSize = ev.stdout?.match(/([\d.]+) MB[^/]/)?.[1];
report.evidence = evMatch
  ? { ms: Number(evMatch[1]), mbPerS: Number(evMatch[2]), pasteMb: evSize ? Number(evSize) : undefined, output: ev.stdout }
  : { error: (ev.stderr || ev.stdout || 'no output').split('\n').slice(0, 3).join(' ').slice(0, 200) };

// ---- print
const rows = [];
const row = (what, value, budget, ok) => rows.push([what, value, budget, ok === undefined ? '' : mark(ok)]);
const t = report.transitions;
row('First visit to /: JS downloaded until network idle, gzip', `${f1(t.firstVisit.kb)} KB (${t.firstVisit.count} files)`, `≤ ${BUDGET.homeJsKb} KB`, t.firstVisit.kb <= BUDGET.homeJsKb);
row('Startup JS (entry + what main.tsx loads), gzip', `${f1(sizes.startupKb)} KB (${sizes.startupFiles} files)`, '', undefined);
for (const s of sizes.screens) row(`  + screen ${s.name}`, `${f1(s.kb)} KB`, '', undefined);
for (const s of sizes.flows) row(`  + flow ${s.name}`, `${f1(s.kb)} KB`, '', undefined);
for (const l of report.lighthouse) {
  const page = new URL(l.url).pathname;
  if (!l.runs) {
    row(`Lighthouse ${l.formFactor} ${page}`, 'no successful run', '', false);
    continue;
  }
  const mobile = l.formFactor === 'mobile';
  row(
    `Lighthouse ${l.formFactor} ${page} (median of ${l.runs})`,
    `perf ${l.performance} (runs ${l.all.join('/')}) · FCP ${l.fcpMs} ms · LCP ${l.lcpMs} ms · TBT ${l.tbtMs} ms · CLS ${l.cls} · a11y ${l.accessibility} · BP ${l.bestPractices} · SEO ${l.seo}${Number.isFinite(l.stealPct) ? ` · CPU stolen ${l.stealPct}%` : ''}`,
    mobile ? `perf ≥ ${BUDGET.perf}, LCP ≤ ${BUDGET.lcpMs} ms, TBT ≤ ${BUDGET.tbtMs} ms` : '',
    mobile ? l.performance >= BUDGET.perf && l.lcpMs <= BUDGET.lcpMs && l.tbtMs <= BUDGET.tbtMs : undefined,
  );
}
const moveRow = (label, s, budget) =>
  row(label, `p50 ${f1(s.p50)} ms · p95 ${f1(s.p95)} ms · max ${f1(s.max)} ms · painted p50 ${f1(s.paintP50)} · p95 ${f1(s.paintP95)} ms (n=${s.n})${s.machine ? ` · ${describeShare(s.machine)}` : ''}`, budget ? `p95 ≤ ${budget} ms` : '', budget ? s.p95 <= budget : undefined);
moveRow('First step move, cold (fresh page; click → next step in DOM)', t.unthrottled.cold, BUDGET.coldP95);
moveRow('Later step moves, warm', t.unthrottled.warm, BUDGET.warmP95);
moveRow('  cold with 4× CPU slowdown', t.cpu4x.cold);
moveRow('  warm with 4× CPU slowdown', t.cpu4x.warm);
if (t.outcomeTap) {
  // No budget of its own: the step is drawn in the click (as every move); the outcome card's code loads after.
  moveRow('First move to an outcome, tapped with nothing loaded: step', t.outcomeTap.step);
  moveRow('  … its card drawn (its code loads then)', t.outcomeTap.card);
}
row(
  'Evidence analyzers (analyzeEvidence)',
  report.evidence.mbPerS ? `${report.evidence.mbPerS} MB/s (${report.evidence.ms} ms for a ${report.evidence.pasteMb ?? '?'} MB paste)` : `failed: ${report.evidence.error}`,
  '',
  undefined,
);

const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log(`\n${'What'.padEnd(w[0])} │ ${'Measured'.padEnd(w[1])} │ ${'Budget'.padEnd(w[2])} │`);
console.log(`${'─'.repeat(w[0])}─┼─${'─'.repeat(w[1])}─┼─${'─'.repeat(w[2])}─┼──`);
for (const r of rows) console.log(`${r[0].padEnd(w[0])} │ ${r[1].padEnd(w[1])} │ ${r[2].padEnd(w[2])} │ ${r[3]}`);
console.log('\nChunks each screen and flow loads on top of the start-up set:');
for (const x of [...sizes.screens, ...sizes.flows]) console.log(`  ${x.name}: ${x.files.join(', ')}`);
if (report.evidence.output) console.log(`\nscripts/bench-evidence.ts:\n${report.evidence.output.trim()}`);
const bi = report.lighthouse.map((l) => l.benchmarkIndex).filter(Boolean);
if (bi.length) console.log(`\nLighthouse benchmarkIndex (machine speed; lower = slower/busier) ${Math.min(...bi)}–${Math.max(...bi)}. Figures on a busy machine vary.`);
if (report.lighthouseMachine) console.log(`While Lighthouse ran: ${describeShare(report.lighthouseMachine)} (stolen: CPU time the virtual machine's host gave to others).`);
mkdirSync('bench-results', { recursive: true });
const out = `bench-results/bench-${report.date.replace(/[:.]/g, '-')}.json`;
writeFileSync(out, JSON.stringify(report, null, 2));
console.log(`Saved ${out}`);
process.exit(0);
