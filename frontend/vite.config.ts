/// <reference types="vitest/config" />
import { defineConfig, type ProxyOptions } from 'vite';
import react from '@vitejs/plugin-react';

// The API is always same-origin under /api/v1; in development and in `vite preview`
// the requests are forwarded to the backend (Quarkus), and so are its /q endpoints
// (health, OpenAPI). Ports come from the command line (--port, --strictPort).
const backendUrl = process.env.DONDOC_BACKEND_URL || 'http://127.0.0.1:8080';

const proxy: Record<string, ProxyOptions> = {
  '/api': { target: backendUrl, changeOrigin: false, xfwd: true },
  '/q': { target: backendUrl, changeOrigin: false, xfwd: true },
};

export default defineConfig({
  plugins: [react()],
  server: {
    host: 'localhost',
    proxy,
  },
  preview: {
    host: 'localhost',
    proxy,
  },
  build: {
    // Ant Design is most of the weight; keeping libraries in their own chunks lets browsers
    // cache them across releases of the application code.
    chunkSizeWarningLimit: 1400,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'antd',
              test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/,
            },
            // the charts (periodic-report board) load only with the page that draws one
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // a zone far from Vietnam, so date tests prove the province's zone is applied
    env: { TZ: 'America/Los_Angeles' },
    testTimeout: 20000,
  },
});
