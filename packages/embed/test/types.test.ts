// Compile-time checks of the public types (run by `tsc -b`; at run time they are no-ops).
import { expectTypeOf, it } from 'vitest';
import type {
  ErrorDetail, ProcedureChangeDetail, SpineExplainerElement, StepChangeDetail, ViewChangeDetail,
} from '../src/index';

it('declares <spine-explainer> in HTMLElementTagNameMap and types its events', () => {
  expectTypeOf<HTMLElementTagNameMap['spine-explainer']>().toEqualTypeOf<SpineExplainerElement>();
  const check = (el: SpineExplainerElement) => {
    el.addEventListener('step-change', (e) => expectTypeOf(e.detail).toEqualTypeOf<StepChangeDetail>());
    el.addEventListener('procedure-change', (e) => expectTypeOf(e.detail).toEqualTypeOf<ProcedureChangeDetail>());
    el.addEventListener('view-change', (e) => expectTypeOf(e.detail).toEqualTypeOf<ViewChangeDetail>());
    el.addEventListener('error', (e) => expectTypeOf(e.detail).toEqualTypeOf<ErrorDetail>());
    expectTypeOf(el.snapshot()).toEqualTypeOf<Promise<Blob>>();
    expectTypeOf(el.step).toEqualTypeOf<number>();
    expectTypeOf(el.readingLevel).toEqualTypeOf<'patient' | 'clinician'>();
  };
  expectTypeOf(check).toBeFunction();
});
