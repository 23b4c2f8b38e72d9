// A view that waits for the chunks its props need (in the standalone script: the Spanish text, and the posters
// on a page without WebGL) before the inner view renders with them. While they load the widget shows a loading state, never the English text it would
// otherwise fall back to; a chunk that fails to load ends in an error state and an `error` event, not a wait
// without end. Props that need nothing more (English, or a chunk already loaded) pass straight through. It wraps
// any MountView.
import type { MountView, ViewCallbacks, ViewHandle, ViewProps } from './view';

/**
 * What props need before they can be shown in `container`: a promise while something loads, `undefined` when
 * nothing does. A rejection may name the attribute that asked for the chunk (`attribute: 'locale'`).
 */
export type Prepare = (props: ViewProps, container: HTMLElement) => Promise<unknown> | undefined;

const LOADING: Record<string, string> = { en: 'Loading the explainer…', es: 'Cargando la explicación…' };
const FAILED: Record<string, string> = {
  en: 'This explainer could not be shown.',
  es: 'No se pudo mostrar esta explicación.',
};

interface Waiter {
  run(view: ViewHandle): void;
  fail(err: Error): void;
}

const asError = (err: unknown) => (err instanceof Error ? err : new Error(String(err)));

export function withChunks(inner: MountView, prepare: Prepare): MountView {
  return (container: HTMLElement, initial: ViewProps, callbacks: ViewCallbacks): ViewHandle => {
    const doc = container.ownerDocument;
    // The inner view renders into a box of its own, so the loading and error states can sit beside it.
    const host = doc.createElement('div');
    host.className = 'sx-embed__host';
    const status = doc.createElement('div');
    status.hidden = true;
    container.append(host, status);

    let view: ViewHandle | undefined;
    let latest = initial;
    let waitingFor: Promise<unknown> | undefined;
    let failure: Error | undefined;
    let disposed = false;
    const waiters: Waiter[] = [];

    const showStatus = (kind: 'loading' | 'failed', locale: string, detail?: string) => {
      const lang = locale in LOADING ? locale : 'en';
      status.hidden = false;
      status.className = kind === 'loading' ? 'sx-embed__pending' : 'sx-embed__failure';
      status.setAttribute('role', kind === 'loading' ? 'status' : 'alert');
      if (kind === 'loading') status.setAttribute('aria-busy', 'true');
      else status.removeAttribute('aria-busy');
      // Over the view when there is one (a locale switch), in its place before the first mount.
      status.toggleAttribute('data-over', !!view);
      if (kind === 'loading') {
        status.textContent = LOADING[lang]!;
      } else {
        const title = doc.createElement('strong');
        title.textContent = FAILED[lang]!;
        const why = doc.createElement('span');
        why.textContent = detail ?? '';
        status.replaceChildren(title, why);
      }
      host.hidden = kind === 'failed';
    };

    const hideStatus = () => {
      status.hidden = true;
      status.replaceChildren();
      host.hidden = false;
    };

    const show = (props: ViewProps) => {
      const pending = prepare(props, container);
      if (!pending) {
        waitingFor = undefined;
        failure = undefined;
        hideStatus();
        if (view) {
          view.update(props);
          return;
        }
        view = inner(host, props, callbacks);
        for (const waiter of waiters.splice(0)) waiter.run(view);
        return;
      }
      showStatus('loading', props.locale);
      if (waitingFor === pending) return;
      waitingFor = pending;
      failure = undefined;
      pending.then(
        () => {
          if (disposed || waitingFor !== pending) return;
          waitingFor = undefined;
          // Out of the element's call now: a view that throws while mounting must end here, not in the page.
          try {
            show(latest);
          } catch (err) {
            fail(new Error(`The explainer could not start: ${asError(err).message}`));
          }
        },
        (err: unknown) => {
          if (disposed || waitingFor !== pending) return;
          waitingFor = undefined;
          fail(asError(err));
        },
      );
    };

    const fail = (err: Error) => {
      failure = err;
      showStatus('failed', latest.locale, err.message);
      for (const waiter of waiters.splice(0)) waiter.fail(err);
      const attribute = (err as Error & { attribute?: 'locale' }).attribute;
      callbacks.error({
        code: 'internal', message: err.message, ...(attribute ? { attribute, value: latest[attribute] } : {}), source: 'api',
      });
    };

    /**
     * Runs a command on the inner view now, or once it is mounted; in the error state it fails. While another
     * locale loads, an inner view already there takes commands as usual (it keeps its place in the steps).
     */
    const withView = (run: (v: ViewHandle) => void, fail: (err: Error) => void = () => {}) => {
      if (failure) fail(failure);
      else if (view) run(view);
      else waiters.push({ run, fail });
    };

    show(initial);

    return {
      update(props) {
        latest = props;
        show(props);
      },
      next: () => withView((v) => v.next()),
      previous: () => withView((v) => v.previous()),
      play: () => withView((v) => v.play()),
      pause: () => withView((v) => v.pause()),
      redraw: () => withView((v) => v.redraw()),
      snapshot: () => new Promise<Blob>((resolve, reject) => withView((v) => { v.snapshot().then(resolve, reject); }, reject)),
      dispose() {
        disposed = true;
        waiters.length = 0;
        try {
          view?.dispose();
        } finally {
          view = undefined;
          host.remove();
          status.remove();
        }
      },
    };
  };
}

/** One Prepare from several: waits for all of what they need. */
export function prepareAll(...parts: Prepare[]): Prepare {
  return (props, container) => {
    const pending = parts.map((p) => p(props, container)).filter((p): p is Promise<unknown> => p !== undefined);
    return pending.length === 0 ? undefined : pending.length === 1 ? pending[0] : Promise.all(pending);
  };
}
