// Build the app and serve a build behind Debian's nginx with deploy/nginx.conf (used by e2e.mjs and bench.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: ROOT, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

/** Installs Debian's chromium when it is missing (the same as scripts/e2e.mjs). */
export function ensureChromium(path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') {
  if (existsSync(path)) return;
  console.log(`Chromium not found at ${path}; installing Debian's chromium package…`);
  aptInstall('chromium');
}

function aptInstall(pkg) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const sudo = process.getuid && process.getuid() !== 0;
  const apt = (...a) => (sudo ? run('sudo', ['apt-get', ...a], { env }) : run('apt-get', a, { env }));
  apt('update');
  apt('install', '-y', pkg);
}

/** Installs Debian's nginx when it is missing (as scripts/e2e.mjs does for chromium). */
export function ensureNginx() {
  if (existsSync(NGINX)) return;
  console.log(`nginx not found at ${NGINX}; installing Debian's nginx package…`);
  aptInstall('nginx');
}

/**
 * vite build (+ prerendering of the start pages) into outDir, for the given base path.
 * @param {{ outDir?: string, basePath?: string }} [opts]
 */
export function buildApp({ outDir = 'dist', basePath = '/' } = {}) {
  const env = { ...process.env, BASE_PATH: basePath };
  run('node_modules/.bin/vite', ['build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { env });
}

async function waitFor(url, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Server at ${url} did not start`);
}

/** deploy/nginx.conf's server block, listening on 127.0.0.1:port only, with our root and base path. */
function serverBlock(port, root, appBase) {
  const src = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const block = src
    .replace(/^\s*listen\s+\[::\][^;]*;\s*$/m, '')
    .replace(/^(\s*)listen\s+[^;]*;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root\s+[^;]*;/m, `$1root ${root};`)
    .replace(/^(\s*)set \$app_base\s+[^;]*;/m, `$1set $app_base ${appBase};`);
  if (!block.includes(`127.0.0.1:${port}`) || !block.includes(`root ${root};`)) throw new Error('deploy/nginx.conf: no listen/root line to adapt');
  return block;
}

/**
 * Serves a copy of a build with Debian's nginx and deploy/nginx.conf (+ its snippets), in a temp dir.
 * For a sub-path build (basePath "/whfb/") the files sit at <www>/whfb/, as on a real server.
 * @param {{ dist: string, port: number, basePath?: string }} opts
 * @returns {Promise<{ url: string, webRoot: string, stop: () => void }>} url has no trailing slash; webRoot = where the app's files are
 */
export async function startNginx({ dist, port, basePath = '/' }) {
  ensureNginx();
  const dir = mkdtempSync(join(tmpdir(), 'whfb-nginx-'));
  const www = join(dir, 'www');
  const webRoot = join(www, basePath.replace(/^\/|\/$/g, ''));
  mkdirSync(webRoot, { recursive: true });
  cpSync(resolve(ROOT, dist), webRoot, { recursive: true });
  mkdirSync(join(dir, 'conf/snippets'), { recursive: true });
  for (const f of ['whfb-app.conf', 'whfb-headers.conf']) cpSync(join(ROOT, 'deploy', f), join(dir, 'conf/snippets', f));
  cpSync('/etc/nginx/mime.types', join(dir, 'conf/mime.types'));
  const asRoot = process.getuid?.() === 0;
  const conf = `${asRoot ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 128; }
http {
    include mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${dir}/tmp-body;
    proxy_temp_path ${dir}/tmp-proxy;
    fastcgi_temp_path ${dir}/tmp-fastcgi;
    uwsgi_temp_path ${dir}/tmp-uwsgi;
    scgi_temp_path ${dir}/tmp-scgi;
${serverBlock(port, www, basePath)}
}
`;
  writeFileSync(join(dir, 'conf/nginx.conf'), conf);
  const proc = spawn(NGINX, ['-c', join(dir, 'conf/nginx.conf'), '-p', dir, '-e', join(dir, 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
  let exited = false;
  proc.on('exit', () => (exited = true));
  const url = `http://127.0.0.1:${port}${basePath.replace(/\/$/, '')}`;
  try {
    await waitFor(`${url}/`);
  } catch (e) {
    proc.kill('SIGTERM');
    console.error(existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');
    throw e;
  }
  return {
    url,
    webRoot,
    stop: () => {
      if (!exited) proc.kill('SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
