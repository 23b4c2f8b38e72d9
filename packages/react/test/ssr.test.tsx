import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { fixtureCatalog } from './fixtures/catalog';

describe('server rendering', () => {
  it('imports and renders without window, with the procedure title and every step as text', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const { SpineExplainer, spineExplainerCss } = await import('../src/index');
    const html = renderToString(<SpineExplainer catalog={fixtureCatalog} procedure="epidural-transforaminal" level="L4-L5" side="left" />);
    expect(html).toContain('data-state="loading"');
    expect(html).toContain('Transforaminal epidural injection');
    for (const title of ['Getting ready', 'The needle goes in', 'At the target', 'Medicine']) expect(html).toContain(title);
    expect(html).toContain('The needle moves toward the nerve.');
    expect(html).toContain('Patient education, not medical advice');
    expect(html).not.toContain('<canvas');
    expect(spineExplainerCss).toContain('.sx-root');
  });

  it('renders with the built-in catalog too', async () => {
    const { SpineExplainer } = await import('../src/index');
    const html = renderToString(<SpineExplainer procedure="epidural-transforaminal" level="L4-L5" side="left" />);
    expect(html).toContain('sx-all-steps');
    expect(html).toMatch(/<li>/);
  });
});
