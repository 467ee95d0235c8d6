/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The console lives under /console/ on the gateway; the build lands where the Maven jar picks it up
// (META-INF/resources/console/), which the gateway serves as static resources.
const gateway = process.env.WAISHI_GATEWAY_URL ?? 'http://localhost:8080';

export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: {
    outDir: 'target/classes/META-INF/resources/console',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: {
    // `npm run dev` against a running suite (./waishi up): the session cookie is the gateway's.
    proxy: Object.fromEntries(['/api', '/oauth2', '/login', '/logout', '/public'].map((path) => [
      path, { target: gateway, changeOrigin: false, xfwd: true },
    ])),
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
  },
});
