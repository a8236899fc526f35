// Module hooks (registered by scripts/yaml-register.mjs): a `*.yaml` words file loads as `export default <data>`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export async function load(url, context, next) {
  const path = url.split('?')[0];
  if (!path.startsWith('file:') || !path.endsWith('.yaml')) return next(url, context);
  const data = parse(readFileSync(fileURLToPath(path), 'utf8'));
  return { format: 'module', shortCircuit: true, source: `export default ${JSON.stringify(data)};` };
}
