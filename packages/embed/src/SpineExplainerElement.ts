// <spine-explainer>: attributes in, CustomEvents out, a shadow root in between. What it renders is
// the one <SpineExplainer> implementation of @spine-explainer/react, reached through a `MountView`.
import { type AttributeProblem, parseAttributes, type RawAttributes } from './parse';
import { hasWebGL, posterElement, posterSvg } from './poster';
import { adoptStyles } from './styles';
import {
  ATTRIBUTES, type ErrorDetail, type SpineExplainerAttribute, type SpineExplainerEventMap,
  type SpineExplainerLayout, type SpineExplainerReadingLevel, type SpineExplainerSource,
  type SpineExplainerTheme,
} from './types';
import type { MountView, ViewCallbacks, ViewHandle, ViewProps } from './view';

const Base: typeof HTMLElement =
  typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTES) as SpineExplainerAttribute[];

type Command = (view: ViewHandle) => void;

/**
 * The `<spine-explainer>` custom element.
 *
 * Attributes (each mirrored by a camelCase property): `procedure`, `level`, `side`, `site`, `layout`,
 * `theme`, `locale`, `step` (one-based), `reading-level`. Events (bubbling, composed `CustomEvent`s whose
 * `detail.source` is `'user'` or `'api'`): `procedure-change`, `step-change`, `view-change`, `error`.
 */
export class SpineExplainerElement extends Base {
  static readonly observedAttributes: readonly string[] = ATTRIBUTE_NAMES;

  /** How long a disconnected element keeps its scene, so moving it in the DOM does not rebuild it. @defaultValue 1000 */
  static teardownDelayMs = 1000;

  /** What renders inside the element; set once by the package entry (tests inject a fake). */
  static mountView: MountView | undefined;

  /** CSS that the view needs inside the shadow root, adopted alongside the element's own. */
  static viewCss = '';

  #shadow: ShadowRoot | undefined;
  #frame: HTMLDivElement | undefined;
  #notice: HTMLDivElement | undefined;
  #placeholder: HTMLDivElement | undefined;
  #poster: HTMLElement | undefined;
  #posterMode: 'none' | 'fallback' | 'lost' = 'none';
  #posterFor: string | undefined;
  #procedure: string | undefined;
  #locale = 'en';
  #viewRoot: HTMLDivElement | undefined;
  #view: ViewHandle | undefined;
  #internals: ElementInternals | undefined;
  #observer: IntersectionObserver | undefined;
  #teardownTimer: ReturnType<typeof setTimeout> | undefined;
  #flushQueued = false;
  #stepRequest = 0;
  #reflecting = false;
  #pending: Command[] = [];
  #reported = new Set<string>();
  #ready = false;
  #current: { procedure?: string; step?: number; stepCount?: number; view?: string } = {};

  constructor() {
    super();
    // Properties set before the script loaded (frameworks do this) shadow the accessors; re-apply them.
    for (const name of ATTRIBUTE_NAMES) this.#upgradeProperty(ATTRIBUTES[name]);
  }

  // ---------------------------------------------------------------------------------------------
  // Lifecycle
  // ---------------------------------------------------------------------------------------------

