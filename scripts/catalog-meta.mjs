// The home page's catalog needs each flow's title, symptom and "applies to", not its search words. The registry
// imports every `src/flows/<id>/meta.ts?catalog` eagerly; in the browser build this plugin empties the `keywords`
// array of that copy (`keywords: []`), so the words ship only with the flow's lazily loaded index.ts (which imports
// the plain meta.ts) and the search index that reads them from there. Without the plugin (tests, the static
// renderer) the catalog copy is simply the whole meta: both work.
import { parseAst } from 'vite';

const CATALOG = /\/src\/flows\/[^/]+\/meta\.ts\?catalog$/;

/**
 * `keywords: <anything>` → `keywords: []` in every object literal of a module (JavaScript, types already removed).
 * @param {string} code
 * @returns {string}
 */
export function emptyKeywords(code) {
  /** @type {[number, number, string][]} ranges to replace, and with what */
  const cuts = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Property' && !node.computed && (node.key.name ?? node.key.value) === 'keywords') {
      cuts.push(node.shorthand ? [node.start, node.end, 'keywords: []'] : [node.value.start, node.value.end, '[]']);
      return;
    }
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && typeof v.type === 'string') visit(v);
    }
  };
  visit(parseAst(code));
  let out = code;
  for (const [start, end, text] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** Vite plugin (build and dev): the catalog copy of each meta.ts carries no search words. */
export function catalogMeta() {
  return {
    name: 'whfb:catalog-meta',
    enforce: 'post',
    transform(code, id) {
      if (!CATALOG.test(id)) return undefined;
      return { code: emptyKeywords(code), map: null };
    },
  };
}
