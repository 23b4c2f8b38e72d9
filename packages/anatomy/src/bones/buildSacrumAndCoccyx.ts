import type { BuildContext } from '../build/context';

export function buildSacrumAndCoccyx(_ctx: BuildContext): void {
  // Not built yet.
}
