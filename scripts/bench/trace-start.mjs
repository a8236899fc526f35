// A first visit's main-thread tasks, from a Chromium performance trace (a fresh browser per run, 4× CPU slowdown as
// Lighthouse's mobile preset): every task over 50 ms with what ran inside it (script evaluation by file, function
// calls, style, layout, parse, garbage collection), so each long task can be traced to its cause.
//   node scripts/bench/trace-start.mjs /flows/pin-reset-allowed-urls   (BENCH_DIST, BENCH_RUNS, BENCH_RATE, BENCH_MIN)
// Lighthouse's mobile score traces the page unthrottled and multiplies each task by 4 in its simulation, dropping tasks
// under 10 ms: BENCH_RATE=1 BENCH_MIN=8 lists the tasks it keeps, with its estimate Σ max(0, 4·task − 50 ms).
import { chromium } from 'playwright-core';
import { startNginx } from '../serve-build.mjs';
import { CHROME_ARGS, startedOverCdp } from './first-visit-js.mjs';

const PATH = process.argv[2] ?? '/flows/pin-reset-allowed-urls';
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const RATE = Number(process.env.BENCH_RATE ?? 4);
const MIN_MS = Number(process.env.BENCH_MIN ?? 50);
const server = await startNginx({ dist: process.env.BENCH_DIST ?? 'dist', port: Number(process.env.BENCH_PORT ?? 4406) });
const KINDS = new Set(['EvaluateScript', 'v8.evaluateModule', 'FunctionCall', 'TimerFire', 'FireIdleCallback', 'FireAnimationFrame',
  'EventDispatch', 'UpdateLayoutTree', 'Layout', 'ParseHTML', 'Paint', 'PrePaint', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'v8.compile',
  'v8.compileModule', 'ParseAuthorStyleSheet', 'HitTest', 'RunMicrotasks', 'V8.GCFinalizeMC', 'Commit', 'Layerize']);
const short = (u) => (u ? u.split('/').pop().slice(0, 40) : '');
try {
  for (let r = 0; r < RUNS; r++) {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
    const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: process.env.BENCH_SW ? 'allow' : 'block' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.gc', 'blink.user_timing', 'loading', 'disabled-by-default-v8.cpu_profiler'] });
    await page.goto(server.url + PATH);
    await startedOverCdp(cdp);
    await new Promise((r) => setTimeout(r, 4000));
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents;
    const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? events.find((e) => e.name === 'navigationStart');
    const fcp = events.find((e) => e.name === 'firstContentfulPaint');
    const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && (!nav || e.pid === nav.pid));
    const on = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number');
    const t0 = nav?.ts ?? on[0].ts;
    const tasks = on.filter((e) => e.name === 'RunTask' && e.dur > MIN_MS * 1000);
    const samples = cpuSamples(events, main.pid);
    let blocking = 0;
    let simulated = 0;
    console.log(`run ${r + 1}: FCP ${fcp ? ((fcp.ts - t0) / 1000).toFixed(0) : '?'} ms`);
    for (const task of tasks) {
      const afterFcp = fcp && task.ts >= fcp.ts;
      if (afterFcp) blocking += Math.max(0, task.dur / 1000 - 50);
      if (afterFcp && task.dur >= 10_000) simulated += Math.max(0, (4 * task.dur) / 1000 - 50);
      const within = on.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
      let inside = within.filter((e) => KINDS.has(e.name) && e.dur > 4_000);
      if (!inside.length) inside = within.filter((e) => e.dur > 2_000); // tasks of other kinds: show what they are
      const parts = inside.map((e) => {
        const d = e.args?.data ?? {};
        const what = d.url ? short(d.url) : d.functionName || d.type || d.stackTrace?.[0]?.functionName || '';
        return `${e.name}${what ? `(${what}${d.lineNumber ? `:${d.lineNumber}` : ''})` : ''} ${(e.dur / 1000).toFixed(0)}`;
      });
      console.log(`  ${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ms  ${(task.dur / 1000).toFixed(0).padStart(4)} ms${afterFcp ? '' : ' (before FCP)'}: ${parts.join(' · ')}`);
      const fns = new Map();
      for (const [ts, name, dt] of samples) if (ts >= task.ts && ts <= task.ts + task.dur) fns.set(name, (fns.get(name) ?? 0) + dt);
      const top = [...fns].filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.BENCH_TOP ?? 6));
      if (top.length) console.log(`          JS: ${top.map(([k, us]) => `${k} ${(us / 1000).toFixed(0)}`).join(' · ')}`);
    }
    console.log(`  blocking after FCP (≈ TBT, measured): ${blocking.toFixed(0)} ms${RATE === 1 ? ` · Lighthouse's simulation (4 × each task ≥ 10 ms): ${simulated.toFixed(0)} ms` : ''}`);
    await browser.close();
  }
} finally {
  server.stop();
}

/** The CPU profile's samples inside the trace ([timestamp µs, "function file:line", self µs]), main thread's process. */
function cpuSamples(events, pid) {
  const nodes = new Map();
  const out = [];
  const chunks = events.filter((e) => e.name === 'ProfileChunk' && e.pid === pid);
  const start = events.find((e) => e.name === 'Profile' && e.pid === pid);
  let ts = start?.args?.data?.startTime ?? chunks[0]?.ts ?? 0;
  for (const c of chunks) {
    const p = c.args?.data?.cpuProfile ?? {};
    for (const n of p.nodes ?? []) {
      const f = n.callFrame;
      nodes.set(n.id, `${f.functionName || '(anon)'} ${short(f.url)}:${(f.lineNumber ?? 0) + 1}`);
    }
    const deltas = c.args?.data?.timeDeltas ?? [];
    (p.samples ?? []).forEach((id, i) => {
      ts += deltas[i] ?? 0;
      out.push([ts, nodes.get(id) ?? String(id), deltas[i + 1] ?? 0]);
    });
  }
  return out;
}
