/**
 * Words with placeholders: `{dcName}` is replaced by the case's value of that name. Only `{` + a name + `}` is a
 * placeholder (a name starts with a letter: letters, digits, _); any other brace is plain text. Doubled braces
 * write a name in braces as it is: `{{TenantId}}` shows `{TenantId}` (an OMA-URI, a certreq INF line).
 * Values are inserted as text, never as markup (React escapes them when it renders).
 */
export type Values = Readonly<Record<string, string | number | undefined>>;

const PLACEHOLDER = /\{\{([A-Za-z]\w*)\}\}|\{([A-Za-z]\w*)\}/g;

/** The placeholder names a template uses, in order, each once. */
export function placeholdersIn(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (m) => m[2]).filter((n): n is string => n !== undefined))];
}

/** Where placeholder values come from: a record, or a lookup by name (computed only for the names used). */
export type ValueSource = Values | ((name: string) => string | number | undefined);

/** Fills the placeholders; one with no value stays visible as `{name}` (the content lint fails on it first). */
export function fill(template: string, values: ValueSource): string {
  if (!template.includes('{')) return template;
  const get = typeof values === 'function' ? values : (name: string) => values[name];
  return template.replace(PLACEHOLDER, (whole, literal: string | undefined, name: string) => {
    if (literal !== undefined) return `{${literal}}`;
    const v = get(name);
    return v === undefined ? whole : String(v);
  });
}

/** A part of a text shown only when a named condition holds (`when: usGov`, or `when: "!usGov"` for its opposite). */
export interface WhenPart {
  when: string;
  text: string;
}

/** A text in a words file: one string, or parts (strings and conditional parts). */
export type TextWords = string | readonly (string | WhenPart)[];

/** Splits `!name` into the condition's name and whether it is negated. */
export function parseWhen(when: string): { name: string; not: boolean } {
  return when.startsWith('!') ? { name: when.slice(1).trim(), not: true } : { name: when.trim(), not: false };
}
