import type { BuildContext } from '../build/context';

export function buildSkin(_ctx: BuildContext): void {
  // Not built yet.
}
