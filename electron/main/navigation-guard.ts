/**
 * The renderer is one local page. Navigating anywhere else (a link in a note, a dropped
 * file, an injected script) would leave our CSP behind, so only the app's own page is allowed.
 */
export function isAppUrl(candidate: string, appPageUrl: string): boolean {
  try {
    const url = new URL(candidate);
    const app = new URL(appPageUrl);
    return url.protocol === app.protocol && url.host === app.host && url.pathname === app.pathname;
  } catch {
    return false;
  }
}

/** Only the app's own top frame may call the backend. */
export function isTrustedSender(
  frameUrl: string | undefined,
  isMainFrame: boolean,
  appPageUrl: string,
): boolean {
  return isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl, appPageUrl);
}
