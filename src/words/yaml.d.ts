// Words files are YAML, turned into plain data at build time by scripts/words-plugin.ts (checked against
// src/words/schema.ts). Each importer casts the default export to its schema's type.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
