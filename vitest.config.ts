import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const pkg = (name: string) => fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@spine-explainer/anatomy': pkg('anatomy'),
      '@spine-explainer/procedures': pkg('procedures'),
      '@spine-explainer/react': pkg('react'),
      '@spine-explainer/embed': pkg('embed'),
    },
  },
  test: {
    include: ['packages/*/test/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
  },
});
