import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const api = process.env.LADDER_API_URL ?? 'http://localhost:4000';
const proxy = { '/graphql': { target: api, ws: true, changeOrigin: false } };

export default defineConfig({
  plugins: [vue()],
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 5173, strictPort: true, proxy },
  test: { environment: 'jsdom', include: ['src/**/*.spec.ts'] },
});
