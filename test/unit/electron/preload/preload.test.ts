import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, IPC_CHANNEL } from '../../../../shared/api/transport.ts';

/**
 * The preload runs with Electron's modules; here they are replaced by recorders (no test
 * may load Electron), to check what the renderer's world receives and nothing more.
 */
const exposed = new Map<string, unknown>();
const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
const invoke = vi.fn<(...args: unknown[]) => Promise<unknown>>(() =>
  Promise.resolve({ ok: true, value: null }),
);

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api),
  },
  ipcRenderer: {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
    },
  },
}));

type Api = { call: (name: string, input: unknown) => Promise<unknown>; onEvent: OnEvent };
type OnEvent = (listener: (event: unknown) => void) => () => void;

beforeEach(async () => {
  vi.resetModules();
  exposed.clear();
  listeners.clear();
  await import('../../../../electron/preload/index.ts');
});

function api(): Api {
  return exposed.get('tejido') as Api;
}

describe('preload', () => {
  it('exposes only call and onEvent, under window.tejido', () => {
    expect([...exposed.keys()]).toEqual(['tejido']);
    expect(Object.keys(api()).sort()).toEqual(['call', 'onEvent']);
  });

  it('call goes through the one IPC channel', async () => {
    await api().call('project.info', {});
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'project.info', {});
  });

  it('onEvent hands the listener the payload alone, never the IPC event, until unsubscribed', () => {
    const heard: unknown[] = [];
    const stop = api().onEvent((event) => heard.push(event));
    const ipcEvent = { sender: { send: () => undefined } };
    for (const listener of listeners.get(EVENT_CHANNEL) ?? []) {
      listener(ipcEvent, { kind: 'share.changed' });
    }
    expect(heard).toEqual([{ kind: 'share.changed' }]);
    stop();
    expect(listeners.get(EVENT_CHANNEL)?.size).toBe(0);
  });
});
