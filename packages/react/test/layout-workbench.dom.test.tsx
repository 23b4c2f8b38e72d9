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
