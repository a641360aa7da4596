import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from '../../../../electron/main/navigation-guard.ts';
import { mainWindowOptions } from '../../../../electron/main/window-options.ts';

const appPage = 'file:///opt/Tejido/resources/app.asar/out/renderer/index.html';

describe('main window options', () => {
  it('isolates the renderer from Node (Electron security checklist)', () => {
    const prefs = mainWindowOptions('/app/preload.cjs').webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      preload: '/app/preload.cjs',
    });
  });
});

describe('navigation guard', () => {
  it("allows only the app's own page, with any fragment", () => {
    expect(isAppUrl(appPage, appPage)).toBe(true);
    expect(isAppUrl(`${appPage}#/data`, appPage)).toBe(true);
  });

  it('blocks other pages, other files and remote sites', () => {
    for (const url of [
      'https://example.org/',
      'http://127.0.0.1:5173/',
      'file:///etc/passwd',
      'file:///opt/Tejido/resources/app.asar/out/renderer/other.html',
      'javascript:alert(1)',
      'not a url',
    ]) {
      expect(isAppUrl(url, appPage), url).toBe(false);
    }
  });

  it('trusts IPC only from the main frame of the app page', () => {
    expect(isTrustedSender(appPage, true, appPage)).toBe(true);
    expect(isTrustedSender(appPage, false, appPage)).toBe(false);
    expect(isTrustedSender('https://example.org/', true, appPage)).toBe(false);
    expect(isTrustedSender(undefined, true, appPage)).toBe(false);
  });
});
