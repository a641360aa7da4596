// @vitest-environment jsdom
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  CYTOSCAPE_STYLE_HASH,
} from '../../../../electron/server/content-security-policy.ts';
import { repoRoot } from '../../../support/temp-backend.ts';

/**
 * Cytoscape injects one <style> element; the CSP allows exactly that text by its hash. This
 * runs the installed Cytoscape, takes the text it injects and hashes it, so an upgrade that
 * changes the text fails here instead of silently breaking the map's layout in the app.
 */
function injectedStyleText(): string {
  const container = document.createElement('div');
  document.body.append(container);
  // jsdom has no canvas: the renderer fails after injecting its style, which is all we need.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    cytoscape({ container });
  } catch {
    // expected without a canvas
  }
  const style = document.getElementById('__________cytoscape_stylesheet');
  if (!style?.textContent) throw new Error('Cytoscape injected no <style> element');
  return style.textContent;
}

describe('Content-Security-Policy for Cytoscape', () => {
  const text = injectedStyleText();
  const hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

  it('allows the exact style text the installed Cytoscape injects', () => {
    expect(CYTOSCAPE_STYLE_HASH).toBe(hash);
  });

  it('sends the hash in the HTTP header and allows no other <style> element', () => {
    const styleSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('style-src '));
    expect(styleSrc).toBe(`style-src 'self' ${hash}`);
  });

  it('carries the same hash in the meta tag of index.html', () => {
    const html = readFileSync(join(repoRoot, 'renderer/index.html'), 'utf8');
    expect(html).toContain(`style-src 'self' ${hash};`);
  });
});
