// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { SpineExplainer } from '../src/index';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(() => cleanup());

describe('<SpineExplainer layout="workbench">', () => {
  it('renders the consult workbench with the requested procedure open, and compact by default', () => {
    const onReady = vi.fn();
    const { container, unmount } = render(
      <SpineExplainer layout="workbench" procedure="epidural-caudal" theme="dark" onWorkbenchReady={onReady} />,
    );
    expect(container.querySelector('.sx-wb')).not.toBeNull();
    expect(screen.getAllByRole('tab').some((t) => /caudal/i.test(t.textContent ?? ''))).toBe(true);
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(typeof onReady.mock.calls[0]![0].registerContribution).toBe('function');
    unmount();

    const compact = render(<SpineExplainer procedure="epidural-caudal" />);
    expect(compact.container.querySelector('.sx-wb')).toBeNull();
    expect(compact.container.querySelector('.sx-root')).not.toBeNull();
  });
});

describe('where it hurts', () => {
  it('maps a selected nerve root to its dermatome, else the procedure to its pain pattern', async () => {
    const { whereItHurts } = await import('../src/workbench/whereItHurts');
    expect(whereItHurts('nerve-root-L5-left', 'epidural-transforaminal', 'L4-L5')).toEqual({ root: 'L5' });
    expect(whereItHurts('dorsal-root-ganglion-C6-right', 'facet-joint-injection', 'L4-L5')).toEqual({ root: 'C6' });
    expect(whereItHurts(undefined, 'facet-joint-injection', 'L4-L5')).toEqual({ pattern: 'lumbar-facet' });
    expect(whereItHurts('pedicle-L4-left', 'sacroiliac-joint-injection', undefined)).toEqual({ pattern: 'sacroiliac' });
    expect(whereItHurts(undefined, 'knee-joint-injection', undefined)).toEqual({});
  });

  it('the U key toggles the pain map, and the details panel explains what is shaded', async () => {
    const { container } = render(<SpineExplainer layout="workbench" procedure="facet-joint-injection" level="L4-L5" side="left" />);
    const wb = container.querySelector('.sx-wb') as HTMLElement;
    expect(screen.queryByText('Where it hurts')).toBeNull();
    const { act, fireEvent } = await import('@testing-library/react');
    const press = (key: string) => act(() => { fireEvent.keyDown(wb, { key }); });
    press('u');
    expect(screen.getByText('Where it hurts')).toBeTruthy();
    const { PAIN_PATTERNS } = await import('@spine-explainer/anatomy');
    const facet = PAIN_PATTERNS.find((p) => p.id === 'lumbar-facet')!;
    expect(container.querySelector('.sx-wb-facts')!.textContent).toContain(facet.name);
    press('u');
    expect(screen.queryByText('Where it hurts')).toBeNull();
  });
});
