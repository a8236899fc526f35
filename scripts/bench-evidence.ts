/**
 * Benchmark for src/evidence: builds a ~5 MB mixed paste (every fixture kind, web-console noise,
 * CRLF parts, trace and event-log filler) and prints throughput. Figures only; always exits 0.
 * Run: npx tsx scripts/bench-evidence.ts
 */
import { cpus, loadavg } from 'node:os';
import { analyzeEvidence, ANALYZERS, type FindingKind } from '../src/evidence/index.ts';
import { prepare, type Doc } from '../src/evidence/text.ts';
import { buildLogDump, buildMixedPaste } from './bench/evidence-inputs.ts';

const RUNS = 7;
/**
 * Calls before the measured ones. A 5 MB paste's time keeps falling for about ten calls while the
 * engine compiles the analyzers' hot code (2 warm-up calls measured the middle of that slope, so
 * the mixed paste read 50-100 ms slower than its steady state); the first call is printed apart.
 */
const WARMUP = 10;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

interface Timing {
  wall: number;
  cpu: number;
}

function time(fn: () => void): Timing {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: c.user / 1000 };
}

function medianTiming(runs: Timing[]): Timing {
  return { wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) };
}

const fmt = (ms: number, mb: number) => `${ms.toFixed(1).padStart(7)} ms ${(mb / (ms / 1000)).toFixed(1).padStart(8)} MB/s`;

/** Only the first input's first call runs on a cold engine. */
let cold = true;

function benchWhole(label: string, paste: string): void {
  const mb = paste.length / (1024 * 1024);
  const first = time(() => analyzeEvidence(paste));
  for (let k = 1; k < WARMUP; k++) analyzeEvidence(paste);
  let findings = 0;
  const runs: Timing[] = [];
  for (let k = 0; k < RUNS; k++) runs.push(time(() => (findings = analyzeEvidence(paste).length)));
  const t = medianTiming(runs);
  const prep = medianTiming(Array.from({ length: RUNS }, () => time(() => prepare(paste))));
  console.log(`${label}: ${mb.toFixed(2)} MB, ${paste.split('\n').length} lines, ${findings} findings (median of ${RUNS} after ${WARMUP} calls)`);
  console.log(`  analyzeEvidence  wall ${fmt(t.wall, mb)}   cpu ${fmt(t.cpu, mb)}`);
  console.log(`  first call       wall ${fmt(first.wall, mb)}   cpu ${fmt(first.cpu, mb)}${cold ? '   (the engine cold, as in the fresh worker the app starts for a big paste)' : ''}`);
  cold = false;
  console.log(`  prepare          wall ${fmt(prep.wall, mb)}   cpu ${fmt(prep.cpu, mb)}`);
}

const mixed = buildMixedPaste();
const dump = buildLogDump();
const load = loadavg()[0]!.toFixed(1);
console.log(`evidence benchmark (node ${process.version}, ${cpus().length} CPUs, load average ${load}; wall time suffers when the machine is busy; cpu = user time of the whole process, V8's background GC threads included, so it can exceed wall)`);
benchWhole('mixed paste (about 25% evidence)', mixed);
benchWhole('log dump (5 MB of noise, one copy of each fixture)', dump);

/**
 * Where the time of one analyzeEvidence call goes: prepare, then each analyzer in analyzeDoc's order
 * on that one Doc (so caches shared through the Doc, such as the event records, are paid by the
 * first analyzer that asks for them, as in the app).
 */
function breakdown(label: string, paste: string): void {
  const mb = paste.length / (1024 * 1024);
  const kinds = Object.keys(ANALYZERS) as FindingKind[];
  const steps: Record<string, Timing[]> = { prepare: [] };
  for (const kind of kinds) steps[kind] = [];
  for (let k = 0; k < RUNS + 2; k++) {
    let doc: Doc | undefined;
    const p = time(() => (doc = prepare(paste)));
    const each = kinds.map((kind) => time(() => ANALYZERS[kind](doc!)));
    if (k < 2) continue; // warm-up
    steps.prepare!.push(p);
    kinds.forEach((kind, j) => steps[kind]!.push(each[j]!));
  }
  console.log(`${label}, step by step (median of ${RUNS}; the steps of one run add up to about one analyzeEvidence):`);
  let wall = 0;
  let cpu = 0;
  for (const [step, runs] of Object.entries(steps)) {
    const t = medianTiming(runs);
    wall += t.wall;
    cpu += t.cpu;
    console.log(`  ${step.padEnd(20)} wall ${fmt(t.wall, mb)}   cpu ${fmt(t.cpu, mb)}`);
  }
  console.log(`  ${'sum of medians'.padEnd(20)} wall ${fmt(wall, mb)}   cpu ${fmt(cpu, mb)}`);
}

breakdown('mixed paste', mixed);
breakdown('log dump', dump);
console.log(`load average after: ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
