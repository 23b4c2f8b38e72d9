import type { BuildContext } from '../build/context';

export function buildMuscles(_ctx: BuildContext): void {
  // Not built yet.
}
