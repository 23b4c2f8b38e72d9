import type { BuildContext } from '../build/context';

export function buildNeural(_ctx: BuildContext): void {
  // Not built yet.
}
