import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNEL,
  IPC_CHANNEL,
  type CallFunction,
  type OnEventFunction,
} from '../../shared/api/transport.ts';

/**
 * The renderer's only door to the backend: one `call` and one `onEvent`, no ipcRenderer,
 * no Node. The main process validates every input against the operation table; the
 * renderer validates every event against its schema (renderer/api/events.ts).
 */
const call: CallFunction = (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input);

/** Hands the listener the event alone: never the IpcRendererEvent, whose `sender` is powerful. */
const onEvent: OnEventFunction = (listener) => {
  const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(EVENT_CHANNEL, relay);
  return () => void ipcRenderer.removeListener(EVENT_CHANNEL, relay);
};

contextBridge.exposeInMainWorld('tejido', { call, onEvent });
