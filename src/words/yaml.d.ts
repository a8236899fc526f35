// Words files are YAML, turned into plain data at build time by scripts/words-plugin.ts (checked against
// src/words/schema.ts). Each importer casts the default export to its schema's type.
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
// One section of a words file alone (scripts/words-plugin.ts): `{ matches: {…} }`, `{ messages: {…} }`, `{ guards: {…} }`.
declare module '*.yaml?matches' {
  const data: { matches: Record<string, string> };
  export default data;
}
declare module '*.yaml?messages' {
  const data: { messages: Record<string, string> };
  export default data;
}
declare module '*.yaml?guards' {
  const data: { guards: Record<string, string> };
  export default data;
}
