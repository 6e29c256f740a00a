// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import node from '@astrojs/node';
import { contentCheck } from './src/lib/content/check-integration.ts';

const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  // Content pages are prerendered; per-user pages opt out with `export const prerender = false`.
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [contentCheck(), mdx(), react()],
  trailingSlash: 'ignore',
  markdown: { syntaxHighlight: false },
  security: {
    checkOrigin: true,
    // Behind a TLS-terminating proxy, trust its X-Forwarded-Proto: https for the site's own host, so Astro.url is
    // https (the origin check passes, the session cookie is Secure). Set SITE_URL when building for a deployment.
    allowedDomains: [{ protocol: 'https', hostname: new URL(site).hostname }],
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "media-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    build: {
      rolldownOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive, which the bundler warns of once per file.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
    css: { preprocessorOptions: { scss: { loadPaths: ['node_modules'], quietDeps: true, silenceDeprecations: ['import'] } } },
  },
});
