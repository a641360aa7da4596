import { TejidoError } from '../../shared/api/errors.ts';

/**
 * What the backend needs from whoever hosts it. Electron answers with native dialogs;
 * browser mode and the CLI have none, and say so with `dialog.unavailable`.
 */
export interface BackendHost {
  /** Asks the user for a project file to open; null when they cancel. */
  chooseProjectToOpen(): Promise<string | null>;
  /** Asks where to write a new project or a copy; null when they cancel. */
  chooseProjectDestination(suggestedFileName: string): Promise<string | null>;
}

export const headlessHost: BackendHost = {
  chooseProjectToOpen: () => Promise.reject(new TejidoError('dialog.unavailable')),
  chooseProjectDestination: () => Promise.reject(new TejidoError('dialog.unavailable')),
};
