import type { StoreApi } from 'zustand/vanilla';
import type { WorkbenchState } from './types';

export type MirrorRole = 'presenter' | 'patient';

/** The part of the state a patient window shows. Nothing about the patient exists to send. */
export type MirroredState = Pick<WorkbenchState, 'tabs' | 'activeTabId' | 'splitTabId' | 'focusedPane' | 'linkedCameras' | 'layers' | 'labels' | 'selectedStructure' | 'painMap' | 'theme' | 'locale' | 'markup'>;

type Message = { type: 'hello' } | { type: 'state'; state: MirroredState } | { type: 'bye' };

export function mirroredState(s: WorkbenchState): MirroredState {
  const { tabs, activeTabId, splitTabId, focusedPane, linkedCameras, layers, labels, selectedStructure, painMap, theme, locale, markup } = s;
  return { tabs, activeTabId, splitTabId, focusedPane, linkedCameras, layers, labels, selectedStructure, painMap, theme, locale, markup };
}

/**
 * Mirrors the physician's workbench into a patient window on the same machine through a
 * BroadcastChannel: no server, no account. The patient window says hello, the presenter answers
 * with its state and then sends every change. Returns undefined where BroadcastChannel is missing.
 */
export function startMirror(store: StoreApi<WorkbenchState>, opts: { role: MirrorRole; channel: string }): { channel: string; stop(): void } | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const bc = new BroadcastChannel(`spine-explainer:${opts.channel}`);
  let unsub = () => {};
  if (opts.role === 'presenter') {
    let last = '';
    const send = () => {
      const state = mirroredState(store.getState());
      const json = JSON.stringify(state);
      if (json === last) return;
      last = json;
      bc.postMessage({ type: 'state', state } satisfies Message);
    };
    unsub = store.subscribe(send);
    bc.onmessage = (e: MessageEvent<Message>) => { if (e.data?.type === 'hello') { last = ''; send(); } };
  } else {
    bc.onmessage = (e: MessageEvent<Message>) => {
      if (e.data?.type === 'state') store.setState({ ...e.data.state, presenter: true, palette: undefined, helpOpen: false });
    };
    bc.postMessage({ type: 'hello' } satisfies Message);
  }
  return {
    channel: opts.channel,
    stop() { unsub(); bc.onmessage = null; bc.close(); },
  };
}

