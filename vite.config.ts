/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const srcDir = fileURLToPath(new URL('./src', import.meta.url));

/**
 * The Content-Security-Policy of the built app: only our own scripts, no eval, no plugins, no
 * form posts, no network but our own origin. Injected at build time only, because the dev server
 * needs inline scripts (React refresh) and inline styles (CSS hot reload). React and recharts set
 * styles through the CSSOM, which style-src does not restrict, so no 'unsafe-inline' is needed.
 * blob: is allowed for images and frames so generated PDFs and charts can be previewed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "frame-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Libraries and small core modules every screen uses, starting with the start screen. */
const START_SHARED_MODULES =
  /node_modules\/(react|react-dom|scheduler|dexie|zustand|i18next)\/|src\/(i18n\/(i18n|use-t|format|error-message|assessment-name)|db\/(db|schema|lifecycle|storage-errors|live|use-live-query|commands|persistence)|state\/|routing\/|lib\/device-prefs|domain\/(localized-text|catalogue|assessment|assessment-lock)|catalog\/bundled-catalogues|app\/use-catalogues)\.?/;

function contentSecurityPolicy(): Plugin {
  return {
    name: 'mgi-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // A precaching service worker: after the first visit the whole app (code, catalogues, fonts)
    // loads with the network off. 'prompt' = a new version waits until the user chooses to reload
    // (src/app/update-prompt.tsx registers it lazily and asks); it never reloads an open editor.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'MGI Workbench',
        short_name: 'MGI Workbench',
        description: 'Score, discuss and validate Migration Governance Indicators, offline.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1d4f91',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,ttf,woff,woff2,json,png,ico,webmanifest}'],
        maximumFileSizeToCacheInBytes: 6_000_000,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  resolve: { alias: { '@': srcDir } },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        // The start screen's shared modules in one chunk. Left alone, the bundler splits them into
        // a chunk per combination of lazy screens that reuse them, and each extra chunk's
        // import/export wiring weighs on the start bundle budget (docs/PERFORMANCE.md).
        codeSplitting: { groups: [{ name: 'app-core', test: START_SHARED_MODULES }] },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  test: {
    // svg2pdf.js ships only a UMD main; inlining lets Vitest resolve its jsPDF import.
    server: { deps: { inline: ['svg2pdf.js'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/component-setup.ts'],
          // A ceiling, not a speed check: jsdom screens that load the catalogues can take seconds on a busy machine.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
