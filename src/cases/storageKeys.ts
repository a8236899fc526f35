/** Every stored case sits under a key starting with this (read without loading the store, see StorageFaults). */
export const CASE_KEY_PREFIX = 'whfb:case:';