  connectedCallback(): void {
    if (this.#teardownTimer !== undefined) {
      clearTimeout(this.#teardownTimer);
      this.#teardownTimer = undefined;
      this.#observe();
      return;
    }
    this.#build();
    this.#observe();
    this.#queueFlush();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    const delay = (this.constructor as typeof SpineExplainerElement).teardownDelayMs;
    this.#teardownTimer = setTimeout(() => {
      this.#teardownTimer = undefined;
      this.#teardown();
    }, delay);
  }

  attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void {
    if (this.#reflecting) return;
    // `step` re-seeks even when set to the value it already has: the person may have moved on since.
    if (name === 'step') this.#stepRequest++;
    else if (oldValue === value) return;
    this.#queueFlush();
  }

  // ---------------------------------------------------------------------------------------------
  // Properties (camelCase mirrors of the attributes)
  // ---------------------------------------------------------------------------------------------

  /** Procedure id, e.g. `epidural-transforaminal`. */
  get procedure(): string | null { return this.getAttribute('procedure'); }
  set procedure(value: string | null) { this.#setAttr('procedure', value); }

  /** Vertebra or interspace, e.g. `L4-L5`; the procedure's default when absent. */
  get level(): string | null { return this.getAttribute('level'); }
  set level(value: string | null) { this.#setAttr('level', value); }

  /** `left`, `right` or `bilateral` where the procedure allows it. */
  get side(): string | null { return this.getAttribute('side'); }
  set side(value: string | null) { this.#setAttr('side', value); }

  /** A non-spinal choice, e.g. the muscle of a trigger point. */
  get site(): string | null { return this.getAttribute('site'); }
  set site(value: string | null) { this.#setAttr('site', value); }

  /** @defaultValue 'compact' */
  get layout(): SpineExplainerLayout { return (this.getAttribute('layout') as SpineExplainerLayout | null) ?? 'compact'; }
  set layout(value: SpineExplainerLayout | null) { this.#setAttr('layout', value); }

  /** @defaultValue 'light' */
  get theme(): SpineExplainerTheme { return (this.getAttribute('theme') as SpineExplainerTheme | null) ?? 'light'; }
  set theme(value: SpineExplainerTheme | null) { this.#setAttr('theme', value); }

  /** BCP 47 tag; content exists in `en` and `es`. @defaultValue 'en' */
  get locale(): string { return this.getAttribute('locale') ?? 'en'; }
  set locale(value: string | null) { this.#setAttr('locale', value); }

  /** One-based number of the step shown. Setting it (even to the same number) goes to that step. */
  get step(): number {
    if (this.#current.step !== undefined) return this.#current.step;
    const n = Number(this.getAttribute('step'));
    return Number.isInteger(n) && n >= 1 ? n : 1;
  }
  set step(value: number | string | null) { this.#setAttr('step', value == null ? null : String(value)); }

  /** @defaultValue 'patient' */
  get readingLevel(): SpineExplainerReadingLevel {
    return (this.getAttribute('reading-level') as SpineExplainerReadingLevel | null) ?? 'patient';
  }
  set readingLevel(value: SpineExplainerReadingLevel | null) { this.#setAttr('reading-level', value); }

  /** How many steps the current procedure has (0 until it is shown). */
  get stepCount(): number { return this.#current.stepCount ?? 0; }

  /** True once the first frame, or the poster fallback, is on screen. */
  get ready(): boolean { return this.#ready; }

  // ---------------------------------------------------------------------------------------------
  // Methods
  // ---------------------------------------------------------------------------------------------

  /** Goes to the next step. */
  next(): void { this.#command((view) => view.next()); }

  /** Goes to the previous step. */
  previous(): void { this.#command((view) => view.previous()); }

  /** Plays the steps from the current one. */
  play(): void { this.#command((view) => view.play()); }

  /** Pauses playback. */
  pause(): void { this.#command((view) => view.pause()); }

  /** A PNG of the current view. Mounts the view first if it was waiting to scroll into sight. */
  snapshot(): Promise<Blob> {
    return new Promise<Blob>((resolve, reject) => {
      this.#command((view) => {
        view.snapshot().then(resolve, reject);
      });
      if (!this.isConnected) reject(new Error('<spine-explainer> is not in the document.'));
    });
  }

  override addEventListener<K extends keyof SpineExplainerEventMap>(
    type: K, listener: (this: SpineExplainerElement, ev: SpineExplainerEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<K extends keyof SpineExplainerEventMap>(
    type: K, listener: (this: SpineExplainerElement, ev: SpineExplainerEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
  }

  // ---------------------------------------------------------------------------------------------
  // Internals
  // ---------------------------------------------------------------------------------------------

  #upgradeProperty(prop: string): void {
    if (!Object.prototype.hasOwnProperty.call(this, prop)) return;
    const value = (this as Record<string, unknown>)[prop];
    delete (this as Record<string, unknown>)[prop];
    (this as Record<string, unknown>)[prop] = value;
  }

  #setAttr(name: SpineExplainerAttribute, value: string | null | undefined): void {
    if (value === null || value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }

  #build(): void {
    if (this.#shadow) return;
    const doc = this.ownerDocument;
    this.#shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adoptStyles(this.#shadow, (this.constructor as typeof SpineExplainerElement).viewCss);
    try {
      this.#internals = this.attachInternals();
    } catch {
      this.#internals = undefined;
    }

    const frame = doc.createElement('div');
    frame.className = 'sx-embed';
    frame.setAttribute('part', 'container');

    const notice = doc.createElement('div');
    notice.className = 'sx-embed__notice';
    notice.setAttribute('part', 'notice');
    notice.setAttribute('role', 'alert');
    notice.hidden = true;

    const viewRoot = doc.createElement('div');
    viewRoot.className = 'sx-embed__view';
    viewRoot.setAttribute('part', 'view');

    const placeholder = doc.createElement('div');
    placeholder.className = 'sx-embed__placeholder';
    placeholder.setAttribute('part', 'placeholder');
    placeholder.setAttribute('role', 'status');
    placeholder.textContent = 'Loading the 3D explainer…';

    const poster = doc.createElement('figure');
    poster.className = 'sx-embed__poster';
    poster.setAttribute('part', 'poster');
    poster.hidden = true;

    // A lost WebGL context shows the poster; a restored one shows the scene again. These events do not
    // bubble, so listen in the capture phase on the view's container.
    viewRoot.addEventListener('webglcontextlost', () => this.#contextLost(), true);
    viewRoot.addEventListener('webglcontextrestored', () => this.#contextRestored(), true);

    frame.append(notice, poster, viewRoot, placeholder);
    this.#poster = poster;
    this.#shadow.append(frame);
    this.#frame = frame;
    this.#notice = notice;
    this.#viewRoot = viewRoot;
    this.#placeholder = placeholder;
  }

  /** Mount when near the viewport: a widget below the fold costs nothing until someone scrolls to it. */
  #observe(): void {
    if (this.#view) return;
    const IO = this.ownerDocument.defaultView?.IntersectionObserver;
    if (!IO) {
      this.#queueFlush(true);
      return;
    }
    this.#observer?.disconnect();
    this.#observer = new IO((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      this.#observer?.disconnect();
      this.#observer = undefined;
      this.#mount();
    }, { rootMargin: '200px' });
    this.#observer.observe(this);
  }

  #wantMount = false;

  #mount(): void {
    this.#wantMount = true;
    this.#queueFlush();
  }

  #queueFlush(mount = false): void {
    if (mount) this.#wantMount = true;
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    // Attribute changes made in one task become one update (and one set of events).
    queueMicrotask(() => {
      this.#flushQueued = false;
      this.#flush();
    });
  }

  #raw(): RawAttributes {
    const raw: RawAttributes = {};
    for (const name of ATTRIBUTE_NAMES) raw[name] = this.getAttribute(name);
    return raw;
  }

  #flush(): void {
    if (!this.#frame || !this.isConnected) return;
    const { props: parsed, problems } = parseAttributes(this.#raw());
    const props: ViewProps = { ...parsed, stepRequest: this.#stepRequest };
    this.#frame.dataset.theme = props.theme;
    this.#frame.dataset.layout = props.layout;
    this.#procedure = props.procedure;
    this.#locale = props.locale;
    this.#showProblems(problems);
    if (this.#posterMode !== 'none') this.#renderPoster();

    if (!this.#view) {
      if (!this.#wantMount) return;
      const mountView = (this.constructor as typeof SpineExplainerElement).mountView;
      if (!mountView) {
        this.#fail('internal', '<spine-explainer> has no renderer: load dist/spine-explainer.js, or import "@spine-explainer/embed".');
        return;
      }
      if (!hasWebGL(this.ownerDocument)) {
        this.#setPoster('fallback');
        this.#emit('error', {
          code: 'webgl',
          message: 'This browser cannot show the 3D view (WebGL is off or unavailable); showing a picture and every step in words.',
          source: 'api',
        });
      }
      try {
        this.#view = mountView(this.#viewRoot!, props, this.#callbacks());
      } catch (err) {
        this.#fail('internal', `The explainer could not start: ${messageOf(err)}`);
        return;
      }
      // The view shows its own loading state from here on.
      this.#placeholder!.hidden = true;
      this.#frame.dataset.mounted = '';
      const pending = this.#pending.splice(0);
      for (const command of pending) this.#run(command);
      return;
    }
    try {
      this.#view.update(props);
    } catch (err) {
      this.#fail('internal', `The explainer could not update: ${messageOf(err)}`);
    }
  }

  #command(command: Command): void {
    if (this.#view) {
      this.#run(command);
      return;
    }
    this.#pending.push(command);
    if (this.isConnected) this.#mount();
  }

  #run(command: Command): void {
    try {
      command(this.#view!);
    } catch (err) {
      this.#fail('internal', messageOf(err));
    }
  }

  #callbacks(): ViewCallbacks {
    return {
      procedureChange: (detail) => {
        this.#current.procedure = detail.procedure;
        this.#emit('procedure-change', detail);
      },
      stepChange: (detail) => {
        this.#current.step = detail.step;
        this.#current.stepCount = detail.stepCount;
        // The attribute always says which step is shown, whoever moved it.
        this.#reflect({ step: String(detail.step) }, false);
        this.#emit('step-change', detail);
      },
      viewChange: (detail) => {
        this.#current.view = detail.view;
        this.#emit('view-change', detail);
      },
      error: (detail) => {
        if (detail.code === 'webgl' && this.#posterMode === 'none') this.#setPoster('fallback');
        this.#emit('error', detail);
      },
      reflect: (values) => this.#reflect(values, true),
      ready: () => {
        this.#ready = true;
        if (this.#placeholder) this.#placeholder.hidden = true;
        if (this.#posterMode !== 'none') this.#renderPoster();
        try {
          this.#internals?.states.add('ready');
        } catch {
          // CustomStateSet missing (older engines): the `ready` property and `spine:ready` still work.
        }
      },
    };
  }

  /**
   * Writes values back to the attributes so attribute, property and screen agree. `update` passes
   * them on to the view (a controlled choice); otherwise the view already shows them. Never a seek.
   */
  #reflect(values: Partial<Record<SpineExplainerAttribute, string | null>>, update: boolean): void {
    this.#reflecting = true;
    try {
      for (const [name, value] of Object.entries(values)) {
        if (value === undefined) continue;
        if (value === null) this.removeAttribute(name);
        else if (this.getAttribute(name) !== value) this.setAttribute(name, value);
      }
    } finally {
      this.#reflecting = false;
    }
    if (update) this.#queueFlush();
  }

  #emit<K extends keyof SpineExplainerEventMap>(type: K, detail: SpineExplainerEventMap[K]['detail']): void {
    // NOTE: `error` does not bubble. A bubbling `error` reaches window, whose `onerror` handler (and any
    // error tracker hooked to it) would take the widget's report for an uncaught exception of the page.
    // Listen on the element, or on a container in the capture phase.
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: type !== 'error', composed: true }));
  }

  /** Attribute problems the element can see itself: one `error` event per new problem, all listed in place. */
  #showProblems(problems: AttributeProblem[]): void {
    const keys = new Set(problems.map((p) => `${p.attribute}=${p.value}`));
    for (const problem of problems) {
      const key = `${problem.attribute}=${problem.value}`;
      if (!this.#reported.has(key)) this.#emit('error', { ...problem, source: 'api' });
    }
    this.#reported = keys;
    const notice = this.#notice!;
    notice.replaceChildren(...problems.map((p) => {
      const line = this.ownerDocument.createElement('p');
      line.textContent = p.message;
      return line;
    }));
    notice.hidden = problems.length === 0;
  }

  /** The view could not start or update: say so in place, report it, keep the host page running. */
  #fail(code: ErrorDetail['code'], message: string, source: SpineExplainerSource = 'api'): void {
    this.#emit('error', { code, message, source });
    const notice = this.#notice;
    if (!notice) return;
    const line = this.ownerDocument.createElement('p');
    line.textContent = message;
    notice.append(line);
    notice.hidden = false;
    if (this.#placeholder) this.#placeholder.hidden = true;
  }

  // ---------------------------------------------------------------------------------------------
  // Poster (no WebGL, lost context)
  // ---------------------------------------------------------------------------------------------

  #setPoster(mode: 'none' | 'fallback' | 'lost'): void {
    this.#posterMode = mode;
    if (!this.#frame || !this.#poster) return;
    if (mode === 'none') delete this.#frame.dataset.poster;
    else this.#frame.dataset.poster = mode;
    this.#renderPoster();
  }

  #renderPoster(): void {
    const figure = this.#poster!;
    const svgText = this.#posterMode === 'none' ? undefined : posterSvg(this.#procedure);
    figure.hidden = svgText === undefined;
    if (svgText === undefined) {
      figure.replaceChildren();
      this.#posterFor = undefined;
      this.#frame!.insertBefore(figure, this.#viewRoot!);
      return;
    }
    // Where it goes: into the view's no-WebGL box or over its stage when the view has one (a known
    // spot in its markup), else above the view.
    const home = (this.#posterMode === 'fallback' && this.#viewRoot!.querySelector('.sx-fallback'))
      || (this.#posterMode === 'lost' && this.#viewRoot!.querySelector('.sx-stage'))
      || undefined;
    if (home) {
      if (figure.parentNode !== home) home.prepend(figure);
    } else if (figure.parentNode !== this.#frame) {
      this.#frame!.insertBefore(figure, this.#viewRoot!);
    }
    figure.dataset.placement = home ? 'inside' : 'above';
    if (this.#posterFor === this.#procedure) return;
    const label = this.#locale === 'es'
      ? 'Ilustración: dónde se coloca la aguja en este procedimiento'
      : 'Illustration: where the needle goes in this procedure';
    const svg = posterElement(this.ownerDocument, svgText, label);
    figure.replaceChildren(...(svg ? [svg] : []));
    this.#posterFor = this.#procedure;
  }

  #contextLost(): void {
    if (this.#posterMode !== 'none') return;
    this.#setPoster('lost');
    this.#emit('error', {
      code: 'webgl',
      message: 'The 3D view lost its graphics context; showing a picture until the browser restores it.',
      source: 'api',
    });
  }

  #contextRestored(): void {
    if (this.#posterMode !== 'lost') return;
    this.#setPoster('none');
    // three re-creates its GPU state on restore; the scene renders on demand, so ask for a frame.
    try {
      this.#view?.redraw();
    } catch (err) {
      this.#fail('internal', messageOf(err));
    }
  }

  #teardown(): void {
    const view = this.#view;
    this.#view = undefined;
    this.#wantMount = false;
    this.#ready = false;
    this.#current = {};
    this.#reported.clear();
    try {
      this.#internals?.states.delete('ready');
    } catch {
      // see ready()
    }
    try {
      view?.dispose();
    } catch {
      // Nothing left to tell: the element is gone from the page.
    }
    this.#viewRoot?.replaceChildren();
    this.#setPoster('none');
    if (this.#placeholder) this.#placeholder.hidden = false;
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Registers `<spine-explainer>` (or `tagName`) once; safe to call repeatedly. */
export function defineSpineExplainer(tagName = 'spine-explainer'): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  // A subclass per tag name: one class cannot be defined twice.
  customElements.define(tagName, tagName === 'spine-explainer' ? SpineExplainerElement : class extends SpineExplainerElement {});
}

declare global {
  interface HTMLElementTagNameMap {
    'spine-explainer': SpineExplainerElement;
  }
}
