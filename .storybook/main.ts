import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

const source = (name: string) => fileURLToPath(new URL(`../packages/${name}/src/index.ts`, import.meta.url));

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.@(ts|tsx)'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // Stories import the public package names; compile them from source like vitest and tsc do.
  async viteFinal(viteConfig) {
    const alias = {
      '@spine-explainer/anatomy': source('anatomy'),
      '@spine-explainer/procedures': source('procedures'),
      '@spine-explainer/react': source('react'),
      '@spine-explainer/embed': source('embed'),
    };
    viteConfig.resolve = { ...viteConfig.resolve, alias: { ...(viteConfig.resolve?.alias as object), ...alias } };
    // three + React make one chunk of a few MB by design; the default 500 kB warning is noise here.
    viteConfig.build = { ...viteConfig.build, chunkSizeWarningLimit: 4096 };
    return viteConfig;
  },
};

export default config;
