import type { Plugin } from 'vite';
export function emptyKeywords(code: string): string;
export function catalogMeta(): Plugin;
