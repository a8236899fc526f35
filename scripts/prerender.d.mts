export function prerender(opts: { outDir: string; base?: string; flowIds?: readonly string[] }): Promise<void>;
export function readFlowIds(): string[];
