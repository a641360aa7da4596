import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { EVENT_CHANNEL, IPC_CHANNEL } from '../../shared/api/transport.ts';
import { createBackend } from '../backend/backend.ts';
import { dispatch } from '../backend/dispatch.ts';
import type { BackendHost } from '../backend/host.ts';
import { lanShare } from '../server/lan-share.ts';
import { isAppUrl, isTrustedSender } from './navigation-guard.ts';
import { mainWindowOptions } from './window-options.ts';

/**
 * The Electron shell: lifecycle, the window, dialogs and one IPC relay. It knows no
 * operation by name; everything goes through the backend's table and `dispatch`.
 */
const rendererIndex = join(import.meta.dirname, '../renderer/index.html');
const appPageUrl = pathToFileURL(rendererIndex).href;

function dialogHost(getWindow: () => BrowserWindow | null): BackendHost {
  const filters = [{ name: 'Tejido', extensions: ['tejido'] }];
  return {
    async chooseProjectToOpen() {
      const window = getWindow();
      const options = { properties: ['openFile' as const], filters };
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseProjectDestination(suggestedFileName) {
      const window = getWindow();
      const options = { defaultPath: suggestedFileName, filters };
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      return result.canceled ? null : (result.filePath ?? null);
    },
  };
}

function hardenContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url, appPageUrl)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appPageUrl)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // External links open in the user's browser, never inside the app.
      if (url.startsWith('https://')) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) =>
    grant(false),
  );
  let window: BrowserWindow | null = null;
  const log = (message: string, error: unknown) => console.error(message, error);
  const backend = createBackend({
    userDataDir: app.getPath('userData'),
    sampleDir: app.isPackaged
      ? join(process.resourcesPath, 'sample')
      : join(app.getAppPath(), 'data/sample'),
    host: dialogHost(() => window),
    // Participants' phones get the built participant page from beside the app's own page.
    lan: lanShare({ staticDir: join(import.meta.dirname, '../renderer'), log }),
    log,
  });
  backend.openStartupProject();

  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, input: unknown) => {
    const frame = event.senderFrame;
    const trusted = isTrustedSender(frame?.url, frame === event.sender.mainFrame, appPageUrl);
    if (!trusted || typeof name !== 'string') {
      return { ok: false, error: { code: 'http.unauthorized', params: {} } };
    }
    return dispatch(backend.handlers, name, input, { log });
  });
  // Proposals arriving from phones reach the window without it asking.
  backend.events.subscribe((event) => {
    if (window && !window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
  });

  window = new BrowserWindow(mainWindowOptions(join(import.meta.dirname, '../preload/index.cjs')));
  window.once('ready-to-show', () => window?.show());
  await window.loadFile(rendererIndex);

  app.on('window-all-closed', () => {
    void backend.shutdown().finally(() => app.quit());
  });
}

hardenContents();
start().catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});
