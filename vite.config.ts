import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  // Relative asset paths: the built site works from any sub-path of any
  // static host (a project page under /overlay-lab/ as well as at /).
  base: './',
  plugins: [
    react(),
    // Offline once loaded: a service worker precaches the whole app, its
    // lessons, scenarios and both languages (they are all in the bundle),
    // so a classroom with bad Wi-Fi keeps working after the first visit.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      manifest: {
        name: 'Overlay Lab',
        short_name: 'Overlay Lab',
        description: 'See and learn how Linux OverlayFS works: a simulator proven against the real kernel.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#1f6feb',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // tar: lesson 10's example image (src/store/example-image.ts), so it opens offline too.
        globPatterns: ['**/*.{js,css,html,svg,woff2,wasm,webmanifest,tar}'],
        // The engine and scenario corpus chunks are larger than workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is served from the cache at once after install, not from the next visit on.
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  build: { target: 'es2022', sourcemap: true },
  // The engine runs in a module worker (src/session/worker.ts).
  worker: { format: 'es' },
});
