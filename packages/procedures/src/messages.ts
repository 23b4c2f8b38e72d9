import type { LocaleCode } from './locale';
import { type CatalogIssue, validateCatalog } from './schema';
import { collectTexts } from './text';
import type { Procedure } from './types';

// Kept apart from text.ts so that apps that only display text do not bundle the schema (zod).

/**
 * Adds a locale to a catalog from a flat message table (see `extractMessages`). Unknown keys are
 * errors; missing keys fall back to English at display time. The result is validated.
 */
export function applyMessages(
  catalog: readonly Procedure[],
  locale: LocaleCode,
  messages: Readonly<Record<string, unknown>>,
): { ok: true; catalog: Procedure[] } | { ok: false; errors: CatalogIssue[] } {
  const copy = JSON.parse(JSON.stringify(catalog)) as Procedure[];
  const index = new Map<string, Record<string, string>>();
  for (const p of copy) for (const [key, t] of collectTexts(p)) index.set(key, t as Record<string, string>);
  const errors: CatalogIssue[] = [];
  for (const [key, value] of Object.entries(messages)) {
    const target = index.get(key);
    if (!target) errors.push({ path: key, message: `unknown message key "${key}"` });
    else if (typeof value !== 'string') errors.push({ path: key, message: `expected text, got ${typeof value}` });
    else target[locale] = value;
  }
  if (errors.length) return { ok: false, errors };
  return validateCatalog(copy);
}
