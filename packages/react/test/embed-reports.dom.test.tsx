// @vitest-environment jsdom
// Defects the embed engineer reported in the React package, each with the test that shows the fix.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { procedures, uiText, UI_STRINGS } from '@spine-explainer/procedures';
import { SpineExplainer, type SpineExplainerController } from '../src/SpineExplainer';
import { fillText, localizedTextParams, stepText, stepTitle } from '../src/steps';
import { spineExplainerCss, withHostTokens } from '../src/css';
import { sceneCreated } from '../src/SpineScene';
import { createSpineStore } from '../src/store';
import { fixtureCatalog } from './fixtures/catalog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => cleanup());

const PLACEHOLDER = /\{[a-zA-Z][a-zA-Z0-9]*\}/;

describe('1. step texts: {level}, {side} and {site} are filled in, in the viewer language', () => {
  it('leaves no placeholder in any step text of the whole catalog (every procedure, option, step, locale, reading level)', () => {
    let checked = 0;
    for (const p of procedures) {
      const levels = p.levels.length ? p.levels : [undefined];
      const sides = p.sides.length ? p.sides : [undefined];
      const sites = p.sites.length ? p.sites : [undefined];
      for (const level of levels) for (const side of sides) for (const site of sites) {
        for (const locale of ['en', 'es']) {
          const params = localizedTextParams({ level, side, site }, locale);
          for (const s of p.steps) {
            for (const rl of ['patient', 'clinician'] as const) {
              const { title, body } = stepText(s as never, locale, rl, params);
              expect(`${title} ${body}`, `${p.id} ${level} ${side} ${site} ${locale} ${s.id} ${rl}`).not.toMatch(PLACEHOLDER);
              checked++;
            }
            expect(stepTitle(s as never, locale, params)).not.toMatch(PLACEHOLDER);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // The catalog does use them (else this test would prove nothing).
    expect(procedures.some((p) => p.steps.some((s) => /\{level\}/.test(`${s.patient.en}${s.clinician.en}${s.title.en}`)))).toBe(true);
  });

  it('fills localized names: the level as the picker shows it, side and site words in lower case inside a sentence', () => {
    const en = localizedTextParams({ level: 'L4-L5', side: 'left', site: 'trapezius' }, 'en');
    expect(fillText('At {level}, on the {side} side, in the {site}.', en)).toBe('At L4–L5, on the left side, in the upper trapezius.');
    expect(fillText('{side} side first. {site}: tender.', en)).toBe('Left side first. Upper trapezius: tender.');
    const es = localizedTextParams({ level: 'L5', side: 'right', site: 'piriformis' }, 'es');
    expect(fillText('Lado {side}, nivel {level}, músculo {site}.', es)).toBe('Lado derecho, nivel L5, músculo piriforme.');
    expect(fillText('Keeps {unknown} as is.', en)).toBe('Keeps {unknown} as is.');
    expect(uiText('site.piriformis', 'es', undefined, UI_STRINGS)).toBe('Piriforme');
  });

  it('shows filled text everywhere: step title and body, step list (no WebGL), scrubber labels, live region (en and es)', async () => {
    const ref = createRef<SpineExplainerController>();
    const mbb = procedures.find((p) => p.id === 'medial-branch-block')!;
    const withLevel = mbb.steps.findIndex((s) => s.patient.en.includes('{level}'));
    expect(withLevel).toBeGreaterThanOrEqual(0);
    for (const locale of ['en', 'es'] as const) {
      const { container, unmount } = render(<SpineExplainer ref={ref} procedure="medial-branch-block" level="L4" side="left" locale={locale} />);
      await act(async () => ref.current!.goToStep(withLevel));
      expect(container.querySelector('.sx-step-body')!.textContent).toMatch(/L4/);
      expect(container.querySelector('.sx-all-steps')!.textContent).toMatch(/L4/);
      const text = container.textContent! + [...container.querySelectorAll('[aria-valuetext],[aria-label]')]
        .map((e) => `${e.getAttribute('aria-valuetext') ?? ''} ${e.getAttribute('aria-label') ?? ''}`).join(' ');
      expect(text.replace(spineExplainerCss, '')).not.toMatch(PLACEHOLDER);
      unmount();
    }
  });

  it('server-renders the step list with the placeholders filled', async () => {
    const { renderToString } = await import('react-dom/server');
    const html = renderToString(<SpineExplainer procedure="medial-branch-block" level="L3" side="right" injectStyles={false} />);
    expect(html).toContain('sx-all-steps');
    expect(html).toMatch(/find L3/);
    expect(html).not.toMatch(PLACEHOLDER);
  });
});

describe('2. injectStyles: the inline <style> can be turned off for a strict CSP', () => {
  it('renders the <style> by default and none with injectStyles={false}', () => {
    const { container, rerender } = render(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" />);
    expect(container.querySelector('.sx-root > style')?.textContent).toBe(spineExplainerCss);
    rerender(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" injectStyles={false} />);
    expect(container.querySelector('style')).toBeNull();
    // No inline style attributes either (a strict CSP refuses those in server-rendered markup).
    expect(container.querySelector('.sx-root [style]:not(canvas)')).toBeNull();
  });
});

describe('3. a new canvas clears the "3D view stopped" notice', () => {
  it('sceneCreated resets contextLost, and the lost/restored events still set and clear it', () => {
    const store = createSpineStore({});
    store.setState({ contextLost: true });
    const canvas = document.createElement('canvas');
    const invalidate = vi.fn();
    sceneCreated(store, { gl: { localClippingEnabled: false, toneMapping: 0, domElement: canvas }, invalidate });
    expect(store.getState().contextLost).toBe(false);
    canvas.dispatchEvent(new Event('webglcontextlost', { cancelable: true }));
    expect(store.getState().contextLost).toBe(true);
    canvas.dispatchEvent(new Event('webglcontextrestored'));
    expect(store.getState().contextLost).toBe(false);
    expect(invalidate).toHaveBeenCalled();
  });
});

describe('4. controller verbs read the latest state', () => {
  it('next(); next(); in one task moves two steps, and previous() after them one back', async () => {
    const ref = createRef<SpineExplainerController>();
    const onStepChange = vi.fn();
    render(<SpineExplainer ref={ref} catalog={fixtureCatalog} defaultProcedure="epidural-transforaminal" onStepChange={onStepChange} />);
    await act(async () => {
      ref.current!.next();
      ref.current!.next();
    });
    expect(ref.current!.getState().step).toBe(2);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('At the target');
    expect(onStepChange).toHaveBeenLastCalledWith({ step: 2, value: 2, stepCount: 4, source: 'api' });
    await act(async () => {
      ref.current!.next();
      ref.current!.next();
      ref.current!.next(); // clamped at the last step
      ref.current!.previous();
    });
    expect(ref.current!.getState().step).toBe(2);
  });

  it('setProcedure(a); setProcedure(back) in one task ends on the procedure asked last', async () => {
    const ref = createRef<SpineExplainerController>();
    const { container } = render(<SpineExplainer ref={ref} catalog={fixtureCatalog} defaultProcedure="epidural-transforaminal" />);
    await act(async () => {
      ref.current!.setProcedure('scs-trial');
      ref.current!.setProcedure('epidural-transforaminal');
    });
    expect(container.querySelector('.sx-root')!.getAttribute('data-procedure')).toBe('epidural-transforaminal');
  });
});

describe('5. a host\'s --sx-* tokens on an ancestor win over the defaults', () => {
  it('never declares a public --sx-* token; defaults are private tokens that read the public one first', () => {
    const css = spineExplainerCss;
    expect(css).not.toMatch(/(^|[\s;{])--sx-[\w-]+\s*:/);
    expect(css).toContain('--sxv-accent: var(--sx-accent, #0b6bcb);');
    expect(css).toContain('--sxv-accent: var(--sx-accent, #6cb6ff);'); // dark theme
    expect(css).not.toMatch(/var\(--sx-[\w-]+\)/);
    expect(css).toMatch(/\.sx-chip\[aria-pressed="true"\] \{ background: var\(--sxv-accent\)/);
    expect(withHostTokens('.sx-root { --sx-a: 1px; margin: var(--sx-a); }')).toBe('.sx-root { --sxv-a: var(--sx-a, 1px); margin: var(--sxv-a); }');
  });

  it('lets a page rule on an ancestor reach the rules (resolved like a browser resolves var())', () => {
    // jsdom does not resolve var(); resolve it here the way the cascade does: the ancestor declares --sx-accent,
    // .sx-root declares only --sxv-accent, so var(--sx-accent, default) on .sx-root sees the inherited value.
    const decl = /\.sx-root \{([^}]*)\}/.exec(spineExplainerCss)![1]!;
    const own = Object.fromEntries(decl.split(';').map((d) => d.trim()).filter((d) => d.startsWith('--')).map((d) => [d.slice(0, d.indexOf(':')).trim(), d.slice(d.indexOf(':') + 1).trim()]));
    const resolve = (value: string, inherited: Record<string, string>): string =>
      value.replace(/var\((--[\w-]+)(?:,\s*([^()]*(?:\([^()]*\)[^()]*)*))?\)/g, (_m, name: string, fallback?: string) => inherited[name] ?? own[name] ?? fallback ?? '');
    expect(resolve(own['--sxv-accent']!, { '--sx-accent': '#0b5d63' })).toBe('#0b5d63');
    expect(resolve(own['--sxv-accent']!, {})).toBe('#0b6bcb');
  });
});

describe('6. every change reports its source; missing WebGL calls onError', () => {
  it('reports side and site prop changes with source "api"', () => {
    const onSideChange = vi.fn();
    const onSiteChange = vi.fn();
    const props = { procedure: 'trigger-point-injection', onSideChange, onSiteChange, injectStyles: false };
    const { rerender } = render(<SpineExplainer {...props} side="left" site="trapezius" />);
    rerender(<SpineExplainer {...props} side="right" site="trapezius" />);
    expect(onSideChange).toHaveBeenCalledTimes(1);
    expect(onSideChange).toHaveBeenLastCalledWith({ value: 'right', source: 'api' });
    rerender(<SpineExplainer {...props} side="right" site="piriformis" />);
    expect(onSiteChange).toHaveBeenCalledTimes(1);
    expect(onSiteChange).toHaveBeenLastCalledWith({ value: 'piriformis', source: 'api' });
  });

  it('calls onError with code "webgl" once when WebGL is missing, and still shows the steps as text', () => {
    const onError = vi.fn();
    const { container } = render(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" onError={onError} />);
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith({ code: 'webgl', source: 'api', message: expect.stringMatching(/WebGL is not available/) });
    expect(container.querySelector('.sx-root')!.getAttribute('data-state')).toBe('ready');
    expect(container.querySelector('.sx-fallback')!.textContent).toMatch(/not available/);
    expect(container.querySelectorAll('.sx-all-steps li')).toHaveLength(4);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
