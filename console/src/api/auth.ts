const STORAGE_KEY = 'ladder.apiKey';

export const getApiKey = (): string | null => localStorage.getItem(STORAGE_KEY);
export const setApiKey = (key: string) => localStorage.setItem(STORAGE_KEY, key.trim());
export const clearApiKey = () => localStorage.removeItem(STORAGE_KEY);

/**
 * The launcher prints a sign-in link carrying the key in the URL fragment (never sent to a
 * server). Store it and drop it from the address bar and history.
 */
export function takeKeyFromFragment(): boolean {
  const match = /(?:^#|&)key=([^&]+)/.exec(window.location.hash);
  if (!match) return false;
  setApiKey(decodeURIComponent(match[1]));
  history.replaceState(null, '', window.location.pathname + window.location.search);
  return true;
}
