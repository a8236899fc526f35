export const ID_RE: RegExp;
export function flowFiles(id: string): Record<string, string>;
export function withFlowId(idsSource: string, id: string): string;
export function scaffold(id: string, root?: string): string[];
