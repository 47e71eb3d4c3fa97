/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './src/app/contentSecurityPolicy.ts';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    // Offline after the first visit: precache the built app and the demo corpus. No manifest
    // (installing is not the point), and registration is done in src/app, not by an injected script.
    VitePWA({
      registerType: 'prompt',
      injectRegister: null,
      manifest: false,
      workbox: { globPatterns: ['**/*.{js,css,html,svg,woff2,txt,jsonl}'], navigateFallback: 'index.html', cleanupOutdatedCaches: true },
    }),
  ],
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
