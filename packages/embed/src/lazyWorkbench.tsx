// The workbench as the standalone script ships it: a stand-in that loads the real one (a chunk next to the
// script, see chunkLoader.ts) the first time a page uses `layout="workbench"`. The build puts it in place of
// the React package's `./workbench/Workbench` import (rollup.config.mjs), so the compact viewer that most
// clinic pages show does not carry the workbench's bytes. Same props, same ref, same callbacks.
import { forwardRef, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { WorkbenchController, WorkbenchProps } from '@spine-explainer/react';
import { loadLocaleTexts } from './lateLocale';
import { adoptPartStyles } from './styles';

interface LoadedWorkbench {
  Workbench: (typeof import('sx:workbench'))['Workbench'];
  css: string;
}

/** The loaded module: code, the same for every widget on the page, like any import. */
let loaded: LoadedWorkbench | undefined;
let loading: Promise<LoadedWorkbench> | undefined;

function loadWorkbench(): Promise<LoadedWorkbench> {
  // The workbench switches language by itself (status bar, settings, commands), so it comes with the Spanish
  // catalog text, which this script otherwise loads only for locale="es" (lateLocale.ts). Without it the
  // workbench still works, with English catalog text under its Spanish UI.
  loading ??= Promise.all([import('sx:workbench'), loadLocaleTexts('es')?.catch(() => {})])
    .then(([m]) => (loaded = { Workbench: m.Workbench, css: m.workbenchCss }));
  // A failed load may be a passing network error: the next mount tries again.
  loading.catch(() => { loading = undefined; });
  return loading;
}

const LOADING_TEXT: Record<string, string> = { en: 'Loading the workbench…', es: 'Cargando el espacio de trabajo…' };

export const Workbench = /* @__PURE__ */ forwardRef<WorkbenchController, WorkbenchProps>(function LazyWorkbench(props, ref) {
  const [Component, setComponent] = useState(() => loaded);
  // Whether the workbench must bring its own <style>: no while its sheet is adopted into our shadow root
  // (an inline <style> is blocked by a CSP without style-src 'unsafe-inline'). Settled before it renders.
  const [ownStyle, setOwnStyle] = useState<boolean>();
  const probe = useRef<HTMLSpanElement>(null);
  const [failure, setFailure] = useState<string>();
  const onError = useRef(props.onError);
  onError.current = props.onError;

  useEffect(() => {
    if (Component) return;
    let live = true;
    loadWorkbench().then(
      (c) => { if (live) setComponent(() => c); },
      (err: unknown) => {
        if (!live) return;
        const message = err instanceof Error ? err.message : String(err);
        setFailure(message);
        onError.current?.({ code: 'internal', message, source: 'api' });
      },
    );
    return () => { live = false; };
  }, [Component]);

  useLayoutEffect(() => {
    if (!Component || ownStyle !== undefined) return;
    const root = probe.current?.getRootNode();
    const shadow = typeof ShadowRoot !== 'undefined' && root instanceof ShadowRoot ? root : undefined;
    setOwnStyle(!(shadow && adoptPartStyles(shadow, Component.css)));
  }, [Component, ownStyle]);

  if (Component && ownStyle !== undefined) {
    return <Component.Workbench {...props} injectStyles={ownStyle} ref={ref} />;
  }
  if (Component) return <span ref={probe} hidden />;
  if (failure !== undefined) {
    return (
      <div className="sx-embed__failure" role="alert">
        <strong>The workbench could not be loaded.</strong>
        <span>{failure}</span>
      </div>
    );
  }
  return (
    <div className={props.className} style={props.style} role="status" aria-busy="true">
      <span ref={probe} hidden />
      {LOADING_TEXT[props.locale ?? 'en'] ?? LOADING_TEXT.en}
    </div>
  );
});
