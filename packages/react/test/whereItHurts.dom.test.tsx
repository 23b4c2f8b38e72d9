// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DERMATOMES, DERMATOME_LOCALES, PAIN_PATTERNS, mergeDermatomeLocales } from '@spine-explainer/anatomy';
import { DermatomeCaption, dermatomeCaption } from '../src/DermatomeOverlay';
import { whereItHurtsCaption } from '../src/workbench/whereItHurts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
afterEach(cleanup);

describe('where it hurts: caption in the viewer’s locale', () => {
  it('keeps the English caption word for word', () => {
    for (const d of DERMATOMES) {
      expect(dermatomeCaption(d.root)).toBe(`${d.root}: ${d.description}${d.continues ? ` The band ${d.continues}.` : ''} Bands vary between people and overlap.`);
    }
    for (const p of PAIN_PATTERNS) expect(dermatomeCaption(undefined, p.id, 'en')).toBe(`${p.name}: ${p.description}${p.continues ? ` It ${p.continues}.` : ''}`);
  });

  it('says it in Spanish for a known root and a known pattern', () => {
    expect(dermatomeCaption('L5', undefined, 'es')).toBe(
      'L5: El lado de afuera de la pierna debajo de la rodilla y el frente de la espinilla. '
      + 'La banda continúa por el lado de afuera de la espinilla hasta la parte de arriba del pie y el dedo gordo (nuestro modelo termina unos 20 cm debajo de la rodilla). '
      + 'Las bandas varían de una persona a otra y se superponen.',
    );
    expect(dermatomeCaption(undefined, 'radicular-S1', 'es')).toMatch(/^Dolor radicular S1: Dolor que corre .*pantorrilla.* El dolor continúa hasta el talón/);
    expect(dermatomeCaption(undefined, 'sacroiliac', 'es-MX')).toMatch(/^Dolor de la articulación sacroilíaca: Dolor en la nalga/);
    expect(dermatomeCaption('Z9', undefined, 'es')).toBeUndefined();
  });

  it('follows the selection and the procedure in the workbench’s locale', () => {
    expect(whereItHurtsCaption(undefined, 'facet-joint-injection', 'L4-L5', 'es')).toMatch(/^Dolor de las articulaciones facetarias lumbares: /);
    expect(whereItHurtsCaption('nerve-root-C6-left', 'facet-joint-injection', 'L4-L5', 'es')).toMatch(/^C6: El lado de afuera \(el del pulgar\)/);
    expect(whereItHurtsCaption(undefined, 'sacroiliac-joint-injection', undefined, 'en')).toMatch(/^Sacroiliac joint pain: /);
    expect(whereItHurtsCaption(undefined, 'knee-joint-injection', undefined, 'es')).toBeUndefined();
  });

  it('switches the shown caption when the locale switches', () => {
    const { rerender, container } = render(<DermatomeCaption root="T10" locale="en" />);
    const p = () => container.querySelector('p');
    expect(p()!.textContent).toBe('T10: A band around the body at the navel (umbilicus). Bands vary between people and overlap.');
    act(() => rerender(<DermatomeCaption root="T10" locale="es" />));
    expect(p()!.textContent).toBe('T10: Una banda alrededor del cuerpo a la altura del ombligo. Las bandas varían de una persona a otra y se superponen.');
    act(() => rerender(<DermatomeCaption pattern="occipital" locale="es" />));
    expect(screen.getByText(/^Neuralgia occipital: /)).toBe(p());
    act(() => rerender(<DermatomeCaption pattern="occipital" locale="en" />));
    expect(p()!.textContent).toMatch(/^Occipital neuralgia: /);
    act(() => rerender(<DermatomeCaption root="Q1" locale="en" />));
    expect(p()).toBeNull();
  });

  it('shows a locale a clinic added by data', () => {
    const r = mergeDermatomeLocales(DERMATOME_LOCALES, {
      fr: {
        dermatomes: { T10: { description: 'Une bande autour du corps au niveau du nombril.' } },
        phrases: { overlap: 'Les bandes varient d’une personne à l’autre et se chevauchent.' },
      },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const { container } = render(<DermatomeCaption root="T10" locale="fr" locales={r.locales} />);
    expect(container.textContent).toBe('T10: Une bande autour du corps au niveau du nombril. Les bandes varient d’une personne à l’autre et se chevauchent.');
    expect(whereItHurtsCaption('dorsal-root-ganglion-T10-right', 'scs-trial', 'T8', 'fr', r.locales)).toBe(container.textContent);
  });
});
