// What else the machine was doing while a figure was measured: its CPUs' time from Linux's /proc/stat (busy, and
// "steal", the time a virtual machine's host gave its CPUs to someone else). A timing taken while the CPUs were busy
// with something else, or stolen, measures the machine more than the app: the bench prints these beside its figures
// and waits for a quiet machine before it times step moves.
import { readFileSync } from 'node:fs';

/** The CPUs' cumulative time counters (jiffies), or undefined where /proc/stat cannot be read. */
export function cpuTimes() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const [user, nice, system, idle, iowait, irq, softirq, steal = 0] = fields.map(Number);
    return { busy: user + nice + system + irq + softirq, idle: idle + iowait, steal };
  } catch {
    return undefined;
  }
}

/** Shares (%) of the CPUs' time between two cpuTimes() readings: busy, idle and stolen. */
export function cpuShare(a, b) {
  if (!a || !b) return undefined;
  const busy = b.busy - a.busy;
  const idle = b.idle - a.idle;
  const steal = b.steal - a.steal;
  const all = busy + idle + steal || 1;
  return { busyPct: (100 * busy) / all, idlePct: (100 * idle) / all, stealPct: (100 * steal) / all };
}

/** "busy 34% · stolen 2%" for a report line ("" where /proc/stat cannot be read). */
export const describeShare = (s) => (s ? `CPUs busy ${s.busyPct.toFixed(0)}% · stolen ${s.stealPct.toFixed(0)}%` : '');

/**
 * Waits until the CPUs were mostly idle over one second (at least `idlePct`), for `maxMs` at most: the processes a
 * previous step started (a closed browser, a garbage collection) are done before timings are taken. Returns how long it
 * waited and the last second's shares.
 */
export async function settle({ idlePct = 85, maxMs = 60_000 } = {}) {
  const start = Date.now();
  for (;;) {
    const a = cpuTimes();
    await new Promise((r) => setTimeout(r, 1000));
    const share = cpuShare(a, cpuTimes());
    if (!share || share.idlePct >= idlePct || Date.now() - start >= maxMs) return { waitedMs: Date.now() - start, share };
  }
}
