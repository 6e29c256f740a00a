/// <reference types="vitest/config" />
// Tests that read Astro's content collections: run through Astro's own Vite config (as Starlight's are), so
// `astro:content` is real. The global setup syncs the content layer first, as `astro build` does.
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      name: 'content',
      include: ['tests/content/**/*.test.ts'],
      globalSetup: ['tests/content/global-setup.ts'],
      testTimeout: 30_000,
      hookTimeout: 120_000,
    },
  },
  { logLevel: 'warn' },
);
