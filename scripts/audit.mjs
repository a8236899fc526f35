#!/usr/bin/env node
// npm audit of the production dependencies: fails on a high or critical advisory. When the registry
// cannot be reached (an isolated network), it says so and does not fail the build.
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
let report;
try {
  report = JSON.parse(r.stdout || '{}');
} catch {
  report = {};
}
const err = report.error ?? {};
const npmErrors = (r.stderr ?? '').split('\n').filter((l) => /^npm (error|warn audit)/.test(l));
const text = [report.message, err.code, err.summary, err.detail, ...npmErrors].filter(Boolean).join(' | ');
// No answer from the audit service: DNS/connection failures, or a registry mirror without the audit endpoint.
const unreachable = /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|fetch failed|audit endpoint returned an error/i;
if (r.error || (report.error && unreachable.test(text))) {
  console.warn(`npm audit: the advisory service could not be reached, so dependencies were not audited (${text || r.error}).`);
  process.exit(0);
}
if (report.error) {
  console.error(`npm audit failed: ${text.trim()}`);
  process.exit(1);
}
const counts = report.metadata?.vulnerabilities ?? {};
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
if (serious.length) {
  console.error('npm audit: high or critical advisories in production dependencies:');
  for (const [name, v] of serious) console.error(`  ${name} (${v.severity}): ${(v.via ?? []).map((x) => (typeof x === 'string' ? x : x.title)).join('; ')}`);
  process.exit(1);
}
console.log(`npm audit: no high or critical advisories in production dependencies (low ${counts.low ?? 0}, moderate ${counts.moderate ?? 0}).`);
