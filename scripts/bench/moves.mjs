// npm run bench:moves: step move latency alone (click → next step's data-step-id in the DOM), the same measure as
// `npm run bench` (runTransitions): the first move on a fresh page (cold, p95 ≤ 50 ms) and later moves on the same page
// (warm, p95 ≤ 16 ms), also with a 4× CPU slowdown. Uses the build in dist/ (BENCH_BUILD=1 or no dist/: builds it
// first), served by nginx with deploy/nginx.conf as in production. Prints the load average before and after, since
// figures on a shared machine vary: compare runs made under the same load. BENCH_REPEAT=n runs it n times (medians).
// BENCH_THROTTLE=0 skips the 4× CPU slowdown runs. BENCH_WARM / BENCH_COLD / BENCH_TAPS set the number of moves (50, 40, and 15 first moves to an outcome tapped with nothing loaded); BENCH_PORT the port (default 4402); BENCH_DIST another build folder
// (e.g. a copy of an earlier build, to compare before/after under the same load).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildApp, ensureChromium, startNginx } from '../serve-build.mjs';
import { describeShare } from './machine.mjs';
import { runTransitions } from './transitions.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const BUDGET = { coldP95: 50, warmP95: 16 };
const f1 = (n) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1));
const loadavg = () => {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'n/a';
  }
};
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const DIST = process.env.BENCH_DIST ?? 'dist';
if (process.env.BENCH_BUILD === '1' || !existsSync(resolve(ROOT, DIST, 'index.html'))) {
  console.log(`Building ${DIST}/…`);
  buildApp({ outDir: DIST });
}
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
ensureChromium(chromePath);
const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
const warm = Number(process.env.BENCH_WARM ?? 50);
const cold = Number(process.env.BENCH_COLD ?? 40);
const server = await startNginx({ dist: DIST, port: Number(process.env.BENCH_PORT ?? 4402) });
const taps = Number(process.env.BENCH_TAPS ?? 15);
const runs = [];
try {
  for (let i = 0; i < repeat; i++) {
    const before = loadavg();
    const t = await runTransitions(server.url, { warm, cold, taps, chromePath, firstVisit: false, throttled: process.env.BENCH_THROTTLE !== '0' });
    const r = { before, after: loadavg(), t };
    runs.push(r);
    const line = (label, s, budget) =>
      console.log(
        `  ${label.padEnd(11)} p50 ${f1(s.p50).padStart(5)} ms · p95 ${f1(s.p95).padStart(5)} ms · max ${f1(s.max).padStart(5)} ms · painted p50 ${f1(s.paintP50)} / p95 ${f1(s.paintP95)} ms (n=${s.n})` +
          (s.taskMsPerMove !== undefined ? ` · main thread ${f1(s.taskMsPerMove)} ms/move (script ${f1(s.scriptMsPerMove)}) · renderer main-thread CPU ${f1(s.cpuMsPerMove)} ms/move` : '') +
          (s.machine ? ` · ${describeShare(s.machine)}` : '') +
          (budget ? `  budget p95 ≤ ${budget} ms ${s.p95 <= budget ? '✓' : '✗'}` : ''),
      );
    console.log(`Run ${i + 1}/${repeat} (load average before ${r.before}, after ${r.after}):`);
    line('cold', t.unthrottled.cold, BUDGET.coldP95);
    // The list shows whether one page or several were slow.
    console.log(`  cold moves in order (ms): ${t.unthrottled.cold.samples.map((x) => x.toFixed(0)).join(' ')}`);
    line('warm', t.unthrottled.warm, BUDGET.warmP95);
    if (t.cpu4x) {
      line('cold 4×CPU', t.cpu4x.cold);
      line('warm 4×CPU', t.cpu4x.warm);
    }
    if (t.outcomeTap) {
      line('tap→outcome', t.outcomeTap.step);
      line('  its card', t.outcomeTap.card);
    }
  }
} finally {
  server.stop();
}
if (repeat > 1) {
  const m = (pick) => f1(median(runs.map((r) => pick(r.t))));
  console.log(`Medians of ${repeat} runs:`);
  console.log(`  cold        p50 ${m((t) => t.unthrottled.cold.p50)} ms · p95 ${m((t) => t.unthrottled.cold.p95)} ms`);
  console.log(`  warm        p50 ${m((t) => t.unthrottled.warm.p50)} ms · p95 ${m((t) => t.unthrottled.warm.p95)} ms · main thread ${m((t) => t.unthrottled.warm.taskMsPerMove)} ms/move · renderer main-thread CPU ${m((t) => t.unthrottled.warm.cpuMsPerMove)} ms/move`);
  if (runs[0].t.cpu4x) console.log(`  cold 4×CPU  p50 ${m((t) => t.cpu4x.cold.p50)} ms · p95 ${m((t) => t.cpu4x.cold.p95)} ms`);
  if (runs[0].t.cpu4x) console.log(`  warm 4×CPU  p50 ${m((t) => t.cpu4x.warm.p50)} ms · p95 ${m((t) => t.cpu4x.warm.p95)} ms · main thread ${m((t) => t.cpu4x.warm.taskMsPerMove)} ms/move · renderer main-thread CPU ${m((t) => t.cpu4x.warm.cpuMsPerMove)} ms/move`);
}
process.exit(0);
