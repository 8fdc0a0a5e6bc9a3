import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

const api = process.env.LADDER_API_URL ?? 'http://localhost:4000';
// The console and the API share an origin (here through the proxy), so the session cookie and the
// magic link's browser-binding cookie go with the console's calls and the API's CORS never applies.
const proxy = {
  '/graphql': { target: api, ws: true, changeOrigin: false },
  '/auth': { target: api, changeOrigin: false },
  '/export': { target: api, changeOrigin: false },
};
// Respondent links (/i/<token>) carry their token in the URL: no page of the console passes it on as Referer.
const headers = { 'Referrer-Policy': 'no-referrer' };

export default defineConfig({
  plugins: [vue()],
  server: { port: 5173, strictPort: true, proxy, headers },
  preview: { port: 5173, strictPort: true, proxy, headers },
  test: { environment: 'jsdom', include: ['src/**/*.spec.ts'] },
});
