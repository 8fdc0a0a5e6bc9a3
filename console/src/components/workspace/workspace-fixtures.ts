import type { ApiKeyRow } from './workspace-format';

/** Specs only: an API key as the API lists it. */
export const apiKey = (over: Partial<ApiKeyRow> = {}): ApiKeyRow => ({
  id: 'k1',
  name: 'Alice (console)',
  role: 'ADMIN',
  prefix: 'lk_abcde',
  bootstrap: false,
  createdAt: '2026-12-01T09:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  ...over,
});

export const failure = (code: string, message = `${code} from the API`) => ({ errors: [{ message, extensions: { code } }] });
