export function prerender(opts: { outDir: string; base?: string; plugins?: unknown[] }): Promise<void>;
export function inject(shell: string, page: { path: string; html: string; styles: { id: string; css: string }[]; title: string }): string;
export function readFlowIds(): string[];
export function injectStyles(shell: string, styles: { css: string; themeVars?: boolean }[]): string;
