/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';

// The API documentation (Swagger UI and the OpenAPI document) is served by
// the API too, so its links work on the site's own origin.
const proxiedPaths = ['/api', '/health', '/version', '/swagger', '/openapi'];

export default defineConfig(({ mode }) => {
  // API_PROXY_TARGET lets a local run point the proxy at another port.
  const env = loadEnv(mode, '.', '');
  const target = env.API_PROXY_TARGET || 'http://127.0.0.1:5080';
  const proxy = Object.fromEntries(
    proxiedPaths.map((path) => [path, { target, changeOrigin: true }]),
  );

  return {
    plugins: [react()],
    server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
    preview: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
    build: { sourcemap: true },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/testing/setup-tests.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
    },
  };
});
