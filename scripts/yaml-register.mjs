// Lets plain Node (tsx) import the words files (`*.yaml`) as vite does with scripts/words-plugin.ts: the analyzers'
// words (src/evidence/words.yaml) load in the evidence benchmark. Use: tsx --import ./scripts/yaml-register.mjs …
// (the schema check stays with the build and the tests).
import { register } from 'node:module';

register('./yaml-hooks.mjs', import.meta.url);
