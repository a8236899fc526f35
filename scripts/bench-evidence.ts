/**
 * Benchmark for src/evidence: builds a ~5 MB mixed paste (every fixture kind, web-console noise,
 * CRLF parts, trace and event-log filler) and prints throughput. Figures only; always exits 0.
 * Run: npx tsx scripts/bench-evidence.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeEvidence, ANALYZERS, FINDING_KINDS } from '../src/evidence/index.ts';
import { prepare } from '../src/evidence/text.ts';

const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 7;

const here = dirname(fileURLToPath(import.meta.url));
const fixtureDir = join(here, '..', 'src', 'evidence', 'fixtures');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(fixtureDir, f), 'utf8'));

/** Lines that look like what else gets pasted: trace rows, event-log CSV, PowerShell output. */
function filler(i: number): string {
  const ip = `10.20.${i % 250}.${(i * 7) % 250}`;
  switch (i % 6) {
    case 0:
      return `   ${1000 + i} ${(i / 100).toFixed(6)}      ${ip}      10.20.0.11      LDAP     ${200 + (i % 900)}   searchRequest(${i}) "<ROOT>" baseObject`;
    case 1:
      return `Information,5/14/2024 9:${String(i % 60).padStart(2, '0')}:11 AM,Microsoft-Windows-Security-Auditing,4624,Logon,"An account was successfully logged on."`;
    case 2:
      return `SamAccountName         : user${i}`;
    case 3:
      return `    Kerberos: TGS-REQ realm AD.CONTOSO.COM sname HTTP/web${i % 40}.ad.contoso.com etype 18`;
    case 4:
      return `2024-05-14T09:03:${String(i % 60).padStart(2, '0')}.${i % 1000}Z [INFO] sync cycle ${i}: 0 errors, ${i % 17} objects exported`;
    default:
      return `DistinguishedName      : CN=User ${i},OU=Staff,DC=ad,DC=contoso,DC=com`;
  }
}

function buildPaste(): string {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < TARGET_BYTES) {
    // About a third evidence, two thirds noise; some parts CRLF or entity-encoded as web consoles do.
    let chunk = fixtures[i % fixtures.length]!;
    if (i % 5 === 1) chunk = chunk.replace(/\n/g, '\r\n');
    if (i % 7 === 2) chunk = chunk.replace(/'/g, '&#39;').replace(/ {2}/g, '&nbsp; ');
    const noise: string[] = [];
    for (let k = 0; k < 40; k++) noise.push(filler(i * 40 + k));
    const piece = `${chunk}\n\n${noise.join('\n')}\n\n`;
    parts.push(piece);
    size += piece.length;
    i++;
  }
  return parts.join('').slice(0, TARGET_BYTES);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const paste = buildPaste();
const mb = paste.length / (1024 * 1024);

// Warm up the JIT.
for (let k = 0; k < 2; k++) analyzeEvidence(paste);

let findings = 0;
const totals: number[] = [];
for (let k = 0; k < RUNS; k++) totals.push(time(() => (findings = analyzeEvidence(paste).length)));
const totalMs = median(totals);

const prepMs = median(Array.from({ length: RUNS }, () => time(() => prepare(paste))));

console.log(`evidence benchmark: ${mb.toFixed(2)} MB paste (${paste.split('\n').length} lines), ${findings} findings, median of ${RUNS} runs`);
console.log(`analyzeEvidence: ${totalMs.toFixed(1)} ms  ${(mb / (totalMs / 1000)).toFixed(1)} MB/s`);
console.log(`prepare (normalise + split): ${prepMs.toFixed(1)} ms  ${(mb / (prepMs / 1000)).toFixed(1)} MB/s`);
console.log('per analyzer (on a prepared paste, excluding prepare):');
for (const kind of FINDING_KINDS) {
  const runs: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const doc = prepare(paste); // fresh doc: shared event-record cache not reused between analyzers
    runs.push(time(() => ANALYZERS[kind](doc)));
  }
  const ms = median(runs);
  console.log(`  ${kind.padEnd(20)} ${ms.toFixed(1).padStart(7)} ms  ${(mb / (ms / 1000)).toFixed(1).padStart(8)} MB/s`);
}
