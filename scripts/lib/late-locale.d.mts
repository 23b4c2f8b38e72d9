import type { Plugin } from 'rollup';
export const LOCALE_MODULE: 'sx:locale-es';
export const LOCALE_MODULE_ID: string;
export interface LateEdit { start: number; end: number; text: string }
export function planLateTexts(sources: [file: string, code: string, helper: string][], locale?: string): { texts: string[]; edits: Map<string, LateEdit[]> };
export function applyLateEdits(code: string, edits: readonly LateEdit[], runtimeFile: string): string;
export function lateLocaleModule(texts: readonly string[], runtimeFile: string, locale?: string): string;
export function lateLocale(options: { files: [file: string, helper: string][]; runtime: string; locale?: string }): Plugin;
export function englishOnlyCatalog(root: string): Plugin;
