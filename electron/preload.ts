import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Result } from '../main/contract/errors';
import type { DepotBridge } from './bridgeTypes';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './ipcChannels';

// The renderer gets two functions and no Node: no ipcRenderer, no event objects (they carry
// `sender`), no fs. Anything else the screens need is a core channel.
const bridge = {
  invoke: (channel, input) =>
    ipcRenderer.invoke(INVOKE_CHANNEL, channel, input) as Promise<Result<unknown>>,
  on(event, listener) {
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
} satisfies DepotBridge;

contextBridge.exposeInMainWorld('depot', bridge);
