import { TOKEN_FRAGMENT_KEY } from '../../shared/api/transport.ts';

const STORAGE_KEY = 'tejido.token';
const TOKEN_SHAPE = /^[0-9a-f]{16,256}$/i;

/**
 * Browser mode opens on `…/#token=<hex>`. The token moves into sessionStorage, so a reload
 * keeps working, and out of the visible URL, so it is not copied along with a screenshot
 * or a shared link. Runs before the app renders and before hash routing reads the URL.
 * Returns true when the URL carried a token.
 */
export function captureTokenFromUrl(): boolean {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = fragment.get(TOKEN_FRAGMENT_KEY);
  if (token === null) return false;
  if (TOKEN_SHAPE.test(token)) writeToken(token);
  const { pathname, search } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  return true;
}

/**
 * Pasting the link into a tab that is already open changes only the fragment, which does
 * not reload the page: take the new token and start again with it.
 */
export function watchForNewToken(): void {
  window.addEventListener('hashchange', () => {
    if (captureTokenFromUrl()) window.location.reload();
  });
}

export function readToken(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeToken(token: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, token);
  } catch (cause) {
    // Storage can be disabled; the app still works until the next reload.
    console.warn('Tejido could not keep the access token for reloads', cause);
  }
}
