// Lighthouse (mobile, a fresh Chromium per run) on two builds served side by side, runs interleaved so both see the
// same machine load: node scripts/bench/compare-lighthouse.mjs dist-a dist-b /flows/adfs2019-ugs-scope [runs]
// Needs the bench tools (`cd bench && npm ci`, which `npm run bench` does once).
import { runLighthouse } from '../../bench/lighthouse.mjs';
import { startNginx } from '../serve-build.mjs';

const [a, b, path = '/', runs = '3'] = process.argv.slice(2);
const servers = [await startNginx({ dist: a, port: 4391 }), await startNginx({ dist: b, port: 4392 })];
const got = [[], []];
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
try {
  for (let i = 0; i < Number(runs); i++) {
    for (const k of [0, 1]) {
      const [r] = await runLighthouse([servers[k].url + path], { runs: 1 });
      if (r?.runs) got[k].push(r);
    }
  }
} finally {
  servers.forEach((s) => s.stop());
}
for (const k of [0, 1]) {
  const all = got[k];
  const f = (key) => all.map((x) => x[key]).join('/');
  console.log(`${[a, b][k]} ${path}: score ${f('performance')} (median ${median(all.map((x) => x.performance))}) · TBT ${f('tbtMs')} ms (median ${median(all.map((x) => x.tbtMs))}) · LCP ${f('lcpMs')} ms · FCP ${f('fcpMs')}`);
}
