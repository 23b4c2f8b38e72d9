import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** An absolute path from repo-relative parts: `fromRoot('demo', 'dist')`. */
export const fromRoot = (...parts) => join(repoRoot, ...parts);
