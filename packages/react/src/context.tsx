import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SpineState, SpineStore } from './store';

export const SpineStoreContext = /* @__PURE__ */ createContext<SpineStore | null>(null);

/** The store of the nearest `<SpineExplainer>` or `<SpineStoreProvider>`. Throws when there is none. */
export function useSpineStoreApi(): SpineStore {
  const store = useContext(SpineStoreContext);
  if (!store) {
    throw new Error('spine-explainer: no store found. Render this component inside <SpineExplainer>, or wrap it in <SpineStoreProvider store={createSpineStore()}>.');
  }
  return store;
}

/** Subscribes to a slow value of the viewer's store. Read per-frame values with `getState().frame` instead. */
export function useSpineStore<T>(selector: (state: SpineState) => T): T {
  return useStore(useSpineStoreApi(), selector);
}

export const SpineStoreProvider = SpineStoreContext.Provider;
