export function prerender(opts: { outDir: string; base?: string }): Promise<void>;
export function inject(shell: string, page: { html: string; styles: { id: string; css: string }[]; title: string }): string;
