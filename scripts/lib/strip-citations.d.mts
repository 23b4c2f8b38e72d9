import type { Plugin } from 'rollup';
export const CITATION_KEYS: readonly string[];
export function stripCitationKeys<T>(value: T): T;
export function stripCitations(): Plugin;
