export function prerender(opts: { outDir: string; base?: string; flowIds?: readonly string[] }): Promise<void>;
