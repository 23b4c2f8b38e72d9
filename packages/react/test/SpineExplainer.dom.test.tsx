// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { SpineExplainer, type SpineExplainerController } from '../src/SpineExplainer';
import { fixtureCatalog } from './fixtures/catalog';
import { mergeUiStrings, UI_STRINGS } from '@spine-explainer/procedures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => cleanup());

const live = (c: HTMLElement) => c.querySelector('[data-sx-live]')!.textContent;

describe('<SpineExplainer> (DOM, no WebGL in jsdom → text fallback)', () => {
  it('renders the step text, the player and the disclaimer; next/previous/scrubber move through the steps', async () => {
    const user = userEvent.setup();
    const onStepChange = vi.fn();
    const { container } = render(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" level="L4-L5" side="left" onStepChange={onStepChange} />);
    const root = container.querySelector('.sx-root') as HTMLElement;
    expect(root.dataset.state).toBe('ready');
    expect(root.dataset.sxReady).toBe('true');
    expect(screen.getByRole('note').textContent).toMatch(/Patient education, not medical advice/);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Getting ready');
    expect(screen.getByRole('button', { name: 'Previous step' })).toHaveProperty('disabled', true);

    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('The needle goes in');
    expect(onStepChange).toHaveBeenLastCalledWith({ step: 1, value: 1, stepCount: 4, source: 'user' });
    expect(screen.getByText('Step 2 of 4', { selector: '.sx-step-kicker' })).toBeTruthy();

    const scrubber = screen.getByRole('slider', { name: 'Step' });
    expect(scrubber.getAttribute('aria-valuetext')).toBe('Step 2 of 4: The needle goes in');
    fireEvent.change(scrubber, { target: { value: '4' } });
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Medicine');
    expect(screen.getByRole('button', { name: 'Next step' })).toHaveProperty('disabled', true);
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('At the target');
    expect(live(container)).toBe('Step 3 of 4: At the target. The needle tip is in the left L4–L5 foramen, below the L4 pedicle. View: Close-up.');
  });

  it('is keyboard operable on the 3D region: N/P and PageDown/PageUp change steps, F toggles the X-ray view', async () => {
    const user = userEvent.setup();
    const onViewChange = vi.fn();
    const { container } = render(<SpineExplainer catalog={fixtureCatalog} defaultProcedure="epidural-transforaminal" onViewChange={onViewChange} />);
    const stage = screen.getByRole('application');
    expect(stage.getAttribute('aria-label')).toMatch(/^3D view of the spine: Transforaminal epidural injection/);
    await user.tab(); // procedure picker
    await user.tab(); // level
    await user.tab(); // side
    await user.tab(); // the 3D region
    expect(document.activeElement).toBe(stage);
    await user.keyboard('n');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('The needle goes in');
    // The step's fluoroscopy view switched the mode.
    expect(container.querySelector('.sx-root')!.getAttribute('data-mode')).toBe('fluoro');
    await user.keyboard('{PageDown}');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('At the target');
    await user.keyboard('p');
    await user.keyboard('f');
    expect(container.querySelector('.sx-root')!.getAttribute('data-mode')).toBe('anatomy');
    expect(onViewChange).toHaveBeenLastCalledWith(expect.objectContaining({ mode: 'anatomy', source: 'user' }));
    await user.keyboard('{Home}');
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Getting ready');
  });

  it('offers only the allowed levels and sides, and re-targets on a pick', async () => {
    const user = userEvent.setup();
    const onLevelChange = vi.fn();
    const { container } = render(<SpineExplainer catalog={fixtureCatalog} defaultProcedure="epidural-transforaminal" onLevelChange={onLevelChange} />);
    const level = screen.getByRole('combobox', { name: 'Level' });
    expect(within(level).getAllByRole('option').map((o) => o.getAttribute('value'))).toEqual(['L4-L5', 'L5-S1']);
    expect(within(screen.getByRole('combobox', { name: 'Side' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['Left', 'Right']);
    await user.selectOptions(level, 'L5-S1');
    expect(onLevelChange).toHaveBeenCalledWith({ value: 'L5-S1', source: 'user' });
    expect(container.querySelector('.sx-root')!.getAttribute('data-level')).toBe('L5-S1');
    // SCS has no side choice and its own levels.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Procedure' }), 'scs-trial');
    expect(screen.queryByRole('combobox', { name: 'Side' })).toBeNull();
    expect(container.querySelector('.sx-root')!.getAttribute('data-level')).toBe('T8');
  });

  it('controlled: follows the props and only reports; uncontrolled: keeps its own state', async () => {
    const user = userEvent.setup();
    const seen: unknown[] = [];
    function Host() {
      const [step, setStep] = useState(0);
      return (
        <>
          <SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" step={step} onStepChange={(e) => { seen.push(e); if (e.step < 2) setStep(e.step); }} />
          <button type="button" onClick={() => setStep(3)}>host jump</button>
        </>
      );
    }
    render(<Host />);
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    // The host refused step 2: the component stays at step 1.
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('The needle goes in');
    expect(seen).toEqual([
      { step: 1, value: 1, stepCount: 4, source: 'user' },
      { step: 2, value: 2, stepCount: 4, source: 'user' },
    ]);
    await user.click(screen.getByRole('button', { name: 'host jump' }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Medicine');
  });

  it('reports changes that come from props, and the defaults a new procedure brings, with their source', async () => {
    const user = userEvent.setup();
    const onLevelChange = vi.fn();
    const onProcedureChange = vi.fn();
    const { rerender } = render(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" level="L4-L5" onLevelChange={onLevelChange} onProcedureChange={onProcedureChange} />);
    rerender(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" level="L5-S1" onLevelChange={onLevelChange} onProcedureChange={onProcedureChange} />);
    expect(onLevelChange).toHaveBeenCalledTimes(1);
    expect(onLevelChange).toHaveBeenLastCalledWith({ value: 'L5-S1', source: 'api' });
    cleanup();
    onLevelChange.mockClear();
    render(<SpineExplainer catalog={fixtureCatalog} defaultProcedure="epidural-transforaminal" onLevelChange={onLevelChange} onProcedureChange={onProcedureChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Procedure' }), 'scs-trial');
    expect(onProcedureChange).toHaveBeenLastCalledWith({ procedure: 'scs-trial', value: 'scs-trial', source: 'user' });
    expect(onLevelChange).toHaveBeenCalledTimes(1);
    expect(onLevelChange).toHaveBeenLastCalledWith({ value: 'T8', source: 'user' });
  });

  it('warns when a prop switches between controlled and uncontrolled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" step={1} />);
    rerender(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/`step` switched from controlled to uncontrolled/));
    warn.mockRestore();
  });

  it('controller: verbs act with source "api", through ref and onReady', async () => {
    const ref = createRef<SpineExplainerController>();
    const onReady = vi.fn();
    const onStepChange = vi.fn();
    render(<SpineExplainer ref={ref} catalog={fixtureCatalog} defaultProcedure="epidural-transforaminal" onReady={onReady} onStepChange={onStepChange} />);
    expect(onReady).toHaveBeenCalledWith(ref.current);
    await act(async () => ref.current!.goToStep(2, { progress: 1 }));
    expect(onStepChange).toHaveBeenLastCalledWith({ step: 2, value: 2, stepCount: 4, source: 'api' });
    await act(async () => ref.current!.next());
    expect(ref.current!.getState()).toMatchObject({ step: 3, stepCount: 4, procedure: 'epidural-transforaminal', level: 'L4-L5', side: 'left' });
    await act(async () => ref.current!.previous());
    expect(ref.current!.getState().step).toBe(2);
    await act(async () => ref.current!.setLevel('L5-S1'));
    expect(ref.current!.getState().level).toBe('L5-S1');
    await expect(ref.current!.snapshot()).rejects.toThrow(/not rendered/);
  });

  it('shows a message in place and calls onError for an unknown procedure; the pickers still work', async () => {
    const user = userEvent.setup();
    const onError = vi.fn();
    const { container } = render(<SpineExplainer catalog={fixtureCatalog} defaultProcedure="epidural-magic" onError={onError} />);
    expect(container.querySelector('.sx-root')!.getAttribute('data-state')).toBe('error');
    expect(screen.getByRole('alert').textContent).toMatch(/Unknown procedure "epidural-magic"; expected one of: epidural-transforaminal, scs-trial\./);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unknown-procedure', message: expect.stringContaining('epidural-magic') }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Procedure' }), 'epidural-transforaminal');
    expect(container.querySelector('.sx-root')!.getAttribute('data-state')).toBe('ready');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('reports a level the procedure does not allow and uses the default meanwhile', () => {
    const onError = vi.fn();
    render(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" level="L9-L10" onError={onError} />);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'invalid-option', message: 'Unknown level "L9-L10" for epidural-transforaminal; expected one of: L4-L5, L5-S1.' }));
    expect(screen.getByRole('alert').textContent).toMatch(/L9-L10/);
  });

  it('translates every string, follows the reading level, and only drops the disclaimer on purpose', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" locale="es" />);
    expect(screen.getByRole('note').textContent).toMatch(/no es consejo médico/);
    expect(screen.getByRole('button', { name: 'Paso siguiente' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Preparación');
    rerender(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" readingLevel="clinician" disclaimer="Education only." />);
    expect(screen.getByText('Prone, AP view.', { selector: '.sx-step-body' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe('Education only.');
    rerender(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" hideDisclaimer />);
    expect(screen.queryByRole('note')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/hideDisclaimer/));
    warn.mockRestore();
  });

  it('takes its UI strings from the catalog, so a clinic can add a language by data', () => {
    const merged = mergeUiStrings(UI_STRINGS, { fr: { 'control.next': 'Étape suivante', disclaimer: 'Information pour les patients, pas un avis médical.' } });
    if (!merged.ok) throw new Error('merge failed');
    render(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" locale="fr" messages={merged.strings} />);
    expect(screen.getByRole('button', { name: 'Étape suivante' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toBe('Information pour les patients, pas un avis médical.');
    // Not translated yet: English.
    expect(screen.getByRole('button', { name: 'Previous step' })).toBeTruthy();
  });

  it('keeps its CSS inside its own root, prefixed', () => {
    const { container } = render(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" theme="dark" />);
    const root = container.querySelector('.sx-root')!;
    const style = root.querySelector('style')!;
    expect(style.textContent).toContain('.sx-theme-dark');
    // Every selector is prefixed: no global element or unprefixed class rules.
    const selectors = style.textContent!.replace(/\/\*[\s\S]*?\*\//g, '').match(/(^|})\s*([^@{}][^{}]*){/g)!.map((s) => s.replace(/^}?\s*/, '').replace(/\{$/, '').trim());
    for (const sel of selectors.filter((x) => !x.startsWith('@'))) for (const part of sel.split(',')) expect(part.trim(), sel).toMatch(/^\.sx-/);
    expect(root.classList.contains('sx-theme-dark')).toBe(true);
  });
});
