#!/usr/bin/env node
// npm run bench: builds the app and prints, from one run, bundle sizes, Lighthouse (mobile + desktop) for "/" and a
// flow page, step transition latency in Chromium, and evidence analyzer throughput, each against its budget.
// It reports; it is not a test: it exits 0 whatever the figures. BENCH_RUNS (default 3) Lighthouse runs per page.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundleSizes } from './bench/sizes.mjs';
import { runLighthouse } from './bench/lighthouse.mjs';
import { runTransitions } from './bench/transitions.mjs';
import { buildApp, ensureChromium, startNginx } from './serve-build.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 4380);
const FLOW_PAGE = '/flows/pin-reset-allowed-urls';
const mark = (ok) => (ok ? '✓' : '✗');
const f1 = (n) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));

ensureChromium();
console.log('Building…');
buildApp();

const report = { date: new Date().toISOString() };
const sizes = bundleSizes('dist');
report.sizes = sizes;

const server = await startNginx({ dist: 'dist', port: PORT });
try {
  console.log(`Served by nginx (deploy/nginx.conf) at ${server.url}/; Lighthouse ×${RUNS} per page and form factor…`);
  report.lighthouse = await runLighthouse([`${server.url}/`, `${server.url}${FLOW_PAGE}`], { runs: RUNS });
  console.log('Step transitions…');
  report.transitions = await runTransitions(server.url);
} finally {
  server.stop();
}

console.log('Evidence analyzers…');
const ev = spawnSync('node_modules/.bin/tsx', ['scripts/bench-evidence.ts'], { encoding: 'utf8' });
// "analyzeEvidence: 88.8 ms 56.3 MB/s" or "analyzeEvidence  wall  88.8 ms  56.3 MB/s  cpu …": the first figures.
const evMatch = ev.stdout?.match(/analyzeEvidence\b[^\d\n]*([\d.]+) ms\s+([\d.]+) MB\/s/);
const evSize = ev.stdout?.match(/([\d.]+) MB[^/]/)?.[1];
report.evidence = evMatch
  ? { ms: Number(evMatch[1]), mbPerS: Number(evMatch[2]), pasteMb: evSize ? Number(evSize) : undefined, output: ev.stdout }
  : { error: (ev.stderr || ev.stdout || 'no output').split('\n').slice(0, 3).join(' ').slice(0, 200) };

// ---- print
const rows = [];
const row = (what, value, budget, ok) => rows.push([what, value, budget, ok === undefined ? '' : mark(ok)]);
row('Initial JS (entry + static imports), gzip', `${f1(sizes.entryKb)} KB`, '', undefined);
row('Startup JS (every first visit: + React, theme, routes)', `${f1(sizes.startupKb)} KB`, '≤ 175 KB', sizes.startupKb <= 175);
row('JS downloaded by a first visit to /', `${f1(report.transitions.homeScriptsKb)} KB (${report.transitions.homeScriptCount} files)`, '', undefined);
for (const s of sizes.screens) row(`  + screen ${s.name}`, `${f1(s.kb)} KB`, '', undefined);
for (const s of sizes.flows) row(`  + flow ${s.name}`, `${f1(s.kb)} KB`, '', undefined);
for (const l of report.lighthouse) {
  const page = new URL(l.url).pathname;
  const want = l.formFactor === 'mobile' ? 98 : 100;
  row(
    `Lighthouse ${l.formFactor} ${page}`,
    `perf ${l.performance} (runs ${l.all.join('/')}) · a11y ${l.accessibility} · BP ${l.bestPractices} · SEO ${l.seo} · FCP ${l.fcpMs} ms · LCP ${l.lcpMs} ms · TBT ${l.tbtMs} ms · CLS ${l.cls}`,
    `perf ≥ ${want}`,
    l.performance >= want,
  );
}
const t = report.transitions;
row('Step transition (click → next step in DOM)', `p50 ${f1(t.unthrottled.p50)} ms · p95 ${f1(t.unthrottled.p95)} ms · max ${f1(t.unthrottled.max)} ms (n=${t.unthrottled.n})`, 'p95 ≤ 16 ms', t.unthrottled.p95 <= 16);
row('  click → that step painted (next frame)', `p50 ${f1(t.unthrottled.paintP50)} ms · p95 ${f1(t.unthrottled.paintP95)} ms`, '', undefined);
row('  same with 4× CPU slowdown (DOM · painted)', `p50 ${f1(t.cpu4x.p50)} ms · p95 ${f1(t.cpu4x.p95)} ms · painted p50 ${f1(t.cpu4x.paintP50)} ms · p95 ${f1(t.cpu4x.paintP95)} ms`, '', undefined);
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
console.log(`\nLighthouse benchmarkIndex (machine speed; lower = slower/busier) ${Math.min(...bi)}–${Math.max(...bi)}. Figures on a busy machine vary.`);
mkdirSync('bench-results', { recursive: true });
const out = `bench-results/bench-${report.date.replace(/[:.]/g, '-')}.json`;
writeFileSync(out, JSON.stringify(report, null, 2));
console.log(`Saved ${out}`);
process.exit(0);
