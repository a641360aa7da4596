/**
 * The one inline style Tejido allows: Cytoscape injects a <style> element with
 * `.__________cytoscape_container { position: relative; }` into the page head. Allowed by its
 * hash, here and in renderer/index.html; test/unit/renderer/map/cytoscape-style-hash.test.ts
 * recomputes it from the installed Cytoscape so an upgrade that changes the text fails there.
 */
export const CYTOSCAPE_STYLE_HASH = "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='";

/**
 * The page's Content-Security-Policy, sent as a header in browser mode (the HTML carries the
 * same as a meta tag for Electron). Nothing inline, nothing remote.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${CYTOSCAPE_STYLE_HASH}`,
  // ECharts sets inline style attributes on the elements it draws (Measures heatmap).
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};
