import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { framePolicy } from './src/embed/frame-policy-plugin';

const api = process.env.LADDER_API_URL ?? 'http://localhost:4000';
// The console and the API share an origin (here through the proxy), so the session cookie and the
// magic link's browser-binding cookie go with the console's calls and the API's CORS never applies.
const proxy = {
  '/graphql': { target: api, ws: true, changeOrigin: false },
  '/auth': { target: api, changeOrigin: false },
  '/export': { target: api, changeOrigin: false },
  // The embedded chat asks which partner origins its events may go to (never /embed.js, which the console serves).
  '^/embed/': { target: api, changeOrigin: false },
  // The API's guide (/docs, /docs/embed...), so the console links to it on its own origin.
  '^/docs(/|$)': { target: api, changeOrigin: false },
};
// Respondent links (/i/<token>) carry their token in the URL: no page of the console passes it on as Referer.
const headers = { 'Referrer-Policy': 'no-referrer' };

export default defineConfig({
  // Framing: frame-ancestors 'none' on every page but the embedded chat's (the link's partner origins); /embed.js.
  plugins: [vue(), framePolicy({ apiUrl: api })],
  server: { port: 5173, strictPort: true, proxy, headers },
  preview: { port: 5173, strictPort: true, proxy, headers },
  test: { environment: 'jsdom', include: ['src/**/*.spec.ts'] },
});
