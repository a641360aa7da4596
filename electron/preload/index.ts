import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, type CallFunction } from '../../shared/api/transport.ts';

/**
 * The renderer's only door to the backend: one `call`, no ipcRenderer, no Node. The main
 * process validates every input against the operation table.
 */
const call: CallFunction = (name, input) => ipcRenderer.invoke(IPC_CHANNEL, name, input);

contextBridge.exposeInMainWorld('tejido', { call });
