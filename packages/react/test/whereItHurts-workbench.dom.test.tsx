// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localizePainPattern } from '@spine-explainer/anatomy';
import { SpineExplainer } from '../src/index';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(cleanup);

describe('where it hurts in the workbench: the caption follows the locale', () => {
  it('shows the Details caption in Spanish and switches back with the locale prop', () => {
    const ui = (locale: 'en' | 'es') => <SpineExplainer layout="workbench" procedure="facet-joint-injection" level="L4-L5" side="left" locale={locale} />;
    const { container, rerender } = render(ui('es'));
    const wb = container.querySelector('.sx-wb') as HTMLElement;
    act(() => { fireEvent.keyDown(wb, { key: 'u' }); });
    const facts = () => container.querySelector('.sx-wb-facts')!.textContent!;
    expect(screen.getByText('Dónde duele')).toBeTruthy();
    expect(facts()).toContain(`${localizePainPattern('lumbar-facet', 'es').name}: ${localizePainPattern('lumbar-facet', 'es').description}`);
    expect(facts()).not.toContain('Lumbar facet joint pain');
    act(() => rerender(ui('en')));
    expect(screen.getByText('Where it hurts')).toBeTruthy();
    expect(facts()).toContain('Lumbar facet joint pain: ');
    expect(facts()).not.toContain('articulaciones facetarias');
  });
});
